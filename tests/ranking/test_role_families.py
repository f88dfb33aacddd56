"""Non-developers' roles and the roles next to them: an analyst's BI and reporting titles,
an e-commerce assistant's store and listing titles, a writer's content titles; and the
look-alikes of other trades that keep out."""

from __future__ import annotations

import pytest

from warehouse.ranking.profile import Profile
from warehouse.ranking.relevance import read_relevance

P = pytest.param
ANALYST = Profile(roles=("data analyst",), skills=("power bi", "sql", "python", "dbt"))
SHOP = Profile(
    roles=("virtual assistant", "ecommerce assistant"),
    skills=("shopify", "amazon seller central", "customer service"),
)
PLAIN_VA = Profile(roles=("virtual assistant",), skills=("data entry",))
WRITER = Profile(roles=("content writer", "copywriter"), skills=("seo", "copywriting"))
MARKETER = Profile(roles=("performance marketer",), skills=("meta ads", "google ads"))
GRAPHIC = Profile(roles=("graphic designer",), skills=("photoshop", "branding"))
FRONTEND = Profile(roles=("frontend engineer",), skills=("react", "typescript"))
TECH_WRITER = Profile(roles=("technical writer",), skills=("markdown",))
ANY_WRITER = Profile(roles=("writer",), skills=())


def fits(title: str, text: str, profile: Profile) -> bool:
    found = read_relevance(title, text, profile)
    return found.matched and not found.in_passing


@pytest.mark.parametrize(
    ("title", "profile", "role"),
    [
        P("Power BI Developer (contract)", ANALYST, "data analyst", id="a BI developer"),
        P("Tableau Consultant", ANALYST, "data analyst", id="a BI consultant"),
        P("Reporting Analyst", ANALYST, "data analyst", id="reporting"),
        P("Data Visualisation Specialist", ANALYST, "data analyst", id="dataviz"),
        P("Analista de Dados Sênior", ANALYST, "data analyst", id="in Portuguese"),
        P("Datenanalystin (Teilzeit)", ANALYST, "data analyst", id="in German"),
        P("Amazon Listing Specialist", SHOP, "ecommerce assistant", id="listings"),
        P("Etsy Shop Assistant", SHOP, "ecommerce assistant", id="an Etsy shop"),
        P("Shopify Store Manager", SHOP, "ecommerce assistant", id="a store online"),
        P("Mediengestalter Digital und Print", GRAPHIC, "graphic designer", id="in German"),
        P("Technical Author - 6 Month Contract", TECH_WRITER, "technical writer",
          id="a British technical author"),
        P("Docs Engineer", TECH_WRITER, "technical writer", id="a docs engineer"),
        P("Technical Writers (2), contract", TECH_WRITER, "technical writer", id="plural"),
        P("Senior Technical Writer (Contract)", ANY_WRITER, "writer", id="a writer writes docs"),
        P("Copywriter", ANY_WRITER, "writer", id="a writer writes copy"),
        P("UX Writer", ANY_WRITER, "writer", id="a writer writes product words"),
        P("Content Writer - Freelance", ANY_WRITER, "writer", id="a writer writes content"),
    ],
)  # fmt: skip
def test_a_role_of_the_family_in_the_title_is_the_profile_s(
    title: str, profile: Profile, role: str
) -> None:
    found = read_relevance(title, "", profile)
    assert found.matched and found.roles_matched == (role,)
    assert found.fit >= 0.6


@pytest.mark.parametrize(
    ("title", "profile", "role"),
    [
        P("Analytics Engineer, Finance", ANALYST, "data analyst", id="an analytics engineer"),
        P("Product Analyst", ANALYST, "data analyst", id="a product analyst"),
        P("Shopify Store Manager", PLAIN_VA, "virtual assistant", id="e-commerce for a VA"),
        P("Customer Support Agent (chat)", PLAIN_VA, "virtual assistant", id="support"),
        P("Content Manager", WRITER, "content writer", id="no manager of writers"),
        P("Content Editor (freelance)", WRITER, "content writer", id="an editor of content"),
        P("Digital Marketing Manager", MARKETER, "performance marketer", id="digital marketing"),
    ],
)
def test_a_role_next_to_the_profile_s_is_no_other_trade(
    title: str, profile: Profile, role: str
) -> None:
    found = read_relevance(title, "", profile)
    assert found.matched and found.roles_matched == (role,)
    assert 0.35 <= found.fit < 0.65  # a related term's weight, below the role's own


@pytest.mark.parametrize(
    ("title", "text", "profile"),
    [
        P("Store Manager", "Lead our high-street shop, on site.", SHOP, id="retail"),
        P("Shopify Developer", "Custom themes in Liquid; Shopify apps.", SHOP, id="an engineer"),
        P("Amazon Warehouse Associate", "Pick and pack orders, night shifts.", SHOP, id="labour"),
        P("Content Designer", "Microcopy for app flows, with designers.", WRITER, id="ux content"),
        P("Content Moderator", "Review reported posts; SEO spam.", WRITER, id="moderation"),
        P("Financial Analyst", "FP&A: budgets and forecasts in Excel.", ANALYST, id="finance"),
        P("Backend Engineer", "REST APIs in Python; SQL tuning.", ANALYST, id="any trade's skills"),
        P("Data Engineer (streaming)", "Kafka and Flink in Scala.", ANALYST, id="none of his"),
        P("Power BI Developer", "DAX, Power Query; React is a plus.", FRONTEND, id="BI for a dev"),
    ],
)
def test_a_look_alike_of_another_trade_is_no_fit(title: str, text: str, profile: Profile) -> None:
    assert not fits(title, text, profile)


def test_a_near_engineer_s_title_is_judged_by_the_skills_it_asks() -> None:
    text = "Move our reporting to dbt and BigQuery: SQL and Python daily, Power BI on top."
    assert fits("Data Engineer", text, ANALYST)


@pytest.mark.parametrize(
    ("title", "profile"),
    [
        P("Grafiker/in (Teilzeit, remote)", GRAPHIC, id="German slash"),
        P("Redactor/a SEO freelance", WRITER, id="Spanish slash"),
        P("Mediengestalter(in) Print", GRAPHIC, id="German brackets"),
    ],
)
def test_a_title_s_other_gender_names_the_same_role(title: str, profile: Profile) -> None:
    found = read_relevance(title, "", profile)
    assert found.matched and found.roles_matched == profile.roles[:1]


@pytest.mark.parametrize(
    "title",
    [
        P("Product Marketing Manager", id="product marketing"),
        P("Senior Lifecycle Marketing Manager", id="lifecycle marketing"),
        P("Field Marketing Manager - Regional Events", id="field marketing"),
    ],
)
def test_a_role_narrowed_to_another_trade_is_not_the_one_next_to_the_profile_s(
    title: str,
) -> None:
    text = "Own launches and positioning; work with the paid team on Google Ads."
    assert not fits(title, text, MARKETER)


def test_a_whole_adjacent_role_behind_a_rank_is_next_to_the_profile_s() -> None:
    text = "Run our Google Ads and Meta Ads, and the newsletter."
    assert fits("Senior Marketing Manager", text, MARKETER)


# a Spanish, French, Italian or German user names her own trade in her own gender; titles
# name it in another, or in the plural, or with both ("Redactor/a", "Traductores/as")
WRITER_ES = Profile(roles=("redactora", "traductora"), skills=("seo",))


@pytest.mark.parametrize(
    ("title", "profile", "role"),
    [
        P("Se busca redactor/a freelance para blog", WRITER_ES, "redactora", id="redactor/a"),
        P("Redactores SEO para revista digital", WRITER_ES, "redactora", id="redactores"),
        P("Content Writer (Spanish)", WRITER_ES, "redactora", id="the english name"),
        P("Traductores EN>ES - registro", WRITER_ES, "traductora", id="traductores"),
        P("Traducteur anglais-espagnol", WRITER_ES, "traductora", id="the french name"),
        P(
            "Übersetzer Englisch-Spanisch",
            Profile(roles=("übersetzerin",)),
            "übersetzerin",
            id="german masculine for a feminine role",
        ),
        P("Traduttore inglese", Profile(roles=("traduttrice",)), "traduttrice", id="italian"),
    ],
)  # fmt: skip
def test_a_role_counts_in_its_other_gender_and_plural(
    title: str, profile: Profile, role: str
) -> None:
    found = read_relevance(title, "", profile)
    assert found.matched and found.roles_matched == (role,)


@pytest.mark.parametrize(
    "title",
    [
        P("Desarrollador/a Backend Python", id="another trade"),
        P("Editora de vídeo freelance", id="an editor of video"),
        P("Ilustradora freelance", id="an illustrator"),
    ],
)
def test_other_trades_stay_out_in_spanish(title: str) -> None:
    assert not fits(title, "", WRITER_ES)


@pytest.mark.parametrize("title", ["Video Editor", "Software Engineer", "Product Designer"])
def test_a_writer_is_no_other_trade(title: str) -> None:
    assert not fits(title, "", ANY_WRITER)


MOBILE = Profile(roles=("mobile engineer", "ios engineer"), skills=("swift", "react native"))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        P("Senior RN Engineer (Expo)", True, id="rn engineer"),
        P("RN Developer - Expo, TypeScript", True, id="rn developer"),
        P("RN - Night Shift", False, id="a registered nurse"),
        P("Travel RN, Med/Surg", False, id="a travel nurse"),
    ],
)
def test_an_rn_engineer_is_a_mobile_engineer(title: str, expected: bool) -> None:
    assert fits(title, "", MOBILE) is expected


def test_a_react_native_engineer_is_no_frontend_engineer() -> None:
    found = read_relevance("Senior React Native Engineer", "We ship an iOS app.", FRONTEND)
    assert found.roles_matched == ()
