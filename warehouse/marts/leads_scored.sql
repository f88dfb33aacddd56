-- grain: one lead with every signal of its score and the score itself
-- key: lead_id
create or replace view marts.leads_scored as
with settings as (
    select * from marts.ranking_settings
),

-- "new" is first seen since the run before the latest ended: a run that crashed in
-- between (closed as abandoned at the next start) does not hide its leads
new_since as (
    select max(finished_at) as finished_at
    from main.runs
    where status is distinct from 'abandoned'
      and started_at < (
          select max(started_at) from main.runs where status is distinct from 'abandoned'
      )
),

verdicts as (
    select m.lead_id, arg_max(v.status, v.marked_at) as status
    from main.verdicts as v
    inner join staging.lead_members as m using (source, source_id)
    group by m.lead_id
),

paths as (
    select
        lead_id,
        arg_max(network_path, network_strength) as network_path,
        arg_max(network_via, network_strength) as network_via,
        max(network_strength) as network_strength
    from staging.lead_paths
    group by lead_id
),

attributions as (
    select l.lead_id, string_agg(distinct a.attribution, ' | ') as attribution
    from marts.leads as l, unnest(l.sources) as u(source)
    inner join main.source_attributions as a on a.source = u.source
    group by l.lead_id
),

signals as (
    select
        l.*,
        coalesce(v.status, 'new') as status,
        p.network_path,
        p.network_via,
        coalesce(p.network_strength, 0) as network_strength,
        a.attribution,
        coalesce(l.first_seen > r.finished_at, true) as is_new,
        case
            when list_contains(s.engagements, l.engagement) then 1.0
            when l.engagement = 'unknown' then 0.4
            when l.engagement = 'full_time' then 0.1
            else 0.3
        end as engagement_score,
        case l.eligibility
            when 'eligible' then 1.0 when 'not_eligible' then 0.0 else 0.5
        end as eligibility_score,
        case l.rate_vs_floor
            when 'above' then 1.0 when 'straddles' then 0.7 when 'below' then 0.1
            else 0.5
        end as rate_score,
        pow(0.5, greatest(date_diff('hour', l.posted_at, now()), 0) / 24.0
            / s.freshness_half_life_days) as freshness,
        s.*
    from marts.leads as l
    cross join settings as s
    cross join new_since as r
    left join verdicts as v using (lead_id)
    left join paths as p using (lead_id)
    left join attributions as a using (lead_id)
),

scored as (
    select
        *,
        round(
            (w_fit * fit + w_engagement * engagement_score
             + w_eligibility * eligibility_score + w_rate * rate_score
             + w_freshness * freshness + w_network * network_strength
             + w_legitimacy * legitimacy)
            / (w_fit + w_engagement + w_eligibility + w_rate + w_freshness
               + w_network + w_legitimacy),
            4
        ) as score,
        kind = 'demand'
        and not is_closed
        and status not in ('ignored', 'not-a-fit')
        and legitimacy >= legitimacy_floor
        and not has_hard_flag
        and eligibility is distinct from 'not_eligible' as in_ranking
    from signals
)

select * from scored
