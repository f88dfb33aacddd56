-- grain: one posting per source with its lead and what was read from it (documented view)
-- key: source, source_id
-- reads: staging.stg_postings, staging.lead_members
create or replace view marts.postings as
with postings as (
    select * from staging.stg_postings
),

members as (
    select * from staging.lead_members
),

final as (
    select
        -- ids
        p.source,
        p.source_id,
        p.url,
        m.lead_id,
        -- text
        p.title,
        p.company,
        p.location,
        -- what was read, each as staging.stg_postings derives it
        p.kind,
        p.engagement,
        p.engagements,
        p.remote_scope as remote,
        p.remote_regions,
        p.eligibility,
        p.rate_min,
        p.rate_max,
        p.rate_period,
        p.currency,
        p.hourly_min,
        p.hourly_max,
        p.fit,
        p.skills_matched,
        p.roles_matched,
        p.legitimacy,
        p.red_flags,
        -- timestamps
        p.posted_at,
        p.first_seen,
        p.last_seen,
        p.closed_at
    from postings as p
    left join members as m using (source, source_id)
)

select * from final
