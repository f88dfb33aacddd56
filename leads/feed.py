"""`leads feed`: the newest ranked leads as an Atom 1.0 feed (RFC 4287) for any feed reader.

Built with lxml, so every title and summary from a posting is escaped XML text. Ids are
`urn:uuid:` values derived from the lead id, so a reader never shows a lead twice.
"""

from __future__ import annotations

import uuid
from datetime import UTC
from importlib.metadata import version
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from lxml import etree

from leads._common import ConfigOption, WaitOption, config_or_exit, console, warehouse
from warehouse import clock
from warehouse.lead_rows import LeadRow, lead_rows, safe_link

ATOM = "http://www.w3.org/2005/Atom"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/warmleads/warmleads")


def _element(
    parent: etree._Element, tag: str, text: str | None = None, **attrs: str
) -> etree._Element:
    node = etree.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        node.text = _xml_text(text)
    return node


def _xml_text(text: str) -> str:
    """Text XML 1.0 can hold: control characters other than tab and newline dropped."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20 and c not in "\ufffe\uffff")


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"


def _entry(feed: etree._Element, lead: LeadRow) -> None:
    entry = _element(feed, "entry")
    _element(entry, "id", _urn(f"lead:{lead.lead_id}"))
    title = " ".join((lead.title or "(untitled)").split())
    _element(entry, "title", f"{title} — {lead.company}" if lead.company else title)
    stamp = lead.first_seen.astimezone(UTC).isoformat()
    _element(entry, "published", stamp)
    _element(entry, "updated", stamp)
    if link := safe_link(lead.url):  # a page: a requirement's `mailto:` is none
        _element(entry, "link", rel="alternate", type="text/html", href=link)
    author = _element(entry, "author")
    _element(author, "name", ", ".join(lead.sources) or "warmleads")
    lines = [lead.why, f"score {lead.score:.2f}"]
    if lead.ask:
        lines.append(f"{lead.ask}: leads intro {lead.lead_id}")
    if lead.credits:
        lines.append(lead.credits)
    lines.append(f"leads mark {lead.lead_id} shortlisted")
    _element(entry, "summary", "\n".join(lines), type="text")
    for source in lead.sources:
        _element(entry, "category", term=source)


def render_feed(con: duckdb.DuckDBPyConnection, feed_id: str, limit: int = 50) -> bytes:
    """The `limit` newest leads of the default ranking, newest first."""
    leads = lead_rows(con, "l.in_ranking", order="l.first_seen desc, l.rank", limit=limit)
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    _element(feed, "id", _urn(f"feed:{feed_id}"))
    _element(feed, "title", "warmleads: new leads")
    _element(feed, "subtitle", "The newest leads of your default ranking, with why and who.")
    newest = max((lead.first_seen for lead in leads), default=clock.now())
    _element(feed, "updated", newest.astimezone(UTC).isoformat())
    _element(feed, "generator", "warmleads", version=version("warmleads"))
    author = _element(feed, "author")
    _element(author, "name", "warmleads")
    for lead in leads:
        _entry(feed, lead)
    data: bytes = etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return data


def write_feed(con: duckdb.DuckDBPyConnection, path: Path, warehouse: Path, limit: int = 50) -> int:
    """Write the feed of the warehouse at `warehouse` to `path`; returns its entries."""
    data = render_feed(con, str(warehouse.resolve()), limit)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data.count(b"<entry>")


def feed(
    out: Annotated[Path, typer.Option("--out", "-o", help="The Atom file to write.")] = Path(
        "leads.atom"
    ),
    limit: Annotated[int, typer.Option("-n", help="How many of the newest leads.", min=1)] = 50,
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Write the newest ranked leads as an Atom feed a feed reader can follow.

    Example:
        leads feed --out leads.atom
    """
    settings = config_or_exit(config)
    with warehouse(settings, wait=wait) as con:
        entries = write_feed(con, out, settings.warehouse_path, limit)
    console.print(f"feed ({entries} leads): [bold]{out}[/]", soft_wrap=True)
