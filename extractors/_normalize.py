"""Small conversions every parser needs: HTML to text, timestamps to UTC, labels to enums.

One place for them so each source module stays a thin description of its own shape.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import io
import json
import re
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from extractors._contract import Engagement, Page, ParseError, Posting, RatePeriod, Skip
from extractors._orgs import fold

_BLOCK_TAGS = ("p", "br", "li", "div", "pre", "h1", "h2", "h3", "h4", "tr", "td", "th", "ul", "ol")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# characters lxml refuses in a tree (C0 controls but tab and line ends, lone surrogates
# from a JSON escape, U+FFFE/F): one in a posting made html_to_text raise. A vertical
# tab or form feed (a word processor's soft line break, a page break) is a line break.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PAGE_BREAKS = re.compile("[\x0b\x0c]")
# an escaped tag, escaped once (`&lt;p`) or more (`&amp;lt;p`)
_ESCAPED_TAG = re.compile(r"&(?:amp;)*lt;/?[a-z]", re.IGNORECASE)


def html_to_text(markup: str | None) -> str:
    """Plain text of an HTML fragment, one line per block, entities decoded once.

    lxml directly rather than BeautifulSoup over lxml: the same text, eight times faster,
    and every posting of every source passes through here.
    """
    if not markup:
        return ""
    try:
        return _block_text(markup)
    except ValueError:  # a character lxml refuses: removed only then, at no cost else
        safe = _PAGE_BREAKS.sub("\n", _NOT_XML.sub("", markup))
        try:
            return _block_text(safe)
        except ValueError:  # still no fragment (an XML declaration): the text as it is
            return safe.strip()


def _block_text(markup: str) -> str:
    # imported here: loading a config imports the sources, which must not load lxml
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except etree.ParserError:
        return markup.strip()
    for element in root.iter("script", "style", "template"):
        element.text = None
        for child in list(element):
            element.remove(child)
    for element in root.iter(*_BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def unescape(value: str | None) -> str | None:
    """Decode HTML entities once (`&amp;#038;` style double escapes need two calls)."""
    return htmllib.unescape(value) if value is not None else None


def description_html(value: Any) -> str | None:
    """A description's HTML, unescaped again where a feed or page escaped it as text once
    or more (`&lt;p&gt;`, `&amp;lt;p`): no bare tag in it and an escaped one; "" is None."""
    html = value if isinstance(value, str) else None
    for _ in range(3):
        if html and "<" not in html and _ESCAPED_TAG.search(html):
            html = htmllib.unescape(html)
    return html.strip() or None if html else None


def utc_from_unix(seconds: float | int | str | None) -> datetime | None:
    """A Unix time in seconds as an aware UTC datetime. A value too large for seconds
    is milliseconds, an ISO string is read as one; anything else is None, so an odd
    time costs the posting its date, not the posting."""
    found = _unix_number(seconds)
    if not isinstance(found, float):
        return found
    return _from_timestamp(found / 1000 if abs(found) > _MAX_SECONDS else found)


def _unix_number(value: float | int | str | None) -> float | datetime | None:
    """A Unix time's number; an ISO string where a number was expected, read as ISO;
    None for anything else."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return utc_from_iso(value) if isinstance(value, str) else None


_MAX_SECONDS = 1e11  # the year 5138: a larger Unix time is in milliseconds


def _from_timestamp(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):  # out of any datetime's range
        return None


_UTC_NAME = re.compile(r"\s*\b(?:UTC|GMT)$")  # "2026-03-01 09:00:00 UTC"


def utc_from_iso(value: str | float | None) -> datetime | None:
    """An ISO-8601 date or datetime as UTC; a value without zone is taken as UTC. A
    number where a source wrote ISO before is a Unix time; other junk is None."""
    if isinstance(value, int | float):
        return utc_from_unix(value)
    if not value or not isinstance(value, str):
        return None
    text = _UTC_NAME.sub("+00:00", value.strip()).replace("Z", "+00:00").replace(" ", "T", 1)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def utc_from_rfc822(value: str | None) -> datetime | None:
    """An RFC-822 date (RSS `pubDate`) as UTC."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


_ENGAGEMENT_LABELS: dict[str, Engagement] = {
    "freelance": "freelance",
    "freelancer": "freelance",
    "contract": "contract",
    "contractor": "contract",
    "contracttohire": "contract",
    "temptohire": "contract",  # a staffing agency's, as contract-to-hire
    "temptoperm": "contract",
    "temporary": "contract",
    "temp": "contract",
    "perdiem": "contract",  # schema.org's PER_DIEM: called in and paid by the day
    "interim": "contract",  # an interim manager's post: a fixed stint, by the day
    "fixedterm": "contract",
    "fulltimefixedterm": "contract",  # Recruitee's employment_type_code
    "parttimefixedterm": "contract",
    "parttime": "part_time",
    "fractional": "fractional",
    "fulltime": "full_time",
    "fulltimeemployee": "full_time",  # FlexJobs' and Remote.co's "Full-Time Employee"
    "parttimeemployee": "part_time",
    "parttimepermanent": "part_time",  # Recruitee's
    "fulltimepermanent": "full_time",
    "workingstudent": "part_time",  # Personio's: a student's job beside the studies
    "permanent": "full_time",
    "regular": "full_time",
    "heltid": "full_time",  # sv: Platsbanken's
    "deltid": "part_time",
    "tillsvidare": "full_time",
    "konsultuppdrag": "contract",
    # career pages' free-text employmentType and boards' German tags (Arbeitnow)
    "vollzeit": "full_time",  # de
    "teilzeit": "part_time",
    "freiberuflich": "freelance",
    "befristet": "contract",
    "festanstellung": "full_time",
    "tempsplein": "full_time",  # fr
    "tempspartiel": "part_time",
    "cdi": "full_time",
    "cdd": "contract",
    "jornadacompleta": "full_time",  # es
    "mediajornada": "part_time",
    "tiempocompleto": "full_time",
    "tiempoparcial": "part_time",  # es, pt
    "autonomo": "freelance",  # es "autónomo", pt "autônomo"
    "independant": "freelance",  # fr "indépendant"
    "freiberufler": "freelance",  # de
    "tempopieno": "full_time",  # it
    "tempoparziale": "part_time",
    "tempointegral": "full_time",  # pt
    "voltijd": "full_time",  # nl
    "deeltijd": "part_time",
}


# a label's words, in the order they decide: the terms before the hours ("Part-Time
# Contract" is a contract)
_ENGAGEMENT_WORDS: tuple[tuple[str, Engagement], ...] = (
    ("freelanc", "freelance"),
    ("contract", "contract"),  # Independent Contractor, Fixed Term Contract
    ("temporar", "contract"),
    ("fixedterm", "contract"),
    ("parttime", "part_time"),
    ("fulltime", "full_time"),
)
# what sets alternatives apart in one label ("Contract, Full-time", "Freelance or Contract")
_ALTERNATIVES = re.compile(r"[,/|;&+]|\b(?:or|and)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^)]*\)")  # "Contract (6 months)", "Contractor (Hourly)"
_TRAINEE = re.compile(r"intern(?!al)|trainee|apprentic")  # a learner's terms are none of ours


def engagement_from_label(label: str | None) -> Engagement | None:
    """Map a structured employment-type label ("Full Time", "FullTime", "CONTRACTOR");
    a longer one ("Independent Contractor", "Full-Time Regular") by the words that say
    its terms; one naming alternatives of different terms maps to none."""
    if not label:
        return None
    key = _label_key(label)
    if key in _ENGAGEMENT_LABELS or _TRAINEE.search(key):
        return _ENGAGEMENT_LABELS.get(key)
    named = {_engagement_words(part) for part in _ALTERNATIVES.split(_ASIDE.sub("", label))}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


def _label_key(label: str) -> str:
    """A label's letters, folded: accents off ("Indépendant" is "independant"), so a
    localized label keeps its every letter."""
    return re.sub(r"[^a-z]", "", fold(label))


# words that make a contract one of employment ("Permanent contract", European boards'
# "Employment contract"): its hours are the terms, not "contract"
_EMPLOYMENT_WORDS = ("permanent", "employmentcontract", "contractofemployment", "indefinite")


def _engagement_words(label: str) -> Engagement | None:
    """The engagement the first telling word of one label names."""
    key = _label_key(label)
    if key in _ENGAGEMENT_LABELS:
        return _ENGAGEMENT_LABELS[key]
    if any(word in key for word in _EMPLOYMENT_WORDS):
        return "part_time" if "parttime" in key else "full_time"
    return next((terms for word, terms in _ENGAGEMENT_WORDS if word in key), None)


# the custom fields boards name the employment type by ("Employment Type", "Job Type")
EMPLOYMENT_FIELD = re.compile(
    r"employment|job type|worker type|time type|contract type|commitment", re.IGNORECASE
)
# ... and the way of working ("Remote", "Workplace Type", "Location Type")
WORKPLACE_FIELD = re.compile(
    r"remote|workplace|location type|work (?:arrangement|model|setting|location|style)",
    re.IGNORECASE,
)
_HYBRID = re.compile(r"hybrid", re.IGNORECASE)
_ON_SITE = re.compile(r"on[- ]?site|in[- ]office|office[- ]based", re.IGNORECASE)


def remote_from_field(name: str, value: Any) -> bool | None:
    """Whether a workplace custom field says remote: hybrid (some office days) and on
    site are not; a yes/no field named for remote work says it by its answer."""
    if isinstance(value, bool):
        return value if "remote" in name.lower() else None
    if not isinstance(value, str):
        return None
    if _HYBRID.search(value) or _ON_SITE.search(value):
        return False
    if "remote" in value.lower():
        return True
    answer = value.strip().lower()
    if "remote" in name.lower() and answer in ("yes", "true", "no", "false"):
        return answer in ("yes", "true")
    return None


def id_from_url(url: str) -> str:
    """A stable id for a source that has none: sha1 of the URL (never `hash()`)."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()  # noqa: S324 - an id, not security


_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # 85,000 or 1,250.50
_HREF = re.compile(r"""<a\s[^>]*?href=["'](https?:[^"']+)["']""", re.IGNORECASE)


def first_url(text: str) -> str | None:
    """The first http(s) URL in a text, trailing punctuation removed."""
    match = _URL.search(text)
    return match.group(0).rstrip(".,;:!?") if match else None


def first_href(markup: str, skip: Callable[[str], bool] = lambda url: False) -> str | None:
    """The first http(s) link target of an HTML fragment that `skip` does not refuse:
    link texts are often shortened ("...") or words ("here"), targets never."""
    for match in _HREF.finditer(markup):
        url = htmllib.unescape(match[1])
        if not skip(url):
            return url
    return None


def json_body(page: Page) -> Any:
    """The page's JSON, or ParseError naming the URL and what came instead: an HTML
    page (a block or error page served with a 200), a body cut short, other text."""
    try:
        return json.loads(page.body)
    except ValueError as exc:
        raise ParseError(f"{page.url}: not JSON{_not_json(page.body, exc)}") from exc


def _not_json(body: bytes, exc: ValueError) -> str:
    """What a body that is not JSON is, as the end of ParseError's message."""
    start = body.lstrip()[:1]
    if start == b"<":
        title = _TITLE.search(body[:4096])
        named = f" titled {_said(title[1].decode('utf-8', 'replace'))}" if title else ""
        return f": an HTML page{named} (a block or error page?)"
    if isinstance(exc, json.JSONDecodeError) and start in (b"{", b"[") and _at_end(exc):
        return f": cut short after {len(body)} bytes ({exc.msg})"
    return f" ({exc})"


def _at_end(exc: json.JSONDecodeError) -> bool:
    """Whether JSON failed for want of more text: the body ended inside a string, or
    where the next token belonged."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= len(exc.doc.rstrip())


def _said(text: str, limit: int = 80) -> str:
    """A text a server said, on one line and cut to `limit`, quoted."""
    return repr(" ".join(text.split())[:limit])


def json_list(page: Page, key: str | None = None) -> list[Any]:
    """The page's JSON array, or the array under `key` of its JSON object; else a
    ParseError saying what the page holds instead (an API's error object)."""
    data = json_body(page)
    items = data if key is None else data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        shape = f"an object with a {key!r} list" if key else "a JSON array"
        raise ParseError(f"{page.url}: expected {shape}, got {json_shape(data, key)}")
    return items


def json_object(page: Page) -> dict[str, Any]:
    """The page's JSON object, else a ParseError saying what the page holds instead."""
    data = json_body(page)
    if not isinstance(data, dict):
        raise ParseError(f"{page.url}: expected a JSON object, got {json_shape(data)}")
    return data


def json_shape(data: Any, key: str | None = None) -> str:
    """What a JSON value is, for an error: what its `key` holds, else an object's keys
    and its error message."""
    if not isinstance(data, dict):
        return "a JSON null" if data is None else f"a JSON {type(data).__name__}"
    if key in data:
        return f"{json_shape(data[key])} as {key!r}"
    keys = ", ".join(list(map(str, data))[:8]) or "none"
    said = next((data[k] for k in _ERROR_KEYS if isinstance(data.get(k), str)), None)
    return f"an object with keys {keys}" + (f": {_said(said)}" if said else "")


_TITLE = re.compile(rb"<title[^>]*>([^<]+)", re.IGNORECASE)
_ERROR_KEYS = ("error", "message", "error_description", "detail", "reason")


def each_item(
    items: Iterable[Any],
    convert: Callable[[dict[str, Any]], Posting | Skip],
    label: str,
    key: str = "id",
    start: int = 0,
) -> Iterator[Posting | Skip]:
    """Convert every object of a listing; one malformed item is a Skip, not a failure,
    naming the item by its `key` (its id), else by its index in the payload (`start`:
    that of the first item, where a notice comes before them)."""
    for index, item in enumerate(items, start):
        if not isinstance(item, dict):
            yield Skip("malformed", f"{label} at index {index} is a {type(item).__name__}")
            continue
        try:
            yield convert(item)
        except _ITEM_ERRORS as exc:
            ident = item.get(key)
            name = f"{label} {ident}" if ident not in (None, "") else f"{label} at index {index}"
            kept = _without_bad_fields(item, convert, key, exc)
            yield kept or Skip("malformed", f"{name}: {failure(exc)}")


_ITEM_ERRORS = (AttributeError, KeyError, TypeError, ValueError)
_MAX_BAD_FIELDS = 3  # an item with more wrong-typed fields is in a shape not known
DROPPED = "unreadable_fields"  # Posting.extra: the fields left empty, for the warning


def _without_bad_fields(
    item: dict[str, Any],
    convert: Callable[[dict[str, Any]], Posting | Skip],
    key: str,
    exc: Exception,
) -> Posting | None:
    """The posting of an item once the optional fields it cannot read are left out,
    named in `extra[DROPPED]`; None when that is no posting (a required field is bad).

    A source that changes one field's type ("location" a string, "commitment" a list)
    costs that field, not the job. The field is found by leaving out one at a time
    (in `_field_paths`' order) until the item converts; if none does, the first whose
    absence moves the failure elsewhere is left out and the next is looked for."""
    dropped: list[str] = []
    current, error, line = item, failure(exc, quote=False), _failing_line(exc)
    while len(dropped) < _MAX_BAD_FIELDS:
        progress = None
        for path in _field_paths(current, key, line):
            trial = _leave_out(current, path)
            try:
                converted = convert(trial)
            except _ITEM_ERRORS as again:
                if progress is None and failure(again, quote=False) != error:
                    progress = (path, trial, failure(again, quote=False), _failing_line(again))
                continue
            if isinstance(converted, Posting):
                named = "; ".join(f"{p} ({_kind_of(item, p)})" for p in [*dropped, path])
                return replace(converted, extra={**converted.extra, DROPPED: named})
        if progress is None:
            return None
        dropped.append(progress[0])
        current, error, line = progress[1:]
    return None


def _failing_line(exc: BaseException) -> str:
    """The source module's line an error met, which names the field it read."""
    frames = traceback.extract_tb(exc.__traceback__)
    return next((frame.line or "" for frame in reversed(frames) if _ours(frame.filename)), "")


def _ours(filename: str) -> bool:
    return "extractors" in filename and not Path(filename).name.startswith("_")


def _field_paths(item: dict[str, Any], key: str, line: str) -> list[str]:
    """The item's fields but its id: first those the failing line names (a key read,
    a variable named for it), then those inside an object ("categories.team"), so a
    gate ("show pay?") is not taken for the field it guards, nor a whole object for
    one of its fields."""
    inner = [
        f"{name}.{sub}" for name, value in item.items() if isinstance(value, dict) for sub in value
    ]
    paths = inner + [name for name in item if name != key]
    words = set(_WORD.findall(line))
    return sorted(paths, key=lambda path: path.rpartition(".")[2] not in words)


_WORD = re.compile(r"\w+")


def _leave_out(item: dict[str, Any], path: str) -> dict[str, Any]:
    """A copy of the item without the field at `path` (one level deep at most)."""
    name, _, sub = path.partition(".")
    if not sub:
        return {k: v for k, v in item.items() if k != name}
    return {**item, name: {k: v for k, v in item[name].items() if k != sub}}


def _kind_of(item: dict[str, Any], path: str) -> str:
    """What the item states at `path`, as the warning names it ("a list")."""
    name, _, sub = path.partition(".")
    value = item.get(name)
    value = value.get(sub) if sub and isinstance(value, dict) else value
    if value is None:
        return "null"
    kind = type(value).__name__
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def required(
    key: object, url: str | None, title: str | None, label: str = "job"
) -> tuple[str, str, str] | Skip:
    """The id, link and title no posting goes without, stripped (the title's entities
    decoded, see `plain_text`), or the Skip naming the first one missing and the item
    ("job 123"; the title where the id is)."""
    source_id = "" if key is None else str(key).strip()
    url, title = (url or "").strip(), _decoded((title or "").strip())
    if not source_id:
        return Skip("no_id", title)
    if not url:
        return Skip("no_url", f"{label} {source_id}")
    if not title:
        return Skip("no_title", f"{label} {source_id}")
    return source_id, url, title


def failure(exc: BaseException, *, quote: bool = True) -> str:
    """An item's error and the source module's line it met it on, which names the key
    read there (`AttributeError: ... (remotive.py:77: url = (job.get("url") ...)`).
    `quote=False` leaves out the error's message, which may quote a private input."""
    frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if _ours(frame.filename)]
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno}: {frames[-1].line})"
    said = f"{type(exc).__name__}: {exc}" if quote else type(exc).__name__
    return said + (where if frames and frames[-1].line else "")


def first_line(text: str, limit: int = 200) -> str | None:
    """The first non-empty line of a text, cut to `limit` characters (a title), at a
    space where there is one: a word cut short reads as another ("€0.10/word" cut to
    "€0.10/w" is a weekly rate)."""
    for line in text.splitlines():
        if line := line.strip():
            if len(line) <= limit:
                return line
            head = line[:limit]
            if head[-1].isspace() or line[limit].isspace():
                return head.rstrip()
            words = head.rsplit(None, 1)
            return words[0] if len(words) > 1 else head
    return None


def listing_name(page: Page, pattern: re.Pattern[str]) -> str:
    """The board or site a page lists, as its URL path names it (else its scope)."""
    match = pattern.search(urlsplit(page.url).path)
    return unquote(match.group(1)) if match else page.scope


def feed_entries(page: Page, version: str) -> tuple[list[Any], list[Skip]]:
    """The entries of an RSS or Atom page whose feedparser version starts with
    `version` ("rss", "atom"); anything else (a block page) is a ParseError. A feed cut
    short (not well-formed, fewer entries closed than read) keeps its closed entries:
    the one cut off is a malformed Skip naming where, not a posting missing its end."""
    import feedparser

    # a stream, never bytes: feedparser would try bytes as a local file name first
    feed = feedparser.parse(io.BytesIO(page.body))
    if not str(feed.get("version", "")).startswith(version):
        raise ParseError(f"{page.url}: not an {version.upper()} feed (a block page?)")
    entries = list(feed.entries)
    if not feed.get("bozo"):
        return entries, []
    closed = len(_CLOSED_ENTRY[version].findall(page.body))
    if closed >= len(entries):  # not well-formed, yet whole (a stray "&" in a title)
        return entries, []
    error = feed.get("bozo_exception")
    cut = Skip("malformed", f"feed cut short: {closed} item(s) whole, the next cut off ({error})")
    return entries[:closed], [cut]


# the closing tag of a feed's entry, its namespace prefix any
_CLOSED_ENTRY = {
    "rss": re.compile(rb"</(?:[\w-]+:)?item\s*>"),
    "atom": re.compile(rb"</(?:[\w-]+:)?entry\s*>"),
}


def positive_amount(value: Any) -> float | None:
    """A positive number (or numeric string, "85,000" too) from a salary field; 0, ""
    and junk are unknown, as boards write 0 for "not stated"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and _GROUPED.fullmatch(value.strip()):
        value = value.replace(",", "")
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < float("inf") else None


def stripped(value: Any) -> str | None:
    """A string field's text without its outer spaces; "" and other types are None."""
    return value.strip() or None if isinstance(value, str) else None


def plain_text(value: Any) -> str | None:
    """A plain-text field (a title, a company, a place) as a reader writes it: boards
    put HTML entities into JSON strings ("Brook &amp; Vale", WordPress's "&#038;"),
    decoded once here; stripped, and "" or another type is None."""
    text = stripped(value)
    return _decoded(text) or None if text else None


def _decoded(text: str) -> str:
    """`text` with its HTML entities decoded once; no `&`, no work."""
    return htmllib.unescape(text).strip() if "&" in text else text


def tags(value: Any) -> tuple[str, ...]:
    """A list field's non-empty tags as stated; a lone string is its comma-separated
    tags ("python, django", as Working Nomads writes them), not its letters, and an
    object none."""
    listed = value if isinstance(value, list) else ()
    values = value.split(",") if isinstance(value, str) else listed
    named = (tag.strip() if isinstance(tag, str) else str(tag) for tag in values if tag)
    return tuple(tag for tag in named if tag)


def figure(value: float) -> str:
    """An amount as written: 8000000, not 8e+06; 62.5 stays 62.5."""
    return str(int(value)) if value.is_integer() else str(value)


# a salary field's period, its non-letters dropped ("per_hour", "Annually")
_PERIODS: dict[str, RatePeriod] = {
    **dict.fromkeys(("hour", "hourly", "perhour"), "hour"),
    **dict.fromkeys(("day", "daily", "perday"), "day"),
    **dict.fromkeys(("week", "weekly", "perweek"), "week"),
    **dict.fromkeys(("month", "monthly", "permonth"), "month"),
    **dict.fromkeys(("year", "yearly", "annual", "annually", "peryear"), "year"),
}


def period_named(text: str) -> RatePeriod | None:
    """The first period a title names by a word ("Hourly Rate", "Annual Base Salary")."""
    words = re.findall(r"[a-z]+", text.lower())
    return next((_PERIODS[word] for word in words if word in _PERIODS), None)


def stated_salary(low: Any, high: Any, currency: Any, period: Any) -> dict[str, Any]:
    """A structured salary's Posting fields (`rate_*`, `currency`, `salary_raw`): 0, ""
    and null amounts are unknown, and with neither bound there is none."""
    low, high = positive_amount(low), positive_amount(high)
    if low is None and high is None:
        return {}
    currency, period = stripped(currency), stripped(period)
    amounts = "-".join(figure(value) for value in (low, high) if value is not None)
    return {
        "rate_min": low,
        "rate_max": high,
        "rate_period": _PERIODS.get(re.sub(r"[^a-z]", "", (period or "").lower())),
        "currency": currency.upper() if currency else None,
        "salary_raw": " ".join(part for part in (currency, amounts, period) if part),
    }
