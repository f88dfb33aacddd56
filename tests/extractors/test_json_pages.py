"""The JSON shapes a source's page must have, and what a wrong one says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors._contract import Page, ParseError
from extractors._normalize import json_object

URL = "https://api.example.test/v1/board"


def _page(body: bytes) -> Page:
    return Page("example", URL, 200, {}, body, datetime(2026, 1, 5, tzinfo=UTC))


def test_a_json_object_is_read_as_it_is() -> None:
    assert json_object(_page(b'{"id": 7, "jobs": []}')) == {"id": 7, "jobs": []}


@pytest.mark.parametrize(
    ("body", "said"),
    [(b"[1, 2]", "got a JSON list"), (b"null", "got a JSON null"), (b'"down"', "got a JSON str"),
     (b"<html><title>Blocked</title></html>", "not JSON: an HTML page titled 'Blocked'")],
)  # fmt: skip
def test_a_page_that_holds_no_json_object_says_what_it_holds(body: bytes, said: str) -> None:
    with pytest.raises(ParseError, match=said) as info:
        json_object(_page(body))
    assert str(info.value).startswith(URL)
