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
