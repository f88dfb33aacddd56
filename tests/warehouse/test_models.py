"""dbt-style data tests from each model's header, run on the built demo warehouse.

Every `.sql` model, and every table a Python step fills (`tables/`), opens with
`-- grain`, `-- key: a, b` (unique, not null) and optionally `-- accepted: column in (x,
y)` lines; this reads them and checks the data. A file declaring several tables gives
each its own header.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from warehouse import lead_content
from warehouse.db import connect, sql_files
from warehouse.ranking.signals import SIGNALS, lead_scores_sql

_CREATE = re.compile(
    r"create (?:or replace )?(?:view|table) (?:if not exists )?([\w.]+)", re.IGNORECASE
)
_KEY = re.compile(r"^-- key: (.+?)(?:\s{2,}.*)?$", re.MULTILINE)
_ACCEPTED = re.compile(r"^-- accepted: (\w+) in \(([^)]*)\)$", re.MULTILINE)


def _models() -> list[tuple[str, str]]:
    """(file, its header and statement) for each table or view a header describes."""
    return [
        (f"{folder}/{name}", part)
        for folder in ("staging", "marts", "tables")
        for name, text in sql_files(folder)
        for part in re.split(r"\n(?=-- grain:)", text)
        if "-- grain:" in part
    ]


MODELS = _models()


@pytest.fixture(scope="module")
def con(built_demo: Path):
    connection = connect(built_demo / "leads.duckdb", read_only=True)
    yield connection
    connection.close()


def test_every_model_has_a_grain_and_a_key() -> None:
    assert MODELS
    for name, text in MODELS:
        assert _CREATE.search(text), name
        assert _KEY.search(text), f"{name} has no -- key: header"


@pytest.mark.parametrize(("name", "text"), MODELS, ids=[name for name, _ in MODELS])
def test_model_keys_are_unique_and_not_null(con, name: str, text: str) -> None:
    table = _CREATE.search(text).group(1)  # type: ignore[union-attr]
    key = _KEY.search(text).group(1)  # type: ignore[union-attr]
    rows, distinct, nulls = con.execute(
        f"select count(*), count(distinct ({key})), "
        f"count(*) filter (where {' or '.join(f'{k} is null' for k in key.split(', '))}) "
        f"from {table}"
    ).fetchone()
    assert rows > 0, f"{table} is empty in the demo warehouse"
    assert (distinct, nulls) == (rows, 0), f"{table}: key ({key}) not unique or null"


@pytest.mark.parametrize(("name", "text"), MODELS, ids=[name for name, _ in MODELS])
def test_model_columns_hold_accepted_values(con, name: str, text: str) -> None:
    table = _CREATE.search(text).group(1)  # type: ignore[union-attr]
    for column, values in _ACCEPTED.findall(text):
        accepted = [v.strip() for v in values.split(",")]
        seen = {r[0] for r in con.execute(f"select distinct {column} from {table}").fetchall()}
        assert seen <= set(accepted), f"{table}.{column}: {seen - set(accepted)}"


def test_a_lead_of_one_posting_reads_as_the_aggregation_would_read_it(demo_dir: Path) -> None:
    """A lead's row takes a one-posting lead's columns as they are, apart from the
    aggregation of merged leads: both ways must give the same rows (a column added to
    one branch only would come out null in the other)."""
    sql = lead_content.rows_sql()
    single, merged = "where count_postings = 1", "where count_postings > 1"
    assert sql.count(single) == 2 and sql.count(merged) == 2
    aggregated = (
        sql.replace("insert into staging.lead_content by name", "create table aggregated as")
        .replace(single, "where false")
        .replace(merged, "where true")
    )
    con = connect(demo_dir / "leads.duckdb")
    con.execute(lead_content.INPUTS, [lead_content.version()])
    con.execute("create temp table touched_leads as select lead_id, 0 as batch from lead_inputs")
    lead_content.pick_touched_rows(con)
    con.execute(aggregated)
    (singles,) = con.execute(
        "select count(*) from staging.lead_content where count_postings = 1"
    ).fetchone() or (0,)
    (merges,) = con.execute(
        "select count(*) from staging.lead_content where count_postings > 1"
    ).fetchone() or (0,)
    differ = con.execute(
        "select count(*) from ((from staging.lead_content except all from aggregated) "
        "union all (from aggregated except all from staging.lead_content))"
    ).fetchone()
    con.close()
    assert singles > 10 and merges > 0
    assert differ == (0,)


def test_a_leads_skills_keep_the_order_its_postings_name_them(con) -> None:
    # the demo profile's skills, strongest first as the readers list them
    order = ["python", "dbt", "duckdb", "airflow", "postgres"]
    rows = con.execute(
        "select l.skills_matched from marts.leads as l where len(l.skills_matched) > 1"
    ).fetchall()
    assert rows and any(len(skills) == len(order) for (skills,) in rows)
    for (skills,) in rows:
        assert skills == sorted(skills, key=order.index), skills
        assert len(set(skills)) == len(skills)


def test_why_gives_a_lead_left_out_its_reason_once(con) -> None:
    rows = con.execute(
        "select why, excluded_reason from marts.ranked_leads where excluded_reason is not null"
    ).fetchall()
    assert any(reason == "no match to your skills or roles" for _, reason in rows)
    assert any(reason.startswith("not eligible: ") for _, reason in rows)
    for why, reason in rows:
        # eligibility's reason says where and why not: "hybrid in DE not eligible
        # (profile is remote-only)", then a bare "left out"
        if reason.startswith("not eligible: "):
            grounds = reason.split("; ", 1)[1:]  # "you: EU, DE", "profile is remote-only"
            assert why.count("not eligible") == 1 and all(why.count(g) == 1 for g in grounds)
        else:
            assert why.count(reason) == 1, why
        assert "left out" in why


def test_the_context_of_some_leads_reads_as_every_leads_context_does(con) -> None:
    """The kept signals render the context of the leads they make again only
    (`marts.context_of`): each lead's row, its attribution and vouched flags included,
    is the one the view of every lead gives."""
    con.execute(
        "create or replace temp view some_leads as select * from marts.leads "
        "where hash(lead_id) % 3 = 0 or len(sources) > 1"
    )
    some = "select * from marts.context_of('some_leads')"
    every = "select * from marts.lead_context semi join some_leads using (lead_id)"
    (count,) = con.execute(f"select count(*) from ({some})").fetchone()
    differ = con.execute(
        f"select (select count(*) from (({some}) except all ({every}))), "
        f"(select count(*) from (({every}) except all ({some})))"
    ).fetchone()
    assert count > 5 and differ == (0, 0)
    con.execute("drop view some_leads")


def test_a_score_does_not_depend_on_the_order_its_signals_are_summed_in() -> None:
    """0.3 + 0.6 + 0.00015 is 0.90015 in one order and 0.9001499... in another as floats:
    rounded, 0.9002 or 0.9001, so the order the signals are written in could move a
    lead's score."""
    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute("create schema staging")
    names = [s.name for s in SIGNALS]
    # the kept signals' exact sum (fit 0.3, rate 0.6), freshness 1 as of the build's clock
    con.execute(
        "create table staging.lead_signal_cache as select 'a' as lead_id, "
        "0.9::decimal(18, 12) as kept_sum, []::bigint[] as kept_keys, "
        "[]::varchar[] as kept_reasons, timestamptz '2026-12-07 08:00:00+00' as posted_at, "
        "posted_at as first_seen, 'posted' as date_basis"
    )
    con.execute(
        "create table marts.ranking_settings as select "
        "timestamptz '2026-12-07 08:00:00+00' as as_of, 14.0 as freshness_half_life_days"
    )
    con.execute("create table marts.signal_weights (signal varchar, weight double)")
    # contributions 0.3, 0.6 and 0.00015 (and 0 of network's), over weights summing to 1
    weights = {"fit": 0.3, "rate": 0.6, "freshness": 0.00015, "network": 0.09985}
    con.executemany(
        "insert into marts.signal_weights values (?, ?)",
        [(name, weights.get(name, 0.0)) for name in names],
    )
    con.execute(lead_scores_sql())
    assert round(0.3 + 0.6 + 0.00015, 4) != round(0.00015 + 0.6 + 0.3, 4)  # the floats' trap
    assert con.execute("select score from marts.lead_scores").fetchall() == [(0.9002,)]
