-- grain: one person of the user's network (contacts merged across exports)
-- key: person_id
-- no e-mail addresses or phone numbers: those stay in state.network_contacts
-- reads: staging.people
create or replace view marts.network_people as
with people as (
    select * from staging.people
),

final as (
    select
        person_id,
        name,
        organisation,
        role,
        platforms as sources,
        handles,
        ties,
        tie_summary,
        round(tie_strength, 3) as tie_strength,
        since
    from people
)

select * from final
