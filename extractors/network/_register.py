"""How the user and a contact address each other in their messages: du or Sie, tu or
vous, tú or usted, tu or Lei, je or u, Polish ty or Pan/Pani, Czech ty or vy (European
Portuguese tu; você says neither, as Brazilians write it to friends and strangers
alike). Only this word is kept, never the messages: an introduction request to a
contact one writes "du" to is written in "du". The conversation's language is kept too
(a word such as "fr", "ja"): a request to a contact one writes to in French is written
in French.

A pronoun means one thing in one language only ("je" is Dutch "you" but French "I",
"tu" Italian or French, "Sie" mid-sentence German's polite you but "they" at a
sentence's start), so the conversation's language is read first, by its small words and
by the pronouns themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from extractors._language import WORDS, is_japanese, leading, tokens

# per language: the informal and the formal you, as a message writes them
_PRONOUNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "de": (
        re.compile(r"\b(?:du|dich|dir|dein(?:e[mnrs]?)?)\b", re.IGNORECASE),
        # capitalised and not a sentence's first word (there "Sie" may be "they")
        re.compile(r"(?<![.!?:] )(?<!^)\b(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)\b"),
    ),
    "fr": (
        re.compile(r"\b(?:tu|toi|ton|ta|tes|te|t['’])(?=\W|$)", re.IGNORECASE),
        re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
    ),
    "es": (
        re.compile(r"\b(?:tú|tu|tus|te|ti|contigo)\b", re.IGNORECASE),
        re.compile(r"\b(?:usted(?:es)?|ud|vd)\b", re.IGNORECASE),
    ),
    "pt": (
        re.compile(r"\b(?:tu|te|ti|teu|tua|teus|tuas|contigo)\b", re.IGNORECASE),
        re.compile(r"\b(?:o\s+senhor|a\s+senhora|v\.?\s*exa)\b", re.IGNORECASE),
    ),
    "it": (
        # and the greeting "Ciao" and the imperatives of "tu" ("figurati", "fammi sapere"):
        # "Ciao Giulia, grazie ancora!" is written to a "tu", whom no pronoun names
        re.compile(
            r"\b(?:tu|ti|te|tuo|tua|tuoi|tue|ciao|figurati|fammi|dimmi|scrivimi)\b",
            re.IGNORECASE,
        ),
        # "Lei", "La ringrazio", "il Suo": capitalised, not a sentence's first word; and
        # the greetings of a letter to a "Lei" ("Gentile Dott.ssa Colombo", "Egregio")
        re.compile(
            r"(?<![.!?:] )(?<!^)\b(?:Lei|La|Le|Suo|Sua|Suoi|Sue)\b"
            r"|\b(?:Gentile|Gentilissim[oa]|Egregi[oa])\b"
        ),
    ),
    "nl": (
        re.compile(r"\b(?:je|jij|jou|jouw)\b", re.IGNORECASE),
        re.compile(r"\b(?:u|uw)\b", re.IGNORECASE),
    ),
    # Polish: "ty" in its cases and the verbs said to one ("masz", "możesz"), the greeting
    # "cześć"; formally Pan or Pani in their cases and a letter's "Szanowna". Not "ty"
    # (English "thank you"), "ci" (Italian), "pan" (Spanish and Czech) in lower case, nor
    # "państwo" in lower case (the state)
    "pl": (
        re.compile(
            r"\b(?:cię|ciebie|tobie|tobą|twój|twoj(?:a|e|ego|ej|emu|im|ą|i|ich)|masz|możesz"
            r"|jesteś|wiesz|chcesz|cześć)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:Pan|Państw(?:o|a|u|em))\b"
            r"|(?i:\b(?:pana|panu|panem|panie|pani|panią|szanown(?:y|a|i|e))\b)"
        ),
    ),
    # Czech: "ty" in its cases, the verbs said to one ("máš", "jsi"), "ahoj", "čau";
    # formally vy in its cases (a chat writes "vás" as a letter "Vás") and its verbs. Not
    # "ty" (English), "ti" (Italian, Spanish) nor "pane" (Italian bread)
    "cs": (
        re.compile(
            r"\b(?:tě|tebe|tobě|tebou|tvůj|tvoj(?:e|i)|tvá|tvé(?:ho|mu)?|tvým|tvou|tvých"
            r"|máš|můžeš|jsi|víš|chceš|ahoj|čau)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:vy|vás|vám|vámi|váš|vaš(?:e|eho|emu|i|im|ich|em)|máte|můžete|jste|víte"
            r"|chcete)\b",
            re.IGNORECASE,
        ),
    ),
}


# the small words of a chat that a posting's lists lack: greetings, thanks, the first
# person, the weekdays ("Hoi Lena, leuk dat je erbij was!", "darf ich Ihnen kurz ...",
# "à mardi !"); none that two of the languages share ("je", "que", "non", "per")
_CHAT = {
    language: frozenset(words.split())
    for language, words in {
        "en": "hi hello thanks thank my am great meet would could let's soon cheers monday "
        "tuesday wednesday thursday friday",
        "de": "ich mich mir mein meine meinen bin habe hast hat nicht gern gerne kurz danke "
        "hallo grüße gruß viele liebe lieber noch auch schon würde wäre frage zeit klar montag "
        "dienstag mittwoch donnerstag freitag",
        "fr": "suis merci bonjour salut pas aussi moi avez avons ai encore demain oui ça coucou "
        "bientôt rien plaisir semaine lundi mardi mercredi jeudi vendredi",
        "es": "hola gracias pero muy estoy tengo mañana también estás qué saludos sí lunes martes "
        "miércoles jueves viernes",
        "pt": "olá obrigado obrigada tudo bem estou tenho amanhã também abraço beijos",
        "it": "ciao grazie sono ho hai anche domani sei buongiorno saluti molto sì lunedì "
        "martedì mercoledì giovedì venerdì",
        "nl": "ik het dat leuk hoi groeten bedankt zullen graag even heb ben wel ook nog maar "
        "mij mijn kunt kun geachte beste hartelijk alvast bellen maandag dinsdag woensdag "
        "donderdag vrijdag",
        "pl": "mogę chciałbym chciałabym chwilę jasne proszę rozmowę rozmowy jutro serdecznie "
        "tygodniu poniedziałek wtorek środę czwartek piątek",
        "cs": "mám bych chtěl chtěla zítra dnes zprávu zdravím pozdravem posílám jasně "
        "pondělí úterý středu čtvrtek pátek",
    }.items()
}


def _language(text: str) -> str | None:
    """The language of a conversation, by its small words and its pronouns (Japanese by
    its kana)."""
    if is_japanese(text):
        return "ja"
    found = tokens(text)
    counts = Counter(
        {lang: sum(t in WORDS[lang] or t in _CHAT.get(lang, ()) for t in found) for lang in WORDS}
    )
    for lang, patterns in _PRONOUNS.items():
        counts[lang] += sum(len(p.findall(text)) for p in patterns)
    return leading(counts)


def _register(text: str, language: str) -> str | None:
    informal, formal = _PRONOUNS[language]
    casual, polite = len(informal.findall(text)), len(formal.findall(text))
    if casual == polite:
        return None
    return "informal" if casual > polite else "formal"


def conversation_register(texts: Iterable[str], mine: Sequence[bool] = ()) -> str | None:
    """How two people address each other: as the latest message that shows it does
    (Sie until they agree on du, then du), the user's own first (`mine`); None where
    none shows it, or the conversation is in English or a language of no drafts."""
    found = conversation_voice(list(texts), mine)
    return found.register if found else None


class Voice(NamedTuple):
    """How a conversation is written: its language ("fr"; None where its words show
    none, or two as much), its register (None where none shows), and the index of the
    message that shows the register (else of the latest message)."""

    language: str | None
    register: str | None
    shown_at: int


# a contact's offer to switch to the informal you, which outweighs the user's earlier
# formal one ("On se tutoie ?", "sag ruhig du", "wir können uns gern duzen", "podemos
# tutearnos", "diamoci del tu", "zeg maar je", "podes tratar-me por tu", "mówmy sobie po
# imieniu", "klidně mi tykej")
_OFFERS_INFORMAL = re.compile(
    r"\bon\s+se\s+tutoie\b|\btutoie[zr]?[-\s]moi\b|\bse\s+tutoyer\b"
    r"|\bsag\w*\s+(?:(?:ruhig|gerne?|einfach|doch)\s+)*du\b|\bdu\s+sagen\b|\bduzen\b"
    r"|\btutear(?:nos|me)\b|\btr[aá]tame\s+de\s+t[uú]\b"
    r"|\b(?:diamoci|dammi|darci|darmi)\s+del\s+tu\b"
    r"|\bzeg\s+(?:(?:maar|gerust|gewoon)\s+)*(?:je|jij)\b|\btutoyeren\b"
    r"|\btratar-me\s+por\s+tu\b|\bpor\s+tu\s+(?:[àa]\s+)?vontade\b"
    # "przejdźmy na ty", "mów mi po imieniu", "klidně mi tykej", "můžeme si tykat"
    r"|\bprzejd\w*\s+na\s+ty\b|\bm[óo]w(?:my|cie)?\s+(?:mi|sobie)\s+po\s+imieniu\b"
    r"|\btykej(?:me|te)?\b|\bsi\s+tykat\b",
    re.IGNORECASE,
)


def _latest_register(said: list[tuple[int, str]], language: str) -> tuple[str, int] | None:
    """The register of the latest of `said` (index, text) that shows one, and its index."""
    return next(((r, i) for i, t in reversed(said) if (r := _register(t, language))), None)


def conversation_voice(texts: Sequence[str], mine: Sequence[bool] = ()) -> Voice | None:
    """The language and register of `texts` (oldest first); None where they show
    neither. The register is as the latest of the user's own messages that shows one
    says (`mine`: which are the user's; a draft is written in the user's voice, not the
    contact's: a junior may write "Sie" to a user who writes "du"), else as the latest
    message that shows one; unless a later message offers the informal you ("On se
    tutoie ?"). A thread split in parts is as its latest such message says."""
    said = [(i, " ".join(t.split())) for i, t in enumerate(texts) if t and t.strip()]
    language = _language(" ".join(t for _, t in said))
    if language is None:
        return None
    found = None
    if language in _PRONOUNS:
        users = [(i, t) for i, t in said if i < len(mine) and mine[i]]
        found = _latest_register(users, language) or _latest_register(said, language)
        offered = [i for i, t in said if found and i > found[1] and _OFFERS_INFORMAL.search(t)]
        if offered:
            found = ("informal", offered[-1])
    register, shown_at = found or (None, said[-1][0])
    return Voice(language, register, shown_at)
