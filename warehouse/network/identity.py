"""Who is the same person across the user's exports: contacts in, people out.

Two contacts are one person only on strong evidence: the same platform handle, the
same e-mail, a handle one record lists for another platform (a Google contact whose
website is the LinkedIn profile), or the same normalised full name AND organisation.
Never on a name alone: two "Priya Shah" at different or unknown companies stay two. (A
Facebook or Instagram conversation names its people only: it adds how the user
addresses the one same-platform contact of exactly that name, never a tie.)
Merges that would give a person two handles on one platform are refused, so a shared
inbox or company page cannot chain strangers together.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from extractors._orgs import fold, normalize_org, org_domain
from extractors.network import REGISTER_ONLY, Contact
from warehouse.network.romaji import romaji

# tie -> strength; the strongest tie counts, each further independent one adds a little
TIE_WEIGHTS = {
    "message": 0.9,  # they talked: the best referral path
    "invitation": 0.7,  # one asked the other to connect, recently and on purpose
    "close_friend": 0.7,  # on the user's Instagram close friends: picked, one by one
    "connection": 0.6,  # accepted connection / friend / address-book entry
    "friend": 0.6,
    "contact": 0.6,
    "group": 0.5,  # wrote in a group conversation of the user's: met, never one to one
    "mention": 0.45,  # the user replied to or mentioned them in a post: talked in public
    "following": 0.4,  # the user follows them: interest, not acquaintance
    "follower": 0.25,  # they follow the user
    "subscription": 0.1,  # a channel the user watches
}
MUTUAL_FOLLOW = 0.5  # the user and they follow each other on one platform: both chose
NO_TIE = "wrote"  # a message the user sent that was never answered: its register only
CHAT = "chat"  # a Facebook or Instagram conversation, its people named only: the same
INDEPENDENT_BONUS = 0.05  # per further platform (or tie kind) the tie shows on
MAX_BONUS = 0.15
# platforms whose name, organisation and role describe a person best, best first
_PROFILE_RANK = {
    platform: rank
    for rank, platform in enumerate(("linkedin", "google_contacts", "vcard", "facebook"))
}
_NAME_SUFFIXES = {"phd", "mba", "msc", "md", "jr", "sr", "ii", "iii", "dr", "prof"}
# letters their writers spell out where a keyboard lacks them: "Schröder" is "Schroeder"
# in an address book typed on an English phone, "Jørgensen" "Joergensen", "Åsa" "Aasa"
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "å": "aa", "ø": "oe"})
# a work address or a profile slug that spells a name: "kenta.sato", "wang_wei",
# "ichiro-suzuki-4b2a91" (LinkedIn's closing word of digits dropped)
# a Facebook or Instagram conversation's folder: its name, an underscore, its id
_THREAD_FOLDER = re.compile(r"/([^/]+)_\d+/message_\d+\.json$")
_MIN_USERNAME = 4  # a shorter name spells too many usernames ("ana", "li")
_SPELT_NAME = re.compile(r"([a-z]{2,})[._-]([a-z]{2,})(?:-[a-z0-9]*\d[a-z0-9]*)?")


@dataclass(frozen=True, slots=True)
class Person:
    """One person behind one or more contacts; `person_id` is stable across imports."""

    person_id: str
    name: str | None
    organisation: str | None
    role: str | None
    platforms: tuple[str, ...]
    handles: dict[str, str] = field(hash=False)  # {platform: handle}
    emails: tuple[str, ...]
    ties: tuple[tuple[str, str], ...]  # (platform, tie)
    # the records this person was resolved from: where each fact came from
    contacts: tuple[Contact, ...] = field(default=(), hash=False, compare=False, repr=False)

    @property
    def since(self) -> dict[tuple[str, str], datetime]:
        """The earliest date each (platform, tie) was stated, where an export dates it."""
        dates: dict[tuple[str, str], datetime] = {}
        for contact in self.contacts:
            key = (contact.platform, contact.tie)
            if contact.since and (key not in dates or contact.since < dates[key]):
                dates[key] = contact.since
        return dates

    @property
    def strength(self) -> float:
        """How close the user is to this person, from all their ties (`tie_strength`)."""
        return tie_strength(self.ties)

    @property
    def domains(self) -> tuple[str, ...]:
        """Employer domains of the person's e-mail addresses (free-mail left out)."""
        return tuple(sorted({d for email in self.emails if (d := org_domain(email))}))


def tie_strength(ties: Iterable[str | tuple[str, str]]) -> float:
    """Strength in [0, 1] of a set of ties, (platform, tie) pairs or bare tie names.

    | tie                           | weight |
    |-------------------------------|--------|
    | message                       | 0.90   |
    | invitation, close_friend      | 0.70   |
    | connection, friend, contact   | 0.60   |
    | group (a group thread only),  | 0.50   |
    | a mutual follow (both ways)   |        |
    | mention (a reply in public)   | 0.45   |
    | following                     | 0.40   |
    | follower                      | 0.25   |
    | subscription                  | 0.10   |

    The strongest tie counts; every further independent tie (another platform for
    pairs, another kind for bare names) adds 0.05, at most 0.15, capped at 1.0.
    """
    weights: dict[str, float] = {}
    pairs = [tie if isinstance(tie, tuple) else (tie, tie) for tie in ties]
    for source, kind in pairs:
        weights[source] = max(weights.get(source, 0.0), TIE_WEIGHTS.get(kind, 0.0))
    for source in mutual_follows(pairs):
        weights[source] = max(weights[source], MUTUAL_FOLLOW)
    if not weights:
        return 0.0
    bonus = min(MAX_BONUS, INDEPENDENT_BONUS * (len(weights) - 1))
    return min(1.0, max(weights.values()) + bonus)


def mutual_follows(ties: Iterable[tuple[str, str]]) -> set[str]:
    """The platforms where the user follows them and they follow the user."""
    ties = list(ties)
    following = {platform for platform, tie in ties if tie == "following"}
    return following & {platform for platform, tie in ties if tie == "follower"}


def normalize_name(name: str | None) -> str | None:
    """A full name folded (case, accents, punctuation), degrees and Jr/Sr dropped."""
    words = [word for word in fold(name or "").split() if word not in _NAME_SUFFIXES]
    return " ".join(words) or None


def _spelt_out(name: str | None) -> str | None:
    """The full name with its umlauts (å, ø) spelt out, where it has any: the other way
    its owner's name is written (folding alone makes "Schröder" "schroder")."""
    plain = unicodedata.normalize("NFC", name or "").casefold()
    spelt = plain.translate(_SPELT_OUT)
    return normalize_name(spelt) if spelt != plain else None


def _other_names(contact: Contact) -> set[str]:
    """The other ways the contact's name is written: its umlauts spelt out, its reading
    in Latin letters (kana in romaji, or pinyin as an address book's phonetic name
    gives it) and, for a name in no Latin letters (佐藤 健太, 王伟), the name its work
    address or LinkedIn profile slug spells ("kenta.sato@", "/in/wei-wang-88"): each
    given name first or family name first."""
    names = {_spelt_out(contact.name)}
    latin = [romaji(contact.reading) or _latin(contact.reading)]
    if not _latin(contact.name):
        spelt = [email.split("@")[0].lower() for email in contact.emails]
        spelt += [(contact.handle or "").lower()] if contact.platform == "linkedin" else []
        latin += [" ".join(m.groups()) for t in spelt if (m := _SPELT_NAME.fullmatch(t))]
    for words in (name for name in latin if name and " " in name):
        names |= {words, " ".join(reversed(words.split()))}
    return {name for name in names if name} - {normalize_name(contact.name)}


def _latin(name: str | None) -> str | None:
    """The name folded, where it is written in Latin letters ("Wěi Zhāng": "wei zhang")."""
    folded = normalize_name(name)
    return folded if folded and folded.isascii() else None


def _handle_keys(contact: Contact) -> set[str]:
    listed = {f"{platform}:{handle}" for platform, handle in contact.handles.items()}
    own = {f"{contact.platform}:{contact.handle}"} if contact.handle else set()
    return own | listed


def _keys(contact: Contact) -> list[list[str]]:
    """The contact's identity keys by strength: handles, e-mails, name+organisation
    (then other ways its name is written: after, so that no id changes), the record
    itself (platform, name and date: an export imported twice), and name+phone (one
    card in two label files of a Takeout; last, so that no id changes)."""
    name, org = normalize_name(contact.name), normalize_org(contact.organisation)
    name_org = [f"name+org:{name}|{org}"] if name and org else []
    other_org = sorted(f"name+org:{other}|{org}" for other in _other_names(contact)) if org else []
    # an undated record is only itself: its file's own name (not the dated archive's)
    where = f"{contact.file.rsplit('!/', 1)[-1].rsplit('/', 1)[-1]}:{contact.line}"
    dated = contact.since.isoformat() if contact.since else where
    record = f"{contact.platform}:{contact.tie}:{name}|{dated}"
    return [
        sorted(_handle_keys(contact)),
        sorted(f"email:{email.lower()}" for email in contact.emails),
        name_org,
        other_org,
        [record],
        sorted({f"name+phone:{name}|{number}" for number in _numbers(contact)} if name else ()),
    ]


_NOT_DIGITS = re.compile(r"\D+")
_NUMBER_DIGITS = 9  # a number's last nine digits: "+34 600 123 456" is "600123456"
_NUMBER_MIN = 7  # fewer is an extension or a short code, no one's own number


def _numbers(contact: Contact) -> set[str]:
    """The contact's phone numbers as their last digits, whatever way they are written."""
    digits = (_NOT_DIGITS.sub("", phone) for phone in contact.phones)
    return {number[-_NUMBER_DIGITS:] for number in digits if len(number) >= _NUMBER_MIN}


class _Clusters:
    """Union-find over contacts that refuses to join two handles on one platform."""

    def __init__(self, contacts: Sequence[Contact]) -> None:
        self.parent = list(range(len(contacts)))
        self.handles: list[dict[str, set[str]]] = []
        for contact in contacts:
            handles: dict[str, set[str]] = defaultdict(set)
            for key in _handle_keys(contact):
                platform, _, handle = key.partition(":")
                handles[platform].add(handle)
            self.handles.append(handles)

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        ha, hb = self.handles[root_a], self.handles[root_b]
        if root_a == root_b or any(ha[p].isdisjoint(hb[p]) for p in ha.keys() & hb.keys()):
            return
        self.parent[root_b] = root_a
        for platform, handles in hb.items():
            ha[platform] |= handles


def _order(contact: Contact) -> tuple[str, ...]:
    """A total order on contacts, so the result never depends on import order."""
    since = contact.since.isoformat() if contact.since else ""
    fields = (contact.platform, contact.tie, contact.handle, contact.name, since)
    return (*(value or "" for value in fields), contact.file, f"{contact.line:09d}")


def _person(contacts: list[Contact], id_key: str) -> Person:
    """One person from its contacts; LinkedIn's profile fields first, then address books."""
    by_profile = sorted(contacts, key=lambda c: _PROFILE_RANK.get(c.platform, len(_PROFILE_RANK)))
    profile = next((c for c in by_profile if c.organisation or c.role), None)
    handles: dict[str, str] = {}
    for key in sorted(key for c in contacts for key in _handle_keys(c)):
        platform, _, handle = key.partition(":")
        handles.setdefault(platform, handle)
    return Person(
        person_id=hashlib.sha1(id_key.encode()).hexdigest(),  # noqa: S324 - an id
        name=next((c.name for c in by_profile if c.name), None),
        organisation=profile.organisation if profile else None,
        role=profile.role if profile else None,
        platforms=tuple(sorted({c.platform for c in contacts if c.tie not in REGISTER_ONLY})),
        handles=handles,
        emails=tuple(sorted({email.lower() for c in contacts for email in c.emails})),
        ties=tuple(sorted({(c.platform, c.tie) for c in contacts if c.tie not in REGISTER_ONLY})),
        contacts=tuple(contacts),
    )


def _clusters(keys: list[list[list[str]]], clusters: _Clusters) -> list[list[int]]:
    """Contacts (by index) joined on every key they share, strongest keys first; a key
    is shared whatever kind it is of in each (one's name spelt out is another's name)."""
    sharing: dict[str, list[int]] = defaultdict(list)
    strongest: dict[str, int] = {}
    for index, ranked in enumerate(keys):
        for rank, group in enumerate(ranked):
            for key in group:
                sharing[key].append(index)
                strongest[key] = min(rank, strongest.get(key, rank))
    for key in sorted(sharing, key=lambda key: (strongest[key], key)):
        members = sharing[key]
        for other in members[1:]:
            clusters.union(members[0], other)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(keys)):
        groups[clusters.find(index)].append(index)
    return list(groups.values())


def _exact_name(contact: Contact) -> tuple[str, str] | None:
    """(platform, the name as the platform writes it), spaces aside."""
    name = " ".join(unicodedata.normalize("NFC", contact.name or "").split())
    return (contact.platform, name) if name else None


def _compact(text: str) -> str:
    """A name or username folded without spaces, dots and underscores: "Zoë Brandt 🌙",
    "zoe_brandt" and "zoe.brandt" are "zoebrandt"."""
    return fold(text).replace(" ", "")


def _thread_owner(contacts: Sequence[Contact]) -> str | None:
    """The user's own display name on Instagram: the one name in the most conversation
    folders, where it is in two or more (one thread cannot tell the user apart)."""
    folders: dict[str, set[str]] = defaultdict(set)
    for contact in contacts:
        if contact.tie == CHAT and contact.platform == "instagram" and contact.name:
            folders[contact.name].add(contact.file.rsplit("/", 1)[0])
    counts = sorted((len(found) for found in folders.values()), reverse=True)
    top = [name for name, found in folders.items() if len(found) == counts[0]] if counts else []
    return top[0] if len(top) == 1 and counts[0] >= 2 else None  # noqa: PLR2004 - two threads


def _usernames(contact: Contact, owner: str | None) -> set[str]:
    """The Instagram usernames a conversation's participant may have, compacted: their
    display name's, and the thread folder's (`inbox/<name>_<id>/`, named by the other's
    username or display name) when the participant is not the user."""
    names = {_compact(contact.name or "")}
    if owner not in (None, contact.name) and (folder := _THREAD_FOLDER.search(contact.file)):
        names.add(_compact(folder.group(1)))
    return {name for name in names if len(name) >= _MIN_USERNAME}


def _join_chats(contacts: Sequence[Contact], groups: list[list[int]]) -> list[list[int]]:
    """Each group of `chat` records joined to the one group holding a tie on their
    platform of exactly their name; left alone (and so dropped) where two or none do.
    An Instagram follow names no one, so an Instagram conversation joins the one
    account whose username its participant's name or folder spells (`_usernames`).
    The one join on a name alone: it adds a register, never a tie, so a wrong one
    cannot make a path."""
    named: dict[tuple[str, str], set[int]] = defaultdict(set)
    for at, group in enumerate(groups):
        for i in group:
            contact = contacts[i]
            if contact.tie in REGISTER_ONLY:
                continue
            if key := _exact_name(contact):
                named[key].add(at)
            if contact.platform == "instagram" and contact.handle:
                named[("instagram", f"@{_compact(contact.handle)}")].add(at)
    owner = _thread_owner(contacts)
    joined = [list(group) for group in groups]
    for at, group in enumerate(groups):
        keys = {_exact_name(contacts[i]) for i in group}
        if len(keys) != 1 or not all(contacts[i].tie == CHAT for i in group):
            continue
        targets = named.get(keys.pop() or ("", ""), set())
        if not targets and contacts[group[0]].platform == "instagram":
            users = {user for i in group for user in _usernames(contacts[i], owner)}
            targets = set().union(*(named.get(("instagram", f"@{u}"), set()) for u in users))
        if len(targets) == 1:
            joined[next(iter(targets))].extend(group)
            joined[at] = []
    return [group for group in joined if group]


def _id_keys(keys: list[list[list[str]]], group: list[int]) -> list[str]:
    """A group's keys, strongest kind first, smallest first within a kind."""
    kinds = range(len(keys[group[0]]))
    return [key for kind in kinds for key in sorted({k for i in group for k in keys[i][kind]})]


def resolve(contacts: Iterable[Contact]) -> list[Person]:
    """The people behind the contacts, merged on strong evidence only, by person_id.
    A `wrote` contact (the user wrote, no answer) or a `chat` one (a Facebook or
    Instagram conversation) is no tie: it only adds how the user addresses a person some
    other tie makes, and alone makes nobody; a `chat` one joins by its exact name.

    A person's id is the sha1 of its strongest key (smallest handle key, else e-mail,
    else name+organisation, else the record), skipping a key another person took first.
    """
    ordered = sorted(contacts, key=_order)
    keys = [_keys(contact) for contact in ordered]
    clustered = _join_chats(ordered, _clusters(keys, _Clusters(ordered)))
    # a person's id from their ties alone: a register joined later does not change it
    groups = sorted(
        (_id_keys(keys, [i for i in g if ordered[i].tie not in REGISTER_ONLY] or g), g)
        for g in clustered
    )
    claimed: set[str] = set()
    people: list[Person] = []
    for id_keys, group in groups:
        if all(ordered[i].tie in REGISTER_ONLY for i in group):
            continue
        id_key = next((k for k in id_keys if k not in claimed), f"{id_keys[0]}#{len(people)}")
        claimed.add(id_key)
        people.append(_person([ordered[i] for i in group], id_key))
    return sorted(people, key=lambda person: person.person_id)
