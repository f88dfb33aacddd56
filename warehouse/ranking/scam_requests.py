"""Requests no real job makes of an applicant: to pay, to hand over ID numbers, to move
to a chat app (red-flags.md §2 flags 1, 4 and 9), in every language of `scam_words`.

One pass finds the objects (a fee, an SSN, WhatsApp). An object is a request only when
a verb in its sentence asks the applicant for it ("pay a fee", "फीस जमा करें"), nothing
in the verb's clause negates it ("we never charge a fee"), and the one who pays is the
applicant, not the poster or a third party ("we pay for your training", "customers
enter their card details"). Anything after hiring or for an invoice is not up front.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from warehouse.ranking._text import (
    JOINED_WORD_END,
    JOINED_WORD_START,
    Phrases,
    lowered,
    words,
)
from warehouse.ranking.hosts import CHAT_LINKS, FREE_MAIL
from warehouse.ranking.scam_rules import CHAT_LINK, EMAIL, IN_THE, LINK, MAIL, URL, anchors_in
from warehouse.ranking.scam_words import (
    CHAT_APPS,
    CHAT_VERBS,
    LANGUAGES,
    PAID_TO,
    VERB_LAST,
    Language,
)

_START = r"(?<![\w\u0900-\u0963\u0966-\u09ff])"  # the word start of spaced languages
# Devanagari and Bengali letters with a nukta come composed or not: match both
_NUKTA = {
    chr(c): unicodedata.normalize("NFD", chr(c))
    for c in (*range(0x958, 0x960), 0x9DC, 0x9DD, 0x9DF)
}
_WINDOW = 160  # characters of a sentence read on each side of an object


def _forms(written: str) -> str:
    """Each pattern of a field, and its twin with the nukta letters written the other way."""
    out: dict[str, None] = {}
    for pattern in written.split():
        composed = pattern
        for one, two in _NUKTA.items():
            composed = composed.replace(two, one)
        decomposed = composed
        for one, two in _NUKTA.items():
            decomposed = decomposed.replace(one, two)
        out.update(dict.fromkeys((composed, decomposed)))
    return " ".join(out)


def _written(name: str, languages: tuple[Language, ...] = LANGUAGES) -> str:
    return _forms(" ".join(getattr(language, name) for language in languages))


def _words(*names: str, languages: tuple[Language, ...] = LANGUAGES) -> re.Pattern[str]:
    """The named fields of the languages as one whole-word pattern; a joined language's
    words start where `_text` says a CJK word does, tried only for its words (a start of
    several lookarounds would slow the spaced languages' branch)."""
    branches = []
    for joined, start in ((False, _START), (True, JOINED_WORD_START)):
        group = tuple(language for language in languages if language.joined is joined)
        if patterns := " ".join(_written(name, group) for name in names).split():
            branches.append(f"{start}(?:{'|'.join(patterns)})")
    return re.compile(rf"(?:{'|'.join(branches) or '(?!)'}){JOINED_WORD_END}")


@dataclass(frozen=True, slots=True)
class _Kind:
    """How one kind of object becomes a request, and which veto it raises."""

    code: str
    givers: re.Pattern[str]  # verbs whose subject pays, hands over or gets in touch
    takers: re.Pattern[str] | None  # verbs whose subject asks: a request whoever says it
    after: re.Pattern[str]  # verbs after the object
    gap: int  # words allowed between a verb and the object
    gap_after: int  # words allowed between the object and a verb after it
    others: re.Pattern[str]  # subjects that are not the applicant
    money: bool = False  # "pay you", "covered by us" turn it away
    needs_your: bool = False  # a taker asks for "your" data, not data in general
    needs_id: bool = False  # a date of birth: only beside an ID word
    after_hire_ok: bool = False  # asked once hired or for an invoice: not up front
    needs_via: bool = False  # "contact us on WhatsApp": the app is the channel
    paid_to_others: bool = False  # "make payment to suppliers", "payment reports": a duty
    # verbs that ask only with the applicant named their subject, for a way in after
    # the object: "debes abonar 35 € en concepto de material", not "se paga 12 € la
    # hora" (a wage) nor "debes pagar 5 € de comisión por transferencia"
    duties: re.Pattern[str] | None = None
    # a way in stated, not asked for ("a registration fee applies", "se aplica una cuota
    # de inscripción"): a request only when what it pays for is a way in
    stated: bool = False


_ANYONE_ELSE = _words("we", "third")
_PAID_AFTER = _words("after_pay")
_PAID_LAST = _words("after_pay", languages=VERB_LAST)  # "Schulung selbst bezahlen"
_SENT_AFTER = _words("after_send")
_KINDS = {  # by object: its verbs before, after, the words between them, who else acts
    "fee": _Kind("pay_to_work", _words("pay"), _words("charge"), _PAID_AFTER, 5, 6,
                 _ANYONE_ELSE, money=True, stated=True),
    "payment": _Kind("pay_to_work", _words("pay"), _words("charge"), _PAID_AFTER, 4, 6,
                     _ANYONE_ELSE, money=True, paid_to_others=True),
    "cost": _Kind("pay_to_work", _words("pay_for"), None, _PAID_LAST, 3, 6, _ANYONE_ELSE,
                  money=True),
    "sum": _Kind("pay_to_work", _words("transfer"), None, _PAID_LAST, 3, 6, _ANYONE_ELSE,
                 money=True, duties=_words("pay_sum")),
    "id": _Kind("personal_data", _words("send"), _words("ask"), _SENT_AFTER, 8, 6,
                _ANYONE_ELSE, needs_your=True, after_hire_ok=True),
    "birth": _Kind("personal_data", _words("send"), _words("ask"), _SENT_AFTER, 8, 6,
                   _ANYONE_ELSE, needs_your=True, needs_id=True, after_hire_ok=True),
    "chat": _Kind("chat_app", _words("contact"), None, _words("after_contact"), 4, 2,
                  _words("third"), needs_via=True),
    # "WhatsApp us": a verb that matches at the object itself, so only a negation or
    # a third party before it turns it away
    "chat verb": _Kind("chat_app", re.compile(r"$"), None, re.compile(r"(?!)"), 0, 0,
                       _words("third")),
}  # fmt: skip
_OBJECTS = Phrases(
    {
        "fee": _written("fees"),
        "payment": _written("payments"),
        "cost": _written("costs"),
        "sum": _written("sums"),
        "id": _written("ids"),
        "birth": _written("births"),
        "chat verb": CHAT_VERBS,
        "chat": f"{_written('chats')} {CHAT_APPS}",
    },
    end=JOINED_WORD_END,
    joined=True,
)
# Portuguese "no" is "in the" where `IN_THE` says ("cadastre-se no aplicativo e pague")
_NEGATION = re.compile(rf"{_words('negation').pattern}(?:(?<!\bno)|{IN_THE})")
_APPLICANT = _words("applicant")
# the applicant named as a person, whose "their" is the applicant's own (English)
_OWNERS = re.compile(
    r"\b(?:you|applicants?|candidates?|new\s+hires?|trainees?|workers?|freelancers?)\b"
)
# "join our talent pool and send your ID": "our" after a preposition or a verb of going
# names where, not who acts (English)
_POSSESSIVE = frozenset(("our", "their", "us"))
_PLACE_BEFORE = re.compile(r"\b(?:to|in|into|of|on|for|with|at|from|via|through|join|visit)\s+$")
_FUTURE = _words("future")
_YOU = _words("you")
_YOUR = _words("your")
_THIRD = _words("third")
_OF = _words("of")
_PAYEE = re.compile(rf"\s*(?:{PAID_TO})\s+(?:\S+\s+)?{_THIRD.pattern}")  # "to our vendors"
_VIA = _words("via")
_FETCH = _words("fetch")
_ID_WORDS = _words("id_words", "ids")  # what makes a date of birth an ID request
_PAID_BY_OTHERS = _words("paid_by_others")
_AFTER_HIRE = _words("after_hire")
_JOINING = _words("joining")
_NOT_A_SUM_OWED = re.compile(r"\b(?:bonus\w*|allowance|rewards?|incentives?|fees?|charges?)\b")
_APPLIES = _words("applies")
_PRICE_REACH = 40  # characters after a fee searched for its sum
# a way in's fee followed by its sum, as a price list writes it ("Anmeldegebühr: 49 €",
# "Opłata rejestracyjna 99 zł", "registreringsavgift på 495 kr", a least sum "from" it:
# "Стартовый депозит от 20 000 тг"); never a zero
_PRICED_NEXT = re.compile(
    # what the fee is of, as French and Spanish name it before the colon ("Frais de
    # traitement du visa : 5 000 DH", "Cuota de alta del curso: 90 €")
    r"(?:\s+(?:du|des|del|de\s+la|de\s+l['’])\s*[^\W\d]+)?"
    r"\s*[:=–：-]?\s*(?:(?:of|på|pa|von|van|di|de|w\s+wysokości|wynosi|är|er|on|ist|bedraagt"
    r"|sebesar|составляет|становить|[öo]sszege|от|від)\s+)?(?:[$€£₹₺₽₴₸]\s?[1-9]|rp\.?\s?[1-9]"
    r"|s/\.?\s?[1-9]|[1-9][\d\s,.]*?\s?(?:€|eur\b|euro|zł|zl\b|pln|kr\b|kronor|sek\b|dkk\b"
    r"|nok\b|грн|руб|₽|₴|тг\b|тенге|₸|tl\b|usd\b|lei\b|ron\b|kč|czk\b|ft\b|huf\b|forint|dhs?\b"
    r"|mad\b|درهم))"
)
# past the same lead, a sum as any language writes it (`sums`: "Ksh 1,000", "₦3,000",
# "৫০০ টাকা", "5,000円", "5만원"), read where the price list's own units did not match
_PRICE_LEAD = re.compile(r"\s*[:=–：-]?\s*")
_NOT_ZERO = re.compile(r"[1-9\u0967-\u096f\u09e7-\u09ef]")  # a Devanagari or Bengali digit too
_ATTENDING = _words("attendees")
# the employer's own message to confirm or remind ("we will send you a WhatsApp message
# to confirm your interview slot"): a notice, not the interview moved to a chat
_NOTICE = re.compile(
    r"\b(?:to\s+(?:confirm|remind|notify)\s+(?:you|your|the)\b|reminders?|confirmations?|notifications?"
    r"|para\s+confirmar|pour\s+confirmer|per\s+confermare|zur\s+best[aä]tigung)\b"
)
# a chat offered for questions alone ("ping me on Telegram if you have questions",
# "Fragen? Schreib mir auf Telegram"): applying, interviewing and pay go elsewhere; a
# handle that is the only route still vetoes (`legitimacy`: chat_handle)
_QUESTIONS = re.compile(
    r"\b(?:questions?|queries|query|dudas?|preguntas?|d[uú]vidas?|perguntas?|fragen|r[uü]ckfragen"
    r"|domande|dubbi|vragen|pytania|pyta[nń]|fr[aå]gor|sp[oø]rgsm[aå]l|sp[oø]rsm[aå]l"
    r"|kysymyksi[aä]|kysytt[aä]v[aä][aä]|pertanyaan|maswali|प्रश्न|सवाल|প্রশ্ন"
    # a time arranged there, or enquiries: "reach our recruiter on WhatsApp for scheduling"
    r"|enquir(?:y|ies)|inquir(?:y|ies)|scheduling)\b"
)
# what the chat would still be for beside the questions: "questions and the interview"
# ("candidate-se", "candidatura"; English "shortlisted candidates" are who is addressed)
_STILL_ROUTED = re.compile(
    r"\b(?:apply\w*|applications?|interview\w*|resumes?|cv|pay\w*|fees?|deposit\w*|register\w*"
    r"|onboard\w*|entrevista\w*|postul\w*|candidat(?!es?\b(?!-))\w*|bewerb\w*|vorstellungsgespr\w*"
    r"|colloqui\w*|sollicit\w*|pag\w*|zahl\w*|taxa|frais|geb[uü]hr\w*)\b"
)
# an application sent, and what would still go to the chat beside it
_APPLYING = re.compile(
    r"\b(?:cvs?|resumes?|r[eé]sum[eé]s?|portfolios?|curr[ií]cul\w*|hoja\s+de\s+vida"
    r"|lebenslauf|bewerbung\w*|candidatura\w*|резюме|отклик\w*|відгук\w*|портфолио)\b"
)
_STILL_ROUTED_PAST_APPLYING = re.compile(
    r"\b(?:interview\w*|entrevista\w*|vorstellungsgespr\w*|colloqui\w*|pay\w*|fees?"
    r"|deposit\w*|register\w*|registration|onboard\w*|join\w*|training|pag\w*|zahl\w*|taxa"
    r"|frais|geb[uü]hr\w*|selected|hired|only|собеседован\w*|оплат\w*|только)\b"
)
# the employer's own pay stated beside the chat ("we pay 800,000 MMK a month", "salary
# paid monthly", "pay is weekly"): a wage, not pay moved to the chat (which `contact`'s
# "be paid" reads as its own request)
_WAGE = re.compile(
    r"\b(?:we(?:['’]ll|\s+will)?\s+pay|(?:salary|salaries|wages?|pay)\s+(?:is\s+|are\s+"
    r"|will\s+be\s+)?(?:paid|(?:monthly|weekly|daily|fortnightly|bi-?weekly)\b))\w*"
)
# what sets the chat apart from the route before it: a sentence's end, an "or"
_OR = r"\b(?:or|oder|o|ou|of|lub|eller|tai|atau|au)\b"
_ALTERNATIVE = re.compile(rf"[.!?;\n]|{_OR}")
_ALTERNATIVE_IN_SENTENCE = re.compile(_OR)  # a host's or an address's dots are no end
# "we'll confirm interviews by WhatsApp": the interview is only confirmed there
_CONFIRMING = re.compile(
    r"\b(?:confirm|remind|schedul|confirmar|confermer|confirmer|best[aä]tig)\w*\s*$"
)
# "merci de nous transmettre", "nos envie": the one written to, not the one who acts
_CLITIC = re.compile(r"\b(?:nous|nos)\s*$")
# "necesitamos que envíes", "il faut que vous": the subject of the verb comes after "que",
# unless "que" ends the applicant's duty ("tienes que", voseo "tenés que", "tem que")
_SUBORDINATE = re.compile(
    r"(?<!tienes)(?<!ten[eé]s)(?<!tiene)(?<!tienen)(?<!tendr[aá]s)(?<!tendr[aá])(?<!hay)(?<!\btem)(?<!t[eê]m)"
    r"(?<!\bter)(?<!ter[aá])\s+que\b"
)
# a sentence's end, the dandas and Japanese stops too; a "." or ":" only before a space
# ("$2.50", "10:00" end none) and not after an abbreviated currency ("3000 руб. перед")
_SENTENCE = re.compile(r"[!?;\n|।॥。！？።]|(?<!\bруб)(?<!\bгрн)[.:](?=\s|$)")
# to the last break: twice as fast as `_text.clause_before`'s split, and the same cut, as
# each break is one character (a split differs where breaks overlap)
_UP_TO_SENTENCE = re.compile(rf"(?s:.*)(?:{_SENTENCE.pattern})")
# a question the posting answers itself with a bare "no" ("Do we charge a fee? Never."):
# a refusal, where "Is there a fee? Yes, $50" or "Pay a fee? Don't worry, ..." is none
_ANSWERED_NO = re.compile(
    r"\?\s*(?:no|never|nope|not\s+at\s+all|absolutely\s+not|nunca|jam[aá]s|jamais|non|nein"
    r"|niemals|nie|nee|nooit|nigdy|n[aã]o|mai|aldrig|aldri|ei|koskaan)(?=\s*[.,!;:—–-])"
)
# an FAQ's question on what the applicant owes, answered with a price: "Is there a fee?
# Yes, a one-time $50 kit", "Do I pay anything? Only the $35 registration"
_OWED = _words("owed")
_SUMS = _words("sums")
_GRANTED = re.compile(
    r"\s*(?:(?:a|answer|r|resp(?:uesta|osta)?|r[ée]ponse|antwort|jibu|risposta)\s*[:.)\-–]\s*)?"
    rf"(?:{'|'.join(_written('yes').split())}){JOINED_WORD_END}"
)
# a price with its period is a wage or a rate ("Only $15/hour to start"), not a fee
_RATE = re.compile(
    r"\s*k?\+?\s*(?:/\s*|(?:per|an?|each|every|por|pro|par|al|la|kwa)\s+)(?:h|hr|hour|hora|heure"
    r"|stunde|day|d[ií]a|jour|tag|week|wk|semana|semaine|woche|month|mo|mes|m[eê]s|mois|monat"
    r"|year|yr|a[nñ]o|jahr|project|task|article|word|siku|wiki|mwezi|saa)s?\b"
)
_CLAUSE = re.compile(
    rf"{_SENTENCE.pattern}|,(?=\s)|、|\s[—–-]\s|{_START}(?:but|however|although|though|unless"
    rf"|pero|aunque|mas|mais|por[eé]m|aber|sondern|jedoch|cependant|लेकिन|परंतु|किंतु|কিন্তু"
    rf"|তবে){JOINED_WORD_END}"
)
_APPS = " ".join((_written("chats"), CHAT_APPS))
_PHONE = r"\+?[\d(][\d\s().-]{7,}\d"
_NUMBER = re.compile(_PHONE)
_NOT_A_NUMBER = re.compile(r"[@/]")  # a handle, or a link that holds a number
_HANDLE = re.compile(
    rf"{JOINED_WORD_START}(?:{'|'.join(_APPS.split())})[\u0980-\u09ff]*(?:\s+only)?\s*(?:[:\-–]|id|handle"
    r"|number|no\.?|at|on|to|nº|n°|n[uú]mero|numero|nummer|num[eé]ro|नंबर|नं\.?|নম্বর|নাম্বার"
    # what is sent before the number, or who: "WhatsApp your name to 0301-...", "WhatsApp
    # us on 0803 ..."
    r"|(?:\s+[\w'\"‘’“”]+){1,3}\s+(?:to|on|at))?\s*[:\-–]?\s*"
    rf"(?:@(?!\w*bot\b)\w{{2,}}|{_PHONE})"
    # the number before its app: "text your name to +1 213 555 0147 on WhatsApp"
    rf"|{_PHONE}\s+(?:on|via|over|in)\s+(?:{'|'.join(_APPS.split())})"
    r"|\b(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com)/(?!\w*bot\b)[\w/+-]+"
    # the handle before its app: "add @hr_lisa on Telegram", "schreib @anna auf Telegram"
    rf"|(?<![\w.@])@(?!\w*bot\b)\w{{2,}}\s+(?:on|via|at|in|over|auf|über|en|em|no|na|pelo|sur|su"
    rf"|per|par)\s+(?:{'|'.join(_APPS.split())})"
    # a wa.me link's page copied as the text: the link to a number, rendered
    r"|\blooks\s+like\s+you\s+don['’]t\s+have\s+whatsapp\s+installed\b"
)


@dataclass(frozen=True, slots=True)
class Requests:
    """What a posting asks of the applicant: each veto code's first request (its span
    in the text), a chat handle or number, whether that is a phone number (no @handle,
    chat link or copied chat page), and whether it names a fee at all."""

    found: dict[str, tuple[int, int]]
    handle: tuple[int, int] | None
    names_a_fee: bool
    number: bool = False


def find_requests(text: str) -> Requests:
    """The requests in a posting, one pass for objects. Read in `_text.lowered(text)`,
    which keeps offsets and is cached: the text is lowered once for every reader."""
    low = lowered(text)
    found: dict[str, tuple[int, int]] = {}
    names_a_fee = chats = False
    for name, start, end in _OBJECTS.finditer(text):
        kind = _KINDS[name]
        chats = chats or name.startswith("chat")
        if kind.code in found and (names_a_fee or name != "fee"):
            continue  # one request per veto is enough
        left, right = _sentence_around(low, start, end)
        fee = name == "fee" and not _paid_by_others(kind, right)
        if fee and not _negated(f"{_clause(left)} {_words_of(right, 3)}"):
            names_a_fee = True
        if kind.code in found:
            continue
        span = _asked(kind, left, right, low[start:end], low[end : end + _PRICE_REACH])
        refused = (
            _paid_by_others(kind, right)
            or _ANSWERED_NO.match(low, end + len(right))
            or (
                kind.code == "chat_app"
                and _for_questions(low[: start - len(left)], left, right)
                and _routes_elsewhere(low)
            )
            or (kind.needs_via and _beside_work_mail(left, right))
        )
        if span is not None and not refused:
            found[kind.code] = (start - len(left) + span[0], end + span[1])
    if "pay_to_work" not in found and "?" in low and (faq := _granted_fee(low)):
        found["pay_to_work"] = faq
    handle = _HANDLE.search(low) if chats or CHAT_LINK in anchors_in(low) else None
    if handle is None:
        return Requests(found, None, names_a_fee)
    number = not _NOT_A_NUMBER.search(handle.group()) and bool(_NUMBER.search(handle.group()))
    return Requests(found, handle.span(), names_a_fee, number)


def applies_only(sentence: str) -> bool:
    """Whether a chat request's sentence sends an application there (a CV, a
    portfolio) and no interview, pay or sign-up."""
    return bool(_APPLYING.search(sentence)) and not _routed(_STILL_ROUTED_PAST_APPLYING, sentence)


def _routed(still: re.Pattern[str], text: str) -> bool:
    """Whether `text` still sends something to the chat by `still`, the wage it states
    aside (`_WAGE`)."""
    return bool(still.search(_WAGE.sub(" ", text)))


def _granted_fee(low: str) -> tuple[int, int] | None:
    """The span of a question on what the applicant owes and the answer that grants it
    with a price ("Is there a fee? Yes, a one-time $50 onboarding kit"): a fee however
    the FAQ words it; "Never.", "No, it's free" or "Yes, $20 an hour" grant none."""
    at = low.find("?")
    while at >= 0:
        # the answer first: few questions are answered "yes" or "only", so few are read
        yes = _GRANTED.match(low, at + 1)
        before = low[max(0, at - _WINDOW) : at] if yes else ""
        last = _UP_TO_SENTENCE.match(before)
        question = before[last.end() if last else 0 :]
        if yes and _OWED.search(question):
            rest = low[yes.end() : yes.end() + _WINDOW]
            end = _SENTENCE.search(rest)
            answer = rest[: end.start() if end else None]
            price = next(
                (m for m in _SUMS.finditer(answer) if not _RATE.match(answer, m.end())), None
            )
            if price and not _negated(answer) and not _PAID_BY_OTHERS.search(answer):
                return at - len(question), yes.end() + price.end()
        at = low.find("?", at + 1)
    return None


def _sentence_around(low: str, start: int, end: int) -> tuple[str, str]:
    """The sentence of the object at `start:end`, up to `_WINDOW` characters each side."""
    before, after = low[max(0, start - _WINDOW) : start], low[end : end + _WINDOW]
    last, first = _UP_TO_SENTENCE.match(before), _SENTENCE.search(after)
    return before[last.end() if last else 0 :], after[: first.start() if first else None]


def _paid_by_others(kind: _Kind, right: str) -> bool:
    """ "The fee is covered by us", "zahlen wir": someone else pays (asked of the few
    objects a request or a fee stands by, not of every amount)."""
    return kind.money and bool(_PAID_BY_OTHERS.search(_words_of(right, 8)))


def _asked(
    kind: _Kind, left: str, right: str, thing: str, following: str
) -> tuple[int, int] | None:
    """Where the request around the object `thing` starts in `left` and ends in `right`
    (`following`: the characters after the object, past the sentence's end)."""
    if kind.after_hire_ok and (_AFTER_HIRE.search(left) or _AFTER_HIRE.search(right)):
        return None
    if kind.paid_to_others and _PAYEE.match(right):
        return None
    if kind.needs_id and not (_ID_WORDS.search(left) or _ID_WORDS.search(right)):
        return None
    verb = _verb_before(kind, left, right)
    if verb is not None:
        return verb, 0
    after = _verb_after(kind, left, right)
    if after is not None:
        return len(left), after
    return _stated(left, right, thing, following) if kind.stated else None


def _stated(left: str, right: str, thing: str, following: str) -> tuple[int, int] | None:
    """Where a way in, stated as applying or with its sum, starts and ends: "a small
    registration fee applies", "des frais de dossier s'appliquent", "se aplica una cuota
    de inscripción", "Anmeldegebühr: 49 €"; not "platform fees apply" (what it pays for
    must be a way in), nor a negated one, nor one the clause says another pays."""
    clause = _clause(left)
    price = _price_next(following)  # past a colon, which ends `right`
    # what it buys named past its sum too ("взнос 1 500 руб. для получения материалов")
    past = _words_of(right[price:], 4) if price else ""
    what = f"{' '.join(words(clause)[-3:])} {thing} {_words_of(right, 4)} {past}"
    if not _JOINING.search(what) or _PAID_BY_OTHERS.search(clause):
        return None  # "Rimborsiamo la quota di iscrizione di 150 €": the firm pays it
    if price:
        paid = _negated(clause) or _actor(_KINDS["fee"], clause) is False
        # "Registration fee €450 for attendees": an event's ticket, not a job's way in
        event = _ATTENDING.search(f"{clause} {right} {following}")
        return None if paid or event else (len(left), price)
    before = _last(_APPLIES, clause)
    if before is not None and len(words(clause[before.end() :])) <= 4:
        return (len(left) - len(clause) + before.start(), 0) if not _negated(clause) else None
    verb = _APPLIES.search(right)
    if verb is None or len(words(right[: verb.start()])) > 4:
        return None
    return None if _negated(f"{clause} {right[: verb.end()]}") else (len(left), verb.end())


def _price_next(following: str) -> int | None:
    """Where the sum right after a way in's fee ends ("Anmeldegebühr: 49 €", "Ada ya
    usajili: Ksh 1,000", "登録料：5,000円"), if one does and it is not nothing."""
    if priced := _PRICED_NEXT.match(following):
        return priced.end()
    lead = _PRICE_LEAD.match(following)
    sum_ = _SUMS.match(following, lead.end()) if lead else None
    return sum_.end() if sum_ and _NOT_ZERO.search(sum_.group()) else None


def _verb_before(kind: _Kind, left: str, right: str) -> int | None:
    """Where the nearest verb asking for the object starts in `left`, if one does."""
    for verbs, acting in ((kind.givers, True), (kind.takers, False), (kind.duties, True)):
        verb = _last(verbs, left)
        if verb is None:
            continue
        gap = left[verb.end() :]
        gap_words = words(gap)
        clause = _CLITIC.sub("", _clause(left[: verb.start()]))
        actors = _SUBORDINATE.split(clause)[-1]
        # "chama no zap": the word naming the channel is no negation
        between = " ".join(gap_words[:-1] if kind.needs_via else gap_words)
        if (
            len(gap_words) > kind.gap
            or _negated(f"{clause} {verb.group()} {between}")
            or _others_in(gap, clause)
            or (kind.money and acting and _YOU.match(gap.lstrip()))
            or (kind.paid_to_others and _OF.search(gap))
            or (kind.needs_your and not acting and not _YOUR.search(gap))
            or (kind.needs_via and not _names_the_channel(gap_words, verb.group()))
            # "salary is paid monthly, questions on Viber": the verb's clause ended
            or (kind.needs_via and _CLAUSE.search(gap))
            or (kind.needs_via and _a_notice(f"{verb.group()} {gap}", right))
            or (kind.needs_via and _CONFIRMING.search(clause))
            or (acting and _someone_else_acts(kind, actors))
            or (verbs is kind.duties and not _a_duty_to_join(kind, actors, right))
        ):
            continue
        return verb.start()
    return None


def _others_in(gap: str, clause: str) -> bool:
    """Whether words between the verb and the object name someone else's ("enter their
    card details"); "their" is the applicant's own when the applicant is the subject
    ("applicants must include their bank details")."""
    named = {m.group() for m in _THIRD.finditer(gap)}
    return bool(named) and not (named == {"their"} and _applicant_owns(clause))


def _applicant_owns(clause: str) -> bool:
    """Whether the nearest person named before the verb is the applicant."""
    marks = [(m.start(), True) for m in _OWNERS.finditer(clause)]
    marks += [(m.start(), False) for m in _THIRD.finditer(clause) if m.group() != "their"]
    return bool(marks) and max(marks)[1]


def _verb_after(kind: _Kind, left: str, right: str) -> int | None:
    """Where a verb after the object ends in `right` ("फीस जमा करें"), if one asks for it."""
    verb = kind.after.search(right)
    if verb is None or len(words(right[: verb.start()])) > kind.gap_after:
        return None
    tail = _words_of(right[verb.end() :], 2)  # "ফি দিতে হবে না": the no comes last
    if _negated(f"{_clause(left)} {right[: verb.end()]} {tail}"):
        return None
    return verb.end()


def _names_the_channel(words: list[str], verb: str) -> bool:
    """ "Contact us on WhatsApp", "download Signal", a group named by its app ("te
    agregará al grupo de WhatsApp"): not "join Signal" (the employer)."""
    if not words:
        return bool(_FETCH.fullmatch(verb))
    return bool(_VIA.fullmatch(words[-1]) or _GROUP_OF.fullmatch(" ".join(words[-2:])))


def _a_notice(reach: str, right: str) -> bool:
    """Whether the employer messages the applicant ("send you", "contact you") only to
    confirm or remind: the applicant is not sent to a chat to be interviewed."""
    told = not _NOTIFIED.isdisjoint(reach.split()[1:3])
    return told and bool(_NOTICE.search(_words_of(right, 6)))


def _for_questions(before: str, left: str, right: str) -> bool:
    """Whether the chat is offered for questions alone: "questions" in the few words
    around it or heading its sentence ("Questions? DM me on Telegram", "on Telegram if
    you have any questions"), and nothing in its own part of the sentence that still
    sends applying, an interview or pay to it."""
    after = _ALTERNATIVE_IN_SENTENCE.split(_words_of(right, 8))[0]  # "or send your CV"
    heading = " ".join(before[-40:].split()[-2:]) if before.endswith(("?", ":")) else ""
    if not _QUESTIONS.search(f"{heading} {' '.join(left.split()[-8:])} {after}"):
        return False
    own = _ALTERNATIVE.split(left)[-1]  # "apply at acme.io or ping me": the apply is apart
    return not _routed(_STILL_ROUTED, f"{own} {after}")


def _beside_work_mail(left: str, right: str) -> bool:
    """Whether the chat is offered as one way to write, set apart by an "or" from a work
    e-mail address in its sentence ("send your CV to ana@acme.co or write me on
    WhatsApp"), and its own part sends no applying, interview or pay there: recruiters
    in Latin America and Africa add their number as a courtesy. The flag is the chat as
    the way in (red-flags.md §2, note to flag 4); a free-mail address beside it is no
    employer's."""
    before = _ALTERNATIVE_IN_SENTENCE.split(left)
    after = _ALTERNATIVE_IN_SENTENCE.split(right, maxsplit=1)
    if len(before) + len(after) < 3 or _routed(_STILL_ROUTED, f"{before[-1]} {after[0]}"):
        return False
    others = f"{' '.join(before[:-1])} {after[1] if len(after) > 1 else ''}"
    return any(m.group(1) not in FREE_MAIL for m in EMAIL.finditer(others))


def _routes_elsewhere(low: str) -> bool:
    """Whether the text itself gives a way in that is no chat: an e-mail address, or a
    link to a page ("Dúvidas? Chama no zap" alone leaves the chat the route)."""
    marks = anchors_in(low)
    return bool(
        (MAIL in marks and next(EMAIL.finditer(low), None))
        or (
            LINK in marks
            and any(m.group(1).removeprefix("www.") not in CHAT_LINKS for m in URL.finditer(low))
        )
    )


# a chat group named by its app, the words before it: "grupo de", "gruppo", "groupe"
_GROUP_OF = re.compile(
    r"(?:\S+\s+)?(?:grupo|gruppo|groupe|gruppe|group|groep|grupa|kikundi)(?:\s+(?:de|do|da|di"
    r"|du|of|cha|en|na|op|w))?"
)
_NOTIFIED = frozenset({"you", "te", "vous", "ti", "lhe", "le", "ihnen", "dir"})


def _a_duty_to_join(kind: _Kind, clause: str, right: str) -> bool:
    """Whether the applicant is the one named to pay, and for a way in; or told to, the
    verb opening its clause, with the way in named right after the sum ("Pay Rs 999
    registration via Easypaisa"), not a bonus ("Pay $500 joining bonus")."""
    actor = _actor(kind, clause)
    if actor is None and not clause.strip():
        named = _words_of(right, 3)  # a fee named there is the fee's own request
        return bool(_JOINING.match(right.lstrip())) and not _NOT_A_SUM_OWED.search(named)
    return actor is True and bool(_JOINING.search(_words_of(right, 8)))


def _someone_else_acts(kind: _Kind, before: str) -> bool:
    """Whether the verb's subject is not the applicant: the nearest named actor before
    the verb decides; with none, a future names a payer ("Acme will pay")."""
    actor = _actor(kind, before)
    if actor is not None:
        return not actor
    return kind.money and bool(_FUTURE.search(before))


def _actor(kind: _Kind, before: str) -> bool | None:
    """Whether the nearest actor named before the verb is the applicant (None: none is);
    a word inside another's name is not one ("công ty", the company, holds Polish "ty")."""
    others = [
        m
        for m in kind.others.finditer(before)
        if not (m.group() in _POSSESSIVE and _PLACE_BEFORE.search(before, 0, m.start()))
    ]
    marks = [
        (m.start(), True)
        for m in _APPLICANT.finditer(before)
        if not any(o.start() < m.start() < o.end() for o in others)
    ]
    marks += [(m.start(), False) for m in others]
    return max(marks)[1] if marks else None


def _clause(text: str) -> str:
    """The last clause of `text`: after its last comma, "but" or sentence break."""
    return _CLAUSE.split(text)[-1]


def _words_of(text: str, count: int) -> str:
    return " ".join(words(text)[:count])


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def _last(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`: the verb nearest the object."""
    last = None
    for last in pattern.finditer(text) if pattern else ():  # noqa: B007
        pass
    return last
