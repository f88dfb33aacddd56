"""Remote OK: parse the real-shape fixtures and nasty variants; fetch over loopback."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors import remoteok
from extractors._contract import Page, ParseError, Posting, Skip, SourceUnavailable
from extractors._http import PoliteClient

API = "https://remoteok.com/api"


def _page(body: bytes, url: str = API) -> Page:
    fetched = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)
    return Page("remoteok", url, 200, {}, body, fetched, scope="all")


def _parse(case: str) -> list[Posting | Skip]:
    return list(remoteok.parse(_page(fixture_bytes("remoteok", case))))


def _postings(case: str) -> list[Posting]:
    return [r for r in _parse(case) if isinstance(r, Posting)]


def _client() -> PoliteClient:
    return PoliteClient(remoteok.NAME, min_interval=0, obey_robots=False)


def test_module_follows_the_source_contract() -> None:
    assert remoteok.NAME == "remoteok"
    assert remoteok.WINDOWED is True  # the newest ~100 jobs only
    for duty in ("Remote OK", "link back", "followed link", "logo"):
        assert duty in remoteok.ATTRIBUTION
    assert remoteok.Settings() == remoteok.Settings("https://remoteok.com")
    with pytest.raises(dataclasses.FrozenInstanceError):
        remoteok.Settings().base_url = "x"  # type: ignore[misc]
    assert remoteok.units(remoteok.Settings()) == ["all"]


def test_parse_sample_skips_the_legal_notice_and_states_usd_without_a_period() -> None:
    python, support = _postings("api.json")
    url = "https://remoteOK.com/remote-jobs/remote-senior-python-engineer-quillfeather-labs-1140021"
    assert python == Posting(
        source="remoteok",
        source_id="1140021",
        url=url,
        title="Senior Python Engineer",
        company="Quillfeather Labs",
        text="We build scheduling software for small clinics...",
        html="<p>We build scheduling software for small clinics...</p>",
        posted_at=datetime(2026, 3, 14, 12, 6, 40, tzinfo=UTC),
        location="Europe",
        remote=True,
        rate_min=90000.0,
        rate_max=120000.0,
        rate_period=None,  # Remote OK states no period: never converted
        currency="USD",
        salary_raw="USD 90000-120000",
        tags=("python", "backend", "postgres", "senior"),
        apply_url=url,
    )
    assert support.title == "Support Specialist"
    assert support.location is None  # "" in the feed
    assert (support.rate_min, support.rate_max, support.currency) == (None, None, None)
    assert support.salary_raw is None  # 0 and 0 mean unknown


def test_parse_variants_repair_mojibake_and_keep_real_non_ascii() -> None:
    french, contract, bangla = _postings("api_variants.json")
    assert french.title == "Développeur Python Senior"  # latin-1 mojibake repaired
    assert french.company == "Zürich Analytics"
    assert french.text == "Nous cherchons un développeur Python."
    assert contract.title == "Data Engineer – Contract"  # Windows-1252 mojibake repaired
    assert bangla.title == "বাংলা NLP ইঞ্জিনিয়ার"  # real UTF-8 left alone
    assert bangla.company == "Café Nube"  # a real accent is no mojibake


def test_parse_variants_missing_fields_and_odd_salaries() -> None:
    french, contract, bangla = _postings("api_variants.json")
    assert french.posted_at == datetime(2026, 3, 13, 11, 6, 40, tzinfo=UTC)
    assert (french.rate_min, french.rate_max, french.salary_raw) == (70000.0, None, "USD 70000")
    assert french.apply_url == "https://careers.zurich-analytics.example/jobs/31"
    # no epoch: the ISO date serves
    assert contract.posted_at == datetime(2026, 3, 13, 9, 0, tzinfo=UTC)
    assert (contract.rate_min, contract.rate_max) == (None, 150000.0)
    assert (contract.tags, contract.location, contract.text, contract.html) == ((), None, "", None)
    assert bangla.source_id == "1140029"  # an int id is kept as its string
    assert bangla.tags == ("nlp", "python")
    assert (bangla.rate_min, bangla.salary_raw, bangla.apply_url) == (None, None, None)


def test_parse_variants_skip_unusable_items_and_carry_on() -> None:
    skips = [r for r in _parse("api_variants.json") if isinstance(r, Skip)]
    # the second has neither an id nor a title: the id is missing first
    assert [s.reason for s in skips] == ["no_url", "no_id", "no_id", "malformed"]
    assert skips[0].detail == "job 1140028"
    # named by its place in the payload, the legal notice (element 0) counted
    assert skips[3].detail == "job at index 7 is a str"


def test_parse_legal_notice_alone_yields_nothing() -> None:
    assert _parse("api_legal_only.json") == []
    assert list(remoteok.parse(_page(b"[]"))) == []


@pytest.mark.parametrize(
    "body",
    [b"<html>Just a moment...</html>", b'{"error": "rate limited"}', b"\xff\xfe["],
    ids=["an html challenge page", "an object", "not utf-8"],
)
def test_parse_rejects_a_page_of_the_wrong_shape(body: bytes) -> None:
    with pytest.raises(ParseError, match="remoteok.com/api"):
        list(remoteok.parse(_page(body)))


def test_fetch_hits_the_real_api_path(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api", query_string="").respond_with_data(
        fixture_bytes("remoteok", "api.json"), content_type="application/json"
    )
    settings = remoteok.Settings(base_url=httpserver.url_for("/"))
    with _client() as client:
        [page] = remoteok.fetch(settings, "all", client)
    httpserver.check_assertions()
    assert page.url == httpserver.url_for("/api")
    assert (page.source, page.scope, page.status) == ("remoteok", "all", 200)
    assert [p.source_id for p in remoteok.parse(page) if isinstance(p, Posting)] == [
        "1140021",
        "1140019",
    ]


def test_fetch_of_a_suspended_client_raises_source_unavailable(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api").respond_with_data("Forbidden", status=403)
    settings = remoteok.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = _client()
    with client, pytest.raises(SourceUnavailable) as raised:
        list(remoteok.fetch(settings, "all", client))
    assert raised.value.status == 403


def test_parse_decodes_entities_and_an_empty_region_in_plain_fields() -> None:
    # the live feed entity-escapes plain fields and writes "City, " for a place without region
    (job,) = _postings("api_escaped.json")
    assert (job.company, job.title) == ("Kestrel Tiling & Stone", "R&D Lead – Tiles")
    assert job.location == "South Geelong"
    assert job.text == "Tiles & grout."


def test_parse_a_description_with_control_characters_keeps_the_job() -> None:
    # text pasted from a word processor carries vertical tabs (its soft line breaks) and
    # other C0 controls, which lxml refuses in a tree: the job was lost
    job = {
        "id": "1136600", "position": "Editor", "url": "https://remoteOK.com/remote-jobs/1136600",
        "description": "<p>Line one\x0bline two\x08.</p><p>Tabs\tstay\x1f</p>",
    }  # fmt: skip
    [posting] = remoteok.parse(_page(json.dumps([job]).encode()))
    assert isinstance(posting, Posting)
    assert posting.text == "Line one\nline two.\n\nTabs stay"


def test_parse_drops_the_boards_note_to_applicants() -> None:
    # Remote OK appends its own anti-spam note to every description, cut at any length:
    # the board's words, which would make a two-line posting look described
    note = (
        "Please mention the word **CALMER** and tag RMTAuMTAuMTAuMTA= when applying to show "
        "you read the job post completely (#RMTAuMTAuMTAuMTA=). This is a beta feature to "
        "avoid spam applicants. Comp"
    )
    job = {
        "id": "1136601", "position": "Editor", "url": "https://remoteOK.com/remote-jobs/1136601",
        "description": f"<p>Edit our weekly newsletter.</p><br/>{note}",
    }  # fmt: skip
    [posting] = remoteok.parse(_page(json.dumps([job]).encode()))
    assert isinstance(posting, Posting)
    assert posting.text == "Edit our weekly newsletter."


def test_tags_sent_as_one_string_are_its_comma_separated_tags() -> None:
    job = {"id": "1", "position": "Go dev", "url": "https://remoteok.com/remote-jobs/1"}
    body = json.dumps([{"legal": "terms"}, {**job, "tags": "golang, aws , ,k8s"}]).encode()
    [posting] = remoteok.parse(_page(body))
    assert isinstance(posting, Posting) and posting.tags == ("golang", "aws", "k8s")
