"""Which language a posting is written in, and whether a contact's profile says they
read it: a draft to someone who did not ask is written in the posting's language only
when both say so.

A posting is read by its small words ("nous", "und", "het") and the words of a job
title ("Traductrice", "Geschäftsführer", "(H/F)", "(m/w/d)"): a LinkedIn export's saved
job is a title alone. A contact's profile is their title ("Gérante", "Responsable
recrutement"), the e-mail domains of their contact cards (".fr") and the country of
their address, where an address book gives one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from warehouse.intro_languages import place_names

# a word, or a title's gender tag ("(h/f)", "(m/w/d)")
_TOKEN = re.compile(r"\([a-z]/[a-z](?:/[a-z])?\)|[^\W\d_]+")
_WORDS = {
    "en": "the and to of you we our with for is are will this your be who have",
    "fr": "le les des du une et est pour avec dans nous vous notre votre nos vos qui au aux "
    "sont cette être chez sera (h/f) (f/h) traducteur traductrice rédacteur rédactrice "
    "gérant gérante responsable directeur directrice chargé chargée fondateur fondatrice "
    "cofondateur cofondatrice chef cheffe ingénieur ingénieure développeur développeuse "
    "recruteur recruteuse associé associée dirigeant dirigeante indépendant indépendante "
    "conseiller conseillère consultante comptable graphiste titreur titreuse stagiaire "
    "recrutement ressources humaines poste télétravail",
    "de": "der die das und ist mit für wir sie ihr ihre unser unsere ein eine auf zu von bei "
    "den dem nicht du (m/w/d) (w/m/d) (m/w/x) (m/f/d) geschäftsführer geschäftsführerin "
    "leiter leiterin gründer gründerin inhaber inhaberin übersetzer übersetzerin entwickler "
    "entwicklerin personalreferent personalreferentin freiberuflich freiberufler "
    "mitarbeiter mitarbeiterin werkstudent",
    "es": "el los las del y con para por una nuestro nuestra somos buscamos trabajarás "
    "director directora gerente fundador fundadora jefe jefa traductor traductora "
    "desarrollador desarrolladora reclutamiento selección diseñador diseñadora redactor "
    "redactora",
    "pt": "o os do da dos das com para uma um é nosso nossa em não você procuramos "
    "diretor diretora gerente fundador fundadora tradutor tradutora desenvolvedor "
    "desenvolvedora responsável recrutamento sócio sócia redator redatora",
    "it": "il lo gli della di con per è nostro nostra siamo che cerchiamo direttore "
    "direttrice fondatore fondatrice titolare responsabile traduttore traduttrice "
    "sviluppatore sviluppatrice selezione personale",
    "nl": "het een van met voor wij ons onze jij zijn op bij naar niet (m/v) (m/v/x) "
    "eigenaar oprichter directeur vertaler vertaalster ontwikkelaar medewerker werving "
    "zelfstandig teamleider",
}
WORDS = {language: frozenset(words.split()) for language, words in _WORDS.items()}
# countries that speak one language of the drafts (the several-language ones, Belgium
# or Switzerland, say none): a contact's address there, or an e-mail at their domain
COUNTRY_LANGUAGES = {
    "FR": "fr", "DE": "de", "AT": "de", "ES": "es", "MX": "es", "PT": "pt", "BR": "pt",
    "IT": "it", "NL": "nl",
}  # fmt: skip
_COUNTRY_DOMAINS = {
    language: tuple(f".{code.lower()}" for code, spoken in COUNTRY_LANGUAGES.items()
                    if spoken == language)
    for language in set(COUNTRY_LANGUAGES.values())
}  # fmt: skip
_LEAD = 1.5  # the language counted most must have this many times the next one's words
_LEAST = 2  # words: fewer say nothing


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def written_in(text: str) -> str | None:
    """The language `text` is written in ("fr"), by its words; None when they are too
    few or two languages' count alike."""
    tokens = _tokens(text)
    counts = Counter({lang: sum(t in words for t in tokens) for lang, words in WORDS.items()})
    (best, most), (_, next_most) = counts.most_common(2)
    return best if most >= _LEAST and most >= _LEAD * next_most else None


def profile_reads(
    language: str, role: str, domains: Sequence[str], name: str, country: str | None = None
) -> str | None:
    """What in `name`'s profile says they read `language`, as a clause: their title
    written in it ("so is Sophie's title (Gérante)"), an e-mail domain of its country
    ("Sarah's e-mail is at lingua.fr"), or their address in its country ("Bia's address
    is in Brazil"); None when nothing does."""
    if language != "en" and any(t in WORDS.get(language, ()) for t in _tokens(role)):
        return f"so is {name}'s title ({role})"
    ending = _COUNTRY_DOMAINS.get(language, ())
    domain = next((d for d in domains if d.casefold().endswith(ending)), None) if ending else None
    if domain:
        return f"{name}'s e-mail is at {domain}"
    return lives_in(country, name) if COUNTRY_LANGUAGES.get(country or "") == language else None


def lives_in(country: str | None, name: str) -> str | None:
    """ "Bia's address is in Brazil" (the contact's country by its English name)."""
    return f"{name}'s address is in {place_names([country], 'en')[0]}" if country else None
