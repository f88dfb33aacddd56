"""A Tehran developer's market (Jobinja, Jobvision, Ponisha, Telegram channels; its pay
in tomans and rials is test_persian_pay's): the work modes in Persian ("دورکاری", "پاره
وقت", "تمام وقت", "پروژه‌ای"); Persian asked for ("تسلط به زبان فارسی الزامی است") and
listed in a profile ("fa")."""

from __future__ import annotations

import pytest

from flows.config import parse_config
from warehouse.ranking.engagement import parse_engagement
from warehouse.ranking.languages import read_languages
from warehouse.ranking.remote import parse_remote

P = pytest.param


@pytest.mark.parametrize(
    ("text", "engagement"),
    [
        P("همکاری به صورت پاره وقت", "part_time", id="پاره وقت"),
        P("استخدام تمام‌وقت، حضوری در تهران", "full_time", id="تمام وقت with a ZWNJ"),
        P("همکاری به صورت پروژه‌ای", "freelance", id="پروژه‌ای project-based"),
        P("قرارداد پروژه ای برای طراحی اپلیکیشن", "freelance", id="a project's contract"),
        P("یک پروژه ای برای طراحی سایت داریم", None, id="a project is no engagement"),
    ],
)  # fmt: skip
def test_persian_engagements(text: str, engagement: str | None) -> None:
    offer = parse_engagement(None, text)
    assert (offer.engagement if offer else None) == engagement


@pytest.mark.parametrize(
    ("text", "scope", "regions"),
    [
        P("همکاری به صورت دورکاری", "anywhere", (), id="دورکاری"),
        P("دورکاری از هر جای ایران", "region", ("IR",), id="from anywhere in Iran"),
        P("امکان دورکاری وجود ندارد، کار حضوری در تهران", "onsite", ("IR",), id="no remote"),
        P("بدون دورکاری، تهران", "onsite", ("IR",), id="without remote"),
    ],
)  # fmt: skip
def test_persian_work_modes(text: str, scope: str, regions: tuple[str, ...]) -> None:
    found = parse_remote(None, text, None)
    assert (found.scope, found.regions) == (scope, regions)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        P("تسلط به زبان فارسی الزامی است.", ("fa",), (), id="Persian mandatory"),
        P("تسلط به زبان انگلیسی امتیاز محسوب می‌شود.", (), ("en",), id="English a plus"),
        P("Fluent Persian (Farsi) required.", ("fa",), (), id="in English"),
        P("We import Persian rugs; English required.", ("en",), (), id="Persian rugs"),
    ],
)  # fmt: skip
def test_persian_asked_for(
    text: str, required: tuple[str, ...], preferred: tuple[str, ...]
) -> None:
    found = read_languages(text)
    assert (found.required, found.preferred) == (required, preferred)


def test_a_config_in_rials_with_persian() -> None:
    profile = {"currency": "IRR", "languages": ["Farsi", "en"], "min_rate": ["300000000/month"]}
    config = parse_config({"profile": profile})
    assert (config.profile.currency, config.profile.languages) == ("IRR", ("fa", "en"))
