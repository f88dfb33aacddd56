"""vCard 3.0/4.0/2.1: folding, escapes, groups, TYPE params, broken cards."""

from __future__ import annotations

from conftest import fixture_bytes
from network_helpers import read_fixture

from extractors.network import vcard


def test_google_style_3_0_card_with_grouped_url_and_escaped_colon():
    contacts, problems = read_fixture(vcard, "vcard", "contacts_vcard30.vcf")
    assert problems == []
    (ines,) = contacts
    assert (ines.name, ines.organisation, ines.role) == (
        "Ines Okafor-Lindqvist",
        "Northwind Analytics",
        "Director of People Ops",
    )
    assert ines.emails == ("ines@northwind.example", "ines.ol@mail.example")
    assert ines.phones == ("+351 910 000 000",)
    assert ines.handles == {"linkedin": "ines-okafor-l-3b2a91"}
    assert (ines.platform, ines.tie, ines.line) == ("vcard", "contact", 1)


def test_4_0_card_with_quoted_type_list_tel_uri_and_escaped_comma():
    contacts, problems = read_fixture(vcard, "vcard", "contacts_vcard40.vcf")
    assert problems == []
    (tomas,) = contacts
    assert tomas.name == "Tomás Reyes"
    assert tomas.role == "Engineer, Platform"
    assert tomas.phones == ("+1-555-010-0199",)
    assert tomas.handles == {"linkedin": "tomasreyes-example"}


def test_nasty_file_folding_escapes_social_profiles_quoted_printable_and_broken_cards():
    contacts, problems = read_fixture(vcard, "vcard", "nasty.vcf")
    marta, ines, joerg, kept, unclosed = contacts
    assert marta.organisation == "Kestrel Robotics, GmbH"  # `\,` kept, `;R&D` dropped
    assert marta.role == "CTO; co-founder"
    assert marta.emails == ("marta@kestrel.example",)
    assert marta.handles == {"mastodon": "marta@hachyderm.io", "x": "marta_k"}
    assert (ines.name, ines.line) == ("Ines Lindqvist", 15)  # from N, no FN
    assert ines.phones == ("+46-70-000-0000",) and ines.handles == {"github": "ines-ol"}
    assert (joerg.name, joerg.phones) == ("Jörg Müller", ("+49 170 0000000",))
    assert kept.name == "Broken Line Kept"
    assert (unclosed.name, unclosed.line) == ("Never Closed", 37)  # kept, and reported
    assert [(p.line, p.message) for p in problems] == [
        (30, "not a vCard property line"),
        (33, "card has no name, e-mail, phone or profile"),
        (37, "card not closed by END:VCARD (read up to the file's end)"),
    ]


def test_folded_lines_are_unfolded_before_parsing():
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Ada Lo", " velace", "EMAIL:ada@", "\texample.org"]
    data = "\r\n".join([*lines, "END:VCARD", ""]).encode()
    (ada,) = list(vcard.read(data, "a.vcf"))
    assert (ada.name, ada.emails) == ("Ada Lovelace", ("ada@example.org",))


def test_sniff_and_not_a_vcard():
    assert vcard.sniff("renamed.txt", fixture_bytes("network", "vcard", "contacts_vcard40.vcf"))
    assert not vcard.sniff("contacts.vcf", b"First Name,Last Name\n")
    assert [p.line for p in vcard.read(b"hello:world\n", "x.vcf")] == [0]


def test_a_fold_inside_a_utf8_character_is_unfolded_before_decoding():
    """RFC 6350 3.2: simple writers fold at 75 octets, inside a character if need be;
    decoding before unfolding would read the whole file as cp1252."""
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Zoë Ångström", "EMAIL:z@example.org", "END:VCARD"]
    data = "\r\n".join([*lines, ""]).encode()
    middle = data.index("ë".encode()) + 1
    data = data[:middle] + b"\r\n " + data[middle:]
    (zoe,) = list(vcard.read(data, "split.vcf"))
    assert (zoe.name, zoe.emails) == ("Zoë Ångström", ("z@example.org",))


def test_the_country_of_an_address():
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Inès Moreau\r\n"
        "ADR;TYPE=HOME:;;12 rue Lafayette;Lyon;;69003;France\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kai Berg\r\nADR;TYPE=work:;;Kungsgatan 2;Malmö;;;\r\n"
        "END:VCARD\r\n"
    )
    contacts = list(vcard.read(card.encode(), "contacts.vcf"))
    assert [(c.name, c.country) for c in contacts] == [("Inès Moreau", "FR"), ("Kai Berg", None)]


def test_the_kana_reading_of_a_card():
    (shota,), problems = read_fixture(vcard, "vcard", "contacts_ja.vcf")
    assert problems == []
    assert (shota.name, shota.reading, shota.organisation) == (
        "伊藤 翔太",
        "しょうた いとう",
        "Kumo Labs",
    )


def test_a_download_cut_inside_a_card_keeps_the_cards_before_and_not_the_cut_line():
    whole = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola Nordmann\r\nORG:Tindra AS\r\nEND:VCARD\r\n"
    cut = "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=CELL:+47 912 34 567\r\nFN:Kari Nord"
    ola, problem, kari = list(vcard.read((whole + cut).encode(), "contacts.vcf"))
    assert (ola.name, ola.organisation) == ("Ola Nordmann", "Tindra AS")
    assert (problem.line, problem.message) == (
        6,
        "card not closed by END:VCARD (read up to the file's end)",
    )
    assert (kari.name, kari.phones, kari.line) == (None, ("+47 912 34 567",), 6)


def test_a_card_cut_after_its_first_line_is_named_and_no_one():
    whole = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola Nordmann\r\nEND:VCARD\r\n"
    data = whole + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ka"
    ola, *problems = list(vcard.read(data, "contacts.vcf"))
    assert ola.name == "Ola Nordmann"
    assert [(p.line, p.message) for p in problems] == [
        (5, "card not closed by END:VCARD (read up to the file's end)"),
        (5, "card has no name, e-mail, phone or profile"),
    ]


def test_a_company_or_group_card_is_no_contact():
    sara = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara Lindqvist\r\nORG:Fjord & Fable;\r\nEND:VCARD\r\n"
    company = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Fjord & Fable\r\nORG:Fjord & Fable;\r\n"
    apple = company + "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
    kind = "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Fjord & Fable\r\nEND:VCARD\r\n"
    group = "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Book club\r\nEND:VCARD\r\n"
    read = list(vcard.read((sara + apple + kind + group).encode(), "iCloud vCards.vcf"))
    assert [(c.name, c.organisation) for c in read] == [("Sara Lindqvist", "Fjord & Fable")]
