"""Fast phrase matching every reader of a posting shares.

Python's `re` is slow on case-insensitive alternations; these helpers match on the
lower-cased text, with alternations grouped by first character, which keeps reading a
posting to a few single passes (about five times faster).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
WORD_START = r"(?<!\w\w)"  # after a first word character: none stands before it
WORD_END = r"(?!(?<=\w)\w)"  # a phrase ending in a word character ends a word
# a word ends in Devanagari and Bengali too, whose vowel signs `\w` does not match
# (the dandas U+0964-5 are punctuation)
SCRIPT_WORD_END = r"(?![\w\u0900-\u0963\u0966-\u09ff])"
_PHRASE_LEADS = " \t\n\r\u00a0\u202f()[]{}<>/|\\,.:;!?*'\"`-–—“”‘’«»¿¡।#@&+=~"
_SEPARATOR = "[" + re.escape(_PHRASE_LEADS) + "]"


@lru_cache(maxsize=64)
def lowered(text: str) -> str:
    """Lower case with every offset kept, so a match in it slices the original text
    ("İ" is the one character whose lower case is two characters long); cached, as
    every reader lowers the same posting."""
    return text.replace("İ", "I").lower()


def spaced(phrase: str) -> str:
    """Runs of spaces and hyphens as one space: how the phrase tables are keyed."""
    return _SPACES_OR_HYPHENS.sub(" ", phrase)


def literal(phrase: str) -> str:
    """A phrase as a pattern; a space matches any run of spaces or hyphens."""
    return re.escape(phrase).replace(r"\ ", r"[\s-]+")


def phrases(alternatives: Iterable[str]) -> str:
    """An alternation of lower-case phrases that Python's engine scans fast.

    Case-insensitive alternations defeat `re`'s first-character skipping; on
    lower-cased text, grouped by first character, the same phrases scan about five
    times faster. Each alternative must start with one literal character (escaped
    or not); one that starts with a word character must start a word.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        head = alternative[:2] if alternative.startswith("\\") else alternative[:1]
        groups.setdefault(head, []).append(alternative[len(head) :])
    return "|".join(
        f"{head}{WORD_START if head.isalnum() else ''}(?:{'|'.join(rests)})"
        for head, rests in groups.items()
    )


class Phrases:
    """Phrases by class, found in one pass over the lower-cased text.

    Each class is written as whitespace-separated patterns (a space inside a phrase
    is `\\s+`). A phrase starts the text or follows a space or punctuation mark:
    anchoring on those few characters lets `re` skip ahead several times faster than
    from letters. Where two classes match at one place the earlier class wins, as in
    a plain alternation. `end` is how a phrase must end (`SCRIPT_WORD_END` for phrases
    in Indic scripts).
    """

    def __init__(self, by_class: dict[str, str], *, end: str = WORD_END) -> None:
        groups = {name: written.split() for name, written in by_class.items()}
        every = (phrase for group in groups.values() for phrase in group)
        self._pattern = re.compile(rf"{_SEPARATOR}(?:{phrases(every)}){end}")
        self._classes = [(name, re.compile("|".join(group))) for name, group in groups.items()]

    def finditer(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Each phrase's class and where it stands in the text."""
        for m in self._pattern.finditer(f" {lowered(text)}"):
            phrase = m.group(0)[1:]
            yield next(n for n, p in self._classes if p.fullmatch(phrase)), m.start(), m.end() - 1
