"""Gulf roles open to a country's nationals only ("UAE Nationals only", "Data Analyst (Saudi
National)", "an Emiratisation role"): most who live in the Gulf are not its nationals, and
a profile names where its user lives, not their passport. Such a role in the user's
country is for them to check, never simply theirs. A preference ("GCC nationals
preferred") binds nobody.
"""

from __future__ import annotations

import re

_WHO = r"(?:uae|emirati|saudi|qatari|omani|kuwaiti|bahraini|gcc)"
# the programmes that fill roles with nationals, named as the role's ("Emiratisation role")
_PROGRAMME = (
    r"(?:emirati|saudi|qatari|omani|kuwaiti|bahraini)[sz]ation"
    r"\s+(?:role|position|vacancy|opportunity|job|post)"
)
# Arabic: "للسعوديين فقط" (for Saudis only), "للمواطنين السعوديين فقط", and a nationality
# asked of the applicant ("أن يكون المتقدم سعودي الجنسية"), not one preferred ("يفضل ...")
# nor one refused ("غير سعودي الجنسية": non-Saudis, the expats a profile is most often)
_ARABIC_ONLY = (
    r"لل(?:سعوديين|سعوديات|إماراتيين|اماراتيين|قطريين|عمانيين|كويتيين|بحرينيين|خليجيين"
    r"|مواطنين)(?:\s+ال\w+)?\s+فقط"
)
_ARABIC_NATIONALITY = (
    r"(?<!يفضل\s)(?<!يُفضل\s)(?<!غير\s)(?:سعودي|إماراتي|اماراتي|قطري|عماني|كويتي|بحريني)ة?\s+الجنسية"
)
_NATIONALS_ONLY = re.compile(
    rf"\b{_WHO}\s+(?:nationals?|citizens?)\s+only\b"
    rf"|\bemiratis?\s+(?:candidates\s+)?only\b"
    rf"|(?<!not\s)\b(?:only|exclusively)\s+(?:open\s+to\s+|for\s+|available\s+(?:to|for)\s+)?"
    rf"{_WHO}\s+(?:nationals?|citizens?)\b"
    rf"|\(\s*{_WHO}\s+nationals?\s*\)"
    rf"|\b{_PROGRAMME}\b"
    rf"|{_ARABIC_ONLY}|{_ARABIC_NATIONALITY}",
    re.I,
)
# every form above names a Gulf people ("emirati", "saudi", ...; "uae", "gcc") or, in
# Arabic, "only" or "nationality": a skim before the pattern, which most postings
# ("organisation", "nationals") never reach
_SKIM = (
    "uae",
    "gcc",
    "emirati",
    "saudi",
    "qatari",
    "omani",
    "kuwaiti",
    "bahraini",
    "فقط",
    "الجنسية",
)


def nationals_only(text: str) -> str | None:
    """The phrase that opens a role to a Gulf country's nationals only, if any."""
    low = text.lower()
    if not any(word in low for word in _SKIM):
        return None
    found = _NATIONALS_ONLY.search(text)
    return found[0] if found else None
