"""Read `leads.toml` into frozen settings; every bad key is a ConfigError that names it.

Components never read the file themselves: the flow loads it once and hands each source
its typed `Settings` (dlt's injected config, meltano's validated config).
"""

from __future__ import annotations

import importlib.util
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, Literal

from extractors import sources
from extractors._contract import ConfigError
from warehouse.ranking.profile import Profile, RankingSettings

DEFAULT_PATH = "leads.toml"
ENV_VAR = "LEADS_CONFIG"


@dataclass(frozen=True)
class WarehouseSettings:
    path: str = "leads.duckdb"


@dataclass(frozen=True)
class NetworkSettings:
    files: tuple[str, ...] = ()  # exports, folders or .zip archives


@dataclass(frozen=True)
class HttpSettings:
    min_interval: float = 1.0  # seconds between requests to one host
    max_retries: int = 4
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    obey_robots: bool = True


@dataclass(frozen=True)
class ScheduleSettings:
    cron: str = "0 7 * * *"
    timezone: str = "UTC"


@dataclass(frozen=True)
class RunSettings:
    task_retries: int = 1  # a whole source that failed is tried again once
    retry_delay_seconds: float = 30.0
    # where the fetch-and-parse tasks run; "dask" needs `pip install "warmleads[dask]"`
    task_runner: Literal["thread", "dask"] = "thread"
    address: str = ""  # a Dask scheduler ("tcp://host:8786"); empty: a LocalCluster
    workers: int = 4  # sources fetched at once: threads, or the LocalCluster's processes


@dataclass(frozen=True)
class Config:
    """The whole configuration; `path` is the file it came from (None for defaults)."""

    path: Path | None = None
    warehouse: WarehouseSettings = field(default_factory=WarehouseSettings)
    profile: Profile = field(default_factory=Profile)
    ranking: RankingSettings = field(default_factory=RankingSettings)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    http: HttpSettings = field(default_factory=HttpSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    run: RunSettings = field(default_factory=RunSettings)
    sources: dict[str, Any] = field(default_factory=dict)  # NAME -> that source's Settings

    def resolve(self, relative: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        base = self.path.parent if self.path else Path.cwd()
        return (base / relative).expanduser()

    @property
    def warehouse_path(self) -> Path:
        return self.resolve(self.warehouse.path)


_SECTIONS: dict[str, type[Any]] = {
    "warehouse": WarehouseSettings,
    "profile": Profile,
    "ranking": RankingSettings,
    "network": NetworkSettings,
    "http": HttpSettings,
    "schedule": ScheduleSettings,
    "run": RunSettings,
}


def find_config(explicit: str | Path | None) -> Path | None:
    """The config to use: the explicit path, else ./leads.toml, else $LEADS_CONFIG."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: no such config file")
        return path
    if Path(DEFAULT_PATH).is_file():
        return Path(DEFAULT_PATH)
    if env := os.environ.get(ENV_VAR):
        return find_config(env)
    return None


def load_config(explicit: str | Path | None = None) -> Config:
    """Load and validate the config; defaults (no sources on) when there is none."""
    path = find_config(explicit)
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error
    try:
        return parse_config(data, path=path.resolve())
    except ConfigError as error:
        raise ConfigError(f"{path}: {error}") from error


def parse_config(data: dict[str, Any], *, path: Path | None = None) -> Config:
    """Validate a parsed TOML document against the settings dataclasses."""
    unknown = set(data) - set(_SECTIONS) - {"sources"}
    if unknown:
        raise ConfigError(f"{sorted(unknown)[0]}: unknown section")
    values: dict[str, Any] = {
        name: build(cls, _table(data, name), name)
        for name, cls in _SECTIONS.items()
        if name in data
    }
    _check_run(values.get("run"))
    known = sources()
    source_tables = _table(data, "sources")
    chosen: dict[str, Any] = {}
    for name, table in source_tables.items():
        if name not in known:
            raise ConfigError(f"sources.{name}: unknown source (known: {sorted(known)})")
        if not isinstance(table, dict):
            raise ConfigError(f"sources.{name}: must be a table")
        chosen[name] = build(known[name].Settings, table, f"sources.{name}")
        try:  # a source checks its own values ("threads", "format") when it plans its units
            known[name].units(chosen[name])
        except ConfigError as error:
            raise ConfigError(f"sources.{name}.{error}") from error
    return Config(path=path, sources=chosen, **values)


def _check_run(run: RunSettings | None) -> None:
    """A Dask runner needs its optional extra, and any runner at least one worker."""
    if run is None:
        return
    if run.workers < 1:
        raise ConfigError(f"run.workers: expected at least 1, got {run.workers}")
    if run.task_runner == "dask" and importlib.util.find_spec("prefect_dask") is None:
        raise ConfigError('run.task_runner: "dask" needs the extra: pip install "warmleads[dask]"')


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{key}: must be a table")
    return table


def build(cls: type[Any], table: dict[str, Any], where: str) -> Any:
    """Instantiate a settings dataclass from a TOML table, checking every key and type."""
    assert is_dataclass(cls)
    hints = typing.get_type_hints(cls)
    defaults = cls()
    names = {f.name for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in names:
            raise ConfigError(f"{where}.{key}: unknown key (known: {sorted(names)})")
        values[key] = _coerce(value, hints[key], f"{where}.{key}")
        default = getattr(defaults, key)
        if isinstance(default, dict):  # a partial table overrides, not replaces
            values[key] = {**default, **values[key]}
    return cls(**values)


def _coerce(value: Any, hint: Any, where: str) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(value, inner[0], where)
    if origin is tuple:
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {type(value).__name__}")
        return tuple(_coerce(v, args[0], f"{where}[{i}]") for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a table, got {type(value).__name__}")
        return {k: _coerce(v, args[1], f"{where}.{k}") for k, v in value.items()}
    if origin is Literal:
        if value not in args:
            choices = " or ".join(f'"{a}"' for a in args)
            raise ConfigError(f"{where}: expected {choices}, got {value!r}")
        return value
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (str, int, float, bool) and (
        not isinstance(value, hint) or (hint is int and isinstance(value, bool))
    ):
        raise ConfigError(
            f"{where}: expected {hint.__name__}, got {type(value).__name__} {value!r}"
        )
    return value
