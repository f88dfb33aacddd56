"""How the user can reach a lead through people: the referral path of each posting.

Two kinds of path. A *referral post* is written by someone in the network (their
Mastodon account, or an HN username a contact lists). A *company path* goes through a
contact who works at the posting's company. Reddit authors are never joined to anyone:
Reddit's Responsible Builder Policy forbids matching them with off-platform identities.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from extractors._asks import SOURCE as ASKS
from extractors._asks import email_sender, linkedin_sender
from extractors._orgs import mirrored, near_keys, normalize_org, path_match
from warehouse.network.identity import Person, mutual_follows
from warehouse.ranking.hosts import employer_domain, site_name

# hosts that carry postings for many employers: never evidence of one employer's domain
_UNSURE = 0.5  # a path the names give but a stronger signal doubts counts half
_CANDIDATE = 85  # rapidfuzz score that makes a pair worth checking with path_match
_COMPANIES_AT_ONCE = 2048  # a block of `_alike`: 2048 x 10,000 organisations is 20 MB
PLATFORM_NAMES = {
    "linkedin": "LinkedIn", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
    "mastodon": "Mastodon", "youtube": "YouTube", "google_contacts": "Google Contacts",
    "vcard": "address book",
}  # fmt: skip
# how a tie reads after the platform name, and whether its year is worth saying
_TIE_WORDS = {
    "connection": ("connected", True), "invitation": ("invited", True),
    "message": ("messaged", True), "friend": ("friends since", True),
    "close_friend": ("close friend", False),
    "group": ("group chat", True), "mention": ("you mentioned them", True),
    "contact": ("a contact", False), "following": ("you follow them", False),
    "follower": ("follows you", False), "subscription": ("you subscribe", False),
}  # fmt: skip
_MUTUAL_WORDS = ("you follow each other", False)


@dataclass(frozen=True, slots=True)
class PostingRef:
    """What a posting offers for joining: who wrote it and for which company."""

    lead_id: str  # the id its paths carry: its lead's (the build gives a posting's number)
    source: str
    poster: str | None
    company: str | None
    url: str | None
    apply_url: str | None
    identity_join_forbidden: bool = False
    sender: str | None = None  # an ask's sender key (`extractors._asks`)
    posters: str | None = None  # the platform whose handle `poster` is (its source's POSTERS)
    board: str | None = None  # an employer's own board's token: a name it gives itself


@dataclass(frozen=True, slots=True)
class Path:
    lead_id: str
    person_id: str
    network_path: str  # the whole path: who, their role, how the user knows them
    network_via: str  # the short form a `why` line uses
    network_strength: float
    is_hiring: bool = False  # the person posted the lead or asked: offered help, not asked


def tie_summary(person: Person) -> str:
    """The person's ties in words, per platform: "LinkedIn, connected 2024, messaged 2026";
    a follow both ways is one: "Instagram, you follow each other"."""
    by_platform: dict[str, list[str]] = {}
    both_ways = mutual_follows(person.ties)
    for platform, tie in sorted(person.ties, key=lambda t: list(_TIE_WORDS).index(t[1])):
        mutual = platform in both_ways and tie in ("following", "follower")
        if mutual and tie == "follower":
            continue  # said with the following
        words, dated = _MUTUAL_WORDS if mutual else _TIE_WORDS.get(tie, (tie, False))
        since: datetime | None = person.since.get((platform, tie))
        by_platform.setdefault(platform, []).append(
            f"{words} {since.year}" if dated and since else words
        )
    return "; ".join(
        ", ".join([PLATFORM_NAMES.get(platform, platform), *phrases])
        for platform, phrases in by_platform.items()
    )


def _who(person: Person) -> str:
    role = f", {person.role}" if person.role else ""
    at = f" at {person.organisation}" if person.organisation else ""
    return f"{person.name or 'someone'}{role}{at}"


# each posting's employer domain, found once: company, domain and script paths all ask
Domains = dict[PostingRef, str | None]
# `path_match` of (company, organisation, site, domain, their domain): a company's many
# postings ask it of the same people alike
Judged = dict[tuple[str, str | None, str | None, str | None, str | None], tuple[bool, str] | None]


def _sender_keys(person: Person) -> Iterator[str]:
    if handle := person.handles.get("linkedin"):
        yield linkedin_sender(handle)
    yield from map(email_sender, person.emails)


def _in_network(person: Person) -> bool:
    """Someone the user is tied to beyond a message to them or a follow of the user: a
    stranger's InMail makes a `message` tie (a group InMail a `group` one), and recruiter
    spam is not a referral."""
    return any(tie not in ("message", "group", "follower") for _, tie in person.ties)


def network_senders(people: Iterable[Person]) -> dict[str, Person]:
    """Ask sender keys of the people in the user's network."""
    return {key: p for p in people if _in_network(p) for key in _sender_keys(p)}


def ask_paths(postings: Iterable[PostingRef], senders: dict[str, Person]) -> Iterator[Path]:
    """An ask's path is the person who asked; asks from strangers have none."""
    for posting in postings:
        person = senders.get(posting.sender or "") if posting.source == ASKS else None
        if person is not None:
            name = person.name or posting.poster or "someone"
            text = f"{name} asked you ({tie_summary(person)})"
            strength = round(min(1.0, person.strength + 0.3), 4)
            yield Path(posting.lead_id, person.person_id, text, f"asked by {name}", strength, True)


def poster_paths(postings: Iterable[PostingRef], people: Iterable[Person]) -> Iterator[Path]:
    """Referral posts: the poster's handle is one a person in the network has."""
    index = {
        (platform, handle.lower()): person
        for person in people
        for platform, handle in person.handles.items()
    }
    for posting in postings:
        platform = posting.posters
        if posting.identity_join_forbidden or not platform or not posting.poster:
            continue
        person = index.get((platform, posting.poster.lower()))
        if person is not None:
            name = person.name or posting.poster
            text = f"{name} posted it ({tie_summary(person)})"
            strength = round(min(1.0, person.strength + 0.3), 4)
            yield Path(
                posting.lead_id, person.person_id, text, f"posted by {name}, in your network",
                strength, True,
            )  # fmt: skip


def alike_companies(companies: Iterable[str], people: Iterable[Person]) -> set[str]:
    """The companies (as given) that may be a person's organisation: only postings of
    these, or with a poster or a sender, can have a path, so only they need reading."""
    return {company for company, _ in _matches(companies, _organisations(people))}


def _organisations(people: Iterable[Person]) -> dict[str, list[Person]]:
    """The people by their organisation, normalised. An organisation's own card (named
    as its organisation, as an address book's company cards are) is nobody to ask."""
    by_org: dict[str, list[Person]] = {}
    for person in people:
        norm = normalize_org(person.organisation)
        if norm and normalize_org(person.name) != norm:
            by_org.setdefault(norm, []).append(person)
    return by_org


def _matches(
    names: Iterable[str], by_org: dict[str, list[Person]]
) -> Iterator[tuple[str, list[str]]]:
    """Each name (as given) with the organisations (normalised) it may be: alike enough
    to check with `path_match`, or sharing a near key with it ("Honeycomb.io",
    "Honeycomb"; "A24 Films", "A24")."""
    by_norm: dict[str, list[str]] = {}
    for name in names:
        if norm := normalize_org(name):
            by_norm.setdefault(norm, []).append(name)
    alike = dict(_alike(sorted(by_norm), list(by_org)))
    by_key: dict[str, set[str]] = {}
    for org, people in by_org.items():
        for key in {key for person in people for key in near_keys(person.organisation)}:
            by_key.setdefault(key, set()).add(org)
    for norm, given in by_norm.items():
        for name in given:
            keyed = {org for key in mirrored(near_keys(name)) for org in by_key.get(key, ())}
            if found := sorted(keyed.union(alike.get(norm, ()))):
                yield name, found


def company_paths(
    postings: Iterable[PostingRef], people: Iterable[Person], domains: Domains, judged: Judged
) -> Iterator[Path]:
    """Company paths: a person's organisation is the posting's company, or the name its
    board gives it (a renamed company's board keeps its old one); never on a hunch. The
    stated name goes first: of two paths as strong, its words are the ones shown."""
    by_org = _organisations(people)
    names = {posting: [n for n in dict.fromkeys((posting.company, posting.board)) if n]
             for posting in postings}  # fmt: skip
    matches = dict(_matches({name for given in names.values() for name in given}, by_org))
    for posting, given in names.items():
        if found := [(name, matches[name]) for name in given if name in matches]:
            domain = domains[posting]
            site = site_name(posting.board, posting.apply_url, posting.url, domain=domain)
            for name, orgs in found:
                for person in (person for org in orgs for person in by_org[org]):
                    yield from _company_path(posting, name, person, domain, site, judged)


def mail_domains(people: Iterable[Person]) -> dict[str, list[Person]]:
    """The people no organisation names, by their e-mails' employer domains: an address
    book's entry is often only a name and a work address."""
    by_domain: dict[str, list[Person]] = {}
    for person in people:
        if normalize_org(person.organisation) is None:
            for domain in person.domains:
                by_domain.setdefault(domain, []).append(person)
    return by_domain


def domain_paths(
    postings: Iterable[PostingRef], people: Iterable[Person], domains: Domains
) -> Iterator[Path]:
    """Paths through a person with an e-mail at the posting's employer's domain and no
    organisation that says otherwise."""
    by_domain = mail_domains(people)
    for posting in postings:
        domain = domains[posting]
        for person in by_domain.get(domain or "", ()):
            who = f"{person.name or 'someone'}, e-mail at {domain}"
            text = f"{who} ({tie_summary(person)})"
            strength = round(person.strength * 0.8, 4)
            yield Path(posting.lead_id, person.person_id, text, f"via {who}", strength)


def script_paths(
    postings: Iterable[PostingRef], people: Iterable[Person], domains: Domains, judged: Judged
) -> Iterator[Path]:
    """Company paths no name can give: the organisation and the company written in
    different scripts ("Tsubame Kobo", "株式会社ツバメ工房"), the person's e-mail at the
    posting's employer's domain. Only across scripts: where both are in Latin letters,
    a name that differs says the address is another employer's (an old one's)."""
    by_domain: dict[str, list[Person]] = {}
    for person in people:
        if normalize_org(person.organisation):
            for theirs in person.domains:
                by_domain.setdefault(theirs, []).append(person)
    for posting in postings:
        domain, company = domains[posting], normalize_org(posting.company) or ""
        for person in by_domain.get(domain or "", ()) if company else ():
            if company.isascii() != str(normalize_org(person.organisation)).isascii():
                name = str(posting.company)
                yield from _company_path(posting, name, person, domain, None, judged)


def employer_domains(people: Iterable[Person]) -> set[str]:
    """Every employer domain of the people's e-mails: the postings at one may have a
    path (`domain_paths`, `script_paths`)."""
    return {domain for person in people for domain in person.domains}


def _alike(companies: list[str], orgs: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Each company with the organisations alike enough to check with `path_match`, scored
    in C a block of companies at a time: the matrix of every company by every
    organisation held 210 MB at 200,000 postings and 2,000 contacts, and reading it cell
    by cell in Python took 16 s."""
    if not orgs:
        return
    for start in range(0, len(companies), _COMPANIES_AT_ONCE):
        block = companies[start : start + _COMPANIES_AT_ONCE]
        scores = process.cdist(
            block,
            orgs,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=_CANDIDATE,
            dtype=np.uint8,
            workers=-1,  # every core: nothing else runs in the build meanwhile
        )
        alike: dict[int, list[str]] = {}
        for i, j in zip(*np.nonzero(scores), strict=True):
            alike.setdefault(int(i), []).append(orgs[j])
        yield from ((block[i], found) for i, found in alike.items())


def _company_path(
    posting: PostingRef,
    name: str,
    person: Person,
    domain: str | None,
    site: str | None,
    judged: Judged,
) -> Iterator[Path]:
    """The path through a person whose organisation is the company, surely or not: an
    unsure one says why and counts half."""
    matches = []
    for theirs in person.domains or (None,):
        key = (name, person.organisation, site, domain, theirs)
        if key not in judged:
            judged[key] = path_match(
                name, person.organisation, site=site, domain_a=domain, domain_b=theirs
            )
        matches.append(judged[key])
    found = sorted((m for m in matches if m), reverse=True)
    if found:
        sure, why = found[0]
        note = "" if sure else f" ({why})"
        via = f"via {person.name or 'a contact'} at {person.organisation}{note}"
        text = f"{_who(person)} ({tie_summary(person)}){note}"
        strength = round(person.strength * 0.8 * (1 if sure else _UNSURE), 4)
        yield Path(posting.lead_id, person.person_id, text, via, strength)


def kinded_paths(
    postings: Iterable[PostingRef], people: Iterable[Person]
) -> Iterator[tuple[int, Path]]:
    """Every path into every posting with its kind's number: poster, ask, company, domain,
    script (of two paths as strong, the earlier kind's words are the ones shown); each
    kind's in the postings' order."""
    postings, people = list(postings), list(people)
    domains = {posting: employer_domain(posting.apply_url, posting.url) for posting in postings}
    judged: Judged = {}
    kinds = (
        poster_paths(postings, people),
        ask_paths(postings, network_senders(people)),
        company_paths(postings, people, domains, judged),
        domain_paths(postings, people, domains),
        script_paths(postings, people, domains, judged),
    )
    for kind, paths in enumerate(kinds):
        yield from ((kind, path) for path in paths)


def referral_paths(postings: Iterable[PostingRef], people: Iterable[Person]) -> list[Path]:
    """Every path into every lead, the strongest per (lead, person); of two as strong the
    earlier kind's, then the earlier posting's (as the build's `staging.lead_paths`)."""
    best: dict[tuple[str, str], Path] = {}
    for _, path in kinded_paths(postings, people):
        key = (path.lead_id, path.person_id)
        if key not in best or path.network_strength > best[key].network_strength:
            best[key] = path
    return sorted(best.values(), key=lambda p: (p.lead_id, -p.network_strength, p.person_id))


# the modules whose code makes a path: a change to one finds every path again
_PATH_CODE = (
    "warehouse.network.paths", "warehouse.network.identity", "extractors._orgs",
    "extractors._asks", "extractors._joburls", "warehouse.ranking.hosts",
)  # fmt: skip


@cache
def code_version() -> str:
    """A fingerprint of the code that finds paths (`_PATH_CODE`)."""
    code = "".join(inspect.getsource(sys.modules[name]) for name in _PATH_CODE)
    return hashlib.sha256(code.encode()).hexdigest()


def network_fingerprint(people: Iterable[Person]) -> str:
    """A fingerprint of what the path code reads of the people, and of that code: the
    build's kept paths of a posting stand while it and its posting's inputs do."""
    digest = hashlib.sha256(code_version().encode())
    for person in sorted(people, key=lambda p: p.person_id):
        read = (
            person.person_id, person.name, person.organisation, person.role,
            sorted(person.handles.items()), person.emails, person.ties, person.strength,
            sorted((key, since.isoformat()) for key, since in person.since.items()),
        )  # fmt: skip
        digest.update(repr(read).encode())
    return digest.hexdigest()
