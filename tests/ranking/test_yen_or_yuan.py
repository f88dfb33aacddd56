"""A bare "¥" is the yen in English and Japanese posts and the yuan in Chinese ones or in
China ("项目总价 ¥20,000", "月薪 ¥15,000" in 北京): the sign is the place's, as "元" is."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.profile import Profile, RankingSettings

P = pytest.param
DEV = Profile(skills=("react",), roles=("frontend developer",), remote_only=False)


@pytest.mark.parametrize(
    ("title", "text", "location", "pay"),
    [
        P("小程序开发外包", "项目总价 ¥20,000，工期一个月，远程沟通即可。", None,
          (20_000, "fixed", "CNY"), id="a total in Chinese"),
        P("前端工程师", "月薪 ¥15,000-20,000，全职，坐班。", "北京",
          (15_000, "month", "CNY"), id="a month's in Beijing"),
        P("Webデザイナー募集", "報酬：月額 ¥300,000、リモート可。経験者歓迎です。", None,
          (300_000, "month", "JPY"), id="a Japanese post's yen"),
        P("Frontend developer", "Fixed budget ¥200,000 for a landing page, remote.", None,
          (200_000, "fixed", "JPY"), id="an English post's yen"),
    ],
)  # fmt: skip
def test_yen_or_yuan(
    title: str, text: str, location: str | None, pay: tuple[float, str, str]
) -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title=title, text=text, location=location,
    )  # fmt: skip
    found = understand(posting, DEV, RankingSettings())
    assert (found.rate_min, found.rate_period, found.currency) == pay
