"""How each language asks an applicant to pay, to hand over ID numbers or to move to a
chat app, and how it says no: the words `scam_requests.py` reads postings with.

A veto needs a *request*: an object (a fee, an ID number, a chat app) and, in the same
sentence, a verb that asks the applicant for it. The objects alone are everyday words
in legitimate ads (red-flags.md §1.3, §3.3), so each language also says how it negates a
request ("nunca te pediremos dinero", "wir verlangen keine Gebühren") and how it names
someone else as the payer ("we pay for your training", "zahlen wir").

Each field is whitespace-separated patterns on lower-cased text, as in `_text.Phrases`
(a space inside a pattern is `\\s+`). Patterns match whole words, in Devanagari and
Bengali too, whose vowel signs Python's `\\b` does not see as letters; one that takes
suffixes (Bengali case endings) spells them out. Objects start with one literal
character: the scanner groups them by it, to read a posting in one fast pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BN = "[\u0980-\u09ff]*"  # a Bengali case ending glued to its word: হোয়াটসঅ্যাপে
_BN_PAID = r"(?:bkash|bikash|nagad|rocket|send\s?money|payment|joma)"  # romanised Bangla
# what follows a chat app's name when it is the product or the employer, not the way to
# reach someone ("WhatsApp Business API", "signal processing", "the Signal team", signal.org)
_PRODUCT = (
    r"(?![.\-/]\w|\s+(?:bots?|apis?|business|cloud|integrations?|sdk|webhooks?|login|clone"
    r"|mini\s+apps?|processing|strength|chain|integrity|analysis|flow|noise|data|quality"
    r"|detection|path|generator|boost|teams?|foundation|engineering|engineers|inc|llc|labs"
    r"|ai|technologies|desktop|android|ios|server|protocol|web|client))"
)
# what follows an ID or bank word when it is the job's domain ("card processing")
_DOMAIN = (
    r"(?!\s+(?:processing|payments?|reconciliation|industry|experience|fraud|transactions?"
    r"|api|data|integrations?|systems?|terminals?|issuing|networks?|compliance|security"
    r"|tokeni[sz]ation|management|services?|products?|operations|providers?|schemes?"
    r"|verification|validation|fields?|forms?|methods?|terms|platforms?|teams?|reminders?"
    r"|reports?|links?|requests?|confirmations?|notifications?|status|records?|plans?"
    r"|history|options?|details|information|dates?|schedules?|cycles?|flows?|rails|apps?))"
)


@dataclass(frozen=True, slots=True)
class Language:
    """One language's requests and refusals (see the module doc for the format)."""

    joined: bool = False  # written without spaces (Japanese): its words start anywhere

    # objects: what a request asks for
    fees: str = ""  # what an applicant would owe: fee, taxa de inscrição, Gebühr, शुल्क
    payments: str = ""  # a payment or paid membership (singular: "payments" is payroll)
    costs: str = ""  # what one pays for: training, a background check
    sums: str = ""  # money and the apps that move it: $50, ₹499, pix, bKash
    ids: str = ""  # ID numbers, bank and card details
    births: str = ""  # a date of birth: a request only beside an ID word
    chats: str = ""  # chat apps in the language's own script
    id_words: str = ""  # plain ID words that make a date of birth an ID request
    # verbs before the object that make it a request
    pay: str = ""  # the applicant pays: pay, paga, zahlen
    charge: str = ""  # the poster takes: charge, require, cobramos
    pay_for: str = ""  # "pay for", before a cost
    transfer: str = ""  # the applicant moves a sum: deposit, transfiere, überweisen
    pay_sum: str = ""  # pays a sum, a request only as the applicant's duty: debes abonar
    joining: str = ""  # what such a sum buys to get in: alta, inscripción, material
    send: str = ""  # the applicant hands data over: send, envía, senden
    ask: str = ""  # the poster asks for "your" data: need, necesitamos
    contact: str = ""  # a contact verb before a chat app: contact, escríbenos, melden
    via: str = ""  # the word right before the app: on, via, por, über
    fetch: str = ""  # "download Signal": the one contact verb right before the app
    # verbs after the object (languages that put the verb last, and passives)
    after_pay: str = ""  # "is required", जमा करें, দিতে হবে, überweisen
    after_send: str = ""  # भेजें, পাঠান, zusenden
    after_contact: str = ""  # पर संपर्क करें, এ যোগাযোগ করুন
    # what turns a request down, or away from the applicant
    negation: str = ""  # no, never, nunca, keine, नहीं, না
    applicant: str = ""  # the applicant acts: you must, debes, Sie müssen
    we: str = ""  # the poster acts: we, our company, pagamos, wir
    third: str = ""  # someone else acts: customers, users, their
    future: str = ""  # "Acme will pay": a named payer when no applicant is named
    you: str = ""  # the applicant is the one paid: "pay you"
    your: str = ""  # the applicant's own: your, tu, seu, votre, आपका
    paid_by_others: str = ""  # after a fee: "is covered by us", zahlen wir (not "refunded
    # from your first paycheck": the scam's own promise, FBI IC3)
    of: str = ""  # "payment reports", "relatórios de pagamento": the payment is a modifier
    after_hire: str = ""  # data asked once hired, or for an invoice
    # a fee stated, not asked for: a request only for a way in ("a registration fee
    # applies", "des frais de dossier s'appliquent"), not "platform fees apply"
    applies: str = ""
    # who an event's fee admits ("registration fee €450 for attendees"): a ticket's
    # price, not a job's way in
    attendees: str = ""
    # a question that asks what the applicant owes ("Is there a fee?", "Do I pay
    # anything?", "¿Hay que pagar algo?"), and the first word of an answer that grants
    # it ("Yes, a one-time $50 kit", "Only the $35 registration"): an FAQ's fee
    owed: str = ""
    yes: str = ""
    # soft evidence (legitimacy's LEXICAL) in the language's own words; English reads
    # its own patterns in scam_rules. Each pattern starts with a literal of three or
    # more characters: the anchor that `scam_rules` skims postings for.
    home_pitch: str = ""  # work from home as the pitch: trabajo desde casa, Heimarbeit
    option: str = ""  # before it, an option or a benefit: puedes, posibilidad, días
    employed: str = ""  # after it, the employer's own job: официальное трудоустройство
    hype: str = ""  # easy or guaranteed money: ingresos garantizados, gagnez jusqu'à
    # a job or income promised as sure: empleo garantizado, Jobgarantie (what a course's
    # fee buys when it sells the job, not the teaching)
    guarantee: str = ""
    pressure: str = ""  # urgency: plazas limitadas, heute noch starten
    paid: str = ""  # being paid, before "in" and a crypto coin: pagado, Bezahlung
    novice: str = ""  # no experience needed: sin experiencia, keine Erfahrung
    company: str = ""  # "our company", the voice a free-mail address must not have
    interview: str = ""  # an interview, before "by text message"
    by_text: str = ""  # by text message, no call or video: por SMS, per Textnachricht


# ID and bank words in English, each refused where it names the job's domain
_ENGLISH_IDS = r"""ssn social\s+security(?:\s+numbers?)? social\s+insurance\s+numbers?
    national\s+(?:id|identity)(?:\s+numbers?|\s+cards?)?
    bank\s+account(?:\s+numbers?|\s+details|\s+info(?:rmation)?)?
    checking\s+account(?:\s+numbers?|\s+details)?
    bank\s+(?:details|information|info|login|credentials|numbers?) routing\s+numbers?
    credit\s+cards?(?:\s+numbers?|\s+details|\s+info(?:rmation)?)?
    debit\s+cards?(?:\s+numbers?|\s+details|\s+info(?:rmation)?)?
    card\s+(?:details|numbers?) cvv otp bank\s+cards? bank\s+names?
    selfie\s+(?:with|holding)\s+(?:your\s+)?(?:id\s+card|id|passport|driver['’]?s?\s+licen[cs]e)
    scan\s+of\s+(?:your\s+|their\s+)?<GOV>(?:id|passport|driver['’]?s?\s+licen[cs]e|id\s+card)
    copy\s+of\s+(?:your\s+|their\s+)?<GOV>(?:id|passport|driver['’]?s?\s+licen[cs]e|id\s+card)
    photo\s+of\s+(?:your\s+|their\s+)?<GOV>(?:id|passport|driver['’]?s?\s+licen[cs]e|id\s+card)
    picture\s+of\s+(?:your\s+|their\s+)?<GOV>(?:id|passport|driver['’]?s?\s+licen[cs]e|id\s+card)
    passport\s+(?:scan|copy|photo|number|details) id\s+(?:scan|copy|photo|number)
    front\s+and\s+back\s+of\s+(?:your\s+|their\s+)?<GOV>(?:id\s+card|id|passport|driver['’]?s?\s+licen[cs]e)
    both\s+sides\s+of\s+(?:your\s+|their\s+)?<GOV>(?:id\s+card|id|passport|driver['’]?s?\s+licen[cs]e)
    online\s+banking\s+(?:username|login|password|credentials)
    banking\s+(?:username|login|password|credentials)
    bank\s+(?:username|password)
    driver['’]?s?\s+licen[cs]e\s+(?:scan|copy|photo|number) government[\s-]issued\s+id
    aadhaa?r(?:\s+card|\s+number)? pan\s+(?:card|number) cpf nid""".replace(
    "<GOV>", r"(?:government[\s-](?:issued\s+)?)?"
)

ENGLISH = Language(
    owed=r"""fees? costs? charges? deposits?
        (?:do|will|must|should|would)\s+(?:i|we|you)\s+(?:have\s+to\s+|need\s+to\s+)?pay
        (?:have|need)\s+to\s+pay pay\s+(?:anything|something) does\s+it\s+cost""",
    yes=r"yes yeah yep yup only just",
    fees=r"""fees? refundable\s+deposits? security\s+deposits? registration\s+deposits?
        training\s+deposits? starter\s+deposits? equipment\s+deposits?
        starter\s+(?:kits?|packs?|packages?)
        certification\s+deposits? onboarding\s+deposits? activation\s+deposits?
        laptop\s+deposits? device\s+deposits? registration\s+charges? activation\s+charges?
        joining\s+charges? processing\s+charges? security\s+(?:amount|money)
        upfront\s+deposits? up-front\s+deposits? advance\s+fees?
        onboarding\s+costs? registration\s+costs? activation\s+costs? processing\s+costs?
        setup\s+costs? set-up\s+costs? starter\s+costs?
        tickets?\s+costs? air\s+tickets?\s+costs? flight\s+tickets?\s+costs?""",
    payments=rf"""payment{_DOMAIN} paid\s+memberships? premium\s+memberships?
        vip\s+memberships? membership\s+fees?""",
    costs=r"""training background\s+(?:checks?|screenings?) certifications? registration onboarding
        courses? uniforms? medical\s+(?:exam(?:ination)?s?|tests?|check-?ups?|fitness)""",
    # amounts in any language, and payment apps: a transfer verb makes them a request. An
    # amount led by its digits is tried at every number: its digits are taken once
    # (`*+`), since no unit starts with a digit, comma or point (and the same in the
    # other languages)
    sums=r"""\$\s?\d[\d,.]*k? €\s?\d[\d,.]* £\s?\d[\d,.]* ₹\s?\d[\d,.]* ৳\s?\d[\d,.]*
        r\$\s?\d[\d,.]* rs\.?\s?\d[\d,.]*
        \d[\d,.]*+\s?(?:usd|eur|euros?|d[oó]lares|reais|rupees|rs|tk|taka|रुपये|रुपए|টাকা|€|\$|£)
        zelle cash\s?app venmo upi paytm phonepe bkash nagad jazz\s?cash easy\s?paisa
        own\s+(?:funds|money)
        ksh\.?\s?\d[\d,.]* kes\s?\d[\d,.]* ₦\s?\d[\d,.]* ngn\s?\d[\d,.]* ghs\s?\d[\d,.]*
        \d[\d,.]*+\s?(?:ksh|kes|shillings|naira|ngn|cedis|ghs)\b
        m-?pesa airtel\s+money mtn\s+momo mobile\s+money momo
        ushs?\.?\s?\d[\d,.]* shs\.?\s?\d[\d,.]*""",
    ids=" ".join(word + _DOMAIN for word in _ENGLISH_IDS.split()),
    births=r"date\s+of\s+birth birth\s?date dob",
    id_words=r"id i\.d\. identification identity\s+(?:card|document)",
    pay=r"pay paying send wire transfer deposit buy purchase make needs? must\s+have",
    # not "in charge of", nor French "prendre en charge" (to cover it)
    charge=r"""(?<!in\s)(?<!en\s)charges? charged requires? ask(?:s|ing)?\s+(?:you\s+)?for
        there\s+(?:is|are) there['’]s""",
    pay_for=r"pay(?:ing)?(?:\s+\S+){0,2}?\s+for buy purchase cover",
    transfer=r"send wire transfer deposit",
    pay_sum=r"pay",
    send=r"""send provide submit include e-?mail attach share enter give forward upload complete
        fill\s+(?:in|out) text dm\s+(?:me|us) (?:reply|respond)(?:\s+to\s+\S+)?\s+with""",
    ask=r"ask(?:s|ing)?\s+(?:you\s+)?for needs? requires? request",
    contact=r"""contact reach(?:\s+out)? dm message text
        ping\s+(?:me|us) add\s+(?:me|us) write\s+(?:to\s+)?(?:me|us) chat\s+with
        add\s+you(?:\s+to)? (?:be|get|are|is)\s+added\s+to
        talk\s+to\s+(?:me|us) call\s+(?:me|us) apply
        interview(?:s|ed)?(?:\s+process)?(?:(?:\s+[^\s.!?;]+){0,3}?\s+(?:are|is|will\s+be)\s+(?:done|held|conducted))?
        screenings?(?:\s+(?:are|is|will\s+be))?
        (?:get|be|are|is)\s+paid
        (?:salary|salaries|payments?|wages?|earnings|commissions?)\s+(?:is|are|will\s+be)\s+(?:sent|made|released|transferred)
        join download install continue move onboard(?:ed|ing)?
        send\s+(?:us\s+|me\s+)?(?:a\s+)?(?:message|msg|text|hi|your\s+(?:cv|resume|portfolio|details))
        (?:send|share|give)\s+you
        (?:reply|respond)\s+(?:["'“]?(?:yes|ok|interested|hi)\b["'”]?|(?:to\s+)?(?:us|me|this\s+(?:message|text|e-?mail|mail)))""",
    fetch=r"download install",
    via=r"on via through over using at in with to by the our my a an your",
    after_pay=r"""(?:is|are)\s+(?:required|due|mandatory|payable|needed)
        (?:is|are|will\s+be)\s+deducted\s+from\s+your
        (?:is|are|will\s+be)\s+deducted\s+from\s+(?:the\s+)?first\s+(?:salary|pay|wages?)
        to\s+be\s+(?:paid|settled)\s+(?:before|prior\s+to|upon|on\s+arrival|in\s+advance)
        payable\s+(?:before|prior\s+to|in\s+advance|up-?front)
        (?:must|has\s+to|have\s+to)\s+be\s+(?:paid|settled)
        (?:to|before\s+you(?:\s+can)?)\s+(?:start|begin|get\s+started|join|activate|be\s+hired|work)
        (?:reimbursed|refunded)\s+(?:in|with|on|from|after)\s+(?:your\s+)?first
        (?:secures?|reserves?|holds?)\s+(?:your|a)\s+(?:seat|spot|place|slot|position)
        paid\s+by\s+(?:you|(?:each\s+|the\s+)?(?:candidate|applicant|trainee)s?)""",
    negation=r"""no not never without nor neither nothing nobody no-one zero none cannot beware
        avoid scams? fraud\w* warning careful \w+n['’]t""",
    applicant=r"""(?<!hire\s)(?<!pay\s)(?<!give\s)(?<!offer\s)(?<!send\s)(?<!help\s)(?<!train\s)you(?:['’](?:ll|re|d))?
        applicants? candidates? members? participants? trainees? workers? freelancers?
        new\s+hires? must needs?\s+to ha(?:ve|s)\s+to
        (?:required|necessary|mandatory|obliged)\s+to""",
    we=r"we(?:['’](?:ll|re|ve|d))? us our i(?:['’](?:ll|m|ve|d))? company employer",
    third=r"""clients? customers? users? merchants? cardholders? people they their which who bots?
        lets helps allows enables
        vendors? suppliers? contractors? partners?
        parents? students? patients? guests? travell?ers? passengers? shoppers? buyers? tenants?
        schools? businesses brands? advertisers? donors? subscribers? players? families""",
    future=r"will shall would is are does",
    you=r"you",
    your=r"your",
    paid_by_others=r"""(?:is|are|will\s+be|gets?)\s+(?:covered|waived|on\s+us|free)
        (?:paid|covered)\s+by(?!\s+(?:you|each\s+|the\s+)?(?:candidate|applicant|trainee)s?\b)
        on\s+us
        we(?:['’]ll|\s+will)?\s+(?:also\s+)?(?:cover|pay\s+for|reimburse|refund)
        that\s+(?:the\s+)?(?:clients?|customers?|employers?|company|we)\s+(?:pays?|covers?)
        which\s+(?:the\s+)?(?:clients?|customers?|employers?|company|we)\s+(?:pays?|covers?)""",
    of=r"of",
    after_hire=r"""(?:after|once|upon)\s+(?:you(?:['’]re|\s+are|['’]ve|\s+have)?\s+)?(?:hired|an?\s+offer|the\s+offer|onboarding|sign(?:ing|ed)?(?!\s+up)|accept(?:ing|ed)?|the\s+contract|joining)
        for\s+(?:invoicing|your\s+invoices?) with\s+your\s+(?:first\s+)?invoices?""",
    applies=r"appl(?:y|ies) (?:will|shall)\s+apply",
    joining=r"""registration application onboarding activation joining training enrol+ment
        membership sign-?up starter certification placement""",
    attendees=r"attendees? delegates? tickets?",
)

# a freelancer's own social charges, paid to the state, not to whoever posts the work:
# "cuota de autónomos", "cotisations URSSAF", "cotisations sociales", Argentina's "cuota
# del monotributo"
NOT_OWN_DUES = (
    r"(?!\s+(?:de\s+|del\s+|a\s+la\s+)?(?:aut[oó]nom|urssaf|sociales?\b|retraite"
    r"|seguridad\s+social|seguran[cç]a\s+social|inss\b|monotribut))"
)

SPANISH = Language(
    owed=r"""cuotas? costos? costes? cuesta tarifas? (?:hay|tengo|tienes|tiene)\s+que\s+pagar
        pagar\s+algo""",
    yes=r"s[ií] solo s[oó]lo solamente [uú]nicamente",
    fees=rf"""cuotas?{NOT_OWN_DUES}
        tarifa\s+de\s+(?:inscripci[oó]n|registro|activaci[oó]n|ingreso) matr[ií]culas?
        costo\s+de\s+(?:inscripci[oó]n|registro|activaci[oó]n) dep[oó]sito\s+de\s+garant[ií]a
        kit\s+de\s+inicio inversi[oó]n\s+inicial seña
        curso\s+(?:obligatorio\s+)?con\s+(?:un\s+)?costo
        capacitaci[oó]n\s+(?:obligatoria\s+)?con\s+(?:un\s+)?costo""",
    payments=rf"pago{_DOMAIN} membres[ií]as?\s+(?:pagas?|premium|vip)",
    costs=r"""capacitaci[oó]n curso certificaci[oó]n entrenamiento kit inscripci[oó]n
        verificaci[oó]n\s+de\s+antecedentes comprobaci[oó]n\s+de\s+antecedentes""",
    ids=r"""n[uú]mero\s+de\s+seguro\s+social nss dni nie curp c[eé]dula(?:\s+de\s+identidad)?
        copia\s+(?:de\s+|del\s+)?(?:tu\s+|su\s+)?(?:pasaporte|dni|ine|documento\s+de\s+identidad|c[eé]dula)
        foto\s+(?:de\s+|del\s+)?(?:tu\s+|su\s+)?(?:pasaporte|dni|ine|documento\s+de\s+identidad|c[eé]dula)
        datos\s+bancarios cuenta\s+bancaria n[uú]mero\s+de\s+cuenta clabe
        tarjeta\s+de\s+(?:cr[eé]dito|d[eé]bito) n[uú]mero\s+de\s+(?:la\s+|tu\s+|su\s+)?tarjeta
        datos\s+de\s+(?:la\s+|tu\s+|su\s+)?tarjeta""",
    births=r"fecha\s+de\s+nacimiento",
    id_words=r"identificaci[oó]n documento pasaporte identidad",
    pay=r"""pagar paga pague pagues abonar abona abone depositar deposita deposite transferir
        transfiere transfiera enviar env[ií]a env[ií]e mandar manda mande realizar realiza
        hacer haz comprar compra compre dejar deje dejen
        pag[aá]s? abon[aá]s? deposit[aá] transfer[ií] mand[aá] compr[aá]
        dejá dej[aá]s""",  # Rioplatense "vos"; "dejar" a "seña" (a deposit)
    charge=r"cobramos cobra cobran requiere requieren exige exigimos hay",
    pay_for=r"""pagar(?:\s+por)? pag[aá]s?(?:\s+por)? pague(?:\s+por)? comprar compr[aá]
        abonar abon[aá]s? abone""",
    transfer=r"""deposita(?:r)? deposit[aá] deposite transferir transfiere transfiera transfer[ií]
        env[ií]a(?:r)? env[ií]e manda(?:r)? mand[aá] mande""",
    pay_sum=r"pagar pag[aá]s? pague paguen pagues abonar abon[aá]s? abone abonen",
    joining=r"""concepto alta inscripci[oó]n registro matr[ií]cula material(?:es)? kit
        formaci[oó]n capacitaci[oó]n activaci[oó]n reserva tramitaci[oó]n gesti[oó]n""",
    attendees=r"entradas?",
    send=r"""env[ií]a(?:r|nos|me)? env[ií]e(?:nos|s)? manda(?:r|nos|me)? m[aá]nda(?:nos|me) mandes
        proporciona(?:r)? proporcione adjunta(?:r)? adjunte comparte compartir ingresa(?:r)?
        ingrese facilita(?:r)? indica(?:r)? sube subir""",
    ask=r"necesitamos requerimos solicitamos pedimos",
    contact=r"""cont[aá]ct\w* escr[ií]b\w* agr[eé]g\w* a[nñ]ad\w* [uú]ne\w* comun[ií]ca\w*
        ll[aá]ma\w* habla\w* entrevistas? post[uú]la\w* aplica descarga\w*
        env[ií]a\w*\s+(?:un\s+|tu\s+)?(?:mensaje|msj|cv|curr[ií]culum|hoja\s+de\s+vida)
        m[aá]nda\w*\s+(?:un\s+|tu\s+)?(?:mensaje|msj|cv|curr[ií]culum)""",
    fetch=r"descarga\w* instala\w*",
    via=r"por v[ií]a en al a mediante nuestro mi el tu su",
    after_pay=r"""es\s+obligatori[oa] (?:es|son)\s+necesari[oa]s?
        (?:para|antes\s+de)\s+(?:empezar|comenzar|iniciar|activar|unirte|trabajar)""",
    negation=r"""no nunca jam[aá]s ning[uú]n ninguna ninguno nada nadie sin ni gratis gratuit[oa]s?
        cuidado estafas? fraudes?""",
    applicant=r"""t[uú] usted(?:es)? debes deber[aá]s tienes\s+que ten[eé]s\s+que tendr[aá]s\s+que
        necesitas
        hay\s+que es\s+(?:necesario|obligatorio) se\s+debe candidat[oa]s? postulantes?
        interesad[oa]s?""",
    # \w\w+[aei]mos: a verb in the first person plural (pagamos, cubrimos)
    we=r"nosotros nuestr[oa]s? empresa compa[nñ][ií]a empleador \w\w+[aei]mos",
    third=r"clientes? usuarios? ell[oa]s proveedores socios",
    future=r"va\s+a van\s+a se\s+encarga",
    you=r"te",  # not "le", "les": French articles after "payer" ("payer le module")
    your=r"tu tus su sus",
    paid_by_others=r"""(?:corre|corren)\s+por\s+(?:nuestra\s+)?cuenta
        (?:es|son|ser[aá]n?)\s+(?:cubiert|pagad)[oa]s? a\s+cargo\s+de\s+la\s+empresa
        (?:cubiert|pagad|asumid|financiad)[oa]s?\s+por\s+(?:la|nuestra)\s+(?:empresa|compa[nñ][ií]a)
        (?:cubrimos|pagamos|reembolsamos|asumimos)""",
    of=r"de del",
    after_hire=r"""despu[eé]s\s+de\s+(?:la\s+)?(?:contrataci[oó]n|firmar|ser\s+contratad[oa]|aceptar)
        una\s+vez\s+(?:contratad|firmad|aceptad)\w* al\s+firmar para\s+(?:la\s+)?factura\w*""",
    applies=r"se\s+aplica(?:n|r[aá])? aplica(?:n|r[aá])?",
    home_pitch=r"""trabajo\s+desde\s+(?:tu\s+)?casa trabaja\s+desde\s+(?:tu\s+)?casa
        trabajo\s+en\s+casa empleo\s+desde\s+casa comodidad\s+de\s+tu\s+(?:casa|hogar)
        dinero\s+desde\s+(?:tu\s+)?casa captura\s+de\s+datos\s+desde\s+casa""",
    option=r"""puedes podr[aá]s puede posibilidad opci[oó]n flexibilidad d[ií]as? equipo
        presupuesto ayuda pol[ií]tica h[ií]brid\w* o y""",
    guarantee=r"""(?:empleo|trabajo|puesto|colocaci[oó]n)\s+garantizad[oa]
        garant[ií]a\s+de\s+(?:empleo|trabajo|colocaci[oó]n|contrataci[oó]n)
        garantizamos\s+(?:tu\s+|un\s+|el\s+)?(?:empleo|trabajo|puesto)
        te\s+conseguimos\s+(?:un\s+)?(?:empleo|trabajo)""",
    hype=r"""gana\s+hasta ganar\s+hasta ganas\s+hasta ingresos\s+garantizados
        ganancias\s+garantizadas dinero\s+f[aá]cil dinero\s+r[aá]pido ingresos\s+extra
        dinero\s+extra propio\s+jefe libertad\s+financiera""",
    pressure=r"""urgente urgentemente plazas\s+limitadas cupos\s+limitados
        empieza\s+hoy empieza\s+ya comienza\s+hoy empiezas\s+hoy contrataci[oó]n\s+inmediata
        últimas\s+plazas ultimas\s+plazas date\s+prisa""",
    paid=r"""pagad[oa]s? pagamos paga salario sueldo remuneraci[oó]n
        pago\s+(?:se|ser[aá]|semanal|mensual|diario)""",
    novice=r"""sin\s+(?:previa\s+)?experiencia
        no\s+(?:se\s+)?(?:requiere|necesita|exige)s?\s+experiencia
        experiencia\s+no\s+(?:necesaria|requerida)""",
    company=r"nuestra\s+(?:empresa|compa[nñ][ií]a|agencia|firma)",
    interview=r"entrevistas?",
    by_text=r"mensajes?\s+de\s+texto sms whatsapp\s+escrito chat\s+escrito",
)

PORTUGUESE = Language(
    owed=r"""taxas? custos? custa (?:tenho|tem|preciso)\s+(?:que|de)\s+pagar pagar\s+algo""",
    yes=r"sim s[oó] apenas somente",
    fees=r"""taxa\s+de\s+(?:inscri[cç][aã]o|cadastro|ades[aã]o|ativa[cç][aã]o|matr[ií]cula|treinamento|registro|entrada|libera[cç][aã]o)
        taxa\s+(?:[uú]nica|administrativa|de\s+r\$)
        valor\s+de\s+(?:inscri[cç][aã]o|cadastro|ades[aã]o|ativa[cç][aã]o) cau[cç][aã]o
        kit\s+inicial mensalidades?""",
    payments=rf"pagamento{_DOMAIN} assinatura\s+(?:paga|premium|vip) plano\s+(?:pago|vip)",
    costs=r"""treinamento curso certifica[cç][aã]o kit
        verifica[cç][aã]o\s+de\s+antecedentes checagem\s+de\s+antecedentes""",
    sums=r"pix",
    ids=r"""cpf rg cnh dados\s+banc[aá]rios conta\s+banc[aá]ria n[uú]mero\s+do\s+cart[aã]o
        dados\s+do\s+cart[aã]o cart[aã]o\s+de\s+(?:cr[eé]dito|d[eé]bito) senhas?
        foto\s+(?:do\s+|da\s+)?(?:seu\s+|sua\s+)?(?:rg|cnh|documento|passaporte|identidade)
        c[oó]pia\s+(?:do\s+|da\s+)?(?:seu\s+|sua\s+)?(?:rg|cnh|documento|passaporte|identidade)""",
    births=r"data\s+de\s+nascimento",
    id_words=r"documento identidade passaporte",
    pay=r"""pagar pague paga depositar deposite transferir transfira enviar envie mandar mande
        fazer fa[cç]a efetuar efetue comprar compre""",
    charge=r"cobramos cobra cobram [eé]\s+cobrad[ao] exige exigimos requer",
    pay_for=r"pagar(?:\s+pel[oa]|\s+o|\s+a)? pague(?:\s+pel[oa]|\s+o|\s+a)? comprar compre",
    transfer=r"depositar deposite transferir transfira enviar envie mandar mande fazer fa[cç]a",
    pay_sum=r"pagar pague paguem",
    joining=r"""inscri[cç][aã]o cadastro ades[aã]o ativa[cç][aã]o materia(?:l|is) kit
        treinamento matr[ií]cula reserva libera[cç][aã]o""",
    attendees=r"congressistas ingressos?",
    send=r"""envie(?:-nos)? enviar mande mandar informe informar anexe anexar compartilhe
        forne[cç]a fornecer passe digite insira""",
    ask=r"precisamos solicitamos pedimos exigimos",
    contact=r"""cham\w* contat\w* fal\w* adicion\w* entrevistas? candidate-se inscreva-se
        entr\w*\s+em\s+contato entr\w*\s+no\s+grupo baix\w*
        (?:mande|envie|manda)\s+(?:uma?\s+)?(?:mensagem|msg|curr[ií]culo|cv)""",
    fetch=r"baix\w* instal\w*",
    via=r"no na pelo pela via por em ao nosso nossa meu o seu",
    after_pay=r"[eé]\s+obrigat[oó]ri[ao] para\s+(?:come[cç]ar|iniciar|ativar|liberar|trabalhar)",
    negation=r"""n[aã]o nunca jamais nenhum nenhuma nada ningu[eé]m sem nem gr[aá]tis gratuit[oa]s?
        cuidado golpes? fraudes?""",
    applicant=r"""voc[eê]s? deve dever[aá] precisa precisar[aá] tem\s+que ter[aá]\s+que tem\s+de
        [eé]\s+(?:necess[aá]rio|obrigat[oó]rio|preciso) basta candidat[oa]s? interessad[oa]s?""",
    we=r"n[oó]s noss[oa]s? empresa contratante \w\w+[aei]mos",
    third=r"clientes? usu[aá]rios? el[ea]s fornecedores parceiros",
    future=r"vai v[aã]o ir[aá]",
    you=r"te lhe voc[eê]",
    your=r"seu sua seus suas",
    paid_by_others=r"""(?:[eé]|s[aã]o|ser[aá]|ser[aã]o)\s+(?:pag|cobert)[oa]s?
        por\s+conta\s+da\s+empresa (?:cobrimos|pagamos|reembolsamos|custeamos|arcamos)""",
    of=r"de do da dos das",
    after_hire=r"""ap[oó]s\s+(?:a\s+)?(?:contrata[cç][aã]o|admiss[aã]o|assinatura)
        depois\s+de\s+(?:contratad[oa]|assinar|aceitar) para\s+(?:a\s+)?(?:nota|fatura)\w*""",
    applies=r"aplica-se aplicam-se (?:se\s+)?aplica(?:m|r[aá])? (?:[eé]|s[aã]o)\s+aplicad[ao]s?",
    home_pitch=r"""trabalh(?:e|o|ar|a)\s+(?:de|em)\s+casa
        conforto\s+d[oa]\s+(?:seu|sua)\s+(?:lar|casa)
        dinheiro\s+(?:de|em)\s+casa digitação\s+em\s+casa""",
    option=r"""pode poder[aá] possibilidade op[cç][aã]o flexibilidade dias? aux[ií]lio
        h[ií]brid\w* ou e""",
    guarantee=r"""(?:emprego|trabalho|coloca[cç][aã]o)\s+garantid[oa]
        garantia\s+de\s+(?:emprego|trabalho|coloca[cç][aã]o|contrata[cç][aã]o)
        garantimos\s+(?:seu\s+|o\s+seu\s+|um\s+)?(?:emprego|trabalho)""",
    hype=r"""ganhe\s+at[eé] ganhar\s+at[eé] renda\s+extra renda\s+garantida ganhos\s+garantidos
        dinheiro\s+f[aá]cil dinheiro\s+r[aá]pido dinheiro\s+extra seja\s+(?:o\s+)?seu\s+pr[oó]prio
        liberdade\s+financeira""",
    pressure=r"""urgente vagas\s+limitadas comece\s+hoje comece\s+j[aá] começar\s+hoje
        contrata[cç][aã]o\s+imediata últimas\s+vagas ultimas\s+vagas""",
    paid=r"""pago pagos paga pagas pagamos pagamento salário salario remuneração""",
    novice=r"""sem\s+(?:nenhuma\s+)?experiência sem\s+(?:nenhuma\s+)?experiencia
        n[aã]o\s+(?:[eé]\s+)?(?:necess[aá]ri[ao]|exigid[ao])\s+(?:ter\s+)?experiência
        n[aã]o\s+precisa\s+(?:ter\s+)?(?:de\s+)?experiência""",
    company=r"nossa\s+(?:empresa|ag[eê]ncia|firma|companhia)",
    interview=r"entrevistas?",
    by_text=r"mensage(?:m|ns)\s+de\s+texto sms",
)

FRENCH = Language(
    owed=r"""frais co[uû]ts? co[uû]te (?:dois-je|faut-il)\s+payer payer\s+quelque\s+chose""",
    yes=r"oui seulement juste uniquement",
    fees=rf"""frais\s+de\s+(?:dossier|formation|inscription|traitement|gestion|d[eé]marrage)
        frais cotisations?{NOT_OWN_DUES} caution droits?\s+d['’]inscription
        formations?\s+payantes?""",
    payments=rf"paiement{_DOMAIN} abonnement\s+payant adh[eé]sion\s+payante",
    costs=r"formation certification kit",
    ids=r"""num[eé]ro\s+de\s+s[eé]curit[eé]\s+sociale carte\s+vitale carte\s+d['’]identit[eé]
        pi[eè]ce\s+d['’]identit[eé] copie\s+(?:de\s+|du\s+)?(?:votre\s+)?passeport
        photo\s+(?:de\s+|du\s+)?(?:votre\s+)?passeport rib iban coordonn[eé]es\s+bancaires
        carte\s+bancaire carte\s+de\s+cr[eé]dit num[eé]ro\s+de\s+carte cryptogramme""",
    births=r"date\s+de\s+naissance",
    id_words=r"identit[eé] passeport",
    pay=r"""payer payez r[eé]gler r[eé]glez verser versez virer virez envoyer envoyez effectuer
        effectuez acquitter acquittez acheter achetez""",
    charge=r"facturons demandons exigeons exige requiert n[eé]cessite il\s+y\s+a",
    pay_for=r"payer payez acheter achetez",
    transfer=r"verser versez virer virez envoyer envoyez",
    pay_sum=r"payer payez r[eé]gler r[eé]glez",
    joining=r"""dossier inscription formation mat[eé]riel kit activation r[eé]servation
        adh[eé]sion ouverture traitement visas?""",
    attendees=r"congressistes billets?",
    send=r"""envoyez(?:-nous)? envoyer fournissez fournir joignez joindre transmettez transmettre
        communiquez communiquer indiquez saisissez partagez""",
    ask=r"demandons exigeons avons\s+besoin\s+de",
    contact=r"""contact\w* [eé]cri\w* ajout\w* rejoi\w* entretiens? postul\w* appel\w*
        t[eé]l[eé]charg\w* envoy\w*\s+(?:un\s+|votre\s+)?(?:message|sms|cv)""",
    fetch=r"t[eé]l[eé]charg\w* install\w*",
    via=r"sur via par au en notre mon le la votre",
    after_pay=r"""(?:est|sont)\s+(?:obligatoires?|exig[eé]e?s?|demand[eé]e?s?)
        [aà]\s+(?:payer|r[eé]gler|verser) pour\s+(?:commencer|d[eé]marrer|activer|travailler)""",
    negation=r"""ne n['’] pas jamais aucun aucune rien sans ni gratuit\w* attention arnaques?
        escroquer\w* fraudes?""",
    applicant=r"""(?<!nous\s)vous tu devez devrez doit devra il\s+faut il\s+vous\s+faudra
        candidat(?:e|s|es)?""",
    # \w\w+ons: a verb in the first person plural (payons, remboursons)
    we=r"nous notre nos entreprise soci[eé]t[eé] employeur \w\w+ons",
    third=r"clients? utilisateurs? ils elles leurs? fournisseurs partenaires",
    future=r"va vont",
    you=r"vous te",
    your=r"votre vos ton ta tes",
    paid_by_others=r"""(?:est|sont|sera|seront)\s+(?:pris(?:e|es)?\s+en\s+charge|pay[eé]e?s?\s+par)
        [aà]\s+(?:notre|la)\s+charge (?:remboursons|payons|prenons\s+en\s+charge)""",
    of=r"de du des",
    after_hire=r"""apr[eè]s\s+(?:l['’]|la\s+|votre\s+)?(?:embauche|signature|acceptation)
        une\s+fois\s+(?:embauch|recrut)\w* pour\s+(?:la\s+)?factur\w*""",
    # "Formation payante obligatoire", "frais de dossier obligatoires": a way in to pay
    applies=r"s['’]appliquent s['’]applique obligatoires?",
    home_pitch=r"""travail\s+[aà]\s+domicile
        travaillez\s+(?:[aà]|depuis)\s+(?:domicile|la\s+maison|chez\s+vous)
        confort\s+de\s+votre\s+(?:maison|domicile|foyer)
        saisie\s+de\s+donn[eé]es\s+[aà]\s+domicile""",
    option=r"""pouvez possibilit[eé] option jours? prime indemnit[eé] ou et""",
    guarantee=r"""(?:emploi|travail|poste|embauche)\s+garanti[es]{0,2}
        garantie\s+d['’](?:emploi|embauche)
        nous\s+garantissons\s+(?:un\s+|votre\s+)?(?:emploi|poste)""",
    hype=r"""gagnez\s+jusqu gagner\s+jusqu revenus?\s+garantis? gains\s+garantis argent\s+facile
        argent\s+rapide revenus?\s+compl[eé]mentaires? soyez\s+votre\s+propre\s+patron
        liberté\s+financière""",
    pressure=r"""urgent(?:e)? places\s+limitées commencez\s+(?:d[eè]s\s+)?aujourd
        commencer\s+d[eè]s\s+aujourd embauche\s+imm[eé]diate dernières\s+places""",
    paid=r"""payée?s? payés rémunération rémunérée?s? rémunérés salaire paiement versée?s?""",
    novice=r"""sans\s+expérience aucune\s+expérience""",
    company=r"notre\s+(?:entreprise|soci[eé]t[eé]|agence|cabinet)",
    interview=r"entretiens?",
    by_text=r"sms textos? messages?\s+écrits?",
)

GERMAN = Language(
    owed=r"""geb[uü]hr(?:en)? kosten kostet
        (?:muss|m[uü]ssen)\s+(?:ich|sie|man)\s+(?:etwas\s+)?(?:be)?zahlen""",
    yes=r"ja nur lediglich",
    fees=r"""geb[uü]hr(?:en)? anmeldegeb[uü]hr(?:en)? bearbeitungsgeb[uü]hr(?:en)?
        registrierungsgeb[uü]hr(?:en)? schulungsgeb[uü]hr(?:en)? aufnahmegeb[uü]hr(?:en)?
        vermittlungsgeb[uü]hr(?:en)? aktivierungsgeb[uü]hr(?:en)? startgeb[uü]hr(?:en)?
        servicegeb[uü]hr(?:en)? kaution vorkasse vorauszahlung startpaket""",
    payments=r"zahlung kostenpflichtige\s+mitgliedschaft premium-?mitgliedschaft",
    costs=r"schulung einarbeitung zertifizierung kurs starterpaket",
    ids=r"""personalausweis\w* ausweis(?:kopie|nummer|dokument)? reisepass(?:kopie|nummer)?
        steuer-?id steueridentifikationsnummer sozialversicherungsnummer bankdaten
        bankverbindung kontodaten iban kontonummer kreditkarte(?:nnummer|ndaten|n)?""",
    births=r"geburtsdatum",
    id_words=r"ausweis identit[aä]tsnachweis",
    pay=r"""zahlen bezahlen [uü]berweisen entrichten einzahlen senden schicken kaufen erwerben
        leisten""",
    charge=r"verlangen erheben berechnen erfordert ben[oö]tigt f[aä]llt",
    pay_for=r"bezahlen zahlen kaufen",
    transfer=r"[uü]berweisen einzahlen senden schicken",
    send=r"senden schicken [uü]bermitteln zusenden zuschicken beif[uü]gen angeben hochladen teilen",
    ask=r"ben[oö]tigen brauchen verlangen",
    contact=r"""kontakt\w* schreib\w* meld\w* nachricht\w* bewerb\w* vorstellungsgespr[aä]ch\w*
        gespr[aä]ch\w* tret\w* tritt beitret\w* f[uü]g\w* erreich\w* lad\w* installier\w*""",
    fetch=r"lad\w* installier\w*",
    via=r"[uü]ber per via auf bei in im unser\w* die den das dem",
    after_pay=r"""zahlen bezahlen [uü]berweisen entrichten einzahlen
        zu\s+(?:zahlen|entrichten|[uü]berweisen)
        (?:ist|sind|wird|werden)\s+(?:f[aä]llig|erforderlich|vorab) f[aä]llig vorab""",
    after_send=r"senden schicken [uü]bermitteln zusenden zuschicken hochladen",
    after_contact=r"kontaktieren schreiben melden bewerben",
    negation=r"""nicht kein\w* nie niemals niemand ohne nichts weder kostenlos kostenfrei
        geb[uü]hrenfrei vorsicht betr[uü]g\w*""",
    applicant=r"sie du bewerber\w* kandidat\w* m[uü]ssen musst muss sollen",
    we=r"wir uns unser\w* unternehmen firma arbeitgeber",
    third=r"kunden nutzer lieferanten partner",
    future=r"wird werden",
    you=r"ihnen dir dich",
    your=r"ihre?\w* deine?\w*",
    paid_by_others=r"""(?:zahlen|bezahlen|[uü]bernehmen|erstatten)\s+wir
        (?:wird|werden)\s+(?:von\s+uns\s+|vom\s+unternehmen\s+)?(?:[uü]bernommen|bezahlt)""",
    of=r"von der des",
    after_hire=r"""nach\s+(?:der\s+|dem\s+)?(?:einstellung|vertragsabschluss|vertragsunterzeichnung|zusage)
        mit\s+(?:der\s+|ihrer\s+|deiner\s+)?rechnung""",
    home_pitch=r"""heimarbeit\w* nebenjob\s+von\s+zu\s*hause bequem\s+von\s+zu\s*hause
        geld\s+von\s+zu\s*hause""",
    option=r"""kannst k[oö]nnen m[oö]glichkeit tage? zuschuss budget oder und""",
    guarantee=r"""jobgarantie arbeitsplatzgarantie einstellungsgarantie
        (?:job|arbeitsplatz|anstellung|festanstellung)\s+garantiert
        garantiert\w*\s+(?:job|arbeitsplatz|anstellung|festanstellung)""",
    hype=r"""verdienen\s+sie\s+bis\s+zu verdiene\s+bis\s+zu
        garantiert\w*\s+(?:einkommen|verdienst|einnahmen)
        schnelles\s+geld leicht\s+verdient\w*\s+geld sei\s+dein\s+eigener\s+chef
        finanzielle\s+freiheit nebeneinkommen""",
    pressure=r"""dringend\w* begrenzte\s+pl[aä]tze wenige\s+pl[aä]tze heute\s+(?:noch\s+)?starten
        heute\s+(?:noch\s+)?anfangen""",
    paid=r"""bezahlung bezahlt vergütung verguetung gehalt auszahlung""",
    novice=r"""keine\s+(?:vor)?erfahrung ohne\s+(?:vor)?erfahrung""",
    company=r"unser(?:e|em)?\s+(?:unternehmen|firma|agentur)",
    interview=r"vorstellungsgespr[aä]ch\w* bewerbungsgespr[aä]ch\w*",
    by_text=r"sms textnachricht\w*",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""anmelde\w* registrierung\w* schulung\w* aufnahme\w* aktivierung\w* startgeb\w*
        bearbeitung\w* vermittlung\w* einschreib\w* kaution startpaket""",
    attendees=r"tickets? eintrittskart\w*",
)

HINDI = Language(
    fees=r"""शुल्क फीस फ़ीस रजिस्ट्रेशन\s+चार्ज चार्ज सिक्योरिटी\s+(?:डिपॉजिट|मनी|राशि) डिपॉजिट
        जमा\s+राशि""",
    payments=r"भुगतान पेमेंट मेंबरशिप सदस्यता",
    sums=r"रु\.?\s?\d[\d,]* पैसे",
    ids=r"""आधार(?:\s+कार्ड|\s+नंबर|\s+संख्या)? पैन\s+(?:कार्ड|नंबर)
        बैंक\s+(?:खाता|खाते|अकाउंट|डिटेल्स?|विवरण) खाता\s+(?:संख्या|नंबर) एटीएम\s+(?:कार्ड|पिन)
        क्रेडिट\s+कार्ड डेबिट\s+कार्ड ओटीपी यूपीआई\s+पिन""",
    births=r"जन्म\s?तिथि जन्म\s+की\s+तारीख",
    id_words=r"आईडी पहचान\s+पत्र",
    chats=r"व्हाट्सएप व्हाट्सऐप वॉट्सऐप वॉट्सएप वाट्सएप व्हाट्सअप व्हॉट्सएप टेलीग्राम टेलिग्राम सिग्नल",
    after_pay=r"""(?:जमा|भुगतान|पेमेंट|पे|अदा)\s?(?:करें|कीजिए|करो|करना\s+होगा|करनी\s+होगी|करने\s+होंगे|करना\s+है|करवाएं|करवाना\s+होगा)
        दें दीजिए देना\s+होगा देनी\s+होगी देने\s+होंगे देना\s+है भरें भरिए भरना\s+होगा
        भरनी\s+होगी लगेगा लगेगी लगेंगे अनिवार्य
        (?:pay|paytm|gpay|phonepe|upi|jazz\s?cash|easy\s?paisa|transfer|jama|bharna)\s+(?:karein|karen|karo|kare|kijiye|karna\s+(?:hoga|padega|hai))""",
    after_send=r"""भेजें भेजिए भेजो भेजना\s+होगा भेजनी\s+होगी दें दीजिए देना\s+होगा शेयर\s+करें
        अपलोड\s+करें जमा\s+करें बताएं बताइए""",
    after_contact=r"""संपर्क मैसेज मेसेज बात\s+करें कॉल\s+करें जुड़ें जुड़िए ज्वाइन जॉइन भेजें भेजिए करें
        कीजिए (?:message|contact|msg)\s?(?:karein|karen|karo|kijiye) karein karo""",
    negation=r"""नहीं नही न मत कभी मुफ्त मुफ़्त निःशुल्क निशुल्क नि: फ्री बिना सावधान धोखाधड़ी
        धोखा फ्रॉड फर्जी""",
    applicant=r"आप आपको तुम तुम्हें उम्मीदवार कैंडिडेट अभ्यर्थी",
    we=r"हम हमारी हमारा हमारे कंपनी संस्था",
    third=r"ग्राहक ग्राहकों",
    you=r"आपको",
    your=r"आपका आपकी आपके अपना अपनी अपने",
    paid_by_others=r"कंपनी\s+(?:द्वारा|देगी|भरेगी) हम\s+(?:देंगे|भरेंगे)",
    of=r"का की के",
    after_hire=r"""चयन\s+के\s+बाद नियुक्ति\s+के\s+बाद ज्वाइनिंग\s+के\s+(?:बाद|समय)
        जॉइनिंग\s+के\s+(?:बाद|समय)""",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""पंजीकरण रजिस्ट्रेशन प्रशिक्षण ट्रेनिंग ज्वाइनिंग जॉइनिंग सदस्यता आवेदन एक्टिवेशन
        सिक्योरिटी""",
)

# Nepali, in Devanagari as Hindi is (HINDI reads its shared words: शुल्क, रु 500), with
# the verbs its requests end on ("दर्ता शुल्क रु ५०० तिर्नुहोस्": pay the registration fee)
NEPALI = Language(
    fees=r"दस्तुर धरौटी(?:\s+रकम)?",
    payments=r"भुक्तानी",
    sums=r"रू\.?\s?\d[\d,]*",
    chats=r"भाइबर ह्वाट्सएप ह्वाट्सअप टेलिग्राम",
    after_pay=r"""तिर्नुहोस् तिर्नुपर्छ तिर्नु\s+पर्छ तिर्नुपर्नेछ तिर्नु\s+पर्नेछ बुझाउनुहोस्
        बुझाउनुपर्छ बुझाउनु\s+पर्छ (?:जम्मा|भुक्तानी)\s+गर्नुहोस् (?:जम्मा|भुक्तानी)\s+गर्नुपर्छ""",
    after_send=r"पठाउनुहोस् पठाउनुपर्छ पठाउनु\s+पर्छ",
    after_contact=r"सम्पर्क म्यासेज",
    negation=r"छैन छैनौं पर्दैन लाग्दैन निःशुल्क नि:शुल्क होइन कहिल्यै नतिर्नुहोस् ठगी",
    applicant=r"तपाईं तपाईँ तपाईंले तपाईँले उम्मेदवार",
    we=r"हामी हाम्रो हामीले कम्पनीले संस्थाले",
    your=r"तपाईंको तपाईँको",
    paid_by_others=r"कम्पनीले\s+(?:तिर्नेछ|बेहोर्नेछ) हामी\s+(?:तिर्छौं|बेहोर्छौं)",
    joining=r"दर्ता तालिम सदस्यता",
    # soft evidence: money earned from home as the pitch ("घरबाट काम गरेर दैनिक रु ३०००
    # कमाउनुहोस्"); "घरबाट काम गर्न सकिने" (home work possible) is an option
    home_pitch=r"घरबाटै\s+कमाउ\S* घरबाट\s+(?:\S+\s+){0,6}?कमाउनुहोस्",
)

BENGALI = Language(
    fees=r"ফি ফী জামানত রেজিস্ট্রেশন\s+চার্জ চার্জ",
    payments=r"পেমেন্ট মেম্বারশিপ সদস্যপদ",
    # and romanised, as Bangladesh types it on a phone: "200 taka", "500 tk"
    sums=rf"টাকা বিকাশ{_BN} নগদে \d[\d,]*\s?(?:taka|tk)\b",
    ids=rf"""এনআইডি{_BN} জাতীয়\s+পরিচয়পত্র{_BN}
        ব্যাংক\s+(?:অ্যাকাউন্ট|একাউন্ট|হিসাব|তথ্য){_BN} অ্যাকাউন্ট\s+নম্বর{_BN}
        একাউন্ট\s+নম্বর{_BN} কার্ড\s+নম্বর{_BN} ক্রেডিট\s+কার্ড{_BN} ডেবিট\s+কার্ড{_BN}
        ওটিপি পিন\s+নম্বর{_BN}""",
    births=rf"জন্ম\s?তারিখ{_BN} জন্ম\s+নিবন্ধন{_BN}",
    id_words=rf"আইডি{_BN} পরিচয়পত্র{_BN}",
    chats=rf"""হোয়াটস\s?অ্যাপ{_BN} হোয়াটস\s?আপ{_BN} হোয়াটস\s?এপ{_BN} টেলিগ্রাম{_BN}
        সিগন্যাল{_BN}""",
    after_pay=r"""(?:জমা|পরিশোধ|পেমেন্ট|বিকাশ|সেন্ড\s?মানি)\s?(?:দিন|দিতে\s+হবে|করুন|করতে\s+হবে|করে\s+দিন)
        দিতে\s+হবে লাগবে পাঠান পাঠাতে\s+হবে বাধ্যতামূলক"""
    # romanised, as typed on a phone: "bKash korun", "bKash e pathan", "joma dite hobe"
    rf""" {_BN_PAID}\s+(?:e\s+)?(?:korun|koren|din|diben|pathan|pathaben)
        (?:korte|dite|pathate)\s+hobe""",
    after_send=r"পাঠান পাঠাতে\s+হবে দিন দিতে\s+হবে শেয়ার\s+করুন আপলোড\s+করুন জমা\s+দিন",
    after_contact=r"যোগাযোগ মেসেজ ম্যাসেজ নক কল\s+করুন যুক্ত\s+হোন জয়েন পাঠান ইনবক্স",
    negation=rf"""না নেই নয় নাই কখনো কখনোই কখনও বিনামূল্যে বিনা ফ্রি ছাড়া সাবধান প্রতারণা{_BN}
        প্রতারক{_BN} ভুয়া kono hobe\s+na lagbe\s+na""",
    applicant=rf"আপনি আপনাকে তুমি তোমাকে প্রার্থী{_BN}",
    we=rf"আমরা আমাদের কোম্পানি{_BN} প্রতিষ্ঠান{_BN}",
    third=rf"গ্রাহক{_BN}",
    you=r"আপনাকে",
    your=r"আপনার তোমার নিজের",
    paid_by_others=r"কোম্পানি\s+(?:বহন|দেবে) আমরা\s+(?:দেব|বহন)",
    of=r"এর",
    after_hire=r"নিয়োগের\s+পর যোগদানের\s+(?:পর|সময়)",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=rf"""রেজিস্ট্রেশন{_BN} নিবন্ধন{_BN} প্রশিক্ষণ{_BN} ট্রেনিং{_BN} জয়েনিং{_BN} ভর্তি{_BN}
        আবেদন{_BN} সদস্য{_BN} জামানত{_BN}""",
)

INDONESIAN = Language(
    # accommodation and transport "for the test": the fake state-company recruitment
    fees=r"""biaya\s+(?:pendaftaran|registrasi|admin(?:istrasi)?|aktivasi|pelatihan|jaminan)
        biaya\s+(?:akomodasi|transportasi|tes|ujian|seleksi|pemberkasan)
        uang\s+(?:jaminan|pendaftaran|deposit)""",
    sums=r"rp\.?\s?\d[\d.,]*(?:\s?(?:rb|ribu|jt|juta|k)\b)?",
    ids=r"ktp nik nomor\s+rekening data\s+rekening kartu\s+(?:kredit|atm|debit)",
    pay=r"bayar membayar bayarkan transfer transfer(?:kan)? kirim(?:kan)? setor",
    charge=r"dikenakan wajib\s+membayar",
    pay_for=r"bayar membayar",
    transfer=r"transfer(?:kan)? kirim(?:kan)? setor isi\s+saldo top\s?up",
    send=r"kirim(?:kan)? lampirkan unggah",
    ask=r"butuh membutuhkan meminta",
    negation=r"tidak tanpa bukan jangan gratis penipuan waspada hati-hati",
    applicant=r"anda kamu pelamar peserta calon wajib harus",
    we=r"kami perusahaan",
    third=r"pengguna pelanggan klien mitra merchant",
    your=r"anda kamu",
    paid_by_others=r"ditanggung(?:\s+oleh)?\s+(?:kami|perusahaan) gratis",
    after_hire=r"setelah\s+(?:diterima|kontrak|bergabung)",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""pendaftaran registrasi aktivasi pelatihan jaminan administrasi""",
    # WhatsApp or Telegram as the route ("Hubungi admin via WhatsApp", "Chat admin di
    # Telegram"); the task scam's pitch: earn daily from home or your phone, easy tasks
    # a way in's fee stated with its sum and no verb ("Deposit Rp 100rb untuk aktivasi")
    applies=r"rp\.?\s?\d[\d.,]*(?:\s?(?:rb|ribu|jt|juta)(?!\w))?",
    # "chat" is English too ("our chat happens on Telegram"): a verb here only with
    # whom or where it goes next ("chat admin di Telegram", "chat via WA")
    contact=r"hubungi chat(?=\s+(?:admin|kami|kak|hr|via|lewat|melalui|ke|di)\b) kontak",
    via=r"via lewat melalui di hanya\s+via hanya\s+lewat",
    home_pitch=r"""kerja\s+(?:\w+\s+){0,2}?dari\s+(?:rumah|hp|handphone)\s+gaji
        bekerja\s+dari\s+(?:rumah|hp)\s+(?:gaji|dengan\s+penghasilan)
        penghasilan\s+tambahan\s+dari\s+(?:rumah|hp)""",
    hype=r"""gaji\s+harian penghasilan\s+(?:harian|jutaan) tugas\s+mudah
        komisi\s+(?:harian|langsung\s+cair)""",
    novice=r"""tanpa\s+pengalaman tidak\s+(?:perlu|butuh)\s+pengalaman""",
    pressure=r"""dibutuhkan\s+segera kuota\s+terbatas""",
)

# Malay, which shares Indonesian's verbs ("bayar", "hubungi") but names its own fees,
# sums and pitch: "yuran pendaftaran RM50", "kerja online dari rumah", "tiada pengalaman"
MALAY = Language(
    fees=r"""yuran\s+(?:pendaftaran|pemprosesan|keahlian|pengaktifan|aktivasi|latihan|permohonan|deposit)
        wang\s+(?:pendaftaran|cagaran|deposit|pendahuluan)""",
    sums=r"rm\s?\d[\d.,]*(?:\s?k\b)?",
    pay=r"bayar membayar",
    pay_for=r"bayar membayar",
    transfer=r"bayar membayar pindahkan",
    negation=r"tidak tiada tanpa bukan jangan percuma penipuan",
    applicant=r"anda awak pemohon calon",
    we=r"kami syarikat",
    your=r"anda awak",
    paid_by_others=r"ditanggung(?:\s+oleh)?\s+(?:kami|syarikat) percuma",
    joining=r"pendaftaran pengaktifan aktivasi keahlian permohonan",
    applies=r"rm\s?\d[\d.,]*(?:\s?k)?(?!\w)",
    contact=r"hubungi mesej",
    via=r"melalui di hanya\s+melalui",
    home_pitch=r"""kerja\s+online\s+(?:\w+\s+){0,2}?dari\s+rumah kerja\s+online\s+sambilan""",
    hype=r"""gaji\s+harian pendapatan\s+(?:harian|lumayan) kerja\s+mudah""",
    novice=r"""tiada\s+pengalaman tidak\s+perlu\s+pengalaman""",
    pressure=r"""tempat\s+terhad kekosongan\s+terhad""",
)

# Italian: "non" is no negation here, as "non-refundable" would turn an English request away
ITALIAN = Language(
    owed=r"""quote? costi? costa tass[ae] devo\s+pagare""",
    yes=r"s[iì] solo soltanto",
    fees=r"""contribut[oi]\s+(?:iniziale|una\s+tantum|di\s+(?:attivazione|iscrizione|adesione|ingresso))
        quota\s+(?:di\s+)?(?:iscrizione|adesione|attivazione|associativa|d['’]ingresso)
        tassa\s+di\s+iscrizione costo\s+di\s+(?:attivazione|iscrizione) deposito\s+cauzionale
        cauzione""",
    payments=rf"pagamento{_DOMAIN} versamento{_DOMAIN} abbonamento\s+(?:premium|vip|a\s+pagamento)",
    costs=r"formazione corso certificazione kit",
    ids=r"""coordinate\s+bancarie codice\s+fiscale tessera\s+sanitaria
        numero\s+(?:della\s+|di\s+)?(?:tua\s+)?carta\s+d['’]identit[aà] carta\s+d['’]identit[aà]
        numero\s+di\s+conto(?:\s+corrente)? carta\s+di\s+credito dati\s+della\s+carta
        copia\s+(?:della\s+|del\s+)?(?:tua\s+|tuo\s+)?(?:carta|documento)\s+d['’]identit[aà]""",
    pay=r"pagare paga paghi versare versa versi effettuare effettua acquistare acquista",
    charge=r"richiediamo chiediamo (?:è|e['’])\s+(?:richiest|previst)[oa] (?:sono)\s+richiest[ie]",
    pay_for=r"pagare(?:\s+per)? paga(?:\s+per)? paghi(?:\s+per)? acquistare acquista comprare",
    transfer=r"versare versa versi trasferire trasferisci bonificare",
    pay_sum=r"pagare paga paghi paghiate",
    joining=r"""iscrizione adesione attivazione registrazione materiale kit formazione corso
        prenotazione""",
    attendees=r"congressisti biglietti?",
    send=r"inviare invia inviaci inviateci mandare manda mandaci fornire fornisci allegare allega",
    ask=r"richiediamo chiediamo abbiamo\s+bisogno\s+d(?:i|el|ella)",
    contact=r"""contatt\w* scriv\w* aggiung\w* unisciti entra\w* chiam\w* colloqui[o]?
        candid\w* scaric\w*
        (?:invia|manda)\w*\s+(?:un\s+|il\s+tuo\s+)?(?:messaggio|msg|cv|curriculum)""",
    fetch=r"scaric\w* install\w*",
    via=r"su sul via tramite per in nostro il tuo",
    after_pay=r"""(?:è|sono)\s+(?:obbligatori[oaie]|dovut[oaie])
        per\s+(?:iniziare|cominciare|attivare|lavorare)""",
    negation=r"nessun[oa]? alcun[oa]? senza gratuit[oaie] gratis truff[ae] attenzione mai",
    applicant=r"""tu voi devi dovrai dovete dovrete bisogna (?:è|e['’])\s+necessario
        candidat[oaie] interessat[oaie]""",
    # \w\w+iamo: a verb in the first person plural (paghiamo, copriamo)
    we=r"noi nostr[oaie] azienda societ[aà] \w\w+iamo",
    third=r"clienti utenti fornitori",
    you=r"ti vi",
    your=r"tuo tua tuoi tue vostr[oaie]",
    of=r"di del della dei delle",
    paid_by_others=r"""(?:è|e['’]|sono|sar[aà]|saranno)\s+a\s+(?:nostro|nostra|completo)?\s*carico
        a\s+carico\s+(?:dell['’]azienda|della\s+societ[aà]) (?:rimborsiamo|paghiamo|copriamo)""",
    after_hire=r"""dopo\s+(?:l['’]assunzione|la\s+firma|l['’]accettazione)
        una\s+volta\s+assunt[oaie]""",
    # or a way in's fee stated with its sum ("quota di iscrizione di 1.500 €")
    applies=r"si\s+applica(?:no)? di\s+(?:€\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euro)(?!\w))",
    home_pitch=r"""lavoro\s+da\s+casa lavora\s+da\s+casa lavorare\s+da\s+casa
        comodamente\s+da\s+casa comodamente\s+dal
        inserimento\s+dati\s+da\s+casa""",
    option=r"""puoi potrai possibilit[aà] opzione giorn[oi] contributo indennit[aà] rimborso
        o e""",
    guarantee=r"""(?:lavoro|impiego|posto|assunzione)\s+garantit[oa]
        garanzia\s+di\s+(?:lavoro|impiego|assunzione)""",
    hype=r"""guadagna\s+fino guadagnare\s+fino guadagn[oi]\s+garantit[oi]
        reddito\s+(?:extra|garantito)
        entrate\s+extra soldi\s+facili denaro\s+facile sii\s+il\s+capo libert[aà]\s+finanziaria""",
    pressure=r"""urgente posti\s+limitati inizia\s+(?:oggi|subito) assunzione\s+immediata
        ultimi\s+posti affrettati""",
    paid=r"""pagat[oaie] pagamento compenso stipendio retribuzione""",
    novice=r"""senza\s+esperienza nessuna\s+esperienza""",
    company=r"nostra\s+(?:azienda|societ[aà]|agenzia)",
    interview=r"colloqui[oi]?",
    by_text=r"sms messaggi?\s+di\s+testo messaggio\s+di\s+testo",
)

# Tagalog as posted in English-Tagalog mixes ("magbayad ng registration fee sa GCash")
TAGALOG = Language(
    sums=r"₱\s?\d[\d,.]* php\s?\d[\d,.]* gcash maya",
    pay=r"magbayad magbabayad bayaran ibayad",
    pay_for=r"magbayad bayaran",
    # the applicant's duty ("magbayad ng ₱850"), not a future ("magbabayad kami": we will)
    transfer=r"magbayad ibayad magpadala ipadala mag-?send",
    negation=r"hindi walang wala huwag libre",
    applicant=r"ikaw kayo aplikante",
    we=r"kami namin aming kumpanya",
    your=r"mo iyong inyong",
)

# Swahili (Kenya, Tanzania, Uganda): the M-Pesa registration-fee scam ("lipa ada ya usajili
# Ksh 500 kupitia M-Pesa"); the object is glued to its verb ("tutakulipa": we will pay you),
# so only the separate words are read. Not a bare "ada" (Indonesian "there is", the US
# ADA), "si" (Spanish "if") nor "kwa": each field is read in every language at once
SWAHILI = Language(
    # "Kuna ada?" ("is there a fee?"): a bare "ada" read in a question only
    owed=r"""ada gharama malipo kulipa nilipe tulipe""",
    yes=r"ndiyo ndio",
    fees=r"""ada\s+ya\s+(?:usajili|kujiandikisha|kujiunga|mafunzo|uanachama|maombi|usindikaji)
        gharama\s+za\s+(?:usajili|kujiunga|mafunzo)
        malipo\s+ya\s+(?:usajili|kujiunga|mafunzo|awali)""",
    costs=r"mafunzo usajili",
    sums=r"""shilingi\s?\d[\d,.]* \d[\d,.]*+\s?(?:shilingi|bob) tsh\.?\s?\d[\d,.]*
        tzs\s?\d[\d,.]* ugx\s?\d[\d,.]*""",
    ids=r"""namba\s+ya\s+(?:kitambulisho|akaunti|nida) kitambulisho\s+cha\s+taifa
        pin\s+ya\s+m-?pesa""",
    pay=r"lipa ulipe mlipe kulipa lipia kulipia ulipie tuma utume kutuma weka uweke kuweka",
    charge=r"tunatoza kuna",
    pay_for=r"lipia kulipia ulipie",
    transfer=r"lipa ulipe kulipa tuma utume kutuma weka uweke kuweka",
    send=r"tuma tutumie utume kutuma",
    ask=r"tunahitaji tunaomba",
    contact=r"""wasiliana(?:\s+nasi)? tuandikie tutumie\s+ujumbe piga\s+simu jiunge
        mahojiano(?:\s+yatafanyika)?""",
    via=r"kupitia kwenye",
    after_pay=r"inahitajika (?:ni\s+)?lazima kabla\s+ya\s+kuanza",
    negation=r"""hakuna hatutakuomba hatuombi hatutozi hatudai bila bure kamwe usilipe usitume
        tahadhari utapeli matapeli""",
    applicant=r"wewe unatakiwa unapaswa mwombaji waombaji",
    we=r"sisi kampuni",
    third=r"wateja",
    your=r"yako wako zako lako",
    paid_by_others=r"""(?:italipwa|inalipwa|inagharamiwa)\s+na\s+(?:kampuni|sisi)
        tunalipia tutalipia""",
    after_hire=r"baada\s+ya\s+(?:kuajiriwa|kuchaguliwa|mkataba)",
    applies=r"inahitajika",
    joining=r"usajili kujiunga mafunzo uanachama akaunti",
    attendees=r"washiriki tiketi",
)

# Hausa (Nigeria, Niger): the registration money asked before work ("ku biya kuɗin rajista")
HAUSA = Language(
    fees=r"ku[ɗd]in\s+(?:rajista|rijista|rejista|shiga|horo)",
    sums=r"naira\s?\d[\d,.]*",
    pay=r"biya",
    transfer=r"biya tura",
    negation=r"babu kada kyauta",
    applicant=r"ku kai",
    we=r"mu kamfani",
    joining=r"rajista rijista rejista shiga horo",
)

# Yoruba is written with tone marks and underdots, as one letter or a letter and its
# combining marks, or without them ("owó ìforúkọsílẹ̀", "owo iforukosile")
_YORUBA_MARKS = "[\u0300\u0301\u0304\u0323]*"
_YORUBA_FORMS = {
    "a": "[aáà]",
    "e": "[eéèẹ]",
    "i": "[iíì]",
    "o": "[oóòọ]",
    "u": "[uúù]",
    "s": "[sṣ]",
    "n": "[nńǹ]",
}


def _toneless(phrases: str) -> str:
    """Yoruba phrases ("," between them, spaces inside) as patterns matching any marking:
    each letter after the first (the scanner's literal) any of its forms and marks."""

    def form(c: str) -> str:
        if c == " ":
            return r"\s+"
        return _YORUBA_FORMS.get(c, re.escape(c)) + (_YORUBA_MARKS if c in "aeiou" else "")

    return " ".join(
        phrase[0] + "".join(map(form, phrase[1:]))
        for phrase in (" ".join(p.split()) for p in phrases.split(","))
    )


# Yoruba (Nigeria, Benin): "ẹ gbọdọ san owó ìforúkọsílẹ̀" (you must pay the registration
# money)
YORUBA = Language(
    fees=_toneless("owo iforukosile,owo iwole,owo idanileko,owo ikose"),
    pay=_toneless("san,sanwo"),
    transfer=_toneless("san,sanwo,fi ranse"),
    # "ò" (not) only with its tone: toneless it is "o", you
    negation=_toneless("ko,kii,rara,ofe,laisi,kankan") + " ò o\u0300",
    applicant=_toneless("gbodo,eyin"),
    joining=_toneless("iforukosile,iwole,idanileko,ikose"),
)

# Amharic (Ethiopia): a fee named for what it buys ("የምዝገባ ክፍያ": registration payment),
# then its verb, last ("500 ብር ይክፈሉ": pay 500 birr); a bare ክፍያ is a wage as often
AMHARIC = Language(
    fees=r"""የምዝገባ\s+ክፍያ የመመዝገቢያ\s+ክፍያ የስልጠና\s+ክፍያ የሥልጠና\s+ክፍያ የማመልከቻ\s+ክፍያ
        የአባልነት\s+ክፍያ የማስያዣ\s+ክፍያ ቅድመ\s+ክፍያ ዋስትና\s+ገንዘብ""",
    sums=r"\d[\d,.]*+\s?ብር",
    pay=r"ይክፈሉ ክፈሉ ክፈል ይክፈሉን",
    transfer=r"ይክፈሉ ክፈሉ ክፈል ያስገቡ አስገቡ",
    after_pay=r"""ይክፈሉ ክፈሉ ክፈል ያስገቡ አስገቡ
        (?:መክፈል|ማስገባት)\s+(?:አለብዎት|አለባችሁ|አለብህ|አለብሽ|ይጠበቅብዎታል)""",
    negation=r"አያስፈልግም አንጠይቅም አይጠየቅም ምንም ነጻ ነፃ በነጻ በነፃ",
    applicant=r"እርስዎ አንተ አንቺ እናንተ አመልካቾች አመልካች",
    we=r"እኛ ድርጅቱ ኩባንያው ድርጅታችን",
    paid_by_others=r"(?:በድርጅቱ|በኩባንያው|በእኛ)\s+ይሸፈናል",
    # "is required" only of a fee for a way in: after a wage it is the experience asked
    applies=r"ያስፈልጋል",
    joining=r"የምዝገባ የመመዝገቢያ የስልጠና የሥልጠና የማመልከቻ የአባልነት የማስያዣ ቅድመ",
)

# Dutch puts the verb last in its subordinate clauses ("om €30 te storten"), hence in
# VERB_LAST; "je" is the applicant as subject ("betaal je"), so "you" is only "jou"
DUTCH = Language(
    fees=r"""inschrijfkosten inschrijvingskosten registratiekosten administratiekosten
        aanmeldkosten aanmeldingskosten activatiekosten activeringskosten startkosten
        bemiddelingskosten opleidingskosten cursuskosten borg borgsom waarborgsom
        startpakket""",
    costs=r"cursus opleiding certificering",
    sums=r"tikkie",
    ids=r"""bsn(?:-nummer)? burgerservicenummer paspoortnummer paspoortkopie identiteitsbewijs
        id-kaart rijbewijsnummer bankgegevens bankrekeningnummer rekeningnummer
        creditcard(?:gegevens|nummer)? pincode inloggegevens
        kopie\s+van\s+(?:je\s+|jouw\s+|uw\s+)?(?:paspoort|id-kaart|identiteitsbewijs|rijbewijs)
        foto\s+van\s+(?:je\s+|jouw\s+|uw\s+)?(?:paspoort|id-kaart|identiteitsbewijs|rijbewijs)""",
    births=r"geboortedatum",
    id_words=r"identiteitsbewijs legitimatiebewijs",
    pay=r"""betaal betaalt betalen overmaken maak\s+over storten stort voldoen voldoe
        kopen koop aanschaffen""",
    charge=r"rekenen vragen\s+(?:wij|we) vereist vereisen",
    pay_for=r"betaal betaalt betalen kopen koop aanschaffen",
    transfer=r"overmaken maak\s+over storten stort overschrijven",
    pay_sum=r"betalen betaal betaalt",
    joining=r"""inschrij\w* registratie\w* aanmeld\w* activatie\w* activering\w* startpakket
        startkosten materiaal
        training cursus opleiding account werkaccount""",
    send=r"""stuur stuurt sturen verstuur versturen opsturen toesturen mail mailen upload uploaden
        vul vult invullen geef\s+door doorgeven deel delen""",
    ask=r"hebben\s+(?:wij|we) vragen\s+(?:wij|we) vragen\s+om",
    contact=r"""neem\s+contact(?:\s+op)? bericht\w* app(?:en|t)? meld\w* solliciteer\w*
        (?:sollicitatie)?gesprek(?:ken)?(?:\s+vindt\s+plaats|\s+vinden\s+plaats)?
        voeg\w* bel\w* schrijf\w* download\w* installeer\w*
        stuur\s+(?:ons\s+)?(?:een\s+)?(?:bericht\w*|appje|berichtje)""",
    fetch=r"download\w* installeer\w*",
    via=r"via op in met naar per onze ons",
    after_pay=r"""betalen overmaken storten voldoen te\s+(?:worden\s+)?betalen
        vooraf\s+(?:te\s+)?(?:worden\s+)?betaald (?:is|zijn)\s+verplicht""",
    after_send=r"sturen opsturen toesturen doorgeven uploaden invullen",
    negation=r"niet geen nooit niemand zonder niets noch gratis kosteloos fraude\w* oplicht\w*",
    applicant=r"je jij u kandidaat kandidaten sollicitant\w* moet moeten dien\w*",
    we=r"wij we ons onze bedrijf werkgever",
    third=r"klant klanten gebruikers? leveranciers? partners? zij hun",
    future=r"zal zullen gaat",
    you=r"jou",
    your=r"je jouw uw",
    paid_by_others=r"""(?:wordt|worden)\s+(?:volledig\s+)?vergoed(?!\s+(?:met|uit|na)\b)
        (?:wordt|worden)\s+door\s+(?:ons|de\s+werkgever|het\s+bedrijf|de\s+opdrachtgever)\s+(?:vergoed|betaald)
        (?:betalen|vergoeden)\s+(?:wij|we) (?:wij|we)\s+(?:vergoeden|betalen)""",
    of=r"van",
    after_hire=r"""na\s+(?:het\s+)?(?:ondertekenen|tekenen)
        na\s+(?:je\s+|jouw\s+|uw\s+)?(?:indiensttreding|aanname|aanstelling)
        voor\s+de\s+(?:loon|salaris)administratie voor\s+(?:de\s+)?facturatie""",
    applies=r"(?:is|zijn)\s+van\s+toepassing",
    home_pitch=r"""werken\s+vanuit\s+huis werk\s+vanuit\s+huis thuiswerk
        geld\s+verdienen\s+(?:vanuit|van)\s+(?:huis|thuis) thuis\s+geld\s+verdienen
        vanuit\s+(?:je|jouw|uw)\s+(?:eigen\s+)?(?:luie\s+stoel|bank|woonkamer)""",
    option=r"""kunt kan kun mag mogelijkheid optie dagen? vergoeding budget regeling hybride\w*
        of en""",
    hype=r"""verdien\s+(?:tot|wel|ruim) verdienen\s+tot
        gegarandeerd\w*\s+(?:inkomen|inkomsten|verdiensten)
        snel\s+geld makkelijk\s+geld extra\s+inkomen eigen\s+baas financi[eë]le\s+vrijheid""",
    # not "per direct", "start per direct": a start date, as "ab sofort"
    pressure=r"""dringend\w* beperkte\s+plaatsen beperkt\s+aantal\s+plaatsen
        reageer\s+(?:vandaag|nu|snel) (?:start|begin)\s+vandaag
        vandaag\s+(?:nog\s+)?(?:starten|beginnen)
        laatste\s+plaatsen""",
    novice=r"""geen\s+(?:werk)?ervaring\s+(?:nodig|vereist|nodig\s+is)
        ervaring\s+(?:is\s+)?niet\s+(?:nodig|vereist)""",
    company=r"(?:ons|onze)\s+(?:bedrijf|organisatie|firma|bureau)",
    interview=r"(?:sollicitatie)?gesprek(?:ken)?",
    by_text=r"sms tekstbericht\w* chatbericht\w*",
)

# Polish inflects its objects, so a field names the cases a request uses ("kaucję",
# "numeru konta"); "\w\w+my" is a verb in the first person plural (pokrywamy, zwracamy),
# and "prosimy o" the poster asking the applicant
POLISH = Language(
    fees=r"""opłat[aęy]?(?:\s+(?:rejestracyjn|aktywacyjn|administracyjn|wpisow|startow|szkoleniow)\w*)?
        wpłat[aęy]?(?:\s+(?:rejestracyjn|aktywacyjn|wpisow|startow|wstępn)\w*)?
        kaucj[aęi] wpisowe(?:go)? pakiet\w*\s+startow\w* zestaw\w*\s+startow\w*""",
    costs=r"szkoleni[ae] kurs(?:u)? koszt(?:y|u)?",
    sums=r"\d[\d,.]*+\s?(?:zł|zl|pln|złotych) blik\w*",
    ids=r"""pesel\w* numer\w*\s+(?:konta|rachunku|karty|dowodu|paszportu)\w*
        skan\s+dowodu(?:\s+osobistego)? kopi[aęi]\s+dowodu(?:\s+osobistego)?
        zdjęcie\s+dowodu(?:\s+osobistego)? dow[oó]d\w*\s+osobist\w*
        skan\s+paszportu kopi[aęi]\s+paszportu zdjęcie\s+paszportu
        dane\s+(?:karty|logowania|bankowe) karty?\s+kredytow\w*""",
    births=r"dat[aęy]\s+urodzenia",
    id_words=r"dow[oó]d\w* tożsamoś\w*",
    chats=r"telegram(?:ie|em|a|u) whats\s?app(?:ie|em|a|u)",
    pay=r"""zapłać zapłacić zapłacisz płacisz wpłać wpłacić wpłacisz przelej przelać wnieść
        wnieś uiścić uiść opłacić opłać kup kupić""",
    charge=r"pobieramy wymagamy obowiązuje",
    pay_for=r"zapłać zapłacić opłacić opłać pokry\w* kup kupić",
    transfer=r"przelej przelać przelanie przelania wpłać wpłacić wpłacenie",
    pay_sum=r"zapłać zapłacić",
    joining=r"""rejestracj\w* rejestracyjn\w* aktywacj\w* aktywacyjn\w* wpisow\w* szkoleni\w*
        startow\w* kurs\w* pakiet\w* materiał\w*
        kont[aou]""",
    send=r"""prześlij przesłać przesłanie wyślij wysłać wysłanie podaj podać podanie załącz
        załączyć udostępnij wpisz wprowadź""",
    ask=r"potrzebujemy wymagamy prosimy\s+o",
    contact=r"""napisz\w* skontaktuj\s+się(?:\s+z\s+nami)? kontakt\w* dodaj\w* dołącz\w*
        zadzwoń rozmow\w*(?:\s+kwalifikacyjn\w*)?(?:\s+odbędzie\s+się|\s+odbywa\s+się)?
        aplikuj\w* pobierz\w* zainstaluj\w* odezwij\s+się""",
    fetch=r"pobierz\w* zainstaluj\w*",
    via=r"na przez poprzez w we do",
    after_pay=r"""(?:jest|są)\s+(?:wymagan[aey]|obowiązkow[aey]|płatn[aey])
        należy\s+(?:uiścić|wpłacić|zapłacić|przelać)
        z\s+góry(?!\s+dzięk) przed\s+rozpoczęciem(?:\s+pracy|\s+współpracy)?""",
    after_send=r"przesłać wysłać podać",
    negation=r"nie nigdy nikt bez żadn\w* bezpłatn\w* darmow\w* oszu\w*",
    applicant=r"ty kandydat\w* musisz musi należy trzeba powinieneś powinnaś prosimy\s+o",
    we=r"my nas nasz\w* firma pracodawca \w\w+my",
    third=r"klienci klientów użytkownicy dostawcy partnerzy oni ich",
    future=r"będzie będą",
    you=r"ci cię tobie",
    your=r"twój twoja twoje twojego twojej twoich swój swoje swoją swojego swojej",
    paid_by_others=r"""(?:pokrywa|opłaca|zwraca)\s+(?:firma|pracodawca)
        (?:zwracamy|pokrywamy|opłacamy|finansujemy)
        (?:jest|są)\s+(?:opłacan|pokrywan|finansowan)\w*\s+przez
        (?:opłacan|pokrywan|finansowan)\w*\s+przez\s+(?:firm|pracodawc|nas)\w*""",
    after_hire=r"""po\s+(?:podpisaniu|zatrudnieniu|przyjęciu) do\s+(?:faktury|wypłaty)""",
    applies=r"obowiązuje",
    # "praca z domu" as the pitch; "możliwość pracy z domu" is an option
    home_pitch=r"""praca\s+(?:z|w)\s+domu pracę\s+(?:z|w)\s+domu pracuj\s+z\s+domu
        zarabiaj\s+(?:z|w)\s+domu zarabiaj\s+przez\s+telefon""",
    option=r"""możliwość możliwością opcja opcją dni dzień dofinansowanie budżet hybryd\w* lub i""",
    hype=r"""zarabiaj\s+(?:nawet|do|ponad) zarobisz\s+(?:nawet|do|ponad)
        gwarantowan\w*\s+(?:dochód|dochody|zarobki|przychód) łatwe\s+pieniądze
        szybkie\s+pieniądze dodatkowy\s+dochód bądź\s+(?:swoim|sam\w*\s+sobie)\s+szefem
        wolność\s+finansow\w*""",
    # not "od zaraz" (from now on): a start date, as "ab sofort"
    pressure=r"""pilne pilnie ograniczon\w*\s+liczb\w*\s+miejsc liczba\s+miejsc\s+ograniczona
        zacznij\s+(?:już\s+)?(?:dziś|dzisiaj) ostatnie\s+(?:wolne\s+)?miejsca""",
    novice=r"""bez\s+(?:żadnego\s+)?doświadczenia nie\s+wymagamy\s+doświadczenia
        doświadczenie\s+nie\s+jest\s+(?:wymagane|potrzebne)""",
    company=r"nasz(?:a|ej)\s+(?:firm[ay]|agencj[ai])",
    interview=r"rozmow\w*(?:\s+kwalifikacyjn\w*)?",
    by_text=r"sms\w* wiadomoś\w*\s+tekstow\w*",
)

# The Nordic languages: paying to start, ID numbers and bank details asked for. Their
# verbs come before the object ("du måste betala en avgift", "send os dit CPR-nummer");
# "vi" is the poster, "du" the applicant. A work permit asked for is no ID request, and
# words other languages use are left out ("cpr": resuscitation, "deposition", "dela").
SWEDISH = Language(
    fees=r"""avgift(?:en|er)? registreringsavgift(?:en)? anmälningsavgift(?:en)? startavgift(?:en)?
        administrationsavgift(?:en)? utbildningsavgift(?:en)? aktiveringsavgift(?:en)?
        medlemsavgift(?:en)? depositionsavgift(?:en)? startpaket(?:et)? startkit(?:et)?""",
    costs=r"utbildning(?:en)? kurs(?:en)? certifiering(?:en)?",
    # crowns of all three countries: one more pattern tried at every digit, not three
    sums=r"\d[\d,.]*+(?:\s\d{3})*+\s?(?:kr|kronor|kroner|sek|dkk|nok)\b swish",
    ids=r"""personnummer(?:et)? samordningsnummer bankuppgifter(?:na)? kontouppgifter(?:na)?
        kontonummer(?:et)? bankkontonummer(?:et)? clearingnummer
        kortnummer(?:et)? kortuppgifter(?:na)?
        bankid-?(?:inloggning|kod|uppgifter)
        kopia\s+(?:av|på)\s+(?:ditt\s+|din\s+)?(?:pass|id-kort|körkort|legitimation)
        foto\s+(?:av|på)\s+(?:ditt\s+|din\s+)?(?:pass|id-kort|körkort|legitimation)
        bild\s+(?:av|på)\s+(?:ditt\s+|din\s+)?(?:pass|id-kort|körkort|legitimation)""",
    id_words=r"legitimation id-kort",
    pay=r"betala betalar swisha swishar sätta\s+in sätt\s+in överföra för\s+över köpa köp",
    charge=r"tar\s+ut",
    pay_for=r"betala betalar köpa köp",
    transfer=r"swisha swishar sätta\s+in sätt\s+in överföra för\s+över",
    send=r"""skicka skickar sänd uppge ange bifoga ladda\s+upp fyll\s+i mejla maila""",
    ask=r"behöver\s+vi vi\s+behöver begär",
    contact=r"kontakta\w* skriv\w* hör\s+av\s+dig lägg\s+till intervju\w*",
    via=r"via på i med till genom",
    negation=r"""inte ej aldrig ingen inget inga utan gratis kostnadsfri\w* avgiftsfri\w*
        bedrägeri\w* bluff\w*""",
    applicant=r"du kandidat\w* sökande måste behöver",
    we=r"vi oss vår vårt våra företaget arbetsgivaren",
    third=r"kunder(?:na)? användare(?:na)? leverantörer(?:na)?",
    you=r"dig",
    your=r"din ditt dina",
    paid_by_others=r"""(?:betalar|står|ersätter)\s+vi vi\s+(?:betalar|står\s+för|ersätter)
        betalas\s+av\s+(?:oss|företaget|arbetsgivaren)""",
    after_hire=r"""efter\s+(?:anställning(?:en)?|avtalets?\s+underte\w+) vid\s+anställning(?:en)?
        för\s+löneutbetalning(?:en)?""",
    home_pitch=r"""jobba\s+hemifrån arbeta\s+hemifrån jobb\s+hemifrån arbete\s+hemifrån
        hemarbete tjäna\s+pengar\s+hemifrån tjäna\s+pengar\s+(?:från|i)\s+(?:soffan|mobilen)""",
    option=r"kan möjlighet\w* dagar? ersättning bidrag hybrid\w* eller och delvis",
    hype=r"""tjäna\s+(?:upp\s+till|över|minst) garanterad\w*\s+(?:inkomst\w*|lön\w*|förtjänst\w*)
        snabba\s+pengar lätta\s+pengar enkla\s+pengar extrainkomst\w* bli\s+din\s+egen\s+chef
        ekonomisk\s+frihet""",
    # not "tillträde snarast": a start date
    pressure=r"""brådskande begränsat\s+antal\s+platser få\s+platser\s+kvar
        börja\s+(?:redan\s+)?idag sista\s+platserna""",
    paid=r"lön(?:en)? ersättning(?:en)? betalas utbetalning\w*",
    novice=r"""ingen\s+(?:tidigare\s+)?erfarenhet\s+(?:krävs|behövs)
        erfarenhet\s+(?:krävs\s+ej|behövs\s+inte|krävs\s+inte)""",
    company=r"(?:vårt|vår)\s+(?:företag|byrå|firma)",
    interview=r"intervju\w* anställningsintervju\w*",
    by_text=r"sms textmeddelande\w* chattmeddelande\w*",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""registrerings\w* anmälnings\w* startavgift\w* startpaket\w* utbildnings\w*
        aktiverings\w* medlems\w* depositions\w* administrations\w*""",
)

DANISH = Language(
    fees=r"""gebyr(?:et|er)? registreringsgebyr(?:et)? tilmeldingsgebyr(?:et)?
        oprettelsesgebyr(?:et)?
        aktiveringsgebyr(?:et)? uddannelsesgebyr(?:et)? depositum(?:met)? startpakke(?:n)?
        startkit(?:tet)?""",
    costs=r"uddannelse(?:n)? kursus(?:et)? certificering(?:en)?",
    sums=r"mobilepay",
    ids=r"""cpr-?nummer(?:et)? cpr-nr\.? personnummer(?:et)? kontonummer(?:et)?
        bankkontonummer(?:et)?
        bankoplysninger(?:ne)? kortnummer(?:et)? kortoplysninger(?:ne)? mitid-?(?:login|kode)
        kopi\s+af\s+(?:dit\s+)?(?:pas|kørekort|sundhedskort|sygesikringskort)
        foto\s+af\s+(?:dit\s+)?(?:pas|kørekort|sundhedskort|sygesikringskort)
        billede\s+af\s+(?:dit\s+)?(?:pas|kørekort|sundhedskort|sygesikringskort)""",
    id_words=r"legitimation sundhedskort",
    pay=r"betale betaler betal overføre overfør indbetale indbetal købe køb",
    charge=r"opkræver",
    pay_for=r"betale betaler betal købe køb",
    transfer=r"overføre overfør indbetale indbetal",
    send=r"send sende oplys oplyse angiv vedhæft upload udfyld",
    ask=r"har\s+brug\s+for beder\s+om",
    contact=r"kontakt\w* skriv\w* tilføj\w* samtale(?:n|r)?",
    via=r"via på i med til gennem",
    negation=r"ikke aldrig ingen intet uden gratis gebyrfri\w* svindel\w*",
    applicant=r"du kandidat\w* ansøger\w* skal",
    we=r"vi vores virksomheden arbejdsgiveren",
    third=r"kunder(?:ne)? brugere(?:ne)? leverandører(?:ne)?",
    you=r"dig",
    your=r"din dit dine",
    paid_by_others=r"""vi\s+(?:betaler|dækker|refunderer) (?:betaler|dækker)\s+vi
        betales\s+af\s+(?:os|virksomheden|arbejdsgiveren)""",
    after_hire=r"ved\s+ansættelse(?:n)? efter\s+ansættelse(?:n)? til\s+lønudbetaling(?:en)?",
    home_pitch=r"""arbejd[ea]?\s+hjemmefra job\s+hjemmefra hjemmearbejde
        tjen[ea]?\s+penge\s+hjemmefra tjen[ea]?\s+penge\s+fra\s+(?:sofaen|mobilen)""",
    option=r"kan mulighed\w* dage? tilskud ordning hybrid\w* eller og delvis",
    hype=r"""tjen\s+(?:op\s+til|over|mindst) garanteret\s+(?:indkomst|løn|indtjening)
        hurtige\s+penge nemme\s+penge ekstra\s+indkomst din\s+egen\s+chef økonomisk\s+frihed""",
    pressure=r"""haster begrænset\s+antal\s+pladser få\s+pladser\s+tilbage
        begynd\s+(?:allerede\s+)?i\s+dag""",
    paid=r"løn(?:nen)? betales udbetaling\w*",
    novice=r"""ingen\s+(?:tidligere\s+)?erfaring\s+(?:kræves|nødvendig|påkrævet)""",
    company=r"vores\s+(?:virksomhed|firma|bureau)",
    interview=r"samtale\w* jobsamtale\w*",
    by_text=r"sms tekstbesked\w* chatbesked\w*",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""registrerings\w* tilmeldings\w* oprettelses\w* aktiverings\w* uddannelses\w*
        depositum\w* startpakke\w*""",
)

NORWEGIAN = Language(
    fees=r"""avgift(?:en|er)? registreringsavgift(?:en)? påmeldingsavgift(?:en)? startavgift(?:en)?
        aktiveringsavgift(?:en)? gebyr(?:et)? registreringsgebyr(?:et)? depositum(?:et)?
        startpakke(?:n)?""",
    costs=r"opplæring(?:en)? kurs(?:et)? sertifisering(?:en)?",
    sums=r"vipps",
    ids=r"""fødselsnummer(?:et)? personnummer(?:et)? d-nummer(?:et)?
        kontonummer(?:et)? bankkontonummer(?:et)?
        bankopplysninger(?:ne)? kortnummer(?:et)? kortopplysninger(?:ne)? bankid-?(?:kode|passord)
        kopi\s+av\s+(?:ditt\s+|din\s+)?(?:pass|førerkort|id-kort|legitimasjon)
        bilde\s+av\s+(?:ditt\s+|din\s+)?(?:pass|førerkort|id-kort|legitimasjon)
        foto\s+av\s+(?:ditt\s+|din\s+)?(?:pass|førerkort|id-kort|legitimasjon)""",
    id_words=r"legitimasjon id-kort",
    pay=r"betale betaler betal overføre overfør innbetale vippse kjøpe kjøp",
    charge=r"tar\s+betalt",
    pay_for=r"betale betaler betal kjøpe kjøp",
    transfer=r"overføre overfør innbetale vippse",
    send=r"send sende oppgi legg\s+ved last\s+opp fyll\s+(?:inn|ut)",
    ask=r"trenger\s+vi vi\s+trenger ber\s+om",
    contact=r"kontakt\w* skriv\w* legg\s+til intervju\w*",
    via=r"via på i med til gjennom",
    negation=r"ikke aldri ingen intet uten gratis gebyrfri\w* svindel\w*",
    applicant=r"du kandidat\w* søker(?:e|en|ne)? må",
    we=r"vi oss vår vårt våre bedriften selskapet arbeidsgiveren",
    third=r"kunder(?:ne)? brukere(?:ne)? leverandører(?:ne)?",
    you=r"deg",
    your=r"din ditt dine",
    paid_by_others=r"""vi\s+(?:betaler|dekker|refunderer) (?:betaler|dekker)\s+vi
        betales\s+av\s+(?:oss|bedriften|arbeidsgiveren)""",
    after_hire=r"ved\s+ansettelse(?:n)? etter\s+ansettelse(?:n)? for\s+lønnsutbetaling(?:en)?",
    home_pitch=r"""jobb(?:e)?\s+hjemmefra arbeid(?:e)?\s+hjemmefra tjen(?:e)?\s+penger\s+hjemmefra
        tjen(?:e)?\s+penger\s+fra\s+(?:sofaen|mobilen)""",
    option=r"kan mulighet\w* dager? tilskudd ordning hybrid\w* eller og delvis",
    hype=r"""tjen(?:e)?\s+(?:opptil|over|minst) garantert\s+(?:inntekt|lønn|inntjening)
        raske\s+penger lette\s+penger ekstra\s+inntekt din\s+egen\s+sjef økonomisk\s+frihet""",
    pressure=r"""haster begrenset\s+antall\s+plasser få\s+plasser\s+igjen
        begynn\s+(?:allerede\s+)?i\s+dag""",
    paid=r"lønn(?:en)? betales utbetaling\w*",
    novice=r"""ingen\s+(?:tidligere\s+)?erfaring\s+(?:kreves|nødvendig|påkrevd)""",
    company=r"(?:vårt|vår)\s+(?:firma|selskap|byrå)",
    interview=r"intervju\w* jobbintervju\w*",
    by_text=r"sms tekstmelding\w* chattemelding\w*",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""registrerings\w* påmeldings\w* startavgift\w* aktiverings\w* depositum\w*
        startpakke\w*""",
)

# Finnish glues cases and "your" to its words ("henkilötunnuksesi": your ID number), so
# its objects take any ending; "ei" is no negation here (Norwegian "ei": a)
FINNISH = Language(
    fees=r"""rekisteröintimaksu\w* liittymismaksu\w* aloitusmaksu\w* käsittelymaksu\w*
        koulutusmaksu\w* aktivointimaksu\w* jäsenmaksu\w* takuumaksu\w* aloituspaket\w*""",
    costs=r"koulutu\w* kurssi\w*",
    ids=r"""henkilötunnu\w* hetu\w* tilinumero\w* pankkitili\w* pankkitunnu\w* pankkitie\w*
        kortin\s+numero\w* luottokortin\s+numero\w* korttitie\w* passikopio\w* kopio\s+passista
        kopio\s+henkilökortista""",
    id_words=r"henkilökortti\w* passi\w*",
    pay=r"maksaa maksat maksa maksettava siirtää siirrä ostaa osta",
    # the passive after its fee: "aloituspaketti ... maksetaan ennen ensimmäistä tehtävää"
    after_pay=r"maksetaan\s+(?:ennen|etukäteen) on\s+maksettava tulee\s+maksaa",
    charge=r"perimme",
    pay_for=r"maksaa maksat maksa ostaa osta",
    transfer=r"siirtää siirrä",
    send=r"lähetä lähettää lähetät ilmoita liitä lataa täytä toimita",
    ask=r"tarvitsemme pyydämme",
    contact=r"ota\s+yhteyttä kirjoita lisää haastattelu\w*",
    via=r"kautta",
    negation=r"emme älä koskaan ilman maksuton\w* ilmai\w* huijau\w* huijaus\w*",
    applicant=r"sinun sinä sinulla hakija\w* täytyy",
    we=r"meidän yritys yrityksemme työnantaja",
    third=r"asiakkaat asiakkaamme käyttäjät",
    your=r"sinun",
    paid_by_others=r"maksamme korvaamme (?:yritys|työnantaja)\s+maksaa",
    after_hire=r"työsuhteen\s+alka\w* palkanmaksua\s+varten",
    # not "etätyö" (remote work) nor "kotityöt" (housework: cleaning jobs)
    home_pitch=r"""työskentele\w*\s+kotoa\w* työskennel\w*\s+kotoa\w*
        ansaitse\w*\s+(?:rahaa\s+)?kotoa\w* töitä\s+kotoa\w* sohvalta\s+käsin""",
    option=r"voit voi mahdollisuu\w* päivä\w* tuki\w* hybridi\w* tai ja osittain",
    hype=r"""ansaitse\w*\s+(?:jopa|yli|vähintään) taattu\w*\s+(?:tulo\w*|palkka\w*|ansio\w*)
        helppo\w*\s+raha\w* nopea\w*\s+raha\w* lisätulo\w* oma\w*\s+pomo\w*
        taloudellinen\s+vapaus""",
    pressure=r"""kiireellinen kiireellisesti rajoitettu\s+määrä\s+paikkoja
        vain\s+muutama\s+paikka aloita\s+(?:jo\s+)?tänään""",
    novice=r"""kokemusta\s+ei\s+(?:tarvita|vaadita) ilman\s+(?:aiempaa\s+)?kokemusta""",
    company=r"yrityksemme",
    interview=r"haastattelu\w*",
    # a case ending, no preposition: "tekstiviestillä", "WhatsAppissa", "chatissa"
    by_text=r"tekstiviesti\w* pikaviesti\w* chat-viesti\w* whatsapp\w* telegram\w*",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""rekisteröinti\w* liittymis\w* aloitus\w* käsittely\w* koulutus\w* aktivointi\w*
        jäsen\w* takuu\w*""",
)

# Japanese writes no spaces, so its words match anywhere in a sentence (`_text`'s joined
# tables); its verb comes last ("登録料をお支払いください"), in a polite form that asks
# ("ください", "いただきます", "が必要"), where the employer's own payment is humble
# ("お支払いいたします"). "LINE" is the chat app only with a particle after it
# ("LINEで友だち追加"): not LINEヤフー, nor the LINE公式アカウント a marketer runs.
JAPANESE = Language(
    joined=True,
    fees=r"""登録料 登録費 登録手数料 保証金 初期費用 入会金 研修費 教材費 加盟金 参加費
        事務手数料 受講料 講習費 デポジット
        usdt(?:での|で|の|を)?(?:チャージ|入金) 暗号資産(?:での|で|の|を)?(?:チャージ|入金)
        仮想通貨(?:での|で|の|を)?(?:チャージ|入金)""",
    sums=r"\d[\d,]*+\s?万?円 ¥\s?\d[\d,]* ￥\s?\d[\d,]*",
    chats=r"line\s?(?:で|に|にて|から|へ|id|@) ライン(?:で|にて|から|id) テレグラム",
    after_pay=r"""(?:お|ご)?(?:支払|振り?込|入金|送金|チャージ|納付|納入|購入)(?:い|み)?(?:を|の)?(?:ください|下さい|いただ|頂|(?:する|して)?(?:いただく)?必要|お願い|願います|が必要)
        が必要 かかります""",
    after_contact=r"""(?:友だち|友達|ともだち)?追加 ご?連絡 お?問い?合わせ メッセージ 応募 やり取り
        やりとり 面接 ご?案内 登録 トーク 相談 お送り 送って""",
    negation=r"不要 無料 一切 ません 必要ない 必要はない いらない かからない 詐欺 なし 無し",
    we=r"当社 弊社",
    paid_by_others=r"会社負担 当社負担 弊社負担 全額負担 会社が負担 当社が負担",
    after_hire=r"採用後 入社後 内定後",
    # what a fee stated with its sum buys to get in (scam_requests._stated): the fee
    # words' heads, as a joined word ends at its kanji (not 参加費, an event's)
    joining=r"登録 入会 研修 保証金 初期費用 教材 加盟 事務手数料 受講",
    # the pitch of a side job by phone or from home: "スマホ1台で", "在宅で月30万円"
    home_pitch=r"""スマホ(?:1台|一台|だけ|ひとつ)で スマホで(?:簡単|稼|1日|一日|月|できる|完結)
        在宅で(?:月|1日|一日|日給|簡単|稼) スキマ時間で稼""",
    hype=r"""誰でも簡単に稼 簡単に稼げ 確実に稼げ 万円稼げ 万円以上稼げ 収入保証
        日給\d[\d,]*万?円保証""",
    pressure=r"今すぐ(?:登録|応募|追加|友だち) 残りわずか",
    # "未経験OK" and "未経験歓迎" are how honest Japanese employers hire juniors: a soft
    # signal only beside pay far above entry level (legitimacy's "no_experience_high_pay")
    novice=r"""未経験(?:ok|可|歓迎|者歓迎|者ok|でも|の方も|からでも)(?!では|じゃ) 経験不問""",
)

# Korean: a fee before work (교육비, 수수료, 가입비 "선입금"), the chat apps scams route to
# (카카오톡 오픈채팅, 텔레그램) and the verb after them; Hangul is read as joined text
# (`_text`), so "교육비를", "카톡으로" hold their words
KOREAN = Language(
    joined=True,
    fees=r"""교육비 교재비 가입비 등록비 등록\s*수수료 수수료 보증금 입회비 선입금 초기\s*비용
        예치금""",
    sums=r"\d[\d,]*+\s?만?\s?원 ₩\s?\d[\d,]*",
    ids=r"""신분증\s*사본 통장\s*사본 주민등록번호 주민번호 계좌\s*번호 통장\s*비밀번호
        체크카드""",
    chats=r"카카오톡 카톡 오픈채팅 오픈\s*카톡 텔레그램",
    after_pay=r"""(?:선)?입금 납부 결제 지불 송금 내(?:시|셔|야|주) 필수""",
    after_send=r"보내 제출 전송",
    after_contact=r"연락 문의 상담 추가 지원 보내",
    negation=r"없 않 무료 일절 안\s*받 사기",
    we=r"당사 저희",
    paid_by_others=r"회사\s*부담 당사\s*부담 전액\s*지원 회사가\s*부담",
    after_hire=r"채용\s*후 입사\s*후 계약\s*후 합격\s*후",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"교육비 교재비 가입비 등록 입회비 보증금 예치금 초기\s*비용 선입금",
    # the pitch of a side job from home: "재택 부업", "집에서 간단한"
    home_pitch=r"재택\s*(?:부업|알바) 집에서\s*(?:간단|부업|하루|월|쉽게)",
    hype=r"""고수익\s*보장 수익\s*보장 월\s*천만원 누구나\s*(?:가능|쉽게) 쉽게\s*돈""",
    pressure=r"선착순 마감\s*임박",
    # "신입 가능" is how honest Korean employers hire juniors: soft beside high pay only
    novice=r"경력\s*무관 초보\s*가능 경험\s*무관",
)

# Ukrainian and Russian: a fee is a contribution, deposit or pledge asked before work
# ("страховий внесок", "залог"), or a payment "for" a way in ("оплата за навчання"); a
# prepayment "for the work" is a client paying a freelancer ("предоплата 5 000 ₸ за доступ"
# is a way in, with its sum between). A chat app is a veto only
# as the sole route ("пишіть тільки в Telegram"): recruiters there write in Telegram.
# Words the two share (chat apps, amounts) are written once, in RUSSIAN.
_UK_WAYS_IN = (
    r"(?:навчання|оформлення|реєстрацію|обладнання|матеріали|документи|доступ|курс\w*"
    r"|стажування|пакет\w*|працевлаштування)"
)
# a contribution that is a fee ("страховий внесок"), not "ваш внесок у продукт"
_UK_DUES = " ".join(
    rf"{kind}\w*\s+внес(?:ок|ку|ки|ків)"
    for kind in ["страхов", "реєстраційн", "вступн", "гарантійн", "членськ", "грошов"]
)
UKRAINIAN = Language(
    fees=rf"""{_UK_DUES}
        депозит(?:у|ом|и|ів|ами)? застав[аиуі]
        передоплат\w*\s+за\s+(?!роботу|проєкт|проект|замовлення|послуг)\w+
        оплат[аиуі]\s+за\s+{_UK_WAYS_IN} плат[аиуі]\s+за\s+{_UK_WAYS_IN}
        комісі[яюї]\s+за\s+{_UK_WAYS_IN}""",
    sums=r"\d[\d,.]*+\s?(?:грн|гривень|гривні|гривню|₴|доларів|долари) ₴\s?\d[\d,.]*",
    costs=r"навчання курс(?:и|ів)? стажування реєстрацію реєстрація оформлення",
    pay=r"""сплатити сплатіть оплатити оплатіть заплатити заплатіть внести внесіть
        перерахувати перерахуйте переказати перекажіть поповнити поповніть купити купіть
        придбати придбайте залишити залиште""",
    charge=r"необхідна потрібна обов['’ʼ]язкова беремо стягуємо стягується",
    pay_for=r"сплатити сплатіть оплатити оплатіть заплатити заплатіть платите оплачуєте",
    transfer=r"""внести внесіть перерахувати перерахуйте переказати перекажіть надіслати
        надішліть поповнити поповніть""",
    contact=r"(?:пишіть|напишіть|пиши|звертайтеся|зв['’ʼ]язок|відповідаємо|спілкування)\s+"
    r"(?:тільки|лише|виключно)",
    via=r"в у через на",
    after_pay=r"""(?:потрібно|необхідно|треба|слід|маєте|повинні)\s+(?:сплатити|оплатити|внести|заплатити|перерахувати|поповнити)
        (?:перед|до)\s+початком(?:\s+роботи|\s+навчання|\s+співпраці)?
        обов['’ʼ]язкова обов['’ʼ]язково заздалегідь наперед""",
    negation=r"не ні ніколи жодн\w* без безкоштовн\w* безоплатн\w* шахра\w* обман\w*",
    applicant=r"ви вам вас кандидат\w* претендент\w* здобувач\w* потрібно необхідно треба",
    we=r"ми нас наш\w* компанія роботодавець",
    third=r"клієнт\w* користувач\w* вони їх їхні партнер\w*",
    you=r"вам тобі",
    your=r"ваш\w* свій свої своє свою твій",
    paid_by_others=r"""(?:оплачує|покриває|компенсує)\s+(?:компанія|роботодавець)
        (?:за\s+)?рахунок\s+(?:компанії|роботодавця) компенсуємо покриваємо оплачуємо""",
    after_hire=r"після\s+(?:працевлаштування|прийому|підписання)",
    home_pitch=r"""робота\s+вдома роботу\s+вдома робота\s+з\s+дому заробіток\s+з\s+телефону
        заробляй\w*\s+(?:вдома|з\s+телефону)""",
    option=r"можливість можливо або чи дні день гібрид\w*",
    employed=r"офіційн\w+\s+працевлаштуван\w* офіційн\w+\s+оформлен\w*",
    hype=r"""заробіток\s+від\s+\d[\d\s,.]*(?:\$|грн|usdt|usd|доларів|гривень)?\s*(?:на|в|за)\s+(?:день|тиждень|добу)
        дохід\s+від\s+\d[\d\s,.]*(?:\$|грн|usdt|usd|доларів|гривень)?\s*(?:на|в|за)\s+(?:день|тиждень|добу)
        заробляй\w*\s+(?:від|до) гарантован\w*\s+(?:дохід|заробіт\w*|виплат\w*)
        легк\w*\s+(?:заробіт\w*|гроші) швидк\w*\s+гроші пасивн\w*\s+дохід""",
    pressure=r"кількість\s+місць\s+обмежена встигни\w* поспішай\w*",
    novice=r"без\s+досвіду досвід\s+не\s+(?:потрібен|обов['’ʼ]язковий)",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    joining=r"""реєстрац\w* навчан\w* вступн\w* активац\w* стартов\w*""",
)

_RU_WAYS_IN = (
    r"(?:обучение|оформление|регистрацию|оборудование|материалы|документы|доступ|курс\w*"
    r"|стажировку|пакет\w*|трудоустройство)"
)
_RU_MONEY = r"(?:\$|руб\w*\.?|₽|usdt|usd|долларов|тенге|тг\.?|₸)"  # Russia's, Kazakhstan's
_RU_DUES = " ".join(
    rf"{kind}\w*\s+взнос\w*"
    for kind in ["страхов", "регистрационн", "вступительн", "гарантийн", "членск", "денежн"]
)
RUSSIAN = Language(
    fees=rf"""{_RU_DUES}
        взнос(?:а|ы|ов)? депозит(?:а|у|ом|ы|ов|ами)? залог(?:а|у|ом)?
        предоплат\w*(?:\s+[\d\s,.]+[^\s\d]{{0,5}})?\s+за\s+(?!работу|проект|заказ|услуг)\w+
        оплат[аыуе]\s+за\s+{_RU_WAYS_IN} плат[аыуе]\s+за\s+{_RU_WAYS_IN}
        комисси[яюи]\s+за\s+{_RU_WAYS_IN}""",
    sums=r"""\d[\d,.]*+\s?(?:руб(?:лей|ля|\.)?|₽|долларов|доллара|тенге|тг|₸) [₽₸]\s?\d[\d,.]*""",
    costs=r"обучение курсы? стажировку регистрацию регистрация оформление",
    chats=r"телеграм\w* вайбер\w* вотсап\w* ватсап\w* вацап\w*",
    pay=r"""оплатить оплатите заплатить заплатите внести внесите перевести переведите
        перечислите пополнить пополните купить купите приобрести приобретите оставить
        оставьте""",
    charge=r"""необходима нужна обязательна берём берем взимаем взимается
        требуется(?=\s+(?:предоплат|оплат|залог|взнос|депозит))""",
    pay_for=r"оплатить оплатите заплатить заплатите платите оплачиваете",
    transfer=r"""внести внесите перевести переведите перечислить перечислите отправить
        отправьте пополнить пополните""",
    contact=r"(?:пишите|напишите|пиши|обращайтесь|связь|общение|отвечаем)\s+"
    r"(?:только|лишь|исключительно)",
    via=r"в через на",
    after_pay=r"""(?:нужно|необходимо|надо|следует|должны)\s+(?:оплатить|внести|заплатить|перевести|перечислить|пополнить|оставить)
        (?:перед|до)\s+началом(?:\s+работы|\s+обучения|\s+сотрудничества)?
        обязательна обязательно заранее""",
    negation=r"не нет никогда никаких ни без бесплатн\w* мошен\w* обман\w*",
    applicant=r"вы вам вас кандидат\w* соискател\w* претендент\w* нужно необходимо надо должны",
    we=r"мы нас наш\w* компания работодатель",
    third=r"клиент\w* пользовател\w* они их партн[её]р\w*",
    you=r"вам тебе",
    your=r"ваш\w* свой свои своё свою твой",
    paid_by_others=r"""(?:оплачивает|покрывает|компенсирует)\s+(?:компания|работодатель)
        за\s+сч[её]т\s+(?:компании|работодателя) компенсируем оплачиваем покрываем""",
    after_hire=r"после\s+(?:трудоустройства|оформления|подписания|при[её]ма)",
    home_pitch=r"""работа\s+на\s+дому работу\s+на\s+дому работа\s+из\s+дома
        заработок\s+(?:с|со)\s+телефона зарабатывай\w*\s+(?:дома|на\s+дому|с\s+телефона)""",
    option=r"возможность возможна или либо дни день гибрид\w*",
    employed=r"официальн\w+\s+трудоустройств\w* официальн\w+\s+оформлени\w*",
    hype=rf"""заработок\s+от\s+\d[\d\s,.]*{_RU_MONEY}?\s*(?:в|на|за)\s+(?:день|неделю|сутки)
        доход\s+от\s+\d[\d\s,.]*{_RU_MONEY}?\s*(?:в|на|за)\s+(?:день|неделю|сутки)
        зарабатывай\w*\s+(?:от|до) гарантированн\w*\s+(?:доход|заработ\w*|выплат\w*)
        легк\w*\s+(?:заработ\w*|деньги) лёгк\w*\s+(?:заработ\w*|деньги) быстр\w*\s+деньги
        пассивн\w*\s+доход""",
    pressure=r"количество\s+мест\s+ограничено успей\w* торопи\w*",
    novice=r"без\s+опыта опыт\s+не\s+(?:нужен|требуется|обязателен)",
    # what a fee stated with its sum buys to get in (scam_requests._stated)
    # the materials or the access a guarantee fee buys ("взнос ... для получения материалов",
    # "депозит ... для открытия доступа"), as English "starter kit", "to unlock access"
    joining=r"""регистрац\w* обучени\w* вступительн\w* активаци\w* стартов\w* материал\w*
        доступ\w*""",
)

# Turkish puts the verb last: a way in's fee ("eğitim ücreti", "kayıt ücreti", "hesap
# açılış ücreti", "depozito") is asked after it ("750 TL eğitim ücreti alınmaktadır",
# "50 USD yatırmanız gerekmektedir") or stated with its sum alone ("Kayıt ücreti 300
# TL"); a chat app is a veto as the only route ("Mülakat sadece WhatsApp üzerinden
# yapılacaktır", "Başvuru için sadece WhatsApp"); "evden para kazan" (earn money from
# home) is a task scam's pitch. Lower-cased text keeps "ı" where the post wrote it and
# turns "I" into "i": both are read.
_TR_I = "[ıi]"
TURKISH = Language(
    fees=r"""eğitim\s+[üu]creti egitim\s+[üu]creti kay<I>t\s+[üu]creti başvuru\s+[üu]creti
        basvuru\s+[üu]creti
        üyelik\s+[üu]creti uyelik\s+[üu]creti hesap\s+a[çc]<I>l<I>[şs]\s+[üu]creti
        aktivasyon\s+[üu]creti dosya\s+(?:masraf<I>|[üu]creti) depozito giriş\s+[üu]creti
        giris\s+[üu]creti başlang<I>[çc]\s+[üu]creti baslang<I>[çc]\s+[üu]creti""".replace(
        "<I>", _TR_I
    ),
    # a sum led by its sign only: a pattern led by a digit would be tried at every digit
    sums=r"₺\s?\d[\d,.]*",
    transfer=r"yat<I>r<I>n yat<I>r<I>n<I>z g[öo]nderin".replace("<I>", _TR_I),
    pay_for=r"[öo]deyin [öo]demeniz",
    contact=r"""(?:ba[şs]vuru\w*|m[üu]lakat\w*|g[öo]r[üu][şs]me\w*|ileti[şs]im)\s+(?:i[çc]in\s+)?
        (?:sadece|yaln[ıi]zca)""".replace("\n        ", ""),
    via=r"sadece yaln[ıi]zca",
    after_pay=r"""al<I>nmaktad<I>r al<I>n<I>r al<I>nacakt<I>r yat<I>rman<I>z\w* yat<I>r<I>lmal<I>
        [öo]demeniz\w* [öo]denmelidir talep\s+edilmektedir""".replace("<I>", _TR_I),
    after_contact=r"""[üu]zerinden\s+(?:yap<I>l\w*|g[öo]r[üu][şs]\w*|ileti[şs]\w*|ba[şs]vur\w*
        |yaz\w*|ula[şs]\w*) yaz<I>n\w* ula[şs]<I>n\w*""".replace("<I>", _TR_I).replace(
        "\n        |", "|"
    ),
    negation=r"""de[ğg]il yok hi[çc]bir [üu]cretsiz almıyoruz almiyoruz istemiyoruz
        etmiyoruz dolandır\w* dolandir\w*""",
    applicant=r"aday\w* siz sizden",
    we=r"biz firmam[ıi]z [şs]irketimiz taraf[ıi]m[ıi]zdan",
    paid_by_others=r"""(?:firma|[şs]irket|i[şs]veren)\s+taraf[ıi]ndan\s+kar[şs][ıi]lan\w*
        taraf[ıi]m[ıi]zdan\s+kar[şs][ıi]lan\w*""",
    after_hire=r"i[şs]e\s+ba[şs]lad[ıi]ktan\s+sonra",
    # a way in's fee stated with its sum and no verb
    applies=r"\d[\d,.]*\s?(?:tl|₺)(?!\w)",
    joining=r"e[ğg]itim kay[ıi]t ba[şs]vuru üyelik uyelik hesap aktivasyon dosya giri[şs]",
    home_pitch=r"""evden\s+para\s+kazan\w* evden\s+[çc]al[ıi][şs]arak\s+(?:para|g[üu]nl[üu]k|ayda)
        evde\s+para\s+kazan\w* telefondan\s+para\s+kazan\w*""",
    option=r"imkan\w* olanağ\w* olanag\w* gün gun hibrit\w* veya",
    hype=r"""garantili\s+(?:kazan[çc]|gelir|i[şs]) garantili\s+iş iş\s+garanti\w* kolay\s+para
        günlük\s+\d[\d.,]*\s*(?:tl|₺)\s+kazan\w* gunluk\s+\d[\d.,]*\s*(?:tl|₺)\s+kazan\w*
        ayda\s+\d[\d.,]*\s*(?:tl|₺)\s+kazan\w* pasif\s+gelir""",
    pressure=r"sınırlı\s+kontenjan sinirli\s+kontenjan acele\s+edin hemen\s+ba[şs]la\w*",
    novice=r"""deneyim\s+gerekmez tecrübe\s+gerekmez tecrube\s+gerekmez
        deneyim\s+[şs]art[ıi]\s+yok tecrübe\s+[şs]art[ıi]\s+yok tecrube\s+[şs]art[ıi]\s+yok
        deneyimsiz\s+adaylar""",
)

# Arabic, as Egyptian and Gulf posts write it: a way in's fee ("رسوم تسجيل", "رسوم
# تدريب", "رسوم استخراج التأشيرة": sign-up, training and visa fees) asked before the
# sum ("يجب دفع رسوم التسجيل") or stated with its sum and a passive after it ("رسوم
# تسجيل 150 جنيه تدفع مقدمًا": paid in advance); a chat app as the only route ("للتقديم
# تواصل واتساب فقط"); "اربح من البيت" (earn from home) is a task scam's pitch. Digits
# are Western here (`_text.western_digits`)
ARABIC = Language(
    fees=r"""رسوم\s+(?:ال)?(?:تسجيل|تدريب|اشتراك|تفعيل|انضمام|حجز|ملف|كورس|دورة|تأشيرة|تاشيرة)
        رسوم\s+(?:استخراج|إصدار|اصدار)\s+(?:ال)?(?:تأشيرة|تاشيرة|فيزا|إقامة|اقامة)
        رسوم\s+(?:إدارية|ادارية|فتح\s+ملف|المقابلة) مبلغ\s+تأمين مبلغ\s+تامين تأمين\s+مسترد""",
    chats=r"واتساب واتس\s?اب الواتساب الواتس واتس تيليجرام تليجرام تلغرام التليجرام",
    pay=r"ادفع ادفعي دفع بدفع سداد بسداد",
    charge=r"مطلوب يتطلب نطلب يوجد توجد هناك",
    transfer=r"حول حولي تحويل بتحويل",
    contact=r"""للتقديم التقديم للتواصل التواصل تواصل راسلنا كلمنا ابعت ابعتلنا للاستفسار
        (?:المقابلة|المقابلات|الإنترفيو|الانترفيو)(?:\s+(?:تكون|هتكون|ستكون|يتم))?""",
    via=r"عبر على علي من\s+خلال فقط بس تواصل راسلنا كلمنا",
    after_pay=r"""تدفع\s+(?:مقدم\w*|قبل) تُدفع\s+(?:مقدم\w*|قبل) يتم\s+(?:دفعها|سدادها)
        يجب\s+(?:دفعها|سدادها) تسدد\s+(?:مقدم\w*|قبل) مقدم\w*\s+قبل""",
    negation=r"""لا لن ليس ليست بدون دون مجاني\w* مجانا مجانًا احذر نصب احتيال""",
    applicant=r"المتقدم\w* أنت انت عليك",
    we=r"نحن الشركة شركتنا",
    paid_by_others=r"""على\s+حساب\s+(?:الشركة|صاحب\s+العمل)
        (?:تتحملها|تتحمل|تتكفل)\s+(?:بها\s+)?الشركة""",
    after_hire=r"بعد\s+(?:التعيين|التوظيف|القبول|توقيع\s+العقد)",
    # a way in's fee stated with its sum and no verb
    applies=r"\d[\d,.]*\s?(?:جنيه\w*|ج\.م|دولار\w*|درهم|ريال)",
    joining=r"تسجيل التسجيل تدريب التدريب اشتراك الاشتراك تفعيل التفعيل تأشيرة التأشيرة انضمام",
    home_pitch=r"""اربح\s+من\s+(?:البيت|المنزل|الموبايل|الإنترنت|الانترنت)
        اربحي\s+من\s+(?:البيت|المنزل|الموبايل) الربح\s+من\s+(?:البيت|المنزل|الإنترنت|الانترنت)""",
    option=r"إمكانية امكانية يمكن أيام ايام يومين",
    hype=r"""دخل\s+مضمون ربح\s+مضمون أرباح\s+مضمونة ارباح\s+مضمونة وظيفة\s+مضمونة
        التأشيرة\s+مضمونة تأشيرة\s+مضمونة التاشيرة\s+مضمونة ربح\s+يومي دخل\s+يومي""",
    pressure=r"الأماكن\s+محدودة الاماكن\s+محدودة عدد\s+محدود سارع\w*",
    novice=r"""لا\s+(?:يشترط|تشترط|يتطلب|نشترط)\s+(?:ال)?خبرة بدون\s+(?:أي\s+|اي\s+)?خبرة
        دون\s+خبرة""",
)

# Vietnamese, with its marks and typed without them: a way in's fee ("phí đào tạo", "phí
# hồ sơ", "tiền đặt cọc": training, file and deposit money) paid by the applicant ("đóng",
# "nộp", "chuyển khoản") or stated with its sum ("Đặt cọc 30 triệu"); the task scam's top-up
# ("nạp tiền làm nhiệm vụ") and "việc nhẹ lương cao" (light work, high pay) its pitch; Zalo
# and Telegram as the only route ("Liên hệ Zalo", "liên hệ qua Telegram")
VIETNAMESE = Language(
    fees=r"""phí\s+(?:đào\s+tạo|đăng\s+ký|đăng\s+kí|hồ\s+sơ|giữ\s+chỗ|kích\s+hoạt|tham\s+gia
        |xuất\s+cảnh|môi\s+giới|đồng\s+phục|thẻ) phi\s+(?:dao\s+tao|dang\s+ky|ho\s+so|giu\s+cho
        |kich\s+hoat|tham\s+gia) tiền\s+(?:đặt\s+)?cọc tien\s+(?:dat\s+)?coc đặt\s+cọc dat\s+coc
        ký\s+quỹ ky\s+quy nạp\s+tiền nap\s+tien""".replace("\n        |", "|"),
    pay=r"đóng nộp trả thanh\s+toán chuyển\s+khoản chuyen\s+khoan",
    charge=r"yêu\s+cầu cần phải yeu\s+cau",
    transfer=r"chuyển\s+khoản chuyển\s+tiền chuyen\s+khoan chuyen\s+tien",
    contact=r"""liên\s+hệ liên\s+lạc nhắn\s+tin nhắn lien\s+he nhan\s+tin
        kết\s+bạn ket\s+ban""",
    via=r"qua trên bằng qua\s+số chỉ\s+qua duy\s+nhất\s+qua",
    after_pay=r"""trước\s+khi\s+(?:nhận\s+việc|đi\s+làm|làm\s+việc|bắt\s+đầu|xuất\s+cảnh)
        truoc\s+khi\s+(?:nhan\s+viec|di\s+lam|lam\s+viec|bat\s+dau) để\s+giữ\s+chỗ
        de\s+giu\s+cho làm\s+(?:đơn|nhiệm\s+vụ) lam\s+(?:don|nhiem\s+vu)""",
    negation=r"""không khong chưa miễn\s+phí mien\s+phi tuyệt\s+đối\s+không lừa\s+đảo lua\s+dao""",
    applicant=r"ứng\s+viên ung\s+vien bạn",
    we=r"chúng\s+tôi công\s+ty chung\s+toi cong\s+ty",
    paid_by_others=r"""công\s+ty\s+(?:chi\s+trả|tài\s+trợ|hỗ\s+trợ|chịu)
        cong\s+ty\s+(?:chi\s+tra|tai\s+tro|ho\s+tro)""",
    after_hire=r"sau\s+khi\s+(?:ký\s+hợp\s+đồng|nhận\s+việc|được\s+tuyển)",
    # a way in's fee stated with its sum and no verb
    applies=r"\d[\d,.]*\s?(?:đ|vnđ|vnd|triệu|tr)(?!\w)",
    joining=r"đào\s+tạo đăng\s+ký hồ\s+sơ giữ\s+chỗ kích\s+hoạt tham\s+gia cọc",
    home_pitch=r"""kiếm\s+tiền\s+(?:online|tại\s+nhà|trên\s+điện\s+thoại)
        kiem\s+tien\s+(?:online|tai\s+nha) làm\s+nhiệm\s+vụ lam\s+nhiem\s+vu
        làm\s+tại\s+nhà\s+(?:mỗi\s+ngày|thu\s+nhập)""",
    option=r"có\s+thể được hybrid ngày",
    hype=r"""việc\s+nhẹ\s+lương\s+cao viec\s+nhe\s+luong\s+cao thu\s+nhập\s+khủng
        hoàn\s+vốn hoan\s+von hoa\s+hồng\s+\d hoa\s+hong\s+\d hoàn\s+tiền\s+\+""",
    pressure=r"số\s+lượng\s+có\s+hạn so\s+luong\s+co\s+han nhanh\s+tay",
    novice=r"""không\s+cần\s+kinh\s+nghiệm khong\s+can\s+kinh\s+nghiem
        không\s+yêu\s+cầu\s+kinh\s+nghiệm chỉ\s+cần\s+có\s+điện\s+thoại""",
)

# Romanian, with its comma-below and cedilla letters (ș ş, ț ţ) and without any ("taxa de
# inscriere"): "se achită o taxă de înscriere", "contact doar pe WhatsApp"
_RO_S, _RO_T, _RO_A, _RO_I = "[șşs]", "[țţt]", "[ăa]", "[îâia]"
ROMANIAN = Language(
    fees=rf"""tax{_RO_A}\s+de\s+(?:{_RO_I}nscriere|{_RO_I}nregistrare|participare|activare|dosar)
        tax{_RO_A}\s+de\s+(?:procesare|recrutare|plasare)
        comision\s+de\s+(?:{_RO_I}nscriere|recrutare|plasare|angajare)
        garan{_RO_T}ie\s+(?:de\s+)?(?:returnabil{_RO_A}|ini{_RO_T}ial{_RO_A})""",
    payments=rf"plat{_RO_A}{_DOMAIN} abonament\s+(?:premium|vip|pl{_RO_A}tit)",
    costs=r"curs\w* materiale\w* kit certificare instruire",
    ids=rf"""cnp cod\s+numeric\s+personal datele\s+cardului num{_RO_A}rul\s+cardului
        copie\s+(?:dup{_RO_A}\s+|a\s+)?(?:buletin\w*|c{_RO_A}r{_RO_T}ii\s+de\s+identitate)""",
    pay=rf"""pl{_RO_A}te{_RO_S}ti pl{_RO_A}ti{_RO_T}i pl{_RO_A}teasc{_RO_A} pl{_RO_A}ti
        achit{_RO_A} achi{_RO_T}i achita{_RO_T}i achita depui depune{_RO_T}i""",
    charge=rf"percepem solicit{_RO_A}m cerem (?:este|e)\s+(?:necesar{_RO_A}?|obligatori[ue])",
    pay_for=rf"""pl{_RO_A}ti{_RO_T}?i?(?:\s+pentru)? achi{_RO_T}i achita{_RO_T}i
        cump{_RO_A}r{_RO_A} cump{_RO_A}ra{_RO_T}?i?""",
    transfer=rf"transfera{_RO_T}?i? vira{_RO_T}?i? depune{_RO_T}?i?",
    pay_sum=rf"pl{_RO_A}ti{_RO_T}i achita{_RO_T}i achi{_RO_T}i pl{_RO_A}te{_RO_S}ti",
    joining=rf"{_RO_I}nscriere {_RO_I}nregistrare activare materiale curs\w* dosar plecare",
    send=rf"trimite\w* furnizeaz{_RO_A} furniza{_RO_T}i ata{_RO_S}a{_RO_T}i",
    ask=rf"solicit{_RO_A}m avem\s+nevoie\s+de cerem",
    contact=rf"""contact\w* scrie\w* sun{_RO_A}\w* suna{_RO_T}i interviu\w*(?:\s+are\s+loc)?
        aplic{_RO_A}\w* aplica{_RO_T}i""",
    fetch=rf"descarc{_RO_A}\w* instaleaz{_RO_A}\w* instala{_RO_T}i",
    via=r"pe prin",
    after_pay=rf"""(?:este|e|sunt)\s+obligatori[ue] pl{_RO_A}tibil{_RO_A} se\s+achit{_RO_A}
        se\s+pl{_RO_A}te{_RO_S}te""",
    negation=rf"""nu niciun{_RO_A}? nicio f{_RO_A}r{_RO_A} gratuit\w* gratis {_RO_T}eap{_RO_A}
        aten{_RO_T}ie niciodat{_RO_A}""",
    applicant=rf"tu voi trebuie\s+s{_RO_A} (?:este|e)\s+necesar candida{_RO_T}\w*",
    we=rf"""noi nostr\w* compania firma pl{_RO_A}tim suport{_RO_A}m acoperim asigur{_RO_A}m
        ramburs{_RO_A}m""",
    third=r"clien\w* utilizator\w*",
    your=rf"t{_RO_A}u ta t{_RO_A}i tale vostr\w*",
    of=r"de din",
    paid_by_others=rf"""(?:este|e|sunt)\s+suportat\w*\s+de\s+(?:noi|companie|firm{_RO_A}|angajator)
        pe\s+cheltuiala\s+(?:noastr{_RO_A}|companiei|firmei|angajatorului)
        (?:pl{_RO_A}tim|suport{_RO_A}m|acoperim|ramburs{_RO_A}m)""",
    after_hire=rf"dup{_RO_A}\s+angajare dup{_RO_A}\s+semnarea\s+contractului",
    # soft evidence: each pattern led by a literal of three letters, in each spelling
    home_pitch=r"""câștig\w*\s+de\s+acas[ăa] câştig\w*\s+de\s+acas[ăa] castig\w*\s+de\s+acasa
        lucrezi\s+de\s+acas[ăa] munc[ăa]\s+de\s+acas[ăa]""",
    option=rf"po{_RO_T}i posibilitate\w* op{_RO_T}iune zile zi beneficii",
    hype=r"""câștig\s+garantat câştig\s+garantat castig\s+garantat
        venit\s+(?:garantat|suplimentar|pasiv) bani\s+u[șşs]or[ia]
        câștigi\s+până\s+la câştigi\s+până\s+la castigi\s+pana\s+la""",
    pressure=r"""urgent locuri\s+limitate plecare\s+imediat[ăa] angajare\s+imediat[ăa]
        începi\s+azi incepi\s+azi""",
    novice=r"""fără\s+experien[țţ][ăa] fara\s+experienta nu\s+necesit[ăa]\s+experien[țţt][ăa]""",
    interview=r"interviu\w*",
)

# Serbian, Croatian and Bosnian, in Latin letters with their marks or without and in
# Cyrillic: a way in's fee ("kotizacija", "članarina", "upisnina") to pay first ("potrebno
# je uplatiti kotizaciju od 2.500 dinara"), a chat app as the only route ("kontakt samo
# preko Vibera"); "zarada od kuće" (earnings from home) is a task scam's pitch. Not
# "naknada" (a fee, and as often the pay: "naknada 1.200 EUR mesečno")
SERBIAN = Language(
    fees=r"""kotizacij\w* [čc]lanarin\w* upisnin\w* котизациј\w* чланарин\w* уписнин\w*""",
    costs=r"obuk[aeu] materijal\w* обук[аеу] материјал\w*",
    chats=r"""vibera viberu telegrama telegramu whatsappa whatsappu вајбер\w* телеграм\w*
        вацап\w*""",
    pay=r"""uplatiti uplatite uplatiš uplatis platiti platite platiš уплатити уплатите
        уплатиш платити платите""",
    charge=r"naplaćujemo naplacujemo наплаћујемо",
    pay_for=r"uplatiti uplatite platiti platite уплатити уплатите платити платите",
    transfer=r"uplatiti uplatite уплатити уплатите",
    joining=r"obuk\w* materijal\w* registracij\w* upis\w* обук\w* материјал\w* упис\w*",
    via=r"preko putem преко путем",
    negation=r"nikakv\w* nikada besplatn\w* никакв\w* никада бесплатн\w*",
    paid_by_others=r"""(?:snosi|plaća|placa|pokriva)\s+(?:firma|poslodavac|kompanija)
        (?:snosimo|plaćamo|placamo|pokrivamo)""",
    home_pitch=r"""zarada\s+od\s+ku[ćc]e zaradi\w*\s+od\s+ku[ćc]e зарада\s+од\s+куће""",
    novice=r"""bez\s+iskustva nije\s+potrebno\s+iskustvo без\s+искуства""",
)

# Czech, with its marks and without ("vstupni poplatek"), and Slovak where it differs
# ("poplatok", "zaplatiť"): "je nutné uhradit vstupní poplatek", "kontakt pouze přes WhatsApp"
CZECH = Language(
    fees=r"""poplat(?:ek|ku|kem|ky|ok)(?:\s+(?:za\s+)?(?:registrac|aktivac|školení|skoleni)\w*)?
        vstupn[íiý]\s+poplat\w* registra[čc]n[íiý]\s+poplat\w* aktiva[čc]n[íiý]\s+poplat\w*
        záloh[auy] zaloh[auy] kauc[ei]""",
    costs=r"školení skoleni kurz\w* materiál\w* startovac\w*\s+balí[čc]\w*",
    sums=r"\d[\d,.\s]*+(?:kč|kc|czk)",
    ids=r"""rodn[ée]\s+[čc][íi]slo číslo\s+(?:účtu|karty|občanského|op) cislo\s+(?:uctu|karty|op)
        kopi[ei]\s+(?:občanského\s+průkazu|op|pasu) občansk\w*\s+průkaz\w*
        údaje\s+(?:o\s+)?(?:kartě|karty|platební\s+kartě)""",
    births=r"datum\s+narozen[íi]",
    id_words=r"občansk\w* průkaz\w* rodn[ée]",
    chats=r"whatsappu whatsappem telegramu telegramem",
    pay=r"""zaplatit zaplaťte zaplatíte zaplatíš zaplatiť uhradit uhraďte uhradíte uhradiť
        složit složte zakoupit zakupte koupit kupte""",
    charge=r"vybíráme požadujeme účtujeme je\s+nutn[éýá] je\s+potřeba",
    pay_for=r"zaplatit(?:\s+za)? zaplaťte(?:\s+za)? uhradit uhraďte koupit zakoupit",
    transfer=r"převést převeďte poslat pošlete vložit vložte",
    pay_sum=r"zaplatit zaplaťte uhradit uhraďte",
    joining=r"""registrac\w* registra[čc]n\w* aktivac\w* vstupn\w* školení skoleni kurz\w*
        materiál\w* přístup\w*""",
    send=r"pošlete poslat zašlete zaslat uveďte uvést nahrajte vyplňte",
    ask=r"potřebujeme požadujeme prosíme\s+o",
    contact=r"""kontakt\w* pište napište\w* ozvěte\s+se volejte zavolejte
        pohovor\w*(?:\s+probíhá|\s+proběhne)? přidejte\s+se připojte\s+se""",
    fetch=r"stáhněte nainstalujte",
    via=r"přes pres na v ve cez",
    after_pay=r"""(?:je|jsou)\s+(?:povinn[ýáé]|nutn[ýáé]|placen[ýáé]) předem""",
    negation=r"ne nikdy žádn\w* zadn\w* zdarma bezplatn\w* nevybíráme nepožadujeme nic",
    applicant=r"ty vy uchazeč\w* musíte musíš je\s+nutné je\s+potřeba stačí",
    we=r"my nás naše\w* náš firma zaměstnavatel hradíme platíme proplácíme",
    third=r"klienti zákazníci uživatelé",
    your=r"váš vaše vašeho vaši tvůj tvoje svůj své",
    paid_by_others=r"""(?:hradí|platí|proplácí)\s+(?:firma|zaměstnavatel|společnost)
        (?:hradíme|platíme|proplácíme) (?:je|jsou)\s+hrazen\w*\s+(?:firmou|zaměstnavatelem|námi)""",
    of=r"za z",
    after_hire=r"po\s+(?:nástupu|podpisu\s+smlouvy)",
    # soft evidence: "práce z domova" alone is a remote post's plain words; the pitch
    # is the easy money beside it
    home_pitch=r"""práce\s+z\s+domova\s+snadno prace\s+z\s+domova\s+snadno pracujte\s+z\s+domova
        vydělávejte\s+z\s+domova přivýdělek\s+z\s+domova privydelek\s+z\s+domova""",
    option=r"možnost možností dny den benefit\w* nebo",
    hype=r"""snadno\s+a\s+rychle snadný\s+výdělek výdělek\s+až vydelek\s+az vydělejte\s+si
        garantovan\w*\s+(?:výdělek|příjem) pasivní\s+příjem rychlé\s+peníze snadné\s+peníze""",
    pressure=r"""omezený\s+počet\s+míst začněte\s+(?:ještě\s+)?dnes""",
    novice=r"""bez\s+(?:jakýchkoliv\s+)?zkušeností bez\s+zkusenosti zkušenosti\s+nejsou\s+nutné""",
    company=r"naše\s+(?:firma|společnost|agentura)",
    interview=r"pohovor\w*",
    by_text=r"sms\w*",
)

# Hungarian, with its marks and without: "a regisztrációs díj 5 000 Ft", "kaució, amelyet
# előre kell átutalni", "az oktatási díjat a kezdés előtt kell befizetni"; its verbs often
# follow the object ("kell befizetni"); "fizetés" (a salary) and "kifizetés" (a payout)
# are no payment asked for, so the verbs are spelled out
HUNGARIAN = Language(
    fees=r"""regisztr[áa]ci[óo]s\s+d[íi]j\w* jelentkez[ée]si\s+d[íi]j\w* bel[ée]p[ée]si\s+d[íi]j\w*
        aktiv[áa]l[áa]si\s+d[íi]j\w* oktat[áa]si\s+d[íi]j\w* k[ée]pz[ée]si\s+d[íi]j\w*
        tansz[ée]rd[íi]j\w* kauci[óo]\w* tanfolyam\s+d[íi]j\w* tanfolyamd[íi]j\w*""",
    costs=r"tanfolyam\w* k[ée]pz[ée]s\w* oktat[áa]s\w* csomag\w*",
    sums=r"\d[\d.\s]*+(?:ft|huf|forint)(?!\w)",
    ids=r"""sz[áa]mlasz[áa]m\w* bankk[áa]rty[áa]\w* szem[ée]lyi\s+igazolv[áa]ny\w*
        szem[ée]lyi\s+sz[áa]m\w* ad[óo]azonos[íi]t[óo]\w* taj\s?sz[áa]m\w*""",
    births=r"sz[üu]let[ée]si\s+(?:d[áa]tum\w*|id[őo]\w*)",
    id_words=r"szem[ée]lyi\w* igazolv[áa]ny\w*",
    chats=r"telegramon telegramra whatsappon whatsappra viberen viberre",
    pay=r"""fizess fizessen fizess[ée]k fizessetek fizetned fizetnie fizetni befizetni
        befizetned befizetnie fizesd fizesse (?:ki|be)?fizethetsz (?:ki|be)?fizetheted""",
    charge=r"k[ée]r[üu]nk sz[ée]d[üu]nk felsz[áa]m[íi]tunk",
    pay_for=r"fizess fizessen fizetni befizetni v[áa]s[áa]rold v[áa]s[áa]rolja",
    transfer=r"[áa]tutal\w* utald utalja utaljon utalni",
    pay_sum=r"fizess fizessen fizetni befizetni",
    joining=r"""regisztr[áa]ci\w* jelentkez[ée]s\w* bel[ée]p[ée]s\w* aktiv[áa]l[áa]s\w* kauci[óo]\w*
        tanfolyam\w* k[ée]pz[ée]s\w* oktat[áa]s\w* csomag\w*""",
    send=r"k[üu]ldd k[üu]ldje k[üu]ldj[ée]tek k[üu]ldeni add\s+meg adja\s+meg",
    ask=r"k[ée]rj[üu]k sz[üu]ks[ée]g[üu]nk\s+van",
    contact=r"""jelentkezz\w* jelentkezzen\w* jelentkez[ée]s [íi]rj\s+(?:nek[üu]nk|r[áa]nk)
        [íi]rjon h[íi]vj keress\s+(?:minket|meg)""",
    via=r"csak kiz[áa]r[óo]lag",
    after_pay=r"""kell\s+(?:be)?fizetni kell\s+[áa]tutalni (?:be)?fizetend[őo] fizetend[őo]
        (?:ki|be)?fizethetsz (?:ki|be)?fizetheted""",
    after_send=r"kell\s+elk[üu]ldeni",
    negation=r"nem nincs soha sosem semmilyen semmi ingyenes\w* d[íi]jmentes\w* n[ée]lk[üu]l",
    applicant=r"neked [öo]nnek jelentkez[őo]\w* kell",
    we=r"c[ée]g[üu]nk fizetj[üu]k [áa]tv[áa]llalj\w* [áa]lljuk t[ée]r[íi]tj[üu]k",
    third=r"[üu]gyfel\w* felhaszn[áa]l[óo]\w* v[áa]s[áa]rl[óo]\w*",
    paid_by_others=r"""(?:a\s+)?(?:c[ée]g|munk[áa]ltat[óo])\s+(?:fizeti|[áa]llja)
        (?:fizetj[üu]k|[áa]tv[áa]llalj\w*|[áa]lljuk|t[ée]r[íi]tj[üu]k)""",
    after_hire=r"felv[ée]tel\s+ut[áa]n szerz[őo]d[ée]sk[öo]t[ée]s\s+ut[áa]n",
    # soft evidence: "otthoni munka" alone is a remote post's plain words; the pitch is
    # the easy money beside it
    home_pitch=r"""otthoni\s+munka\s+(?:k[öo]nnyen|egyszer[űu]en|csak\s+egy\s+telefon\w*)
        keress\s+(?:p[ée]nzt\s+(?:\w+\s+)?)?otthonr[óo]l p[ée]nzkereset\s+otthonr[óo]l""",
    option=r"lehet[őo]s[ée]g\w* nap juttat[áa]s\w* vagy",
    hype=r"""garant[áa]lt\s+(?:kereset|j[öo]vedelem|[áa]ll[áa]s) k[öo]nny[űu]\s+p[ée]nz\w*
        kereset\s+ak[áa]r passz[íi]v\s+j[öo]vedelem""",
    pressure=r"korl[áa]tozott\s+sz[áa]m[úu]\s+hely\w*",
    novice=r"tapasztalat\s+n[ée]lk[üu]l nem\s+sz[üu]ks[ée]ges\s+tapasztalat",
    company=r"c[ée]g[üu]nk",
    interview=r"interj[úu]\w* [áa]ll[áa]sinterj[úu]\w*",
    by_text=r"sms\w*",
)

# Hebrew: a way in's fee ("דמי רישום", "דמי הצטרפות": registration and joining fees) or a
# first deposit ("הפקדה ראשונית") paid by the applicant ("יש לשלם", "להפקיד") or stated with
# its sum; WhatsApp and Telegram with Hebrew's "on" (ב) joined to them. A placement fee the
# employer pays ("דמי השמה") is no fee of the applicant's and is not listed
HEBREW = Language(
    fees=r"""דמי\s+(?:ה)?(?:רישום|הרשמה|הצטרפות|הפעלה|פתיחת\s+(?:תיק|חשבון)|טיפול|השתתפות)
        עמלת\s+(?:רישום|הרשמה|הצטרפות|הפעלה) הפקדה\s+(?:ראשונית|מוקדמת|התחלתית)
        תשלום\s+(?:רישום|הרשמה|הצטרפות|מראש)""",
    sums=r"""₪\s?\d[\d,.]* \d[\d,.]*\s?(?:₪|ש\"ח|ש״ח|שקל\w*)""",
    chats=r"וואטסאפ ווטסאפ בוואטסאפ בווטסאפ לוואטסאפ טלגרם בטלגרם לטלגרם",
    pay=r"לשלם שלמו תשלמו משלמים\s+מראש לבצע",  # "לבצע הפקדה ראשונית": make a deposit
    charge=r"נדרשת נדרש נדרשים חובה",
    transfer=r"להפקיד הפקידו להעביר העבירו",
    contact=r"שלחו\s+הודעה פנו כתבו צרו\s+קשר לפרטים",
    via=r"בלבד דרך",
    negation=r"לא ללא בלי אין חינם בחינם",
    applicant=r"אתם את אתה עליכם עליך המועמד\w*",
    we=r"אנחנו אנו החברה",
    paid_by_others=r"""על\s+ידי\s+(?:ה)?(?:מעסיק|חברה|לקוח) על\s+חשבון\s+(?:ה)?(?:מעסיק|חברה)
        משולמ\w*\s+על\s+ידי""",
    after_hire=r"לאחר\s+(?:הקבלה|הגיוס|חתימת\s+(?:ה)?חוזה) אחרי\s+(?:הקבלה|הגיוס)",
    applies=r"\d[\d,.]*\s?(?:₪|ש\"ח|ש״ח|שקל\w*)",
    joining=r"רישום הרשמה הצטרפות הפעלה",
    home_pitch=r"להרוויח\s+מהבית הכנסה\s+(?:נוספת\s+)?מהבית לעבוד\s+מהטלפון",
    option=r"אפשרות ימים יומיים",
    hype=r"הכנסה\s+מובטחת רווח\s+מובטח הכנסה\s+יומית תשלום\s+יומי",
    pressure=r"מקומות\s+מוגבלים מספר\s+המקומות\s+מוגבל",
    novice=r"ללא\s+ניסיון ניסיון\s+לא\s+נדרש",
    company=r"החברה\s+שלנו",
)

# Greek, with its accents and without (a post in capitals loses them: "ΚΟΣΤΟΣ ΕΓΓΡΑΦΗΣ"):
# a way in's fee ("κόστος εγγραφής", "παράβολο", "προκαταβολή") asked for ("απαιτείται",
# "πληρώνετε"), the chat app as the one route ("επικοινωνία μόνο
# μέσω WhatsApp", "στείλτε μήνυμα στο Viber"); "η εταιρεία καλύπτει" names the payer
GREEK = Language(
    fees=r"""κ[οό]στ(?:ος|ους)\s+(?:εγγραφ[ηή]ς|συμμετοχ[ηή]ς|[εέ]νταξης|ενεργοπο[ιί]ησης)
        τ[εέ]λ(?:ος|η)\s+(?:εγγραφ[ηή]ς|συμμετοχ[ηή]ς|[εέ]νταξης|ενεργοπο[ιί]ησης)
        παρ[αά]βολ(?:ο|ου|α) προκαταβολ(?:ή|η|ής|ης)""",
    costs=r"εκπαιδευτικ\w*\s+υλικ\w* σεμιν[αά]ρι\w* πακ[εέ]τ\w*\s+εκκ[ιί]νησης",
    pay=r"""πληρ[ωώ]σ(?:ετε|εις|ει) πληρ[ωώ]νετε πληρ[ωώ]νεις καταβ[αά]λ(?:ετε|εις|λετε|λεις)
        καταθ[εέ]σ(?:ετε|εις)""",
    charge=r"απαιτε[ιί]ται απαιτο[υύ]νται χρε[ωώ]νουμε ζητ[αά]με",
    pay_for=r"πληρ[ωώ]σ(?:ετε|εις)(?:\s+για)? αγορ[αά]σ(?:ετε|εις)",
    transfer=r"καταθ[εέ]σ(?:ετε|εις) μεταφ[εέ]ρ(?:ετε|εις)",
    pay_sum=r"πληρ[ωώ]σ(?:ετε|εις) καταβ[αά]λ(?:ετε|εις|λετε|λεις)",
    joining=r"""εγγραφ\w* [εέ]νταξ\w* ενεργοπο[ιί]ησ\w* υλικ\w* συμμετοχ\w*""",
    send=r"στε[ιί]λ(?:τε|ε) αποστε[ιί]λ(?:ετε|τε)",
    ask=r"χρειαζ[οό]μαστε ζητ[αά]με",
    contact=r"""επικοινων\w* στε[ιί]λ(?:τε|ε)(?:\s+(?:μας\s+)?μ[ηή]νυμα)? γρ[αά]ψ(?:τε|ε)
        καλ[εέ]στε τηλεφων[ηή]στε""",
    via=r"μ[εέ]σω μ[οό]νο στο",
    negation=r"δεν χωρ[ιί]ς καμ[ιί]α κανεν\w* ποτ[εέ] δωρε[αά]ν",
    applicant=r"εσ[υύ] εσε[ιί]ς πρ[εέ]πει\s+να υποψ[ηή]φι\w*",
    we=r"""εμε[ιί]ς εταιρε[ιί]α καλ[υύ]πτ\w* πληρ[ωώ]νουμε αναλαμβ[αά]νουμε""",
    third=r"πελ[αά]τ\w* χρ[ηή]στ\w*",
    your=r"σου σας",
    paid_by_others=r"""(?:καλ[υύ]πτ\w*|πληρ[ωώ]ν\w*)\s+(?:απ[οό]\s+)?(?:την\s+εταιρε[ιί]α|τον\s+εργοδ[οό]τη|εμ[αά]ς)
        (?:η\s+εταιρε[ιί]α\s+)?(?:καλ[υύ]πτει|πληρ[ωώ]νει|αναλαμβ[αά]νει)""",
    after_hire=r"μετ[αά]\s+την\s+(?:πρ[οό]σληψη|υπογραφ[ηή])",
    # soft evidence: "εργασία από το σπίτι" with easy money beside it
    home_pitch=r"""εργασ[ιί]α\s+απ[οό]\s+το\s+σπ[ιί]τι δουλει[αά]\s+απ[οό]\s+το\s+σπ[ιί]τι
        κέρδ\w*\s+απ[οό]\s+το\s+σπ[ιί]τι κερδ\w*\s+απ[οό]\s+το\s+σπ[ιί]τι""",
    option=r"δυνατ[οό]τητα ημέρ\w* ημερ\w* παροχ\w*",
    hype=r"""αποδοχ[εέ]ς\s+[εέ]ως εισ[οό]δημα\s+[εέ]ως κέρδη\s+[εέ]ως κερδη\s+[εέ]ως
        εγγυημ[εέ]ν\w*\s+εισ[οό]δημα ε[υύ]κολα\s+χρ[ηή]ματα""",
    pressure=r"περιορισμ[εέ]ν\w*\s+θ[εέ]σεις",
    novice=r"χωρ[ιί]ς\s+εμπειρ[ιί]α δεν\s+απαιτε[ιί]ται\s+εμπειρ[ιί]α",
    company=r"εταιρε[ιί]α\s+μας",
)

# the Traditional characters of CHINESE's words and their Simplified forms: the mainland,
# Singapore and Malaysia write the same scams in Simplified ("先交押金", "培训费", "刷单")
_SIMPLIFIED = str.maketrans(
    "保證報會費訓練續開儲職繳匯轉帳無須絕詐騙們負擔補額賺輕鬆獲穩賠領現單務達錯過經驗機員萬幣臺點讚錢結墊納資",
    "保证报会费训练续开储职缴汇转账无须绝诈骗们负担补额赚轻松获稳赔领现单务达错过经验机员万币台点赞钱结垫纳资",
)


def _twinned(words: str) -> str:
    """Traditional Chinese `words` (a field's patterns) and their Simplified twins."""
    twins = [t for w in words.split() if (t := w.translate(_SIMPLIFIED)) != w]
    return " ".join((*words.split(), *twins))


# Chinese as Taiwan writes it, and its Simplified twins (`_twinned`): a deposit or fee
# paid first ("錄取後需先繳保證金", "首次需儲值 1,000 元"), written verb first like English
# and without spaces, like Japanese. LINE is Taiwan's everyday chat app and honest
# employers name it as one channel ("加入公司官方 LINE 帳號詢問"), so only LINE as the one
# route vetoes (CHAT_VERBS: "只透過 LINE 聯繫"). "錄取後" (once hired) is no excuse for a
# deposit, so it is no `after_hire` word. "點讚賺錢" (money for likes) is the task scam's
# pitch; "墊付" (paying first for the orders) its hook.
# "刷單" (brushing orders: fake purchases for a shop's ratings, unlawful in China) is the
# task scam's own work alone, unless printed ("印刷單位", "印刷單張") or warned of ("謹防
# 刷單詐騙", "不刷單"). "日結", "日結工資", "日結兼職" are how honest gig ads say they pay
# daily ("日結工資 150元/天, 包午餐"), so a pitch only beside the task scam's own work in its
# sentence (typing, likes, work by phone or from home, no experience asked).
CHINESE = Language(
    joined=True,
    fees=_twinned(
        r"""保證金 押金 報名費 入會費 會員費 訓練費 培訓費 教材費 手續費 開通費 加盟金 儲值金
        入職費"""
    ),
    sums=_twinned(r"\d[\d,]*+\s?萬?元 nt\$\s?\d[\d,]* 新台幣\s?\d[\d,]* 新臺幣\s?\d[\d,]*"),
    pay=_twinned(r"繳交 繳納 繳 支付 付款 先付 墊付 匯款 轉帳 儲值"),
    charge=r"收取 酌收",
    transfer=_twinned(r"匯款 轉帳 儲值 匯入 繳交 繳納 繳"),
    after_pay=_twinned(r"繳交 繳納 匯款 轉帳"),
    # "不" right before the verb ("不收取"), read where the clause and the verb are joined
    negation=_twinned(r"不需 無需 無須 不必 不收 免收 免繳 免費 不用 絕不 不會 詐騙 不(?=\s)"),
    we=_twinned(r"本公司 我們 我司"),
    paid_by_others=_twinned(r"公司負擔 公司支付 公司補助 由公司負擔 由公司支付 全額補助"),
    joining=_twinned(r"保證金 押金 報名 入會 會員 訓練 培訓 教材 開通 加盟 儲值"),
    # the pitch of a side job by phone or from home ("在家打字", "手機就能做")
    home_pitch=_twinned(r"在家打字 在家賺 在家輕鬆賺 在家即可 在家就能 手機就能 打字員 兼職打字"),
    hype=_twinned(
        r"""保證獲利 穩賺不賠 輕鬆賺 高收入 日領現金 刷單任務 刷單兼職 刷單員 月入可達
        點讚賺錢
        日結(?:工資|兼職)?[^。！？；\n]{0,12}?(?:打字|點讚|點贊|關注|手機操作|在家|刷單|無需經驗|免經驗)
        (?<!印)(?<!防)(?<!範)(?<!范)(?<!惕)(?<!禁)(?<!不)(?<!拒絕)刷單(?![位據据張张]|詐騙|騙)"""
    ),
    pressure=_twinned(r"名額有限 錯過不再 立即加入"),
    # "經驗不拘" is how honest 104 posts hire juniors, and no pitch
    novice=_twinned(r"免經驗 不需經驗 無需經驗"),
)

# Thai, written verb first like English and without spaces like Chinese: a fee or deposit
# paid before the work ("ผู้สมัครต้องชำระค่าสมัคร 500 บาท", "โอนเงินมัดจำ 2,000 บาท"). LINE is
# Thailand's everyday chat app and honest employers name it as one channel ("สอบถามทาง LINE
# Official"), so only LINE as the one route vetoes (CHAT_VERBS: "ติดต่อทางไลน์เท่านั้น").
# "ค่าประกัน" is left out: a company's health insurance ("ค่าประกันสุขภาพ") is a benefit.
THAI = Language(
    joined=True,
    fees=r"""ค่าสมัคร ค่าลงทะเบียน ค่าแรกเข้า ค่ามัดจำ เงินมัดจำ มัดจำ เงินประกันการทำงาน
        ค่าอบรม ค่าเปิดบัญชี ค่าธรรมเนียมการสมัคร ค่าอุปกรณ์""",
    sums=r"\d[\d,]*+\s?บาท ฿\s?\d[\d,]*",
    pay=r"ชำระ จ่าย โอนเงิน โอน",
    charge=r"เรียกเก็บ",
    transfer=r"โอนเงิน โอน ชำระ",
    # "ไม่" right before the verb or the fee ("ไม่มีค่าสมัคร", "ไม่ต้องจ่าย", "สมัครฟรี")
    negation=r"ไม่มี ไม่ต้อง ไม่เสีย ไม่เก็บ ไม่เรียกเก็บ ฟรี",
    we=r"บริษัท ทางบริษัท",
    paid_by_others=r"บริษัทออกให้ บริษัทรับผิดชอบ บริษัทจ่ายให้ บริษัทออกค่าใช้จ่าย",
    joining=r"สมัคร ลงทะเบียน มัดจำ แรกเข้า อบรม เปิดบัญชี",
    # the task scam's pitch: a job done on the phone, easy money by the day, likes and reviews
    home_pitch=r"ทำงานผ่านมือถือ ทำผ่านมือถือ รายได้เสริมผ่านมือถือ",
    hype=r"รายได้วันละ กดไลค์ กดถูกใจ ถอนเงินได้ทันที การันตีรายได้ ได้เงินจริง",
    pressure=r"มีจำนวนจำกัด รับจำนวนจำกัด",
    # "ไม่จำเป็นต้องมีประสบการณ์" (experience not required) is how honest posts hire juniors
    novice=r"ไม่ต้องมีประสบการณ์",
)

LANGUAGES = (
    ENGLISH,
    SPANISH,
    PORTUGUESE,
    FRENCH,
    GERMAN,
    ITALIAN,
    HINDI,
    NEPALI,
    BENGALI,
    INDONESIAN,
    MALAY,
    TAGALOG,
    SWAHILI,
    HAUSA,
    YORUBA,
    AMHARIC,
    DUTCH,
    POLISH,
    SWEDISH,
    DANISH,
    NORWEGIAN,
    FINNISH,
    JAPANESE,
    KOREAN,
    UKRAINIAN,
    RUSSIAN,
    TURKISH,
    ARABIC,
    VIETNAMESE,
    ROMANIAN,
    CZECH,
    SERBIAN,
    HUNGARIAN,
    HEBREW,
    GREEK,
    CHINESE,
    THAI,
)
# chat apps in Latin script, whatever the language ("zap" is Brazilian for WhatsApp)
_APP_NAMES = (
    r"whats\s?app whatsap watsapp telegram signal viber wechat google\s+hangouts hangouts zalo"
    r" google\s+chat"
)
CHAT_APPS = (
    " ".join(f"{app}{_PRODUCT}" for app in _APP_NAMES.split()) + r" zap(?:zap)? wa\.me t\.me"
)
# "to" before the one paid, in the Latin-script languages ("make payment to vendors")
PAID_TO = r"to|a|al|ao|aos|à|aux|an|para|pour"
# "in" before the coin one is paid in ("pagado en USDT", "Bezahlung erfolgt in Bitcoin")
PAID_IN = r"in|en|em|via|con|com|par|per|[uü]ber|mit|tramite|mediante|using|through|with|i|med"
# a chat app used as a verb: the request is in the object itself
CHAT_VERBS = (
    r"whats\s?app\s+(?:us|me) telegram\s+(?:us|me)"
    # Japanese: "LINE登録", "LINEで友だち追加" ask it in the one phrase
    r" line\s?(?:で|から)?(?:友だち|友達|ともだち)?(?:追加|登録)"
    # Arabic: "واتساب فقط" (WhatsApp only) names it the one route
    r" واتساب\s+فقط واتس\s?اب\s+فقط الواتساب\s+فقط الواتس\s+فقط تيليجرام\s+فقط تليجرام\s+فقط"
    # Hebrew: "בוואטסאפ בלבד" (on WhatsApp only)
    r" בוואטסאפ\s+בלבד בווטסאפ\s+בלבד בטלגרם\s+בלבד"
    # Malay and Indonesian: "WhatsApp sahaja" (WhatsApp only)
    r" whats\s?app\s+(?:sahaja|saja) telegram\s+(?:sahaja|saja)"
    # Chinese: LINE as the one route ("只透過 LINE 聯繫", "僅限 LINE"), or where a task is
    # handed out ("加 LINE 領取任務")
    r" 只(?:透過|用|接受|能用|限)\s?line 僅(?:透過|用|接受|限)\s?line 一律(?:透過|用)\s?line"
    r" 加\s?line\s?領取"
    # Thai: LINE as the one route ("ติดต่อทางไลน์เท่านั้น"), or where tasks are handed out
    # ("แอดไลน์รับงาน")
    r" ไลน์\s?เท่านั้น line\s?เท่านั้น แอด\s?(?:ไลน์|line)\s?(?:เพื่อ)?รับงาน"
)
# languages that put the verb after its object: a cost or a sum is asked for there too
VERB_LAST = (
    GERMAN,
    HINDI,
    NEPALI,
    BENGALI,
    AMHARIC,
    DUTCH,
    JAPANESE,
    KOREAN,
    TURKISH,
    ARABIC,
    HUNGARIAN,
)
