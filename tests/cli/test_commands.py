"""The `leads` commands over a built demo warehouse: exit codes and what they print."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from leads.__main__ import app

runner = CliRunner()


def leads(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_top_lists_ranked_leads_with_why(demo_dir: Path) -> None:
    code, out = leads("top", "-n", "3", "--config", str(demo_dir / "leads.toml"))
    assert code == 0
    assert "top leads" in out
    assert "matched" in out
    code, out = leads("top", "--new", "-n", "100", "--config", str(demo_dir / "leads.toml"))
    assert (code, "new top leads" in out, "matched" in out) == (0, True, True)
    # as the digest: a new lead below the rate floor is counted after the table
    assert "below your floor" not in out
    assert "3 more new leads below your rate floor: ranked last in `leads top`" in out


def test_top_leaves_no_blank_line_for_a_lead_without_a_company() -> None:
    from rich.console import Console

    from leads.top import leads_table

    row = (1, "L1", 0.9, "SEEKING FREELANCER | dbt", None, "dbt matched", "new", "https://x.ex")
    console = Console(width=80, record=True)
    console.print(leads_table([row], title="top leads"))
    lines = [line.split("│")[3].strip() for line in console.export_text().splitlines()[4:-1]]
    assert lines == ["SEEKING FREELANCER | dbt", "https://x.ex", "L1"]


def test_sql_is_read_only_and_formats_json_and_csv(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    code, out = leads(
        "sql", "select rank, lead_id from ranked_leads where rank <= 3 order by rank",
        "--format", "json", "--config", config,
    )  # fmt: skip
    assert code == 0
    rows = json.loads(out)
    assert [row["rank"] for row in rows] == [1, 2, 3]
    code, out = leads("sql", "select 1 as one", "-f", "csv", "--config", config)
    assert (code, out.splitlines()) == (0, ["one", "1"])
    code, out = leads("sql", "delete from state.runs", "--config", config)
    assert code == 2
    assert "read-only" in out.lower() or "query failed" in out


def test_sql_excel_is_csv_for_excel_whatever_the_format(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    result = runner.invoke(app, ["sql", "select 1 as one", "--excel", "--config", config])
    assert (result.exit_code, result.stdout_bytes) == (0, b"\xef\xbb\xbfone\n1\n")
    for other in ("json", "markdown"):
        result = runner.invoke(app, ["sql", "select 1", "--excel", "-f", other, "-c", config])
        assert result.exit_code == 2 and f"leave out --format {other}" in result.output


def test_sql_markdown_is_a_pipe_table_whose_rows_never_split(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    query = "select 1 as n, 'a | b' as piped, 'two\nlines' as text, null as nothing"
    code, out = leads("sql", query, "--format", "markdown", "--config", config)
    assert code == 0
    assert out.splitlines() == [
        "| n | piped | text | nothing |",
        "| --- | --- | --- | --- |",
        "| 1 | a \\| b | two lines |  |",
    ]


def test_export_escapes_formula_cells(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    from warehouse.db import connect
    from warehouse.pipeline import refresh

    con = connect(demo_dir / "leads.duckdb")
    con.execute(
        "update staging.lead_content set title = '=HYPERLINK(\"http://x\")' where source = 'lever'"
    )
    con.execute("update staging.lead_content set company = '@evil' where source = 'lever'")
    refresh(con, "marts.leads")  # what reads the tampered table sees it
    con.close()
    target = demo_dir / "out.csv"
    code, out = leads("export", "--csv", str(target), "--all", "--config", config)
    assert code == 0
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    assert "attribution" in rows[0]
    lever = [row for row in rows if "lever" in row["sources"]]
    assert lever
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
    assert any(row["title"].startswith("'=HYPERLINK") for row in lever)


def test_export_keeps_your_note_follow_up_and_why_a_lead_is_left_out(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    code, out = leads(
        "sql", "select lead_id from ranked_leads where rank = 1", "-f", "csv", "--config", config
    )
    lead_id = out.splitlines()[1]
    note = 'sent CV, "rate €95", call\nMonday'
    code, out = leads(
        "mark", lead_id, "applied", "--note", note, "--follow-up", "2027-01-04", "--config", config
    )
    assert code == 0, out
    target = demo_dir / "all.csv"
    assert leads("export", "--csv", str(target), "--all", "--config", config)[0] == 0
    with target.open(encoding="utf-8", newline="") as handle:
        rows = {row["lead_id"]: row for row in csv.DictReader(handle)}
    assert (rows[lead_id]["note"], rows[lead_id]["follow_up"]) == (note, "2027-01-04")
    left_out = [row for row in rows.values() if not row["rank"]]
    assert left_out and all(row["excluded_reason"] for row in left_out)
    # legitimacy to four decimals, as the score
    assert all(len(row["legitimacy"].partition(".")[2]) <= 4 for row in rows.values())


def test_export_names_the_languages_a_lead_requires(demo_dir: Path) -> None:
    """As codes a sheet filters on; a lead that asks for none has empty cells."""
    config = str(demo_dir / "leads.toml")
    target = demo_dir / "all.csv"
    assert leads("export", "--csv", str(target), "--all", "--config", config)[0] == 0
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    german = next(row for row in rows if row["title"].startswith("Customer Support Specialist"))
    assert german["languages_required"] == "de" and german["languages_preferred"] == ""
    assert any(row["languages_required"] == "" for row in rows)


def test_export_has_what_a_sheet_sorts_and_filters_by(demo_dir: Path) -> None:
    """Rates in your currency per hour (a sheet cannot compare €/day with $/h), where to
    apply, when you first saw the lead, and times a sheet reads as times."""
    config = str(demo_dir / "leads.toml")
    target = demo_dir / "sheet.csv"
    assert leads("export", "--csv", str(target), "--config", config)[0] == 0
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    day_rate = next(row for row in rows if row["rate_period"] == "day")
    hourly = float(day_rate["hourly_min"])
    assert 0 < hourly < float(day_rate["rate_min"]) and day_rate["hourly_max"]
    # the warehouse's names, and the currency they are in (the profile's, not the posting's)
    assert {row["hourly_currency"] for row in rows} == {"USD"}
    assert any(row["apply_url"] and row["apply_url"] != row["url"] for row in rows)
    for row in rows:
        for column in ("posted_at", "first_seen"):
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", row[column]), row[column]


def test_export_reads_back_in_pandas_as_the_readme_says(demo_dir: Path) -> None:
    """The columns the README lists, in order; a list is one cell split on " | "."""
    import pandas as pd

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("- All the columns, in order: `", 1)[1].split("`", 1)[0]
    target = demo_dir / "sheet.csv"
    assert leads("export", "--csv", str(target), "--config", str(demo_dir / "leads.toml"))[0] == 0
    sheet = pd.read_csv(target, encoding="utf-8")
    assert list(sheet.columns) == re.split(r",\s+", listed)
    assert sheet["score"].dtype == float and sheet["is_new"].dtype == bool
    sources = sheet["sources"].str.split(" | ", regex=False)
    assert any(len(names) > 1 for names in sources)
    assert all(name and "|" not in name for names in sources for name in names)


_DECIMALS = ("score", "rate_min", "rate_max", "hourly_min", "hourly_max", "legitimacy")


def test_export_for_a_decimal_comma_excel(demo_dir: Path) -> None:
    """`--excel --decimal-comma`: the same rows, read back with ";" and numbers with ","."""
    config = str(demo_dir / "leads.toml")
    plain, local = demo_dir / "plain.csv", demo_dir / "local.csv"
    assert leads("export", "--csv", str(plain), "--config", config)[0] == 0
    code, out = leads("export", "--csv", str(local), "--excel", "--decimal-comma", "-c", config)
    assert code == 0 and out.startswith("wrote ")
    with plain.open(encoding="utf-8", newline="") as handle:
        expected = list(csv.DictReader(handle))
    with local.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == len(expected) > 0
    for row, before in zip(rows, expected, strict=True):
        for column, value in before.items():
            if column in _DECIMALS:
                assert row[column] == value.replace(".", ","), column
            else:
                assert row[column] == value, column
    assert any("," in row["score"] for row in rows)


RANKED_AND_LEFT_OUT = (
    "select count(rank) as ranked, count(*) - count(rank) as left_out from ranked_leads"
)


def test_mark_survives_a_rebuild_and_ignored_leaves_the_ranking(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    code, out = leads(
        "sql", "select lead_id from ranked_leads where rank = 1", "-f", "csv", "--config", config
    )
    lead_id = out.splitlines()[1]
    assert leads("mark", lead_id, "ignored", "--config", config)[0] == 0
    code, out = leads("rebuild", "--config", config)
    assert code == 0
    counts = json.loads(leads("sql", RANKED_AND_LEFT_OUT, "-f", "json", "--config", config)[1])
    assert "ranking rebuilt: {ranked} ranked leads, {left_out} left out".format(**counts[0]) in out
    code, out = leads(
        "sql", f"select status, rank from ranked_leads where lead_id = '{lead_id}'",
        "-f", "json", "--config", config,
    )  # fmt: skip
    assert json.loads(out) == [{"status": "ignored", "rank": None}]
    assert leads("mark", "Lnosuchlead00", "applied", "--config", config)[0] == 2


def _rebuilt_with_the_demo_network(tmp_path: Path, settings: str) -> str:
    """`leads rebuild`'s output in a folder of these settings and the demo's network."""
    network = Path(__file__).parents[2] / "leads" / "demo" / "network"
    config = tmp_path / "leads.toml"
    config.write_text(settings, encoding="utf-8")
    assert leads("network", "import", str(network), "--config", str(config))[0] == 0
    code, out = leads("rebuild", "--config", str(config))
    assert code == 0, out
    return out


def test_rebuild_of_a_warehouse_without_responses_says_so(tmp_path: Path) -> None:
    out = _rebuilt_with_the_demo_network(tmp_path, "[profile]\nskills = ['python']\n")
    assert "no stored responses to re-parse" in out
    assert "ranking rebuilt: " in out


def test_rebuild_says_new_mail_needs_a_run_only_when_mail_is_configured(tmp_path: Path) -> None:
    out = _rebuilt_with_the_demo_network(tmp_path, "[profile]\nskills = ['python']\n")
    assert "leads run --only inbox" not in out  # no mail configured: nothing to say
    out = _rebuilt_with_the_demo_network(
        tmp_path, "[profile]\nskills = ['python']\n[sources.inbox]\npaths = ['my-mail.mbox']\n"
    )
    assert "new mail is read by `leads run --only inbox`" in out


def test_rebuild_names_a_location_that_is_no_place(tmp_path: Path) -> None:
    out = _rebuilt_with_the_demo_network(
        tmp_path, "[profile]\nskills = ['python']\nlocations = ['IST', 'Bangalroe', 'Austin, TX']\n"
    )
    assert "warning: profile.locations[0]: 'IST' is no place" in out
    assert "profile.locations[1]: 'Bangalroe' is no place warmleads knows; did you mean" in out
    assert "locations[2]" not in out


def test_network_summary_before_anyone_is_imported_says_how(tmp_path: Path) -> None:
    config = tmp_path / "leads.toml"
    config.write_text("[profile]\nskills = ['python']\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not an export\n", encoding="utf-8")
    assert leads("network", "import", str(tmp_path / "notes.txt"), "--config", str(config))[0] == 1
    code, out = leads("network", "--config", str(config))
    assert code == 0
    assert " ".join(out.split()) == (
        "no one in your network yet: `leads network import PATH` reads your exports"
    )


def test_network_summary_dates_the_last_import_in_the_users_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `leads show`, `due` and the report do: `[schedule] timezone`, named."""
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "Connections.csv").write_text(_CONNECTIONS, encoding="utf-8")
    config = tmp_path / "leads.toml"
    config.write_text(
        "[profile]\nskills = ['figma']\n[schedule]\ntimezone = 'Asia/Tokyo'\n", encoding="utf-8"
    )
    monkeypatch.setenv("LEADS_NOW", "2026-12-07T23:30+00:00")
    assert leads("network", "import", str(exports), "--config", str(config))[0] == 0
    code, out = leads("network", "--config", str(config))
    assert code == 0, out
    assert "last import: 2026-12-08 08:30 JST" in out


def test_network_summary_and_reimport_changes_nothing(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    code, out = leads("network", "--config", config)
    assert code == 0
    assert "linkedin" in out
    network = Path(__file__).parents[2] / "leads" / "demo" / "network"
    code, out = leads("network", "import", str(network), "--config", config)
    assert code == 0
    assert "0 new, 0 updated" in out


def test_network_paths_name_the_contact(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    code, out = leads(
        "sql", "select network_path from ranked_leads where network_path like 'Rahul Sen%'",
        "-f", "csv", "--config", config,
    )  # fmt: skip
    assert code == 0
    assert "Rahul Sen, Engineering Manager at Kestrel Robotics" in out
    assert "LinkedIn, connected 2024" in out


def test_init_writes_a_config_that_loads(tmp_path: Path) -> None:
    from flows.config import load_config

    assert leads("init", str(tmp_path))[0] == 0
    config = load_config(tmp_path / "leads.toml")
    assert "hackernews" in config.sources
    assert leads("init", str(tmp_path))[0] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["top", "--config", "missing.toml"], "no such config file"),
        (["run", "--config", "{empty}"], "no [sources.*] table"),
        (["top", "--config", "{nowarehouse}"], "no warehouse yet"),
    ],
    ids=["a missing config", "a config without sources", "a warehouse never built"],
)
def test_usage_and_config_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("[profile]\nskills = ['python']\n", encoding="utf-8")
    args = [a.format(empty=empty, nowarehouse=empty) for a in args]
    code, out = leads(*args)
    assert code == 2
    assert message in out


def test_network_boards_finds_a_contacts_board_and_adds_it(demo_dir: Path, httpserver) -> None:
    from extractors._discovery import apis
    from flows.config import load_config

    httpserver.no_handler_status_code = 404
    httpserver.expect_request("/v1/boards/fernhillanalytics").respond_with_json(
        {"name": "Fernhill Analytics", "content": "<p>Data for good.</p>"}
    )
    config_path = demo_dir / "leads.toml"
    base = httpserver.url_for("/").rstrip("/")
    text = config_path.read_text(encoding="utf-8")
    for source in apis():  # every ATS discovery asks: none on the internet
        text = text.replace(
            f"[sources.{source}]\nbase_url = ", f"[sources.{source}]\nbase_url = '{base}' #"
        )
    config_path.write_text(text.replace("min_interval = 0.05", "min_interval = 0"), "utf-8")
    code, out = leads("network", "boards", "--add", "--config", str(config_path))
    assert code == 0, out
    assert "fernhillanalytics" in out
    assert load_config(config_path).sources["greenhouse"].boards == (
        "fernhill",
        "fernhillanalytics",
    )
    probed = {request.path for request, _ in httpserver.log}
    assert "/v1/boards/kestrelrobotics" in probed
    assert not any(path.startswith("/v1/boards/fernhill/") for path in probed)


def test_network_boards_offline_names_each_ats_once_and_finds_nothing(demo_dir: Path) -> None:
    from conftest import free_port

    from extractors._discovery import apis

    config_path = demo_dir / "leads.toml"
    text = config_path.read_text(encoding="utf-8")
    for source in apis():  # nothing listens there: how offline looks
        text = text.replace(
            f"[sources.{source}]\nbase_url = ",
            f"[sources.{source}]\nbase_url = 'http://127.0.0.1:{free_port()}' #",
        )
    quick = "min_interval = 0\nmax_retries = 0"  # [http] holds for discovery too
    config_path.write_text(text.replace("min_interval = 0.05", quick), "utf-8")
    code, out = leads("network", "boards", "--config", str(config_path))
    assert code == 1, out
    said = " ".join(out.split())
    assert f"no boards found, but {len(apis())} probes failed (above)" in said
    assert "were not all checked" in said
    for source in apis():
        assert out.count(f"{source}: ") == 1, out


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        ({}, "no lead is in the ranking; 1 left out: `leads top --flagged` says why"),
        ({"new": True}, "no new lead is in the ranking"),
        ({"flagged": True, "new": True}, "no new lead is left out of the ranking"),
    ],
)
def test_top_says_why_it_lists_nothing_rather_than_an_empty_table(
    capsys: pytest.CaptureFixture[str], flags: dict[str, bool], said: str
) -> None:
    import duckdb

    from leads.top import show_top

    con = duckdb.connect()
    con.execute(
        "create table ranked_leads as select null::int as rank, 'L1' as lead_id, 0.4 as score, "
        "'Django Developer' as title, 'Tidewater' as company, 'left out: not eligible' as why, "
        "'new' as status, 'https://example.com/1' as url, false as is_new, true as meets_floor"
    )
    show_top(con, 20, **flags)
    assert " ".join(capsys.readouterr().out.split()) == said


def test_network_import_names_each_file_of_a_long_named_archive(
    demo_dir: Path, tmp_path: Path
) -> None:
    """LinkedIn names its archive at length: the files in it, not that name, say which
    one was not recognised."""
    import zipfile

    archive = tmp_path / "Basic_LinkedInDataExport_11-01-2026_with_a_long_suffix.zip"
    network = Path(__file__).parents[2] / "leads" / "demo" / "network"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(network / "Connections.csv", "Connections.csv")
        zipped.writestr("Jobs/Job Seeker Preferences.csv", "Locations,Job Titles\nEU,Data\n")
        zipped.writestr(
            "Jobs/Saved Jobs.csv",
            "Saved Date,Job Url,Job Title,Company Name\n"
            '"11/28/26, 2:15 PM",https://www.linkedin.com/jobs/view/4382380620/,'
            "Data Engineer,Acme\n",
        )
    code, out = leads("network", "import", str(archive), "--config", str(demo_dir / "leads.toml"))
    assert code == 0, out
    assert f"imported from {archive.name}" in out
    assert "Jobs/Job Seeker Preferences.csv │ not recognised" in out
    assert "…" not in out
    assert "; 1 linkedin posting\nyour network: " in out


def test_mark_show_and_the_report_take_the_id_another_copy_of_the_job_gives(
    demo_dir: Path,
) -> None:
    """A warehouse that saw the saved job before the board names the lead after it: that
    id, from notes or a link, reaches the same lead here."""
    from warehouse.lead_ids import posting_id

    config = ["--config", str(demo_dir / "leads.toml")]
    elsewhere = posting_id("linkedin", "4390011223")
    code, out = leads(
        "sql",
        "select lead_id from staging.lead_members where "
        "source = 'linkedin' and source_id = '4390011223'",
        "-f",
        "csv",
        *config,
    )
    here = out.splitlines()[1]
    assert code == 0 and here != elsewhere
    code, out = leads("mark", elsewhere, "shortlisted", *config)
    assert code == 0, out
    code, out = leads("show", elsewhere.lower(), *config)
    assert code == 0 and here in out and "shortlisted" in out
    leads("report", "--out", str(demo_dir / "r.html"), *config)
    assert f'<span id="{elsewhere}"></span>' in (demo_dir / "r.html").read_text(encoding="utf-8")


def test_a_warehouse_built_by_an_earlier_version_asks_for_a_rebuild(demo_dir: Path) -> None:
    """A mart without a column this version's models add: one line naming the fix, and
    `leads rebuild` makes it read again."""
    from warehouse.db import connect

    config = str(demo_dir / "leads.toml")
    con = connect(demo_dir / "leads.duckdb")
    con.execute("alter table marts.lead_ranking drop column hourly_currency")
    con.close()
    target = demo_dir / "old.csv"
    code, out = leads("export", "--csv", str(target), "--config", config)
    assert code == 2 and "built by an earlier warmleads" in out and "leads rebuild" in out
    assert "Traceback" not in out and not target.exists()
    code, out = leads("rebuild", "--config", config)
    assert code == 0, out
    code, out = leads("export", "--csv", str(target), "--config", config)
    assert code == 0 and "hourly_currency" in target.read_text(encoding="utf-8").splitlines()[0]


def test_network_import_counts_people_who_never_answered_apart(
    demo_dir: Path, tmp_path: Path
) -> None:
    """Someone the user wrote who never answered is kept for how they address them: the
    count of contacts the user reads leaves them out and says so."""
    header = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
    )
    me = "Pia Nowak,https://www.linkedin.com/in/pia-nowak"
    ana = "Ana Ruiz,https://www.linkedin.com/in/ana-ruiz-42"
    ben = "Ben Cole,https://www.linkedin.com/in/ben-cole-7"
    rows = [
        ("c1", ana, me, "Hi Pia, are you free for a call on Friday?"),
        ("c1", me, ana, "Hi Ana, Friday works."),
        ("c2", me, ben, "Hallo Ben, hast du kurz Zeit? Ich würde dir gern was zeigen."),
    ]
    (tmp_path / "messages.csv").write_text(
        header
        + "".join(
            f'{c},,{sender},{to},2026-05-0{i + 1} 09:00:00 UTC,,"{text}",INBOX,,No,No\n'
            for i, (c, sender, to, text) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    config = str(demo_dir / "leads.toml")
    code, out = leads("network", "import", str(tmp_path / "messages.csv"), "--config", config)
    assert code == 0, out
    flat = " ".join(out.split())
    assert "1 new, 0 updated, 0 unchanged contacts; 1 never answered you" in flat
    assert "messages.csv │ linkedin_messages │ 1" in flat


_CONNECTIONS = """Notes:
"(a note about missing e-mail addresses)"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ilse,Hartwig,https://www.linkedin.com/in/ilse-hartwig,,Moorfield Systems GmbH,CTO,03 Feb 2026
"""
_MESSAGES = (
    '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
    '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS",'
    '"IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n'
    '"2-aXNlLW1vb3JmaWVsZA==","","Ilse Hartwig","https://www.linkedin.com/in/ilse-hartwig",'
    '"Alex Brandt","https://www.linkedin.com/in/alex-brandt","2026-11-20 09:10:00 UTC","",'
    '"Hi Alex, do you know a good freelance Python developer? We need help with our '
    'data pipelines for about three months.","INBOX","","No","No"\n'
)


def test_rebuild_reads_network_files_that_changed_and_leaves_the_rest(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "Connections.csv").write_text(_CONNECTIONS, encoding="utf-8")
    config = tmp_path / "leads.toml"
    config.write_text(
        "[profile]\nskills = ['python']\n"
        "[network]\nfiles = ['exports', 'missing.csv']\nscan_messages = true\n",
        encoding="utf-8",
    )
    assert leads("network", "import", str(exports), "--config", str(config))[0] == 0
    code, out = leads("rebuild", "--config", str(config))
    assert code == 0, out
    # read once: the hash of what a run or rebuild read is kept; a missing file every time
    assert "network: 2 exports read (new or changed): 0 new, 0 updated contacts" in out
    # a whole file has no line 0; the line says which config key lists it
    assert "missing.csv: no such file or folder (listed in [network] files)" in out
    assert "missing.csv:0" not in out
    code, out = leads("rebuild", "--config", str(config))
    assert "network: 1 export read (new or changed): 0 new, 0 updated contacts; " in out
    assert "1 export unchanged, not read again" in out
    # an export added to the folder: the folder is read again, the ask becomes a lead
    # (and its sender, a tie of messages, a new contact)
    (exports / "messages.csv").write_text(_MESSAGES, encoding="utf-8")
    code, out = leads("rebuild", "--config", str(config))
    assert code == 0, out
    assert "network: 2 exports read (new or changed): 1 new, 0 updated contacts, 1 posting" in out
    code, out = leads(
        "sql", "select sources from ranked_leads", "-f", "csv", "--config", str(config)
    )
    assert out.splitlines() == ["sources", "['network-message']"], out
    # a changed connection updates; the folder is one export
    (exports / "Connections.csv").write_text(
        _CONNECTIONS.replace("CTO", "Chief Technology Officer"), encoding="utf-8"
    )
    code, out = leads("rebuild", "--config", str(config))
    assert "network: 2 exports read (new or changed): 0 new, 1 updated contacts" in out


def test_sql_table_keeps_lead_ids_whole_at_80_columns(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    query = "select lead_id, title, company, why, url, location from ranked_leads order by rank"
    code, out = leads("sql", query, "--config", config)
    assert code == 0, out
    _, listed = leads("sql", "select lead_id from ranked_leads", "-f", "csv", "--config", config)
    ids = set(listed.splitlines()[1:])
    shown = set(re.findall(r"│ (L[0-9a-f]+…?) ", out))
    assert len(ids) > 5 and shown == ids  # every id whole, none cut with "…"
    assert max(cell_len(line) for line in out.splitlines()) <= 80
    # a long value without spaces (a URL) is folded onto more lines, never cut
    assert "…" not in out


def test_sql_shows_a_result_too_wide_for_80_columns_as_records(demo_dir: Path) -> None:
    config = str(demo_dir / "leads.toml")
    code, out = leads("sql", "select * from ranked_leads order by rank", "--config", config)
    assert code == 0, out
    _, listed = leads("sql", "select * from ranked_leads order by rank", "-f", "csv", "-c", config)
    header, *rows = list(csv.reader(io.StringIO(listed)))
    assert len(header) > 20 and len(rows) > 5
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    # one block per lead, in order, a column a line: every column named, every id whole
    assert [line.split()[1] for line in lines if line.startswith("record ")] == [
        str(n) for n in range(1, len(rows) + 1)
    ]
    blocks = [line for line in lines if line.strip() and not line.startswith("record ")]
    firsts = [line.split(maxsplit=1)[0] for line in blocks]
    assert set(header) <= set(firsts)
    ids = [line.split()[1] for line in lines if line.startswith("lead_id ")]
    assert ids == [row[header.index("lead_id")] for row in rows]
    # a narrow result stays a table
    code, out = leads("sql", "select rank, lead_id, title from ranked_leads", "-c", config)
    assert "record 1" not in out and "┃ rank" in out
    # csv and json are unchanged by the terminal's width
    _, wide = leads("sql", "select * from ranked_leads order by rank", "-f", "json", "-c", config)
    assert len(json.loads(wide)) == len(rows)


def test_sql_show_tables_names_each_with_its_schema(demo_dir: Path) -> None:
    code, out = leads("sql", "SHOW TABLES;", "-f", "csv", "--config", str(demo_dir / "leads.toml"))
    rows = out.splitlines()
    assert code == 0 and rows[0] == "schema,name,kind"
    assert "main,ranked_leads,view" in rows and "state,postings,table" in rows
    assert len(rows) == len(set(rows))  # each schema.name once


def test_a_day_rate_floor_is_said_per_day(demo_dir: Path) -> None:
    config = demo_dir / "leads.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("min_hourly_rate = 80", 'min_rate = "640/day"'), "utf-8")
    code, out = leads("rebuild", "--config", str(config))
    assert code == 0, out
    code, out = leads(
        "sql", "select rate_period, why from ranked_leads where why like '%your floor%'",
        "-f", "json", "--config", str(config),
    )  # fmt: skip
    rows = json.loads(out)
    hourly = [row["why"] for row in rows if row["rate_period"] == "hour"]
    assert hourly and all(re.search(r"/h (above|below|around) your floor \(≈ \S+/day\)", why)
                          for why in hourly), hourly  # fmt: skip
    config.write_text(text.replace("min_hourly_rate = 80", 'min_rate = "640/fortnight"'), "utf-8")
    code, out = leads("rebuild", "--config", str(config))
    assert code == 2 and "profile.min_rate[0]: '640/fortnight': unknown unit" in out


def test_network_import_names_each_record_not_read_and_counts_them(
    demo_dir: Path, tmp_path: Path
) -> None:
    """An empty file and a row whose date cannot be read cost no import: each is one
    line naming its file (and line), and one line says how many there were."""
    import zipfile

    archive = tmp_path / "Basic_LinkedInDataExport_01-12-2026.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("Invitations.csv", "")
        zipped.writestr(
            "Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz-42,,Acme,CTO,someday\n",
        )
    code, out = leads("network", "import", str(archive), "--config", str(demo_dir / "leads.toml"))
    assert code == 0, out
    flat = " ".join(out.split())
    assert "Invitations.csv: empty file: nothing in it to import" in flat
    assert "Connections.csv:2: unreadable Connected On date 'someday'" in flat
    assert "2 not read, each named above; the rest was imported" in flat
    assert "1 new, 0 updated, 0 unchanged contacts" in flat


def test_export_reads_its_defaults_from_the_config_and_a_flag_overrides_them(
    demo_dir: Path,
) -> None:
    config = demo_dir / "leads.toml"
    plain, local, back = demo_dir / "plain.csv", demo_dir / "local.csv", demo_dir / "back.csv"
    assert leads("export", "--csv", str(plain), "-c", str(config))[0] == 0
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[export]\nexcel = true\ndecimal_comma = true\n")
    assert leads("export", "--csv", str(local), "-c", str(config))[0] == 0
    assert local.read_bytes().startswith("\ufeffrank;lead_id;score;".encode())
    flags = ("--no-excel", "--decimal-point")
    assert leads("export", "--csv", str(back), *flags, "-c", str(config))[0] == 0
    assert back.read_bytes() == plain.read_bytes()


def test_export_credits_each_mail_alert_and_keeps_each_boards_duty(demo_dir: Path) -> None:
    target = demo_dir / "out.csv"
    code, _ = leads(
        "export", "--csv", str(target), "--all", "--config", str(demo_dir / "leads.toml")
    )
    assert code == 0
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    upwork = [
        row for row in rows if row["sources"] == "inbox" and "Upwork alert" in row["attribution"]
    ]
    assert upwork and upwork[0]["attribution"].startswith("Upwork alert: from your own mailbox")
    mixed = [row for row in rows if "inbox" in row["sources"] and "ashby" in row["sources"]]
    assert mixed and "Ashby job boards" in mixed[0]["attribution"]
    assert "Indeed alert" in mixed[0]["attribution"]
    assert not any("Job alerts from your own mailbox" in row["attribution"] for row in rows)


def test_a_view_this_version_adds_missing_asks_for_a_rebuild_not_a_run(demo_dir: Path) -> None:
    """A warehouse built before a view existed (`marts.posting_credits`): the view is
    missing, not the ranking, so the line asks for `leads rebuild`, not a first run."""
    from warehouse.db import connect

    config = str(demo_dir / "leads.toml")
    con = connect(demo_dir / "leads.duckdb")
    con.execute("drop view marts.posting_credits")
    con.close()
    code, out = leads("report", "--out", str(demo_dir / "r.html"), "--config", config)
    assert code == 2 and "built by an earlier warmleads" in out and "leads rebuild" in out
    assert "no ranked leads yet" not in out and "posting_credits" in out


def test_now_moves_the_days_of_the_loop_as_leads_now_does(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`leads --now TIME` is README's "One clock" for one command: a follow-up marked +3d
    on Monday is due on Thursday, not Wednesday; an unreadable time names the option."""
    monkeypatch.setenv("LEADS_NOW", "")  # restored after: the option sets it in-process
    config = str(demo_dir / "leads.toml")
    lead = leads("sql", "select lead_id from ranked_leads where rank = 1", "-f", "csv",
                 "--config", config)[1].split()[-1]  # fmt: skip
    code, out = leads("--now", "2026-12-07T08:00", "mark", lead, "applied", "--follow-up", "+3d",
                      "--config", config)  # fmt: skip
    assert code == 0 and "(follow up 2026-12-10)" in out, out
    code, out = leads("--now", "2026-12-09T18:00", "due", "--config", config)
    assert code == 0 and lead not in out, out
    code, out = leads("--now", "2026-12-10T08:00+00:00", "due", "--config", config)
    assert code == 0 and lead in out, out
    code, out = leads("--now", "next monday", "due", "--config", config)
    assert code == 2 and "'--now': 'next monday' is not an ISO 8601 time" in out


def test_rebuild_counts_a_posting_seen_on_several_pages_once() -> None:
    """As a run's `fetched` does: one toot under three tags is one posting."""
    from rich.console import Console

    from extractors._contract import Posting
    from extractors._runner import ParsedPosting, SourceResult
    from leads.rebuild import _reparsed

    toot = Posting("mastodon", "11764", "https://social.example/@mira/11764")
    other = Posting("mastodon", "11790", "https://social.example/@jo/11790")
    pages = [ParsedPosting(toot, f"h{tag}", tag) for tag in ("hiring", "fedihire", "freelance")]
    result = SourceResult("mastodon", postings=[*pages, ParsedPosting(other, "hhiring", "hiring")])
    out = Console(width=120, record=True)
    out.print(_reparsed({"mastodon": result}))
    row = next(line for line in out.export_text().splitlines() if "mastodon" in line)
    assert row.split("│")[3].strip() == "2"
