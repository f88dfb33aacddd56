"""What the user offers in a draft, from `[profile]`: what they work as, the skills the
lead asks for, and the places they work remotely from.

A UK limited-company contractor is no "freelancer": the draft says what the profile says
they are (a role of theirs that says it, "freelance translator", "CRM consultant"; else
their roles with how their first kind of engagement makes them work, "a freelance virtual
assistant and bookkeeper"; else that kind alone, "a contractor"). Of more skills than a
sentence holds it names those the lead's posting asks for first, and tells the user
which it left out. In another
language it says how they work and their trade in words that give them no gender
("auf Projektbasis im Bereich Übersetzung"): a profile does not say it. A city the user
lives in ("Lisbon") is where they are, not a place to work remotely from: the remote
places are countries, blocs and time zones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warehouse.intro_languages import LANGUAGE_NAMES, LANGUAGES, place_names
from warehouse.intro_settings import IntroSettings
from warehouse.ranking._text import spaced
from warehouse.ranking.profile import Profile
from warehouse.ranking.regions import CITY_OF, COUNTRY_OF
from warehouse.ranking.taxonomy import aliases_of, related_to

_SKILLS = 5  # the offer names this many of the [profile] skills
# a role that says how the user works: "freelance translator", "CRM consultant",
# "contract designer" (not a "contract manager": a trade of its own)
_SAYS_HOW = re.compile(
    r"\b(?:freelancer?|contractor|contract(?!\s+(?:manag|admin|special|analyst|law))"
    r"|consultant|interim|fractional)\b",
    re.I,
)
# how the first of the user's kinds of engagement makes them work, and what it makes them
_WORKS = {"freelance": "freelance", "contract": "contract", "part_time": "freelance",
          "fractional": "freelance"}  # fmt: skip
_WORKERS = {"freelance": "freelancer", "contract": "contractor"}
# how a role's word says they work ("fractional CFO": a freelancer, part-time)
_HOW = {"freelance": "freelance", "freelancer": "freelance", "contractor": "contract",
        "contract": "contract", "consultant": "consulting", "interim": "interim",
        "fractional": "freelance"}  # fmt: skip
# the trade a role names, for a language whose words for a trade's worker have a gender:
# its drafts name the field instead ("im Bereich Übersetzung", not "als Übersetzer")
_TRADES = (
    ("translation", re.compile(r"translat|locali[sz]|subtitl|interpret", re.I)),
    ("design", re.compile(r"design", re.I)),
    ("writing", re.compile(r"writer|copywrit|(?<!video )(?<!film )\beditor\b|content", re.I)),
    ("data", re.compile(r"\b(?:data|analytics)\s+engineer", re.I)),
    ("bookkeeping", re.compile(r"bookkeep|accountant|accounting|payroll", re.I)),
    ("assistance", re.compile(r"assistant|\bVA\b|(?:office|virtual) admin", re.I)),
    ("support", re.compile(r"support|customer (?:service|success|care)|help ?desk", re.I)),
    ("marketing", re.compile(r"marketing|social media|community manag", re.I)),
    ("software", re.compile(r"develop|programm|software|\b(?:web|backend|frontend)\b", re.I)),
)


def _role_saying_how(profile: Profile) -> str | None:
    return next((r for r in profile.roles if _SAYS_HOW.search(r)), None)


def _named_roles(profile: Profile, matched: Sequence[str] = ()) -> list[str]:
    """The roles the offer names: the one that says how the user works; else those the
    lead matched (`roles_matched`: a Technical Writer posting is offered a technical
    writer, a Cloud Engineer one a cloud engineer), else the profile's; of them the first
    and a second of another trade ("virtual assistant", "bookkeeper"), not another name
    of the same ("data engineer", "analytics engineer")."""
    said = _role_saying_how(profile)
    roles = tuple(matched) or profile.roles
    if said or not roles:
        return [said] if said else []
    first = roles[0]
    other = next((r for r in roles[1:] if r.split()[-1] != first.split()[-1]), None)
    return [first, other] if other else [first]


def how_they_work(profile: Profile) -> str:
    """How the user works: "freelance", "contract", "consulting" or "interim", as the
    role that says it does ("data engineering contractor"), else their first kind of
    engagement."""
    role = _role_saying_how(profile)
    if role:
        said = _SAYS_HOW.search(role)
        return _HOW[said.group().lower()] if said else "freelance"
    return next((_WORKS[e] for e in profile.engagements if e in _WORKS), "freelance")


def trades(profile: Profile, matched: Sequence[str] = ()) -> list[str]:
    """The trades of the roles the offer names ("assistance", "bookkeeping"), those the
    drafts' languages have words for."""
    found = (
        next((n for n, said in _TRADES if said.search(r)), None)
        for r in _named_roles(profile, matched)
    )
    return list(dict.fromkeys(t for t in found if t))


def employed(profile: Profile, engagement: str) -> bool:
    """Whether the user takes the lead as posted: a full-time post, and full-time work
    among their `engagements` (no role of theirs says they work freelance)."""
    return (
        engagement == "full_time"
        and "full_time" in profile.engagements
        and not _role_saying_how(profile)
    )


def worker(
    profile: Profile, language: str = "en", matched: Sequence[str] = (), engagement: str = ""
) -> str:
    """What the user works as: in English with its article ("a contractor", "a freelance
    translator"; "a data engineer" to a full-time post they take as posted); in another
    language as its drafts say it ("auf Projektbasis")."""
    words = LANGUAGES.get(language)
    if words:
        return words.workers[how_they_work(profile)]
    named = _named_roles(profile, matched)
    roles = [" ".join(spelled(word) for word in r.split()) for r in named]
    if _role_saying_how(profile):
        said = roles[0]
    elif roles and employed(profile, engagement):  # "a data engineer", as posted
        said = listed(roles, "and")
    elif roles:  # "a freelance virtual assistant and bookkeeper"
        said = f"{how_they_work(profile)} {listed(roles, 'and')}"
    else:
        said = _WORKERS[how_they_work(profile)]
    return f"{_article(said)} {said}"


def _article(words: str) -> str:
    """ "an interim ...", "a UX designer", "an SEO consultant", "a user researcher"."""
    first = words.split()[0]
    if first.isupper():  # an acronym, said letter by letter
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    vowel = first[0].lower() in "aeio" or first.lower().startswith(("un", "ul", "up", "ut"))
    return "an" if vowel and not first.lower().startswith(("uni", "one")) else "a"


def offered_skills(
    profile: Profile, text: str = "", roles: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """The skills the offer names, and those it leaves out: those `text`, the lead's
    posting, asks for (under any name the taxonomy or `[profile] aliases` knows them by),
    not the ones of the user's other work ("content writing and SEO" to a Technical
    Writer posting that asks for API docs); where it asks for none, those of the trade
    of `roles`, the lead's matched roles (a copywriter's copywriting: none of a UX
    writer's is SEO); with no role matched, all."""
    asked = [s for s in profile.skills if _asks_for(text, s, profile)]
    trade = {t for role in roles for t in (*aliases_of(role), *related_to(role))}
    ordered = asked or [s for s in profile.skills if not roles or trade & set(aliases_of(s))]
    named = ordered[:_SKILLS]
    return named, [s for s in profile.skills if s not in named]


def _asks_for(text: str, skill: str, profile: Profile) -> bool:
    names = aliases_of(skill, profile.aliases)
    return any(re.search(rf"(?<![\w.+#]){re.escape(n)}(?![\w+#])", text, re.I) for n in names)


def remote_places(profile: Profile, language: str) -> list[str]:
    """The user's places to work remotely from, as a list in `language` names them: no
    city."""
    kept = place_names([p for p in profile.locations if not _is_city(p)], language)
    return [p.removeprefix("the ") for p in kept]  # a list says "(Netherlands, EU)"


def _is_city(place: str) -> bool:
    """ "Lisbon", "London, UK" (a town with its country), never a country ("Georgia")."""
    keys = {spaced(place.strip().casefold()), spaced(place.partition(",")[0].strip().casefold())}
    return any(key in CITY_OF and key not in COUNTRY_OF for key in keys)


def offer_note(
    settings: IntroSettings,
    profile: Profile,
    language: str,
    text: str = "",
    roles: Sequence[str] = (),
) -> str:
    """Lines for the user about an offer from `[profile]`: the skills it left out (those
    the posting did not ask for, or more than a sentence holds); and, in a draft not in
    English, the skills that are words of English ("copywriting"), not a tool's name
    (Python reads alike in any language): they are not translated, and `[intro.offer]`
    words the offer instead."""
    if settings.offer_in(language):
        return ""
    named, left = offered_skills(profile, text, roles)
    lines = []
    if left:
        asked = any(_asks_for(text, s, profile) for s in named)
        which = "those the posting asks for" if asked else "the posting asks for none"
        lines.append(
            f"The offer names {len(named)} of your {len(profile.skills)} [profile] skills "
            f"({which}); left out: {', '.join(map(spelled, left))}."
        )
    english = [s for s in named if s.lower() not in _SPELLINGS]
    if language != "en" and english:
        said = LANGUAGE_NAMES[language]
        lines.append(
            f"The offer keeps your [profile] skills as you wrote them ({', '.join(english)}); "
            f'[intro.offer] {language} = "..." says it in your own {said} words.'
        )
    return "\n".join(lines)


def default_offer(
    profile: Profile,
    language: str = "en",
    text: str = "",
    roles: Sequence[str] = (),
    engagement: str = "",
) -> str:
    """One sentence from `[profile]`: what the user works as (of `roles`, the lead's
    matched roles, if any), the skills the posting (`text`) asks for, kinds of
    engagement, where; in English, or in the language of `warehouse.intro_languages`
    ("fr") to someone who wrote in it. To a full-time post (`engagement`) it offers no
    part-time or freelance work the post does not ask for: the role as posted, or, where
    the user's profile does not take full-time work, that and their way of working."""
    said = _named_roles(profile, roles)
    offered = offered_skills(profile, text, roles)[0]
    tools = [spelled(s) for s in offered if not _restates(s, said)]
    named = remote_places(profile, language)
    places = f" ({', '.join(named)})" if named else ""
    words = LANGUAGES.get(language)
    if words:
        part = bool({"part_time", "fractional"} & set(profile.engagements))
        part = part and engagement != "full_time"
        places = words.places_said.format(words.list_sep.join(named)) if named else ""
        remote = words.remote_said.format(remote=words.remote, places=places)
        return words.offer.format(
            worker=worker(profile, language, roles),
            trade=words.joined([words.trades[t] for t in trades(profile, roles)]),
            skills=listed(tools, words.conjunction) or words.no_skills,
            part=words.part_time if part else "",
            remote=remote if profile.remote_only and places else "",
        )
    kinds = listed([e.replace("_", "-") for e in profile.engagements[:3]], "or") or "freelance"
    remote = f", remote{places}" if profile.remote_only and places else ""
    if said:  # a trade works with its tools: "a bookkeeper with Xero"
        skills = f" with {listed(tools, 'and')}" if tools else ""
    else:  # a freelancer works in a field: "in Python", "in data and software"
        skills = f" in {listed(tools, 'and') or 'data and software'}"
    said_as = worker(profile, matched=roles, engagement=engagement)
    if engagement != "full_time":
        return f"I work as {said_as}{skills}, available for {kinds} work{remote}."
    if employed(profile, engagement):
        return f"I work as {said_as}{skills}{remote} and am keen to take on the role as posted."
    how = how_they_work(profile)
    return (
        f"I work as {said_as}{skills}{remote}. I'm open to the role as posted, or to helping "
        f"on {_article(how)} {how} basis if that suits you."
    )


def _restates(skill: str, roles: Sequence[str]) -> bool:
    """Whether a skill is the trade of a role the offer names ("translation" of a
    translator, "bookkeeping" of a bookkeeper): the offer says it once."""
    stem = skill.casefold()[:7]
    return (
        len(stem) == 7
        and " " not in stem
        and any(word.casefold().startswith(stem) for r in roles for word in r.split())
    )


# how their makers write the tools a [profile] lists in lower case, to match them
_SPELLINGS = {
    name.lower(): name
    for name in (
        "Python", "SQL", "dbt", "DuckDB", "Postgres", "PostgreSQL", "Airflow", "Spark",
        "Kafka", "Snowflake", "BigQuery", "Databricks", "AWS", "GCP", "Azure", "Kubernetes",
        "Docker", "Terraform", "TypeScript", "JavaScript", "React", "Node.js", "Go", "Rust",
        "Java", "Scala", "Ruby", "Rails", "Django", "FastAPI", "Flask", "pandas", "Polars",
        "Prefect", "Dagster", "Looker", "Tableau", "Power BI", "MySQL", "MongoDB", "Redis",
        "GraphQL", "Next.js", "Vue", "Swift", "Kotlin", "C++", "C#", "PHP", "Elixir",
        "PyTorch", "TensorFlow", "LLM", "ML", "ETL", "ELT", "CI/CD", "iOS", "Android",
        "Figma", "Sketch", "Adobe XD", "Framer", "Miro", "Webflow", "WordPress", "Photoshop",
        "Illustrator", "InDesign", "After Effects", "Premiere Pro", "Trados", "memoQ",
        "Phrase", "Smartcat", "Subtitle Edit", "Shopify", "HubSpot", "Salesforce", "Excel",
        "HTML", "CSS", "Sass", "Tailwind", "Tailwind CSS", "Svelte", "SvelteKit", "Angular",
        "Nuxt", "Remix", "Astro", "Gatsby", "Vite", "Webpack", "Storybook", "Redux", "Jest",
        "Cypress", "Playwright", "jQuery", "Three.js", "D3.js", "React Native", "Flutter",
        "Laravel", "Symfony", "Bootstrap", "CRM", "SEO", "UX", "UI", "QA", "SRE",
        "DevOps", "IT", "ERP", "SAP", "S/4HANA", "PowerShell", "Bash", "Linux", "Ansible",
        "Jenkins", "GitHub", "GitLab", "Jira", "Confluence", "Grafana", "Prometheus", "Datadog",
        "Splunk", "Elasticsearch", "Okta", "Intune", "Sentinel", "Defender", "KQL", "Entra ID",
        "Xero", "QuickBooks", "Notion", "Airtable", "Zapier", "Canva", "Google Analytics",
        # office, accounting, support, marketing and project tools of assistants and trades
        "QuickBooks Online", "QuickBooks Desktop", "FreshBooks", "Sage", "NetSuite", "Gusto",
        "Expensify", "Dext", "Bill.com", "Stripe", "PayPal", "Google Workspace", "G Suite",
        "Google Sheets", "Google Docs", "Google Drive", "Google Ads", "Gmail", "Microsoft 365",
        "Office 365", "Microsoft Office", "Outlook", "Word", "PowerPoint", "Teams", "Slack",
        "Zoom", "Calendly", "Dropbox", "Loom", "Zendesk", "Freshdesk", "Intercom", "Gorgias",
        "Help Scout", "LiveChat", "Mailchimp", "Klaviyo", "ActiveCampaign", "ConvertKit",
        "Hootsuite", "Semrush", "Ahrefs", "Meta Ads", "Facebook Ads", "LinkedIn",
        "Instagram", "TikTok", "YouTube", "Pinterest", "Pipedrive", "Zoho", "Zoho CRM",
        "Monday.com", "Asana", "ClickUp", "Trello", "Basecamp", "Wix", "Squarespace",
        "WooCommerce", "Etsy", "Amazon Seller Central", "Kajabi", "Teachable", "ManyChat",
        "Typeform", "Jotform", "Lightroom", "DaVinci Resolve", "Final Cut Pro", "CapCut",
        "Keynote", "Descript", "Make", "VA", "Elementor", "Divi", "Liquid", "GVA",
        # roles said by their letters ("a freelance CFO")
        "CFO", "CTO", "COO", "CMO", "CPO", "CISO",
    )
}  # fmt: skip


def spelled(skill: str) -> str:
    """A skill as its maker writes it ("duckdb" is DuckDB); else as the user wrote it."""
    return _SPELLINGS.get(skill.lower(), skill) if skill.islower() else skill


def listed(items: Sequence[str], last: str) -> str:
    """Items as a sentence lists them: "a, b and c"; in Japanese "a、b、c" (`last` "、")."""
    if last == "、":
        return last.join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}" if len(items) > 1 else "".join(items)
