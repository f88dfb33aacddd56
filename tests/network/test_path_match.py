"""Whether a contact's organisation is a posting's company, and how sure: acronyms,
line-of-business words, and the posting's site or the domains doubting a same name."""

from __future__ import annotations

import pytest

from extractors._orgs import path_match, site_says

SURE = [  # (posting company, contact organisation, posting's site, domains)
    ("IBM Research", "International Business Machines", None, ("ibm.com", "jo@ibm.com")),
    ("MoMA", "The Museum of Modern Art", None, (None, None)),  # four letters: sure
    ("Northwind Web Services", "NWS", None, ("nws.example", "jo@nws.example")),
    ("Amazon Web Services (AWS)", "AWS", None, (None, None)),  # the acronym it gives
    ("Radar Labs", "Radar", "radar", (None, None)),  # its site goes by the shorter name
    ("Surge AI", "Surge", "surgehq", (None, None)),  # a site's "hq" is no other name
    ("Quillpad", "Quillpad", "getquillpad", (None, None)),
    ("Addax", "Addax", "addax1", (None, None)),  # a board token's number
    ("Kestrel", "Kestrel", None, (None, None)),  # the same name, nothing doubts it
    ("Lanternhq", "Lantern", "lanternhq", (None, None)),  # the board's token named it
    ("Cobble", "Cobble", "trycobble", (None, None)),  # the text gave its name: "try" is the site's
    ("Brightwell", "Brightwell Technologies", "brightwell", (None, None)),  # no other
    ("Meta", "Instagram", None, (None, None)),  # a subsidiary's people work for its parent
    ("Microsoft", "GitHub", None, (None, None)),
    ("Salesforce", "Slack Technologies", None, (None, None)),  # an ownership fact, no namesake
    ("Salesforce", "Heroku", None, (None, None)),
    ("Intuit", "Mailchimp", None, (None, None)),
    ("Brex", "Brex Technologies", None, (None, None)),  # a coinage: no other Brex
    ("TryHackMe", "TryHackMe", "tryhackme", (None, None)),
    ("Meta Platforms, Inc.", "Facebook", None, (None, None)),  # Facebook is Meta's
    ("Meta", "Facebook", None, (None, None)),
    ("Lindqvist Bank AB (publ)", "Lindqvist", "lindqvist", (None, None)),  # its site settles
    ("Tanuki Group, Inc.", "Tanuki", None, (None, None)),
    ("株式会社ツバメ工房", "ツバメ工房", None, (None, None)),
    # a company renamed after its product, which lives on as its division: Square, Inc.
    # became Block, Inc. in 2021, and Square, Cash App and Afterpay are Block's
    ("Block", "Square", None, (None, None)),
    ("Square", "Block, Inc.", None, (None, None)),
    ("Block", "Cash App", None, (None, None)),
    ("Cash App", "Square", None, (None, None)),  # one employer, one referral programme
    ("Block", "Afterpay", None, (None, None)),
    ("Snap Inc.", "Snapchat", None, (None, None)),
    ("37signals", "Basecamp", None, (None, None)),
    ("Kaspi", "Kaspi.kz JSC", None, (None, None)),  # a country's web suffix, a legal form
    ("Allegro", "Allegro.pl sp. z o.o.", None, (None, None)),
    # a legal name and the name it trades under, a name in its home script
    ("Nubank", "Nu Pagamentos S.A.", None, (None, None)),
    ("Wise", "Wise Payments Limited", None, (None, None)),
    ("Deliveroo", "Roofoods Ltd", None, (None, None)),
    ("Grab", "GrabTaxi Holdings Pte. Ltd.", None, (None, None)),
    ("Glovo", "GlovoApp23 S.L.", None, (None, None)),
    ("Stack Overflow", "Stack Exchange Inc.", None, (None, None)),
    ("株式会社メルカリ", "Mercari", None, (None, None)),
    ("Mercari, Inc.", "株式会社メルカリ", None, (None, None)),
    ("楽天グループ株式会社", "Rakuten Group, Inc.", None, (None, None)),
    ("주식회사 카카오", "Kakao Corp.", None, (None, None)),
]
UNSURE = [
    ("Sage", "Sage", "sagehealth", (None, None)),  # the site names more than the name
    ("Sage", "Sage", None, ("sagehealth.com", "jo@sage.com")),  # the domains differ
    ("IBM", "International Business Machines", None, (None, None)),  # three letters
    ("Modal", "Modal Labs", None, (None, None)),  # a line-of-business word apart
    ("Kestrel Films", "Kestrel", "forms", (None, None)),  # a site that names neither
    ("Kestrel", "Kestrel Labs", "kestrel", (None, None)),  # it spells the shorter name only
    ("Linear", "Linear Technology", "linear", (None, None)),  # an everyday word alone
    ("Linear Technology", "Linear", None, (None, None)),
    ("Sequoia", "Sequoia Technologies", None, (None, None)),
    ("Ramp", "Ramp Technologies", None, (None, None)),
    ("Target", "Target Technologies", None, (None, None)),
    # a board's token only: "try" or "get" may be the site's, or begin the name
    ("Trycobble", "Cobble", "trycobble", (None, None)),
    ("Getaround", "Around", "getaround", (None, None)),
    ("Lindqvist Bank AB", "Lindqvist", None, (None, None)),  # a bank of that name, maybe
    ("Kaspi.kz", "Kaspi Bank", None, (None, None)),  # its web suffix aside
]
NONE = [
    ("Neon Health", "Neon", "neonhealth", (None, None)),  # its site goes by the longer name
    ("Surge AI", "Surge", None, ("surgehq.ai", "jo@surge.example")),
    ("Orbit", "Orbit Leisure Group", None, (None, None)),  # two words: another company
    ("Box", "Bank of Xanadu", None, (None, None)),  # not written as an acronym
    ("Museum of Modern Art", "Museum of Medieval Art", None, (None, None)),  # same initials
    ("Square Enix", "Square", None, (None, None)),
    ("Block", "Square Enix", None, (None, None)),  # another word: another company
    ("Block", "H&R Block", None, (None, None)),
    ("Block Renovation", "Square", None, (None, None)),
    ("Cash App Investing", "Afterpay", None, (None, None)),  # the whole name only
    ("Instagram", "WhatsApp Business", None, (None, None)),
    ("Adobe", "Figma", None, (None, None)),  # an acquisition called off
    ("TryHackMe", "Hackme", "tryhackme", (None, None)),  # a name written whole, "Try" in it
    ("Facebook Marketplace Partners", "Meta", None, (None, None)),  # more words: another
    ("Lindqvist Bank", "Lindqvist", "lindqvistbank", (None, None)),  # the site's is the bank's
    # a holding's people may be at any of its companies, and refer into none of the others
    ("Google", "Alphabet Inc.", None, (None, None)),
    ("Alphabet", "Google", None, (None, None)),
    ("Waymo", "Alphabet", None, (None, None)),
    ("Node Labs", "Node.js", None, (None, None)),  # a framework's ".js" is no web suffix
]


def _match(company, organisation, site, domains):
    domain_a, domain_b = domains
    return path_match(company, organisation, site=site, domain_a=domain_a, domain_b=domain_b)


@pytest.mark.parametrize("case", SURE, ids=[f"{c[0]}={c[1]}" for c in SURE])
def test_sure_paths(case) -> None:
    found = _match(*case)
    assert found is not None and found[0], found


@pytest.mark.parametrize("case", UNSURE, ids=[f"{c[0]}~{c[1]}" for c in UNSURE])
def test_unsure_paths_say_why(case) -> None:
    found = _match(*case)
    assert found is not None and not found[0], found
    assert found[1].startswith("maybe another company")


@pytest.mark.parametrize("case", NONE, ids=[f"{c[0]}!={c[1]}" for c in NONE])
def test_no_paths(case) -> None:
    assert _match(*case) is None


def test_a_site_spells_a_name_more_of_it_or_something_else() -> None:
    assert site_says("sagehealth", "Sage") is False
    assert site_says("sagehealth", "Sage Health") is True
    assert site_says("trysage", "Sage") is True
    assert site_says("ramp", "Modal") is None
    assert site_says(None, "Sage") is None
