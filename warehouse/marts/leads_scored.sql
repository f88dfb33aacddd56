-- grain: one lead with its score, your verdict and, when the default ranking leaves it out, why
-- key: lead_id
-- reads: marts.lead_context, marts.lead_scores, state.verdicts, staging.lead_members, marts.flag_reason, marts.per_unit
create or replace view marts.leads_scored as
-- a lead's verdict is its members' latest: status, note and follow-up together
with verdicts as (
    select
        m.lead_id,
        arg_max({'status': v.status, 'note': v.note, 'follow_up': v.follow_up},
            (v.marked_at, v.source, v.source_id)) as verdict
    from state.verdicts as v
    inner join staging.lead_members as m using (source, source_id)
    group by m.lead_id
),

context as (
    select
        l.*,
        coalesce(v.verdict.status, 'new') as status,
        v.verdict.note as note,
        v.verdict.follow_up as follow_up
    from marts.lead_context as l
    left join verdicts as v using (lead_id)
),

scores as (
    select * from marts.lead_scores
),

judged as (
    select
        c.*,
        s.score,
        s.freshness,
        s.reasons,
        -- the first reason that keeps a lead out of the default ranking, else null
        case
            when c.kind = 'supply' then 'offers work, not a lead'
            -- a closed posting you are still pursuing stays in view, marked closed
            when c.is_closed and coalesce(c.status, 'new') not in (
                'shortlisted', 'applied', 'replied', 'interview'
            ) then 'closed'
            when c.status in ('won', 'lost', 'ignored', 'not-a-fit')
                then 'you marked it ' || c.status
            when c.excluded_company is not null
                then 'excluded company: ' || c.excluded_company
            when c.excluded_keyword is not null
                then 'excluded keyword: ' || c.excluded_keyword
            when c.exclude_inside_ir35 and c.ir35 = 'inside' then 'inside IR35'
            when c.exclude_payroll_only and c.tax_terms = 'w2_only' then 'W2 only'
            when c.exclude_payroll_only and c.tax_terms = 't4_only' then 'T4 only'
            when c.exclude_payroll_only and c.tax_terms = 'payg_only' then 'PAYG only'
            -- soft flags never leave out what someone in your network posted
            when c.has_hard_flag or (c.legitimacy < c.legitimacy_floor and not c.contact_is_hiring)
                then 'flagged: ' || coalesce(marts.flag_reason(c.red_flags[1]), 'low legitimacy')
            when c.eligibility = 'not_eligible'
                then 'not eligible: ' || coalesce(c.eligibility_reason, 'where you work')
            -- skills any trade uses or a team's stack's tools, and nothing of yours: a
            -- generalist's role (ranking/relevance.py)
            when not c.is_relevant and c.skills_in_passing
                then 'only a team''s stack or skills any trade uses: nothing of your line of work'
            -- skills under another trade's title serve that trade (ranking/relevance.py)
            when not c.is_relevant and len(c.skills_matched) > 0
                then 'another trade''s role: its title names none of yours'
            when not c.is_relevant then 'no match to your skills or roles'
            -- said in the unit the user stated the floor in; a piece rate by its piece
            -- held against the floor of its own currency: `rate_conversion` names it
            when c.below_floor = 'exclude' and c.rate_vs_floor = 'below' and c.rate_own_floor_said is not null
                then 'below your rate floor (' || c.rate_conversion || ')'
            when c.below_floor = 'exclude' and c.rate_vs_floor = 'below'
                then 'below your rate floor' || coalesce(': at most '
                    || round(c.hourly_max * c.rate_unit_hours)::bigint || marts.per_unit(c.rate_unit) || ' under '
                    || round(c.min_hourly_rate * c.rate_unit_hours)::bigint || marts.per_unit(c.rate_unit),
                    ' (' || c.rate_conversion || ')', '')
        end as excluded_reason,
        -- a known hourly maximum under the floor ranks below every lead that meets it
        c.rate_vs_floor is distinct from 'below' as meets_floor
    from context as c
    inner join scores as s using (lead_id)
)

select *, excluded_reason is null as in_ranking from judged
