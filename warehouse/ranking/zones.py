"""The UTC offsets of a user's own town, from the IANA time zone database (the pinned
`tzdata` package): each zone is named for its principal city ("America/Manaus",
"Asia/Novosibirsk"), and zone.tab / zone1970.tab give the country it lies in. A user
who writes such a town keeps its hours, not all of their country's: a hand list of towns
would miss most of them.

Read for the profile only (`eligibility._clock`, `_home`), when first asked: never at
import, never for a posting.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from extractors._orgs import fold
from warehouse import clock

# zone names that are no town a user writes ("America/North_Dakota/Center")
_NO_TOWN = frozenset({"center", "new salem", "beulah", "knox", "vevay", "eucla"})


@cache
def _zones_by_town() -> dict[str, frozenset[tuple[str, str]]]:
    """Each zone's principal city, folded ("st johns", "cancun") -> its (country, zone)
    pairs: a zone of several countries (zone1970.tab) is its first country's city."""
    found: dict[str, set[tuple[str, str]]] = {}
    tables = resources.files("tzdata").joinpath("zoneinfo")
    for name in ("zone.tab", "zone1970.tab"):
        for line in tables.joinpath(name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            countries, _, zone = line.split("\t")[:3]
            town = fold(zone.rsplit("/", 1)[-1])
            if town not in _NO_TOWN:
                found.setdefault(town, set()).add((countries.split(",")[0], zone))
    return {town: frozenset(pairs) for town, pairs in found.items()}


def zone_span(zone: str) -> tuple[float, float]:
    """A zone's UTC offsets this year (by `warehouse.clock`, so a replayed day keeps its
    year's rules), in hours: its lowest and highest of January and July (standard and
    summer time, either hemisphere)."""
    return _year_span(zone, clock.now().year)


@cache
def _year_span(zone: str, year: int) -> tuple[float, float]:
    tz = ZoneInfo(zone)
    offsets = [
        (datetime(year, month, 15, 12, tzinfo=tz).utcoffset() or timedelta(0)).total_seconds()
        / 3600
        for month in (1, 7)
    ]
    return min(offsets), max(offsets)


def town_zones(town: str, countries: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """The zones of a town a user writes ("Manaus", "St. John's"), by country; only those
    in `countries` where it names any. Empty where no zone is named for the town."""
    pairs = _zones_by_town().get(fold(town), frozenset())
    by_country: dict[str, set[str]] = {}
    for country, zone in pairs:
        if not countries or country in countries:
            by_country.setdefault(country, set()).add(zone)
    return by_country


def town_span(
    town: str, countries: frozenset[str] = frozenset()
) -> tuple[str, tuple[float, float]] | None:
    """The country and UTC offsets of a town named for a time zone, within `countries`
    where any are given; None where no zone is named for it, or the town is one of
    several countries and nothing says which."""
    found = town_zones(town, countries)
    if len(found) != 1:
        return None
    ((country, zones),) = found.items()
    spans = [zone_span(zone) for zone in zones]
    return country, (min(s[0] for s in spans), max(s[1] for s in spans))


# the zones a US state or Canadian province keeps in most of its land (a county or two
# on another clock left out: "Ontario" is Toronto's, not Kenora's), ISO 3166-2 codes
_STATE_ZONES = """
US-CT US-DE US-DC US-GA US-ME US-MD US-MA US-NH US-NJ US-NY US-NC US-OH US-PA US-RI US-SC
  US-VT US-VA US-WV US-MI US-IN US-FL: America/New_York
US-AL US-AR US-IL US-IA US-LA US-MN US-MS US-MO US-OK US-WI US-TX US-KS US-NE US-ND
  US-SD: America/Chicago
US-KY US-TN: America/New_York America/Chicago
US-CO US-MT US-NM US-UT US-WY: America/Denver
US-CA US-WA US-NV US-OR: America/Los_Angeles
US-ID: America/Boise America/Los_Angeles
US-AZ: America/Phoenix
US-AK: America/Anchorage
US-HI: Pacific/Honolulu
CA-ON CA-QC: America/Toronto
CA-NS CA-PE: America/Halifax
CA-NB: America/Moncton
CA-NL: America/St_Johns
CA-MB: America/Winnipeg
CA-SK: America/Regina
CA-AB CA-NT: America/Edmonton
CA-BC: America/Vancouver
CA-YT: America/Whitehorse
CA-NU: America/Iqaluit America/Winnipeg America/Edmonton
"""
_ZONES_OF_STATE = {
    state: zones.split()
    for entry in _STATE_ZONES.replace("\n  ", " ").strip().splitlines()
    for states, zones in [entry.split(":")]
    for state in states.split()
}


def state_span(state: str) -> tuple[float, float] | None:
    """The UTC offsets of a state or province ("US-AZ", "CA-ON"), None if unknown."""
    if (zones := _ZONES_OF_STATE.get(state)) is None:
        return None
    spans = [zone_span(zone) for zone in zones]
    return min(s[0] for s in spans), max(s[1] for s in spans)
