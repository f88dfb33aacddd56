"""Which Portuguese a draft is in: Brazil's ("está contratando", "você", "encaminhar")
or Portugal's ("está a contratar", the third person, "reencaminhar").

A draft is the user's own voice, so their `[profile]` decides first: places in Brazil
(or pay in BRL) write Brazil's, places in Portugal Portugal's. Else the contact's own
wording where the lead shows it (their ask, their posting), else where they live (their
address, a `.br` or `.pt` e-mail), else Brazil's, which most who write Portuguese write.
"pt-BR" or "pt-PT" in `[intro]` or `[intro.contacts]` says it outright.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warehouse.intro_languages import place_names
from warehouse.intro_written import lives_in
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import read_places

BRAZILIAN, EUROPEAN = "pt-BR", "pt"  # the drafts' keys (`warehouse.intro_requests`)
_NAMES = {BRAZILIAN: "Brazilian", EUROPEAN: "European"}
_COUNTRIES = {"BR": BRAZILIAN, "PT": EUROPEAN}
# words and forms only one side writes: Brazil's gerund after "estar" and its spellings
# ("equipe", "contato", "registro"), Portugal's "a" and the infinitive, its spellings
# ("equipa", "contacto", "registo") and its "tu" verbs, rare in written Brazilian
_WORDS = {
    BRAZILIAN: re.compile(
        r"\b(?:est(?:ou|amos|á|ão|ava|avam)\s+\w+(?:ando|endo|indo)"
        r"|vocês?|equipe|contatos?|registro|celular|meio\s+período|a\s+gente|freela"
        r"|pj|clt|econômic[oa]|acadêmic[oa])\b",
        re.IGNORECASE,
    ),
    EUROPEAN: re.compile(
        r"\b(?:est(?:ou|amos|á|ão|ava|avam)\s+a\s+\w+(?:ar|er|ir)"
        r"|equipas?|contactos?|registo|telemóvel|a\s+tempo\s+(?:inteiro|parcial)"
        r"|recibos\s+verdes|connosco|facto|falámos|económic[oa]"
        r"|académic[oa]|conheces|podes|sabes|tens|queres|precisas)\b",
        re.IGNORECASE,
    ),
}


def user_variant(profile: Profile | None) -> tuple[str, str] | None:
    """The user's own Portuguese, and why: their places in one of the two countries,
    else pay in reais; None where they say neither (or both)."""
    if profile is None:
        return None
    places = {c for p in profile.locations for c in read_places(p) if c in _COUNTRIES}
    if len(places) == 1:
        (country,) = places
        return _COUNTRIES[
            country
        ], f"your [profile] places you in {place_names([country], 'en')[0]}"
    if not places and profile.currency.upper() == "BRL":
        return BRAZILIAN, "your [profile] currency is BRL"
    return None


def written_variant(text: str) -> str | None:
    """The Portuguese `text` is written in, by the words only one side writes; None
    where they do not tell (or tie)."""
    counts = {v: len(words.findall(text)) for v, words in _WORDS.items()}
    if counts[BRAZILIAN] == counts[EUROPEAN]:
        return None
    return max(counts, key=counts.__getitem__)


def contact_variant(
    name: str, country: str | None, domains: Sequence[str]
) -> tuple[str, str] | None:
    """The contact's country's Portuguese, and why: their address, else their e-mail's."""
    if country in _COUNTRIES:
        return _COUNTRIES[country], lives_in(country, name) or ""
    tlds = {d.rpartition(".")[2].upper() for d in domains} & set(_COUNTRIES)
    if len(tlds) == 1:
        (tld,) = tlds
        return _COUNTRIES[tld], f"{name}'s e-mail is at a .{tld.lower()} domain"
    return None


def named(variant: str) -> str:
    """ "Brazilian Portuguese", "European Portuguese"."""
    return f"{_NAMES[variant]} Portuguese"
