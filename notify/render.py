"""A digest as a message: a subject, plain text, an HTML e-mail part and a JSON payload.

The HTML comes from a Jinja2 template with autoescaping, so a title or company name is
always text, never markup; a link is clickable only when it is http(s).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

import jinja2

from notify._base import Message, counted
from warehouse.digest import Digest
from warehouse.lead_rows import LeadRow, clickable, safe_link
from warehouse.verdicts import FollowUp, next_status


@cache
def html_templates(package: str) -> jinja2.Environment:
    """The HTML templates of a package's `templates/` folder (the digest's, the report's):
    every value escaped, and a missing one an error rather than an empty string."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


SUBJECT_TITLE = 60  # characters of a lead's title a subject names before "..."


def subject(digest: Digest) -> str:
    """What the digest holds, naming the best new lead (else the first follow-up), so the
    inbox line says what is worth opening: "warmleads: 3 new leads, best: Senior Data
    Engineer at Kestrel Robotics; 1 follow-up due". ASCII punctuation only, as ntfy's
    title header carries ASCII."""
    parts = []
    if digest.leads:
        best = ": " if len(digest.leads) == 1 else ", best: "
        parts.append(counted(len(digest.leads), "new lead") + best + _named(digest.leads[0]))
    if digest.follow_ups:
        due = counted(len(digest.follow_ups), "follow-up") + " due"
        if not digest.leads:
            due += ": " + _named(digest.follow_ups[0])
        parts.append(due)
    return "warmleads: " + ("; ".join(parts) or "no new leads")


def _named(lead: LeadRow | FollowUp) -> str:
    """A lead's title, cut at a word, and its company: "Data Engineer at Kestrel"."""
    title = _one_line(lead.title) or "(untitled)"
    if len(title) > SUBJECT_TITLE:
        title = title[:SUBJECT_TITLE].rsplit(" ", 1)[0].rstrip(" ,;:-|(") + "..."
    company = _one_line(lead.company)
    return f"{title} at {company}" if company else title


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def headline(lead: LeadRow | FollowUp) -> str:
    title = _one_line(lead.title) or "(untitled)"
    return f"{title} — {_one_line(lead.company)}" if lead.company else title


def text(digest: Digest) -> str:
    """The plain-text digest: each lead with its why, intro, link and mark command; each
    follow-up with the verdict it most likely gets next (replied after applied)."""
    lines: list[str] = []
    if digest.leads:
        lines.append(counted(len(digest.leads), "new lead") + ":")
    for number, lead in enumerate(digest.leads, 1):
        lines += ["", f"{number}. {headline(lead)}  (score {lead.score:.2f})", f"   {lead.why}"]
        if lead.lead_id in digest.counted_before:
            lines.append(f"   {LOWERED_FLOOR}")
        if intro := lead.ask:
            lines.append(f"   {intro}: {digest.command} intro {lead.lead_id}")
        lines.append(f"   {safe_link(lead.url) or lead.url}  (via {lead.via})")
        lines.append(f"   {digest.command} mark {lead.lead_id} shortlisted")
    if digest.follow_ups:
        lines += ["", "Follow-ups due:"]
    for due in digest.follow_ups:
        note = f" ({_one_line(due.note)})" if due.note else ""
        lines.append(f"- {when(due, digest.today)} {due.status}: {headline(due)}{note}")
        lines.append(f"  {safe_link(due.url) or due.url}  [{due.lead_id}]")
        lines.append(f"  {digest.command} mark {due.lead_id} {next_status(due.status)}")
    if digest.empty:
        lines.append("No new leads and no follow-ups due.")
    if digest.below_floor:
        lines += ["", below_floor(digest)]
    if digest.earlier:
        lines += ["", earlier(digest)]
    return "\n".join(lines).strip() + "\n"


# a lead an earlier digest counted under the floor, listed now that the user lowered it
LOWERED_FLOOR = "Counted under your rate floor before; the floor you lowered lets it in."


def when(due: FollowUp, today: date | None) -> str:
    """A follow-up's date, and how long overdue it is (one due on a day without a run
    comes in the next digest): "2026-12-05 (1 day overdue)"."""
    late = (today - due.follow_up).days if today else 0
    return f"{due.follow_up:%Y-%m-%d}" + (f" ({counted(late, 'day')} overdue)" if late > 0 else "")


def below_floor(digest: Digest) -> str:
    """The new leads a digest counts rather than lists: they pay under the rate floor."""
    return (
        f"{counted(len(digest.below_floor), 'more new lead' if digest.leads else 'new lead')}"
        " below your rate floor: "
        f"ranked last in `{digest.command} top` and `{digest.command} report`."
    )


def earlier(digest: Digest) -> str:
    """What a channel's first digest leaves to `leads top`: the leads found before it."""
    since = f"{digest.since:%Y-%m-%d}" if digest.since else "its start"
    return (
        f"This channel's first digest lists the leads new since {since}; "
        f"{counted(digest.earlier, 'earlier lead')} without a verdict wait in "
        f"`{digest.command} top` and `{digest.command} report`."
    )


def payload(digest: Digest, created_at: datetime) -> dict[str, Any]:
    """The webhook's JSON document."""
    return {
        "type": "warmleads.digest",
        "created_at": created_at.isoformat(),
        "leads": [
            {"lead_id": lead.lead_id, "rank": lead.rank, "score": lead.score,
             "title": lead.title, "company": lead.company, "url": lead.url,
             "why": lead.why, "sources": lead.sources, "attribution": lead.attribution,
             "intro_contact": lead.contact, "first_seen": lead.first_seen.isoformat()}
            for lead in digest.leads
        ],
        "follow_ups": [
            {"lead_id": due.lead_id, "follow_up": due.follow_up.isoformat(),
             "status": due.status, "title": due.title, "company": due.company,
             "note": due.note, "url": due.url}
            for due in digest.follow_ups
        ],
    }  # fmt: skip


def render(digest: Digest, created_at: datetime) -> Message:
    """Every form of one digest."""
    title = subject(digest)
    html = html_templates("notify").get_template("digest.html").render(
        subject=title, digest=digest, headline=headline, safe_link=clickable,
        count=counted, next_status=next_status, earlier=earlier, below_floor=below_floor, when=when,
        lowered_floor=LOWERED_FLOOR,
    )  # fmt: skip
    body = text(digest)
    document = {"subject": title, "text": body, **payload(digest, created_at)}
    return Message(title, body, html, created_at, document)


def test_message(channel: str, created_at: datetime) -> Message:
    """A message that only proves a channel works."""
    body = (
        f"This is a test of warmleads' [notify.{channel}] channel, sent "
        f"{created_at:%Y-%m-%d %H:%M %Z}. Digests of new leads will arrive like this.\n"
    )
    html = html_templates("notify").get_template("test.html").render(body=body)
    title = "warmleads: test message"
    document = {"type": "warmleads.test", "subject": title, "text": body}
    return Message(title, body, html, created_at, document)
