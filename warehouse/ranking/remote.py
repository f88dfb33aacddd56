"""Where a posting may be worked from, and whether the user may take it.

"Remote" often hides a restriction ("REMOTE (US)", "must be based in Canada", "EU
hours"), so the scope keeps the regions it is limited to, normalised to a small
vocabulary: ISO country codes (US states count as "US"), the blocs of `BLOCS`, and UTC
windows written "UTC-3..UTC+2" (one offset: "UTC+1"). Negative phrases ("No remote",
"remote: no") beat a bare "remote"; a remote option beats "hybrid" or "onsite". When
in doubt eligibility says "review" rather than yes or no (the rjs REVIEW bucket).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from warehouse.ranking._text import Phrases, lowered, spaced
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import (
    BLOCS,
    CODES_IN_TEXT,
    PLACE_NAMES,
    PLACE_OF,
    US_STATES,
    UTC_SPANS,
    ZONES,
)

Scope = Literal["anywhere", "region", "hybrid", "onsite"]
Basis = Literal["stated", "parsed"]
Eligibility = Literal["eligible", "review", "not_eligible"]
Span = tuple[str, int, int]  # a phrase's class and where it stands


@dataclass(frozen=True, slots=True)
class RemoteScope:
    """Where the work may be done; `regions` limit "region" and place the others."""

    scope: Scope | None
    regions: tuple[str, ...] = ()
    basis: Basis | None = None
    raw: str | None = None


_OFFSET = r"\s*[+\-−]\s*\d{1,2}(?::\d\d)?"
# every alternative starts with a letter, so `re` skips ahead to capitals
_END = rf"(?:UTC{_OFFSET}|GMT{_OFFSET}|{'|'.join(sorted(ZONES, key=len, reverse=True))})"
_WINDOW = (
    rf"(?P<a>{_END})(?:\s*(?:to|-|–|—|\.\.|until|bis|and)\s*"
    rf"(?P<b>{_END}|[+\-−]\d{{1,2}}(?::\d\d)?))?"
    r"(?:\s*±\s*(?P<pm>\d{1,2})(?:\s*h(?:ours?|rs?)?)?)?(?!\w)"
)


_CODE = re.compile(
    rf"(?<![\w.])(?:(?P<window>{_WINDOW})"
    rf"|(?P<code>{'|'.join(sorted(CODES_IN_TEXT))})(?![\w]))"
    rf"|,\s*(?P<state>{'|'.join(sorted(US_STATES))})(?![\w])"
)
# work-mode phrases by class, strongest first: a negative beats a bare "remote"
_MODE = Phrases(
    {
        "negative": r"""
            no\s+remote not\s+(?:a\s+)?remote remote\s*:\W*no\b non[\s-]remote
            remote\s+(?:is\s+)?not\s+(?:possible|available|an\s+option)
            on[\s-]?site\s+only in[\s-]office\s+only in[\s-]person\s+only
            100\s?%\s+(?:on[\s-]?site|in[\s-]office) kein\s+remote sin\s+remoto
            no\s+es\s+remoto""",
        "hybrid": r"remote[\s/-]+hybrid\w* hybrid\w*(?:[\s/-]+remote)? h[ií]brido",
        "remote": r"""
            fully\s+remote 100\s?%\s+remote
            remote(?:[\s-]+(?:first|friendly|ok|only))?(?!\s+(?:sensing|control|access|server))
            work\s+from\s+(?:home|anywhere) wfh en\s+remoto remoto teletrabajo a\s+distancia
            রিমোট""",
        "anywhere": r"worldwide anywhere weltweit global(?:ly)?",
        "onsite": r"on[\s-]?site in[\s-]office in[\s-]person office[\s-]based vor\s+ort presencial",
    }
)
# the words right after "remote": "(US)", "- EU only", "within Europe"
_TAIL = re.compile(
    r"[*_]*\s*(?:\((?P<paren>[^)\n]{1,80})\)|[-–—:,/][\s*_]*(?P<dash>[^\n|.;()]{1,60})"
    r"|(?P<prep>(?:in|within|from|across|only\s+in)\s+[^\n|.;()]{1,50}))"
)
_TAIL_STOP = re.compile(r"\b(?:but|with|office|on[\s-]?site|hybrid|visits?)\b", re.I)
_BASED = r"(?:be\s+)?(?:based|located|living|resid\w*|live)\s+in"
_WHO = r"(?:candidates|applicants|people|contractors|freelancers|residents)?\s*"
# a restriction names its places after a lead ("must be based in Canada") or before a
# keyword ("EU only", "US time zones")
_LIMIT = Phrases(
    {
        "lead": rf"""
            must\s+{_BASED} should\s+{_BASED} need\s+to\s+{_BASED}
            only\s+(?:open\s+to\s+)?{_WHO}(?:based\s+|located\s+|living\s+)?(?:in|from)
            exclusively\s+(?:open\s+to\s+)?{_WHO}(?:in|from)
            candidates\s+(?:must\s+be\s+)?(?:based|located)\s+in
            applicants\s+(?:must\s+be\s+)?(?:based|located)\s+in
            eligible\s+to\s+work\s+in authori[sz]ed\s+to\s+work\s+in residents\s+of citizens\s+of
            open\s+to\s+(?:candidates|applicants|residents)\s+(?:in|from) nur\s+(?:in|aus)
            wohnsitz\s+in solo\s+(?:desde|en|para) residentes\s+en শুধুমাত্র""",
        "only": r"only citizens residents",
        "zone": r"time\s*zones? timezones? tz business\s+hours working\s+hours hours overlap",
    }
)
_WHERE = re.compile(r"\s+(?:the\s+)?([^\n.;|()]{1,50})")
_WHERE_BEFORE = re.compile(r"([\w.+\-−]+(?:\s*[/&,]\s*[\w.+\-−]+)*)[\s-]*$")
_ZONE_BLOC = {"EU": "Europe"}  # "EU hours" are Europe's clock, UK and CH included
_WINDOW_IN_TEXT = re.compile(_WINDOW)
_MARKUP = re.compile(r"[*_]+")
_WORD = re.compile(r"\w+")
_RANK = {"negative": 0, "remote": 1, "hybrid": 2, "onsite": 3}
_LINE_REACH = 80  # how far along its line an onsite or hybrid phrase looks for a place


def parse_remote(location: str | None, text: str, stated_remote: bool | None) -> RemoteScope:
    """The remote scope from a location, a text and the source's remote flag.

    A stated flag decides remote or not (basis "stated"); the words then only say
    which region, or hybrid rather than onsite. Without a flag the words decide.
    """
    loc = location or ""
    in_text = _modes(text, in_location=False)
    found = _strongest(_modes(loc, in_location=True)) or _strongest(in_text)
    mode = found[0] if found else None
    if stated_remote is not None:
        is_hybrid = mode == "hybrid"
        mode = "remote" if stated_remote else ("hybrid" if is_hybrid else "onsite")
    if mode is None:
        return RemoteScope(None)
    basis: Basis = "stated" if stated_remote is not None else "parsed"
    token = found[1] if found else None
    if mode == "remote":
        return _remote(loc, text, basis, token, in_text)
    scope: Scope = "hybrid" if mode == "hybrid" else "onsite"
    return _placed(scope, loc, text, token, basis)


def _modes(field: str, *, in_location: bool) -> list[Span]:
    """Every work-mode phrase. "Worldwide" and "anywhere" mean remote only as a
    location ("anywhere from 3 to 6 months" in prose does not)."""
    spans = []
    for kind, start, end in _MODE.finditer(field):
        if kind == "anywhere" and in_location:
            kind = "remote"
        if kind != "anywhere":
            spans.append((kind, start, end))
    return spans


def _strongest(spans: list[Span]) -> tuple[str, Span] | None:
    """Negative > remote > hybrid > onsite; the first of equals."""
    best = min(spans, key=lambda span: _RANK[span[0]], default=None)
    return (best[0], best) if best else None


def _remote(
    loc: str, text: str, basis: Basis, token: Span | None, in_text: list[Span]
) -> RemoteScope:
    """Remote anywhere, or limited to the regions the location and text name."""
    regions: list[str] = []
    raws: list[str] = []

    def add(places: list[str], raw: str) -> None:
        regions.extend(places)
        raws.append(_MARKUP.sub("", raw).strip(" -–—:,"))

    if loc or token:
        add(_places(loc), loc or (text[token[1] : token[2]] if token else ""))
    for kind, start, end in in_text:
        tail = _TAIL.match(text, end) if kind == "remote" else None
        if tail:
            segment = _TAIL_STOP.split(tail["paren"] or tail["dash"] or tail["prep"])[0]
            add(_places(segment), text[start : tail.end()])
    for places, raw in _limits(text):
        add(places, raw)
    widest = _widest(regions)
    raw = "; ".join(r for r in raws if r and not any(r in o for o in raws if o != r))
    return RemoteScope("region" if widest else "anywhere", widest, basis, raw or None)


def _limits(text: str) -> Iterator[tuple[list[str], str]]:
    """Places a restriction phrase or a UTC window limits the work to, with its words."""
    for kind, start, end in _LIMIT.finditer(text):
        if kind == "lead":
            where = _WHERE.match(text, end)
            end = where.end() if where else end
            places = _places(where[1]) if where else []
        else:
            before = _WHERE_BEFORE.search(text, max(0, start - 40), start)
            start = before.start() if before else start
            places = _places(before[1]) if before else []
            places = [_ZONE_BLOC.get(p, p) for p in places] if kind == "zone" else places
        if places:
            yield places, text[start:end]
    for m in _WINDOW_IN_TEXT.finditer(text):
        word_start = not m.start() or not text[m.start() - 1].isalnum()
        if word_start and (m["b"] or m["pm"] or any(c.isdigit() for c in m["a"])):
            yield [_window(m)], m.group(0)


def _placed(scope: Scope, loc: str, text: str, token: Span | None, basis: Basis) -> RemoteScope:
    """Hybrid or onsite, placed by the location, else by the line that says so."""
    if loc or token is None:
        return RemoteScope(scope, tuple(_places(loc)), basis, loc or None)
    _, start, end = token
    line_start = max(text.rfind("\n", 0, start) + 1, start - _LINE_REACH)
    line_end = text.find("\n", end)
    line = text[line_start : min(line_end if line_end >= 0 else len(text), end + _LINE_REACH)]
    tail = _TAIL.match(text, end)
    raw = text[start : tail.end() if tail else end]
    return RemoteScope(scope, tuple(_places(line)), basis, raw.strip())


def _places(text: str) -> list[str]:
    """The places a short text names, in the vocabulary, first mention first."""
    found = [(m.start(), PLACE_OF[spaced(m.group(0))]) for m in PLACE_NAMES.finditer(lowered(text))]
    for m in _CODE.finditer(text):
        if m["window"]:
            place = _window(m)
        else:
            place = "US" if m["state"] else ("GB" if m["code"] == "UK" else m["code"])
        found.append((m.start(), place))
    return list(dict.fromkeys(place for _, place in sorted(found)))


def _offset(token: str) -> float:
    """Hours from UTC of "UTC+5:30", "GMT-3", "+2" or a zone name like "CET"."""
    compact = token.replace("−", "-").replace(" ", "")
    if compact in ZONES:
        return ZONES[compact]
    sign = -1.0 if "-" in compact else 1.0
    hours, _, minutes = compact.lstrip("UTCGM+-").partition(":")
    return sign * (int(hours) + int(minutes or 0) / 60)


def _label(offset: float) -> str:
    hours, minutes = divmod(round(abs(offset) * 60), 60)
    sign = "-" if offset < 0 else "+"
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def _window(m: re.Match[str]) -> str:
    lo = _offset(m["a"])
    hi = _offset(m["b"]) if m["b"] else lo
    pm = float(m["pm"] or 0)
    lo, hi = min(lo, hi) - pm, max(lo, hi) + pm
    return _label(lo) if lo == hi else f"{_label(lo)}..{_label(hi)}"


def _members(place: str) -> frozenset[str]:
    return BLOCS.get(place, frozenset({place}))


def _widest(regions: list[str]) -> tuple[str, ...]:
    """The regions a post allows (any of them), without one inside another."""
    unique = list(dict.fromkeys(regions))
    return tuple(
        r
        for r in unique
        if r.startswith("UTC") or not any(o != r and _members(r) < _members(o) for o in unique)
    )


def _span(place: str) -> tuple[float, float] | None:
    """The UTC offsets a place keeps: a window's ends, or its countries' zones."""
    if place.startswith("UTC"):
        lo, _, hi = place.partition("..")
        return _offset(lo), _offset(hi or lo)
    spans = [UTC_SPANS.get(code) for code in _members(place)]
    if not spans or any(span is None for span in spans):
        return None
    return min(s[0] for s in spans if s), max(s[1] for s in spans if s)


def _contains(region: str, place: str) -> bool:
    """Whether a post region holds a profile place (a country, bloc or UTC offset).

    A UTC window holds a country when every offset the country keeps, summer time
    included, is inside it: "UTC-3..UTC+2" holds Germany (+1/+2), not Finland (+2/+3).
    """
    if region.startswith("UTC"):
        span, (lo, hi) = _span(place), _span(region) or (0.0, 0.0)
        return span is not None and lo <= span[0] and span[1] <= hi
    return not place.startswith("UTC") and _members(place) <= _members(region)


def _overlaps(region: str, place: str) -> bool:
    """Whether part of a profile place lies in a post region (or nobody can tell)."""
    if region.startswith("UTC"):
        span, (lo, hi) = _span(place), _span(region) or (0.0, 0.0)
        return span is None or (span[0] <= hi and lo <= span[1])
    return bool(_members(place) & _members(region))


def _home(profile: Profile) -> list[str]:
    """The profile's locations in the vocabulary; any two-letter entry is a code."""
    home: list[str] = []
    for entry in profile.locations:
        code = entry.strip().upper()
        home.extend(_places(entry) or ([code] if len(code) == 2 else []))
    return home


def eligibility(scope: RemoteScope, profile: Profile) -> tuple[Eligibility, str]:
    """Whether the user may take the work, and why; "review" when it cannot tell."""
    if scope.scope is None:
        return "review", "remote or not is not stated"
    if scope.scope == "anywhere":
        return "eligible", "remote with no region limit"
    if scope.scope == "region":
        return _region_eligibility(scope.regions, _home(profile))
    where = f"{scope.scope} in {', '.join(scope.regions) or 'an unstated place'}"
    if profile.remote_only:
        return "not_eligible", f"{where}; profile is remote-only"
    home = _home(profile)
    words = set(_WORD.findall((scope.raw or "").lower()))
    named = any(e.lower() in words for e in profile.locations if len(e) > 2)
    if named or any(_contains(h, r) for h in home for r in scope.regions):
        return "eligible", f"{where}, one of your locations"
    return "review", f"{where}; not one of your locations"


def _region_eligibility(regions: tuple[str, ...], home: list[str]) -> tuple[Eligibility, str]:
    limit = f"remote limited to {', '.join(regions)}"
    for region in regions:
        for place in home:
            if _contains(region, place):
                return "eligible", f"{limit}; you: {place}"
    if not home:
        return "review", f"{limit}; profile lists no locations"
    partly = [p for p in home for r in regions if _overlaps(r, p)]
    if partly:
        return "review", f"{limit}; you list {partly[0]}, only partly inside or unknown"
    return "not_eligible", f"{limit}; you: {', '.join(home)}"
