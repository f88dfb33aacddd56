"""Boards from your network: the company boards (on every ATS source that declares a
`BOARD`: Greenhouse, Lever, Ashby, Workable, Personio, Recruitee) of the organisations
the user's contacts work at, so "a contact works there" becomes "its roles are watched".

A board token is guessed from the name, and a wrong guess is someone else's board.
Where the board states its company name (Greenhouse, Workable), it must be the same
organisation; Lever, Ashby, Personio and Recruitee state none, so there only a token
spelling out the whole name is trusted.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from extractors import declared, sources
from extractors._board_list import board_base, eu_base
from extractors._contract import (
    BoardApi,
    ExtractorError,
    Page,
    ParseError,
    Posting,
    SourceUnavailable,
)
from extractors._http import PoliteClient
from extractors._normalize import json_body
from extractors._orgs import fold, normalize_org, same_org

Ats = str  # a source that declares a BOARD

MAX_SLUGS = 5
MIN_STEM = 5  # a shorter first word ("acme") is another company more often than not
_GONE = {404, 410}  # what an unknown board answers
# letters NFKD does not take apart into a base letter and an accent
_TRANSLITERATE = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe"}
    | {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ı": "i"}
)


def apis() -> dict[Ats, BoardApi]:
    """The sources board discovery can ask, by name: those that declare a BOARD; first
    those whose answer names the company (it can confirm a stem), then by name."""
    found = {name: api for name, module in sources().items() if (api := declared(module, "BOARD"))}
    return dict(sorted(found.items(), key=lambda item: (not item[1].names_company, item[0])))


@dataclass(frozen=True)
class Board:
    """A board found for an organisation, and why we believe it is theirs."""

    source: Ats
    token: str  # the board token / site name, as `[sources.<source>]` lists it
    company: str  # as the board states it, else the organisation's name
    jobs: int | None  # open postings; None when the probe does not list them (Greenhouse)
    url: str
    evidence: str
    eu: bool = False  # found only at the ATS's EU data centre

    @property
    def entry(self) -> str:
        """What the config lists: the token, or the careers URL of a board only the EU
        data centre knows (so it is asked there first)."""
        return self.url if self.eu else self.token


def candidate_slugs(org_name: str) -> list[str]:
    """Plausible board tokens for an organisation, most likely first."""
    return [slug for slug, _ in _candidates(org_name)]


def _candidates(org_name: str) -> list[tuple[str, bool]]:
    """(token, spells the whole name): joined, hyphenated, with "and", then the stem."""
    plain = org_name.translate(_TRANSLITERATE)
    words = (normalize_org(plain) or "").split()
    if not words or not all(word.isascii() for word in words):
        return []  # a name in another script has no spelling we could guess
    spellings = (words, _with_and(fold(plain).split(), words))
    slugs = [(sep.join(spelling), True) for spelling in spellings for sep in ("", "-")]
    if len(words) >= 2 and len(words[0]) >= MIN_STEM:
        slugs.append((words[0], False))
    return list(dict(slugs).items())[:MAX_SLUGS]


def _with_and(folded: list[str], words: list[str]) -> list[str]:
    """The normalised words with the "and"s between them that normalising dropped."""
    start = 1 if folded[:1] == ["the"] != words[:1] else 0
    spelled: list[str] = []
    for word in folded[start:]:
        if len(spelled) - spelled.count("and") == len(words):
            break  # the rest is the legal suffix ("Smith & Co": no "and" kept)
        spelled.append(word)
    return spelled


def probe(
    org_name: str,
    client: PoliteClient,
    *,
    base_urls: Mapping[str, str] | None = None,
    eu_base_urls: Mapping[str, str] | None = None,
) -> list[Board]:
    """The boards of one organisation, at most one per ATS.

    Raises:
        ExtractorError: a source answered with anything but a board or "no such board".
    """
    bases, candidates = _bases(base_urls, eu_base_urls), _candidates(org_name)
    found = (_probe_ats(ats, org_name, candidates, bases[ats], client, ()) for ats in apis())
    return [board for board in found if board is not None]


def discover(
    org_names: Iterable[str],
    client: PoliteClient,
    *,
    base_urls: Mapping[str, str] | None = None,
    eu_base_urls: Mapping[str, str] | None = None,
    known: Mapping[str, set[str]] | None = None,
) -> Iterator[Board | tuple[str, str]]:
    """Boards of many organisations, and (organisation, error) for a source that failed.

    `known` maps a source to the tokens already configured: an organisation whose
    candidate token is known (in any case) is already watched there and is not probed
    on that ATS. One failing source or organisation does not stop the others; a source
    that gives no answer at all (offline, its host unknown, its deadline passed) is
    reported once and not asked again, rather than once per organisation.
    """
    bases = _bases(base_urls, eu_base_urls)
    seen = {ats: {token.lower() for token in (known or {}).get(ats, ())} for ats in apis()}
    silent: set[Ats] = set()
    probed: set[tuple[tuple[str, bool], ...]] = set()
    for org in org_names:
        candidates = _candidates(org)
        if tuple(candidates) in probed:
            continue  # "Kestrel Robotics" after "Kestrel Robotics GmbH"
        probed.add(tuple(candidates))
        for ats in apis():
            if ats in silent:
                continue
            try:
                board = _probe_ats(ats, org, candidates, bases[ats], client, seen[ats])
            except ExtractorError as error:
                if isinstance(error, SourceUnavailable) and error.status is None:
                    silent.add(ats)
                    yield org, f"{ats}: {error}; not asked again this run"
                else:
                    yield org, f"{ats}: {error}"
                continue
            if board is not None:
                seen[ats].add(board.token)
                yield board


def _bases(
    base_urls: Mapping[str, str] | None, eu_base_urls: Mapping[str, str] | None
) -> dict[Ats, tuple[str, str]]:
    """Each ATS's base URL and where a board it does not know is asked next: the EU
    data centre (`eu_base_urls`, else the ATS's own where the base is its default)."""
    overrides, eu_overrides, found = base_urls or {}, eu_base_urls or {}, {}
    for ats, api in apis().items():
        default = sources()[ats].Settings().base_url.rstrip("/")
        base = overrides.get(ats, default).rstrip("/")
        eu = eu_base(base, eu_overrides.get(ats), default, api.eu_api) if api.eu_api else ""
        found[ats] = (base, eu)
    return found


def _probe_ats(
    ats: Ats,
    org: str,
    candidates: list[tuple[str, bool]],
    bases: tuple[str, str],
    client: PoliteClient,
    known: Collection[str],
) -> Board | None:
    """The first confirmed board of `org` on one ATS, one request per candidate (two
    where the ATS keeps EU boards apart and the first answers "no such board")."""
    api = apis()[ats]
    for slug, full_name in candidates:
        if slug in known:
            return None  # already watched
        if not full_name and not api.names_company:
            continue  # no company name to check a stem against
        for base, eu in zip(bases, (False, True), strict=True):
            if not base:
                continue
            url = board_base(base, slug) + api.path.format(slug)
            page = _get(client, url, dict(api.params) or None, slug)
            if page is not None:
                board = _confirm(ats, org, slug, page, eu)
                if board is not None:
                    return board
                break  # a board of another company: no need to ask elsewhere
    return None


def _get(
    client: PoliteClient, url: str, params: Mapping[str, str] | None, slug: str
) -> Page | None:
    """The page, or None where the ATS says there is no such board."""
    try:
        return client.get(url, params=params, scope=slug)
    except SourceUnavailable as error:
        if error.status in _GONE:
            return None
        raise


def _confirm(ats: Ats, org: str, slug: str, page: Page, eu: bool) -> Board | None:
    """The board if it is the organisation's: by the name it states, else by its token;
    `eu`: the EU data centre answered (its page for people is there too)."""
    api = apis()[ats]
    url = (api.eu_public if eu else api.public).format(slug)
    if api.names_company:
        info = json_body(page)
        name = info.get("name") if isinstance(info, dict) else None
        if not isinstance(name, str):
            raise ParseError(f"{page.url}: expected board info with a name")
        match, _, reason = same_org(name, org)
        evidence = f'the board is named "{name}": {reason}'
        return Board(ats, slug, name.strip(), None, url, evidence, eu) if match else None
    jobs = sum(isinstance(item, Posting) for item in sources()[ats].parse(page))
    evidence = f'token equals the full name "{org}" ({ats} names no company)'
    return Board(ats, slug, org, jobs, url, evidence, eu)
