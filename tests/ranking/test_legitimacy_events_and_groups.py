"""Held-out scams and look-alikes of session s41: a way in's fee written with its sum in
Swahili, Hausa, Hindi, Bengali, Japanese and Korean; an event's fee for its attendees;
a chat group the applicant is added to; payments taken in on the applicant's account
and sent on."""

from __future__ import annotations

import pytest

from tests.ranking.test_legitimacy import FILLER, codes, run

P = pytest.param


@pytest.mark.parametrize(
    "text",
    [
        P("Ada ya usajili: Ksh 1,000. Tuma jina lako.", id="sw: Ksh"),
        P("Ada ya mafunzo: Tsh 25,000.", id="sw: Tsh"),
        P("Kuɗin rajista: ₦3,000. Ku turo sunan ku.", id="ha: naira"),
        P("पंजीकरण शुल्क: ₹999। अभी आवेदन करें।", id="hi: rupees"),
        P("রেজিস্ট্রেশন ফি: ৫০০ টাকা। আজই আবেদন করুন।", id="bn: taka in Bengali digits"),
        P("জামানত ১৫০০ টাকা।", id="bn: a deposit"),
        P("登録料：5,000円。ご応募はフォームから。", id="ja: a full-width colon"),
        P("保証金：30,000円。", id="ja: a deposit"),
        P("등록비: 5만원. 문의 주세요.", id="ko: 만원"),
        P("교육비: 15만원.", id="ko: a training fee"),
    ],
)  # fmt: skip
def test_a_way_in_priced_in_more_languages_vetoes(text: str) -> None:
    assert "pay_to_work" in codes(run(f"{FILLER} {text}", company="Kazi Bora"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Hakuna ada ya usajili. Mshahara Ksh 180,000 kwa mwezi.", id="sw: no fee, a wage"),
        P("कोई पंजीकरण शुल्क नहीं है। वेतन ₹60,000 प्रति माह।", id="hi: no fee"),
        P("रजिस्ट्रेशन फीस: शून्य, हम कोई शुल्क नहीं लेते।", id="hi: a fee of nothing"),
        P("登録料：無料。月給35万円〜。", id="ja: free"),
        P("登録料・研修費は一切かかりません。月単価70万円〜。", id="ja: none charged"),
        P("등록비 없음. 연봉 5,000만원~.", id="ko: none"),
        P("교육비 전액 지원. 월 600만원.", id="ko: the firm pays"),
        P("অংশগ্রহণ ফি: ৩০০ টাকা (শিক্ষার্থীদের জন্য বিনামূল্যে)।", id="bn: an event's entry"),
    ],
)  # fmt: skip
def test_a_fee_refused_paid_by_the_firm_or_an_events_vetoes_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Kazi Bora"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Registration fee €450 for attendees, €350 early bird until 1 March.", id="en"),
        P("Registration fee: €199 per attendee, €99 for students.", id="en: per attendee"),
        P("Conference registration fee of $600 for delegates, lunch included.", id="en: delegates"),
        P("Ada ya usajili kwa washiriki: Tsh 50,000.", id="sw: for participants"),
    ],
)  # fmt: skip
def test_an_events_fee_for_its_attendees_is_no_way_in(text: str) -> None:
    post = f"DataConf returns on 12-13 May with two tracks on data engineering. {text}"
    assert not codes(run(f"{FILLER} {post}", company="DataConf"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("A registration fee of $49 is required before you start.", id="the applicant's way in"),
        P("Registration fee: $45, payable before your first task.", id="a price list's"),
    ],
)  # fmt: skip
def test_a_jobs_registration_fee_still_vetoes(text: str) -> None:
    assert "pay_to_work" in codes(run(f"{FILLER} {text}", company="DataConf"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Our coordinator will add you to the WhatsApp group for onboarding.", id="en"),
        P("Our HR assistant will add you to our Telegram group where you receive your tasks.",
          id="en: tasks in a Telegram group"),
        P("You will be added to a Telegram group for training.", id="en: added to, passive"),
        P("Nuestro coordinador te agregará al grupo de WhatsApp para la inducción.", id="es"),
        P("Te añadiremos al grupo de Telegram para las tareas.", id="es: añadir"),
        P("Nossa equipe vai te adicionar ao grupo do WhatsApp para o treinamento.", id="pt"),
    ],
)  # fmt: skip
def test_a_chat_group_the_applicant_is_added_to_vetoes(text: str) -> None:
    assert "chat_app" in codes(run(f"{FILLER} {text}", company="BrightPath"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Send your CV to rrhh@clinicasol.co. Once hired, we coordinate shifts in the team's "
          "WhatsApp group.", id="en: a team's group, no verb that adds"),
        P("Una vez contratado, coordinamos los turnos en el grupo de WhatsApp del equipo.",
          id="es: the same"),
        P("Tras la contratación te añadiremos al grupo de Slack del equipo.",
          id="es: a work chat, no chat app"),
        P("Beware of impostors: we never recruit through WhatsApp groups.", id="a warning"),
    ],
)  # fmt: skip
def test_a_teams_group_or_a_warning_vetoes_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", company="Clinica Sol"), hard=True)


def test_invoices_paid_to_your_account_and_sent_on_are_a_mule() -> None:
    text = (
        "Our customers will pay invoices to your personal account; you forward the funds via "
        "Wise to our suppliers and keep 8% of every transfer."
    )
    assert "fake_check" in codes(run(f"{FILLER} {text}", company="EuroTrade"), hard=True)


def test_invoices_paid_to_your_account_alone_are_a_freelancers_pay() -> None:
    text = "Clients pay invoices to your account within 14 days; we take no cut."
    assert not codes(run(f"{FILLER} {text}", company="EuroTrade"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("Hi, I'm Jessica, a senior recruiter with Microsoft. Send your resume to "
          "microsoft.recruit.hr@gmail.com to get started.", id="a recruiter with the brand"),
        P("I am the talent partner at Deloitte for this role; write to "
          "deloitte.talentteam@outlook.com.", id="a talent partner at the brand"),
    ],
)  # fmt: skip
def test_a_brands_recruiter_on_free_mail_in_its_name_is_an_impersonation(text: str) -> None:
    assert "impersonation" in codes(run(f"{FILLER} {text}"), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        P("I sell on Amazon and need a part-time assistant for my store; email me at "
          "amazonseller.jen@gmail.com.", id="a seller on the brand, no recruiter"),
        P("I'm a recruiter at Google and happy to refer you; email me at jane.doe@gmail.com.",
          id="an address not in the brand's name"),
        P("Our client is a recruiter for Shopify merchants; apply at jobs@storelift.io.",
          id="a work address"),
    ],
)  # fmt: skip
def test_a_brand_named_beside_free_mail_otherwise_is_no_impersonation(text: str) -> None:
    assert "impersonation" not in codes(run(f"{FILLER} {text}"), hard=True)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Secret shopper task: evaluate a MoneyGram agent by sending $800 of the funds we "
          "mail you.", True, id="a money transfer agent to evaluate"),
        P("As a mystery shopper you will evaluate a local money transfer service using funds "
          "we send you.", True, id="a money transfer service"),
        P("Mystery shopper needed: dine at our partner restaurants and rate the service, "
          "reimbursed via wire transfer.", False, id="a meal, repaid by wire"),
        P("Mystery shoppers visit our bank branches and rate the service.", False,
          id="a bank's own branches"),
    ],
)  # fmt: skip
def test_a_mystery_shopper_sent_to_test_a_money_transfer_service_is_a_fake_check(
    text: str, vetoed: bool
) -> None:
    assert (
        "fake_check" in codes(run(f"{FILLER} {text}", company="Diner Insight"), hard=True)
    ) is vetoed
