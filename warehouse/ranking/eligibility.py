"""Whether the user may take the work, and why: the places a posting's remote scope
allows (`remote.parse_remote`) against the places the profile lists.

When in doubt the verdict is "review" rather than yes or no (the rjs REVIEW bucket):
"EU" alone often means Europe, but beside a European country outside the Union ("EU,
Switzerland, Norway", "EU or EFTA") or insisted on ("EU only", "EU residents") it is
the Union; working hours or a preference bind nobody outside
them; a place open only to some roles, or a location field at odds with the text, is
for the user to check.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from extractors._places import PLACE_NAMES, PROVINCE_NAMES, STATE_NAMES, name_table
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import (
    AU_STATES,
    BLOCS,
    CA_PROVINCES,
    CITY_OF,
    CODE_ALIASES,
    DAY_TURNS,
    GEORGIA,
    TOWN_REGIONS,
    TOWN_SPANS,
    TOWNS_OF_SEVERAL,
    US_STATES,
    cities_in,
    contains,
    home_states,
    hours_apart,
    members,
    offsets_of,
    overlaps,
    town_of_several,
    which_georgia,
)
from warehouse.ranking.remote import (
    FOR_LOCALS,
    NEAR_A_CITY,
    PREFERENCE,
    SOFT_HOURS,
    SOFT_STATED_HOURS,
    RemoteScope,
    kept_moment,
    read_places,
    summer_shift_of_day,
    window_label,
    working_day,
)
from warehouse.ranking.zones import state_span, town_span, town_zones

Eligibility = Literal["eligible", "review", "not_eligible"]

_LOOSELY = {"EU": "Europe"}  # "Remote (EU)" often means Europe: from the UK, a doubt
# but a list that names the EU beside countries of Europe outside it ("EU, Switzerland,
# Norway", "EU or EFTA") tells the two apart: there the EU is the Union
_OUTSIDE_EU = BLOCS["Europe"] - BLOCS["EU"]
# a country partly in Europe (Türkiye: Istanbul's European side, Eastern Thrace): boards
# list it under "Europe" or not, so a post's "Europe" is a doubt from there, not a no
_PARTLY_EUROPEAN = frozenset({"TR"})
# as does a limit that insists on it ("EU only", "EU residents", "based in the EU",
# "European Union"): the member states, not the UK, Switzerland, Norway or Ukraine
_THE_UNION = re.compile(
    r"\bEU\b\W+(?:\w+\W+){0,2}?only\b|\bonly\W+(?:\w+\W+){0,3}?EU\b"
    r"|\bEU[\s-]+(?:based|residen\w*|citizen\w*|member|countr\w*|work\s+permit)"
    r"|\b(?:based|resid\w*|located|living|live)\s+(?:with)?in\s+(?:the\s+)?EU\b"
    r"|european\s+union|member\s+states?",
    re.I,
)
# zones further apart than this share half a working day or less: hours of a UTC
# window an overlap reaches ("overlap with UTC+8", "CET overlap") cannot be kept from
# there, while a place's hours ("US time zones") are vaguer and stay a doubt
_HALF_A_DAY = 4.0
# a working day moved this far is still one's own: "US hours" from São Paulo, an hour
# or two ahead of New York, are kept
_SHIFTED_DAY = 2.0
_ONE_ZONE = 1.0  # a zone's offsets across its seasons ("CET": UTC+1..UTC+2)
# a town preferred to remote work ("NYC preferred, open to remote") wants a day that
# shares two hours of eight with its own: further off, the wish is a doubt
_PREFERRED_REACH = 6.0
_HOURS = (SOFT_HOURS, SOFT_STATED_HOURS)  # the doubts of limits that are working hours only
_WORD = re.compile(r"\w+")


# metro nicknames and towns that are a place only as a whole `[profile] locations` entry:
# in a posting "GTA" may be a game, "DMV" the motor vehicles office, "Randstad" a staffing
# firm, "Salvador" a person
_ENTRY_NICKNAMES = {
    "gta": "GTA area", "dmv": "DMV area", "randstad": "Randstad region", "ruhr": "Ruhr area",
    "salvador": "Salvador, Bahia",
}  # fmt: skip


@lru_cache(maxsize=16)
def _spelled_out(locations: tuple[str, ...]) -> tuple[str, ...]:
    """The profile's locations, an entry that is a metro's nickname ("GTA") as the
    name the place table knows it by."""
    return tuple(_ENTRY_NICKNAMES.get(entry.strip().lower(), entry) for entry in locations)


@lru_cache(maxsize=16)  # one profile's few locations, read once, not for each posting
def _home(locations: tuple[str, ...]) -> tuple[str, ...]:
    """The profile's locations in the vocabulary; a two-letter entry is a code, a country's
    before a time zone's. A town the place table does not know is placed by the time zone
    named for it ("Manaus", "Yekaterinburg"), in the user's other countries if several."""
    read = [_read_entry(entry) for entry in locations]
    countries = frozenset(_countries(tuple(p for places in read for p in places)))
    home: list[str] = []
    for entry, places in zip(locations, read, strict=True):
        if not places and (town := _zone_town(entry, countries)):
            places = [town[0]]
        elif not places and (mine := countries & set(town_of_several(entry.strip()) or {})):
            places = sorted(mine)  # "Hamilton" beside "New Zealand"
        elif not places and _georgia_alone(entry) and which_georgia(countries) == "GE":
            places = ["GE"]  # "Georgia" beside "Tbilisi": the country, not the US state
        home.extend(places)
    return tuple(dict.fromkeys(home))  # "US" and "Austin, Texas" are one place


def lives_in(words: str, locations: tuple[str, ...]) -> bool | None:
    """Whether a place `words` name holds the user's (`locations`): "in Europe we pay"
    for a user in London; None where they name no place."""
    places = read_places(words)
    if not places:
        return None
    home = _home(locations)
    return any(contains(region, place) for region in places for place in home)


def _read_entry(entry: str) -> list[str]:
    """One location entry's places; a town beside a state or province of another country
    is that country's namesake ("Paris, ON" is in Canada, "Paris" in France)."""
    code = entry.strip().upper()
    if len(code) == 2 and code.isalpha():  # "PT" is Portugal here, never Pacific Time
        return [CODE_ALIASES.get(code, code)]
    # "Lisboa, PT": the code beside a place is its country, not a time zone's hours
    places = read_places(entry)
    places = [place for place in places if not place.startswith("UTC")] or places
    beside = _countries_beside(entry)
    if places and (zoned := town_span(entry.partition(",")[0].strip(), beside)):
        return [zoned[0]] if beside else places
    if len(beside) == 1 and not set(places) & beside:
        return sorted(beside)  # "Victoria, BC", a town the tables do not know
    return places


def _states_beside(entry: str) -> set[str]:
    """The states or provinces an entry names ("Austin, Texas": US-TX), and those its
    codes after a comma may be ("Regina, SK": CA-SK; "St. John's, NL": CA-NL)."""
    _, comma, beside = entry.partition(",")
    codes = set(_WORD.findall(beside)) if comma else set()
    return {
        *home_states(entry),
        *(f"US-{code}" for code in codes & US_STATES),
        *(f"CA-{code}" for code in codes & CA_PROVINCES),
    }


def _countries_beside(entry: str) -> frozenset[str]:
    """The countries the words after a town's comma may name: a country, or the country of
    a state or province ("Phoenix, AZ": US; "St. John's, NL": the Netherlands or Canada)."""
    _, comma, beside = entry.partition(",")
    if not comma:
        return frozenset()
    found = _countries(tuple(read_places(beside)))
    australian = {"AU"} if set(_WORD.findall(beside)) & AU_STATES else set()
    return frozenset({*found, *australian, *(state[:2] for state in _states_beside(entry))})


def _zone_town(entry: str, countries: frozenset[str]) -> tuple[str, tuple[float, float]] | None:
    """The country and offsets of the town an entry names for a time zone, in the country
    written beside it, else in the user's countries where the town is in one of them."""
    town = entry.partition(",")[0].strip()
    if beside := _countries_beside(entry):
        return town_span(town, beside)
    return town_span(town, countries) or town_span(town)


@lru_cache(maxsize=16)
def _clock(locations: tuple[str, ...]) -> tuple[str, ...]:
    """The profile's places as working hours see them: a country in which the user names
    a town keeps that town's offsets ("São Paulo" is UTC-3, not all of Brazil's -5 to -2;
    "Manaus" UTC-4, by its time zone); a country named alone keeps its span."""
    countries = frozenset(_countries(_home(locations)))
    spans: dict[str, tuple[float, float]] = {}
    for entry in locations:
        for country, span in _entry_spans(entry, countries):
            lo, hi = spans.get(country, span)
            spans[country] = (min(lo, span[0]), max(hi, span[1]))
    home = (window_label(*spans[p]) if p in spans else p for p in _home(locations))
    return tuple(dict.fromkeys(home))


def _entry_spans(entry: str, countries: frozenset[str]) -> list[tuple[str, tuple[float, float]]]:
    """The offsets one entry's town keeps, by country: its time zone's, else the place
    table's, else its state's ("Paris, ON" is Ontario's), a town's outside its state's
    offsets taken for a namesake ("Portland, ME" is not Oregon's)."""
    if zoned := _zone_town(entry, countries):
        return [zoned]
    states = [(s[:2], span) for s in _entry_states(entry) if (span := state_span(s))]
    towns = [(c, TOWN_SPANS[t]) for t, c in _home_cities((entry,)).items() if t in TOWN_SPANS]
    return [
        (c, span)
        for c, span in towns
        if all(c != s or lo <= span[0] and span[1] <= hi for s, (lo, hi) in states)
    ] or states


def _entry_states(entry: str) -> list[str]:
    """The states or provinces an entry names, in its own country."""
    countries = set(_read_entry(entry))
    return sorted(s for s in _states_beside(entry) if s[:2] in countries)


@lru_cache(maxsize=16)
def _home_states(locations: tuple[str, ...]) -> tuple[str, ...]:
    """The US states the profile's locations name ("US-TX"); "Georgia" beside a place
    in Georgia, the country, names none."""
    georgian = which_georgia(_home(locations)) == "GE"
    return tuple(
        s
        for entry in locations
        if not (georgian and _georgia_alone(entry))
        for s in home_states(entry)
    )


def _georgia_alone(entry: str) -> bool:
    """Whether an entry is "Georgia" alone, which the entry cannot place (`home_states`
    reads one entry's own places, "Tbilisi, Georgia"): the user's other entries say
    which Georgia it is."""
    return GEORGIA.fullmatch(entry.strip()) is not None


# entries that name no place but say the user may work from anywhere: nothing to read
_ANYWHERE = frozenset({"remote", "anywhere", "worldwide", "global", "remote worldwide"})
# a time zone's name of three to five capitals ("IST", "BRT"): most are no place, and
# those the readers know as hours ("CET") are read before this is asked
_ZONE_NAME = re.compile(r"[A-Z]{1,4}T")


def unplaced(locations: tuple[str, ...]) -> list[str]:
    """A line for each `[profile] locations` entry the readers read as no country, bloc,
    state or province, city or UTC offset: such an entry matches no posting, so every
    post would be judged as if the user named no place. A close name is offered."""
    lines = []
    locations = _spelled_out(locations)
    for i, entry in enumerate(locations):
        if several := _several_countries(entry, locations):
            read = ", ".join(_home((entry,))) or "no place"
            lines.append(
                f"profile.locations[{i}]: {entry!r} is a town in {', '.join(several)}, read as"
                f" {read} and its hours as no town's; write its country beside it"
                f' ("{entry.strip()}, {several[-1]}")'
            )
            continue
        if entry.strip().lower() in TOWNS_OF_SEVERAL:
            continue  # placed by the user's other entry ("Hamilton" beside "New Zealand")
        if entry.strip().lower() in _ANYWHERE or _home((entry,)) or _home_states((entry,)):
            continue
        line = f"profile.locations[{i}]: {entry!r} is no place warmleads knows"
        if close := difflib.get_close_matches(entry.strip().lower(), _known_names(), 1, 0.8):
            line += f"; did you mean {_display(close[0])!r}?"
        elif _ZONE_NAME.fullmatch(entry.strip()):
            line += ': a time zone? write your country and your UTC offset ("UTC+5:30")'
        else:
            line += ': write a country, a bloc ("EU"), a state, a city or a UTC offset'
        lines.append(line)
    return lines


def _several_countries(entry: str, locations: tuple[str, ...]) -> list[str]:
    """The countries a town written alone may be in ("Hamilton": CA, NZ, GB), where the
    user names no state or country beside it, nor lists one of them as another entry."""
    if _countries_beside(entry):
        return []
    town = entry.strip()
    several = sorted(town_of_several(town) or {}) if town.lower() in TOWNS_OF_SEVERAL else []
    several = several or sorted(town_zones(town))
    others = {p for e in locations if e != entry for p in _home((e,))}
    return several if len(several) > 1 and not others & set(several) else []


@lru_cache(maxsize=1)
def _known_names() -> list[str]:
    """Every place name the readers know of four letters or more, lower case: the
    candidates a misspelt entry is matched against (a code is too short to guess)."""
    states = name_table(STATE_NAMES) | name_table(PROVINCE_NAMES)
    names = {*PLACE_NAMES, *states, *(bloc.lower() for bloc in BLOCS)}
    return sorted(name for name in names if len(name) >= 4)


def _display(name: str) -> str:
    """A lower-case table name as a user writes it: "são paulo" -> "São Paulo"."""
    blocs = {bloc.lower(): bloc for bloc in BLOCS}
    return blocs.get(name) or name.title()


def eligibility(scope: RemoteScope, profile: Profile) -> tuple[Eligibility, str]:
    """Whether the user may take the work, and why; "review" when it cannot tell."""
    if scope.scope is None:
        return "review", "remote or not is not stated"
    locations = _spelled_out(profile.locations)
    home, states = _home(locations), _home_states(locations)
    # a zone's hours are kept from the user's town; a zone preferred is met by their country
    clock = home if scope.soft == PREFERENCE else _clock(locations)
    if out := [h for h in (*home, *states) for x in scope.excluded if contains(x, h)]:
        return "not_eligible", f"remote not open to {', '.join(scope.excluded)}; you: {out[0]}"
    prefers = f"; prefers {', '.join(scope.preferred)}" if scope.preferred else ""
    if scope.scope == "anywhere" and scope.doubt:
        if not profile.remote_only and _commutes(scope, locations, home):
            where = f"onsite in {', '.join(scope.preferred)}, one of your locations"
            return "eligible", f"{where}; {scope.doubt}"
        return "review", f"remote with no region limit, {scope.doubt}{prefers}"
    if scope.scope == "anywhere" and (far := _far_from_preferred(scope, clock)):
        return "review", f"remote with no region limit{prefers}; {far}"
    if scope.scope == "anywhere":
        return "eligible", f"remote with no region limit{prefers}"
    if scope.scope == "region" and not scope.regions:
        return "review", f"remote limited to a place not recognised: {scope.raw}"
    # "9-5 EST": the day, named; its regions are the offsets where it is daytime
    day = working_day(scope.raw) if scope.soft in _HOURS else None
    if scope.scope == "region" and profile.hours == "any" and scope.soft in _HOURS:
        return "eligible", _hours_asked(scope.regions, clock, day) + prefers
    moment = kept_moment(scope.raw) if scope.soft == SOFT_HOURS and not day else None
    hours = day or moment
    if scope.scope == "region" and hours and (kept := _in_seasons(scope, hours, clock, moment)):
        return kept[0], kept[1] + prefers
    if scope.scope == "region" and (named := _named_beside_a_window(scope)):
        # "Remote (US, UK). Others welcome with 4h overlap with EST": the places named,
        # else the window
        windows = tuple(r for r in scope.regions if r not in named)
        verdict, reason = _region_eligibility(named, home)
        if verdict == "eligible":
            return verdict, f"{reason}; others keep {', '.join(windows)}{prefers}"
        scope = replace(scope, regions=windows)
    if scope.scope == "region":
        union = "EU" in scope.regions and bool(_THE_UNION.search(scope.raw or ""))
        verdict, reason = _region_eligibility(scope.regions, home, clock, union=union)
        reason = f"{reason}; works {day}" if day else reason
        if verdict == "eligible" and scope.doubt == FOR_LOCALS:
            verdict, reason = _for_locals(scope, locations, reason)
        elif verdict == "eligible" and (town := _home_town(scope, locations)):
            reason = f"{reason}; near {town}, one of your locations"
        elif verdict == "eligible" and scope.doubt:
            verdict, reason = "review", f"{reason}; {scope.doubt}"
        elif verdict == "eligible" and _only_for_some_roles(scope, home):
            verdict, reason = "review", f"{reason}; there only for some roles"
        elif verdict == "eligible" and (in_states := _in_states(scope, states, home)):
            verdict, reason = in_states[0], f"{reason}; {in_states[1]}"
        if verdict == "eligible" and scope.hours:
            verdict, reason = _in_hours(scope.hours, clock, profile.hours), f"{reason}; works"
            reason = f"{reason} {', '.join(scope.hours)}"
        if verdict != "eligible" and _keeps_the_hours(scope, clock):
            verdict, reason = "eligible", f"{reason}; {scope.soft}, and yours are among them"
        elif verdict == "not_eligible" and scope.soft and not _hours_out_of_reach(scope, clock):
            verdict, reason = "review", f"{reason}; {scope.soft}"
        elif verdict == "review" and scope.soft and _partly_inside(scope.regions, home, clock):
            verdict, reason = "eligible", f"{reason}; {scope.soft}"
        return verdict, reason + prefers
    where = f"{scope.scope} in {', '.join(scope.regions) or 'an unstated place'}"
    if profile.remote_only:
        return "not_eligible", f"{where}; profile is remote-only"
    return _office_eligibility(scope, locations, home, where)


def _office_eligibility(
    scope: RemoteScope, locations: tuple[str, ...], home: tuple[str, ...], where: str
) -> tuple[Eligibility, str]:
    """Hybrid or onsite work: only the user's own countries and cities are within a
    commute; a bloc or a time zone they list says where they may work remotely ("EU"
    does not put an office in Berlin within reach of Lisbon)."""
    words = set(_WORD.findall((scope.raw or "").lower()))
    named = any(e in words and not _namesake(e, scope) for e in _place_words(locations))
    countries = _countries(home)
    if not named and (commute := _commute(scope, locations, countries)):
        return commute
    if named or _in_reach(scope.regions, home):
        return "eligible", f"{where}, one of your locations"
    if not scope.regions:
        return "review", f"{where}; not one of your locations"
    if not countries and any(overlaps(r, h) for h in home for r in scope.regions):
        return "review", f"{where}; inside {', '.join(home)}, a commute you did not name"
    return "not_eligible", f"{where}; not within reach of {', '.join(home)}"


@lru_cache(maxsize=16)
def _place_words(locations: tuple[str, ...]) -> tuple[str, ...]:
    """The profile's entries an office's words may name, lowered: towns and countries, not
    a bloc or a time zone ("Africa" is in "Cape Town, South Africa" but brings no office
    there within a commute of Nairobi), nor a country in which the user named a town
    ("France" beside "Lyon": "Paris, France" is an office in France, but not in Lyon)."""
    towned = set(_home_cities(locations).values())
    return tuple(
        e.lower()
        for e in locations
        if len(e) > 2
        and not all(p in BLOCS or p.startswith("UTC") for p in _home((e,)))
        and (cities_in(e) or not set(_home((e,))) <= towned)
    )


def _namesake(entry: str, scope: RemoteScope) -> bool:
    """Whether the office is in a town of the same name elsewhere: "London, Ontario"
    names a user's "London", but the tables place it in another metro."""
    towns = cities_in(entry)
    return bool(towns and scope.cities and not set(towns) & set(scope.cities))


@lru_cache(maxsize=16)
def _home_cities(locations: tuple[str, ...]) -> dict[str, str]:
    """The towns the profile names, as their metro's city -> the country it is in."""
    return {city: CITY_OF[city] for entry in locations for city in cities_in(entry)}


def _home_town(scope: RemoteScope, locations: tuple[str, ...]) -> str | None:
    """The user's own town, where a remote job is placed near it ("Bengaluru (Remote)"
    to a user in Bangalore): the doubt is whether one must live nearby, and they do."""
    if scope.doubt != NEAR_A_CITY:
        return None
    mine = _home_cities(locations)
    return next((city.title() for city in scope.cities if city in mine), None)


def _for_locals(
    scope: RemoteScope, locations: tuple[str, ...], reason: str
) -> tuple[Eligibility, str]:
    """A remote job for locals of a town, held against the user's own town: theirs is
    eligible, another in that country is not, and none named is for the user to check."""
    mine = _home_cities(locations)
    towns = ", ".join(scope.cities).title()
    if near := [city for city in scope.cities if city in mine]:
        return "eligible", f"{reason}; local to {', '.join(near).title()}, one of your locations"
    if elsewhere := [city for city, country in mine.items() if country in scope.regions]:
        named = ", ".join(elsewhere).title()
        return "not_eligible", f"{reason}; only for locals of {towns}; you named {named}"
    return "review", f"{reason}; only for locals of {towns}"


def _commute(
    scope: RemoteScope, locations: tuple[str, ...], countries: list[str]
) -> tuple[Eligibility, str] | None:
    """An office in a country where the user named a town: within reach only in that
    town's metro ("Brooklyn" from New York); another town is out, an office placed no
    closer than the country (or the user's own state) a doubt. None where the user named
    no town in an office's country: their country is all they told us."""
    mine = _home_cities(locations)
    towned = set(mine.values())
    if not towned & set(scope.regions) or any(
        contains(c, r) for c in countries if c not in towned for r in scope.regions
    ):
        return None
    named, offices = ", ".join(mine).title(), ", ".join(scope.cities).title()
    if near := [city for city in scope.cities if city in mine]:
        return "eligible", f"{scope.scope} in {', '.join(near).title()}, one of your locations"
    if region := _a_region_of(scope.cities, mine):
        where = f"in the {region.removesuffix(' region').title()} with {named}"
        return "review", f"office in {offices}, {where}; a commute you did not name"
    if scope.cities:
        return "not_eligible", f"office in {offices}; you named {named}"
    states, theirs = _home_states(locations), scope.states
    if states and theirs and not set(states) & set(theirs):
        return "not_eligible", f"office in {', '.join(theirs)}; you named {named}"
    where = ", ".join(scope.regions)
    return "review", f"{scope.scope} in {where}, town not stated; you named {named}"


def _a_region_of(offices: tuple[str, ...], mine: dict[str, str]) -> str | None:
    """The region of several towns (`TOWN_REGIONS`: the Randstad, the Ruhr) that holds an
    office and a town of the user's: a commute of its own, neither theirs nor out of
    reach."""
    regions = (TOWN_REGIONS.get(town) for town in offices)
    return next((name for name, towns in filter(None, regions) if set(towns) & set(mine)), None)


def _commutes(scope: RemoteScope, locations: tuple[str, ...], home: tuple[str, ...]) -> bool:
    """Whether the office a post prefers to remote work on condition is within the
    user's reach: their town's, or in a country of theirs where they named none."""
    office = replace(scope, scope="onsite", regions=scope.preferred)
    commute = _commute(office, locations, _countries(home))
    return commute[0] == "eligible" if commute else _in_reach(scope.preferred, home)


def _countries(home: tuple[str, ...]) -> list[str]:
    """The countries among the user's places (not blocs, not time zones)."""
    return [h for h in home if h not in BLOCS and not h.startswith("UTC")]


def _in_reach(places: tuple[str, ...], home: tuple[str, ...]) -> bool:
    """Whether an office in one of these places lies in one of the user's countries."""
    return any(contains(h, p) for h in _countries(home) for p in places)


def _in_states(
    scope: RemoteScope, mine: tuple[str, ...], home: tuple[str, ...]
) -> tuple[Eligibility, str] | None:
    """Whether a user may take a job open in some US states or Canadian provinces only,
    or not in some states; a profile naming none cannot tell. They bind only a user in
    their country ("US or Canada, in TX or FL only" leaves a user in Canada to the
    regions; "in TX, FL or ON only" holds them to Ontario)."""
    barred = [x for x in scope.excluded if x.startswith("US-")]
    listed = dict.fromkeys(s[:2] for s in (*scope.states, *barred))
    country = next((c for c in listed if _lives_in(c, mine, home)), None)
    if country is None:
        return None
    states = [s for s in scope.states if s.startswith(country)]
    mine = tuple(s for s in mine if s.startswith(country))
    limit = f"only in {', '.join(states)}" if states else f"not in {', '.join(barred)}"
    if not mine:
        return "review", f"{limit}; profile names no state"
    if any(s not in barred and (not states or s in states) for s in mine):
        return "eligible", f"{limit}; you: {mine[0]}"
    return "not_eligible", f"{limit}; you: {', '.join(mine)}"


def _lives_in(country: str, mine: tuple[str, ...], home: tuple[str, ...]) -> bool:
    return any(s.startswith(country) for s in mine) or any(contains(country, h) for h in home)


def _only_for_some_roles(scope: RemoteScope, home: tuple[str, ...]) -> bool:
    """Whether the user's places lie only in regions open to some of the roles."""
    others = tuple(r for r in scope.regions if r not in scope.for_some_roles)
    return bool(scope.for_some_roles) and _region_eligibility(others, home)[0] != "eligible"


def _in_hours(windows: tuple[str, ...], clock: tuple[str, ...], hours: str) -> Eligibility:
    """Whether a user inside a post's places keeps the UTC windows it asks beside them:
    where none of their offsets meets one, their day is elsewhere ("not_eligible"), or
    a doubt if they keep any hours."""
    spans = [span for place in clock if (span := offsets_of(place))]
    if not spans or any(overlaps(w, place) for w in windows for place in clock):
        return "eligible"
    return "review" if hours == "any" else "not_eligible"


def _far_from_preferred(scope: RemoteScope, clock: tuple[str, ...]) -> str | None:
    """Why a user may not suit a post open anywhere that prefers an office's town ("NYC
    preferred, open to remote"): their day shares less than two hours with the town's
    (Manila's with New York's; the country's where the town's own are not known). Close
    enough, the wish binds nobody."""
    mine = [span for place in clock if (span := offsets_of(place))]
    towns = [
        (town, TOWN_SPANS.get(town) or offsets_of(CITY_OF.get(town, town))) for town in scope.cities
    ]
    spans = [span for _, span in towns if span]
    if not mine or not spans:
        return None
    apart = min(max(0.0, u[0] - t[1], t[0] - u[1]) for u in mine for t in spans)
    if apart <= _PREFERRED_REACH:
        return None
    named = ", ".join(town.title() if town in CITY_OF else town for town, _ in towns)
    return f"{round(apart):g} hours from {named}, where it prefers the work done"


def _hours_asked(regions: tuple[str, ...], home: tuple[str, ...], day: str | None) -> str:
    """Why a post whose only limit is working hours is eligible for a user who keeps any
    hours: the hours it asks (its `day` by a zone's clock, if it names one), and whether
    they are the user's night."""
    known = [place for place in home if offsets_of(place) is not None]
    night = known and all(hours_apart(r, p) > _HALF_A_DAY for r in regions for p in known)
    when = " (your night)" if night else ""
    return f"remote, works {day or ', '.join(regions) + ' hours'}{when}; you keep any hours"


def _named_beside_a_window(scope: RemoteScope) -> tuple[str, ...]:
    """The places a post names beside the window of an overlap that opens it to anyone
    else, each open whatever its hours ("Remote (US, UK). Others welcome with 4h overlap
    with EST"); none where its regions are all windows or all places."""
    if scope.soft != SOFT_HOURS:
        return ()
    named = tuple(r for r in scope.regions if not r.startswith("UTC"))
    return named if 0 < len(named) < len(scope.regions) else ()


def _in_seasons(
    scope: RemoteScope, hours: str, clock: tuple[str, ...], moment: str | None
) -> tuple[Eligibility, str] | None:
    """A working day or a meeting by a zone's clock ("10am-3pm ET", "standup at 9:30 am
    EST"), the post's only limit, judged in both of the zone's seasons: in winter by the
    user's standard offset, in summer by their summer one. Berlin's 4-9 pm is no day in
    either, a town whose clock moves and the post's not (or the other way round) may keep
    it in one season only ("review"), and a country of several zones is inside where one
    of them is. A meeting outside one's day is a doubt, never a no: one call a day may be
    taken at night. None for other limits."""
    window = scope.regions[0] if len(scope.regions) == 1 else ""
    if scope.doubt or not window.startswith("UTC"):
        return None
    shift = summer_shift_of_day(hours)
    kept = [(n, p) for p in clock if (n := _seasons_kept(window, shift, p)) is not None]
    if not kept:
        return None
    seasons, place = max(kept)
    limit = f"remote limited to {window}; you: {place}; {'keeps' if moment else 'works'} {hours}"
    if seasons == 2:
        return "eligible", limit
    if seasons == 1 or moment:
        when = "your day in one season only" if seasons else "outside your day"
        return "review", f"{limit}, {when}"
    return "not_eligible", f"{limit}, outside your day in both seasons"


def _seasons_kept(window: str, shift: float, place: str) -> int | None:
    """In how many of a working day's seasons a place keeps it: its window's west end is
    the standard-time day's, its east end `shift` hours later (summer time's)."""
    span, (lo, hi) = offsets_of(place), offsets_of(window) or (0.0, 0.0)
    if span is None:
        return None
    if span[1] - span[0] > 1:  # zones of their own, each moving with the post's: one
        # inside is enough ("US": Eastern keeps "9-5 ET"), Portugal's summer hour is not
        inside = any(span[0] <= hi - shift + t and lo + t <= span[1] - shift for t in DAY_TURNS)
        return 2 if inside else 0
    winter = any(lo + turn <= span[0] <= hi - shift + turn for turn in DAY_TURNS)
    summer = any(lo + shift + turn <= span[1] <= hi + turn for turn in DAY_TURNS)
    return int(winter) + int(summer)


def _hours_out_of_reach(scope: RemoteScope, home: tuple[str, ...]) -> bool:
    """Whether a post sets working hours in UTC windows only, each more than half a
    working day from every place of the user, or outside the windows it bounds itself
    (a bloc's time zones beside them are those windows: "Americas time zones (UTC-3 to
    UTC-8)")."""
    windows = [w for w in scope.regions if w.startswith("UTC")]
    stated = scope.soft == SOFT_STATED_HOURS and bool(windows)
    if scope.soft not in _HOURS or (len(windows) < len(scope.regions) and not stated):
        return False
    reach = 0.0 if scope.soft == SOFT_STATED_HOURS else _HALF_A_DAY
    return all(hours_apart(w, place) > reach for w in windows for place in home)


def _clocks(scope: RemoteScope) -> list[str]:
    """The regions of a post's working hours that are clocks: its UTC windows, and where
    hours are all it asks ("UK or EU timezone"), the blocs and countries whose zones are
    known, each read as its span of offsets."""
    if scope.soft == SOFT_HOURS and all(offsets_of(r) for r in scope.regions):
        return list(scope.regions)
    return [w for w in scope.regions if w.startswith("UTC")]


def _keeps_the_hours(scope: RemoteScope, clock: tuple[str, ...]) -> bool:
    """Whether the user's clock lies inside the zones of a post that asks only for
    hours ("UK or EU timezone" from Lagos, whose offset is Central Europe's), or a
    working day's shift from a country's or bloc's ("US hours" from São Paulo)."""
    if scope.soft != SOFT_HOURS:
        return False
    # a window is already the reach the post allows ("4h overlap with EST"); a country's
    # or bloc's zones, or one zone's seasons ("Eastern Time": UTC-5..UTC-4), are a
    # working day one may shift
    spans = [(span, _shift(r, span)) for r in _clocks(scope) if (span := offsets_of(r))]
    return any(
        (mine := offsets_of(place)) and span[0] - shift <= mine[0] and mine[1] <= span[1] + shift
        for span, shift in spans
        for place in clock
    )


def _shift(region: str, span: tuple[float, float]) -> float:
    """How far a working day in a post's hours may move: none beyond a window wider
    than one zone's summer hour, which is a reach the post set itself."""
    reach = region.startswith("UTC") and span[1] - span[0] > _ONE_ZONE
    return 0.0 if reach else _SHIFTED_DAY


def _partly_inside(regions: tuple[str, ...], home: tuple[str, ...], clock: tuple[str, ...]) -> bool:
    """Whether a known place of the user's lies partly in a region: enough to keep its
    hours or meet a preference, which bind nobody outside."""
    return any(
        offsets_of(p) is not None and overlaps(r, p) for r in regions for p in _by(r, home, clock)
    )


def _by(region: str, home: tuple[str, ...], clock: tuple[str, ...]) -> tuple[str, ...]:
    """The user's places a region is weighed against: by their town's clock for a UTC
    window, by their countries for a country or bloc."""
    return clock if region.startswith("UTC") else home


def _apart(region: str, place: str, home: tuple[str, ...]) -> bool:
    """Whether a bloc the post names leaves out the user's country while overlapping a
    bloc they list beside it: "Central-Eastern Europe" is not Portugal's, whatever the
    EU shares with it ("EU, PT"). A job in one country of the user's bloc stays a doubt:
    they may be free to move there."""
    countries = _countries(home)
    return (
        region in BLOCS
        and place in BLOCS
        and bool(countries)
        and not any(overlaps(region, c) for c in countries)
    )


def _region_eligibility(
    regions: tuple[str, ...],
    home: tuple[str, ...],
    clock: tuple[str, ...] | None = None,
    *,
    union: bool = False,
) -> tuple[Eligibility, str]:
    """Whether the user's places lie inside the regions; `union`: the post's "EU" is the
    member states, never Europe loosely."""
    limit = f"remote limited to {', '.join(regions)}"
    clock = home if clock is None else clock
    for region in regions:
        for place in _by(region, home, clock):
            if contains(region, place):
                return "eligible", f"{limit}; you: {place}"
    if not home:
        return "review", f"{limit}; profile lists no locations"
    loosely = {} if union or any(members(r) & _OUTSIDE_EU for r in regions) else _LOOSELY
    partly = [
        p
        for r in regions
        for p in _by(r, home, clock)
        if (overlaps(loosely.get(r, r), p) or (r == "Europe" and members(p) & _PARTLY_EUROPEAN))
        and not _apart(r, p, home)
    ]
    if partly:
        return "review", f"{limit}; you list {partly[0]}, only partly inside or unknown"
    return "not_eligible", f"{limit}; you: {', '.join(home)}"
