"""Google Contacts export in "Google CSV" (contacts.google.com > Export), also the
legacy pre-2022 Google CSV, Outlook CSV and Thunderbird's address book as CSV (their
headers in the UI's language: one table below), which differ in column names only.

UTF-8 with a BOM; the column set varies with the data (repeating `E-mail N - Value`,
`Phone N - Value`, `Website N - Value` groups), so every column is found by name.
Several values in one cell are joined by ` ::: `; `Notes` may span lines. Websites that
are profiles on a joined platform become `handles`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from extractors.network import linkedin_connections
from extractors.network._contact import Contact, Problem, reachable
from extractors.network._countries import address_country, country_code
from extractors.network._employer import employer
from extractors.network._profiles import handles_from_urls
from extractors.network._tables import Header, cell, head_records, read_rows

NAME = "google_contacts"

# Outlook and Thunderbird write their CSV headers in the UI's language: field -> the
# column names they give that field, one row per language (a numbered second e-mail or
# web page column is the same name and its number). Google's export in another
# language translates its numbered groups' words (`_VALUE` and the words beside it).
_TRANSLATED: dict[str, dict[str, tuple[str, ...]]] = {
    "name": {
        "en": ("first name", "middle name", "last name"),
        "de": ("vorname", "weitere vornamen", "nachname"),
        "fr": ("prénom", "deuxième prénom", "nom", "nom de famille"),
        "es": ("nombre", "segundo nombre", "apellido", "apellidos"),
        "it": ("nome", "secondo nome", "cognome"),
        "pt": ("nome", "segundo nome", "sobrenome", "apelido"),
        "nl": ("voornaam", "middelste naam", "tweede voornaam", "achternaam"),
    },
    # the whole name, read when no part of it is given (Thunderbird's collected addresses)
    "display": {
        "en": ("display name",),
        "de": ("anzeigename",),
        "fr": ("nom à afficher",),
    },
    "organisation": {
        "en": ("company", "organization"),
        "de": ("firma", "organisation"),
        "fr": ("société", "entreprise"),
        "es": (
            "organización",
            "nombre de la organización",
            "compañía",
            "empresa",
            "organizacion",
            "compania",
        ),
        "it": ("società", "azienda"),
        "pt": ("empresa",),
        "nl": ("bedrijf",),
    },
    "role": {
        "en": ("job title",),
        "de": ("position", "arbeitstitel"),
        "fr": ("fonction", "poste", "profession"),
        "es": ("puesto", "cargo", "cargo en la organización"),
        "it": ("posizione",),
        "pt": ("cargo",),
        "nl": ("functie",),
    },
    "email": {
        "en": ("e-mail address", "primary email", "secondary email"),
        "de": ("e-mail-adresse", "primäre e-mail-adresse", "sekundäre e-mail-adresse"),
        "fr": (
            "adresse de messagerie",
            "adresse e-mail",
            "adresse électronique principale",
            "adresse électronique secondaire",
        ),
        "es": ("dirección de correo electrónico", "dirección del correo electrónico"),
        "it": ("indirizzo posta elettronica", "indirizzo di posta elettronica"),
        "pt": ("endereço de email", "endereço de e-mail", "endereço de correio eletrônico"),
        "nl": ("e-mailadres",),
    },
    "phone": {
        "en": ("mobile number",),
        "de": ("tel. dienstlich", "tel. privat", "mobil-tel.-nr."),
        "fr": (
            "téléphone mobile",
            "tél. mobile",
            "téléphone (bureau)",
            "téléphone (domicile)",
            "tél. professionnel",
            "tél. personnel",
            "portable",
        ),
        "es": ("teléfono móvil", "teléfono del trabajo", "particular"),
        "it": ("cellulare", "telefono ufficio", "abitazione"),
        "pt": ("telefone celular", "telefone comercial", "telefone residencial"),
        "nl": ("mobiele telefoon", "telefoon op werk", "telefoon thuis"),
    },
    "website": {
        "en": ("web page", "personal web page"),
        "de": ("webseite",),
        "fr": ("page web", "site web"),
        "es": ("página web",),
        "it": ("pagina web",),
        "pt": ("página da web",),
        "nl": ("webpagina",),
    },
}
_LOCALISED = {
    field: frozenset(name for names in languages.values() for name in names)
    for field, languages in _TRANSLATED.items()
}
_FIRST_NAMES = frozenset(names[0] for names in _TRANSLATED["name"].values())
_NUMBERED = re.compile(r"(.*?)(?:\s*\d+)?")  # "adresse de messagerie 2" -> its name
# Google's numbered groups (`E-mail 1 - Value`) as an account in another language
# writes them (`Correo electrónico 1 - Valor`, `E-mail 1 - Valeur`)
_VALUE = "(?:value|valor|valeur|wert|valore|waarde)"
_EMAIL = "(?:e-?mail|correo electrónico|correo|courriel|posta elettronica)"
_PHONE = "(?:phone|teléfono|téléphone|telefon|telefono|telefone|telefoon)"
_WEBSITE = "(?:website|sitio web|site web|webseite|sito web|site)"
# field -> pattern of Google's own header names; numbered groups repeat. German
# Outlook numbers its extra e-mail columns in its own way (`E-Mail 2: Adresse`)
_FIELDS = {
    "full": re.compile(r"name"),  # the legacy export's whole name
    "name": re.compile(r"(given|additional|family) name"),
    # the name's reading (Japanese kana), in Google's and the legacy export's words
    "reading": re.compile(r"phonetic (first|middle|last) name|(given|additional|family) name yomi"),
    "organisation": re.compile(r"organization( 1 -)? name"),
    "role": re.compile(r"organization( 1 -)? title"),
    "email": re.compile(rf"{_EMAIL} \d+ - {_VALUE}|e-mail \d+ address|e-mail \d+: adresse"),
    "phone": re.compile(
        rf"{_PHONE} \d+ - {_VALUE}|([\w ]+ )?phone( \d+)?|(mobil)?telefon( [\w ]+)?"
    ),
    "website": re.compile(rf"{_WEBSITE} \d+ - {_VALUE}"),
    # Google's address groups and Outlook's country columns; a formatted address ends
    # with its country
    "country": re.compile(r"address \d+ - country|((home|business|other) )?country(/region)?"),
    "address": re.compile(r"address \d+ - formatted"),
}
_MARKERS = {
    "labels",
    "group membership",
    "file as",
    "organization name",
    "e-mail 1 - value",
}
_MULTI = " ::: "


def _names(field: str, header: str) -> bool:
    """The (lower-case) header name is one the field goes by, in Google's or a
    translated export."""
    pattern, match = _FIELDS.get(field), _NUMBERED.fullmatch(header)
    return bool(pattern and pattern.fullmatch(header)) or (
        (match[1] if match else header) in _LOCALISED.get(field, ())
    )


def _header(rows: list[list[str]]) -> Header | None:
    """The first row when it names a person and carries a Google/Outlook column."""
    if not rows:
        return None
    names = [name.strip().lower() for name in rows[0]]
    columns = {
        f"{field} {index}": index
        for index, name in enumerate(names)
        for field in _FIELDS.keys() | _LOCALISED.keys()
        if _names(field, name)
    }
    google = _MARKERS.intersection(names) or any(k.startswith("email") for k in columns)
    named = _FIRST_NAMES.union(("name", "given name")).intersection(names)
    return (0, columns) if named and google else None


def sniff(name: str, head: bytes) -> bool:
    """Name columns beside Google's Labels/Group Membership or an `E-mail` column, in a
    file that is not LinkedIn's Connections.csv: its header (`Vorname,Nachname,...,
    E-Mail-Adresse`, `Prénom,Nom,...`) names a person and an e-mail too."""
    rows = head_records(head)
    return _header(rows) is not None and not linkedin_connections.header(rows, hinted=True)


def _values(row: list[str], columns: dict[str, int], field: str) -> list[str]:
    """Every value of a field across its columns, ` ::: ` lists split."""
    cells = (cell(row, columns, key) for key in columns if key.startswith(f"{field} "))
    return [part.strip() for text in cells if text for part in text.split(_MULTI) if part.strip()]


def _country(row: list[str], columns: dict[str, int]) -> str | None:
    """The first address's country: its country column, else its formatted address."""
    named = (country_code(value) for value in _values(row, columns, "country"))
    # the formatted address as written, its lines apart
    found = (address_country(row[i]) for k, i in columns.items() if k.startswith("address "))
    return next((code for code in chain(named, found) if code), None)


def _row(
    row: list[str], columns: dict[str, int], file: str, line: int
) -> Iterator[Contact | Problem]:
    parts = _values(row, columns, "full") or _values(row, columns, "name")
    full = " ".join(parts or _values(row, columns, "display")[:1])
    organisation, role = employer(
        next(iter(_values(row, columns, "organisation")), None),
        next(iter(_values(row, columns, "role")), None),
    )
    contact = Contact(
        platform="google_contacts",
        tie="contact",
        handle=None,
        name=full or None,
        organisation=organisation,
        role=role,
        since=None,
        emails=tuple(dict.fromkeys(email.lower() for email in _values(row, columns, "email"))),
        phones=tuple(dict.fromkeys(_values(row, columns, "phone"))),
        handles=handles_from_urls(_values(row, columns, "website")),
        file=file,
        line=line,
        country=_country(row, columns),
        reading=" ".join(_values(row, columns, "reading")) or None,
    )
    yield reachable(contact)


def read(data: bytes, name: str) -> Iterator[Contact | Problem]:
    """One contact per row."""
    return read_rows(data, name, _header, "a Google Contacts CSV", _row)
