"""evaluation.run.lead_rows: each lead's rank, its reason for leaving the ranking
(ranked_leads.excluded_reason) and its postings."""

from __future__ import annotations

import duckdb
import pytest

from evaluation.run import LeadRow, lead_rows

_LEADS = """
    create schema staging;
    create table staging.lead_members (lead_id varchar, source varchar, source_id varchar);
    insert into staging.lead_members values
        ('L1', 'hackernews', '1'), ('L2', 'hackernews', '2'), ('L2', 'greenhouse', '9'),
        ('L3', 'lever', 'x'), ('L4', 'ashby', 'y'), ('L5', 'remotive', 'z');
    create table leads (lead_id varchar, rank integer, kind varchar, is_closed boolean,
        status varchar, eligibility varchar, red_flags varchar[]);
    insert into leads values
        ('L1', 1, 'demand', false, 'new', 'eligible', []),
        ('L2', null, 'demand', false, 'new', 'not_eligible', []),
        ('L3', null, 'supply', false, 'new', 'eligible', []),
        ('L4', null, 'demand', false, 'new', 'review', ['fee to start']),
        ('L5', null, 'demand', true, 'new', 'eligible', []);
"""


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    connection.execute(_LEADS)
    return connection


def _by_id(rows: list[LeadRow]) -> dict[str, LeadRow]:
    return {row.lead_id: row for row in rows}


def test_excluded_reason_is_used_when_ranked_leads_has_it(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """create view main.ranked_leads as select *,
           case when rank is null then 'reason of ' || lead_id end as excluded_reason
           from leads"""
    )
    leads = _by_id(lead_rows(con))
    assert sorted(leads["L2"].members) == [("greenhouse", "9"), ("hackernews", "2")]
    assert leads["L1"].reason is None
    assert leads["L4"].reason == "reason of L4"
