"""A UK contract's IR35 status, as the agency states it: "outside" or "inside".

A UK limited-company contractor judges a contract first by this line: outside IR35 they
invoice through their own company, inside (or "caught by" IR35) they are paid as an
employee, most often through an umbrella company. So "Outside IR35", "Outside of IR35",
"IR35: Outside", "deemed outside IR35" read as outside; "Inside IR35", "IR35 status:
Inside", "caught by IR35" as inside, and so does a contract paid only through an
umbrella ("Umbrella only", "paid via umbrella", "PAYE or umbrella") where no status is
named. A post that names both ("inside or outside IR35", "Ltd or umbrella", "either
Ltd company or PAYE via umbrella") states none, nor does "IR35 to be confirmed", an
employee's "PAYE" or an umbrella that is no pay ("under the umbrella of our platform
team", "umbrella insurance").
"""

from __future__ import annotations

import re
from typing import Literal

from warehouse.ranking._text import lowered

Ir35 = Literal["inside", "outside"]

_IR35 = r"ir[\s-]?35"
_NAMED = re.compile(_IR35)
# "IR35: Outside", "IR35 status - inside", "IR35 determination is outside"
_STATUS_AFTER = rf"{_IR35}\s*(?:status|determination)?\s*(?:[:\-–—]|is|=)?\s*"
_OUTSIDE = re.compile(
    rf"\boutside(?:\s+of|\s+the\s+scope\s+of)?[\s-]+{_IR35}|\b{_STATUS_AFTER}outside\b"
    rf"|\bnot\s+caught\s+by\s+{_IR35}"
)
_INSIDE = re.compile(
    rf"\b(?:inside|within)(?:\s+of)?[\s-]+{_IR35}|\b{_STATUS_AFTER}inside\b"
    rf"|(?<!not\s)\bcaught\s+by\s+{_IR35}"
)
# "inside or outside IR35", "outside/inside IR35": either, as the role turns out
_EITHER = re.compile(
    rf"\b(?:inside|outside)\s*(?:or|/|and)\s*(?:inside|outside)(?:\s+of)?[\s-]+{_IR35}"
)
# paid through an umbrella company (or PAYE beside it) and no other way
_UMBRELLA_ONLY = re.compile(
    r"\bumbrella\s+(?:company\s+)?only\b|\b(?:via|through)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
    r"umbrella\b|\bpaye\s*(?:or|/|&|and)\s*umbrella\b|\bumbrella\s*(?:or|/|&|and)\s*paye\b"
    r"|\(umbrella\)"
)
# a limited company offered beside the umbrella ("Ltd or umbrella", "either Ltd company
# (outside) or PAYE via umbrella"): the contractor chooses, no status is stated; one
# refused ("umbrella only, no Ltd companies") or an agency's own name ("Acme Ltd is
# acting as an employment business") is no choice: the two are joined by "or" in a clause
_LTD, _OR = r"\b(?:ltd|limited\s+company|psc)\b", r"[^.;\n]{0,40}(?:\bor\b|/)[^.;\n]{0,40}"
_LTD_OR_UMBRELLA = re.compile(rf"{_LTD}{_OR}\bumbrella\b|\bumbrella\b{_OR}{_LTD}")


def read_ir35(text: str) -> Ir35 | None:
    """The IR35 status the text states, or None (not named, both named, undetermined)."""
    # skim: most postings name neither, and are not lowered ("35" alone is in many a
    # rate: "$35/h")
    if "35" not in text and "mbrella" not in text and "MBRELLA" not in text:
        return None
    low = lowered(text)
    if "umbrella" not in low and not _NAMED.search(low):
        return None
    if _EITHER.search(low):
        return None
    outside, inside = bool(_OUTSIDE.search(low)), bool(_INSIDE.search(low))
    if outside != inside:
        return "outside" if outside else "inside"
    if outside or "umbrella" not in low or _LTD_OR_UMBRELLA.search(low):
        return None
    return "inside" if _UMBRELLA_ONLY.search(low) else None
