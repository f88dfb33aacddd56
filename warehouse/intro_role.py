"""The one role a posting's title names, as a sentence can quote it to a person.

Titles come as an ATS writes them ("Senior Data Engineer"), as a Hacker News header's
fields ("ACME | SENIOR DATA ENGINEER | Remote | $150k"), or as a sentence ("Acme is
hiring a Data Engineer for our platform team."). A draft quotes one role or none: a
header with no role field, a list of roles, or a title too long to say is "the open
roles" (or the one of them the user is hired as), never the header itself with its
places, salary or links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from warehouse.intro_offer import spelled
from warehouse.ranking.taxonomy import ROLE_WORD, TABLE

_MAX = 60  # characters: longer, a role is cut at its qualifier (" - ", ", ", " (")
_LINK = re.compile(r"https?://|www\.|\.(?:com|io|ai|dev|co|net|org)\b", re.IGNORECASE)
_MANY = re.compile(r"\b(?:roles|positions|openings|multiple|many|various|several)\b", re.IGNORECASE)
_LIST_SEP = re.compile(r",|/|\+|&|•|·|\band\b|\bor\b", re.IGNORECASE)
# a title written as a sentence: "Acme is hiring a Data Engineer for ...", and a forum's
# or a post's opening ("Looking for a React developer to ...", "We need a data engineer
# (contract)", "Seeking a copywriter for ...", "Hiring: Data Engineer")
# the end of a sentence's object: what it is for, the terms, the pay ("Bookkeeper needed
# for ...")
_OBJECT = (
    r"(?:an?\s+)?(?P<role>.+?)(?:\s+(?:for|on|in|to|at|with|who|needed|wanted|required)\b"
    r"|\s+[-–—(|]|[.,;:!]|$)"
)
_HIRING = re.compile(
    r"(?:\b(?:is|are|I'm|we're)\s+hiring|^(?:(?:we|i)(?:'re|'m|\s+are|\s+am)?\s+)?"
    r"(?:looking\s+for|seeking|searching\s+for|need|hiring:?))\s+(?:for\s+)?" + _OBJECT,
    re.IGNORECASE,
)
# a forum post's title after its tag ("[Hiring] Video editor for YouTube channel"): its
# object is the role, what follows what the role is for
_TAGGED = re.compile(_OBJECT, re.IGNORECASE)
# "2 Sr. Architects", "Hiring Product Engineers": how many, or that they hire; no role
_COUNT = re.compile(r"^(?:\d+x?\s+(?:open\s+)?|hiring\s+)", re.IGNORECASE)
_QUALIFIER = re.compile(r"(\s*[-–—]\s+|,\s+|\s+\(|:\s+)")
# what a title tells applicants, not the role: whom it is open to ("(H/F)", "(m/w/d)",
# "(all genders)") and a trailing "(Contract)", "(freelance)" or "(Remote)"
_TAGS = re.compile(
    r"\s*\((?:[hfmwdxn]\s*/\s*[hfmwdxn](?:\s*/\s*[hfmwdxn])?|all\s+genders)\)"
    r"|\s*\((?:contract(?:or)?|freelancer?|part[\s-]time|full[\s-]time|remote|temporary"
    r"|interim)(?:\s*[,/]\s*(?:contract(?:or)?|freelancer?|part[\s-]time|full[\s-]time"
    r"|remote|temporary|interim))*\)\s*$",
    re.IGNORECASE,
)
# tags before a title, as Reddit, forums and Mastodon write them: "[Hiring]", "[HIRING]
# [Remote]", "#hiring"; and hashtags after it ("#fedihire")
_BRACKET_TAGS = re.compile(r"^(?:\s*(?:\[[^\]]*\]|#\w+))+\s*|(?:\s+#\w+)+\s*$")
# the terms a title states after the role: "Data Engineer - Contract - Remote (UK)",
# "Backend Developer, Remote", "Analyst (Remote - EU)", "Backend Developer - Hợp đồng 6
# tháng": not the role
_TERMS_TAIL = re.compile(
    r"(?:\s+[-–—|]\s+|,\s+|\s+\()(?:remote|hybrid|on-?site|contract|freelance|full[\s-]?time"
    r"|part[\s-]?time|temporary|temp|permanent|interim|fixed[\s-]term|(?:outside|inside)\s+ir35"
    r"|\d+\s*(?:months?|weeks?)"
    # vi: "Backend Developer - Hợp đồng 6 tháng", "Flutter Developer (Cộng tác viên)"
    r"|hợp\s+đồng|cộng\s+tác\s+viên|toàn\s+thời\s+gian|bán\s+thời\s+gian|làm\s+việc\s+từ\s+xa"
    r")(?!\w).*$"
    r"|(?:\s+[-–—|]\s+|,\s+|\s+\()[$€£]\s?\d.*$",  # the pay: "- $500 budget", "($25/video)"
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w+#]+(?:\.[\w+#]+)*")  # "NODE.JS", "C#", "AWS" of "(AWS/GCP)"
_SMALL = {"and", "or", "of", "for", "the", "a", "an", "in", "at", "to", "with"}


def quoted_role(title: str | None) -> str | None:
    """The role to name in a sentence, or None when the title names no single one."""
    said = " ".join(html.unescape(title or "").split())
    text = _BRACKET_TAGS.sub("", said)
    if "|" in text:
        return _header_role(text.split("|"))
    hiring = _HIRING.search(text) or (_TAGGED.match(text) if text != said else None)
    if hiring:
        role = hiring["role"]
        return _sayable(_singular(role)) if _names_a_role(role) else None
    return None if _MANY.search(text) or "!" in text else _sayable(text)


# a trade the taxonomy names that its role words do not ("copywriter", "video editor",
# "virtual assistant"), or a tool a role is named by ("a dbt expert")
_KNOWN = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(k) for k in sorted(TABLE, key=len, reverse=True))
    + r")s?(?!\w)",
    re.IGNORECASE,
)


def _names_a_role(words: str) -> bool:
    """Whether a sentence's object names a role ("a React developer", "a freelance
    copywriter"), not "someone" or "help"."""
    return bool(ROLE_WORD.search(words) or _KNOWN.search(words))


def fitting_role(title: str | None, roles: Sequence[str]) -> str | None:
    """The user's role among several a title lists ("Acme | ML Engineer, Data Engineers"
    is "Data Engineer" to a data engineer), as the title spells it, under any name the
    taxonomy knows it by ("Übersetzer" to a translator: the posting's own language);
    None when the title names none of them (the text may, but in passing: "you'll work
    with data engineers")."""
    text = " ".join(html.unescape(title or "").split())
    for role in roles:
        aliases = TABLE.get(role.casefold(), ((), ()))[0]
        for name in (role, *aliases):
            found = re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", text, re.IGNORECASE)
            if found:
                return _sayable(_singular(found.group()))
    return None


def _header_role(fields: list[str]) -> str | None:
    """A header's field that names a role, unless it lists several (or several do)."""
    named = [f.strip() for f in fields if ROLE_WORD.search(f) and not _LINK.search(f)]
    if len(named) != 1 or _MANY.search(named[0]):
        return None
    role = _COUNT.sub("", named[0])
    parts = [p for p in _LIST_SEP.split(role) if ROLE_WORD.search(p)]
    return _sayable(_singular(role)) if len(parts) == 1 else None


def _singular(role: str) -> str:
    """ "Senior Engineers" is a role one person takes: "Senior Engineer"."""
    words = list(ROLE_WORD.finditer(role))
    if not words:  # a trade the table does not know ("Subtitler"): as the title says
        return role
    plural = words[-1].group().lower().endswith("s")
    return role[: words[-1].end() - 1] + role[words[-1].end() :] if plural else role


def _sayable(role: str) -> str | None:
    """The role in title case when shouted, its last qualifiers dropped while it is too
    long ("Senior Manager, Internal Audit - Audit Automation & Technology Risk" is a
    "Senior Manager, Internal Audit"); None when what is left names no role (a
    comment's first sentence: "At Acme, we are building ...")."""
    role = _TERMS_TAIL.sub("", _TAGS.sub("", role)).strip(" -–—:;,.")
    if sum(c.isupper() for c in role) > sum(c.islower() for c in role):
        role = " ".join(_calm(word) for word in role.split())
    if len(role) <= _MAX:
        return role or None
    pieces = _QUALIFIER.split(role)  # text, separator, text, ...
    kept = pieces[0]
    for separator, text in zip(pieces[1::2], pieces[2::2], strict=True):
        if len(kept + separator + text) > _MAX:
            break
        kept += separator + text
    return kept if len(kept) <= _MAX and ROLE_WORD.search(kept) else None


def _calm(word: str) -> str:
    """A shouted word in title case; a tool as its maker spells it ("IOS" is iOS,
    "DEVOPS" DevOps, "(AWS/GCP)" stays); other short ones ("SRE", "AI") are acronyms."""
    if word.lower() in _SMALL:
        return word.lower()
    return _TOKEN.sub(lambda m: _calm_token(m.group()), word)


# a title's abbreviations, said in a sentence as words are: "SR." is Sr.
_ABBREVIATIONS = {"sr": "Sr", "jr": "Jr", "mgr": "Mgr", "eng": "Eng"}


def _calm_token(token: str) -> str:
    if token.lower() in _ABBREVIATIONS:
        return _ABBREVIATIONS[token.lower()]
    said = spelled(token.lower())
    if said != token.lower():
        return said
    return token if len(token) <= 3 else token.capitalize()
