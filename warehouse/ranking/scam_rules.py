"""The patterns legitimacy.py reads postings with: hard vetoes matched as requests or
by a scam's structure (`SHAPES`), soft evidence, and the domain lists that tell an
employer from a host (red-flags.md).

Data and its small compiling helpers only; the scoring lives in legitimacy.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product

from warehouse.ranking._text import (
    _SPACES,
    JOINED_WORD_END,
    JOINED_WORD_START,
    Automaton,
    Skimmed,
)
from warehouse.ranking.profile import RankingSettings
from warehouse.ranking.scam_words import FINNISH, LANGUAGES, NOT_OWN_DUES, PAID_IN

_MACROS = {  # spelled out once, used in several patterns as <NAME>
    "GAP": r"(?:\s+[^\s.!?;]+){0,4}?\s+",  # up to four words within one clause
    # who holds an interview: "interviewed by our hiring manager via ..."
    "BY_WHOM": r"(?:(?:by|with)\s+(?:our|the|an?|your)\s+(?:[a-z-]+\s+){1,3})",
    "CRYPTO": r"(?:crypto\w*|cripto\w*|bitcoins?|btc|usdt|usdc|tether|ethereum|gift\s?cards?"
    r"|western\s+union|moneygram|(?:itunes|google\s+play|amazon|steam)\s+cards?)\b",
    # what says someone else pays it, or that it costs nothing
    "NOT_YOURS": r"(?![^.!?;\n]{0,40}?\b(?:covered|(?:paid|reimbursed|refunded)\s+(?:for\s+)?"
    r"by\s+(?:us|the\s+company|the\s+employer|your\s+employer)|on\s+us"
    r"|we\s+(?:pay|cover|reimburse)|no\s+cost|free|value|worth|company[\s-]paid|budget"
    r"|stipend|allowance)\b)",
    "PRICED": r"\b(?:training|course|bootcamp|certificate|certification|enrol+ment|registration"
    r"|membership|kit|licen[cs]e|exam|background\s+check)s?(?:\s+(?:fee|cost|price|package"
    r"|program|bundle))?(?:\s+(?:costs?|is|are|for|at|of)\s+(?:only\s+|just\s+)?|\s*[(,]\s*"
    # "a background check through our partner at a cost of $65", "at their own expense ($45)"
    r"|(?:\s+[^\s.!?;]+){0,4}?\s+(?:(?:at\s+a\s+cost\s+of|for\s+a\s+fee\s+of|costing)\s+"
    r"|at\s+(?:your|their)\s+own\s+(?:expense|cost)\s*[(:,]?\s*))"
    r"[$€£]\s?[1-9][\d,.]*<NOT_YOURS>",
    # a price and then what it buys, after the duty to get it: "complete a $150 training
    # course", "buy a $75 starter kit"
    "PRICED_TO_GET": r"\b(?:complete|finish|take|buy|purchase)\s+(?:a|an|the|our)\s+[$€£]\s?"
    r"[1-9][\d,.]*\s+(?:(?:one-time|online)\s+)?(?:training|course|certification"
    r"|enrol+ment|registration|membership|starter\s+kit|exam)s?\b<NOT_YOURS>",
    "DUTY": r"\b(?:you|your|candidates?|applicants?|new\s+hires?|trainees?|tutors?|agents?|must"
    r"|mandatory|required|before\s+(?:you|starting|your|receiving|the\s+first)"
    r"|to\s+(?:be\s+considered|qualify|be\s+(?:hired|placed)|get\s+(?:hired|placed)"
    # the price of a way in: "registration is just $35 to begin earning"
    r"|(?:begin|start)\s+(?:earning|working)))\b",
    "BY_APPLICANT": r"\b(?:paid|payable)\s+by\s+(?:you|the\s+(?:candidate|applicant))\b",
    "PAID_ACCOUNT": r"(?:buy|purchase|join|upgrade\s+to|subscribe\s+to)\s+(?:a|an|the|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:premium|paid|pro|vip|gold|platinum)\s+(?:[\w-]+\s+)?(?:accounts?"
    r"|memberships?|tiers?|plans?|subscriptions?)\b",
    # a paid tier with its price: "Premium membership 29 USD / month", "Plus plan ($29)"
    "PRICED_TIER": r"\b(?:premium|paid|pro|plus|vip|gold|platinum)\s+(?:memberships?|plans?"
    r"|tiers?|accounts?|subscriptions?)\s*\(?\s*(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|eur|gbp"
    r"|[$€£]))",
    # the work a paid tier is said to give, not a product's own ("unlimited projects")
    "WORK": r"(?:(?:client|paid|translation|writing|transcription|tutoring|freelance)\s+"
    r"(?:projects?|work|briefs?|jobs?|orders?|tasks?|gigs?|surveys?)|jobs?(?!\s+(?:board|post"
    r"|listing|alert|search))|gigs?|briefs?|assignments?|surveys?|work)\b",
    "WORK_GIVEN": r"(?:(?:start\s+)?(?:receiv|get|access|unlock|see)\w*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:projects?|work|jobs?|tasks?|orders?|surveys?|clients?|assignments?)|start\s+(?:earning"
    r"|working))\b",
    "VENDOR": r"(?:from|through|via|at)\s+(?:our|the\s+company'?s|a|the)\s+(?:(?:approved"
    r"|preferred|recommended|designated|certified|authori[sz]ed|partner|official|equipment"
    r"|hardware|it|tech)\s+)?(?:vendors?|suppliers?|providers?"
    r"|(?:equipment|hardware|it|tech)\s+partners?)\b",
    # the same in es, pt, fr, de, it: a seller, what makes it the employer's pick, and
    # what the applicant would buy from it to start
    "SELLER": r"(?:proveedor(?:es)?|distribuidor(?:es)?|fornecedor(?:es)?|revendedor(?:es)?"
    r"|fournisseurs?|revendeurs?|distributeurs?|lieferant(?:en)?|h[aä]ndler\w*|anbieter\w*"
    r"|fornitor[ei]|rivenditor[ei]|distributor[ei]|partner|parceir[oa]s?|partenaires?)\b",
    "APPROVED": r"(?:autoriz|aprobad|homologad|recomend|designad|oficial|credenciad|indicad"
    r"|certific|agr[ée]{2}|recommand|officiel|d[ée]sign|autoris|approuv|zugelassen|empfohlen"
    r"|offiziell|vertrags|approvat|ufficial|convenzionat|consigliat)\w*",
    "GEAR": r"(?:equipos?|equipamientos?|equipamentos?|port[aá]til(?:es)?|ordenador(?:es)?"
    r"|computador(?:as?|es)?|notebooks?|laptops?|software|mat[eé]riel|[eé]quipements?"
    r"|ordinateurs?|ausr[uü]stung|ger[aä]te?|computer|hardware|attrezzatur[ae]|dispositiv[oi]"
    r"|kits?)\b",
    # "de nuestro proveedor", "auprès de notre fournisseur", "dal nostro fornitore"
    "FROM_OUR": r"(?:a\s+trav[eé]s\s+de(?:l|\s+la)?|atrav[eé]s\s+d[oa]|aupr[eè]s\s+d[eu]|chez"
    r"|presso|tramite|mediante|junto\s+a[oa]?|bei|von|[uü]ber|a|al|de|del|con|com|no|na|do|da"
    r"|par|dal|dalla|dai|dagli)\s+(?:(?:il|la|i|gli|lo|le|o|a|os|as)\s+)?(?:nuestr[oa]s?|noss[oa]s?|notre|nos|unser\w*|nostr[oaie]"
    r"|el|la|los|las|o|os|as|le|les|dem|der|den|il|i|l['’])\s+",
    # the applicant told to buy, or the thing to be bought: not a plural "we" (compramos,
    # achetons) nor a noun ("gli acquisti", "las compras": purchasing as a job)
    "BUY": r"(?:compr(?:ar|a|e|es|ad[oa]s?)|adquir(?:ir|a|as|e|id[oa]s?)|ach[eè]te[rz]?"
    r"|achet[ée]e?s?|command(?:er|ez)|acquist(?:are|a|at[oaie])|compr(?:are|i)"
    r"|kauf(?:en|st|t)|gekauft|bestell(?:en|st|t)|erw(?:erben|irb)|besorg(?:en|st|t))\b",
    # the one who is told to do it, not "nosotros", "nous", "wir", "noi" (we do it)
    "NOT_WE": r"(?!(?:wir|nous|noi|nosotros|n[oó]s)\b)",
    "OFF": r"(?:(?:off|outside)\s+(?:of\s+)?(?:the\s+)?|(?:por\s+)?fuera\s+de\s+(?:la\s+)?"
    r"|fora\s+d[aoe]\s+|(?:en\s+dehors|hors)\s+(?:de\s+(?:la\s+)?|d['’]|du\s+)?"
    r"|au(?:ß|ss)erhalb\s+(?:von\s+|der\s+|des\s+)?|(?:al\s+di\s+)?fuori\s+(?:da|dal|dalla|di)\s+)",
    "PLATFORM": r"(?:upwork|fiverr|freelancer|toptal|platform|plataforma|plateforme|plattform"
    r"|piattaforma)\b",
    "FEES": r"(?:fees?|comisi[oó]n(?:es)?|taxas?|frais|geb[uü]hren|provision(?:en)?"
    r"|commission[ie]?)\b",
    # the work platforms and networks whose accounts are rented out ("rent your Upwork
    # account"), each alone or in a list ("your Upwork or LinkedIn account")
    "ACCOUNTS": r"(?:upwork|fiverr|linkedin|freelancer|toptal|peopleperhour|guru|turing"
    r"|indeed|github)(?:\s*(?:,|/|or|and)\s*(?:upwork|fiverr|linkedin|freelancer|toptal"
    r"|peopleperhour|guru|turing|indeed|github))*\s+(?:(?:seller|freelancer|agency|developer)\s+)?"
    r"accounts?\b",
}
# the applicant's own top-up, and the tasks it buys (task scams), with their anchors
_MACROS["TOP_UP"] = (
    r"(?:deposit|dep[oó]sito|recharge|recarga|ricarica|top[\s-]?up|d[eé]p[oô]t|einzahlung"
    r"|aufladung|storting|opwaarder\w*|doładow\w*|doładuj\w*|wpłat\w*|wpłac\w*|depozyt\w*|insättning|indbetaling"
    r"|innskudd|talletus)"
)
# Finnish verbs of the applicant sending money on: not their nouns ("maksuja": payments)
# nor the poster's "we" ("lähetämme": we send, the money coming in)
_MACROS["FI_SEND"] = (
    r"lähet(?:ä|ät|tää)|siirr(?:ä|ät)|siirtää|maksa(?:t|a)?|tallet(?:a|at|taa)"
    r"|välit(?:ä|ät)|välittää|palaut(?:a|at|taa)"
)
# the same top-up as a verb in sv, da, no and fi ("sätta in", "lade opp", "tallettaa"),
# and the purpose a task scam gives it: more tasks or the next level
_MACROS["NORDIC_TOP_UP"] = (
    r"(?:sätt\w*\s+in|insättning\w*|fyll\w*\s+(?:på|opp)|ladd\w*\s+upp|överför\w*|för\s+över"
    r"|betal\w*|swisha\w*|indbetal\w*|indsæt\w*|overfør\w*|lad(?:e|er)?\s+opp?|fyld\w*\s+op"
    r"|innbetal\w*|innskudd\w*|sett\w*\s+inn|vipps\w*|tallet\w*|lata\w*|täydent\w*"
    r"|täydennä|siirr\w*|siirtä\w*|maksa\w*|makse\w*|ladat\w*)\b"
)
# (each a word English does not hold: not "sett" of "settings", "lad" of "ladder")
_NORDIC_TOP_UP_ANCHORS = (
    "sätt,insättning,fyll\\spå,fyll\\sopp,fylla\\spå,fyller\\spå,fylle\\sopp,fyller\\sopp,ladda"
    ",överför,för\\söver,betal,swish,indbetal,indsæt,overfør,lad\\sop,lade\\sop,lader\\sop,fyld"
    ",innbetal,innskudd,sett\\sinn,sette\\sinn,setter\\sinn,vipps,tallet,lataa,lataat,täydent"
    ",täydennä,siirr,siirtä,maksa,makse,ladat"
)
_MACROS["TASKS"] = (
    r"(?:tasks?|tareas|tarefas|t[aâ]ches|aufgaben|compiti|incarichi|orders?|[oó]rdenes|pedidos"
    r"|ordini|taken|opdrachten|bestellingen|zadania|zadań|zlecenia|zleceń|uppgifter|uppdrag"
    r"|opgaver|oppgaver|oppdrag|tehtäv\w*)\b"
)
_TOP_UP_ANCHORS = (
    "deposit,depósito,deposito,recharge,recarga,ricarica,top-up,top\\sup,topup,dépôt,depot"
    ",einzahlung,aufladung,storting,opwaarder,doładow,doładuj,wpłat,wpłac,depozyt,insättning,indbetaling"
    ",innskudd,talletus"
)
_TASKS_ANCHORS = (
    "task,tarea,tarefa,tâche,tache,aufgabe,compiti,incarichi,order,órdenes,ordenes,pedidos,ordini"
    ",taken,opdracht,bestelling,zadani,zadań,zleceni,zleceń,uppgift,uppdrag,opgave,oppgave"
    ",oppdrag,tehtäv"
)
# the anchors of the off-platform rule's parts, and of a foreign purchase from a seller
_OFF_ANCHORS = "off,outside,fuera,fora,dehors,hors,außerhalb,ausserhalb,fuori"
_PLATFORM_ANCHORS = (
    "upwork,fiverr,freelancer,toptal,platform,plataforma,plateforme,plattform,piattaforma"
)
_AVOID_ANCHORS = "avoid,evitar,éviter,eviter,evitare,sparen,vermeiden,umgehen"
_FEES_ANCHORS = "fee,comisi,taxa,frais,gebühr,gebuhr,provision,commission"
_BUY_ABROAD = "compr,adquir,achet,achèt,command,acquist,kauf,bestell,erwerb,erwirb,besorg,bezieh"
_SELLER_ANCHORS = (
    "proveedor,distribuidor,fornecedor,revendedor,fournisseur,revendeur,distributeur,lieferant"
    ",händler,handler,anbieter,fornitor,rivenditor,distributor,partner,parceir,partenaire"
)
# the anchors of <CRYPTO> (see `_rule`): every match of it holds one of these
_CRYPTO_ANCHORS = (
    "crypto,cripto,bitcoin,btc,usdt,usdc,tether,ethereum,gift,western,moneygram"
    "|itunes,google,amazon,steam&card"
)


def _rx(pattern: str) -> re.Pattern[str]:
    for name, value in reversed(_MACROS.items()):  # a macro may name those before it
        pattern = pattern.replace(f"<{name}>", value)
    return re.compile(pattern)  # matched against lower-cased text: no IGNORECASE


@dataclass(frozen=True, slots=True)
class _Rule:
    """A pattern and the anchors its matches hold: each match holds every anchor of one
    of `alternatives`. Looking them up is far cheaper than a regex scan, and most
    postings hold none of them, or not together."""

    anchors: frozenset[str]  # all of them: a text with none holds no match
    alternatives: tuple[frozenset[str], ...]
    written: str  # the pattern, its <MACROS> in: compiled when first anchored

    @property
    def pattern(self) -> Skimmed:
        return _skimmed(self.written)

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        return _skimmed(self.written).finditer(low) if self._anchored(low) else iter(())

    def _anchored(self, low: str) -> bool:
        found = anchors_in(low)
        # `map` over a bound method: a generator costs more than the test, at every rule
        return not self.anchors.isdisjoint(found) and any(map(found.issuperset, self.alternatives))

    def search(self, low: str) -> re.Match[str] | None:
        return next(self.finditer(low), None)


@lru_cache(maxsize=16)
def anchors_in(low: str) -> frozenset[str]:
    """Every anchor of the rules, and the marks of links and addresses (`LINK`, `MAIL`),
    that `low` holds: their words found as plain substrings (one inside another too) in
    one pass. A posting is tested against every rule, and one substring test per word
    cost seven times as much."""
    found = _ANCHOR_WORDS.strings(low)
    return frozenset().union(*map(_ANCHORS_OF.__getitem__, found))


_ONE_OF = {r"\s": _SPACES, r"\-": _SPACES | {"-"}}  # what one character of a word may be


def _rule(anchors: str, pattern: str) -> _Rule:
    r"""`anchors`: what each match holds, as alternatives apart by "|", each the anchors
    it holds all of apart by "&". An anchor is one of its words apart by ",". In a word,
    "\s" is one whitespace character, as `\s+` starts with one ("start\s" is not in
    "startup"), and "\-" one whitespace character or hyphen ("start\s&today,now|urgent")."""
    alternatives = tuple(frozenset(ands.split("&")) for ands in anchors.split("|"))
    return _Rule(frozenset().union(*alternatives), alternatives, pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """`_rx(pattern)`, once, when first needed (see `Shape`)."""
    return _rx(pattern)


@cache
def _skimmed(pattern: str) -> Skimmed:
    """A rule's pattern, compiled and skimmed once, when a text first holds its anchors:
    at import, the rules' patterns cost most of reading's start, a re-run's too."""
    return Skimmed(_rx(pattern))


def _forms(word: str) -> set[str]:
    r"""The strings a word stands for: one for each character each "\s" and "\-" is."""
    pieces = (_ONE_OF.get(piece, (piece,)) for piece in re.split(r"(\\[s-])", word))
    return {"".join(form) for form in product(*pieces)}


# the strings one anchor word may stand for: each "\s" is any of 29 spaces, so two are
# 841 strings and three 24,389, which the automaton built at import would all hold
_MOST_FORMS = 1_000


def _anchor_words(anchors: Iterable[str]) -> dict[str, frozenset[str]]:
    """Every string the anchors' words stand for, and the anchors it stands in."""
    found: dict[str, set[str]] = {}
    for anchor in anchors:
        for word in anchor.split(","):
            if len(forms := _forms(word)) > _MOST_FORMS:
                raise ValueError(
                    f"scam_rules: the anchor {word!r} stands for {len(forms):,} strings"
                )
            for form in forms:
                found.setdefault(form, set()).add(anchor)
    return {form: frozenset(anchors) for form, anchors in found.items()}


def _patterns(field: str) -> list[str]:
    """The patterns of a `scam_words.Language` field, of every language."""
    return " ".join(getattr(language, field) for language in LANGUAGES).split()


def _heads(field: str) -> str:
    """One anchor (`_rule`) every match of the field's patterns holds: the longest
    literal each pattern cannot match without."""
    heads = {_literal(pattern) for pattern in _patterns(field)}
    if (short := next((head for head in heads if _too_short(head)), None)) is not None:
        raise ValueError(f"scam_words: a {field} pattern holds no literal of 3 letters: {short!r}")
    return ",".join(sorted(heads))


def _too_short(head: str) -> bool:
    """Fewer than 3 letters: an anchor most texts hold. A Hangul syllable is two or three
    letters (jamo) in one character, and a Han character a whole word-part, so two
    syllables ("재택", "부업") or two Han characters ("刷单") are enough."""
    syllables = all("\uac00" <= c <= "\ud7a3" or "\u4e00" <= c <= "\u9fff" for c in head)
    return len(head) < (2 if syllables else 3)


def _literal(pattern: str) -> str:
    """The longest run of plain characters outside groups and classes that `pattern`
    must match (a run's last letter, when optional, left out)."""
    runs, run, depth, at = [""], "", 0, 0
    while at < len(pattern):
        char = pattern[at]
        if depth == 0 and (char.isalnum() or char in " '’-"):
            run += char
            at += 1
            continue
        if pattern[at : at + 1] in ("?", "*", "{") and run:
            run = run[:-1]  # the quantifier is the run's last letter's
        runs.append(run)
        run = ""
        if char == "\\":
            at += 1  # an escape: \s, \w
        elif char == "[":
            at = pattern.index("]", at + 1)
        depth += (char == "(") - (char == ")")
        at += 1
    return max((*runs, run), key=len)


def _in_words(field: str, pattern: str) -> str:
    """`pattern` with <WORDS> the field's patterns as whole words: a foreign branch.
    Japanese, written without spaces, stands beside them: a CJK word starts and ends
    anywhere, a katakana one not inside a run of katakana (`_text`'s joined edges)."""
    words = "|".join(_patterns(field))
    return pattern.replace("<WORDS>", rf"{JOINED_WORD_START}(?:{words}){JOINED_WORD_END}")


def _foreign(field: str, anchors: str, pattern: str, foreign: str = "<WORDS>") -> _Rule:
    """An English rule (`anchors`, `pattern`) read in the other languages too: the
    field's patterns, placed as `foreign` places <WORDS>, and their anchors."""
    return _rule(f"{anchors}|{_heads(field)}", f"{pattern}|{_in_words(field, foreign)}")


# a product's flows listed before the verb ("users buy, sell and deposit USDT"): the
# twin of the pairs refused after it ("deposit and withdraw")
_AFTER_FLOWS = "".join(
    f"(?<!{verb}{joint})"
    for verb in ("sell", "trade", "swap", "withdraw", "hold", "stake")
    for joint in (r"\s", r",\s", r"\sand\s", r"\sor\s")
)

# English-only vetoes; paying, ID numbers and chat apps are read in every language by
# scam_requests.py
VETOES = {  # each first the anchors its matches hold (`_rule`)
    "fake_check": _rule(
        "deposit,cash&check,cheque,money order|cash it,cash them&bank"
        "|send,forward,wire,transfer&remain,difference,excess,rest\\s"
        "|send,forward,wire,transfer&balance|send&rest&check,cheque"
        "|receive,accept,collect&payment,funds,money,transfers&transfer,forward,send,wire,remit,convert"
        "|check,cheque&equipment,supplies,laptop,software,office,workstation,device"
        "|use,borrow,rent&your&account|cashier&check,cheque"
        "|send,sent,mail,giv,issu&check,cheque&equipment,supplies,vendor,laptop,software,office"
        "|rekening&gebruik,lenen,huren,beschikbaar|przelew,płatnoś,pieniędz&na\\sswoje,na\\stwoje"
        ",na\\sprywatne,na\\swłasne,na\\sosobiste|kont&do\\sprzyjmowania,do\\sodbierania"
        ",do\\sotrzymywania"
        "|통장,계좌&대여,빌려,임대,양도"
        "|mystery,secret shop&western union,moneygram,money gram,money transfer,wire transfer"
        "|cash it,cash them&vendor,supplier,seller,partner,agent",
        # the mystery shopper sent to "evaluate" a money transfer service with money sent
        # to them (FTC "mystery shopper scams"): the money goes on through it
        r"\b(?:mystery|secret)\s+shop\w*[^\n]{0,200}?\b(?:evaluat|assess|test)\w*\s+(?:an?\s+|the"
        r"\s+)?(?:local\s+|nearby\s+)?(?:western\s+union|money\s?gram|(?:money|wire)\s+transfer"
        r"\s+(?:services?|locations?|agents?|outlets?|offices?))\b|"
        r"\b(?:deposit|cash)\s+(?:the|a|this|our|that|my)\s+(?:[\w']+\s+)"
        r"{0,2}?(?:checks?|cheques?|money\s+orders?)\b|\bcash\s+(?:it|them)\s+at\s+your\s+bank\b"
        r"|\b(?:send|forward|wire|transfer)\s+the\s+rest\s+(?:to|via|by)\b"
        r"|\b(?:send|forward|wire|transfer)(?:\s+[^\s.!?;]+){0,3}?\s+(?:the\s+)?(?:remainder"
        r"|remaining\s+(?:balance|funds|amount|money)|difference|excess|rest\s+of\s+the\s+"
        r"(?:money|funds))\b"
        # a bank returning a payment to whoever made it, not the applicant's passing on
        r"(?![^.!?;\n]{0,40}?\bback\s+to\s+(?:the\s+)?(?:originator|sender|payer|remitter"
        r"|customer|client)s?\b)"
        r"|\b(?:send|forward|wire|transfer)\s+the\s+balance\b"
        # a ledger's balance ("send the balance reports to finance"), not money passed on
        r"(?!\s+(?:reports?|sheets?|statements?|summar\w*|reconciliations?|updates?|figures))"
        # money mules: "receive client payments to your account and transfer them on"
        r"|\b(?:receive|accept|collect)(?:\s+[^\s.!?;]+){0,3}?\s+(?:payments?|funds|money"
        r"|transfers)\b[^.!?;\n]{0,60}?\b(?:transfer|forward|send|wire|remit|convert)\s+"
        r"(?:them|it|the\s+(?:funds|money|payments?))\b"
        # a check to buy the equipment with: the FBI's equipment scam, whoever sends it
        r"|\b(?:checks?|cheques?)\s+(?:for|to\s+cover|to\s+buy|to\s+purchase)\s+(?:your\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:equipment|supplies|laptops?|software|office|workstation|devices?)\b"
        r"|\b(?:let\s+us|allow\s+us\s+to|we(?:'ll|\s+will)?)\s+(?:use|borrow|rent)\s+your\s+"
        r"(?:bank\s+|paypal\s+)?accounts?\b"
        r"|\b(?:sen[dt]s?|sending|mail(?:s|ed|ing)?|give[sn]?|giving|issu(?:es?|ed|ing))\s+you\s+a"
        r"\s+(?:[\w']+\s+)?(?:checks?|cheques?)\b"
        r"(?:\s+[^\s.!?;]+){0,8}?\s+(?:equipment|supplies|vendor|laptop|software|office)"
        # then cashed by the applicant ("a check for $2,500. Deposit it, ..."): the
        # mystery shopper's and the "assistant's" check
        r"|\b(?:checks?|cheques?)\s+(?:for|of|worth)\s+[^\n]{0,80}?\b(?:deposit|cash)\s+(?:it|them)\b"
        # or cashed and paid on to the scheme's own payee ("Cash it and pay our equipment
        # vendor the balance"; a bookkeeper deposits payments and pays suppliers)
        r"|\bcash\s+(?:it|them)\b[^.!?;\n]{0,30}?\b(?:pay|send|wire|transfer|forward)"
        r"\w*\s+(?:[\w$%,.'’&-]+\s+){0,2}?(?:our|the|their)\s+(?:[\w-]+\s+){0,2}?(?:vendors?"
        r"|suppliers?|sellers?|partners?|agents?)\b"
        # a cashier's check for a new hire is the fake check itself (FTC)
        r"|\b(?:sen[dt]|mail\w*|overnight\w*|courier\w*|giv\w*|issu\w*)\s+you\s+a\s+cashier['’]?s\s+"
        r"(?:checks?|cheques?)\b"
        # nl, pl money mules: the applicant's account lent to take payments in
        r"|\b(?:je|jouw|uw)\s+(?:eigen\s+|privé\s+)?(?:bank)?rekening(?:nummer)?\s+(?:te\s+)?"
        r"(?:gebruiken|lenen|huren|beschikbaar\s+stellen)\s+(?:om|voor)\b[^.!?;\n]{0,60}?"
        r"\b(?:betaling\w*|geld|overboeking\w*|storting\w*|ontvang\w*)"
        r"|\b(?:przyjm|odbier|otrzym)\w*\s+(?:przelew|płatnoś|pieniędz)\w*(?:\s+[^\s.!?;]+){0,4}?"
        r"\s+na\s+(?:(?:swoje|twoje|prywatne|własne|osobiste)\s+){1,2}(?:konto|konta|rachunek"
        r"|rachunki)\b"
        r"|\b(?:twoje|swoje|prywatne|własne)\s+(?:konto|rachunek)(?:\s+bankowe)?\s+do\s+"
        r"(?:przyjmowania|odbierania|otrzymywania)\s+(?:przelewów|płatności|pieniędzy)\b"
        # ko: the applicant's bank account lent or handed over ("통장 대여", "계좌 양도")
        r"|(?:통장|계좌)\s*(?:을|를)?\s*(?:대여|빌려|임대|양도)",
    ),
    "buy_equipment": _rule(
        r"buy,purchase,order,pay\s,bought&vendor,supplier,provider,partner"
        f"|{_BUY_ABROAD}&{_SELLER_ANCHORS}"
        "|buy,purchase&equipment,laptop,computer,software,supplies,licen,kit"
        "&check,cheque,reimburs,refund"
        "|must,need to,required to,have to&buy,purchase&our,company"
        "|must,need to,required to,have to&buy,purchase&from\\sus",
        # ordering is an office or IT duty ("order supplies from our vendor") unless the
        # applicant must order, or orders their own gear ("order your laptop")
        r"\b(?:buy|purchase|pay\s+for|(?:must|to)\s+order|order(?=\s+your\b))\b"
        r"(?:\s+[^\s.!?;]+){0,6}?\s+<VENDOR>"
        # ordering for colleagues is an IT or office duty
        r"(?!\s+for\s+(?:new\s+hires|employees|staff|(?:the|our)\s+team|colleagues))"
        r"|\b(?:equipment|laptops?|computers?|software|supplies)(?:,?\s+(?:which|that))?\s+(?:is"
        r"|are|will\s+be|must\s+be)\s+(?:purchased|bought|ordered)\s+<VENDOR>"
        r"|\b(?:buy|purchase)<GAP>(?:equipment|laptops?|computers?|software|supplies|licen[cs]es?"
        r"|kits?)\b"
        # "we reimburse it" is the employer's budget, not the scam's "reimbursed later"
        r"[^.!?;\n]{0,40}?\b(?:checks?|cheques?|(?<!we\s)(?<!we'll\s)(?<!will\s)"
        r"(?:reimburs\w+|refund\w*))"
        # what the applicant must buy from the employer itself ("our software")
        r"|\b(?:must|need\s+to|required\s+to|have\s+to)\s+(?:first\s+)?(?:buy|purchase)\s+"
        r"(?:our|the\s+company'?s)\b"
        # "software, which you must purchase from us": the applicant buys from the employer
        r"|\byou\s+(?:will\s+)?(?:must|need\s+to|are\s+required\s+to|have\s+to)\s+(?:first\s+)?"
        r"(?:buy|purchase)\s+(?:it\s+|them\s+)?(?:directly\s+)?from\s+us\b"
        # es, pt, fr, it: bought (not "compramos", we buy) from a seller the employer
        # approves, or the gear bought from its seller; German puts the verb last
        r"|\b<BUY>(?:\s+<NOT_WE>[^\s.!?;]+){0,6}?\s+<FROM_OUR>"
        r"(?:<APPROVED>\s+<SELLER>|<SELLER>\s+<APPROVED>)"
        r"|\b<BUY>(?:\s+<NOT_WE>[^\s.!?;]+){0,3}?\s+<GEAR>"
        r"(?:\s+[^\s.!?;]+){0,3}?\s+<FROM_OUR>(?:[\w-]+\s+)?<SELLER>"
        r"|\b(?:<GEAR>(?:\s+<NOT_WE>[^\s.!?;]+){0,4}?\s+bei\s+(?:unser\w*|dem|der)\s+"
        r"(?:[\w-]+\s+)?|(?<!wir\s)bei\s+(?:unser\w*|dem|der)\s+<APPROVED>\s+)<SELLER>(?:\s+[^\s.!?;]+){0,2}?\s+"
        r"(?:kaufen|erwerben|bestellen|beziehen|besorgen)\b",
    ),
    "crypto_payment": _rule(
        f"{_CRYPTO_ANCHORS}|unlock|boosting,optimi&task|recharge,top,add,load&your"
        "|commission&per\\stask,each\\stask,every\\stask,per\\srating,each\\srating,per\\sreview"
        ",each\\sreview,per\\slike,per\\sset,each\\sset,every\\sset,completed\\stask"
        "|comiss,comisi,commission&tarefa,tarea,tâche,tache"
        "|recharge,top&the"
        "|paid,earn&you like,you follow,you subscribe"
        "|paid\\sto\\s,paid\\sfor\\s&like,liking,follow,subscrib"
        "|deposit&your own|fund\\s&your|enough funds,sufficient funds"
        # rarer anchors than the objects' words ("product", "app"): fewer hits to union;
        # "minimum" holds <CRYPTO> too
        "|complete,completing,submit&visibility,ranking,exposure,\\ssales,traffic"
        # a deposit or top-up that opens or activates the tasks, in any word for it
        "|deposit,depósito,recharge,recarga,top-up,top\\sup,topup,payment,pago,pagamento,dépôt"
        ",depot,dépot,depôt,einzahlung,aufladung&opens\\s,activat,activa\\s,ativa\\s,unlock"
        ",desbloque,libera\\s,débloque,debloque,öffnet,offnet,aktiviert,schaltet\\s&task,tarea"
        ",tarefa,tâche,tache,aufgabe,order,órdenes,ordenes,pedidos,commission,comisi,vip"
        # and a level or tasks to unlock, then the deposit that does it
        "|deposit,depósito,recharge,recarga,recarregar,top-up,top\\sup,topup,dépôt,depot,dépot"
        ",depôt,einzahlung&unlock,desbloque,débloque,debloque,freischalten,activat,activar"
        ",ativar,liberar&task,tarea,tarefa,tâche,tache,aufgabe,order,level,nível,nivel,niveau"
        ",stufe,vip"
        # a top-up the applicant owes for more tasks: "to receive more tasks you must
        # recharge", "a recharge is required to start the next set of tasks"
        f"|{_TOP_UP_ANCHORS}&{_TASKS_ANCHORS}&receive,get\\s,start,access,unlock,recib,obten,empez"
        ",acced,receb,começ,comec,recev,obteni,commenc,erhalt,ricev,otten,inizi,sblocc"
        ",otrzym,dosta,odblok,rozpocz,uzysk,ontvang,krijg,ontgrendel,openen"
        f"|{_TOP_UP_ANCHORS}&{_TASKS_ANCHORS}&required,needed,necess,mandatory,obligat,erforderlich"
        ",notwendig,richiest"
        # Danish "for at" only with its verb: "for at least" is English
        "|för\\satt,for\\så,for\\sat\\sfå,for\\sat\\slåse,for\\sat\\såbne,for\\sat\\sstarte"
        f",for\\sat\\saktivere&{_TASKS_ANCHORS},nivå,niveau,level,vip&{_NORDIC_TOP_UP_ANCHORS}"
        "|avaamiseksi,saamiseksi,aloittamiseksi,vapauttamiseksi,saadaksesi,avataksesi"
        f",aloittaaksesi,jatkaaksesi&{_NORDIC_TOP_UP_ANCHORS}"
        # the task scam's last step: the applicant's own earnings held until they pay
        "|released\\s&your|to\\swithdraw"
        f"|{_TOP_UP_ANCHORS},dépot,depôt&desbloque,débloque,debloque,freizuschalten,sblocc"
        f",liberar,ativar,activar&{_TASKS_ANCHORS},level,nível,nivel,niveau,stufe,vip"
        # de puts the verb last: "für die nächsten Aufgaben musst du zuerst 100 USDT einzahlen"
        "|aufgaben,aufträge,auftrage&nächste,nachste,weitere,neue,mehr\\s&einzahl,einzuzahl"
        ",auflad,aufzulad",
        # not a compound ("money-transfer") nor a pair naming a product's flows
        # ("deposit and withdrawal flows", "buy and sell bitcoin", "buy, sell and deposit")
        r"(?<!-)"
        + _AFTER_FLOWS
        # "paid by bank transfer or in USDC": a transfer by bank, wire or "by" is the
        # means of pay, a noun, where "transferring 50 USDT" asks it
        + r"\b(?:pay(?:ing)?|deposit(?:ing)?|send(?:ing)?|transferring"
        r"|(?<!bank\s)(?<!wire\s)(?<!by\s)(?<!via\s)transfer|top\s?up"
        r"|recharg(?:e|ing)|buy(?:ing)?|purchas(?:e|ing)"
        # "debe recargar 200 USDT", "déposez", "einzahlen": the applicant's top-up abroad
        r"|recarg(?:ar|ue|ues)|recarreg(?:ar|ue)|recharge[rz]|d[eé]pos(?:er|ez)|deposit(?:ar|e)"
        r"|transfer(?:ir|ie|ia)|transfira|einzahlen|aufladen|[uü]berweisen"
        r"|versare|versa|versi|ricarica(?:re)?"  # it: "devi versare 250 USDT"
        # nl, pl: "opwaarderen met 100 USDT", "doładować konto kwotą 200 USDT"
        r"|storten|stort|opwaarderen|opwaardeer|overmaken|doładuj|doładować|wpłać|wpłacić"
        r"|przelej|przelać"
        # sv, da, no, fi: "sätta in 100 USDT", "lade opp kontoen med 200 USDT", "tallettaa";
        # not the poster paying ("betaler vi", Finnish "maksamme": we pay)
        r"|(?:sätt(?:a|er)?\s+in|för\s+över|överför(?:a|er)?|betala(?:r)?|fyll(?:a|er)?\s+på"
        r"|ladda(?:r)?\s+upp|indbetal(?:e|er)?|indsæt(?:te|ter)?|overfør(?:e|er)?|betal(?:e|er)?"
        r"|lad(?:e|er)?\s+opp?|fyll(?:e|er)?\s+opp|innbetal(?:e|er)?|sett(?:e|er)?\s+inn)"
        r"(?!\s+(?:vi|ni)\b)|tallet(?:a|taa|at|etaan|ettava)|maksa(?:a|t)?|maksettava|siirrä"
        r"|siirtää|siirrät|lataa|lataat|ladata|täydennä|täydentää)\b"
        r"(?!\s*(?:and|or|y|o|e|ou|et|und|oder|/)\s*(?:withdraw|receiv|sell|redeem|swap|trad"
        r"|retir|recib|receb|sac|vend|re[cç]|abheb|empfang|verkauf|tausch|prelev|ricev))"
        r"(?!\s+(?:our\s+|the\s+)?(?:vendors?|suppliers?|contractors?"
        r"|merchants?|users?|customers?|employees?|sellers?|creators?|freelancers?|staff|workers?)\b)"
        # not someone else's account topped up ("help users top up their wallet with USDT")
        r"(?:\s+(?:\d[\d.,]*|(?!their\b|deres\b|sina\b)[^\s.!?;]+)){0,5}?\s+"
        r"(?:(?:in|with|via|using|by)\s+)?<CRYPTO>"
        r"|\bminimum\s+(?:balance|deposit)\s+of\s+\S+\s+(?:in\s+)?<CRYPTO>"
        r"|\b(?:recharge|top\s?up)\s+(?:your|the)\s+(?:account|balance|wallet|difference|amount)\b"
        r"|\bdeposits?\s+(?:from|out\s+of)\s+your\s+own\s+(?:balance|funds|money|account)\b"
        r"|\b(?:must|need\s+to|required\s+to|have\s+to|you(?:['’]ll|\s+will))\s+fund\s+your\s+"
        r"(?:own\s+)?(?:[\w-]+\s+)?(?:account|wallet|balance)\b"
        r"|\b(?:add|adding|load|loading)\s+[$€£]?\s?\d[\d,.]*\s+(?:usdt\s+)?to\s+your\s+"
        r"(?:balance|account|wallet)\b"
        r"|\b(?:paid|earn\w*)\b[^.!?;\n]{0,40}?\b(?:videos?|posts?|products?|channels?)\s+you\s+"
        r"(?:like|follow|subscribe)\b"
        # the task scam's own words: "get paid to like videos and follow pages"
        r"|\b(?:get|gets|getting|be|are|is)\s+paid\s+(?:to|for)\s+(?:lik(?:e|ing)|follow(?:ing)?"
        r"|subscrib(?:e|ing)(?:\s+to)?)\s+(?:[\w-]+\s+){0,3}?(?:videos?|posts?|pages?|channels?"
        r"|accounts?|reels?)\b"
        r"|\bpayments?\s+(?:in|via|with|using|through|by)\s+<CRYPTO>"
        # a crypto sum that opens the applicant's account: "activate it with a 0.005 BTC deposit"
        r"|\b(?:activat|unlock|verif|open)\w*\s+your\s+(?:[\w-]+\s+){0,2}?(?:account|profile"
        r"|access|wallet)\s+(?:with|by\s+(?:paying|sending|depositing))\s+(?:an?\s+)?\d[\d.,]*\s*"
        r"<CRYPTO>"
        # the applicant's own deposit, not a product's customers topping up "their" wallet
        r"|\b(?:deposit|recharge|top\s?up|pay|payment)\b(?:\s+(?!their\b)[^\s.!?;,]+){0,5}?\s+"
        r"(?:to\s+)?unlock\b|\bunlock\s+(?:more\s+|new\s+|the\s+next\s+|your\s+)?(?:tasks?"
        r"|orders?|commissions?)\b"
        # the deposit first, what it unlocks after: "hacer un depósito en USDT para
        # desbloquear las tareas", "un dépôt pour débloquer les tâches"
        r"|\b<TOP_UP>\b(?:\s+(?!their\b)[^\s.!?;,]+){0,5}?\s+(?:para|pour|um|per)\s+"
        r"(?:desbloquear|d[eé]bloquer|freizuschalten|sbloccare|liberar|ativar|activar)\s+"
        r"(?:[^\s.!?;]+\s+){0,2}?(?:<TASKS>|levels?|n[ií]vel|nivel|niveau|stufe|vip)"
        r"|\b(?:n[aä]chsten|weitere[n]?|neue[n]?|mehr)\s+(?:aufgaben|auftr[aä]ge)\b[^.!?;\n]{0,60}?"
        r"\b(?:musst|m[uü]ssen|muss)\b[^.!?;\n]{0,40}?\b(?:einzahl|einzuzahl|auflad|aufzulad)\w*"
        r"|\b(?:deposit|dep[oó]sito|recharge|recarga|top[\s-]?up|payment|pago|pagamento|d[eé]p[oô]t"
        r"|einzahlung|aufladung)\b(?:\s+[^\s.!?;]+){0,5}?\s+(?:opens|activates|unlocks|activa"
        r"|ativa|desbloquea|desbloqueia|libera|d[eé]bloque|[oö]ffnet|aktiviert|schaltet)\s+"
        r"(?:[^\s.!?;]+\s+){0,8}?(?:tasks?|tareas|tarefas|t[aâ]ches|aufgaben|orders?|[oó]rdenes"
        r"|pedidos|commissions?|comisi[oó]n|vip)\b"
        # "to unlock level 2, make a 100 USDT deposit", "para desbloquear o nível 2 ... depósito"
        r"|\b(?:to|para|pour|um)\s+(?:unlock|desbloquear|d[eé]bloquer|freischalten|activate"
        r"|activar|ativar|liberar)\s+(?:[^\s.!?;]+\s+){0,2}?(?:tasks?|tareas|tarefas|t[aâ]ches"
        r"|aufgaben|orders?|levels?|n[ií]vel|nivel|niveau|stufe|vip)\b[^.!?;\n]{0,60}?\b(?:deposit"
        r"|dep[oó]sito|recharge|recarga|recargar|recarregar|top[\s-]?up|d[eé]p[oô]t|einzahlung)"
        r"|\b(?:to|para|pour|um|per|aby|żeby)\s+(?:receive|get|start|access|unlock|recibir|obtener|empezar"
        r"|acceder|receber|come[cç]ar|recevoir|obtenir|commencer|erhalten|starten|ricevere|ottenere"
        r"|iniziare|sbloccare|otrzymać|dostać|odblokować|rozpocząć|uzyskać)\s+(?:[^\s.!?;]+\s+)"
        r"{0,3}?<TASKS>[^.!?;\n]{0,60}?\b(?:you|your|must"
        r"|need\w*|required|debes|deber[aá]s|tienes\s+que|necesitas|deves|precisa|devez|doit"
        r"|m[uü]ssen|musst|devi|dovrai|bisogna|musisz|należy|trzeba)\b[^.!?;\n]{0,30}?\b<TOP_UP>"
        # nl puts the verb last: "om nieuwe taken te ontvangen moet je je account opwaarderen"
        r"|\bom\s+(?:[^\s.!?;]+\s+){0,3}?<TASKS>\s+te\s+(?:ontvangen|krijgen|ontgrendelen"
        r"|starten|openen)\b[^.!?;\n]{0,60}?\b(?:moet\w*|dien\w*|verplicht)\b[^.!?;\n]{0,40}?"
        r"\b<TOP_UP>"
        # sv, da, no: "för att låsa upp nästa nivå måste du sätta in 500 kr"; fi: "seuraavan
        # tason avaamiseksi sinun täytyy tallettaa", "saadaksesi lisää tehtäviä ... maksa"
        # (led by its verb, "for" is every English posting's: "för att", "for at", "for å")
        r"|(?:(?<=att\s)|(?<=\bat\s)|(?<=\bå\s))(?:få|låsa|låse|åbne|åpne|öppna|aktivera"
        r"|aktivere)\b\s+(?:[^\s.!?;]+\s+){0,3}?(?:<TASKS>|nivå\w*"
        r"|niveau\w*|level\w*|vip)[^.!?;\n]{0,60}?\b(?:måste|må|skal|behöver|behøver|trenger)"
        r"\s+(?:du|dig|deg)\b[^.!?;\n]{0,40}?\b<NORDIC_TOP_UP>"
        r"|\b(?:(?:<TASKS>|taso\w*)\s+(?:[^\s.!?;]+\s+){0,2}?(?:avaamiseksi|saamiseksi"
        r"|aloittamiseksi|vapauttamiseksi)|(?:saadaksesi|avataksesi|aloittaaksesi|jatkaaksesi)\s+"
        r"(?:[^\s.!?;]+\s+){0,3}?(?:<TASKS>|taso\w*))[^.!?;\n]{0,60}?\b(?:täytyy|on|pitää"
        r"|tulee)\b[^.!?;\n]{0,40}?\b<NORDIC_TOP_UP>"
        r"|\b<TOP_UP>s?\s+(?:[^\s.!?;]+\s+){0,4}?(?:is|are|es|é|est|ist|è)\s+(?:required|needed"
        r"|necessary|mandatory|obligatori\w*|necesari\w*|necess[aá]ri\w*|n[eé]cessaire|erforderlich"
        r"|notwendig|richiest\w*)\s+(?:to|before|for|para|antes|pour|avant|um|per|prima)\s+"
        r"(?:[^\s.!?;]+\s+){0,5}?<TASKS>"
        r"|\btasks?\s+(?:[^\s.!?;]+\s+){0,2}?(?:opens|unlocks?|activat\w*)\s+"
        r"(?:only\s+)?(?:after|with|once|when)\s+(?:[^\s.!?;]+\s+){0,4}?(?:deposit|top[\s-]?up"
        r"|recharge|payment)\b"
        r"|\b(?:product|order|app)\s+(?:boosting|optimi[sz]ation)\s+tasks?\b"
        # its pay: a commission on each task or rating, where real sales pay one per sale
        r"|\bcommissions?\s+(?:per|for\s+(?:each|every)|on\s+(?:each|every))\s+(?:completed\s+)?"
        r"(?:tasks?|ratings?|reviews?|likes?|sets?)\b"
        # "ganha comissão por cada tarefa", "comisión por tarea", "commission par tâche"
        r"|\b(?:comiss(?:ão|ao|ões|oes)|comisi(?:ón|on|ones)|commissions?)\s+(?:por|par|pour)\s+"
        r"(?:(?:cada|chaque)\s+)?(?:tarefas?|tareas?|t[âa]ches?)\b"
        # the task scam's work: "complete 40 product ratings a day to boost merchant sales"
        r"|\b(?:complet(?:e|es|ing)|submit(?:s|ting)?)\s+(?:\d+|a\s+set\s+of)\s+(?:daily\s+)?(?:product\s+|app\s+|hotel\s+)?"
        r"(?:ratings?|reviews?|orders?|tasks?|likes?)\b[^.!?;\n]{0,40}?\b(?:merchant|product|seller"
        r"|store|shop|app|hotel)(?:s['’]?|['’]s)?\s+(?:visibility|sales|rankings?|exposure|traffic)\b"
        # and its price: the worker's own money pays for each order
        r"|\byour\s+(?:account|balance|wallet)\s+(?:must|needs?\s+to|should|has\s+to)\s+(?:hold"
        r"|have|contain|keep)\s+(?:enough|sufficient)\s+(?:funds|money|balance)\b"
        # its withdrawal lock: "invite 3 friends to unlock your withdrawal", "your earnings
        # are released after you pay the 15% tax", "to withdraw your balance you must
        # deposit"; "unlock your earning potential" and earnings paid each Friday are none
        r"|\bunlock\w*\s+(?:your\s+)(?:withdrawals?|earnings|commissions?|balance|payouts?"
        r"|profits?)\b(?!\s+potential)"
        r"|\byour\s+(?:withdrawals?|earnings|commissions?|balance|payouts?|profits?)\s+(?:is|are"
        r"|will\s+be|gets?)\s+(?:unlocked|released)\s+(?:only\s+)?(?:after|once|when)\b"
        r"[^.!?;\n]{0,60}?\b(?:invite\w*|pay|deposit\w*|top[\s-]?up|recharg\w*)\b"
        r"|\bto\s+withdraw\s+(?:your\s+)?(?:earnings|commissions?|balance|funds|profits?)\b"
        r"[^.!?;\n]{0,40}?\b(?:must|need\w*|have\s+to|required)\b[^.!?;\n]{0,30}?\b(?:pay"
        r"|deposit|invite|top[\s-]?up|recharge)\w*",
    ),
    # a price on what the applicant must get before working ("you must get our TEFL
    # certificate ($89)"): paying it is implied. Only beside a duty of the applicant, never
    # in a sentence that sells it or has someone pay for it (`SOMEONE_ELSE_PAYS`; English;
    # direct requests to pay are scam_requests.py's)
    "pay_to_work": _rule(
        "training,course,bootcamp,certif,enrol,registration,membership,kit,licen,exam,background"
        ",activation&$,€,£|premium,paid,vip,gold,platinum,pro\\s&account,membership,tier,plan,subscription"
        "&buy,purchase,join,upgrade,subscribe"
        # "paid by you", "payable by the applicant": an anchor's every "\\s" stands for each
        # of 29 spaces, so the anchor is the words' start, not the whole phrase
        "|paid\\sby,payable\\sby&$,€,£|unpaid&cost&$,€,£"
        "|premium,paid,vip,gold,platinum,pro\\s,plus\\s&account,membership,tier,plan,subscription"
        "&$,€,£,usd,eur,gbp",
        r"<DUTY>[^.!?;\n]{0,80}?<PRICED>|<PRICED>[^.!?;\n]{0,80}?<DUTY>"
        r"|<PRICED_TO_GET>"
        # training the trainee is not paid for and that costs money: the trainee pays
        # ("Training is unpaid and costs $200"), no payer needs naming
        r"|\b(?:training|course|onboarding|probation|trial)(?:\s+(?:period|weeks?|days?))?\s+"
        r"(?:is|are)\s+unpaid\s+and\s+costs?\s+(?:only\s+|just\s+)?[$€£]\s?[1-9][\d,.]*<NOT_YOURS>"
        # a sum said to be the applicant's to pay: "the check costs $45, paid by you"
        r"|[$€£]\s?[1-9][\d,.]*[^.!?;\n]{0,40}?<BY_APPLICANT>|<BY_APPLICANT>[^.!?;\n]{0,40}?"
        r"[$€£]\s?[1-9]"
        r"|<PRICED>[^.!?;\n]{0,30}?\b(?:(?:paid|payable)\s+)?(?:in|via|with)\s+<CRYPTO>"
        r"|[$€£]\s?[1-9][\d,.]*\s+(?:registration|training|certification|enrol+ment|membership"
        r"|activation)(?:\s+fee)?\s+(?:is|are)\s+(?:due|required|mandatory|payable)\b"
        # a paid account bought to be given work, either way round
        r"|\b<PAID_ACCOUNT>[^.!?;\n]{0,60}?\bto\s+<WORK_GIVEN>"
        r"|\bto\s+<WORK_GIVEN>[^.!?;\n]{0,60}?<PAID_ACCOUNT>"
        # or its price said to give the work, with no verb to buy it
        # (a relative clause, "a plan that gives writers briefs", describes a product)
        r"|<PRICED_TIER>[^.!?;\n]{0,40}?\b(?<!that\s)(?<!which\s)(?:gives?|grants?|gets?"
        r"|receives?|unlocks?)\s+(?:you\s+)?(?:access\s+to\s+)?(?:the\s+|all\s+)?<WORK>",
    ),
    # an interview by text message, no call or video (red-flags §2 #4, BBB)
    "chat_app": _rule(
        r"text\s&interview|interview&via text,by text,over text,by sms,via sms,instant messag"
        "|interview&written chat,typed chat,teams chat,skype chat"
        f"|{_heads('interview')}&{_heads('by_text')}",
        r"\btext(?:[\s-]based)?\s+interviews?\b|\binterview(?:s|ed)?\s+<BY_WHOM>?"
        r"(?:will\s+be\s+|are\s+|is\s+)?"
        r"(?:held\s+|conducted\s+|done\s+)?(?:via|by|over)\s+(?:text|sms|instant\s+messag\w+)\b"
        # "you will be interviewed by our hiring manager via Microsoft Teams chat"
        r"|\binterview(?:s|ed)?\s+<BY_WHOM>?(?:via|over|on|through|in)\s+(?:an?\s+)?"
        r"(?:text|written|typed|(?:microsoft\s+)?teams|skype)\s+chat\b"
        # "the interview will be a text chat with our hiring manager"
        r"|\binterviews?\s+(?:will\s+be|is|are)\s+(?:held\s+|conducted\s+|done\s+)?"
        r"(?:as\s+|by\s+|via\s+|over\s+|on\s+)?"
        r"(?:an?\s+)?(?:text|written|typed|(?:microsoft\s+)?teams|skype)\s+chat\b"
        # "la entrevista será por mensaje de texto", "das Vorstellungsgespräch per SMS"
        rf"|{_in_words('interview', '<WORDS>')}(?:\s+[^\s.!?;]+){{0,4}}?\s+(?:por|pelo|per|par"
        r"|v[ií]a|tramite|mediante|über|uber|en|em|in)\s+(?:medio\s+de\s+)?"
        + _in_words("by_text", "<WORDS>")
        # fi: the case ending is the preposition ("haastattelu käydään tekstiviestillä")
        + rf"|\b(?:{FINNISH.interview})(?:\s+[^\s.!?;]+){{0,3}}?\s+"
        + rf"(?:{'|'.join(FINNISH.by_text.split())})",
    ),
    # Upwork, Fiverr: an offer to work or be paid outside the platform (red-flags §2 #15)
    "off_platform": _rule(
        f"{_OFF_ANCHORS}&{_PLATFORM_ANCHORS}|{_AVOID_ANCHORS}&{_PLATFORM_ANCHORS}&{_FEES_ANCHORS}"
        f"|instead,not,without,need&pay,paid&{_PLATFORM_ANCHORS}|skip,bypass,circumvent&upwork,fiverr",
        r"\b(?:move|take|continue|switch|talk|work|go|do|deal|chat|communicate|pay\s+you|paid)\b"
        r"(?:\s+[^\s.!?;]+){0,3}?"
        r"\s+(?:off|outside)\s+(?:of\s+)?(?:the\s+)?(?:upwork|fiverr|freelancer|toptal"
        r"|platform)\b|\bavoid\s+(?:the\s+)?(?:upwork|fiverr|platform)(?:'s)?\s+fees?\b"
        # pay offered another way than the platform's, or its order skipped (Upwork: "Offers
        # to pay you directly via PayPal, Western Union"; Fiverr: no payment links): "I'll
        # pay you by PayPal instead of through Upwork", "a payment link, so we don't need
        # the Fiverr order", "skip the Fiverr order". The match stops before the platform's
        # "not": the refusal is of the platform, not of the pay
        r"|\b(?:pay|paid|payments?)\b(?:\s+[^\s.!?;]+){0,10}?(?=,?\s+(?:not|rather\s+than"
        r"|instead\s+of|without|(?:so\s+)?(?:we|you|i)\s+(?:do\s+not|don['’]t)\s+need)\s+"
        r"(?:(?:going\s+)?(?:through|via|on|using|over|in)\s+)?(?:the\s+|an?\s+)?(?:upwork|fiverr"
        r"|freelancer|toptal|platform)\b)|\b(?:skip|bypass|circumvent)\w*\s+(?:the\s+)?(?:upwork|fiverr)(?:['’]s)?\s+"
        r"(?:orders?|contracts?|checkout|escrow|payments?|system|milestones?)\b"
        # es, pt, fr, de, it: talks, work or pay moved off it ("sigamos por correo, fuera de
        # Upwork", "je vous paie en dehors de la plateforme")
        r"|\b(?:segu|sig[au]|continu|habl|trabaj|pag|mov|pas[aeo]|llev|comunic|charl|convers"
        r"|fal[aeo]|trabalh|lev[ae]|discut|parl|travaill|pai|pay|d[ée]plac|passon|[ée]chang"
        r"|red|sprech|arbeit|zahl|bezahl|kommunizier|wechsel|schreib|lass\s+uns|lavor|spost|scriv"
        r"|sentiam)\w*\b[^.!?;\n]{0,60}?\s<OFF><PLATFORM>"
        r"|\bau(?:ß|ss)erhalb\s+(?:von\s+|der\s+|des\s+)?<PLATFORM>\s+(?:[^\s.!?;]+\s+){0,3}?"
        r"(?:weiter|red|sprech|arbeit|zahl|bezahl|kommunizier|abwick)\w*"
        # and its fees avoided: "para evitar las comisiones de Fiverr", "um die Gebühren
        # von Upwork zu umgehen"
        r"|\b(?:evitar|[ée]viter|evitare|sparen|vermeiden)\s+(?:\w+\s+){0,2}?<FEES>\s+"
        r"(?:de|da|do|del|di|della|dell['’]|von|der)\s*(?:la\s+|the\s+)?<PLATFORM>"
        r"|\b<FEES>\s+(?:von|der)\s+(?:der\s+)?<PLATFORM>\s+(?:zu\s+)?(?:umgehen|sparen"
        r"|vermeiden)\b",
    ),
    # someone else works as you (FBI I-051624-PSA and 2025 warnings on North Korean IT
    # workers, Upwork's account-sharing rules): your freelance or LinkedIn account rented,
    # lent or opened for them, or their laptops kept at your home for remote access (a
    # "laptop farm"); "you will use your LinkedIn account to source candidates" is work
    "identity_rental": _rule(
        "upwork,fiverr,linkedin,freelancer,toptal,peopleperhour,guru,turing,indeed,github"
        "&account,profile|laptops,computers,devices,machines&home,house,apartment,residence"
        "&access,anydesk,teamviewer,rustdesk,splashtop,plugged,powered,turned,connected",
        r"\b(?:rent|leas|lend|borrow|buy|purchas|sell)\w*\s+(?:out\s+)?(?:(?:your|their|an?)\s+)?"
        r"(?:(?:verified|old|aged|existing|approved|us[\s-]based)\s+)?<ACCOUNTS>"
        r"|\b(?:let\s+(?:us|me|them)|allow\s+(?:us|me|them)\s+to)\s+(?:use"
        r"|access|log\s+into|work\s+(?:on|from|through))\s+(?:your|their)\s+<ACCOUNTS>"
        # their team works as you: "we do the work and talk to clients under your profile",
        # "let us work under your profile" (not "we found you through your LinkedIn
        # profile", nor "we pay you through it"); "work" a verb, not the work read there
        # ("we review the work samples under your Upwork profile", "so we can see your
        # past work under your account": a possessive's noun, whatever adjective between)
        r"|\b(?:(?:we|our\s+(?:team|developers?|devs?|engineers?))\s+"
        r"(?:(?!(?:the|your|our|their|my)\s+[\w'’-]+\s+work)[\w'’]+\s+){0,6}?"
        r"|let\s+(?:us|me|them)\s+)(?<!\bthe\s)(?<!\byour\s)(?<!\bour\s)(?<!\btheir\s)(?:do|does"
        r"|work\w*|bid\w*|talk\w*|deliver\w*|handl\w*|operat\w*|log\s+in)\b"
        r"(?!\s+(?:history|samples?|experience|records?|examples?|portfolios?))[^.!?;\n]{0,50}?"
        r"\b(?:under|from|using)\s+your\s+(?:(?:upwork|fiverr|freelancer|toptal|linkedin)\s+)?"
        r"(?:profile|account)s?\b"
        r"|\b(?:open|create)\s+(?:an?\s+|new\s+)?<ACCOUNTS>\s+(?:for\s+(?:us|me)"
        r"|on\s+(?:our|my)\s+behalf)"
        r"|\b(?:host|keep|receive)\w*\s+(?:[^\s.!?;]+\s+){0,3}?(?:laptops|computers|devices"
        r"|machines)\b[^.!?;\n]{0,30}?\b(?:at|in)\s+(?:your\s+)?(?:home|house|apartment"
        r"|residence)\b[^.!?;\n]{0,120}?(?:remote[\s-]access|anydesk|teamviewer|remote\s+desktop"
        r"|rustdesk|splashtop|plugged\s+in|powered\s+on|turned\s+on|connected\s+to\s+your)",
    ),
    # the fake interview that plants malware (FBI IC3 I-090324-PSA: crypto job seekers
    # asked to install a "meeting app"): the employer's own call app to install, as an
    # applicant is told to; "install Zoom" and "users download our video app" are none
    "meeting_app": _rule(
        "download,install&meeting,video,conferenc,interview",
        r"(?:\bplease\s+|\bkindly\s+|\byou\s+(?:will\s+)?(?:need\s+to|must|have\s+to|should"
        r"|are\s+(?:required|asked)\s+to)\s+|\b(?:must|required\s+to|asked\s+to|first|then)\s+)"
        r"(?:download|install)\w*\s+(?:and\s+(?:install|open|run)\s+)?(?:our|the"
        r"|this|my)\s+(?:own\s+|custom\s+|proprietary\s+|internal\s+|secure\s+)?"
        r"(?:video[\s-]?(?:call|conferenc\w*|meeting|chat)|meeting|conferenc\w*|interview)"
        r"\s+(?:app\w*|software|client|tool|extension)\b",
    ),
    "reshipping": _rule(
        "receive,accept,collect&package,parcel,shipment"
        "&reship,re-ship,forward,resend,re-send,relabel,re-label,new label,repack"
        "|reship,re-ship|package,parcel&forwarding"
        "|forward,relabel,re-label,resend,re-send,ship\\s,repack&overseas,abroad,internationally"
        "|代購,代购,代收,收到,接收&商品,包裹,貨,货&轉寄,转寄,寄到,寄往,寄至,寄回,重新包"
        "|terima,menerima&bungkusan"
        "&hantar semula,menghantar semula,pos semula,tukar label,label baru",
        # zh: goods bought or taken in for someone and sent on abroad ("幫公司代購商品並寄到
        # 海外", "代收包裹後轉寄"); a 代購 (buying-for-you) shop's own trade is no one's duty;
        # ms: parcels taken in and sent on ("terima bungkusan ... hantar semula ke luar negara")
        r"(?:代[購购收]|收到|接收)[^。！？；\n]{0,20}?(?:商品|包裹|[貨货][物品]?)[^。！？；\n]{0,30}?"
        r"(?:[轉转]寄|寄[到往至回](?:海外|[國国]外|境外)|重新包[裝装])"
        r"|\b(?:receive|accept|collect)\b(?:\s+[^\s.!?;]+){0,6}?\s+(?:packages?"
        r"|parcels?|shipments?)\b[^.!?;\n]{0,60}?\b(?:re-?ship|forward|re-?send|re-?label|re-?pack"
        r"|new\s+labels?)"
        r"|\b(?:re-?ship(?:ping)?|package\s+forwarding|parcel\s+forwarding)\s+(?:jobs?"
        r"|positions?|agents?|coordinators?|managers?|assistants?|specialists?|work)\b"
        r"|\b(?:re-?ship|forward|re-?send|re-?label|re-?pack|ship)\s+(?:the\s+|these\s+)?(?:packages?"
        r"|parcels?"
        r"|items?|goods|them)\b[^.!?;\n]{0,40}?\b(?:overseas|abroad|internationally)"
        r"|\b(?:terima|menerima)\b[^.!?;\n]{0,40}?\bbungkusan\b[^.!?;\n]{0,80}?"
        r"\b(?:(?:meng)?hantar\s+semula|pos\s+semula|tukar\s+label|label\s+baru)\b",
    ),
}


# Vocabulary classes the shapes below are built from: a scam told by its structure,
# whatever words it picks for each part ("a payment ... by mobile deposit ... devices from
# the IT store we recommend" is a fake check that never says "check"). A class may name
# the classes before it.
# what a payment is for, when it is one the applicant makes to start ("vetting charge")
_PURPOSES = """processing registration onboarding activation application enrollment enrolment
    upfront up-front advance initial one-time joining entry security placement visa permit
    verification vetting certification training booking appointment reservation screening"""
_TOKENS = r"(?:[\w$%,.'’&-]+\s+)"  # a word of a clause, as in `<TOKENS>{0,4}?`
# a fee waived is asked of no one ("the $25 application fee is waived for all
# applicants"), unless only on a condition ("waived if you refer three friends")
_WAIVED = r"waived(?!\s+(?:only\s+)?(?:if|when|once|after|until|unless|for\s+(?:the\s+)?first))"
_CLASSES = {
    "TOKENS": _TOKENS,
    # an amount, never a zero: "Registration fee: $0" says there is none; it ends on a
    # digit, so a sentence's stop stays its own ("a check for $1,900. Deposit it")
    "AMOUNT": r"(?!0+(?:[.,]0+)?(?!\d|[.,]\d))\d(?:[,.]?\d)*",
    # money, or what carries it, on its way to the applicant
    "CASH": r"(?:payments?|funds|(?:client\s+|customer\s+)?money|(?:e-?)?transfers?|checks?"
    r"|cheques?|(?:bank\s+)?drafts?|money\s+orders?|deposits?|stipends?"
    # crypto sent to the applicant's wallet to trade or pass on: the mule of 2024 on
    r"|usdt|usdc|tether|bitcoins?|btc|crypto(?:currency|currencies)?)\b",
    "INFLOW": r"(?:<CASH>\s+<TOKENS>{0,4}?(?:sent|mailed|couriered|wired|transferred|paid"
    r"|credited|deposited)\s+(?:to|in|into|on)\s+(?:you|your)\b"
    r"|<CASH>\s+<TOKENS>{0,4}?(?:lands?|arrives?|hits?|comes?\s+in)\s+(?:in|on|into|to)\s+your\b"
    r"|(?:send|mail|courier|overnight|wire|transfer|credit|issue|pay)\w*\s+you\s+<TOKENS>{0,4}?"
    r"<CASH>|you(?:'ll|’ll|\s+will)?\s+(?:receive|get)\s+<TOKENS>{0,4}?<CASH>"
    r"|(?:transfer|wire|deposit|credit)\w*\s[^.!?;\n]{0,60}?\b(?:to|in|into)\s+your\s+(?:bank"
    r"|account|paypal)|mobile\s+deposit"
    # "clients will send (make) payments to your personal bank account", "pay invoices to
    # your account"
    r"|(?:send|pay|mak)\w*\s+(?:<CASH>|(?:their\s+|the\s+|our\s+)?invoices\b)\s+(?:to|in|into)\s+your\s+(?:[\w-]+\s+){0,2}?(?:account"
    r"|paypal)\b)",
    # what the applicant would pass on: the money itself or what is left of it
    "LEFT": r"(?:rest|left|remain\w*|remainder|balance|difference|it|them|money|funds|cash"
    r"|amount|everything|payments?|[$€£]\s?<AMOUNT>|\d+\s?%)",
    # who it goes on to: the scheme's own people and accounts
    "ONWARD_TO": r"(?:our|the|an?|their|my|another|other)\s+(?:[\w-]+\s+){0,2}?(?:suppliers?"
    r"|vendors?|sellers?|partners?|consultants?|agents?|accounts?|wallets?|atms?|merchants?"
    r"|contacts?|exchanges?|addresses)\b",
    # a seller the employer picks, not one of the applicant's choice
    "THEIR_SELLER": r"(?:(?:our|the\s+company'?s)\s+(?:[\w-]+\s+){0,2}?(?:suppliers?|vendors?"
    r"|sellers?|stores?|shops?|partners?|retailers?)|(?:suppliers?|vendors?|sellers?|stores?"
    r"|shops?|retailers?)\s+(?:we\s+(?:recommend|use|name|work\s+with|designate|choose"
    r"|specify)|named|listed|specified|indicated|designated|approved|in\s+your))\b",
    "PASS_ON": r"(?:(?:send|forward|pass|move|settle|route|transfer|wire|remit|pay|hand|feed"
    r"|load|give)\w*\s+(?:on\s+)?<TOKENS>{0,2}?<LEFT>\s+(?:on\s+)?<TOKENS>{0,2}?(?:to|with|into"
    r"|through|via)\s+<TOKENS>{0,3}?<ONWARD_TO>"
    # the payees first, the money after: "pay my bills and suppliers from it"
    r"|pay\w*\s+<TOKENS>{0,3}?<ONWARD_TO>\s+(?:from|with|out\s+of)\s+(?:it|them|the\s+(?:funds"
    r"|money|rest|balance|checks?|cheques?))\b|(?:buy|purchase|get|order|pick\s+up|acquire)\w*"
    r"\s+<TOKENS>{0,8}?(?:from|at|through|via)\s+<TOKENS>{0,3}?<THEIR_SELLER>)",
    # a price, or a way to pay one (crypto is the crypto rules': a product's word too); a
    # price read before its charge has a currency sign: led by a digit, every digit of a
    # text would be tried
    "SIGNED": r"(?:[$€£₹]\s?<AMOUNT>|(?:us|ca|au)\$\s?<AMOUNT>)",
    "PRICE": r"(?:<SIGNED>|<AMOUNT>\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b|(?:pay\s?pal"
    r"|zelle|venmo|cash\s?app|western\s+union|moneygram|gift\s+cards?)\b)",
    # what an applicant would owe to start, join or be processed; not the verb of a
    # check cashed ("deposit the check and keep $300": the fake check's, no charge)
    "CHARGE": r"(?:fees?|memberships?|subscriptions?|dues|bond|levy|pre-?payments?"
    r"|deposits?(?!\s+(?:it|them|(?:the|this|that|these|your)\s+(?:checks?|cheques?|funds"
    r"|money))\b)"
    # what an MLM or reseller scheme sells its recruits to start with
    r"|(?:starter|training|welcome|business|distributor|reseller|sales|enrol+ment|success)"
    r"\s+(?:kits?|packs?)"
    rf"|(?:{'|'.join(_PURPOSES.split())})\s+(?:payments?|contributions?|charges?|costs?))\b",
    # the applicant's own money put into the work (task scams)
    "SELF_FUND": r"(?:you(?:'ll|’ll)?\s+(?:<TOKENS>{0,3}?to\s+)?(?:pre-?pay|pre-?fund|top\s+up"
    r"|front|advance|recharge)|(?:top-?ups?|pre-?payments?|deposits?)\s+from\s+your\s+(?:side"
    r"|own|pocket|balance|account|wallet)|your\s+(?:[\w-]+\s+)?(?:account|balance|wallet)\s"
    r"[^.!?;\n]{0,40}?"
    r"(?:topped[\s-]up|recharged|funded|pre-?funded))\b",
    # goods a home receives, and what sends them on
    "GOODS": r"(?:deliveries|packages?|parcels?|boxes|merchandise|goods|items|shipments?)\b",
    "HOME": r"(?:your\s+(?:home|address|place|house|flat|apartment|door|residence)\b|home\b"
    r"|residence\b)",
    # taken in at the applicant's home, whatever the goods, or goods taken in anywhere
    "GOODS_IN": r"(?:receive|accept|take|collect|sign\s+for|get)\w*\s+<TOKENS>{0,3}?(?:<GOODS>"
    r"|(?:at|to)\s+<HOME>)|<GOODS>\s+(?:will\s+be\s+|are\s+|get\s+)?(?:delivered|shipped|sent"
    r"|mailed)\s+(?:to|at)\s+<HOME>",
    "SEND_ON": r"(?:sends?|sending|sent|ship(?:s|ped|ping)?|post(?:s|ed|ing)?|dispatch\w*"
    r"|forward\w*|mail\w*|re-?ship\w*|re-?send\w*|re-?pack\w*|re-?label\w*)\s+<TOKENS>{0,5}?"
    r"(?:on|onwards?|out|abroad|overseas|internationally|to\s+[\w']+"
    r"|with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:labels?|slips?|waybills?))\b",
    "GIFT": r"(?:gift\s+(?:cards?|vouchers?)|(?:itunes|apple|google\s+play|steam|amazon|ebay"
    r"|razer|vanilla|prepaid)\s+(?:gift\s+)?(?:cards?|vouchers?|credits?)|vouchers?)\b",
    # the applicant as the one who pays, joins or starts
    "APPLICANT": r"\b(?:you|your|yourself|candidates?|applicants?|new\s+hires?|trainees?"
    r"|selected|accepted|shortlisted|joining|join|sign(?:ing)?[\s-]?up|onboarding"
    r"|pay(?:s|ing)?|settl(?:e|es|ing)|remit\w*|get(?:ting)?\s+started|to\s+(?:start|begin|activate|apply"
    r"|register|enrol+|work)|before\s+(?:your|the|you|starting))\b",
    # someone else pays, or the money is the applicant's pay
    "OTHER_PAYS": r"\b(?:(?:we|i|company|employer|they|clients?|customers?|users?|members?"
    r"|students?|buyers?|merchants?)(?:'ll|’ll|'d|’d)?\s+(?:\w+\s+){0,2}?(?:pays?|covers?|sponsors?|reimburses?"
    r"|funds?|provides?|gives?|offers?|matches?)|(?:paid|covered|sponsored|funded|reimbursed)"
    # not "paid by the candidate": the applicant is the payer
    r"\s+by(?!\s+(?:you|each\s+|the\s+)?(?:candidate|applicant|trainee)s?\b)|on\s+us|free"
    rf"|{_WAIVED}"
    r"|salary|salaries|wages?|compensation|bonus\w*|stipends?"
    r"|allowance|budget|rate|per\s+(?:hour|word|article|project)|an\s+hour|/h(?:ou)?r"
    r"|invoic\w*)\b",
    # the applicant's earnings, which make a sum their pay, not a charge ("earn $20 an
    # hour"; not an income promised without bound: "a $99 starter kit and earn unlimited
    # income"), but in a multi-level scheme (`MLM`) the scheme's own promise
    "EARNINGS": r"\b(?:earn\w*(?!\w)(?!\s+(?:an?\s+)?(?:unlimited|uncapped|limitless|passive"
    r"|residual)\b)|commissions?)\b",
    # selling, but not the recruit's own ("buy the pack and start selling"): a scheme's pitch
    "SELLS": r"(?<!start\s)(?<!begin\s)sell\w*",
    # what a company sells its customers: its membership is no charge on the applicant
    # (and an event's ticket: "registration fee €450 for attendees")
    "SOLD": r"\b(?:products?|subscribers?|members|tiers?|pricing|tickets?|attendees?|delegates?"
    r"|plans?|buyers?|<SELLS>|sold)\b",
    # the product a company builds or sells, not a request of the applicant
    "PRODUCT": r"\b(?:build\w*|implement\w*|design\w*|develop\w*|flows?|features?|apis?|users?"
    r"|customers?|merchants?|shoppers?|retailers?|<SELLS>|issu\w+|warehouses?)\b",
}
# The same classes in Spanish, Portuguese, French and German, each an alternative to the
# English one (`_CLASSES`): the shapes keep their structure, read in each language's
# words. German puts a separable particle last ("versenden sie ... weiter").
_ABROAD = {
    "CASH": (
        r"(?:cheques?|pagos?|transferencias?|dinero|fondos"  # es
        r"|valor(?:es)?|dinheiro|pagamentos?|transfer[eê]ncias?"  # pt
        r"|ch[eè]ques?|virements?|paiements?|fonds|argent"  # fr
        r"|schecks?|zahlung(?:en)?|[uü]berweisung(?:en)?|geld(?:er)?|betr[aä]ge?"  # de
        r"|assegn[oi](?:\s+circolar[ei])?|pagament[oi]|bonific[oi]|soldi|denaro|fondi"  # it
        r"|versament[oi]|somm[ae]|accrediti)\b",
    ),
    "INFLOW": (
        # es, pt, fr, de: "recibirá", "você recebe", "vous recevrez", "Sie erhalten"
        r"(?:recib|receb|recev|reç|erh[aä]lt|bekomm|empfang|ricev)\w*\s+<TOKENS>{0,4}?<CASH>",
        # "le enviaremos", "lhe enviamos", "nous vous enverrons", "nous vous ferons parvenir",
        # "wir senden Ihnen"
        # it: "ti invieremo un assegno", "ti accrediteremo i pagamenti"
        r"(?:(?:le|te|lhe|vous|ti|vi)\s+(?:envi|mand|transf|deposit|envoy|enverr|vers|vir|adress"
        r"|invi|spedi|accredit|bonific"
        r"|(?:fer|fai)\w*\s+parvenir)"
        r"|(?:send|schick|[uü]berweis)\w*\s+(?:ihnen|dir)\b)\w*\s+<TOKENS>{0,3}?<CASH>",
        # "mandamos um cheque", "enviaremos un cheque", "nous envoyons un chèque"
        r"(?:mand|envi|envoy|enverr|invi|spedi)(?:amos|aremos|ons|eremo|iamo)\s+<TOKENS>{0,3}?"
        r"<CASH>",
    ),
    "ONWARD_TO": (
        # not the applicant's own account ("a sua conta", "votre compte")
        r"(?:nuestr[oa]s?|el|la|los|las|un|una|noss[oa]s?|o|a|os|as|do|da|um|uma|notre|nos"
        r"|le|les|une?|leurs?|unser\w*|den|die|das|dem|einen?)\s+"
        r"(?!(?:[\w-]+\s+)?(?:sua|seu|suas|seus|tu|tus|su|sus|votre|vos|ihr\w*|dein\w*)\b)"
        r"(?:[\w-]+\s+){0,2}?(?:proveedor(?:es)?|socios|cuentas?|fornecedor(?:es)?|parceiros?"
        r"|contas?|fournisseurs?|partenaires?|comptes?|lieferant(?:en)?|partner[ns]?"
        r"|kont(?:o|en))\b",
        # it: "ai nostri partner", "al conto della società" (the article in the particle)
        r"(?:(?:nostr[oaie]|il|la|i|gli|le|l['’]|un|una|uno)\s+)?"
        r"(?!(?:[\w-]+\s+)?(?:tuo|tua|tuoi|tue|vostr[oaie])\b)"
        r"(?:[\w-]+\s+){0,2}?(?:fornitor[ei]|consulent[ei]|cont[oi]|partner|soci|agent[ei]"
        r"|negozi?|rivenditor[ei])\b",
    ),
    "THEIR_SELLER": (
        r"(?:nuestr[oa]s?|noss[oa]s?|notre|nos|unser\w*)\s+(?:[\w-]+\s+){0,2}?(?:proveedor(?:es)?"
        r"|tiendas?|socios|fornecedor(?:es)?|lojas?|parceiros?|fournisseurs?|magasins?"
        r"|boutiques?|partenaires?|lieferant(?:en)?|händler\w*|shops?|partner[ns]?)\b",
        # "la tienda asociada", "a loja parceira", "le magasin partenaire"
        r"(?:proveedor|tienda|fornecedor|loja|fournisseur|magasin|boutique|lieferant|händler"
        r"|shop)\w*\s+(?:parceir[oa]s?|asociad[oa]s?|autorizad[oa]s?|indicad[oa]s?|agr[ée]{2}e?s?"
        r"|partenaires?|que\s+(?:le\s+|te\s+|lhe\s+|vous\s+)?indi\w+)\b",
    ),
    "PASS_ON": (
        # what is left sent on, wherever: "enverrez le reste par Western Union"
        r"(?:reenv[ií]|transf[ieé]r|env[ií]|envoy|enverr|mand|vers|vir|renvo|[uü]berweis|schick|send"
        r"|zahl|restitu|invi|trasfer|gir|rimand)[\w-]*\s+<TOKENS>{0,3}?(?:el\s+(?:resto|restante|saldo)|la\s+diferencia"
        r"|o\s+(?:resto|saldo)|a\s+diferen[cç]a|le\s+(?:reste|solde)|la\s+diff[eé]rence"
        r"|den\s+rest(?:betrag)?|die\s+differenz"
        r"|il\s+(?:resto|rimanente|saldo)|la\s+differenza|l['’]eccedenza|quanto\s+resta)\b",
        # money on: "repassa para a conta", "transférerez à nos partenaires",
        # "überweisen den Betrag an unsere Partner"
        r"(?:repass|reenv[ií]|transf[ieé]r|envi|mand|deposit|ingres|transmet|vers|vir|renvo"
        r"|[uü]berweis|weiterleit|schick|send|zahl|trasfer|gir|restitu|invi)[\w-]*\s+"
        r"<TOKENS>{0,6}?(?:a|al|para|pra|ao|à|aux|an|auf|ai|agli|alla|alle|allo|sul|sulla|sui)\s+"
        r"<TOKENS>{0,2}?<ONWARD_TO>",
        # the money itself sent on, its particle last: "leiten diese (nach Abzug Ihrer
        # Provision) per Western Union weiter", "überweisen das Geld weiter"
        r"(?:leit|[uü]berweis|schick|send|zahl)\w*\s+(?:diese|sie|es|das\s+geld|die\s+(?:zahlungen"
        r"|gelder|betr[aä]ge|summe)|den\s+betrag)\s+<TOKENS>{0,12}?weiter\b",
        # bought from their seller: "compre el equipo a nuestro proveedor", "réglez le
        # matériel auprès de notre fournisseur", "kaufen die Ausrüstung bei unserem Lieferanten"
        r"(?:compr|adquir|achet|r[eé]gl|command|kauf|bestell|erwirb|erwerb|besorg)\w*\s+"
        r"<TOKENS>{0,6}?(?:a|al|de|del|en|con|no|na|do|da|com|chez|aupr[eè]s\s+d[eu]|bei|von"
        r"|[uü]ber)\s+<TOKENS>{0,3}?<THEIR_SELLER>",
    ),
    # the sign after the amount, as the euro's and Québec's dollar's ("199 $") are written
    "PRICE": (r"<AMOUNT>\s?(?:€|\$|reais|pesos|d[oó]lares)(?!\w)",),
    "CHARGE": (
        rf"(?:cuotas?{NOT_OWN_DUES}|tarifas?|matr[ií]culas?|dep[oó]sitos?|taxas?|mensalidades?"
        rf"|cau[cç][aã]o|frais|cotisations?{NOT_OWN_DUES}|cautions?|acomptes?|geb[uü]hr\w*"
        r"|vorkasse|vorauszahlung\w*|kaution|anzahlung\w*|mitgliedschaft\w*|mitgliedsbeitr[aä]ge?"
        # a kit the applicant buys to start: "kit de treinamento", "Startpaket"
        r"|kits?\s+(?:de\s+)?(?:treinamento|inicial|in[ií]cio|formaci[oó]n|formation"
        r"|d[eé]marrage|bienvenida|boas-vindas|bienvenue)|(?:start|starter|schulungs)paket)\b",
    ),
    "GOODS": (
        r"(?:paquetes?|paqueter[ií]a|pedidos|env[ií]os|mercanc[ií]as?|encomendas?|pacotes?"
        r"|mercadorias?|colis|marchandises?|pakete?|p[aä]ckchen|sendungen"
        r"|pacchi|pacchett[oi]|plichi|merci?|spedizioni|colli)\b",
    ),
    "HOME": (
        r"(?:(?:tu|su)\s+(?:domicilio|casa|direcci[oó]n)|domicilio|(?:seu|sua)\s+(?:casa"
        r"|endere[cç]o|resid[eê]ncia)|em\s+casa|(?:votre|ton)\s+(?:domicile|adresse)"
        r"|chez\s+(?:vous|toi)|(?:bei\s+(?:sich|ihnen|dir)\s+)?zu\s*hause|(?:ihre|ihrer"
        r"|deine|deiner)\s+(?:adresse|wohnung)"
        r"|(?:tu[oa]|vostr[oa])\s+(?:casa|domicilio|indirizzo|abitazione)|a\s+casa|abitazione)\b",
    ),
    "GOODS_IN": (
        r"(?:recib|acept|recog|receb|aceit|recev|reç|r[eé]ception|accept|nehm|empfang|erh[aä]lt"
        r"|entgegen|ricev|accett|ritir)\w*\s+<TOKENS>{0,4}?(?:<GOODS>|(?:(?:en|no|na|em|à|a)\s+)?"
        r"<HOME>)",
    ),
    "SEND_ON": (
        r"(?:reenv[ií]|env[ií][ae]|despach|r[eé]exp[eé]di|exp[eé]di|renvo|envoy|versend"
        r"|verschick|schick|weiterleit|rispedi|spedi|inoltr|invi|rimand)[\w-]*\s+<TOKENS>{0,5}?"
        r"(?:a|al|para|pro|pra|ao|[aà]|aux|an|ins|nach|con|com|avec|mit|vers|hacia|all|ai|alla"
        r"|agli|alle|allo|verso)\b",
        r"(?:versend|verschick|schick|send|leit)\w*\s+<TOKENS>{0,8}?weiter\b"
        # de: the verb last, sent abroad ("Pakete umetikettieren und ins Ausland senden");
        # a mailroom sends the firm's own post, with no home to send it from
        r"|(?:ins\s+(?:nicht-eu-)?ausland|nach\s+[uü]bersee)\s+"
        r"<TOKENS>{0,2}?(?:weiter|zur[uü]ck|ver)?(?:send|schick)\w*",
    ),
    "GIFT": (
        r"(?:cartes?[\s-]cadeaux?|tarjetas?\s+(?:de\s+)?regalo|cart(?:ão|ões|ao|oes)\s+(?:de\s+)?"
        r"presente|geschenkkarten?|gutschein\w*)\b",
    ),
    "APPLICANT": (
        r"\b(?:tu|tus|su|sus|usted(?:es)?|t[uú]|voc[eê]s?|seu|sua|seus|suas|vous|votre|vos|ihr\w*"
        r"|sie|du|dein\w*|para\s+(?:empezar|comenzar|iniciar|come[cç]ar|trabalhar|trabajar)"
        # signing up, and what is payable there: "inscription", "réglables", "zahlbar"
        r"|inscri\w*|cadastr\w*|registr\w*|anmeld\w*|r[eé]glables?|pagaderos?|pag[aá]ve(?:l|is)"
        r"|zahlbar"
        r"|pour\s+(?:commencer|d[eé]marrer|travailler)|antes\s+de|avant)\b",
    ),
    "OTHER_PAYS": (
        r"\b(?:pagamos|cubrimos|reembolsamos|asumimos|custeamos|arcamos|payons|remboursons"
        r"|pris\w*\s+en\s+charge|prenons\s+en\s+charge|(?:[uü]bernehm|zahl|bezahl|erstatt)\w*"
        r"\s+wir|wir\s+(?:\w+\s+){0,2}?(?:[uü]bernehm|zahl|bezahl|erstatt)\w*|[uü]bernommen"
        r"|(?:pag|cubiert|cobert)[oa]s?\s+(?:por|pela|pelo)|pay[eé]e?s?\s+par|a\s+cargo\s+de"
        r"|por\s+conta\s+da|gratis|gr[aá]tis|gratuit\w*|kostenlos|salario|sueldo|sal[aá]rio"
        # a school's or a shop's own payers: "nos stagiaires paient", "los alumnos pagan"
        r"|(?:stagiaires|[eé]l[eè]ves|[eé]tudiants|clients|utilisateurs|alumnos|estudiantes"
        r"|clientes|usuari[oa]s|alunos|estudantes|usu[aá]rios|kunden|nutzer|teilnehm\w*"
        r"|sch[uü]ler\w*|studierende)\s+(?:\w+\s+){0,2}?(?:pai\w*|pag\w*|zahl\w*|bezahl\w*"
        r"|r[eè]gl\w*|abon\w*)"
        r"|salaire|r[eé]mun[eé]ration|gehalt|verg[uü]tung|lohn|comisi[oó]n|comiss[aã]o)\b",
    ),
    "SOLD": (
        r"\b(?:productos?|produtos?|produits?|produkt\w*|clientes|kunden"
        r"|suscriptores|assinantes|abonn[eé]s|abonnenten|planes|planos|ventas?|vendas?"
        r"|entradas|ingressos|congressistas|congressistes|billets|eintrittskarten"
        r"|ventes?|verkauf\w*)\b",
    ),
}
# Dutch, Polish and the Nordic languages read for money passed on and goods sent on.
# Dutch splits its verb ("maak het bedrag ... over naar", "stort de rest terug"): the
# particle closes the part. Polish may put the money first ("pozostałą kwotę przelej").
# The Nordic mule is told by the applicant's own account taking the money in ("på ditt
# eget konto", "omalle tilillesi") and the money sent on ("för vidare", "videre",
# "eteenpäin"); Finnish glues its cases to the stem ("toimittajallemme"), so its words
# are stems.
_NORTH = {
    "CASH": (
        r"(?:cheques?|betaling(?:en)?|overboeking(?:en)?|overschrijving(?:en)?|geld|bedrag(?:en)?"
        r"|stortingen?|voorschot(?:ten)?"  # nl
        r"|czek(?:i|u|iem|ów)?|przelew(?:y|ów|u|em)?|płatnoś\w*|wpłat\w*|pieniądz\w*|pieniędz\w*"
        r"|środk\w*|kwot\w*)\b",  # pl
        r"(?:check(?:en|ar|arna|s)?|sjekk(?:en|er|ene)?|(?:in)?betalning(?:en|ar|arna)?"  # sv
        r"|betaling(?:en|er|erne|ene)?|pengar(?:na)?|penge(?:ne)?|penger(?:e|ne)?"  # da, no
        r"|(?:in|inn)?betaling(?:en|er|erne|ene)?|insättning(?:en|ar|arna)?"
        r"|överföring(?:en|ar|arna)?|overførsel(?:en)?|overførsler(?:ne)?"
        r"|overføring(?:en|er|ene)?|belopp(?:et)?|beløb(?:et)?|beløp(?:et)?"
        r"|shek\w*|maksu\w*|raha\w*|summ\w*)\b",  # fi
    ),
    "INFLOW": (
        # "sturen wij u een cheque", "u ontvangt een betaling", "betalingen te ontvangen"
        r"(?:(?:sturen|stuurt|storten|stort|maken|maakt|betalen|betaalt|geven|geeft)\s+"
        r"(?:wij\s+|we\s+)?(?:u|je|jou)\s+"
        r"<TOKENS>{0,3}?<CASH>|(?:ontvang|krijg)\w*\s+<TOKENS>{0,6}?<CASH>"
        r"|<CASH>\s+<TOKENS>{0,4}?te\s+(?:ontvangen|innen)"
        # "klanten maken geld over op jouw rekening"
        r"|(?:stort|storten|maak|maakt|maken|overgemaakt|gestort|overgeboekt|overboek\w*)\s"
        r"[^.!?;\n]{0,60}?"
        r"\b(?:op|naar)\s+(?:je|jouw|uw)\s+(?:eigen\s+|privé\s+)?(?:bank)?rekening)",
        # "wyślemy ci czek", "otrzymasz przelew", "przyjmowania przelewów"
        r"(?:(?:wyśl|prześl|przel|wpłac|przekaż)\w*\s+(?:ci|tobie|panu|pani)\s+<TOKENS>{0,3}?"
        r"<CASH>|(?:wyślemy|prześlemy|przelejemy|wpłacimy|przekażemy)\s+<TOKENS>{0,3}?<CASH>"
        r"|(?:otrzym|dostan|dostaj|przyjm|odbier)\w*\s+<TOKENS>{0,4}?<CASH>"
        r"|(?:przel|wpłac|przekaz)\w*\s[^.!?;\n]{0,60}?\bna\s+(?:twoje|swoje|twój|swój)\s+"
        r"(?:prywatne\s+|własne\s+)?(?:kont|rachun)\w*)",
        # "vi skickar dig en check", "vi sender deg en sjekk", "lähetämme sinulle shekin";
        # the applicant's own account, said to be theirs (pay lands in "ditt konto" too):
        # "på ditt eget bankkonto", "din private konto", "omalle pankkitilillesi"
        r"(?:(?:skicka|skickar|sänder|sende|sender|överför|overfører|betalar|betaler)\s+"
        r"(?:vi\s+)?(?:till\s+)?(?:dig|deg)|(?:lähetämme|siirrämme|maksamme|talletamme)\s+"
        r"(?:sinulle\s+)?)\s*<TOKENS>{0,3}?<CASH>"
        r"|(?:på|till|in\s+på|ind\s+på|inn\s+på)\s+(?:din|dit|ditt)\s+(?:eget|egen|egna"
        r"|privata?|private?|personliga?|personlige?)\s+(?:bank)?konto\w*"
        r"|(?:omalle|henkilökohtaiselle)\s+(?:pankki)?tilille\w*"
        # others' money taken in there ("tar emot betalningar från kunder till ditt konto"):
        # a salary is paid to it, never taken in
        r"|(?:(?:tar|ta|tag\w*)\s+(?:du\s+)?(?:emot|imod|imot)|modtag\w*|mottar|motta)\s+"
        r"<TOKENS>{0,1}?<CASH>\s+<TOKENS>{0,4}?(?:på|till|til|ind\s+på|inn\s+på)\s+"
        r"(?:din|dit|ditt)\s+(?:bank)?konto\w*"
        # a cheque the applicant gets: "du får en check", "du mottar en sjekk", "saat shekin"
        r"|(?:får|tar\s+emot|modtager|modtar|mottar|saat|vastaanotat)\s+<TOKENS>{0,2}?"
        r"(?:check|sjekk|shek)\w*",
    ),
    "ONWARD_TO": (
        r"(?:ons|onze?|de|het|een)\s+(?!(?:[\w-]+\s+)?(?:je|jouw|uw)\b)(?:[\w-]+\s+){0,2}?"
        r"(?:leveranciers?|partners?|rekening(?:en)?|bedrijfsrekening|bedrijfsaccount|account"
        r"|hoofdkantoor|tussenpersoon|agent(?:en)?|winkel)\b",
        r"(?:nasz\w*|wskazan\w*|podan\w*)\s+(?:[\w-]+\s+){0,2}?(?:dostawc\w*|partner\w*|kont[ao]?"
        r"|rachun\w*|sklep\w*|portfel\w*)\b|(?:dostawc\w*|partner\w*|kont[ao]|rachun\w*)\s+"
        r"(?:wskazan\w*|podan\w*|firm\w*)\b",
        # sv, da, no: "till vår leverantör", "til vores leverandør", "til vår partner"
        r"(?:vår|vårt|våra|vores|våre|en|ett|et|företagets|bolagets|firmaets|selskapets)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:leverantör\w*|leverandør\w*|partner\w*|konto\w*"
        r"|agent\w*|ombud\w*|butik\w*|forhandler\w*)\b|företaget|bolaget|firmaet|selskapet",
    ),
    "PASS_ON": (
        # the words between verb and particle: one clause, no earlier particle
        r"(?:maak|maakt|maken|stort|storten|stuur|stuurt|sturen|boek|boekt|boeken|betaal"
        r"|betaalt|betalen)\s+(?:(?!(?:over|door|terug)\b)"
        r"[\w$€£%.'’&-]+\s+){0,8}?(?:over|door|terug)\s+(?:naar"
        r"|aan|op)\s+<TOKENS>{0,2}?<ONWARD_TO>",
        r"(?:overmaken|doorstorten|terugstorten|overboeken|overschrijven)\s+(?:naar|aan|op)\s+"
        r"<TOKENS>{0,2}?<ONWARD_TO>|(?:naar|aan|op)\s+<TOKENS>{0,2}?<ONWARD_TO>\s+(?:over\s+te"
        r"\s+maken|overmaken|door\s+te\s+storten|doorstorten|terug\s+te\s+storten|terugstorten"
        r"|over\s+te\s+boeken|overboeken)\b",
        r"(?:maak|maakt|maken|stort|storten|stuur|stuurt|sturen|betaal|betaalt|betalen)\s+"
        r"<TOKENS>{0,3}?(?:het\s+(?:restant|resterende\s+bedrag"
        r"|verschil|overige)|de\s+rest)\b",
        # verbs, not "przelew" (a transfer): that is the money coming in
        r"(?:(?:przelej|przelać|przelewa|przekaż|przekaza|przekazuj|wyśl|wysła|wysył|wpłać"
        r"|wpłaci|wpłaca|prześl|przesła|przesył)\w*)\s+(?:<TOKENS>{0,6}?(?:do|na)\s+"
        r"<TOKENS>{0,2}?<ONWARD_TO>|<TOKENS>{0,2}?dalej\b)",
        r"(?:resztę|różnicę|pozostał\w*\s+(?:kwot\w*|środk\w*|pieniądz\w*|sum\w*))\s+<TOKENS>{0,2}?"
        r"(?:przel|przekaż|wyśl|wpłać|odeślij|zwróć)\w*",
        # sv, da, no: money sent on ("för vidare pengarna", "overfører beløbet videre"),
        # what is left of it ("resten", "det resterende beløb"), or to their account
        r"(?:för(?:a|s)?|skicka\w*|överför\w*|sätt\w*\s+in|betala\w*|swisha\w*|send\w*"
        r"|overfør\w*|indbetal\w*|innbetal\w*|sett\w*\s+inn|betal\w*|vipps\w*)\s+"
        r"(?:<TOKENS>{0,3}?(?:vidare|videre)\b|<TOKENS>{0,3}?(?:resten|det\s+(?:resterende|överskjutande"
        r"|overskydende|overskytende)\s+\w+|mellanskillnaden|differencen|differansen"
        r"|mellomlegget)\b|<TOKENS>{0,6}?(?:till|til|på|hos)\s+<TOKENS>{0,2}?<ONWARD_TO>)",
        # fi: "lähetä loput rahat toimittajallemme", "siirrät rahat eteenpäin"
        r"(?:<FI_SEND>)\s+(?:<TOKENS>{0,3}?(?:eteenpäin"
        r"|edelleen)|<TOKENS>{0,2}?(?:loput|ylimääräi\w*|jäljelle\s+jää\w*|erotu\w*)"
        r"|<TOKENS>{0,6}?(?:toimittaj|kumppan|agent|välittäj)\w*|<TOKENS>{0,6}?(?:yhtiön"
        r"|yrityksen|meidän)\s+tili\w*)\b",
        r"(?:loput|ylimääräi\w*)\s+<TOKENS>{0,2}?(?:<FI_SEND>)\b",
    ),
    "GOODS": (
        r"(?:pakket(?:ten|jes?)?|pakjes?|zendingen|goederen"  # nl
        r"|paczk\w*|przesył(?:ki|ek|kami)"  # pl
        r"|paket(?:en)?|försändelser(?:na)?|varor(?:na)?"  # sv
        r"|pakker(?:ne)?|pakke(?:n)?|pakkene|forsendelser(?:ne)?|varer(?:ne)?"  # da, no
        r"|paket\w*|lähetyk\w*)\b",  # fi
    ),
    "HOME": (
        r"(?:(?:je|jouw|uw)\s+(?:eigen\s+)?(?:huis|thuis)?adres|huisadres|thuisadres"
        r"|(?:bij\s+(?:u|je|jou)\s+)?thuis"  # nl
        r"|(?:twój|twoj\w*|swój|swoj\w*)\s+adres\w*(?:\s+domow\w*)?|adres\w*\s+domow\w*"
        r"|do\s+domu|w\s+domu|(?:swoim|twoim)\s+(?:domu|mieszkaniu)"  # pl
        r"|hemma|hemadress(?:en)?|(?:din|ditt)\s+(?:hem|adress|hemadress)"  # sv
        r"|hjemme|hjemmeadresse(?:n)?|(?:din|ditt|dit)\s+(?:hjem|adresse|bopæl)"  # da, no
        r"|kotiosoit\w*|kotiin|kotona|osoitteeseesi)\b",  # fi
    ),
    "GOODS_IN": (
        r"(?:ontvang|neem|neemt|nemen)\w*\s+<TOKENS>{0,4}?(?:<GOODS>|(?:op|in|bij)\s+<HOME>)"
        r"|<GOODS>\s+<TOKENS>{0,3}?(?:te\s+)?(?:ontvangen|aannemen|in\s+ontvangst)"
        r"|<GOODS>\s+(?:worden|komen)\s+<TOKENS>{0,4}?(?:bezorgd|afgeleverd|geleverd|binnen)",
        r"(?:odbier|przyjm|otrzym|odbior)\w*\s+<TOKENS>{0,4}?<GOODS>|<GOODS>\s+(?:przychodz"
        r"|trafia|będą|są|dociera)\w*\s+<TOKENS>{0,3}?(?:na|do|pod)\s+<HOME>|przepakow\w*",
        r"(?:(?:tar|ta|tagit)\s+emot|modtag\w*|tag\w*\s+imod|mottar|motta|tar\s+imot|ta\s+imot"
        r"|vastaanot\w*|ota\w*\s+vastaan)\s+<TOKENS>{0,4}?(?:<GOODS>|<HOME>)",
    ),
    "SEND_ON": (
        r"(?:doorsturen|doorstuurt|doorzenden|opnieuw\s+(?:verzenden|versturen|verpakken)"
        # Dutch forms only: not "postage", "postcode", "Zendesk"
        r"|(?:(?:ver)?stuur(?:t|en)?|verzend(?:t|en)?|zend(?:t|en)?|post(?:en|t)?)\s+<TOKENS>{0,5}?"
        r"(?:opnieuw|door|verder"
        r"|naar))\b",
        r"(?:(?:wysył|przesył|prześl|wyśl|nadaj|nadać|nadawa|nadan|odsył|odeśl)\w*\s+"
        r"<TOKENS>{0,5}?(?:dalej"
        r"|za\s+granic\w*|do|na)|wysyłk\w*)\b",
        r"(?:(?:skicka|skickar|vidarebefordra\w*|postar?)\s+<TOKENS>{0,5}?(?:vidare|utomlands"
        r"|till)|(?:send|sender|sende|videresend\w*)\s+<TOKENS>{0,5}?(?:videre|til)"
        r"|(?:lähet|toimit)\w*\s+<TOKENS>{0,5}?(?:eteenpäin|edelleen|ulkomaille))\b",
    ),
}
# el: parcels taken in at home and sent on, as verbs or as nouns ("παραλαβή δεμάτων
# στη διεύθυνσή σας και αποστολή τους στο εξωτερικό")
_GREEK = {
    "GOODS": (r"(?:δ[εέ]μ(?:α|ατα|ατων|άτων)|πακ[εέ]τ(?:α|ων)|εμπορε[υύ]μ\w*)\b",),
    "HOME": (
        r"(?:(?:στο\s+|το\s+)?σπ[ιί]τι|(?:τη|στη|την)\s+διε[υύ]θυνσ[ηή]\s+σας"
        r"|κατοικ[ιί]α\s+σας)\b",
    ),
    "GOODS_IN": (
        r"(?:παραλαβ|παραλαμβ[αά]ν|παραλ[αά]β|δ[εέ]χ|λαμβ[αά]ν)\w*\s+<TOKENS>{0,4}?(?:<GOODS>"
        r"|(?:σ(?:το|τη|την)\s+)?<HOME>)",
    ),
    "SEND_ON": (
        r"(?:αποστολ|αποστ[εέ]λλ|αποστε[ιί]λ|ξαναστ[εέ]λν|στ[εέ]λν|προωθ|επαναποστολ)\w*\s+"
        r"<TOKENS>{0,5}?(?:στο\s+εξωτερικ[οό]|σε\s|στ(?:ο|η|ην|ους|ις|α)\s|με\s+(?:τις\s+)?ετικ[εέ]τ)",
    ),
}
for _name, _more in (*_NORTH.items(), *_GREEK.items()):
    _ABROAD[_name] = (*_ABROAD[_name], *_more)
_CLASSES.update(
    {name: f"(?:{'|'.join((_CLASSES[name], *more))})" for name, more in _ABROAD.items()}
)
_MACROS.update(_CLASSES)
# the anchors of <PRICE>: every match of it holds one of these
_PRICE_ANCHORS = (
    "$,€,£,₹,usd,eur,gbp,dollar,euro,pound,pal,zelle,venmo,cash\\sapp,cashapp,western,moneygram"
    ",gift,reais,pesos,dólares,dolares"
)


@dataclass(frozen=True, slots=True)
class Shape:
    """A veto told by a scam's structure: the parts of `rule`, near each other, and in
    their sentences the applicant as the one who acts (`party`) and nothing that makes
    it someone else's money or product (`refused`). The three patterns are kept written
    and compiled when first read: only a text the rule matches needs them."""

    code: str
    rule: _Rule
    party_written: str | None
    refused_written: str
    # what must stand before the match, on its line, within `LEAD_WINDOW` characters:
    # sought only there, as it is costly where it may start (at every "you" and "pay")
    lead_written: str | None = None
    # what refuses it in a text of a multi-level scheme (`MLM`), where the earnings it
    # promises for a starter pack are the scheme's pitch, no pay ("buy the $149 pack to
    # begin earning"); None: `refused` there too
    mlm_refused_written: str | None = None

    @property
    def party(self) -> re.Pattern[str] | None:
        return None if self.party_written is None else _compiled(self.party_written)

    @property
    def refused(self) -> re.Pattern[str]:
        return _compiled(self.refused_written)

    def refused_in(self, low: str) -> re.Pattern[str]:
        """`refused`, or `mlm_refused_written` in a text of a multi-level scheme."""
        if self.mlm_refused_written is not None and MLM.search(low):
            return _compiled(self.mlm_refused_written)
        return self.refused

    @property
    def lead(self) -> re.Pattern[str] | None:
        return None if self.lead_written is None else _compiled(self.lead_written)


LEAD_WINDOW = 250
# a multi-level scheme's own words: recruits under one and income from their sales
# ("build your downline", "residual income from your team", "recruit others"); not
# "MLM" or "network marketing" alone, which honest posts deny ("this is not an MLM")
MLM = re.compile(
    r"\b(?:down[\s-]?lines?|up[\s-]?lines?|residual\s+(?:income|commissions?|earnings)"
    r"|recruit\w*\s+(?:others|friends|family|people|new\s+(?:members|distributors|reps))"
    r"|(?:your|their)\s+recruits)\b"
)


SHAPES = (
    # money from the "employer" that the applicant pays on: the fake check and the mule
    Shape(
        "fake_check",
        _rule(
            "supplier,vendor,seller,partner,consultant,agent,account,wallet,atm,merchant,contact,exchange"
            ",store,shop,retailer,proveedor,socios,cuenta,tienda,fornecedor,parceiro,conta,loja"
            ",fournisseur,partenaire,compte,magasin,boutique,lieferant,konto,konten,händler"
            # what is left of it: "le reste", "el saldo", "den Rest"
            ",rest,saldo,solde,diferencia,diferença,diferenca,différence,difference,differenz"
            ",fornitor,consulent,conto,conti,negozi,rivenditor,differenza,rimanente,eccedenza"
            # nl, pl: "naar onze leverancier", "het restant", "na wskazany rachunek", "dalej"
            ",leverancier,rekening,bedrijfsaccount,hoofdkantoor,tussenpersoon,winkel,restant"
            ",resterend,verschil,overige,dostawc,rachun,kont,sklep,portfel,dalej,resztę,różnic"
            ",pozostał"
            # sv, da, no, fi: "vidare", "til vores leverandør", "resten", "toimittajalle"
            ",vidare,videre,leverantör,leverandør,företaget,bolaget,firmaet,selskapet,ombud"
            ",forhandler,resten,överskjutande,overskydende,overskytende,mellanskillnad"
            ",differencen,differansen,mellomlegg,eteenpäin,edelleen,loput,ylimääräi,jäljelle"
            ",erotu,toimittaj,kumppan,välittäj,yhtiön\\stili,yrityksen\\stili,meidän\\stili",
            r"\b<PASS_ON>",
        ),
        None,
        (
            r"\b(?:any\s+(?:store|shop|vendor|retailer)|of\s+your\s+choice|you\s+(?:like|prefer"
            r"|choose)|expense|company\s+card|de\s+su\s+elecci[oó]n|que\s+(?:usted\s+)?prefiera"
            r"|de\s+sua\s+escolha|que\s+preferir|de\s+votre\s+choix|ihrer\s+wahl|reembols\w*"
            r"|rembours\w*|erstatt\w*)\b"
        ),
        r"\b<INFLOW>",
    ),
    # the applicant pays to start, join or be processed: a charge and its price
    Shape(
        "pay_to_work",
        _rule(
            "fee,membership,subscription,dues,bond,levy,prepayment,pre\\-payment,deposit"
            ",cuota,tarifa,matrícula,matricula,depósito,taxa,mensalidade,frais"
            ",caução,caucao,caucão,cauçao,cotisation,caution,acompte,gebühr,gebuhr,vorkasse"
            ",vorauszahlung,kaution,anzahlung,kit,startpaket,starterpaket,schulungspaket"
            f",mitgliedschaft,mitgliedsbeitr,pack&{_PRICE_ANCHORS}|{','.join(_PURPOSES.split())}&payment,contribution,charge,cost&{_PRICE_ANCHORS}"
            "|setup,set\\-up,sign\\-up,signup&$,€,£,₹"
            "|billed,charged,payable&$,€,£,₹",
            r"\b<CHARGE>[^.!?;\n]{0,60}?<PRICE>|<SIGNED>[^.!?;\n]{0,40}?\b<CHARGE>"
            # the sign after its amount, as French and German write it ("39 € de frais")
            r"|[$€£](?:(?<=\d.)|(?<=\d\s.))[^.!?;\n]{0,40}?\b<CHARGE>"
            r"|<SIGNED>\s*(?:(?:a|per|/)\s*(?:month|week|year|mo))?,?\s+(?:billed|charged"
            r"|payable)\s+(?:on|when|at|before|upon)\b"
            # the applicant's own store or account opened for a price ("your own online
            # store for a one-time $49 setup")
            r"|<SIGNED>\s+(?:set[\s-]?up|sign[\s-]?up|activation|joining)\b",
        ),
        "<APPLICANT>",
        "<OTHER_PAYS>|<EARNINGS>|<PRODUCT>|<SOLD>",
        mlm_refused_written="<OTHER_PAYS>|<PRODUCT>|<SOLD>",
    ),
    # the applicant's own money in the work (pre-paid tasks, top-ups), and gift cards
    # bought for the employer, their codes sent on
    Shape(
        "crypto_payment",
        _rule(
            "pre\\-pa,prepa,pre\\-fund,prefund,top\\-up,topup,topped\\-up,recharg"
            ",you\\sfront,to\\sfront,you\\sadvance,to\\sadvance|deposit&from\\syour"
            "|funded&account,balance,wallet"
            "|gift,voucher,itunes,prepaid,razer,vanilla,cadeau,regalo,presente,geschenkkarte"
            ",gutschein|steam,amazon,apple,ebay,play&card,credit",
            r"<SELF_FUND>|\b(?:buy|purchase|get|grab|pick\s+up|pick|collect|obtain|compr|achet"
            r"|kauf|besorg)\w*\s+<TOKENS>{0,5}?<GIFT>[^\n]{0,160}?\b(?:codes?|c[oó]digos?|pins?"
            r"|photos?|pictures?|scratch\w*)\b",
        ),
        None,
        "<PRODUCT>",
    ),
    # goods received at home and sent on: reshipping
    Shape(
        "reshipping",
        _rule(
            "deliver,package,parcel,boxes,merchandise,goods,items,shipment,home,address,house"
            ",apartment,your\\splace,your\\sflat,your\\sdoor,residence,paquete,pedidos,envío"
            ",envio,mercanc,encomenda,pacote,mercadoria,colis,marchandise,paket,päckchen,packchen"
            ",sendungen,domicilio,dirección,direccion,casa,endereço,endereco,residência,residencia"
            ",domicile,adresse,chez\\svous,chez\\stoi,hause,wohnung,pacchi,pacchett,plichi,merce"
            ",merci,spedizion,colli,abitazione"
            ",pakket,pakje,zending,goederen,thuis,adres,paczk,przesył,przepak,domu,försändelse"
            ",varor,pakke,forsendelse,varer,hemma,hjemme,koti,osoittee,lähety"
            ",δέμα,δεμα,δεμάτ,δεματ,πακέτ,πακετ,εμπόρευ,εμπορευ,σπίτι,σπιτι,διεύθυνσ,διευθυνσ"
            "&spedi,inoltr,invi,rimand,send,sent,ship\\s,ships\\s,shipp,post\\s,posts\\s,posted\\s,posting\\s,dispatch"
            ",forward,mail,reship,re\\-ship,resend,repack,relabel,re-,reenv,envía,envia,envíe"
            ",envie,despach,expédi,expedi,renvo,envoy,versend,verschick,schick,weiterleit,weiter"
            ",doorst,doorz,stuur,verzend,zend,posten,postt,wysył,przesył,prześl,wyśl,nadaj,nadać"
            ",nadawa,nadan,odsył,odeśl"
            ",skick,vidare,videre,lähet,toimit"
            ",αποστολ,αποστέλλ,αποστελλ,αποστείλ,αποστειλ,στέλν,στελν,ξαναστ,προωθ,επαναποστ",
            r"\b(?:<GOODS_IN>)[^\n]{0,160}?\b<SEND_ON>",
        ),
        (
            r"\b(?:home|your\s+(?:address|place|house|flat|apartment|door)|for\s+us|on\s+behalf"
            r"|prepaid|pre-paid|labels?\s+(?:we|you)|slips?\s+we|provided|residence|domicilio"
            r"|casa|endere[cç]o|domicile|chez\s+vous|zu\s*hause|etiquetas?|[eé]tiquettes?"
            r"|etiketten|indiquemos|indicad[oa]|indiqu[eé]e?s?|von\s+uns|que\s+mandamos|wohnung"
            r"|adresse|direcci[oó]n|indirizzo|abitazione|etichett[ae]"
            # nl, pl, sv, da, no, fi
            r"|thuis|huisadres|thuisadres|(?:je|jouw|uw)\s+adres|voor\s+ons|namens\s+ons"
            r"|labels?\s+die\s+(?:wij|we)|etiket\w*|etykiet\w*|adres\w*\s+domow\w*|w\s+domu"
            r"|(?:twój|swój)\s+adres|(?:swoim|twoim)\s+(?:domu|mieszkaniu)|hemma|hemadress\w*|etikett\w*|hjemme|(?:din|dit|ditt)"
            r"\s+(?:adress|adresse|hem|hjem)|kotiosoit\w*|kotiin|kotona|osoitteeseesi|tarro\w*"
            r"|σπ[ιί]τι|διε[υύ]θυνσ[ηή]\s+σας|ετικ[εέ]τ\w*)\b"
        ),
        # a logistics business's own operations, not a home's (a warehouse goods are sent
        # on to is the scam's)
        (
            r"\b(?:build\w*|implement\w*|design\w*|develop\w*|apis?|features?|flows?"
            r"|(?<!to\sour\s)(?<!to\sthe\s)(?<!to\sa\s)warehouses?|depots?|facility|helps?|lets"
            r"|platform|almac[eé]n\w*|armaz[eé]ns?|distribui[cç][aã]o|distribuci[oó]n|entrep[oô]ts?"
            r"|lager\w*|logistikzentr\w*|desarroll\w*|desenvolv\w*|d[eé]velopp\w*|entwickel\w*"
            r"|plataforma|plateforme|plattform|magazzin\w*|piattaforma|svilupp\w*"
            r"|magazijn\w*|distributiecentr\w*|webwinkel\w*|magazyn\w*|dystrybucyjn\w*"
            r"|varasto\w*|verkkokaup\w*|αποθ[ηή]κ\w*|πλατφ[οό]ρμ\w*)\b"
        ),
    ),
)


def _domains(names: str) -> frozenset[str]:
    return frozenset(names.split())


# a mailroom's duty: parcels taken in for the staff and handed on inside the building
# ("forward them to the right desk"); a reshipping scam sends them out, abroad or to a
# new address or label, which keeps the veto
INTERNAL_MAIL = (
    r"\b(?:forward|pass|deliver|distribut|rout)\w*\s+(?:(?:them|it|mail|post)\s+)?(?:on\s+)?to"
    r"\s+(?:the\s+)?(?:(?:right|relevant|correct|appropriate|proper|intended)\s+)?(?:desks?|teams?"
    r"|staff|departments?|employees|colleagues|recipients?|floors?|wards?)\b"
    r"(?![^.!?;\n]*\b(?:abroad|overseas|internationally|labels?|address\w*))"
)

# a sentence that sells what it prices, or has someone pay for it, asks the applicant
# for nothing ("our course is $499 per seat", "Acme pays for your exams ($200 each)")
SOMEONE_ELSE_PAYS = {
    "pay_to_work": _rx(
        r"\b(?:sell\w*|sold|customers?|buyers?|pays?\s+for|covers?|reimburses|sponsors?"
        rf"|{_WAIVED}"
        # the course the applicant teaches is priced for its students
        r"|(?:teach|instruct)(?:es|s|ing)?\s+(?:our|the|a|this)\s+(?:[\w-]+\s+){0,3}?(?:courses?"
        r"|bootcamps?|programs?|classes)"
        r"|(?:we|i|company|employer)(?:'ll|’ll|\s+will)?\s+reimburse"
        # es, pt, fr, de: "vendemos", "clientes", "pagamos", "prenons en charge", "zahlen wir"
        r"|vend(?:e|en|emos|em|ons|ent|ido|ida)|verkauf\w*|clientes|compradores|kunden"
        r"|k[aä]ufer|acheteurs|pagamos|cubrimos|reembolsamos|custeamos|payons|remboursons"
        r"|pr(?:is|ise|ises|enons|end)\s+en\s+charge|(?:[uü]bernehmen|zahlen|erstatten)\s+wir"
        r"|a\s+cargo\s+de\s+la\s+empresa|por\s+conta\s+da\s+empresa)\b"
    ),
    # a logistics business's own service ("helps merchants receive and forward parcels")
    "reshipping": _rx(
        r"\b(?:merchants?|shoppers?|warehouses?|helps?|lets|platform|comerci(?:os|antes)"
        r"|almac[eé]n\w*|armaz[eé]ns?|entrep[oô]ts?|lager\w*|plataforma|plateforme|plattform"
        r"|permite|permet|erm[oö]glicht|permette|piattaforma|commercianti|magazzin\w*)\b"
        # zh: a shop's or a forwarder's platform and its members ("代購平台", "協助會員")
        r"|平[台臺]|[會会]員|客[戶户]|集[運运]|[協协]助"
        rf"|{INTERNAL_MAIL}"
    ),
}
SENTENCE_END = _rx(r"[!?;\n]|\.(?=\s|$)")
# a posting titled as the course it sells ("Curso intensivo de Python", "Bootcamp
# Full-Stack"): a school's price is its product, and such an ad offers no job to pay
# for (it may be a non-lead, not a scam); a course a *job* makes you buy stays a veto
COURSE_TITLE = _rx(
    r"\s*(?:(?:new|nuevo|nueva|novo|nova|nouveau|nouvelle|neuer?|online|intensiv[eo]?)\s+)?"
    r"(?:course|bootcamp|masterclass|curso|cursos|diplomado|formaci[oó]n"
    r"|forma[cç][aã]o|formation|kurs|lehrgang|weiterbildung)\b"
    # not a job on a course: "Course Designer", "Bootcamp Instructor"
    r"(?![\s-]+(?:designers?|instructors?|creators?|developers?|coordinators?|managers?"
    r"|tutors?|writers?|assistants?|leads?|teachers?|authors?))"
)
# what a course titled so sells when it sells the job: a job or income promised as sure
# ("job guaranteed after the course", "empleo garantizado"), the promise BBB calls paying
# for a job; a school's "we do not guarantee employment" promises nothing
GUARANTEED_WORK = _foreign(
    "guarantee",
    "guarante",
    r"\bguaranteed\s+(?:an?\s+)?(?:jobs?|employment|placements?|positions?|hire|income"
    r"|earnings|salary|work)\b|\b(?:jobs?|employment|placements?|income|hire)\s+(?:is\s+|are\s+)?"
    r"guaranteed\b|\b(?:job|employment|placement)\s+guarantee\b|\bguarantee\s+(?:you\s+)?"
    r"(?:an?\s+)?(?:jobs?|employment|placements?|positions?)\b",
)
# a bootcamp's guarantee is of a refund when no job comes: a promise it keeps in money
# (not a "non-refundable" fee, nor "no refunds")
MONEY_BACK = _rx(
    r"\b(?<!non-)(?<!non\s)(?<!no\s)(?:refund\w*|money[\s-]back|(?:tuition|fees?|money)\s+back|reembols\w*"
    r"|devoluci[oó]n|devolvemos|rembours\w*|r[uü]ckerstatt\w*|geld[\s-]zur[uü]ck|rimbors\w*)"
)
PAYER_GUARDED = frozenset({"buy_equipment", "crypto_payment", "fake_check", "reshipping"})
PAYS = _rx(
    r"(?:pay|paying|send|sending|wire|transfer|forward|receive|accept|collect|buy|buying|ship"
    r"|purchase|purchasing|order|deposit|depositing|top|add|adding|load"
    r"|recharge|recarg\w*|recarreg\w*|d[eé]pos\w*|transf\w*|einzahl\w*|auflad\w*|[uü]berweis\w*"
    r"|vers[aei]\w*|ricaric\w*|compr\w*|adquir\w*|ach[eè]t\w*|acquist\w*|kauf\w*|bestell\w*"
    r"|erw[ei]rb\w*|besorg\w*"
    r"|sätt\w*|för|överför\w*|betal\w*|fyll\w*|ladd\w*|indbetal\w*|indsæt\w*|overfør\w*"
    r"|lad\w*|innbetal\w*|sett\w*|tallet\w*|maksa\w*|siir\w*|lata\w*|täyden\w*"
    r")\b"
)
# a check sent for the applicant's equipment, which is the FBI's equipment scam whoever
# sends it ("We will send you a check to buy your equipment"): no payer reassures it
EQUIPMENT_CHECK = _rx(
    r"\b(?:checks?|cheques?)\b[^.!?;\n]*?\b(?:equipment|supplies|vendors?|laptops?|software"
    r"|workstation|devices?)\b"
)
PAYER = _rx(  # "we will pay for your training": someone else is the payer
    r"\b(?:we|i|(?<!the\s)us|company|employer|clients?|customers?|users?|merchants?|they|that"
    r"|which|nosotros|nós|nous|wir|noi|empresa|entreprise|unternehmen|firma|azienda|clientes"
    r"|usuari[oa]s|usu[aá]rios|utilisateurs|kunden|nutzer|comercios|ell[oa]s|el[ea]s|ils|elles"
    r"|vi|kunder\w*|kunde(?:rne|ne)|användar\w*|brugerne|brukerne|asiakkaa\w*|käyttäjä\w*)"
    r"(?:'ll|'re|'d)?(?:\s+[\w']+){0,2}\s*$"
)
CLAUSE_BREAK = _rx(
    r"[.!?;,:\n]|\b(?:but|however|although|though|unless|pero|aunque|sin\s+embargo|por[eé]m"
    r"|mais|cependant|pourtant|aber|sondern|jedoch)\b"
)
# a refusal in any language of scam_words ("we never ask", "wir verlangen niemals",
# "nunca cobramos"); not French "attention", which English writes before a demand
_NOT_REFUSALS = frozenset({"attention"})
# Portuguese "no" is "in the" before a possessive ("no seu endereço"), a price ("no
# valor de R$ 99") or a place in an app ("avaliar produtos no aplicativo")
IN_THE = (
    r"(?!\s+(?:seu|sua|seus|suas|nosso|nossa|meu|minha|valor|montante|total|ato|momento"
    r"|aplicativo|celular|site|perfil|grupo)\b)"
)
NEGATION = _rx(
    rf"\b(?:{'|'.join(p for p in _patterns('negation') if p not in _NOT_REFUSALS)})(?!\w)"
    rf"(?:(?<!\bno)|{IN_THE})"
)
NEGATED_INSIDE = _rx(
    r"\b(?:no|not|never|nothing|zero|nunca|jam[aá]s|jamais|pas|n[aã]o|nicht|niemals|mai)\b"
    rf"(?!\s+(?:less|more)\b){IN_THE}"
)
DISCLAIMER = _rx(  # "payments in crypto are not accepted"
    r"[\s,]*(?:(?:is|are|will(?:\s+be)?|shall|would)\s+(?:not|never)\b"
    r"|(?:isn't|aren't|won't)\b)"
)
URL = Skimmed(_rx(r"(?:https?://|www\.)([a-z0-9][a-z0-9.-]*\.[a-z]{2,})(/@)?"))
# a host written without a scheme ("acme-careers.net"), and the characters one is made of
BARE_HOST = _rx(r"(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}")
HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
LINK = "http://,https://,www."  # an anchor every `URL` match starts with
CHAT_LINK = "t.me/,wa.me/,chat.whatsapp.com/"  # an anchor of chat handles' links (scam_requests)


@dataclass(frozen=True, slots=True)
class _Addresses:
    """E-mail addresses ("ann@acme.io", "ann (at) acme.io"), found from their "@" or
    "(at)" back to the start of their name rather than by scanning every character:
    the same matches as `pattern.finditer`, which the lookbehind and the name's
    characters pin to one start per "@"."""

    pattern: re.Pattern[str]

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        end = 0
        for at in AT.finditer(low):
            start = at.start() - (at.start() > 0 and low[at.start() - 1].isspace())
            while start > 0 and _NAME_CHAR.match(low, start - 1):
                start -= 1
            if start < end or _NAME_CHAR.match(low, start) is None:
                continue
            if m := self.pattern.match(low, start):
                end = m.end()
                yield m


# each branch starts with a literal, so `re` skips ahead to "@", "(" and "[" (a branch
# starting with a class, as "[(\[]at", makes it try every character: twice as slow)
# the at of an address as postings write it ("jane@x.com", "jane (at) x.com")
AT = re.compile(r"@|\(at[)\]]|\[at[)\]]")
MAIL = "@,(at),(at],[at),[at]"  # an anchor every `EMAIL` match holds: what `AT` finds
_NAME_CHAR = re.compile(r"[\w.+-]")
EMAIL = _Addresses(
    _rx(
        r"(?<![\w.+@-])[\w.+-]+\s?(?:@|[(\[]at[)\]])\s?"
        r"([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
    )
)
LEGAL_SUFFIXES = _domains(
    "inc incorporated llc ltd limited gmbh ag corp corporation co company plc sa sas"
    " sarl srl bv nv oy ab as aps pty pte kg ug the"
)
# what a spoofed job site hyphenates onto a company's name (legitimacy._lookalike)
HIRING_WORDS = _domains(
    "careers career jobs job hiring hire apply recruit recruiting recruitment hr talent"
    " talents staffing employment onboarding"
)
# an anchor every look-alike host holds: a hiring word with a hyphen on one side
HIRING_LINK = ",".join(sorted({f"-{w}" for w in HIRING_WORDS} | {f"{w}-" for w in HIRING_WORDS}))
NO_NAME = _domains("confidential na none unknown private stealth") | {""}
SECOND_LEVEL = _domains("co com org net ac gov")
WORD = _rx(r"[a-z0-9]+")
# what sends an applicant to a site or an address: apply, register, write, chat or pay there
ROUTE = _rx(
    r"\b(?:apply\w*|register\w*|sign(?:ing)?\s+up|log\s?in|complete|submit\w*|fill\w*|send"
    r"|e-?mail\w*|chat\w*|message\w*|contact\w*|pay\w*|upload\w*|interview\w*|onboard\w*"
    r"|enrol\w*|verify|confirm)\b"
)
# the employer named on a line of the text, as reposts and scams write it ("Company:
# Amazon"), for the brand a free-mail address poses as when no company field names one
COMPANY_LINE = re.compile(
    r"^[^\S\n]*(?:company(?:\s+name)?|employer|hiring\s+company|empresa|entreprise|soci[ée]t[ée]"
    r"|unternehmen|arbeitgeber|azienda|bedrijf|kampuni|mwajiri)[^\S\n]*[:：][^\S\n]*([^\n]{1,60})$",
    re.MULTILINE,
)
# the brand whose recruiter the text claims to be ("a senior recruiter with Microsoft",
# "talent partner at Deloitte"), for the brand a free-mail address in its name poses as
RECRUITER_OF = re.compile(
    r"\b(?:recruit(?:er|ers|ing|ment)|talent\s+(?:acquisition|partner|team)|hr|hiring\s+(?:manager"
    r"|team)|human\s+resources|reclutador(?:a|es)?|recrutador(?:a|es)?)(?:\s+[\w-]+){0,2}?\s+"
    r"(?:at|with|for|from|of|de|da|do|en)\s+([a-z0-9][\w&'.-]*(?:\s+[\w&'.-]+){0,2})"
)
# someone between the applicant and the employer: a free-mail address may be theirs
INTERMEDIARY = _rx(
    r"\b(?:agency|agencies|recruit(?:er|ers|ment\s+(?:firm|agency|partner))|staffing|headhunters?"
    r"|on\s+behalf\s+of|our\s+client|my\s+team|referrals?|i\s+work\s+at|i['’]m\s+at)\b"
)
COMPANY_VOICE = _rx(
    r"\bour\s+(?:company|firm|agency|corporation|hr)\b|" + _in_words("company", "<WORDS>")
)
# data entry as the work a job takes away ("replacing data entry with Python"), not the job
# Each branch starts with one letter and checks what stands before it right after: the
# regex engine then skips ahead on that letter (several times faster on long postings).
_NOT_AFTER = "(?<!\\w\\w)"  # the letter just read starts a word


def _not_after(words: tuple[str, ...], letter: str) -> str:
    """Lookbehinds, placed after `letter`, that refuse each of `words` before it."""
    return "".join(f"(?<!{word} {letter})" for word in words)


# data entry as the work a job takes away ("replacing data entry with Python")
_REMOVED_BY = tuple(
    verb
    for stem in ("automat", "replac", "eliminat", "reduc")
    for verb in (f"{stem}e", f"{stem}es", f"{stem}ing")
) + ("manual",)
# work from home as the pitch, not an option ("you can work from home two days a week")
# nor a hybrid week's share ("3 days in office, 2 days work from home"; "per day" still is)
_AN_OPTION = ("can", "may", "or", "and", "also", "able to", "free to", "option to") + (
    "ability to",
    "flexibility to",
    "choose to",
    "one day",
    "1 day",
    "days",
)
# "never ask for unpaid tests", "no unpaid test work": the pattern refused, not asked
_UNREFUSED = "".join(
    f"(?<!{words} )"
    for words in ("no", "never", "not", "without", "any", "never ask for", "never asks for")
    + ("not ask for", "don't ask for", "don’t ask for", "never request", "no need for")
)
# what a test or sample asked for free is: "test translation", "sample logo"
_TEST_PIECES = (
    "translations?|tasks?|projects?|assignments?|work|articles?|pieces?|designs?|jobs?"
    "|chapters?|pages?|edits?|posts?|videos?|scripts?|logos?|illustrations?|mock-?ups?"
    "|banners?|copy|drawings?|days?"
)
# an offer with no interview (BBB: "offered the position on the spot"): pressure, and with
# a chat number the whole hiring done in the chat (`legitimacy`)
# the money an easy-earnings pitch names before its sum: "earn Rs 25,000 weekly", "RM300"
_HYPED_MONEY = r"(?:[$€£₹₦₱৳]|rs\.?|rm)"
_NO_INTERVIEW = (
    # up to eight words on, commas too: "we hire you today, no video call, without an interview"
    # or the hire said with another verb: "we take you on", "onboard you", "start you"
    r"\b(?:offer(?:ed|s)?|hired|hire|selected|job|take\s+you\s+on|taking\s+you\s+on"
    r"|(?:onboard|start|recruit)(?:s|ed|ing)?\s+you)\s+(?:[\w-]+,?\s+){0,8}?without\s+(?:an?\s+"
    r"|any\s+)?interviews?\b|\bno\s+interviews?(?:\s+(?:needed|required|necessary)\b|\s*[,.!])"
)
NO_INTERVIEW = re.compile(_NO_INTERVIEW)
LEXICAL = {
    "work_from_home": _foreign(
        "home_pitch",
        r"entry|from\-home,at\-home,\-\-home,home\-based,#workfromhome|comfort\s&home"
        r"|your\sphone,your\scouch,your\ssofa|typing&home,online",
        rf"w{_NOT_AFTER}{_not_after(_AN_OPTION, 'w')}ork(?:ing)?[\s-]+(?:from|at)[\s-]+home\b"
        r"(?![\s-]+\(?(?:stipend|allowance|budget|set-?up|equipment|days?|policy|options?"
        r"|fridays?|or|and|\d|is\s+(?:ok|okay|fine|possible|allowed)|allowed|possible"
        # a remote role's area, or in brackets: "work from home anywhere in Spain", "(within Nepal)"
        r"|anywhere\s+in|within))"
        r"(?![^.!?;\n]{0,40}\b(?:stipend|allowance|budget)\b)"
        rf"|h{_NOT_AFTER}ome[\s-]based\b|s{_NOT_AFTER}tay[\s-]at[\s-]home\b"
        rf"|c{_NOT_AFTER}omfort\s+of\s+your\s+(?:own\s+)?home\b"
        # a data-entry job, not data entry as one task among others
        rf"|d{_NOT_AFTER}{_not_after(_REMOVED_BY, 'd')}ata[\s-]entry\s+(?:clerks?|operators?"
        r"|specialists?|jobs?|work|positions?|assistants?|agents?|typists?|roles?|keyers?"
        r"|associates?)\b"
        rf"|o{_NOT_AFTER}nline\s+data[\s-]entry\b|r{_NOT_AFTER}emote\s+data[\s-]entry\b"
        rf"|h{_NOT_AFTER}ome\s+data[\s-]entry\b"
        # its twin, the typing job ("Typing job from home", "online typing work")
        rf"|t{_NOT_AFTER}yping\s+(?:jobs?|work)\s+(?:from|at)\s+home\b"
        rf"|o{_NOT_AFTER}nline\s+typing\s+(?:jobs?|work)\b|h{_NOT_AFTER}ome\s+typing\s+(?:jobs?|work)\b"
        r"|#workfromhome\b"  # the tag a status pitches itself with
        rf"|m{_NOT_AFTER}ake\s[^.!?;\n]{{0,40}}?\bfrom\s+your\s+(?:phone|couch|sofa)\b"
        rf"|e{_NOT_AFTER}arn\w*\s[^.!?;\n]{{0,40}}?\bfrom\s+your\s+(?:phone|couch|sofa)\b"
        rf"|w{_NOT_AFTER}ork\w*\s[^.!?;\n]{{0,40}}?\bfrom\s+your\s+(?:phone|couch|sofa)\b",
    ),
    "earnings_hype": _foreign(
        "hype",
        # "RM500", "Rs500": the sum written right after its letters (Malaysia, India)
        r"earn\s,make\s&$,€,£,₹,₦,₱,৳,rs\s,rs.,rm\s"
        ",rm1,rm2,rm3,rm4,rm5,rm6,rm7,rm8,rm9,rs1,rs2,rs3,rs4,rs5,rs6,rs7,rs8,rs9"
        r"|guaranteed|unlimited|extra&income|money,cash|boss|freedom",
        rf"\b(?:earn|make)\s+(?:up\s+to\s+|over\s+|more\s+than\s+)?{_HYPED_MONEY}\s?\d[\d,.]*k?"
        rf"(?:\s*[-–]\s*(?:{_HYPED_MONEY})?\s?\d[\d,.]*k?)?\+?\s*(?:(?:/|per|an?|each|every)\s*(?:day|week)"
        r"|daily|weekly)\b|\b(?:earn|make)\s+up\s+to\s+"
        r"[$€£]|\bguaranteed\s+(?:income|pay|earnings|salary|money|profits?)\b"
        r"|\bunlimited\s+(?:earning|income|pay|commission)s?\b|\bextra\s+(?:cash|income)"
        r"\b|\b(?:easy|fast|quick)\s+(?:money|cash)\b|\bbe\s+your\s+own\s+boss\b"
        r"|\bfinancial\s+freedom\b",
    ),
    # being paid in crypto: real at some crypto firms, so evidence, not a veto (FBI 2024);
    # or by PayPal's "Friends & Family", a gift with no protection, never a client's pay
    "paid_in_crypto": _rule(
        f"{_CRYPTO_ANCHORS}|{_heads('paid')}&{_CRYPTO_ANCHORS.split('|')[0]}|paypal",
        r"\b(?:paid|salary|wages?|compensation|payouts?|commissions?|earnings)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:in|via|with|using|through)\s+<CRYPTO>"
        r"|\bpaypal\s+(?:f\s?&\s?f|friends\s+(?:&|and|n)\s+family)\b"
        # pay counted in a coin: "Salary: 2,500 USDT per month", "we pay 3000 USDT monthly"
        r"|\b(?:pays?|paid|salary|wages?|compensation|earn\w*)\b[^.!?;\n]{0,30}?"
        r"\d(?:[,.]?\d)*\s?k?\s?(?:usdt|usdc|btc|bitcoins?|tether)\b"
        # "el pago se realiza en USDT", "Bezahlung erfolgt in Bitcoin"
        # (not a payment system: "pasarela de pago en bitcoin", "sistema di pagamento in USDT")
        + _in_words(
            "paid",
            r"|(?<!de\s)(?<!di\s)(?<!du\s)(?<!do\s)(?<!da\s)(?<!von\s)<WORDS>\s+(?:[\w-]+\s+)"
            rf"{{0,2}}?(?:{PAID_IN})\s+<CRYPTO>",
        ),
    ),
    "urgency": _foreign(
        "pressure",
        r"urgent|start\s&today,immediately,right,now|immediate\s|limited&slot,seat,opening"
        r"|limited\spositions"
        "|only&slot,seat|spot|act fast|act now|act quickly|asap|hurry"
        "|without\\sinterview,without\\san\\sinterview,without\\sa\\sinterview,without\\sany"
        "\\sinterview,no\\sinterview",
        r"\burgent(?:ly)?\b|\bstart\s+(?:today|immediately|right\s+away|now)\b"
        r"|\bimmediate\s+start\b|\blimited\s+(?:slots?|spots?|seats?|openings?|positions)\b"
        r"|\bonly\s+\d+\s+(?:slots?|spots?|seats?)\b|\bhired\s+on\s+the\s+spot\b"
        r"|\bon[\s-]the[\s-]spot\s+(?:hiring|offers?)\b|\bact (?:fast|now|quickly)\b"
        r"|\basap\b|(?<!in a )(?<!no )\bhurry\b"  # not "built in a hurry", "no hurry"
        rf"|{_NO_INTERVIEW}",
    ),
    # work for nothing as the way in (Upwork, Fiverr: free "test" work): a test
    # translation, article or design, or a trial task, asked for free, not a paid test
    # nor one refused ("we never ask for unpaid tests"); a "free trial" of a product is
    # none, so "free" counts only before a test or sample
    "free_test_work": _rule(
        "unpaid,free,uncompensated&test,sample|unpaid,uncompensated&trial"
        "|test,sample,trial&not\\sbe\\spaid,not\\spaid,won't\\sbe\\spaid"
        "|probe,test&unbezahlt,unentgeltlich,kostenl,kostenfrei"
        "|test,essai&non\\srémunér,non\\spayé,gratuit|prueba&no\\sremunerad,no\\spagad,gratuit"
        "|teste,prova&não\\sremunerad,não\\spag,gratuit",
        # "a free 500-word sample article", "an unpaid 1,000-word test article"
        rf"{_UNREFUSED}\b(?:unpaid|uncompensated|free)\s+(?:\d[\d,.]*[\w-]*\s+|[\w-]+\s+){{0,2}}?"
        r"(?:test|sample)"
        rf"\s+(?:{_TEST_PIECES})\b"
        rf"|{_UNREFUSED}\bunpaid\s+(?:tests?|samples?)\b"
        # "an unpaid trial task of 3 days", "a short unpaid trial project"
        rf"|{_UNREFUSED}\b(?:unpaid|uncompensated)\s+(?:[\w-]+\s+)?trials?\b"
        # "the test article will not be paid", "a translation test (unpaid)"
        rf"|\b(?:test|sample|trial)s?(?:\s+(?:{_TEST_PIECES}))?"
        r"\s+(?:\(\s*|is\s+|will\s+be\s+|are\s+)?(?:unpaid|not\s+paid|uncompensated"
        r"|free\s+of\s+charge)\b|\b(?:test|sample|trial)s?(?:\s+(?:[\w-]+))?\s+"
        r"(?:will\s+not|won't|is\s+not|isn't|are\s+not|aren't)\s+(?:be\s+)?(?:paid|compensated)\b"
        # "translate the attached 800 words for free as a test"
        r"|\bfor\s+free\s+as\s+an?\s+(?:test|sample|trial)\b"
        r"|\b(?:unbezahlte|unentgeltliche|kostenlose|kostenfreie)[rn]?\s+(?:probe|test)\w*"
        r"|\b(?:probe|test)(?:übersetzung|arbeit|auftrag|text)\w*\s+\(?(?:ist\s+|wird\s+)?"
        r"(?:unbezahlt|unentgeltlich|kostenlos)\b"
        # "test de rédaction non rémunéré", "prueba de traducción no remunerada",
        # "teste de tradução não remunerado"
        r"|\b(?:test|essai)\s+(?:d['’]\s*|de\s+)?(?:[\w-]+\s+)?(?:non\s+(?:rémunéré|payé)|gratuit)e?s?\b"
        r"|\bprueba\s+(?:de\s+[\w-]+\s+)?(?:no\s+(?:remunerada|pagada)|gratuita)\b"
        r"|\b(?:teste|prova)\s+(?:de\s+[\w-]+\s+)?(?:não\s+(?:remunerad|pag)[oa]|gratuit[oa])\b",
    ),
}
# a word among the three before a foreign home-work match that makes it an option or a
# benefit ("puedes trabajar desde casa", "presupuesto para el trabajo desde casa"), as
# `_AN_OPTION` does in English
HOME_OPTION = _rx(rf"(?:{'|'.join(_patterns('option'))})")
# after the home wording in its sentence, the employer's own job ("Работа из дома
# (удалённо), официальное трудоустройство"): the arrangement of a post on the books
HOME_EMPLOYED = _rx(rf"[^.!?;\n]{{0,40}}?\b(?:{'|'.join(_patterns('employed'))})")
# "home-based" is how the Philippine market says remote ("home-based virtual assistant"
# on JobStreet and OnlineJobs.ph): an arrangement there, not a pitch
HOME_BASED = _rx(r"home[\s-]based")
# and how the UN's and NGOs' terms of reference place a consultant ("Duty station:
# Home-based, with travel to Gulu")
DUTY_STATION = _rx(r"duty\s+station\W*$")
PHILIPPINE = _rx(
    r"₱|\b(?:philippines|philippine|filipin[oa]s?|pinoys?|manila|quezon\s+city|makati|taguig"
    r"|pasig|cebu|davao|ph|php\s?\d|13th[\s-]month|philhealth|pag-?ibig)\b"
)
# when the work starts, not pressure on the applicant: "start date: ASAP", "Démarrage :
# ASAP", "available to start ASAP", "immediate start" are how contracts give a date
START_DATE = _rx(r"immediate\s+start|start\s+(?:immediately|right\s+away)")
STARTS = _rx(
    r"\b(?:start(?:s|ing)?(?:\s+date)?|d[ée]marrage|d[ée]but|date\s+de\s+d[ée]but|beginn"
    r"|starttermin|eintritt|inicio|in[ií]cio|incorporaci[oó]n|availability|available"
    r"|join(?:ing)?(?:\s+date)?|commencement|begin(?:ning)?)"
    # "début de mission", "start of the contract", "Beginn des Projekts"
    r"(?:\s+(?:de|du|of|des|der)\s+(?:la\s+|the\s+)?(?:missions?|contrat|contract|assignment"
    r"|project|projet|projekts?|poste|role|engagement))?\W{0,3}$"
)
NO_EXPERIENCE = _foreign(  # each branch starts with its letter (see `_NOT_AFTER`)
    "novice",
    r"no\s&experience|not\s&experience&needed,necessary,required|anyone",
    rf"n{_NOT_AFTER}o\s+(?:prior\s+|previous\s+)?experience\b|e{_NOT_AFTER}xperience\s+"
    rf"(?:is\s+)?not\s+(?:needed|necessary|required)\b|a{_NOT_AFTER}nyone\s+can\s+"
    r"(?:do\s+(?:it|this)|apply)\b",
)
_RULES = (
    *VETOES.values(),
    *(s.rule for s in SHAPES),
    *LEXICAL.values(),
    NO_EXPERIENCE,
    GUARANTEED_WORK,
)
_ANCHORS_OF = _anchor_words(
    {LINK, MAIL, CHAT_LINK, HIRING_LINK}.union(*(rule.anchors for rule in _RULES))
)
_ANCHOR_WORDS = Automaton(sorted(_ANCHORS_OF))
# a rate: its amount after the currency sign (1) or before it, as es, pt, fr, de and it
# write it ("40 € por hora", "R$ 200 por dia"; 2), thousands (3) and the unit (4)
PAY = _rx(
    r"(?:[$€£]\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\b(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d{1,2})?"
    r"\s?(?:€|eur(?:os?)?\b|usd\b|\$|£|gbp\b))\s*(k)?\+?\s*(?:/|per\s+|an?\s+|each\s+|por\s+"
    r"|pro\s+|par\s+|al\s+|a\s+la\s+|la\s+|de\s+l['’]|[aà]\s+l['’]|all['’])(hour|hr|h|day|week|wk"
    r"|month|mo|horas?|d[ií]as?|semanas?|mes|m[eê]s|heures?|jours?|semaines?|mois|stunden?|std|tag"
    r"|woche|monat|ora|giorno|settimana|mese)\b|\b(?:high|top|great|excellent)[\s-]pay(?:ing)?\b"
)
# a rate in yen, as Japanese posts write it: the period first ("時給1,500円", "日給3万円",
# "月収50万円", "在宅で月30万円") or after it ("5,000円/時間"); 万 is ten thousand
YEN_PAY = _rx(
    r"(?P<before>時給|日給|日収|日当|月給|月収|1日|一日|月)\s*[:：]?\s*(?P<amount>\d[\d,]*)\s*"
    r"(?P<man>万)?\s*円|(?P<amount_>\d[\d,]*)\s*(?P<man_>万)?\s*円\s*[/／]\s*(?P<after>時間?|日|月)"
)
# the hours of each period a yen rate names
YEN_HOURS = {
    **dict.fromkeys(("時給", "時", "時間"), 1.0),
    **dict.fromkeys(("日給", "日収", "日当", "1日", "一日", "日"), RankingSettings.hours_per_day),
    **dict.fromkeys(("月給", "月収", "月"), RankingSettings.hours_per_month),
}
_UNITS = {  # the words of each unit PAY reads, and its hours
    "hour hr h hora horas heure heures stunde stunden std ora": 1.0,
    "day dia dias día días jour jours tag giorno": RankingSettings.hours_per_day,
    "week wk semana semanas semaine semaines woche settimana": RankingSettings.hours_per_week,
    "month mo mes mês mois monat mese": RankingSettings.hours_per_month,
}
HOURS = {word: hours for words, hours in _UNITS.items() for word in words.split()}
