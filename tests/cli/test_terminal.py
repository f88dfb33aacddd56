"""The terminal sanitizer: what a posting may not do to the user's terminal."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from leads._terminal import cell, clean, markup

_HOSTILE = [
    "\x1b[2J\x1b[H",  # clear screen, cursor home
    "\x1b]0;owned\x07",  # window title
    "\x1b]52;c;ZWNobyBvd25lZA==\x07",  # OSC 52 clipboard write
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\u202egnp.exe",  # right-to-left override
    "\u2066isolate\u2069",
    "\x9b31m",  # C1 CSI
    "bell\x07 back\x08space\r",
]


def test_no_control_or_bidi_character_survives() -> None:
    for text in _HOSTILE:
        out = clean(f"Senior {text} Engineer")
        assert not any(ord(c) < 32 and c != "\n" for c in out), repr(out)
        assert not any(0x7F <= ord(c) <= 0x9F for c in out), repr(out)
        assert not any(c in out for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_escape_stays_visible_and_ordinary_text_is_kept() -> None:
    assert clean("a\x1b[2Jb") == "a␛[2Jb"
    ordinary = "Data Engineer — €90/h, Zürich\nline two"
    assert clean(ordinary) == ordinary
    assert clean(None) == ""
    assert clean("a\tb") == "a b"


def test_long_fields_are_cut_with_an_ellipsis() -> None:
    out = clean("x" * 10_000, limit=80)
    assert len(out) == 80 and out.endswith("…")
    assert clean("short", limit=80) == "short"
    assert len(clean("y" * 10_000, limit=None)) == 10_000


def test_markup_and_cell_never_read_brackets_as_markup() -> None:
    assert markup("[bold]x[/]") == "\\[bold]x\\[/]"
    assert cell("[red]x\x1b[0m").plain == "[red]x␛[0m"


@given(st.text())
def test_clean_output_is_always_safe(text: str) -> None:
    out = clean(text, limit=200)
    assert len(out) <= 200
    assert all(c == "\n" or (ord(c) >= 32 and not 0x7F <= ord(c) <= 0x9F) for c in out)


def test_the_run_summary_fits_an_80_column_terminal_uncut() -> None:
    """The demo's first screen: every header whole, even beside a partial source."""
    from rich.console import Console

    from flows.gather import RunSummary
    from leads._runflow import summary_table

    row = {"fetched": 21000, "unchanged": 12000, "new": 21, "updated": 0, "closed": 0,
           "failed": 1, "seconds": 10.37}  # fmt: skip
    rows = [{"source": "smartrecruiters", "status": "partial", "error": "x: timed out", **row}]
    console = Console(width=80, record=True)
    console.print(summary_table(RunSummary("abc", "partial", "leads.duckdb", rows)))
    lines = console.export_text().splitlines()
    assert lines[1].split() == [
        "source", "status", "fetched", "unchanged", "new", "updated", "closed", "failed",
        "seconds",
    ]  # fmt: skip
    assert lines[3].split() == ["smartrecruiters", "partial", "21000", "12000", "21", "0", "0",
                                "1", "10.37"]  # fmt: skip


def test_the_run_summary_counts_reopened_postings_when_there_are_some() -> None:
    from rich.console import Console

    from flows.gather import RunSummary
    from leads._runflow import summary_table

    row = {"fetched": 40, "unchanged": 0, "new": 0, "updated": 0, "closed": 0, "reopened": 2,
           "failed": 0, "seconds": 1.5, "error": ""}  # fmt: skip
    console = Console(width=120, record=True)
    console.print(summary_table(RunSummary("abc", "ok", "w", [{"source": "lever", "status": "ok",
                                                                **row}])))  # fmt: skip
    lines = console.export_text().splitlines()
    assert lines[1].split()[5:8] == ["updated", "closed", "reopened"]
    assert lines[3].split()[5:8] == ["0", "0", "2"]


def test_a_run_whose_sources_found_no_host_says_the_machine_may_be_offline() -> None:
    from flows.gather import RunSummary
    from leads._runflow import offline_hint

    def row(source: str, status: str, error: str, fetched: int = 0) -> dict[str, object]:
        return {"source": source, "status": status, "error": error, "fetched": fetched}

    dns = "remotive: all: https://remotive.com/api/remote-jobs: host not found after 5 tries"
    offline = [
        row("remotive", "failed", dns),
        row("reddit", "failed", dns.replace("remotive", "reddit")),
    ]
    hint = offline_hint(RunSummary("abc", "failed", "w", offline))
    assert hint is not None
    assert "remotive, reddit" in hint and "leads demo" in hint and "--only inbox" in hint
    # one source reached its host and fetched: the machine is online, the host is the problem
    online = [*offline, row("lever", "ok", "", fetched=12)]
    assert offline_hint(RunSummary("abc", "partial", "w", online)) is None
    # another cause than a missing host says nothing about the machine
    refused = [row("remotive", "failed", "remotive: all: connection refused")]
    assert offline_hint(RunSummary("abc", "failed", "w", refused)) is None


def test_a_run_ends_saying_what_it_brought_as_top_new_counts_it(tmp_path, monkeypatch) -> None:
    """The last line of `leads run`, with or without a digest: the new leads `leads top
    --new` lists (those that meet the floor), those below it, and the command to type."""
    import shlex

    from flows.gather import RunSummary
    from leads._runflow import new_leads_line

    config = tmp_path / "leads.toml"
    config.write_text("[profile]\nskills = ['figma']\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LEADS_CONFIG", raising=False)
    summary = RunSummary("abc", "ok", "w", new_leads=5, new_below_floor=2)
    assert new_leads_line(summary, config) == (
        "3 new in the ranking: `leads top --new`; 2 more below your rate floor, ranked last"
    )
    assert new_leads_line(RunSummary("abc", "ok", "w", new_leads=1), config) == (
        "1 new in the ranking: `leads top --new`"
    )
    assert new_leads_line(RunSummary("abc", "ok", "w"), config) == (
        "nothing new in the ranking; `leads top` lists it all"
    )
    # run from elsewhere: the command names the config, as the digest's do
    monkeypatch.chdir(tmp_path.parent)
    named = f"leads -c {shlex.quote(str(config.resolve()))} top --new"
    assert f"`{named}`" in new_leads_line(summary, config)
