"""Faster matching (tried at the heads found, alternations grouped) finds what `re` finds."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from warehouse.ranking import engagement, kind, relevance, remote, scam_requests, scam_rules, skills
from warehouse.ranking._text import (
    _SPACES,
    DIGITS,
    JOINED_WORD_END,
    Automaton,
    Caseless,
    Phrases,
    Skimmed,
    _heads,
    clause_after,
    clause_before,
    literal,
    lowered,
    may_hold,
    sentence_around,
    skim,
    words,
)
from warehouse.ranking.regions import (
    PLACE_NAMES,
    PLACE_OF,
    STATE_LIST,
    _an_institution,
    place_matches,
    state_lists,
)
from warehouse.ranking.taxonomy import role_forms

EVERY_CHARACTER = "".join(map(chr, range(0x110000)))
SKIMMED = {  # the readers' phrase tables tried at their heads
    "modes": remote._MODE,
    "limit": remote._LIMIT,
    "kind": kind._PHRASES,
    "self-ad": kind._SELF_AD,
    "label": engagement._LABEL,
    "objects": scam_requests._OBJECTS,
}
# pieces of the readers' phrases, digits of other scripts, odd spaces and separators
PIECES = (
    "remote", "hybrid", "on", "site", "in", "office", "a", "distancia", "2", "३", "৪", "days",
    "week", "no", "not", "only", "based", "must", "be", "us", "hiring", "for", "hire",
    "contract", "contractors", "full", "part", "time", "fee", "pay", "$", "₹50", "whatsapp",
    "résumé", "cv", "location", "fractional", "freelance", "100", "%", "wfh", "x", "tz",
    "登録料", "を", "line", "で", "オン", "ライン", "5万円", "депозит",
)  # fmt: skip
GAPS = (" ", "  ", "-", "\n", "\u00a0", "\u2003", "\u3000", ": ", "(", ")", "[", "/", ", ", "")


def spaced(pieces: tuple[str, ...], max_size: int) -> st.SearchStrategy[str]:
    """Texts of up to `max_size` pieces, each followed by one of the GAPS."""
    pair = st.tuples(st.sampled_from(pieces), st.sampled_from(GAPS))
    return st.lists(pair, max_size=max_size).map(lambda words: "".join(map("".join, words)))


@settings(max_examples=300, deadline=None)
@given(spaced(PIECES, 30))
def test_phrases_found_at_their_heads_are_the_scans_matches(text: str) -> None:
    low = lowered(text)
    for phrases in SKIMMED.values():
        found = [(m.span(), m.group()) for m in phrases._matches(f" {low}", low)]
        assert found == [(m.span(), m.group()) for m in phrases._build()[0].finditer(f" {low}")]


@pytest.mark.parametrize("name", list(SKIMMED))
def test_every_reader_knows_the_heads_of_its_phrases(name: str) -> None:
    assert SKIMMED[name]._build()[1] is not None


def test_heads_extend_through_classes_groups_and_optional_parts() -> None:
    found, whole = _heads(_parser.parse(r"on[\s-]?site").data)
    assert {"onsite", "on-site", "on site", "on\u00a0site"} <= found and whole
    found, whole = _heads(_parser.parse(r"remote\s+(?:is\s+)?not").data)
    assert found == {f"remote{space}" for space in _SPACES} and not whole
    found, _ = _heads(_parser.parse(r"\d\s*days").data)
    assert found == DIGITS and "३" in found


def test_a_pattern_ignoring_case_or_starting_anyhow_has_no_heads() -> None:
    assert skim(re.compile("remote", re.IGNORECASE)) is None
    assert skim(re.compile(r"(?i)remote")) is None
    assert skim(re.compile(r"\w+ing")) is None
    assert skim(re.compile(r"[^a]b")) is None
    assert skim(re.compile(r"\bremote|hybrid")) is not None


def test_a_pattern_led_by_a_word_boundary_is_tried_only_where_words_start() -> None:
    assert Skimmed(re.compile(r"\b(?:ta|get)\s+parcels"))._skimmed()[1]
    assert not Skimmed(re.compile(r"(?:ta|get)\s+parcels"))._skimmed()[1]  # no `\b`
    assert not Skimmed(re.compile(r"\b(?:ta|\$)\d"))._skimmed()[1]  # "$" starts no word
    assert not Skimmed(re.compile(r"\bta|get"))._skimmed()[1]  # `\b` leads one branch
    assert not Skimmed(re.compile(r"\bta\b", re.ASCII))._skimmed()[1]  # ASCII words only
    skimmed = Skimmed(re.compile(r"\b(?:ta|get)\s+parcels"))
    text = "data parcels, budget parcels; ta parcels, _get parcels, ٣get parcels, get parcels"
    assert [m.start() for m in skimmed.finditer(text)] == [30, 70]


# pieces of words that start the scam rules' patterns, inside words and out
WORD_PIECES = (
    "ta", "get", "take", "da", "bud", "quota", "ot", "op", "de", "shop", "_", "é", "٣", "ß", "sign",
    "emot", "parcels", "packages", "and", "send", "them", "on", "abroad", "the", "rest", "to",
    "our", "supplier", "vastaan", "paketit", "lähetä", "eteenpäin", "hand", "pay", "it",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spaced(WORD_PIECES, 25))
def test_rules_tried_where_words_start_find_what_their_scans_find(text: str) -> None:
    low = lowered(text)
    for shape in scam_rules.SHAPES:
        expected = [m.span() for m in shape.rule.pattern.pattern.finditer(low)]
        assert [m.span() for m in shape.rule.pattern.finditer(low)] == expected


def test_a_pattern_ignoring_case_has_heads_when_they_have_no_case() -> None:
    assert skim(re.compile(r"\d+\s*hours?", re.IGNORECASE)) is not None
    assert skim(re.compile(r"\d+|hours", re.IGNORECASE)) is None


NUMBER_PIECES = (
    "20", "3", "1,5", "40.5", "৪", "३", "hours", "HRS", "h", "/", "per", "week", "w", "months",
    "weeks", "year", "days", "contract", "-", "to", "bis", "+", ".", "~",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spaced(NUMBER_PIECES, 25))
def test_patterns_tried_at_digits_find_what_their_scans_find(text: str) -> None:
    for skimmed in (engagement._HOURS, engagement._DURATION):
        assert skimmed._skimmed()[0] is not None
        expected = [m.span() for m in skimmed.pattern.finditer(text)]
        assert [m.span() for m in skimmed.finditer(text)] == expected


AMOUNT_PIECES = (
    "1", "200", "000", "1,5", "40.", ".", ",", "kr", "kronor", "sek", "nok", "zł", "pln", "usd",
    "€", "$", "rs", "taka", "eur", "k", "x", "fee", "of",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spaced(AMOUNT_PIECES, 20))
def test_amounts_whose_digits_are_taken_once_match_as_when_given_back(text: str) -> None:
    # no unit starts with a digit, comma or point: giving digits back finds nothing more
    objects = scam_requests._OBJECTS._build()[0]
    backtracking = re.compile(objects.pattern.replace("*+", "*"))
    spaced_low = f" {lowered(text)}"
    found = [(m.span(), m.group()) for m in objects.finditer(spaced_low)]
    assert found == [(m.span(), m.group()) for m in backtracking.finditer(spaced_low)]


# the words the guards of rare scans look for, in odd cases ("ı" and "ſ", which `re`
# ignoring case reads as "i" and "s"), and words beside them
GUARDED_PIECES = (
    "Mostly remote", "prımarily", "remote", "team", "at", "least", "AT LEAST", "min.", "mınimum",
    "of", "no less than", "minimum of", "leaſt", "20", "hours", "Location:", "LOCATİON", "job",
    "work", "locations", ":", "*", "-", "cv", "CV", "Résumé", "resume", "relocate",
    "willing", "to", "positions are in", "roles are in", "roleſ", "is", "all", "in", "hiring",
    "Résumé:", "Berlin",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(spaced(GUARDED_PIECES, 25))
def test_a_scan_skipped_for_want_of_its_words_finds_nothing(text: str) -> None:
    low = lowered(text)
    if remote._MOSTLY_REMOTE.search(text):
        assert may_hold(low, remote._MOSTLY_WORDS)
    if remote._HIRING_IN.search(text):
        assert may_hold(low, remote._HIRING_IN_WORDS)
    if remote._LOCATION_LINES.search(text):
        assert may_hold(low, remote._LOCATION_WORDS)
    if any(name == "candidate" for name, _, _ in kind._SELF_AD.finditer(text)):
        assert kind._may_be_self_ad(low)
    for at in range(len(text) + 1):
        floor = engagement._FLOOR_BEFORE.search(text, 0, at)
        assert engagement._floor_before(text, at) is bool(floor)


def test_a_text_with_a_letter_re_reads_as_i_or_s_may_hold_any_word() -> None:
    assert remote._mostly_remote("Moſtly remote, with a yearly offsite")
    assert remote._mostly_remote("PRıMARıLY REMOTE")
    assert not remote._mostly_remote("Hybrid: remote two days a week")


def test_a_phrase_without_known_heads_is_scanned() -> None:
    phrases = Phrases({"any": r"\wing"})  # a word character: any of thousands
    assert phrases._build()[1] is None
    assert [(start, end) for _, start, end in phrases.finditer("Now sing")] == [(4, 8)]


def test_tables_are_compiled_when_first_read_not_at_import() -> None:
    phrases = Phrases({"mode": r"fully\s+remote hybrid", "office": "on-site"})
    skimmed = Skimmed(re.compile(r"\bparcels?\b"))
    assert phrases._built is None and skimmed._skim is None  # a re-run reads none
    found = [(name, start, end) for name, start, end in phrases.finditer("Hybrid, or ON-SITE")]
    assert found == [("mode", 0, 6), ("office", 11, 18)]
    assert [m.span() for m in skimmed.finditer("two parcels, no parcelsx")] == [(4, 11)]
    assert phrases._built is not None and skimmed._skim is not None


def test_a_rule_is_compiled_when_a_text_first_holds_its_anchors() -> None:
    rule = scam_rules.VETOES["fake_check"]
    scam_rules._skimmed.cache_clear()
    assert rule.search("we cash out weekly") is None  # none of its anchors together
    assert scam_rules._skimmed.cache_info().currsize == 0
    rule.search("cash a cashier check")  # its anchors together: the pattern is read
    assert scam_rules._skimmed.cache_info().currsize == 1


def test_spaces_and_digits_are_every_one_re_matches() -> None:
    assert set(re.findall(r"\s", EVERY_CHARACTER)) == _SPACES
    assert set(re.findall(r"\d", EVERY_CHARACTER)) == DIGITS


ANCHOR_PIECES = ("check", "cheque", "out", "rest of the", "the", "earn", "$", "€", "start")
ANCHOR_PIECES += ("send", "start\n", "today", "no ", "experience", "make\u3000")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ANCHOR_PIECES), max_size=12))
def test_a_rule_is_anchored_when_its_words_are_substrings(pieces: list[str]) -> None:
    low = "".join(pieces)
    for rule in scam_rules._RULES:
        expected = any(
            all(
                any(form in low for w in a.split(",") for form in scam_rules._forms(w))
                for a in ands
            )
            for ands in rule.alternatives
        )
        assert rule._anchored(low) is expected


NAMES = st.text(alphabet="abc.+# -", min_size=1, max_size=6).map(str.strip).filter(bool)


@settings(max_examples=200, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=8, unique=True), st.text(alphabet="abc.+# -x\n"))
def test_a_term_index_scans_as_its_plain_alternation(names: list[str], text: str) -> None:
    index = skills.term_index(tuple((name,) for name in names))
    ordered = sorted(index.aliases, key=len, reverse=True)
    plain = "|".join(skills._alternative(n, index.aliases[n].short) for n in ordered)
    assert index.pattern is not None
    found = [m.span() for m in index.pattern.finditer(lowered(text))]
    assert found == [m.span() for m in re.finditer(plain, lowered(text))]


RULE_PIECES = (
    "work from home", "working at home", "can work from home", "home-based", "data entry",
    "clerk", "earn $500 per day", "make up to €", "guaranteed income", "urgent", "start today",
    "limited spots", "no prior experience", "experience is not required", "anyone can apply",
    "deposit the check", "send the remainder", "buy a laptop from our approved vendor", "and",
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(spaced(RULE_PIECES, 12))
def test_a_rule_tried_at_its_heads_finds_what_its_scan_finds(text: str) -> None:
    low = lowered(text)
    for rule in scam_rules._RULES:
        assert rule.pattern._skimmed()[0] is not None
        plain = rule.pattern.pattern.finditer(low)
        expected = [m.span() for m in plain] if rule._anchored(low) else []
        assert [m.span() for m in rule.finditer(low)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            (
                "US",
                "EU",
                "and",
                "or",
                "remote",
                ",",
                "/",
                "&",
                " ",
                "  ",
                "-",
                "−",
                ".",
                "(",
                ":",
                "\n",
                "based",
                "5+",
            )
        ),
        max_size=25,
    )
)
def test_names_before_a_keyword_are_the_searchs(pieces: list[str]) -> None:
    text = "".join(pieces) + " only"
    start = len(text) - len("only")
    found = remote._names_before(text, start)
    expected = remote._WHERE_BEFORE.search(text, max(0, start - 40), start)
    assert (found and (found.span(), found[1])) == (expected and (expected.span(), expected[1]))


STATE_PIECES = (
    "TX", "CA", "ON", "BC", "or", "and", "OR", "IN", "Texas", "texas", "New", "new", "York",
    "Mexico", "North", "Carolina", "Québec", "Ontario", "Nova", "Scotia", "District", "of",
    "Columbia", "ı", "WA", "AWS", "hire", "in", "x",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spaced(STATE_PIECES, 20))
def test_state_lists_found_at_their_heads_are_the_scans_matches(text: str) -> None:
    found = [(m.span(), m.group()) for m in state_lists(text)]
    assert found == [(m.span(), m.group()) for m in STATE_LIST.finditer(text)]


# every name of the place table, its words alone, and words that run into a name or
# stop short of one ("new" of "new york", "indiana", "parisian", "日本国内")
PLACE_WORDS = sorted({word for name in PLACE_OF for word in name.split()})
PLACE_LOOKALIKES = (
    "new", "san", "st", "ss", "x", "in", "parisian", "indiana", "1", "_", "é", "国内", "在住",
    "の", "londoner", "south", "north", "united", "of", "the", "ı", "İ", "NEW", "Paris",
)  # fmt: skip
PLACE_GAPS = (*GAPS, "-\n", " - ", "_", "'", "1")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(sorted(PLACE_OF)),
                st.sampled_from(PLACE_WORDS),
                st.sampled_from(PLACE_LOOKALIKES),
            ),
            st.sampled_from(PLACE_GAPS),
        ),
        max_size=20,
    ).map(lambda words: "".join(map("".join, words)))
)
@example("'s-hertogenbosch capital ")  # a town's name in an institution's is no place
def test_places_found_at_first_words_are_the_scans_matches(text: str) -> None:
    for written in (text, lowered(text)):
        found = [(m.span(), m.group()) for m in place_matches(written)]
        scanned = (m for m in PLACE_NAMES.finditer(written) if not _an_institution(m))
        assert found == [(m.span(), m.group()) for m in scanned]


def test_places_are_not_found_inside_words() -> None:
    assert [m[0] for m in place_matches("parisian, paris-based, new-york or 東京在住")] == [
        "paris", "new-york", "東京"
    ]  # fmt: skip


# pieces of role and skill names, and of titles of customer-facing engineers
NAME_PIECES = (
    "Senior", "Solutions", "solution", "Sales", "sales", "Pre", "Customer", "Success",
    "Technical", "Support", "Engineer", "engineers", "Engineering", "Developer", "Data",
    "data", "platform", "Platform", "python", "Python", "react", "native", "go", "Go", "k8s",
    "devops", "dev", "ops", "ml", "Hiring", "hiring", "across", "for", "Backend", "and", "SRE",
    "node.js", "c++", "c#", ".net", "full", "stack", "front", "end", "ſ", "ı", "K",
)  # fmt: skip
NAME_GAPS = (*GAPS, ".", "-", "+", "#", "|", " | ", " - ", " & ", ", and ")


def _names(max_size: int) -> st.SearchStrategy[str]:
    pair = st.tuples(st.sampled_from(NAME_PIECES), st.sampled_from(NAME_GAPS))
    return st.lists(pair, max_size=max_size).map(lambda words: "".join(map("".join, words)))


ROLE_NAMES = tuple(
    sorted({form for name in ("sales engineer", "data engineer", "devops engineer",
                              "frontend developer") for form in role_forms(name)})
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_names(30))
def test_a_term_index_found_at_its_heads_finds_what_re_finds(text: str) -> None:
    low = lowered(text)
    for index in (
        skills.term_index((ROLE_NAMES, ("python",), ("go", "golang"), ("c++", "node.js"))),
        skills.term_index((("data",), ("data platform",))),  # one first letter: `re` alone
    ):
        found = index.pattern
        assert found is not None
        scanned = found.pattern if isinstance(found, Skimmed) else found
        assert [m.span() for m in found.finditer(low)] == [m.span() for m in scanned.finditer(low)]


@settings(max_examples=300, deadline=None)
@given(_names(20), st.integers(min_value=0, max_value=40))
def test_a_customer_facing_trade_is_found_from_the_last_words(text: str, cut: int) -> None:
    start = min(cut, len(text))
    assert relevance._serves_customers(text, start, len(text)) == bool(
        relevance._SERVES_CUSTOMERS.search(text, start, len(text))
    )


def test_a_customer_facing_trade_ends_the_window() -> None:
    title = "Senior Solutions Engineer"
    assert relevance._serves_customers(title, 0, len(title))
    assert relevance._serves_customers("Acme | Customer Success-Engineer", 7, 32)
    assert not relevance._serves_customers("Solutions Engineer for data", 0, 27)
    assert not relevance._serves_customers("Sales Engineers hire a Data Engineer", 0, 36)


@settings(max_examples=200, deadline=None)
@given(_names(30))
def test_relevance_patterns_found_at_their_heads_find_what_re_finds(text: str) -> None:
    for skimmed in (relevance._HEADS, relevance._HIRING):
        assert [m.span() for m in skimmed.finditer(text)] == [
            m.span() for m in skimmed.pattern.finditer(text)
        ]


@settings(max_examples=200, deadline=None)
@given(_names(30))
def test_trades_grouped_by_first_letter_are_the_plain_alternation(text: str) -> None:
    plain = "|".join(map(literal, relevance._FIELD_WORDS))
    field = relevance._TRADES_FIELD
    scanned = re.compile(field.pattern.replace(relevance._FIELD_TRADE, f"(?i:{plain})"), re.M)
    assert scanned.pattern != field.pattern
    assert [(m.span(), m[1]) for m in field.finditer(text)] == [
        (m.span(), m[1]) for m in scanned.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(_names(30))
def test_trades_fields_tried_at_line_starts_and_bars_are_the_scan(text: str) -> None:
    assert [(m.span(), m[1]) for m in relevance._trades_fields(text)] == [
        (m.span(), m[1]) for m in relevance._TRADES_FIELD.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Acme | Security, Machine Learning | Remote", ["Security, Machine Learning"]),
        ("Roles:\n  Backend / SRE\n|ml & ai|", ["Backend / SRE", "ml & ai"]),
        ("ſecurity, data", ["ſecurity, data"]),  # `re` ignoring case reads "ſ" as "s"
        ("We build data, backend and ML tools | Remote", []),  # prose, not a field
        ("Acme | Security | Remote", []),  # one trade: no list of them
    ],
)
def test_a_header_field_listing_trades_is_found(text: str, fields: list[str]) -> None:
    assert [m[1] for m in relevance._trades_fields(text)] == fields


CONDITION_PIECES = (
    "Remote", "remote", "REMOTE", "positions", "is", "are", "possible", "Negotiable", "for",
    "some", "a", "few", "Select", "roles", "can", "be", "may", "On-site", "onsite", "in",
    "office", "preferred", "Only", "the", "Data", "team", "ſome", "ı", "K", "İ",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spaced(CONDITION_PIECES, 12))
def test_a_condition_on_remote_found_at_its_heads_is_the_scan(text: str) -> None:
    found, scanned = remote._conditional(text), remote._CONDITIONAL.search(text)
    if any(word in lowered(text) for word in remote._CONDITIONAL_WORDS):
        assert (found and found.span()) == (scanned and scanned.span())


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Lisbon | ONSITE PREFERRED (Remote possible)", "ONSITE PREFERRED"),
        ("Onsite in Austin; remote for some roles", "remote for some roles"),
        ("Only the Data team may be remote.", "Only the Data team may be remote"),
        ("Remote is not possible for this role", None),  # "not" stands between
        ("Some roles are hybrid; we are remote-first", None),
    ],
)
def test_a_condition_on_remote_is_found(text: str, said: str | None) -> None:
    found = remote._conditional(text)
    assert (found[0] if found else None) == said


STACK_PIECES = (
    "We", "we're", "are", "mostly", "use", "Using", "run", "RUNS", "on", "deploy", "hosted",
    "built", "Our", "the", "tech", "Stack", "is", "includes", "Kubernetes", "AWS", "ſtack",
    "ı", "K", "İ", "west",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spaced(STACK_PIECES, 12))
def test_stack_prose_found_at_its_heads_in_lower_case_is_the_scan(text: str) -> None:
    assert [m.span() for m in relevance._STACK_PROSE_LOW.finditer(text)] == [
        m.span() for m in relevance._STACK_PROSE.finditer(text)
    ]


def test_a_caseless_pattern_finds_lower_case_and_falls_back_on_dotless_i() -> None:
    stack = Caseless(re.compile(r"\bstack\b", re.IGNORECASE))
    assert [m.span() for m in stack.finditer("Our STACK: Go")] == [(4, 9)]
    assert [m.group() for m in stack.finditer("ſtack and Stack")] == ["ſtack", "Stack"]
    assert not list(stack.finditer("stacked boxes"))
    with pytest.raises(ValueError, match="not lower case"):
        Caseless(re.compile(r"\bStack\b", re.IGNORECASE))


_ENDS = re.compile(r"[!?;\n]|\.(?=\s|$)")
_CLAUSES = re.compile(r"[.,;]|\bbut\b")


def test_the_sentence_around_a_span_ends_at_breaks_not_at_a_decimal_point() -> None:
    text = "Apply now. Pay 2.5 USD on Telegram; then start! Done"
    at = text.index("2.5")
    assert sentence_around(_ENDS, text, at, at + 3) == " Pay 2.5 USD on Telegram"
    assert sentence_around(_ENDS, text, at, at + 3, reach=8) == " Pay 2.5 USD on "
    assert sentence_around(_ENDS, "no break here", 3, 8) == "no break here"


def test_the_clause_before_is_cut_at_its_reach_so_a_cut_word_starts_a_word() -> None:
    text = "We never rebut a fee, but pay it"
    assert clause_before(_CLAUSES, text, text.index(" it")) == " pay"
    assert clause_before(_CLAUSES, text, text.index("a fee")) == "We never rebut "
    # cut at the reach, "rebut" reads as "but": a clause break
    assert clause_before(_CLAUSES, text, text.index("a fee"), reach=4) == " "
    assert clause_before(_CLAUSES, text, 0) == ""


def test_the_clause_after_stops_at_the_first_break_or_its_reach() -> None:
    text = "a fee, refunded later. Then"
    assert clause_after(_CLAUSES, text, 1) == " fee"
    assert clause_after(_CLAUSES, text, 6, reach=5) == " refu"
    assert clause_after(_CLAUSES, text, 23) == "Then"
    # the pattern sees the word before `at`: "re|but" holds no "but"
    assert clause_after(_CLAUSES, "we rebut it", 5) == "but it"


def test_a_joined_table_finds_japanese_words_inside_a_sentence() -> None:
    table = Phrases({"fee": "登録料 line ライン"}, end=JOINED_WORD_END, joined=True)
    found = [(name, start, end) for name, start, end in table.finditer("開始前に登録料を")]
    assert found == [("fee", 4, 7)]
    assert [m[0] for m in table.finditer("LINEで友だち追加")] == ["fee"]
    # a run of katakana is one word; a Latin word keeps its edges
    assert list(table.finditer("オンラインで面接、ラインナップ")) == []
    assert list(table.finditer("online pipeline")) == []
    # a table that is not joined reads its CJK-led phrases as a joined table does, and
    # its others as before
    plain = Phrases({"fee": "登録料 fee"})
    assert list(plain.finditer("開始前に登録料を")) == [("fee", 4, 7)]
    assert list(plain.finditer("a feeを")) == []
    assert list(plain.finditer("a fee 登録料")) == [("fee", 2, 5), ("fee", 6, 9)]


def test_a_tables_cjk_phrases_are_sought_only_in_a_text_that_holds_cjk() -> None:
    table = Phrases({"remote": "remote フルリモート", "office": "出社"})
    assert list(table.finditer("fully remote")) == [("remote", 6, 12)]
    assert table._cjk is not None and not table._cjk._built  # never compiled
    found = list(table.finditer("本案件はフルリモートで、月1回出社あり"))
    assert found == [("remote", 4, 10), ("office", 15, 17)]
    # a katakana run is one word: no "リモート" inside "リモートコントロール"
    assert list(Phrases({"remote": "リモート"}).finditer("リモートコントロール機器")) == []


def test_words_are_found_alike_before_and_after_the_automaton_turns_dfa() -> None:
    anchors = Automaton(["fee", "registration fee", "telegram", "t.me/"], dfa_from=3)
    text = "pay the registration fee on telegram: t.me/recruiter"
    first = [anchors.strings(text) for _ in range(2)]
    nfa = anchors.automaton
    later = [anchors.strings(text) for _ in range(3)]
    assert anchors.automaton is not nfa and anchors.scanned == 5  # built again, as a DFA
    assert sorted(first[0]) == sorted(later[-1]) == ["fee", "registration fee", "t.me/", "telegram"]


def test_a_phrase_may_open_on_a_character_class() -> None:
    table = Phrases({"deal": r"[ck]ontrakt\w* contract", "job": "job"})
    found = [(name, start) for name, start, _ in table.finditer("Kontrakt, contract; kontraktu")]
    assert found == [("deal", 0), ("deal", 10), ("deal", 20)]


def test_a_phrase_opening_on_a_group_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="opens on a character or a class"):
        Phrases({"deal": "(?:c|k)ontract"}).finditer("contract").__next__()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("депозит 5 000 рублей для", ["депозит", "5000", "рублей", "для"]),
        ("1\u00a0250\u202f000 ₸ в месяц", ["1250000", "₸", "в", "месяц"]),
        ("5.000 € oder 1'000 CHF", ["5.000", "€", "oder", "1'000", "CHF"]),
        ("ages 18 to 25, 3 1234", ["ages", "18", "to", "25,", "3", "1234"]),
    ],
)
def test_a_sums_thousands_apart_are_one_word(text: str, expected: list[str]) -> None:
    assert words(text) == expected
