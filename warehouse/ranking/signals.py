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

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    weight: float  # the default; `[ranking.weights]` overrides it
    meaning: str  # one line for the README and `leads show`
    value: str  # SQL over marts.lead_context, in [0, 1]
    reason: str  # SQL over marts.lead_context: what a person reads in `why`


# a rate by the piece ("$25 per video") shows as "/piece", or by the piece a floor of the
# user's judged it by ("€0.08/word": its conversion is "per word"), a rate of no period bare
_RATE = """
    marts.fmt_money(rate_min, rate_max, currency)
    || coalesce(marts.per_unit(rate_period),
        case when rate_period = 'piece' and starts_with(rate_conversion, 'per ')
            then '/' || substr(rate_conversion, 5) end,
        case rate_period when 'piece' then '/piece' when 'fixed' then ' fixed' end, '')
"""

# the figure a rate was compared with the floor as, in the unit the user stated the floor
# in (`[profile] min_rate`, else the hour), where it was converted: from another period or
# another currency ("$110k-140k/yr above your floor (≈ €55-70/h)", "£70/h below your floor
# (≈ £560/day)")
_AS_HOURLY = """
    coalesce(case when rate_vs_floor is not null and coalesce(hourly_min, hourly_max) is not null
        and (rate_period is distinct from rate_unit or currency is distinct from hourly_currency)
        then ' (≈ ' || marts.fmt_money(hourly_min * rate_unit_hours, hourly_max * rate_unit_hours,
            hourly_currency) || marts.per_unit(rate_unit) || ')' end, '')
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
            end""",
    ),
    Signal(
        "eligibility",
        0.10,
        "whether you may take it from where you are: eligible 1, review 0.5",
        "case eligibility when 'eligible' then 1.0 when 'not_eligible' then 0.0 else 0.5 end",
        """case remote_scope
            when 'anywhere' then 'remote anywhere'
            when 'region' then 'remote ' || array_to_string(remote_regions, '/')
            when 'hybrid' then 'hybrid' when 'onsite' then 'onsite'
            else 'location unclear' end
            || case when eligibility = 'eligible' then ' eligible'
                -- the place would do, a language would not: say which, not the place
                when eligibility = 'not_eligible' and starts_with(eligibility_reason, 'requires ')
                    then '; ' || split_part(eligibility_reason, ':', 1)
                when eligibility = 'not_eligible' then ' not eligible'
                -- review: the place is known, whether you may take it is not
                when remote_scope is not null then ', check you may take it'
                else '' end""",
    ),
    Signal(
        "rate",
        0.10,
        "pay against your floor: above 1, around 0.7, below 0.1, not stated 0.5",
        """case rate_vs_floor when 'above' then 1.0 when 'straddles' then 0.7
            when 'below' then 0.1 else 0.5 end""",
        f"""case when rate_min is null and rate_max is null then 'no rate stated'
            else {_RATE} || case rate_vs_floor when 'above' then ' above your floor'
                when 'below' then ' below your floor'
                when 'straddles' then ' around your floor' else '' end || {_AS_HOURLY} end""",
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


def lead_signal_values_sql() -> str:
    """`staging.lead_signal_values`: one row per lead, a struct (value, reason) per signal,
    rendered from SIGNALS in one pass over `marts.lead_context`. The long
    `marts.lead_signals` and the scores are both read off it: a score summed across a
    row, not grouped out of seven rows a lead (at 200,000 leads the grouping, its
    reasons sorted per lead, took 1.1 s of CPU).
    """
    structs = ",\n        ".join(
        f"{{'value': greatest(0.0, least(1.0, coalesce(({s.value})::double, 0.0))), "
        f"'reason': ({s.reason})::varchar}} as {s.name}"
        for s in SIGNALS
    )
    return f"""
-- grain: one lead, each signal of its score as (value, reason) (rendered from
-- warehouse/ranking/signals.py; a table: the signals and the scores both read it)
-- key: lead_id
-- reads: marts.lead_context, marts.fmt_money, marts.per_unit, marts.flag_reason
create or replace table staging.lead_signal_values as
select
    lead_id,
    {structs}
from marts.lead_context
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
    the larger first and of two alike by the signal's name. The order is sorted on
    numbers alone, then the reasons picked by place: sorting structs that carry the
    reasons' text took 0.25 s more of CPU at 200,000 leads, and (less, place) structs
    0.05 s more than one number a signal, its contribution in millionths (as rounded)
    negated, times 16, plus its place by name (the low four bits; `place` < 16)."""
    weights = ",\n        ".join(
        f"any_value(weight) filter (where signal = '{s.name}') as {s.name}" for s in SIGNALS
    )
    by_name = sorted(SIGNALS, key=lambda s: s.name)
    if len(by_name) >= 16:
        raise ValueError(f"{len(by_name)} signals: lead_scores_sql orders at most 15")
    order = ", ".join(
        f"-(round(v.{s.name}.value * w.{s.name}, 6) * 1e6)::bigint * 16 + {place}"
        for place, s in enumerate(by_name, 1)
    )
    said = ", ".join(f"v.{s.name}.reason" for s in by_name)
    # exact decimals: a float sum depends on the order it adds in (0.3 + 0.6 + 0.00015)
    contributions = " + ".join(
        f"round(v.{s.name}.value * w.{s.name}, 6)::decimal(18, 12)" for s in SIGNALS
    )
    total = " + ".join(f"w.{s.name}::decimal(18, 12)" for s in SIGNALS)
    return f"""
-- grain: one lead's score: its signals' contributions over their weights, and their
-- reasons by what each added (rendered from warehouse/ranking/signals.py; a table,
-- written by each build)
-- key: lead_id
-- reads: staging.lead_signal_values, marts.signal_weights
-- written uncompressed: rewritten each build; compressing took a third of the step
create or replace table marts.lead_scores as
with weights as (
    select
        {weights}
    from marts.signal_weights
),

parts as (
    select
        v.lead_id,
        round((({contributions}) / nullif({total}, 0))::double, 4) as score,
        v.freshness.value as freshness,
        -- the reasons in the signals' order by name, and that order by what each added
        [{said}] as said,
        list_sort([{order}]) as ranked
    from staging.lead_signal_values as v
    cross join weights as w
)

select
    lead_id,
    score,
    freshness,
    -- array_to_string leaves out the nulls
    nullif(array_to_string(
        list_transform(ranked, lambda p: nullif(said[p & 15], '')), '; '
    ), '') as reasons
from parts
"""
