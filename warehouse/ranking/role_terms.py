"""The remote terms of one role in a post that lists several, each with its own.

A post that lists roles ("Backend Engineer (Remote, EU) | Product Designer (Paris)",
"ROLE: Product Designer | REMOTE (USA/Canada)", "- Senior Designer (hybrid, $150k)")
states a place per role: the whole post's scope mixes them, and a designer is shown an
onsite role in Paris because the engineers may work from anywhere in Europe. The role
the profile matched is found as a list writes it (at a line's or an item's start), and
its own terms are its parenthesis, or what follows it up to the next role of the list,
or else the heading its list stands under ("Remote (US):", "## Lisbon (hybrid)", "Onsite
in SF"); terms a run of bare roles shares ("Engineer | Designer | Remote (EU)") are the
post's, and so are those of roles under a heading of no terms (a team, "Our stack:").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from warehouse.ranking._text import longest_first, lowered, phrases
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import ONLY_FOR_ROLES, RemoteScope, parse_remote
from warehouse.ranking.taxonomy import (
    PERSON_WORD,
    ROLE_WORD,
    Items,
    profile_role_forms,
    role_literal,
)

# an emoji or symbol a list uses for its bullets ("🔹 Data Engineer", "✅ Designer")
_SYMBOL = "\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f"
# a list item's start: bullets, numbering, a "ROLE:" label, "//", a pipe or a comma, or a
# dash after a colon or a parenthesis ("hiring for: - X (contract) - Y (full-time)")
_LABEL = r"\b(?:(?:role|position|opening)s?|hiring)\s*:"
_ITEM_START = re.compile(
    rf"(?:^|[|,;•·▪●{_SYMBOL}]|//|{_LABEL}|[:)][ \t]+[-–—])[\s\-*>]*$", re.IGNORECASE
)
# what `_ITEM_START` may hold past its opener's first character: spaces, marks, the dashes
# after a colon, a label's colon; its longest word ("positions") opens a match at most
# this far before them
_ITEM_MARKS = frozenset("-*>:)/–—")
_ITEM_WORD = 9
_LEAD_IN = re.compile(rf"[\s\-*•·▪●>/{_SYMBOL}]*(?:\d+[.)]\s*)?(?:{_LABEL}\s*)?", re.IGNORECASE)
_LEVELS = 3  # words before the role name within its item ("Senior Staff Lead Product Designer")
# its parenthesis, or a dash, colon or pipe before its terms ("Designer — Remote (EU)");
# a comma goes on to the next item of a list, not to terms
_AFTER = re.compile(r"[ \t]*(?:\(|[-–—:|][ \t]*)")
_TERMS_REACH = 80  # characters of a role's terms: a place and a mode, not a sentence
_SEPARATOR = re.compile(r"[|,;•]|\s[-–—]\s")
_LINE_REACH = 60  # characters of a line's start a listed role stands within
_LAST_WORD = re.compile(r"\w[\w+#.&'-]*[ \t]*(?:/[ \t]*)?$")  # "Principal / Lead", "Sr./Staff"
_IN_A_WORD = frozenset("_+#.&'-")  # `_LAST_WORD`'s word characters but `\w` (`str.isalnum`)
_PERSON_LOW = re.compile(PERSON_WORD.pattern)  # on lower-cased text: no case to fold


# a title that leads with its rank: "Head of Design", "Director of Product Design"
_HEAD_OF = re.compile(r"(?:head|director|vp|chief) of \w")


@lru_cache(maxsize=64)
def _role_nouns(
    roles: tuple[str, ...], aliases: Items, person: re.Pattern[str] = ROLE_WORD
) -> re.Pattern[str]:
    """The profile's roles under each form that names a person ("product designer",
    not "product design"), on lower-cased text: once per profile; none, no match."""
    forms = profile_role_forms(roles, aliases)
    names = {f for f in forms if person.fullmatch(f.split()[-1]) or _HEAD_OF.match(f)}
    found = phrases(f"{role_literal(n)}s?\\b" for n in longest_first(names))
    return re.compile(found or r"(?!)")


def role_scopes(text: str, roles: tuple[str, ...], profile: Profile) -> tuple[RemoteScope, ...]:
    """The scopes the matched roles' own terms state, when the post lists other roles
    too (one per distinct terms: "Data Engineer (Hybrid)", "Analytics Engineer
    (Remote)"), or else their sections, a role's per heading; none when no matched
    role has terms of its own."""
    low = lowered(text)
    scopes = [
        _scope_of(_own_terms(text, low, m, start, end))
        or _scope_of(_heading_terms(text, low, start))
        for m, start, end in _listed_roles(low, roles, profile)
    ]
    if not any(scopes):  # a role named in a bracket beside the others' place
        scopes = [_scope_of(terms) for terms in _bracket_terms(low, roles, profile)]
    if not any(scopes):  # a role per section: its section's place ("Data Engineer" over it)
        scopes = [_scope_of(section) for section in role_sections(text, roles, profile)]
    if not any(scopes):  # a role added in prose: "also hiring a Designer (remote, EU)"
        scopes = [_scope_of(terms) for terms in role_prose_terms(text, roles, profile)]
    return _distinct(scope for scope in scopes if scope is not None)


# a bracket that names a trade with its own way of working beside the post's place for
# the others: "SF Onsite (Designer Remote)", "NYC (remote for designers)"
_BRACKET = re.compile(r"\(([^()\n]{3,60})\)")


def _bracket_terms(low: str, roles: tuple[str, ...], profile: Profile) -> list[str]:
    """The terms of brackets that name the matched roles' trade by its head word alone
    ("designer" for a product designer), the trade's word blanked out; where one names
    another trade remote, its line without it, the office of the rest ("Seattle Onsite"
    for a designer beside "(Engineers Remote)")."""
    if not roles or "(" not in low:
        return []
    forms = profile_role_forms(roles, tuple(profile.aliases.items()))
    heads = {form.split()[-1] for form in forms if ROLE_WORD.fullmatch(form.split()[-1])}
    found = []
    for bracket in _BRACKET.finditer(low):
        named = ROLE_WORD.findall(bracket[1])
        if len(named) != 1:
            continue
        terms = ROLE_WORD.sub(" ", bracket[1])
        if named[0].removesuffix("s") in heads:
            found.append(terms)
        elif (scope := _scope_of(terms)) and scope.scope in ("anywhere", "region"):
            start, end = low.rfind("\n", 0, bracket.start()) + 1, _line_end(low, bracket.end())
            found.append(low[start : bracket.start()] + low[bracket.end() : end])
    return found


def role_headings(text: str, roles: tuple[str, ...], profile: Profile) -> tuple[str, ...]:
    """The headings the matched roles are listed under, where the post lists others
    ("Contract roles:" over "- Data Engineer", "Full-time:" over the rest)."""
    low = lowered(text)
    found = (_heading_terms(text, low, start) for _, start, _ in _listed_roles(low, roles, profile))
    return tuple(dict.fromkeys(heading for heading in found if heading))


def role_own_terms(text: str, roles: tuple[str, ...], profile: Profile) -> tuple[str, ...]:
    """The own terms of the matched roles, where the post lists others ("Lead Data
    Engineer (contract, remote EU)" beside "Senior Frontend Engineer (Remote US)")."""
    low = lowered(text)
    found = (
        _own_terms(text, low, m, start, end) for m, start, end in _listed_roles(low, roles, profile)
    )
    return tuple(dict.fromkeys(terms for terms in found if terms))


# the words of a role's noun phrase in prose before its name, after its article ("we need
# a freelance UX Designer and a part-time Data Engineer"): its own terms
_PHRASE_BEFORE = re.compile(r"(?:^|[\s(])(?:an?|one|two|three|our)[ \t]+((?:[\w-]+[ \t]+){1,3})$")
_WORDS_REACH = 40  # characters of an article and a few words before a role's name
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def role_prose_terms(text: str, roles: tuple[str, ...], profile: Profile) -> tuple[str, ...]:
    """The own terms of the matched roles a post names in prose beside others: the
    words before the name in its noun phrase ("a part-time Data Engineer"), and of a
    role it adds below its header ("We're also looking for a Data Scientist (part-time,
    20h/week)", "also hiring a Technical Writer on a 3-month contract"), its parenthesis
    or its sentence's rest up to the next role."""
    low = lowered(text)
    named = list(_role_nouns(roles, tuple(profile.aliases.items())).finditer(low))
    if not named or len(_PERSON_LOW.findall(low)) < 2:
        return ()
    found = []
    for m in named:
        if before := _PHRASE_BEFORE.search(low, max(0, m.start() - _WORDS_REACH), m.start()):
            found.append(text[before.start(1) : before.end(1)].strip())
        line = low.rfind("\n", 0, m.start()) + 1  # not the header's: the first line
        sentence = max(line, low.rfind(". ", 0, m.start()))
        if line > 0 and _ALSO_ADDS.search(low, sentence, m.start()):
            found.append(_rest_of_sentence(text, low, m.end()))
    return tuple(dict.fromkeys(terms for terms in found if terms))


def _rest_of_sentence(text: str, low: str, at: int) -> str:
    """A role's parenthesis right after it, or its sentence's rest up to the next role."""
    if (after := _AFTER.match(low, at)) and low[after.end() - 1] == "(":
        close = low.find(")", after.end(), _line_end(low, at))
        if close > 0:
            return text[after.end() : close]
    end = stop.start() if (stop := _SENTENCE_END.search(low, at)) else len(low)
    if nxt := _PERSON_LOW.search(low, at, end):
        end = nxt.start()
    return text[at:end]


def _listed_roles(
    low: str, roles: tuple[str, ...], profile: Profile
) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matched roles where a list names them beside others, with their line's
    start and end."""
    for m in _role_nouns(roles, tuple(profile.aliases.items())).finditer(low):
        start, end = low.rfind("\n", 0, m.start()) + 1, _line_end(low, m.end())
        if _listed(low, start, m.start()) and _others_listed(low, start, end):
            yield m, start, end


def skill_scopes(text: str, spans: Iterable[tuple[int, int]]) -> tuple[RemoteScope, ...]:
    """The scopes the items naming the profile's skills (spans in `text`) state, for a
    post whose roles name none of the profile's: an item's own terms ("ROLE: Full Stack
    TypeScript Engineer | REMOTE (Central/Eastern Europe)") or its heading's ("Atlanta
    (one day a week in office):" over "* Senior Software Engineer, Web - React"); none
    unless every such item states some."""
    low = lowered(text)
    scopes = []
    for start, role in _skill_items(low, spans) or ():
        end = _line_end(low, start)
        own = _own_terms(text, low, role, start, end) if role else None
        scope = _scope_of(own) or _scope_of(_heading_terms(text, low, start))
        if scope is None:
            return ()
        scopes.append(scope)
    return _distinct(scopes)


def skill_headings(text: str, spans: Iterable[tuple[int, int]]) -> tuple[str, ...]:
    """The headings the items naming the profile's skills stand under ("Contract
    roles:" over "- Software Engineer - Swift"), as `role_headings` for a post whose
    roles name none of the profile's; none unless only such items name them."""
    low = lowered(text)
    found = (_heading_terms(text, low, start) for start, _ in _skill_items(low, spans) or ())
    return tuple(dict.fromkeys(heading for heading in found if heading))


def _skill_items(
    low: str, spans: Iterable[tuple[int, int]], *, named_only: bool = False
) -> list[tuple[int, re.Match[str] | None]] | None:
    """The line starts of the list items that name the skills, with the role each
    item names; None if a mention stands elsewhere (one in prose is the post's). Items
    whose role's name holds a skill ("- Senior React Native/TypeScript Engineer") are
    the profile's before those whose stack names one ("- Backend Engineer (Kotlin)");
    a line that lists the openings ("openings for: PM, Designers, Full Stack
    Typescript Engineers") names the roles the items do, and no stack of the post's.
    `named_only`: none but the items whose role's name holds a skill."""
    items: dict[int, re.Match[str] | None] = {}
    named: set[int] = set()
    for at, _ in spans:
        start = low.rfind("\n", 0, at) + 1
        end = _line_end(low, at)
        line = low[start:end].strip()
        if _an_item(line):
            role = items.setdefault(start, ROLE_WORD.search(low, start, end))
            if role and at < role.start():
                named.add(start)
        elif not _names_an_opening(low, at, start, end):
            return None
    if named_only and not named:
        return None
    return [(start, role) for start, role in items.items() if not named or start in named] or None


def _names_an_opening(low: str, at: int, line_start: int, line_end: int) -> bool:
    """Whether a skill at `at` is in the name of a role its line lists beside others
    ("Go Engineers, Full Stack TypeScript Engineers"), not in a sentence of the stack."""
    role = ROLE_WORD.search(low, at, line_end)
    if role is None or len(ROLE_WORD.findall(low, line_start, line_end)) < 2:
        return False
    between = low[at : role.start()]
    return len(between.split()) <= _LEVELS + 1 and not any(c in between for c in ",;|:.(")


def _distinct(scopes: Iterable[RemoteScope]) -> tuple[RemoteScope, ...]:
    """One scope per distinct terms: the same place, regions and exclusions once."""
    found: dict[tuple[object, ...], RemoteScope] = {}
    for scope in scopes:
        found.setdefault((scope.scope, scope.regions, scope.excluded), scope)
    return tuple(found.values())


def _scope_of(terms: str | None) -> RemoteScope | None:
    scope = parse_remote(None, terms, None) if terms else None
    return scope if scope is not None and scope.scope is not None else None


# a heading of terms over a list of roles: a place and a mode, not a sentence
# ("Atlanta, US (semi-onsite, requiring 1 day per week in office):")
_HEADING_REACH = 80
# a bullet or a number, not a rule ("---") nor bold ("**Remote (EU)**")
_ITEM_MARK = re.compile(rf"[-*•·▪●>](?![-*=_~])|\d+[.)]\s|[{_SYMBOL}]+\s")
_RULE = "-–—=*_~ "


def _an_item(line: str) -> bool:
    """Whether a (stripped, lower-cased) line is an item of a list: a bullet's, a
    number's, or one that starts with a role and is no heading of its own (a colon's)."""
    if not line:
        return False
    if _ITEM_MARK.match(line):
        return True
    lead = _LEAD_IN.match(line)
    begin = lead.end() if lead else 0
    role = ROLE_WORD.search(line, begin, begin + _LINE_REACH)
    # the role leads the line, behind its words of level ("Senior Staff Frontend Engineer")
    led = role is not None and len(line[begin : role.start()].split()) <= _LEVELS
    return led and not line.endswith(":")


def _mark(line: str) -> str | None:
    """A (stripped) line's item mark: its bullet ("-", "🔹"), "1" for any number, or None."""
    found = _ITEM_MARK.match(line)
    if found is None:
        return None
    return "1" if line[0].isdigit() else found.group().strip()


def _same_list(line: str, mark: str | None) -> bool:
    """Whether a (stripped) line is an item of a list of that mark ("📍 Remote (EU)" is
    no item of a list of dashes), or of bare roles."""
    return _mark(line) == mark if mark else _an_item(line)


def _heading_terms(text: str, low: str, line_start: int) -> str | None:
    """The heading a listed line stands under, as written: the first line up that is
    neither blank nor another item of its list; none past a rule ("---"), the post's
    header (its first line, a row of cells) or a line of prose."""
    mark = _mark(low[line_start : _line_end(low, line_start)].strip())
    end = line_start - 1
    while end > 0:
        start = low.rfind("\n", 0, end) + 1
        line = low[start:end].strip()
        if line and not _same_list(line, mark):
            heading = line.strip(_RULE + "#:")
            prose = line.endswith((".", "!", "?")) or len(line) > _HEADING_REACH
            if start == 0 or "|" in line or prose or not heading:
                return None
            at = low.index(heading, start)
            return text[at : at + len(heading)]
        end = start - 1
    return None


def within(own: RemoteScope, post: RemoteScope) -> RemoteScope:
    """A role's terms against the post's: a bare "Remote" under a header's region is
    remote there, and a mode with no place keeps the post's places."""
    if own.regions or post.scope is None:
        return own
    if own.scope == "anywhere" and post.scope == "region":
        return post
    if own.scope == "anywhere":
        return own
    return RemoteScope(own.scope, post.regions, own.basis, own.raw)


def for_the_role(scope: RemoteScope, roles: tuple[str, ...], profile: Profile) -> RemoteScope:
    """The post's scope for the matched roles where it opens places to some roles only
    and names them ("REMOTE (in USA, also in Europe but only for the sales
    positions)"): no longer in doubt, those places are the matched roles' when the
    words name them ("only for the design roles") and not when they name others (a
    designer may not work from Europe there); else the scope as it is."""
    if not scope.for_some_roles or not roles or not scope.raw:
        return scope
    named = ONLY_FOR_ROLES.search(scope.raw)
    if named is None:
        return scope
    words = set(re.findall(r"\w+", named.group().lower()))
    forms = profile_role_forms(roles, tuple(profile.aliases.items()))
    if words & {word for form in forms for word in form.split()}:
        return replace(scope, for_some_roles=())
    kept = tuple(r for r in scope.regions if r not in scope.for_some_roles)
    return replace(scope, regions=kept, for_some_roles=()) if kept else scope


def _line_end(low: str, at: int) -> int:
    end = low.find("\n", at)
    return len(low) if end < 0 else end


def _listed(low: str, line_start: int, at: int) -> bool:
    """Whether a role stands where a list writes one: at its line's start or its item's
    (after a pipe, a comma, a "Roles:"), behind a few words of level or specialty."""
    head = low[line_start:at]
    for _ in range(_LEVELS + 1):
        if _LEAD_IN.fullmatch(head) or _opens_an_item(head):
            return True
        head = _without_last_word(head)
    return False


def _opens_an_item(head: str) -> bool:
    """Whether `_ITEM_START` finds an item's start ending `head`: searched from just
    before the spaces and marks that end it, where every match starts, not from each
    place of a long line's head."""
    at = len(head)
    while at and ((c := head[at - 1]).isspace() or c in _ITEM_MARKS):
        at -= 1
    return bool(_ITEM_START.search(head, max(0, at - _ITEM_WORD)))


def _without_last_word(head: str) -> str:
    """`_LAST_WORD.sub("", head)`, read back from the end: the pattern, tried at every
    place of a long line's head, cost 2% of reading a posting."""
    if head.endswith("\n"):  # `$` also stands before a last newline
        return _LAST_WORD.sub("", head)
    at = len(head.rstrip(" \t"))
    if at and head[at - 1] == "/":
        at = len(head[: at - 1].rstrip(" \t"))
    start = None  # the run's first `\w`: where the leftmost match starts
    while at and ((c := head[at - 1]).isalnum() or c in _IN_A_WORD):
        at -= 1
        if c.isalnum() or c == "_":
            start = at
    return head if start is None else head[:start]


def _others_listed(
    low: str, line_start: int, line_end: int, person: re.Pattern[str] = ROLE_WORD
) -> bool:
    """Whether the post lists another role: in the same line, or at another line's start
    (not the same line again: a text that repeats its title lists no second role)."""
    line = low[line_start:line_end]
    if sum(1 for _ in person.finditer(line)) > 1:
        return True
    for other in low.split("\n"):
        if other.strip() == line.strip():
            continue
        lead = _LEAD_IN.match(other)
        begin = lead.end() if lead else 0
        if person.search(other, begin, begin + _LINE_REACH):
            return True
    return False


def _after_a_bare_role(low: str, line_start: int, at: int) -> bool:
    """Whether a role follows another of its line with no terms between them ("Backend
    Engineer | Product Designer | Remote (EU)"): the terms after are both's. A rank
    that leads the role's own name ("Lead DevOps Engineer") is no other role."""
    heads = [head.end() for head in ROLE_WORD.finditer(low, line_start, at)]
    if not heads:
        return False
    between = low[heads[-1] : at]
    if not _SEPARATOR.search(between):  # its own rank ("Lead Platform Engineer"): one role
        return False
    return "(" not in between and parse_remote(None, between, None).scope is None


def _own_terms(text: str, low: str, m: re.Match[str], line_start: int, line_end: int) -> str | None:
    """A role's parenthesis, or what follows it up to the next role of its list (a
    bare role before the next shares the terms after both, the post's)."""
    span = _terms_span(low, m, line_start, line_end)
    return text[span[0] : span[1]].strip() if span else None


def _terms_span(
    low: str, m: re.Match[str], line_start: int, line_end: int
) -> tuple[int, int] | None:
    """Where `_own_terms` stand: (start, end) in the text."""
    after = _AFTER.match(low, m.end(), line_end)
    if after is None:
        return _next_line_terms(low, m, line_start, line_end)
    if low[after.end() - 1] == "(":
        close = low.find(")", after.end(), line_end)
        return (after.end(), close) if close > 0 else None
    if _after_a_bare_role(low, line_start, m.start()):
        return None
    rest_end = line_end
    if nxt := ROLE_WORD.search(low, after.end(), line_end):
        cuts = list(_SEPARATOR.finditer(low, after.end(), nxt.start()))
        rest_end = cuts[-1].start() if cuts else after.end()
    size = len(low[after.end() : rest_end].strip())
    return (after.end(), rest_end) if 0 < size <= _TERMS_REACH else None


# an item that is its role's name alone: numbered ("2) Frontend Engineer"), bulleted
# ("- Product Designer", "• Senior iOS Engineer") or bold ("**Data Engineer**")
_NAME_ITEM = re.compile(rf"[ \t]*(?:\d+[.)][ \t]|[-*•·▪●>{_SYMBOL}]+[ \t]|\*\*|__)")


def _next_line_terms(
    low: str, m: re.Match[str], line_start: int, line_end: int
) -> tuple[int, int] | None:
    """The terms a list writes on the line under a role's name ("1. Senior Data Engineer"
    or "- Senior Data Engineer" over "Remote (EU), contract, 6 months"): the next line
    that is not blank, when it is short, no item, no heading (a colon's) and names no
    role."""
    if low[m.end() : line_end].strip(" \t*_") or not _NAME_ITEM.match(low, line_start):
        return None
    start = line_end + 1
    while start < len(low) and low[start] == "\n":
        start += 1
    end = _line_end(low, start)
    line = low[start:end].strip()
    if not line or len(line) > _TERMS_REACH or line.endswith((":", ".")) or _an_item(line):
        return None
    if ROLE_WORD.search(line) or _ITEM_MARK.match(line):
        return None
    mark = _mark(low[line_start:line_end].strip())
    if mark not in (None, "1") and _bare_items(low, line_start, end, mark):
        return None  # a heading over the next items ("- Designer", "Onsite in SF", "- ...")
    return start, end


def _next_line(low: str, at: int) -> str:
    """The first line after the one `at` stands in that is not blank, stripped."""
    start = _line_end(low, at) + 1
    while start < len(low) and not low[start : _line_end(low, start)].strip():
        start = _line_end(low, start) + 1
    return low[start : _line_end(low, start)].strip()


def _bare_items(low: str, item_start: int, terms_end: int, mark: str) -> bool:
    """Whether a list of bullets writes none of its roles' terms under them: an item
    stands right under another, above the role's or under the next: a list writes
    terms under each of its items or under none."""
    above_end = len(low[:item_start].rstrip())
    above = low[low.rfind("\n", 0, above_end) + 1 : above_end].strip()
    below = _next_line(low, terms_end)
    below_start = low.find(below, terms_end) if below else -1
    after = _next_line(low, below_start) if below_start >= 0 else ""
    return _mark(above) == mark or (_mark(below) == mark and _mark(after) == mark)


def _numbered_role_above(low: str, line_start: int) -> int | None:
    """Where the role ends whose terms a line is, written under its numbered item
    ("2) Frontend Engineer" over "Onsite in SF, $170-200k"); None if it is none's."""
    above_end = len(low[:line_start].rstrip("\n"))
    above_start = low.rfind("\n", 0, above_end) + 1
    roles = list(_PERSON_LOW.finditer(low, above_start, above_end))
    if not roles:
        return None
    span = _next_line_terms(low, roles[-1], above_start, above_end)
    return roles[-1].end() if span and span[0] == line_start else None


def others_terms(
    text: str, roles: tuple[str, ...], profile: Profile, near: Collection[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where a post that lists the matched roles states the own terms of the other
    roles it lists ("Support Engineer (fluent German)" beside a matched "Backend
    Engineer", "Sales Representative – fluent French required"): what they ask binds
    their role only. (start, end) spans in `text`, sought in the lines of the spans
    `near` only; none when no matched role is listed, nor in a heading over roles
    ("Senior engineers: $180-220k") or a header of cells naming one role, whose terms
    are the post's ("Acme | QA Engineer | Full-Time | $40k-$100k")."""
    low = lowered(text)
    mine = []
    for m in _role_nouns(roles, tuple(profile.aliases.items()), PERSON_WORD).finditer(low):
        start, end = low.rfind("\n", 0, m.start()) + 1, _line_end(low, m.end())
        if _listed(low, start, m.start()) and _others_listed(low, start, end, PERSON_WORD):
            mine.append(m.span())
    if not mine:
        return []
    lines = {(low.rfind("\n", 0, at) + 1, _line_end(low, at)) for at, _ in near}
    spans = []
    for start, end in sorted(lines):
        found = []
        for other in _PERSON_LOW.finditer(low, start, end):
            if any(a <= other.start() < b for a, b in mine):
                continue
            if _listed(low, start, other.start()) and (span := _terms_span(low, other, start, end)):
                found.append(span)
        # a heading's terms are those of the roles under it; a one-role header's the post's
        if found and not (_group_heading(low, start, end) or _one_role_header(low, start, end)):
            spans.extend(found)
    return spans


def _one_role_header(low: str, start: int, end: int) -> bool:
    """Whether a line is a header of cells naming one role ("Acme | QA Engineer |
    Full-Time | $40k-$100k"): the terms after it are the post's."""
    return low.count("|", start, end) > 1 and len(_PERSON_LOW.findall(low, start, end)) == 1


def _group_heading(low: str, start: int, end: int) -> bool:
    """Whether a line heads the roles listed under it, a group's ("Senior engineers:
    $180-220k") or terms' ("Contract roles:"), rather than naming a role of its own."""
    if _ITEM_MARK.match(low, start) or not _listed_under(low, start):
        return False
    named = _PERSON_LOW.findall(low, start, end)
    return low[start:end].rstrip().endswith(":") or all(n.endswith("s") for n in named)


# an amount's role named after it: "$150k-$180k for the Senior Data Engineer"
_FOR_ROLE = re.compile(r"[ \t]*(?:for|für|pour|para)[ \t]+(?:(?:the|a|an|our)[ \t]+)?")
_FOR_REACH = 40  # characters of the role's name after "for"
# a role right before its pay names it, listed or not: "Pay bands: Data Engineer $130k"
_NAMES_PAY = re.compile(r"[ \t]*[:=(–—-]?[ \t]*")


def role_pay(
    text: str, amounts: Sequence[tuple[int, int]], roles: tuple[str, ...], profile: Profile
) -> list[bool] | None:
    """Which amounts (spans in `text`) pay the matched roles, where a post states pay per
    role ("- Data Analyst: $80k-$110k" and "- Staff Engineer: $200k-$250k"): an amount's
    roles are the one named right before it or listed before it on its line, one named
    after it ("for the Data Analyst"), or those listed under it ("Senior engineers:
    $180-220k" over "- Senior Frontend Engineer"); None where fewer than two are paid
    apart or none of them is the matched."""
    low = lowered(text)
    nouns = _role_nouns(roles, tuple(profile.aliases.items()), PERSON_WORD)
    return _pay_of(low, amounts, {m.end() for m in nouns.finditer(low)})


def skill_pay(
    text: str, amounts: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int]]
) -> list[bool] | None:
    """Which amounts pay the roles whose names hold the profile's skills, as `role_pay`
    for a post whose roles name none of the profile's ("Remote (US), $140-170k:" over
    "- Full Stack TypeScript Engineer"); None unless only such items name them. A skill
    in a role's stack ("Technical Product Manager ($150-225k): SQL") pays no one."""
    low = lowered(text)
    items = _skill_items(low, spans, named_only=True) or ()
    mine = {role.end() for _, role in items if role}
    return _pay_of(low, amounts, mine) if mine else None


def _pay_of(low: str, amounts: Sequence[tuple[int, int]], mine: set[int]) -> list[bool] | None:
    """Which amounts pay a role whose name ends at one of `mine`; None where fewer than
    two are paid apart or none of them is."""
    owners = [_paid_roles(low, start, end) for start, end in amounts]
    if len({owner for owner in owners if owner}) < 2:
        return None
    kept = [not mine.isdisjoint(owner) for owner in owners]
    return kept if any(kept) else None


def _paid_roles(low: str, start: int, end: int) -> tuple[int, ...]:
    """Where the names of the roles an amount pays end: one named after it; those listed
    under its line, a heading of a group or of terms ("Designers: $130-150k",
    "Contract (remote, EU), €600-750/day:"); else the last listed before it on its line,
    or the role of the heading it stands under."""
    if (after := _FOR_ROLE.match(low, end)) and (
        named := _PERSON_LOW.search(low, after.end(), after.end() + _FOR_REACH)
    ):
        between = low[after.end() : named.start()]
        if len(between.split()) <= _LEVELS and not any(c in between for c in ",;|\n"):
            return (named.end(),)
    line_start = low.rfind("\n", 0, start) + 1
    if (named_above := _numbered_role_above(low, line_start)) is not None:
        return (named_above,)
    before = list(_PERSON_LOW.finditer(low, line_start, start))
    # a heading of a group ("Senior engineers: $180-220k", "Product: £70-90k" over its
    # bullets) or of terms ("Contract, €600/day:"), not a role's pay line over the next role
    if not _ITEM_MARK.match(low, line_start) and (under := _listed_under(low, end)):
        ends, bullets = under
        if bullets or (
            before[-1].group().endswith("s")
            if before
            else low[line_start : _line_end(low, end)].rstrip().endswith(":")
        ):
            return ends
    if before and (
        _NAMES_PAY.fullmatch(low, before[-1].end(), start)
        or _listed(low, line_start, before[-1].start())
    ):
        return (before[-1].end(),)
    if before:
        return ()
    if team := _team_row(low, line_start, start):
        return team
    return (heading,) if (heading := _heading_above(low, line_start)) is not None else ()


# a table's row named by its team, not a person ("Backend  Go, Postgres  €650/day",
# "Data: $95-115/hr"): its first word, in a short line that is no sentence
_TEAM_CELL = re.compile(r"[ \t]*(?:[-*•][ \t]+)?([a-z][\w+#-]*)[ \t]*:?[ \t]")
_ROW_REACH = 80


def _team_row(low: str, line_start: int, start: int) -> tuple[int, ...]:
    """Where the names of the roles end that a row named by its team pays: those the
    post names with the team's word right before their person word ("Backend" for a
    "Backend Engineer" in the header); none if the row's first word is no such word."""
    line = low[line_start : _line_end(low, start)].rstrip()
    if len(line) > _ROW_REACH or line.endswith((".", "!", "?")):
        return ()
    cell = _TEAM_CELL.match(low, line_start, start)
    if cell is None or _SENTENCE_WORD.fullmatch(cell[1]):  # "the", "for": no team
        return ()
    named = re.compile(rf"(?<![\w-]){re.escape(cell[1])}[ \t]+$")
    return tuple(
        m.end()
        for m in _PERSON_LOW.finditer(low)
        if named.search(low, max(0, m.start() - _ROW_REACH), m.start())
    )


def _listed_under(low: str, at: int) -> tuple[tuple[int, ...], bool] | None:
    """The ends of the roles listed right under the line `at` stands in (its items up
    to the first line that is none), and whether they are bullets; None if none."""
    ends: list[int] = []
    first: str | None = None  # the list's form: its first item's
    start = _line_end(low, at) + 1
    while start < len(low):
        end = _line_end(low, start)
        if line := low[start:end].strip():
            if first is None:
                first = line
            mark = _mark(first)
            if not _same_list(line, mark):
                break
            role = _PERSON_LOW.search(low, start, end)
            lead = _LEAD_IN.match(low, start)
            if role and len(low[lead.end() if lead else start : role.start()].split()) <= _LEVELS:
                ends.append(role.end())  # a role the item leads with, not "- Reports to a Lead"
        start = end + 1
    return (tuple(ends), _mark(first or "") is not None) if ends else None


# a role's heading and the lines of its terms under it ("Data Engineer\nRemote, US\n
# Compensation: $140,000 - $160,000"): a line that is a role's name and nothing more,
# up to the section's start (a "#" heading of another name, a rule)
_HEADING_MARKS = " \t#*_-•>"
_HEADING_WORDS = 6
# a duty in a list names a person in a sentence, not a role's name ("- Work with analysts",
# "- Mentor a junior developer")
_SENTENCE_WORD = re.compile(r"\b(?:with|and|to|for|of|a|an|the|our|your|their|in|on|as)\b")


def _heading_above(low: str, line_start: int) -> int | None:
    """Where the role a heading above an amount's line names ends, if one stands over
    its section ("## Frontend Engineer" over "- Salary: €80k–€95k")."""
    end = line_start - 1
    while end > 0:
        start = low.rfind("\n", 0, end) + 1
        line = low[start:end].rstrip(_HEADING_MARKS)
        if (named := _role_heading(line)) is not None:
            return start + named
        if line.lstrip().startswith("#") or (line.strip() and not line.strip(_RULE)):
            return None
        end = start - 1
    return None


def _role_heading(line: str) -> int | None:
    """Where the role ends in a line (its marks stripped at its end) that is a role's
    name and nothing more ("## Frontend Engineer", "Data Engineer"); None if none."""
    if len(line.split()) > _HEADING_WORDS or _SENTENCE_WORD.search(line):
        return None
    named = [*_PERSON_LOW.finditer(line)]
    return named[-1].end() if named and named[-1].end() == len(line) else None


def _a_role_heading(low: str, at: int) -> bool:
    """Whether the line `at` stands in is a role's name alone, and not the post's first."""
    start = low.rfind("\n", 0, at) + 1
    line = low[start : _line_end(low, at)].rstrip(_HEADING_MARKS)
    return start > 0 and _role_heading(line) is not None


def role_sections(text: str, roles: tuple[str, ...], profile: Profile) -> tuple[str, ...]:
    """The sections under headings naming the matched roles, where a post writes a
    role per section ("Data Engineer" over its paragraph, "Frontend Engineer" over
    another): each up to the next role's heading; none unless two roles head sections."""
    low = lowered(text)
    nouns = _role_nouns(roles, tuple(profile.aliases.items()), PERSON_WORD)
    if not any(_a_role_heading(low, m.start()) for m in nouns.finditer(low)):
        return ()  # no matched role heads a line: no line is tried
    heads = [line for line in re.finditer(r"[^\n]+", low) if _a_role_heading(low, line.start())]
    if len(heads) < 2:
        return ()
    ends = [head.start() for head in heads[1:]] + [len(low)]
    return tuple(
        text[head.end() : end].strip()
        for head, end in zip(heads, ends, strict=True)
        if nouns.search(head.group())
    )


# a role a post adds below its header ("Also hiring: Product Designer", "We're also
# looking for a Technical Writer", "We also need a Security Engineer", "Additionally
# hiring: ...", "Also open: ...", "Plus: a contract Technical Writer"): the header's pay
# is its own role's
_ALSO_ADDS = re.compile(
    r"\b(?:also|additionally)[ \t]+(?:hiring|looking[ \t]+for|seeking|recruiting|needs?|open)\b"
    r"|\bplus[ \t]*:"
)


def added_below_header(text: str, roles: tuple[str, ...], profile: Profile) -> bool:
    """Whether the matched roles are named only after an "also hiring" below the post's
    first line, its header, which names the role it pays ("Mossgrove | Staff Platform
    Engineer | CAD 180k-210k" over "Also hiring: Product Designer (contract)")."""
    low = lowered(text)
    header_end = low.find("\n")
    also = _ALSO_ADDS.search(low, header_end) if header_end >= 0 else None
    if also is None or not _PERSON_LOW.search(low, 0, header_end):
        return False
    named = [m.start() for m in _role_nouns(roles, tuple(profile.aliases.items())).finditer(low)]
    return bool(named) and min(named) > also.start()
