"""Several contacts reach one lead: the draft goes to the first `leads show` lists."""

from pathlib import Path

import duckdb

from leads.show import _PATHS
from warehouse.intro import other_paths

_VIEW = Path(__file__).parents[2] / "warehouse" / "marts" / "lead_contacts.sql"


def test_ties_of_strength_fall_alike_in_the_draft_its_other_ways_and_show() -> None:
    con = duckdb.connect()
    con.execute("create schema staging; create schema marts")
    con.execute(
        "create table staging.lead_paths (lead_id varchar, person_id varchar, network_path"
        " varchar, network_via varchar, network_strength double, is_hiring boolean)"
    )
    con.execute("create table staging.people (person_id varchar, name varchar, handles json)")
    people = [("P1", "Ines Brandt", 0.5), ("P2", "Rahul Sen", 0.8), ("P3", "Lena Roth", 0.8)]
    for person, name, strength in people:
        con.execute(
            "insert into staging.lead_paths values ('L1', ?, ?, 'via', ?, false)",
            [person, f"{name} (LinkedIn, connected 2024)", strength],
        )
        con.execute("insert into staging.people values (?, ?, '{}')", [person, name])
    con.execute(_VIEW.read_text())
    (written_to,) = con.execute("select contact from marts.lead_contacts").fetchone() or ()
    shown = [path for path, _ in con.execute(_PATHS, ["L1"]).fetchall()]
    assert shown[0].startswith(written_to)  # the closest first, as the draft chooses
    assert other_paths(con, "L1") == shown[1:]  # then the rest, strongest first
    assert shown[-1].startswith("Ines Brandt")
