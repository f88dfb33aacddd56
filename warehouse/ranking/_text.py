"""Fast phrase matching every reader of a posting shares.

Python's `re` is slow on case-insensitive alternations; these helpers match on the
lower-cased text, with alternations grouped by first character, which keeps reading a
posting to a few single passes (about five times faster).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import cache, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]  # `re`'s parser: no stubs
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation

from extractors._pattern_cache import remembered

_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
WORD_START = r"(?<!\w\w)"  # after a first word character: none stands before it
WORD_END = r"(?!(?<=\w)\w)"  # a phrase ending in a word character ends a word
# a word ends in Devanagari and Bengali too, whose vowel signs `\w` does not match
# (the dandas U+0964-5 are punctuation)
SCRIPT_WORD_END = r"(?![\w\u0900-\u0963\u0966-\u09ff])"
# Japanese and Chinese write no spaces: a word there starts and ends anywhere (kana, CJK
# ideographs, half-width katakana), and a Latin or Cyrillic word beside them ends there;
# but a run of katakana is one word, a loanword ("オンライン" holds no "ライン"). Korean
# spaces its phrases but joins their nouns and particles ("풀재택으로", "IT프리랜서",
# "원격근무가능"): Hangul syllables and jamo are read the same way, and Thai, which spaces
# neither words nor phrases ("ทำงานที่บ้านได้", "สัญญาจ้าง 1 ปี")
_CJK_RANGES = ((0x0E00, 0x0E7F), (0x3040, 0x30FF), (0x3130, 0x318F), (0x3400, 0x4DBF),
               (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFF66, 0xFF9F))  # fmt: skip
CJK = "".join(f"{chr(first)}-{chr(last)}" for first, last in _CJK_RANGES)  # a class's ranges
KATAKANA = "\u30a1-\u30fa\u30fc\uff66-\uff9f"
_CJK = frozenset(chr(c) for first, last in _CJK_RANGES for c in range(first, last + 1))
_A_CJK = re.compile(f"[{CJK}]")
# the scripts of the ranges above that space no words (Thai, kana, Chinese ideographs;
# Korean spaces its words): a word there is counted by its characters, as a Thai word
# runs about four code points (its vowels and tone marks are code points) and a Chinese
# or Japanese one about two ("后端开发工程师" is three)
_THAI = re.compile("[\u0e00-\u0e7f]")
_HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_CHARS_PER_WORD = ((_THAI, 4), (_HAN_KANA, 2))
_SCRIPT_WORD = r"[\w\u0900-\u0963\u0966-\u09ff]"
# a word ends after a CJK character but katakana, or where no letter but CJK follows and
# no katakana follows katakana
JOINED_WORD_END = (
    rf"(?:(?<=[{CJK}])(?<![{KATAKANA}])"
    rf"|(?!{_SCRIPT_WORD}(?<![{CJK}]))(?!(?<=[{KATAKANA}])[{KATAKANA}]))"
)
# its twin at a word's start
JOINED_WORD_START = (
    rf"(?:(?=[{CJK}])(?![{KATAKANA}])"
    rf"|(?<!{_SCRIPT_WORD}(?<=[^{CJK}]))(?!(?<=[{KATAKANA}])[{KATAKANA}]))"
)
# what a phrase of a `joined` table follows: a separator, or a character beside which a
# CJK word starts
_JOINED_LEAD = (
    rf"(?:{{separator}}|.(?=[{CJK}](?<![{KATAKANA}]))|[^{KATAKANA}\n](?=[{KATAKANA}])"
    rf"|[{CJK}](?![{KATAKANA}]))"
)
# CJK text has no spaces: a phrase there follows its full-width punctuation ("。正社員")
_PHRASE_LEADS = " \t\n\r\u00a0\u202f()[]{}<>/|\\,.:;!?*'\"`-–—“”‘’«»¿¡।#@&+=~"
_PHRASE_LEADS += "。、，：；（）【】「」・｜／"
_SEPARATOR = "[" + re.escape(_PHRASE_LEADS) + "]"
_LEADS = frozenset(_PHRASE_LEADS)
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())  # `\s`: none beyond
DIGITS = frozenset(c for c in map(chr, range(0x20000)) if c.isdecimal())  # `\d`: none beyond
_MOST_HEADS = 1024  # strings a phrase may start with, at most: beyond, its shorter heads


@lru_cache(maxsize=64)
def _holds_cjk(low: str) -> bool:
    """Whether a text may hold a CJK word: asked by every table with CJK phrases of the
    same posting, so answered once (an ASCII text at once; else one scan in C, 20 µs
    on 4 KB)."""
    return not low.isascii() and _A_CJK.search(low) is not None


# Arabic-Indic digits ("٥٠٠ دولار", Egypt's and the Gulf's) and the Persian and Urdu
# ones, with the Arabic thousands and decimal marks ("٢٥٬٠٠٠", "٢٫٥"): Western digits
# and marks one for one, so offsets hold and the readers' amounts, lengths and sums
# read them as they read "25,000"
_EASTERN_DIGITS = str.maketrans(
    {**{0x660 + n: str(n) for n in range(10)}, **{0x6F0 + n: str(n) for n in range(10)},
     0x66C: ",", 0x66B: "."}
)  # fmt: skip
_AN_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u066b\u066c\u06f0-\u06f9]")


def western_digits(text: str) -> str:
    """The text with Arabic-Indic digits and marks written as Western ones, the same
    length (an ASCII text, most, is returned at once)."""
    if text.isascii() or not _AN_EASTERN_DIGIT.search(text):
        return text
    return text.translate(_EASTERN_DIGITS)


@lru_cache(maxsize=64)
def lowered(text: str) -> str:
    """Lower case with every offset kept, so a match in it slices the original text
    ("İ" is the one character whose lower case is two characters long); cached, as
    every reader lowers the same posting."""
    return text.replace("İ", "I").lower()


# what `re` ignoring case reads as "i" and "s" and lower case keeps as it is
_ALSO_I_AND_S = ("ı", "ſ")


def word_count(text: str, at_most: int) -> int:
    """The words of a text, up to `at_most` and one more for the rest: spaces part them,
    and in Thai, Chinese and Japanese, which write none, their characters count them
    (`_CHARS_PER_WORD`), so a full Thai paragraph is not "8 words"."""
    if text.isascii():
        return len(text.split(maxsplit=at_most))
    count = 0
    for script, per_word in _CHARS_PER_WORD:
        text, characters = script.subn(" ", text)
        count += characters // per_word
    return min(at_most + 1, count + len(text.split(maxsplit=at_most)))


# a space inside a sum, before its thousands ("5 000 рублей", "2\u202f500 грн"): a space,
# a no-break or a narrow no-break one; a dot or an apostrophe ("5.000", "1'000") parts none
_THOUSANDS_APART = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")


def words(text: str) -> list[str]:
    """The words of `text`, parted by spaces, a sum whose thousands stand apart one word
    ("5000"): the words read around a sum are as many however it groups its digits."""
    return _THOUSANDS_APART.sub("", text).split()


def may_hold(low: str, words: Iterable[str]) -> bool:
    """Whether a `lowered` text may hold a case-ignoring match of a pattern each match of
    which holds one of `words` (lower-case ASCII): a substring test per word, far
    cheaper than scanning for a pattern most texts do not hold. A text holding "ı" or
    "ſ" may hold any, as `re` ignoring case reads them as "i" and "s"."""
    return any(word in low for word in words) or any(c in low for c in _ALSO_I_AND_S)


def clause_before(breaks: re.Pattern[str], text: str, at: int, reach: int | None = None) -> str:
    """The words of `text` before `at` since the last match of `breaks` (a sentence's or a
    clause's end), `reach` characters at most (no reach: from the start). The text is cut
    at the reach first, so a word cut there starts a word for the pattern."""
    return breaks.split(text[max(0, at - reach) if reach is not None else 0 : at])[-1]


def clause_after(breaks: re.Pattern[str], text: str, at: int, reach: int | None = None) -> str:
    """The words of `text` from `at` up to the first match of `breaks`, `reach` characters
    at most (no reach: to the end); the pattern sees the words before `at`."""
    end = len(text) if reach is None else min(len(text), at + reach)
    found = breaks.search(text, at, end)
    return text[at : found.start() if found else end]


def sentence_around(
    breaks: re.Pattern[str], text: str, start: int, end: int, reach: int | None = None
) -> str:
    """The sentence (or clause, or cell: what `breaks` ends) that `text[start:end]` stands
    in, read `reach` characters at most on each side."""
    before = clause_before(breaks, text, start, reach)
    return text[start - len(before) : end + len(clause_after(breaks, text, end, reach))]


_CELL_OPENS = re.compile(r"(?:^|\|)[ \t*_]*$")
_LINE_OPENS_A_CELL = re.compile(r"[ \t]*\|")


def opens_a_header_cell(text: str, at: int) -> bool:
    """Whether `at` starts a cell of the header (a posting's first line, cut by "|", and
    a second line that opens with "|", where a long header broke): what a header's cell
    states ("| $8k contract |") is the job's own, where prose ("landed an $800K
    contract") as often speaks of the company's business."""
    first = text.find("\n", 0, at)
    if first < 0:
        return bool(_CELL_OPENS.search(text, 0, at))
    broken = text.find("\n", first + 1, at) < 0 and _LINE_OPENS_A_CELL.match(text, first + 1)
    return bool(broken and _CELL_OPENS.search(text, first + 1, at))


def spaced(phrase: str) -> str:
    """Runs of spaces and hyphens as one space: how the phrase tables are keyed."""
    return _SPACES_OR_HYPHENS.sub(" ", phrase)


def literal(phrase: str) -> str:
    """A phrase as a pattern; a space matches any run of spaces or hyphens."""
    return re.escape(phrase).replace(r"\ ", r"[\s-]+")


def longest_first(alternatives: Iterable[str]) -> list[str]:
    """Longest first, so an alternation tries "backend engineer" before "backend"; ties
    by text, so a pattern built from a set is the same in every process (and its
    compiled form found in `extractors._pattern_cache`)."""
    return sorted(alternatives, key=lambda alternative: (-len(alternative), alternative))


def phrases(alternatives: Iterable[str], *, word_start: bool = True) -> str:
    """An alternation of lower-case phrases that Python's engine scans fast.

    Case-insensitive alternations defeat `re`'s first-character skipping; on
    lower-cased text, grouped by first character, the same phrases scan about five
    times faster (and a long alternation even without IGNORECASE: `re` tries its
    branches one by one). The same matches: alternatives that start alike keep their
    order, and no others can match at one place. Each alternative must start with one
    literal character (escaped or not) or a character class ("[αά]θήνα"); with
    `word_start`, one that starts with a word character must start a word.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        head = _head(alternative)
        groups.setdefault(head, []).append(alternative[len(head) :])
    return "|".join(
        f"{head}{WORD_START if word_start and (head.isalnum() or head[0] == '[') else ''}"
        f"(?:{'|'.join(rests)})"
        for head, rests in groups.items()
    )


_LEADING_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")


def _head(alternative: str) -> str:
    """The one character an alternative starts with: a literal, escaped or not, or a
    class; a group or a quantifier there would split the pattern, so it is refused."""
    if alternative.startswith("\\"):
        return alternative[:2]
    if alternative.startswith("[") and (found := _LEADING_CLASS.match(alternative)):
        return found[0]
    if not alternative or alternative[0] in "()[]|.*+?{}^$":
        raise ValueError(f"{alternative!r}: a phrase opens on a character or a class")
    return alternative[:1]


class Phrases:
    """Phrases by class, found in one pass over the lower-cased text.

    Each class is written as whitespace-separated patterns (a space inside a phrase
    is `\\s+`). A phrase starts the text or follows a space or punctuation mark:
    anchoring on those few characters lets `re` skip ahead several times faster than
    from letters. Where two classes match at one place the earlier class wins, as in
    a plain alternation. `end` is how a phrase must end (`SCRIPT_WORD_END` for phrases
    in Indic scripts). Where the strings each phrase can start with are known (its
    heads: "remote", "contract", a digit), one Aho-Corasick pass finds them and the
    pattern is tried only there: still `re`'s matches, about twice as fast (a fifth
    faster where heads stand everywhere: "a ", a digit). With `joined`, a phrase may also
    start beside a CJK character, as Japanese and Chinese put no space between words
    ("業務開始前に登録料を", "LINEで"); give it an `end` that lets it end there too
    (`JOINED_WORD_END`). A table that is not joined reads its phrases led by a CJK
    character ("業務委託", "フルリモート") as a joined table of their own, and only in a
    text that holds a CJK character: "本案件はフルリモートで業務委託契約" names both,
    and the scan of any other text stays as it was.
    """

    def __init__(
        self, by_class: dict[str, str], *, end: str = WORD_END, joined: bool = False
    ) -> None:
        groups = {name: written.split() for name, written in by_class.items()}
        cjk = {name: [p for p in group if p[0] in _CJK] for name, group in groups.items()}
        # the CJK-led phrases of a table that is not joined: a joined table beside it
        self._cjk = (
            Phrases({n: " ".join(g) for n, g in cjk.items() if g}, end=JOINED_WORD_END, joined=True)
            if not joined and any(cjk.values())
            else None
        )
        if self._cjk is not None:
            groups = {n: [p for p in g if p[0] not in _CJK] for n, g in groups.items()}
        self._every = [phrase for group in groups.values() for phrase in group]
        self._end = end
        self._joined = joined
        # the patterns and heads are built on first use (`_built`): at import they cost
        # every run, the re-run that reads no posting too
        self._written = {name: "|".join(group) for name, group in groups.items()}
        self._built: tuple[re.Pattern[str], Automaton | None] | None = None
        # a phrase's class depends on its words alone, and the same few ("remote",
        # "contract") come back post after post: each is classed once
        self._class_of = lru_cache(maxsize=1 << 12)(self._first_class)

    def finditer(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Each phrase's class and where it stands in the text; of the CJK-led phrases
        and the others, one starting inside the other's match is not one."""
        low = lowered(text)
        found = self._found(low)
        if self._cjk is None or not _holds_cjk(low):
            yield from found
            return
        end = 0
        for span in sorted((*found, *self._cjk._found(low)), key=lambda span: span[1]):
            if span[1] >= end:
                end = span[2]
                yield span

    def _found(self, low: str) -> Iterator[tuple[str, int, int]]:
        if not self._every:
            return
        for m in self._matches(f" {low}", low):
            yield self._class_of(m.group(0)[1:]), m.start(), m.end() - 1

    def _first_class(self, phrase: str) -> str:
        return next(
            name for name, written in self._written.items() if compiled(written).fullmatch(phrase)
        )

    def _matches(self, spaced: str, low: str) -> Iterator[re.Match[str]]:
        """`_pattern.finditer(spaced)`, trying it only at the heads found: no match
        starts elsewhere, and `re` stopping at every space to try the phrases is slower."""
        pattern, heads = self._built or self._build()
        if heads is None:
            return pattern.finditer(spaced)
        # a head at `at` of `low` follows `spaced[at]`, where a match would start; the
        # heads are filtered as found, not gathered in a set first
        found = heads.indexes(low)
        if self._joined:  # the character before or the phrase's first is CJK
            starts = {
                at
                for _, at, _ in found
                if spaced[at] in _LEADS or spaced[at] in _CJK or low[at] in _CJK
            }
        else:
            starts = {at for _, at, _ in found if spaced[at] in _LEADS}
        return matches_at(pattern, spaced, starts)

    def _build(self) -> tuple[re.Pattern[str], Automaton | None]:
        every = self._every
        lead = _JOINED_LEAD.format(separator=_SEPARATOR) if self._joined else _SEPARATOR
        # a joined table's lead alone says where a word starts
        pattern = re.compile(rf"{lead}(?:{phrases(every, word_start=not self._joined)}){self._end}")
        heads = remembered("phrase heads", "|".join(every), 0, lambda: _phrase_heads(every))
        self._built = pattern, _automaton(heads)
        return self._built


class Skimmed:
    """A pattern tried only where its heads stand (`skim`): the matches of its own
    `finditer`, found two to six times faster in a long text; one whose heads are
    unknown is scanned. `not_after`: characters the pattern's own look-behind says no
    match starts after (a number's first digit follows no digit), whose heads are
    skipped untried: every digit of a number is a head of a pattern led by `\\d`. A
    pattern led by `\\b` whose heads all start with a word character starts no match
    inside a word: its heads there ("ta" of "data", "get" of "budget") are skipped
    untried too."""

    def __init__(
        self, pattern: re.Pattern[str], *, not_after: frozenset[str] = frozenset()
    ) -> None:
        self.pattern = pattern
        self._not_after = not_after
        # its heads and whether each starts a word, found on first use: parsing the
        # pattern again costs as much as compiling it, at import for every reader
        self._skim: tuple[Automaton | None, bool] | None = None

    def _skimmed(self) -> tuple[Automaton | None, bool]:
        if self._skim is None:
            heads, word_start = _skim_heads(self.pattern)
            self._skim = (_automaton(heads) if heads else None), word_start
        return self._skim

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        heads, word_start = self._skim or self._skimmed()
        if heads is None:
            return self.pattern.finditer(text)
        # each place once, in a set rather than chained generators: a posting holds a
        # hundred heads
        found = heads.indexes(text)
        skipped = self._not_after
        if word_start:  # `\w` is what `str.isalnum` holds, and "_"
            starts = {
                at
                for _, at, _ in found
                if not (at and ((c := text[at - 1]).isalnum() or c == "_" or c in skipped))
            }
        else:
            starts = {at for _, at, _ in found if not (at and text[at - 1] in skipped)}
        return matches_at(self.pattern, text, starts)


class Caseless:
    """A case-ignoring pattern of lower-case phrases, tried at its heads (`Skimmed`) in
    the `lowered` text: `re` ignoring case tries it at every place, several times slower.
    Its matches stand where the pattern's would in the text, spelled in lower case; a
    text holding "ı" or "ſ", which `re` ignoring case reads as "i" and "s", is scanned."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern.pattern != pattern.pattern.lower():
            raise ValueError(f"Caseless: the pattern is not lower case: {pattern.pattern!r}")
        self.pattern = pattern
        self._skimmed = Skimmed(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowered(text)
        if may_hold(low, ()):
            return self.pattern.finditer(text)
        return self._skimmed.finditer(low)


@cache
def compiled(written: str) -> re.Pattern[str]:
    """`re.compile(written)`, once, on first use: a table's patterns compiled at import
    cost every run, the re-run that reads no posting too; kept, unlike in `re`'s own
    cache, which drops its oldest at 512."""
    return re.compile(written)


def _starts_words(parsed: Any) -> bool:
    """Whether every match of a parsed pattern starts a word: it opens with `\\b`
    (Unicode's, as `re` reads a str pattern) and each of its heads with a word character."""
    opens = parsed.data[:1] == [(sre.AT, sre.AT_BOUNDARY)]
    heads = _heads(parsed.data)[0]
    return (
        opens
        and not parsed.state.flags & (re.ASCII | re.LOCALE)
        and all(head[:1].isalnum() or head[:1] == "_" for head in heads)
    )


def skim(pattern: re.Pattern[str]) -> Automaton | None:
    """The strings every match of `pattern` starts with (its heads), as an automaton
    that finds them in one pass; None where a match may start with anything (a `\\w`, a
    negated class) or, case ignored, with a letter."""
    heads = _skim_heads(pattern)[0]
    return _automaton(heads) if heads else None


def _skim_heads(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, bool]:
    """`skim`'s heads (None where there are none) and whether every match starts a word
    (`_starts_words`): found by parsing the pattern again, once for every process."""
    return remembered("heads", pattern.pattern, pattern.flags, lambda: _parsed_heads(pattern))


def _parsed_heads(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, bool]:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    heads = _heads(parsed.data)[0]
    ignored = parsed.state.flags & re.IGNORECASE
    if "" in heads or (ignored and not all(map(_caseless, heads))):
        return None, False
    return frozenset(heads), _starts_words(parsed)


def _phrase_heads(phrases: list[str]) -> frozenset[str]:
    """The heads of a table's phrases, each parsed."""
    return frozenset().union(*(_heads(_parser.parse(phrase).data)[0] for phrase in phrases))


def _caseless(head: str) -> bool:
    """Whether `re` ignoring case matches `head` as it is: digits, spaces and ASCII
    punctuation have no other case."""
    return all(c.isdecimal() or c.isspace() or (c.isascii() and not c.isalpha()) for c in head)


def matches_at(pattern: re.Pattern[str], text: str, starts: set[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that matches nothing empty and starts no
    match but at `starts`: matched there only, in order, none inside the one before."""
    end = 0
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)):
            end = m.end()
            yield m


def _automaton(heads: Collection[str]) -> Automaton | None:
    return None if "" in heads else Automaton(sorted(heads))


class Automaton:
    """Strings found in one pass, overlapping: by a contiguous NFA at first, built in a
    fifth to a seventh of a DFA's time (the scam rules' 15,000 anchor words: 22 ms against
    166; the readers' heads, 130 ms against 35), then by a DFA once `dfa_from` texts were
    scanned, as it scans a posting in about half the time: a re-run's hundred new
    postings do not wait for the DFAs, a build's 200,000 are not scanned by the NFAs."""

    def __init__(self, words: list[str], *, dfa_from: int = 10_000) -> None:
        self.words, self.dfa_from, self.scanned = words, dfa_from, 0
        self.automaton = AhoCorasick(words, implementation=Implementation.ContiguousNFA)

    def strings(self, text: str) -> list[str]:
        """The strings `text` holds, each time it holds one (one inside another too)."""
        return self._scanner().find_matches_as_strings(text, overlapping=True)

    def indexes(self, text: str) -> list[tuple[int, int, int]]:
        """Each string `text` holds: (which, start, end)."""
        return self._scanner().find_matches_as_indexes(text, overlapping=True)

    def _scanner(self) -> AhoCorasick:
        self.scanned += 1
        if self.scanned == self.dfa_from:
            self.automaton = AhoCorasick(self.words, implementation=Implementation.DFA)
        return self.automaton


def _heads(items: Any) -> tuple[set[str], bool]:
    """The strings one of which every match of parsed pattern `items` starts with, and
    whether they are whole (each is all a match can be); `{""}` when nothing is known.
    Literals, small classes, `\\s`, `\\d`, groups, alternatives and `?` extend them; a
    lookaround is skipped; a repeat, a category or a flag ends them; past
    `_MOST_HEADS` strings they are cut shorter."""
    found = {""}
    for op, arg in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.LITERAL:
            step, whole = {chr(arg)}, True
        elif op is sre.IN:
            step, whole = _characters(arg), True
        elif op is sre.SUBPATTERN and not (arg[1] or arg[2]):
            step, whole = _heads(arg[3].data)
        elif op is sre.BRANCH:
            each = [_heads(alternative.data) for alternative in arg[1]]
            step, whole = set().union(*(h for h, _ in each)), all(w for _, w in each)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[1] == 1:  # `?` or once
            step, whole = _heads(arg[2].data)
            step |= {""} if arg[0] == 0 else set()
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            step, whole = _heads(arg[2].data)[0], False
        else:
            return found, False
        if not step:  # a class of nothing known
            return found, False
        if len(found) * len(step) > _MOST_HEADS:
            step, whole = _cut(step, _MOST_HEADS // len(found)), False
        found = {f + s for f in found for s in step}
        if not whole:
            return found, False
    return found, True


def _cut(heads: set[str], most: int) -> set[str]:
    """`heads` cut to the longest length that leaves at most `most`; `{""}` if none."""
    for length in range(max(map(len, heads)) - 1, 0, -1):
        if len(cut := {head[:length] for head in heads}) <= most:
            return cut
    return {""}


def _characters(members: Any) -> set[str]:
    """The characters a parsed class holds; none when it is negated, too large or holds
    a category other than `\\s` and `\\d`."""
    out: set[str] = set()
    for op, arg in members:
        if op is sre.LITERAL:
            out.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < _MOST_HEADS:
            out.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is sre.CATEGORY and arg is sre.CATEGORY_SPACE:
            out |= _SPACES
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            out |= DIGITS
        else:
            return set()
    return out
