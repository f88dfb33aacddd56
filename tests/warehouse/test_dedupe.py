"""dedupe.cluster: exact keys, fuzzy company+title with vetoes, stable lead ids."""

from __future__ import annotations

import hashlib
import random
from dataclasses import astuple
from datetime import UTC, datetime, timedelta
from unittest.mock import patch

import duckdb
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pandas.testing import assert_frame_equal
from rapidfuzz import fuzz

from extractors import job_ids
from warehouse import dedupe_keys, reclustering
from warehouse.dedupe import _SMALL_BLOCK, ROW_COLUMNS, SEP, TITLE_MIN, _fuzzy_links, _row
from warehouse.dedupe import cluster as cluster_keys
from warehouse.dedupe_keys import KEY_COLUMNS, JobIdFinder, posting_keys, site_of

FINDER = JobIdFinder(job_ids())  # where each source declares its job ids stand in a URL


def cluster(frame: pd.DataFrame, texts=None) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """cluster() over postings keyed as the features step keys them."""
    return cluster_keys(_rows(frame), texts)


def _rows(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    """Postings read as the lead_members step reads them (lists joined by SEP, first
    seen in microseconds)."""
    frame = frame.astype(object).where(frame.notna(), None)  # what SQL's nulls are
    rows = []
    for r in frame.itertuples():
        keys = posting_keys(
            r.url, r.apply_url, r.title, r.company, r.location, r.requisition_id, r.text, FINDER,
            poster=f"{r.source}/{r.poster}" if getattr(r, "poster", None) else "",
        )  # fmt: skip
        joined = [SEP.join(v) if isinstance(v, tuple) else v for v in astuple(keys)]
        seen = int(pd.Timestamp(r.first_seen).value // 1000)
        platform = r.source_id.split(":")[0] if r.source == "inbox" else None  # as relayed
        closed = getattr(r, "last_listed", None)
        listed = None if closed is None else int(pd.Timestamp(closed).value // 1000)
        rows.append((r.source, r.source_id, r.kind, seen, r.thread, platform, listed, *joined))
    return rows


T0 = datetime(2026, 3, 1, tzinfo=UTC)
UUID = "5a3f1c2e-1111-2222-3333-444455556666"
LEVER_URL = f"https://jobs.lever.co/acme/{UUID}"
COLUMNS = ["source", "source_id", "url", "apply_url", "title", "company", "location"]
COLUMNS += ["requisition_id", "remote_scope", "posted_at", "first_seen", "kind", "thread", "text"]
COLUMNS += ["poster"]  # a community post's poster, as the features step passes it
COLUMNS += ["last_listed"]  # when a closed posting was last listed


def _posting(source: str, source_id: str, **fields: object) -> dict[str, object]:
    """One input row; its own URL, so only the fields a test sets can link it."""
    row: dict[str, object] = dict.fromkeys(COLUMNS)
    row |= {"source": source, "source_id": source_id, "first_seen": T0}
    row |= {"url": f"https://{source}.example/jobs/{source_id}"}
    return row | fields


def _leads(*postings: dict[str, object]) -> dict[str, tuple[str, str | None]]:
    """cluster() over the postings: "source:source_id" -> (lead_id, merge_reason)."""
    result = cluster(pd.DataFrame(list(postings), columns=COLUMNS))
    columns = ["source", "source_id", "lead_id", "merge_reason", "company_key", "group_id"]
    assert list(result.columns) == columns
    return {f"{r.source}:{r.source_id}": (r.lead_id, r.merge_reason) for r in result.itertuples()}


def _groups(*postings: dict[str, object]) -> set[frozenset[str]]:
    """The clusters as sets of "source:source_id"."""
    by_lead: dict[str, set[str]] = {}
    for key, (lead_id, _) in _leads(*postings).items():
        by_lead.setdefault(lead_id, set()).add(key)
    return {frozenset(keys) for keys in by_lead.values()}


def _lead_id(source: str, source_id: str) -> str:
    return "L" + hashlib.sha1(f"{source}:{source_id}".encode()).hexdigest()[:11]


def _pair(title_a: str, title_b: str, **fields: object) -> set[frozenset[str]]:
    """Two same-company postings on two sources, the same but for their titles."""
    fields = {"company": "Acme"} | fields
    return _groups(
        _posting("lever", "1", title=title_a, **fields),
        _posting("remotive", "2", title=title_b, **fields),
    )


def _placed(place_a: str, place_b: str, title: str) -> set[frozenset[str]]:
    """Two same-company postings of one title on two sources, but for their location."""
    return _groups(
        _posting("lever", "1", company="Acme", title=title, location=place_a),
        _posting("remotive", "2", company="Acme", title=title, location=place_b),
    )


APART = {frozenset({"lever:1"}), frozenset({"remotive:2"})}
TOGETHER = {frozenset({"lever:1", "remotive:2"})}


def test_same_job_on_lever_remotive_and_hn_merges_with_reasons() -> None:
    leads = _leads(
        _posting(
            "lever",
            UUID,
            url=LEVER_URL,
            apply_url=f"{LEVER_URL}/apply",
            title="Senior Python Engineer",
            company="Acme",
            location="Berlin",
        ),
        _posting(
            "remotive",
            "1901",
            title="Sr. Python Engineer (Remote)",
            company="ACME, Inc.",
            location="Remote",
            first_seen=T0 + timedelta(days=1),
        ),
        _posting(
            "hackernews",
            "4711",
            title="Acme | Senior Python Engineer | Remote | Contract",
            company="Acme",
            apply_url=f"{LEVER_URL}?lever-source=HN#apply",
            first_seen=T0 - timedelta(days=2),
            kind="demand",
        ),
    )
    assert {lead_id for lead_id, _ in leads.values()} == {_lead_id("hackernews", "4711")}
    # the HN comment links the Lever page; Remotive matches on company and title
    assert leads["hackernews:4711"][1] == "same url; same lever id; company+title 1.00"
    assert leads[f"lever:{UUID}"][1] == "same url; same lever id"
    assert leads["remotive:1901"][1] == "company+title 1.00"


def test_greenhouse_gh_jid_in_an_hn_link_merges_without_a_company() -> None:
    leads = _leads(
        _posting("greenhouse", "4012345", url="https://acme.com/careers?gh_jid=4012345"),
        _posting(
            "hackernews",
            "4711",
            title="We are hiring!",
            apply_url="https://acme.com/jobs/backend/?gh_jid=4012345&gh_src=hn",
        ),
        _posting("reddit", "t3_x", url="https://boards.greenhouse.io/acme/jobs/4012345"),
    )
    assert len({lead_id for lead_id, _ in leads.values()}) == 1
    assert leads["hackernews:4711"][1] == "same greenhouse id"


def test_job_ids_of_trackers_no_source_reads_join_and_part_their_copies() -> None:
    """BambooHR, Workday, iCIMS, Teamtailor, JazzHR and Breezy links in an alert or on a
    careers page name one job; a number a tracker gives per company is read with its host."""
    one = {
        "https://kestrel.bamboohr.com/careers/87": "https://kestrel.bamboohr.com/careers/87/apply",
        "https://kestrel.wd3.myworkdayjobs.com/en-US/Careers/job/Leeds-UK/Payroll-Lead_R20481": (
            "https://kestrel.wd3.myworkdayjobs.com/Careers/job/Leeds-UK/Payroll-Lead_R20481/apply"
        ),
        "https://jobs-kestrel.icims.com/jobs/5120/payroll-lead/job": (
            "https://jobs-kestrel.icims.com/jobs/5120/payroll-lead/job?mode=apply&iis=Indeed"
        ),
        "https://kestrel.teamtailor.com/jobs/2210931-payroll-lead": (
            "https://kestrel.teamtailor.com/en-GB/jobs/2210931-payroll-lead-leeds"
        ),
        "https://kestrel.applytojob.com/apply/q7Rt2wX9pL/Payroll-Lead": (
            "https://kestrel.applytojob.com/apply/jobs/details/q7Rt2wX9pL"
        ),
        "https://kestrel.breezy.hr/p/0a9f3c2b1d4e-payroll-lead": (
            "https://kestrel.breezy.hr/p/0a9f3c2b1d4e-payroll-lead/apply"
        ),
    }
    for n, (page, copy) in enumerate(one.items()):
        # titles too unlike to meet: only the id joins them
        assert _groups(
            _posting("jobposting", f"a{n}", url=page, title="Payroll Lead", company="Kestrel"),
            _posting("inbox", f"b{n}", url=copy, title="People Ops (Payroll)", company="Kestrel"),
        ) == {frozenset({f"jobposting:a{n}", f"inbox:b{n}"})}
    # two numbers of one tracker are two openings, however alike their titles, and one
    # number on two companies' hosts two jobs
    picker = {"title": "Picker", "company": "Kestrel", "location": "Leeds"}
    assert _groups(
        _posting("jobposting", "1", url="https://kestrel.bamboohr.com/careers/87", **picker),
        _posting("inbox", "2", url="https://kestrel.bamboohr.com/careers/91", **picker),
        _posting("reddit", "3", url="https://otter.bamboohr.com/careers/87", **picker),
    ) == {frozenset({"jobposting:1"}), frozenset({"inbox:2"}), frozenset({"reddit:3"})}
    keys = posting_keys("https://otter.bamboohr.com/careers/87", None, "", "", "", "", "", FINDER)
    assert keys.job_ids == ("bamboohr:otter/87",)


def test_tracking_params_scheme_www_fragment_and_slash_are_ignored() -> None:
    groups = _groups(
        _posting("remotive", "1", url="https://www.Acme.com/jobs/42/?utm_source=x&ref=hn#top"),
        _posting("jobicy", "2", url="http://acme.com/jobs/42?source=feed&gh_src=1"),
        _posting("reddit", "3", url="https://acme.com/jobs/42?id=7"),
    )
    assert groups == {frozenset({"remotive:1", "jobicy:2"}), frozenset({"reddit:3"})}


def test_an_apply_link_matches_a_posting_url_not_another_apply_link() -> None:
    careers = "https://acme.com/careers"
    groups = _groups(
        _posting("hackernews", "1", title="Acme | Backend", apply_url=careers),
        _posting("hackernews", "2", title="Acme | Designer", apply_url=careers),
    )
    assert groups == {frozenset({"hackernews:1"}), frozenset({"hackernews:2"})}


def test_a_requisition_id_joins_one_title_of_one_company_even_in_two_cities() -> None:
    one_opening = _groups(
        _posting("greenhouse", "1", company="Acme", title="Data Engineer", location="Dublin",
                 requisition_id="JR-881"),
        _posting("greenhouse", "2", company="Acme", title="Data Engineer", location="London",
                 requisition_id="JR-881"),
        _posting("lever", "3", company="Acme", title="Engineer, Data", requisition_id="JR-881"),
    )  # fmt: skip
    assert one_opening == {frozenset({"greenhouse:1", "greenhouse:2", "lever:3"})}
    assert _pair("Platform Engineer", "Infra", requisition_id="88", company=None) == APART


def test_a_requisition_id_boards_share_among_openings_joins_no_other_title() -> None:
    # real boards give one id to many openings ("EVERGREEN", "TEMP") or to Senior and Staff
    assert _pair("Platform Engineer", "Product Designer", requisition_id="EVERGREEN") == APART
    assert _pair("Senior Forward Deployed Engineer", "Staff Forward Deployed Engineer",
                 requisition_id="JR104334") == APART  # fmt: skip
    assert _pair("Account Executive", "Account Executive - French Speaking",
                 requisition_id="JR104463") == APART  # fmt: skip


def test_senior_and_junior_stay_apart_while_sr_is_senior() -> None:
    # each pair scores >= 90 on its words: only the level veto keeps it apart
    assert _pair("Senior Backend Developer", "Junior Backend Developer") == APART
    assert _pair("Lead Data Engineer", "Head Data Engineer") == APART
    assert _pair("Senior Engineer, Payments Platform", "Engineer, Payments Platform") == APART
    assert _pair("Sr. Backend Developer - Contract", "Senior Backend Developer") == TOGETHER


def test_engineer_ii_and_iii_stay_apart() -> None:
    assert _pair("Software Engineer II", "Software Engineer III") == APART
    assert _pair("Software Engineer 2", "Software Engineer") == APART
    assert _pair("Software Engineer II (Remote)", "Software Engineer II") == TOGETHER


def test_titles_naming_two_roles_stay_apart_while_one_word_spelt_two_ways_joins() -> None:
    # each pair scores >= 90 on its words: only the role-word veto keeps it apart
    assert _pair("Senior Go Engineer", "Senior iOS Engineer") == APART
    assert _pair("Lead BI Developer", "Lead dbt Developer") == APART
    assert _pair("Senior Backend Enginer", "Senior Backend Engineers") == TOGETHER
    # a word only one title has is a detail the other board left out
    assert _pair("Senior Software Engineer, Payments API", "Sr. Software Engineer Payments") == (
        TOGETHER
    )
    # "software" beside the part of it the title names says nothing more; beside a trade
    # of its own ("Data", "Platform") it is another job
    assert _pair("Senior Software Engineer, Backend", "Sr. Backend Engineer") == TOGETHER
    assert _pair("Frontend Software Developer", "Front-End Engineer") == TOGETHER
    assert _pair("Software Engineer, Data", "Data Engineer") == APART
    assert _pair("Senior Software Engineer, Backend", "Senior Frontend Engineer") == APART
    # "mobile" beside the one platform it names says nothing more; two platforms stay two
    assert _pair("Software Engineer, Mobile (iOS)", "iOS Developer") == TOGETHER
    assert _pair("Mobile Engineer - Android", "Android Engineer") == TOGETHER
    assert _pair("Software Engineer, Mobile (iOS)", "Software Engineer, Mobile (Android)") == APART
    assert _pair("Mobile Engineer (iOS/Android)", "iOS Engineer") == APART


def test_a_platform_a_title_names_is_a_team_of_its_own() -> None:
    """A "Platform Engineer" alone builds the platform under all teams (DevOps); one that
    names which platform is another job, though "Senior" before each scores 92."""
    assert _pair("Senior Web Platform Engineer", "Senior Platform Engineer") == APART
    assert _pair("Web Platform Developer", "Platform Engineer (DevOps)") == APART
    assert _pair("Senior Data Platform Engineer", "Sr. Platform Engineer") == APART
    assert _pair("Senior Platform Engineer", "Platform Engineer, Senior") == TOGETHER
    assert _pair("Senior Backend Engineer", "Backend Engineer (Senior)") == TOGETHER


def test_a_title_in_japanese_korean_or_chinese_names_its_trade_and_level_in_english() -> None:
    """Their titles join level, field and trade in one word: the field's other name
    ("サーバーサイド" is "バックエンド"), "开发" before the trade, developer or engineer
    change nothing; another field or level is another job."""
    assert _pair("バックエンドエンジニア", "サーバーサイドエンジニア") == TOGETHER
    assert _pair("バックエンドエンジニア", "Backend Engineer") == TOGETHER
    assert _pair("後端工程師", "後端開發工程師") == TOGETHER
    assert _pair("高级后端开发工程师", "Senior Backend Engineer") == TOGETHER
    assert _pair("백엔드 개발자", "백엔드 엔지니어") == TOGETHER
    assert _pair("后端开发工程师", "前端开发工程师") == APART
    assert _pair("バックエンドエンジニア", "フロントエンドエンジニア") == APART
    assert _pair("シニアバックエンドエンジニア", "バックエンドエンジニア") == APART
    assert _pair("資深後端工程師", "後端工程師") == APART


def test_alike_titles_do_not_chain_two_roles_into_one_lead() -> None:
    # iOS scores 92 with Go and 90 with MLOps: without the veto the three were one lead
    groups = _groups(
        _posting("lever", "1", company="Acme", title="Senior Go Engineer"),
        _posting("hackernews", "2", company="Acme", title="Acme | Sr. iOS Developer | Remote"),
        _posting("remotive", "3", company="Acme", title="Senior MLOps Engineer"),
    )
    assert len(groups) == 3


def test_same_title_different_requisition_ids_stay_apart() -> None:
    groups = _groups(
        _posting("lever", "1", company="Acme", title="Data Engineer", requisition_id="R-1"),
        _posting("ashby", "2", company="Acme", title="Data Engineer", requisition_id="R-2"),
    )
    assert len(groups) == 2


def test_same_title_in_different_cities_stays_apart() -> None:
    assert _pair("Data Engineer", "Data Engineer", location=None) == TOGETHER
    groups = _groups(
        _posting("lever", "1", company="Acme", title="Data Engineer", location="Berlin"),
        _posting("remotive", "2", company="Acme", title="Data Engineer", location="London, UK"),
        _posting("jobicy", "3", company="Acme", title="Data Engineer", location="Remote"),
    )
    assert frozenset({"lever:1", "remotive:2"}) not in groups
    assert len(groups) == 2  # "Remote" names no city, so it joins one of them


def test_two_cities_of_one_country_stay_apart_while_a_country_or_spelling_joins() -> None:
    def pair(location_a: str, location_b: str) -> set[frozenset[str]]:
        return _groups(
            _posting("greenhouse", "1", company="Acme", title="Data Engineer", location=location_a),
            _posting("lever", "2", company="Acme", title="Data Engineer", location=location_b),
        )

    together = {frozenset({"greenhouse:1", "lever:2"})}
    assert pair("Berlin, Germany", "Munich, Germany") != together
    assert pair("Germany - Berlin", "Munich, Germany") != together
    assert pair("Berlin, Germany", "Germany") == together
    assert pair("London, UK", "London, United Kingdom") == together
    assert pair("Remote, Berlin", "Berlin, Germany") == together
    assert pair("Berlin; Munich", "Munich, Germany") == together


@pytest.mark.parametrize(
    ("place_a", "place_b", "expected"),
    [
        # one board's region, another's working hours for the same job: they overlap
        ("EU", "Worldwide (UTC+0 to UTC+2)", TOGETHER),
        ("Remote (DACH)", "Remote (EU)", TOGETHER),
        ("Germany", "France", APART),  # countries that share nothing
        ("Remote (US)", "Remote (EU)", APART),
    ],
)
def test_countries_and_blocs_are_other_places_only_when_they_share_none(
    place_a: str, place_b: str, expected: set[frozenset[str]]
) -> None:
    assert _placed(place_a, place_b, "Senior Data Engineer") == expected


def test_two_similar_openings_on_one_board_stay_apart_even_through_a_third() -> None:
    groups = _groups(
        _posting("greenhouse", "1", company="Acme", title="Backend Engineers"),
        _posting("greenhouse", "2", company="Acme", title="Backend Engineer (Remote)"),
        _posting("remotive", "3", company="Acme", title="Backend Engineer"),
    )
    # remotive matches both; the better match wins and the other opening stays alone
    assert groups == {
        frozenset({"greenhouse:2", "remotive:3"}),
        frozenset({"greenhouse:1"}),
    }


def test_supply_never_merges_with_demand() -> None:
    assert _pair("Python Developer", "Python Developer", kind="supply") == TOGETHER
    groups = _groups(
        _posting("hackernews", "1", company="Acme", title="Python Developer", kind="supply"),
        _posting("reddit", "2", company="Acme", title="Python Developer", kind="demand"),
        _posting("mastodon", "3", url="https://reddit.example/jobs/2", kind="supply"),
    )
    assert len(groups) == 3


def test_acme_and_acme_widgets_are_two_companies() -> None:
    groups = _groups(
        _posting("lever", "1", company="Acme", title="Python Developer"),
        _posting("remotive", "2", company="Acme Widgets", title="Python Developer"),
    )
    assert groups == APART


def test_a_name_with_corp_in_it_meets_its_slug_whatever_its_legal_suffix() -> None:
    groups = _groups(
        _posting("lever", "1", company="heroncorp", title="Python Developer"),
        _posting("remotive", "2", company="Heron Corp GmbH", title="Python Developer"),
        _posting("himalayas", "3", company="The Heron Corp S.L.", title="Python Developer"),
    )
    assert groups == {frozenset({"lever:1", "remotive:2", "himalayas:3"})}
    groups = _groups(
        _posting("lever", "1", company="heroncorp", title="Python Developer"),
        _posting("remotive", "2", company="Heron Labs GmbH", title="Python Developer"),
    )
    assert groups == APART


def test_postings_without_a_company_merge_by_exact_keys_only() -> None:
    assert _pair("Python Developer", "Python Developer", company=None) == APART


def test_lead_id_is_kept_when_a_new_source_joins() -> None:
    lever = _posting("lever", "1", company="Acme", title="Data Engineer")
    before = _leads(lever)
    later = _posting(
        "remotive", "9", company="Acme", title="Data Engineer", first_seen=T0 + timedelta(days=3)
    )
    after = _leads(lever, later)
    assert before["lever:1"] == (_lead_id("lever", "1"), None)
    assert after["remotive:9"][0] == after["lever:1"][0] == _lead_id("lever", "1")


def test_no_postings_give_an_empty_frame() -> None:
    assert _leads() == {}


LEVER_0 = "https://lever.example/jobs/0"  # the page of lever posting "0"
_SPEC = st.tuples(
    st.sampled_from(["lever", "remotive", "hackernews"]),
    st.sampled_from(["Acme", "Acme Inc.", "Globex", None]),
    st.sampled_from(
        [
            "Senior Python Engineer",
            "Sr. Python Engineer (Remote)",
            "Python Engineer II",
            "Python Engineer III",
            "Junior Python Engineer",
            "Data Engineer",
        ]
    ),
    st.sampled_from([None, "Berlin", "London", "Remote"]),
    st.sampled_from(["demand", "supply"]),
    st.integers(min_value=0, max_value=3),
    # exact links: another posting's page, a careers page many share, a requisition id
    st.sampled_from(
        [None, None, LEVER_0, "https://remotive.example/jobs/1"] + ["https://acme.example/careers"]
    ),
    st.sampled_from([None, None, "R-1", "R-2"]),
)
_SPECS = st.lists(_SPEC, min_size=1, max_size=14)
Spec = tuple[str, str | None, str, str | None, str, int, str | None, str | None]


def _frame(specs: list[Spec], ids: list[str] | None = None) -> pd.DataFrame:
    rows = [
        _posting(
            source,
            ids[n] if ids else str(n),
            company=company,
            title=title,
            location=location,
            kind=kind,
            first_seen=T0 + timedelta(days=day),
            apply_url=apply_url,
            requisition_id=requisition,
        )
        for n, (source, company, title, location, kind, day, apply_url, requisition) in enumerate(
            specs
        )
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


@given(_SPECS, st.randoms(use_true_random=False))
def test_clusters_do_not_depend_on_row_order(specs: list[Spec], rng: random.Random) -> None:
    frame = _frame(specs)
    order = list(range(len(frame)))
    rng.shuffle(order)
    assert_frame_equal(cluster(frame), cluster(frame.iloc[order]))


@given(
    _SPECS,
    st.dictionaries(st.integers(min_value=0, max_value=13), _SPEC, max_size=3),
    st.sets(st.integers(min_value=0, max_value=13), max_size=3),
    st.lists(_SPEC, max_size=2),
)
@example(  # a new posting whose apply link is a stored posting's page
    specs=[
        ("lever", "Acme", "Data Engineer", None, "demand", 0, None, None),
        ("remotive", "Globex", "Python Engineer II", None, "demand", 0, LEVER_0, None),
    ],
    edits={},
    new={1},
    gone_specs=[],
)
def test_a_build_places_every_posting_as_clustering_them_all_would(
    specs: list[Spec], edits: dict[int, Spec], new: set[int], gone_specs: list[Spec]
) -> None:
    """Stored leads of the postings as they were (some edited since, keeping their
    source, some new, some gone); `reclustering` picks what to cluster again, and the
    stored rows it leaves plus those clustered again are what clustering every posting
    now gives."""
    edited = {n: (specs[n][0], *edit[1:]) for n, edit in edits.items() if n < len(specs)}
    before = [(str(n), edited.get(n, spec)) for n, spec in enumerate(specs) if n not in new]
    before += [(f"gone{k}", spec) for k, spec in enumerate(gone_specs)]
    stored = cluster(_frame([spec for _, spec in before], [key for key, _ in before]))
    rows = _rows(_frame(specs))
    changed = {n for n in range(len(rows)) if n in new or n in edited}
    again, gone = _picked_again(rows, stored, changed)
    assert sorted(key for _, key in gone) == [f"gone{k}" for k in range(len(gone_specs))]
    redone = cluster_keys(again)
    kept = stored[~stored.source_id.isin([*redone.source_id, *(key for _, key in gone)])]
    placed = pd.concat([kept, redone]).sort_values(["source", "source_id"])
    assert _records(placed) == _records(cluster_keys(rows))


@given(_SPECS)
def test_a_first_build_clusters_in_batches_what_one_clustering_gives(specs: list[Spec]) -> None:
    """Batches of a few postings, none splitting what links join, cluster alone as all
    the postings do together."""
    rows = _rows(_frame(specs))
    stored = cluster_keys([])
    with patch.object(reclustering, "BATCH_ROWS", 2):
        batches = _batches_again(rows, stored, set(range(len(rows))))
    assert sum(map(len, batches)) == len(rows)
    placed = pd.concat([cluster_keys(batch) for batch in batches])
    placed = placed.sort_values(["source", "source_id"])
    assert _records(placed) == _records(cluster_keys(rows))


def _picked_again(
    rows: list[tuple[object, ...]], stored: pd.DataFrame, changed: set[int]
) -> tuple[list[tuple[object, ...]], list[tuple[str, str]]]:
    """The rows `reclustering` picks to cluster again, and the members gone, when the
    `changed` rows' inputs differ from those `stored` was clustered from."""
    gone: list[tuple[str, str]] = []
    batches = _batches_again(rows, stored, changed, gone)
    return [row for batch in batches for row in batch], gone


def _batches_again(
    rows: list[tuple[object, ...]],
    stored: pd.DataFrame,
    changed: set[int],
    gone: list[tuple[str, str]] | None = None,
) -> list[list[tuple[object, ...]]]:
    """`reclustering`'s batches (and into `gone` the members gone)."""
    con = duckdb.connect()
    con.execute("create schema staging")
    members = stored[["source", "source_id", "lead_id", "group_id"]].assign(input_hash=0)
    con.register("members", members)
    # no fingerprint kept: every posting is read in full, the changed ones are stale
    kept = (
        "source::varchar as source, source_id::varchar as source_id, "
        "lead_id::varchar as lead_id, group_id::varchar as group_id, input_hash, "
        "null::ubigint as fingerprint, "
        "null::ubigint as content_inputs, null::timestamptz as last_seen"
    )
    con.execute(f"create table staging.lead_members as select {kept} from members")  # noqa: S608
    con.execute(
        "create table staging.lead_links (source varchar, source_id varchar, tag varchar, "
        '"key" ubigint, title_key varchar)'
    )
    fresh = pd.DataFrame(rows, columns=[*ROW_COLUMNS, *KEY_COLUMNS])
    fresh["input_hash"] = [int(i in changed) for i in range(len(rows))]
    fresh.insert(0, "n", range(len(rows)))  # a number of its own for each posting
    con.register("fresh", fresh)
    typed = ", ".join(f"{c}::varchar as {c}" for c in KEY_COLUMNS)  # an all-None column
    fingerprints = (
        "select n, n as features_n, source, source_id, 0::ubigint as fingerprint, "
        "0::ubigint as content_inputs, null::timestamptz as last_seen from fresh"
    )
    query = (
        f"select * replace (kind::varchar as kind, {typed}) from fresh "  # noqa: S608
        "where n in (select n from recluster_wanted)"
    )
    found, batches = reclustering.stale(con, fingerprints, query, [])
    if gone is not None:
        gone.extend(found)
    return [[row[:-1] for row in batch] for batch in batches]


def _records(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    return [tuple(row) for row in frame.astype(object).where(frame.notna(), None).values]


@given(_SPECS)
def test_a_fuzzy_lead_never_holds_two_of_one_source_kind_or_city(specs: list[Spec]) -> None:
    frame = _frame([(*spec[:6], None, None) for spec in specs])  # no exact key links them
    merged = cluster(frame).merge(frame, on=["source", "source_id"])
    for _, lead in merged.groupby("lead_id"):
        assert lead["source"].is_unique
        assert lead["kind"].nunique() == 1
        cities = lead["location"].where(lead["location"].isin(["Berlin", "London"]))
        assert cities.nunique() <= 1


def test_twenty_thousand_postings_cluster() -> None:
    roles = ["Python Developer", "Data Engineer", "Product Designer", "DevOps Engineer"]
    roles += ["Senior Frontend Developer"]
    rows = [
        _posting(source, f"{c}-{k}", company=f"Company {c}", title=title + suffix)
        for c in range(2000)
        for k, title in enumerate(roles)
        for source, suffix in (("lever", ""), ("remotive", " (Remote)"))
    ]
    result = cluster(pd.DataFrame(rows, columns=COLUMNS))
    assert len(result) == 20_000
    assert result["lead_id"].nunique() == 10_000


def test_an_hn_header_is_compared_by_its_role_segment() -> None:
    header = "Acme | Senior Data Engineer | Berlin, Germany | REMOTE (EU) | Contract | €95/h"
    groups = _groups(
        _posting("lever", "1", title="Senior Data Engineer", company="Acme"),
        _posting("hackernews", "2", title=header, company="Acme"),
    )
    assert groups == {frozenset({"lever:1", "hackernews:2"})}


def test_a_bloc_inside_another_is_no_other_place() -> None:
    assert _pair("Data Engineer", "Data Engineer", location=None) == TOGETHER
    groups = _groups(
        _posting("lever", "1", title="Data Engineer", company="Acme", location="Remote (EU)"),
        _posting("remotive", "2", title="Data Engineer", company="Acme", location="Europe"),
    )
    assert groups == TOGETHER


def test_two_cities_of_one_country_stay_apart_while_blocs_merge() -> None:
    groups = _groups(
        _posting("lever", "1", title="Data Engineer", company="Acme", location="Berlin, DE"),
        _posting("remotive", "2", title="Data Engineer", company="Acme", location="Munich, DE"),
    )
    assert groups == APART


# ---------------------------------------------------------------- real wording (issue 7)

JOB_TEXT = (
    "We are a small analytics consultancy looking for a data engineer to own our client "
    "pipelines. You will build dbt models, run Airflow, review pull requests and pair with "
    "two analysts. Python and SQL in production for several years; remote within Europe."
)


def test_a_repost_of_one_job_under_two_urls_of_one_source_merges() -> None:
    postings = (
        _posting("remotive", "1", company="Acme", title="Data Engineer", location="Europe"),
        _posting(
            "remotive", "2", company="Acme", title="Data Engineer - Urgent", location="Europe"
        ),
    )
    texts = {("remotive", "1"): JOB_TEXT, ("remotive", "2"): JOB_TEXT + " Apply today."}
    frame = pd.DataFrame(list(postings), columns=COLUMNS)
    result = cluster(frame, lambda keys: {k: texts[k] for k in keys})
    assert result["lead_id"].nunique() == 1
    assert "repost" in str(result["merge_reason"].iloc[0])


def test_a_role_listed_again_under_a_new_id_after_it_closed_is_one_job_by_its_text() -> None:
    """Recruitee names a role published again by a new slug: once the first was gone from
    its board, the same text is the same job however soon; both listed at once, two
    openings; in another city, another job."""
    board = "https://zorgly.recruitee.com/o/"

    def offer(slug: str, day: int, closed: int | None = None, place: str = "Utrecht") -> dict:
        return _posting(
            "recruitee", slug, url=board + slug, title="Product Designer", company="Zorgly",
            location=place, text=JOB_TEXT, first_seen=T0 + timedelta(days=day),
            last_listed=None if closed is None else T0 + timedelta(days=closed),
        )  # fmt: skip

    leads = _by_text(offer("product-designer", 0, closed=8), offer("product-designer-1", 9))
    assert len(set(leads.values())) == 1
    leads = _by_text(offer("product-designer", 0), offer("product-designer-2", 2))
    assert len(set(leads.values())) == 2
    leads = _by_text(offer("product-designer", 0, closed=8), offer("product-designer-1", 9, 20))
    assert len(set(leads.values())) == 1
    moved = offer("product-designer-1", 9, place="Rotterdam")
    assert len(set(_by_text(offer("product-designer", 0, closed=8), moved).values())) == 2


def test_one_boards_two_ids_of_a_job_in_two_languages_stay_two() -> None:
    """Personio gives one position's languages under its one id (`?language=en`): two
    ids are two positions, though one is in German and one in English."""
    board = "https://nordlicht.jobs.personio.de/job/"
    leads = _leads(
        _posting("personio", "1001", url=board + "1001", company="Nordlicht GmbH",
                 title="Senior Backend-Entwickler (m/w/d)", location="München"),
        _posting("personio", "1002", url=board + "1002", company="Nordlicht GmbH",
                 title="Senior Backend Developer (m/f/d)", location="Munich"),
        _posting("inbox", "linkedin:9011", company="Nordlicht", title="Senior Backend Developer",
                 apply_url=board + "1001?language=en", location="Munich, Germany"),
    )  # fmt: skip
    assert leads["inbox:linkedin:9011"][0] == leads["personio:1001"][0]
    assert leads["personio:1002"][0] != leads["personio:1001"][0]


REMOTIVE = "https://remotive.com/remote-jobs"


def _by_text(*postings: dict[str, object]) -> dict[str, str]:
    """cluster() over postings with their texts: "source:source_id" -> lead_id."""
    texts = {(str(p["source"]), str(p["source_id"])): str(p["text"] or "") for p in postings}
    frame = pd.DataFrame(list(postings), columns=COLUMNS)
    result = cluster(frame, lambda keys: {k: texts[k] for k in keys})
    return {f"{r.source}:{r.source_id}": r.lead_id for r in result.itertuples()}


def test_a_remote_boards_job_id_joins_its_copies_whatever_their_links_look_like() -> None:
    """An alert's link may name another category (Remotive), be a short link (Remote OK's
    `/l/<id>`) or an older slug (Jobicy's), and its card a shorter title."""
    api = f"{REMOTIVE}/software-dev/senior-platform-engineer-kubernetes-2104411"
    remoteok = "https://remoteOK.com/remote-jobs/remote-python-engineer-quillfeather-1141022"
    leads = _leads(
        _posting("remotive", "2104411", url=api, title="Senior Platform Engineer (Kubernetes)",
                 company="Fernhill"),
        _posting("inbox", "remotive:2104411", title="Senior Platform Engineer", company="Fernhill",
                 url=f"{REMOTIVE}/devops/senior-platform-engineer-kubernetes-2104411"),
        _posting("remoteok", "1141022", url=remoteok, title="Python Engineer"),
        _posting("inbox", "remoteok:1141022", url="https://remoteok.com/l/1141022"),
        _posting("jobicy", "160777", url="https://jobicy.com/jobs/160777-senior-devops-engineer"),
        _posting("mastodon", "1130001", apply_url="https://jobicy.com/jobs/160777-devops-engineer"),
    )  # fmt: skip
    assert leads["inbox:remotive:2104411"] == (leads["remotive:2104411"][0], "same remotive id")
    assert leads["inbox:remoteok:1141022"][0] == leads["remoteok:1141022"][0]
    assert leads["mastodon:1130001"][0] == leads["jobicy:160777"][0]
    assert len({lead for lead, _ in leads.values()}) == 3


def test_a_remote_boards_two_ids_are_a_repost_by_their_text_not_two_openings() -> None:
    """Remotive's repost takes a new id: the same text under it is the same job, with its
    alert, while another text under another id is another opening (an ATS's two ids at
    once are two openings whatever their texts: greenhouse's are)."""
    title = "Freelance Data Engineer (Energy)"
    leads = _by_text(
        _posting("remotive", "2104700", url=f"{REMOTIVE}/data/freelance-data-engineer-2104700",
                 title=title, company="Brackwater", text=JOB_TEXT),
        _posting("remotive", "2105990", title=f"{title} - Urgent", company="Brackwater",
                 url=f"{REMOTIVE}/data/freelance-data-engineer-urgent-2105990", text=JOB_TEXT,
                 first_seen=T0 + timedelta(days=9)),
        _posting("inbox", "remotive:2105990", title=f"{title} - Urgent", company="Brackwater",
                 url=f"{REMOTIVE}/software-dev/freelance-data-engineer-urgent-2105990"),
        _posting("remotive", "2108002", url=f"{REMOTIVE}/data/freelance-data-engineer-2108002",
                 title=title, company="Brackwater", text=JOB_TEXT[::-1]),
    )  # fmt: skip
    assert leads["remotive:2104700"] == leads["remotive:2105990"] == leads["inbox:remotive:2105990"]
    assert leads["remotive:2108002"] != leads["remotive:2104700"]


def test_a_remote_boards_repost_written_anew_is_one_job_by_its_apply_page() -> None:
    """A repost under a new id whose text was rewritten still links the one job's page;
    a careers page many openings share, or two jobs' pages, tell nothing."""
    rewritten = " ".join(reversed(JOB_TEXT.split()))

    def leads(link_a: str, link_b: str) -> int:
        fields = {"company": "Brackwater", "title": "Senior Backend Engineer"}
        return len(set(_by_text(
            _posting("remotive", "2104800", apply_url=link_a, text=JOB_TEXT, **fields),
            _posting("remotive", "2107310", apply_url=link_b, text=rewritten,
                     first_seen=T0 + timedelta(days=28), **fields),
        ).values()))  # fmt: skip

    page = "https://brackwater.example/careers/senior-backend-engineer/?utm_source=remotive"
    assert leads(page, page.partition("?")[0]) == 1
    assert leads(*["https://brackwater.example/jobs/apply?job=48213"] * 2) == 1
    assert leads("https://brackwater.example/careers", "https://brackwater.example/careers/") == 2
    assert leads("https://brackwater.example/", "https://brackwater.example/") == 2
    assert leads(page, "https://brackwater.example/careers/senior-frontend-engineer") == 2
    reason = cluster(pd.DataFrame([
        _posting("remotive", "1", company="Acme", title="Backend Engineer", apply_url=page),
        _posting("remotive", "2", company="Acme", title="Backend Engineer", apply_url=page),
    ], columns=COLUMNS))["merge_reason"]  # fmt: skip
    assert list(reason) == ["repost, same apply link 1.00"] * 2


def test_two_openings_of_one_source_with_other_texts_stay_two() -> None:
    postings = (
        _posting("greenhouse", "1", company="Acme", title="Data Engineer"),
        _posting("greenhouse", "2", company="Acme", title="Data Engineer"),
    )
    other = "Join the payments team. " + JOB_TEXT.replace("analytics", "payments")[::-1]
    texts = {("greenhouse", "1"): JOB_TEXT, ("greenhouse", "2"): other}
    frame = pd.DataFrame(list(postings), columns=COLUMNS)
    assert cluster(frame, lambda keys: {k: texts[k] for k in keys})["lead_id"].nunique() == 2
    short = {("greenhouse", "1"): "Apply below.", ("greenhouse", "2"): "Apply below."}
    assert cluster(frame, lambda keys: {k: short[k] for k in keys})["lead_id"].nunique() == 2


def test_a_repost_written_without_spaces_is_long_enough_by_its_characters() -> None:
    """Chinese and Japanese write no spaces: a full paragraph is not one "word" too short to
    tell a repost by, while a line of a few words still is; Korean spaces its words."""
    chinese = (
        "我们是一家做跨境物流的公司，现招聘数据工程师一名。岗位职责：搭建和维护数据仓库，"
        "编写数据同步任务，配合分析师完成报表。任职要求：三年以上数据开发经验，熟悉SQL与Python。"
    )
    korean = (
        "저희는 물류 데이터를 다루는 회사입니다. 데이터 엔지니어로서 데이터 웨어하우스를 구축하고 "
        "동기화 작업을 작성하며 분석가와 함께 리포트를 만듭니다. 자격 요건은 SQL과 Python "
        "실무 경험 3년 이상이며, 클라우드 운영 경험이 있으면 좋습니다. 근무지는 서울이고 "
        "재택근무가 가능합니다."
    )
    assert _one_text_twice(chinese) == 1
    assert _one_text_twice("招聘数据工程师，双休，五险一金。") == 2  # a line says too little
    assert _one_text_twice(korean) == 1
    assert _one_text_twice(korean[:40]) == 2  # seven Korean words say too little


def _one_text_twice(text: str) -> int:
    """How many leads one board's two openings of one title make, both with `text`."""
    frame = pd.DataFrame(
        [_posting("greenhouse", n, company="Acme", title="Data Engineer") for n in "12"],
        columns=COLUMNS,
    )
    return int(cluster(frame, lambda keys: dict.fromkeys(keys, text))["lead_id"].nunique())


def _agency(text_a: str, text_b: str, source_b: str = "remotive") -> int:
    """How many leads one agency's one title makes on lever and `source_b`, given their texts."""
    fields = {"company": "Fairway Talent", "title": "Senior Go Developer"}
    postings = (
        _posting("lever", "1", text=text_a, **fields),
        _posting(source_b, "2", text=text_b, **fields),
    )
    texts = {("lever", "1"): text_a, (source_b, "2"): text_b}
    frame = pd.DataFrame(list(postings), columns=COLUMNS)
    return int(cluster(frame, lambda keys: {k: texts[k] for k in keys})["lead_id"].nunique())


def test_one_agency_title_for_two_clients_is_two_jobs() -> None:
    cork = "Our client, a shipping insurer in Cork, is looking for a Senior Go Developer."
    assert _agency(cork, "Our client, a games studio in Dundee, seeks a Go developer.") == 2
    basel = "Für unseren Kunden aus der Chemiebranche in Basel suchen wir einen Go Entwickler."
    assert _agency(basel, "Für unseren Kunden, ein Reiseportal in Graz, suchen wir...") == 2
    assert _agency(cork, "Pour notre client, une mutuelle à Nantes, nous recherchons un dev.") == 2
    # a repost's text, near-identical but for its client, is another job too
    twin = JOB_TEXT + " Our client, a games studio in Dundee, needs this."
    other = JOB_TEXT + " Our client, a shipping insurer in Cork, needs this."
    assert _agency(other, twin, source_b="lever") == 2
    # one client in other words, or a text naming none, is no sign of two
    assert _agency(cork, "Our client, a leading shipping insurer in Cork, seeks a Go dev.") == 1
    assert _agency(cork, "Senior Go Developer, hybrid, six months.") == 1
    assert _agency(twin, twin + " Apply today.", source_b="lever") == 1


def test_a_threaded_sources_post_in_another_thread_is_the_same_job_again() -> None:
    header = "Acme | Senior Data Engineer | Remote (EU) | Contract"
    march = _posting("hackernews", "1", company="Acme", title=header, thread="hiring:1")
    april = _posting(
        "hackernews", "2", company="Acme", title=header + " | €95/h", thread="hiring:2"
    )
    assert _groups(march, april) == {frozenset({"hackernews:1", "hackernews:2"})}
    # one thread's two posts are two jobs, as on any board
    twin = _posting("hackernews", "3", company="Acme", title=header, thread="hiring:1")
    assert len(_groups(march, twin)) == 2
    # and a source that declares no threads keeps its alike postings apart
    board = [_posting("greenhouse", str(n), company="Acme", title="Data Engineer") for n in (1, 2)]
    assert len(_groups(*board)) == 2


def test_one_place_written_two_ways_merges_across_boards() -> None:
    for a, b in [
        ("US-Remote", "Remote - United States"),
        ("Remote USA", "Remote (US only)"),
        ("NYC", "New York, NY"),
        ("San Francisco, CA", "Remote - US"),
        ("Germany", "Remote (EU)"),
        ("München", "Munich, Germany"),
    ]:
        assert _placed(a, b, "Data Engineer") == TOGETHER, (a, b)
    for a, b in [("Toronto, CA", "San Francisco, CA"), ("Remote - US", "Remote - Canada")]:
        assert _placed(a, b, "Data Engineer") == APART, (a, b)


def test_company_spacing_developer_engineer_and_spam_suffixes_still_match() -> None:
    groups = _groups(
        _posting("lever", "1", company="Data Corp", title="Senior Python Developer"),
        _posting("remotive", "2", company="DataCorp", title="Senior Python Engineer - Hiring Now"),
    )
    assert groups == TOGETHER
    assert _pair("Senior Python Developer", "Junior Python Engineer") == APART


def test_job_platform_ids_merge_an_alerts_tracking_link_with_the_saved_job() -> None:
    alert = "https://www.linkedin.com/comm/jobs/view/4390011223/?trackingId=abc%3D%3D&refId=x"
    indeed_alert = "https://de.indeed.com/rc/clk?jk=5a1c2e3f4b5d6e7f&from=ja&tk=1h"
    glassdoor_alert = "https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009912345671"
    glassdoor_page = "https://www.glassdoor.co.uk/job-listing/x-JV_IC1.htm?jl=1009912345671"
    leads = _leads(
        _posting("inbox", "linkedin:4390011223", url=alert, title="Analytics Engineer"),
        _posting("linkedin", "4390011223", url="http://www.linkedin.com/jobs/view/4390011223"),
        _posting("inbox", "indeed:5a1c2e3f4b5d6e7f", url=indeed_alert),
        _posting("remotive", "9", url="https://www.indeed.com/viewjob?jk=5a1c2e3f4b5d6e7f"),
        _posting("inbox", "glassdoor:1009912345671", url=glassdoor_alert, title="Data Lead"),
        _posting("himalayas", "7", url=glassdoor_page, title="Data Lead"),
    )
    assert leads["inbox:linkedin:4390011223"][0] == leads["linkedin:4390011223"][0]
    assert leads["linkedin:4390011223"][1] == "same linkedin id"
    assert leads["inbox:indeed:5a1c2e3f4b5d6e7f"][0] == leads["remotive:9"][0]
    glassdoor = leads["inbox:glassdoor:1009912345671"]
    assert glassdoor[0] == leads["himalayas:7"][0]
    assert "same glassdoor id" in (glassdoor[1], leads["himalayas:7"][1])


def test_a_bloc_named_in_several_words_is_no_other_place() -> None:
    assert _pair("Data Engineer", "Data Engineer", location=None) == TOGETHER
    together = {"location": "European Union (Remote)"}
    assert _groups(
        _posting("inbox", "1", title="Data Engineer", company="Acme", **together),
        _posting("lever", "2", title="Data Engineer", company="Acme", location="Remote - Europe"),
    ) == {frozenset({"inbox:1", "lever:2"})}
    assert _groups(
        _posting("inbox", "1", title="Data Engineer", company="Acme", **together),
        _posting("lever", "2", title="Data Engineer", company="Acme", location="Austin, Texas"),
    ) == {frozenset({"inbox:1"}), frozenset({"lever:2"})}


def test_postings_without_links_never_meet_through_a_missing_value() -> None:
    """Postings with no URL, company or title (SQL nulls) share no key through them."""
    rows = [
        (s, str(n), "demand", 0, None, None, None, *(None for _ in KEY_COLUMNS))
        for n, s in enumerate(["reddit", "remotive", "network-message"])
    ]
    assert cluster_keys(rows)["lead_id"].nunique() == 3


# ---------------------------------------------------------------- board spam and places (issue 10)


def test_board_spam_around_a_title_is_no_part_of_it() -> None:
    for spammed in [
        "Billing Engineer II (100% Remote)",
        "Billing Engineer II - Top Pay",
        "URGENT: Billing Engineer II",
        "[Remote] Billing Engineer II !!",
        "Billing Engineer II | Hiring Now!",
        "Billing Engineer II - Fully Remote",
    ]:
        assert _pair("Billing Engineer II", spammed) == TOGETHER, spammed
    assert _pair("Billing Engineer III", "Billing Engineer II - Top Pay") == APART


def test_an_hn_role_segment_with_a_qualifier_is_still_the_role() -> None:
    def header(role: str) -> str:
        return f"Acme | {role} | Lisbon, Portugal | Full-time | Competitive"

    for role in [
        "Billing Engineer (Remote)",
        "[Remote] Billing Engineer",
        "Hiring Now: Billing Engineer",
    ]:
        assert _pair("Billing Engineer", header(role), location="Lisbon") == TOGETHER, role
    assert _pair("Junior Billing Engineer", header("Senior Billing Engineer - Remote")) == APART


def test_working_hours_and_local_city_names_are_places() -> None:
    for a, b in [
        ("Remote (CET ± 2h)", "Remote (EU)"),
        ("Remote, UTC-1 to UTC+3", "Europe"),
        ("Praha", "Prague, Czechia"),
        ("Warszawa, Polska", "Warsaw"),
        ("Remote - North or South America", "Americas"),
    ]:
        assert _placed(a, b, "Billing Engineer") == TOGETHER, (a, b)
    for a, b in [
        ("Remote (CET ± 2h)", "Remote (US only)"),
        ("Remote (CET ± 2h)", "Berlin, Germany"),
        ("Praha", "Brno, Czechia"),
        ("Hartford, CT", "Bogotá"),  # CT is Connecticut here, not Central time
    ]:
        assert _placed(a, b, "Billing Engineer") == APART, (a, b)


def test_a_large_block_scores_titles_as_a_pair_does() -> None:
    """A block past the pairwise size is scored by cdist: its scores (and so the order
    in which links are tried) are those of one pair's call, to the last bit."""
    titles = ["senior data engineer", "data engineer senior", "senior data engineers"]
    titles += ["senior data engineer platform", "platform senior data engineer"]
    titles += ["senior data enginer", "snr data engineer", "senior date engineer"]
    rows = [_posting("lever", str(n), company="Acme", title=t) for n, t in enumerate(titles)]
    keyed = [_row(*row) for row in _rows(pd.DataFrame(rows, columns=COLUMNS))]
    links = _fuzzy_links(keyed)
    assert len(keyed) > _SMALL_BLOCK and links
    for score, i, j in links:
        assert score == fuzz.token_sort_ratio(keyed[i].title, keyed[j].title)


TITLE_WORDS = ["senior", "data", "engineer", "engineers", "enginer", "go", "ios", "é", "c++", "a"]


@given(st.lists(st.lists(st.sampled_from(TITLE_WORDS), max_size=5).map(" ".join), max_size=12))
def test_alike_titles_are_those_token_sort_ratio_finds(titles: list[str]) -> None:
    """Titles scored by ratio on their sorted words, pair by pair or by cdist, link the
    pairs token_sort_ratio scores at TITLE_MIN or more, at its score."""
    rows = [_posting("lever", str(n), company="Acme", title=t) for n, t in enumerate(titles)]
    keyed = [_row(*row) for row in _rows(pd.DataFrame(rows, columns=COLUMNS))]
    expected = {
        (i, j): fuzz.token_sort_ratio(a.title, b.title)
        for i, a in enumerate(keyed)
        for j, b in enumerate(keyed[i + 1 :], i + 1)
        if a.title and b.title and fuzz.token_sort_ratio(a.title, b.title) >= TITLE_MIN
    }
    assert {(i, j): score for score, i, j in _fuzzy_links(keyed)} == expected


URL_PIECES = ["https://", "http:", "www.", "LinkedIn.", "linkedin", "INDEED.", "upwork.COM"]
URL_PIECES += ["wellfound.com", "angel.co", "%3A", "%3a", "x", "/", "?u=", ".", "-", " "]


@given(st.lists(st.sampled_from(URL_PIECES), max_size=10).map("".join))
def test_an_ascii_url_lower_cased_names_a_platform_as_ignoring_case_does(url: str) -> None:
    expected = bool(dedupe_keys._PLATFORM.search(url))
    assert bool(dedupe_keys._PLATFORM_ASCII.search(url.lower())) is expected


def test_an_hn_company_segment_with_its_batch_is_not_the_role() -> None:
    header = "Acme (YC W21) | Staff Data Engineer | REMOTE (US) | Full-time | $190k-$230k"
    assert _pair("Staff Data Engineer", header) == TOGETHER


def test_a_title_tail_naming_only_places_is_where_the_job_is_not_what() -> None:
    for a, b in [
        ("Senior Analytics Engineer (Remote, Canada)", "Senior Analytics Engineer"),
        ("Senior Backend Engineer (Remote - US)", "Senior Backend Engineer"),
        ("Solutions Engineer - EMEA", "Solutions Engineer"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    assert _pair("Account Executive (London)", "Account Executive (Dublin)") == APART
    assert (
        _groups(
            _posting("lever", "1", company="Acme", title="Account Executive (London)"),
            _posting("remotive", "2", company="Acme", title="Account Executive", location="Dublin"),
        )
        == APART
    )


def test_a_comma_tail_naming_a_place_is_where_the_job_is_but_a_specialty_stays() -> None:
    for a, b in [
        ("Platform Engineer, New York", "Platform Engineer"),
        ("Senior Designer, Lisbon, Portugal", "Senior Designer"),
        ("Data Analyst, Remote, US", "Data Analyst"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    assert _pair("Account Executive, Madrid", "Account Executive, Oslo") == APART
    # a territory inside a wider location is part of what the job is
    europe = {"location": "Remote - Europe"}
    for a, b in [("Account Executive, Italy", "Account Executive, Poland"),
                 ("Account Executive (Italy)", "Account Executive (Poland)")]:  # fmt: skip
        assert _pair(a, b, **europe) == APART, a
    for a, b in [
        ("Senior Platform Engineer, AI", "Senior Platform Engineer, Data"),
        ("Software Engineer, Billing", "Software Engineer, Search"),
    ]:
        assert _pair(a, b) == APART, a


def test_compound_words_gender_tags_grade_numbers_and_ml_are_spelt_one_way() -> None:
    for a, b in [
        ("Senior Front-End Developer", "Senior Frontend Engineer"),
        ("Back End Engineer", "Backend Engineer"),
        ("Senior Data Engineer (all genders)", "Senior Data Engineer (m/w/d)"),
        ("Data Scientist 2", "Data Scientist II"),
        ("Senior ML Engineer", "Senior Machine Learning Engineer"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    assert _pair("Data Scientist 2", "Data Scientist III") == APART


def test_pay_in_a_title_tail_and_qualifiers_in_other_languages_name_no_role() -> None:
    for a, b in [
        ("Senior Rails Developer ($90-110/hr)", "Senior Rails Developer"),
        ("SAP Consultant (650 EUR/day)", "SAP Consultant"),
        ("Senior Elixir Engineer (€80k-€95k)", "Senior Elixir Engineer"),
        ("Technical Writer, $60/hr", "Technical Writer"),
        ("Shopify Developer (40 USD per hour)", "Shopify Developer"),
        ("Senior Softwareentwickler (m/w/d) - Remote möglich", "Senior Softwareentwickler"),
        ("DevOps Engineer (Vollzeit)", "DevOps Engineer"),
        ("Frontend Entwickler (Homeoffice)", "Frontend Entwickler"),
        ("Développeur Backend Python (H/F)", "Développeur Backend Python"),
        ("Ingeniero de Datos - Remoto", "Ingeniero de Datos"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    for a, b in [  # a bracket that is no pay still names the role
        ("Software Engineer (L4)", "Software Engineer (L6)"),
        ("Platform Engineer (Kubernetes)", "Platform Engineer (Windows)"),
        ("Senior Elixir Engineer (€80k)", "Senior Erlang Engineer"),
        ("Lead Data Engineer ($150k)", "Senior Data Engineer"),
        # a long tail with pay in it says more than pay
        ("Data Engineer, Payments team paid up to $120k a year", "Data Engineer"),
    ]:
        assert _pair(a, b) == APART, a


def test_every_dashed_part_naming_pay_terms_or_places_is_no_part_of_the_role() -> None:
    for a, b in [
        ("Senior Billing Engineer – $95/hr – Remote", "Senior Billing Engineer"),
        ("Billing Engineer - Remote - EU", "Billing Engineer"),
        ("Billing Engineer (Remote) - $125,000 - $150,000", "Billing Engineer"),
        ("Billing Engineer — Up to $160k — Remote (Worldwide)", "Billing Engineer"),
        ("Billing Engineer – Contract-to-hire", "Billing Engineer"),
        ("Billing Engineer - Contract to Perm - C2H", "Billing Engineer"),
        ("Billing Engineer - 6 month contract", "Billing Engineer"),
        ("Billing Engineer - 12-month Fixed Term", "Billing Engineer"),
        ("Billing Analyst - £400/day - Outside IR35", "Billing Analyst"),
        ("Billing Manager - Maternity Cover", "Billing Manager"),
        ("Billing Engineer - Remote - EU Timezones", "Billing Engineer"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    for a, b in [  # a dashed part naming a team or stack is the role, wherever it stands
        ("Billing Engineer – Ledger – Remote", "Billing Engineer – Invoicing"),
        ("Billing Engineer – $95/hr – Remote", "Billing Analyst"),
        ("Senior Billing Engineer – €90k – Remote", "Staff Billing Engineer"),
        ("Billing Engineer - 6 month contract", "Billing Engineer II"),
    ]:
        assert _pair(a, b) == APART, a
    assert (  # a city in a middle part is where the job is
        _groups(
            _posting("lever", "1", company="Acme", title="Billing Engineer - Munich - Hybrid"),
            _posting("remotive", "2", company="Acme", title="Billing Engineer", location="Berlin"),
        )
        == APART
    )


def test_the_trade_in_another_language_and_a_gendered_pair_are_one_trade() -> None:
    for a, b in [
        ("Frontend-Entwickler (w/m/d)", "Frontend Developer"),
        ("Javaentwicklerin / Javaentwickler (m/w/d)", "Java Developer"),
        ("Senior Backend-Entwickler Kotlin (w/m/d) - Teilzeit", "Senior Backend Engineer Kotlin"),
        ("Développeur Full Stack (H/F) - CDI", "Full-Stack Developer"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    for a, b in [
        ("Frontend-Entwickler (w/m/d)", "Backend Developer"),
        ("Werkstudent Softwareentwicklung (m/w/d)", "Software Developer"),
    ]:
        assert _pair(a, b) == APART, a


def test_a_german_intern_and_working_student_are_the_english_ones_and_two_levels() -> None:
    for a, b in [
        ("Werkstudent (m/w/d) Marketing", "Working Student Marketing"),
        ("Werkstudentin Recruiting", "Working Student Recruiting (m/f/d)"),
        ("Praktikant (m/w/d) Softwareentwicklung", "Intern Software Development"),
        ("Praktikum Marketing (m/w/d)", "Marketing Intern"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    for a, b in [
        ("Werkstudent Data Analytics (m/w/d)", "Data Analytics"),
        ("Praktikant Marketing", "Werkstudent Marketing"),
        ("Working Student Sales", "Sales"),
    ]:
        assert _pair(a, b) == APART, a


def test_a_citys_local_name_is_the_city() -> None:
    for a, b in [("Köln", "Cologne, Germany"), ("Roma, Italia", "Rome"), ("Genève", "Geneva")]:
        assert _placed(a, b, "Billing Engineer") == TOGETHER, (a, b)
    assert _placed("Köln", "Düsseldorf, Germany", "Billing Engineer") == APART


def test_a_company_written_as_its_domain_is_the_company() -> None:
    assert (
        _groups(
            _posting("lever", "1", company="Nimbus.io", title="DevOps Engineer"),
            _posting("remotive", "2", company="Nimbus", title="DevOps Engineer"),
        )
        == TOGETHER
    )


def test_two_namesakes_on_two_boards_stay_two_and_a_copy_without_a_board_may_join() -> None:
    bank = _posting("greenhouse", "1", company="Mercury", title="Senior Product Designer",
                    url="https://job-boards.greenhouse.io/mercury/jobs/1")  # fmt: skip
    agency = _posting("lever", "2", company="Mercury", title="Senior Product Designer",
                      url=f"https://jobs.lever.co/mercury-creative/{UUID}")  # fmt: skip
    assert _groups(bank, agency) == {frozenset({"greenhouse:1"}), frozenset({"lever:2"})}
    alert = _posting("remotive", "3", company="Mercury", title="Senior Product Designer")
    assert _groups(bank, alert) == {frozenset({"greenhouse:1", "remotive:3"})}


@pytest.mark.parametrize(
    ("source", "url"),
    [
        ("workable", "https://apply.workable.com/mercury-creative/j/9F3A2B1C0D/"),
        ("hackernews", "https://mercury-creative.workable.com/j/9F3A2B1C0D"),
        ("smartrecruiters", "https://jobs.smartrecruiters.com/MercuryCreative/744000123456789"),
        (
            "jobposting",
            "https://boards.greenhouse.io/embed/job_app?token=4012345&for=mercurycreative",
        ),
        ("lever", f"https://jobs.eu.lever.co/mercury-creative/{UUID}"),
    ],
)
def test_a_namesakes_board_in_any_form_keeps_them_two(source: str, url: str) -> None:
    bank = _posting("greenhouse", "1", company="Mercury", title="Senior Product Designer",
                    url="https://job-boards.eu.greenhouse.io/mercury/jobs/1")  # fmt: skip
    agency = _posting(source, "2", company="Mercury", title="Senior Product Designer", url=url)
    assert _groups(bank, agency) == {frozenset({"greenhouse:1"}), frozenset({f"{source}:2"})}


def test_an_apply_form_naming_no_board_leaves_the_site_to_the_posting_link() -> None:
    form = "https://jobs.smartrecruiters.com/oneclick-ui/company/MercuryCreative/publication/1"
    page = "https://jobs.smartrecruiters.com/MercuryCreative/744000123456789"
    assert site_of(form, page) == "mercurycreative"


def test_a_board_token_with_a_sites_affix_is_the_company() -> None:
    for token in ("Lanternhq", "Trylantern", "Lantern-app"):
        lantern = _posting("lever", "1", company=token, title="Staff Data Engineer",
                           url=f"https://jobs.lever.co/{token.lower()}/{UUID}")  # fmt: skip
        alert = _posting("remotive", "2", company="Lantern", title="Staff Data Engineer")
        assert _groups(lantern, alert) == TOGETHER, token


def test_a_token_its_text_writes_as_the_name_keeps_its_site_word() -> None:
    """A "Getaround" is a name, not "get" + "Around": its text says so; "TryHackMe" too."""
    for token, other, text in (
        ("Getaround", "Around", "Getaround is a carsharing marketplace in 8 countries."),
        ("TryHackMe", "HackMe", None),
    ):
        own = _posting("lever", "1", company=token, title="Senior Backend Engineer", text=text,
                       url=f"https://jobs.lever.co/{token.lower()}/{UUID}")  # fmt: skip
        namesake = _posting("remotive", "2", company=other, title="Senior Backend Engineer")
        assert len(_groups(own, namesake)) == 2, token


def test_an_agency_copy_naming_its_client_meets_the_clients_own_posting() -> None:
    own = _posting("lever", "1", company="Kelpie Health", title="Senior Python Developer")
    text = "Our client, Kelpie Health, a digital clinic in Boston, is hiring."
    agency = _posting("remotive", "2", company="Brightpath Talent", title="Senior Python Developer",
                      text=text)  # fmt: skip
    assert _groups(own, agency) == TOGETHER


# ---------------------------------------------------------------- cases left (s30)


@pytest.mark.parametrize(
    ("place_a", "place_b", "expected"),
    [
        ("Remote (EU)", "Lisbon, Portugal or Remote", TOGETHER),
        ("Remote - Europe", "Remote - Utrecht, Netherlands", TOGETHER),
        ("EMEA", "Cork, Ireland (Remote)", TOGETHER),
        ("Remote (EU)", "Lisbon, Portugal", APART),  # an office role and a remote one
        ("Remote (EU)", "Utrecht, Netherlands (Hybrid)", APART),
        ("Remote (US)", "Lisbon or remote", APART),  # the city is in no country it names
        ("LATAM", "Remote - Madrid, Spain", APART),
    ],
)
def test_a_city_that_says_remote_meets_a_bloc_holding_its_country(
    place_a: str, place_b: str, expected: set[frozenset[str]]
) -> None:
    assert _placed(place_a, place_b, "Senior Data Engineer") == expected


@pytest.mark.parametrize(
    ("place_a", "place_b", "expected"),
    [
        ("US East", "Remote - EST", TOGETHER),
        ("US-East", "United States", TOGETHER),
        ("Remote, US Eastern Time", "East Coast", TOGETHER),
        ("Remote (PST)", "USA", TOGETHER),
        ("Remote (PST)", "Remote - US East", APART),
        ("US-West", "Remote (EU)", APART),
        ("Remote (EST)", "Remote (EU)", APART),
        ("East London", "US East", APART),  # east of a city names no US coast
        ("Mountain West", "Boise, ID", TOGETHER),
        ("Rocky Mountain Region", "Remote - MT/ID/WY", TOGETHER),
        ("Pacific Northwest", "Remote - Tacoma, WA", TOGETHER),
        ("New England", "Providence, RI", TOGETHER),
        ("Mountain West", "Remote - Pacific Northwest", APART),
        ("New England", "Manchester, England", APART),
        ("Mountain View, CA", "Mountain West", APART),  # a city's name, no region
    ],
)
def test_a_us_region_by_coast_or_zone_is_the_us_and_its_part(
    place_a: str, place_b: str, expected: set[frozenset[str]]
) -> None:
    assert _placed(place_a, place_b, "Account Executive") == expected


@pytest.mark.parametrize(
    ("place_a", "place_b", "expected"),
    [
        ("Springfield, IL", "Springfield, MO", APART),  # one city's name, two states
        ("Remote - US (NY, NJ, PA)", "Newark, NJ", TOGETHER),
        ("Remote - US (NY, NJ, PA)", "Denver, CO", APART),  # in no state it lists
        ("IL", "Chicago, IL", TOGETHER),  # a code alone: Illinois,
        ("IL", "Tel Aviv, Israel", TOGETHER),  # or Israel,
        ("IL", "Columbia, MO", APART),  # but neither is Missouri
        ("IL", "Berlin, Germany", APART),
        ("Israel", "Chicago, IL", APART),  # beside a US city the code is the state
        ("Remote, CA", "Toronto, Canada", TOGETHER),
        ("Remote, CA", "Oakland, CA", TOGETHER),
        ("Canada", "Fresno, CA", APART),
        ("Lakewood, CO", "Colombia", APART),  # beside a city no list holds, the state
        ("Lakewood, CO", "Colorado", TOGETHER),
    ],
)
def test_a_state_is_a_place_and_a_code_alone_may_be_a_country_or_a_state(
    place_a: str, place_b: str, expected: set[frozenset[str]]
) -> None:
    assert _placed(place_a, place_b, "Field Service Technician") == expected


def test_a_title_in_another_language_or_abbreviated_meets_its_english_form() -> None:
    for a, b in [
        ("Ingeniero de Software Senior", "Senior Software Engineer"),
        ("Ingénieur Logiciel Senior", "Senior Software Engineer"),
        ("Engenheiro de Software Sênior", "Senior Software Engineer"),
        ("Analista de Datos Senior", "Senior Data Analyst"),
        ("Gerente de Producto", "Product Manager"),
        ("Snr Data Engineer", "Senior Data Engineer"),
        ("Sen. Data Engineer", "Senior Data Engineer"),
        ("Jnr Frontend Developer", "Junior Frontend Engineer"),
    ]:
        assert _pair(a, b) == TOGETHER, a
    for a, b in [
        ("Ingeniero de Datos Senior", "Senior Software Engineer"),
        ("Ingeniero de Software Senior", "Staff Software Engineer"),
        ("Gerente de Producto", "Senior Product Manager"),
        ("Snr Data Engineer", "Staff Data Engineer"),
        ("SEN Teaching Assistant", "Senior Teaching Assistant"),  # special needs, no grade
    ]:
        assert _pair(a, b) == APART, a
    assert _pair("Ingénieur DevOps", "DevOps Engineer", location="Lyon") == TOGETHER
    assert (
        _groups(
            _posting("lever", "1", company="Acme", title="Ingénieur DevOps", location="Lyon"),
            _posting("remotive", "2", company="Acme", title="DevOps Engineer", location="Paris"),
        )
        == APART
    )


def test_a_name_it_surely_goes_by_or_its_board_backs_is_the_company() -> None:
    def named(company: str, other: str, **fields: object) -> set[frozenset[str]]:
        return _groups(
            _posting("lever", "1", company=company, title="Data Engineer", **fields),
            _posting("remotive", "2", company=other, title="Data Engineer"),
        )

    assert named("Orbital Technologies, Inc.", "Orbital") == TOGETHER
    assert named("Heronsoft Software Inc.", "Heronsoft") == TOGETHER
    board = f"https://jobs.ashbyhq.com/pylon/{UUID}"
    assert named("Pylon Labs", "Pylon", url=board) == TOGETHER
    assert named("Pylon Labs", "Pylon") == APART  # "Labs" may name another company
    assert named("Pylon Labs", "Pylon Health", url=board) == APART
    assert named("Marlin Capital", "Marlin") == APART
    # a trade's word too ("Logistics", "Energy"): only its board's name settles it
    fenwick = f"https://jobs.lever.co/fenwick/{UUID}"
    assert named("Fenwick Logistics Inc.", "Fenwick", url=fenwick) == TOGETHER
    assert named("Fenwick Logistics Inc.", "Fenwick") == APART


def test_two_jobs_of_one_tracker_stay_apart_however_alike_their_titles() -> None:
    board = "https://boards.greenhouse.io/acme/jobs/{}"
    groups = _groups(
        _posting("linkedin", "1", company="Acme", title="Senior Software Engineer",
                 apply_url=board.format("5550123") + "?gh_src=x1"),
        _posting("greenhouse", "2", company="Acme", title="Senior Software Engineer",
                 url=board.format("5550999")),
        _posting("remotive", "3", company="Acme", title="Senior Software Engineer"),
    )  # fmt: skip
    assert frozenset({"linkedin:1", "greenhouse:2"}) not in groups
    assert len(groups) == 2  # the one without a link joins one of them


def test_an_hn_header_names_where_the_job_is() -> None:
    def monthly(place_a: str, place_b: str) -> set[frozenset[str]]:
        return _groups(
            _posting("hackernews", "1", company="Acme", thread="2026-01",
                     title=f"Acme | Data Engineer | {place_a} | Full-time"),
            _posting("hackernews", "2", company="Acme", thread="2026-02",
                     title=f"Acme | Data Engineer | {place_b}"),
        )  # fmt: skip

    both = {frozenset({"hackernews:1", "hackernews:2"})}
    assert monthly("Berlin or Remote (EU)", "REMOTE (EU) or Berlin") == both
    assert monthly("Berlin", "Lisbon") != both


@pytest.mark.parametrize(
    ("title_a", "title_b", "together"),
    [
        ("Support Agent - Night Shift", "Support Agent", True),  # one board leaves it out
        ("Support Agent (Weekends)", "Support Agent", True),
        ("Support Agent – Evening shift", "Support Agent", True),
        ("Lagerhelfer (m/w/d) Nachtschicht", "Lagerhelfer (m/w/d)", True),
        ("Support Agent (SHIFT)", "Support Agent", True),  # a bare shift names none
        ("Support Agent - Night Shift", "Support Agent (Day Shift)", False),
        ("Support Agent - 2nd Shift", "Support Agent - 3rd Shift", False),
        ("Lagerhelfer Spätschicht", "Lagerhelfer Frühschicht", False),
        ("Night Shift Supervisor", "Day Shift Supervisor", False),
        ("Shift Supervisor", "Supervisor", False),  # a role, not a shift
        ("Night Auditor", "Auditor", False),
        ("Overnight Supervisor", "Night Shift Supervisor", True),  # the shift's supervisor
        ("Weekend Manager", "Shift Manager", True),
        ("Night Supervisor", "Day Shift Supervisor", False),
        ("Night Supervisor", "Night Shift Manager", False),
        ("Tag Manager Analyst", "Shift Manager Analyst", False),  # not a day ("Tag")
    ],
)
def test_a_shift_one_title_names_alone_joins_while_two_shifts_stay_apart(
    title_a: str, title_b: str, together: bool
) -> None:
    assert _pair(title_a, title_b, location="Leeds, UK") == (TOGETHER if together else APART)


def test_the_shifts_a_title_names_are_its_shift_key() -> None:
    shifts = {
        title: posting_keys(None, None, title, "Acme", None, None, None, FINDER).shift
        for title in (
            "Warehouse Associate (Evenings & Weekends)", "Agente de soporte - Turno Noche",
            "Security Officer - Overnight", "Weekend Editor", "Day 1 Engineer",
        )
    }  # fmt: skip
    assert shifts == {
        "Warehouse Associate (Evenings & Weekends)": "evening weekend",
        "Agente de soporte - Turno Noche": "night",
        "Security Officer - Overnight": "night",
        "Weekend Editor": "",
        "Day 1 Engineer": "",
    }


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        (("Backend Engineer, US East", "Remote"), ("Backend Engineer", "New York, NY"), True),
        (("Backend Engineer, US East", "Remote"), ("Backend Engineer", "United States"), True),
        (("Backend Engineer - US Central", None), ("Backend Engineer", "Chicago, IL"), True),
        (("Backend Engineer (US-Remote)", "Remote"), ("Backend Engineer", "Remote (US)"), True),
        (("Backend Engineer, US East", "Remote"), ("Backend Engineer, US West", "Remote"), False),
        (("Backend Engineer, US West", "Remote"), ("Backend Engineer", "Atlanta, Georgia"), False),
        (("Backend Engineer (US-Remote)", "Remote"), ("Backend Engineer", "London, UK"), False),
    ],
)
def test_a_us_region_in_a_title_is_where_the_job_is(
    a: tuple[str, str | None], b: tuple[str, str | None], together: bool
) -> None:
    groups = _groups(
        _posting("lever", "1", company="Acme", title=a[0], location=a[1]),
        _posting("remotive", "2", company="Acme", title=b[0], location=b[1]),
    )
    assert groups == (TOGETHER if together else APART)


GIG_TEXT = (
    "Looking for someone to turn our recipe spreadsheet into a small web app: search by "
    "ingredient, a shopping list and printable cards. Any stack is fine if it is easy to host "
    "cheaply. Budget around $1,500, four weeks. Send a short note and two projects you built."
)


@pytest.mark.parametrize(
    ("poster_b", "text_b", "together"),
    [
        ("pantry_pete", GIG_TEXT.replace("Send a short", "Still open! Send a short"), True),
        ("someone_else", GIG_TEXT, False),  # one handle is its own poster's company
        ("pantry_pete", JOB_TEXT, False),  # one poster's other gig
    ],
)
def test_one_posters_repost_of_a_gig_merges_by_its_text(
    poster_b: str, text_b: str, together: bool
) -> None:
    title = "[Hiring] Web developer for a recipe app"
    postings = (
        _posting("reddit", "t3_a1", title=title, poster="pantry_pete", text=GIG_TEXT),
        _posting("reddit", "t3_b2", title=title, poster=poster_b, text=text_b),
    )
    texts = {(p["source"], p["source_id"]): p["text"] for p in postings}
    frame = pd.DataFrame(list(postings), columns=COLUMNS)
    result = cluster(frame, lambda keys: {k: texts[k] for k in keys})
    assert (result["lead_id"].nunique() == 1) == together
    assert result["company_key"].isna().all()  # a poster is no company to filter by


def test_alerts_of_one_job_from_two_platforms_merge_while_one_platforms_two_stay_two() -> None:
    """The inbox relays many platforms: a LinkedIn and a Jobberman card of one job are two
    boards' copies, while two Jobberman cards of one title are Jobberman's two openings."""
    card = {"title": "Product Manager", "location": "Lagos"}
    assert _groups(
        _posting("inbox", "linkedin:4100000005", company="Ledgerline Inc.", **card),
        _posting("inbox", "jobberman:product-manager-p7w2r4", company="Ledgerline", **card),
        _posting("inbox", "myjobmag:product-manager-at-ledgerline", company="Ledgerline",
                 title="Product Manager at Ledgerline", location="Lagos"),
        _posting("inbox", "jobberman:product-manager-t5u6v7", company="Ledgerline", **card),
    ) == {
        frozenset({"inbox:linkedin:4100000005", "inbox:jobberman:product-manager-p7w2r4",
                   "inbox:myjobmag:product-manager-at-ledgerline"}),
        frozenset({"inbox:jobberman:product-manager-t5u6v7"}),
    }  # fmt: skip


def test_a_boards_at_employer_is_no_part_of_the_title_but_another_words_are() -> None:
    keys = [
        posting_keys(None, None, title, "Ledgerline Ltd", None, None, None, FINDER).title
        for title in ("Product Manager at Ledgerline", "Product Manager @ Ledgerline Limited",
                      "Head of Growth at Scale")
    ]  # fmt: skip
    assert keys == ["product manager", "product manager", "head of growth at scale"]


def test_a_citys_area_postcode_and_working_from_home_name_no_other_place() -> None:
    assert _placed("London EC2A", "London Area, United Kingdom", "ML Engineer") == TOGETHER
    assert len(_placed("10115 Berlin", "Greater Lagos", "ML Engineer")) == 2
    assert len(_placed("Remote (Work from home)", "Nigeria (Remote)", "QA Analyst")) == 1
    assert len(_placed("Lagos State, Nigeria", "Abuja", "QA Analyst")) == 2


def test_a_prefecture_or_city_meets_the_ward_its_address_names_without_spaces() -> None:
    assert _placed("東京都", "東京都港区", "経理スタッフ") == TOGETHER
    assert _placed("港区, 東京都", "東京都港区", "経理スタッフ") == TOGETHER
    assert _placed("東京都港区", "東京都千代田区", "経理スタッフ") == APART  # two wards
    assert _placed("東京都港区", "大阪府大阪市北区", "経理スタッフ") == APART
    assert _placed("广州市", "广州市天河区", "会计") == TOGETHER
    assert _placed("北京市朝阳区", "广州市", "会计") == APART
    assert _placed("서울특별시", "서울 강남구", "회계 담당자") == TOGETHER
    assert _placed("서울특별시", "부산광역시", "회계 담당자") == APART


def test_an_address_with_its_prefecture_meets_one_with_its_ward_in_the_same_city() -> None:
    """The prefecture or province above a city says no more than the city: "神奈川県横浜市"
    is in Yokohama as "横浜市西区" is; a Korean place is written with its level or without."""
    title = "経理スタッフ"
    assert _placed("神奈川県横浜市", "横浜市西区", title) == TOGETHER
    assert _placed("神奈川県", "神奈川県横浜市", title) == TOGETHER
    assert _placed("神奈川県横浜市", "神奈川県川崎市", title) == APART  # two cities
    assert _placed("横浜市西区", "横浜市中区", title) == APART  # two wards
    assert _placed("广东省深圳市", "深圳市南山区", "会计") == TOGETHER
    assert _placed("上海市", "上海", "会计") == TOGETHER
    assert _placed("上海市浦东新区", "上海市徐汇区", "会计") == APART
    assert _placed("경기도 성남시", "성남", "회계 담당자") == TOGETHER
    assert _placed("경기", "경기도", "회계 담당자") == TOGETHER
    assert _placed("김포시", "김포", "회계 담당자") == TOGETHER
    assert _placed("경기도 성남시", "경기도 수원시", "회계 담당자") == APART
    assert _placed("인도", "인천", "회계 담당자") == APART  # India keeps its last syllable


def test_a_prefecture_named_like_its_city_holds_other_cities() -> None:
    """A prefecture written with its sign is read apart from the city of its name: "福岡県"
    holds Kitakyushu as well as Fukuoka, and "愛知県" above Nagoya says no more than Nagoya."""
    title = "インフラエンジニア"
    assert _placed("愛知県名古屋市", "名古屋市中村区", title) == TOGETHER
    assert _placed("福岡県福岡市博多区", "福岡市", title) == TOGETHER
    assert _placed("福岡県福岡市", "福岡県北九州市", title) == APART
    assert _placed("広島県広島市", "広島県福山市", title) == APART
    assert _placed("静岡県静岡市", "静岡県浜松市", title) == APART  # neither in the table
    assert _placed("吉林省吉林市", "吉林省长春市", "会计") == APART


def test_a_japanese_prefecture_alone_meets_a_city_inside_it() -> None:
    """A prefecture alone may be any city in it, as a country may: the city of its name
    ("福岡市", "静岡市葵区"), a city of the place table it holds ("横浜市"), its name without
    its sign ("神奈川"); a city of another prefecture, or another city, stays apart."""
    title = "インフラエンジニア"
    assert _placed("福岡県", "福岡市", title) == TOGETHER
    assert _placed("福岡県", "北九州市小倉北区", title) == TOGETHER
    assert _placed("神奈川", "神奈川県横浜市", title) == TOGETHER
    assert _placed("神奈川県", "横浜市", title) == TOGETHER
    assert _placed("Yokohama, Japan", "神奈川県", title) == TOGETHER
    assert _placed("静岡県", "静岡市葵区", title) == TOGETHER  # neither in the table
    assert _placed("福岡市", "北九州市", title) == APART
    assert _placed("愛知県", "福岡市", title) == APART
    assert _placed("兵庫県", "大阪市北区", title) == APART
    assert _placed("神奈川県", "東京都港区", title) == APART
    assert _placed("新竹縣", "新竹市", "後端工程師") == APART  # Taiwan's county is no prefecture


def test_a_chinese_or_korean_province_alone_meets_a_city_inside_it() -> None:
    """A province alone, with its sign or without, may be any city in it, as a Japanese
    prefecture may: "广东省" holds Shenzhen, "경기도" Seongnam; a city of another province,
    or two cities of one, stay apart."""
    assert _placed("广东省", "深圳市南山区", "会计") == TOGETHER
    assert _placed("浙江", "杭州市", "会计") == TOGETHER
    assert _placed("江苏", "南京市", "会计") == TOGETHER  # a city the place table leaves out
    assert _placed("경기도", "성남시 분당구", "회계 담당자") == TOGETHER
    assert _placed("경기", "판교", "회계 담당자") == TOGETHER
    assert _placed("广东省", "杭州市", "会计") == APART
    assert _placed("江苏省南京市", "江苏省苏州市", "会计") == APART
    assert _placed("경기도", "서울 강남구", "회계 담당자") == APART


def test_a_province_alone_meets_a_city_of_it_the_place_table_does_not_know() -> None:
    """`PROVINCE_OF` lists the prefecture-level cities of the richest provinces by their own
    names, so the province alone meets them, with their sign or without; two of them, or
    one of another province, stay apart."""
    assert _placed("广东省", "东莞市", "会计") == TOGETHER
    assert _placed("广东", "佛山市顺德区", "会计") == TOGETHER
    assert _placed("浙江省", "宁波", "会计") == TOGETHER
    assert _placed("경기도", "용인시 기흥구", "회계 담당자") == TOGETHER
    assert _placed("广东省东莞市", "广东省佛山市", "会计") == APART
    assert _placed("浙江省", "无锡市", "会计") == APART  # Wuxi is in Jiangsu
    assert _placed("경기도 용인시", "경기도 고양시", "회계 담당자") == APART
    assert _placed("台北市中山區", "广东省", "前端工程師") == APART  # no 中山 in the table


def test_a_canadian_province_alone_meets_a_city_inside_it_as_a_state_does() -> None:
    """A province by name or code ("Ontario", "QC") meets a city of it; a town named with
    its province ("London, ON", "Victoria, BC") is that town, not its namesake in England
    or Australia; two cities of one province are two openings."""
    title = "Backend Engineer"
    assert _placed("Ontario", "Toronto", title) == TOGETHER
    assert _placed("QC", "Montréal, Québec", title) == TOGETHER
    assert _placed("London, ON", "Ontario", title) == TOGETHER
    assert _placed("London, ON", "London, Ontario", title) == TOGETHER
    assert _placed("Victoria, BC", "British Columbia, Canada", title) == TOGETHER
    assert _placed("London, ON", "London, UK", title) == APART
    assert _placed("Victoria, BC", "Victoria, Australia", title) == APART
    assert _placed("Toronto, ON", "Ottawa, ON", title) == APART
    assert _placed("Ontario", "Vancouver", title) == APART
    assert _placed("Eindhoven, NL", "NL", title) == TOGETHER  # "NL" alone is no province


def test_washington_alone_is_the_state_and_washington_dc_the_capital() -> None:
    """Washington alone is the state, as boards write a state ("Washington, United
    States"); the capital is written with its "DC", read whole."""
    title = "Backend Engineer"
    assert _placed("Seattle, WA", "Washington, United States", title) == TOGETHER
    assert _placed("Atlanta", "Georgia, United States", title) == TOGETHER
    assert _placed("Seattle", "Washington, DC", title) == APART
    assert _placed("Washington, D.C.", "Washington", title) == APART


def test_a_us_city_naming_one_state_meets_the_state_alone_but_not_another_city_in_it() -> None:
    """A city of one state ("Austin") is in it as "Austin, TX" is, so one board's "Texas"
    meets it; a city of two states ("Portland": Oregon's and Maine's) or of none listed
    stays apart, and two cities of one state are two openings."""
    title = "Backend Engineer"
    assert _placed("Austin", "Texas", title) == TOGETHER
    assert _placed("Denver", "CO", title) == TOGETHER
    assert _placed("Portland", "Maine", title) == APART
    assert _placed("Springfield", "Illinois", title) == APART
    assert _placed("Austin", "Dallas, Texas", title) == APART
    assert _placed("Denver", "Texas", title) == APART
    assert _placed("Atlanta", "Tbilisi, Georgia", title) == APART


def test_two_wards_of_tokyo_seoul_taipei_or_bangkok_are_two_places_each_in_its_city() -> None:
    """A ward the place table reads as its city (for the commute) is kept beside it: two
    wards of one city are two offices, and either meets the city alone."""
    title = "インフラエンジニア"
    assert _placed("東京都新宿区", "東京都品川区", title) == APART
    assert _placed("東京都渋谷区", "東京都港区", title) == APART
    assert _placed("東京都新宿区西新宿", "東京都", title) == TOGETHER
    assert _placed("東京都品川区", "品川", title) == TOGETHER
    assert _placed("東京都新宿区", "Tokyo, Japan", title) == TOGETHER
    assert _placed("서울특별시 강남구", "서울특별시 마포구", "회계 담당자") == APART
    assert _placed("서울 강남구", "서울특별시", "회계 담당자") == TOGETHER
    assert _placed("台北市信義區", "台北市內湖區", "前端工程師") == APART
    assert _placed("台北市信義區", "台北市", "前端工程師") == TOGETHER
    assert _placed("Sathorn, Bangkok", "Silom, Bangkok", "Backend Developer") == APART
    assert _placed("Sathorn, Bangkok", "Bangkok", "Backend Developer") == TOGETHER


def test_a_local_subsidiary_named_with_its_country_is_the_company_there() -> None:
    def pair(company: str, location: str) -> int:
        return len(_groups(
            _posting("a", "1", title="Accountant", company="Savanna Foods", location=location),
            _posting("b", "2", title="Accountant", company=company, location=location),
        ))  # fmt: skip

    assert pair("Savanna Foods Kenya Limited", "Nairobi") == 1
    assert pair("Savanna Foods Kenya Limited", "Lagos") == 2  # not Kenya's
    assert pair("Air France", "Paris") == 2  # "Air" is no company


def test_an_evergreen_role_posted_again_a_month_later_is_one_lead_not_two_at_once() -> None:
    """One text under a new id of the employer's tracker a month on is the role posted
    again; two ids of one text at once are two openings (two of one team)."""
    board = "https://job-boards.greenhouse.io/quarrylabs/jobs/{}"

    def leads(*jobs: tuple[int, int]) -> int:
        postings = [
            _posting("greenhouse", str(job), url=board.format(job), title="Software Engineer",
                     company="Quarry Labs", first_seen=T0 + timedelta(days=days))
            for job, days in jobs
        ]  # fmt: skip
        frame = pd.DataFrame(postings, columns=COLUMNS)
        return int(cluster(frame, lambda keys: dict.fromkeys(keys, JOB_TEXT))["lead_id"].nunique())

    assert leads((6001001, 0), (6034567, 31)) == 1
    assert leads((6001001, 0), (6001002, 2)) == 2


def _alert_leads(platform: str, url: str, *cards: tuple[str, str, int, str]) -> int:
    """Leads of one alert's cards (job id, title, days after T0, text), as the inbox relays
    them: one board, each card with its platform's job link."""
    postings = [
        _posting("inbox", f"{platform}:{job}", url=url.format(job), title=title,
                 company="Tern & Finch Consulting", location="European Union (Remote)",
                 first_seen=T0 + timedelta(days=days), text=text)
        for job, title, days, text in cards
    ]  # fmt: skip
    texts = {("inbox", f"{platform}:{job}"): text for job, _, _, text in cards}
    frame = pd.DataFrame(postings, columns=COLUMNS)
    return int(cluster(frame, lambda keys: {k: texts[k] for k in keys})["lead_id"].nunique())


def test_an_evergreen_alert_card_a_month_later_is_one_lead_two_at_once_are_two() -> None:
    """A LinkedIn card holds a title, a company and a place, no text: the same card under
    a new job id a month on is the role listed again; two such cards at once are two
    openings, and a month on another title is another job."""
    url, title = "https://www.linkedin.com/jobs/view/{}/", "Analytics Engineer (Freelance)"
    assert _alert_leads("linkedin", url, ("4389900001", title, 0, ""),
                        ("4391100002", title, 37, "")) == 1  # fmt: skip
    assert _alert_leads("linkedin", url, ("4389900001", title, 0, ""),
                        ("4389900777", title, 2, "")) == 2  # fmt: skip
    other = "Analytics Engineer (Freelance), Finance"
    assert _alert_leads("linkedin", url, ("4389900001", title, 0, ""),
                        ("4391100002", other, 37, "")) == 2  # fmt: skip


def test_an_upwork_job_reposted_with_its_text_days_later_is_one_lead() -> None:
    """An Upwork job is one client's project: the same text under a new id two days on is
    a repost; another text of one title is another project."""
    url, title = "https://www.upwork.com/jobs/{}", "Python ETL contractor: DuckDB + Airflow"
    assert _alert_leads("upwork", url, ("~01cc99dd00ee11ff22", title, 0, JOB_TEXT),
                        ("~01dd12ee34ff56aa78", title, 2, JOB_TEXT)) == 1  # fmt: skip
    other = "A retailer wants Python loaders for its shop data into DuckDB, run by Airflow. " * 2
    assert _alert_leads("upwork", url, ("~01cc99dd00ee11ff22", title, 0, JOB_TEXT),
                        ("~01dd12ee34ff56aa78", title, 2, other)) == 2  # fmt: skip
