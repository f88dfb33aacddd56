"""LinkedIn Contacts.csv: the address books the user synced into LinkedIn."""

from __future__ import annotations

from network_helpers import read_fixture

from extractors.network import linkedin_connections, linkedin_contacts
from warehouse.network.identity import resolve
from warehouse.network.paths import PostingRef, referral_paths


def test_each_entry_is_an_address_book_contact_with_its_first_company():
    contacts, problems = read_fixture(linkedin_contacts, "linkedin", "Contacts.csv")
    assert [(c.platform, c.tie, c.handle, c.name, c.organisation, c.role) for c in contacts] == [
        ("vcard", "contact", None, "Marta Ruiz", "Kestrel Robotics", "Product Designer"),
        ("vcard", "contact", None, "Priya Nair", "Lumen Analytics", "Data Scientist"),
        ("vcard", "contact", None, "Jonas Weber", None, None),
        ("vcard", "contact", None, "Theo Brandt", "Polder B.V.", "CTO"),
    ]
    assert [(p.file, p.line) for p in problems] == [("Contacts.csv", 5)]  # a row of nothing
    priya = contacts[1]
    assert priya.emails == ("priya@lumen-analytics.io", "priya.nair@gmail.com")
    assert priya.handles == {"github": "priyanair"}
    assert contacts[2].phones == ("+49 151 2345 6789",)
    assert contacts[3].handles == {"linkedin": "theo-brandt-7a1b2c"}
    assert all(c.since is None for c in contacts)  # CreatedAt is LinkedIn's import


def test_an_entry_and_the_connection_are_one_person_with_a_path_that_says_both():
    contacts, _ = read_fixture(linkedin_contacts, "linkedin", "Contacts.csv")
    connection = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    connection += (
        b"Theo,Brandt,https://www.linkedin.com/in/theo-brandt-7a1b2c,,Polder,CTO,08 Feb 2025\n"
    )
    people = resolve([*contacts, *linkedin_connections.read(connection, "Connections.csv")])
    (theo,) = [p for p in people if p.name == "Theo Brandt"]
    posting = PostingRef("L1", "greenhouse", None, "Polder", None, None)
    (path,) = referral_paths([posting], people)
    assert path.person_id == theo.person_id
    assert "LinkedIn, connected 2025; address book, a contact" in path.network_path


def test_google_contacts_and_connections_files_are_not_taken_for_it():
    for header in (
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
        b"Name,Given Name,Family Name,E-mail 1 - Value,Organization 1 - Name\n",
    ):
        assert not linkedin_contacts.sniff("Contacts.csv", header)


def test_a_preamble_in_the_uis_language_before_the_header():
    data = (
        'Hinweise:\n"Kontakte, die Sie aus Ihren Adressbüchern importiert haben."\n\n'
        "Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt\n"
        'OUTLOOK,Dieter,Lang,Kaufhaus Lang KG,Geschäftsführer,dieter@lang.example,,"Mon Jan 06 '
        '10:04:11 UTC 2025"\n'
    ).encode()
    assert linkedin_contacts.sniff("Contacts.csv", data)
    (dieter,) = linkedin_contacts.read(data, "Contacts.csv")
    assert (dieter.name, dieter.organisation, dieter.line) == ("Dieter Lang", "Kaufhaus Lang KG", 5)
