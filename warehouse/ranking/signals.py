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


# a rate by the piece ("$25 per video") shows as "/piece", a rate of no period bare
_RATE = """
    marts.fmt_money(rate_min, rate_max, currency)
    || coalesce(case rate_period when 'hour' then '/h' when 'day' then '/day'
        when 'week' then '/wk' when 'month' then '/mo' when 'year' then '/yr'
        when 'piece' then '/piece' when 'fixed' then ' fixed' end, '')
"""

# the hourly figure a rate was compared with the floor as, where it was converted: from a
# period other than the hour or from another currency ("$110k-140k/yr above your floor
# (≈ €55-70/h)")
_AS_HOURLY = """
    coalesce(case when rate_vs_floor is not null
        and (rate_period is distinct from 'hour' or currency is distinct from hourly_currency)
        then ' (≈ ' || marts.fmt_money(hourly_min, hourly_max, hourly_currency) || '/h)' end, '')
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


def lead_signals_sql() -> str:
    """The `marts.lead_signals` view: one row per lead and signal, rendered from SIGNALS.

    One pass over `marts.lead_context` builds a struct per signal, UNPIVOT turns the
    structs into rows, and the user's weights come from `marts.signal_weights`.
    """
    structs = ",\n        ".join(
        f"{{'value': greatest(0.0, least(1.0, coalesce(({s.value})::double, 0.0))), "
        f"'reason': ({s.reason})::varchar}} as {s.name}"
        for s in SIGNALS
    )
    names = ", ".join(s.name for s in SIGNALS)
    return f"""
-- grain: one lead and one signal of its score (rendered from warehouse/ranking/signals.py;
-- a table, so reading the ranking costs no scoring: a build scores, freshness included)
-- key: lead_id, signal
-- reads: marts.lead_context, marts.signal_weights, marts.fmt_money, marts.flag_reason
create or replace table marts.lead_signals as
with wide as (
    select
        lead_id,
        {structs}
    from marts.lead_context
),

long as (
    unpivot wide on {names} into name signal value s
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
