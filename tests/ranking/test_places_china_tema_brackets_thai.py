"""Places the readers used to miss: mainland China's cities (not Taipei's streets named
after them), Tema as one commute with Accra, a bracketed list that narrows the bloc a
text names before it, and Thai's "nationwide" location and "at the branch"."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import Features, understand
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param
ANYONE = Profile(skills=("python",), remote_only=False)
IN_ACCRA = Profile(skills=("python",), remote_only=False, locations=("Accra, Ghana",))


def _read(location: str | None, text: str, profile: Profile = ANYONE) -> Features:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Engineer",
        text=text, location=location,
    )  # fmt: skip
    return understand(posting, profile, RankingSettings())


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("上海市浦东新区", "全职，需到公司办公。", "onsite", id="Shanghai"),
        P("北京", "全职，需到公司办公。", "onsite", id="Beijing"),
        P("深圳", "全职，可远程办公。", "region", id="Shenzhen, remote"),
        P("廣州", "全職，需進辦公室。", "onsite", id="Guangzhou, Traditional"),
        P("成都 / 杭州", "全职。", "onsite", id="two cities"),
    ],
)  # fmt: skip
def test_mainland_chinese_cities_are_in_china(location: str, text: str, scope: str) -> None:
    row = _read(location, text)
    assert (row.remote_scope, row.remote_regions) == (scope, ("CN",))


def test_a_taipei_street_named_after_a_chinese_city_is_in_taiwan() -> None:
    row = _read("台北市中正區杭州南路一段", "全職，需進辦公室。")
    assert row.remote_regions == ("TW",)


def test_tema_is_one_commute_with_accra() -> None:
    row = _read("Tema", "Full-time, on-site at our port office.", IN_ACCRA)
    assert (row.remote_regions, row.eligibility) == (("GH",), "eligible")


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P("Fully remote within Anglophone Africa (Nigeria, Ghana, Kenya).", ("NG", "GH", "KE"),
          id="Africa narrowed"),
        P("Remote, must live in Europe (Germany or Austria only).", ("DE", "AT"),
          id="a limit narrowed"),
        P("Remote within Africa (Nigeria, Ghana, Kenya, ...).", ("Africa",),
          id="a list left open"),
        P("Remote within Africa (incl. Nigeria).", ("Africa",), id="an example"),
        P("Remote within Europe (we cannot sponsor visas in Germany).", ("Europe",),
          id="a sentence"),
    ],
)  # fmt: skip
def test_a_bracketed_list_after_a_bloc_narrows_it(text: str, regions: tuple[str, ...]) -> None:
    row = _read(None, text)
    assert (row.remote_scope, row.remote_regions) == ("region", regions)


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        P("ทั่วประเทศ", "พนักงานประจำ ดูแลระบบคอมพิวเตอร์ของร้าน", "onsite",
          id="nationwide alone"),
        P(None, "พนักงานประจำ ทำงานที่สาขาสีลม", "onsite", id="at the branch"),
        P(None, "ประจำสาขาบางนา ดูแลระบบเครือข่าย", "onsite", id="stationed at a branch"),
        P("ทั่วประเทศ", "ทำงานที่บ้านได้ 100% รับสมัครจากทั่วประเทศ", "region",
          id="from home, nationwide"),
        P(None, "ประจำสาขาทั่วประเทศ\nเข้างานที่ออฟฟิศ จันทร์-ศุกร์", "onsite",
          id="nationwide beside an office word"),
        P("ทั่วประเทศ", "ทำงานที่ออฟฟิศ ดูแลเครือข่ายของสาขา", "onsite",
          id="an office word, nationwide in the location"),
    ],
)  # fmt: skip
def test_thai_nationwide_and_branch_are_in_thailand(
    location: str | None, text: str, scope: str
) -> None:
    row = _read(location, text)
    assert (row.remote_scope, row.remote_regions) == (scope, ("TH",))
