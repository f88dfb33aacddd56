"""`[profile] citizenship` and `work_authorization` against what a post asks of the
applicant's passport or papers: a role for a country's nationals only, the right to work
there, no visa sponsored. Unset, a Gulf role for nationals stays for review and nothing
else is judged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractors._contract import Posting
from extractors._errors import ConfigError
from flows.config import parse_config
from warehouse.ranking.features import Features, understand
from warehouse.ranking.nationals import read_nationality
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param


@pytest.mark.parametrize(
    ("text", "places", "citizens"),
    [
        P("Contract in Riyadh. Saudi nationals only.", ("SA",), True, id="gulf"),
        P("عقد في الرياض. الوظيفة للسعوديين فقط.", ("SA",), True, id="arabic"),
        P("Remote (US). Must be a U.S. citizen for this contract.", ("US",), True, id="must be"),
        P("Onsite | Contract | U.S. citizenship required", ("US",), True, id="required"),
        P("SC clearance, which requires British citizenship.", ("GB",), True, id="requires"),
        P("Remote within the EU. EU citizens only.", ("EU",), True, id="a bloc"),
        P("Applicants must be EU citizens or hold a valid EU work permit.", ("EU",), False,
          id="or a permit"),
        P("US citizens and green card holders only.", ("US",), False, id="or a green card"),
        P("Must hold Canadian citizenship or permanent residency.", ("CA",), False, id="or PR"),
        P("Applicants must be authorized to work in the U.S. as contractors.", ("US",), False,
          id="authorized"),
        P("You must have the right to work in the UK.", ("GB",), False, id="right to work"),
        P("- Not eligible for visa sponsorship", (), False, id="no sponsorship"),
        P("We can’t sponsor visas at the moment.", (), False, id="can't sponsor"),
        P("Onsite, Manama. Bahraini applicants only.", ("BH",), True, id="gulf applicants"),
        P("Kuwaiti nationals are required for this post.", ("KW",), True, id="gulf required"),
        P("The post is open only to Qatari nationals.", ("QA",), True, id="open only to"),
        P("This engagement requires active U.S. citizenship.", ("US",), True, id="active"),
        P("Top Secret clearance required, onsite in Maryland.", ("US",), True, id="clearance"),
        P("Open to Irish citizens for this public-sector client.", ("IE",), True,
          id="open to"),
        P("Swiss or EU/EFTA nationals only (permit rules).", ("CH", "EU", "EFTA"), True,
          id="a list of peoples"),
        P("EU citizenship or a valid EU work permit is a must.", ("EU",), False,
          id="citizenship or a permit"),
        P("Must be UK citizens or hold settled status.", ("GB",), False, id="settled status"),
        P("Australian citizens or PR holders only.", ("AU",), False, id="or PR holders"),
        P("Must be NZ citizens or residents.", ("NZ",), False, id="NZ residents"),
        P("Visa sponsorship is not available for this contract.", (), False,
          id="sponsorship not available"),
        P("Remote in der EU. Nur EU-Bürger, bitte.", ("EU",), True, id="de"),
        P("Requisito: nacionalidad chilena.", ("CL",), True, id="es nationality"),
        P("Solo ciudadanos españoles o con permiso de trabajo.", ("ES",), False, id="es or"),
        P("Obrigatório: cidadania portuguesa.", ("PT",), True, id="pt"),
        P("Autorisation de travail en France exigée.", ("FR",), False, id="fr permit"),
        P("Con permiso de trabajo válido en la UE.", ("EU",), False, id="es permit"),
        P("Remote, outside IR35. Visa sponsorship: not available.", (), False,
          id="sponsorship, a colon between"),
        P("Visa sponsorship - not available; onsite in Leeds.", (), False, id="a dash between"),
        P("Contract in Singapore. Malaysian citizens or PRs only.", ("MY",), False,
          id="plural PRs"),
        P("Singapore Citizens / PRs only, due to client requirements.", ("SG",), False,
          id="a country's name before citizens"),
        P("Vor Ort in Köln. Voraussetzung: deutsche Staatsangehörigkeit.", ("DE",), True,
          id="de people before the noun"),
        P("Hybrid in Wien. EU-Staatsbürgerschaft erforderlich.", ("EU",), True,
          id="de hyphenated"),
        P("Arbeitserlaubnis für Deutschland erforderlich.", ("DE",), False, id="de permit"),
        P("Gültige Arbeitsgenehmigung erforderlich.", (), False, id="de permit, no place"),
        P("Opdracht in Den Haag. Vereist: Nederlandse nationaliteit.", ("NL",), True,
          id="nl nationality"),
        P("Een geldige werkvergunning voor Nederland is vereist.", ("NL",), False,
          id="nl permit"),
        P("Sede a Torino. Requisito: cittadinanza italiana.", ("IT",), True, id="it"),
        P("Richiesta cittadinanza UE per il cliente.", ("EU",), True, id="it, a bloc"),
        P("Solo cittadini italiani, per vincoli del cliente.", ("IT",), True, id="it only"),
        P("Necessario permesso di soggiorno valido.", (), False, id="it permit, no place"),
        P("Contract in Tbilisi. Georgia citizens only.", ("GE",), True, id="georgia"),
        P("Active Secret clearance required; fully remote.", ("US",), True,
          id="a clearance, no place"),
        P("Requisiti: cittadinanza italiana o UE, inglese fluente.", ("IT", "EU"), True,
          id="it, a list"),
        P("Imprescindible nacionalidad española o europea.", ("ES", "EU"), True,
          id="es, a list"),
        P("Nationalité française ou européenne exigée.", ("FR", "EU"), True, id="fr, a list"),
        P("Requisito: cidadania portuguesa ou da UE.", ("PT", "EU"), True,
          id="pt, a list with an article"),
        P("Cittadinanza italiana e inglese fluente.", ("IT",), True, id="it, then a language"),
        P("On-site in Herndon. TS/SCI with Full Scope Poly.", ("US",), True, id="sci, no word"),
        P("Top Secret / SCI and a CI Poly are a must.", ("US",), True, id="top secret / sci"),
        P("Must be able to pass a Full Scope Polygraph.", ("US",), True, id="a polygraph"),
        P("Requisito: solo ciudadanos españoles o europeos.", ("ES", "EU"), True,
          id="es, plural peoples"),
        P("Réservé aux citoyens français ou européens.", ("FR", "EU"), True,
          id="fr, plural peoples"),
        P("Voraussetzung: deutsche oder EU-Staatsangehörigkeit.", ("DE", "EU"), True,
          id="de, oder"),
        P("Nur für deutsche Staatsangehörige.", ("DE",), True, id="de, nur für, no hyphen"),
    ],
)  # fmt: skip
def test_what_a_post_asks(text: str, places: tuple[str, ...], citizens: bool) -> None:
    need = read_nationality(text)
    assert need is not None
    assert (need.places, need.citizens) == (places, citizens)


@pytest.mark.parametrize(
    "text",
    [
        P("Visa sponsorship available for the right candidate.", id="sponsorship offered"),
        P("Don't worry about sponsorship, we handle the paperwork.", id="offered in prose"),
        P("You will need a UK national insurance number.", id="insurance number"),
        P("We build tools that help citizens talk to their councils.", id="citizens in prose"),
        P("GCC nationals preferred.", id="a preference"),
        P(
            "Singaporean citizens or PRs preferred; Employment Pass holders welcome.",
            id="citizens or papers preferred",
        ),
        P("US citizens or green card holders are a plus.", id="citizens or papers a plus"),
        P(
            "Visa sponsorship: not required, the contract is fully remote.",
            id="sponsorship not required",
        ),
        P("A team of 30 nationalities.", id="nationalities"),
        P("We sponsor visas for the right candidate.", id="we sponsor"),
        P("Open to all nationalities.", id="all nationalities"),
        P("Citizens of any country may apply.", id="any country"),
        P("Build our Citizen developer portal.", id="citizen developer"),
        P("National coverage; our citizens' app has 1M users.", id="national coverage"),
        P("We sponsor a hackathon each spring.", id="a hackathon"),
        P("Emirati nationals preferred.", id="gulf preferred"),
        P("No US citizenship required; contractors anywhere welcome.", id="none required"),
        P("No security clearance required.", id="no clearance"),
        P(
            "US citizens and green card holders can apply, as are contractors worldwide.",
            id="others too",
        ),
        P("Open to EU citizens and everyone else.", id="and everyone else"),
        P("Open to UK citizens and others; we pay via Deel.", id="and others"),
        P("US citizens welcome, as well as international applicants.", id="international"),
        P("Our app helps UK citizens and residents file their taxes.", id="users, helps"),
        P("A platform that serves US citizens and green card holders.", id="users, serves"),
        P("Our users are EU citizens and residents in 14 countries.", id="our users"),
        P("We build tools for citizen science projects.", id="citizen science"),
        P("Irish national holidays off. We sponsor work permits.", id="we sponsor permits"),
        P("Relocation and visa support provided.", id="visa support"),
        P("Wir kümmern uns um Arbeitserlaubnis und Umzug.", id="de permit handled"),
        P("Keine Arbeitserlaubnis erforderlich, Vertrag über Deel.", id="de none asked"),
        P("Wij regelen je werkvergunning en verhuizing.", id="nl permit and a move"),
        P("Secret clearance (Canada) required.", id="canada's clearance"),
        P("Remote. SC clearance, or Secret clearance for UK roles.", id="uk's clearance"),
        P("A state agency in Atlanta. Georgia citizens only.", id="georgia, the state"),
        P("Stack: TS / SCSS, Next.js, Postgres.", id="typescript and scss"),
        P("Data tools for polymer science labs.", id="polymer science"),
        P("TS/SCI preferred but not required.", id="sci preferred"),
    ],
)
def test_asks_nothing(text: str) -> None:
    assert read_nationality(text) is None


def _profile(**papers: list[str]) -> Profile:
    table = {"locations": ["Riyadh", "Saudi Arabia"], "remote_only": False, **papers}
    return parse_config({"profile": table}).profile


def _understood(text: str, profile: Profile) -> Features:
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title="Data Engineer",
        location="Riyadh, Saudi Arabia", text=text,
    )  # fmt: skip
    return understand(posting, profile, RankingSettings())


def test_a_role_for_nationals_is_a_nationals() -> None:
    text = "Contract, 12 months, onsite in Riyadh. Saudi nationals only. Python."
    national = _understood(text, _profile(citizenship=["Saudi"]))
    assert national.eligibility == "eligible"
    assert "you: SA" in (national.eligibility_reason or "")
    other = _understood(text, _profile(citizenship=["EG"]))
    assert other.eligibility == "not_eligible"
    assert other.eligibility_reason == (
        "only for nationals of SA ('Saudi nationals only'); you: EG"
    )
    assert _understood(text, _profile()).eligibility == "review"


def test_eu_citizenship_is_a_member_states() -> None:
    text = "Onsite in Riyadh, contract. EU citizens only (a client's rule)."
    assert _understood(text, _profile(citizenship=["Germany"])).eligibility == "eligible"
    assert _understood(text, _profile(citizenship=["GB"])).eligibility == "not_eligible"
    # a post's own rule outside the Gulf stays as today for a profile that names none
    assert _understood(text, _profile()).eligibility == "eligible"


def test_the_right_to_work_is_judged_only_where_the_profile_names_it() -> None:
    text = "Onsite in Riyadh, contract. We do not provide visa sponsorship."
    assert _understood(text, _profile(work_authorization=["SA"])).eligibility == "eligible"
    assert _understood(text, _profile(work_authorization=["GCC"])).eligibility == "eligible"
    refused = _understood(text, _profile(citizenship=["IN"], work_authorization=["AE"]))
    assert refused.eligibility == "not_eligible"
    assert (refused.eligibility_reason or "").startswith("needs the right to work in SA")
    assert "you: AE, IN" in (refused.eligibility_reason or "")
    # a citizenship alone says nothing of a residence permit the user may hold
    assert _understood(text, _profile(citizenship=["IN"])).eligibility == "eligible"


def test_a_place_out_of_reach_stays_so_for_a_national() -> None:
    text = "Onsite in Riyadh, contract. Saudi nationals only."
    table = {"locations": ["Cairo", "Egypt"], "remote_only": False, "citizenship": ["SA"]}
    found = _understood(text, parse_config({"profile": table}).profile)
    assert found.eligibility == "not_eligible"


def test_config_reads_names_and_peoples_as_codes() -> None:
    profile = _profile(citizenship=["Saudi Arabia", "emirati", "uk"], work_authorization=["EU"])
    assert profile.citizenship == ("SA", "AE", "GB")
    assert profile.work_authorization == ("EU",)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("citizenship", "Saudia", "profile.citizenship[0]: 'Saudia' is no country"),
        ("citizenship", "EU", "profile.citizenship[0]: 'EU' is no country"),
        ("work_authorization", "Atlantis", "profile.work_authorization[0]: 'Atlantis'"),
    ],
)
def test_config_names_the_key_and_the_bad_value(key: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        _profile(**{key: [value]})


def test_a_us_clearance_is_judged_for_a_us_job_only() -> None:
    text = "Onsite contract. Active TS/SCI clearance required. Python."
    table = {"remote_only": False, "citizenship": ["GB"], "work_authorization": ["GB", "US"]}
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title="Data Engineer",
        location="Reston, VA", text=text,
    )  # fmt: skip
    us = parse_config({"profile": {**table, "locations": ["US"]}}).profile
    assert understand(posting, us, RankingSettings()).eligibility == "not_eligible"
    canada = replace(posting, location="Ottawa, Canada")
    ca = parse_config({"profile": {**table, "locations": ["Canada"]}}).profile
    assert understand(canada, ca, RankingSettings()).eligibility == "eligible"


def test_citizens_for_a_role_stay_a_rule_beside_a_product_word() -> None:
    need = read_nationality("This role is for US citizens and green card holders only.")
    assert need is not None
    assert (need.places, need.citizens) == (("US",), False)


def test_a_us_clearance_on_a_post_that_names_no_place_is_judged() -> None:
    text = "Fully remote contract. Active Secret clearance required. Python."
    table = {"remote_only": True, "locations": ["US"]}
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title="Data Engineer",
        location="Remote", text=text,
    )  # fmt: skip
    briton = parse_config({"profile": {**table, "citizenship": ["GB"]}}).profile
    found = understand(posting, briton, RankingSettings())
    assert found.eligibility == "not_eligible"
    assert "you: GB" in (found.eligibility_reason or "")
    american = parse_config({"profile": {**table, "citizenship": ["US"]}}).profile
    assert understand(posting, american, RankingSettings()).eligibility == "eligible"
    unset = parse_config({"profile": table}).profile
    assert understand(posting, unset, RankingSettings()).eligibility == "eligible"


def test_georgia_citizens_for_a_job_in_the_us_are_the_states() -> None:
    text = "Contract, remote. Georgia citizens only."
    table = {"remote_only": True, "locations": ["Atlanta", "US"], "citizenship": ["US"]}
    posting = Posting(
        source="t", source_id="1", url="https://example.com/1", title="Data Engineer",
        location="Atlanta, GA", text=text,
    )  # fmt: skip
    found = understand(posting, parse_config({"profile": table}).profile, RankingSettings())
    assert found.eligibility == "eligible"


def test_a_list_of_peoples_holds_each() -> None:
    text = "Onsite in Riyadh, contract. Swiss or EU/EFTA nationals only."
    assert _understood(text, _profile(citizenship=["NO"])).eligibility == "eligible"
    assert _understood(text, _profile(citizenship=["CH"])).eligibility == "eligible"
    assert _understood(text, _profile(citizenship=["IN"])).eligibility == "not_eligible"


def test_settled_status_is_papers_not_a_passport() -> None:
    text = "Onsite in Riyadh. Must be UK citizens or those with settled status."
    settled = _understood(text, _profile(citizenship=["IN"], work_authorization=["GB"]))
    assert settled.eligibility == "eligible"
    other = _understood(text, _profile(citizenship=["IN"], work_authorization=["IN"]))
    assert other.eligibility == "not_eligible"
