"""Read `leads.toml` into frozen settings; every bad key is a ConfigError that names it.

A file's problems are collected and raised together, one line each, so a file with three
mistakes takes one run to fix, not three.

Components never read the file themselves: the flow loads it once and hands each source
its typed `Settings` (dlt's injected config, meltano's validated config).
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import os
import re
import shlex
import tomllib
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cronsim import CronSim, CronSimError

from extractors import source, source_names
from extractors._errors import ConfigError, unknown_name
from extractors._terms import ENGAGEMENTS
from notify import CHANNELS, channel
from notify.settings import NotifySettings
from warehouse import clock
from warehouse.intro_settings import IntroSettings
from warehouse.ranking.profile import (
    LANGUAGE_NAMES,
    LANGUAGE_OTHER_NAMES,
    CurrencyFloor,
    Filters,
    Profile,
    RankingSettings,
)
from warehouse.ranking.signals import DEFAULT_WEIGHTS

if TYPE_CHECKING:  # the importers load when a run reads exports, not with every config
    from extractors.network import Limits

DEFAULT_PATH = "leads.toml"
ENV_VAR = "LEADS_CONFIG"


@dataclass(frozen=True)
class WarehouseSettings:
    path: str = "leads.duckdb"


@dataclass(frozen=True)
class NetworkSettings:
    files: tuple[str, ...] = ()  # exports, folders or .zip archives
    # opt-in: asks for help in LinkedIn messages.csv and in [sources.inbox] become leads
    scan_messages: bool = False
    max_file_mb: int = 32  # a larger file in an export is listed, not read

    @property
    def limits(self) -> Limits:
        from extractors.network import Limits

        return Limits(file_bytes=self.max_file_mb * 1024 * 1024)


@dataclass(frozen=True)
class HttpSettings:
    min_interval: float = 1.0  # seconds between requests to one host
    max_retries: int = 4
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    request_deadline: float = 60.0  # one request, connect to last byte
    source_deadline: float = 300.0  # one source, all its requests
    obey_robots: bool = True
    # hosts whose robots.txt Disallow you have permission to override (counted per request)
    robots_exempt_hosts: tuple[str, ...] = ()


def _zone_hint(written: str) -> str:
    """The zones a mistyped name most likely meant ("Europe/Lisboa", "lisbon"), and what a
    zone's name looks like; the tz database is listed only for a name it does not hold."""
    from zoneinfo import available_timezones

    zones = sorted(available_timezones())
    by_fold = {zone.casefold(): zone for zone in zones}
    city = written.rsplit("/", 1)[-1].casefold().replace(" ", "_")
    close = [zone for zone in zones if zone.rsplit("/", 1)[-1].casefold() == city]
    close = close or difflib.get_close_matches(written.casefold(), list(by_fold), n=1, cutoff=0.7)
    names = [by_fold.get(name, name) for name in close][:2]
    hint = f": did you mean {' or '.join(names)}?" if names else ""
    return f'{hint} (an IANA name such as "Europe/Berlin")'


@dataclass(frozen=True)
class ScheduleSettings:
    cron: str = "0 7 * * *"
    timezone: str = "UTC"  # also the day a follow-up falls due and a digest's day or week

    def __post_init__(self) -> None:
        """Checked at load, not when `leads serve` has already started a server; both
        keys, so a file with two problems is fixed in one go."""
        problems = []
        zone: ZoneInfo | None = None
        try:
            zone = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(
                f"timezone: unknown time zone {self.timezone!r}{_zone_hint(self.timezone)}"
            )
        try:
            CronSim(self.cron, datetime.now(zone))
        except CronSimError as error:
            problems.append(f"cron: {self.cron!r} is not a cron expression: {error}")
        if problems:
            raise ConfigError("\n".join(problems))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def next_run(self, after: datetime) -> datetime:
        """When the schedule fires next after `after`, in its time zone."""
        return next(CronSim(self.cron, after.astimezone(self.zone)))

    def today(self) -> date:
        """Today in the schedule's zone, by the loop's clock (`warehouse.clock`)."""
        return clock.today(self.zone)


@dataclass(frozen=True)
class RunSettings:
    task_retries: int = 1  # a whole source that failed is tried again once
    retry_delay_seconds: float = 30.0
    # where the fetch-and-parse tasks run; "dask" needs `pip install "warmleads[dask]"`
    task_runner: Literal["thread", "dask"] = "thread"
    address: str = ""  # a Dask scheduler ("tcp://host:8786"); empty: a LocalCluster
    # sources fetched at once: threads, or the LocalCluster's processes (a slow or failing
    # source waiting out its retries holds one)
    workers: int = 8


@dataclass(frozen=True)
class ExportSettings:
    """`leads export`'s defaults, for a sheet opened every week the same way."""

    excel: bool = False  # start the file with a UTF-8 byte-order mark
    decimal_comma: bool = False  # ";" between fields and "," in numbers (a French... sheet)


@dataclass(frozen=True)
class Config:
    """The whole configuration; `path` is the file it came from (None for defaults)."""

    path: Path | None = None
    warehouse: WarehouseSettings = field(default_factory=WarehouseSettings)
    profile: Profile = field(default_factory=Profile)
    filters: Filters = field(default_factory=Filters)
    ranking: RankingSettings = field(default_factory=RankingSettings)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    http: HttpSettings = field(default_factory=HttpSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    run: RunSettings = field(default_factory=RunSettings)
    notify: NotifySettings = field(default_factory=NotifySettings)
    intro: IntroSettings = field(default_factory=IntroSettings)
    export: ExportSettings = field(default_factory=ExportSettings)
    sources: dict[str, Any] = field(default_factory=dict)  # NAME -> that source's Settings

    def resolve(self, relative: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        return _resolve(self.path, relative)

    @property
    def warehouse_path(self) -> Path:
        return self.resolve(self.warehouse.path)


_SECTIONS: dict[str, type[Any]] = {
    "warehouse": WarehouseSettings,
    "profile": Profile,
    "filters": Filters,
    "ranking": RankingSettings,
    "network": NetworkSettings,
    "http": HttpSettings,
    "schedule": ScheduleSettings,
    "run": RunSettings,
    "intro": IntroSettings,
    "export": ExportSettings,
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


def command_for(config: Config) -> str:
    """`leads` as a command copied from a page must be typed to reach this config:
    bare where a bare `leads` finds it (./leads.toml here, or $LEADS_CONFIG), else with
    `-c PATH` (the demo's, or one passed with --config)."""
    try:
        found = find_config(None)
    except ConfigError:  # $LEADS_CONFIG names no file: a bare `leads` would fail
        found = None
    if config.path is None or (found is not None and found.resolve() == config.path):
        return "leads"
    return f"leads -c {shlex.quote(str(config.path))}"


def load_config(explicit: str | Path | None = None) -> Config:
    """Load and validate the config; defaults (no sources on) when there is none."""
    clock.now()  # an unreadable LEADS_NOW is refused before anything runs
    path = find_config(explicit)
    if path is None:
        return Config()
    try:
        text = ""
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}{_toml_hint(text, error)}") from error
    try:
        return parse_config(data, path=path.resolve())
    except ConfigError as error:
        lines = str(error).splitlines()
        raise ConfigError("\n".join(f"{path}: {line}" for line in lines)) from error


class _Problems:
    """The problems of one file, gathered: each check runs, and a failed one is noted and
    stands in as None for what it would have built."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def check(self, run: Callable[..., Any], *args: Any) -> Any:
        try:
            return run(*args)
        except ConfigError as error:
            self.lines.extend(str(error).splitlines())
            return None

    def raise_any(self) -> None:
        if self.lines:
            raise ConfigError("\n".join(dict.fromkeys(self.lines)))


def parse_config(data: dict[str, Any], *, path: Path | None = None) -> Config:
    """Validate a parsed TOML document against the settings dataclasses; every problem
    found is raised at once, one line each."""
    problems = _Problems()
    data = _one_floor_as_a_list(data)
    for name in sorted(set(data) - set(_SECTIONS) - {"sources", "notify"}):
        problems.lines.append(str(unknown_name(name, "section", [*_SECTIONS, "sources", "notify"])))
    built = {
        name: problems.check(lambda c, n: build(c, _table(data, n), n), cls, name)
        for name, cls in _SECTIONS.items()
        if name in data
    }
    values: dict[str, Any] = {name: value for name, value in built.items() if value is not None}
    # a mistyped key must not hide the problems of its table's other keys
    ranking = values.get("ranking") or _well_typed(RankingSettings, data, "ranking")
    if ranking:
        problems.check(_check_weights, ranking.weights)
    if profile := values.get("profile") or _well_typed(Profile, data, "profile"):
        fx = (ranking or RankingSettings()).fx_usd
        if (terms := problems.check(_engagements, profile.engagements)) is not None:
            profile = replace(profile, engagements=terms)
        if code := problems.check(_currency, profile, fx):
            written = profile.currency.strip()
            sign = written if written.upper() in (*_CURRENCY_SIGNS, *_RUPEE_SIGNS) else None
            profile = replace(profile, currency=code, currency_sign=sign)
        if (spoken := problems.check(_languages, profile.languages)) is not None:
            profile = replace(profile, languages=spoken)
        if (directions := problems.check(_pairs, profile.pairs)) is not None:
            profile = replace(profile, pairs=directions)
        problems.check(_locations, profile.locations)
        for key in ("citizenship", "work_authorization"):
            if (codes := problems.check(_papers, key, getattr(profile, key))) is not None:
                profile = replace(profile, **{key: codes})
        if profile.min_rate and (floored := problems.check(_rate_floors, profile, ranking)):
            profile = floored
        if "profile" in values:
            values["profile"] = profile
    if "notify" in data and (notify := problems.check(lambda: _notify(_table(data, "notify")))):
        values["notify"] = notify
    problems.check(_check_run, values.get("run"))
    chosen: dict[str, Any] = {}
    for name, table in (problems.check(_table, data, "sources") or {}).items():
        if (settings := problems.check(_source, name, table)) is not None:
            chosen[name] = settings
    problems.raise_any()
    network = values.get("network", NetworkSettings())
    if "inbox" in chosen:
        chosen["inbox"] = _inbox_settings(chosen["inbox"], network, path)
    return Config(path=path, sources=chosen, **values)


def _well_typed(cls: type[Any], data: dict[str, Any], name: str) -> Any:
    """The `name` table built from its known, well-typed keys alone (the others' problems
    are listed already), so the checks of its values still run; None if it is no table."""
    table = data.get(name)
    if not isinstance(table, dict):
        return None
    quiet = _Problems()
    kept = {k: v for k, v in table.items() if quiet.check(build, cls, {k: v}, name) is not None}
    return quiet.check(build, cls, kept, name)


def _source(name: str, table: Any) -> Any:
    """`[sources.NAME]` as that source's Settings; only the sources a config names are
    imported."""
    known = source_names()
    if name not in known:
        raise unknown_name(f"sources.{name}", "source", known)
    if not isinstance(table, dict):
        raise ConfigError(f"sources.{name}: must be a table")
    module = source(name)
    settings = build(module.Settings, table, f"sources.{name}")
    try:  # a source checks its own values ("threads", "format") when it plans its units
        module.units(settings)
    except ConfigError as error:
        raise within(f"sources.{name}", error) from error
    return settings


def _engagements(engagements: tuple[str, ...]) -> tuple[str, ...]:
    """`[profile] engagements` as the terms a posting can offer ("Part-time" is part_time);
    "hybrid" is no term but a place of work, which `remote_only` and `locations` say."""
    terms = tuple(re.sub(r"[\s-]+", "_", name.strip().lower()) for name in engagements)
    for i, (name, term) in enumerate(zip(engagements, terms, strict=True)):
        if term not in ENGAGEMENTS:
            raise unknown_name(f"profile.engagements[{i}]", "engagement", ENGAGEMENTS, name)
    return terms


def _languages(written: tuple[str, ...], where: str = "") -> tuple[str, ...]:
    """`[profile] languages` as ISO 639-1 codes: a code or an English name ("pt",
    "Portuguese"), in any case; `where` names the key of a single entry."""
    codes = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
    codes.update({code: code for code in LANGUAGE_NAMES}, **LANGUAGE_OTHER_NAMES)
    spoken = []
    for i, entry in enumerate(written):
        if (code := codes.get(entry.strip().lower())) is None:
            raise unknown_name(
                where or f"profile.languages[{i}]", "language", LANGUAGE_NAMES.values(), entry
            )
        spoken.append(code)
    return tuple(dict.fromkeys(spoken))


_PAIR = re.compile(r"\s*(.+?)\s*(<>|<->|↔|->|→|>|[-–/]|\s(?:in)?to\s)\s*(.+?)\s*", re.IGNORECASE)


def _pairs(written: tuple[str, ...]) -> tuple[str, ...]:
    """`[profile] pairs` as "source>target" codes: "EN>DE", "en → de", "French > German",
    "English to German"; "EN<>DE" (or ↔) is both directions."""
    directions = []
    for i, entry in enumerate(written):
        if not (m := _PAIR.fullmatch(entry)):
            raise ConfigError(
                f"profile.pairs[{i}]: {entry!r} is no language pair: write it as "
                '"en>de" (from English into German)'
            )
        where = f"profile.pairs[{i}]"
        source, target = (_languages((side,), where)[0] for side in (m[1], m[3]))
        directions.append(f"{source}>{target}")
        if m[2] in ("<>", "<->", "↔"):
            directions.append(f"{target}>{source}")
    return tuple(dict.fromkeys(directions))


# working hours ("US time zones", "EST overlap") say when one works, not where one may:
# read as a place, "US time zones" would make a post for US residents only yours
_HOURS = re.compile(r"\b(?:time[\s-]?zones?|timezones?|hours|overlap)\b", re.IGNORECASE)


def _papers(key: str, written: tuple[str, ...]) -> tuple[str, ...]:
    """`[profile] citizenship` or `work_authorization` as ISO country codes: a code, a
    country's name or its people ("Saudi Arabia", "Saudi"); a bloc ("EU") only where
    one may work, as a passport is a country's. (The place tables load only here: a read
    command's config sets neither key.)"""
    if not written:
        return ()
    from warehouse.ranking.nationals import papers_country

    codes = []
    for i, entry in enumerate(written):
        code = papers_country(entry, blocs=key == "work_authorization")
        if code is None:
            what = "a country" if key == "citizenship" else 'a country or a bloc ("EU")'
            raise ConfigError(
                f"profile.{key}[{i}]: {entry!r} is no country warmleads knows: write {what}"
                ' as its ISO code ("SA", "US", "GB") or its English name ("Saudi Arabia")'
            )
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def _locations(written: tuple[str, ...]) -> None:
    """Refuses a `[profile] locations` entry that names working hours, not a place."""
    for i, entry in enumerate(written):
        if _HOURS.search(entry):
            raise ConfigError(
                f"profile.locations[{i}]: {entry!r} names working hours, not where you may "
                'work: write your country and your UTC offset ("MX", "UTC-6"); a post\'s '
                'hours are judged against your offset, or keep any hours with hours = "any"'
            )


def _notify(table: dict[str, Any]) -> NotifySettings:
    """`[notify]`: its own keys, and one sub-table per channel (`[notify.email]`)."""
    options = {k: v for k, v in table.items() if not isinstance(v, dict)}
    chosen: dict[str, Any] = {}
    for name, sub_table in table.items():
        if not isinstance(sub_table, dict):
            continue
        if name not in CHANNELS:
            raise unknown_name(f"notify.{name}", "channel", CHANNELS)
        chosen[name] = build(channel(name).Settings, sub_table, f"notify.{name}")
    settings: NotifySettings = build(NotifySettings, options, "notify")
    return replace(settings, channels=chosen)


# a weight's part is kept to six decimals (`signals.py`): below this it adds nothing, and
# a sum of such weights alone would divide by nothing
_LEAST_WEIGHT = 0.001


# what users write for a currency besides its ISO code (case does not matter: "rs")
_CURRENCY_SIGNS = {
    "€": "EUR", "$": "USD", "£": "GBP", "US$": "USD", "₹": "INR",  # "Rs": _RUPEE_SIGNS
    "U$S": "USD", "U$D": "USD", "DÓLARES": "USD", "DOLARES": "USD",  # Argentina's "U$S 3.000/mes"
    "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "R$": "BRL", "ZŁ": "PLN", "৳": "BDT", "₱": "PHP",
    "円": "JPY",  # "¥" is yen or yuan: a floor's "¥" takes the profile's (floors.parse_floor)
    "원": "KRW", "₩": "KRW",
    "R": "ZAR", "RAND": "ZAR",  # South Africa's "R500/hour" ("R$" is the real's)
    "₺": "TRY", "TL": "TRY",  # the Turkish lira: "₺150.000/month", "1.500 TL/hour"
    "Đ": "VND", "VNĐ": "VND", "₫": "VND",  # the dong: "25.000.000đ/tháng", "500.000 VNĐ/giờ"
    "KČ": "CZK", "KC": "CZK",  # the Czech crown: "7 000 Kč/MD", "700 Kc/h"
    "₪": "ILS", "NIS": "ILS", 'ש"ח': "ILS", "ש״ח": "ILS",  # the shekel: "₪350/hour"
    "RP": "IDR", "RP.": "IDR", "RUPIAH": "IDR",  # the rupiah: "Rp 25 juta/bulan"
    "฿": "THB", "บาท": "THB", "BAHT": "THB",  # the baht: "฿1,200/hour", "1,200 บาท/ชั่วโมง"
    "S/": "PEN", "S/.": "PEN", "SOLES": "PEN",  # Peru's sol: "S/ 7000/mes"
    "UF": "CLF",  # Chile's unidad de fomento: "UF 60/mes"
    "FT": "HUF",  # the forint, after the amount: "18 000 Ft/óra"
    "DIN": "RSD", "DIN.": "RSD", "DINARA": "RSD",  # the dinar: "din 3.000 po satu"
    "ДИН": "RSD", "ДИН.": "RSD", "ДИНАРА": "RSD",  # "180.000 дин./месец"
    "₴": "UAH", "ГРН": "UAH", "ГРН.": "UAH",  # the hryvnia: "200 000 грн/міс", "₴1500/день"
    "FR.": "CHF", "SFR.": "CHF",  # the Swiss franc as Swiss posts write it: "Fr. 120.–/h"
    "NT$": "TWD", "NTD": "TWD",  # the New Taiwan dollar: "NT$1,500/hour"
    "RM": "MYR", "RINGGIT": "MYR", "S$": "SGD",  # the ringgit: "RM150/hour"; "S$9,000/month"
    "GH₵": "GHS", "GH¢": "GHS", "₵": "GHS",  # the cedi: "GH₵ 15,000/month", "GH¢ 250/day"
    "CEDI": "GHS", "CEDIS": "GHS", "NAIRA": "NGN",  # "15,000 cedis/month"
    "₸": "KZT", "ТГ": "KZT", "ТЕНГЕ": "KZT", "TENGE": "KZT",  # "₸15,000/hour", "1 500 000 тг/month"
    "₽": "RUB", "РУБ": "RUB", "РУБ.": "RUB",  # the rouble: "3000 ₽/час"
    "₾": "GEL", "LARI": "GEL", "ЛАРИ": "GEL",  # the lari: "₾30/hour", "5000 lari/month"
    "ლარი".upper(): "GEL",  # and in Georgian, upper-cased as the keys are (to Mtavruli)
    "֏": "AMD", "₼": "AZN",  # the dram and the manat: "֏8,000/hour", "₼25/hour"
    "USH": "UGX", "USHS": "UGX", "USH.": "UGX", "USHS.": "UGX",  # "USh 3,000,000/month"
    "KSH": "KES", "KSHS": "KES", "KSH.": "KES", "KSHS.": "KES",  # "KSh 2,500/hour"
    "TSH": "TZS", "TSHS": "TZS", "TSH.": "TZS", "TSHS.": "TZS",  # "TSh 150,000/day"
}  # fmt: skip
# "Rs" is the rupee of where the user lives, as a posting's "Rs." is its place's: Pakistan's
# in Karachi, India's in Pune (and where the locations name neither), Sri Lanka's in Colombo
_RUPEE_SIGNS = ("RS", "RS.", "₨", "RUPEES", "RUPEE", "रु", "रु.", "रू", "रू.")  # and in Devanagari


def _rupee(profile: Profile) -> str:
    """The rupee the user's "Rs" means: their currency when it is a rupee ("PKR"), else
    the one of the countries their locations name, else India's."""
    from warehouse.ranking.rates import RUPEES  # the place tables, for a rupee only
    from warehouse.ranking.regions import rupee_of
    from warehouse.ranking.remote import read_places

    if profile.currency.upper() in RUPEES:
        return profile.currency.upper()
    places = tuple(place for entry in profile.locations for place in read_places(entry))
    return rupee_of(places) or "INR"


def _signs(profile: Profile, written: str) -> dict[str, str]:
    """What the user's currency signs mean, "Rs" read where `written` has one."""
    rupee = any(sign in written.upper() for sign in _RUPEE_SIGNS)
    return (
        _CURRENCY_SIGNS | dict.fromkeys(_RUPEE_SIGNS, _rupee(profile)) if rupee else _CURRENCY_SIGNS
    )


def _currency(profile: Profile, fx_usd: dict[str, float]) -> str:
    """`[profile] currency` as a code of the fx table ("eur" and "€" are EUR, "Rs" the
    rupee of the user's place): a currency it has no rate for would leave every rate
    unconverted and the floor unapplied."""
    written = profile.currency.strip()
    code = _signs(profile, written).get(written.upper(), written.upper())
    if code in fx_usd:
        return code
    close = difflib.get_close_matches(code, list(fx_usd), n=1)
    hint = f"did you mean {close[0]}? " if close else ""
    raise ConfigError(
        f"profile.currency: unknown currency {written!r}: {hint}write an ISO code with a "
        f"rate in [ranking.fx_usd] ({', '.join(sorted(fx_usd))}), or add its USD rate there"
    )


def _one_floor_as_a_list(data: dict[str, Any]) -> dict[str, Any]:
    """`min_rate = "550/day"`: one floor, as the list of floors it is."""
    profile = data.get("profile")
    if isinstance(profile, dict) and isinstance(profile.get("min_rate"), str):
        return {**data, "profile": {**profile, "min_rate": [profile["min_rate"]]}}
    return data


def _rate_floors(profile: Profile, ranking: RankingSettings | None) -> Profile:
    """`[profile] min_rate` read: a floor of time in `currency` becomes the hourly floor
    (through `[ranking] hours_per_*`), said in its own unit; floors by the piece are kept
    apart; a floor of time in another currency judges the rates paid in it."""
    from warehouse.ranking.floors import TIME_UNITS, parse_floor, sign_of  # only when set

    settings = ranking or RankingSettings()
    signs = _signs(profile, " ".join(profile.min_rate))
    known = {*settings.fx_usd, *signs.values()}
    floors, problems = [], []
    for index, written in enumerate(profile.min_rate):
        try:
            floor, code = parse_floor(written, signs, profile.currency, known)
        except ValueError as error:
            problems.append(f"profile.min_rate[{index}]: {error}")
            continue
        if code != profile.currency and floor.unit not in TIME_UNITS.values():
            problems.append(f"profile.min_rate[{index}]: {written!r}: a floor by the piece "
                            f"is in profile.currency ({profile.currency}), not {code}")  # fmt: skip
        floors.append((floor, code))
        if code == profile.currency and profile.currency_sign is None:
            profile = replace(profile, currency_sign=sign_of(written))
    if problems:
        raise ConfigError("\n".join(problems))
    for code in dict.fromkeys(code for _, code in floors):
        stated = [str(f) for f, c in floors if c == code and f.unit in TIME_UNITS.values()]
        if len(stated) > 1:
            problems.append(
                f"profile.min_rate: one floor of time per currency ({code}: "
                f"{', '.join(stated)}): each is converted to the same hourly floor"
            )
    units = [f.unit for f, c in floors if c == profile.currency]
    if len(set(units)) < len(units):
        problems.append("profile.min_rate: one floor per unit")
    if problems:
        raise ConfigError("\n".join(problems))
    ours = [f for f, c in floors if c == profile.currency]
    timed = [f for f in ours if f.unit in TIME_UNITS.values()]
    if timed and profile.min_hourly_rate is not None:
        raise ConfigError(
            f"profile.min_hourly_rate and profile.min_rate ({timed[0]}) both set a floor "
            "of time: keep one"
        )

    def hours(unit: str) -> float:
        return 1.0 if unit == "hour" else float(getattr(settings, f"hours_per_{unit}"))

    others = tuple(CurrencyFloor(c, f, hours(f.unit)) for f, c in floors if c != profile.currency)
    pieces = tuple(f for f in ours if f not in timed)
    profile = replace(profile, piece_floors=pieces, currency_floors=others)
    if not timed:
        return profile
    floor = timed[0]
    return replace(
        profile, min_hourly_rate=floor.amount / hours(floor.unit), rate_unit=floor.unit,
        rate_unit_hours=hours(floor.unit),
    )  # fmt: skip


# where tomllib stops: "Invalid value (at line 8, column 15)"
_AT_LINE = re.compile(r"at line (\d+)")


def _toml_hint(text: str, error: ValueError) -> str:
    """The line TOML could not read, and how values are written, when the error is a
    value ("remote_only = yes", "currency = EUR")."""
    found = _AT_LINE.search(str(error))
    if not found or "Invalid value" not in str(error):
        return ""
    lines = text.splitlines()
    number = int(found[1])
    line = lines[number - 1].strip() if 0 < number <= len(lines) else ""
    return (
        f': {line!r}: write text in quotes ("EUR"), yes or no as true or false, '
        f'a list in brackets (["figma", "user research"])'
    )


def _check_weights(weights: dict[str, float]) -> None:
    """Every weight names a signal of the registry, and is 0 or large enough to count."""
    for name, weight in weights.items():
        if name not in DEFAULT_WEIGHTS:
            raise unknown_name(f"ranking.weights.{name}", "signal", DEFAULT_WEIGHTS)
        if weight < 0:
            raise ConfigError(f"ranking.weights.{name}: must not be negative, got {weight}")
        if 0 < weight < _LEAST_WEIGHT:
            raise ConfigError(
                f"ranking.weights.{name}: use 0 to leave it out or at least {_LEAST_WEIGHT}, "
                f"got {weight}"
            )
    if not any(weights.values()):
        raise ConfigError("ranking.weights: at least one weight must be above 0")


def _resolve(config_path: Path | None, relative: str) -> Path:
    """`relative` beside the config file (or the working folder); `~` is your home, as
    in a shell, which expands it only before it is joined to anything."""
    base = config_path.parent if config_path else Path.cwd()
    return base / Path(relative).expanduser()


def _inbox_settings(settings: Any, network: NetworkSettings, path: Path | None) -> Any:
    """The inbox's mail paths relative to the config file, as every path in it is, and
    the ask scan on when `[network] scan_messages` is."""
    paths = tuple(str(_resolve(path, p)) for p in settings.paths)
    scan = settings.scan_messages or network.scan_messages
    return replace(settings, paths=paths, scan_messages=scan)


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
    # a field's TOML key is its name, or metadata["key"] ("from" is Python's; None: no key)
    keyed = ((f.metadata.get("key", f.name), f) for f in fields(cls))
    by_key = {key: f for key, f in keyed if key is not None}
    values: dict[str, Any] = {}
    problems = _Problems()
    for key, value in table.items():
        if key not in by_key:
            problems.lines.append(str(unknown_name(f"{where}.{key}", "key", by_key)))
            continue
        spec = by_key[key]
        coerced = problems.check(_coerce, value, hints[spec.name], f"{where}.{key}")
        factory = spec.default_factory
        if callable(factory) and isinstance(default := factory(), dict):
            coerced = {**default, **(coerced or {})}  # a partial table overrides
        values[spec.name] = coerced
    for key, spec in by_key.items():
        if spec.name not in values and spec.default is MISSING and spec.default_factory is MISSING:
            problems.lines.append(f"{where}.{key}: missing key")
    problems.raise_any()
    try:
        return cls(**values)
    except ConfigError as error:  # a settings class checks its own values
        raise within(where, error) from error


def within(where: str, error: ConfigError) -> ConfigError:
    """A settings class's or a source's problems, one a line, each under its table's name."""
    return ConfigError("\n".join(f"{where}.{line}" for line in str(error).splitlines()))


def _coerce(value: Any, hint: Any, where: str) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        tables = [a for a in inner if isinstance(a, type) and is_dataclass(a)]  # { site = .. }
        if tables and isinstance(value, dict):
            return build(tables[0], value, where)
        mappings = [a for a in inner if typing.get_origin(a) is dict]  # text or { en = .. }
        if mappings and isinstance(value, dict):
            return _coerce(value, mappings[0], where)
        return _coerce(value, inner[0], where)
    if origin is tuple:
        if isinstance(value, str):  # "figma, user research": the list it means
            items = [item.strip() for item in value.split(",") if item.strip()]
            wanted = json.dumps(items, ensure_ascii=False)
            raise ConfigError(f"{where}: expected a list, got {_toml_value(value)}: write {wanted}")
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {_toml_value(value)}")
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
        raise ConfigError(f"{where}: expected {_TOML_TYPES[hint]}, got {_toml_value(value)}")
    return value


# the types as TOML writes them: what a user edits is TOML, not Python
_TOML_TYPES = {
    str: "text in quotes",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
}


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"text {value!r}"
    if isinstance(value, list | dict):
        return "a list" if isinstance(value, list) else "a table"
    return repr(value)
