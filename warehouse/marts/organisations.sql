-- grain: one organisation of the user's network, by normalised name
-- key: organisation_norm
-- reads: staging.people
create or replace view marts.organisations as
with people as (
    select * from staging.people where organisation_norm is not null
),

final as (
    select
        organisation_norm,
        mode(organisation) as name,
        list_sort(list_distinct(flatten(list(domains)))) as domains,
        count(*) as count_people,
        list(name order by tie_strength desc) as people
    from people
    group by organisation_norm
)

select * from final
