"""The compiled-pattern cache: what it gives back is what `re` compiles, it keeps only our
modules' patterns, each module's in its own file, and a bad or foreign file costs nothing
but the compile."""

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
from extractors._pattern_cache import _STAMP, _Cache, _compiler, load, module_path, save

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


READER = "warehouse.ranking.example"


def _as(module: str, hook: Any, *args: Any) -> Any:
    """`hook(*args)` called by code of the module named `module`."""
    scope: dict[str, Any] = {"__name__": module, "hook": hook, "args": args}
    exec("result = hook(*args)", scope)  # noqa: S102 - a frame of that module's name
    return scope["result"]


def _compile_as(module: str, cache: _Cache, pattern: str | bytes, flags: int) -> Any:
    """`cache` asked for `pattern` by code of the module named `module`."""
    return _as(module, cache, pattern, flags)


def test_a_kept_pattern_is_the_pattern_re_compiles_and_matches_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    first = _Cache(tmp_path)
    first.compile = _REAL
    compiled = [_compile_as(READER, first, p, f) for p, f in PATTERNS]
    first.write()
    assert len(load(module_path(tmp_path, READER))) == len(PATTERNS)

    again = _Cache(tmp_path)
    again.compile = lambda p, f=0: pytest.fail(f"compiled again: {p!r}")
    for (pattern, flags), before in zip(PATTERNS, compiled, strict=True):
        kept = _compile_as(READER, again, pattern, flags)
        assert kept == before == _REAL(pattern, flags)  # same pattern, flags and engine code
        assert kept.groupindex == before.groupindex and kept.groups == before.groups
    rate = _compile_as(READER, again, *PATTERNS[0])
    assert rate.search("up to 85/hour").groupdict() == {"amount": "85", "period": "hour"}
    assert not again.new[READER] and again.used[READER] == {(p, int(f)) for p, f in PATTERNS}


def test_a_module_reads_only_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that reads the warehouse compiles the config's and the sources' small
    patterns: it does not read the readers' megabytes."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    first = _Cache(tmp_path)
    first.compile = _REAL
    _compile_as(READER, first, "(?:data|analytics)[\\s-]+engineer", 0)
    _compile_as("extractors.example", first, "jobs/(\\d+)", 0)
    first.write()
    files = {path.name for path in tmp_path.iterdir()}
    assert files == {f"{READER}.patterns", "extractors.example.patterns"}

    again = _Cache(tmp_path)
    again.compile = lambda p, f=0: pytest.fail(f"compiled again: {p!r}")
    assert _compile_as("extractors.example", again, "jobs/(\\d+)", 0).search("jobs/42")
    assert set(again.kept) == {"extractors.example"}  # the reader's file is not read
    compiled: list[str] = []
    again.compile = lambda p, f=0: compiled.append(p) or _REAL(p, f)
    _compile_as("extractors.other", again, "jobs/(\\d+)", 0)  # kept for another module
    assert compiled == ["jobs/(\\d+)"]


def test_a_librarys_pattern_is_compiled_but_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library may build its pattern from a set, another text each process: kept, such
    patterns would pile up in the file."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache = _Cache(tmp_path)
    cache.compile = _REAL
    assert _compile_as("numpy.core", cache, "a+b", 0).match("aab")
    assert _compile_as("tests.anything", cache, "c+d", 0).match("cd")
    assert cache.kept == {} and cache.new == {}  # no file is even read
    cache.write()
    assert not list(tmp_path.iterdir())


def test_a_value_derived_from_a_pattern_is_made_once_for_every_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    made: list[str] = []

    def heads() -> frozenset[str]:
        made.append("heads")
        return frozenset({"remote", "hybrid"})

    key = ("heads", "remote|hybrid", 0)
    first = _Cache(tmp_path)
    assert _as(READER, first.derived, key, heads) == {"remote", "hybrid"}
    assert _as(READER, first.derived, key, heads) == {"remote", "hybrid"}
    first.write()
    again = _Cache(tmp_path)
    assert _as(READER, again.derived, key, heads) == {"remote", "hybrid"}
    assert made == ["heads"] and not again.new[READER]
    assert _as(READER, again.derived, key[:2] + (2,), heads) and made == ["heads"] * 2
    assert _as("tests.example", again.derived, key, heads) and made == ["heads"] * 3
    assert set(again.kept) == {READER}  # a test's value is made, not kept


def test_a_bad_foreign_or_unwritable_file_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "x.patterns"
    path.write_bytes(b"\x00not marshal")
    assert load(path) == {}
    path.write_bytes(marshal.dumps((("2.7.18", 1, 4), {("a", 0): (2, ())})))
    assert load(path) == {}  # another Python's
    assert load(tmp_path / "missing.patterns") == {}

    # an entry no engine takes (a file another version of this module wrote) is compiled
    save(module_path(tmp_path, READER), {("a+", 0): (2, ("a+", 32, b"\x01\x02", 0))})
    broken = _Cache(tmp_path)
    broken.compile = _REAL
    assert _compile_as(READER, broken, "a+", 0).fullmatch("aaa")
    assert ("a+", 0) in broken.new[READER] and ("a+", 0) not in broken.kept[READER]

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
    are dropped first: the file is read whole by every process its module compiles in."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = module_path(tmp_path, READER)
    old_roles = [f"(?:data|analytics)[\\s-]+engineer{i}" for i in range(40)]
    first = _Cache(tmp_path)
    first.compile = _REAL
    for pattern in ["remote", *old_roles]:
        _compile_as(READER, first, pattern, 0)
    first.write()
    budget = _entries_size(load(path))  # what the entries take, as `write` counts them
    monkeypatch.setattr(_pattern_cache, "MAX_BYTES", budget)

    second = _Cache(tmp_path)  # uses "remote" again, and a new profile's roles
    second.compile = _REAL
    _compile_as(READER, second, "remote", 0)
    for i in range(10):
        _compile_as(READER, second, f"(?:mobile|ios)[\\s-]+dev{i}", 0)
    second.write()
    kept = load(path)
    new_roles = {(f"(?:mobile|ios)[\\s-]+dev{i}", 0) for i in range(10)}
    assert {("remote", 0), *new_roles} <= set(kept)  # what the last process used stays
    assert len(kept) < 51 and _entries_size(kept) <= budget  # old roles dropped to fit
    third = _Cache(tmp_path)
    third.compile = lambda p, f=0: pytest.fail(f"compiled again: {p!r}")
    assert _compile_as(READER, third, "remote", 0).match("remote")


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
print(json.dumps({"answer": repr(answer), "kept": sum(map(len, cache.kept.values())),
                  "new": sum(map(len, cache.new.values()))}))
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
    assert list(tmp_path.rglob("_pattern_cache.*.patterns.d/warehouse.ranking.*.patterns"))


def test_no_file_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache = _Cache(tmp_path)
    cache.compile = _REAL
    _compile_as(READER, cache, "e+f", 0)
    cache.write()
    assert cache.new[READER] and not list(tmp_path.iterdir())
