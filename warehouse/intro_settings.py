"""The `[intro]` table: how `leads intro` drafts are signed and worded.

Apart from `warehouse.intro` so that reading a config loads none of what drafting
needs (the network's matching, the ask patterns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from string import Template

from extractors._errors import ConfigError

PLACEHOLDERS = {
    "first_name": "the contact's first name (in Japanese, their family name)",
    "contact": "the contact's name",
    "how_you_know": "how you know them, from your exports",
    "acquaintance": "a sentence owning up to a loose tie (none to someone you write to)",
    "request": "what you ask: to forward the note, or (a recruiter) to take it on",
    "role": "the role the lead's title names (a header's role field)",
    "the_role": 'the role as a sentence says it: "the Data Engineer role", "the open roles"',
    "company": "the lead's company",
    "client": 'the company a recruiter posted the lead for (its name, or "your client")',
    "link": "the posting's link",
    "offer": "what you offer",
    "worker": 'what you work as: "a contractor", "a freelance translator" ("auf Projektbasis")',
    "thanks": "an ask's thanks, or a word that this follows up your reply",
    "your_name": "your name ([intro] name)",
    "signature": "the lines under your name ([intro] signature)",
}

# how `[intro.contacts]` says to address someone: the word itself, in any of the drafts'
# languages ("du", "Sie", "tu", "vous", "tú", "usted", "Lei", "je", "u", "ty", "Pan",
# "Pani", "ти", "Ви", "ты", "Вы", "さん", "様", "sen", "siz", "kamu", "Anda", "awak", "vy",
# "te", "Ön", "你", "您", "σου", "εσύ", "σας", "εσείς", "bạn", "anh/chị"), or plainly (as
# `casefold` writes them: Greek's last "ς" is "σ")
_REGISTER_WORDS = {
    **dict.fromkeys(
        ("du", "tu", "tú", "je", "jij", "ty", "ти", "ты", "さん", "sen", "kamu", "awak", "te",
         "你", "σου", "εσύ", "bạn", "informal"),
        "informal",
    ),
    **dict.fromkeys(
        ("sie", "vous", "usted", "lei", "u", "você", "pan", "pani", "ви", "вы", "様", "siz",
         "anda", "vy", "ön", "您", "σασ", "εσείσ", "anh/chị", "formal"),
        "formal",
    ),
}  # fmt: skip
# the words only one language addresses with: "tú" alone says Spanish, as "du" German
# ("tu" is French, Portuguese and Italian alike, "informal" any language's); "ty" is
# Polish's, as Czech writes it too: a Czech "ty" is "cs ty", a Czech "vy" Czech alone
_LANGUAGE_OF_WORD = {
    **dict.fromkeys(("tú", "usted"), "es"),
    **dict.fromkeys(("du", "sie"), "de"),
    "vous": "fr",
    "você": "pt",
    "lei": "it",
    **dict.fromkeys(("jij", "je", "u"), "nl"),
    **dict.fromkeys(("ty", "pan", "pani"), "pl"),
    **dict.fromkeys(("ти", "ви"), "uk"),
    **dict.fromkeys(("ты", "вы"), "ru"),
    "awak": "ms",  # "anda" is Malay's too, but Indonesian's first: a Malay "anda" is "ms anda"
    **dict.fromkeys(("さん", "様"), "ja"),
    **dict.fromkeys(("sen", "siz"), "tr"),
    **dict.fromkeys(("kamu", "anda"), "id"),
    "vy": "cs",
    **dict.fromkeys(("te", "ön"), "hu"),
    **dict.fromkeys(("你", "您"), "zh"),  # Traditional or Simplified: `warehouse.intro_chinese`
    **dict.fromkeys(("σου", "εσύ", "σασ", "εσείσ"), "el"),
    **dict.fromkeys(("bạn", "anh/chị"), "vi"),
}


@cache
def _languages_named() -> list[str]:
    """The languages a draft is written in, as `[intro] language` and `[intro.contacts]`
    name them; the drafts' tables load only for a table that names one, not for every
    config (a read command drafts nothing)."""
    from warehouse.intro_requests import REQUESTS

    return list(dict.fromkeys(["en", *REQUESTS, "pt-PT"]))


@dataclass(frozen=True)
class IntroSettings:
    """The `[intro]` table."""

    name: str = ""  # how the request is signed
    # lines under the name: a link to your work, a booking page, a phone ("\n" between)
    signature: str = ""
    # one or two sentences, or a table of them by language ({ en = "...", fr = "..." });
    # default (or no sentence in the draft's language): from [profile]
    offer: str | dict[str, str] = ""
    template: str = ""  # "": warehouse.intro's drafts, by who the contact is
    # the language of a draft to someone who did not ask: "auto" is the posting's where
    # the contact's profile says they read it; an ask is answered in its own language
    language: str = "auto"
    # per contact, by their name: a language ("nl"), a way to address them ("du"), or
    # both ("nl je"); it overrides what the exports and the posting say
    contacts: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._check_template()
        if self.language != "auto":
            self._check_language()
        named: dict[str, str] = {}
        for name, words in self.contacts.items():
            _address(words, f"contacts.{name}")
            key = name_key(name)
            if not key:
                raise ConfigError(f"contacts.{name}: names no one (write their name)")
            if key in named:
                raise ConfigError(
                    f"contacts: {named[key]!r} and {name!r} name the same person; keep one"
                )
            named[key] = name
        if isinstance(self.offer, dict):
            from warehouse.intro_languages import LANGUAGE_NAMES, LANGUAGES

            known = ["en", *LANGUAGES]
            for key in self.offer:
                if key not in known:
                    names = ", ".join(f"{k} ({LANGUAGE_NAMES[k]})" for k in known)
                    raise ConfigError(f"offer.{key}: unknown language (known: {names})")

    def offer_in(self, language: str) -> str:
        """The offer in the draft's language ("pt-BR", else "pt"); "" where the user wrote
        none in it."""
        if isinstance(self.offer, dict):
            return self.offer.get(language) or self.offer.get(language.partition("-")[0], "")
        return self.offer

    def addressed(self, contact: str | None) -> tuple[str | None, str | None]:
        """The language and register ("informal", "formal") `[intro.contacts]` sets for
        the contact, named as `name_key` reads a whole name; None for what it does not
        say."""
        key = name_key(contact or "")
        words = next((w for name, w in self.contacts.items() if key and name_key(name) == key), "")
        return _address(words, "")

    def _check_language(self) -> None:
        from warehouse.intro_languages import CODES

        object.__setattr__(self, "language", CODES.get(self.language.lower(), self.language))
        choices = ["auto", *_languages_named()]
        if self.language not in choices:
            raise ConfigError(
                f"language: expected {', '.join(repr(c) for c in choices)}, got {self.language!r}"
                " (the language of a draft to someone who did not ask)"
            )

    def _check_template(self) -> None:
        template = Template(self.template)
        if not template.is_valid():
            raise ConfigError("template: a `$` that is not a placeholder (write `$$` for $)")
        unknown = sorted(set(template.get_identifiers()) - set(PLACEHOLDERS))
        if unknown:
            raise ConfigError(
                f"template: unknown placeholder ${unknown[0]} (known: "
                + ", ".join(f"${name}" for name in PLACEHOLDERS) + ")"
            )  # fmt: skip


# titles before a name and degrees after it: the same person with or without them
_TITLES = frozenset(
    ["dr", "prof", "mr", "mrs", "ms", "mx", "herr", "frau", "mme", "mlle", "dott", "ing", "mag"]
)
_DEGREES = frozenset(["phd", "mba", "msc", "bsc", "ma", "ba", "md", "mphil", "dphil", "llm"])


def name_key(name: str) -> str:
    """A whole name as `[intro.contacts]` matches it: case, accents and punctuation
    aside, titles ("Dr.", "Frau") and degrees (", PhD") dropped, "Keller, Jana" as
    "jana keller". Nothing else: "Jana Keller" is not "Jana Keller-Brandt" nor "Jana
    Keller Jr.", who may be someone else, and "Jana" only a contact named "Jana" alone
    (a handle, an Instagram display name)."""
    from extractors._orgs import fold  # not at config load: read commands never draft

    parts = [p for p in (fold(part).split() for part in name.split(",")) if p]
    parts = [p for p in parts if not set(p) <= _DEGREES]
    if len(parts) == 2:  # "Keller, Jana": surname first
        parts.reverse()
    words = [w for part in parts for w in part]
    while words and words[0] in _TITLES:
        words.pop(0)
    while words and words[-1] in _DEGREES:
        words.pop()
    return " ".join(words)


def _address(words: str, where: str) -> tuple[str | None, str | None]:
    """The language and register an `[intro.contacts]` value says ("nl je"); a word of
    address only one language uses ("tú", "Sie") says its language too, unless another
    is named."""
    from warehouse.intro_languages import CODES

    languages = _languages_named()
    language = register = implied = None
    for word in words.replace(",", " ").split():
        code = CODES.get(word.lower(), word.lower())
        if code in languages and language is None:
            language = code
        elif word.casefold() in _REGISTER_WORDS and register is None:
            register = _REGISTER_WORDS[word.casefold()]
            implied = _LANGUAGE_OF_WORD.get(word.casefold())
        else:
            raise ConfigError(
                f"{where}: {word!r} in {words!r} is neither a language ({', '.join(languages)})"
                " nor a way to address them (du or Sie, tu or vous, tú or usted, tu or você, Lei,"
                " je or u, ty or Pan/Pani, ти or Ви, ты or Вы, さん or 様, sen or siz,"
                " kamu or Anda, awak, ty or vy, te or Ön, 你 or 您, σου or σας, bạn or anh/chị), or"
                " says it twice"
            )
    return language or implied, register
