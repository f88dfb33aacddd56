"""The HTML report in a real headless browser: Debian's chromium, driven by Playwright.

Skips (naming the package) where chromium is not installed; `.ci/run` installs it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leads.__main__ import app
from warehouse.db import connect
from warehouse.pipeline import refresh

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason="no browser: install Debian's `chromium` package (apt-get install chromium)",
    ),
    pytest.mark.slow,
]
SCREENSHOTS = Path(__file__).parents[2] / "test-output"


@pytest.fixture
def page(demo_dir: Path):
    """The demo's report open in chromium: (page, console errors, warehouse path)."""
    from playwright.sync_api import sync_playwright

    con = connect(demo_dir / "leads.duckdb")
    con.execute(  # a hostile title must stay text
        "update staging.lead_content set title = '<img src=x onerror=\"document.title=1\">Pwned' "
        "where lead_id = (select lead_id from marts.ranked_leads where rank = 3)"
    )
    refresh(con, "marts.leads")  # what reads the tampered table sees it
    con.close()
    report = demo_dir / "leads.html"
    result = CliRunner().invoke(
        app, ["report", "--out", str(report), "--config", str(demo_dir / "leads.toml")]
    )
    assert result.exit_code == 0, result.output
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on(
            "request",
            lambda r: errors.append(f"fetched {r.url}") if not r.url.startswith("file:") else None,
        )
        page.goto(report.as_uri())
        yield page, errors, demo_dir / "leads.duckdb"
        browser.close()


def _scores(page) -> list[float]:
    return [
        float(s)
        for s in page.eval_on_selector_all(
            "#leads tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.score)"
        )
    ]


def test_the_report_shows_sorts_filters_and_searches_the_leads(page) -> None:
    page, errors, warehouse = page
    con = connect(warehouse, read_only=True)
    ranked, new, flagged = con.execute(
        "select count(*) filter (where in_ranking),"
        " count(*) filter (where in_ranking and is_new and meets_floor),"
        " count(*) filter (where not in_ranking and not is_closed) from ranked_leads"
    ).fetchone()
    con.close()
    assert page.locator("#leads tbody tr").count() == ranked
    assert page.locator(".new-list li").count() == new
    assert page.locator(".flagged-list li").count() == flagged
    assert not page.locator(".flagged-list").is_visible()  # collapsed to its summary line
    page.locator("#flagged summary").click()
    assert page.locator(".flagged-list li").first.is_visible()

    ranks = [
        int(r)
        for r in page.eval_on_selector_all("#leads tbody tr", "rs => rs.map(r => r.dataset.rank)")
    ]
    assert ranks == list(range(1, ranked + 1))  # by rank, best first
    page.locator('th[data-sort="score"] button').click()
    assert _scores(page) == sorted(_scores(page))
    page.locator('th[data-sort="score"] button').click()
    assert _scores(page) == sorted(_scores(page), reverse=True)

    page.fill("#q", "rahul")
    visible = page.locator("#leads tbody tr:not([hidden])")
    assert visible.count() >= 1 and all("Rahul" in t for t in visible.all_inner_texts())
    assert page.locator("#shown").inner_text() == f"{visible.count()} of {ranked}"
    page.fill("#q", "")
    page.check("#path")
    with_path = page.locator("#leads tbody tr:not([hidden])")
    assert 0 < with_path.count() < ranked
    texts = with_path.all_inner_texts()  # ask for an intro, or offer whoever hires help
    assert all("for an intro" in t or "your help" in t for t in texts)
    page.uncheck("#path")
    page.select_option("#source", "lever")
    assert all("lever" in r for r in page.eval_on_selector_all(
        "#leads tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.sources)"))  # fmt: skip

    page.select_option("#source", "")
    first = page.locator("#leads tbody tr").first
    first.locator(".verdict-choice").select_option("applied")
    assert first.locator(".mark code").inner_text().endswith(" applied")

    assert page.title().startswith("warmleads")  # the hostile title did not run
    assert page.get_by_text('<img src=x onerror="document.title=1">Pwned').count() >= 1
    assert errors == []
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=False)
    assert (SCREENSHOTS / "report.png").stat().st_size > 10_000


def test_the_report_follows_a_dark_system_theme(page) -> None:
    page, errors, _ = page
    page.emulate_media(color_scheme="dark")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 23, 28)"
    page.locator("#theme").click()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    page.screenshot(path=str(SCREENSHOTS / "report-dark.png"))
    assert errors == []


def test_the_report_fits_a_phone_without_scrolling_sideways(page) -> None:
    """A narrow window or a phone: a long URL in an HN header and the score bar must not
    push the table past the screen."""
    page, errors, _ = page
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # each lead is a card: its title, why and sources get the width, not a column of it,
    # and its rank, score and status stay on the line above
    main = page.eval_on_selector("#leads tr.lead td.main", "td => td.getBoundingClientRect()")
    rank = page.eval_on_selector("#leads tr.lead td.num", "td => td.getBoundingClientRect()")
    status = page.eval_on_selector("#leads tr.lead .status", "s => s.getBoundingClientRect()")
    assert main["width"] >= 300, main
    assert rank["bottom"] <= main["top"] and status["bottom"] <= main["top"]
    page.fill("#q", "kestrel")  # a filtered-out card is hidden, not laid out
    shown = page.eval_on_selector_all(
        "#leads tr.lead", "rs => rs.filter(r => r.getBoundingClientRect().height > 0).length"
    )
    assert shown == len(_scores(page)) > 0
    page.screenshot(path=str(SCREENSHOTS / "report-phone.png"))
    assert errors == []


def test_the_report_opens_with_the_follow_ups_due_linked_to_their_leads(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What needs action today comes first: each follow-up whose day has come (in the
    schedule's zone), the overdue ones marked, each linked to its row; one due tomorrow
    waits."""
    from playwright.sync_api import sync_playwright

    config = str(demo_dir / "leads.toml")
    con = connect(demo_dir / "leads.duckdb", read_only=True)
    overdue, today, later = (
        row[0]
        for row in con.execute(
            "select lead_id from ranked_leads where rank <= 3 order by rank"
        ).fetchall()
    )
    con.close()
    runner = CliRunner()
    for lead, day, note in ((overdue, "2026-12-08", "sent my CV"), (today, "2026-12-09", ""),
                            (later, "2026-12-10", "")):  # fmt: skip
        args = ["mark", lead, "applied", "--follow-up", day, "--config", config]
        result = runner.invoke(app, [*args, *(["--note", note] if note else [])])
        assert result.exit_code == 0, result.output
    monkeypatch.setenv("LEADS_NOW", "2026-12-09T07:30:00+00:00")
    report = demo_dir / "leads.html"
    result = runner.invoke(app, ["report", "--out", str(report), "--config", config])
    assert result.exit_code == 0, result.output
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.goto(report.as_uri())
        items = page.locator(".due-list li")
        assert page.locator("section").first.get_attribute("id") == "due"
        assert items.count() == 2
        assert items.nth(0).locator(".overdue").inner_text() == "2026-12-08"
        assert "(sent my CV)" in items.nth(0).inner_text()
        assert f"mark {overdue} replied" in items.nth(0).inner_text()
        assert items.nth(1).locator(".overdue").count() == 0
        assert later not in page.locator("#due").inner_text()
        items.nth(1).locator("a").click()
        assert page.evaluate("location.hash") == f"#{today}"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        # each card says its follow-up, red once its day has come
        card = page.locator(f"#leads tr#{overdue} td.followup")
        assert card.is_visible() and card.inner_text() == "follow up 2026-12-08"
        assert "due" in (card.get_attribute("class") or "")
        waits = page.locator(f"#leads tr#{later} td.followup")
        assert waits.inner_text() == "follow up 2026-12-10"
        assert "due" not in (waits.get_attribute("class") or "")
        browser.close()


def test_a_mail_alerts_lead_credits_its_alert_on_one_short_line(page) -> None:
    page, errors, _ = page
    page.select_option("#source", "inbox")
    # the filter says which alerts the inbox relayed, as the rows name them
    label = page.locator("#source option[value=inbox]").inner_text()
    assert label.startswith("inbox: ") and "Upwork alert" in label
    rows = page.locator("#leads tbody tr:not([hidden])")
    assert rows.count() >= 1
    # each relayed posting is named by the alert it came in, never "inbox"
    names = rows.locator(".sources .relayed").all_inner_texts()
    assert names and all(n.endswith(" alert") or "job-alert mail" in n for n in names)
    assert "Upwork alert" in names
    sources = rows.locator(".sources").all_inner_texts()
    assert all("inbox" not in s for s in sources)
    assert all("Glassdoor" not in s and "Toptal" not in s for s in sources)  # not the list
    # a lead that is only an alert's says it once, not "Upwork alert · Upwork alert"
    assert all(s.count("Upwork alert") <= 1 for s in sources)
    line = rows.locator(".sources").first.bounding_box()
    assert line is not None and line["height"] < 3 * 20  # no five-line list of senders
    # the credit's terms stay a hover away
    title = rows.locator(".sources .relayed").first.get_attribute("title") or ""
    assert "alert: from your own mailbox" in title or "job-alert mail: " in title
    assert errors == []
