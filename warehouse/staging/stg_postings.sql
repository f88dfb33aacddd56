-- grain: one posting per source, typed and normalised (what users join on)
-- key: source, source_id
-- accepted: engagement in (freelance, contract, part_time, fractional, full_time, unknown)
-- accepted: kind in (demand, supply)
-- reads: state.postings, staging.posting_features, staging.board_companies
-- a posting's row as read from given postings and their features: the view reads them all, and
-- warehouse.lead_content those of the leads it makes again, picked by row id (joined by key,
-- DuckDB reads every posting and its features)
create or replace macro staging.postings_read(postings, features) as table
with board_companies as (
    select * from staging.board_companies
),

joined as (
    select
        -- ids
        p.source,
        p.source_id,
        p.scope,
        p.url,
        p.apply_url,
        p.requisition_id,
        -- text
        p.title,
        -- a board that states no company (Lever, Ashby): the config's name beats the guess
        coalesce(b.company, p.company) as company,
        p.poster,
        p.text,
        p.html,
        p.location,
        p.tags,
        p.language,
        -- derived, each with how it was derived
        coalesce(f.engagement, 'unknown') as engagement,
        f.engagements,
        f.engagement_basis,
        f.engagement_raw,
        f.duration_months,
        f.duration_weeks,
        f.hours_per_week,
        f.hours_per_week_max,
        f.ir35,
        f.tax_terms,
        coalesce(f.kind, 'demand') as kind,
        f.kind_basis,
        f.remote_scope,
        f.remote_regions,
        f.remote_basis,
        f.remote_scope in ('anywhere', 'region') as remote,
        f.rate_min,
        f.rate_max,
        f.rate_period,
        f.currency,
        f.rate_basis,
        f.rate_raw,
        f.hourly_min,
        f.hourly_max,
        f.rate_conversion,
        f.rate_includes_super,
        f.rate_own_floor_said,
        f.rate_piece,
        f.rate_fx,
        f.rate_vs_floor,
        f.eligibility,
        f.eligibility_reason,
        f.languages_required,
        f.languages_preferred,
        f.skills_matched,
        f.roles_matched,
        f.keywords_matched,
        coalesce(f.relevant, false) as is_relevant,
        coalesce(f.skills_in_passing, false) as skills_in_passing,
        f.fit,
        f.legitimacy,
        f.red_flags,
        f.has_hard_flag,
        -- timestamps
        p.posted_at,
        -- what posted_at is: the day a job was posted, or, for a job from the user's own
        -- LinkedIn export, the day they saved it or applied to it (the export has no other)
        -- (an unreadable date leaves it undated: first seen, as any posting without one)
        case
            -- a glance at the text first: parsing every posting's JSON costs 0.27 s a
            -- million, this 0.03 s
            when not (contains(p.extra::varchar, '"saved_at"')
                or contains(p.extra::varchar, '"applied_at"')) then 'posted'
            when p.extra ->> 'saved_at' is not null and p.posted_at is not distinct from
                try_cast(nullif(p.extra ->> 'saved_at', '') as timestamptz) then 'saved'
            when p.extra ->> 'applied_at' is not null and p.posted_at is not distinct from
                try_cast(nullif(p.extra ->> 'applied_at', '') as timestamptz) then 'applied'
            else 'posted'
        end as date_basis,
        p.first_seen,
        p.last_seen,
        p.updated_at,
        p.closed_at,
        p.first_run_id,
        p.last_run_id
    from query_table(postings) as p
    left join query_table(features) as f using (source, source_id)
    left join board_companies as b on b.source = p.source and b.scope = p.scope
)

select * from joined;

create or replace view staging.stg_postings as
select * from staging.postings_read('state.postings', 'staging.posting_features');
