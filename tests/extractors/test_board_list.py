"""Boards listed as tokens or as `{ <entry_key> = ..., company = ... }` entries."""

from __future__ import annotations

from extractors import ashby, lever
from extractors._board_list import board_base, listed_companies, listed_units


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
