"""Demand (someone has work to give) or supply (someone offers to do it).

Supply posts are competitors, not leads, so the conventions that say it come first:
HN's `SEEKING WORK` / `SEEKING FREELANCER`, Reddit's `[For Hire]` / `[Hiring]`; then the
self-ad form of "Who wants to be hired?" (Location: / Remote: / Willing to relocate: /
Technologies: / Résumé:); then looser phrases ("we're hiring", "available for
freelance"). The title is read before the body, and within a text the earliest
phrase wins.
"""

from __future__ import annotations

import re

from extractors._contract import Kind

_STRONG = re.compile(
    r"(?P<demand>\bseeking\s+freelancers?\b|[\[(]\s*hiring\s*[\])])"
    r"|(?P<supply>\bseeking\s+work\b|[\[(]\s*for\s+hire\s*[\])])",
    re.IGNORECASE,
)
_ROLE = (
    r"(?:developers?|engineers?|designers?|freelancers?|contractors?|consultants?"
    r"|programmers?|devs?|writers?|editors?|marketers?|experts?|specialists?|help)"
)
_WEAK = re.compile(
    r"(?P<demand>\bwe(?:'re|’re|\s+are)\s+hiring\b|\bis\s+hiring\b|#hiring\b"
    r"|\blooking\s+to\s+hire\b|\bhiring\s+an?\b"
    rf"|\blooking\s+for\s+(?:an?\s+)?(?:[\w+#./-]+\s+){{0,3}}?{_ROLE}\b"
    r"(?!\s+(?:role|position|job|opportunit))"
    rf"|\b(?:we\s+)?need(?:s|ed)?\s+(?:an?\s+)?(?:[\w+#./-]+\s+){{0,2}}?{_ROLE}\b"
    r"|\bwir\s+suchen\b|\bgesucht\b|\bbuscamos\b|\bse\s+busca\b"
    r"|\bestamos\s+contratando\b|\bcontratamos\b|নিয়োগ|প্রয়োজন)"
    r"|(?P<supply>\bfor\s+hire\b|#forhire\b|\bhire\s+me\b|\bopen\s+to\s+work\b"
    r"|#opentowork\b|\bavailable\s+for\s+(?:new\s+)?(?:freelance|contract|hire|work"
    r"|projects?|gigs?|clients?)\b"
    r"|\blooking\s+for\s+(?:an?\s+)?(?:new\s+|more\s+|freelance\s+|contract\s+|remote\s+)*"
    r"(?:work|gigs?|projects?|clients?|opportunities|roles?|positions?)\b"
    r"|\bdisponible\s+para\b|\bverfügbar\s+für\b|\bsuche\s+(?:neue\s+)?"
    r"(?:projekte|aufträge)\b)",
    re.IGNORECASE,
)
_SELF_AD_FIELD = re.compile(
    r"(?<!\w)(?:(?P<candidate>willing\s+to\s+relocate|r[ée]sum[ée](?:\s*/\s*cv)?|cv)"
    r"|location|remote|technologies|email)\s*:",
    re.IGNORECASE,
)


def parse_kind(title: str | None, text: str) -> tuple[Kind, str] | None:
    """Demand or supply, and the phrase that says it; None when nothing does."""
    title = title or ""
    return (
        _first(_STRONG, title)
        or _first(_WEAK, title)
        or _first(_STRONG, text)
        or _self_ad(text)
        or _first(_WEAK, text)
    )


def _first(pattern: re.Pattern[str], text: str) -> tuple[Kind, str] | None:
    m = pattern.search(text)
    if m is None:
        return None
    return ("demand" if m.lastgroup == "demand" else "supply"), m.group(0)


def _self_ad(text: str) -> tuple[Kind, str] | None:
    """The "Who wants to be hired?" form: a field only a candidate writes (relocate,
    résumé, CV) beside at least one other field."""
    fields = list(_SELF_AD_FIELD.finditer(text))
    labels = list(dict.fromkeys(m.group(0) for m in fields))
    if len(labels) >= 2 and any(m["candidate"] for m in fields):
        return "supply", " ".join(labels)
    return None
