"""A working day by a zone's clock in the words posts write it: beside the pay, the zone
named in words or another language, a span covered in shifts, and look-alikes."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.rates import parse_rate
from warehouse.ranking.remote import parse_remote, working_day

_BERLIN = Profile(locations=("Germany", "UTC+1"))
_NEW_YORK = Profile(locations=("New York", "US"))
_BUENOS_AIRES = Profile(locations=("Argentina",))  # UTC-3 all year
_NIGHT_OWL = Profile(locations=("Philippines", "UTC+8"), hours="any")


@pytest.mark.parametrize(
    ("line", "zone", "berlin", "buenos_aires"),
    [P("Rate: $26/hr, 9-5 EST, weekdays.", "UTC-7..UTC-1", "not_eligible", "eligible",
       id="pay before the day in its sentence"),
     P("Hours are 9am–5pm, Eastern, Mon to Fri.", "UTC-7..UTC-1", "not_eligible", "eligible",
       id="a US zone in words after a comma"),
     P("Arbeitszeit 8–16 Uhr MEZ.", "UTC+0..UTC+6", "eligible", "not_eligible",
       id="German: Uhr and MEZ"),
     P("Présence de 9h à 18h (heure de Paris).", "UTC-1..UTC+4", "eligible", "not_eligible",
       id="French: 9h à 18h, Paris's clock"),
     P("Horario de 9 a 18 hs, hora de Argentina.", "UTC-5..UTC-1", "not_eligible", "eligible",
       id="Spanish: a comma before the clock's name after hs"),
     P("Expediente das 9h às 18h (horário de Brasília).", "UTC-5..UTC-1", "not_eligible",
       "eligible", id="Portuguese"),
     P("Available 9:00–17:00 UK time.", "UTC-2..UTC+4", "eligible", "not_eligible",
       id="a country's time"),
     P("€42/h, core hours 10–15 Uhr (MEZ).", "UTC-2..UTC+7", "eligible", "not_eligible",
       id="a rate, then the zone in brackets after Uhr")],
)  # fmt: skip
def test_a_working_day_in_the_words_posts_write_it(
    line: str, zone: str, berlin: str, buenos_aires: str
) -> None:
    scope = parse_remote("Remote", f"Assistant\n{line}", True)
    assert scope.regions == (zone,)
    assert eligibility(scope, _BERLIN)[0] == berlin
    assert eligibility(scope, _BUENOS_AIRES)[0] == buenos_aires
    assert eligibility(scope, _NIGHT_OWL)[0] == "eligible"


def test_the_rate_beside_the_day_is_kept_too() -> None:
    text = "Assistant\nRate: $26/hr, 9-5 EST, weekdays."
    rate = parse_rate(text)
    assert rate is not None and (rate.min, rate.currency) == (26, "USD")
    assert "works 9-5 EST" in eligibility(parse_remote("Remote", text, True), _BERLIN)[1]


def test_why_names_a_day_whose_zone_is_in_words() -> None:
    assert working_day("9am–5pm, Eastern") == "9am–5pm, Eastern"
    assert working_day("de 9h à 18h (heure de Paris)") == "9h à 18h (heure de Paris)"


def test_a_span_covered_in_shifts_is_kept_where_a_shift_of_it_is_daytime() -> None:
    whole = parse_remote("Remote", "Agent\nAvailable 07:00-20:00 EST.", True)
    shifts = parse_remote("Remote", "Agent\nDesk 07:00-20:00 EST coverage in shifts.", True)
    assert whole.regions == ("UTC-5..UTC-4",)  # the whole span: its own zone only
    assert shifts.regions == ("UTC-10..UTC+1",)  # any eight hours of it
    assert eligibility(shifts, _BUENOS_AIRES)[0] == "eligible"


@pytest.mark.parametrize(
    "line",
    ["Tutoring for students aged 9-17, Eastern suburbs welcome.",
     "Kids 9-12, Pacific Northwest families.",
     "Team of 9-12, Central Europe history buffs.",
     "Requires 9-5 years of experience.",
     "Budget $9-5k for the whole project.",
     "Version 9.5 ships in May.",
     "15-20 hours per week, any time zone.",
     "Overtime 6pm-9pm EST is paid at 1.5x.",
     "Evening shift 5pm-9pm EST pays an extra $2/hr.",
     "Unser Büro ist 9–17 Uhr MEZ geöffnet, du arbeitest flexibel."],
)  # fmt: skip
def test_look_alikes_of_a_working_day_are_no_limit(line: str) -> None:
    scope = parse_remote("Remote", f"Assistant\n{line}", True)
    assert (scope.scope, scope.regions) == ("anywhere", ())
