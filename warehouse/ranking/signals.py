"""The score as signals: one registry of what counts in a lead's score, and how much.

Each signal is a value in [0, 1] read off a lead, a default weight, and the reason a
person reads in `why`. The registry is the one place a signal is defined: config
checks `[ranking.weights]` against it, and the `marts.lead_signals` view is rendered
from it (one row per lead and signal), so

    score = sum(value * weight) / sum(weight)

and `why` lists the reasons by contribution. Values and reasons are SQL expressions
over `marts.lead_context` (the lead with its verdict, path and settings); every value is
clamped to [0, 1] when rendered, so a weight, never a value, decides how much counts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    weight: float  # the default; `[ranking.weights]` overrides it
    meaning: str  # one line for the README and `leads show`
    value: str  # SQL over marts.lead_context, in [0, 1]
    reason: str  # SQL over marts.lead_context: what a person reads in `why`
    # the lead's columns (name and type) a signal that reads the build's clock (`as_of`)
    # reads besides: it is worked out anew each build, the others are kept per lead
    clock: tuple[str, ...] = ()


# the piece of ours a rate by the piece is paid by ("video")
_PIECE = "rate_piece"
_BY_OUR_PIECE = "rate_piece is not null"
# money in the user's currency, written as they write it ("R80k": `[profile] currency`)
_AS_OURS = "hourly_currency, hourly_currency_sign"
# a rate by the piece shows the piece its words name ("$150/video", "€0.08/word"), or
# "/piece" where they name none ("€150 each"); a rate of no period bare
_RATE = f"""
    marts.fmt_money_as(rate_min, rate_max, currency, {_AS_OURS})
    || coalesce(marts.per_unit(rate_period),
        case when {_BY_OUR_PIECE} then '/' || {_PIECE} end,
        case rate_period when 'piece' then '/piece' when 'fixed' then ' fixed' end, '')
"""
# a rate by a piece of ours in another currency, in the user's ("€0.10/word (≈
# $0.11/word)"), by the exchange's factor; and, where no floor of that piece judged it
# but a floor of time was there, that the two were not compared (once)
_PIECE_FACTOR = "rate_fx"
_AS_PIECE = f"""
    case when {_BY_OUR_PIECE} and {_PIECE_FACTOR} is not null
        then ' (≈ ' || marts.fmt_money_as(rate_min * {_PIECE_FACTOR}, rate_max * {_PIECE_FACTOR},
            hourly_currency, {_AS_OURS}) || '/' || {_PIECE} || ')' else '' end
    || case when {_BY_OUR_PIECE} and rate_vs_floor is null and min_hourly_rate is not null
        then ', not compared with your '
            || case rate_unit when 'day' then 'daily' else rate_unit || 'ly' end || ' floor'
        else '' end
"""

# a rate held against the floor of its own currency (`[profile] min_rate` "18000/month
# BRL"), unconverted, names it ("your BRL floor 18000/month")
_OWN_FLOOR = "rate_own_floor_said is not null"
_WHICH_FLOOR = f"""case when {_OWN_FLOOR}
    then ' your ' || currency || ' ' || rate_own_floor_said else ' your floor' end"""

# the figure a rate was compared with the floor as, in the unit the user stated the floor
# in (`[profile] min_rate`, else the hour), where it was converted: from another period or
# another currency ("$110k-140k/yr above your floor (≈ €55-70/h)", "£70/h below your floor
# (≈ £560/day)"), or from a rate that includes superannuation ("inc super")
_AS_HOURLY = f"""
    coalesce(case when rate_vs_floor is not null and coalesce(hourly_min, hourly_max) is not null
        and not {_OWN_FLOOR}
        and (rate_period is distinct from rate_unit or currency is distinct from hourly_currency
            or rate_includes_super)
        then ' (≈ ' || marts.fmt_money_as(hourly_min * rate_unit_hours,
            hourly_max * rate_unit_hours, hourly_currency, {_AS_OURS})
            || marts.per_unit(rate_unit) || ')' end, '')
"""

# when a lead was posted, at the latest: a job saved on a day the export did not say was
# saved before its import
_DATED = "coalesce(posted_at, first_seen)"
# "today" or "3 d ago", as of the build's clock (marts.ranking_settings.as_of)
_AGO = """case when date_diff('day', {at}, as_of) <= 0 then 'today'
    else date_diff('day', {at}, as_of) || ' d ago' end"""

SIGNALS: tuple[Signal, ...] = (
    Signal(
        "fit",
        0.55,
        "how well the role and skills match your profile (roles and skills in the title "
        "count most)",
        "fit",
        """concat_ws('; ',
            case when len(roles_matched) > 0
                then array_to_string(roles_matched, ', ') || ' role' end,
            case when len(skills_matched) > 0
                then array_to_string(skills_matched, ', ') || ' matched' end,
            case when len(roles_matched) = 0 and len(skills_matched) = 0
                then 'no match to your skills or roles' end)""",
    ),
    Signal(
        "engagement",
        0.15,
        "the terms you want (freelance, contract ...) score 1, unknown 0.4, other terms 0.3, "
        "full-time only 0.1",
        """case
            when list_contains(engagements_wanted, engagement) then 1.0
            when list_has_any(engagements_wanted, engagements_offered) then 0.9
            when engagement = 'unknown' then 0.4
            when engagement = 'full_time' then 0.1
            else 0.3 end""",
        """case when engagement = 'unknown' then 'terms not stated'
            else replace(engagement, '_', '-')
                || coalesce(' ' || duration_weeks || ' wk', ' ' || duration_months || ' mo', '')
                || coalesce(', ' || ir35 || ' IR35', '')
                || case tax_terms when 'w2_only' then ', W2 only' when 'c2c' then ', C2C ok'
                    when 't4_only' then ', T4 only' when 'incorporated' then ', Inc. ok'
                    when 'payg_only' then ', PAYG only' when 'abn' then ', ABN ok'
                    else '' end
            end
            -- the weekly load, a range as read ("32-40 h/wk": a share of a full week too)
            || coalesce(', ' || coalesce(case when hours_per_week_max > hours_per_week
                then regexp_replace(round(hours_per_week, 1)::varchar, '\\.0$', '') || '-' end, '')
                || regexp_replace(round(hours_per_week_max, 1)::varchar, '\\.0$', '') || ' h/wk',
                '')""",
    ),
    Signal(
        "eligibility",
        0.10,
        "whether you may take it from where you are: eligible 1, review 0.5",
        "case eligibility when 'eligible' then 1.0 when 'not_eligible' then 0.0 else 0.5 end",
        """case when eligibility = 'not_eligible' and (remote_scope in ('hybrid', 'onsite')
                    or starts_with(eligibility_reason, 'remote not open to '))
                and not regexp_matches(eligibility_reason,
                    '^(?:requires |only for nationals |needs the right to work )')
                -- where the office is ("onsite in GB"), or where remote is not open:
                -- the reason left out says it once
                then coalesce(split_part(eligibility_reason, '; ', 1), remote_scope)
            else case remote_scope
                when 'anywhere' then 'remote anywhere'
                -- a region not read ("remote limited to a place not recognised") says so
                when 'region' then 'remote ' || coalesce(
                    nullif(array_to_string(remote_regions, '/'), ''), 'in a place not read')
                when 'hybrid' then 'hybrid' when 'onsite' then 'onsite'
                else 'location unclear' end
            end
            || case when eligibility = 'eligible' then ' eligible'
                -- the place would do, a language would not: say which, not the place
                when eligibility = 'not_eligible' and starts_with(eligibility_reason, 'requires ')
                    then '; ' || split_part(eligibility_reason, ':', 1)
                -- nor the user's passport or papers (ranking/nationals.py): the cause, whole
                when eligibility = 'not_eligible' and regexp_matches(eligibility_reason,
                    '^(?:only for nationals |needs the right to work )')
                    then '; not eligible: ' || eligibility_reason
                -- and why not ("you: EU, DE", "profile is remote-only"), so that a lead
                -- left out for it says so once
                when eligibility = 'not_eligible' then ' not eligible' || coalesce(
                    ' (' || nullif(regexp_extract(eligibility_reason, '; (.*)$', 1), '') || ')',
                    '')
                -- review: the place is known, whether you may take it is not; what
                -- makes it doubtful where the reason says ("a preference, not a limit",
                -- "remote only for some roles or on condition")
                when remote_scope is not null then ', check you may take it' || coalesce(
                    ': ' || nullif(regexp_extract(eligibility_reason,
                        '(?:^remote with no region limit, |; you: [^;]*; )([^;]+)', 1), ''),
                    '')
                else '' end""",
    ),
    Signal(
        "rate",
        0.10,
        "pay against your floor: above 1, around 0.7, below 0.1, not stated 0.5",
        """case rate_vs_floor when 'above' then 1.0 when 'straddles' then 0.7
            when 'below' then 0.1 else 0.5 end""",
        f"""case when rate_min is null and rate_max is null then 'no rate stated'
            else {_RATE} || case rate_vs_floor when 'above' then ' above' || {_WHICH_FLOOR}
                when 'below' then ' below' || {_WHICH_FLOOR}
                when 'straddles' then ' around' || {_WHICH_FLOOR} else '' end || {_AS_HOURLY}
                || {_AS_PIECE} end""",
    ),
    Signal(
        "freshness",
        0.05,
        "how recent: halves every `freshness_half_life_days`",
        # a saved or applied job's date is the latest it can have been posted; one the
        # export did not date was saved before it was imported (first seen)
        f"""pow(0.5, greatest(date_diff('hour', {_DATED}, as_of), 0) / 24.0
            / freshness_half_life_days)""",
        f"""case when posted_at is null then date_basis || ', date unknown (imported '
                || {_AGO.format(at="first_seen")} || ')'
            else date_basis || ' ' || {_AGO.format(at="posted_at")} end""",
        clock=("posted_at timestamptz", "first_seen timestamptz", "date_basis varchar"),
    ),
    Signal(
        "network",
        0.10,
        "the strongest tie of a person in your network who posted it or works there",
        "network_strength",
        "network_via",
    ),
    Signal(
        "legitimacy",
        0.05,
        "how likely a real offer of work (red flags lower it)",
        "legitimacy",
        "marts.flag_reason(red_flags[1])",
    ),
)

DEFAULT_WEIGHTS: dict[str, float] = {signal.name: signal.weight for signal in SIGNALS}


def _struct(signal: Signal) -> str:
    """A signal as (value, reason), its value clamped to [0, 1]."""
    return (
        f"{{'value': greatest(0.0, least(1.0, coalesce(({signal.value})::double, 0.0))), "
        f"'reason': ({signal.reason})::varchar}}"
    )


def _by_name() -> list[Signal]:
    """The signals by name: a signal's place in it (from 1) is the low four bits of its
    reason's order key, which settles two contributions alike."""
    by_name = sorted(SIGNALS, key=lambda s: s.name)
    if len(by_name) >= 16:
        raise ValueError(f"{len(by_name)} signals: the reasons' order keys hold at most 15")
    return by_name


def _order_key(signal: Signal, struct: str, weight: str) -> str:
    """What orders a signal's reason in `why`: its contribution in millionths (as
    `marts.lead_signals` rounds it) negated, times 16, plus its place by name (`_by_name`).
    One number a signal: sorting structs that carry the reasons' text took 0.25 s more of
    CPU at 200,000 leads, and (less, place) structs 0.05 s more."""
    place = _by_name().index(signal) + 1
    return f"-(round({struct}.value * {weight}, 6) * 1e6)::bigint * 16 + {place}"


def _contribution(struct: str, weight: str) -> str:
    """A signal's contribution as an exact decimal: a float sum depends on the order it
    adds in (0.3 + 0.6 + 0.00015)."""
    return f"round({struct}.value * {weight}, 6)::decimal(18, 12)"


def _weights() -> str:
    """Each signal's weight in one row, `w.<signal>`."""
    columns = ", ".join(
        f"any_value(weight) filter (where signal = '{s.name}') as {s.name}" for s in SIGNALS
    )
    return f"(select {columns} from marts.signal_weights) as w"


def _clocked() -> Signal:
    """The one signal that reads the build's clock: the scores add it to each lead's
    kept sum and slot its reason among the kept ones."""
    clocked = [s for s in SIGNALS if s.clock]
    if len(clocked) != 1:
        raise ValueError(f"{len(clocked)} signals read the clock: lead_scores_sql adds one")
    return clocked[0]


# what the kept signals are rendered from, and what their hash reads
_SIGNAL_READS = ", ".join(
    [
        "marts.context_of",
        "marts.leads",
        "staging.lead_content",
        "marts.lead_contacts",
        "marts.fmt_money",
        "marts.fmt_money_as",
        "marts.per_unit",
        "marts.flag_reason",
        "marts.ranking_settings",
        "marts.signal_weights",
    ]
)


def lead_signal_values_sql() -> str:
    """`staging.lead_signal_values`: one row per lead, a struct (value, reason) per signal,
    rendered from SIGNALS over `marts.lead_context`. The long `marts.lead_signals` and
    the scores are both read off it: a score summed across a row, not grouped out of
    seven rows a lead (at 200,000 leads the grouping, its reasons sorted per lead, took
    1.1 s of CPU).

    The signals that do not read the clock are kept per lead (`staging.lead_signal_cache`),
    weighed: their exact sum and their reasons in the order of what each added, which
    `marts.lead_scores` completes with the clocked one. A row is made again when its
    lead's hash moves: of the lead's kept row (`staging.lead_content.inputs_hash`), its
    network path (`marts.lead_contacts`), the settings but the clock, the weights and
    this SQL. Hashing those kept inputs, not `marts.lead_context`'s columns, spares
    working out that view for every lead (0.3 s of CPU at 200,000); the signals read no
    column of it from elsewhere (tests/ranking/test_signals.py holds them to it). The
    view adds the clocked signal (freshness) from the columns kept for it. The leads
    rendered again are read through `marts.context_of`, their context alone: the whole
    view, joined to 1% of the leads, was worked out for every lead (0.15 CPU-s of the
    step at 50,000 leads, growing with the warehouse).
    """
    kept = [s for s in SIGNALS if not s.clock]
    clock = [column for s in SIGNALS for column in s.clock]
    clock_names = [column.split()[0] for column in clock]
    by_name = _by_name()
    keys = ", ".join(_order_key(s, f"f.{s.name}", f"w.{s.name}") for s in kept)
    said = ", ".join("null" if s.clock else f"f.{s.name}.reason" for s in by_name)
    kept_sum = " + ".join(_contribution(f"f.{s.name}", f"w.{s.name}") for s in kept)
    rows = f"""
with fresh as (
    select
        l.lead_id,
        {", ".join(f"{_struct(s)} as {s.name}" for s in kept)},
        {", ".join(f"l.{name}" for name in clock_names)},
        i.inputs_hash
    from marts.context_of('signal_leads') as l
    inner join signal_stale as i using (lead_id)
),

ordered as (
    select
        f.* exclude (inputs_hash),
        {kept_sum} as kept_sum,
        list_sort([{keys}]) as kept_keys,
        [{said}] as said,
        f.inputs_hash
    from fresh as f
    cross join {_weights()}
)

select
    * exclude (said, kept_keys, inputs_hash),
    kept_keys,
    list_transform(kept_keys, lambda p: nullif(said[p & 15], '')) as kept_reasons,
    inputs_hash
from ordered
"""
    version = hashlib.sha256(rows.encode()).hexdigest()
    declared = ",\n    ".join(
        [f"{s.name} struct(value double, reason varchar)" for s in kept] + clock
    )
    values = ", ".join(f"{_struct(s)} as {s.name}" if s.clock else f"k.{s.name}" for s in SIGNALS)
    return f"""
-- grain: one lead, each signal of its score as (value, reason) (rendered from
-- warehouse/ranking/signals.py): those that do not read the clock kept across builds
-- with their weighed sum and reasons' order (a cache: kept while its columns stay as
-- declared, each row made again when what it reads moves), the clocked ones worked out
-- in the view
-- key: lead_id
-- reads: {_SIGNAL_READS}
create table if not exists staging.lead_signal_cache (
    lead_id varchar not null,
    {declared},
    kept_sum decimal(18, 12),
    kept_keys bigint[] not null,
    kept_reasons varchar[] not null,
    inputs_hash ubigint not null
);

create or replace temp table signal_inputs as
with everything as (
    select hash(
        '{version}',
        (select list((signal, weight) order by signal) from marts.signal_weights),
        *columns(lambda c: c != 'as_of')
    ) as inputs
    from marts.ranking_settings
)

select
    c.lead_id,
    hash(
        e.inputs, c.inputs_hash,
        p.network_path, p.network_via, p.network_strength, p.contact_is_hiring
    ) as inputs_hash
from staging.lead_content as c
cross join everything as e
left join marts.lead_contacts as p using (lead_id);

delete from staging.lead_signal_cache where lead_id in (
    select lead_id from staging.lead_signal_cache
    anti join signal_inputs using (lead_id, inputs_hash)
);

create or replace temp table signal_stale as
select * from signal_inputs anti join staging.lead_signal_cache using (lead_id, inputs_hash);

create or replace temp view signal_leads as
select * from marts.leads semi join signal_stale using (lead_id);

insert into staging.lead_signal_cache
{rows};

drop view signal_leads;
drop table signal_stale;
drop table signal_inputs;

create or replace view staging.lead_signal_values as
select k.lead_id, {values}
from staging.lead_signal_cache as k
cross join (select as_of, freshness_half_life_days from marts.ranking_settings)
"""


def lead_signals_sql() -> str:
    """The `marts.lead_signals` view: one row per lead and signal, UNPIVOT of
    `staging.lead_signal_values`, weighed by `marts.signal_weights`. A view: a build
    scores off the values, and `leads show` reads one lead's rows (at 200,000 leads
    the table of 1.4 million rows took 0.5 s of CPU a build, which no reader needed)."""
    names = ", ".join(s.name for s in SIGNALS)
    return f"""
-- grain: one lead and one signal of its score (rendered from warehouse/ranking/signals.py;
-- reading it costs no scoring: a build scores, freshness included, into the values)
-- key: lead_id, signal
-- reads: staging.lead_signal_values, marts.signal_weights
create or replace view marts.lead_signals as
with long as (
    unpivot staging.lead_signal_values on {names} into name signal value s
)

select
    long.lead_id,
    long.signal,
    long.s.value as value,
    w.weight,
    round(long.s.value * w.weight, 6) as contribution,
    long.s.reason as reason
from long
inner join marts.signal_weights as w using (signal)
"""


def lead_scores_sql() -> str:
    """The `marts.lead_scores` table: each lead's contributions (as `marts.lead_signals`
    rounds them) summed exactly over the weights, and the reasons by what each added,
    the larger first and of two alike by the signal's name. The kept signals' sum and
    ordered reasons are kept per lead (`staging.lead_signal_cache`): a build adds the
    clocked signal's contribution and slots its reason in by its order key (`_order_key`),
    not summing and sorting every signal of every lead again."""
    clocked = _clocked()
    struct, weight = f"k.{clocked.name}", f"w.{clocked.name}"
    total = " + ".join(f"w.{s.name}::decimal(18, 12)" for s in SIGNALS)
    return f"""
-- grain: one lead's score: its signals' contributions over their weights, and their
-- reasons by what each added (rendered from warehouse/ranking/signals.py; a table,
-- written by each build)
-- key: lead_id
-- reads: staging.lead_signal_cache, marts.signal_weights, marts.ranking_settings
-- written uncompressed: rewritten each build; compressing took a third of the step
create or replace table marts.lead_scores as
with clocked as (
    select
        k.lead_id,
        k.kept_sum,
        k.kept_keys,
        k.kept_reasons,
        {_struct(clocked)} as {clocked.name}
    from staging.lead_signal_cache as k
    cross join (select as_of, freshness_half_life_days from marts.ranking_settings)
),

parts as (
    select
        k.lead_id,
        round(((k.kept_sum + {_contribution(struct, weight)}) / nullif({total}, 0))::double, 4)
            as score,
        {struct}.value as {clocked.name},
        -- how many kept reasons go before the clocked one
        len(list_filter(
            k.kept_keys, lambda p: p < {_order_key(clocked, struct, weight)}
        )) as before,
        nullif({struct}.reason, '') as said,
        k.kept_reasons
    from clocked as k
    cross join {_weights()}
)

select
    lead_id,
    score,
    {clocked.name} as freshness,
    -- array_to_string leaves out the nulls
    nullif(array_to_string(
        list_concat(kept_reasons[1:before], [said], kept_reasons[before + 1:]), '; '
    ), '') as reasons
from parts
"""
