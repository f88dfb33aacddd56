"""Organisation names and domains: normalisation, free mail, same_org both ways."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors._orgs import (
    board_company,
    legal_forms,
    name_stem,
    normalize_org,
    org_domain,
    org_keys,
    same_org,
)

NORMALISED = [
    ("Kestrel Robotics GmbH", "kestrel robotics"),
    ("Northwind Analytics, Inc.", "northwind analytics"),
    ("Acme Inc", "acme"),
    ("Acme LLC", "acme"),
    ("Nestlé S.A.", "nestle"),
    ("Nestle SA", "nestle"),
    ("Philips B.V.", "philips"),
    ("Philips BV", "philips"),
    ("Siemens AG", "siemens"),
    ("Loomworks SRL", "loomworks"),
    ("Harborline Pty Ltd", "harborline"),
    ("Contoso plc", "contoso"),
    ("Globex Corp.", "globex"),
    ("Initech Co.", "initech"),
    ("Smith & Sons Ltd", "smith sons"),
    ("Smith and Sons", "smith sons"),
    ("The Weiß-Söhne Group", "weiss sohne group"),
    ("  ", None),
    (None, None),
    ("Self-employed", None),
    ("Freelance", None),
    ("Stealth AI Startup", None),
    ("Freelance Software Engineer", None),
    ("Self-Employed Contractor", None),
    ("Selbstständig", None),
    ("My Own Company", None),
    ("Looking for new opportunities", None),
    ("Undisclosed", None),  # a LinkedIn company field that hides the employer
    ("Confidential Company", None),
    ("Independent Harbour Bank", "independent harbour bank"),  # a word of no employer is not enough
    # a hidden field, one's own practice, a job-seeker's status: no company to be referred to
    ("Private", None),
    ("Privé", None),
    ("Private Practice", None),
    ("Own Business", None),
    ("Currently seeking", None),
    ("Actively Seeking New Opportunities", None),
    ("Job Seeker", None),
    ("Between roles", None),
    ("In Transition", None),
    ("Open for work", None),
    ("Auf Jobsuche", None),
    ("Arbeitssuchend", None),
    ("En recherche d'emploi", None),
    ("Buscando empleo", None),
    ("Em busca de emprego", None),
    ("Werkzoekende", None),
    ("Looking for work", None),
    ("Actively looking", None),
    ("Privately Held", None),  # LinkedIn's company type, not its name
    # names with those words in them are companies
    ("Looking Glass", "looking glass"),
    ("Actively Learn", "actively learn"),
    ("Held Partners", "held partners"),
    ("Seeking Alpha", "seeking alpha"),
    ("Private Internet Access", "private internet access"),
    ("Private AI", "private ai"),
    ("Transition Technologies", "transition technologies"),
    ("Kestrel Softech Private Limited", "kestrel softech"),
]


@pytest.mark.parametrize(("name", "expected"), NORMALISED, ids=[str(n[0]) for n in NORMALISED])
def test_normalize_org(name, expected):
    assert normalize_org(name) == expected


def test_legal_forms_drop_one_trailing_suffix_at_a_time() -> None:
    assert legal_forms("The Heron Corp S.L.") == ["heron corp sl", "heron corp", "heron"]
    assert legal_forms("Corp Labs") == ["corp labs"]
    assert legal_forms("Heron Corp S.L.")[-1] == normalize_org("Heron Corp S.L.")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Colibrí Pagos S.A.P.I. de C.V.", "colibri pagos"),
        ("Tlaloc Software, S.A. de C.V.", "tlaloc software"),
        ("Maguey Labs S. de R.L. de C.V.", "maguey labs"),
        ("Grupo Ocelote, S.A.B. de C.V.", "grupo ocelote"),
        ("Jacaranda SA de CV", "jacaranda"),
        ("Caju Tecnologia Ltda.", "caju tecnologia"),
        ("Banco de Vallarta", "banco de vallarta"),  # "de" inside a name stays
    ],
)
def test_latin_american_legal_forms_are_dropped(name: str, expected: str) -> None:
    assert normalize_org(name) == expected


DOMAINS = [
    ("https://www.kestrel.example/careers", "kestrel.example"),
    ("jo@mail.northwind.example", "northwind.example"),
    ("https://www.bbc.co.uk/news", "bbc.co.uk"),
    ("acme.com", "acme.com"),
    ("someone@gmail.com", None),
    ("gmail.com", None),
    ("x@yahoo.co.uk", None),
    ("a@protonmail.ch", None),
    ("https://www.linkedin.com/company/acme", None),
    ("localhost", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), DOMAINS, ids=[str(d[0]) for d in DOMAINS])
def test_org_domain(value, expected):
    assert org_domain(value) == expected


MATCHES = [
    ("Kestrel Robotics GmbH", "kestrel robotics", {}),
    ("Northwind Analytics, Inc.", "Northwind Analytics", {}),
    ("Kestrel Robotic", "Kestrel Robotics", {}),  # fuzzy, >= 0.92
    ("Acme", "Acme Widgets", {"domain_a": "https://acme.com", "domain_b": "jo@acme.com"}),
    ("IBM", "I.B.M.", {}),  # short but exact once folded
    ("Acme Ltd", "Acme GmbH", {"domain_a": "acme.co.uk", "domain_b": "acme.de"}),
    ("Heronworks.io", "Heronworks", {}),  # a web suffix in the name
    ("Quillpad", "QuillPad Inc.", {}),
    ("Matchbox Group", "Matchboxgroup", {}),  # a board's token drops the spaces
    ("Tidewater Technologies", "Tidewater", {}),  # a descriptor, as a legal suffix
    ("Kestrel Tech", "Kestrel Technologies", {}),
    ("Northwind Web Services (NWS)", "Northwind Web Services", {}),
    ("Microsoft", "Microsoft Azure Data", {}),  # a big employer's division is the employer
    ("IBM Research", "IBM", {}),
    ("Google DeepMind", "Google Cloud", {}),
    ("Google DeepMind", "Deepmind", {}),  # a division that goes by its own name
    ("Deepmind", "Google", {}),  # and is its employer's
    ("Kestrel Platforms, Inc.", "Kestrel", {}),  # a legal name's descriptor
    ("Ünlü Yazılım A.Ş.", "Unlu Yazilim", {}),  # Turkish, Nordic, Czech legal forms
    ("Fjellvik AS", "Fjellvik", {}),
    ("Nørrebro Łódź Data", "Norrebro Lodz Data", {}),  # letters no accent is dropped from
    ("Brnoware s.r.o.", "Brnoware", {}),
]
NON_MATCHES = [
    ("Acme", "Acme Widgets", {}),  # one name part of the other, no domains
    ("Acme", "Acme Widgets", {"domain_a": "acme.com", "domain_b": "widgets.example"}),
    ("Kestrel Robotics", "Kestrel Robotics Labs", {}),
    ("AB", "ABC", {}),  # short names only match exactly
    ("IBM", "IBN", {}),
    ("Microsoft", "Micron", {}),
    ("Acme Robotics", "Acme Robotic", {"domain_a": "acme.com", "domain_b": "other.com"}),
    ("Self-employed", "Self employed", {}),
    ("Stealth Startup", "Stealth Startup", {}),
    (None, "Acme", {}),
    ("Kestrel Tech", "Kestrel", {}),  # an abbreviation is spelled out, never dropped
    ("Orbit", "Orbit Leisure Group", {}),
    ("Orbit", "Orbitbase", {}),
    ("Apple", "Apple Leisure Group", {}),  # a word past the parent's that names no division
    ("Orbit", "Orbit Research", {}),  # only the big employers listed have divisions
    ("Google Cloud", "Cloud", {}),  # a division named by a common word is not itself
    (
        "Tidewater Technologies",
        "Tidewater",
        {"domain_a": "tidewater.example", "domain_b": "tw.example"},
    ),
]


@pytest.mark.parametrize(("a", "b", "domains"), MATCHES, ids=[f"{m[0]}={m[1]}" for m in MATCHES])
def test_same_org_matches(a, b, domains):
    match, score, reason = same_org(a, b, **domains)
    assert match, reason
    assert 0.0 <= score <= 1.0 and reason


@pytest.mark.parametrize(
    ("a", "b", "domains"), NON_MATCHES, ids=[f"{m[0]}!={m[1]}" for m in NON_MATCHES]
)
def test_same_org_non_matches(a, b, domains):
    match, score, reason = same_org(a, b, **domains)
    assert not match, reason
    assert 0.0 <= score <= 1.0 and reason


def test_same_org_reports_score_and_reason():
    assert same_org("Kestrel Robotics GmbH", "Kestrel Robotics") == (
        True,
        1.0,
        "same normalised name",
    )
    match, score, reason = same_org("Acme", "Acme Widgets")
    assert (match, reason) == (False, "one name is part of the other")
    assert score == pytest.approx(0.5)
    assert same_org(None, None, domain_a="acme.com", domain_b="www.acme.com")[0]


@given(st.text())
def test_normalize_org_is_idempotent(name):
    once = normalize_org(name)
    assert normalize_org(once) == once


@given(st.text(), st.text())
def test_same_org_is_symmetric_and_scores_in_0_1(a, b):
    match, score, _ = same_org(a, b)
    assert (match, score) == same_org(b, a)[:2]
    assert 0.0 <= score <= 1.0


def test_org_keys_are_the_exact_spellings_a_name_matches_under() -> None:
    assert org_keys("Heronworks.io") == {"heronworksio", "heronworks"}
    assert org_keys("Tidewater Technologies") >= {"tidewater", "tidewatertechnologies"}
    assert "kestrel" not in org_keys("Kestrel Tech")
    assert org_keys("Freelance") == frozenset()


def test_a_board_token_reads_as_the_name_its_text_spells_without_site_affixes() -> None:
    assert board_company("trycobble", "At Cobble, we build billing for clinics.") == "Cobble"
    assert board_company("trycobble", "We build billing for clinics.") == "Trycobble"
    assert board_company("tryhackme", "TryHackMe teaches security.") == "TryHackMe"


def test_a_name_stem_needs_a_name_written_only_as_its_sites_token() -> None:
    assert name_stem("Lanternhq") == "lantern"
    assert name_stem("Lantern-app", "Apply at lantern-app.com today.") == "lantern"
    assert name_stem("Getaround", "Getaround is hiring engineers.") is None
    assert name_stem("TryHackMe") is None  # capitals inside: someone wrote it
    assert name_stem("Stripe", "Stripe is hiring.") is None  # no affix at all


def test_an_everyday_word_keeps_its_descriptor_unless_ownership_names_it() -> None:
    assert "sequoia" not in org_keys("Sequoia Technologies")
    assert "slack" in org_keys("Slack Technologies")
    assert "salesforce" in org_keys("Slack Technologies")
    assert "procore" in org_keys("Procore Technologies")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Pixelforge Software House sp. z o.o.", "pixelforge software house"),
        ("Bramka Studio Sp. z o. o.", "bramka studio"),
        ("Kraków Fintech Hub, SP. Z O.O.", "krakow fintech hub"),
        ("Wawel Labs Sp. z o.o. Sp.k.", "wawel labs"),
        ("Vistula Logistics S.A.", "vistula logistics"),
        ("Spoon SP", "spoon sp"),  # "sp" alone may be part of a name
    ],
)
def test_polish_legal_forms_are_dropped(name: str, expected: str) -> None:
    assert normalize_org(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fjordlys Analytics A/S", "fjordlys analytics"),
        ("Havblik Data A/S", "havblik data"),
        ("Plan A", "plan a"),  # "a" alone may be part of a name
    ],
)
def test_danish_and_norwegian_legal_form_a_s_is_dropped(name: str, expected: str) -> None:
    assert normalize_org(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lindqvist Betalning AB (publ)", "lindqvist betalning"),
        ("Tanuki Cloudworks K.K.", "tanuki cloudworks"),
        ("Merlion Ledger Pte. Ltd.", "merlion ledger"),
        ("Kampung Digital Sdn. Bhd.", "kampung digital"),
        ("Ganges Ledger Systems Private Limited", "ganges ledger systems"),
        ("Ganges Ledger Pvt. Ltd.", "ganges ledger"),
        ("Pohjola Maksut Abp", "pohjola maksut"),
        ("Rheinwerk Holding AG & Co. KGaA", "rheinwerk holding"),
        ("Tallinna Kood OÜ", "tallinna kood"),
        ("Steppe Pay JSC", "steppe pay"),
    ],
)
def test_legal_forms_of_more_countries_are_dropped(name: str, expected: str) -> None:
    assert normalize_org(name) == expected


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("株式会社ツバメ工房", "ツバメ工房"),  # before the name, no space
        ("ツバメ工房株式会社", "ツバメ工房"),  # after it
        ("(株)ツバメ工房", "ツバメ工房"),
        ("㈱ツバメ工房", "ツバメ工房"),
        ("合同会社ホタル", "ホタル"),
        ("株式会社Kumoflow", "Kumoflow"),  # a Latin name with a Japanese form
        ("青鸟科技有限公司", "青鸟科技"),
        ("青鸟科技股份有限公司", "青鸟科技"),
        ("주식회사 바람소프트", "바람소프트"),
        ("(주)바람소프트", "바람소프트"),
    ],
)
def test_east_asian_legal_forms_are_dropped_before_or_after_the_name(name: str, bare: str) -> None:
    assert normalize_org(name) == normalize_org(bare)


def test_an_east_asian_form_alone_or_a_name_beginning_like_one_is_kept() -> None:
    assert normalize_org("株式会社") is not None
    assert normalize_org("주방") != normalize_org("방")  # a word beginning 주 is no "(주)"


def test_a_closing_group_or_holdings_names_the_company_unless_an_everyday_word_is_left() -> None:
    assert "tanuki" in org_keys("Tanuki Group, Inc.")
    assert "merlion" in org_keys("Merlion Holdings Ltd.")
    assert "kestrel" in org_keys("Kestrel Enterprises Oy")
    assert "bridge" not in org_keys("Bridge Group")
    assert "apple" not in org_keys("Apple Leisure Group")
