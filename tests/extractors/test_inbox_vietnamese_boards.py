"""Vietnam's job boards' alerts: ITviec, TopCV, VietnamWorks, TopDev and CareerViet."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors._joburls import board_key, national_country
from tests.extractors.test_inbox import _one_card_mail, _only_job

P = pytest.param


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://itviec.com/it-jobs/backend-developer-golang-sao-viet-tech-2134?lab_feature=alert",
         "itviec:2134"),
        ("https://itviec.com/it-jobs/golang", None),
        ("https://www.topcv.vn/viec-lam/lap-trinh-vien-backend-golang/1534567.html?ta_source=mail",
         "topcv:1534567"),
        ("https://www.vietnamworks.com/backend-developer-golang-1812345-jv?source=alert",
         "vietnamworks:1812345"),
        ("https://topdev.vn/viec-lam/backend-developer-golang-sao-viet-tech-2034567",
         "topdev:2034567"),
        ("https://careerviet.vn/vi/tim-viec-lam/lap-trinh-vien-backend.35C1A2B3.html",
         "careerviet:35c1a2b3"),
    ],
)  # fmt: skip
def test_vietnamese_board_links_name_their_job(url: str, key: str | None) -> None:
    found = board_key(url)
    assert (found[0] if found else None) == key


def test_a_topcv_card_keeps_its_place_setting_and_dong_pay(tmp_path: Path) -> None:
    url = "https://www.topcv.vn/viec-lam/lap-trinh-vien-backend-golang/1534567.html"
    card = (
        f'<a href="{url}">Lập trình viên Backend Golang</a><div>Công ty TNHH Sao Việt Tech</div>'
        "<div>Hồ Chí Minh</div><div>25 - 35 triệu</div><div>Toàn thời gian</div>"
        "<div>Tại văn phòng</div><div>Còn 12 ngày để ứng tuyển</div>"
    )
    mail = _one_card_mail("TopCV <noreply@topcv.vn>", card, "Việc làm mới phù hợp với bạn")
    job = _only_job(tmp_path / "t.eml", mail)
    assert (job.title, job.company, job.location, job.salary_raw, job.engagement_raw) == (
        "Lập trình viên Backend Golang", "Công ty TNHH Sao Việt Tech",
        "Hồ Chí Minh (Tại văn phòng)", "25 - 35 triệu", "Toàn thời gian",
    )  # fmt: skip
    assert job.remote is False and national_country(job.url) == "VN"


def test_an_itviec_card_keeps_its_dollar_pay(tmp_path: Path) -> None:
    url = "https://itviec.com/it-jobs/mobile-developer-react-native-finviet-3321"
    card = (
        f'<a href="{url}">Mobile Developer (React Native)</a><div>FinViet JSC</div>'
        "<div>Thu Duc City, Ho Chi Minh</div><div>Up to $2,500</div><div>Hybrid</div>"
        "<div>Hot</div><div>2 ngày trước</div>"
    )
    job = _only_job(tmp_path / "i.eml", _one_card_mail("ITviec <jobs@itviec.com>", card))
    assert (job.title, job.company, job.location, job.salary_raw) == (
        "Mobile Developer (React Native)", "FinViet JSC", "Thu Duc City, Ho Chi Minh (Hybrid)",
        "Up to $2,500",
    )  # fmt: skip
