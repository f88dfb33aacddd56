import importlib.util
from pathlib import Path

import pytest

from extractors._contract import ConfigError
from flows.config import find_config, load_config, parse_config

ISSUE_EXAMPLE = """
[warehouse]
path = "leads.duckdb"

[profile]
skills = ["python", "dbt", "duckdb"]
engagements = ["freelance", "contract", "part_time"]
remote_only = true
locations = ["EU"]
min_hourly_rate = 80
currency = "USD"

[network]
files = ["exports/Connections.csv"]

[sources.hackernews]
base_url = "https://hn.algolia.com"
threads = ["freelancer", "hiring"]

[sources.remotive]
base_url = "https://remotive.com"

[sources.greenhouse]
base_url = "https://boards-api.greenhouse.io"
boards = ["fernhill"]

[sources.lever]
base_url = "https://api.lever.co"
sites = ["kestrel"]

[sources.mastodon]
instances = ["https://mastodon.social"]
tags = ["hiring", "fedihire", "freelance"]

[sources.reddit]
base_url = "https://www.reddit.com"
subreddits = ["forhire"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "leads.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_issue_example_loads_with_typed_values(tmp_path):
    config = load_config(write(tmp_path, ISSUE_EXAMPLE))
    assert config.profile.skills == ("python", "dbt", "duckdb")
    assert config.profile.min_hourly_rate == 80.0
    assert isinstance(config.profile.min_hourly_rate, float)
    assert set(config.sources) == {
        "hackernews",
        "remotive",
        "greenhouse",
        "lever",
        "mastodon",
        "reddit",
    }
    assert config.sources["greenhouse"].boards == ("fernhill",)
    assert config.warehouse_path == tmp_path.resolve() / "leads.duckdb"
    assert (
        config.resolve("exports/Connections.csv") == tmp_path.resolve() / "exports/Connections.csv"
    )


def test_an_absent_source_section_is_off(tmp_path):
    config = load_config(write(tmp_path, "[profile]\nskills = ['go']\n"))
    assert config.sources == {}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[profile]\nskils = ['x']\n", "profile.skils"),
        ("[profile]\nmin_hourly_rate = 'eighty'\n", "profile.min_hourly_rate"),
        ("[profile]\nremote_only = 1\n", "profile.remote_only"),
        ("[profile]\nskills = 'python'\n", "profile.skills"),
        ("[sources.remotive]\nbase_ur = 'x'\n", "sources.remotive.base_ur"),
        ("[sources.nosuch]\n", "sources.nosuch"),
        ("[sources.greenhouse]\nboards = [1]\n", "sources.greenhouse.boards[0]"),
        ("[warehous]\n", "warehous"),
        ("[sources.hackernews]\nthreads = ['freelance']\n", "sources.hackernews.threads"),
        ("[sources.reddit]\nformat = 'xml'\n", "sources.reddit.format"),
        ("[ranking.weights]\nfitt = 0.3\n", "ranking.weights.fitt"),
        ("[ranking.weights]\nfit = -1\n", "ranking.weights.fit"),
        ("[ranking.weights]\nfit = 1e-9\n", "ranking.weights.fit: use 0 to leave it out"),
        ("[ranking]\nbelow_floor = 'drop'\n", "ranking.below_floor"),
        ("[filters]\nexclude_company = ['x']\n", "filters.exclude_company"),
        ("[sources.lever]\nsites = [{ company = 'X' }]\n", "sources.lever.sites[0].site"),
        ("[sources.lever]\nsites = [{ site = 'x', name = 'X' }]\n", "sources.lever.sites[0].name"),
        ("[run]\ntask_runner = 'ray'\n", "run.task_runner"),
        ("[run]\nworkers = 0\n", "run.workers"),
        ("[notify]\ncadence = 'hourly'\n", "notify.cadence"),
        ("[notify.telegram]\n", "notify.telegram"),
        ("[notify.slack]\nurl = 'https://hooks.example/x'\n", "notify.slack.url"),
        ("[notify.email]\nto = ['me@example.com']\n", "notify.email.from"),
        ("[notify.ntfy]\n", "notify.ntfy.topic"),
    ],
    ids=[
        "a misspelt profile key",
        "a rate that is a string",
        "a boolean given as a number",
        "a list given as a string",
        "a misspelt source key",
        "an unknown source",
        "a wrong type inside a list",
        "an unknown section",
        "an unknown hacker news thread kind",
        "an unknown reddit format",
        "a weight of no signal",
        "a negative weight",
        "a weight too small to count",
        "an unknown below-floor policy",
        "a misspelt filter",
        "a lever site table without its site",
        "a lever site table with an unknown key",
        "a task runner we do not offer",
        "no workers",
        "a cadence we do not offer",
        "an unknown channel",
        "a webhook URL in the config, not in the environment",
        "an email without its sender",
        "an ntfy channel without its topic",
    ],
)
def test_bad_keys_and_types_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    assert str(raised.value).startswith(f"{tmp_path / 'leads.toml'}: {key}")


def test_an_unknown_channel_is_named_with_every_known_one() -> None:
    with pytest.raises(ConfigError) as raised:
        parse_config({"notify": {"telegram": {}}})
    known = "discord, email, ntfy, slack, webhook"
    assert str(raised.value) == f"notify.telegram: unknown channel (known: {known})"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[profile]\nmin_hourly_rate = 'eighty'\n", "expected a number, got text 'eighty'"),
        ("[profile]\nremote_only = 'yes'\n", "expected true or false, got text 'yes'"),
        ("[http]\nmax_retries = 2.5\n", "expected a whole number, got 2.5"),
        ("[profile]\ncurrency = 840\n", "expected text in quotes, got 840"),
        ("[run]\ntask_runner = 'ray'\n", 'expected "thread" or "dask", got \'ray\''),
    ],
)
def test_a_wrong_type_is_said_in_toml_words(tmp_path, text, said):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    assert said in str(raised.value)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "[profile]\nmin_hourly_rte = 80\n",
            "profile.min_hourly_rte: unknown key: did you mean min_hourly_rate? (known: aliases, ",
        ),
        (
            "[sources.remotive]\nserach = 'x'\n",
            "sources.remotive.serach: unknown key: did you mean search? "
            "(known: base_url, category, search)",
        ),
        ("[profil]\nskills = ['go']\n", "profil: unknown section: did you mean profile?"),
        (
            "[sources.redit]\n",
            "sources.redit: unknown source: did you mean reddit? (known: arbeitnow, ",
        ),
        (
            "[ranking.weights]\nfreshnes = 0.1\n",
            "ranking.weights.freshnes: unknown signal: did you mean freshness?",
        ),
    ],
)
def test_a_mistyped_name_is_met_with_the_one_it_looks_like(tmp_path, text, said):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    assert str(raised.value).startswith(f"{tmp_path / 'leads.toml'}: {said}")


def test_a_dask_runner_without_its_extra_says_what_to_install(tmp_path, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "prefect_dask" else real(name)
    )
    with pytest.raises(ConfigError, match=r'run.task_runner: "dask" needs .*warmleads\[dask\]'):
        load_config(write(tmp_path, '[run]\ntask_runner = "dask"\n'))
    assert load_config(write(tmp_path, '[run]\ntask_runner = "thread"\n')).run.workers == 8


def test_invalid_toml_names_the_file(tmp_path):
    with pytest.raises(ConfigError, match="leads.toml: not valid TOML"):
        load_config(write(tmp_path, "[profile\n"))


def test_partial_weights_override_only_what_they_name():
    config = parse_config({"ranking": {"weights": {"fit": 0.5}}})
    assert config.ranking.weights["fit"] == 0.5
    assert config.ranking.weights["network"] == 0.10


def test_config_lookup_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LEADS_CONFIG", raising=False)
    assert find_config(None) is None
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text("", encoding="utf-8")
    monkeypatch.setenv("LEADS_CONFIG", str(elsewhere))
    assert find_config(None) == elsewhere
    write(tmp_path, "")
    assert find_config(None) == Path("leads.toml")
    with pytest.raises(ConfigError, match="no such config file"):
        find_config(tmp_path / "missing.toml")


def test_a_board_may_name_its_company_and_filters_load():
    config = parse_config(
        {
            "filters": {"exclude_companies": ["Globex"], "exclude_keywords": ["unpaid"]},
            "profile": {"roles": ["data engineer"], "related": {"data engineer": ["dagster"]}},
            "sources": {"lever": {"sites": ["kestrel", {"site": "tide", "company": "Tide BV"}]}},
        }
    )
    from extractors import lever

    settings = config.sources["lever"]
    assert lever.units(settings) == ["kestrel", "tide"]
    assert lever.companies(settings) == {"tide": "Tide BV"}
    assert config.filters.exclude_keywords == ("unpaid",)
    assert config.profile.related == {"data engineer": ("dagster",)}


def test_a_path_from_home_is_not_put_beside_the_config(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    config = load_config(
        write(
            tmp_path,
            '[warehouse]\npath = "~/leads.duckdb"\n'
            '[sources.inbox]\npaths = ["~/mail/all.mbox", "mail/local.mbox"]\n',
        )
    )
    assert config.resolve("~/Downloads/export.zip") == tmp_path / "home/Downloads/export.zip"
    assert config.warehouse_path == tmp_path / "home/leads.duckdb"
    assert config.sources["inbox"].paths == (
        str(tmp_path / "home/mail/all.mbox"),
        str(tmp_path.resolve() / "mail/local.mbox"),
    )


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("eur", "EUR"), ("Eur", "EUR"), ("€", "EUR"), ("£", "GBP"), ("usd", "USD"),
        ("₹", "INR"), ("Rs", "INR"), ("rs.", "INR"), (" ₹ ", "INR"), ("C$", "CAD"),
        ("R$", "BRL"), ("zł", "PLN"), ("php", "PHP"), ("₱", "PHP"),
    ],
)  # fmt: skip
def test_a_currency_is_read_as_its_code(tmp_path, written, code):
    config = load_config(write(tmp_path, f'[profile]\ncurrency = "{written}"\n'))
    assert config.profile.currency == code


@pytest.mark.parametrize("code", ["MXN", "COP", "CLP", "PEN"])
def test_latin_american_currencies_are_priced_without_a_table(tmp_path, code):
    config = load_config(write(tmp_path, f'[profile]\ncurrency = "{code.lower()}"\n'))
    assert config.profile.currency == code


@pytest.mark.parametrize("entry", ["US time zones", "EST overlap", "Americas timezones"])
def test_working_hours_in_locations_are_refused_with_what_to_write(tmp_path, entry):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, f'[profile]\nlocations = ["MX", "{entry}"]\n'))
    assert f"profile.locations[1]: {entry!r} names working hours" in str(raised.value)
    assert '"UTC-6"' in str(raised.value)


def test_the_hours_one_keeps_load_and_a_wrong_value_is_named(tmp_path):
    assert load_config(write(tmp_path, "[profile]\n")).profile.hours == "day"
    text = '[profile]\nlocations = ["Philippines", "UTC+8"]\nhours = "any"\n'
    assert load_config(write(tmp_path, text)).profile.hours == "any"
    with pytest.raises(ConfigError, match=r'profile.hours: expected "day" or "any", got .night'):
        load_config(write(tmp_path, '[profile]\nhours = "night"\n'))


def test_hours_in_locations_are_refused_with_the_hours_key(tmp_path):
    with pytest.raises(ConfigError, match='hours = "any"'):
        load_config(write(tmp_path, '[profile]\nlocations = ["PH", "US EST hours"]\n'))


def test_places_and_offsets_in_locations_load(tmp_path):
    text = '[profile]\nlocations = ["MX", "LATAM", "UTC-6", "Austin, Texas"]\n'
    assert load_config(write(tmp_path, text)).profile.locations[2] == "UTC-6"


def test_a_currency_added_to_the_fx_table_is_known(tmp_path):
    text = '[profile]\ncurrency = "huf"\n[ranking.fx_usd]\nHUF = 0.0028\n'
    assert load_config(write(tmp_path, text)).profile.currency == "HUF"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("EURO", "unknown currency 'EURO': did you mean EUR?"),
        ("PTE", "unknown currency 'PTE'"),
        ("¥", "unknown currency '¥'"),  # yen or yuan: the sign does not say
    ],
)
def test_an_unknown_currency_is_refused_with_what_to_write(tmp_path, written, said):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, f'[profile]\ncurrency = "{written}"\n'))
    assert f"profile.currency: {said}" in str(raised.value)
    known = str(raised.value).split("[ranking.fx_usd] (", 1)[1].split(")", 1)[0].split(", ")
    assert known == sorted(known) and {"AUD", "EUR", "USD"} <= set(known)  # what to write


def test_text_where_a_list_goes_is_answered_with_the_list(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, '[profile]\nskills = "figma, user research"\n'))
    assert str(raised.value).endswith(
        "profile.skills: expected a list, got text 'figma, user research': "
        'write ["figma", "user research"]'
    )


@pytest.mark.parametrize("value", ["yes", "True", "EUR"])
def test_a_bare_word_names_its_line_and_how_values_are_written(tmp_path, value):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, f'[profile]\nskills = ["figma"]\nremote_only = {value}\n'))
    said = str(raised.value)
    assert "(at line 3, column 15)" in said
    assert f"'remote_only = {value}': write text in quotes" in said
    assert "true or false" in said


def test_a_malformed_table_header_gets_no_value_hint(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, "[profile\n"))
    assert "write text in quotes" not in str(raised.value)


def test_an_engagement_that_is_no_term_of_work_is_refused_with_the_known_ones(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, '[profile]\nengagements = ["freelance", "hybrid"]\n'))
    said = str(raised.value)
    assert "profile.engagements[1]: unknown engagement 'hybrid'" in said
    assert "(known: contract, fractional, freelance, full_time, part_time)" in said


def test_a_mistyped_engagement_is_named_with_the_one_it_looks_like(tmp_path):
    with pytest.raises(ConfigError, match=r"unknown engagement 'fractionel': did you mean fract"):
        load_config(write(tmp_path, '[profile]\nengagements = ["fractionel"]\n'))


def test_an_engagement_is_read_as_people_write_it(tmp_path):
    text = '[profile]\nengagements = ["Freelance", "part-time", "Full time"]\n'
    engagements = load_config(write(tmp_path, text)).profile.engagements
    assert engagements == ("freelance", "part_time", "full_time")


def test_every_term_of_work_is_accepted(tmp_path):
    every = '["freelance", "contract", "part_time", "fractional", "full_time"]'
    text = f"[profile]\nengagements = {every}\n"
    assert len(load_config(write(tmp_path, text)).profile.engagements) == 5


def test_every_problem_of_a_file_is_listed_at_once_each_naming_its_key(tmp_path):
    text = (
        '[profile]\nskills = "figma, user research"\nengagements = ["hybrid"]\n'
        'currency = "EURO"\nremot_only = true\n'
        '[ranking]\nlegitimacy_floor = "high"\n[ranking.weights]\nfitt = 1\n'
        "[sources.remotiv]\n[colours]\n"
    )
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    lines = str(raised.value).splitlines()
    keys = [line.split(": ")[1] for line in lines]
    assert all(line.startswith(f"{tmp_path / 'leads.toml'}: ") for line in lines)
    assert keys == [
        "colours",
        "profile.skills",
        "profile.remot_only",
        "ranking.legitimacy_floor",
        # a mistyped key hides none of its table's other problems
        "ranking.weights.fitt",
        "profile.engagements[0]",
        "profile.currency",
        "sources.remotiv",
    ]


def test_problems_of_values_are_listed_together_once_the_tables_read(tmp_path):
    text = '[profile]\nengagements = ["hybrid"]\ncurrency = "EURO"\n[ranking.weights]\nfitt = 1\n'
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    keys = [line.split(": ")[1] for line in str(raised.value).splitlines()]
    assert keys == ["ranking.weights.fitt", "profile.engagements[0]", "profile.currency"]


def test_a_mistyped_profile_key_hides_no_engagement_or_currency_problem(tmp_path):
    text = '[profile]\nremote_only = "yes"\nengagements = ["contractt"]\ncurrency = "EURO"\n'
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    lines = [line.split(": ", 1)[1] for line in str(raised.value).splitlines()]
    assert [line.split(":")[0] for line in lines] == [
        "profile.remote_only",
        "profile.engagements[0]",
        "profile.currency",
    ]
    assert "did you mean contract?" in lines[1] and "did you mean EUR?" in lines[2]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "[notify]\ncadence = 'dayly'\n",
            "notify.cadence: unknown cadence 'dayly': did you mean daily?",
        ),
        (
            "[notify.email]\nsecurity = 'startls'\nfrom = 'a@b.example'\nto = ['a@b.example']\n",
            "notify.email.security: unknown security 'startls': did you mean starttls?",
        ),
    ],
)
def test_a_mistyped_choice_of_notify_is_answered_with_the_one_it_looks_like(tmp_path, text, line):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    assert line in str(raised.value)


def test_every_schedule_problem_is_listed_each_naming_its_key(tmp_path):
    text = '[schedule]\ncron = "0 7 * *"\ntimezone = "Europe/Berlinn"\n'
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    lines = [line.split(": ", 1)[1] for line in str(raised.value).splitlines()]
    assert lines == [
        "schedule.timezone: unknown time zone 'Europe/Berlinn': did you mean Europe/Berlin?"
        ' (an IANA name such as "Europe/Berlin")',
        "schedule.cron: '0 7 * *' is not a cron expression: Wrong number of fields",
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Lisbon", "Europe/Lisbon"),  # the city alone
        ("europe/lisbon", "Europe/Lisbon"),  # its case
        ("America/New York", "America/New_York"),  # a space for the underscore
        ("Portugal/Porto", "Portugal"),  # a country's legacy zone
    ],
)
def test_a_mistyped_time_zone_is_answered_with_the_zone_it_looks_like(
    tmp_path: Path, written: str, meant: str
) -> None:
    text = f'[schedule]\ntimezone = "{written}"\n'
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, text))
    assert f"did you mean {meant}?" in str(raised.value)


def test_a_time_zone_like_no_other_says_what_a_zone_looks_like(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, '[schedule]\ntimezone = "Porto"\n'))
    assert str(raised.value).endswith(
        """schedule.timezone: unknown time zone 'Porto' (an IANA name such as "Europe/Berlin")"""
    )


def test_one_problem_is_one_line(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, '[profile]\nremote_only = "yes"\n'))
    assert len(str(raised.value).splitlines()) == 1


def test_languages_are_iso_codes_or_english_names(tmp_path):
    text = '[profile]\nlanguages = ["EN", "Portuguese", "pt"]\n'
    assert load_config(write(tmp_path, text)).profile.languages == ("en", "pt")


def test_the_languages_of_india_are_known(tmp_path):
    text = '[profile]\nlanguages = ["English", "Hindi", "Kannada", "ta", "Telugu", "marathi"]\n'
    assert load_config(write(tmp_path, text)).profile.languages == (
        "en",
        "hi",
        "kn",
        "ta",
        "te",
        "mr",
    )


def test_tagalog_is_known_by_its_other_names(tmp_path):
    text = '[profile]\nlanguages = ["English", "Filipino", "Tagalog", "fil", "tl"]\n'
    assert load_config(write(tmp_path, text)).profile.languages == ("en", "tl")


def test_an_unknown_language_names_the_key_and_the_close_match(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, '[profile]\nlanguages = ["en", "portugese"]\n'))
    assert "profile.languages[1]: unknown language 'portugese': did you mean Portuguese?" in str(
        raised.value
    )


def test_pairs_are_directions_in_codes_or_names(tmp_path):
    text = '[profile]\npairs = ["EN>DE", "French to German", "de <> it", "es-de"]\n'
    assert load_config(write(tmp_path, text)).profile.pairs == (
        "en>de",
        "fr>de",
        "de>it",
        "it>de",
        "es>de",
    )


def test_a_pair_without_a_direction_or_with_an_unknown_language_names_the_key(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, '[profile]\npairs = ["en de"]\n'))
    assert "profile.pairs[0]: 'en de' is no language pair" in str(raised.value)
    with pytest.raises(ConfigError) as raised:
        load_config(write(tmp_path, '[profile]\npairs = ["en>de", "en>germna"]\n'))
    assert "profile.pairs[1]: unknown language 'germna': did you mean German?" in str(raised.value)


@pytest.mark.parametrize(
    ("currency", "floor", "sign"),
    [
        ('"R"', '"650/hour"', "R"),
        ('"ZAR"', '"R650/hour"', "R"),
        ('"ZAR"', '"650 ZAR/hour"', None),
        ('"ZAR"', '"650/hour"', None),
        ('"cad"', '"C$95/h"', "C$"),
        ('"EUR"', '"45 €/hour"', "€"),
        ('"EUR"', '"$50/hour"', None),
    ],
)
def test_the_sign_the_user_writes_their_currency_with(tmp_path, currency, floor, sign) -> None:
    text = f'[profile]\nskills = ["x"]\ncurrency = {currency}\nmin_rate = {floor}\n'
    assert load_config(write(tmp_path, text)).profile.currency_sign == sign


@pytest.mark.parametrize(
    ("floor", "hourly", "unit", "pieces"),
    [
        ('"550/day"', 68.75, "day", ()),
        ('"£550 per day"', 68.75, "day", ()),
        ('"Fr. 120.–/h"', 120.0, "hour", ()),
        ('"4000/weeks"', 100.0, "week", ()),
        ('["45/hour", "0,12 €/word"]', 45.0, "hour", (("word", 0.12),)),
        ('["1.20/line", "2/minute"]', None, "hour", (("line", 1.2), ("minute", 2.0))),
    ],
)
def test_a_floor_in_the_users_unit(tmp_path, floor, hourly, unit, pieces) -> None:
    currency = "EUR" if "€" in floor else "CHF" if "Fr." in floor else "GBP"
    text = f'[profile]\nskills = ["x"]\ncurrency = "{currency}"\nmin_rate = {floor}\n'
    profile = load_config(write(tmp_path, text)).profile
    assert (profile.min_hourly_rate, profile.rate_unit) == (hourly, unit)
    assert tuple((f.unit, f.amount) for f in profile.piece_floors) == pieces


@pytest.mark.parametrize(
    ("floor", "said"),
    [
        ('"550/fortnight"', "profile.min_rate[0]: '550/fortnight': unknown unit 'fortnight'"),
        ('"lots"', "profile.min_rate[0]: 'lots' is no rate"),
        ('"550 XYZ/day"', "profile.min_rate[0]: '550 XYZ/day': unknown currency 'XYZ'"),
        (
            '"$0.10/word"',
            "profile.min_rate[0]: '$0.10/word': a floor by the piece is in "
            "profile.currency (GBP), not USD",
        ),
        (
            '["550/day", "70/hour"]',
            "profile.min_rate: one floor of time per currency (GBP: 550/day, 70/hour)",
        ),
        ('["$50/h", "400/day USD"]', "profile.min_rate: one floor of time per currency (USD:"),
        ('["0.1/word", "0.12/words"]', "profile.min_rate: one floor per unit"),
        ('"550/day"\nmin_hourly_rate = 70', "profile.min_hourly_rate and profile.min_rate"),
    ],
)
def test_a_floor_that_cannot_be_read_names_the_key(tmp_path, floor, said) -> None:
    text = f'[profile]\nskills = ["x"]\ncurrency = "GBP"\nmin_rate = {floor}\n'
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert said in str(error.value)


@pytest.mark.parametrize(
    ("floors", "currency", "hourly", "own"),
    [
        # a Brazilian developer: dollars from abroad, reais at home
        ('["US$ 45/h", "R$ 18 mil/mês"]', "USD", 45.0, [("BRL", 18000.0, "month", 112.5)]),
        # a Manila VA: the peso floor written with its thousands
        ('["$8/h", "₱ 40,000 a month"]', "USD", 8.0, [("PHP", 40000.0, "month", 250.0)]),
        # a Lyon analyst: a day rate in euros, another in pounds for London clients
        ('["450 €/jour", "£400/day"]', "EUR", 56.25, [("GBP", 400.0, "day", 50.0)]),
        ('["18000/month BRL"]', "USD", None, [("BRL", 18000.0, "month", 112.5)]),
    ],
)
def test_a_floor_may_name_a_currency_of_its_own(tmp_path, floors, currency, hourly, own) -> None:
    text = f'[profile]\nskills = ["x"]\ncurrency = "{currency}"\nmin_rate = {floors}\n'
    profile = load_config(write(tmp_path, text)).profile
    assert profile.min_hourly_rate == hourly
    assert [
        (f.currency, f.floor.amount, f.floor.unit, f.hourly) for f in profile.currency_floors
    ] == own


def test_every_floor_that_cannot_be_read_is_listed_at_once(tmp_path) -> None:
    text = '[profile]\nskills = ["x"]\nmin_rate = ["45/parsec", "lots", "€0.1/word"]\n'
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    lines = str(error.value).splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        "profile.min_rate[0]",
        "profile.min_rate[1]",
        "profile.min_rate[2]",
    ]
