"""schema.org JobPosting JSON-LD on employers' own career pages: https://schema.org/JobPosting
(Google's guide: https://developers.google.com/search/docs/appearance/structured-data/job-posting).

There is no single host, so there is no `base_url`: the configuration is the pages
themselves, each the full URL of a careers page or of one job page. Terms: each
employer's own; the client obeys every host's robots.txt, and every posting links back
to the employer's page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit

from extractors._contract import (
    Engagement,
    Page,
    ParseError,
    Posting,
    Provenance,
    RatePeriod,
    Skip,
    SourceUnavailable,
)
from extractors._normalize import (
    description_html,
    engagement_from_label,
    failure,
    html_to_text,
    id_from_url,
    unescape,
    utc_from_iso,
    utc_from_rfc822,
)
from extractors._places import country_name

if TYPE_CHECKING:
    from extractors._http import PoliteClient

NAME = "jobposting"
ATTRIBUTION = (
    "Employers' own career pages (schema.org JobPosting): link each posting to the "
    "employer's page; each host's robots.txt is obeyed."
)
MAX_LINKED = 100  # job pages followed from one careers list (a run's pacing is ~1 s each)
WINDOWED = False  # a page is the employer's whole listing: a posting gone from it closed
PROVENANCE: Provenance = "employer"  # JSON-LD on the employer's own careers pages

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
# a script's pre-HTML5 wrapper: an HTML comment, or CDATA inside a JavaScript comment
_WRAPPER = re.compile(
    r"^\s*(?:<!--|/[/*]\s*<!\[CDATA\[(?:\s*\*/)?)"  # <!--  //<![CDATA[  /* <![CDATA[ */
    r"|(?:-->|/[/*]\s*]]>(?:\s*\*/)?)\s*$"  # -->  //]]>  /* ]]> */
)
_COMMENT_LINE = re.compile(r"^\s*<!--.*-->")  # "<!-- Job schema -->" before the JSON
_TYPEOF = re.compile(rb"\stypeof\s*=", re.IGNORECASE)  # an RDFa node, not JavaScript's typeof
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SIGNS = "$€£¥₹"  # a currency's sign beside a figure in minValue/maxValue
_LABELS = re.compile(r"[,;/|]")  # one string of several types: "Full-time, Contract"
# written out, or numeric where the order is unambiguous: year first (unpadded too:
# "2026-3-1"), or day.month.year
_WRITTEN_DATES = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%Y/%m/%d",
    "%Y-%m-%d",
    "%d.%m.%Y",
)
_PERIODS: dict[str, RatePeriod] = {
    **dict.fromkeys(("HOUR", "HOURLY"), "hour"),
    **dict.fromkeys(("DAY", "DAILY"), "day"),
    **dict.fromkeys(("WEEK", "WEEKLY"), "week"),
    **dict.fromkeys(("MONTH", "MONTHLY"), "month"),
    **dict.fromkeys(("YEAR", "YEARLY", "ANNUAL", "ANNUALLY"), "year"),
}
# a posting open to several types (["CONTRACTOR", "PART_TIME"]): the one a freelancer takes
_PREFERRED: tuple[Engagement, ...] = (
    "freelance",
    "contract",
    "fractional",
    "part_time",
    "full_time",
)


@dataclass(frozen=True)
class Settings:
    """The `[sources.jobposting]` table."""

    pages: tuple[str, ...] = ()  # full URLs of careers or job pages; no base_url


def units(settings: Settings) -> list[str]:
    """One unit per page: each page is its own listing."""
    return list(dict.fromkeys(settings.pages))


def fetch(settings: Settings, unit: str, client: PoliteClient) -> Iterator[Page]:
    """GET the page itself; its scope is its URL. A careers list that only links to its
    jobs (a schema.org ItemList of URLs) is followed to each job's page on its own host,
    in the same scope; a linked job answering 404 or 410 was just taken down."""
    page = client.get(unit, scope=unit)
    yield page
    for link in _job_links(page)[:MAX_LINKED]:
        try:
            yield client.get(link, scope=unit)
        except SourceUnavailable as exc:
            if exc.status not in (404, 410):
                raise


def parse(page: Page) -> Iterator[Posting | Skip]:
    """Every JobPosting in the page's JSON-LD: one object, an array or an `@graph`, in
    any number of blocks; else in its microdata or RDFa (an older CMS's only markup,
    often beside a JSON-LD block naming just the site). A malformed block or posting is
    a Skip; a repeat is one. A careers list that only links to its jobs is a Skip: its
    postings are on the pages it links to, which `fetch` follows."""
    items, malformed = _items(page)
    for problem in malformed:
        yield Skip("malformed_jsonld", problem)
    if not _has_posting(items) and (links := _listed_links(items)):
        if on_host := _on_host(links, page.url):
            yield Skip("job_list", f"{page.url}: {len(on_host)} job page(s) linked")
        elif away := {urlsplit(urljoin(page.url, link)).netloc for link in links} - {
            urlsplit(page.url).netloc
        }:
            raise ParseError(
                f"{page.url}: its {len(links)} job link(s) are on another host"
                f" ({', '.join(sorted(away))}): list those pages in `pages`"
            )
    seen: set[str] = set()
    ids = _identified(items)
    for node in _job_postings(items):
        try:
            result = _posting(_resolved(node, ids), page)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            result = Skip("malformed", f"{node.get('title')!r}: {failure(exc)}")
        if isinstance(result, Posting) and result.source_id in seen:
            result = Skip("duplicate", result.source_id)
        elif isinstance(result, Posting):
            seen.add(result.source_id)
        yield result


def _items(page: Page) -> tuple[list[Any], list[str]]:
    """The page's schema.org items (JSON-LD, else microdata, else RDFa) and what was
    wrong with each unreadable JSON-LD block; ParseError if it has none."""
    tree = _tree(page)
    items, malformed = _json_ld(tree)
    if not _has_posting(items):
        items += _microdata(tree, page.url)
    if not _has_posting(items):
        items += _rdfa(page)
    if not items:
        found = f"{len(malformed)} malformed JSON-LD block(s)" if malformed else "no JSON-LD"
        raise ParseError(
            f"{page.url}: {found} nor microdata nor RDFa; expected schema.org markup"
            " (a list of jobs without it: list each job's own page in `pages`)"
        )
    return items, malformed


def _job_links(page: Page) -> list[str]:
    """The job pages on the page's host that a careers list without postings links to."""
    try:
        items, _ = _items(page)
    except (ParseError, AttributeError, IndexError, KeyError, TypeError, ValueError):
        return []  # parse says why, as the page's own failure
    return [] if _has_posting(items) else _on_host(_listed_links(items), page.url)


@cache
def _readers() -> tuple[Any, Any]:
    """extruct's microdata reader and the XPath of JSON-LD script blocks (their type
    in any case, with parameters: "application/ld+json; charset=utf-8"), made at the
    first parse: extruct and lxml are imported then, not when a config names this
    source."""
    from extruct.w3cmicrodata import MicrodataExtractor
    from lxml import etree

    upper, lower = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
    typed = f"translate(normalize-space(@type), '{upper}', '{lower}')"
    xpath = etree.XPath(
        f"//script[{typed} = 'application/ld+json' or starts-with({typed}, 'application/ld+json;')]"
    )
    return MicrodataExtractor(), xpath


def _tree(page: Page) -> Any:
    """The body read as HTML whatever its Content-Type says."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        parser = lxml_html.HTMLParser(encoding=_encoding(page))
    except LookupError:  # a charset no codec knows
        parser = lxml_html.HTMLParser(encoding="utf-8")
    try:
        return lxml_html.fromstring(page.body, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"{page.url}: not an HTML page ({exc})") from exc


def _json_ld(tree: Any) -> tuple[list[Any], list[str]]:
    """The items of every readable JSON-LD block, and what was wrong with each other one."""
    _, scripts = _readers()
    items: list[Any] = []
    malformed = []
    for number, script in enumerate(scripts(tree), start=1):
        text = script.text_content()
        try:
            data = json.loads(text, strict=False)  # control characters in strings, as browsers
        except ValueError as exc:
            data = _lenient(text)
            if data is None:
                malformed.append(f"JSON-LD block {number} (line {script.sourceline}): {exc}")
                continue
        items.extend(item for item in _list(data) if isinstance(item, dict | list))
    return items, malformed


def _microdata(tree: Any, url: str) -> list[Any]:
    """The page's microdata items in JSON-LD's shape (`@type` and the properties as
    keys), so that one reader serves both."""
    microdata, _ = _readers()

    def shaped(value: Any) -> Any:
        if isinstance(value, list):
            return [shaped(v) for v in value]
        if not isinstance(value, dict) or "properties" not in value:
            return value
        properties = {key: shaped(v) for key, v in value["properties"].items()}
        return {"@type": value.get("type"), **properties}

    return [shaped(item) for item in microdata.extract_items(tree, url)]


def _rdfa(page: Page) -> list[Any]:
    """The page's RDFa nodes in JSON-LD's compact shape (short keys, bare values, each
    blank-node reference replaced by its node); read only where an element has a
    `typeof` attribute, as RDFa's parser is slow."""
    if not _TYPEOF.search(page.body):
        return []
    from extruct.rdfa import RDFaExtractor

    try:
        graph = RDFaExtractor().extract(page.body, base_url=page.url, encoding=_encoding(page))
    except (ValueError, LookupError):
        return []
    nodes = {node["@id"]: node for node in graph if isinstance(node, dict) and "@id" in node}

    def short(key: str) -> str:
        return re.split(r"[/#]", key)[-1]

    def shaped(node: dict[str, Any], depth: int) -> dict[str, Any]:
        found = {key: value(v, depth) for key, v in node.items() if key not in ("@id", "@type")}
        return {
            "@type": [short(t) for t in node.get("@type", [])],
            **{short(k): v for k, v in found.items()},
        }

    def value(values: list[Any], depth: int) -> Any:
        out = [
            v["@value"] if "@value" in v
            else shaped(nodes[v["@id"]], depth + 1) if v.get("@id") in nodes and depth < 4
            else v.get("@id")
            for v in values
        ]  # fmt: skip
        return out[0] if len(out) == 1 else out

    return [shaped(node, 0) for node in graph if "@type" in node]


def _listed_links(items: list[Any]) -> list[str]:
    """The URLs an ItemList of the page names, once each: its elements as URLs, or
    ListItems with a `url` or an `item` (a URL, or a node with a `url` or an `@id`)."""
    links = []
    for item in items:
        if not isinstance(item, dict) or "ItemList" not in map(str, _list(item.get("@type"))):
            continue
        for entry in _list(item.get("itemListElement")):
            node = entry.get("item") or entry if isinstance(entry, dict) else entry
            found = (
                _text(node.get("url") or node.get("@id")) if isinstance(node, dict) else _text(node)
            )
            if found:
                links.append(found)
    return list(dict.fromkeys(links))


def _on_host(links: list[str], page_url: str) -> list[str]:
    """The links, made absolute, that stay on the page's host (where its robots.txt
    and the user's choice of page hold), but for the page itself."""
    host = urlsplit(page_url).netloc
    absolute = dict.fromkeys(urljoin(page_url, link) for link in links)
    return [link for link in absolute if urlsplit(link).netloc == host and link != page_url]


def _lenient(script: str) -> Any:
    """What browsers and Google still read of a block that is not strict JSON: behind a
    byte order mark, inside an old wrapper (`//<![CDATA[`, `<!--`), with comments or
    trailing commas, or several objects one after the other; None when it is not JSON
    still."""
    import jstyleson  # JSON with comments and trailing commas (extruct uses it too)

    unmarked = script.strip().removeprefix("\ufeff")  # a pasted file's byte order mark
    decoder = json.JSONDecoder(strict=False)
    for cleaned in (_WRAPPER.sub("", unmarked), _COMMENT_LINE.sub("", unmarked)):
        text = jstyleson.dispose(cleaned).strip()
        values: list[Any] = []
        try:
            while text:
                value, end = decoder.raw_decode(text)
                values.append(value)
                text = text[end:].lstrip().removeprefix(",").lstrip()
        except ValueError:
            continue
        return values[0] if len(values) == 1 else values
    return None


def _encoding(page: Page) -> str:
    """The header's charset, else a meta tag's (a Latin-1 page states it only there),
    else UTF-8."""
    if match := _CHARSET.search(page.headers.get("content-type", "")):
        return match[1]
    if found := _META_CHARSET.search(page.body[:4096]):
        return found[1].decode("ascii")
    return "utf-8"


def _identified(items: list[Any]) -> dict[str, dict[str, Any]]:
    """Every node of the page that has an `@id` and says more than that, by its id."""
    found: dict[str, dict[str, Any]] = {}
    stack: list[Any] = list(items)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("@id"), str) and set(node) - {"@id", "@type"}:
                found.setdefault(node["@id"], node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _resolved(node: dict[str, Any], ids: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The posting with each `{"@id": ...}` reference among its values replaced by the
    node it names (an @graph states the employer and the place once, elsewhere)."""

    def one(value: Any) -> Any:
        is_ref = isinstance(value, dict) and not set(value) - {"@id", "@type"}
        return ids.get(str(value.get("@id")), value) if is_ref else value

    return {k: [one(v) for v in value] if isinstance(value, list) else one(value)
            for k, value in node.items()}  # fmt: skip


def _has_posting(items: list[Any]) -> bool:
    return any(True for _ in _job_postings(items))


def _job_postings(items: list[Any]) -> Iterator[dict[str, Any]]:
    """JobPosting objects anywhere in the items (top level, `@graph`, ItemList), in order."""
    stack: list[Any] = list(reversed(items))
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            types = node.get("@type")
            names = {re.split(r"[/#:]", str(t))[-1] for t in _list(types)}
            if "JobPosting" in names:
                yield node
            else:
                stack.extend(reversed(list(node.values())))


def _posting(node: dict[str, Any], page: Page) -> Posting | Skip:
    """One JobPosting; a posting past its validThrough (at fetch time) is expired, and
    closes a stored copy."""
    title = _text(node.get("title")) or _text(node.get("name"))
    if not title:
        return Skip("no_title", page.url)
    ident = _name(node.get("identifier"), "value")
    stated = _text(node.get("url"))
    url = urljoin(page.url, stated) if stated else f"{page.url}#{quote(ident or title)}"
    # identifiers are the employer's own: "ENG-204" means one job per host only
    source_id = f"{urlsplit(page.url).netloc}:{ident}" if ident else id_from_url(url)
    expires = _expiry(_text(node.get("validThrough")))
    if expires is not None and expires <= page.fetched_at:
        # a page left up past its date: a copy stored while it ran closes
        detail = f"{url}: valid through {node.get('validThrough')}"
        return Skip("expired", detail, closes=source_id)
    markup = description_html(node.get("description"))
    workplace = [str(t).strip() for t in _list(node.get("jobLocationType")) if t]
    engagement, engagement_raw = _engagement(node.get("employmentType"))
    return Posting(
        source=NAME,
        source_id=source_id,
        url=url,
        title=title,
        company=_name(node.get("hiringOrganization")),
        text=html_to_text(markup),
        html=markup,
        posted_at=_date(_text(node.get("datePosted"))),
        location=_places(node.get("applicantLocationRequirements"))
        or _places(node.get("jobLocation")),
        remote=True if any(t.upper() == "TELECOMMUTE" for t in workplace) else None,
        workplace_raw=", ".join(workplace) or None,
        engagement=engagement,
        engagement_raw=engagement_raw,
        # the pay the employer states, else its estimate (a range it publishes instead)
        **_salary(
            node.get("baseSalary") or node.get("estimatedSalary"), node.get("salaryCurrency")
        ),
        apply_url=urljoin(page.url, stated) if stated else None,
        requisition_id=ident,
        extra=_extra(node),
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _text(value: Any) -> str | None:
    """A scalar as stripped text, entities decoded once (some pages escape their JSON)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return unescape(str(value).strip()) or None


def _name(value: Any, key: str = "name") -> str | None:
    """The first name (or `key`) of an object, a list of them, or a bare string."""
    for item in _list(value):
        found = _text(item.get(key)) if isinstance(item, dict) else _text(item)
        if found:
            return found
    return None


def _expiry(valid_through: str | None) -> datetime | None:
    """validThrough as UTC; a date without a time ("2026-04-30", "30 April 2026")
    lasts to the end of that day."""
    expires = _date(valid_through)
    if expires and valid_through and ":" not in valid_through:
        return expires + timedelta(days=1)
    return expires


def _date(value: str | None) -> datetime | None:
    """An ISO date or datetime, or one written out ("1 March 2026", "Mar 1, 2026"), as
    CMS templates print it; a numeric day/month order (03/01/2026) is no date."""
    found = utc_from_iso(value)
    if found is not None or not value:
        return found
    for layout in _WRITTEN_DATES:
        try:
            return datetime.strptime(value.replace(",", ""), layout).replace(tzinfo=UTC)
        except ValueError:
            continue
    return utc_from_rfc822(value) if "," in value else None  # "Mon, 02 Mar 2026 09:00:00 GMT"


def _engagement(value: Any) -> tuple[Engagement | None, str | None]:
    """One type or several ("FULL_TIME", ["CONTRACTOR", "PART_TIME"], "Full-time",
    "Full-time, Contract")."""
    stated = [label for label in map(_text, _list(value)) if label]
    labels = [part.strip() for label in stated for part in _LABELS.split(label) if part.strip()]
    found = {engagement_from_label(label) for label in labels}
    engagement = next((e for e in _PREFERRED if e in found), None)
    return engagement, ", ".join(labels) or None


def _places(value: Any) -> str | None:
    """Country or State names, or each Place's locality, region and country; a country
    stated as its code is named ("PT" is Portugal, not Pacific Time)."""
    places = []
    for item in _list(value):
        address = item.get("address", item) if isinstance(item, dict) else item
        if isinstance(address, dict):
            keys = ("addressLocality", "addressRegion")
            parts = [*(_name(address.get(key)) for key in keys), _country(address)]
            places.append(", ".join(dict.fromkeys(filter(None, parts))) or _name(item))
        else:
            places.append(_text(address))
    return "; ".join(dict.fromkeys(filter(None, places))) or None


def _country(address: dict[str, Any]) -> str | None:
    """A PostalAddress's addressCountry, or a Country's own name, as a name."""
    is_country = "Country" in map(str, _list(address.get("@type")))
    found = _name(address.get("addressCountry")) or (_name(address) if is_country else None)
    return country_name(found) if found else None


def _salary(value: Any, stated_currency: Any = None) -> dict[str, Any]:
    """A MonetaryAmount: value or minValue/maxValue (in its value, or on the amount
    itself), unitText, currency; or a bare figure, in the posting's salaryCurrency."""
    amount = _list(value)[0] if _list(value) else None
    if amount is None:
        return {}
    if not isinstance(amount, dict):
        amount = {"value": amount, "currency": stated_currency}
    inner = next(iter(_list(amount.get("value"))), None)  # a list of values: the first
    has_range = {"minValue", "maxValue"} & set(amount)
    quantity = inner if isinstance(inner, dict) else amount if has_range else {"value": inner}
    low, high = _number(quantity.get("minValue")), _number(quantity.get("maxValue"))
    if low is None and high is None:
        low = high = _number(quantity.get("value"))
    low, high = (n or None for n in (low, high))  # a 0 is a template's empty field, not pay
    unit = _text(quantity.get("unitText") or amount.get("unitText")) or ""
    currency = (_text(amount.get("currency") or quantity.get("currency")) or "").upper()
    currency = currency if re.fullmatch(r"[A-Z]{3}", currency) else ""
    span = "–".join(f"{n:g}" for n in dict.fromkeys(n for n in (low, high) if n is not None))
    per = "" if not unit else unit if unit.lower().startswith("per ") else f"per {unit}"
    if not span:  # "$90,000 - $110,000": kept as stated when it states a figure
        stated = _text(quantity.get("value")) or ""
        found = re.search(r"\d", stated) and _number(stated) is None  # not a bare 0
        return {"salary_raw": " ".join(filter(None, (stated, currency, per)))} if found else {}
    raw = " ".join(filter(None, (span, currency, per)))
    period = _PERIODS.get(re.sub(r"[^A-Z]", "", unit.upper()).removeprefix("PER"))
    return {
        "rate_min": low,
        "rate_max": high,
        "rate_period": period,
        "currency": currency or None,
        "salary_raw": raw,
    }


def _number(value: Any) -> float | None:
    """A number, or a numeric string with its currency sign ("$40.00", "85,000 €")."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = value.strip().strip(_SIGNS).strip() if isinstance(value, str) else ""
    return float(text.replace(",", "")) if _NUMBER.fullmatch(text) else None


def _extra(node: dict[str, Any]) -> dict[str, str]:
    """The employer's site, the raw validThrough, directApply, and the jobLocation when
    applicantLocationRequirements gave the location."""
    orgs = [org for org in _list(node.get("hiringOrganization")) if isinstance(org, dict)]
    org = orgs[0] if orgs else {}
    required = _places(node.get("applicantLocationRequirements"))
    direct = str(node.get("directApply")).lower()
    extra = {
        "company_url": _name(org.get("sameAs")) or _name(org.get("url")) or "",
        "valid_through": _text(node.get("validThrough")) or "",
        "job_location": (_places(node.get("jobLocation")) or "") if required else "",
        "direct_apply": direct if direct in ("true", "false") else "",
    }
    return {key: value for key, value in extra.items() if value}
