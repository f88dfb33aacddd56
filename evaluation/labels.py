"""The written profiles and the hand labels the evaluation compares against.

`profiles.toml` describes real freelancers in the `[profile]` keys of leads.toml;
keys the current `Profile` does not read yet (`roles`, `keywords`) are kept aside and
reported, and pass through as soon as `Profile` has them. `labels.jsonl` holds one
posting a line, by file and the item's own id, with what a person concluded from
reading it (never its text). A bad line is one error naming its line; the rest loads.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from extractors._contract import ConfigError, Engagement, RatePeriod
from flows.config import build
from warehouse.ranking.profile import Profile

HERE = Path(__file__).parent
PROFILES = HERE / "profiles.toml"
LABELS = HERE / "labels.jsonl"

KINDS = ("demand", "supply")
SCOPES = ("anywhere", "region", "hybrid", "onsite", "unknown")
VERDICTS = ("eligible", "review", "not_eligible")
ENGAGEMENTS: tuple[str, ...] = get_args(Engagement)
PERIODS: tuple[str, ...] = get_args(RatePeriod)
_NOT_PROFILE = ("description",)  # prose for the reader of the file


@dataclass(frozen=True)
class EvalProfile:
    """One written profile: the `[profile]` keys of leads.toml and a description."""

    name: str
    description: str
    profile: Profile


def load_profiles(path: Path = PROFILES) -> list[EvalProfile]:
    """Every `[profiles.<name>]` table; a wrong key or type is a ConfigError naming it."""
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8")).get("profiles", {})
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error
    profiles = []
    for name, table in tables.items():
        where = f"{path.name}: profiles.{name}"
        settings = {k: v for k, v in table.items() if k not in _NOT_PROFILE}
        profile = build(Profile, settings, where)
        profiles.append(EvalProfile(name, str(table.get("description", "")), profile))
    if not profiles:
        raise ConfigError(f"{path}: no [profiles.<name>] table")
    return profiles


@dataclass(frozen=True)
class Rate:
    min: float | None
    max: float | None
    period: str | None  # None: the text states no period ("$100"); a salary of thousands is "year"
    currency: str


@dataclass(frozen=True)
class Label:
    """What a person concluded about one posting."""

    file: str
    id: str
    kind: str
    engagement: frozenset[str]  # every engagement it offers; empty when none is stated
    remote_scope: str
    remote_regions: frozenset[str]
    eligible: dict[str, str]  # profile -> eligible | review | not_eligible
    rate: Rate | None
    scam: bool
    relevant: dict[str, bool]  # profile -> in this person's line of work
    note: str = ""


class LabelError(ValueError):
    """One label line that cannot be read; the message says why."""


def _one_of(value: Any, allowed: tuple[str, ...], key: str) -> str:
    if value not in allowed:
        raise LabelError(f"{key}: {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _per_profile(value: Any, key: str, names: list[str], check: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != set(names):
        raise LabelError(f"{key}: needs exactly the profiles {', '.join(names)}")
    return {name: check(value[name], f"{key}.{name}") for name in names}


def _bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise LabelError(f"{key}: expected true or false, got {value!r}")
    return value


def _amount(value: Any, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise LabelError(f"{key}: expected a positive number or null, got {value!r}")
    return float(value)


def _rate(value: Any) -> Rate | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"min", "max", "period", "currency"}:
        raise LabelError("rate: expected null or {min, max, period, currency}")
    low, high = _amount(value["min"], "rate.min"), _amount(value["max"], "rate.max")
    if low is None and high is None:
        raise LabelError("rate: min and max are both null")
    period = value["period"]
    if period is not None:
        _one_of(period, PERIODS, "rate.period")
    currency = value["currency"]
    if not isinstance(currency, str) or len(currency) != 3 or not currency.isupper():
        raise LabelError(f"rate.currency: expected an ISO 4217 code, got {currency!r}")
    return Rate(low, high, period, currency)


def parse_label(line: str, names: list[str]) -> Label:
    """One `labels.jsonl` line; LabelError says what is wrong with it."""
    try:
        entry = json.loads(line)
    except ValueError as error:
        raise LabelError(f"not JSON: {error}") from error
    if not isinstance(entry, dict) or set(entry) != {"file", "id", "labels"}:
        raise LabelError("expected exactly {file, id, labels}")
    labels = entry["labels"]
    if not isinstance(labels, dict):
        raise LabelError("labels: expected an object")
    required = {"kind", "engagement", "remote", "eligible", "rate", "scam", "relevant"}
    if missing := required - set(labels):
        raise LabelError(f"labels: missing {', '.join(sorted(missing))}")
    if unknown := set(labels) - required - {"note"}:
        raise LabelError(f"labels: unknown {', '.join(sorted(unknown))}")
    engagement = labels["engagement"]
    if not isinstance(engagement, list):
        raise LabelError("engagement: expected a list")
    remote = labels["remote"]
    if not isinstance(remote, dict) or set(remote) != {"scope", "regions"}:
        raise LabelError("remote: expected {scope, regions}")
    if not isinstance(remote["regions"], list):
        raise LabelError("remote.regions: expected a list")
    return Label(
        file=str(entry["file"]),
        id=str(entry["id"]),
        kind=_one_of(labels["kind"], KINDS, "kind"),
        engagement=frozenset(_one_of(e, ENGAGEMENTS, "engagement") for e in engagement),
        remote_scope=_one_of(remote["scope"], SCOPES, "remote.scope"),
        remote_regions=frozenset(str(r) for r in remote["regions"]),
        eligible=_per_profile(
            labels["eligible"], "eligible", names, lambda v, k: _one_of(v, VERDICTS, k)
        ),
        rate=_rate(labels["rate"]),
        scam=_bool(labels["scam"], "scam"),
        relevant=_per_profile(labels["relevant"], "relevant", names, _bool),
        note=str(labels.get("note") or ""),
    )


def load_labels(path: Path, names: list[str]) -> tuple[list[Label], list[str]]:
    """Every readable label, and one problem line per line that is not."""
    labels: list[Label] = []
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    if not path.is_file():
        return labels, [f"{path}: no labels file"]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            label = parse_label(line, names)
        except LabelError as error:
            problems.append(f"{path.name}:{number}: {error}")
            continue
        if (label.file, label.id) in seen:
            problems.append(f"{path.name}:{number}: {label.file} {label.id} is labelled twice")
            continue
        seen.add((label.file, label.id))
        labels.append(label)
    return labels, problems
