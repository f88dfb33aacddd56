"""Structured labels of employment type and workplace, as ATS custom fields state them."""

from __future__ import annotations

from typing import Any

import pytest

from extractors._normalize import engagement_from_label, period_named, remote_from_field


@pytest.mark.parametrize(
    ("label", "engagement"),
    [
        ("Full-time", "full_time"),
        ("Contract (6 months)", "contract"),
        ("Contractor (Hourly)", "contract"),
        ("Independent Contractor", "contract"),
        ("Fixed Term Contract", "contract"),
        ("Part-Time Contract", "contract"),  # the terms say more than the hours
        ("Temporary Part-Time", "contract"),
        ("Temp-to-Perm", "contract"),
        ("Temp to Hire", "contract"),
        ("Freelance Consultant", "freelance"),
        ("Full-Time Regular", "full_time"),
        ("Regular Full Time (Salaried)", "full_time"),
        ("Part time (20 hrs)", "part_time"),
        ("Internal Contractor", "contract"),
        ("Internship (Contract)", None),  # a learner's terms are none of ours
        ("Summer Intern", None),
        ("Contract, Full-time", None),  # alternatives of different terms
        ("Freelance or Contract", None),
        ("Full-time / Permanent", "full_time"),  # alternatives of the same terms
        ("Permanent Contract", "full_time"),  # Europe's words for employment
        ("Employment contract", "full_time"),
        ("Part-time permanent contract", "part_time"),
        ("Interim", "contract"),  # an interim manager's stint (schema.org pages, Personio)
        ("Volunteer", None),
        # localized, accents and all (Lever's commitment, career pages' employmentType)
        ("Indépendant", "freelance"),
        ("Autónomo", "freelance"),
        ("Freiberufler", "freelance"),
        ("Tiempo completo", "full_time"),
        ("Tempo parziale", "part_time"),
        ("Deeltijd", "part_time"),
        ("Vollzeit / Festanstellung", "full_time"),
        ("", None),
    ],
)
def test_an_employment_label_is_read_by_its_telling_words(
    label: str, engagement: str | None
) -> None:
    assert engagement_from_label(label) == engagement


@pytest.mark.parametrize(
    ("name", "value", "remote"),
    [
        ("Remote", "Yes", True),
        ("Remote Eligible", False, False),
        ("Workplace Type", "Hybrid", False),
        ("Workplace Type", "Remote (EU time zones)", True),
        ("Location Type", "Fully Remote", True),
        ("Work Arrangement", "On-site", False),
        ("Work Location", "In-Office", False),
        ("Workplace", "Remote or Hybrid", False),  # some office days are possible
        ("Remote", "N/A", None),
        ("Remote", ["Remote"], None),  # several values state no one way of working
        ("Workplace Type", True, None),  # a flag on a field not named for remote work
    ],
)
def test_a_workplace_field_says_remote_only_when_its_value_does(
    name: str, value: Any, remote: bool | None
) -> None:
    assert remote_from_field(name, value) is remote


@pytest.mark.parametrize(
    ("title", "period"),
    [("Hourly Rate", "hour"), ("Annual Base Salary - US", "year"), ("Day rate", "day"),
     ("US Base Salary", None), ("Zone A", None)],
)  # fmt: skip
def test_a_range_title_names_its_period_by_a_word(title: str, period: str | None) -> None:
    assert period_named(title) == period
