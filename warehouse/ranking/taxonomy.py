"""One table of what skills and roles are also called, and what points to them.

Each line is `name | aliases ; related terms`. An alias is the same thing under another
name (postgres = postgresql, "front-end developer" = "frontend engineer") and counts as
the thing itself; a related term only points to it ("data engineer" ~ ETL, pipelines,
warehouse): in a title it makes a lead relevant, in the body it is too weak to count.
The user extends both in `[profile] aliases` and `[profile] related`.

For a role the head word's other forms count too (engineer = engineers, engineering,
developer; designer = design), so "Data Engineering Lead" is a data engineer's lead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from extractors._stack import STACK_WORDS
from warehouse.ranking._text import literal, longest_first, spaced

# a word every trade uses is no trade's term, so that it counts as a skill any trade uses
# (`relevance._in_passing`): "prototyping", as engineers and hardware makers prototype too
_TABLE = """
postgresql | postgres
kubernetes | k8s
javascript | js, ecmascript
typescript | ts
go | golang
node.js | node, nodejs
react | react.js, reactjs
react native | react-native
vue | vue.js, vuejs
next.js | nextjs
google cloud | gcp, google cloud platform
aws | amazon web services
azure | microsoft azure
machine learning | ml
artificial intelligence | ai
large language models | llm, llms
c# | csharp
c++ | cpp
.net | dotnet, asp.net, .net core
ruby on rails | rails
mongodb | mongo
ci/cd | cicd
tailwind | tailwindcss, tailwind css
scikit-learn | sklearn
pytorch | torch
power bi | powerbi
objective-c | objc
elasticsearch | elastic search
dbt | data build tool
premiere pro | premiere, adobe premiere, adobe premiere pro
after effects | adobe after effects
davinci resolve | davinci
final cut pro | final cut, fcpx
photoshop | adobe photoshop
lightroom | adobe lightroom
google ads | adwords, google adwords
meta ads | facebook ads, instagram ads
google analytics | ga4
quickbooks | quickbooks online, qbo
google workspace | g suite, gsuite
seo | search engine optimization, search engine optimisation
data engineer | data engineering, data platform engineer, big data engineer, etl developer, \
    etl engineer, data pipeline engineer, data infrastructure engineer \
    ; etl, elt, data pipeline, data pipelines, data warehouse, data warehousing, data lake, \
    lakehouse, data platform, data infrastructure, data integration, dbt, airflow, spark, \
    snowflake, databricks, bigquery, redshift
analytics engineer | analytics engineering, bi engineer, bi developer \
    ; data modeling, data modelling, dbt, looker, semantic layer, data warehouse
data analyst | data analysts, bi analyst, bi-analyst, business intelligence analyst, \
    reporting analyst, insights analyst, analytics analyst, data analytics consultant, \
    bi developer, business intelligence developer, power bi developer, power bi analyst, \
    power bi consultant, power bi specialist, tableau developer, tableau consultant, \
    tableau specialist, qlik developer, looker developer, bi consultant, \
    data visualization specialist, data visualisation specialist, data visualization analyst, \
    data visualization developer, datenanalyst, datenanalystin, bi-entwickler, \
    bi-entwicklerin, power bi entwickler, analista de datos, analista de dados, analista bi, \
    analyste de données, analyste données, analyste data, analyste bi, analista dati \
    ; power bi, tableau, looker, looker studio, qlik, dax, dashboards, data visualization, \
    data visualisation, business intelligence, dbt, analytics engineer, analytics engineering, \
    product analyst, marketing analyst, web analyst, digital analyst
data scientist | data science \
    ; machine learning, statistics, statistical modeling, experimentation, a/b testing
machine learning engineer | ml engineer, mlops engineer, ai engineer, applied scientist \
    ; machine learning, deep learning, pytorch, tensorflow, llm, mlops, computer vision, nlp
frontend engineer | front end engineer, frontend web engineer, ui engineer, web developer, \
    web platform engineer, intégrateur web, intégratrice web \
    ; react, vue, angular, svelte, next.js, typescript, css, design systems
backend engineer | back end engineer, server side engineer, api engineer, \
    desenvolvedor backend, desenvolvedora backend, desenvolvedor back-end, \
    desenvolvedora back-end, desenvolvedor back end, engenheiro backend, engenheira backend, \
    desenvolvedor(a) backend, desenvolvedor(a) back-end, engenheiro(a) backend, \
    engenheiro de software backend, engenheira de software backend, programador backend, \
    engenheiro(a) de software backend, engenheiro de software back-end, \
    engenheira de software back-end, engenheiro(a) de software back-end, \
    desarrollador backend, desarrolladora backend, desarrollador/a backend, \
    desarrollador back-end, ingeniero backend, ingeniera backend, développeur backend, \
    développeuse backend, développeur back-end, backend-entwickler, backend-entwicklerin, \
    backend entwickler \
    ; microservices, rest api, graphql, distributed systems, \
    java engineer, spring boot engineer, kotlin backend engineer, golang engineer, go engineer, \
    php engineer, ruby engineer, scala engineer, elixir engineer, .net engineer, c# engineer
full stack engineer | fullstack engineer, full stack web engineer, \
    desenvolvedor full stack, desenvolvedora full stack, desenvolvedor fullstack, \
    desenvolvedora fullstack, desenvolvedor(a) full stack, desenvolvedor(a) fullstack, \
    desarrollador full stack, desarrolladora full stack, \
    desarrollador fullstack, développeur full stack, fullstack-entwickler \
    ; react, node.js, django, rails, backend engineer, frontend engineer
devops engineer | site reliability engineer, sre, platform engineer, infrastructure engineer, \
    infra engineer, software reliability engineer, cloud engineer, dev ops engineer \
    ; devops, kubernetes, terraform, ci/cd, docker, observability, infrastructure as code
mobile engineer | ios engineer, android engineer, react native engineer, rn engineer, \
    flutter engineer, mobile app engineer, mobile application engineer, mobile software engineer, \
    mobile sdk engineer, ios sdk engineer, android sdk engineer, kotlin multiplatform engineer, \
    desarrollador ios, desarrolladora ios, desarrollador/a ios, desarrollador android, \
    desarrolladora android, desarrollador/a android, desarrollador móvil, desarrolladora móvil, \
    desarrollador/a móvil, desarrollador movil, desarrolladora movil, desarrollador mobile, \
    desarrollador flutter, desarrolladora flutter, desarrollador de aplicaciones móviles, \
    desarrollador de apps, ingeniero móvil, ingeniera móvil, programador ios, \
    programador android, desenvolvedor ios, desenvolvedora ios, desenvolvedor android, \
    desenvolvedora android, desenvolvedor mobile, desenvolvedora mobile, \
    développeur ios, développeuse ios, développeur android, développeuse android, \
    développeur mobile, développeuse mobile, ios-entwickler, ios-entwicklerin, \
    android-entwickler, android-entwicklerin, app-entwickler, app-entwicklerin \
    ; swift, swiftui, react native, flutter, kotlin multiplatform, jetpack compose, mobile app
security engineer | application security engineer, appsec engineer, penetration tester \
    ; security, pentest, penetration testing, soc 2
product designer | ux designer, ui designer, ui/ux designer, ux/ui designer, interaction designer, \
    ux-designer, ux designerin, ux-designerin, ui-designer, ui-designerin, produktdesigner, \
    produktdesignerin, interaktionsdesigner, interaktionsdesignerin, diseñador ux, diseñadora ux, \
    diseñador/a ux, diseñador ui, diseñadora ui, diseñador/a ui, diseñador de producto, \
    diseñadora de producto, diseñador/a de producto, designer ux, designer ui, designer produit, \
    designer d'interaction, concepteur ux, conceptrice ux, concepteur ui, conceptrice ui, \
    concepteur d'interfaces, conceptrice d'interfaces, concepteur d'interfaces utilisateur, \
    conceptrice d'interfaces utilisateur, \
    designer de produto, designer de interação, designer di prodotto, progettista ux, \
    progettista ui, productontwerper, ux-ontwerper, ux ontwerper, interactieontwerper, \
    projektant ux, projektantka ux, projektant ui, projektantka ui, projektant produktu, \
    projektantka produktu, design lead, product design lead, ux lead, ui/ux lead, ux/ui lead, \
    head of design, head of product design, head of ux, design director, director of design, \
    director of product design, ux director, design manager, product design manager, \
    ux manager, vp of design, vp design \
    ; figma, user research, design systems, wireframes, wireframing, \
    usability testing, user flows, ux researcher, user researcher, ux research
graphic designer | graphic designers, brand designer, visual designer, grafikdesigner, \
    grafikdesignerin, graphiste, \
    diseñador gráfico, diseñadora gráfica, designer gráfico, designer gráfica, grafico, \
    mediengestalter, mediengestalterin, kommunikationsdesigner, kommunikationsdesignerin, \
    grafiker, grafikerin \
    ; graphic design, branding, logo, logo design, brand identity, brand guide, brand guidelines, \
    packaging design, print design, visual identity, indesign, grafikdesign, diseño gráfico
game designer | game designers, level designer, narrative designer, spieldesigner \
    ; game design, level design, unity, unreal engine
chip designer | asic designer, vlsi designer, chip design engineer, asic design engineer, \
    physical design engineer, design verification engineer ; asic, rtl, vlsi, tape-out, \
    systemverilog, uvm
illustrator | illustrators, illustratorin, illustrateur, illustratrice, ilustrador, ilustradora, \
    illustratore ; illustration, illustrations, children's book, concept art, character design, \
    procreate, illustration jeunesse
motion designer | motion graphics designer, motion graphics artist, motion artist, animator, \
    2d animator, 3d animator, motion designerin ; motion graphics, after effects, cinema 4d, \
    animation, explainer video, animated explainer
video editor | video editors, videographer, videoeditor, video cutter, videocutter, \
    youtube editor, youtube video editor, yt editor, shorts editor, reels editor, tiktok editor, \
    editor de vídeo, editora de vídeo, editor de video, editora de video, monteur vidéo, \
    monteuse vidéo ; video editing, premiere pro, final cut pro, davinci resolve, capcut, \
    color grading, b-roll, short-form video, youtube videos, montage vidéo, videoschnitt, \
    edición de video, edição de vídeo
photographer | photographers, fotograf, fotografin, photographe, fotógrafo, fotógrafa, fotografo, \
    fotografa ; photography, photo shoot, photoshoot, product photography, retouching, \
    retoucher, photo retoucher, photo editing, lightroom, fotografie, fotografía
voice actor | voice actors, voice artist, voice over artist, voice-over artist, voiceover artist, \
    voice talent, narrator, audiobook narrator, sprecher, sprecherin, comédien voix off, \
    locutor, locutora, doppiatore ; voice over, voiceover, narration, audiobook, dubbing, \
    home studio
copywriter | copywriters, texter, texterin, werbetexter, werbetexterin, rédacteur publicitaire, \
    rédactrice publicitaire, concepteur-rédacteur, redactor publicitario, redactora publicitaria, \
    redator publicitário ; copywriting, conversion copy, sales copy, landing page copy, \
    email copy, ad copy, brand voice, content writing
content writer | content writers, content marketing writer, blog writer, article writer, \
    seo writer, seo content writer, ghostwriter, ghost writer, content strategist, \
    content strategists, rédacteur web, rédactrice web, redactor, redactora, redactores, \
    redactor de contenidos, redactora de contenidos, redator de conteúdo, redatora de conteúdo, \
    redactor seo, redactora seo, redator seo, redatora seo, rédacteur seo, rédactrice seo \
    ; content writing, blog posts, long-form content, content marketing, ghostwriting, \
    seo content, copywriting, content manager, content editor, content marketing manager, \
    blog editor
copy editor | copy editors, copyeditor, line editor, manuscript editor, developmental editor, \
    proofreader, proofreaders, proof reader, lektor, lektorin, korrektor, korrektorin, \
    correcteur, correctrice, corrector de textos, correctora de textos, revisor de textos, \
    revisora de textos \
    ; proofreading, copyediting, copy editing, line editing, manuscript, chicago style, \
    ap style, korrektorat, lektorat, relecture
ux writer | ux writers, ux-writer, content designer, content designers, ux content designer, \
    product content designer, ux content writer, ux copywriter, product writer, ux-texter, \
    ux-texterin, rédacteur ux, rédactrice ux, redactor ux, redactora ux, redator ux \
    ; ux writing, microcopy, content design, ux copy, product copy, voice and tone, \
    conversation design
technical writer | technical writers, technical author, technical authors, docs engineer, \
    docs engineers, documentation engineer, documentation writer, docs writer, api writer, \
    technical communicator, information developer, \
    technischer redakteur, technische redakteurin, rédacteur technique, rédactrice technique, \
    redactor técnico ; documentation, api docs, developer docs, technical documentation, \
    user guides, docs-as-code
bid writer | bid writers, bid manager, bid writing consultant, tender writer, proposal writer, \
    proposal writers, grant writer, grant writers, grants writer, grant writing consultant \
    ; bid writing, tender writing, proposal writing, grant writing, tenders, rfp responses, \
    funding applications
seo specialist | seo specialists, seo consultant, seo manager, seo strategist, seo expert, \
    seo analyst, seo-spezialist, seo-manager, consultant seo, especialista seo, \
    especialista en seo ; seo, technical seo, keyword research, link building, on-page seo, \
    core web vitals, search console
performance marketer | growth marketer, paid media specialist, paid media manager, \
    paid search specialist, paid social specialist, ppc specialist, ppc manager, sem specialist, \
    performance marketing manager, media buyer ; google ads, meta ads, paid search, \
    paid social, ppc, roas, media buying, digital marketer, digital marketing specialist, \
    digital marketing manager, marketing manager, online marketing manager
social media marketer | social media manager, social media specialist, social media strategist, \
    social media coordinator, community manager, gestor de redes sociales \
    ; social media marketing, content calendar, community management, redes sociales, \
    digital marketer, digital marketing specialist, digital marketing manager
wordpress developer | wordpress developers, wp developer, wordpress expert \
    ; elementor, woocommerce, divi, gutenberg, wpbakery, advanced custom fields, wordpress
shopify developer | shopify developers, shopify expert, shopify engineer \
    ; shopify liquid, shopify theme, shopify plus, shopify
virtual assistant | virtual assistants, remote assistant, online assistant, \
    general virtual assistant, general va, gva, \
    administrative assistant, admin assistant, executive assistant, personal assistant, \
    asistente virtual, asistente administrativo, asistente administrativa, assistente virtual, \
    assistente virtuale, assistante virtuelle, assistant virtuel, assistante de direction, \
    virtuelle assistenz, virtuelle assistentin \
    ; inbox management, calendar management, data entry, travel booking, admin support, \
    ecommerce assistant, customer service representative, customer support representative, \
    customer service agent, customer support agent, customer service specialist, \
    customer support specialist
ecommerce assistant | e-commerce assistant, ecommerce virtual assistant, \
    e-commerce virtual assistant, ecommerce va, e-commerce va, amazon va, shopify va, etsy va, \
    shopify assistant, shopify store assistant, shopify store manager, shopify manager, \
    online store manager, online store assistant, webshop manager, amazon listing specialist, \
    amazon listing assistant, amazon seller assistant, amazon account manager, \
    listing specialist, listing assistant, product listing specialist, product listing assistant, \
    etsy assistant, etsy shop assistant, etsy shop manager, ebay assistant, \
    ebay listing assistant, marketplace assistant, marketplace specialist, \
    asistente de ecommerce, asistente de e-commerce, assistente de e-commerce \
    ; seller central, amazon seller central, product listings, listing optimization, \
    order processing, product uploads, inventory management, virtual assistant
bookkeeper | bookkeepers, buchhalter, buchhalterin, boekhouder ; bookkeeping, quickbooks, xero, \
    bank reconciliation, reconciliations, accounts payable, accounts receivable, \
    month-end close, payroll, buchhaltung, comptabilité, contabilidad, contabilidade
accountant | accountants, cpa, chartered accountant, staff accountant, senior accountant, \
    comptable, expert-comptable, contable, contador, contadora, contabilista \
    ; accounting, tax preparation, tax returns, financial statements, general ledger, \
    month-end close
data annotator | data annotators, data labeler, data labeller, annotation specialist, \
    data labeling specialist ; data annotation, data labeling, \
    data labelling, image annotation, bounding boxes, rlhf, ai trainer
ai trainer | ai trainers, ai data trainer, ai training specialist, ai training expert, \
    ai model trainer, llm trainer, rlhf specialist, rlhf annotator, rlhf trainer, \
    coding expert for ai, ai coding expert, ai model evaluator, ai response evaluator, \
    ai writing evaluator, ai rater, model evaluator, prompt writer ; rlhf, ai training, \
    model evaluation, llm evaluation, response evaluation, red teaming, data annotation
tutor | tutors, private tutor, online tutor, esl teacher, online english teacher, \
    nachhilfelehrer, nachhilfelehrerin, professeur particulier, profesor particular, \
    professor particular ; tutoring, test prep, sat prep, esl, ielts, toefl, nachhilfe, \
    cours particuliers, clases particulares
project manager | project managers, delivery manager, projektmanager, projektmanagerin, \
    projektleiter, projektleiterin, chef de projet, cheffe de projet, jefe de proyecto, \
    gerente de proyecto, gerente de projetos ; project management, stakeholder management, \
    pmp, prince2
sales engineer | solutions engineer, presales engineer, pre sales engineer, \
    gtm engineer, go to market engineer, bdr engineer, sdr engineer \
    ; pre-sales, presales, proof of concept, technical sales
support engineer | technical support engineer, customer support engineer, customer engineer, \
    customer success engineer ; technical support, troubleshooting, ticketing
translator | translators, traducteur, traductrice, traductor, traductora, traductores, \
    traductoras, tradutor, tradutora, tradutores, \
    traduttore, traduttrice, vertaler, übersetzer, übersetzerin, localizer, localizers, \
    localiser, localisers \
    ; translation, traduction, traducción, tradução, traduzione, vertaling, übersetzung, \
    localization, localisation, subtitling, transcreation, proofreading
translation | übersetzung, übersetzungen, traduction, traductions, traducción, traducciones, \
    tradução, traduções, traduzione, traduzioni, vertaling, vertalingen, tłumaczenie
localization | localisation, l10n, localize, localise, localizing, localising, lokalisierung, \
    lokalisieren, localización, localização, localizzazione, lokalisatie
transcreation | transcreate, transcreating, transkreation
subtitling | untertitelung, sous-titrage, subtitulación, subtitulado, legendagem, sottotitolaggio
proofreading | proof reading, proof-reading, korrektorat, korrekturlesen, lektorat, relecture, \
    corrección de textos, revisão de textos
post-editing | post editing, postediting, mtpe, pemt, machine translation post-editing, \
    post-édition, posteditierung
subtitler | subtitlers, untertitler, untertitlerin, sous-titreur, sous-titreuse, subtitulador, \
    subtituladora, legendador, legendadora ; subtitling, captioning, spotting
qa engineer | quality assurance engineer, test engineer, test automation engineer, sdet \
    ; quality assurance, test automation, selenium, cypress, playwright
"""


# a role's head word, and the words that name the same trade ("Infra Eng" as titles
# shorten it)
_HEADS = {
    "engineer": ("engineer", "engineers", "engineering", "eng", "developer", "developers", "dev"),
    "developer": ("developer", "developers", "engineer", "engineers", "engineering", "dev"),
    "designer": ("designer", "designers", "design"),
    "scientist": ("scientist", "scientists", "science"),
    "analyst": ("analyst", "analysts"),
    "writer": ("writer", "writers", "writing"),
    "manager": ("manager", "managers"),
    "consultant": ("consultant", "consultants", "consulting"),
}
# the heads of trades outside engineering: their roles are trades as much, but titles
# are not parsed around them (ROLE_HEADS), as engineers' are
_TRADE_HEADS = {
    **_HEADS,
    "editor": ("editor", "editors", "editing"),
    "marketer": ("marketer", "marketers", "marketing"),
    "specialist": ("specialist", "specialists"),
    "assistant": ("assistant", "assistants"),
    "actor": ("actor", "actors"),
    "annotator": ("annotator", "annotators", "annotation"),
    "trainer": ("trainer", "trainers", "training"),
    **{
        head: (head, f"{head}s")
        for head in ("copywriter", "bookkeeper", "accountant", "illustrator", "photographer")
        + ("tutor", "translator")
    },
}


def _rows() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    rows = {}
    for line in _TABLE.replace("\\\n", " ").strip().splitlines():
        names, _, related = line.partition(";")
        name, _, aliases = names.partition("|")
        split = [term.strip() for term in aliases.split(",") if term.strip()]
        rows[name.strip()] = (
            tuple(split),
            tuple(t.strip() for t in related.split(",") if t.strip()),
        )
    return rows


TABLE = _rows()


ROLE_HEADS = frozenset(_HEADS)  # the last word of engineers' and others' titles read apart
TRADE_HEADS = frozenset(_TRADE_HEADS)  # the last word of every trade's name
# a word that names a job in a list of roles or a header's field ("Designer (NYC)",
# "Acme | Senior Data Engineer | Remote"): wider than the trades, as any role counts
ROLE_WORD = re.compile(
    r"\b(?:engineer|developer|designer|scientist|analyst|manager|writer|consultant|marketer"
    r"|architect|director|lead|head|recruiter|researcher|specialist|executive|advocate|pm"
    r"|sre|devrel)s?\b",
    re.IGNORECASE,
)

# a word that names the person a job is for, wider still: a title's trade ("Japanese
# Sales Representative", "Customer Support Agent") and a list's role beside engineers'
PERSON_WORD = re.compile(
    rf"{ROLE_WORD.pattern}|\b(?:{'|'.join(sorted(_TRADE_HEADS))}|representative|rep|agent"
    r"|teacher|moderator|associate|coordinator|rater|tester|transcriber|instructor|coach|sdr"
    r"|bdr|advisor|adviser|officer|journalist|reporter|proofreader|reviewer|operator"
    r"|narrator|interpreter)s?\b",
    re.IGNORECASE,
)


def is_role(name: str) -> bool:
    """Whether a row of the table names a trade ("data engineer") rather than a skill."""
    return name.split()[-1] in _TRADE_HEADS


def _stack() -> frozenset[str]:
    """The languages and frameworks above, and every skill of the table by every name."""
    skills = (name for name in TABLE if not is_role(name))
    # languages and frameworks a title may put between a trade's words ("Fullstack Python
    # Developer" is a full-stack developer), beside the skills of the table
    return STACK_WORDS | {n for name in skills for n in (name, *TABLE[name][0])}


STACK = _stack()


# titles that name two trades, of which the posting's body tells one: a "Systems
# Engineer" who runs Linux servers with Terraform and Kubernetes is a devops engineer,
# one who writes requirements for flight hardware is not; a "Production Engineer" keeps
# services up or a factory line running. The title is the role's when the body names
# the role's trade (`relevance`), and the words before it that name hardware's field
# ("Embedded Systems Engineer", "RF Systems Engineer") keep it from the role
BODY_DECIDES = {"systems engineer": "devops engineer", "production engineer": "devops engineer"}
HARDWARE_FIELDS = (
    "embedded", "hardware", "rf", "avionics", "electrical", "mechanical", "firmware", "fpga",
    "satellite", "spacecraft", "aerospace", "automotive", "it", "network", "networks",
    "manufacturing", "process", "chemical",
)  # fmt: skip


def trade_of(role: str) -> str:
    """A role without the words that say how one works ("freelance writer": "writer")."""
    return _HOW.sub("", role.strip().lower())


# a trade's bare head that names each of its kinds: a "writer" writes docs, content, copy
# and product words alike ("Technical Writer", "Copywriter"), where a bare "designer" or
# "engineer" names no trade (a chip designer is an engineer)
_KINDS = {"writer": ("technical writer", "content writer", "copywriter", "ux writer")}


# words before a role that say how one works, not the trade ("freelance writer" is a
# writer, of every kind a "writer" names)
_HOW = re.compile(r"^(?:freelancer?|freelancing|contract|contractor|interim|fractional)\s+(?=\S)")


def aliases_of(term: str, extra: Mapping[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """The term and every other name of it (an alias of an alias counts: node = node.js);
    a role said with how one works ("freelance writer") is also its trade's."""
    key = term.strip().lower()
    if (trade := trade_of(key)) != key and (trade in TABLE or trade in _KINDS):
        found = (key, *(n for n in aliases_of(trade) if n != key))
        return (*found, *(a.lower() for a in (extra or {}).get(term, ()) if a.lower() not in found))
    kinds = _KINDS.get(key, ())
    names = {key}
    # "ios developer" is the row's "ios engineer"; "front-end developer" its "front end
    # engineer", as a hyphen is a space in a title
    forms = {*name_forms(key), *name_forms(spaced(key))}
    for name, (aliases, _) in TABLE.items():
        headed = is_role(name) and not forms.isdisjoint((name, *aliases))
        if key == name or name in kinds or key in aliases or headed:
            names |= {name, *aliases}
    names |= {alias.lower() for alias in (extra or {}).get(term, ())}
    return tuple(sorted(names, key=lambda n: (n != key, n)))


def related_to(term: str, extra: Mapping[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """The terms that point to a skill or role without being it."""
    names = set(aliases_of(term))
    related = {r for name in names for r in TABLE.get(name, ((), ()))[1]}
    related |= {r.lower() for r in (extra or {}).get(term, ())}
    return tuple(sorted(related - names))


@lru_cache(maxsize=256)
def role_forms(role: str) -> tuple[str, ...]:
    """Every way a title may name a role: its aliases (of each of its genders), each with
    the head's other forms ("data engineer" -> "data engineering", "data developer", ...).
    A layer of the stack between an engineer's words is matched by the pattern
    (`role_literal`), not a form of its own."""
    forms = {
        form
        for gendered in gender_forms(role)
        for name in aliases_of(gendered)
        for form in name_forms(name)
    }
    return tuple(longest_first(forms))


# the heads of an engineer's title a layer of the stack may stand before, and the layers
# ("WordPress Web Developer", "Python Backend Engineer", "Shopify Theme Developer"): one
# optional group in each name's pattern, where a form for each layer made the taxonomy's
# role names seven times as many, and each profile's patterns megabytes
_BUILDERS = frozenset(("engineer", "engineers", "developer", "developers", "dev"))
_LAYERS = (
    "web", "website", "backend", "back-end", "back end", "frontend", "front-end", "front end",
    "full-stack", "fullstack", "full stack", "software", "theme", "plugin",
)  # fmt: skip
_LAYER = "|".join(map(literal, longest_first(_LAYERS)))
# a spaced name ending in a layer and an engineer's head, and the words before the layer
_LAYERED = re.compile(
    rf"(?:(.+) )?(?:{'|'.join(map(re.escape, longest_first({spaced(x) for x in _LAYERS})))})"
    rf" ({'|'.join(sorted(_BUILDERS))})"
)
LAYER_WORDS = max(len(re.findall(r"\w+", layer)) for layer in _LAYERS)


def role_literal(name: str) -> str:
    """A role's name as a pattern (`literal`), an engineer's with a layer of the stack
    allowed before its head: "wordpress developer" matches "WordPress Web Developer"."""
    *modifiers, head = name.split() or [""]
    if not modifiers or head not in _BUILDERS:
        return literal(name)
    return rf"{literal(' '.join(modifiers))}[\s-]+(?:(?:{_LAYER})[\s-]+)?{literal(head)}"


def unlayered(name: str) -> str:
    """A `spaced` name without a layer before an engineer's head ("wordpress web
    developer" -> "wordpress developer"): the name a `role_literal` match was built from."""
    m = _LAYERED.fullmatch(name)
    return f"{m.group(1)} {m.group(2)}" if m and m.group(1) else name


def layered_holders(alias: str, names: Iterable[str]) -> set[str]:
    """The `names` whose matches with a layer (`role_literal`) hold `alias` as whole
    words and are not it: every engineer's name of its head when `alias` is a layer and
    a head ("web developer" is inside "WordPress Web Developer"); none otherwise."""
    if (m := _LAYERED.fullmatch(alias)) is None:
        return set()
    before, head = m.group(1), m.group(2)
    ends = f" {before}" if before else ""
    return {
        name
        for name in names
        if name != alias and name.endswith(f"{ends} {head}") and name.count(" ") > ends.count(" ")
    }


# the endings of one noun's genders and plurals: Spanish, Catalan and Portuguese
# (redactora, redactor, redactores), Italian (traduttrice, traduttore), French
# (traductrice, traducteur), German (Übersetzerin, Übersetzer)
_GENDERS = (
    ("or", "ora", "ores", "oras"),
    ("tore", "trice", "tori", "trici"),
    ("teur", "trice", "teurs", "trices"),
    ("er", "erin", "erinnen"),
)


def gender_forms(name: str) -> tuple[str, ...]:
    """A one-word role under its other genders and plurals, as a user writes their own
    ("traductora") and a title another ("Traductores", "Redactor/a"); a longer name as
    it is, as its other words agree with it."""
    forms = {name}
    if " " in name.strip():
        return (name,)
    for family in _GENDERS:
        ending = next((e for e in sorted(family, key=len, reverse=True) if name.endswith(e)), "")
        if ending and len(name) - len(ending) >= 3:
            forms |= {name[: -len(ending)] + other for other in family}
    return tuple(sorted(forms))


Items = tuple[tuple[str, tuple[str, ...]], ...]  # a profile's aliases, hashable


def profile_role_forms(roles: tuple[str, ...], aliases: Items) -> frozenset[str]:
    """Every form of the profile's roles and of the other names it gives them."""
    more = dict(aliases)
    return frozenset(
        form for role in roles for name in (role, *more.get(role, ())) for form in role_forms(name)
    )


def name_forms(name: str) -> tuple[str, ...]:
    """One name of a role with each form of its head ("data engineer" -> "data
    engineering", "data developer", ...), none of its aliases."""
    *modifiers, head = name.split() or [""]
    heads = _TRADE_HEADS.get(head, (head,))
    return tuple(" ".join([*modifiers, h]) if modifiers else h for h in heads)
