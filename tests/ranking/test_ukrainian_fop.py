"""A Ukrainian developer's market (Djinni, DOU, Work.ua wording): a ФОП is a contractor,
pay is quoted by the month, in dollars or hryvnias, and remote work is "віддалено" or
"удалённо"."""

from __future__ import annotations

import pytest

from extractors._contract import Posting
from flows.config import _CURRENCY_SIGNS, parse_config
from tests.ranking.test_legitimacy import ACME, FILLER, codes, run
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.features import understand
from warehouse.ranking.floors import parse_floor
from warehouse.ranking.kind import parse_kind
from warehouse.ranking.profile import DEFAULT_FX_USD, Profile, RankingSettings
from warehouse.ranking.remote import parse_remote

P = pytest.param
LVIV = Profile(
    skills=("react", "typescript"),
    roles=("frontend developer",),
    remote_only=True,
    locations=("Ukraine",),
    languages=("uk", "en"),
    currency="USD",
    min_hourly_rate=40.0,
)


def _features(text: str, location: str = "Remote"):  # type: ignore[no-untyped-def]
    posting = Posting(
        source="check", source_id="1", url="https://example.com/1",
        title="Frontend Developer", location=location, text=text,
    )  # fmt: skip
    return understand(posting, LVIV, RankingSettings())


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("Співпраця як ФОП, оплата щомісяця.", "contract", id="співпраця як ФОП"),
        P("Оформлення через ФОП 3 групи.", "contract", id="ФОП with its group"),
        P("Оформление ФЛП, полная занятость.", "contract", id="Russian ФЛП beats full-time"),
        P("Contract with a private entrepreneur (FOP).", "contract", id="FOP as a label"),
        P("We hire as FOP contractors, React.", "contract", id="as FOP"),
        P("Повна зайнятість, офіс у Львові.", "full_time", id="повна зайнятість"),
        P("Офіційне працевлаштування, соцпакет.", "full_time", id="official employment"),
        P("Неповна зайнятість, 20 годин на тиждень.", "part_time", id="неповна зайнятість"),
        P("Шукаю фрілансера на лендинг.", "freelance", id="фрілансер"),
        P("Умови: gig-контракт, резидент Дія.Сіті.", "contract", id="gig-контракт"),
        P("Оформлення через гіг-контракт.", "contract", id="гіг-контракт"),
        P("Формат: віддалено, B2B контракт.", "contract", id="B2B контракт"),
        P("The FOP lodge meets on Tuesdays; we build its website.", None, id="FOP in prose"),
        P("Співпраця на підряд, оплата за етапами.", "contract", id="на підряд"),
        P("Укладаємо договір підряду на 3 місяці.", "contract", id="договір підряду"),
        P(
            "Офіційне працевлаштування. Працюємо з підрядниками з Польщі.",
            "full_time",
            id="the firm's own contractors",
        ),
        P("Работа на подряде, оплата почасовая.", "contract", id="Russian на подряде"),
        P("Шукаємо підрядника для редизайну сайту.", "contract", id="a contractor sought"),
        P(
            "Запрошуємо до співпраці підрядників з досвідом у Vue.",
            "contract",
            id="contractors invited",
        ),
        P("Потрібен підрядник на два місяці.", "contract", id="a contractor needed"),
        P("Ищем подрядчика для доработки бэкенда.", "contract", id="Russian подрядчик sought"),
        P(
            "Повна зайнятість. Наш підрядник готує дизайн, ви його верстаєте.",
            "full_time",
            id="a third party's contractor",
        ),
        P(
            "Ми — підрядник для страхових компаній. Офіційне працевлаштування.",
            "full_time",
            id="the firm is the contractor",
        ),
        P(
            "Повна зайнятість. Взимку відпочиваємо 10 днів підряд.",
            "full_time",
            id="днів підряд is days in a row",
        ),
    ],
)
def test_ukrainian_contract_labels(text: str, engagement: str | None) -> None:
    offer = parse_engagement(None, text)
    assert (offer.engagement if offer else None) == engagement


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Зарплатна вилка: $4,000–5,500.", (4_000, 5_500, "month", "USD"), id="вилка in dollars"),
        P("ЗП от 3000$ в месяц.", (3_000, None, "month", "USD"), id="от ... в месяц"),
        P("Зарплата від 3500$ до 4500$.", (3_500, 4_500, "month", "USD"), id="від ... до"),
        P("Зарплата 80 000 грн на місяць.", (80_000, 80_000, "month", "UAH"), id="hryvnias"),
        P("Salary: $3000-4000. Only Ukraine.", None, id="an English salary names no period"),
        P("Оплата 30$ за годину.", (30, 30, "hour", "USD"), id="за годину"),
        P("Фіксована оплата 800$ за проєкт.", (800, 800, "fixed", "USD"), id="a project's price"),
        P("Бюджет проєкту $5000, термін 2 місяці.", None, id="a budget is no month's pay"),
    ],
)
def test_ukrainian_pay_is_a_month_under_a_salary_word(text: str, rate: object) -> None:
    f = _features(text)
    got = (f.rate_min, f.rate_max, f.rate_period, f.currency) if f.rate_period else None
    assert got == rate


@pytest.mark.parametrize(
    "location", ["Віддалено", "Віддалена робота", "Удалённо", "Удаленная работа", "Full Remote"]
)
def test_remote_words_alone_in_a_location_name_no_place(location: str) -> None:
    scope = parse_remote(location, "React, TypeScript.", None)
    assert (scope.scope, scope.regions) == ("anywhere", ())


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        P("Робота в офісі, гібрид 3/2.", "hybrid", id="гібрид"),
        P("Робота в офісі на Подолі.", "onsite", id="в офісі"),
        P("Видалено з архіву. Офіс у центрі.", None, id="видалено is no remote word"),
        P("Тільки офіс у Львові, віддалену роботу не розглядаємо.", "onsite", id="remote refused"),
        P("Только офис на Подоле, без удалённой работы.", "onsite", id="Russian remote refused"),
        P(
            "Віддалено, офіс-менеджер допоможе з технікою.",
            "anywhere",
            id="an office manager refuses nothing",
        ),
    ],
)
def test_ukrainian_work_modes(text: str, mode: str | None) -> None:
    assert parse_remote(None, text, None).scope == mode


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Зарплата: 60 000 – 80 000 грн. Повна зайнятість.", (60_000, 80_000, "month", "UAH"),
          id="hryvnias under a salary label"),
        P("Оплата 25 000 PLN брутто в месяц.", (25_000, 25_000, "month", "PLN"),
          id="брутто before its period"),
        P("В команді 60 000 – 80 000 грн бюджету на навчання.", None, id="no salary word"),
    ],
)  # fmt: skip
def test_a_months_pay_in_hryvnias_or_zloty(text: str, rate: object) -> None:
    f = _features(text)
    got = (f.rate_min, f.rate_max, f.rate_period, f.currency) if f.rate_period else None
    assert got == rate


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        P("Ставка: 1600 грн/год.", (1_600, 1_600, "hour", "UAH"), id="uk: грн/год is an hour"),
        P("Оплата 45-55 $/год.", (45, 55, "hour", "USD"), id="uk: $/год"),
        P("Зарплата $60 000/год.", (60_000, 60_000, "year", "USD"), id="ru: a year's /год"),
        P("Доход $60 000 в год.", (60_000, 60_000, "year", "USD"), id="ru: в год"),
        P("Зарплата: до 150 тис. грн.", (None, 150_000, "month", "UAH"), id="uk: тис."),
        P("ЗП от 80 тыс. грн в месяц.", (80_000, None, "month", "UAH"), id="ru: тыс."),
        P("Оплата від 1500 грн на день.", (1_500, None, "day", "UAH"), id="uk: на день"),
        P("Оплата 100$ в день.", (100, 100, "day", "USD"), id="ru: в день"),
        P("У нас 150 тисяч користувачів і 20 команд.", None, id="thousands of users"),
    ],
)  # fmt: skip
def test_ukrainian_pay_by_the_hour_or_day_or_in_thousands(text: str, rate: object) -> None:
    f = _features(text)
    got = (f.rate_min, f.rate_max, f.rate_period, f.currency) if f.rate_period else None
    assert got == rate


@pytest.mark.parametrize(
    ("written", "floor"),
    [
        P("200 000 грн/міс", (200_000, "month", "UAH"), id="грн/міс"),
        P("₴12 000/день", (12_000, "day", "UAH"), id="₴ by the day"),
        P("$5,000/month", (5_000, "month", "USD"), id="dollars a month"),
    ],
)  # fmt: skip
def test_a_floor_in_hryvnias(written: str, floor: tuple[float, str, str]) -> None:
    found, currency = parse_floor(written, _CURRENCY_SIGNS, "USD", DEFAULT_FX_USD)
    assert (found.amount, found.unit, currency) == floor


def test_a_kyiv_profile_with_a_floor_in_each_currency() -> None:
    profile = {"currency": "USD", "min_rate": ["$5,000/month", "200 000 грн/міс"]}
    config = parse_config({"profile": profile})
    assert config.profile.currency_floors[0].currency == "UAH"
    assert config.profile.min_hourly_rate == 5_000 / 160


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        P("Удалённо, только Европа.", ("Europe",), id="ru: only Europe"),
        P("Віддалено, тільки з Європи.", ("Europe",), id="uk: only from Europe"),
        P("Віддалено, лише з України.", ("UA",), id="uk: лише"),
        P("Удалённо, только из Евросоюза.", ("EU",), id="ru: the Union"),
        P("Удалённо, только из Польши. Оформление B2B.", ("PL",), id="ru: from Poland"),
        P("Віддалено, тільки на Україну.", ("UA",), id="uk: accusative"),
    ],
)
def test_remote_only_within_a_bloc_in_ukrainian_and_russian(text: str, regions: object) -> None:
    scope = parse_remote("Remote", text, None)
    assert (scope.scope, scope.regions) == ("region", regions)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        P("Потрібно оплатити реєстрацію 300 грн, пишіть у Telegram.", True, id="uk: a fee"),
        P("Нужно оплатить регистрацию 500 руб.", True, id="ru: a fee"),
        P("Реєстрацію на конференцію оплачує компанія.", False, id="uk: the company pays"),
        P("Оформление ФЛП, регистрация бесплатная.", False, id="ru: free"),
    ],
)
def test_a_registration_fee_is_pay_to_work(text: str, vetoed: bool) -> None:
    assert ("pay_to_work" in codes(run(f"{FILLER} {text}", **ACME), hard=True)) is vetoed


DJINNI = "https://djinni.co/jobs/712345-python/"
DOU = "https://jobs.dou.ua/companies/acme/vacancies/312345/"
ELSEWHERE = "https://jobs.example.com/712345"
ROBOTA = "https://robota.ua/company3456789/vacancy10234568"
MONTH = "month"


@pytest.mark.parametrize(
    ("location", "salary", "url", "rate"),
    [
        P("Тільки віддалено · Україна", "$4000-5000", DJINNI, (4_000, 5_000, MONTH), id="Djinni"),
        P("Київ, віддалено", "$4500–5500", DOU, (4_500, 5_500, MONTH), id="DOU's card"),
        P("Remote · Ukraine", "$120,000", DJINNI, (120_000, 120_000, "year"), id="a year's"),
        # Djinni's and DOU's cards quote a month's dollars wherever the job is
        P("Європа · Віддалено", "$3000-4000", DJINNI, (3_000, 4_000, MONTH), id="Djinni: Europe"),
        P("Европа · Удаленно", "$4500-5500", DJINNI, (4_500, 5_500, MONTH), id="Djinni: in ru"),
        P("Warszawa", "$4000-5000", DOU, (4_000, 5_000, MONTH), id="DOU: Warsaw"),
        P("Warszawa", "$4000-5000", ELSEWHERE, None, id="neither in Ukraine nor on its boards"),
        P("Remote · Ukraine", "$4000-5000", ELSEWHERE, (4_000, 5_000, MONTH), id="in Ukraine"),
        P("Львів", "до 150 тис. грн", ROBOTA, (None, 150_000, MONTH), id="robota.ua: тис. грн"),
    ],
)  # fmt: skip
def test_a_ukrainian_cards_dollars_are_a_month(
    location: str, salary: str, url: str, rate: object
) -> None:
    posting = Posting(
        source="inbox", source_id="board:712345", url=url,
        title="Python Developer", location=location, salary_raw=salary, text="Python, FastAPI.",
    )  # fmt: skip
    f = understand(posting, LVIV, RankingSettings())
    assert ((f.rate_min, f.rate_max, f.rate_period) if f.rate_period else None) == rate


@pytest.mark.parametrize(
    ("company", "flagged"),
    [
        P("ТОВ «Акме Софт»", False, id="a Ukrainian company in Cyrillic"),
        P("株式会社サンプル", False, id="a Japanese one"),
        P("Acme Soft", False, id="in Latin letters"),
        P(None, True, id="none named"),
    ],
)
def test_a_company_named_in_cyrillic_is_an_employer(company: str | None, flagged: bool) -> None:
    found = run(
        f"{FILLER} Python.", title="Python-розробник", company=company,
        url="https://www.work.ua/jobs/5123456/", provenance="aggregator", summary=True,
    )  # fmt: skip
    assert ("no_employer" in codes(found, hard=False)) is flagged


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Senior Python/Go, ФОП/B2B, шукаю нові проєкти з лютого.", "supply", id="uk: шукаю"),
        P("Backend на Go, ищу новые проекты, оплата почасовая.", "supply", id="ru: ищу"),
        P("Шукаю розробника на Go для нашої команди.", None, id="uk: seeking a developer"),
    ],
)
def test_a_ukrainian_or_russian_developer_offering_work(text: str, kind: str | None) -> None:
    found = parse_kind(None, text)
    assert (found[0] if found and found[0] == "supply" else None) == kind


@pytest.mark.parametrize(
    ("text", "eligibility"),
    [
        P("Remote. Лише для кандидатів за межами України.", "not_eligible", id="uk"),
        P(
            "Remote. Только для кандидатов, которые находятся за пределами Украины.",
            "not_eligible",
            id="ru",
        ),
        P("Remote, only for candidates based outside Ukraine.", "not_eligible", id="en"),
        P(
            "Віддалено, розглядаємо кандидатів як в Україні, так і за її межами.",
            "eligible",
            id="inside and outside",
        ),
        P(
            "Remote. We only sponsor visas for people outside Ukraine.",
            "eligible",
            id="a visa for whoever is outside",
        ),
    ],
)
def test_hired_only_outside_ukraine(text: str, eligibility: str) -> None:
    assert _features(text).eligibility == eligibility


def test_relocation_to_an_office_is_an_office_for_a_remote_only_profile() -> None:
    # relocation offered moves the user to the office; remote-only says no office (README)
    text = "Office-based role. Relocation to Lviv or Warsaw provided."
    assert _features(text, "Lviv, Ukraine; Warsaw, Poland").eligibility == "not_eligible"
