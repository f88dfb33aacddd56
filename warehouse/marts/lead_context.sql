-- grain: one lead with what its signals and the ranking read: verdict, path, settings
-- key: lead_id
-- reads: marts.leads, marts.ranking_settings, marts.lead_contacts, state.runs, state.verdicts, staging.lead_members, staging.sources
create or replace view marts.lead_context as
with settings as (
    select * from marts.ranking_settings
),

-- "new" is first seen since the run before the latest ended: a run that crashed in
-- between (closed as abandoned at the next start) does not hide its leads
new_since as (
    select max(finished_at) as finished_at
    from state.runs
    where status is distinct from 'abandoned'
      and started_at < (
          select max(started_at) from state.runs where status is distinct from 'abandoned'
      )
),

-- a lead's verdict is its members' latest: status, note and follow-up together
verdicts as (
    select
        m.lead_id,
        arg_max({'status': v.status, 'note': v.note, 'follow_up': v.follow_up},
            (v.marked_at, v.source, v.source_id)) as verdict
    from state.verdicts as v
    inner join staging.lead_members as m using (source, source_id)
    group by m.lead_id
),

paths as (
    select * from marts.lead_contacts
),

attributions as (
    select l.lead_id, string_agg(distinct a.attribution, ' | ') as attribution
    from marts.leads as l, unnest(l.sources) as u(source)
    inner join staging.sources as a on a.source = u.source
    group by l.lead_id
),

final as (
    select
        l.*,
        coalesce(v.verdict.status, 'new') as status,
        v.verdict.note as note,
        v.verdict.follow_up as follow_up,
        p.network_path,
        p.network_via,
        coalesce(p.network_strength, 0) as network_strength,
        a.attribution,
        coalesce(l.first_seen > r.finished_at, true) as is_new,
        s.engagements as engagements_wanted,
        s.freshness_half_life_days,
        s.legitimacy_floor,
        s.min_hourly_rate,
        s.below_floor
    from marts.leads as l
    cross join settings as s
    cross join new_since as r
    left join verdicts as v using (lead_id)
    left join paths as p using (lead_id)
    left join attributions as a using (lead_id)
)

select * from final
