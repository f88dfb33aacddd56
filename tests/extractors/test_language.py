"""Which language a posting or a message is written in: Indonesian, Czech, Polish and
Hungarian by their own small words, and their neighbours (Slovak, Romanian) not taken
for them."""

from __future__ import annotations

import pytest

from extractors._language import written_in


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kami sedang mencari penulis konten lepas untuk blog perusahaan kami. Pengalaman "
         "minimal satu tahun dan bisa bekerja dari rumah.", "id"),
        # Malay shares the small words: read as Indonesian, which its readers read
        ("Syarikat kami sedang mencari jurugambar sambilan untuk acara dan majlis.", "id"),
        ("Hledáme grafika na externí spolupráci. Nabízíme práci z domova a odměnu podle "
         "rozsahu zakázky.", "cs"),
        ("Ahoj Lucie, díky za tip! Jsem teď v Ostravě, ozvu se příští týden.", "cs"),
        ("Tapasztalt tesztelő munkatársat keresünk, aki szeret csapatban dolgozni és "
         "legalább két év tapasztalattal rendelkezik.", "hu"),
        ("Szia Bence! Köszi a segítséget, jövő héten hívlak, ha lenne egy kis időd.", "hu"),
        ("Szukamy grafika do współpracy zdalnej, oferujemy elastyczne godziny pracy.", "pl"),
        ("Cześć, znasz kogoś, kto robi strony? Potrzebujemy kogoś na już.", "pl"),
        # neighbours: Slovak and Romanian are none of them (Slovak shares Polish's "nie"
        # and "kto", Czech's "firmy" and "projektu")
        ("Hľadáme skúseného grafika na dlhodobú spoluprácu, ponúkame prácu z domu.", None),
        ("Sme malá firma, nie agentúra: kto nám pomôže s webom a firmy projektu?", None),
        # an English posting with a Polish address stays English
        ("We are hiring a backend engineer for our team. Office: ul. Prosta 20, 00-850 "
         "Warszawa, Polska.", "en"),
        ("Căutăm un grafician pentru colaborare pe termen lung, lucru de acasă.", None),
        # English with "Dan", "Ada", "we've" and Arizona's "AZ" stays English
        ("We've hired Dan and Ada to lead the platform team in Phoenix, AZ; you will "
         "work with them.", "en"),
    ],
)  # fmt: skip
def test_indonesian_czech_polish_and_hungarian_are_read_and_neighbours_are_not(
    text: str, language: str | None
) -> None:
    assert written_in(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ищем дизайнера интерфейсов на проект, оплата за этап, опыт от двух лет.", "ru"),
        # Russian that writes none of its own letters: no other language's stand
        ("Frontend-разработчик. Зарплата от 300 000 рублей, офис в Москве, гибрид.", "ru"),
        ("Шукаємо тестувальника в команду, віддалена робота, досвід від року.", "uk"),
        ("Біз жобаға талдаушы іздейміз, жұмыс кеңседе, жалақы келісім бойынша.", "kk"),
        # a Russian posting in Almaty naming a Kazakh firm and street stays Russian
        ("ТОО «Сәулет Құрылыс» ищет инженера-сметчика, офис на улице Абая, опыт работы "
         "от трёх лет.", "ru"),
        # Bulgarian, Serbian and Belarusian are none of them
        ("Търсим опитен счетоводител за нашия екип в Пловдив, пълен работен ден.", None),
        # Bulgarian typed without "ъ", by its own words ("заплата", "опит", "месец")
        ("Предлагаме добра заплата, 3000 лв. нето, офис в София.", None),
        ("Дистанционна работа, изисквания: опит с Python, заплата по договаряне.", None),
        # a Russian posting naming Sofia stays Russian
        ("Требуется разработчик, опыт от 3 лет, зарплата от 200 000 руб. Офис в Софии.", "ru"),
        ("Тражимо искусног рачуновођу за рад у Новом Саду, пуно радно време.", None),
        ("Шукаем бухгалтара ў каманду, праца ў офісе ў Мінску.", None),
        # an English posting naming a firm and a town in Cyrillic stays English
        ("We are hiring a data engineer at ООО «Звезда» in Москва; the role is remote.", "en"),
    ],
)  # fmt: skip
def test_russian_ukrainian_and_kazakh_are_read_by_their_own_letters(
    text: str, language: str | None
) -> None:
    assert written_in(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("استخدام برنامه‌نویس پایتون، تمام وقت، حقوق ۳۰ میلیون تومان، تهران", "fa"),
        ("مطلوب مطور ويب في مسقط، الراتب ٨٠٠ ريال شهريًا", "ar"),
        # an Arabic posting naming a Persian firm stays Arabic
        ("نبحث عن مصمم جرافيك لشركة پارس للعمل عن بعد براتب شهري", "ar"),
    ],
)
def test_persian_is_read_by_the_letters_arabic_never_writes(text: str, language: str) -> None:
    assert written_in(text) == language


def test_urdu_writing_persians_letters_with_its_own_is_no_persian() -> None:
    assert written_in("تنخواہ 1,00,000 روپے، کراچی میں دفتر ہے") != "fa"
