"""LinkedIn `Jobs/Saved Jobs.csv`, from the data export: the jobs the user saved.

`Saved Date,Job Url,Job Title,Company Name`; the date is `10/3/24, 2:15 PM` (US order,
no zone: read as UTC) or a bare `9/1/26`; job URLs come as http or https, with or
without a trailing slash: the numeric job id is the key.
"""

from __future__ import annotations

from collections.abc import Iterator

from extractors._contract import Posting
from extractors.network._contact import Problem
from extractors.network._jobs import read_jobs, sniffs

NAME = "linkedin_saved_jobs"
_DATE = "saved date"


def sniff(name: str, head: bytes) -> bool:
    """The header names Saved Date and Job Url."""
    return sniffs(head, _DATE)


def read(data: bytes, name: str) -> Iterator[Posting | Problem]:
    """One `linkedin` posting per saved job, dated when it was saved."""
    return read_jobs(data, name, _DATE, "saved_at")
