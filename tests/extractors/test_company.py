"""The company a post's opening names (HN's "Who is hiring?" shapes, invented names)."""

from __future__ import annotations

import pytest

from extractors._company import header_first, opening_company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # the header's first field is a role or a place: the company stands second
        (
            "Senior Data Engineer | Brindlewood Analytics | REMOTE | Full-time",
            "Brindlewood Analytics",
        ),
        ("Lisbon, Portugal | QVX | Backend Engineer | Full-time | ONSITE", "QVX"),
        ("Full-time | Marrowby | Remote (EU)", "Marrowby"),
        # ... or nowhere: no field is taken for want of a better one
        ("Senior Python Backend Engineer | REMOTE (EMEA/APAC)", None),
        ("Support Engineer | Remote | FinTech | Open Source", None),
        ("Backend Engineer | Tysons, VA | Hybrid", None),  # a place the tables lack
        ("Founding Engineer Wanted | Defense Startup | Munich/Remote", None),
        ("Data Engineer (Contract) | $90/hr | Remote", None),
        ("ML Engineer | Series B | NYC", None),  # what kind of company, not which
        ("Senior Engineer | San Francisco Bay Area | Onsite", None),
        # a name's dashed aside is no part of it
        ("Tidewater - Full-time Remote | Program Manager", "Tidewater"),
        ("Tidewater – the future of freight | Remote (UK)", "Tidewater"),
        ("Harborline https://harborline.example - freight tools | Full-time", "Harborline"),
        ("Kestrel Labs https://kestrel.example | Designer | Remote", "Kestrel Labs"),
        ("# Loomworks | Amsterdam | ONSITE", "Loomworks"),
        ("Join (https://join.example) | Staff Engineer | Remote", "Join"),
        ("We The Makers | Remote (Worldwide) | Part-time", "We The Makers"),
        # fields between semicolons, or two dashed fields where one is a role
        ("Loomworks; Fulltime; Onsite, Denver, CO, USA.", "Loomworks"),
        ("Kestrel Group — Senior Director, Data Platform", "Kestrel Group"),
        ("Kestrel Group - we are hiring engineers", None),
        ("Careful - I applied to this role and never heard back.", None),
    ],
)
def test_the_header_field_that_is_a_name(text: str, company: str | None) -> None:
    assert opening_company(text) == company


@pytest.mark.parametrize(
    "header",
    [
        "Small data consultancy | Remote (US) | part-time",
        "Fintech seed startup | Founding Engineer | Bay Area",
        "Confidential Series A company | SRE | Remote",
        "Stealth | Product | Remote Anywhere",
        "Ploverdale back in the house | We have openings",
        "We are hiring at Brindle, makers of Loom | Engineers | Remote",
        "SEEKING PARTNER | Bay Area | Research Lab",
        "Startup working on AI health tools (and more) | REMOTE (US)",
    ],
)
def test_a_company_described_or_a_sentence_is_no_name(header: str) -> None:
    # a wrong company joins the wrong contact: when the header names none, none
    assert opening_company(header) is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("At Quillfeather, we stop invoice fraud at scale.", "Quillfeather"),
        ("At Ortolan Data (https://ortolan.example) we’re building ad tools.", "Ortolan Data"),
        ("Hi! We're Tallowmere. We build a data layer for small shops.", "Tallowmere"),
        ("Hi there. We are Wrenfield Foundation and are looking for help.", "Wrenfield Foundation"),
        ("Birchway is a fintech company rethinking mortgages.", "Birchway"),
        ("Kestrel Foundry is looking for a U.S.-based, remote engineer.", "Kestrel Foundry"),
        ("Ploverdale is the new company from the founders of Quillfeather.", "Ploverdale"),
        ("Backed by Big Fund, Harrowgate is the platform for decisions | Onsite", "Harrowgate"),
        (
            "Hey HN! Ortolan Systems (https://o.example) is hiring. We make radar.",
            "Ortolan Systems",
        ),
        (
            "Hi! I’m Dana (ex-BigCo), cofounder of Wrenfield Robotics with Sam.",
            "Wrenfield Robotics",
        ),
        ("Hey HN - I'm Sam, founder of qFerro. We're building a canvas.", "qFerro"),
        ("Staff / Principal Backend Engineers @Marrowby in NYC", "Marrowby"),
        # what a sentence opens with is no company
        ("This is a remote role for a data engineer.", None),
        ("Our team is building the future of freight.", None),
        ("The role is a contract, six months.", None),
        ("At Birchway, everyone is hiring", None),
        ("We're Hiring! Remote engineers wanted.", None),
        ("Do you want to work on distributed systems?\nWe are building agent tools.", None),
    ],
)
def test_the_company_an_opening_sentence_names(text: str, company: str | None) -> None:
    assert opening_company(text) == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a header naming none: the next line may say who is hiring
        (
            "Platform Engineer -- Infra | Oslo, Norway | Onsite\nFernhollow is one of ...",
            "Fernhollow",
        ),
        (
            "Support Engineer | Remote\nHi there. We are Wrenfield Foundation and ...",
            "Wrenfield Foundation",
        ),
        ("Senior Engineer | Remote\nWe're looking for engineers who like Go.", None),
        ("Senior Engineer | Remote\nGo is a must, Rust is a plus.", None),
        # a status note before the header is passed over
        (
            "Edit: APPLICATIONS CLOSED - thanks all.\nMarrowby Health | ONSITE | Denver",
            "Marrowby Health",
        ),
        ("CLOSED - thanks folks!\n\nQVX (Seed) | Remote (US) | Co-Founder", "QVX"),
        ("(CLOSED) Harborline | Contract | REMOTE (EU)", "Harborline"),
        # replies left in the thread name nobody
        ("[flagged]", None),
        ("Great thread, thanks", None),
        ("--------------\nNYC ONSITE\n--------------", None),
        ("", None),
    ],
)
def test_the_lines_after_the_header(text: str, company: str | None) -> None:
    assert opening_company(text) == company


def test_only_the_opening_is_read() -> None:
    # a long post costs no more than its first lines
    text = "Senior Engineer | Remote\nWe build tools.\nStack: Go.\n" + "At Acme, we x. " * 10_000
    assert opening_company(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a status note above the header goes after the post, its words kept
        (
            "Edit: hiring paused until March, thanks all.\n\nQuillmark | ONSITE | Tacoma, WA\n\n"
            "We build ledgers.",
            "Quillmark | ONSITE | Tacoma, WA\n\nWe build ledgers.\n\n"
            "Edit: hiring paused until March, thanks all.",
        ),
        (
            "  CLOSED - the role is filled.\nBrantley Labs | Remote (EU)",
            "Brantley Labs | Remote (EU)\n\nCLOSED - the role is filled.",
        ),
        # a header that says it is closed, a note alone and a post that opens otherwise stay
        ("(CLOSED) Harborline | Contract | REMOTE (EU)\nBody.", None),
        ("Edit: closed, thanks all.", None),
        ("Editors wanted at Inkwell\nRemote (US)", None),
        ("Acme | Remote\nEdit: closed", None),
    ],
)
def test_header_first(text: str, expected: str | None) -> None:
    assert header_first(text) == (text if expected is None else expected)
