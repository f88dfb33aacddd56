"""The compiled-pattern cache: what it gives back is what `re` compiles, it keeps only our
modules' patterns, and a bad or foreign file costs nothing but the compile."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from extractors import _pattern_cache
from extractors._pattern_cache import _STAMP, _Cache, _compiler, load, save

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = [
    (r"(?P<amount>\d[\d,.]*)\s*(?:k|K)?\s*(?:/|per\s+)(?P<period>hour|hr|day)", 0),
    (r"(?<![\w-])remote(?:\s*\((?:us|eu|emea)\))?", re.IGNORECASE),
    (r"^\s*(?:senior|sr\.?)\s+(backend|front[\s-]?end)\s+engineer\b", re.MULTILINE | re.I),
    (r"リモート|フルリモート|원격\s*근무|віддалено", 0),
    (rb"\x00[\x01-\x7f]{2,}?(?:ab)++", 0),
]
# the real compile, under the hook the test process itself installed on importing extractors
_REAL = getattr(_compiler.compile, "compile", _compiler.compile)


def _compile_as(module: str, cache: _Cache, pattern: str | bytes, flags: int) -> Any:
    """`cache` asked for `pattern` by code of the module named `module`."""
    scope: dict[str, Any] = {"__name__": module, "hook": cache, "p": pattern, "f": flags}
    exec("compiled = hook(p, f)", scope)  # noqa: S102 - a frame of that module's name
    return scope["compiled"]


def test_a_kept_pattern_is_the_pattern_re_compiles_and_matches_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "x.patterns"
    first = _Cache(path)
    first.compile = _REAL
    compiled = [_compile_as("warehouse.ranking.example", first, p, f) for p, f in PATTERNS]
    first.write()
    assert len(load(path)) == len(PATTERNS)

    again = _Cache(path)
    again.compile = lambda p, f=0: pytest.fail(f"compiled again: {p!r}")
    for (pattern, flags), before in zip(PATTERNS, compiled, strict=True):
        kept = _compile_as("extractors.example", again, pattern, flags)
        assert kept == before == _REAL(pattern, flags)  # same pattern, flags and engine code
        assert kept.groupindex == before.groupindex and kept.groups == before.groups
    rate = _compile_as("warehouse.x", again, *PATTERNS[0])
    assert rate.search("up to 85/hour").groupdict() == {"amount": "85", "period": "hour"}
    assert not again.new and again.used == {(p, int(f)) for p, f in PATTERNS}


def test_a_librarys_pattern_is_compiled_but_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library may build its pattern from a set, another text each process: kept, such
    patterns would pile up in the file."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache = _Cache(tmp_path / "x.patterns")
    cache.compile = _REAL
    assert _compile_as("numpy.core", cache, "a+b", 0).match("aab")
    assert _compile_as("tests.anything", cache, "c+d", 0).match("cd")
    assert cache.kept is None and not cache.new  # the file is not even read
    cache.write()
    assert not (tmp_path / "x.patterns").exists()


def test_a_value_derived_from_a_pattern_is_made_once_for_every_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    made: list[str] = []

    def heads() -> frozenset[str]:
        made.append("heads")
        return frozenset({"remote", "hybrid"})

    first = _Cache(tmp_path / "x.patterns")
    assert first.derived(("heads", "remote|hybrid", 0), heads) == {"remote", "hybrid"}
    assert first.derived(("heads", "remote|hybrid", 0), heads) == {"remote", "hybrid"}
    first.write()
    again = _Cache(tmp_path / "x.patterns")
    assert again.derived(("heads", "remote|hybrid", 0), heads) == {"remote", "hybrid"}
    assert made == ["heads"] and not again.new
    assert again.derived(("heads", "remote|hybrid", 2), heads) and made == ["heads"] * 2


def test_a_bad_foreign_or_unwritable_file_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "x.patterns"
    path.write_bytes(b"\x00not marshal")
    assert load(path) == {}
    path.write_bytes(marshal.dumps((("2.7.18", 1, 4), {("a", 0): (2, ())})))
    assert load(path) == {}  # another Python's
    assert load(tmp_path / "missing.patterns") == {}

    # an entry no engine takes (a file another version of this module wrote) is compiled
    broken = _Cache(path)
    broken.kept, broken.compile = {("a+", 0): (2, ("a+", 32, b"\x01\x02", 0))}, _REAL
    assert _compile_as("warehouse.example", broken, "a+", 0).fullmatch("aaa")
    assert ("a+", 0) in broken.new and ("a+", 0) not in broken.kept

    kept = {("a", 0): (2, ("a", 32, b"\x00", 0, {}, (None,)))}
    save(path, kept)
    assert load(path) == kept
    assert marshal.loads(path.read_bytes())[0] == _STAMP
    (tmp_path / "file").write_text("")
    save(tmp_path / "file" / "x.patterns", kept)  # no folder can be made there: no error
    assert not list(tmp_path.glob("**/*.part"))


def test_past_its_size_the_file_drops_what_no_recent_process_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile's patterns, after the user changed its roles, or a test's random ones,
    are dropped first: the file is read whole by every command."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "x.patterns"
    old_roles = [f"(?:data|analytics)[\\s-]+engineer{i}" for i in range(40)]
    first = _Cache(path)
    first.compile = _REAL
    for pattern in ["remote", *old_roles]:
        _compile_as("warehouse.ranking.example", first, pattern, 0)
    first.write()
    budget = _entries_size(load(path))  # what the entries take, as `write` counts them
    monkeypatch.setattr(_pattern_cache, "MAX_BYTES", budget)

    second = _Cache(path)  # uses "remote" again, and a new profile's roles
    second.compile = _REAL
    _compile_as("warehouse.ranking.example", second, "remote", 0)
    for i in range(10):
        _compile_as("warehouse.ranking.example", second, f"(?:mobile|ios)[\\s-]+dev{i}", 0)
    second.write()
    kept = load(path)
    new_roles = {(f"(?:mobile|ios)[\\s-]+dev{i}", 0) for i in range(10)}
    assert {("remote", 0), *new_roles} <= set(kept)  # what the last process used stays
    assert len(kept) < 51 and _entries_size(kept) <= budget  # old roles dropped to fit
    third = _Cache(path)
    third.compile = lambda p, f=0: pytest.fail(f"compiled again: {p!r}")
    assert _compile_as("warehouse.example", third, "remote", 0).match("remote")


def _entries_size(table: dict[Any, Any]) -> int:
    return sum(len(marshal.dumps(entry)) for entry in table.items())


_READ = """
import json, sys
from extractors._pattern_cache import _compiler
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings
from warehouse.ranking import legitimacy
from extractors._contract import Posting
from evaluation.labels import load_profiles
from datetime import datetime, UTC
posting = Posting(source="hackernews", source_id="1", url="https://example.org/1",
    title="Acme | Senior Backend Engineer | Remote (EU) | Contract, EUR 90/hr",
    company="Acme", location=None, posted_at=datetime(2026, 11, 2, tzinfo=UTC),
    text="Acme | Senior Backend Engineer | Remote (EU) | Contract, EUR 90/hr. Python, Go.")
cache = _compiler.compile
scam = legitimacy.assess(title=posting.title, company=posting.company, text=posting.text)
# the profiles' roles and skills: their patterns are built on first use, from sets
profiles = [Profile(), *(entry.profile for entry in load_profiles())]
answer = ([understand(posting, p, RankingSettings()) for p in profiles], scam)
print(json.dumps({"answer": repr(answer), "kept": len(cache.kept or ()),
                  "new": len(cache.new)}))
"""


def test_a_second_process_takes_every_pattern_from_the_file_and_reads_alike(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPYCACHEPREFIX": str(tmp_path), "PYTHONPATH": str(ROOT)}

    def run(seed: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-c", _READ], env=env | {"PYTHONHASHSEED": seed}, cwd=ROOT,
            capture_output=True, text=True,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout.splitlines()[-1]))

    # another hash seed: a set's order, so a pattern built from one in that order, differs
    first, second = run("1"), run("2")
    assert first["kept"] == 0 and first["new"] > 300  # the readers' patterns, compiled
    assert second["kept"] >= first["new"] and second["new"] == 0  # every one from the file
    assert second["answer"] == first["answer"]
    assert list(tmp_path.rglob("_pattern_cache.*.patterns"))


def test_no_file_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = _Cache(tmp_path / "x.patterns")
    cache.compile = _REAL
    _compile_as("warehouse.example", cache, "e+f", 0)
    cache.write()
    assert cache.new and not (tmp_path / "x.patterns").exists()
