-- grain: one lead with what its signals and the ranking read: verdict, path, settings
-- key: lead_id
create or replace view marts.lead_context as
with settings as (
    select * from marts.ranking_settings
),

latest_run as (
    select max(started_at) as started_at from main.runs
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

final as (
    select
        l.*,
        coalesce(v.status, 'new') as status,
        p.network_path,
        p.network_via,
        coalesce(p.network_strength, 0) as network_strength,
        a.attribution,
        l.first_seen >= r.started_at as is_new,
        s.engagements as engagements_wanted,
        s.freshness_half_life_days,
        s.legitimacy_floor,
        s.min_hourly_rate,
        s.below_floor
    from marts.leads as l
    cross join settings as s
    cross join latest_run as r
    left join verdicts as v using (lead_id)
    left join paths as p using (lead_id)
    left join attributions as a using (lead_id)
)

select * from final
