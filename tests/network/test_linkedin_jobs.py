"""LinkedIn `Jobs/Saved Jobs.csv` and `Jobs/Job Applications.csv`: postings, not people."""

from __future__ import annotations

from conftest import FIXTURES, fixture_bytes
from network_helpers import utc

from extractors._contract import Posting
from extractors.network import Problem, import_paths
from extractors.network import linkedin_job_applications as applications
from extractors.network import linkedin_saved_jobs as saved


def _read(module, name: str) -> tuple[list[Posting], list[Problem]]:  # type: ignore[no-untyped-def]
    items = list(module.read(fixture_bytes("network", "linkedin", "Jobs", name), name))
    return [i for i in items if isinstance(i, Posting)], [
        i for i in items if isinstance(i, Problem)
    ]


def test_saved_jobs_are_linkedin_postings_keyed_by_job_id() -> None:
    postings, problems = _read(saved, "Saved Jobs.csv")
    first = postings[0]
    assert (first.source, first.source_id) == ("linkedin", "4382380620")
    assert first.url == "https://www.linkedin.com/jobs/view/4382380620/"  # http, no slash
    assert (first.title, first.company) == ("Senior Data Engineer", "Kestrel Robotics GmbH")
    assert first.posted_at == utc(2024, 10, 3, 14, 15)
    assert first.extra == {"saved_at": "2024-10-03T14:15:00+00:00"}
    bare = postings[2]
    assert (bare.title, bare.posted_at) == ("Data Engineer, Streaming", utc(2026, 9, 1))
    assert [p.line for p in problems] == [5, 6]
    assert "not a LinkedIn job URL" in problems[0].message
    assert "unreadable date 'yesterday'" in problems[1].message
    assert len(postings) == 4  # an undated row still names its job


def test_applications_keep_only_job_fields_and_the_date() -> None:
    postings, problems = _read(applications, "Job Applications.csv")
    assert problems == []
    job = postings[0]
    assert (job.source_id, job.company) == ("4390011223", "Fernhill Analytics")
    assert job.extra == {"applied_at": "2026-11-29T10:12:00+00:00"}
    kept = repr(postings)
    for private in ("alex.brandt@mail.example", "+49 30", "CV", "years of experience"):
        assert private not in kept
    assert postings[1].title == "Contract Data Engineer (dbt, Postgres)"


def test_an_export_folder_gives_contacts_and_postings_with_their_file() -> None:
    result = import_paths([FIXTURES / "network" / "linkedin"])
    linkedin = [p for p in result.postings if p.source == "linkedin"]
    assert len(linkedin) == 6  # 4 saved + 2 applied; the warehouse merges the job in both
    files = {file.rsplit("/", 1)[-1]: (importer, n) for file, importer, n in result.files}
    assert files["Saved Jobs.csv"] == ("linkedin_saved_jobs", 4)
    assert files["Job Applications.csv"] == ("linkedin_job_applications", 2)
    assert linkedin[0].extra["file"].startswith("linkedin/Jobs/")
    assert result.contacts  # the connections are still there


def test_an_application_with_answers_longer_than_csvs_field_limit_is_kept() -> None:
    # csv refuses fields over 128 KiB by default: a long answer must not drop its job
    answers = "Describe a project you led?: " + "We migrated the warehouse. " * 6000
    data = (
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,"
        "Job Url,Resume Name,Question And Answers\n"
        f'"3/2/26, 9:00 AM",me@mail.example,,Quayside,Data Engineer,'
        f'https://www.linkedin.com/jobs/view/4390099911/,cv.pdf,"{answers}"\n'
    ).encode()
    assert len(answers) > 128 * 1024
    items = list(applications.read(data, "Job Applications.csv"))
    assert [(p.source_id, p.company) for p in items if isinstance(p, Posting)] == [
        ("4390099911", "Quayside")
    ]
    assert not [p for p in items if isinstance(p, Problem)]


def test_a_saved_date_in_the_exports_utc_style_is_read() -> None:
    # messages.csv and endorsements write `2026-02-09 14:03:22 UTC` (or with slashes)
    data = (
        b"Saved Date,Job Url,Job Title,Company Name\r\n"
        b"2026-02-09 14:03:22 UTC,https://www.linkedin.com/jobs/view/4390099912,Dev,Acme\r\n"
        b"2026/02/10 08:00:00 UTC,https://www.linkedin.com/jobs/view/4390099913,Dev,Acme\r\n"
    )
    items = list(saved.read(data, "Saved Jobs.csv"))
    assert [p.posted_at for p in items if isinstance(p, Posting)] == [
        utc(2026, 2, 9, 14, 3, 22),
        utc(2026, 2, 10, 8),
    ]
    assert not [p for p in items if isinstance(p, Problem)]


def test_a_field_over_the_limit_leaves_out_its_row_only_and_says_so() -> None:
    data = (
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,"
        "Job Url,Resume Name,Question And Answers\n"
        f'"3/2/26, 9:00 AM",me@mail.example,,Quayside,Data Engineer,'
        f'https://www.linkedin.com/jobs/view/4390099911/,cv.pdf,"{"x" * (5 << 20)}"\n'
        '"3/3/26, 9:00 AM",me@mail.example,,Brightwater,Data Engineer,'
        "https://www.linkedin.com/jobs/view/4390099912/,cv.pdf,\n"
    ).encode()
    items = list(applications.read(data, "Job Applications.csv"))
    assert [p.company for p in items if isinstance(p, Posting)] == ["Brightwater"]
    [problem] = [p for p in items if isinstance(p, Problem)]
    assert (problem.file, problem.line) == ("Job Applications.csv", 2)
    assert "a field over 4 MiB, its row left out" in problem.message


def _dates(module, data: bytes) -> list[object]:  # type: ignore[no-untyped-def]
    items = list(module.read(data, "Jobs.csv"))
    assert not [p for p in items if isinstance(p, Problem)]
    return [p.posted_at for p in items if isinstance(p, Posting)]


def test_a_uk_re_save_is_read_day_first_for_the_whole_file() -> None:
    # only the last row shows it: its first part is over 12
    data = (
        b"Saved Date,Job Url,Job Title,Company Name\n"
        b"3/4/2026 10:00,https://www.linkedin.com/jobs/view/4390099920/,Dev,Acme\n"
        b"28/2/2026 17:45,https://www.linkedin.com/jobs/view/4390099921/,Dev,Acme\n"
    )
    assert _dates(saved, data) == [utc(2026, 4, 3, 10), utc(2026, 2, 28, 17, 45)]


def test_linkedins_own_month_first_dates_stay_month_first() -> None:
    header = b"Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,"
    header += b"Job Url,Resume Name,Question And Answers\n"
    rows = (
        b'"3/4/26, 10:00 AM",me@mail.example,,Acme,Dev,https://www.linkedin.com/jobs/view/4390099922/,cv,\n'
        b'"12/30/25, 11:59\xe2\x80\xafPM",me@mail.example,,Acme,Dev,https://www.linkedin.com/jobs/view/4390099923/,cv,\n'
    )
    assert _dates(applications, header + rows) == [utc(2026, 3, 4, 10), utc(2025, 12, 30, 23, 59)]


def test_a_german_re_save_with_dotted_dates_is_read() -> None:
    data = (
        "Saved Date;Job Url;Job Title;Company Name\r\n"
        "03.12.26 14:15;https://www.linkedin.com/jobs/view/4390099924/;Entwickler;Müller GmbH\r\n"
    ).encode("cp1252")
    assert _dates(saved, data) == [utc(2026, 12, 3, 14, 15)]


def test_the_other_files_of_the_jobs_folder_are_neither_postings_nor_problems(tmp_path) -> None:
    jobs = tmp_path / "Jobs"
    jobs.mkdir()
    (jobs / "Job Seeker Preferences.csv").write_text(
        "Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,"
        "Open To Recruiters,Dream Companies\nRemote,Software,,Contract,Data Engineer,Yes,\n"
    )
    (jobs / "Saved Job Alerts.csv").write_text(
        'Alert Parameters\n"keywords=data engineer,location=Remote"\n'
    )
    result = import_paths([tmp_path])
    assert (result.postings, result.contacts, result.problems) == ([], [], [])
