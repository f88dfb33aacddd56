"""LinkedIn Connections.csv: preamble by structure, eras, languages, hidden rows."""

from __future__ import annotations

import codecs

import pytest
from conftest import fixture_bytes
from network_helpers import read_fixture, utc

from extractors.network import Contact, Problem, import_paths
from extractors.network import linkedin_connections as connections


def test_sample_export_reads_every_named_row_with_slug_company_and_utc_date():
    contacts, problems = read_fixture(connections, "linkedin", "Connections.csv")
    assert problems == []
    names = ["Ines Okafor-Lindqvist", "Tomás Reyes", "Priya Raman, PhD"]
    assert [c.name for c in contacts] == names
    ines, tomas, priya = contacts
    assert ines.handle == "ines-okafor-l-3b2a91"
    assert ines.organisation == "Northwind Analytics, Inc."  # quoted comma kept in one field
    assert ines.role == "Director of People Ops"
    assert ines.since == utc(2026, 2, 8)
    assert (ines.platform, ines.tie, ines.file, ines.line) == (
        "linkedin",
        "connection",
        "Connections.csv",
        5,
    )
    assert tomas.emails == ("tomas.reyes@example.org",)
    assert tomas.role == "Engineer, Platform"
    assert priya.organisation is None and priya.since == utc(2024, 1, 3)


def test_row_with_only_a_date_is_a_hidden_profile_not_a_contact_nor_a_problem():
    contacts, problems = read_fixture(connections, "linkedin", "Connections_2022_no_url.csv")
    assert [c.name for c in contacts] == ["Marta Kowalczyk", "Jon Doe"]
    assert problems == []


def test_older_header_without_url_maps_by_name_and_reads_unpadded_days():
    contacts, _ = read_fixture(connections, "linkedin", "Connections_2022_no_url.csv")
    marta = contacts[0]
    assert marta.handle is None
    assert marta.emails == ("marta@kestrel.example",)
    assert marta.organisation == "Kestrel Robotics GmbH"
    assert marta.since == utc(2022, 2, 8)  # "8 Feb 2022"


RENAMED = """Notes:
"(text)"

First Name,Last Name,{url},{email},Company,Position,Connected On
Ida,Berg,https://www.linkedin.com/in/ida-berg/,ida@berg.example,Acme,CTO,08 Feb 2026
"""


@pytest.mark.parametrize(
    ("url", "email"),
    [("Profile URL", "Email"), ("Profil-URL", "E-mail"), ("LinkedIn Url", "Email Address")],
)
def test_renamed_url_and_email_columns_keep_the_slug_and_the_address(url, email):
    data = RENAMED.format(url=url, email=email).encode()
    (ida,) = connections.read(data, "Connections.csv")
    assert isinstance(ida, Contact)
    assert (ida.handle, ida.emails, ida.role) == ("ida-berg", ("ida@berg.example",), "CTO")


def test_a_column_only_resembling_url_or_email_is_not_taken_for_one():
    data = RENAMED.format(url="Curls", email="Emailing List").encode()
    (ida,) = connections.read(data, "Connections.csv")
    assert isinstance(ida, Contact)
    assert (ida.handle, ida.emails) == (None, ())


def test_export_without_preamble_and_with_crlf_reads_from_line_2():
    contacts, problems = read_fixture(connections, "linkedin", "Connections_2020_no_preamble.csv")
    assert problems == []
    assert [(c.name, c.organisation, c.line) for c in contacts] == [("Lee Chan", "Acme, Inc.", 2)]


def test_german_export_with_bom_maps_german_header_and_months():
    contacts, problems = read_fixture(connections, "linkedin", "Connections_de.csv")
    assert problems == []
    juergen, anna = contacts
    assert juergen.name == "Jürgen Weiß"
    assert juergen.handle == "jürgen-weiss"  # percent-decoded, lower-cased, query dropped
    assert juergen.organisation == "Weiß & Söhne AG"
    assert juergen.since == utc(2024, 3, 3)  # "03 Mär 2024"
    assert anna.handle == "annaberg"  # de.linkedin.com, trailing slash dropped
    assert anna.since == utc(2023, 10, 9)  # "9 Okt 2023"


def test_header_in_an_unknown_language_is_mapped_by_position_after_the_preamble():
    contacts, problems = read_fixture(connections, "linkedin", "Connections_fr.csv")
    assert problems == []
    (claire,) = contacts
    assert (claire.name, claire.handle, claire.organisation, claire.role) == (
        "Claire Martin",
        "clairemartin",
        "Loomworks",
        "Designer",
    )
    assert claire.since == utc(2019, 11, 14)


LOCALISED = """Notes :
"(texte)"

{header}
Claire,Martin,https://www.linkedin.com/in/clairemartin,,Loomworks,Designer,{first}
Luc,Roy,https://www.linkedin.com/in/lucroy,,Acme,Dev,{second}
"""


@pytest.mark.parametrize(
    ("header", "first", "second", "dates"),
    [
        ("Prénom,Nom,URL,Adresse e-mail,Entreprise,Poste,Date", "14 févr. 2019", "3 août 2021",
         [utc(2019, 2, 14), utc(2021, 8, 3)]),
        ("Nombre,Apellidos,URL,Correo,Empresa,Cargo,Fecha", "14 ene 2019", "3 dic 2021",
         [utc(2019, 1, 14), utc(2021, 12, 3)]),
        ("Nome,Cognome,URL,E-mail,Azienda,Posizione,Data", "14 gen 2019", "3 ott 2021",
         [utc(2019, 1, 14), utc(2021, 10, 3)]),
        ("Nome,Sobrenome,URL,E-mail,Empresa,Cargo,Data", "14 fev 2019", "3 set 2021",
         [utc(2019, 2, 14), utc(2021, 9, 3)]),
        ("Voornaam,Achternaam,URL,E-mail,Bedrijf,Functie,Datum", "14 mrt 2019", "3 mei 2021",
         [utc(2019, 3, 14), utc(2021, 5, 3)]),
        ("Imię,Nazwisko,URL,E-mail,Firma,Stanowisko,Data", "14 lut 2019", "3 paź 2021",
         [utc(2019, 2, 14), utc(2021, 10, 3)]),
        ("Förnamn,Efternamn,URL,E-post,Företag,Titel,Datum", "14 feb. 2019", "3 maj 2021",
         [utc(2019, 2, 14), utc(2021, 5, 3)]),
        ("Ad,Soyadı,URL,E-posta,Şirket,Pozisyon,Tarih", "14 Şub 2019", "3 Ağu 2021",
         [utc(2019, 2, 14), utc(2021, 8, 3)]),
        ("Имя,Фамилия,URL,Почта,Компания,Должность,Дата", "14 февр. 2019", "3 июн. 2021",
         [utc(2019, 2, 14), utc(2021, 6, 3)]),
        ("Jméno,Příjmení,URL,E-mail,Společnost,Pozice,Datum", "14 úno 2019", "3 říj 2021",
         [utc(2019, 2, 14), utc(2021, 10, 3)]),
        ("Nombre,Apellidos,URL,Correo,Empresa,Cargo,Fecha", "14 de feb. de 2019",
         "3 de dic. de 2021",
         [utc(2019, 2, 14), utc(2021, 12, 3)]),
        ("名,姓,URL,メールアドレス,会社,役職,日付", "2019年2月14日", "2021年12月3日",
         [utc(2019, 2, 14), utc(2021, 12, 3)]),
        ("이름,성,URL,이메일,회사,직책,날짜", "2019. 2. 14.", "2021년 12월 3일",
         [utc(2019, 2, 14), utc(2021, 12, 3)]),
        ("Utónév,Vezetéknév,URL,E-mail,Vállalat,Pozíció,Dátum", "2019. febr. 14.", "2021. dec. 3.",
         [utc(2019, 2, 14), utc(2021, 12, 3)]),
        ("Ім'я,Прізвище,URL,Пошта,Компанія,Посада,Дата", "14 лют. 2019", "3 груд. 2021",
         [utc(2019, 2, 14), utc(2021, 12, 3)]),
        ("Ім'я,Прізвище,URL,Пошта,Компанія,Посада,Дата", "14 березня 2019", "3 вересня 2021",
         [utc(2019, 3, 14), utc(2021, 9, 3)]),
    ],
)  # fmt: skip
def test_export_in_another_ui_language_reads_its_month_names(header, first, second, dates):
    data = LOCALISED.format(header=header, first=first, second=second).encode()
    assert connections.sniff("Connections.csv", data)
    items = list(connections.read(data, "Connections.csv"))
    names = ["Claire Martin", "Luc Roy"]
    assert [(c.name, c.since) for c in items] == list(zip(names, dates, strict=True))


def test_a_spreadsheet_resave_padding_the_preamble_is_still_recognised_by_it():
    # Excel writes every line as wide as the table: `Notes:,,,,,,` and `,,,,,,`
    padded = "\n".join(
        line + ",,,,,," if len(line.split(",")) < 3 else line
        for line in LOCALISED.format(
            header="Prénom,Nom,URL,Adresse e-mail,Entreprise,Poste,Date",
            first="14 févr. 2019",
            second="3 août 2021",
        ).splitlines()
    )
    data = codecs.BOM_UTF8 + padded.replace("\n", "\r\n").encode()
    assert data.startswith(codecs.BOM_UTF8 + b"Notes :,,,,,,\r\n")
    assert connections.sniff("export.csv", data)
    assert [c.name for c in connections.read(data, "export.csv")] == ["Claire Martin", "Luc Roy"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("8-Feb-26", "17-Dec-25"),  # Excel, US or UK, keeping the month's name
        ("2/8/2026", "12/17/2025"),  # Excel, US short date: month first, never padded
        ("08/02/2026", "17/12/2025"),  # Excel, UK or France: day first, padded
        ("8-2-2026", "17-12-2025"),  # Excel, Netherlands: day first, dashes
    ],
)
def test_dates_a_spreadsheet_rewrote_in_its_locale_are_read(first, second):
    """Opening Connections.csv in Excel and saving it rewrites every Connected On."""
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    data = LOCALISED.format(header=header, first=first, second=second).encode()
    items = list(connections.read(data, "Connections.csv"))
    assert [(c.name, c.since) for c in items] == [
        ("Claire Martin", utc(2026, 2, 8)),
        ("Luc Roy", utc(2025, 12, 17)),
    ]


def test_after_the_preamble_unreadable_dates_lose_no_contact():
    """The preamble says whose export it is: a date in a language not known is a
    problem of its row, not a reason to drop the whole file."""
    data = LOCALISED.format(header="Όνομα,Επώνυμο,URL,Email,Εταιρεία,Θέση,Ημερομηνία",
                            first="14 Φεβ 2019", second="3 Αυγ 2021").encode()  # fmt: skip
    assert connections.sniff("export.csv", data)
    items = list(connections.read(data, "export.csv"))
    contacts = [item for item in items if isinstance(item, Contact)]
    problems = [(p.line, p.message) for p in items if isinstance(p, Problem)]
    assert [(c.name, c.handle, c.since) for c in contacts] == [
        ("Claire Martin", "clairemartin", None),
        ("Luc Roy", "lucroy", None),
    ]
    assert problems == [
        (5, "unreadable Connected On date '14 Φεβ 2019'"),
        (6, "unreadable Connected On date '3 Αυγ 2021'"),
    ]


def test_malformed_rows_are_reported_with_their_line_and_the_rest_loads():
    contacts, problems = read_fixture(connections, "linkedin", "Connections_malformed.csv")
    assert [(p.file, p.line) for p in problems] == [
        ("Connections_malformed.csv", 5),  # unquoted comma: 8 fields
        ("Connections_malformed.csv", 8),  # "yesterday"
    ]
    assert "8" in problems[0].message and "yesterday" in problems[1].message
    assert [(c.handle, c.line) for c in contacts] == [("bo-lb", 6), ("cydate", 8), ("dilast", 9)]
    assert contacts[0].name == "Bo Line Break"  # a quoted line break inside the name
    assert contacts[1].since is None


def test_an_unclosed_quote_costs_its_own_row_not_the_rows_after_it():
    contacts, problems = read_fixture(connections, "linkedin", "Connections_unclosed_quote.csv")
    assert [(p.line, "unclosed quote" in p.message) for p in problems] == [(6, True)]
    assert [(c.handle, c.line) for c in contacts] == [
        ("ada-brook", 5),
        ("cy-dale", 7),
        ("di-lb", 8),  # a quoted line break that closes is still one row
    ]
    assert contacts[1].role == "Engineer, Data"
    assert contacts[2].name == "Di Line Break"


def test_sniff_recognises_the_preamble_by_structure_whatever_its_wording():
    data = fixture_bytes("network", "linkedin", "Connections_fr.csv")
    assert connections.sniff("export.csv", data)
    renamed = fixture_bytes("network", "linkedin", "Connections.csv")
    assert connections.sniff("renamed.txt", renamed)


def test_sniff_rejects_other_csv_files():
    assert not connections.sniff("a.csv", b"Account address,Show boosts\nx@y.z,true\n")
    google = fixture_bytes("network", "google_contacts", "contacts.csv")
    assert not connections.sniff("a.csv", google)
    assert not connections.sniff("a.csv", b"a,b,c,d,e,f\n1,2,3,4,5,6\n")


def test_not_a_connections_file_is_one_problem():
    items = list(connections.read(b'{"json": true}', "x.json"))
    assert len(items) == 1 and items[0].line == 0 and items[0].file == "x.json"


def test_a_preamble_over_a_table_without_dates_is_not_connections():
    data = b'Notes:\n"text"\n\na,b,c,d,e,f,g\n1,2,3,4,5,6,7\n'
    assert not connections.sniff("export.csv", data)


def test_a_position_full_of_semicolons_does_not_change_the_delimiter():
    data = (
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Ada,Byron,,,Acme,Data; ML; AI; Python; SQL; dbt; Spark; Cloud,08 Feb 2026\n"
        b"Bo,Li,,,Acme,CTO,08 Feb 2026\n"
    )
    assert [c.role for c in connections.read(data, "Connections.csv")] == [
        "Data; ML; AI; Python; SQL; dbt; Spark; Cloud",
        "CTO",
    ]


def test_a_trailing_separator_past_the_header_loses_no_row():
    data = (
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        b"Ada,Byte,https://www.linkedin.com/in/adabyte,,Contoso,Engineer,01 Feb 2026,\r\n"
        b"Bo,Comma,https://www.linkedin.com/in/bocomma,,Contoso, Inc.,Engineer,02 Feb 2026\r\n"
    )
    items = list(connections.read(data, "Connections.csv"))
    assert [(c.handle, c.since) for c in items if isinstance(c, Contact)] == [
        ("adabyte", utc(2026, 2, 1))
    ]
    assert [(p.line, p.message) for p in items if isinstance(p, Problem)] == [
        (3, "expected 7 fields, found 8")  # a filled extra cell shifts a column: reported
    ]


HEADLINES = [  # (Company, Position) -> (organisation, role)
    (("", "Senior Engineer @ Quillpad"), ("Quillpad", "Senior Engineer")),
    (("", "Staff SRE at Heronworks | ex-Globex"), ("Heronworks", "Staff SRE")),
    (("", "CTO @ Tidewater, Inc."), ("Tidewater", "CTO")),
    (("Contoso", "CTO at Globex"), ("Contoso", "CTO at Globex")),  # the column wins
    (("", "Helping teams at scale"), (None, "Helping teams at scale")),
    (
        ("", "Looking for roles at Series A startups"),
        (None, "Looking for roles at Series A startups"),
    ),
    (("", "Freelance React developer"), (None, "Freelance React developer")),
    (("", "Ingeniera de datos en Quillpad"), ("Quillpad", "Ingeniera de datos")),
    (("", "Entwickler bei Heronworks"), ("Heronworks", "Entwickler")),
    (("", "Développeur chez Tidewater | Python"), ("Tidewater", "Développeur")),
    (("", "Engenheira de Software na Quillpad"), ("Quillpad", "Engenheira de Software")),
    (("", "Ingeniero en Sistemas en Quillpad"), ("Quillpad", "Ingeniero en Sistemas")),
    (("", "Ingeniero en Sistemas"), (None, "Ingeniero en Sistemas")),  # a degree's field
    (("", "Especialista en Marketing Digital"), (None, "Especialista en Marketing Digital")),
    (("", "Desarrollador en Python"), (None, "Desarrollador en Python")),  # a language
    (("", "Programador em Java"), (None, "Programador em Java")),
    (("", "Desarrollador Python en Quillpad"), ("Quillpad", "Desarrollador Python")),
]


@pytest.mark.parametrize(("cells", "expected"), HEADLINES, ids=[h[0][1] for h in HEADLINES])
def test_a_headline_names_the_employer_when_the_company_column_is_empty(cells, expected):
    company, position = cells
    data = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f'Ada,Byte,https://www.linkedin.com/in/adabyte,,{company},"{position}",01 Feb 2026\n'
    ).encode()
    (contact,) = connections.read(data, "Connections.csv")
    assert (contact.organisation, contact.role) == expected


def test_connections_resaved_by_excel_as_unicode_text(tmp_path):
    lines = [
        "Notes:",
        '"(an invented note about e-mail addresses)"',
        "",
        "First Name\tLast Name\tURL\tEmail Address\tCompany\tPosition\tConnected On",
        "Chiara\tRossi\thttps://www.linkedin.com/in/chiara-rossi\t\tFerro Srl\tCTO\t8 Feb 2026",
    ]
    (tmp_path / "Connections.txt").write_bytes(b"\xff\xfe" + "\r\n".join(lines).encode("utf-16-le"))
    (contact,) = import_paths([tmp_path]).contacts
    assert (contact.handle, contact.name, contact.organisation) == (
        "chiara-rossi", "Chiara Rossi", "Ferro Srl"
    )  # fmt: skip


def _named_by_content(text: str, codec: str) -> list[tuple[str | None, str | None, object]]:
    """The contacts of a Connections table re-saved under another name, in `codec`."""
    data = text.encode(codec)
    assert connections.sniff("Kontakty.csv", data)
    return [(c.handle, c.name, c.since) for c in connections.read(data, "Kontakty.csv")]


def test_a_table_with_profile_links_is_connections_under_any_name():
    """No preamble, a header in a language no table knows, a file name not LinkedIn's:
    profile links in the third column and a date in the last say what it is."""
    text = (
        "Prénom;Nom;URL;Adresse e-mail;Entreprise;Poste;Date de connexion\r\n"
        "Élodie;Moreau;https://www.linkedin.com/in/elodie-moreau;;Soierie;CTO;06 déc. 2024\r\n"
    )
    assert _named_by_content(text, "utf-8") == [
        ("elodie-moreau", "Élodie Moreau", utc(2024, 12, 6))
    ]
    no_links = text.replace("https://www.linkedin.com/in/elodie-moreau", "Lyon")
    assert not connections.sniff("Kontakty.csv", no_links.encode())


@pytest.mark.parametrize(
    ("codec", "first", "last", "date", "since"),
    [
        ("cp1250", "Łukasz", "Wąsowski", "06.12.2024", utc(2024, 12, 6)),
        ("cp1251", "Олена", "Коваленко", "06.12.2024", utc(2024, 12, 6)),
        ("cp932", "翔太", "佐藤", "2024/12/6", utc(2024, 12, 6)),
    ],
)
def test_a_resave_in_a_polish_ukrainian_or_japanese_locale_keeps_its_names(
    codec, first, last, date, since
):
    """Excel writes a CSV in its Windows locale's code page (Shift_JIS in Tokyo) and
    its locale's short date (`2024/12/6` year first in Japan)."""
    text = (
        f"First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"
        f"{first};{last};https://www.linkedin.com/in/someone-{codec};;;;{date}\r\n"
    )
    assert _named_by_content(text, codec) == [(f"someone-{codec}", f"{first} {last}", since)]
