"""An introduction request for a lead the user's network reaches: a draft, never sent.

Who the contact is to the user comes from the exports (connected since, last messaged);
the role and link from the lead; what the user offers from `[profile]` unless `[intro]
offer` says it in their own words. The wording is a `string.Template` the user can
replace in `[intro] template`. A contact who posted the lead or asked the user for help
is the one hiring: they get a direct offer, not a request to be introduced to themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from string import Template

import duckdb

from extractors._errors import ConfigError
from warehouse.lead_rows import safe_link
from warehouse.ranking.profile import Profile
from warehouse.ranking.taxonomy import ROLE_WORD

PLACEHOLDERS = {
    "first_name": "the contact's first name",
    "contact": "the contact's name",
    "how_you_know": "how you know them, from your exports",
    "role": "the role the lead's title names (a header's role field)",
    "company": "the lead's company",
    "link": "the posting's link",
    "offer": "what you offer",
    "your_name": "your name ([intro] name)",
}
_BLANK_LINES = re.compile(r"\n{3,}")  # where a placeholder had nothing to say
DEFAULT_TEMPLATE = """\
Hi $first_name,

I hope all is well. I noticed that $company is looking for help: $role
$link

$offer

Would you be open to introducing me to whoever is hiring for it, or forwarding this
note to them? I'm happy to send a short CV or portfolio first.

Thanks either way,
$your_name
"""
DIRECT_TEMPLATE = """\
Hi $first_name,

I saw that you're looking for help: $role
$link

$offer

I'd be glad to take it on. Could we have a short call, or shall I send a short CV or
portfolio first?

Thanks,
$your_name
"""


@dataclass(frozen=True)
class IntroSettings:
    """The `[intro]` table."""

    name: str = ""  # how the request is signed
    offer: str = ""  # one or two sentences; default: from [profile]
    template: str = ""  # "": DEFAULT_TEMPLATE, or DIRECT_TEMPLATE to whoever is hiring

    def __post_init__(self) -> None:
        template = Template(self.template)
        if not template.is_valid():
            raise ConfigError("template: a `$` that is not a placeholder (write `$$` for $)")
        unknown = sorted(set(template.get_identifiers()) - set(PLACEHOLDERS))
        if unknown:
            raise ConfigError(
                f"template: unknown placeholder ${unknown[0]} (known: "
                + ", ".join(f"${name}" for name in PLACEHOLDERS) + ")"
            )  # fmt: skip


@dataclass(frozen=True)
class IntroFacts:
    """What the draft says about the lead and the contact."""

    lead_id: str
    contact: str
    role_at: str | None  # "Engineering Manager at Kestrel Robotics GmbH"
    ties: str | None  # the export's summary: "LinkedIn, connected 2024, messaged 2026"
    connected: datetime | None
    last_messaged: datetime | None
    title: str | None
    company: str | None
    url: str
    hiring: bool  # the contact posted the lead or asked the user: no one to introduce

    @property
    def how_you_know(self) -> str:
        parts = []
        if self.connected:
            parts.append(f"connected on LinkedIn since {self.connected:%B %Y}")
        if self.last_messaged:
            parts.append(f"last messaged {self.last_messaged:%d %B %Y}")
        return "; ".join(parts) or self.ties or "in your network"


_FACTS = """
select c.lead_id, c.contact,
       nullif(concat_ws(' at ', p.role, p.organisation), '') as role_at,
       p.tie_summary,
       (select min(t.since) from staging.person_ties as t
        where t.person_id = c.person_id and t.platform = 'linkedin' and t.tie = 'connection'),
       (select max(n.since) from staging.person_contacts as pc
        inner join state.network_contacts as n using (contact_key)
        where pc.person_id = c.person_id and n.tie = 'message'),
       l.title, l.company, l.url, c.contact_is_hiring
from marts.lead_contacts as c
inner join staging.people as p using (person_id)
inner join marts.ranked_leads as l using (lead_id)
where c.lead_id = ?
"""


def intro_facts(con: duckdb.DuckDBPyConnection, lead_id: str) -> IntroFacts | None:
    """The facts of a lead's strongest referral path; None when no path reaches it."""
    row = con.execute(_FACTS, [lead_id]).fetchone()
    return IntroFacts(*row) if row else None


def default_offer(profile: Profile) -> str:
    """One sentence from `[profile]`: skills, kinds of engagement, where."""
    skills = ", ".join(profile.skills[:5]) or "data and software"
    kinds = _either([e.replace("_", "-") for e in profile.engagements[:3]]) or "freelance"
    where = f", remote ({', '.join(profile.locations)})" if profile.locations else ""
    remote = where if profile.remote_only else ""
    return f"I work as a freelancer in {skills}, available for {kinds} work{remote}."


def _either(words: list[str]) -> str:
    """ "freelance, contract or part-time", as one says it."""
    return " or ".join([", ".join(words[:-1]), words[-1]] if len(words) > 2 else words)


def first_name(contact: str) -> str:
    """The name to greet: a person's first name, a handle's user ("@mira@host" is mira)."""
    first = contact.split()[0] if contact.strip() else contact
    return first.lstrip("@").split("@")[0] or first


def _role(title: str | None) -> str:
    """The role a title names: a header's field that names one ("SEEKING FREELANCER |
    Analytics Engineer | Remote (EU)" is an analytics engineer), else the whole title."""
    fields = [field.strip() for field in (title or "").split("|")]
    named = next((f for f in fields if ROLE_WORD.search(f)), None) if len(fields) > 1 else None
    return " ".join((named or title or "this role").split())


def render_intro(facts: IntroFacts, settings: IntroSettings, profile: Profile) -> str:
    """The draft, the template filled in; every placeholder has a value."""
    template = settings.template or (DIRECT_TEMPLATE if facts.hiring else DEFAULT_TEMPLATE)
    values = {
        "first_name": first_name(facts.contact),
        "contact": facts.contact,
        "how_you_know": facts.how_you_know,
        "role": _role(facts.title),
        "company": " ".join((facts.company or "your team").split()),
        "link": safe_link(facts.url) or "",  # an ask by e-mail has no page to link
        "offer": settings.offer or default_offer(profile),
        "your_name": settings.name or "(your name: set [intro] name)",
    }
    return _BLANK_LINES.sub("\n\n", Template(template).substitute(values))
