"""Shared test fixtures: paths to captured payloads."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_bytes(*parts: str) -> bytes:
    """The bytes of tests/fixtures/<parts...> (Scrapy's get_testdata)."""
    return FIXTURES.joinpath(*parts).read_bytes()


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for the whole session (~16 s once), for flow tests."""
    from leads._common import quiet_prefect

    quiet_prefect()
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
