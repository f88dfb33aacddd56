"""A contact's country as an ISO 3166 code, from what an address book writes in its
country field or as the last line of a formatted address: the code itself (`BR`,
`USA`) or the country's name in English or its people's language (`Brasil`,
`Deutschland`, `Países Bajos`), from the place names the readers use
(`extractors._places`).

Only a whole field (or line) that names a country counts: a city or a region alone
names none, and a contact is better without a country than with a guessed one.
"""

from __future__ import annotations

from functools import cache

from extractors._orgs import fold
from extractors._places import COUNTRY_NAMES, name_table

_ALPHA3 = {"USA": "US", "GBR": "GB", "DEU": "DE", "FRA": "FR", "ESP": "ES", "PRT": "PT",
           "ITA": "IT", "NLD": "NL", "BRA": "BR", "MEX": "MX", "CAN": "CA", "AUT": "AT",
           "CHE": "CH", "BEL": "BE", "IRL": "IE"}  # fmt: skip
# names the place table leaves out because in running text they are words, people or
# a US state first; a country column means the country
_FIELD_ONLY = {"georgia": "GE", "jordan": "JO", "chad": "TD", "guinea": "GN"}


@cache
def _by_name() -> dict[str, str]:
    """Folded name -> code, for the countries of the place table (not its blocs)."""
    return {
        fold(name): code
        for name, code in name_table(COUNTRY_NAMES).items()
        if len(code) == 2 and code.isupper() and code != "EU"
    }


@cache
def _codes() -> frozenset[str]:
    return frozenset(_by_name().values())


def country_code(text: str | None) -> str | None:
    """The ISO code of the country `text` names (a known code, or a whole name)."""
    value = " ".join((text or "").split()).strip(" .,")
    if len(value) == 2 and value.isupper():
        code = "GB" if value == "UK" else value
        return code if code in _codes() else None
    return _ALPHA3.get(value) or _by_name().get(fold(value)) or _FIELD_ONLY.get(fold(value))


def address_country(formatted: str | None) -> str | None:
    """The country a formatted address ends with: its last line, or what follows its
    last comma (`Av. Paulista 1000, São Paulo, Brasil`), by name or three-letter code.
    A state's code (`SP`) or name (`Georgia`, `New Mexico`) ends many an address that
    names no country, so two-letter codes and the field-only names do not count here."""
    lines = [line.strip() for line in (formatted or "").splitlines() if line.strip()]
    last = lines[-1].rpartition(",")[2].strip(" .") if lines else ""
    return _ALPHA3.get(last) or _by_name().get(fold(last))
