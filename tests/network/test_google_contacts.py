"""Google Contacts CSV: BOM, header by name, ` ::: ` values, legacy and Outlook variants."""

from __future__ import annotations

from conftest import fixture_bytes
from network_helpers import read_fixture

from extractors.network import google_contacts


def test_sample_export_with_multiline_notes_labels_and_website_profile():
    contacts, problems = read_fixture(google_contacts, "google_contacts", "contacts.csv")
    assert problems == []
    ines, other = contacts
    assert (ines.name, ines.organisation, ines.role) == (
        "Ines Okafor-Lindqvist",
        "Northwind Analytics",
        "Director of People Ops",
    )
    assert ines.emails == ("ines@northwind.example", "ines.ol@mail.example")
    assert ines.phones == ("+351 910 000 000",)
    assert ines.handles == {"linkedin": "ines-okafor-l-3b2a91"}
    assert (ines.platform, ines.tie, ines.handle, ines.line) == (
        "google_contacts",
        "contact",
        None,
        2,
    )
    # "Other contacts" row with only an e-mail, after Notes spanning lines 2-3
    assert (other.name, other.emails, other.line) == (
        None,
        ("noreply-invoices@harborline.example",),
        4,
    )


def test_multi_values_split_and_websites_become_handles_on_other_platforms():
    contacts, problems = read_fixture(google_contacts, "google_contacts", "contacts_websites.csv")
    (paul,) = contacts
    assert paul.emails == ("pg@yc.example", "paul@mail.example")
    assert paul.phones == ("+1 555 0100", "+1 555 0101")
    assert paul.handles == {
        "hackernews": "pg",
        "github": "pgraham",
        "mastodon": "paulg@fosstown.example",
    }
    assert [(p.line, p.message) for p in problems] == [
        (3, "contact has no name, e-mail, phone or profile")
    ]


def test_legacy_google_csv():
    contacts, problems = read_fixture(google_contacts, "google_contacts", "legacy.csv")
    assert problems == []
    (marta,) = contacts
    assert (marta.name, marta.organisation, marta.role) == (
        "Marta Kowalczyk",
        "Kestrel Robotics",
        "CTO",
    )
    assert marta.emails == ("marta@kestrel.example",)
    assert marta.handles == {"x": "marta_k"}


def test_outlook_csv():
    contacts, problems = read_fixture(google_contacts, "google_contacts", "outlook.csv")
    assert problems == []
    (lee,) = contacts
    assert (lee.name, lee.organisation, lee.role, lee.emails, lee.phones) == (
        "Lee Chan",
        "Acme, Inc.",
        "Founder",
        ("lee@acme.example",),
        ("+1 555 0199",),
    )


def test_german_outlook_csv_in_windows_encoding():
    """German Outlook writes its headers in German; the display-name column is no e-mail."""
    contacts, problems = read_fixture(google_contacts, "google_contacts", "outlook_de.csv")
    assert problems == []
    (jana,) = contacts
    assert (jana.name, jana.organisation, jana.role) == (
        "Jana Schäfer",
        "Lindgrün GmbH",
        "Teamleiterin Daten",
    )
    assert jana.emails == ("jana@lindgruen.example", "j.schaefer@mail.example")
    assert jana.phones == ("+49 221 000000",)
    assert jana.handles == {"github": "jschaefer"}


def test_sniff_by_header_not_by_name():
    data = fixture_bytes("network", "google_contacts", "contacts.csv")
    assert google_contacts.sniff("renamed.txt", data)
    linkedin = fixture_bytes("network", "linkedin", "Connections_2020_no_preamble.csv")
    assert not google_contacts.sniff("contacts.csv", linkedin)
