"""Compiled regular expressions kept across processes, as Python keeps compiled modules.

The parsers and readers build about 700 patterns, some of them tens of kilobytes of
alternatives, and `re` parses and compiles each again in every process: about a second
of CPU, a quarter of a re-run. `install` keeps what `re` hands its C engine for each of
our patterns in a file beside this module's bytecode and gives the engine that again
next time: the same compiled pattern, without the parse. A pattern not in the file is
compiled as usual and the file rewritten at exit. A file of another Python, an unreadable
one or a folder that is not writable is passed over, as Python passes over a stale or
read-only bytecode cache. Each module's patterns have a file of their own, read once the
module first compiles: a command that reads the warehouse (`leads top`) compiles a few
hundred small patterns and does not read the readers' megabytes.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import importlib.util
import marshal
import os
import sys
import threading
from array import array
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar, cast

_compiler: Any = importlib.import_module("re._compiler")  # no stubs: private to `re`

# what a kept entry is valid for: this file's format, the interpreter and its regex
# engine's code format
_FORMAT = 2
_STAMP = (_FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE)
_CODE = next(t for t in "ILQ" if array(t).itemsize == _sre.CODESIZE)
# a file's size past which the entries the fewest recent processes used are dropped: it
# is read whole by every process its module compiles in, and each profile's roles add a
# few MB of patterns
MAX_BYTES = 12 << 20
# the modules whose patterns are kept: a library's may be built from a set, in another
# order each process (the standard tokenizer's is), and would pile up
_OURS = ("extractors.", "warehouse.", "flows.", "leads.")
_PASSED = ("re.", "functools.", f"{__name__}.")  # between a compile and who asked for it
# a compiled pattern's key, (pattern, flags), or a derived value's, (kind, pattern, flags)
Key = tuple[str | bytes, int] | tuple[str, str, int]
# which argument is the code (as bytes) and the arguments; or a derived value
Kept = tuple[int, tuple[Any, ...]] | Any
T = TypeVar("T")


def default_path() -> Path:
    """The folder of the files, beside this module's bytecode (honouring
    `sys.pycache_prefix`), per interpreter."""
    return Path(importlib.util.cache_from_source(__file__)).with_suffix(".patterns.d")


def module_path(folder: Path, module: str) -> Path:
    """The file of the patterns module `module` compiles."""
    return folder / f"{module}.patterns"


def load(path: Path) -> dict[Key, Kept]:
    """The entries a file keeps; none if it is missing, unreadable or another Python's."""
    return _read(path)[0]


def _read(path: Path) -> tuple[dict[Key, Kept], dict[Key, int]]:
    """The entries and, for each, the last write that a process using it made."""
    try:
        stamp, table, written = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if stamp != _STAMP or not isinstance(table, dict) or not isinstance(written, dict):
        return {}, {}
    return table, written


def save(path: Path, table: dict[Key, Kept], written: dict[Key, int] | None = None) -> None:
    """Write the entries at once (a reader sees the old file or the new, never half)."""
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(marshal.dumps((_STAMP, table, written or {})))
        os.replace(part, path)
    except OSError:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


class _Cache:
    """The hook `re` calls to compile: kept entries first, else `re`'s own compile,
    recording what it gives the engine; per module of ours that asks."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.kept: dict[str, dict[Key, Kept]] = {}  # a module's, read at its first compile
        self.used: dict[str, set[Key]] = {}
        self.new: dict[str, dict[Key, Kept]] = {}
        self.lock = threading.Lock()
        self.compile = _compiler.compile

    def __call__(self, p: Any, flags: int = 0) -> Any:
        module = _asker() if isinstance(p, str | bytes) else None
        if module is None:
            return self.compile(p, flags)
        kept, new = self._of(module)
        key = (p, int(flags))
        found = kept.get(key) or new.get(key)
        if found is not None:
            try:
                at, args = found
                code = array(_CODE, args[at]).tolist()
                compiled = _sre.compile(*args[:at], code, *args[at + 1 :])
            except (TypeError, ValueError, IndexError, RuntimeError):  # not an entry we wrote
                kept.pop(key, None)
            else:
                self.used[module].add(key)
                return compiled
        with self.lock:  # `re` reaches the engine through its module's `_sre`: one at a time
            engine = _Engine()
            _compiler._sre = engine
            try:
                compiled = self.compile(p, flags)
            finally:
                _compiler._sre = _sre
        if engine.args and engine.args[0] is p:
            new[key] = engine.kept()
            self.used[module].add(key)
        return compiled

    def derived(self, key: tuple[str, str, int], make: Callable[[], T]) -> T:
        """`remembered`'s value: kept, else made and kept (in the file of the module that
        asked; a library's or a test's is made, not kept)."""
        module = _asker()
        if module is None:
            return make()
        kept, new = self._of(module)
        self.used[module].add(key)
        if key in kept:
            return cast(T, kept[key])
        if key not in new:
            new[key] = make()
        return cast(T, new[key])

    def _of(self, module: str) -> tuple[dict[Key, Kept], dict[Key, Kept]]:
        """Module `module`'s kept entries (its file, read now if not yet) and new ones."""
        if module not in self.kept:  # two threads may both read it: one's is kept
            self.kept.setdefault(module, load(module_path(self.folder, module)))
            self.used.setdefault(module, set())
            self.new.setdefault(module, {})
        return self.kept[module], self.new[module]

    def write(self) -> None:
        """Rewrite the file of each module that compiled one of its patterns not kept; past
        `MAX_BYTES`, without the entries no process used for the most writes (a profile's
        roles before the user changed them, a test's random patterns)."""
        if sys.dont_write_bytecode:
            return
        for module, new in self.new.items():
            if new:
                _write(module_path(self.folder, module), new, self.used[module])


def _write(path: Path, new: dict[Key, Kept], used: set[Key]) -> None:
    table, written = _read(path)
    table |= new
    now = max(written.values(), default=0) + 1
    written = {key: now if key in used else written.get(key, 0) for key in table}
    sizes = {key: len(marshal.dumps((key, value))) for key, value in table.items()}
    total = sum(sizes.values())
    for key in sorted(table, key=written.__getitem__):
        if total <= MAX_BYTES or written[key] == now:
            break
        total -= sizes[key]
        del table[key], written[key]
    save(path, table, written)


def _asker() -> str | None:
    """The module of ours that asked `re` for a pattern (or `remembered` for a value);
    None for a library's or a test's."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and f"{frame.f_globals.get('__name__')}.".startswith(_PASSED):
        frame = frame.f_back
    name = None if frame is None else str(frame.f_globals.get("__name__"))
    return name if name is not None and f"{name}.".startswith(_OURS) else None


class _Engine:
    """`_sre` as `re` sees it while compiling: records the arguments of its `compile`."""

    args: tuple[Any, ...] = ()

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> Any:
        self.args = args
        return _sre.compile(*args)

    def kept(self) -> Kept:
        """The arguments as marshal keeps them: plain ints, the code as packed bytes."""
        at = next(i for i, a in enumerate(self.args) if isinstance(a, list))
        plain = tuple(int(a) if isinstance(a, int) else a for a in self.args)
        code = array(_CODE, self.args[at]).tobytes()
        return at, (*plain[:at], code, *plain[at + 1 :])


def remembered(kind: str, pattern: str, flags: int, make: Callable[[], T]) -> T:
    """What `make` derives from a pattern (a value marshal keeps: strings, numbers, sets,
    tuples), kept in the file beside the compiled patterns, made once for every process
    (the heads a reader finds by parsing its pattern again, as costly as compiling it)."""
    cache = _compiler.compile
    return cache.derived((kind, pattern, flags), make) if isinstance(cache, _Cache) else make()


def install(folder: Path | None = None) -> None:
    """Route `re`'s compiles through the files in `folder` (by default beside this
    module's bytecode) for the rest of the process; once."""
    if isinstance(_compiler.compile, _Cache):
        return
    cache = _Cache(folder or default_path())
    _compiler.compile = cache
    atexit.register(cache.write)
