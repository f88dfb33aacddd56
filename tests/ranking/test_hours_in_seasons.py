"""Working hours by a zone's clock judged in both of its seasons, and the meetings a
post asks one to keep ("daily standup at 9:30 am EST")."""

import pytest
from pytest import param as P

from warehouse.ranking.eligibility import eligibility
from warehouse.ranking.profile import Profile
from warehouse.ranking.remote import RemoteScope, kept_moment, parse_remote, summer_shift_of_day

_BERLIN = Profile(locations=("Berlin", "Germany"))
_LISBON = Profile(locations=("Lisbon", "Portugal"))
_SAO_PAULO = Profile(locations=("São Paulo", "Brazil"))  # UTC-3, no summer time
_MANILA = Profile(locations=("Manila", "Philippines"))  # UTC+8, no summer time
_AUSTIN = Profile(locations=("US", "Austin, Texas"))


def _verdicts(line: str) -> tuple[str, ...]:
    scope = parse_remote("Remote", f"Engineer\n{line}", True)
    people = (_BERLIN, _LISBON, _SAO_PAULO, _MANILA, _AUSTIN)
    return tuple(eligibility(scope, who)[0] for who in people)


E, R, N = "eligible", "review", "not_eligible"


@pytest.mark.parametrize(
    ("line", "berlin", "lisbon", "sao_paulo", "manila", "austin"),
    [P("Core hours 10am-3pm ET.", N, E, E, N, E,
       id="Berlin's 4-9 pm in both seasons; Lisbon's 3-8 pm"),
     P("Hours 8am-4pm PT.", N, N, R, N, E,
       id="São Paulo keeps it in the northern summer only"),
     P("You must be online 9:00–13:00 UK time.", E, E, N, R, N,
       id="Manila keeps it while the UK keeps summer time only"),
     P("You will work 09:00-17:00 CET, Monday to Friday.", E, E, N, N, N,
       id="a day by the zone of the user's own clock"),
     P("Please be available 8am–12pm ET; the rest of the day is async.", E, E, E, N, E,
       id="a morning by the clock")],
)  # fmt: skip
def test_a_working_day_is_judged_in_both_of_its_zones_seasons(
    line: str, berlin: str, lisbon: str, sao_paulo: str, manila: str, austin: str
) -> None:
    assert _verdicts(line) == (berlin, lisbon, sao_paulo, manila, austin)


def test_a_day_by_a_clock_without_summer_time_from_a_town_with_it() -> None:
    scope = parse_remote("Remote", "Designer\nHorário: 9h às 18h (horário de Brasília).", True)
    assert eligibility(scope, _AUSTIN)[0] == "review"  # 6 am in a Texan winter, 7 in summer
    assert eligibility(scope, _SAO_PAULO)[0] == "eligible"


def test_a_bloc_keeps_a_day_where_one_of_its_zones_does_in_both_seasons() -> None:
    eu = Profile(locations=("EU",))
    assert eligibility(_day("10am-3pm ET"), eu)[0] == "eligible"  # Portugal's 3-8 pm
    assert eligibility(_day("9am-1pm Pacific Time"), eu)[0] == "not_eligible"  # 5-9 pm


def test_why_says_when_the_day_is_yours_in_one_season_only() -> None:
    scope = parse_remote("Remote", "Engineer\nHours 8am-4pm PT.", True)
    assert "your day in one season only" in eligibility(scope, _SAO_PAULO)[1]
    assert "outside your day in both seasons" in eligibility(_day("10am-3pm ET"), _BERLIN)[1]


def _day(day: str) -> RemoteScope:
    return parse_remote("Remote", f"Engineer\nCore hours {day}.", True)


@pytest.mark.parametrize(
    ("day", "shift"),
    [("10am-3pm ET", 1.0), ("9am–5pm, Eastern", 1.0), ("9–17 Uhr (MEZ)", 1.0),
     ("9h-18h (heure de Paris)", 1.0), ("9-5 GMT", 0.0), ("8am-5pm SAST", 0.0),
     ("standup at 9:30 am EST", 1.0)],
)  # fmt: skip
def test_the_summer_time_of_a_days_zone(day: str, shift: float) -> None:
    assert summer_shift_of_day(day) == shift


@pytest.mark.parametrize(
    ("line", "berlin", "lisbon", "sao_paulo", "manila", "austin"),
    [P("Async team; daily standup at 9:30 am EST.", E, E, E, R, E,
       id="a standup at Manila's 10:30 pm is a doubt"),
     P("You must be available until 1pm PT for client calls.", R, R, E, R, E,
       id="reachable until 9 pm in Berlin and Lisbon"),
     P("Weekly sync at 10am PT, async otherwise.", E, E, E, R, E,
       id="one call at night is never a no"),
     P("Team call at 4pm GMT every Monday.", E, E, E, R, E,
       id="a zone without summer time")],
)  # fmt: skip
def test_a_meeting_by_a_zones_clock_is_hours_kept_from_afar(
    line: str, berlin: str, lisbon: str, sao_paulo: str, manila: str, austin: str
) -> None:
    assert _verdicts(line) == (berlin, lisbon, sao_paulo, manila, austin)


@pytest.mark.parametrize(
    "line",
    ["Join our webinar at 2pm ET to learn more.",
     "Our office opens at 9am EST.",
     "Interviews at 3pm ET on Thursdays."],
)  # fmt: skip
def test_times_that_bind_nobody_are_no_limit(line: str) -> None:
    scope = parse_remote("Remote", f"Engineer\n{line}", True)
    assert scope.scope == "anywhere"
    assert kept_moment(line) is None or scope.regions == ()
