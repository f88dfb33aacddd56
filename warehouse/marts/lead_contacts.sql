-- grain: one lead the user's network reaches: its strongest way in, and whom to ask
-- (or offer help to: `contact_is_hiring` when that person posted the lead or asked)
-- key: lead_id
-- reads: staging.lead_paths, staging.people
create or replace view marts.lead_contacts as
with best as (
    select
        lead_id,
        arg_max(
            {'person_id': person_id, 'network_path': network_path, 'network_via': network_via,
             'network_strength': network_strength, 'is_hiring': is_hiring},
            (network_strength, person_id)
        ) as path
    from staging.lead_paths
    group by lead_id
),

final as (
    select
        b.lead_id,
        b.path.person_id as person_id,
        -- a person known only by a handle (a Mastodon account) is asked by that handle
        coalesce(
            p.name, (select min(h.value ->> '$') from json_each(p.handles) as h)
        ) as contact,
        b.path.network_path as network_path,
        b.path.network_via as network_via,
        b.path.network_strength as network_strength,
        b.path.is_hiring as contact_is_hiring
    from best as b
    inner join staging.people as p on p.person_id = b.path.person_id
)

select * from final
