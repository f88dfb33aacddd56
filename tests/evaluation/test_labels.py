"""evaluation.labels: the profiles file and one-line errors for bad label lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.labels import PROFILES, LabelError, Rate, load_labels, load_profiles, parse_label
from extractors._contract import ConfigError

NAMES = ["data", "frontend"]


def _line(**changes: Any) -> str:
    labels = {
        "kind": "demand",
        "engagement": ["full_time", "contract"],
        "remote": {"scope": "region", "regions": ["US", "CA"]},
        "eligible": {"data": "not_eligible", "frontend": "eligible"},
        "rate": {"min": 150000, "max": 190000, "period": None, "currency": "USD"},
        "scam": False,
        "relevant": {"data": False, "frontend": True},
    }
    labels.update(changes)
    return json.dumps({"file": "hn.json", "id": 46857500, "labels": labels})


def test_a_label_line_reads_into_a_label() -> None:
    label = parse_label(_line(note="salary with no period cue"), NAMES)
    assert (label.file, label.id, label.kind) == ("hn.json", "46857500", "demand")
    assert label.engagement == {"full_time", "contract"}
    assert (label.remote_scope, label.remote_regions) == ("region", {"US", "CA"})
    assert label.eligible == {"data": "not_eligible", "frontend": "eligible"}
    assert label.rate == Rate(150000.0, 190000.0, None, "USD")
    assert label.relevant == {"data": False, "frontend": True}
    assert label.note == "salary with no period cue"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "offer"}, "kind: 'offer' is not one of demand, supply"),
        ({"engagement": ["gig"]}, "engagement: 'gig' is not one of"),
        ({"remote": {"scope": "mars", "regions": []}}, "remote.scope: 'mars'"),
        ({"eligible": {"data": "eligible"}}, "eligible: needs exactly the profiles"),
        ({"relevant": {"data": True, "frontend": "yes"}}, "relevant.frontend: expected true"),
        ({"rate": {"min": 90, "max": 110, "period": "fortnight", "currency": "USD"}},
         "rate.period: 'fortnight'"),
        ({"rate": {"min": 90, "max": 110, "period": "hour", "currency": "$"}},
         "rate.currency: expected an ISO 4217 code"),
        ({"rate": {"min": None, "max": None, "period": "hour", "currency": "USD"}},
         "rate: min and max are both null"),
        ({"scam": "no"}, "scam: expected true or false"),
        ({"title": "copied text"}, "labels: unknown title"),
    ],
)  # fmt: skip
def test_a_bad_label_says_which_key(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(LabelError, match=message.replace("(", r"\(").replace("$", r"\$")):
        parse_label(_line(**changes), NAMES)


def test_bad_lines_are_reported_by_number_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    second = json.loads(_line())
    second["id"] = 46857501
    lines = [_line(), "{not json", "", json.dumps(second), _line(), _line(scam=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    labels, problems = load_labels(path, NAMES)
    assert [label.id for label in labels] == ["46857500", "46857501"]
    assert problems[0].startswith("labels.jsonl:2: not JSON")
    assert problems[1] == "labels.jsonl:5: hn.json 46857500 is labelled twice"
    assert problems[2] == "labels.jsonl:6: scam: expected true or false, got 1"
    assert load_labels(tmp_path / "none.jsonl", NAMES)[1] == [
        f"{tmp_path / 'none.jsonl'}: no labels file"
    ]


def test_the_shipped_profiles_load_with_their_roles() -> None:
    profiles = load_profiles(PROFILES)
    assert [p.name for p in profiles] == ["data", "frontend", "platform", "mobile", "design"]
    data = profiles[0]
    assert "dbt" in data.profile.skills
    assert data.profile.locations == ("EU", "DE")
    assert data.profile.remote_only is True
    assert "data engineer" in data.profile.roles and data.profile.keywords
    assert profiles[2].profile.currency == "GBP"
    mobile = profiles[3].profile
    assert mobile.remote_only is False and mobile.locations == ("EU", "PT", "Lisbon")
    design = profiles[4].profile
    assert "product designer" in design.roles and design.currency == "EUR"


def test_a_profile_with_a_wrong_type_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text('[profiles.x]\nremote_only = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"profiles\.toml: profiles\.x\.remote_only: expected"):
        load_profiles(path)
    path.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match="no \\[profiles"):
        load_profiles(path)
