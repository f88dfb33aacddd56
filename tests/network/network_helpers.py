"""Helpers the network importer tests share: read a fixture through an importer."""

from __future__ import annotations

from datetime import UTC, datetime
from types import ModuleType

from conftest import fixture_bytes

from extractors.network import Contact, Problem


def read_fixture(module: ModuleType, *parts: str) -> tuple[list[Contact], list[Problem]]:
    """Contacts and problems of tests/fixtures/network/<parts>, named by its file name."""
    items = list(module.read(fixture_bytes("network", *parts), parts[-1]))
    contacts = [item for item in items if isinstance(item, Contact)]
    problems = [item for item in items if isinstance(item, Problem)]
    assert len(contacts) + len(problems) == len(items)
    return contacts, problems


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)
