"""A contact's country as an ISO 3166 code, from what an address book writes in its
country field or as the last line of a formatted address: the code itself (`BR`,
`USA`), the English name of any country (the time zone database's list, which pandas
installs as `tzdata`), or the name in the language of its own people, German, French,
Spanish, Portuguese, Italian or Dutch (`Brasil`, `Deutschland`, `Allemagne`).

Only a whole field (or line) that names a country counts: a city or a region alone
names none, and a contact is better without a country than with a guessed one.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

# code -> names (accents and case folded on lookup); the languages drafts are written
# in, their neighbours and the countries most address books hold
_NAMES = {
    "DE": "germany deutschland allemagne alemania alemanha germania duitsland",
    "AT": "austria osterreich autriche oostenrijk",
    "CH": "switzerland schweiz suisse suiza suica svizzera zwitserland",
    "FR": "france frankreich francia franca frankrijk",
    "BE": "belgium belgien belgique belgica belgio belgie",
    "LU": "luxembourg luxemburg lussemburgo",
    "ES": "spain spanien espana espagne espanha spagna spanje",
    "PT": "portugal portogallo",
    "IT": "italy italien italia italie italie",
    "NL": "netherlands the_netherlands niederlande pays-bas paises_bajos paises_baixos "
    "paesi_bassi nederland holland",
    "BR": "brazil brasilien brasil bresil brasile brazilie",
    "MX": "mexico mexiko mexique messico",
    "AR": "argentina argentinien argentine",
    "CO": "colombia kolumbien colombie",
    "CL": "chile chili cile",
    "PE": "peru perou",
    "GB": "united_kingdom uk great_britain england scotland wales grossbritannien "
    "royaume-uni reino_unido regno_unito verenigd_koninkrijk",
    "IE": "ireland irland irlande irlanda ierland",
    "US": "united_states united_states_of_america usa u.s.a. u.s. vereinigte_staaten "
    "etats-unis estados_unidos eua stati_uniti verenigde_staten",
    "CA": "canada kanada canada",
    "AU": "australia australien australie",
    "NZ": "new_zealand neuseeland",
    "IN": "india indien inde",
    "PL": "poland polen pologne polonia",
    "SE": "sweden schweden suede suecia sverige",
    "NO": "norway norwegen norvege noruega norge",
    "DK": "denmark danemark dinamarca danmark",
    "FI": "finland finnland finlande suomi",
    "AO": "angola",
    "MZ": "mozambique mocambique mosambik",
}
_ALPHA3 = {"USA": "US", "GBR": "GB", "DEU": "DE", "FRA": "FR", "ESP": "ES", "PRT": "PT",
           "ITA": "IT", "NLD": "NL", "BRA": "BR", "MEX": "MX", "CAN": "CA", "AUT": "AT",
           "CHE": "CH", "BEL": "BE", "IRL": "IE"}  # fmt: skip


def _fold(text: str) -> str:
    """Lower case, accents dropped, spaces as `_`: `Países Bajos` -> `paises_bajos`."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "_".join(bare.casefold().split())


_CURATED = {name: code for code, names in _NAMES.items() for name in names.split()}


@cache
def _by_name() -> dict[str, str]:
    """Folded name -> code: every country's English name, then the table's names."""
    try:
        listing = resources.files("tzdata.zoneinfo").joinpath("iso3166.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        listing = ""  # the table's names still serve
    found: dict[str, str] = {}
    for line in listing.splitlines():
        code, _, name = line.partition("\t")
        if len(code) == 2 and name and not line.startswith("#"):
            # "Korea (South)" is also "Korea South"; "Britain (UK)" also "Britain"
            for variant in (name, name.replace("(", "").replace(")", ""), name.split(" (")[0]):
                found.setdefault(_fold(variant), code)
    found.update(_CURATED)
    return found


def _code(value: str) -> str | None:
    """A two-letter code of a known country (`UK` is `GB`)."""
    if value == "UK":
        return "GB"
    return value if value in _NAMES or value in _by_name().values() else None


def country_code(text: str | None) -> str | None:
    """The ISO code of the country `text` names (a known code, or a whole name)."""
    value = " ".join((text or "").split()).strip(" .,")
    if len(value) == 2 and value.isupper():
        return _code(value)
    return _ALPHA3.get(value) or _by_name().get(_fold(value))


def address_country(formatted: str | None) -> str | None:
    """The country a formatted address ends with: its last line, or what follows its
    last comma (`Av. Paulista 1000, São Paulo, Brasil`), by name or three-letter code.
    Only the names of this module's table count there: a state's code (`SP`) or name
    (`Georgia`, `New Mexico`) ends many an address that names no country."""
    lines = [line.strip() for line in (formatted or "").splitlines() if line.strip()]
    last = lines[-1].rpartition(",")[2].strip(" .") if lines else ""
    return _ALPHA3.get(last) or _CURATED.get(_fold(last))
