"""Reading postings for `leads check`: JSONL, CSV and plain text, errors naming the line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leads._check_input import CheckRow, read_postings


def test_jsonl_keeps_order_ids_and_known_fields() -> None:
    data = "\n".join(
        [
            json.dumps({"id": 7, "title": "Dev", "company": "Acme", "text": "First"}),
            "",
            json.dumps({"Description": "Second", "URL": "https://a.example", "extra": [1]}),
            json.dumps(
                {
                    "text": "  Third  ",
                    "apply_url": "https://a.example/apply",
                    "poster": "u/x",
                    "description": "ignored",
                }
            ),
        ]
    )
    assert read_postings(data, name="saved.jsonl") == [
        CheckRow(text="First", title="Dev", company="Acme", id="7"),
        CheckRow(text="Second", url="https://a.example"),
        CheckRow(text="Third", apply_url="https://a.example/apply", poster="u/x"),
    ]


def test_jsonl_is_sniffed_without_an_extension_and_a_bom_is_dropped() -> None:
    assert read_postings('\ufeff{"text": "Hi"}\n') == [CheckRow(text="Hi")]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "postings.jsonl:3: not valid JSON"),
        ('["a list"]', "postings.jsonl:3: not a JSON object"),
        ('{"title": "no body"}', "postings.jsonl:3: no text or description"),
        ('{"text": ""}', "postings.jsonl:3: no text or description"),
        ('{"text": ["a", "b"]}', 'postings.jsonl:3: "text" is not a string'),
        ('{"text": "ok", "company": {"name": "Acme"}}', 'postings.jsonl:3: "company" is not'),
    ],
)
def test_a_bad_jsonl_line_is_named_by_file_and_line(line: str, message: str) -> None:
    data = '{"text": "one"}\n\n' + line + '\n{"text": "four"}\n'
    with pytest.raises(ValueError, match=message.replace("[", r"\[")) as caught:
        read_postings(data, name="postings.jsonl")
    assert str(caught.value).startswith(message)


def test_csv_columns_in_any_order_and_case_with_extras_ignored() -> None:
    data = (
        "Notes,URL,Description,ID,Company,Title\n"
        'x,https://a.example,"Line one\nline two, with a comma",a1,Acme,Dev\n'
        ",,Second posting,,,\n"
    )
    assert read_postings(data, name="found.CSV") == [
        CheckRow(
            text="Line one\nline two, with a comma",
            title="Dev",
            company="Acme",
            url="https://a.example",
            id="a1",
        ),
        CheckRow(text="Second posting"),
    ]


def test_csv_prefers_text_to_description() -> None:
    data = "text,description\nbody,summary\n,only summary\n"
    assert [row.text for row in read_postings(data, name="a.csv")] == ["body", "only summary"]


def test_csv_is_sniffed_from_its_header_row() -> None:
    assert read_postings("title,text\nDev,Build things\n") == [
        CheckRow(text="Build things", title="Dev")
    ]


def test_a_csv_without_a_text_column_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^postings\.csv: no text or description column$"):
        read_postings("title,company\nDev,Acme\n", name="postings.csv")


def test_a_csv_row_without_text_names_its_line() -> None:
    data = "id,text\n1,fine\n2,\n"
    with pytest.raises(ValueError, match=r"^postings\.csv:3: no text or description$"):
        read_postings(data, name="postings.csv")


def test_plain_text_is_one_posting() -> None:
    text = "[Hiring] Python dev, remote, $60/h.\n\nDM me with your GitHub."
    assert read_postings(text) == [CheckRow(text=text)]


@pytest.mark.parametrize(
    ("first", "company"),
    [
        ("Harborline (YC W24) | Data Engineer | REMOTE", "Harborline"),
        ("Kestrel Labs — Contract Python Developer — Remote (EU)", "Kestrel Labs"),
        ("We are hiring - remote - contract", None),
    ],
)
def test_plain_text_names_the_company_of_a_header_line(first: str, company: str | None) -> None:
    text = f"{first}\nWe need help with our pipelines."
    assert read_postings(text) == [CheckRow(text=text, company=company)]


def test_plain_text_postings_are_split_by_a_dashes_line() -> None:
    data = "First posting\r\n---\r\nSecond, with --- inside\n  ---  \n\n---\nThird\n"
    assert [row.text for row in read_postings(data, name="pasted.txt")] == [
        "First posting",
        "Second, with --- inside",
        "Third",
    ]


@pytest.mark.parametrize(
    "first_line",
    ["Acme, Senior Python dev, remote", "title: Python developer", "Dev,Acme"],
)
def test_a_first_line_that_is_no_header_of_ours_is_plain_text(first_line: str) -> None:
    data = f"{first_line}\nWe need help with our API."
    assert read_postings(data) == [CheckRow(text=data)]


def test_a_known_extension_wins_over_the_content() -> None:
    data = '{"text": "looks like JSON"}'
    assert read_postings(data, name="notes.txt") == [CheckRow(text=data)]


@pytest.mark.parametrize("data", ["", "  \n\n", "---\n---\n"])
def test_no_postings_is_an_error_naming_the_file(data: str) -> None:
    with pytest.raises(ValueError, match=r"^in\.txt: no postings$"):
        read_postings(data, name="in.txt")


def test_empty_jsonl_is_an_error_naming_the_file() -> None:
    with pytest.raises(ValueError, match=r"^in\.jsonl: no postings$"):
        read_postings("\n\n", name="in.jsonl")


cell = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30).filter(
    lambda value: value.strip() == value
)


@given(st.lists(st.tuples(cell, st.none() | cell), min_size=1, max_size=20))
def test_jsonl_and_csv_round_trip_texts_and_ids_in_order(
    postings: list[tuple[str, str | None]],
) -> None:
    expected = [CheckRow(text=text, id=ident) for text, ident in postings]
    jsonl = "\n".join(
        json.dumps({"text": text, "id": ident}, ensure_ascii=False) for text, ident in postings
    )
    buffer = io.StringIO()
    csv.writer(buffer).writerows([("id", "text"), *((ident, text) for text, ident in postings)])
    assert read_postings(jsonl, name="p.jsonl") == expected
    assert read_postings(buffer.getvalue(), name="p.csv") == expected


def test_plain_text_reads_a_status_note_above_the_header_after_the_post() -> None:
    data = "Edit: role filled, thanks all!\nHarborline | Data Engineer | REMOTE (EU)\nWe use dbt."
    assert read_postings(data) == [
        CheckRow(
            text="Harborline | Data Engineer | REMOTE (EU)\nWe use dbt.\n\n"
            "Edit: role filled, thanks all!",
            company="Harborline",
        )
    ]
