"""The score as signals: the registry, and properties of the score the marts compute.

The properties run the real SQL (`lead_signals` rendered from the registry, then the
`lead_scores` model) over a one-lead `lead_context` that hypothesis fills with any
values a lead can have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warehouse.db import sql_files
from warehouse.ranking.signals import (
    DEFAULT_WEIGHTS,
    SIGNALS,
    lead_scores_sql,
    lead_signal_values_sql,
    lead_signals_sql,
)

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # the build's clock (ranking_settings.as_of)
ENGAGEMENTS = ["freelance", "contract", "part_time", "fractional", "full_time", "unknown"]
# each signal's input, from the worst value to the best
ORDERED = {
    "eligibility": ["not_eligible", "review", "eligible"],
    "rate_vs_floor": ["below", None, "straddles", "above"],
}


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    """A schema with the marts' macros and the two tables the tests refill: lead_context
    and signal_weights; the kept inputs the signals' cache hashes stand in from them."""
    connection = duckdb.connect()
    connection.execute("create schema marts")
    connection.execute("create schema staging")
    models = dict(sql_files("marts"))
    connection.execute(models["macros.sql"])
    connection.execute(f"create table marts.lead_context ({_COLUMNS})")
    # the leads and the context of some of them, as the build's lead_context model has it
    connection.execute("create view marts.leads as select lead_id from marts.lead_context")
    connection.execute(
        "create macro marts.context_of(leads) as table "
        "select * from marts.lead_context semi join query_table(leads) using (lead_id)"
    )
    connection.execute("create table marts.signal_weights (signal varchar, weight double)")
    # the build's clock and half-life, as the context's rows state them
    connection.execute(
        "create view marts.ranking_settings as select any_value(as_of) as as_of, "
        "any_value(freshness_half_life_days) as freshness_half_life_days from marts.lead_context"
    )
    # what the kept signals' hash reads in a build: each lead's kept row (here its whole
    # context, so a test's new values make its signals again) and its network path
    connection.execute(
        "create view staging.lead_content as "
        "select lead_id, hash(*columns(*)) as inputs_hash from marts.lead_context"
    )
    connection.execute(
        "create table marts.lead_contacts (lead_id varchar, network_path varchar, "
        "network_via varchar, network_strength double, contact_is_hiring boolean)"
    )
    yield connection
    connection.close()


_COLUMNS = """
    lead_id varchar, fit double, roles_matched varchar[], skills_matched varchar[],
    engagement varchar, engagements_offered varchar[], engagements_wanted varchar[],
    duration_months integer, duration_weeks integer, hours_per_week double,
    hours_per_week_max double, ir35 varchar, tax_terms varchar,
    eligibility varchar,
    eligibility_reason varchar, remote_scope varchar,
    remote_regions varchar[], rate_vs_floor varchar, rate_min double, rate_max double,
    currency varchar, rate_period varchar, hourly_min double, hourly_max double,
    hourly_currency varchar, hourly_currency_sign varchar, rate_conversion varchar,
    rate_includes_super boolean,
    rate_own_floor_said varchar, rate_piece varchar, rate_fx double,
    rate_unit varchar, rate_unit_hours double,
    min_hourly_rate double,
    posted_at timestamptz, date_basis varchar,
    first_seen timestamptz, as_of timestamptz, freshness_half_life_days double,
    network_strength double, network_via varchar, legitimacy double, red_flags varchar[]
"""


def _context(**values: object) -> dict[str, object]:
    lead = {
        "lead_id": "L1", "fit": 0.5, "roles_matched": ["data engineer"], "skills_matched": [],
        "engagement": "contract", "engagements_offered": ["contract"],
        "engagements_wanted": ["freelance", "contract"], "duration_months": None,
        "duration_weeks": None, "hours_per_week": None, "hours_per_week_max": None,
        "ir35": None, "tax_terms": None,
        "eligibility": "review", "eligibility_reason": None, "remote_scope": "anywhere",
        "remote_regions": [],
        "rate_vs_floor": None, "rate_min": None, "rate_max": None, "currency": None,
        "rate_period": None, "hourly_min": None, "hourly_max": None, "hourly_currency": "EUR",
        "hourly_currency_sign": None,
        "rate_conversion": None, "rate_includes_super": False,
        "rate_own_floor_said": None, "rate_piece": None, "rate_fx": None,
        "rate_unit": "hour",
        "rate_unit_hours": 1.0,
        "min_hourly_rate": 80.0,
        "posted_at": NOW - timedelta(days=3), "date_basis": "posted",
        "first_seen": NOW - timedelta(days=2), "as_of": NOW, "freshness_half_life_days": 14.0,
        "network_strength": 0.0, "network_via": None,
        "legitimacy": 1.0, "red_flags": [],
    }  # fmt: skip
    return lead | values


def score(
    con: duckdb.DuckDBPyConnection, lead: dict[str, object], weights: dict[str, float]
) -> float:
    """The score the marts give one lead under these weights."""
    con.register("context_frame", pd.DataFrame([lead]))
    con.execute("delete from marts.lead_context")
    con.execute("insert into marts.lead_context by name select * from context_frame")
    con.execute("delete from marts.signal_weights")
    con.executemany("insert into marts.signal_weights values (?, ?)", list(weights.items()))
    con.execute(lead_signal_values_sql())  # tables a build writes: scored again for each lead
    con.execute(lead_scores_sql())
    rows = con.execute("select score from marts.lead_scores").fetchall()
    assert len(rows) == 1
    return float(rows[0][0])


unit = st.floats(min_value=0.0, max_value=1.0)
# as `[ranking.weights]` takes them: 0, or from 0.001 (less would count for nothing)
weights_st = st.fixed_dictionaries(
    {s.name: st.just(0.0) | st.floats(min_value=0.001, max_value=5.0) for s in SIGNALS}
)
leads_st = st.builds(
    _context,
    fit=st.floats(min_value=-1.0, max_value=2.0),  # clamped: any reader bug stays in [0, 1]
    network_strength=unit,
    legitimacy=unit,
    eligibility=st.sampled_from(ORDERED["eligibility"]),
    rate_vs_floor=st.sampled_from(ORDERED["rate_vs_floor"]),
    engagement=st.sampled_from(ENGAGEMENTS),
    posted_at=st.integers(min_value=-5, max_value=400).map(lambda d: NOW - timedelta(days=d)),
    date_basis=st.sampled_from(["posted", "saved", "applied"]),
)


def test_the_registry_names_each_signal_once_with_a_weight_and_a_meaning() -> None:
    names = [s.name for s in SIGNALS]
    assert len(names) == len(set(names))
    assert all(s.weight > 0 and s.meaning for s in SIGNALS)
    assert {s.name: s.weight for s in SIGNALS} == DEFAULT_WEIGHTS


@settings(max_examples=60)
@given(lead=leads_st, weights=weights_st.filter(lambda w: sum(w.values()) > 0))
def test_the_score_is_in_the_unit_interval(con, lead, weights) -> None:
    assert 0.0 <= score(con, lead, weights) <= 1.0


@settings(max_examples=60)
@given(
    lead=leads_st,
    other=leads_st,
    weights=weights_st,
    signal=st.sampled_from(["fit", "network", "legitimacy", "eligibility", "rate"]),
)
def test_a_zero_weight_has_no_effect(con, lead, other, weights, signal) -> None:
    weights = {**weights, signal: 0.0}
    if not sum(weights.values()):
        weights["freshness"] = 1.0
    column = {"network": "network_strength", "rate": "rate_vs_floor"}.get(signal, signal)
    changed = {**lead, column: other[column]}
    assert score(con, changed, weights) == pytest.approx(score(con, lead, weights), abs=1e-4)


@settings(max_examples=60)
@given(
    lead=leads_st,
    weights=weights_st.filter(lambda w: sum(w.values()) > 0),
    column=st.sampled_from(["fit", "network_strength", "legitimacy"]),
    by=st.floats(min_value=0.0, max_value=1.0),
)
def test_the_score_never_falls_when_a_signal_rises(con, lead, weights, column, by) -> None:
    higher = {**lead, column: float(lead[column]) + by}  # type: ignore[arg-type]
    assert score(con, higher, weights) >= score(con, lead, weights) - 1e-4


@settings(max_examples=60)
@given(
    lead=leads_st,
    weights=weights_st.filter(lambda w: sum(w.values()) > 0),
    column=st.sampled_from(sorted(ORDERED)),
    data=st.data(),
)
def test_a_better_stated_value_never_lowers_the_score(con, lead, weights, column, data) -> None:
    scale = ORDERED[column]
    low = data.draw(st.integers(min_value=0, max_value=len(scale) - 1))
    high = data.draw(st.integers(min_value=low, max_value=len(scale) - 1))
    worse, better = {**lead, column: scale[low]}, {**lead, column: scale[high]}
    assert score(con, better, weights) >= score(con, worse, weights) - 1e-4


def test_reasons_come_with_the_signals() -> None:
    rendered = lead_signal_values_sql()
    for signal in SIGNALS:
        assert f"as {signal.name}" in rendered


@pytest.mark.parametrize(
    "changed",
    [
        pytest.param({"rate": 0.0, "freshness": 0.3}, id="a signal weighed 0"),
        # every value 1 or 0 weighed alike: the reasons of equal contributions by name
        pytest.param({name: 1.0 for name in DEFAULT_WEIGHTS}, id="contributions alike"),
        pytest.param({"fit": 7.5, "network": 2.25}, id="weights above 1"),
    ],
)
def test_the_scores_read_as_the_signals_add_up(
    con: duckdb.DuckDBPyConnection, changed: dict[str, float]
) -> None:
    """The score and its reasons, read across a lead's row, are what its rows in
    `lead_signals` add up to: contributions over weights, reasons by contribution (of two
    alike by name), empty reasons left out."""
    leads = [
        _context(fit=0.8, network_strength=0.4, network_via="a former colleague"),
        _context(fit=0.0, engagement="full_time", legitimacy=0.2, red_flags=["x: a flag"]),
        _context(fit=0.5, rate_vs_floor="above", rate_min=90.0, currency="USD"),
    ]
    con.register(
        "context_frame",
        pd.DataFrame([lead | {"lead_id": f"l{i}"} for i, lead in enumerate(leads)]),
    )
    con.execute("delete from marts.lead_context")
    con.execute("insert into marts.lead_context by name select * from context_frame")
    con.execute("delete from marts.signal_weights")
    weights = {**DEFAULT_WEIGHTS, **changed}
    con.executemany("insert into marts.signal_weights values (?, ?)", list(weights.items()))
    con.execute(lead_signal_values_sql())
    con.execute(lead_signals_sql())
    con.execute(lead_scores_sql())
    added_up = con.execute(
        """select lead_id,
            round((sum(contribution::decimal(18, 12)) / sum(weight::decimal(18, 12)))::double, 4),
            any_value(value) filter (where signal = 'freshness'),
            string_agg(reason, '; ' order by contribution desc, signal)
                filter (where reason is not null and reason <> '')
        from marts.lead_signals group by lead_id order by lead_id"""
    ).fetchall()
    scores = con.execute("select * from marts.lead_scores order by lead_id").fetchall()
    assert scores == added_up
    assert len(scores) == 3
    assert con.execute("select count(*) from marts.lead_signals").fetchall() == [
        (3 * len(SIGNALS),)
    ]


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        pytest.param("hour", "$80/h", id="an hourly rate"),
        pytest.param("piece", "$30/piece", id="pay by the piece"),
        pytest.param("fixed", "$30 fixed", id="a fixed budget"),
        pytest.param(None, "$30", id="no period stated is no fixed budget"),
    ],
)
def test_the_rate_reason_names_its_period(
    con: duckdb.DuckDBPyConnection, period: str | None, expected: str
) -> None:
    amount = 80.0 if period == "hour" else 30.0
    lead = _context(rate_min=amount, rate_max=amount, currency="USD", rate_period=period)
    assert _reason(con, lead, "rate") == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        pytest.param(
            {"rate_min": 110000.0, "rate_max": 140000.0, "currency": "USD", "rate_period": "year",
             "hourly_min": 56.6, "hourly_max": 72.0},
            "$110k-140k/yr above your floor (≈ €57-72/h)",
            id="a yearly salary in another currency, as compared",
        ),
        pytest.param(
            {"rate_min": 600.0, "rate_max": 600.0, "currency": "EUR", "rate_period": "day",
             "hourly_min": 75.0, "hourly_max": 75.0},
            "€600/day above your floor (≈ €75/h)",
            id="a day rate in the profile's currency",
        ),
        pytest.param(
            {"rate_min": 60.0, "rate_max": 80.0, "currency": "EUR", "rate_period": "hour",
             "hourly_min": 60.0, "hourly_max": 80.0},
            "€60-80/h above your floor",
            id="an hourly rate in the profile's currency needs no second figure",
        ),
    ],
)  # fmt: skip
def test_a_converted_rate_shows_the_hourly_figure_it_was_compared_as(
    con: duckdb.DuckDBPyConnection, rate: dict[str, object], expected: str
) -> None:
    lead = _context(rate_vs_floor="above", **rate)
    assert _reason(con, lead, "rate") == expected


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        pytest.param(
            {"rate_min": 600.0, "rate_max": 625.0, "currency": "GBP", "rate_period": "day",
             "hourly_min": 75.0, "hourly_max": 78.13, "hourly_currency": "GBP"},
            "£600-625/day above your floor",
            id="a day rate against a day floor needs no second figure",
        ),
        pytest.param(
            {"rate_min": 85.0, "rate_max": 85.0, "currency": "GBP", "rate_period": "hour",
             "hourly_min": 85.0, "hourly_max": 85.0, "hourly_currency": "GBP"},
            "£85/h above your floor (≈ £680/day)",
            id="an hourly rate said per day, as the floor is",
        ),
        pytest.param(
            {"rate_min": 100000.0, "rate_max": 100000.0, "currency": "USD", "rate_period": "year",
             "hourly_min": 43.75, "hourly_max": 43.75, "hourly_currency": "GBP"},
            "$100k/yr above your floor (≈ £350/day)",
            id="a salary in another currency, per day",
        ),
    ],
)  # fmt: skip
def test_a_rate_is_compared_in_the_unit_of_the_users_floor(
    con: duckdb.DuckDBPyConnection, rate: dict[str, object], expected: str
) -> None:
    lead = _context(rate_vs_floor="above", rate_unit="day", rate_unit_hours=8.0, **rate)
    assert _reason(con, lead, "rate") == expected


@pytest.mark.parametrize(
    ("piece", "fx", "vs_floor", "currency", "expected"),
    [
        ("word", None, "below", "EUR", "€0.08/word below your floor"),
        (None, None, None, "EUR", "€0.08/piece"),
        # a rate in another currency, with the figure it was compared as
        ("word", 1.08, "below", "USD", "€0.08/word below your floor (≈ $0.09/word)"),
        # no floor of its piece: named, converted, and said once not to be compared
        ("word", 1.08, None, "USD",
         "€0.08/word (≈ $0.09/word), not compared with your hourly floor"),
        ("line", None, None, "EUR", "€0.08/line, not compared with your hourly floor"),
        # any piece the posting names, as it names it
        ("video", 1.08, None, "USD",
         "€0.08/video (≈ $0.09/video), not compared with your hourly floor"),
    ],
)  # fmt: skip
def test_a_piece_rate_is_named_by_its_piece_and_converted(
    con: duckdb.DuckDBPyConnection,
    piece: str | None,
    fx: float | None,
    vs_floor: str | None,
    currency: str,
    expected: str,
) -> None:
    """Read from plain fields: the conversion's words ("per word; EUR→USD at 1.08") are
    for a person, never parsed."""
    lead = _context(
        rate_min=0.08, rate_max=0.08, currency="EUR", rate_period="piece", rate_piece=piece,
        rate_fx=fx, rate_conversion="in words no one reads", rate_vs_floor=vs_floor,
        hourly_currency=currency,
    )  # fmt: skip
    assert _reason(con, lead, "rate") == expected


@pytest.mark.parametrize(
    ("includes_super", "expected"),
    [
        (True, "AUD 1000/day above your floor (≈ AUD 893/day)"),
        (False, "AUD 1000/day above your floor"),
    ],
)
def test_a_rate_inc_super_is_said_as_what_it_was_compared_as(
    con: duckdb.DuckDBPyConnection, includes_super: bool, expected: str
) -> None:
    """A day rate against a floor per day: only the flag (not the conversion's words)
    says the figure compared is the rest, less super."""
    lead = _context(
        rate_min=1000.0, rate_max=1000.0, currency="AUD", rate_period="day",
        hourly_min=111.61 if includes_super else 125.0,
        hourly_max=111.61 if includes_super else 125.0, hourly_currency="AUD",
        rate_vs_floor="above", rate_includes_super=includes_super, rate_unit="day",
        rate_unit_hours=8.0, rate_conversion="8 h/day; AUD",
    )  # fmt: skip
    assert _reason(con, lead, "rate") == expected


def test_a_piece_rate_says_nothing_of_a_floor_the_user_has_not_set(
    con: duckdb.DuckDBPyConnection,
) -> None:
    lead = _context(
        rate_min=0.1, rate_max=0.1, currency="USD", rate_period="piece",
        rate_conversion="per word; USD", rate_piece="word", hourly_currency="USD",
        min_hourly_rate=None,
    )  # fmt: skip
    assert _reason(con, lead, "rate") == "$0.1/word"


@pytest.mark.parametrize(
    ("lo", "hi", "cur", "expected"),
    [
        (7500.0, 10000.0, "INR", "₹7.5k-10k"),
        (7000.0, 12400.0, "INR", "₹7k-12k"),
        (7916.67, 9166.67, "INR", "₹7917-9167"),
        (90000.0, 120000.0, "USD", "$90k-120k"),
        (900.0, 12000.0, "EUR", "€900-12k"),
        (3500.0, 3500.0, "INR", "₹3500"),
        (9000000.0, 12000000.0, "JPY", "JPY 9M-12M"),
        (800000.0, 1240000.0, "JPY", "JPY 800k-1.2M"),
        (999999.0, 999999.0, "KRW", "KRW 1M"),
    ],
)
def test_a_ranges_ends_are_written_in_one_style(
    con: duckdb.DuckDBPyConnection, lo: float, hi: float, cur: str, expected: str
) -> None:
    assert con.execute("select marts.fmt_money(?, ?, ?)", [lo, hi, cur]).fetchall() == [(expected,)]


# the edges of fmt_money_as (the signs themselves: test_money_in_the_users_currency_...)
@pytest.mark.parametrize(
    ("lo", "hi", "cur", "own", "sign", "expected"),
    [
        (20000.0, 20000.0, "PLN", "PLN", "zł", "20k zł"),
        (90.0, 120.0, "USD", "ZAR", "R", "$90-120"),
        (650.0, 650.0, "EUR", "EUR", None, "€650"),
        (650.0, 650.0, None, "EUR", "€", "650"),
        (None, None, "PLN", "PLN", "zł", None),
    ],
)
def test_money_as_the_user_writes_it_keeps_to_fmt_money_where_a_part_is_missing(
    con: duckdb.DuckDBPyConnection,
    lo: float | None,
    hi: float | None,
    cur: str | None,
    own: str,
    sign: str | None,
    expected: str | None,
) -> None:
    said = con.execute(
        "select marts.fmt_money_as(?::double, ?::double, ?, ?, ?)", [lo, hi, cur, own, sign]
    ).fetchall()
    assert said == [(expected,)]


def test_a_rate_not_compared_shows_no_hourly_figure(con: duckdb.DuckDBPyConnection) -> None:
    lead = _context(
        rate_min=90000.0, rate_max=90000.0, currency="USD", rate_period="year",
        hourly_min=46.3, hourly_max=46.3,
    )  # fmt: skip
    assert _reason(con, lead, "rate") == "$90k/yr"


def test_a_language_the_user_lacks_is_named_not_the_place(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """Remote from anywhere would do; the language would not: the reason says which."""
    lead = _context(
        eligibility="not_eligible",
        eligibility_reason="requires Japanese: 'Native Japanese speakers only'",
    )
    assert _reason(con, lead, "eligibility") == "remote anywhere; requires Japanese"


@pytest.mark.parametrize(
    ("scope", "regions", "eligibility", "reason", "expected"),
    [
        pytest.param("region", ["EU"], "eligible", None, "remote EU eligible", id="eligible"),
        pytest.param("onsite", [], "not_eligible", None, "onsite not eligible", id="not eligible"),
        pytest.param(
            "onsite", [], "not_eligible", "onsite in GB; profile is remote-only",
            "onsite in GB not eligible (profile is remote-only)", id="an office's place, why not",
        ),
        pytest.param(
            "region", ["US"], "not_eligible", "remote limited to US; you: EU, DE",
            "remote US not eligible (you: EU, DE)", id="a region and where you are",
        ),
        pytest.param(
            "anywhere", [], "not_eligible", "remote not open to US; you: US",
            "remote not open to US not eligible (you: US)", id="a place remote is not open to",
        ),
        pytest.param(
            "region", ["US"], "review", None, "remote US, check you may take it",
            id="a place to check",
        ),
        pytest.param(None, [], "review", None, "location unclear", id="no place, nothing to check"),
        pytest.param(
            "region", [], "review", "remote limited to a place not recognised: 원격 협의",
            "remote in a place not read, check you may take it", id="a place not read",
        ),
    ],
)  # fmt: skip
def test_the_eligibility_reason_says_what_to_check(
    con: duckdb.DuckDBPyConnection,
    scope: str | None,
    regions: list[str],
    eligibility: str,
    reason: str | None,
    expected: str,
) -> None:
    lead = _context(
        remote_scope=scope, remote_regions=regions, eligibility=eligibility,
        eligibility_reason=reason,
    )  # fmt: skip
    assert _reason(con, lead, "eligibility") == expected


@pytest.mark.parametrize(
    ("scope", "regions", "why", "expected"),
    [
        pytest.param(
            "region", ["US"], "remote limited to US; you: GB; a preference, not a limit",
            "remote US, check you may take it: a preference, not a limit", id="a preference",
        ),
        pytest.param(
            "region", ["UTC-8..UTC-1"],
            "remote limited to UTC-8..UTC-1; you: GB; working hours one may keep from elsewhere",
            "remote UTC-8..UTC-1, check you may take it: working hours one may keep from "
            "elsewhere", id="working hours",
        ),
        pytest.param(
            "anywhere", [],
            "remote with no region limit, remote only for some roles or on condition; prefers US",
            "remote anywhere, check you may take it: remote only for some roles or on condition",
            id="remote for some roles",
        ),
        pytest.param(
            "region", ["EU"], "remote limited to EU; you list GB, only partly inside or unknown",
            "remote EU, check you may take it", id="nothing more to say",
        ),
    ],
)  # fmt: skip
def test_a_place_to_check_says_what_makes_it_doubtful(
    con: duckdb.DuckDBPyConnection, scope: str, regions: list[str], why: str, expected: str
) -> None:
    lead = _context(
        remote_scope=scope, remote_regions=regions, eligibility="review", eligibility_reason=why
    )
    assert _reason(con, lead, "eligibility") == expected


@pytest.mark.parametrize(
    ("basis", "days", "expected"),
    [
        pytest.param("posted", 3, "posted 3 d ago", id="posted"),
        pytest.param("saved", 12, "saved 12 d ago", id="saved, from LinkedIn's export"),
        pytest.param("applied", 0, "applied today", id="applied today"),
        pytest.param(
            "saved", None, "saved, date unknown (imported 2 d ago)", id="an unreadable date"
        ),
    ],
)
def test_the_freshness_reason_says_what_the_date_is(
    con: duckdb.DuckDBPyConnection, basis: str, days: int | None, expected: str
) -> None:
    posted = None if days is None else NOW - timedelta(days=days)
    lead = _context(date_basis=basis, posted_at=posted)
    assert _reason(con, lead, "freshness") == expected


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (NOW - timedelta(days=3), 1.0),
        (NOW + timedelta(days=11), 0.5),
        (NOW + timedelta(days=25), 0.25),
    ],
)
def test_freshness_counts_to_the_builds_clock_not_the_wall_clock(
    con: duckdb.DuckDBPyConnection, as_of: datetime, expected: float
) -> None:
    """Posted three days before NOW, with a half-life of 14 days."""
    weights = {s.name: float(s.name == "freshness") for s in SIGNALS}
    assert score(con, _context(as_of=as_of), weights) == pytest.approx(expected)


def test_an_undated_saved_job_is_as_fresh_as_its_import(con: duckdb.DuckDBPyConnection) -> None:
    weights = {s.name: float(s.name == "freshness") for s in SIGNALS}
    undated = _context(date_basis="saved", posted_at=None, first_seen=NOW - timedelta(days=14))
    assert score(con, undated, weights) == pytest.approx(0.5)


def _reason(con: duckdb.DuckDBPyConnection, lead: dict[str, object], name: str) -> str:
    """One signal's reason for one lead, as lead_signals renders it."""
    con.register("context_frame", pd.DataFrame([lead]))
    con.execute("delete from marts.lead_context")
    con.execute("insert into marts.lead_context by name select * from context_frame")
    signal = next(s for s in SIGNALS if s.name == name)
    rows = con.execute(f"select {signal.reason} from marts.lead_context").fetchall()
    assert len(rows) == 1
    return str(rows[0][0])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param({"duration_months": 6, "ir35": "outside"}, "contract 6 mo, outside IR35",
                     id="a length and a status"),
        pytest.param({"ir35": "inside"}, "contract, inside IR35", id="a status alone"),
        pytest.param({"duration_months": 6}, "contract 6 mo", id="no status, nothing said"),
        pytest.param({"duration_months": 12, "tax_terms": "w2_only"}, "contract 12 mo, W2 only",
                     id="a US contract on W2 only"),
        pytest.param({"tax_terms": "c2c"}, "contract, C2C ok", id="a US contract taking C2C"),
        pytest.param({"duration_months": 6, "hours_per_week": 33.6, "hours_per_week_max": 42.0},
                     "contract 6 mo, 33.6-42 h/wk", id="a range of hours, as a share gives it"),
        pytest.param({"hours_per_week": 20.0, "hours_per_week_max": 20.0}, "contract, 20 h/wk",
                     id="one load"),
        pytest.param({"engagement": "unknown", "hours_per_week": 28.0, "hours_per_week_max": 28.0},
                     "terms not stated, 28 h/wk", id="a load with no terms"),
    ],
)  # fmt: skip
def test_the_engagement_reason_names_a_contracts_ir35_status_or_tax_terms(
    con: duckdb.DuckDBPyConnection, values: dict[str, object], expected: str
) -> None:
    assert _reason(con, _context(**values), "engagement") == expected


def test_the_signals_read_no_column_their_kept_rows_are_not_made_again_for() -> None:
    """The kept signals are made again when a lead's kept row, its network path or a
    setting moves (`lead_signal_values_sql`): `marts.lead_context`'s columns from
    elsewhere (what is new since the last run, the day last seen, the attribution) would
    go stale."""
    for signal in SIGNALS:
        for text in (signal.value, signal.reason):
            assert not re.search(r"\b(is_new|last_seen|attribution)\b", text), signal.name


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        pytest.param(
            {"rate_min": 15000.0, "rate_max": 15000.0, "currency": "BRL", "rate_period": "month",
             "rate_vs_floor": "below", "hourly_min": 16.88, "hourly_max": 16.88,
             "rate_conversion": "160 h/month; BRL floor 18000/month",
             "rate_own_floor_said": "floor 18000/month"},
            "BRL 15k/mo below your BRL floor 18000/month",
            id="a rate in a currency with its own floor is held against it, unconverted",
        ),
        pytest.param(
            {"rate_min": 300.0, "rate_max": 300.0, "currency": "PHP", "rate_period": "hour",
             "rate_vs_floor": "above", "hourly_min": 5.1, "hourly_max": 5.1,
             "rate_conversion": "per hour; PHP floor 40000/month, ≈ 48000/month",
             "rate_own_floor_said": "floor 40000/month, ≈ 48000/month"},
            "PHP 300/h above your PHP floor 40000/month, ≈ 48000/month",
            id="paid by another period: in the unit of that floor",
        ),
        pytest.param(
            {"rate_min": 40.0, "rate_max": 40.0, "currency": "EUR", "rate_period": "hour",
             "rate_vs_floor": "below", "hourly_min": 43.2, "hourly_max": 43.2,
             "rate_conversion": "per hour; EUR→USD at 1.08"},
            "€40/h below your floor (≈ $43/h)",
            id="a currency with no floor of its own is converted, as ever",
        ),
    ],
)  # fmt: skip
def test_a_rate_names_the_floor_of_its_own_currency(
    con: duckdb.DuckDBPyConnection, rate: dict[str, object], expected: str
) -> None:
    lead = _context(hourly_currency="USD", **rate)
    assert _reason(con, lead, "rate") == expected


@pytest.mark.parametrize(
    ("currency", "sign", "rate", "expected"),
    [
        pytest.param("ZAR", "R", {"rate_min": 80e3, "rate_max": 95e3, "currency": "ZAR",
                     "rate_period": "month", "hourly_min": 500.0, "hourly_max": 593.75,
                     "rate_vs_floor": "above", "rate_conversion": "160 h/month"},
                     "R80k-95k/mo above your floor (≈ R500-594/h)", id="the rand as written"),
        pytest.param("ZAR", None, {"rate_min": 80e3, "rate_max": 95e3, "currency": "ZAR",
                     "rate_period": "month", "hourly_min": 500.0, "hourly_max": 593.75,
                     "rate_vs_floor": "above", "rate_conversion": "160 h/month"},
                     "ZAR 80k-95k/mo above your floor (≈ ZAR 500-594/h)", id="a code stays a code"),
        pytest.param("ZAR", "R", {"rate_min": 50.0, "rate_max": 50.0, "currency": "USD",
                     "rate_period": "hour", "hourly_min": 900.0, "hourly_max": 900.0,
                     "rate_vs_floor": "above", "rate_conversion": "per hour; USD→ZAR"},
                     "$50/h above your floor (≈ R900/h)", id="another currency keeps its own"),
        pytest.param("INR", "Rs", {"rate_min": 80e3, "rate_max": 80e3, "currency": "INR",
                     "rate_period": "month", "hourly_min": 500.0, "hourly_max": 500.0,
                     "rate_vs_floor": "above", "rate_conversion": "160 h/month"},
                     "Rs 80k/mo above your floor (≈ Rs 500/h)", id="a sign of letters is spaced"),
        pytest.param("CZK", "Kč", {"rate_min": 6e3, "rate_max": 8e3, "currency": "CZK",
                     "rate_period": "day", "hourly_min": 750.0, "hourly_max": 1000.0,
                     "rate_vs_floor": "above", "rate_conversion": "8 h/day"},
                     "6000-8000 Kč/day above your floor (≈ 750-1000 Kč/h)",
                     id="the crown after its amount, as Czech writes it"),
    ],
)  # fmt: skip
def test_money_in_the_users_currency_is_shown_as_they_write_it(
    con: duckdb.DuckDBPyConnection,
    currency: str,
    sign: str | None,
    rate: dict[str, object],
    expected: str,
) -> None:
    lead = _context(hourly_currency=currency, hourly_currency_sign=sign, **rate)
    assert _reason(con, lead, "rate") == expected


@pytest.mark.parametrize(
    ("scope", "regions", "reason", "expected"),
    [
        ("onsite", [], "only for nationals of SA ('Saudi nationals only'); you: EG",
         "onsite; not eligible: only for nationals of SA ('Saudi nationals only'); you: EG"),
        ("region", ["US"], "needs the right to work in US ('No visa sponsorship'); you: IN",
         "remote US; not eligible: needs the right to work in US ('No visa sponsorship');"
         " you: IN"),
    ],
)  # fmt: skip
def test_a_passport_or_papers_the_user_lacks_are_named_not_the_place(
    con: duckdb.DuckDBPyConnection, scope: str, regions: list[str], reason: str, expected: str
) -> None:
    """The place would do; the user's citizenship or right to work would not: the
    reason says it whole."""
    lead = _context(
        eligibility="not_eligible", eligibility_reason=reason, remote_scope=scope,
        remote_regions=regions,
    )  # fmt: skip
    assert _reason(con, lead, "eligibility") == expected
