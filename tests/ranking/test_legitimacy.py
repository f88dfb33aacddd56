"""Legitimacy: vetoes fire on requests only, soft evidence adds up, the bands hold."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import is_summary, provenance
from tests.conftest import FIXTURES
from warehouse.ranking import scam_requests, scam_rules
from warehouse.ranking.hosts import FREE_MAIL, SHORTENERS, is_employer_host
from warehouse.ranking.legitimacy import (
    PROVENANCE_RATIOS,
    Assessment,
    _Links,
    assess,
)
from warehouse.ranking.scam_rules import EMAIL, URL

# ~60 neutral words, so a posting built on it is neither short nor flagged
FILLER = (
    "We build scheduling software for independent clinics and need an engineer to own "
    "the appointment service. You will design APIs, review code, write tests and work "
    "with our two designers on the booking flow. Our stack is Python, Postgres and a "
    "little TypeScript, deployed on a boring container platform with good observability."
)
ACME = {"company": "Acme Health", "url": "https://acme-health.example/jobs/42"}


def run(text: str, **fields: Any) -> Assessment:
    return assess(
        title=fields.pop("title", None), company=fields.pop("company", None), text=text, **fields
    )


def codes(assessment: Assessment, *, hard: bool) -> set[str]:
    return {flag.code for flag in assessment.flags if flag.hard is hard}


def load(name: str) -> list[dict[str, Any]]:
    lines = (FIXTURES / "check" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def assess_row(row: dict[str, Any]) -> Assessment:
    fields = ("title", "company", "url", "apply_url", "poster")
    known = provenance(row["source"]) if "source" in row else None
    return assess(text=row["text"], provenance=known, **{key: row.get(key) for key in fields})


VETOES = [
    ("pay_to_work", "To get started, pay a $50 registration fee."),
    ("pay_to_work", "No experience needed, just pay the $50 registration fee."),
    ("pay_to_work", "You must pay for your own background check before starting."),
    ("pay_to_work", "A one-time onboarding fee of $99 is required."),
    ("pay_to_work", "There is a small fee to start."),
    ("pay_to_work", "We charge a $30 training fee, refunded in your first paycheck."),
    ("pay_to_work", "A $50 starter fee, refunded after your first week of tasks."),
    ("pay_to_work", "You will need to buy a starter kit."),
    ("fake_check", "Deposit the check we mail you and send the remainder back to us."),
    ("fake_check", "Cash the cashier's check we send."),
    ("fake_check", "Send the remaining balance to our vendor via Zelle."),
    ("buy_equipment", "Purchase your laptop from our approved vendor."),
    # a contact moved to a chat and the interview held there, not a reminder
    ("chat_app", "We will contact you on Telegram to confirm and start the interview."),
    # a check first, then the software and laptop bought from their vendor
    (
        "fake_check",
        "I will mail you a cheque this week. Once it clears, purchase the design software"
        " licences and the laptop from our approved vendor.",
    ),
    ("buy_equipment", "Equipment is purchased from our preferred vendor."),
    ("chat_app", "Contact me on telegram @jobs_hr to apply."),
    ("chat_app", "The interview will be held via WhatsApp."),
    ("chat_app", "You will get paid weekly through Telegram."),
    ("chat_app", "Download the Signal app for your interview."),
    ("chat_app", "Interviews are conducted on Google Hangouts."),
    ("crypto_payment", "Deposit 100 USDT to unlock your first task set."),
    ("crypto_payment", "Payment via gift cards only."),
    ("crypto_payment", "Buy three $100 gift cards and send me the codes."),
    ("crypto_payment", "Top up your account to unlock higher-paying orders."),
    ("personal_data", "To apply, send your SSN and date of birth."),
    ("personal_data", "Please provide your bank account and routing number to apply."),
    ("personal_data", "Email us a photo of your driver's license."),
    ("personal_data", "Attach a scan of your passport with your application."),
    ("personal_data", "Enter your credit card number to verify your identity."),
    ("personal_data", "Send your bank details after you sign up on our portal."),
    ("reshipping", "Receive packages at your home and reship them overseas."),
    ("reshipping", "Reshipping coordinator wanted, work from your kitchen table."),
    ("reshipping", "Forward the parcels to our overseas office."),
    ("fake_check", "Cash it at your bank and forward the balance to our supplier by Zelle."),
    ("fake_check", "Receive customer payments into your account and transfer them abroad."),
    ("pay_to_work", "A refundable $60 activation deposit reserves your spot."),
    ("pay_to_work", "Trainees must cover their own background screening."),
    ("buy_equipment", "New hires must purchase our licensed dictation software first."),
    ("chat_app", "Message our recruiter on Telegram to begin."),
    ("chat_app", "Interviews are conducted by text on WhatsApp."),
    ("personal_data", "Reply with your full name and social security number."),
    ("personal_data", "Reply to hr.desk@example.com with your SSN."),
    ("personal_data", "Applicants must include a copy of their passport with the application."),
    ("off_platform", "Let's move this off Upwork so neither of us pays the fees."),
    ("off_platform", "I can pay you outside the platform to avoid the Fiverr fees."),
    ("personal_data", "Send a picture of the front and back of your driver's license."),
    ("personal_data", "We need your online banking username to set up payroll."),
    ("crypto_payment", "Keep a minimum balance of 50 USDT to receive orders."),
    ("buy_equipment", "You must buy a $90 licence for the dictation tool, reimbursed later."),
    ("pay_to_work", "The course fee is paid by each candidate."),
    ("fake_check", "Our office mails you a check for your home setup and equipment."),
    ("buy_equipment", "Order your laptop through our equipment partner."),
    ("pay_to_work", "Pay the refundable security amount of Rs 2,000 to join."),
    ("pay_to_work", "You pay a one-time $80 registration cost."),
    ("crypto_payment", "Recharge your account to withdraw your commission."),
    ("crypto_payment", "Send 0.05 BTC to activate your account."),
    ("chat_app", "Text our recruiter on Signal to schedule a chat."),
    ("fake_check", "A check for your home office equipment will be mailed to you."),
    ("fake_check", "Accept customer payments into your account and convert them to USDT."),
    ("pay_to_work", "To earn more you deposit your own funds, returned after each task set."),
    ("pay_to_work", "All you need is the starter pack ($59)."),
    ("pay_to_work", "There's a $75 membership fee for verified writers."),
    ("personal_data", "Fill out the form with your name, SSN and checking account number."),
    ("personal_data", "Upload a selfie holding your ID to verify your account."),
    ("personal_data", "Upload a photo of your bank card before the interview."),
    ("chat_app", "Our interview process is conducted entirely via WhatsApp text."),
    ("pay_to_work", "Enrollment in the mandatory training costs $179."),
    ("pay_to_work", "New tutors must obtain our TEFL certificate ($89) before receiving students."),
    ("pay_to_work", "Premium membership is $19.99 a month and gives you priority access."),
    ("pay_to_work", "Placement requires a $300 upfront deposit from candidates."),
    ("fake_check", "You will get a money order; cash it at your bank and keep $300."),
    ("fake_check", "Send the rest to our event vendor by Western Union."),
    ("fake_check", "Let us use your bank account for deposits and keep $500 a week."),
    ("crypto_payment", "Upgrade to VIP by adding $300 to your balance."),
    ("crypto_payment", "Get paid $5 for every video you like."),
    ("crypto_payment", "Buy a mining package from $150 in USDT."),
    ("crypto_payment", "Your first task is buying gift cards for his clients."),
    ("off_platform", "Can we do this outside Fiverr? I'll pay by Cash App."),
    ("pay_to_work", "A $150 laptop deposit is deducted from your first paycheck."),
    ("fake_check", "Our agent in the US needs you to receive payments and send the money on."),
    ("buy_equipment", "Your office equipment, which must be purchased from our approved vendor."),
    ("personal_data", "Applicants should DM me their full name and SSN."),
    ("pay_to_work", "Start with our certification package for $299, with your background check."),
    ("pay_to_work", "A one-time registration charge of Rs 2,100 is mandatory."),
    ("crypto_payment", "When your balance is negative, top up the difference to continue."),
    ("fake_check", "You will receive funds by check to purchase the approved work devices."),
    ("crypto_payment", "Complete 40 product ratings a day to lift seller visibility."),
    ("crypto_payment", "Submit 25 daily orders that raise store rankings."),
    ("crypto_payment", "Your wallet must hold enough funds to cover each order you process."),
    ("pay_to_work", "The starter kit costs $150, paid in USDT."),
    ("chat_app", "Shortlisted people will be invited to a text interview."),
    ("chat_app", "Interviews are held by instant messaging only."),
    ("chat_app", "New assistants are onboarded through our Telegram channel."),
    ("personal_data", "Reply with your bank name and account number to get started."),
    ("fake_check", "Our accountant will courier you a cashier's check next week."),
    ("crypto_payment", "When a bonus order shows up, recharge the amount displayed."),
    ("crypto_payment", "Some orders need a deposit from your own balance first."),
    ("crypto_payment", "Assistants must fund your exchange wallet to copy the signals."),
    ("pay_to_work", "Access to our lookup tool needs a licence of $210 in USDT."),
    ("pay_to_work", "Every trainee takes our onboarding course, $75, before the first job."),
    ("pay_to_work", "A $30 activation fee is due before your profile goes live."),
    ("pay_to_work", "The registration fee of $40 must be settled before training."),
    ("reshipping", "Receive parcels at your flat and repack them for our partners."),
    ("reshipping", "Collect shipments at home and stick on the new labels we send."),
    ("reshipping", "Inspect the goods and ship them overseas to our buyer."),
    ("personal_data", "Upload the front and back of your government-issued ID to begin."),
    ("personal_data", "Complete the payroll form with your bank account number to apply."),
    ("chat_app", "The first screening is a quick chat on WhatsApp."),
    # told by their structure, whatever the words: money in and paid on, a charge and its
    # price on the applicant, the applicant's own money in the tasks, gift-card codes,
    # goods taken in at home and sent on
    (
        "fake_check",
        "Funds for your gear are wired to your account; move the leftover amount"
        " to our logistics partner by Venmo.",
    ),
    (
        "fake_check",
        "We will mail you a stipend check; get your headset from the supplier"
        " listed in the welcome email.",
    ),
    (
        "fake_check",
        "Client money is credited to your account and you wire 90% of it to our agent in Dubai.",
    ),
    ("pay_to_work", "Entry to our freelancer pool is €35, charged at sign-up."),
    ("pay_to_work", "Your placement charge of 600 dollars secures the interview slot."),
    ("pay_to_work", "Accepted tutors settle a verification payment (US$85) through Zelle."),
    (
        "crypto_payment",
        "Some bonus tasks ask you to advance the order amount, repaid with commission.",
    ),
    ("crypto_payment", "Grab two Razer vouchers on your way and message me the PINs."),
    (
        "reshipping",
        "Accept boxes at your door for our buyers and post them onward using the slips we send.",
    ),
    ("pay_to_work", "Editors are listed once they settle a $55 listing fee."),
    ("crypto_payment", "Pick up Steam vouchers at the kiosk and read me the redemption codes."),
    ("crypto_payment", "Your wallet on the platform must first be recharged to cover the set."),
    ("fake_check", "We transfer the payroll advance to your bank; pay the rest to our agent."),
    ("reshipping", "Boxes will be sent to your flat; add fresh labels and post them on to Dubai."),
    ("reshipping", "You collect orders at your apartment, bundle them and mail them out again."),
    ("crypto_payment", "Activate your assistant account with a 0.005 BTC deposit."),
    ("crypto_payment", "Your worker balance must be recharged with $100 before each set."),
    ("crypto_payment", "Keep your trading wallet funded before every signal."),
    ("crypto_payment", "To start, you will fund your trading account with 500 USDT."),
    (
        "fake_check",
        "Customers send payments to your personal bank account; forward the funds to our"
        " suppliers.",
    ),
    ("pay_to_work", "The $35 screening cost is paid by the candidate."),
    # the shapes in Spanish, Portuguese, French and German: their word classes, not phrases
    (
        "fake_check",
        "Le mandaremos un cheque; con ese dinero compre la impresora a nuestro proveedor.",
    ),
    ("fake_check", "Você recebe os pagamentos na sua conta e repassa ao nosso parceiro."),
    ("fake_check", "Vous recevrez un virement, puis achetez l'ordinateur chez notre partenaire."),
    ("fake_check", "Sie bekommen einen Scheck und bestellen die Geräte bei unserem Händler."),
    ("fake_check", "Vous recevrez un chèque ; gardez 200 € et envoyez le reste par Western Union."),
    ("fake_check", "Recibirás un cheque; quédate tu parte y envía el resto por MoneyGram."),
    ("pay_to_work", "Ihre Anzahlung von 79 Euro wird vor dem Start fällig."),
    ("pay_to_work", "Su matrícula de 60 € se cobra antes del primer encargo."),
    ("pay_to_work", "Pour commencer, une cotisation de 25 € par mois."),
    ("pay_to_work", "Vous devez payer le pack de formation (120 €) avant la mission."),
    ("reshipping", "Recibe los paquetes en tu casa y envíalos a la dirección que te demos."),
    ("reshipping", "Receba os pacotes em casa e despache para o exterior."),
    ("reshipping", "Recevez les colis chez vous et renvoyez-les à notre client."),
    ("reshipping", "Sie nehmen Sendungen zu Hause entgegen und leiten sie an uns weiter."),
    ("crypto_payment", "Kaufen Sie Geschenkkarten im Supermarkt und schicken Sie mir die Codes."),
    ("fake_check", "Enviamos un cheque y usted compra la silla en la tienda autorizada."),
    ("reshipping", "Sie nehmen Kartons in Ihrer Wohnung an und schicken sie nach Polen."),
    # a top-up that opens work, a paid account bought to get it, a home's parcels sent on
    ("crypto_payment", "An 80 USDT deposit activates your VIP tasks."),
    ("crypto_payment", "New tasks unlock once you make a USDC deposit."),
    ("pay_to_work", "Writers must purchase a Pro membership plan to receive projects."),
    ("pay_to_work", "To get client jobs, upgrade to our Gold tier first."),
    ("reshipping", "Accept parcels at your residence and forward them to our warehouse in Lyon."),
    # Indonesian, Tagalog-English and Hinglish
    ("pay_to_work", "Bayar biaya pendaftaran Rp 150.000 via DANA, lalu admin kirim tugas."),
    ("pay_to_work", "Isi saldo minimal Rp 200.000 untuk membuka tugas VIP."),
    ("pay_to_work", "Magbayad lang ng registration fee na P300 sa GCash para ma-activate."),
    ("pay_to_work", "Registration ke liye Rs 499 Paytm karna hoga, uske baad kaam milega."),
    ("pay_to_work", "Bago ka magsimula, magbayad ng ₱650 para sa ID."),
    # a price after its sign, a paid tier said to give the work, a task word further off
    ("pay_to_work", "Inscription : 25 € de frais, puis accès aux missions."),
    ("pay_to_work", "Gold membership 19 USD / month gives access to the client projects."),
    ("pay_to_work", "Para começar, o kit de treinamento custa R$ 89,90 via Pix."),
    ("crypto_payment", "A 40 USDT recharge activates your Bronze level and its 30 daily orders."),
    ("crypto_payment", "Para subir al nivel VIP3 debe recargar 150 USDT."),
    ("fake_check", "Nous vous ferons parvenir un chèque ; réglez le PC chez notre partenaire."),
    ("crypto_payment", "Para desbloquear o nível 3, faça um depósito de 80 USDT."),
    ("reshipping", "Vous réceptionnez les colis chez vous et les réexpédiez vers notre client."),
    ("chat_app", "Reply YES and I will send you the WhatsApp link of our HR manager."),
    ("chat_app", "The interview is held over Microsoft Teams chat, no video needed."),
    ("chat_app", "Haastattelu hoidetaan tekstiviestillä, vastaa tähän numeroon."),
    ("chat_app", "Haastattelumme pidetään Telegramissa."),
    (
        "fake_check",
        "You will get a cheque for $1,800 in the mail. Cash it, then buy the gift cards.",
    ),
    (
        "fake_check",
        "Du tar emot inbetalningar från kunder till ditt konto och för vidare pengarna.",
    ),
]


@pytest.mark.parametrize(("code", "request_text"), VETOES)
def test_a_veto_fires_on_its_request_and_caps_legitimacy(code: str, request_text: str) -> None:
    result = run(f"{FILLER} {request_text}", **ACME)
    assert code in codes(result, hard=True)
    assert result.legitimacy <= 0.1


@pytest.mark.parametrize(
    "reassurance",
    [
        "We never ask for a fee.",
        "No fees, ever.",
        "There is no fee to apply.",
        "We don't charge any registration fee.",
        "You will never be asked to pay a fee.",
        "Beware of anyone asking you to pay a fee.",
        "We will pay for your training and certification.",
        "The company covers the background check fee.",
        "We will never ask for your bank details.",
        "Never send your SSN to a recruiter.",
        "You'll provide your bank details for payroll after you're hired.",
        "We'll ask for your bank details only after you sign the contract, for invoicing.",
        "Send us your SSN once you have accepted the offer.",
        "Payments in crypto are not accepted.",
        "Do not contact us on Telegram; use e-mail.",
        "Our clients pay a 30% deposit upfront.",
        "Never agree to move off Upwork before a contract starts.",
        "There's a platform fee that the client pays.",
        "There is a 10% service fee, which the client covers.",
        "We accept customer payments, convert currencies and pay out sellers.",
        "We transfer the balance to your account once the milestone is approved.",
        "A TEFL certificate is required; we reimburse your TEFL course ($150) after a month.",
        "Kerja dari rumah, gaji Rp 18 juta per bulan, tanpa biaya pendaftaran apa pun.",
        "Kami transfer gaji Rp 8 juta setiap bulan ke rekening Anda.",
        "Hindi kami naniningil ng registration fee, walang bayad.",
        "Membangun fitur top up saldo dan pembayaran via QRIS untuk pengguna kami.",
        "Users can activate their account with a 10 USDT deposit in our app.",
    ],
)
def test_a_negated_or_reassuring_form_does_not_fire(reassurance: str) -> None:
    assert codes(run(f"{FILLER} {reassurance}", **ACME), hard=True) == set()


@pytest.mark.parametrize(
    "mention",
    [
        "Senior engineer with credit card processing experience.",
        "Maintain our Telegram bot project and the WhatsApp Business API connector.",
        "Crypto exchange backend engineer.",
        "Join the payments team handling bank transfers.",
        "Experience with PCI compliance and credit card data handling.",
        "Experience with signal processing on embedded devices.",
        "Build the flow where users deposit crypto into wallets.",
        "Implement gift card redemption in our checkout.",
        "We pay contractors in USDC or EUR, as they prefer.",
        "We ship packages worldwide; build our shipment tracking service.",
        "You will pay your own taxes as a contractor.",
        "Own the registration flow and the fee calculation.",
        "Check out our engineering blog.",
        "Design deposit and withdrawal flows for Bitcoin and USDT.",
        "Let users buy and sell bitcoin in one tap.",
        "Buy the software licences you need and we reimburse them.",
        "Valid driver's license required; you will drive to client sites.",
        "Help customers recharge their accounts and fix billing issues.",
        "Partners buy through our partner portal.",
        "Experience translating text on Telegram bots is a plus.",
        "Training budget is $2,000 a year.",
        "Certification courses ($500/year) are paid for by us.",
        "The AWS exam is $300 and we cover it.",
        "You will sell our training courses ($199 each).",
        "Send the rest of your portfolio later.",
        "We add $500 to your learning wallet every year.",
        "Birchway pays for your certification exams ($200 each).",
        "Our flagship course is $499 per seat for customers.",
        "Build systems for paying vendors in USDT and EUR.",
        "Customers buying gift cards get a 5% bonus.",
        "Taxes are deducted from your paycheck.",
        "Users can top up the wallet with a card.",
        "We offer training for $500 to partner agencies.",
        # a product's loyalty levels and paid tiers, its customers the ones who pay
        "Guests who top up their hotel wallet unlock Platinum level perks.",
        "Riders unlock new levels and badges with every trip.",
        "Own our Pro plan ($15 per month) that gives designers weekly briefs.",
        "Los usuarios pueden recargar su saldo en USDT y retirarlo al instante.",
        "Parents pay fees online by card, and schools get paid the next day.",
        # the employer's own message to confirm or remind, and a bank's return of funds
        "We will send you a WhatsApp message to confirm your interview slot.",
        "We'll text you a reminder the day before the on-site interview.",
        "Send the remaining balance of rejected payments back to the originator.",
        "Tools we use: Slack, Microsoft Teams chat, Jira. Interviews are video calls.",
        "Haastattelu on toimistollamme; emme koskaan pyydä tietoja tekstiviestillä.",
        "Lönen betalas ut till ditt konto den 25:e varje månad.",
        "We reimburse home office equipment; a check for your stipend arrives by payroll.",
    ],
)
def test_a_legitimate_mention_of_the_words_does_not_fire(mention: str) -> None:
    assert codes(run(f"{FILLER} {mention}", **ACME), hard=True) == set()


@pytest.mark.parametrize(
    "contact",
    [
        "DM me or email jane.doe@gmail.com with your portfolio.",
        "Send me a DM with your GitHub.",
        "Reply here or message me on Reddit.",
    ],
)
def test_an_individual_asking_for_an_email_or_dm_is_not_a_flag(contact: str) -> None:
    result = run(
        f"{FILLER} {contact}",
        provenance="community",
        poster="u/tidepool",
        url="https://www.reddit.com/r/forhire/comments/1abc/",
    )
    assert codes(result, hard=True) == set()


def test_a_person_hiring_on_a_community_names_no_company_at_less_cost() -> None:
    gig = "Need someone to fix a Django bug ASAP, budget $150, DM me."  # short, urgent
    post = {"url": "https://www.reddit.com/r/forhire/comments/1abc/", "poster": "u/tidepool"}
    on_reddit = run(gig, provenance="community", **post)
    on_a_board = run(gig, provenance="aggregator", **post)
    assert codes(on_reddit, hard=False) == {"no_employer", "urgency", "short_text"}
    assert on_reddit.legitimacy > 0.5 > on_a_board.legitimacy  # a gig, not a scam


def test_a_chat_handle_as_the_only_contact_is_a_veto() -> None:
    assert codes(run(f"{FILLER} Telegram: @hiring_mgr"), hard=True) == {"chat_handle"}
    with_mail = run(f"{FILLER} Telegram: @acme_jobs or jobs@acme-health.example", **ACME)
    assert codes(with_mail, hard=True) == set()


def test_a_flag_quotes_its_evidence_in_a_readable_reason() -> None:
    (flag,) = run(f"{FILLER} Pay a $50 registration fee.", **ACME).flags
    assert flag.evidence == "Pay a $50 registration fee"
    assert flag.reason.startswith("asks you to pay to start")
    assert "'Pay a $50 registration fee'" in flag.reason


def test_evidence_is_whitespace_collapsed_and_at_most_80_chars() -> None:
    text = (
        "Receive\n   the  heavy   packages at your home, inspect all items carefully, then reship"
    )
    (flag,) = run(f"{FILLER} {text} them.", **ACME).flags
    assert flag.code == "reshipping"
    assert len(flag.evidence) <= 80 and "\n" not in flag.evidence
    assert flag.evidence.endswith("...")


SOFT = [
    ("no_employer", FILLER, {}),
    ("free_mail", f"{FILLER} Questions: acme.health.jobs@gmail.com", ACME),
    ("work_from_home", f"{FILLER} This is a work from home role.", ACME),
    ("work_from_home", f"{FILLER} Apply today! #jobs #WorkFromHome", ACME),
    ("earnings_hype", f"{FILLER} Earn $500/day.", ACME),
    ("earnings_hype", f"{FILLER} Guaranteed income every month.", ACME),
    ("no_experience_high_pay", f"{FILLER} No experience? You still get $45/hour.", ACME),
    ("urgency", f"{FILLER} Limited slots, so please hurry.", ACME),
    ("short_text", "Python contractor for two weeks, remote, apply on our site.", ACME),
    ("domain_mismatch", FILLER, {"company": "Acme Health", "url": "https://jobs-hr.example/1"}),
    ("url_shortener", f"{FILLER} Details: https://bit.ly/3xYz", ACME),
    ("work_from_home", f"{FILLER} Work a few hours a day from your couch.", ACME),
    (
        "lookalike_domain",
        FILLER,
        {"company": "Acme Health", "url": "https://acme-health-careers.example/1"},
    ),
]


@pytest.mark.parametrize(("code", "text", "fields"), SOFT)
def test_one_soft_flag_alone_keeps_a_lead_above_half(
    code: str, text: str, fields: dict[str, str]
) -> None:
    result = run(text, **fields)
    assert [flag.code for flag in result.flags] == [code]
    assert not result.flags[0].hard
    assert 0.5 < result.legitimacy < run(FILLER, **ACME).legitimacy


@pytest.mark.parametrize(
    "text",
    [
        "We replace manual work: replacing data entry with Python services.",
        "Our product automates data entry for insurers.",
        "Help us eliminate data entry from the claims process.",
    ],
)
def test_data_entry_that_the_job_takes_away_is_no_work_from_home_flag(text: str) -> None:
    assert run(f"{FILLER} {text}", **ACME).flags == ()
    assert codes(run(f"{FILLER} Data entry clerks wanted.", **ACME), hard=False) == {
        "work_from_home"
    }


def test_many_soft_flags_together_drop_a_lead_low() -> None:
    text = "URGENT! Work from home, earn $500/day, no experience needed. hr@gmail.com"
    result = run(text, company="Global Staffing", url="https://bit.ly/x")
    assert len(result.flags) >= 6 and not codes(result, hard=True)
    assert 0.1 < result.legitimacy < 0.3


@pytest.mark.parametrize(
    ("company", "url"),
    [
        ("Acme Robotics GmbH", "https://acmerobotics.io/careers"),
        ("Acme Inc.", "https://jobs.acme.co.uk/1"),
        ("The New York Times", "https://nytimes.com/careers"),
        ("Meta", "https://www.metacareers.com/jobs/1"),
        ("Société Générale", "https://careers.societegenerale.com/1"),
        ("Acme", "https://boards.greenhouse.io/acme/jobs/1"),
        ("Acme", "https://jobs.lever.co/acme/1"),
        ("Acme", "https://jobs.ashbyhq.com/acme/1"),
        ("Acme", "https://apply.workable.com/acme/j/1"),
        ("Acme", "https://news.ycombinator.com/item?id=1"),
        ("Acme", "https://www.reddit.com/r/forhire/comments/1"),
        ("Acme", "https://remotive.com/remote-jobs/dev/1"),
        ("Acme", "https://fosstodon.org/@acme/1"),
        ("Acme", "https://social.acme-friends.example/@acme/1"),
        ("Acme", "https://grnh.se/3fa9c2e1us"),
        ("Acme", "https://ats.rippling.com/acme/jobs/1"),
        ("Acme", "https://acme.notion.site/Careers-1"),
        # the boards whose alerts the inbox reads list their clients' projects
        ("Isarblick Versicherung AG", "https://www.freelancermap.de/projekt/java-dev-2900111"),
        ("Lechtal Logistik GmbH", "https://www.xing.com/jobs/muenchen-java-entwickler-123456"),
        ("Acme", "https://www.malt.de/project/0a1b2c3d4e5f"),
        (
            "Acme",
            "https://www.stepstone.de/stellenangebote--Java-Muenchen-Acme--12345678-inline.html",
        ),
        # a job board whose alerts are read hosts every employer's jobs
        ("Acme", "https://www.bumeran.com.ar/empleos/dev-react-acme-1118000222.html"),
        (
            "Acme",
            "https://ar.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-dev-0A1B2C3D",
        ),
        ("Acme", "https://www.getonbrd.com/jobs/programming/backend-acme-remote"),
        ("Acme", "https://www.stepstone.de/stellenangebote--SRE-Berlin-Acme--1234567-inline.html"),
        # a board known by a query key, and a board's single-use click tracker
        (
            "Acme",
            "https://www.ziprecruiter.com/c/Acme/Job/Data-Engineer/-in-Denver,CO?jid=0a9b8c7d6e5f4a3b",
        ),
        ("Acme", "https://www.ziprecruiter.com/km/AAHq2ryj6HJ-cmDasT4yKkIjaXctZZWf"),
        ("Acme", "https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=48123456"),
    ],
)
def test_a_matching_domain_or_a_hosting_site_is_no_mismatch(company: str, url: str) -> None:
    assert "domain_mismatch" not in codes(run(FILLER, company=company, url=url), hard=False)


def test_google_careers_stays_googles_own_site() -> None:
    """Google's careers site is a board the inbox reads, of Google's jobs alone."""
    assert is_employer_host("careers.google.com")
    assert not is_employer_host("www.freelancermap.de")


def test_accents_are_folded_before_comparing_a_name_with_a_domain() -> None:
    mismatch = run(FILLER, company="Émile Conseil", url="https://mile-jobs.example/1")
    assert codes(mismatch, hard=False) == {"domain_mismatch"}


def test_a_community_post_link_is_not_the_employers_domain() -> None:
    post = "https://news.ycombinator.com/item?id=1"
    assert codes(run(FILLER, url=post, provenance="community"), hard=False) == {"no_employer"}
    with_site = f"{FILLER} https://quill.example/careers"
    assert codes(run(with_site, url=post, provenance="community"), hard=False) == set()


def test_a_placeholder_company_name_is_no_employer() -> None:
    assert "no_employer" in codes(run(FILLER, company="Confidential"), hard=False)


@pytest.mark.parametrize("row", load("legit.jsonl"), ids=lambda row: row["id"])
def test_realistic_legitimate_postings_stay_at_or_above_0_7(row: dict[str, Any]) -> None:
    result = assess_row(row)
    assert not codes(result, hard=True)
    assert result.legitimacy >= 0.7


@pytest.mark.parametrize("row", load("scams.jsonl"), ids=lambda row: row["id"])
def test_realistic_scams_are_vetoed(row: dict[str, Any]) -> None:
    assert assess_row(row).legitimacy <= 0.1


# ---------------------------------------------------------------- other languages

# (language, the vetoes it must raise, the request): fee, ID numbers, chat app
REQUESTS_BY_LANGUAGE = [
    ("es", {"pay_to_work"}, "Para empezar debes pagar una cuota de inscripción de 30 dólares."),
    ("es", {"personal_data"}, "Envíanos una foto de tu DNI y tu número de cuenta."),
    ("es", {"chat_app"}, "Escríbenos por WhatsApp al +52 55 1234 5678."),
    ("pt", {"pay_to_work"}, "Para começar é necessário pagar uma taxa de cadastro de R$ 49,90."),
    ("pt", {"personal_data"}, "Envie seu CPF e uma foto do seu RG."),
    ("pt", {"chat_app"}, "Dúvidas? Chama no zap: (11) 98765-4321"),
    ("fr", {"pay_to_work"}, "Des frais de dossier de 50 € sont à régler avant de commencer."),
    ("fr", {"personal_data"}, "Envoyez-nous votre RIB et une copie de votre passeport."),
    ("fr", {"chat_app"}, "Contactez-nous sur Telegram pour l'entretien."),
    ("de", {"pay_to_work"}, "Sie müssen eine Bearbeitungsgebühr von 49 € überweisen."),
    ("de", {"personal_data"}, "Bitte senden Sie uns eine Kopie Ihres Personalausweises."),
    ("de", {"chat_app"}, "Für das Gespräch schreiben Sie uns auf Telegram."),
    ("hi", {"pay_to_work"}, "रजिस्ट्रेशन के लिए ₹499 फीस जमा करें।"),
    ("hi", {"personal_data"}, "अपना आधार कार्ड और बैंक खाता नंबर भेजें।"),
    ("hi", {"chat_app"}, "व्हाट्सएप पर संपर्क करें।"),
    ("bn", {"pay_to_work"}, "রেজিস্ট্রেশন ফি ৫০০ টাকা বিকাশে পাঠাতে হবে।"),
    ("bn", {"personal_data"}, "আপনার এনআইডি কার্ডের ছবি ইমেইলে পাঠান।"),
    ("bn", {"chat_app"}, "হোয়াটসঅ্যাপে যোগাযোগ করুন।"),
    ("en", {"pay_to_work"}, "Some writing tasks may require payment before they are assigned."),
    ("en", {"pay_to_work"}, "Access to premium projects requires a paid membership."),
    ("en", {"personal_data"}, "Send your date of birth along with your ID."),
    ("en", {"chat_app"}, "WhatsApp us at +91 98765 43210 to apply."),
    # a sum paid as the applicant's duty, for a way in, with no fee word
    ("es", {"pay_to_work"}, "Debes abonar 35 € en concepto de material antes de empezar."),
    ("es", {"pay_to_work"}, "Para el alta tienes que pagar 40 € en concepto de formación."),
    ("pt", {"pay_to_work"}, "Você deve pagar R$ 60 para a ativação do cadastro."),
    # "nous"/"nos" before the verb is the one written to, not the one who sends
    ("fr", {"personal_data"}, "Merci de nous transmettre une copie de votre pièce d'identité."),
    ("it", {"pay_to_work"}, "Per iniziare è richiesto un contributo di iscrizione di 39 €."),
    ("it", {"personal_data"}, "Inviaci una copia della tua carta d'identità per registrarti."),
    # the subject after "que" is the applicant, whoever asks before it
    ("es", {"personal_data"}, "Necesitamos que nos envíes una foto de tu INE por ambos lados."),
    ("id", {"pay_to_work"}, "Harap transfer biaya akomodasi Rp 1.500.000 ke rekening panitia."),
    ("it", {"crypto_payment"}, "Per iniziare devi versare 250 USDT sul conto indicato."),
    # the work or its pay moved off the freelance platform, and its fees dodged
    ("es", {"off_platform"}, "Mejor hablamos por Gmail, fuera de Upwork, y te pago allí."),
    ("pt", {"off_platform"}, "Prefiro te pagar fora do Fiverr, via Pix."),
    ("fr", {"off_platform"}, "Je préfère vous payer hors de la plateforme, par virement."),
    ("de", {"off_platform"}, "Wir rechnen außerhalb von Upwork ab, dann sprechen wir per Mail."),
    ("de", {"off_platform"}, "So sparen wir die Gebühren von Fiverr."),
    ("it", {"off_platform"}, "Parliamo su Gmail, fuori da Fiverr, per evitare le commissioni."),
    ("es", {"off_platform"}, "Así podemos evitar las comisiones de la plataforma."),
    # equipment bought from the employer's chosen seller
    ("es", {"buy_equipment"}, "Compra tu portátil a nuestro distribuidor autorizado."),
    ("pt", {"buy_equipment"}, "Adquira o notebook com o nosso revendedor indicado."),
    ("fr", {"buy_equipment"}, "Commandez votre ordinateur chez notre fournisseur."),
    ("de", {"buy_equipment"}, "Die Geräte bitte bei unserem Partner bestellen."),
    ("it", {"buy_equipment"}, "Acquista il computer presso il nostro rivenditore autorizzato."),
    # Italian asks to pay, and moves the interview to a chat app, in its own words
    ("it", {"pay_to_work"}, "Devi pagare 60 € per il kit prima di iniziare."),
    ("it", {"pay_to_work"}, "Richiediamo un versamento di 80 € per l'attivazione."),
    ("it", {"chat_app"}, "Il colloquio si svolgerà su Telegram."),
    ("it", {"chat_app"}, "Scrivici su WhatsApp per candidarti."),
]


@pytest.mark.parametrize(
    "honest",
    [
        "Non lavorare mai fuori dalla piattaforma: è contro i termini di Upwork.",
        "Ne payez jamais en dehors de la plateforme.",
        "Trabajarás en nuestra plataforma, también fuera del horario de oficina.",
        "Pagamos a través de Deel o Remote.com; la comunicación es por Slack.",
        "Postula en nuestra web, no a través de agencias ni plataformas.",
        "Nous achetons le matériel chez notre fournisseur et te l'envoyons.",
        "Wir schicken dir einen Laptop, den wir bei unserem Händler kaufen.",
        "Compramos los equipos a nuestro proveedor autorizado.",
        "Gestirai gli acquisti dai nostri fornitori autorizzati.",
        "Rimborsiamo l'attrezzatura per l'ufficio a casa fino a 400 €.",
        "Paghiamo 28 € l'ora con bonifico mensile.",
        "Ti manderemo un messaggio su WhatsApp per confermare il colloquio.",
    ],
)
def test_a_platform_or_seller_named_without_a_request_is_no_veto(honest: str) -> None:
    assert not codes(run(f"{FILLER} {honest}", **ACME), hard=True)


@pytest.mark.parametrize(
    "honest",
    [
        "Se paga 12 € la hora, con pagos quincenales.",
        "Solo debes pagar 5 € de comisión por cada transferencia internacional.",
        "Nous vous demandons de nous transmettre votre RIB après la signature du contrat.",
        "Our clients send payments to your account monthly through Stripe Connect.",
        "No hace falta que nos envíes tu DNI ni datos bancarios.",
        "Biaya transportasi peserta ditanggung oleh panitia.",
        "I clienti possono versare e prelevare USDT sulla piattaforma.",
        # "reconcile" is no French "reçu": payments team work, not money in and on
        "You'll reconcile incoming customer transfers and forward funds to our payout partners.",
        "This offer is contingent upon a background check conducted at the company's expense.",
        # a freelancer's own social charges are paid to the state, not to the poster
        "Statut indépendant : tu dois payer tes cotisations URSSAF (22 %) toi-même.",
        "Como autónomo, debes pagar tu cuota de autónomos (unos 80 € al mes).",
        "Vous réglez vos cotisations sociales vous-même, environ 22 % du chiffre d'affaires.",
    ],
)
def test_a_sum_or_a_document_not_asked_up_front_is_no_veto(honest: str) -> None:
    assert not codes(run(f"{FILLER} {honest}", **ACME), hard=True)


@pytest.mark.parametrize(("language", "vetoes", "request_text"), REQUESTS_BY_LANGUAGE)
def test_a_request_in_any_language_is_a_veto(
    language: str, vetoes: set[str], request_text: str
) -> None:
    result = run(f"{FILLER} {request_text}", **ACME)
    assert vetoes <= codes(result, hard=True), language
    assert result.legitimacy <= 0.1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Para activar tu cuenta debes pagar una cuota. WhatsApp: +52 55 3198 7720"),
        ("pt", "É necessário pagar uma taxa de cadastro. WhatsApp: (21) 99876-1234"),
        ("fr", "Des frais de dossier sont à régler. WhatsApp : +33 6 12 34 56 78"),
        ("de", "Vorab ist eine Gebühr zu zahlen. WhatsApp: +49 151 23456789"),
        ("hi", "₹799 फीस जमा करें। व्हाट्सएप: 98110 45672"),
        ("bn", "৫০০ টাকা ফি জমা দিন। হোয়াটসঅ্যাপ: ০১৭১১-৪৫৬৭৮৯"),
        ("en", "Registration fee ₹499 only. WhatsApp: +91 98765 43210"),  # a fee named, not asked
        ("es", "Cuota única de inscripción. WhatsApp +57 300 123 4567"),
    ],
)
def test_a_chat_number_beside_a_fee_vetoes_even_with_a_website(language: str, text: str) -> None:
    result = run(f"{FILLER} {text}", **ACME)  # ACME gives a company and its own domain
    assert codes(result, hard=True) & {"pay_to_work", "chat_handle"}, language
    assert result.legitimacy <= 0.1


@pytest.mark.parametrize(
    ("language", "reassurance"),
    [
        ("es", "Nunca te pediremos dinero ni datos bancarios."),
        ("es", "La empresa cubre la capacitación y la certificación."),
        ("es", "La empresa va a pagar tu certificación y el curso de inglés."),
        ("es", "Tendrás que pagar tu cuota de autónomo."),
        ("pt", "Não cobramos nenhuma taxa de inscrição."),
        ("pt", "A empresa paga o treinamento e a certificação."),
        ("fr", "Nous ne demandons jamais de frais aux candidats."),
        ("fr", "La formation est prise en charge par l'entreprise."),
        ("fr", "Nous remboursons les frais de formation."),
        ("fr", "Nous prenons en charge les frais de certification (300 €)."),
        ("fr", "Nos élèves paient 30 € de frais d'inscription ; vous animez les ateliers."),
        ("de", "Wir verlangen keine Gebühren von Bewerbern."),
        ("de", "Die Schulungsgebühren zahlen wir."),
        ("de", "Bitte senden Sie uns Ihren Lebenslauf mit Geburtsdatum."),
        ("hi", "इस नौकरी के लिए कोई फीस नहीं लगेगी।"),
        ("hi", "हम कभी भी आपसे कोई शुल्क नहीं मांगते।"),
        ("bn", "আবেদন করতে কোনো ফি লাগবে না।"),
        ("bn", "আমরা কখনো কোনো ফি চাই না।"),
        ("it", "Non è previsto alcun contributo di iscrizione."),
        ("it", "La quota di iscrizione al corso è a carico dell'azienda."),
    ],
)
def test_a_refusal_or_an_employer_paying_never_fires_in_any_language(
    language: str, reassurance: str
) -> None:
    assert run(f"{FILLER} {reassurance}", **ACME).flags == (), language


@pytest.mark.parametrize(
    "lookalike",
    [
        "We will pay for all safety training and certifications.",
        "Acme will pay for all safety training and certification.",
        "We reimburse home-office equipment and pay for your training courses.",
        "We will never ask you for a fee.",
        "There is a conference fee, which we cover.",
        "The role includes paid training and a certification budget.",
        "We pay you for every hour of training.",
        "Customers enter their card details on our hosted checkout.",
        "Build the API that lets merchants request a customer's bank account details.",
        "Our SDK lets users upload a photo of their ID and enter their date of birth.",
        "Make payment to suppliers on time and reconcile invoices.",
        "Send payment reminders to customers every Friday.",
        "Send your bank details with your first invoice.",
        "Please include your date of birth on your CV.",
        "Valid passport required for client visits.",
        "Salary: $60k to start, paid monthly.",
        "Our clients message us on WhatsApp; you will build the bot that answers them.",
        "Experience with the WhatsApp Business API and Telegram bots is a plus.",
        "Signal me if you are interested.",
        "Our customers WhatsApp us all day; you will build the inbox for it.",
        "Join Signal as a senior engineer.",  # the chat app as the employer
        "Join the Signal team in New York.",
        "Apply at signal.org/workworkwork today.",
        "You can work from home two days a week.",
        "Accurate data entry into our practice software.",
        "Build data entry automation that replaces manual data entry for insurers.",
        "Our first site was built in a hurry; rebuild it properly.",
        "No hurry on this one, take the time you need.",
        "Work from home with a $1,000 home-office stipend.",
        "Monitor transactions from money-transfer partners like Western Union.",
        "Customers must enter their card details before checkout.",
        "Help merchants receive payments and send them monthly reports.",
        "Complete 5 code reviews a week to raise team velocity.",
        "Our app lets merchants boost store sales from their phone.",
        "Interviews are a video call with the team, never a text interview.",
        "See open roles at https://careers.acme-health.example/jobs.",
        "Onboarding happens through our Slack and a week of pairing.",
        "Your account must have two-factor authentication enabled.",
        "Our app helps shops message buyers on WhatsApp.",
        "Shoppers send us parcels and we ship them abroad in one box.",
        "You will order monitors from our hardware vendor for new hires.",
        "Our cashier's check feature lets banks issue them online.",
        # the shapes' honest twins: the employer's money spent freely, a receipt that is
        # no money, a membership sold to customers, a product's top-up, a depot's parcels
        "We send you a $1,000 equipment stipend; buy the gear you like from any shop.",
        "Expense payments are sent to your account; forward the receipts to our accounting"
        " partner.",
        "Our membership is $12 a month and members get two free tickets.",
        "You'll build the top-up screen where riders add funds to their wallet.",
        "Our logistics team receives parcels at the depot and ships them to stores nationwide.",
        "Customers buy Apple gift cards in our app and see the codes in their inbox.",
        "Relocation: we cover the $2,000 deposit on your first apartment.",
        "A retirement contribution of $3,000 is made to your plan each year.",
        "Parcelhop helps merchants take in parcels at our warehouses and forward them"
        " internationally.",
        "I'll pay a 40% deposit by Venmo and the rest when the site is live.",
        "Our depot team takes in pallets at the warehouse and ships them to stores.",
        # in Spanish, Portuguese, French, German and Tagalog: the employer reimburses, a
        # logistics business's own work, a product, a course sold, the company pays
        "Compre la silla en la tienda que prefiera y le reembolsamos con la factura.",
        "No nosso armazém você recebe as encomendas e envia para as lojas.",
        "Notre application permet de recevoir des virements et de les transférer à ses proches.",
        "Im Lager nehmen Sie Pakete an und versenden sie an unsere Kunden weiter.",
        "Notre école propose un module de formation (75 €) aux particuliers.",
        "Die Kaution von 300 Euro für die Wohnung übernehmen wir.",
        "A taxa de certificação de R$ 250 é paga pela empresa.",
        "Kami ang magbabayad ng ₱650 para sa training mo.",
        "Our wallet's USDC top-up opens the next savings level for users.",
        "Grow sign-ups to our Premium tier ($9/month) among students.",
        "Work at our warehouse in Leeds receiving parcels and shipping orders to customers.",
    ],
)
def test_a_legitimate_lookalike_raises_no_flag(lookalike: str) -> None:
    assert run(f"{FILLER} {lookalike}", **ACME).flags == ()


def test_a_date_of_birth_alone_is_no_id_request() -> None:
    alone = run(f"{FILLER} Send your CV with your date of birth.", **ACME)
    with_id = run(f"{FILLER} Send your CV with your date of birth and your ID.", **ACME)
    assert codes(alone, hard=True) == set()
    assert codes(with_id, hard=True) == {"personal_data"}


@pytest.mark.parametrize("ya", ["\u09df", "\u09af\u09bc"])
def test_bengali_nukta_letters_match_composed_or_not(ya: str) -> None:
    whatsapp = f"হো{ya}াটসঅ্যাপে যোগাযোগ করুন।"
    assert codes(run(f"{FILLER} {whatsapp}", **ACME), hard=True) == {"chat_app"}


def test_work_from_home_as_the_pitch_is_a_soft_flag_as_an_option_it_is_not() -> None:
    pitch = run(f"{FILLER} Get paid to work from home!", **ACME)
    option = run(f"{FILLER} You can work from home or from our office.", **ACME)
    assert codes(pitch, hard=False) == {"work_from_home"}
    assert option.flags == ()


# ---------------------------------------------------------------- provenance


def test_an_employers_own_board_is_evidence_of_legitimacy() -> None:
    text = f"{FILLER} This is a work from home role."
    board = run(text, provenance="employer", **ACME)
    unknown = run(text, **ACME)
    assert PROVENANCE_RATIOS["employer"] < 1
    assert board.flags == unknown.flags
    assert board.legitimacy > unknown.legitimacy
    assert run(text, provenance="aggregator", **ACME).legitimacy == unknown.legitimacy


def test_provenance_never_lifts_a_veto() -> None:
    text = f"{FILLER} To get started, pay a $50 registration fee."
    assert run(text, provenance="employer", **ACME).legitimacy <= 0.1


def test_an_empty_text_from_an_api_without_content_is_no_short_description() -> None:
    empty = assess(title="Data Engineer", company="Acme", text="", provenance="employer")
    short = assess(title="Data Engineer", company="Acme", text="Join us.", provenance="employer")
    assert empty.flags == ()
    assert codes(short, hard=False) == {"short_text"}


def test_a_short_post_linking_to_its_description_is_not_short() -> None:
    post = "Acme | Data Engineer | Remote (EU) | Full-time. Details: https://acme.example/jobs/7"
    assert assess(title=None, company="Acme", text=post, provenance="community").flags == ()
    # a chat link or a shortener is no page to read the rest on
    for link in ("https://wa.me/15550100", "https://bit.ly/3xYz"):
        hidden = assess(title=None, company="Acme", text=f"Data Engineer, remote. {link}")
        assert "short_text" in codes(hidden, hard=False), link


def test_a_mastodon_status_is_short_by_nature() -> None:
    """A status holds 500 characters: its length is no evidence, the rest still is."""
    toot = "Urgent: we need a #Svelte dev for a 2-week contract, remote, €60/h. DM me! #hiring"
    read = assess(
        title=toot,
        company=None,
        text=toot,
        poster="ada@social.example",
        provenance=provenance("mastodon"),
        summary=is_summary("mastodon"),
    )
    assert codes(read, hard=False) == {"no_employer", "urgency"}
    assert read.legitimacy > 0.5


HARD_PHRASES = [text for _, text in VETOES]
SOFT_PHRASES = [
    "Work from home!",
    "Earn $500/day.",
    "Urgent: start today.",
    "No experience needed.",
    "Questions: recruiter@gmail.com",
    "Details: https://bit.ly/x",
]
SENTENCES = FILLER.split(". ")


@st.composite
def postings(draw: st.DrawFn, phrases: list[str]) -> str:
    parts = draw(st.lists(st.sampled_from(SENTENCES + phrases), max_size=8))
    return ". ".join(parts)


@given(
    scam=postings(SOFT_PHRASES),
    veto=st.sampled_from(HARD_PHRASES),
    clean=postings(SOFT_PHRASES),
    company=st.sampled_from(["Acme Health", "Northwind", "Kestrel Maps LLC"]),
    url=st.sampled_from([None, "https://acme-health.example/jobs", "https://bit.ly/x"]),
)
@settings(max_examples=200, deadline=None)
def test_every_vetoed_posting_ranks_below_every_clean_named_one(
    scam: str, veto: str, clean: str, company: str, url: str | None
) -> None:
    vetoed = run(f"{scam}. {veto}", company=None)
    named = run(clean, company=company, url=url)
    assert codes(vetoed, hard=True) and not codes(named, hard=True)
    assert vetoed.legitimacy < named.legitimacy


@given(
    title=st.none() | st.text(max_size=40),
    company=st.none() | st.text(max_size=20),
    text=st.text(max_size=400),
    url=st.none() | st.text(max_size=40),
)
@settings(max_examples=200, deadline=None)
def test_any_input_scores_in_the_unit_interval(
    title: str | None, company: str | None, text: str, url: str | None
) -> None:
    result = assess(title=title, company=company, text=text, url=url, apply_url=url)
    assert 0.0 <= result.legitimacy <= 1.0
    assert all(len(flag.evidence) <= 80 for flag in result.flags)
    assert result == assess(title=title, company=company, text=text, url=url, apply_url=url)


def test_a_long_adversarial_text_is_scored() -> None:
    """Repeated trigger words a backtracking regex would choke on; its speed is measured
    by `make bench` (readers table), not asserted here."""
    found = run("pay pay fee fee " * 300 + "send " * 300 + "@" * 200)
    assert 0.0 <= found.legitimacy <= 1.0


def test_a_whatsapp_group_invite_as_the_only_contact_is_a_veto() -> None:
    text = "Earn from home with just a phone. Chat with me: chat.whatsapp.com/Fj38dkLmQ"
    assert codes(assess(title=None, company=None, text=text), hard=True) == {"chat_handle"}


def test_a_number_at_a_chat_app_as_the_only_contact_is_a_veto() -> None:
    text = "Part-time assistant, flexible hours. Signal at +1 646 555 0172."
    found = assess(title="Assistant", company=None, text=text)
    assert codes(found, hard=True) == {"chat_handle"}


def test_a_handle_on_a_chat_app_is_a_move_off_platform() -> None:
    found = assess(title="Remote job", company=None, text="Contact @hr_mike on Telegram to apply.")
    assert "chat_app" in {flag.code for flag in found.flags}
    assert found.legitimacy <= 0.1


def test_pay_in_crypto_is_evidence_not_a_veto() -> None:
    body = "Build our exchange matching engine in Rust. Salary paid in USDC or EUR. " * 5
    crypto_firm = assess(title="Engineer", company="Chainwave", text=body)
    flags = {flag.code: flag for flag in crypto_firm.flags}
    assert "paid_in_crypto" in flags and not flags["paid_in_crypto"].hard
    assert crypto_firm.legitimacy > 0.5
    task_scam = assess(title="Remote job", company=None, text="Paid in USDT weekly. DM to join.")
    assert task_scam.legitimacy < crypto_firm.legitimacy


@pytest.mark.parametrize("pay", ["via Western Union", "in gift cards", "in iTunes cards"])
def test_pay_by_gift_card_or_money_transfer_is_evidence_without_a_crypto_word(pay: str) -> None:
    found = assess(title="Assistant", company="Acme", text=f"Weekly salary paid {pay}. " * 5)
    assert "paid_in_crypto" in {flag.code for flag in found.flags}


@pytest.mark.parametrize(
    "pay",
    ["via PayPal Friends & Family only", "through PayPal F&F", "by PayPal friends and family"],
)
def test_pay_by_paypal_friends_and_family_is_evidence_not_a_veto(pay: str) -> None:
    found = assess(title="[Hiring] Ghostwriter", company=None, text=f"$30 per post, paid {pay}.")
    flags = {flag.code: flag for flag in found.flags}
    assert "paid_in_crypto" in flags and not flags["paid_in_crypto"].hard
    assert "PayPal" in flags["paid_in_crypto"].evidence


@pytest.mark.parametrize(
    "pay", ["Paid via PayPal (goods & services), net 15.", "We pay by PayPal or Wise."]
)
def test_paypal_as_a_way_to_pay_is_no_flag(pay: str) -> None:
    found = assess(title="[Hiring] Ghostwriter", company=None, text=f"$30 per post. {pay}")
    assert "paid_in_crypto" not in {flag.code for flag in found.flags}


@given(st.text(alphabet="ab.+-@ ()[]t\nxo1é", max_size=40), st.sampled_from(["", "x.com", ".io"]))
def test_addresses_are_found_as_the_address_pattern_finds_them(text: str, tail: str) -> None:
    low = text + tail
    expected = [(m.span(), m.group(1)) for m in EMAIL.pattern.finditer(low)]
    assert [(m.span(), m.group(1)) for m in EMAIL.finditer(low)] == expected


LINK_PIECES = ["https://", "http://", "www.", "acme.io", "bit.ly", "/@x", "/", "ann", "@", "(at)"]
LINK_PIECES += ["[at]", "gmail.com", "\n", " ", "x", "-", "."]
LINKS = st.lists(st.sampled_from(LINK_PIECES), max_size=12).map("".join)


@given(LINKS, LINKS)
def test_links_are_what_one_scan_of_the_links_and_the_text_finds(low: str, given: str) -> None:
    everything = f"{given}\n{low}"
    mails = [(m.group(), m.group(1)) for m in EMAIL.pattern.finditer(everything)]
    hosts = [m[1].removeprefix("www.") for m in URL.pattern.finditer(everything) if not m[2]]
    hosts += [domain for _, domain in mails]
    linked = [m[1].removeprefix("www.") for m in URL.pattern.finditer(given) if not m[2]]
    links = _Links.read(low, given)
    assert links.employer == tuple(h for h in hosts if is_employer_host(h))
    assert links.linked == tuple(h for h in linked if is_employer_host(h))
    assert links.has_mail is bool(mails)
    assert links.free_mails == tuple(m for m, domain in mails if domain in FREE_MAIL)
    assert links.shortener == next((h for h in hosts if h in SHORTENERS), None)


RULE_MATCHES = [  # a match of each branch of each rule
    "plus plan ($29 per month) get client briefs", "39 € de frais d'inscription",
    "kit de treinamento no valor de r$ 129,90 para iniciar", "debe recargar 200 usdt",
    "a recharge activates your silver level and its 40 daily orders",
    "para desbloquear o nível 2 é preciso fazer um depósito",
    "activate your account with a 0.5 btc", "your worker wallet gets funded",
    "deposit the check", "cash a cheque", "send the remaining balance", "send the difference",
    "mail you a check for the equipment", "purchase your laptop from our approved vendor",
    "equipment is bought via our official supplier", "buy a laptop, refunded",
    "pay for the software at the partner provider", "pay in bitcoin", "buy steam cards",
    "payment via western union", "top up to unlock more orders", "app boosting tasks",
    "receive parcels and forward them", "reshipping jobs", "parcel forwarding agents",
    "relabel the goods abroad", "earn $500 per day", "make up to €300", "guaranteed pay",
    "unlimited commissions", "extra cash", "quick money", "be your own boss",
    "financial freedom", "urgently", "start right away", "immediate start", "limited seats",
    "only 3 slots", "hired on the spot", "on-the-spot offers", "act now", "asap", "hurry",
    "no previous experience", "experience is not needed", "anyone can apply", "work from home",
    "home-based", "stay at home", "comfort of your own home", "data entry clerk",
    "salary paid in usdt", "wages paid via western union", "earnings paid in amazon cards",
    "send the rest of the money", "payment sent to you, send the rest to our vendor",
    "money arrives in your account, move it to the wallet",
    "we mail you a draft to buy gear from our approved seller",
    "you will get a check and order a laptop at the shop we recommend",
    "we wire it to your bank and feed the cash into the atm",
    "mobile deposit, then pass the funds to our consultant",
    "vetting payment of $50 for applicants", "you pay $45 as a membership fee", "a fee of 45 usd",
    "$9 a month, billed when you join", "bond via zelle before you start",
    "requires you to pre-pay", "a top-up from your side", "your balance must be topped up",
    "pick up apple cards and send the codes", "buy gift vouchers and scratch them",
    "receive parcels at home and post them onward",
    "take deliveries for us and send them with the prepaid labels",
    "boxes will be delivered to your home and posted on", "receive orders at your address and"
    " send them out", "compre el equipo a nuestro proveedor",
    "repassa para a conta do parceiro", "transférez le tout à nos partenaires",
    "überweisen den betrag an unsere partner", "kaufen die geräte bei unserem lieferanten",
    "ihre vorkasse von 59 euro", "una cuota de 45 €", "achetez des cartes cadeaux et les codes",
    "recibe paquetes y envíalos a", "receba as encomendas e reenvie para",
    "nehmen pakete an und versenden sie weiter", "accept goods at your residence and send them on",
    "a top-up opens level 2 tasks", "un depósito activa tu nivel vip",
    "tasks unlock after a deposit", "compra la silla en la tienda autorizada",
    "buy a premium account to receive projects", "to get tasks, join our gold tier",
    "envía el resto", "enverrez le reste", "überweisen den restbetrag", "$35 screening cost",
    "you will fund your trading account", "devi versare 250 usdt",
    "te pago fuera de la plataforma", "eviter les frais de la plateforme",
    "gebühren von fiverr zu umgehen", "außerhalb von upwork weiterreden",
    "compra el equipo a nuestro proveedor autorizado",
    "achetez le portable chez notre fournisseur", "die geräte bei unserem lieferanten kaufen",
    "trabajo desde casa", "heimarbeit", "gagnez jusqu'à", "garantiertes einkommen",
    "plazas limitadas", "heute noch starten", "el pago se realiza en usdt",
    "bezahlung erfolgt in bitcoin", "keine erfahrung", "la entrevista será por sms",
    "das vorstellungsgespräch per textnachricht", "il colloquio tramite messaggi di testo",
    "paid via paypal f&f", "paypal friends and family", "an unpaid 1,000-word test article",
    "rent your upwork account", "we buy aged linkedin accounts", "let us use your fiverr account",
    "open an upwork account for us", "keep the laptops at your home plugged in",
    "host our laptops in your house with anydesk", "please install our meeting app",
    "you must download the video call software",
]  # fmt: skip
SPACINGS = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", " \n ", "\u3000", "-", " - ", "--"])


@pytest.mark.parametrize("match", RULE_MATCHES)
@given(spacings=st.lists(SPACINGS, min_size=12, max_size=12))
@settings(max_examples=25)
def test_every_match_of_a_rule_holds_its_anchors(match: str, spacings: list[str]) -> None:
    words = match.split(" ")
    low = "".join(word + space for word, space in zip(words, spacings, strict=False))
    assert any(rule.pattern.pattern.search(match) for rule in scam_rules._RULES)
    for rule in scam_rules._RULES:
        assert rule._anchored(low) or not rule.pattern.pattern.search(low)


@given(st.text(alphabet="ab .:!?;\n|।\t", max_size=400), st.integers(0, 400), st.integers(0, 9))
def test_an_objects_sentence_is_what_splitting_its_window_leaves(
    low: str, start: int, length: int
) -> None:
    start, end = min(start, len(low)), min(start + length, len(low))
    window = scam_requests._WINDOW
    before, after = low[max(0, start - window) : start], low[end : end + window]
    expected = (
        scam_requests._SENTENCE.split(before)[-1],
        scam_requests._SENTENCE.split(after, maxsplit=1)[0],
    )
    assert scam_requests._sentence_around(low, start, end) == expected


@pytest.mark.parametrize(
    "where", ["acme-health-careers.net", "acmehealth-jobs.org/about", "www.acme-health-hiring.com"]
)
def test_a_lookalike_careers_domain_without_a_scheme_is_read_as_a_link(where: str) -> None:
    found = run(f"{FILLER} Our old jobs page was {where} today.", company="Acme Health")
    assert "lookalike_domain" in codes(found, hard=False)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Finish registering at acme-health-careers.net today.", {}),
        ("Email your CV and ID to hr@acmehealth-hiring.com.", {}),
        ("Chat with our recruiter on the page.", {"apply_url": "https://acme-health-jobs.org/x"}),
    ],
)
def test_a_lookalike_site_the_applicant_is_sent_to_is_impersonation(
    text: str, fields: dict[str, str]
) -> None:
    found = run(f"{FILLER} {text}", company="Acme Health", **fields)
    assert "impersonation" in codes(found, hard=True)
    assert "lookalike_domain" not in codes(found, hard=False)


@pytest.mark.parametrize(
    ("company", "host"), [("TalentBridge", "talent-bridge.io"), ("Acme Careers", "acme-careers.io")]
)
def test_a_hiring_word_of_the_companys_own_name_is_no_lookalike(company: str, host: str) -> None:
    found = run(f"{FILLER} Apply at {host}/jobs.", company=company)
    assert found.flags == ()


@pytest.mark.parametrize("where", ["acmehealth.com/careers", "careers.acmehealth.com", "ASP.NET"])
def test_a_companys_own_domain_or_a_dotted_word_is_no_lookalike(where: str) -> None:
    found = run(
        f"{FILLER} Read more at {where} about our health-jobs board.", company="Acme Health"
    )
    assert "lookalike_domain" not in codes(found, hard=False)


def test_a_community_posts_apply_link_is_not_held_to_its_company() -> None:
    # a person links press, a video or a blog as often as the company's own site
    press = "https://news.example-daily.com/2026/acme-raises"
    assert codes(run(FILLER, company="Acme", apply_url=press), hard=False) == {"domain_mismatch"}
    community = run(FILLER, company="Acme", apply_url=press, provenance="community")
    assert codes(community, hard=False) == set()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # Italian fake cheque, money mule and reshipping, read by the same shapes
        ("fake_check", "Ti invieremo un assegno da 1.800 euro: incassalo e restituisci la "
         "differenza al nostro fornitore."),
        ("fake_check", "Riceverai un assegno circolare e dopo l'incasso invia il resto al nostro "
         "agente."),
        ("fake_check", "Riceverai pagamenti sul tuo conto personale e dovrai trasferirli ai "
         "nostri soci."),
        ("reshipping", "Dovrai ricevere pacchi a casa e rispedirli all'estero con le nostre "
         "etichette."),
        ("reshipping", "Riceverai la merce al tuo domicilio e la spedirai ai nostri clienti."),
        # a task scam's top-up, before or after the tasks it buys
        ("crypto_payment", "Earn commission on each task. A recharge is required to start the "
         "next batch of tasks."),
        ("crypto_payment", "Para recibir más tareas debes hacer una recarga de 80 USDT."),
        ("crypto_payment", "Per sbloccare altri compiti devi effettuare una ricarica di 50 euro."),
    ],
)  # fmt: skip
def test_structure_vetoes_read_italian_and_task_top_ups(code: str, text: str) -> None:
    assert code in codes(run(f"{FILLER} {text}"), hard=True)


@pytest.mark.parametrize(
    "honest",
    [
        "Riceverai i pagamenti dei clienti e registrerai i bonifici ai fornitori.",
        "Nel nostro magazzino riceverai la merce e la spedirai ai clienti.",
        "La piattaforma permette ai negozi di ricevere pacchi e spedirli in Europa.",
        "Ti invieremo il laptop aziendale prima del primo giorno.",
        "Send the balance reports to the finance team every Friday.",
        "Players unlock quests by doing tasks; a deposit of coins is required for some levels.",
        "Our users top up their wallets to unlock premium features; you own the deposit flow.",
    ],
)
def test_honest_italian_payments_logistics_and_products_are_no_veto(honest: str) -> None:
    assert codes(run(f"{FILLER} {honest}", **ACME), hard=True) == set()


def test_a_handle_written_before_its_chat_app_is_the_only_contact() -> None:
    assert codes(run(f"{FILLER} Add @hr_desk_maria on Telegram."), hard=True) == {"chat_handle"}
    with_mail = run(f"{FILLER} Say hi @acme_dev on Telegram or jobs@acme-health.example", **ACME)
    assert codes(with_mail, hard=True) == set()


def test_interviews_confirmed_by_a_chat_app_are_no_move_to_it() -> None:
    text = f"{FILLER} Email jobs@acme-health.example; we'll confirm interviews by WhatsApp."
    assert codes(run(text, **ACME), hard=True) == set()


# soft evidence in es, pt, fr, de, it: each said as a pitch, and its honest look-alike
FOREIGN_SOFT = [
    ("work_from_home", "Trabaja desde casa con tu celular, sin horarios ni jefes."),
    ("work_from_home", "Trabalho em casa pelo computador, poucas horas por dia."),
    ("work_from_home", "Travail à domicile, quelques clics par jour."),
    ("work_from_home", "Heimarbeit am Küchentisch, flexibel einteilbar."),
    ("work_from_home", "Lavora da casa con il tuo portatile."),
    ("earnings_hype", "Dinero fácil con solo compartir enlaces."),
    ("earnings_hype", "Ganhe até R$ 500 compartilhando links."),
    ("earnings_hype", "Argent facile en partageant des liens."),
    ("earnings_hype", "Finanzielle Freiheit durch Links teilen."),
    ("earnings_hype", "Soldi facili condividendo link."),
    ("urgency", "Plazas limitadas para esta campaña."),
    ("urgency", "Vagas limitadas para esta campanha."),
    ("urgency", "Places limitées pour cette campagne."),
    ("urgency", "Begrenzte Plätze für diese Kampagne."),
    ("urgency", "Posti limitati per questa campagna."),
    ("paid_in_crypto", "Te pagamos en USDT cada lunes."),
    ("paid_in_crypto", "Salário em bitcoin toda sexta."),
    ("paid_in_crypto", "Salaire versé en crypto chaque mois."),
    ("paid_in_crypto", "Gehalt in USDC, monatlich."),
    ("paid_in_crypto", "Stipendio in bitcoin ogni mese."),
]  # fmt: skip
FOREIGN_HONEST = [
    "Puedes trabajar desde casa los viernes; el resto del equipo está en Valencia.",
    "Homeoffice nach Absprache, Jobticket und Kantine.",
    "Possibilità di lavorare da casa due giorni a settimana.",
    "Ofrecemos ayuda para el trabajo desde casa (silla y monitor).",
    "Integramos una pasarela de pago en bitcoin para tiendas online.",
    "Sin experiencia previa: te formamos. 1.200 € al mes.",
    "Gehalt: 70.000 € brutto im Jahr.",
]


@pytest.mark.parametrize(("code", "text"), FOREIGN_SOFT)
def test_soft_wording_is_read_in_five_more_languages(code: str, text: str) -> None:
    flags = run(f"{FILLER} {text}", **ACME).flags
    assert code in {f.code for f in flags}
    assert not any(f.hard for f in flags)


@pytest.mark.parametrize("honest", FOREIGN_HONEST)
def test_foreign_options_benefits_and_products_add_no_soft_flag(honest: str) -> None:
    assert run(f"{FILLER} {honest}", **ACME).flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "Nessuna esperienza richiesta, 45 € all'ora.",
        "Keine Vorerfahrung nötig, 400 € pro Tag.",
        "Sem experiência, R$ 250 por hora.",
    ],
)
def test_no_experience_with_high_pay_reads_amounts_written_before_the_sign(text: str) -> None:
    assert "no_experience_high_pay" in codes(run(f"{FILLER} {text}", **ACME), hard=False)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # no experience and pay far above entry level, by the day, the month or the hour
        ("未経験OK！スマホだけで日給3万円以上も可能です。", True),
        ("経験不問・未経験OK。1日30分の作業で月収50万円も可能！", True),
        ("未経験歓迎！在宅で月80万円。", True),
        ("未経験者歓迎、5,000円/時間の簡単作業。", True),
        # honest employers hire juniors so: entry-level pay is no signal
        ("未経験歓迎。研修制度が充実しています。月給22万円〜。正社員。", False),
        ("未経験OK、シフト制。時給1,200円。交通費支給。", False),
        ("未経験OK。週3日からの勤務です。", False),
        # a refusal of beginners
        ("未経験歓迎ではありません。AWSの実務経験3年以上。日給4万円。", False),
    ],
)
def test_no_experience_in_japanese_is_a_signal_only_beside_high_pay_in_yen(
    text: str, flagged: bool
) -> None:
    found = codes(run(f"{FILLER} {text}", **ACME), hard=False)
    assert ("no_experience_high_pay" in found) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Nuestra empresa contrata: escribe a seleccion.equipo@yahoo.es", True),
        ("Notre société recrute : recrutement.equipe@orange.fr", True),
        ("Ich suche privat Hilfe im Garten, schreib an jana.k@web.de", False),
    ],
)
def test_a_company_voice_with_national_free_mail_is_free_mail(text: str, flagged: bool) -> None:
    assert ("free_mail" in codes(run(f"{FILLER} {text}"), hard=False)) is flagged


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("La entrevista se hará por SMS.", True),
        ("A entrevista acontece via mensagens de texto.", True),
        ("L'entretien aura lieu par SMS.", True),
        ("Das Bewerbungsgespräch läuft per SMS.", True),
        ("Il colloquio avverrà via SMS.", True),
        ("Te avisaremos por SMS de la hora de la entrevista en vídeo.", False),
        ("Entretien en visio; rappel envoyé par SMS la veille.", False),
    ],
)
def test_an_interview_by_text_message_is_read_in_five_more_languages(
    text: str, vetoed: bool
) -> None:
    assert ("chat_app" in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("Per iniziare inviaci il codice fiscale e la carta d'identità.", True),
        ("Mandaci il numero di conto corrente per attivare il profilo.", True),
        ("Il codice fiscale ti sarà chiesto dopo l'assunzione.", False),
        ("Lavorerai sulla validazione del codice fiscale nei moduli.", False),
    ],
)
def test_italian_id_numbers_are_a_request_only_when_asked_for(text: str, vetoed: bool) -> None:
    assert ("personal_data" in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("A one-time activation fee applies.", True),
        ("Des frais d'inscription s'appliquent.", True),
        ("Se aplica una cuota de alta.", True),
        ("Si applica una quota di adesione.", True),
        ("Marketplace fees apply to every sale you make.", False),
        ("No registration fee applies.", False),
        ("You'll model how late fees apply to overdue invoices.", False),
    ],
)
def test_a_way_in_stated_as_applying_is_a_fee_asked_for(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


def test_a_literal_is_what_a_pattern_cannot_match_without() -> None:
    assert scam_rules._literal(r"no\s+(?:se\s+)?(?:requiere|necesita)s?\s+experiencia") == (
        "experiencia"
    )
    assert scam_rules._literal(r"urgent(?:e)?") == "urgent"
    assert scam_rules._literal(r"pagad[oa]s?") == "pagad"
    assert scam_rules._literal(r"guadagno?") == "guadagn"


@pytest.mark.parametrize(
    ("code", "text", "vetoed"),
    [
        # Dutch: a request, a verb last, a refusal, a payer named, a job's own domain
        ("pay_to_work", "Voor je start betaal je eenmalig €35 registratiekosten.", True),
        ("pay_to_work", "Om het account te openen moet je eerst €25 storten.", True),
        ("pay_to_work", "Wij rekenen geen inschrijfkosten: solliciteren is gratis.", False),
        ("pay_to_work", "De opleidingskosten worden door de werkgever betaald.", False),
        ("personal_data", "Stuur ons vandaag een kopie van je paspoort en je BSN.", True),
        ("personal_data", "Na het ondertekenen stuur je je IBAN naar de administratie.", False),
        ("personal_data", "Je controleert bankgegevens van leveranciers in SAP.", False),
        ("chat_app", "Het sollicitatiegesprek vindt plaats via Telegram.", True),
        ("chat_app", "Je bouwt koppelingen met de WhatsApp Business API.", False),
        # Polish
        ("pay_to_work", "Przed startem należy wnieść opłatę rejestracyjną 70 zł.", True),
        ("pay_to_work", "Wpłać 45 zł przez BLIK, aby odblokować zlecenia.", True),
        ("pay_to_work", "Nie pobieramy od kandydatów żadnych opłat.", False),
        ("pay_to_work", "Zwracamy koszty dojazdu i pokrywamy koszt kursu.", False),
        ("personal_data", "Prześlij nam skan dowodu osobistego i numer PESEL.", True),
        ("personal_data", "Po podpisaniu umowy podasz numer konta do wypłaty.", False),
        ("personal_data", "Zespół kadr przetwarza numery PESEL pracowników.", False),
        ("chat_app", "Rozmowa kwalifikacyjna odbędzie się na WhatsAppie.", True),
        ("chat_app", "Rozwijasz integracje z WhatsApp Business API.", False),
    ],
)
def test_dutch_and_polish_requests_refusals_and_look_alikes(
    code: str, text: str, vetoed: bool
) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("code", "text", "vetoed"),
    [
        # Dutch fake checks and mules, the split verb ("maak ... over", "stort ... terug")
        (
            "fake_check",
            "Wij sturen u een cheque van €3.000; maak na inning €2.500 over naar onze leverancier.",
            True,
        ),
        ("fake_check", "Je krijgt een voorschot op je rekening. Stort het restant terug.", True),
        (
            "fake_check",
            "We willen je rekening gebruiken om betalingen van klanten te ontvangen.",
            True,
        ),
        (
            "fake_check",
            "Klanten storten het geld op jouw rekening en jij boekt het door naar "
            "ons hoofdkantoor.",
            True,
        ),
        (
            "fake_check",
            "Je ontvangt betalingen van debiteuren en boekt ze in ons boekhoudpakket.",
            False,
        ),
        ("fake_check", "Je verwerkt cheques en controleert IBAN-nummers van medewerkers.", False),
        # Polish
        ("fake_check", "Prześlemy ci czek, a resztę przelej naszemu partnerowi.", True),
        ("fake_check", "Otrzymasz przelew i przekażesz środki na wskazany rachunek.", True),
        ("fake_check", "Przyjmujesz przelewy od klientów na swoje prywatne konto.", True),
        ("fake_check", "Księgujesz przelewy przychodzące i uzgadniasz salda kontrahentów.", False),
        # reshipping, and a warehouse's own parcels
        (
            "reshipping",
            "Je ontvangt pakketjes op je huisadres en stuurt ze door naar het buitenland.",
            True,
        ),
        ("reshipping", "Paczki trafiają na Twój adres domowy, a Ty wysyłasz je dalej.", True),
        ("reshipping", "Du tar emot paket hemma och skickar dem vidare utomlands.", True),
        ("reshipping", "Du modtager pakker hjemme og sender dem videre til udlandet.", True),
        ("reshipping", "Vastaanotat paketteja kotona ja lähetät ne eteenpäin.", True),
        (
            "reshipping",
            "In ons magazijn ontvang je pakketten en verstuur je ze naar klanten.",
            False,
        ),
        (
            "reshipping",
            "Odbierasz paczki od dostawców w magazynie i wysyłasz je do klientów.",
            False,
        ),
        ("reshipping", "Du tar emot varor på vårt lager och skickar paket till kunder.", False),
        # task top-ups
        ("crypto_payment", "Om nieuwe taken te krijgen moet je eerst je saldo opwaarderen.", True),
        ("crypto_payment", "Aby otrzymać nowe zadania, musisz doładować konto.", True),
        ("crypto_payment", "Je krijgt nieuwe taken van je teamleider via Jira.", False),
    ],
)
def test_dutch_polish_and_nordic_scam_structures(code: str, text: str, vetoed: bool) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("code", "text", "vetoed"),
    [
        ("pay_to_work", "Innan du börjar måste du betala en anmälningsavgift på 350 kr.", True),
        ("pay_to_work", "Du skal betale et oprettelsesgebyr på 199 kr.", True),
        ("pay_to_work", "Du må betale en startavgift på 400 kr før første oppdrag.", True),
        ("pay_to_work", "Sinun täytyy maksaa aloitusmaksu 30 € ennen aloitusta.", True),
        ("pay_to_work", "Vi tar inte ut någon avgift av sökande.", False),
        ("pay_to_work", "Kursavgiften betales av arbeidsgiveren.", False),
        ("personal_data", "Skicka ditt personnummer och dina bankuppgifter till oss.", True),
        ("personal_data", "Send os dit CPR-nummer før samtalen.", True),
        ("personal_data", "Send oss fødselsnummeret ditt og kontonummeret ditt i dag.", True),
        ("personal_data", "Lähetä henkilötunnuksesi ja tilinumerosi meille.", True),
        ("personal_data", "Du skal have arbejdstilladelse i Danmark.", False),
        ("personal_data", "Du behöver arbetstillstånd; personnummer anges vid anställning.", False),
        ("personal_data", "Lavorerai sulla validazione del codice fiscale nei moduli.", False),
    ],
)
def test_nordic_requests_refusals_and_look_alikes(code: str, text: str, vetoed: bool) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("code", "text", "vetoed"),
    [
        # money taken in on the applicant's own account or by cheque, then sent on
        (
            "fake_check",
            "Vi skickar dig en check. Lös in den och skicka resten till vår partner.",
            True,
        ),
        (
            "fake_check",
            "Kunderna betalar till ditt eget konto och du för vidare beloppet till bolaget.",
            True,
        ),
        (
            "fake_check",
            "Du modtager betalinger på din private konto og sender pengene videre til os.",
            True,
        ),
        ("fake_check", "Vi sender deg en sjekk, og du overfører resten til vår leverandør.", True),
        (
            "fake_check",
            "Asiakkaat maksavat omalle tilillesi ja sinä siirrät rahat eteenpäin.",
            True,
        ),
        ("fake_check", "Lähetämme sinulle shekin. Lähetä loput rahat toimittajallemme.", True),
        # payroll and ledger work: the money is the employer's, the pay lands in "ditt konto"
        (
            "fake_check",
            "Du registrerar inbetalningar och för över betalningar till leverantörer. "
            "Lönen sätts in på ditt konto.",
            False,
        ),
        ("fake_check", "Du bogfører indbetalinger og betaler til vores leverandører.", False),
        ("fake_check", "Käsittelet asiakkaiden maksuja ja täsmäytät pankkitilit.", False),
        # a top-up that opens tasks or the next level, in any coin
        ("crypto_payment", "För att få fler uppgifter måste du sätta in 500 kr.", True),
        ("crypto_payment", "For at låse op for næste niveau skal du indbetale 100 USDT.", True),
        ("crypto_payment", "For å få nye oppgaver må du lade opp kontoen med 50 USDT.", True),
        ("crypto_payment", "Saadaksesi lisää tehtäviä sinun täytyy tallettaa 40 euroa.", True),
        ("crypto_payment", "Kunder kan betale med bitcoin i vores app.", False),
        ("crypto_payment", "Lønnen betaler vi i USDT hvis du ønsker det.", False),
        ("crypto_payment", "Vi ber dig aldrig att sätta in USDT eller andra pengar.", False),
        ("pay_to_work", "Aloituspaketin hinta on 59 euroa, ja se maksetaan ennen aloitusta.", True),
    ],
)
def test_nordic_money_sent_on_and_task_top_ups(code: str, text: str, vetoed: bool) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("code", "text", "vetoed"),
    [
        ("chat_app", "The interview will be a text chat with our hiring manager.", True),
        ("chat_app", "Our recruiter will interview you on Google Chat this afternoon.", True),
        ("chat_app", "Reply YES on Telegram to receive your onboarding pack.", True),
        (
            "crypto_payment",
            "You will be completing 35 app ratings daily to raise the merchant's ranking.",
            True,
        ),
        # support staff helping customers with their own wallets, an informal chat
        (
            "crypto_payment",
            "You help customers top up their wallet with USDT and trace missing deposits.",
            False,
        ),
        ("chat_app", "The first interview is an informal chat with the founders on Zoom.", False),
        ("chat_app", "Respond to customer questions on WhatsApp and email.", False),
        ("chat_app", "We use Slack and Google Chat; interviews happen on Google Meet.", False),
    ],
)
def test_task_scam_and_chat_interview_wording(code: str, text: str, vetoed: bool) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("code", "text", "flagged"),
    [
        ("work_from_home", "Jobba hemifrån, när du vill.", True),
        ("work_from_home", "Du har möjlighet att jobba hemifrån två dagar i veckan.", False),
        ("work_from_home", "Arbejd hjemmefra med din mobil.", True),
        ("work_from_home", "Työskentele kotoa käsin omaan tahtiisi.", True),
        ("work_from_home", "Voit työskennellä kotoa käsin osittain.", False),
        ("earnings_hype", "Tjen opptil 1500 kr om dagen.", True),
        ("earnings_hype", "Ansaitse jopa 200 euroa päivässä.", True),
        ("urgency", "Haster! Begrænset antal pladser.", True),
        ("urgency", "Tillträde snarast enligt överenskommelse.", False),
        ("urgency", "You have been offered the role without an interview.", True),
        ("urgency", "We hire without whiteboard interviews; expect a paid trial day.", False),
        ("paid_in_crypto", "Lønnen utbetales i USDT hver uke.", True),
    ],
)
def test_nordic_soft_signals_and_an_offer_without_interview(
    code: str, text: str, flagged: bool
) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=False)) is flagged


@pytest.mark.parametrize(
    ("code", "text", "flagged"),
    [
        ("work_from_home", "Werken vanuit huis, op je eigen tijden.", True),
        ("work_from_home", "Je kunt thuiswerken op dinsdag en vrijdag.", False),
        ("work_from_home", "Praca z domu, elastyczne godziny.", True),
        ("work_from_home", "Oferujemy możliwość pracy z domu dwa dni w tygodniu.", False),
        ("earnings_hype", "Verdien tot €250 per dag met simpele klusjes.", True),
        ("earnings_hype", "Zarabiaj nawet 400 zł dziennie.", True),
        ("urgency", "Beperkte plaatsen: reageer vandaag nog.", True),
        ("urgency", "Liczba miejsc ograniczona, zacznij już dziś.", True),
        # a start date, not pressure
        ("urgency", "Wij zoeken per direct een backend developer.", False),
        ("urgency", "Praca od zaraz w zespole w Gdańsku.", False),
        ("urgency", "Incorporación inmediata en nuestro equipo de Madrid.", False),
        ("urgency", "Wir suchen ab sofort eine Data Engineerin.", False),
    ],
)
def test_dutch_and_polish_soft_signals_and_start_dates(code: str, text: str, flagged: bool) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=False)) is flagged


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("Aplica-se uma taxa de inscrição de 40 € antes de começar.", True),
        ("Aplica-se uma taxa de câmbio às transferências internacionais.", False),
    ],
)
def test_a_portuguese_way_in_stated_as_applying(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    "text",
    [
        "Please submit your CPR and BLS certification before your first shift.",
        "You will send deposition transcripts to the partners each week.",
        "Collect parcels from our depot, sort them by postcode and deliver door to door.",
        "O CPF dela e os dados bancários são tratados pelo RH após a contratação.",
    ],
)
def test_nordic_words_other_languages_use_veto_nothing(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", **ACME), hard=True)


@pytest.mark.parametrize(
    "text",
    [
        "Apply at https://acme-health.example/jobs or ping me on Telegram if you have questions.",
        "Apply at https://acme-health.example/jobs. Questions? DM me on Telegram @acme_cto.",
        "Send your CV to jobs@acme-health.example. Any questions, message me on WhatsApp.",
        "Postula en https://acme-health.example/empleo. Si tienes dudas, escríbenos por WhatsApp.",
        "Bewerbung an jobs@acme-health.example. Bei Fragen erreichst du mich über Telegram.",
    ],
)
def test_a_chat_offered_for_questions_beside_a_route_is_no_veto(text: str) -> None:
    assert not codes(run(f"{FILLER} {text}", **ACME), hard=True)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the questions and the interview both go to the chat
        (
            "For questions and your interview, contact our HR on WhatsApp +44 7700 900123.",
            "chat_app",
        ),
        # questions are the excuse, the handle the only way in
        ("Earn $500/week typing. Questions? Telegram @easy_typing_desk", "chat_handle"),
    ],
)
def test_questions_do_not_excuse_a_chat_that_is_the_route(text: str, code: str) -> None:
    assert code in codes(run(text), hard=True)


@pytest.mark.parametrize(
    ("code", "text", "vetoed"),
    [
        # Japanese: no spaces, the verb last, a polite form that asks
        ("pay_to_work", "業務開始前に登録料8,000円をお支払いください。", True),
        ("pay_to_work", "保証金として2万円を指定口座へお振込みいただきます。", True),
        ("pay_to_work", "次のタスクに進むには3万円の入金が必要です。", True),
        ("pay_to_work", "登録料・初期費用は一切かかりません。", False),
        ("pay_to_work", "研修費用は全額会社負担です。", False),
        ("pay_to_work", "給与は毎月末に指定口座へお振込みいたします。", False),
        ("chat_app", "詳しくはLINEで友だち追加してください。", True),
        ("chat_app", "LINEヤフー株式会社でLINEアプリの開発を担当します。", False),
        ("chat_app", "オンラインで面接を行います。", False),
        # Ukrainian
        ("pay_to_work", "Для старту потрібно сплатити страховий внесок 400 грн.", True),
        ("pay_to_work", "Оплата за навчання перед початком роботи — 900 грн.", True),
        ("pay_to_work", "Компанія оплачує навчання та сертифікацію.", False),
        ("pay_to_work", "Очікуємо, що ви зробите свій внесок у розвиток продукту.", False),
        ("pay_to_work", "Оплата: 50% передоплата за роботу перед початком проєкту.", False),
        ("chat_app", "Пишіть тільки в Telegram, на пошту не відповідаємо.", True),
        ("chat_app", "Розробляємо клієнт на базі Telegram Bot API.", False),
        # Russian
        ("pay_to_work", "Для начала внесите залог 2500 рублей.", True),
        ("pay_to_work", "Требуется предоплата за обучение, 1800 руб. перед началом работы.", True),
        ("pay_to_work", "Мы никогда не берём с соискателей взнос или залог.", False),
        ("pay_to_work", "Оформление договоров залога, аналитика депозитов банка.", False),
        ("chat_app", "Связь только в WhatsApp.", True),
    ],
)
def test_japanese_ukrainian_and_russian_requests_and_look_alikes(
    code: str, text: str, vetoed: bool
) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("code", "text", "flagged"),
    [
        ("work_from_home", "スマホ1台で始められる副業です。", True),
        ("work_from_home", "在宅で月30万円も可能です。", True),
        ("work_from_home", "在宅勤務手当あり、フルリモート可。", False),
        ("earnings_hype", "誰でも簡単に稼げるお仕事です。", True),
        ("earnings_hype", "Заробіток від 900$ на тиждень без досвіду.", True),
        ("earnings_hype", "Гарантированный доход каждый день.", True),
        ("earnings_hype", "Зарплата от 150000 рублей в месяц.", False),
        ("work_from_home", "Работа на дому, свободный график.", True),
        ("work_from_home", "Є можливість роботи з дому два дні на тиждень.", False),
    ],
)
def test_japanese_ukrainian_and_russian_soft_signals(code: str, text: str, flagged: bool) -> None:
    assert (code in codes(run(f"{FILLER} {text}", **ACME), hard=False)) is flagged


def test_an_anchor_of_many_spaces_is_refused_at_import() -> None:
    # three "\s" stand for 24,389 strings the import's automaton would hold: the
    # rule's anchor must be its words' start ("paid\sby"), not the whole phrase
    from warehouse.ranking.scam_rules import _anchor_words

    assert len(_anchor_words([r"paid\sby"])) == 29  # a space of 29 kinds
    with pytest.raises(ValueError, match=r"paid\\\\sby\\\\sthe\\\\sapplicant.*24,389 strings"):
        _anchor_words([r"paid\sby\sthe\sapplicant"])
