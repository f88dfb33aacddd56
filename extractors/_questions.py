"""A community post that opens by asking and offers no work is talk, not a lead: "Does
anyone know good places to find Rust contracts?", "Kennt jemand gute Seiten für
Rust-Aufträge?", "¿Alguien sabe dónde encontrar proyectos de Elixir?". An offer of work
anywhere in it (pay, a need, a way to reply, the hours, "Are you a Go developer? Join
us", "anyone know a good Rails freelancer?") keeps it. English, German, Spanish, French
and Portuguese.
"""

from __future__ import annotations

import re

# the opening sentence a question word leads, up to its question mark
_ASKING = re.compile(
    r"[\W_]*(?:"
    r"does|do|did|is|are|has|have|can|could|would|will|should|wh(?:at|o)(?:'s|’s)?"
    r"|where|why|how|which|anyone\s+know"
    r"|kennt|wei(?:ß|ss)|gibt\s+es|hat\s+jemand|wer|wo|wie|was|warum|welche[rsnm]?"
    r"|alguien|d[oó]nde|c[oó]mo|qu[eé]|cu[aá]l(?:es)?|hay"
    r"|quelqu(?:'|’)un|o[uù]|comment|est-ce|y\s+a-t-il|quel(?:le)?s?|connaissez"
    r"|algu[eé]m|onde|como|qual|quais|existe"
    r")\b[^?\n]{0,200}\?",
    re.IGNORECASE,
)
_OFFERS_WORK = re.compile(
    r"[$€£]\s?\d|\d\s?(?:[$€£]|(?:k|usd|eur|gbp)\b)|\b(?:"
    r"paying|budget|hire|hiring|we\s+need|i\s+need\s+(?:a|an|someone)|(?:email|contact|dm)\s+me"
    r"|reach\s+out|apply|join|we(?:'re|’re|\s+are)|looking\s+for\s+an?|roles?|positions?"
    r"|openings?|recommend|know\s+(?:of\s+)?(?:an?|any|someone)|full[\s-]?time|part[\s-]?time"
    r"|vollzeit|teilzeit|tiempo\s+(?:completo|parcial)|temps\s+(?:plein|partiel)"
    r"|wir\s+(?:suchen|brauchen)|(?:suche|brauche)\s+(?:eine?n?|jemanden)|bezahl\w*"
    r"|stundensatz|tagessatz"
    r"|bewerb\w*|meldet?\s+(?:dich|euch)|schreib\w*\s+(?:mir|uns)"
    r"|buscamos|busco\s+(?:a\s+)?(?:una?|alguien)|necesitamos|necesito\s+(?:una?|alguien)"
    r"|pagamos|presupuesto|escr[ií]be(?:me|nos)|post[uú]la\w*"
    r"|(?:re)?cherchons|je\s+cherche\s+(?:une?|quelqu)|r[ée]mun[ée]r\w*|contacte[zr]"
    r"|recrut\w*|postuler"
    r"|procuramos|precisamos|preciso\s+de|or[çc]amento|candidat[ae]\w*"
    r")\b",
    re.IGNORECASE,
)


def asks_without_offer(text: str) -> bool:
    """Whether the text opens with a question and nowhere offers work."""
    return bool(_ASKING.match(text)) and not _OFFERS_WORK.search(text)
