"""run_source: units fail alone, pages that do not parse are counted, scopes stay honest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from pytest_httpserver import HTTPServer

from extractors._contract import Page, ParseError, Posting, Skip
from extractors._normalize import each_item
from extractors._runner import run_source


@dataclass(frozen=True)
class Settings:
    base_url: str
    boards: tuple[str, ...]


def _fetch(settings: Settings, unit: str, client: Any) -> Iterator[Page]:
    yield client.get(f"{settings.base_url}/boards/{unit}", scope=unit)


def _parse(page: Page) -> Iterator[Posting | Skip]:
    data = json.loads(page.body)
    if not isinstance(data, list):
        raise ParseError(f"{page.url}: expected a list")
    for item in data:
        if "bad" in item:
            yield Skip("malformed", f"item {item['bad']}: could not convert '1,5'")
            continue
        yield Posting("fake", item["id"], page.url) if item.get("id") else Skip("no_id")


SOURCE = SimpleNamespace(
    NAME="fake", WINDOWED=False, units=lambda s: list(s.boards), fetch=_fetch, parse=_parse
)


def _run(httpserver: HTTPServer, *boards: str) -> Any:
    settings = Settings(httpserver.url_for("").rstrip("/"), boards)
    options = {"min_interval": 0, "obey_robots": False, "max_retries": 0}
    return run_source(SOURCE, settings, client_options=options)  # type: ignore[arg-type]


def test_one_dead_unit_leaves_the_others_and_is_recorded(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/boards/alive").respond_with_json([{"id": "1"}, {"x": 1}])
    httpserver.expect_request("/boards/gone").respond_with_data("no", status=404)
    result = _run(httpserver, "alive", "gone")
    assert result.status == "partial"
    assert [p.posting.source_id for p in result.postings] == ["1"]
    assert result.scopes_ok == {"alive"}
    assert result.errors and "404" in result.errors[0]
    assert result.stats["failed/units"] == 1
    assert result.stats["skipped/no_id"] == 1
    assert result.stats["parsed"] == 1


def test_a_page_that_does_not_parse_keeps_its_scope_open(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/boards/odd").respond_with_json({"not": "a list"})
    httpserver.expect_request("/boards/fine").respond_with_json([{"id": "2"}])
    result = _run(httpserver, "odd", "fine")
    assert result.status == "partial"
    assert len(result.pages) == 2  # the raw page is kept for a later re-parse
    assert result.scopes_ok == {"fine"}
    assert result.stats["failed/pages"] == 1
    assert "cannot parse" in result.errors[0]


def test_a_page_that_does_not_parse_names_its_url_once(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/boards/odd").respond_with_json({"not": "a list"})
    result = _run(httpserver, "odd")
    url = httpserver.url_for("/boards/odd")
    assert result.errors == [f"{url}: cannot parse: ParseError: expected a list"]


def test_every_unit_failing_fails_the_source(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/boards/gone").respond_with_data("no", status=404)
    result = _run(httpserver, "gone")
    assert result.status == "failed"
    assert result.postings == []


def test_every_page_failing_to_parse_fails_the_source_so_retries_apply(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/boards/odd").respond_with_data("<html>captcha</html>")
    httpserver.expect_request("/boards/odder").respond_with_json({"not": "a list"})
    result = _run(httpserver, "odd", "odder")
    assert result.status == "failed"
    assert result.stats["failed/pages"] == 2
    assert not result.out_of_time


def test_a_deadline_fails_the_source_for_this_run_only(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/boards/one").respond_with_json([{"id": "1"}])
    settings = Settings(httpserver.url_for("").rstrip("/"), ("one",))
    options = {"min_interval": 0, "obey_robots": False, "source_deadline": 0}
    result = run_source(SOURCE, settings, client_options=options)  # type: ignore[arg-type]
    assert result.status == "failed"
    assert result.out_of_time
    assert "source deadline of 0 s passed" in result.errors[0]


def test_a_malformed_item_is_skipped_and_named_in_the_errors(httpserver: HTTPServer) -> None:
    items = [{"id": "1"}, {"bad": "7"}, {"bad": "8"}, {"x": 1}]
    httpserver.expect_request("/boards/odd").respond_with_json(items)
    result = _run(httpserver, "odd")
    assert result.status == "ok"  # the page and its other items stand
    assert [p.posting.source_id for p in result.postings] == ["1"]
    assert result.stats["skipped/malformed"] == 2
    url = httpserver.url_for("/boards/odd")
    # a skip the user should look into says where: the page and the item; a deleted
    # or expired item (no_id here) is no problem and is only counted
    assert result.errors == [
        f"{url}: skipped 2 malformed items, the first: item 7: could not convert '1,5'"
    ]


def _parse_with_fields(page: Page) -> Iterator[Posting | Skip]:
    def convert(item: dict[str, Any]) -> Posting:
        return Posting("fake", item["id"], page.url, location=item.get("place", "").strip())

    yield from each_item(json.loads(page.body), convert, "job")


def test_an_item_kept_without_a_field_is_named_once_per_page(httpserver: HTTPServer) -> None:
    items = [{"id": "1", "place": "Oslo"}, {"id": "2", "place": ["Oslo"]}, {"id": "3", "place": 4}]
    httpserver.expect_request("/boards/odd").respond_with_json(items)
    settings = Settings(httpserver.url_for("").rstrip("/"), ("odd",))
    source = SimpleNamespace(**{**vars(SOURCE), "parse": _parse_with_fields})
    options = {"min_interval": 0, "obey_robots": False, "max_retries": 0}
    result = run_source(source, settings, client_options=options)  # type: ignore[arg-type]
    assert [(p.posting.source_id, p.posting.location) for p in result.postings] == [
        ("1", "Oslo"),
        ("2", ""),
        ("3", ""),
    ]
    assert result.stats["kept/without_fields"] == 2
    url = httpserver.url_for("/boards/odd")
    assert result.errors == [
        f"{url}: fake kept 2 item(s) with a field in a shape not known, left empty: "
        "2: place (a list); 3: place (an int)"
    ]
