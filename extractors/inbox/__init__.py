"""Job-alert e-mails the user already receives, read locally: an mbox file (Google
Takeout), a Maildir, a folder of `.eml` files, or an IMAP folder (read-only).

Most platforms that matter to freelancers (LinkedIn, Upwork, Indeed, Wellfound) cannot
be scraped within their terms, but they e-mail the user job alerts every day. One
parser per sender (`senders/`) reads the jobs out of each alert; mail from any other
sender is skipped and counted, and never stored. The raw layer keeps what was read, not
the message: each alert's `Page` is a small JSON document of the jobs it lists (parser,
date, a hash of the Message-ID, the job fields), so `parse` stays pure and `leads
rebuild` can re-read it. With `scan_messages` (from `[network] scan_messages`), a
personal message that asks for help keeps its asking sentence, sender and date, and
becomes a `network-message` lead if the sender is in the user's network.

Terms: the user's own mailbox; alerts relay third parties' posts, scams included, so
every job goes through the same legitimacy checks. Nothing in the mailbox is changed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors._asks import ask_posting, ask_sentence, email_sender
from extractors._contract import (
    ConfigError,
    Engagement,
    Page,
    ParseError,
    Posting,
    Provenance,
    Skip,
)
from extractors._joburls import ANY_SENDER, board_at, tracked_by
from extractors._normalize import engagement_from_label, failure, json_body, utc_from_iso
from extractors.inbox import _mailboxes, _message
from extractors.inbox.senders import Job, Parser, fallback, parser_by_subject, parser_for
from extractors.inbox.senders import generic as generic_alerts

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "inbox"
ATTRIBUTION = "Your job-alert mail: link each job to its platform's page."
# the platform each alert came from, as its credit names it; the senders read are listed
# in the README ("Your own job-alert e-mails")
_ALERTS = {
    "linkedin": "LinkedIn", "indeed": "Indeed", "upwork": "Upwork", "wellfound": "Wellfound",
    "glassdoor": "Glassdoor", "malt": "Malt", "stepstone": "StepStone", "xing": "XING",
    "totaljobs": "Totaljobs", "reed": "Reed", "cvlibrary": "CV-Library",
    "seek": "SEEK", "naukri": "Naukri",
    "freelancermap": "freelancermap", "contra": "Contra", "otta": "Otta",
    "wttj": "Welcome to the Jungle", "toptal": "Toptal", "jobsch": "jobs.ch / jobup.ch",
    "remoteok": "Remote OK", "weworkremotely": "We Work Remotely",
    "workingnomads": "Working Nomads", "googlejobs": "Google job", "freework": "Free-Work",
    "apec": "APEC", "hellowork": "Hellowork", "gupy": "Gupy", "programathor": "Programathor",
    "vagas": "Vagas.com.br", "trampos": "Trampos.co", "remotar": "Remotar", "dice": "Dice",
    "justjoin": "justjoin.it", "nofluffjobs": "No Fluff Jobs", "pracuj": "pracuj.pl",
    "bulldogjob": "Bulldogjob", "theprotocol": "theprotocol.it", "djinni": "Djinni",
    "dou": "DOU", "workua": "Work.ua", "robotaua": "robota.ua", "freelancer": "Freelancer.com",
    "computrabajo": "Computrabajo", "bumeran": "Bumeran", "zonajobs": "ZonaJobs",
    "getonbrd": "Get on Board", "elempleo": "elempleo.com", "magneto": "Magneto365",
    "torre": "Torre", "workana": "Workana", "infojobs": "InfoJobs",
    "tecnoempleo": "Tecnoempleo", "proz": "ProZ.com", "levtech": "レバテックフリーランス",
    "findy": "Findy Freelance", "lancers": "Lancers", "crowdworks": "CrowdWorks",
    "wantedly": "Wantedly", "jobberman": "Jobberman", "brightermonday": "BrighterMonday",
    "myjobmag": "MyJobMag", "fuzu": "Fuzu", "pnet": "PNet", "careerjunction": "CareerJunction",
    "careers24": "Careers24", "onlinejobs": "OnlineJobs.ph", "jobstreet": "JobStreet",
    "kalibrr": "Kalibrr", "wanted": "Wanted (원티드)", "jumpit": "Jumpit",
    "jobkorea": "JobKorea", "rocketpunch": "Rocketpunch", "wishket": "Wishket",
    "kmong": "Kmong (크몽)",
    "saramin": "Saramin", "freelancenl": "Freelance.nl", "striive": "Striive",
    "werkzoeken": "Werkzoeken.nl", "hoofdkraan": "Hoofdkraan", "nvb": "Nationale Vacaturebank",
    "brainville": "Brainville", "cinode": "Cinode Market", "keyman": "Keyman", "nikita": "Nikita",
    "ework": "ework", "kvalitetskonsulterna": "Kvalitetskonsulterna",
    "platsbanken": "Platsbanken", "jobbsafari": "Jobbsafari", "kariyer": "Kariyer.net",
    "yenibiris": "Yenibiris", "secretcv": "secretcv", "bionluk": "Bionluk",
    "wuzzuf": "Wuzzuf", "forasna": "Forasna", "bayt": "Bayt.com", "gulftalent": "GulfTalent",
    "mostaql": "Mostaql",
    "khamsat": "Khamsat", "bdjobs": "Bdjobs",
    "subito": "Subito", "randstad": "Randstad", "addlance": "Addlance",
    "itviec": "ITviec", "topcv": "TopCV", "vietnamworks": "VietnamWorks", "topdev": "TopDev",
    "careerviet": "CareerViet",
    "glints": "Glints", "karir": "Karir.com", "projectscoid": "Projects.co.id",
    "dealls": "Dealls", "lokerid": "Loker.id", "cocuma": "Cocuma", "techloop": "Techloop",
    "ejobs": "eJobs", "hipo": "Hipo", "bestjobs": "BestJobs", "undelucram": "Undelucram",
    "jobscz": "Jobs.cz", "pracecz": "Prace.cz", "startupjobs": "StartupJobs",
    "profesia": "Profesia", "professionhu": "Profession.hu", "cvonline": "CV Online",
    "peopleperhour": "PeoplePerHour", "greenhouse": "Greenhouse", "lever": "Lever",
    "ashby": "Ashby", "workable": "Workable", "google": "Google Careers", "jora": "Jora",
    "workopolis": "Workopolis", "jobbank": "Job Bank", "ziprecruiter": "ZipRecruiter",
    "jobillico": "Jobillico", "jobboom": "Jobboom",
    "freemoa": "Freemoa", "problogger": "ProBlogger", "writethedocs": "Write the Docs",
    "builtin": "Built In", "remoteco": "Remote.co", "arc": "Arc.dev", "jooble": "Jooble",
    "adzuna": "Adzuna", "simplyhired": "SimplyHired", "monster": "Monster", "flexjobs": "FlexJobs",
    "braintrust": "Braintrust", "turing": "Turing", "gunio": "Gun.io", "fiverr": "Fiverr",
    "cwjobs": "CWJobs", "jobserve": "JobServe", "foundit": "foundit", "instahyre": "Instahyre",
    "hirist": "hirist", "iimjobs": "iimjobs", "cutshort": "Cutshort", "occ": "OCC",
    "laborum": "Laborum", "99freelas": "99Freelas", "remotive": "Remotive",
    "himalayas": "Himalayas", "jobicy": "Jobicy", "arbeitnow": "Arbeitnow",
    "googlealerts": "Google",
}  # fmt: skip
CREDITS = {
    platform: f"{name} alert: from your own mailbox; link each job to its platform's page."
    for platform, name in _ALERTS.items()
}
PROVENANCE: Provenance = "aggregator"
# the stats key of mail from a list or marketing sender it reads no parser for, by its
# domain: the run's summary names the most frequent (an alert service not read yet)
UNREAD_LIST = "skipped/list_from/"
# Outlook's .msg files in a configured folder that hold no message: not read, and the
# run says how to export
OUTLOOK_MSG = "skipped/outlook_msg"
OUTLOOK_PST = "skipped/outlook_pst"  # Outlook's data files: not read either
_OUTLOOK = {".msg": OUTLOOK_MSG, ".pst": OUTLOOK_PST}
SUMMARY = True  # a short text by nature: its length is no evidence
WINDOWED = True  # an alert lists some jobs of a moment: a job missing later is not closed
MAX_MESSAGE_BYTES = 25 * 1024 * 1024
_IMAP = "imap:"
# what makes an unknown sender's mail worth decoding: markup in sight, or an HTML part
# in base64 that could hide it; and how much of it: text and HTML parts come before the
# attachments, so a message's head holds what is read of it
_HEAD_BYTES = 1 << 20
_ASK_BYTES = 64 << 10  # a person's own words come first, well within this
# the word across quoted-printable soft line breaks ("Job=\nPosting"), which may split it
_MARKUP = re.compile(rb"(?:=\r?\n)?".join(bytes([c]) for c in b"jobposting"), re.IGNORECASE)
_HTML = re.compile(rb"content-type:\s*text/html", re.IGNORECASE)
_BASE64 = re.compile(rb"content-transfer-encoding:\s*base64", re.IGNORECASE)
# the engagement of every job on a board: a freelance marketplace's or project board's is
# freelance work, a consultant broker's assignment (a Swedish "konsultuppdrag") a contract
_FREELANCE: Engagement = "freelance"
_CONTRACT: Engagement = "contract"
_BOARD_ENGAGEMENTS: dict[str, Engagement] = {
    **dict.fromkeys(
        ("freelancermap", "contra", "malt", "freelancer", "peopleperhour", "toptal", "workana",
         "levtech", "findy", "lancers", "crowdworks", "wishket", "kmong", "freemoa", "freelancenl",
         "hoofdkraan", "upwork", "bionluk", "mostaql", "khamsat", "addlance", "fiverr", "99freelas",
         "braintrust", "gunio"),
        _FREELANCE,
    ),
    **dict.fromkeys(
        ("brainville", "cinode", "keyman", "nikita", "ework", "kvalitetskonsulterna", "turing"),
        _CONTRACT,
    ),
}  # fmt: skip
# boards that list remote jobs only (their API sources' REMOTE_BOARD): a job an alert of
# theirs lists is remote though its card says nothing of it (OnlineJobs.ph's are work
# from home for Filipino workers: "Must overlap 4 hours with EST" is then hours, no place)
_REMOTE_BOARDS = (
    "remoteok:", "weworkremotely:", "workingnomads:", "onlinejobs:", "remoteco:", "arc:",
    "remotive:", "himalayas:",
)  # fmt: skip
# what reading one odd message may raise (the stdlib's MIME parts, bs4, a sender parser)
_LABELS = re.compile(r",| - ")
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError, LookupError)


@dataclass(frozen=True)
class Settings:
    """The `[sources.inbox]` table. Paths are relative to the config file."""

    paths: tuple[str, ...] = ()  # mbox files, Maildir folders, folders of .eml files
    imap_host: str = ""  # an IMAP server (optional): read-only, since `since`
    imap_port: int = 993
    imap_user: str = ""
    imap_password_env: str = "LEADS_IMAP_PASSWORD"  # the variable holding the password
    imap_folder: str = "INBOX"
    imap_tls: bool = True  # false only for a server on this machine
    since: str = ""  # YYYY-MM-DD: older messages are skipped
    my_addresses: tuple[str, ...] = ()  # your own addresses: your messages are no asks
    scan_messages: bool = False  # set by [network] scan_messages


def _since(settings: Settings) -> date | None:
    if not settings.since:
        return None
    try:
        return date.fromisoformat(settings.since)
    except ValueError as error:
        raise ConfigError(f"since: expected YYYY-MM-DD, got {settings.since!r}") from error


def units(settings: Settings) -> list[str]:
    """Each configured path, and the IMAP folder when a host is set."""
    _since(settings)
    found = list(dict.fromkeys(settings.paths))
    if settings.imap_host:
        found.append(f"{_IMAP}{settings.imap_user}@{settings.imap_host}/{settings.imap_folder}")
    return found


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """One page per alert e-mail (and per personal message that asks, when scanning);
    everything else is counted in the client's stats and forgotten."""
    since = _since(settings)
    if unit.startswith(_IMAP):
        imap = _mailboxes.Imap(
            settings.imap_host, settings.imap_port, settings.imap_user,
            settings.imap_password_env, settings.imap_folder, settings.imap_tls, since,
        )  # fmt: skip
        messages = _mailboxes.imap(imap, MAX_MESSAGE_BYTES)
    else:
        messages = _mailboxes.local(
            Path(unit), MAX_MESSAGE_BYTES, lambda kind: client.stats.inc(_OUTLOOK[kind])
        )
    mine = frozenset(address.lower() for address in settings.my_addresses)
    # a message kept in two folders (Takeout's label files, an .eml saved beside them)
    # gives its document once; under two configured paths, the load stores it once (its
    # postings' ids are the same), as a fetch keeps no state across its units
    seen: set[bytes] = set()
    for raw in messages:
        client.stats.inc("inbox/messages")
        if raw.data is None:
            client.stats.inc("skipped/too_large")
            continue
        try:
            document = _read(raw.data, mine, since, settings.scan_messages, client)
        except _UNREADABLE as error:  # one odd message, not the mailbox: parse reports it
            document = _unreadable(raw.data, error)
        if document is None:
            continue
        body = json.dumps(document, ensure_ascii=False, sort_keys=True).encode()
        if (digest := hashlib.sha256(body).digest()) in seen:
            client.stats.inc("skipped/duplicate")
        else:
            seen.add(digest)
            url = f"message:{document['message']}"
            yield Page(NAME, url, 200, {"content-type": "application/json"}, body,
                       datetime.now(UTC), scope=unit)  # fmt: skip


def _unreadable(raw: bytes, error: Exception) -> dict[str, Any]:
    """The document of a message that could not be read: which one, by which parser,
    and where it failed; never the error's own message, which may quote the mail."""
    envelope = _message.envelope(raw)
    parser = parser_for(envelope.sender_address)
    return {
        "message": envelope.message_hash,
        "parser": parser.NAME if parser else "message",
        "error": failure(error, quote=False),
    }


def _read(
    raw: bytes, mine: frozenset[str], since: date | None, scan: bool, client: PoliteClient
) -> dict[str, Any] | None:
    """The JSON document of one message, or None (counted) when it gives nothing."""
    envelope = _message.envelope(raw, mine)
    if since and envelope.date and envelope.date.date() < since:
        client.stats.inc("skipped/before_since")
        return None
    sender = envelope.sender_address
    parser, message = parser_for(sender), None
    if parser is None and envelope.forward and envelope.sent_by_me:
        parser, message, sender = _forwarded(raw)
    document: dict[str, Any] = {
        "message": envelope.message_hash,
        "date": envelope.date.isoformat() if envelope.date else None,
    }
    if parser is not None:
        jobs = parser.jobs(message or _message.full(raw))
        client.stats.inc(f"inbox/{parser.NAME}/jobs", len(jobs))
        if not jobs:
            client.stats.inc(f"skipped/{parser.NAME}_without_jobs")
            return None
        document = {**document, "parser": parser.NAME, "jobs": [asdict(job) for job in jobs]}
        return {**document, **_sender_board(sender, jobs)}
    # a staffing vendor's requirement, known by its subject; a person's "urgent need" with
    # no role stated in it is still theirs to ask
    by_subject = parser_by_subject(envelope.subject)
    if by_subject and (jobs := by_subject.jobs(_message.full(raw[:_HEAD_BYTES]))):
        client.stats.inc(f"inbox/{by_subject.NAME}/jobs", len(jobs))
        return {**document, "parser": by_subject.NAME, "jobs": [asdict(job) for job in jobs]}
    if generic := _markup_jobs(raw[:_HEAD_BYTES]):
        client.stats.inc("inbox/jsonld/jobs", len(generic))
        return {**document, "parser": "jsonld", "jobs": [asdict(job) for job in generic]}
    if carded := _card_jobs(raw[:_HEAD_BYTES], envelope):
        client.stats.inc(f"inbox/{generic_alerts.NAME}/jobs", len(carded))
        return {**document, "parser": generic_alerts.NAME, "jobs": [asdict(j) for j in carded]}
    personal = scan and not envelope.bulk and not envelope.sent_by_me
    if personal and (ask := _ask(_message.full(raw[:_ASK_BYTES]), envelope)):
        client.stats.inc("inbox/asks")
        return {**document, "parser": "ask", "asks": [ask]}
    client.stats.inc("skipped/other_sender")
    if envelope.bulk and (domain := envelope.sender_address.rpartition("@")[2]):
        # a list's domain, never a person's: the run names the services it does not read
        client.stats.inc(f"{UNREAD_LIST}{domain}")
    return None


def _forwarded(raw: bytes) -> tuple[Parser | None, EmailMessage | None, str]:
    """The parser of an alert the user forwarded (from one of `my_addresses`, say to
    the address they read), the message holding the alert and its original sender. Only
    the user's own forwards: anyone else could quote a job platform's address."""
    sender, message = _message.forwarded(_message.full(raw))
    parser = parser_for(sender) if sender else None
    return (parser, message, sender or "") if parser else (None, None, "")


def _sender_board(sender: str, jobs: list[Job]) -> dict[str, str]:
    """The board whose alert it is, by the sender's domain, where a job is keyed by its
    card behind a tracker any sender uses (SendGrid's): that job is the board's, and its
    credit is that board's alert. Nothing for other alerts: their links name the board."""
    opaque = any(job.key.startswith("url:") and tracked_by(job.url) == ANY_SENDER for job in jobs)
    board = board_at(sender.rpartition("@")[2]) if opaque else None
    return {"platform": board} if board else {}


def _markup_jobs(head: bytes) -> list[Job]:
    """Jobs in schema.org markup of a mail from an unknown sender; only a message that
    may hold markup is decoded, so most of a large mailbox is read as headers alone."""
    markup = fallback()
    if markup and (_MARKUP.search(head) or (_HTML.search(head) and _BASE64.search(head))):
        return markup.jobs(_message.full(head))
    return []


def _card_jobs(head: bytes, envelope: _message.Envelope) -> list[Job]:
    """The jobs of an alert from a board no parser knows, by its cards: bulk mail whose
    subject announces jobs, the user's own forward of one, or the board's own alert sent
    without a list's headers. A person's message is not read so: a link a friend shares
    is theirs to ask about."""
    if not generic_alerts.alert(envelope.subject):
        return []
    if envelope.bulk:
        return generic_alerts.jobs(_message.full(head))
    if envelope.forward and envelope.sent_by_me:
        sender, message = _message.forwarded(_message.full(head))
        return generic_alerts.jobs(message) if sender else []
    if envelope.sent_by_me:
        return []
    return generic_alerts.direct_jobs(_message.full(head), envelope.sender_address)


def _ask(message: Any, envelope: _message.Envelope) -> dict[str, str] | None:
    """A person's message that asks for help: its sentence and sender, nothing else."""
    if not envelope.sender_address:
        return None
    text = _message.plain(message)
    sentence = ask_sentence(_message.own_words(text)) if text else None
    if not sentence:
        return None
    return {
        "sentence": sentence,
        "sender": email_sender(envelope.sender_address),
        "name": envelope.sender_name or "",
    }


def parse(page: Page) -> Iterator[Posting | Skip]:
    """The jobs (and asks) of one stored alert document."""
    document = json_body(page)
    if not isinstance(document, dict) or "message" not in document:
        raise ParseError(f"{page.url}: not an inbox document")
    if "error" in document:
        yield Skip("malformed", f"{document.get('parser')}: {document['error']}")
    sent_at = utc_from_iso(document.get("date"))
    for job in document.get("jobs", []):
        yield _posting(job, document["parser"], sent_at, document.get("platform"))
    for ask in document.get("asks", []):
        if sent_at is None:
            yield Skip("undated_ask", page.url)
            continue
        yield ask_posting(
            sentence=ask["sentence"], sender=ask["sender"], name=ask["name"] or None,
            sent_at=sent_at, url=page.url,
        )  # fmt: skip


def _posting(
    job: dict[str, Any], parser: str, sent_at: datetime | None, sender_board: str | None = None
) -> Posting | Skip:
    if not job.get("title") or not job.get("url"):
        return Skip("no_title", str(job.get("key")))
    raw_kind = job.get("engagement")
    # "CONTRACTOR, PART_TIME"; Dice's "Contract - Corp-To-Corp": the kind before its tax terms
    labels = map(engagement_from_label, _LABELS.split(raw_kind or ""))
    engagement: Engagement | None = next(filter(None, labels), None)
    board = "upwork" if parser == "upwork" else str(job.get("key")).partition(":")[0]
    engagement = _BOARD_ENGAGEMENTS.get(board, engagement)
    extra = {"via": parser}
    # a job only an opaque tracker's link opens is keyed by its card: the tracker names
    # the platform it came from (ZipRecruiter's `/km/` links), which its credit names; a
    # tracker any sender uses (SendGrid's), the board the alert came from
    if str(job.get("key")).startswith("url:") and (tracker := tracked_by(job["url"])) is not None:
        platform = tracker or sender_board
        if platform:
            extra["platform"] = platform
    remote = job.get("remote") if isinstance(job.get("remote"), bool) else None
    if remote is None and str(job.get("key")).startswith(_REMOTE_BOARDS):
        remote = True
    return Posting(
        source=NAME,
        source_id=job["key"],
        url=job["url"],
        title=job["title"],
        company=job.get("company"),
        text=job.get("summary") or "",
        posted_at=sent_at,
        location=job.get("location"),
        remote=remote,
        engagement=engagement,
        engagement_raw=raw_kind,
        salary_raw=job.get("pay"),
        kind="demand",
        extra=extra,
    )
