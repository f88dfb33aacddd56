"""Which language a posting is written in, and whether a contact's profile says they
read it: a draft to someone who did not ask is written in the posting's language only
when both say so.

A posting is read by its small words ("nous", "und", "het") and the words of a job
title ("Traductrice", "Geschäftsführer", "(H/F)", "(m/w/d)"): a LinkedIn export's saved
job is a title alone. A contact's profile is their title ("Gérante", "Responsable
recrutement"), the e-mail domains of their contact cards (".fr") and the country of
their address, where an address book gives one, and the legal form of the company
they work at ("GmbH", "SARL", "B.V."), a company registered where the language is spoken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors._language import GREEK_WORD, WORDS, tokens
from warehouse.intro_languages import place_names

# countries that speak one language of the drafts (the several-language ones, Belgium
# or Switzerland, say none): a contact's address there, or an e-mail at their domain
COUNTRY_LANGUAGES = {
    "FR": "fr", "DE": "de", "AT": "de", "ES": "es", "MX": "es", "PT": "pt", "BR": "pt",
    "IT": "it", "NL": "nl", "JP": "ja", "KR": "ko", "TR": "tr", "ID": "id", "CZ": "cs",
    "CO": "es", "PL": "pl", "HU": "hu", "TW": "zh", "CN": "zh", "HK": "zh", "MO": "zh",
    "MY": "ms", "BN": "ms", "GR": "el", "CY": "el", "VN": "vi",
}  # fmt: skip
# a country whose domain is sold to anyone as a generic one (.co for "company"): only
# its second-level domains say the country ("estudio.com.co", not "acme.co")
_GENERIC_DOMAINS = {"CO": (".com.co", ".org.co", ".edu.co", ".gov.co", ".net.co")}
_COUNTRY_DOMAINS = {
    language: tuple(d for code, spoken in COUNTRY_LANGUAGES.items() if spoken == language
                    for d in _GENERIC_DOMAINS.get(code, (f".{code.lower()}",)))
    for language in set(COUNTRY_LANGUAGES.values())
}  # fmt: skip

# the company forms of the countries that speak each language, as a name ends in them
# ("Kestrel Robotics GmbH", "Fontana S.r.l."); "SA" and "AG" are Swiss or Belgian too,
# which also speak it, and a form counts only where the posting is in that language
_LEGAL_FORMS = {
    language: re.compile(rf"[\s,](?:{forms})\s*(?:\([^()]*\))?$")
    for language, forms in {
        "de": r"(?i:g?gmbh)(?:\s*&\s*Co\.?\s*KG)?|mbH|AG|KG|KGaA|UG(?:\s*\(haftungsbeschränkt\))?"
        r"|e\.\s?V\.|OHG",
        "fr": r"SARL|SAS|SASU|EURL|SA|SCOP|S\.A\.R\.L\.|S\.A\.S\.",
        "es": r"S\.\s?L\.(?:\s?U\.)?|SL|SLU|S\.\s?A\.(?:\s?P\.\s?I\.|\s?B\.)?(?:\s*de\s*C\.\s?V\.)?"
        r"|SA(?:PI|B)?\s+de\s+CV|SA"
        r"|S\.\s*de\s*R\.\s?L\.(?:\s*de\s*C\.\s?V\.)?",
        "pt": r"Lda\.?|Ltda\.?|S\.\s?A\.|SA|EIRELI",
        "it": r"(?i:s\.\s?r\.\s?l\.)(?:\s?s\.)?|Srls?|SRL|S\.\s?p\.\s?A\.|SpA"
        r"|S\.\s?a\.\s?s\.|S\.\s?n\.\s?c\.",
        "nl": r"B\.\s?V\.|BV|N\.\s?V\.|NV|V\.\s?O\.\s?F\.",
        "ja": r"K\.\s?K\.|KK|G\.\s?K\.",
        "tr": r"A\.\s?Ş\.|Ltd\.?\s*Şti\.?",
        "pl": r"(?i:sp\.\s?z\s?o\.\s?o\.)|(?i:sp\.\s?[kj]\.)",
        "hu": r"Kft\.?|Zrt\.?|Nyrt\.?|Bt\.?|Kkt\.?",
        "ms": r"Sdn\.?\s?Bhd\.?|Bhd\.?|Berhad",
        # Greece's and Cyprus's: "Α.Ε.", "Ε.Π.Ε.", "Ι.Κ.Ε.", "Ο.Ε.", "Ε.Ε.", Cypriot "Λτδ"
        "el": r"Α\.\s?Ε\.|ΑΕ|Ε\.\s?Π\.\s?Ε\.|ΕΠΕ|Ι\.\s?Κ\.\s?Ε\.|ΙΚΕ|Ο\.\s?Ε\.|Ε\.\s?Ε\.|Λτδ|ΛΤΔ",
    }.items()
}
# a Japanese or Korean company's form may come first, without a space: "株式会社ミライ",
# "ミライ合同会社", "주식회사 한빛", "(주)한빛"
_LEGAL_FORMS_BEFORE = {
    "ja": re.compile(r"株式会社|合同会社|有限会社|\(株\)|（株）"),
    "ko": re.compile(r"주식회사|유한회사|\(주\)|㈜"),
    "zh": re.compile(r"有限公司"),  # "雲端科技股份有限公司", "星云数据有限公司"
    # "Công ty TNHH Sao Mai", "Công ty Cổ phần ...": a Vietnamese company's form opens its name
    "vi": re.compile(r"(?i:công ty|tnhh|cổ phần)"),
}
# the scripts only one language of the drafts writes: a title or name in them says it
_SCRIPTS = {
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),  # kana or kanji
    "ko": re.compile(r"[\uac00-\ud7a3]"),  # Hangul
    "zh": re.compile(r"[\u4e00-\u9fff]"),  # Chinese characters, where no kana says Japanese
    "el": GREEK_WORD,  # Greek letters: "Σοφία Αθανασίου", "Διευθυντής"
}
# where Chinese is written: there a name or title in kanji ("陳怡君", "前端工程師") is
# Chinese, and only kana says Japanese
_KANA = re.compile(r"[\u3040-\u30ff]")
_CHINESE_COUNTRIES = frozenset(("TW", "CN", "HK", "MO"))
_CHINESE_DOMAINS = (".tw", ".cn", ".hk", ".mo")


def profile_reads(
    language: str,
    role: str,
    domains: Sequence[str],
    name: str,
    country: str | None = None,
    organisation: str = "",
) -> str | None:
    """What in `name`'s profile says they read `language`, as a clause: their title
    written in it ("so is Sophie's title (Gérante)"), an e-mail domain of its country
    ("Sarah's e-mail is at lingua.fr"), their address in its country ("Bia's address
    is in Brazil"), or their company's legal form ("Katrin works at Kestrel GmbH, a
    company of a country that speaks it"); None when nothing does."""
    if language != "en" and any(t in WORDS.get(language, ()) for t in tokens(role)):
        return f"so is {name}'s title ({role})"
    script = _SCRIPTS.get(language)
    if language == "ja" and _in_chinese(country, domains):
        script = _KANA
    if language == "zh" and _KANA.search(f"{role} {name}"):
        return None  # a title or name in kana: a reader of Japanese
    if language == "zh" and _in_japan(country, domains):
        script = None  # "山田太郎" in Japan: a Japanese name in kanji
    if script and script.search(role):
        return f"so is {name}'s title ({role})"
    if script and script.search(name):
        return f"{name} writes their name in it"
    ending = _COUNTRY_DOMAINS.get(language, ())
    domain = next((d for d in domains if d.casefold().endswith(ending)), None) if ending else None
    if domain:
        return f"{name}'s e-mail is at {domain}"
    if COUNTRY_LANGUAGES.get(country or "") == language:
        return lives_in(country, name)
    form = _LEGAL_FORMS.get(language)
    before = _LEGAL_FORMS_BEFORE.get(language)
    if (form and form.search(organisation.strip())) or (before and before.search(organisation)):
        return f"{name} works at {organisation.strip()}, a company of a country that speaks it"
    return None


def _in_chinese(country: str | None, domains: Sequence[str]) -> bool:
    """Whether a contact's address or an e-mail domain is in a country that writes Chinese."""
    return country in _CHINESE_COUNTRIES or any(
        d.casefold().endswith(_CHINESE_DOMAINS) for d in domains
    )


def _in_japan(country: str | None, domains: Sequence[str]) -> bool:
    """Whether a contact's address or an e-mail domain is in Japan."""
    return country == "JP" or any(d.casefold().endswith(".jp") for d in domains)


def lives_in(country: str | None, name: str) -> str | None:
    """ "Bia's address is in Brazil" (the contact's country by its English name)."""
    return f"{name}'s address is in {place_names([country], 'en')[0]}" if country else None
