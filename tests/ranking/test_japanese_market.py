"""Japanese freelance postings as SES agents, boards and employers write them: 業務委託 and
準委任 terms, 月単価 in 万円, full-width slashes, リモート in the location field, katakana
titles, and a floor written "80万円/月"."""

from __future__ import annotations

import pytest

from flows.config import _CURRENCY_SIGNS
from leads.show import _amount
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.foreign_titles import in_english
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("■単価：月単価 70〜90万円（スキル見合い）", (700_000.0, 900_000.0, "month")),
        ("月額単価：100万円〜120万円\n稼働：週5日", (1_000_000.0, 1_200_000.0, "month")),
        ("単価：75万円〜95万円／月", (750_000.0, 950_000.0, "month")),
        ("業務委託、月単価 90万円。週2日出社。", (900_000.0, 900_000.0, "month")),
        ("時間単価 5,000円〜（スキルによる）", (5_000.0, None, "hour")),
        # 億 (10^8) and 千 inside a man, and 以上 (or more) as a floor
        ("想定年収 1,000万円〜1億円", (10_000_000.0, 100_000_000.0, "year")),
        ("年収1千万円以上", (10_000_000.0, None, "year")),
        ("想定年収：1,500万円以上", (15_000_000.0, None, "year")),
    ],
)
def test_a_monthly_contract_price_in_man_yen_is_read(
    text: str, expected: tuple[float, float | None, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected, "JPY")


def test_a_price_with_no_period_stays_unperiodised() -> None:
    rate = parse_rate("単価：65万円（経験による）")
    assert rate is None or rate.period is None


@pytest.mark.parametrize(
    "text",
    ["契約形態：準委任契約\n稼働：週5日", "Go / gRPC のマイクロサービス開発。業務委託契約。"],
)
def test_outsourcing_and_quasi_mandate_contracts_are_freelance_work(text: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == "freelance"


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        ("フルリモート", "Go の API 開発。", "anywhere"),
        ("リモート", "Go の API 開発。", "anywhere"),
        ("東京都", "業務委託／フルリモート（国内在住の方）", "region"),
        ("神奈川県横浜市", "勤務形態：ハイブリッド（横浜オフィス 週2出社）", "hybrid"),
        ("東京都江東区", "客先常駐、リモート不可。", "onsite"),
        # look-alikes: a product named "Remote ...", and リモート in a longer word
        ("福岡県福岡市", "製品「Remote Desktop」のサポート。勤務地：福岡市（出社）。", "onsite"),
        ("東京都", "リモートコントロール機器の設計。出社。", "onsite"),
    ],
)
def test_japanese_ways_of_working_are_read(location: str, text: str, scope: str) -> None:
    assert parse_remote(location, text, None).scope == scope


@pytest.mark.parametrize(
    ("location", "text", "regions"),
    [
        ("", "国内リモート可／海外在住不可", ("JP",)),
        ("東京都渋谷区", "基本フルリモート、月1回出社あり。", ("JP",)),
        ("", "リモートワーク中心、月2回程度の出社があります（恵比寿）", ("JP",)),
    ],
)
def test_remote_with_an_office_day_a_month_is_within_its_country(
    location: str, text: str, regions: tuple[str, ...]
) -> None:
    scope = parse_remote(location, text, None)
    assert (scope.scope, scope.regions) == ("region", regions)


def test_an_office_day_a_month_at_an_unnamed_office_is_a_place_to_check() -> None:
    # remote, but an office to reach once a month that the post does not place
    scope = parse_remote("", "基本フルリモート、月1回出社", None)
    assert (scope.scope, scope.regions) == ("region", ())
    assert scope.raw is not None and "月1回出社" in scope.raw


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("【業務委託】Goバックエンドエンジニア（フルリモート）", ["Backend Engineer"]),
        ("【急募】サーバーサイドエンジニア（Node.js）", ["Backend Engineer"]),
        ("フロントエンドエンジニア（React）", ["Frontend Engineer"]),
        ("Go エンジニア（ハイブリッド）", ["Go Engineer"]),
        # no field before the head, or a field no table names: nothing
        ("エンジニア募集", []),
        ("セールスエンジニア", []),
    ],
)
def test_katakana_titles_are_named_in_english(title: str, expected: list[str]) -> None:
    assert in_english(title) == expected


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        ("80万円/月", 800_000.0, "month"),
        ("80万／月", 800_000.0, "month"),
        ("5,000円/時間", 5_000.0, "hour"),
        ("¥5000/hour", 5_000.0, "hour"),
    ],
)
def test_a_floor_in_man_yen_is_read(written: str, amount: float, unit: str) -> None:
    floor, code = parse_floor(written, _CURRENCY_SIGNS, "JPY", {"JPY", "USD"})
    assert (floor.amount, floor.unit, code) == (amount, unit, "JPY")


@pytest.mark.parametrize(("currency", "code"), [("JPY", "JPY"), ("CNY", "CNY")])
def test_a_floors_yen_sign_is_the_profiles_yen_or_yuan(currency: str, code: str) -> None:
    floor, found = parse_floor("¥5000/hour", _CURRENCY_SIGNS, currency, {"JPY", "CNY", "USD"})
    assert (floor.amount, found) == (5_000.0, code)


def test_a_yen_sign_beside_another_currency_is_refused_not_guessed() -> None:
    """ "¥" is the yen's and the yuan's: with a profile in dollars it says neither."""
    with pytest.raises(ValueError, match="unknown currency '¥'"):
        parse_floor("¥5000/hour", _CURRENCY_SIGNS, "USD", {"JPY", "CNY", "USD"})


def test_a_large_amount_is_shown_in_full() -> None:
    assert [_amount(v) for v in (9_000_000.0, 0.12, 95.0)] == ["9,000,000", "0.12", "95"]


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        # the words inside running Japanese, with no mark before them
        ("本案件はフルリモートで業務委託契約となります。", "freelance"),
        ("作業は全てリモートで完結し、契約は準委任となります。", "freelance"),
        ("自社サービスのSREを募集。正社員での採用となります。", "full_time"),
        ("大手SIerでのJava開発。契約社員として半年間の勤務。", "contract"),
        # a dispatched worker is the agency's employee (as Arbeitnehmerüberlassung is)
        ("人材会社からの派遣社員としてのご就業です。", "full_time"),
        ("派遣での就業となります。週5日常駐。", "full_time"),
    ],
)
def test_japanese_terms_inside_a_sentence_are_read(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope"),
    [
        (None, "基本的にリモートで作業いただけます。", "anywhere"),
        (None, "当社の正社員として、完全リモート勤務が可能です。", "anywhere"),
        (None, "Pythonによるデータ基盤構築。在宅で対応可能です。", "anywhere"),
        ("東京都", "本案件はフルリモートで業務委託契約となります。", "region"),
        ("東京都中央区", "客先常駐で、リモートワークは不可です。", "onsite"),
        ("東京都", "契約社員。週3日リモート、週2日出社のハイブリッド勤務。", "hybrid"),
        (None, "一部リモートで週1回程度の出社あり。", "hybrid"),
        # a whole week at the office is no hybrid week
        ("愛知県名古屋市", "派遣社員としての勤務。週5日出社となります。", "onsite"),
        # リモート inside a katakana word is no remote work
        ("東京都", "リモートコントロールアプリの開発。勤務は本社出社となります。", "onsite"),
    ],
)
def test_japanese_ways_of_working_inside_a_sentence_are_read(
    location: str | None, text: str, scope: str
) -> None:
    assert parse_remote(location, text, None).scope == scope


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("時給 2,500円〜3,000円。週3日からOK。", (2_500.0, 3_000.0, "hour")),
        ("日給 30,000円（税込）でのテスト支援。", (30_000.0, 30_000.0, "day")),
        ("月給 35万円〜50万円。正社員。", (350_000.0, 500_000.0, "month")),
        ("年収 600万円～900万円", (6_000_000.0, 9_000_000.0, "year")),
        ("報酬：月80万円〜（税抜）／フルリモート", (800_000.0, None, "month")),
        ("月単価70万～90万円でのPM支援です。", (700_000.0, 900_000.0, "month")),
    ],
)
def test_japanese_periods_ranges_and_tax_notes_are_read(
    text: str, expected: tuple[float, float | None, str]
) -> None:
    rate = parse_rate(text)
    assert rate is not None
    assert (rate.min, rate.max, rate.period, rate.currency) == (*expected, "JPY")
