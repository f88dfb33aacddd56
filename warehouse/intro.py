"""An introduction request for a lead the user's network reaches: a draft, never sent.

Who the contact is to the user comes from the exports (connected since, last messaged);
the role and link from the lead; what the user offers from `[profile]` unless `[intro]
offer` says it in their own words (one per language, if they like). The wording is a
`string.Template` the user can replace in `[intro] template`. A contact who posted the
lead or asked the user for help is the one hiring: they get a direct offer, not a
request to be introduced to themselves (in the language they asked in, where
`warehouse.intro_languages` has a draft in it), unless they recruit for a client: then
the user asks to be introduced to the client. Anyone else gets a request with a note
below it that they can forward as it is, and a plain word on how loosely the user
knows them.
An ask the user already answered in its thread is followed up, not thanked for again.
Once the user has marked the lead applied (or replied, interview), the draft says so:
a word with whoever hires, not an offer to send a CV. A draft to someone who did not
ask is in English, or in the posting's language where `warehouse.intro_requests` has
drafts in it and the contact's profile says they read it (`warehouse.intro_written`),
or as `[intro.contacts]` (for them) or `[intro] language` says; `draft_language` says
which and why (in Portuguese, Brazil's or Portugal's: `warehouse.intro_portuguese`;
in Chinese, Traditional or Simplified characters: `warehouse.intro_chinese`),
and the lines above the draft naming the contact (`to_line`) and other ways in are
notes to the user, in English like it. It addresses the contact as `[intro.contacts]`
says, else as the two write to each other (`draft_register`): du to a friend, Sie to a
loose tie.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from string import Template

import duckdb

from extractors._asks import SOURCE as ASKS
from extractors._asks import ask_language
from extractors._language import written_in
from extractors._orgs import normalize_org
from warehouse import clock
from warehouse.intro_chinese import HONG_KONG, SIMPLIFIED, TRADITIONAL
from warehouse.intro_chinese import characters as chinese_characters
from warehouse.intro_chinese import contact_variant as reads_variant
from warehouse.intro_chinese import named as chinese_named
from warehouse.intro_chinese import written_variant as chinese_written
from warehouse.intro_informal import INFORMAL
from warehouse.intro_japanese import family_name
from warehouse.intro_languages import LANGUAGE_NAMES, LANGUAGES
from warehouse.intro_malay import malay_or
from warehouse.intro_names import HONORIFIC, first_name, greeted
from warehouse.intro_offer import default_offer, listed, worker
from warehouse.intro_portuguese import (
    BRAZILIAN,
    EUROPEAN,
    contact_variant,
    named,
    user_variant,
    written_variant,
)
from warehouse.intro_requests import ENGLISH, REQUESTS, Requests
from warehouse.intro_role import fitting_role, quoted_role
from warehouse.intro_settings import IntroSettings
from warehouse.intro_subjects import subject
from warehouse.intro_written import COUNTRY_LANGUAGES, lives_in, profile_reads
from warehouse.lead_rows import safe_link
from warehouse.network.paths import PLATFORM_NAMES
from warehouse.ranking.profile import Profile

_BLANK_LINES = re.compile(r"\n{3,}")  # where a placeholder had nothing to say
_LEADING_SPACE = re.compile(r"^ +", re.MULTILINE)  # where a sentence's opener had none
# "que" before a vowel: "qu'un client de ...", "qu'Agence Mile-End inc. recrute"
_FRENCH_ELISION = re.compile(r"\bque (?=une? |[aeiouàâéèêëîïôûAEIOUÀÂÉÈÊËÎÏÔÛ])")
# a greeting's name where there is none to say, in a language whose greeting stands
# alone: "Hallo $first_name," is "Hallo,", "Привіт, $first_name!" is "Привіт!"
_NAMELESS = "\x00"
_GREETS_NO_ONE = re.compile(r",? ?\x00")
# a Turkish line that opens with a placeholder's lower-case words, and Turkish capitals
_TURKISH_LINE_START = re.compile(r"^(?!https?://)([a-zçğıöşü])", re.MULTILINE)
_TURKISH_UPPER = {"i": "İ", "ı": "I"}
_RECENT = timedelta(days=365)  # messaged since: no need to say how you know each other
# the statuses by which the user has applied (`leads mark`)
_APPLIED = frozenset({"applied", "replied", "interview"})
# to whoever asked the user for help: their message is the lead, and the reply answers it
# the ask's opening thanks, or (the user already answered it) a word that this follows up
_THANKS = ("Thanks for your message.", "Following up on my earlier reply.")
ASKED_TEMPLATE = """\
Hi $first_name,

$thanks I could help with that myself: $offer

Could we have a short call about it, or shall I send a short CV or portfolio first?

Thanks,
$your_name
"""
# the contact's role says they hire: "Technical Recruiter at ...", "Talent Partner at ...",
# "Chargée de recrutement at ...", "Personalreferentin", "Reclutadora", "Responsabile
# selezione", "Recrutadora", "Wervingsspecialist"
_RECRUITER = re.compile(
    r"\b(?:recruit\w*|recrut\w*|reclut\w*|talents?|sourc(?:er|ing)|hiring"
    r"|personal(?:referent|berater|vermittl)\w*|selecci[oó]n|selezione|werving\w*"
    r"|採用\w*|人事\w*|リクルーター\w*)\b",
    re.IGNORECASE,
)
# a post by someone who recruits for another company: "on behalf of our client", "pour
# le compte de notre client"
_FOR_A_CLIENT = re.compile(
    r"\b(?:our|my|for\s+a)\s+client\b|\bon\s+behalf\s+of\b"
    r"|\b(?:recruitment|recruiting|staffing)\s+(?:agency|firm|partner)\b"
    r"|\b(?:notre|un|une)\s+client(?:e)?\b|\bpour\s+le\s+compte\s+d"
    r"|\bcabinet\s+de\s+recrutement\b"
    # "für unseren Kunden", "im Auftrag eines Kunden", "Personalvermittlung"
    r"|\bf[üu]r\s+(?:unseren|einen)\s+(?:Kunden|Auftraggeber)\b"
    r"|\bim\s+Auftrag\s+(?:unseres|eines)\s+(?:Kunden|Auftraggebers)\b"
    r"|\bPersonal(?:vermittlung|dienstleister|beratung)\b"
    # "para nuestro cliente", "para um cliente nosso", "per un nostro cliente", "voor onze
    # opdrachtgever", "voor een van onze klanten", "namens onze klant", "in opdracht van
    # een van onze opdrachtgevers" (a bare "voor onze klanten" is a firm's many clients)
    r"|\bpara\s+(?:nuestro|un|una|o\s+nosso|um|uma)\s+client[ea]\b"
    r"|\bper\s+(?:un|il)\s+(?:nostro\s+)?cliente\b"
    r"|\b(?:voor|namens|in\s+opdracht\s+van)\s+(?:onze|een)\s+(?:klant|opdrachtgever)\b"
    r"|\b(?:voor|namens|in\s+opdracht\s+van)\s+een\s+van\s+onze\s+(?:klanten|opdrachtgevers)\b"
    # "Dibutuhkan ... untuk klien kami" (a post that hires for it: a software house builds
    # "untuk klien kami" too, Indonesian's client being one or many), "salah satu klien
    # kami", "atas nama klien"
    r"|\b(?:dibutuhkan|dicari|mencari|membuka|merekrut|lowongan)\b[^.!?\n]{0,80}?\buntuk\s+"
    r"(?:salah\s+satu\s+)?klien\s+kami\b|\bsalah\s+satu\s+klien\s+kami\b"
    r"|\b(?:atas\s+nama|mewakili)\s+klien\b"
    # "pro našeho klienta", "náš klient", Slovak "pre nášho klienta", Polish "dla naszego
    # klienta", Romanian "pentru clientul nostru"; Hungarian "ügyfelünk számára" and
    # "megbízónk" (one client: "ügyfeleink" are a firm's many)
    r"|\bpro\s+(?:našeho|jednoho\s+z\s+našich)\s+klient|\bnáš\s+klient\b"
    r"|\bpre\s+(?:nášho|jedného\s+z\s+našich)\s+klient|\bdla\s+(?:naszego|jednego\s+z"
    r"\s+naszych)\s+klient|\bpentru\s+(?:clientul\s+nostru|unul\s+dintre\s+clien)"
    r"|\b(?:ügyfelünk|megbízónk)"
    # "クライアント企業", "弊社クライアント"
    r"|クライアント(?:企業|様)|弊社(?:の)?クライアント",
    re.IGNORECASE,
)


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
    asked: bool  # the lead is the contact's message asking the user for help
    follows: Sequence[str]  # platforms where the user only follows the contact
    roles: Sequence[str] = ()  # the user's roles the lead names (`roles_matched`)
    text: str = ""  # the start of the lead's postings: who they are for
    status: str = "new"  # as the user marked the lead: applied, a draft says so
    domains: Sequence[str] = ()  # the e-mail domains of the contact's cards
    country: str | None = None  # ISO code of the address their contact cards agree on
    register: str | None = None  # as the user and they address each other in messages
    ties_kinds: Sequence[str] = ()  # "platform:tie", as `staging.people` lists them
    register_from: Sequence[str] = ("linkedin",)  # the platforms of the messages showing it
    answered: bool = False  # an ask the user already replied to: the draft follows it up
    language: str | None = None  # the one the user and they write to each other in ("fr")
    unanswered: bool = False  # `register` and `language` are the user's cold messages only
    engagement: str = "unknown"  # the lead's: a full_time one is offered as posted
    placed: str | None = None  # the one country the lead's postings are placed in

    @property
    def name_country(self) -> str | None:
        """The country that says how their name is said: their cards' address, else the
        lead's place, where a colleague at a firm hiring in Karachi most likely lives
        ("Muhammad Ali Khan" there goes by Ali: `intro_names.MUHAMMAD_FIRST`)."""
        return self.country or self.placed

    def how_you_know(self, words: Requests = ENGLISH) -> str:
        """Since when the user is connected and last wrote, in `words`' language; the
        export's summary where neither is known."""
        parts = []
        if self.connected:
            parts.append(words.connected_since.format(when=words.month(self.connected)))
        if self.last_messaged:
            parts.append(words.last_messaged.format(date=words.date(self.last_messaged)))
        return "; ".join(parts) or self.ties or words.in_network


def _voice(column: str) -> str:
    """A person's `column` (register, language) as their conversations show it: one
    conversation's, where they wrote back, outweighs the user's own unanswered messages."""
    return f"""(select case when count(distinct n.{column}) filter (where n.tie <> 'wrote') = 1
                    then min(n.{column}) filter (where n.tie <> 'wrote')
                    when count(*) filter (where n.tie <> 'wrote') = 0
                         and count(distinct n.{column}) = 1
                    then min(n.{column}) end
        from staging.person_contacts as pc
        inner join state.network_contacts as n using (contact_key)
        where pc.person_id = c.person_id and n.{column} is not null)"""


# the platforms where the user only follows the contact (or mentioned them in a public
# post): someone they have not met, which the draft owns up to; of `c.person_id`
FOLLOWED_ONLY = """(select coalesce(list(distinct t.platform order by t.platform), [])
        from staging.person_ties as t
        where t.person_id = c.person_id and t.tie in ('following', 'subscription', 'mention')
          and not exists (select 1 from staging.person_ties as o
                          where o.person_id = t.person_id
                            and o.tie not in ('following', 'subscription', 'follower',
                                              'mention')))"""

_FACTS = """
select c.lead_id, c.contact,
       nullif(concat_ws(' at ', p.role, p.organisation), '') as role_at,
       p.tie_summary,
       (select min(t.since) from staging.person_ties as t
        where t.person_id = c.person_id and t.platform = 'linkedin' and t.tie = 'connection'),
       (select max(n.since) from staging.person_contacts as pc
        inner join state.network_contacts as n using (contact_key)
        where pc.person_id = c.person_id and n.tie = 'message'),
       l.title, l.company, l.url, c.contact_is_hiring, list_contains(l.sources, ?),
       {followed_only},
       coalesce(l.roles_matched, []),
       (select coalesce(string_agg(left(s.text, 3000), ' '), '')
        from staging.lead_members as m
        inner join staging.stg_postings as s using (source, source_id)
        where m.lead_id = c.lead_id),
       l.status, coalesce(p.domains, []),
       (select case when count(distinct n.country) = 1 then min(n.country) end
        from staging.person_contacts as pc
        inner join state.network_contacts as n using (contact_key)
        where pc.person_id = c.person_id),
       {register},
       coalesce(p.ties, []),
       (select coalesce(list(distinct n.platform order by n.platform), [])
        from staging.person_contacts as pc
        inner join state.network_contacts as n using (contact_key)
        where pc.person_id = c.person_id and n.register is not null),
       -- the user wrote in the ask's conversation after it (`extractors._asks`)
       (select coalesce(bool_or(p.extra ->> 'answered_at' is not null), false)
        from staging.lead_members as m
        inner join state.postings as p using (source, source_id)
        where m.lead_id = c.lead_id and m.source = ?),
       {language},
       -- what shows their register and language is only what the user wrote, unanswered
       (select coalesce(bool_and(n.tie = 'wrote'), false)
        from staging.person_contacts as pc
        inner join state.network_contacts as n using (contact_key)
        where pc.person_id = c.person_id
          and (n.register is not null or n.language is not null)),
       coalesce(l.engagement, 'unknown'),
       (select case when count(distinct region) = 1 then min(region) end
        from staging.lead_members as m
        inner join staging.stg_postings as s using (source, source_id),
             unnest(s.remote_regions) as placed(region)
        where m.lead_id = c.lead_id)
from marts.lead_contacts as c
inner join staging.people as p using (person_id)
inner join marts.ranked_leads as l using (lead_id)
where c.lead_id = ?
""".format(register=_voice("register"), language=_voice("language"), followed_only=FOLLOWED_ONLY)


def intro_facts(con: duckdb.DuckDBPyConnection, lead_id: str) -> IntroFacts | None:
    """The facts of a lead's strongest referral path; None when no path reaches it."""
    row = con.execute(_FACTS, [ASKS, ASKS, lead_id]).fetchone()
    return IntroFacts(*row) if row else None


_OTHER_PATHS = """
select o.network_path from staging.lead_paths as o
inner join marts.lead_contacts as c using (lead_id)
where o.lead_id = ? and o.person_id <> c.person_id
order by o.network_strength desc, o.person_id desc
limit ?
"""


def other_paths(con: duckdb.DuckDBPyConnection, lead_id: str, limit: int = 2) -> list[str]:
    """The next strongest ways into the lead after the one a draft is written to (a
    poster's tie counts for more than a colleague's: they invited replies), one of which
    the user may rather write to ("Ines Brandt, Designer at Kestrel (LinkedIn, ...)").
    Ties of strength fall as `marts.lead_contacts` breaks them (the larger person id
    first), so `leads show` lists first whom the draft is written to."""
    return [path for (path,) in con.execute(_OTHER_PATHS, [lead_id, limit]).fetchall()]


def to_line(facts: IntroFacts) -> str:
    """The line above a draft naming whom it is for: "To: Ana Ruiz, CTO at Acme
    (connected on LinkedIn since May 2021)". A note to the user, as every line above
    the draft is, so in English whatever the draft's language."""
    who = f"{facts.contact}, {facts.role_at}" if facts.role_at else facts.contact
    return f"To: {who} ({facts.how_you_know()})"


def also_line(path: str) -> str:
    """A line above the draft naming another way into the lead, for the user: "Also
    reaches it: Ines Brandt, Designer at Kestrel (LinkedIn, connected 2024)"."""
    return f"Also reaches it: {path}"


_HANGUL = re.compile(r"[\uac00-\ud7a3]+")
# the family names of two syllables ("남궁 민" is 남궁민); all others have one
_KOREAN_COMPOUND_FAMILIES = frozenset(["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"])


def korean_name(contact: str | None) -> str:
    """The whole name a Korean greeting says, family name first and unspaced as
    Koreans write it: LinkedIn's "지은 박" (given name first) and "박 지은" are 박지은,
    the one syllable (or 남궁, 황보, ...) the family's; a Latin name as written
    ("Minjun Kim"); no name at all is 담당자 (the one in charge)."""
    words = [w for w in (contact or "").split() if not HONORIFIC.match(w)]
    if len(words) == 2 and all(_HANGUL.fullmatch(w) for w in words):
        family = next((w for w in words if w in _KOREAN_COMPOUND_FAMILIES), None)
        family = family or next((w for w in words if len(w) == 1), None)
        if family:
            return family + next(w for w in words if w is not family)
    return " ".join(words) or "담당자"


def acquaintance(facts: IntroFacts, today: datetime, words: Requests = ENGLISH) -> str:
    """How loosely the user knows the contact, said once and plainly; nothing to someone
    they messaged within the year, or has in their address book (but the opening a
    language says to them: Japanese "お世話になっております。"). A LinkedIn connection
    of years never messaged is no friend, and an account one follows has not met them."""
    if facts.last_messaged and today - facts.last_messaged < _RECENT:
        return words.in_touch
    if facts.last_messaged:
        return words.a_while.format(when=words.month(facts.last_messaged))
    if facts.connected and today - facts.connected < _RECENT:
        return words.connected_lately.format(when=words.month(facts.connected))
    if facts.connected:
        return words.connected_long.format(year=facts.connected.year)
    if facts.follows:
        where = listed([PLATFORM_NAMES.get(p, p) for p in facts.follows], words.conjunction)
        return words.follows.format(where=where)
    return words.in_touch


def _request(facts: IntroFacts, words: Requests) -> str:
    """What to ask for: a recruiter may be the one to take it on, anyone else knows who."""
    return words.recruiter_request if _RECRUITER.search(facts.role_at or "") else words.request


def for_a_client(facts: IntroFacts) -> bool:
    """Whether the contact who posted the lead recruits for another company: the post
    says so, or a recruiter posted for a company that is not their own."""
    if not facts.hiring or facts.asked:
        return False
    if _FOR_A_CLIENT.search(f"{facts.title or ''} {facts.text}"):
        return True
    role, _, organisation = (facts.role_at or "").rpartition(" at ")
    theirs, company = normalize_org(organisation), normalize_org(facts.company)
    return bool(_RECRUITER.search(role)) and None not in (theirs, company) and theirs != company


def _client(facts: IntroFacts, words: Requests) -> str:
    """The client by name when the lead names one besides the recruiter's own firm."""
    organisation = (facts.role_at or "").rpartition(" at ")[2]
    named = facts.company and normalize_org(facts.company) != normalize_org(organisation)
    return " ".join(html.unescape(facts.company or "").split()) if named else words.your_client


def placed_by_agency(facts: IntroFacts) -> bool:
    """Whether the posting was placed by an agency for a client it does not name, the
    contact not its poster: the company it gives (the agency) is not the one hiring."""
    return not (facts.hiring or facts.asked) and bool(
        _FOR_A_CLIENT.search(f"{facts.title or ''} {facts.text}")
    )


def _company(facts: IntroFacts, words: Requests) -> str:
    """The lead's company as a draft names it: "a client of Talentbridge" where an
    agency placed it, so a recruiter there is not told their agency is hiring."""
    company = " ".join(html.unescape(facts.company or "").split())
    if not company:
        return words.your_team
    return words.client_of(company) if placed_by_agency(facts) else words.company_named(company)


def ask_written_in(facts: IntroFacts) -> str | None:
    """The language the contact asked in; None for a lead that is no ask."""
    if not facts.asked:
        return None
    language = ask_language(facts.title or "")
    return malay_or(language, facts.title or "")


def called(facts: IntroFacts, language: str) -> str:
    """The contact's name as a draft in `language` greets them, and so as the notes
    above it name them ("Rizki" for "Muhammad Rizki" in Indonesian, "Anna" for "Kovács
    Anna"): one rule for both (`warehouse.intro_names.first_name`)."""
    return first_name(facts.contact, country=facts.name_country, language=language)


def draft_language(
    facts: IntroFacts, settings: IntroSettings, profile: Profile | None = None
) -> tuple[str, str]:
    """The language to write in ("pt-BR" for Brazil's Portuguese), and a line saying why
    where the user may wonder: `_language`'s, and in Portuguese which one
    (`warehouse.intro_portuguese`: the user's own, else the contact's), in Chinese which
    characters (`warehouse.intro_chinese`: the contact's)."""
    language, why = _language(facts, settings)
    if language == "zh":
        return _chinese(facts, why)
    if language.partition("-")[0] != "pt":
        return language, why
    return _portuguese(facts, language, why, profile)


def _chinese(facts: IntroFacts, why: str) -> tuple[str, str]:
    """Traditional or Simplified characters, as the contact reads them
    (`warehouse.intro_chinese`): the posting's, else where they live, else their name's,
    else Simplified."""
    name = called(facts, "zh")
    said = chinese_written(f"{facts.title or ''} {facts.text}")
    variant, reason = (
        (said and (said, f"the posting is written in {chinese_characters(said)}"))
        or reads_variant(name, facts.contact, facts.country, facts.domains)
        or (
            SIMPLIFIED,
            "nothing says which, and most who read Chinese read Simplified "
            f'([intro.contacts] "{facts.contact}" = "zh-Hant" writes Traditional)',
        )
    )
    place = reads_variant(name, facts.contact, facts.country, facts.domains)
    if variant == TRADITIONAL and place and place[0] == HONG_KONG:  # a posting in Traditional
        variant, reason = HONG_KONG, f"{reason}, and {place[1]}"
    return variant, _variant_why(why, "Chinese", chinese_named(variant), reason)


def _portuguese(
    facts: IntroFacts, language: str, why: str, profile: Profile | None
) -> tuple[str, str]:
    """Brazil's or Portugal's Portuguese: as the config says it ("pt-BR"), else the
    user's, the contact's wording, where the contact lives, else Brazil's."""
    if language != "pt":
        return (BRAZILIAN if language == BRAZILIAN else EUROPEAN), why
    name = called(facts, language)
    said = written_variant(f"{facts.title or ''} {facts.text}")
    whose = f"{name}'s message writes it" if facts.asked else "the posting writes it"
    variant, reason = (
        user_variant(profile)
        or (said and (said, whose))
        or contact_variant(name, facts.country, facts.domains)
        or (
            BRAZILIAN,
            "nothing says which, and most who write Portuguese write Brazil's "
            f'([intro.contacts] "{facts.contact}" = "pt-PT" writes European)',
        )
    )
    return variant, _variant_why(why, "Portuguese", named(variant), reason)


def _variant_why(why: str, language: str, variant: str, reason: str) -> str:
    """The language's line with the variant named in it ("In Brazil's Portuguese") and why
    that one, or that reason alone where the language needed no line."""
    if not why:
        return f"In {variant}: {reason}."
    return f"{why.replace(f'In {language}', f'In {variant}', 1).rstrip('.')}; {reason}."


def _language(facts: IntroFacts, settings: IntroSettings) -> tuple[str, str]:
    """The language to write in, and a line saying why where the user may wonder: an
    ask's own where there is a reply in it; to anyone else, what `[intro.contacts]` says
    for them, else `[intro] language`, or (auto) the one the two write to each other in
    where their messages show it, else the posting's where there is a draft in it and the
    contact's profile says they read it (their title in it, an e-mail in its country, or
    they posted it). Else English, and your own `[intro] template` is in the language it
    says."""
    if facts.asked:
        return _reply_language(facts)
    if settings.template and settings.language == "auto":
        return "en", ""
    posting = malay_or(written_in(f"{facts.title or ''} {facts.text}"), facts.text)
    said = LANGUAGE_NAMES.get(posting or "en", "")
    chosen, _ = settings.addressed(facts.contact)
    if chosen is not None:
        where = f"[intro.contacts] says for {called(facts, chosen)}"
    elif settings.language != "auto":
        chosen, where = settings.language, "[intro] language says"
    elif facts.language in REQUESTS:
        chosen, where = facts.language, _written(facts, called(facts, facts.language))
    if chosen is not None:
        shown = chosen != "en" or posting not in (None, "en")
        return chosen, f"In {LANGUAGE_NAMES[chosen]}, as {where}." if shown else ""
    if posting is None:
        return _country_language(facts)
    name = called(facts, "en")
    if posting == "en":
        return "en", _english_to_a_reader_of(facts, name)
    if posting not in REQUESTS:
        return (
            "en",
            f"The posting is in {said}; there is no draft in it, so this one is in English.",
        )
    role, _, organisation = (facts.role_at or "").rpartition(" at ")
    role = role or facts.role_at or ""
    theirs = called(facts, posting)  # the name a draft in the posting's language greets
    reads = profile_reads(posting, role, facts.domains, theirs, facts.country, organisation)
    why = f"{theirs} posted it" if facts.hiring else reads
    if why is None:
        return "en", (
            f"The posting is in {said}, but nothing in {name}'s profile says they read it, so "
            f'this draft is in English ([intro] language = "{posting}" writes in {said}).'
        )
    return posting, f"In {said}: the posting is in {said}, and {why}."


def _english_to_a_reader_of(facts: IntroFacts, name: str) -> str:
    """A line for an English posting to a contact whose profile says they read another
    language there is a draft in (their country's, or Japanese by a title or name in
    kana, a `.jp` e-mail, 株式会社; Korean, Chinese by a `.tw` e-mail or 有限公司): the
    draft stays English, the line says how to switch."""
    role, _, organisation = (facts.role_at or "").rpartition(" at ")
    role = role or facts.role_at or ""
    for language in dict.fromkeys((COUNTRY_LANGUAGES.get(facts.country or ""), "ja", "ko", "zh")):
        if language not in REQUESTS or language == "en":
            continue
        reads = profile_reads(language, role, facts.domains, name, facts.country, organisation)
        if reads is not None:
            return (
                f"In English, as the posting is; {reads} ([intro.contacts] "
                f'"{facts.contact}" = "{language}" writes in {LANGUAGE_NAMES[language]}).'
            )
    return ""


def _written(facts: IntroFacts, name: str) -> str:
    """How the user and the contact write to each other, owning up to a cold message."""
    if facts.unanswered:
        return f"you wrote to {name} ({name} has not answered)"
    return f"you and {name} write to each other"


def _country_language(facts: IntroFacts) -> tuple[str, str]:
    """For a posting whose words say no language: English, never a guess from where the
    contact lives (an address in Germany is no proof they would rather read German: many
    there write English at work); a line says how to choose where it has a draft."""
    language = COUNTRY_LANGUAGES.get(facts.country or "")
    if language not in REQUESTS:
        return "en", ""
    name = called(facts, "en")
    return "en", (
        f"In English: {lives_in(facts.country, name)}, but neither the posting nor your "
        f"messages show which language {name} reads ([intro.contacts] "
        f'"{facts.contact}" = "{language}" writes in {LANGUAGE_NAMES[language]}).'
    )


def _reply_language(facts: IntroFacts) -> tuple[str, str]:
    """An ask's own language where there is a reply in it; else English, with a word on
    the language they wrote in ("Bengali")."""
    language = ask_written_in(facts)
    if language == "zh":  # in the ask's characters, else the contact's
        return _chinese(facts, "")[0], ""
    if language in LANGUAGES:
        return language, ""
    if language in (None, "en"):
        return "en", ""
    said = LANGUAGE_NAMES.get(language, language)
    return "en", f"They wrote in {said}; there is no draft in it, so this one is in English."


_NO_SETTINGS = IntroSettings()
# how each language addresses a contact, informally and formally, for the note
_ADDRESS = {
    "de": ('"du"', '"Sie"'), "fr": ('"tu"', '"vous"'), "es": ('"tú"', '"usted"'),
    "pt": ('"tu"', "the third person"), "it": ('"tu"', '"Lei"'), "nl": ('"je"', '"u"'),
    "pl": ('"ty"', '"Dzień dobry" and no "ty"'), "uk": ('"ти"', '"Ви"'),
    "ja": ('"さん"', '"様"'), "tr": ('"sen"', '"siz"'), "id": ('"kamu"', '"Anda"'),
    "cs": ('"ty"', '"vy"'), "hu": ('"te"', '"Ön"'),
    "zh-Hant": ('"你"', '"您"'), "zh-Hans": ('"你"', '"您"'), "zh-HK": ('"你"', '"您"'),
    "ru": ('"ты"', '"Вы"'), "ms": ('"awak"', '"anda"'), "el": ('"εσύ"', '"εσείς"'),
    "vi": ('"bạn"', '"anh/chị"'),
}  # fmt: skip


def draft_register(
    facts: IntroFacts, language: str, settings: IntroSettings = _NO_SETTINGS
) -> tuple[str, str]:
    """How a request addresses the contact ("informal" or "formal"; "" in English and
    to an ask, whose reply follows the ask), and a line saying what showed it: what
    `[intro.contacts]` says for them; else how the two write to each other in their
    messages; else a Facebook friendship, an Instagram close friend or a mutual follow
    on Instagram, informal; else formal, as to a loose tie (no line)."""
    if facts.asked or language not in _ADDRESS:
        return "", ""
    informal, formal = _ADDRESS[language]
    name = called(facts, language)
    _, told = settings.addressed(facts.contact)
    if told is not None:
        said = informal if told == "informal" else formal
        return told, f"Addressed with {said}, as [intro.contacts] says for {name}."
    if facts.register in ("informal", "formal"):
        said = informal if facts.register == "informal" else formal
        where = listed([PLATFORM_NAMES.get(p, p) for p in facts.register_from], "and")
        if facts.unanswered:
            return facts.register, (
                f"Addressed with {said}, as you wrote to {name} on {where} "
                f"({name} has not answered)."
            )
        return facts.register, f"Addressed with {said}, as in your {where} messages with {name}."
    if language == "ja" and not facts.last_messaged and _senior_at_client(facts):
        return "formal", (
            f"Addressed with {formal}: {name} is senior at the company hiring "
            f"({facts.role_at}), and you have not written to each other."
        )
    kinds = set(facts.ties_kinds)
    if "facebook:friend" in kinds:
        return "informal", f"Addressed with {informal}: {name} is your Facebook friend."
    if "instagram:close_friend" in kinds:
        return "informal", (
            f"Addressed with {informal}: {name} is on your close friends on Instagram."
        )
    if {"instagram:following", "instagram:follower"} <= kinds:
        return "informal", (
            f"Addressed with {informal}: you and {name} follow each other on Instagram."
        )
    if language == "ja" and facts.last_messaged:  # 様 is for cold mail
        return "informal", f"Addressed with {informal}: you and {name} have written to each other."
    return "formal", ""


# a title that heads a company or a part of it: "代表取締役", "開発部長", "CEO", "Director"
_SENIOR = re.compile(
    r"社長|代表|取締役|役員|部長|本部長|執行役|CEO|CTO|COO|CFO|CMO|CIO"
    r"|\b(?:founder|co-founder|president|director|vp|vice\s+president|head\s+of"
    r"|managing|owner)\b",
    re.IGNORECASE,
)


def _senior_at_client(facts: IntroFacts) -> bool:
    """Whether the contact heads the company hiring (or a part of it): they posted the
    lead, or their company is its, and their title is senior. A first Japanese mail to
    them is to 様, however they are tied to the user on Facebook or Instagram."""
    role, _, organisation = (facts.role_at or "").rpartition(" at ")
    at_client = facts.hiring or (
        normalize_org(organisation) is not None
        and normalize_org(organisation) == normalize_org(facts.company)
    )
    return at_client and bool(_SENIOR.search(role))


def _requests(facts: IntroFacts, language: str, settings: IntroSettings) -> Requests:
    """The drafts in `language`, in the register `draft_register` chooses; to an ask, the
    ask's own, so its reply greets as a friend does where the ask said "ты" or "εσύ"
    ("Привет, Иван!", not the patronymic; "Γεια σου Γιώργο,", not "κύριε")."""
    if facts.asked and language in LANGUAGES and language in INFORMAL:
        informal = LANGUAGES[language].register(facts.title or "") == "informal"
        return INFORMAL[language] if informal else REQUESTS.get(language, ENGLISH)
    informal = draft_register(facts, language, settings)[0] == "informal"
    return INFORMAL[language] if informal else REQUESTS.get(language, ENGLISH)


def _template(facts: IntroFacts, settings: IntroSettings, language: str) -> str:
    if settings.template:
        return settings.template
    if facts.asked:
        words = LANGUAGES.get(language)
        if words is None:
            return ASKED_TEMPLATE
        formal = words.register(facts.title or "") == "formal"
        template = words.formal if formal else words.informal
        return words.follow_up(template, formal) if facts.answered else template
    requests = _requests(facts, language, settings)
    if facts.status in _APPLIED:
        return requests.applied_posted if facts.hiring else requests.applied
    if for_a_client(facts):
        return requests.client
    return requests.posted if facts.hiring else requests.default


def _signed(text: str, signature: str) -> str:
    """The draft with the user's signature under its sign-off, the message's last line,
    and under the note to forward: whoever it reaches finds the link and how to reply."""
    return "\n---\n".join(f"{part.rstrip()}\n{signature}\n" for part in text.split("\n---\n"))


# the platforms of an address book: a contact known only from one is written to by e-mail
_ADDRESS_BOOKS = frozenset(["google_contacts", "vcard"])


def by_email(facts: IntroFacts) -> bool:
    """Whether the draft goes by e-mail, so needs a subject: the user knows the contact
    only from an address book (no platform to message them on). A reply to an ask keeps
    its thread's subject."""
    platforms = {kind.partition(":")[0] for kind in facts.ties_kinds}
    return bool(platforms) and platforms <= _ADDRESS_BOOKS and not facts.asked


def render_intro(
    facts: IntroFacts, settings: IntroSettings, profile: Profile, today: datetime | None = None
) -> str:
    """The draft, the template filled in; every placeholder has a value."""
    role = quoted_role(facts.title) or fitting_role(facts.title, facts.roles)
    language, _ = draft_language(facts, settings, profile)
    words = _requests(facts, language, settings)  # an ask's reply uses only $offer and names
    text = f"{facts.title or ''} {facts.text}"
    offer = settings.offer_in(language) or default_offer(
        profile, language, text, facts.roles, facts.engagement
    )
    person = greeted(facts.contact, facts.company, country=facts.name_country, language=language)
    name = words.vocative(person) if person else words.nameless or _NAMELESS
    if words.greets:  # Hungarian: "Kovács Anna", or "Anna" to a friend
        name = (person and words.greets(facts.contact)) or _NAMELESS
    if words.family_name:  # Japanese: "山田様", "ご担当者様"
        name = family_name(facts.contact)
    if words.whole_name:  # Korean: "김민준님", "Minjun Kim님"
        name = korean_name(facts.contact)
    values = {
        "first_name": name,
        "contact": facts.contact or "",
        "how_you_know": facts.how_you_know(words),
        "acquaintance": acquaintance(facts, today or clock.now(), words),
        "request": _request(facts, words),
        "role": role or "this role",
        "the_role": words.the_role(role) if role else words.open_roles,
        "company": _company(facts, words),
        "client": _client(facts, words),
        "link": safe_link(facts.url) or "",  # an ask by e-mail has no page to link
        "offer": offer,
        "worker": worker(profile, language, facts.roles, facts.engagement),
        "thanks": _THANKS[facts.answered],
        "your_name": settings.name or "(your name: set [intro] name)",
        "signature": settings.signature.strip(),
    }
    text = _LEADING_SPACE.sub("", Template(_template(facts, settings, language)).substitute(values))
    if language == "fr":
        text = _FRENCH_ELISION.sub("qu'", text)
    if language == "tr":  # "açık pozisyonlar için ..." opening a sentence
        text = _TURKISH_LINE_START.sub(lambda m: _TURKISH_UPPER.get(m[1], m[1].upper()), text)
    text = _GREETS_NO_ONE.sub("", text)  # "Hallo,", "Hola:", "Привіт!"
    if language == "hu":  # "Kedves" needs a name; "Szia!" alone is how friends greet
        text = text.replace("Kedves!\n", "Jó napot kívánok!\n", 1)
    if settings.signature.strip() and not settings.template:
        text = _signed(text, settings.signature.strip())
    if by_email(facts) and not settings.template:
        company = " ".join(html.unescape(facts.company or "").split())
        said = subject(
            language, role, company, posted=facts.hiring, applied=facts.status in _APPLIED
        )
        text = f"Subject: {said}\n\n{text}"
    return _BLANK_LINES.sub("\n\n", text.replace(" ()", "").replace("（）", ""))
