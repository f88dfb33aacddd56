"""The CSV plumbing the tabular importers share: reading a file's head for sniffing."""

from __future__ import annotations

import pytest

from extractors.network._codepages import ZIP_NAMES, likeliest
from extractors.network._tables import encoding, head_records


def test_a_head_in_windows_encoding_keeps_its_accented_names():
    head = "Prénom,Nom,Société\nÉlodie,Garnier,Atelier\n".encode("cp1252")
    assert head_records(head)[0] == ["Prénom", "Nom", "Société"]


def test_a_utf8_head_cut_inside_a_character_is_still_utf8():
    head = "\ufeffPrénom,Nom,Société\nÉlodie,Garnier,Atelié".encode()[:-1]
    assert encoding(head, whole=False) == "utf-8-sig"
    assert encoding(head) == "cp1252"  # a whole file ending so is no UTF-8
    assert head_records(head)[0] == ["Prénom", "Nom", "Société"]


def _unicode_text(text: str, bom: bytes = b"\xff\xfe", codec: str = "utf-16-le") -> bytes:
    """A table as Excel's "Unicode Text" saves it: UTF-16 with its byte order mark."""
    return bom + text.encode(codec)


def test_excels_unicode_text_is_utf16_with_tabs():
    text = "First Name\tLast Name\tE-mail 1 - Value\r\nZoë\tLindqvist\tzoe@example.org\r\n"
    assert encoding(_unicode_text(text)) == "utf-16"
    assert encoding(_unicode_text(text, b"\xfe\xff", "utf-16-be")) == "utf-16"
    assert encoding(text.encode("utf-16-le")) == "utf-16-le"  # no mark: its zero bytes
    assert head_records(_unicode_text(text))[1] == ["Zoë", "Lindqvist", "zoe@example.org"]


def test_zero_padding_is_no_utf16():
    """A file cut short or padded has zeros on both sides of every pair: not text."""
    head = b"First Name,Last Name,Email\r\nAda,Ng,ada@example.org\r\n" + bytes(4096)
    assert encoding(head, whole=False) == "utf-8-sig"


def test_a_comma_in_a_tab_separated_cell_does_not_split_it():
    text = 'First Name\tLast Name\tCompany\r\nEmeka\tOkafor\t"Okafor, Ltd"\r\n'
    assert head_records(_unicode_text(text))[1] == ["Emeka", "Okafor", "Okafor, Ltd"]


def test_a_semicolon_table_in_a_european_locale():
    head = "Vorname;Nachname;Firma\r\nJörg;Brandt;Brandt & Söhne, KG\r\n".encode("cp1252")
    assert head_records(head)[1] == ["Jörg", "Brandt", "Brandt & Söhne, KG"]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Imię;Nazwisko;Firma\r\nZofia;Żółkiewska;Wisła Dane sp. z o.o.\r\n", "cp1250"),
        ("Imię;Nazwisko;Firma\r\nRóża;Różański;Dom\r\n", "cp1250"),  # ż is cp1252's ¿
        # Ł is cp1252's £, Ś its Œ, ń its ñ: only money before a letter tells them apart
        ("First Name;Last Name;Company\r\nŁukasz;Zieliński;Świt sp. z o.o.\r\n", "cp1250"),
        ("Imię;Nazwisko;Miasto\r\nŁucja;Nowak;Łódź\r\n", "cp1250"),
        ("Name;Company;Notes\r\nOlly;Ashdown Ltd;Rate £450/day, €500\r\n", "cp1252"),
        ("Ім'я;Прізвище;Компанія\r\nАндрій;Шевчук;Карпати ІТ\r\n", "cp1251"),
        ("名,姓,会社名\r\n美咲,高橋,サクラ技研\r\n", "cp932"),
        ("Prénom;Nom;Société\r\nFrançois;Müller;Café Señor, S.L.\r\n", "cp1252"),
        ("Nombre;Empresa;Notas\r\nInés;Señal;¿Hablamos el lunes?\r\n", "cp1252"),
    ],
)
def test_a_spreadsheets_code_page_is_told_by_the_words_it_reads_into(text, codec):
    """Excel in Kraków, Lviv or Tokyo writes cp1250, cp1251 or Shift_JIS: the code page
    whose reading looks like words wins, so no name turns to `¯ó³kiewska`."""
    data = text.encode(codec)
    assert data.decode(encoding(data)) == text
    assert head_records(data)[1] == text.splitlines()[1].split(";" if ";" in text else ",")


def test_a_code_page_is_told_by_the_rows_that_show_it_however_far_down():
    ascii_rows = "".join(f"Anna;Nowak;Firma {n}\r\n" for n in range(5000))
    data = f"Imię;Nazwisko;Firma\r\n{ascii_rows}Zofia;Żółkiewska;Wisła\r\n".encode("cp1250")
    assert encoding(data) == "cp1250"


@pytest.mark.parametrize(
    ("name", "codec"),
    [
        ("Takeout/連絡先/すべての連絡先.csv", "cp932"),
        ("Takeout/Kontakty/Wszystkie kontakty Łódź.vcf", "cp852"),
        ("Takeout/Контакти/Усі контакти.vcf", "cp1125"),
        ("Takeout/Contacts/Müller Café.vcf", "cp437"),
    ],
)
def test_a_windows_zip_name_reads_in_its_oem_code_page(name, codec):
    assert name.encode(codec).decode(likeliest(name.encode(codec), ZIP_NAMES)) == name
