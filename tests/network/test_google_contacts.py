"""Google Contacts CSV: BOM, header by name, ` ::: ` values, legacy and Outlook variants."""

from __future__ import annotations

import pytest
from conftest import fixture_bytes
from network_helpers import read_fixture

from extractors.network import (
    Contact,
    Problem,
    detect,
    google_contacts,
    import_paths,
    linkedin_connections,
)


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


def _read(data: bytes) -> tuple[list[Contact], list[Problem]]:
    items = list(google_contacts.read(data, "contacts.csv"))
    contacts = [item for item in items if isinstance(item, Contact)]
    return contacts, [item for item in items if isinstance(item, Problem)]


@pytest.mark.parametrize(
    ("header", "row", "encoding"),
    [
        (
            "Titre,Prénom,Deuxième prénom,Nom,Suffixe,Société,Service,Fonction,"
            "Adresse de messagerie,Adresse de messagerie 2,Téléphone mobile,Page Web",
            ",Odile,,Marchand,,Atelier Vent SARL,,Gérante,odile@vent.example,"
            "o.m@mail.example,+33 6 00 00 00 00,https://github.com/odilem",
            "cp1252",
        ),
        (
            "Tratamiento,Nombre,Segundo nombre,Apellidos,Sufijo,Organización,Departamento,"
            "Puesto,Dirección de correo electrónico,Teléfono móvil,Página web",
            ",Odile,,Marchand,,Atelier Vent SARL,,Gérante,odile@vent.example,"
            "+33 6 00 00 00 00,https://github.com/odilem",
            "utf-8",
        ),
        (
            "Titolo,Nome,Secondo nome,Cognome,Suffisso,Società,Reparto,Posizione,"
            "Indirizzo posta elettronica,Nome visualizzato posta elettronica,Cellulare",
            ",Odile,,Marchand,,Atelier Vent SARL,,Gérante,odile@vent.example,"
            "Odile (odile@vent.example),+33 6 00 00 00 00",
            "cp1252",
        ),
        (
            "Voornaam,Middelste naam,Achternaam,Bedrijf,Functie,E-mailadres,Mobiele telefoon",
            "Odile,,Marchand,Atelier Vent SARL,Gérante,odile@vent.example,+33 6 00 00 00 00",
            "utf-8",
        ),
        (
            "Tratamento,Nome,Segundo Nome,Sobrenome,Empresa,Cargo,Endereço de email,"
            "Telefone celular",
            ",Odile,,Marchand,Atelier Vent SARL,Gérante,odile@vent.example,+33 6 00 00 00 00",
            "cp1252",
        ),
    ],
    ids=["fr", "es", "it", "nl", "pt"],
)
def test_outlook_csv_in_other_ui_languages(header: str, row: str, encoding: str):
    """Outlook translates its headers: one table maps each language's names; a Windows
    re-save (cp1252) is recognised by its accented header names too."""
    data = f"{header}\r\n{row}\r\n".encode(encoding)
    assert google_contacts.sniff("contacts.csv", data)
    (odile,), problems = _read(data)
    assert problems == []
    assert (odile.name, odile.organisation, odile.role) == (
        "Odile Marchand",
        "Atelier Vent SARL",
        "Gérante",
    )
    assert odile.emails[0] == "odile@vent.example"
    assert odile.phones == ("+33 6 00 00 00 00",)


def test_a_second_numbered_email_column_in_a_translated_header():
    data = (
        "Prénom,Nom,Adresse de messagerie,Adresse de messagerie 2\nOdile,Marchand,"
        "odile@vent.example,o.m@mail.example\n"
    ).encode()
    (odile,), _ = _read(data)
    assert odile.emails == ("odile@vent.example", "o.m@mail.example")


@pytest.mark.parametrize(
    "header",
    [
        "Nombre,Segundo nombre,Apellido,Nombre de la organización,Cargo en la organización,"
        "Etiquetas,Correo electrónico 1 - Etiqueta,Correo electrónico 1 - Valor,"
        "Teléfono 1 - Etiqueta,Teléfono 1 - Valor",
        "Prénom,Deuxième prénom,Nom,Organisation,Fonction,Libellés,E-mail 1 - Libellé,"
        "E-mail 1 - Valeur,Téléphone 1 - Libellé,Téléphone 1 - Valeur",
    ],
    ids=["es", "fr"],
)
def test_google_csv_of_an_account_in_another_language(header: str):
    row = (
        "Raúl,,Ortega,Bodegas Lumbre,Director comercial,* myContacts,*,raul@lumbre.example,,"
        "+34 600 000 111"
    )
    data = ("\ufeff" + header + "\n" + row + "\n").encode()
    assert detect("contacts.csv", data) is google_contacts
    (contact,) = google_contacts.read(data, "contacts.csv")
    assert (contact.name, contact.organisation, contact.role) == (
        "Raúl Ortega", "Bodegas Lumbre", "Director comercial",
    )  # fmt: skip
    assert (contact.emails, contact.phones) == (("raul@lumbre.example",), ("+34 600 000 111",))


@pytest.mark.parametrize(
    "text",
    [
        "Nome,Data,Importo,Descrizione\nAffitto,01/02/2026,850.00,Bonifico\n",
        "Nom,Fonction,Quantité,Prix\nVis M4,fixation,200,0.05\n",
        # LinkedIn's Connections.csv in German names a person and an e-mail too
        "Vorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position,Verbunden am\n"
        "Katrin,Vogel,https://www.linkedin.com/in/katrin-vogel,,Vogel KG,Beraterin,14 Mai 2025\n",
        "Prénom,Nom,URL,Adresse e-mail,Entreprise,Poste,Date de connexion\n"
        "Camille,Roux,https://www.linkedin.com/in/camilleroux,,Roux,Directrice,12 Mar 2025\n",
    ],
    ids=["it-ledger", "fr-inventory", "linkedin-de", "linkedin-fr"],
)
def test_look_alikes_are_no_address_book(text: str):
    assert not google_contacts.sniff("contacts.csv", text.encode())


def test_linkedin_connections_in_german_go_to_the_linkedin_importer():
    data = (
        b"Vorname,Nachname,URL,E-Mail-Adresse,Unternehmen,Position,Verbunden am\n"
        b'Katrin,Vogel,https://www.linkedin.com/in/katrin-vogel,,"Vogel, Berlin",Beraterin,'
        b"14 Mai 2025\n"
    )
    assert detect("Connections.csv", data) is linkedin_connections


_THUNDERBIRD = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,"
    "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Job Title,Department,"
    "Organization,Web Page 1,Web Page 2,Notes,\r\n"
)


def test_thunderbird_address_book():
    data = (
        _THUNDERBIRD
        + "Nadia,Haddad,Nadia Haddad,,nadia@cedar.example,n.h@mail.example,,,,,,+961 3 000000,"
        "Product Owner,,Cedar Apps,https://github.com/nhaddad,,,\r\n"
    ).encode()
    assert detect("abook.csv", data) is google_contacts
    (nadia,), problems = _read(data)
    assert problems == []
    assert (nadia.name, nadia.organisation, nadia.role) == (
        "Nadia Haddad",
        "Cedar Apps",
        "Product Owner",
    )
    assert nadia.emails == ("nadia@cedar.example", "n.h@mail.example")
    assert nadia.phones == ("+961 3 000000",)
    assert nadia.handles == {"github": "nhaddad"}


def test_a_collected_address_is_named_by_its_display_name_only_when_no_part_is_given():
    data = (
        _THUNDERBIRD
        + ",,Otto Vance,,otto@vance.example,,,,,,,,,,,,,,\r\n"
        + "Ana,Lima,Ana (work),,ana@lima.example,,,,,,,,,,,,,,\r\n"
    ).encode()
    (otto, ana), _ = _read(data)
    assert (otto.name, otto.emails) == ("Otto Vance", ("otto@vance.example",))
    assert ana.name == "Ana Lima"


def test_thunderbird_in_german():
    data = (
        "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,"
        "Tel. dienstlich,Mobil-Tel.-Nr.,Arbeitstitel,Abteilung,Organisation,Webseite 1,\r\n"
        "Uwe,Krämer,Uwe Krämer,,uwe@kraemer.example,,,+49 160 000000,Geschäftsführer,,"
        "Krämer IT GmbH,,\r\n"
    ).encode("cp1252")
    (uwe,), problems = _read(data)
    assert problems == []
    assert (uwe.name, uwe.organisation, uwe.role) == (
        "Uwe Krämer",
        "Krämer IT GmbH",
        "Geschäftsführer",
    )
    assert (uwe.emails, uwe.phones) == (("uwe@kraemer.example",), ("+49 160 000000",))


def test_a_newsletter_audience_is_no_address_book():
    data = b"Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME\nr@x.example,Rea,Der,2,\n"
    assert not google_contacts.sniff("subscribed_members_export.csv", data)


def test_a_contacts_country_from_its_country_column_or_its_formatted_address():
    header = (
        "First Name,Last Name,E-mail 1 - Value,Address 1 - Formatted,Address 1 - Region,"
        "Address 1 - Country"
    )
    rows = [
        'Bia,Caldeira,bia@example.org,"Rua A 1, São Paulo - SP",SP,Brasil',
        'Jonas,Weber,jonas@example.org,"Hauptstr. 4\n10115 Berlin\nDeutschland",,',
        "Ana,Lopes,ana@example.org,,SP,",  # a region alone names no country
        'Tom,Reed,tom@example.org,"12 Main St, Springfield, IL 62701",IL,',
    ]
    contacts, problems = _read("\n".join([header, *rows]).encode())
    assert [c.country for c in contacts] == ["BR", "DE", None, None]
    assert problems == []


def test_outlooks_home_country_column():
    header = "First Name,Last Name,E-mail Address,Home Country/Region,Business Country/Region"
    contacts, _ = _read(f"{header}\nLuc,Martin,luc@example.org,,France\n".encode())
    assert contacts[0].country == "FR"


def test_an_address_book_saved_by_excel_as_unicode_text(tmp_path):
    """UTF-16 with tabs, under the .txt name Excel gives it."""
    text = (
        "First Name\tLast Name\tOrganization Name\tE-mail 1 - Value\tAddress 1 - Country\r\n"
        "Marta\tNunes\tTinta & Papel, Lda\tmarta@example.org\tPortugal\r\n"
    )
    (tmp_path / "contacts.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    result = import_paths([tmp_path])
    (contact,) = result.contacts
    assert (contact.platform, contact.name, contact.organisation, contact.country) == (
        "google_contacts", "Marta Nunes", "Tinta & Papel, Lda", "PT"
    )  # fmt: skip
    assert result.problems == []


def test_the_kana_reading_of_a_japanese_phones_contacts():
    """Google's Phonetic name columns, as a Japanese address book fills them; a contact
    without them has no reading."""
    contacts, problems = read_fixture(google_contacts, "google_contacts", "contacts_ja.csv")
    assert problems == []
    kenta, misaki = contacts
    assert (kenta.name, kenta.reading, kenta.organisation) == (
        "健太 佐藤",
        "けんた さとう",
        "Mizuho Digital Works",
    )
    assert misaki.reading is None


def test_the_legacy_exports_yomi_columns_are_the_reading():
    header = "Name,Given Name,Family Name,Given Name Yomi,Family Name Yomi,Group Membership"
    (hanako,), _ = _read(f"{header}\n佐藤 花子,花子,佐藤,ハナコ,サトウ,* myContacts\n".encode())
    assert (hanako.name, hanako.reading) == ("佐藤 花子", "ハナコ サトウ")
