"""Boards from the network: slug guesses, and probes over loopback at the real API paths."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from conftest import fixture_bytes
from pytest_httpserver import HTTPServer

from extractors._discovery import Board, apis, candidate_slugs, discover, probe
from extractors._http import PoliteClient

KESTREL = "Kestrel Robotics GmbH"


@pytest.fixture
def server(httpserver: HTTPServer) -> HTTPServer:
    httpserver.no_handler_status_code = 404  # a board not set up here is unknown
    return httpserver


def _client(**options: Any) -> PoliteClient:
    return PoliteClient("discovery", min_interval=0, obey_robots=False, **options)


def _bases(server: HTTPServer) -> dict[str, str]:
    return dict.fromkeys(apis(), server.url_for("/"))  # every ATS: none asks the internet


def _asked(server: HTTPServer, *ats: str) -> list[str]:
    """The paths asked, in order; of the given ATSs only, if any are named (a new ATS's
    probes change nothing of what one test says of these)."""
    prefixes = tuple(apis()[name].path.split("{}")[0] for name in ats) or ("/",)
    return [request.path for request, _ in server.log if request.path.startswith(prefixes)]


def _greenhouse_board(server: HTTPServer, token: str, name: str) -> None:
    info = {"name": name, "content": "<p>Build robots with us.</p>"}
    server.expect_request(f"/v1/boards/{token}").respond_with_json(info)


def _lever_site(server: HTTPServer, token: str) -> None:
    server.expect_request(f"/v0/postings/{token}", query_string="mode=json").respond_with_data(
        fixture_bytes("lever", "postings.json"), content_type="application/json"
    )


@pytest.mark.parametrize(
    ("org", "slugs"),
    [
        (KESTREL, ["kestrelrobotics", "kestrel-robotics", "kestrel"]),
        ("Acme Widgets, Inc.", ["acmewidgets", "acme-widgets"]),  # "acme": too short a stem
        ("Loomworks", ["loomworks"]),
        (
            "Black & Decker Ltd",
            ["blackdecker", "black-decker", "blackanddecker", "black-and-decker", "black"],
        ),
        ("Smith & Co", ["smith"]),  # the "&" belongs to the legal suffix
        ("The Quillfeather Corp.", ["quillfeather"]),
        ("Zürich Café S.A.", ["zurichcafe", "zurich-cafe", "zurich"]),
        ("Ørsted Æble B.V.", ["orstedaeble", "orsted-aeble", "orsted"]),
        ("Straße Werke AG", ["strassewerke", "strasse-werke", "strasse"]),
        ("株式会社ミライ", []),  # no spelling to guess in Latin letters
        ("Freelance", []),  # not an employer
    ],
)
def test_candidate_slugs(org: str, slugs: list[str]) -> None:
    assert candidate_slugs(org) == slugs


def test_a_greenhouse_board_named_like_the_org_is_found(server: HTTPServer) -> None:
    _greenhouse_board(server, "kestrelrobotics", "Kestrel Robotics")
    with _client() as client:
        boards = probe(KESTREL, client, base_urls=_bases(server))
    assert boards == [
        Board(
            source="greenhouse",
            token="kestrelrobotics",
            company="Kestrel Robotics",
            jobs=None,
            url="https://job-boards.greenhouse.io/kestrelrobotics",
            evidence='the board is named "Kestrel Robotics": same normalised name',
        )
    ]
    # Greenhouse stops at its first confirmed board; Lever and Ashby never try the stem
    assert _asked(server, "greenhouse", "ashby", "lever") == [
        "/v1/boards/kestrelrobotics",
        "/posting-api/job-board/kestrelrobotics",
        "/posting-api/job-board/kestrel-robotics",
        "/v0/postings/kestrelrobotics",
        "/v0/postings/kestrel-robotics",
    ]


def test_a_greenhouse_stem_counts_when_the_board_name_matches(server: HTTPServer) -> None:
    _greenhouse_board(server, "kestrel", "Kestrel Robotics")
    with _client() as client:
        [board] = probe(KESTREL, client, base_urls=_bases(server))
    assert (board.source, board.token, board.company) == (
        "greenhouse",
        "kestrel",
        "Kestrel Robotics",
    )


def test_a_board_only_the_eu_data_centre_knows_is_found_there(server: HTTPServer) -> None:
    """Greenhouse's US API answers 404 for an EU board: each candidate is asked at the
    EU API next, and the board found there links to its EU page."""
    info = {"name": "Kestrel Robotics GmbH", "content": "<p>Roboter.</p>"}
    server.expect_request("/eu/v1/boards/kestrel-robotics").respond_with_json(info)
    eu_bases = {"greenhouse": server.url_for("/eu"), "lever": ""}  # "": no EU host asked
    with _client() as client:
        boards = probe(KESTREL, client, base_urls=_bases(server), eu_base_urls=eu_bases)
    eu_page = "https://job-boards.eu.greenhouse.io/kestrel-robotics"
    assert [(b.source, b.token, b.url, b.eu) for b in boards] == [
        ("greenhouse", "kestrel-robotics", eu_page, True)
    ]
    assert boards[0].entry == eu_page  # what `--add` lists: asked at the EU API first
    greenhouse = [r.path for r, _ in server.log if "/v1/boards/" in r.path]
    assert greenhouse == [
        "/v1/boards/kestrelrobotics",
        "/eu/v1/boards/kestrelrobotics",
        "/v1/boards/kestrel-robotics",
        "/eu/v1/boards/kestrel-robotics",
    ]


def test_a_board_of_another_company_is_not_asked_for_at_the_eu_api(server: HTTPServer) -> None:
    _greenhouse_board(server, "kestrelrobotics", "Kestrel Pharma")
    with _client() as client:
        eu_bases = {"greenhouse": server.url_for("/eu")}
        assert (
            probe("Kestrel Robotics", client, base_urls=_bases(server), eu_base_urls=eu_bases) == []
        )
    asked = [r.path for r, _ in server.log if "/v1/boards/" in r.path]
    assert "/eu/v1/boards/kestrelrobotics" not in asked


@pytest.mark.parametrize(
    ("org", "token", "name"),
    [
        ("Acme Widgets", "acmewidgets", "Acme"),  # part of the name is another company
        (KESTREL, "kestrel", "Kestrel Pharma"),
        (KESTREL, "kestrelrobotics", ""),
    ],
)
def test_a_greenhouse_board_named_otherwise_is_not_found(
    server: HTTPServer, org: str, token: str, name: str
) -> None:
    _greenhouse_board(server, token, name)
    with _client() as client:
        assert probe(org, client, base_urls=_bases(server)) == []


def test_lever_and_ashby_boards_under_the_full_name_are_found(server: HTTPServer) -> None:
    _lever_site(server, "loomworks")
    server.expect_request("/posting-api/job-board/loomworks").respond_with_data(
        fixture_bytes("ashby", "job_board_empty.json"), content_type="application/json"
    )
    with _client() as client:
        found = {b.source: b for b in probe("Loomworks", client, base_urls=_bases(server))}
    lever, ashby = found["lever"], found["ashby"]
    assert lever == Board(
        source="lever",
        token="loomworks",
        company="Loomworks",
        jobs=1,
        url="https://jobs.lever.co/loomworks",
        evidence='token equals the full name "Loomworks" (lever names no company)',
    )
    assert (ashby.source, ashby.token, ashby.jobs) == ("ashby", "loomworks", 0)
    assert ashby.url == "https://jobs.ashbyhq.com/loomworks"
    assert "token equals the full name" in ashby.evidence


def test_a_one_word_stem_is_not_accepted_on_lever_or_ashby(server: HTTPServer) -> None:
    _lever_site(server, "kestrel")
    server.expect_request("/posting-api/job-board/kestrel").respond_with_data(
        fixture_bytes("ashby", "job_board.json"), content_type="application/json"
    )
    with _client() as client:
        assert probe(KESTREL, client, base_urls=_bases(server)) == []
    assert "/v0/postings/kestrel" not in _asked(server)
    assert "/posting-api/job-board/kestrel" not in _asked(server)


def test_missing_boards_answer_404_and_nothing_is_found(server: HTTPServer) -> None:
    server.expect_request("/v0/postings/kestrelrobotics").respond_with_data(
        fixture_bytes("lever", "not_found.json"), status=404, content_type="application/json"
    )
    with _client() as client:
        assert probe(KESTREL, client, base_urls=_bases(server)) == []
    # each candidate once per ATS; the stem only where the answer names the company
    per_ats = [3 if api.names_company else 2 for api in apis().values()]
    assert len(_asked(server)) == sum(per_ats) <= len(apis()) * len(candidate_slugs(KESTREL))


def test_a_server_error_is_reported_and_the_next_org_still_probed(server: HTTPServer) -> None:
    server.expect_request("/v1/boards/kestrelrobotics").respond_with_data("down", status=500)
    _lever_site(server, "loomworks")
    with _client(max_retries=0) as client:
        found = list(discover([KESTREL, "Loomworks"], client, base_urls=_bases(server)))
    [failure, board] = found
    assert isinstance(failure, tuple) and failure[0] == KESTREL
    assert failure[1].startswith("greenhouse: ") and "HTTP 500" in failure[1]
    assert isinstance(board, Board) and (board.source, board.token) == ("lever", "loomworks")
    assert "/v0/postings/kestrelrobotics" in _asked(server)  # other sources of that org too


def test_a_source_that_never_answers_is_reported_once(server: HTTPServer) -> None:
    with socket.socket() as closed:  # a port nothing listens on: how offline looks
        closed.bind(("127.0.0.1", 0))
        bases = _bases(server) | {"greenhouse": f"http://127.0.0.1:{closed.getsockname()[1]}/"}
    _lever_site(server, "loomworks")
    with _client(max_retries=0) as client:
        found = list(discover([KESTREL, "Acme Widgets", "Loomworks"], client, base_urls=bases))
    failures = [item for item in found if isinstance(item, tuple)]
    assert [org for org, _ in failures] == [KESTREL]
    assert failures[0][1].startswith("greenhouse: ")
    assert "not asked again this run" in failures[0][1]
    assert [(b.source, b.token) for b in found if isinstance(b, Board)] == [("lever", "loomworks")]
    assert "/v0/postings/acmewidgets" in _asked(server)  # the sources that answer: every org


def test_a_board_info_of_another_shape_is_reported(server: HTTPServer) -> None:
    server.expect_request("/v1/boards/loomworks").respond_with_json(["not", "board", "info"])
    with _client() as client:
        found = list(discover(["Loomworks"], client, base_urls=_bases(server)))
    [failure] = found
    assert isinstance(failure, tuple) and failure[0] == "Loomworks"
    assert "expected board info with a name" in failure[1]


def test_known_tokens_and_repeated_orgs_are_not_probed_again(server: HTTPServer) -> None:
    _lever_site(server, "loomworks")
    orgs = ["Loomworks", "Loomworks Inc", "Acme Widgets"]
    with _client() as client:
        found = list(
            discover(orgs, client, base_urls=_bases(server), known={"lever": {"AcmeWidgets"}})
        )
    assert [(board.source, board.token) for board in found if isinstance(board, Board)] == [
        ("lever", "loomworks")
    ]
    asked = _asked(server)
    assert asked.count("/v0/postings/loomworks") == 1  # "Loomworks Inc" is the same org
    assert not any(path.startswith("/v0/postings/acme") for path in asked)  # already watched
