"""A US contract's tax terms, as a staffing post states them: "w2_only" or "c2c".

A US contractor with her own company judges a contract first by this line: on "W2" the
agency employs her (taxes withheld, its benefits), on "C2C" (corp-to-corp) or "1099" she
invoices from her own LLC. So "W2 only", "only W2", "W2 candidates only", "must be able
to work on W2", "no C2C", "not open to C2C", "C2C not accepted", "no corp-to-corp", "no
1099/C2C" read as w2_only; "C2C/1099 OK", "Corp-to-corp welcome", "Tax terms: W2 / C2C",
"W2 or 1099", "C2C - Yes" or a rate "$80/hr C2C" as c2c, as one term she can take is
enough; a rate on W2 alone ("$65/hr on W2", "W2 hourly $60") is w2_only too. A refused
term is no offer ("W2 only (no 1099/C2C)"), nor is the payroll clerk's "1099 filings" or
"Form 1099" any term; a post that names W2 alone without "only" ("Full-time W2
employee") states none.

Canada and Australia draw the same line with other words: a "T4" contract is the agency's
payroll, an "Incorporated" one is invoiced from her own corporation ("T4 or Incorporated",
"Incorporated contractors only", "invoice through your own corporation"); an Australian
"PAYG" contract is payroll, an "ABN" or "Pty Ltd" one her own ("PAYG or ABN", "ABN holders
only"). Those words are common elsewhere ("T4 slips", "ABN AMRO", "Acme Incorporated",
"incorporated in 2009"), so they count only where they name a term: "only", "contract",
a label ("Contract type: PAYG"), a list with another term, or "via your Pty Ltd".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from warehouse.ranking._text import lowered, may_hold

# a market's payroll-only term and its own-company one: US, Canada, Australia
TaxTerms = Literal["w2_only", "c2c", "t4_only", "incorporated", "payg_only", "abn"]

_W2 = r"w-?2"
# the tax forms a payroll or accounting post handles ("Form 1099", "1099 and W-2
# reconciliations") are no terms of work
_FORMS = r"forms?|filings?|reporting|reports?|returns?|preparation|processing|reconciliations?"
TERM_1099 = rf"1099(?<!form\s1099)(?!(?:-\w+)?(?:\s*(?:/|,|&|and)\s*w-?2)?\W+(?:{_FORMS})\b)"
# Dice's "Contract - Independent" is a 1099 contract
_CONTRACTOR = (
    rf"(?:c2c|{TERM_1099}|corp[\s-]+to[\s-]+corp|cor?p2cor?p"
    r"|contract(?:\s+to\s+hire)?\s*[-–]\s*independent)"
)
_T4 = r"(?<![\w-])t4(?![\w-])"
_PAYG = r"(?<![\w-])payg(?![\w-])"
_INCORPORATED = r"\bincorpor(?:ated|[ée]e?s?)\b"
_ABN = r"(?:\babn\b(?!\s+amro)|\bpty\.?\s+ltd\b\.?)"
_ANY_TERM = (
    rf"(?:{_CONTRACTOR}|{_W2}|third[\s-]+part(?:y|ies)|{_T4}|{_PAYG}|{_INCORPORATED}|{_ABN})"
)
_CONTRACTOR_TERM = re.compile(rf"(?<![\w-]){_CONTRACTOR}(?![\w-])", re.IGNORECASE)
_LIST = r"\s*(?:/|,|&|\bor\b|\band\b|\bou\b)\s*"
_TERM_NOUNS = (
    r"(?:contract(?:ors?|s)?|candidates?|consultants?|resources?|holders?|professionals?"
    r"|basis|rates?|entit(?:y|ies)|compan(?:y|ies)|only|welcome|preferred|accepted|ok(?:ay)?)\b"
)


def _own_company(word: str, payroll: str, own: str) -> re.Pattern[str]:
    """Where `word` (Incorporated, ABN) names the term of a contractor with her own company:
    listed with a payroll term or another word of hers, before a noun of terms, in a
    label, in brackets after a rate, after "via (your)" or "your own"."""
    other = rf"(?:{payroll}|{own}|{_W2})"
    return re.compile(
        rf"{other}{_LIST}{word}|{word}(?={_LIST}{other})|{word}\s+{_TERM_NOUNS}"
        rf"|(?<=\()\s*{word}(?=\s*\))"
        rf"|(?:type|terms?|engagement|basis|structure)\s*[:\-–]\s*{word}"
        rf"|(?:via|through|using|under)\s+(?:(?:your|their|an?)\s+)?(?:{own})"
        rf"|\b(?:your|their)\s+own\s+(?:{own})"
    )


def _payroll_only(word: str) -> re.Pattern[str]:
    """Where `word` (T4, PAYG) names the agency's payroll as the one term: "T4 only", "only
    PAYG", "PAYG contract", "Contract type: PAYG", "paid via T4", "(T4)"."""
    return re.compile(
        rf"{word}\s+(?:(?:contract(?:ors?)?|candidates?|employees?|employment|basis|position"
        rf"|role|payroll)\s+)?only\b|\bonly\s+(?:on\s+)?(?:an?\s+)?{word}"
        rf"|{word}\s+(?:contract(?:ors?|s)?|employment|basis|payroll)\b"
        rf"|(?:paid|engaged|employed|hired)\s+(?:on|via|through|as|under)\s+(?:an?\s+)?{word}"
        rf"|\(\s*{word}\s*\)"
        rf"|(?:tax\s+terms?|(?:employment|engagement|contract)(?:\s+type)?|type|payroll)"
        rf"\s*[:\-–]\s*{word}(?!{_LIST}\w)"
    )


# "no C2C", "not open to C2C", "no 1099/C2C", "cannot accept corp-to-corp"
_REFUSED_BEFORE = re.compile(
    r"(?:\bno|\bnot(?:\s+open\s+to|\s+accepting|\s+considering)?|\bwithout|\bnon"
    r"|\b(?:cannot|can't|can\s+not|unable\s+to|do\s+not|don't|won't|will\s+not)\s+"
    r"(?:do|accept|consider|work(?:\s+with)?|entertain|support|engage|hire)(?:\s+any)?)"
    rf"[\s-]+(?:{_ANY_TERM}{_LIST})*$"
)
# "C2C not accepted", "C2C: No", "1099/C2C is not an option"
_REFUSED_AFTER = re.compile(
    rf"(?:{_LIST}{_ANY_TERM})*\s*(?:[:\-–—]\s*)?(?:\(\s*)?(?:is\s+|are\s+)?"
    r"(?:no\b|not\b|n/a\b|never\b|cannot\b|can't\b|won't\b|will\s+not\b)"
)
_W2_ONLY = re.compile(
    rf"(?<![\w-]){_W2}\s+(?:(?:candidates?|consultants?|contractors?|employees?|applicants?"
    rf"|employment|basis|position|role|contract|hourly)\s+)?only\b"
    rf"|\bonly\s+(?:on\s+)?(?:an?\s+)?{_W2}(?![\w-])"
    r"|\b(?:must|should|need\s+to|needs\s+to|required\s+to|have\s+to)\s+(?:be\s+(?:able|willing)"
    rf"\s+to\s+)?work\s+(?:on|as\s+an?|as|through)\s+(?:an?\s+|our\s+)?{_W2}(?![\w-])"
    rf"|(?<![\w-]){_W2}\s+(?:is\s+)?(?:required|mandatory)\b"
    # a rate on W2 alone: "$65/hr on W2", "paid through W-2", "W2 hourly $60"
    rf"|\b(?:on|via|through)\s+{_W2}(?![\w-])|(?<![\w-]){_W2}\s+hourly\b"
    # a label naming W2 alone: "Tax term: W2", "Employment type: W-2", Dice's "Contract - W2"
    rf"|\b(?:tax\s+terms?|employment\s+type|engagement\s+type|contract(?:\s+to\s+hire)?)"
    rf"\s*[:\-–]\s*{_W2}(?![\w-])"
    rf"(?!{_LIST}\w)"
)
_REACH = 60  # how far back a refusal reaches ("no 1099, corp-to-corp or C2C")
# each market's own-company term and its payroll-only one, after the US's, with the words
# one of its patterns' matches always holds (lower case): a market whose words a text lacks
# is not scanned ("corp" stands in "incorporated" and "via your corporation")
_MARKETS: tuple[
    tuple[tuple[str, ...], TaxTerms, re.Pattern[str], TaxTerms, re.Pattern[str]], ...
] = (
    (
        ("c2c", "1099", "w2", "w-2", "orp", "ndependent"),
        "c2c",
        _CONTRACTOR_TERM,
        "w2_only",
        _W2_ONLY,
    ),
    (
        ("t4", "corp"),
        "incorporated",
        _own_company(_INCORPORATED, rf"{_T4}|payroll|autonome", r"corp(?:oration)?\b"),
        "t4_only",
        _payroll_only(_T4),
    ),
    (
        ("abn", "pty", "payg"),
        "abn",
        _own_company(_ABN, _PAYG, _ABN),
        "payg_only",
        _payroll_only(_PAYG),
    ),
)


@dataclass(frozen=True, slots=True)
class Stated:
    """The tax terms a text states, the words that state them and where they start."""

    terms: TaxTerms
    said: str
    start: int


def read_tax_terms(text: str) -> TaxTerms | None:
    """The tax terms the text states (w2_only, c2c; t4_only, incorporated; payg_only,
    abn), or None where it names none; a term she can take with her own company wins."""
    stated = stated_tax_terms(text)
    return stated.terms if stated else None


def stated_tax_terms(text: str) -> Stated | None:
    """`read_tax_terms` with the words that state the terms: the term she can take, the
    payroll-only phrase ("W2 only", "on W2"), else the first refusal ("no C2C")."""
    low = lowered(text)  # cached: every reader lowers the same posting
    payroll: Stated | None = None
    for words, own, term, only, payroll_only in _MARKETS:
        if not may_hold(low, words):  # skim: most postings name no tax term
            continue
        refusal: tuple[int, int] | None = None
        for m in term.finditer(low):
            reach = max(0, m.start() - _REACH)
            before = _REFUSED_BEFORE.search(low[reach : m.start()])
            if before:
                refusal = refusal or (reach + before.start(), m.end())
            elif _REFUSED_AFTER.match(low, m.end()):
                refusal = refusal or m.span()
            else:
                return Stated(own, text[m.start() : m.end()], m.start())
        if payroll is None and (said := payroll_only.search(low) or refusal):
            start, end = said if isinstance(said, tuple) else said.span()
            payroll = Stated(only, text[start:end], start)
    return payroll
