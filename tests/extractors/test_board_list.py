"""Boards listed as tokens, careers URLs or `{ <entry_key> = ..., company = ... }`
entries; a board its ATS does not know."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

import extractors
from extractors import ashby, greenhouse, lever, personio, recruitee
from extractors._board_list import board_base, listed_companies, listed_units
from extractors._contract import ConfigError, SourceUnavailable
from extractors._http import PoliteClient
from flows.config import parse_config


def test_each_board_is_one_unit_once_whether_named_with_a_company_or_not() -> None:
    listed = ("kestrel", lever.Site("acme", "Acme Ltd"), "kestrel", lever.Site("acme"))
    assert listed_units(listed) == ["kestrel", "acme"]


def test_only_the_boards_the_config_names_a_company_for_have_one() -> None:
    listed = ("kestrel", ashby.Board("lumen", "Lumen Ltd"), ashby.Board("harbor", None))
    assert listed_companies(listed) == {"lumen": "Lumen Ltd"}
    assert listed_companies(("kestrel", ashby.Board("lumen", ""))) == {}


def test_lever_and_ashby_read_their_entries_alike() -> None:
    sites = lever.Settings(sites=("kestrel", lever.Site("lumen", "Lumen Ltd")))
    boards = ashby.Settings(boards=("kestrel", ashby.Board("lumen", "Lumen Ltd")))
    assert lever.units(sites) == ashby.units(boards) == ["kestrel", "lumen"]
    assert lever.companies(sites) == ashby.companies(boards) == {"lumen": "Lumen Ltd"}


def test_a_host_per_company_takes_the_token_where_the_base_says() -> None:
    assert (
        board_base("https://{}.jobs.personio.de/", "kranich") == "https://kranich.jobs.personio.de"
    )
    assert board_base("http://127.0.0.1:8080/", "kranich") == "http://127.0.0.1:8080"


@pytest.mark.parametrize(
    ("source", "written", "token"),
    [
        ("greenhouse", "https://boards.greenhouse.io/quillfeather", "quillfeather"),
        ("greenhouse", "job-boards.greenhouse.io/quillfeather/", "quillfeather"),
        (
            "greenhouse",
            "https://job-boards.eu.greenhouse.io/quillfeather/jobs/7100002",
            "quillfeather",
        ),
        (
            "greenhouse",
            "https://boards.greenhouse.io/embed/job_board?for=quillfeather&b=x",
            "quillfeather",
        ),
        (
            "greenhouse",
            "https://boards-api.greenhouse.io/v1/boards/QuillFeather/jobs",
            "QuillFeather",
        ),
        ("lever", "jobs.lever.co/kestrel", "kestrel"),
        (
            "lever",
            "https://jobs.eu.lever.co/kestrel/0b7c1e2a-1111-4222-8333-444455556666",
            "kestrel",
        ),
        (
            "ashby",
            "https://jobs.ashbyhq.com/Lumen%20Labs/9c1d2e3f-aaaa-4bbb-8ccc-ddddeeeeffff",
            "Lumen Labs",
        ),
        ("workable", "https://apply.workable.com/harbor/", "harbor"),
        ("workable", "https://apply.workable.com/harbor/j/A1B2C3D4E5/", "harbor"),
        ("workable", "harbor.workable.com", "harbor"),
        (
            "greenhouse",
            "https://boards.greenhouse.io/embed/job_app?for=quillfeather&token=7100002",
            "quillfeather",
        ),
        ("recruitee", "https://kranich.recruitee.com/o/php-developer", "kranich"),
        ("personio", "kranich.jobs.personio.com", "kranich"),
        ("personio", "https://kranich.jobs.personio.de/job/1500001?language=en", "kranich"),
        # a token in a host name: DNS ignores case, so it is folded
        ("personio", "https://Kranich.jobs.personio.de/", "kranich"),
        ("personio", "Kranich", "kranich"),
        ("recruitee", "KRANICH.recruitee.com", "kranich"),
        ("greenhouse", "https://job-boards.eu.greenhouse.io/nordvik/jobs/4100001", "nordvik"),
        ("smartrecruiters", "https://careers.smartrecruiters.com/KranichGmbH", "KranichGmbH"),
        ("greenhouse", "quillfeather", "quillfeather"),
        ("lever", " kestrel ", "kestrel"),
    ],
)
def test_a_board_written_as_its_careers_url_is_its_token(
    source: str, written: str, token: str
) -> None:
    careers = extractors.source(source).CAREERS
    assert careers.token(written) == token


def test_a_url_of_another_ats_says_what_to_write_and_where_it_belongs() -> None:
    with pytest.raises(ConfigError) as raised:
        lever.units(lever.Settings(sites=("https://job-boards.greenhouse.io/quillfeather",)))
    said = str(raised.value)
    assert said.startswith("sites: 'https://job-boards.greenhouse.io/quillfeather' is no careers")
    assert 'sites = ["acme"] for https://jobs.lever.co/acme' in said
    assert "it is a greenhouse URL: list it under [sources.greenhouse] boards" in said


def test_workables_own_job_board_is_no_account() -> None:
    with pytest.raises(ConfigError, match="is no careers URL"):
        extractors.source("workable").CAREERS.token("https://jobs.workable.com/view/abc/designer")


def test_a_careers_page_on_the_employers_own_site_is_refused_with_the_form_to_write() -> None:
    with pytest.raises(ConfigError, match="write the token, as in boards = ") as raised:
        greenhouse.units(greenhouse.Settings(boards=("https://www.quillfeather.test/careers",)))
    assert "it is a" not in str(raised.value)


def test_a_host_token_written_in_two_cases_is_one_board_with_its_company() -> None:
    boards = ("https://Kranich.jobs.personio.de", personio.Board("kranich", "Kranich GmbH"))
    settings = personio.Settings(boards=boards)
    assert personio.units(settings) == ["kranich"]
    assert personio.companies(settings) == {"kranich": "Kranich GmbH"}


def test_a_url_and_its_token_are_one_unit_and_a_company_keys_by_the_token() -> None:
    boards = ("lumen", ashby.Board("https://jobs.ashbyhq.com/lumen", "Lumen Ltd"))
    settings = ashby.Settings(boards=boards)
    assert ashby.units(settings) == ["lumen"]
    assert ashby.companies(settings) == {"lumen": "Lumen Ltd"}


def test_the_config_reads_a_careers_url_and_names_the_key_of_a_bad_one() -> None:
    config = parse_config(
        {"sources": {"recruitee": {"boards": ["https://kranich.recruitee.com/"]}}}
    )
    assert recruitee.units(config.sources["recruitee"]) == ["kranich"]
    with pytest.raises(ConfigError, match=r"^sources\.personio\.boards: 'https://") as raised:
        parse_config({"sources": {"personio": {"boards": ["https://kranich.example/jobs"]}}})
    assert "acme.jobs.personio.de" in str(raised.value)


@pytest.mark.parametrize("status", [404, 410])
def test_a_board_its_ats_does_not_know_says_so_with_its_page(
    httpserver: HTTPServer, status: int
) -> None:
    httpserver.expect_request("/posting-api/job-board/lumen-old").respond_with_data(
        "Not Found", status=status
    )
    settings = ashby.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = PoliteClient(ashby.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(ashby.fetch(settings, "lumen-old", client))
    assert raised.value.status == status
    assert str(raised.value).endswith(
        f"HTTP {status} (not retried; no board 'lumen-old': renamed or closed? open "
        "https://jobs.ashbyhq.com/lumen-old, or the employer's careers page, and list the "
        "token its URL shows)"
    )


def test_a_server_error_on_a_board_is_not_called_a_missing_board(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/xml").respond_with_data("Forbidden", status=403)
    settings = personio.Settings(base_url=httpserver.url_for("/").rstrip("/"))
    client = PoliteClient(personio.NAME, min_interval=0, obey_robots=False)
    with client, pytest.raises(SourceUnavailable) as raised:
        list(personio.fetch(settings, "kranich", client))
    assert raised.value.status == 403 and "no board" not in str(raised.value)
