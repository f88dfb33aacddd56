"""LinkedIn `Jobs/Job Applications.csv`, from the data export: the user's Easy Apply
history. An application marks its lead `applied`, unless the user set a verdict.

`Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,
Resume Name,Question And Answers`: the contact columns are the user's own and the
answers free text; neither is read.
"""

from __future__ import annotations

from collections.abc import Iterator

from extractors._contract import Posting
from extractors.network._contact import Problem
from extractors.network._jobs import read_jobs, sniffs

NAME = "linkedin_job_applications"
_DATE = "application date"


def sniff(name: str, head: bytes) -> bool:
    """The header names Application Date and Job Url."""
    return sniffs(head, _DATE)


def read(data: bytes, name: str) -> Iterator[Posting | Problem]:
    """One `linkedin` posting per application, dated when the user applied."""
    return read_jobs(data, name, _DATE, "applied_at")
