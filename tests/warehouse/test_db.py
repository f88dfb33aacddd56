import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse import db
from warehouse.network.store import import_network, refresh_people


def test_a_fresh_warehouse_gets_every_migration(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    applied = [r[0] for r in con.execute("select name from _migrations order by name").fetchall()]
    assert applied == [name for name, _ in db.migrations()]
    assert db.pending(con) == []
    assert db.migrate(con) == []


def test_an_older_warehouse_upgrades_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    first_name, first_sql = db.sql_files("migrations")[0]
    con = duckdb.connect(str(path))
    con.execute("create table _migrations (name varchar primary key, applied_at timestamptz)")
    con.execute(first_sql)
    con.execute("insert into _migrations values (?, now())", [first_name])
    con.execute("insert into main.runs (run_id, started_at) values ('old-run', now())")
    con.execute(
        "insert into raw.responses (run_id, source, url, scope, status, not_modified, "
        "content_hash, fetched_at) values ('old-run', 'remotive', 'u', 's', 200, false, 'h', now())"
    )
    con.close()
    con = db.connect(path)
    assert db.pending(con) == []
    # state moved to its own schema with its data; the old names read it for one release
    assert con.execute("select run_id from state.runs").fetchall() == [("old-run",)]
    assert con.execute("select run_id from main.runs").fetchall() == [("old-run",)]
    assert con.execute("select response_id, url from raw.responses").fetchall() == [(1, "u")]
    con.execute(
        "insert into state.responses (run_id, source, url, scope, status, not_modified, "
        "content_hash, fetched_at) values ('new', 'remotive', 'v', 's', 200, false, 'h', now())"
    )
    ids = con.execute("select response_id from state.responses order by 1").fetchall()
    assert ids == [(1,), (2,)]  # the key's sequence goes on where the old one stopped
    # derived tables are the build's: declared, created empty until a build fills them
    assert con.execute("select count(*) from staging.posting_features").fetchone() == (0,)
    assert con.execute("select count(*) from ranked_leads").fetchone() == (0,)


def test_reading_a_missing_warehouse_says_what_to_do(tmp_path):
    with pytest.raises(db.WarehouseError, match="run `leads run`"):
        db.connect(tmp_path / "none.duckdb", read_only=True)


def test_a_locked_warehouse_is_a_clear_message():
    message = db._explain(
        __import__("pathlib").Path("w.duckdb"),
        'IO Error: Could not set lock on file "w.duckdb": Conflicting lock is held in '
        "/usr/bin/python3 (PID 4242)",
    )
    assert message == "w.duckdb: a run is writing the warehouse (PID 4242); try again when it ends"


def test_readers_cannot_write(tmp_path):
    db.connect(tmp_path / "w.duckdb").close()
    con = db.connect(tmp_path / "w.duckdb", read_only=True)
    with pytest.raises(duckdb.Error):
        con.execute("delete from state.runs")


def test_no_connection_draws_duckdbs_progress_bar_into_the_output(tmp_path):
    # DuckDB's own bar is on where stdout is a file or pipe (pytest's capture turns it
    # off, hence a process of its own) and goes to stdout past two seconds:
    # `leads sql ... > out.csv` would carry it
    path = tmp_path / "w.duckdb"
    db.connect(path).close()
    script = (
        "import sys, duckdb; from warehouse import db\n"
        "setting = \"select current_setting('enable_progress_bar')\"\n"
        "print(duckdb.connect().execute(setting).fetchone()[0])\n"
        "for mode in ({}, {'read_only': True}, {'sandbox': True}):\n"
        "    con = db.connect(sys.argv[1], **mode)\n"
        "    print(con.execute(setting).fetchone()[0])\n"
        "    con.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
        cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert done.stdout.split() == ["True", "False", "False", "False"]


def test_the_sandbox_configuration_stays_locked(tmp_path):
    db.connect(tmp_path / "w.duckdb").close()
    con = db.connect(tmp_path / "w.duckdb", sandbox=True)
    for setting in ("enable_external_access = true", "enable_progress_bar = true"):
        with pytest.raises(duckdb.InvalidInputException, match="locked"):
            con.execute(f"set {setting}")


def test_contacts_known_by_name_alone_are_keyed_apart_in_place(tmp_path):
    """Two Facebook friends of one name were one contact; stored keys take the new form
    (whatever the session's time zone), so the next import finds them unchanged."""
    friends = [{"name": "Maria Garcia", "timestamp": 1613347200}, {"name": "Ben Okoro"}]
    export = tmp_path / "your_friends.json"
    export.write_text(json.dumps({"friends_v2": friends}), encoding="utf-8")
    con = db.connect(tmp_path / "w.duckdb")
    import_network(con, [str(export)])
    con.execute(  # the keys as the release before wrote them
        "update state.network_contacts set contact_key = 'facebook:friend:name:maria garcia|' "
        "where name = 'Maria Garcia'"
    )
    con.execute("delete from _migrations where name = '0011_key_namesakes_apart.py'")
    con.execute("set TimeZone = 'America/New_York'")
    assert db.migrate(con) == ["0011_key_namesakes_apart.py"]
    query = "select contact_key from state.network_contacts order by 1"
    keys = [row[0] for row in con.execute(query).fetchall()]
    assert keys == [
        "facebook:friend:name:ben okoro|",
        "facebook:friend:name:maria garcia||2021-02-15T00:00:00+00:00",
    ]
    _, again = import_network(con, [str(export)])
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    assert len(refresh_people(con)) == 2
    unlinked = "select count(*) from staging.person_contacts anti join state.network_contacts "
    assert con.execute(unlinked + "using (contact_key)").fetchone() == (0,)
