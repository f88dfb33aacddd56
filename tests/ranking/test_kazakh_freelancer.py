"""An Almaty data engineer's market (hh.kz, enbek.kz, Telegram channels): pay in tenge
("от 800 000 до 1 200 000 ₸", "1 500 000 тг на руки", "KZT 900K") and roubles, a "договор
ГПХ" or "договор с ИП" as a contract, Kazakhstan's towns in Cyrillic, "СНГ" and Central
Asia as blocs, and a named company's Telegram handle for CVs as its channel."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from tests.ranking.test_legitimacy import ACME, FILLER, codes, run
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.languages import read_languages
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote

P = pytest.param
NB, NNB = "\u00a0", "\u202f"  # the no-break spaces hh.kz groups thousands with
ALMATY = Profile(
    skills=("python", "sql", "airflow"),
    roles=("data engineer",),
    remote_only=False,
    locations=("Almaty", "Kazakhstan", "UTC+5"),
    languages=("ru", "kk", "en"),
    currency="KZT",
    min_hourly_rate=15_000.0,
)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P(f"Зарплата от 800{NNB}000 до 1{NNB}200{NNB}000 ₸ до вычета налогов",
          (800_000, 1_200_000, "month", "KZT"), id="₸ after, narrow no-break spaces"),
        P(f"Зарплата 1{NB}500{NB}000 тг на руки", (1_500_000, 1_500_000, "month", "KZT"), id="тг"),
        P("Заработная плата: 600 000 тенге", (600_000, 600_000, "month", "KZT"), id="тенге"),
        P("Salary: KZT 900K net per month", (900_000, 900_000, "month", "KZT"), id="KZT 900K"),
        P("Почасовая оплата 10 000 ₸/час", (10_000, 10_000, "hour", "KZT"), id="hourly"),
        P("Жалақы: 400 000 ₸ айына", (400_000, 400_000, "month", "KZT"), id="kk Жалақы"),
        P("Зарплата от 250 000 ₽ на руки", (250_000, None, "month", "RUB"), id="rouble"),
        P("Оклад 180 000 руб. в месяц", (180_000, 180_000, "month", "RUB"), id="руб."),
    ],
)  # fmt: skip
def test_tenge_and_roubles(text: str, rate: tuple[float, float | None, str, str]) -> None:
    found = parse_rate(text)
    assert found is not None
    assert (found.min, found.max, found.period, found.currency) == rate


@pytest.mark.parametrize(
    "text",
    [
        P("Отгрузка 500 единиц в день, склад в Алматы.", id="отгрузка holds тг"),
        P("Рубрика 5: аналитика продаж.", id="рубрика holds руб"),
    ],
)
def test_tenge_and_rouble_look_alikes(text: str) -> None:
    assert parse_rate(text) is None


@pytest.mark.parametrize(
    ("written", "amount", "unit"),
    [
        P("₸15,000/hour", 15_000, "hour", id="₸"),
        P("1 500 000 тг/month", 1_500_000, "month", id="тг"),
        P("KZT 15000/hour", 15_000, "hour", id="KZT"),
    ],
)  # fmt: skip
def test_a_tenge_floor(written: str, amount: float, unit: str) -> None:
    floor, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (floor.amount, floor.unit, currency) == (amount, unit, "KZT")


def test_a_config_in_tenge_with_kazakh() -> None:
    profile = {"currency": "₸", "languages": ["ru", "kk", "en"], "locations": ["Almaty"]}
    config = parse_config({"profile": {**profile, "min_rate": ["₸15,000/hour", "$40/hour"]}})
    assert (config.profile.currency, config.profile.languages) == ("KZT", ("ru", "kk", "en"))


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Договор ГПХ на 3 месяца с продлением.", "contract", id="ГПХ"),
        P("Работа по гражданско-правовому договору.", "contract", id="ГПХ in full"),
        P("Ищем специалиста на договор с ИП, загрузка 40 часов.", "contract", id="договор с ИП"),
        P("Формат: ИП, B2B.", "contract", id="ИП as a label"),
        P("Офис в Бишкеке, полный рабочий день.", "full_time", id="полный рабочий день"),
        P("Жұмыс түрі: толық емес жұмыс күні.", "part_time", id="kk part-time"),
        P("Льготная ипотека для сотрудников, полная занятость.", "full_time", id="ипотека"),
        P("Тип занятости: проектная работа.", "freelance", id="проектная работа"),
        P("Ищем исполнителя на разовое задание: выгрузка из 1С.", "freelance",
          id="разовое задание"),
        P("Разовый проект: парсер маркетплейса на Python.", "freelance", id="разовый проект"),
        P("Опыт проектной работы от 3 лет. Полная занятость.", "full_time",
          id="project experience is no engagement"),
        P("Работа в офисе, пятидневка.", "full_time", id="пятидневка"),
        P("График 5/2, с 9:00 до 18:00.", "full_time", id="график 5/2"),
        P("Контракт на 6 месяцев, удалённо.", "contract", id="контракт на 6 месяцев"),
    ],
)  # fmt: skip
def test_contracts_and_employment(text: str, engagement: str) -> None:
    offer = parse_engagement(None, text)
    assert offer is not None and offer.engagement == engagement


@pytest.mark.parametrize(
    ("location", "text", "scope", "regions"),
    [
        P("Удалённо", "Ищем специалиста.\nУдалённая работа из любой точки СНГ.", "region",
          ("CIS",), id="из любой точки СНГ"),
        P("Remote", "Contract.\nRemote within Central Asia.", "region", ("Central Asia",),
          id="Central Asia"),
        P("Удалённо", "Ищем специалиста.\nМожно работать из любой точки мира.", "anywhere", (),
          id="from anywhere in the world"),
        P("Астана", "Работа в офисе в Астане, без удалёнки.", "onsite", ("KZ",), id="без удалёнки"),
        P(None, "Проектная работа.\nРабота удалённая.", "anywhere", (), id="работа удалённая"),
        P(None, "Жұмыс түрі: қашықтан жұмыс.", "anywhere", (), id="kk қашықтан"),
        P(None, "Удалённая работа в Москве.", "region", ("RU",), id="remote in Moscow"),
        P(None, "Можно работать удалённо в любой точке мира.", "anywhere", (), id="в любой точке"),
    ],
)  # fmt: skip
def test_remote_in_russian_and_kazakh(
    location: str | None, text: str, scope: str, regions: tuple[str, ...]
) -> None:
    found = parse_remote(location, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("location", "eligibility"),
    [
        P("Алма-Ата", "eligible", id="Алма-Ата is Almaty"),
        P("Астана", "not_eligible", id="Астана"),
        P("Нур-Султан", "not_eligible", id="Нур-Султан is Astana"),
        P("Шымкент", "not_eligible", id="Шымкент"),
        P("Бишкек, Кыргызстан", "not_eligible", id="Бишкек"),
    ],
)  # fmt: skip
def test_an_office_in_kazakhstan(location: str, eligibility: str) -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Data Engineer", location=location, text="Полная занятость, работа в офисе.",
    )  # fmt: skip
    assert understand(posting, ALMATY, RankingSettings()).eligibility == eligibility


def test_cis_and_central_asia_take_in_kazakhstan() -> None:
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1", title="Data Engineer",
        location="Remote (CIS countries)", text="B2B contract.",
    )  # fmt: skip
    assert understand(posting, ALMATY, RankingSettings()).eligibility == "eligible"


@pytest.mark.parametrize(
    ("company", "text", "vetoed"),
    [
        P("Dala Market", "Офис в Алматы.\nОтклики в Telegram: @dala_hr", False,
          id="a named company's channel for applications"),
        P("Qazaq Retail Tech", "Резюме и вопросы — пишите в Telegram @qrt_hr", False,
          id="CVs to a named company's handle"),
        P(None, "Офис в Алматы.\nОтклики в Telegram: @dala_hr", True, id="no company named"),
        P("Dala Market", "Пишите только в Telegram @dala_hr", True, id="only a chat, no CV"),
    ],
)  # fmt: skip
def test_a_telegram_handle_for_applications(company: str | None, text: str, vetoed: bool) -> None:
    assert bool(codes(run(f"{FILLER}\n{text}", company=company), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Без опыта. Стартовый депозит от 20 000 тг.", True, id="a starting deposit from a sum"),
        P("Стартовый депозит 15 000 тенге, вернём после месяца работы.", True, id="тенге"),
        P("Разработка сервиса депозитов для банка, от 20 000 транзакций в день.", False,
          id="deposits as the product"),
        P("Стартовый пакет: ноутбук и ДМС за счёт компании.", False, id="a starter pack given"),
        # the sum's thousands apart count as one word: the joining word stays in reach
        P("Минимальный депозит 7 000 рублей для активации профиля.", True, id="thousands apart"),
        P("Нужен взнос 12\u00a0000 руб. за регистрацию в системе.", True, id="a no-break space"),
        P("Депозит 3\u202f500 грн для активації кабінету.", True, id="a narrow no-break space"),
        P("Компенсируем депозит за аренду квартиры до 80 000 рублей.", False,
          id="a rent deposit the firm pays"),
    ],
)  # fmt: skip
def test_a_starting_deposit_is_pay_to_work(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER}\n{text}", **ACME), hard=True)) is vetoed


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        P("Работа из дома (удалённо), официальное трудоустройство.\nЗарплата 500 000 тг.",
          False, id="a home job on the books"),
        P("Работа на дому, официальное трудоустройство!\nДоход от 300 000 тг в неделю.",
          True, id="beside easy-money hype"),
        P("Работа из дома.\nЗарплата 500 000 тг. Официальное трудоустройство.", True,
          id="another sentence"),
    ],
)  # fmt: skip
def test_official_employment_beside_a_home_job(text: str, flagged: bool) -> None:
    flags = codes(run(text, company="Zhetysu Analytics"), hard=False)
    assert ("work_from_home" in flags) is flagged


def test_a_fee_beside_a_named_handle_still_vetoes() -> None:
    text = f"{FILLER}\nОтклики в Telegram @dala_hr. Предоплата 5 000 ₸ за доступ к базе заказов."
    assert codes(run(text, **ACME), hard=True)


@pytest.mark.parametrize(
    ("text", "required"),
    [
        P("Kazakh language is required.", ("kk",), id="Kazakh"),
        P("Fluent Kazakh and Russian required.", ("kk", "ru"), id="two"),
        P("Our clients are across Kazakhstan; fluent English required.", ("en",), id="country"),
    ],
)  # fmt: skip
def test_kazakh_is_a_language(text: str, required: tuple[str, ...]) -> None:
    assert tuple(read_languages(text).required) == required
