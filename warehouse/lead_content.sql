-- the rows of staging.lead_content for the leads in touched_leads, with their inputs_hash
-- from lead_inputs, read from their members' postings and features in touched_postings
-- and touched_features (temp tables of warehouse.lead_content): marts.leads but
-- last_seen, which that view adds
insert into staging.lead_content by name
with settings as (
    select * from marts.ranking_settings
),

-- [filters] the excluded keyword each posting names. Apart from the members: read
-- there, every text was scanned even with no keyword (0.3 s at 200,000 postings); here
-- the texts are read only when there are keywords
keywords as (
    select
        p.source,
        p.source_id,
        nullif(regexp_extract(
            lower(coalesce(p.title, '') || chr(10) || p.text), settings.exclude_pattern, 1
        ), '') as excluded_keyword
    from touched_postings as p
    cross join settings
    where settings.exclude_pattern is not null
),

-- most leads hold one posting (85% in the benchmark): those skip the window and the
-- aggregation, which then sort and group only the leads merged across postings
sizes as (
    select lead_id, count(*) as count_postings from touched_members group by lead_id
),

members as (
    select
        m.lead_id,
        m.company_key,
        z.count_postings,
        s.* exclude (text, html, tags, last_seen),
        -- [filters]: a member at an excluded company
        list_contains(settings.exclude_companies, m.company_key) as is_excluded_company,
        k.excluded_keyword,
        -- the employer's own board first, then job boards, then community posts
        coalesce(c.rank, 2) as source_rank,
        -- of one rank, a whole text before an alert's card (the same job's fuller copy)
        coalesce(c.summary, false) as is_summary,
        coalesce(c.states_company, true) as states_company
    from touched_members as m
    inner join sizes as z using (lead_id)
    inner join staging.postings_read('touched_postings', 'touched_features') as s
        using (source, source_id)
    left join staging.sources as c using (source)
    left join keywords as k using (source, source_id)
    cross join settings
),

-- of a lead of several postings, those whose link is another member's page: a reply or
-- a share pointing at the posting it answers ("Sent an email, see item?id=..."), which
-- never leads while that posting is in the lead, however much newer it is
pointers as (
    select *, coalesce(
        list_contains(list(url) over (partition by lead_id), apply_url) and apply_url <> url,
        false
    ) as points_at_member
    from members
    where count_postings > 1
),

ordered as (
    select *, 1::bigint as member_rank from members where count_postings = 1
    union all by name
    select
        * exclude (points_at_member),
        row_number() over (
            partition by lead_id
            order by source_rank, closed_at nulls first, is_summary, points_at_member,
                posted_at desc nulls last, source, source_id
        ) as member_rank
    from pointers
),

rolled as (
    select
        lead_id,
        -- one list of members sorted once, not one sort per ordered aggregate
        list_sort(list({'rank': member_rank, 'url': url, 'key': source || ':' || source_id}))
            as members_by_rank,
        list_sort(list_distinct(list(source))) as sources,
        count(*) as count_postings,
        -- a board's posting date beats the day the user saved or applied to the job, and
        -- that day one whose date the export did not say
        arg_min(
            {'at': marts.dated_at(posted_at, first_seen, date_basis), 'basis': date_basis},
            (case when date_basis = 'posted' then 0 when posted_at is not null then 1 else 2 end,
             coalesce(posted_at, first_seen))
        ) as dated,
        min(first_seen) as first_seen,
        bool_and(closed_at is not null) as is_closed,
        max(fit) as fit,
        bool_or(is_relevant) as is_relevant,
        bool_and(skills_in_passing) as skills_in_passing,
        marts.firsts(flatten(list(skills_matched order by member_rank))) as skills_matched,
        marts.firsts(flatten(list(roles_matched order by member_rank))) as roles_matched,
        marts.firsts(flatten(list(keywords_matched order by member_rank))) as keywords_matched,
        -- sorted: list_distinct keeps no order, and a table read twice should read alike
        list_sort(list_distinct(flatten(list(coalesce(engagements, []))))) as engagements_offered,
        arg_min(company, member_rank) filter (where is_excluded_company) as excluded_company,
        arg_min(excluded_keyword, member_rank) as excluded_keyword,
        max(legitimacy) as legitimacy,
        -- the flags of the most legitimate member (its legitimacy is the lead's); of two
        -- alike, the first member's, so a rebuild reads the same
        arg_min(red_flags, {'less_legitimate': -legitimacy, 'rank': member_rank}) as red_flags,
        bool_and(has_hard_flag) as has_hard_flag,
        -- a source that states no company (Lever, Ashby) has a guess from its board token
        arg_min(company, (not states_company)::int * 1000 + member_rank)
            filter (where company is not null) as company,
        arg_min(
            {'engagement': engagement, 'basis': engagement_basis,
             'months': duration_months, 'weeks': duration_weeks, 'ir35': ir35,
             'hours': hours_per_week, 'hours_max': hours_per_week_max,
             'tax_terms': tax_terms},
            (engagement_basis is distinct from 'stated')::int * 1000 + member_rank
        ) filter (where engagement <> 'unknown') as engagement,
        arg_min(
            {'min': rate_min, 'max': rate_max, 'period': rate_period,
             'currency': currency, 'hourly_min': hourly_min,
             'hourly_max': hourly_max, 'vs_floor': rate_vs_floor,
             'conversion': rate_conversion, 'includes_super': rate_includes_super,
             'own_floor_said': rate_own_floor_said, 'piece': rate_piece, 'fx': rate_fx},
            member_rank
        ) filter (where rate_min is not null or rate_max is not null) as rate
    from ordered
    where count_postings > 1
    group by lead_id

    union all by name

    -- a lead of one posting: what the aggregates above make of one row
    select
        lead_id,
        [{'rank': 1::bigint, 'url': url, 'key': source || ':' || source_id}] as members_by_rank,
        [source] as sources,
        1::bigint as count_postings,
        {'at': marts.dated_at(posted_at, first_seen, date_basis), 'basis': date_basis} as dated,
        first_seen,
        closed_at is not null as is_closed,
        fit,
        is_relevant,
        skills_in_passing,
        coalesce(skills_matched, []) as skills_matched,
        coalesce(roles_matched, []) as roles_matched,
        coalesce(keywords_matched, []) as keywords_matched,
        list_sort(list_distinct(coalesce(engagements, []))) as engagements_offered,
        case when is_excluded_company then company end as excluded_company,
        excluded_keyword,
        legitimacy,
        red_flags,
        has_hard_flag,
        company,
        case when engagement <> 'unknown' then
            {'engagement': engagement, 'basis': engagement_basis, 'months': duration_months,
             'weeks': duration_weeks, 'ir35': ir35, 'tax_terms': tax_terms,
             'hours': hours_per_week, 'hours_max': hours_per_week_max}
        end as engagement,
        case when rate_min is not null or rate_max is not null then
            {'min': rate_min, 'max': rate_max, 'period': rate_period,
             'currency': currency, 'hourly_min': hourly_min,
             'hourly_max': hourly_max, 'vs_floor': rate_vs_floor,
             'conversion': rate_conversion, 'includes_super': rate_includes_super,
             'own_floor_said': rate_own_floor_said, 'piece': rate_piece, 'fx': rate_fx}
        end as rate
    from ordered
    where count_postings = 1
),

representative as (
    select * from ordered where member_rank = 1
),

final as (
    select
        -- ids
        r.lead_id,
        p.source,
        p.source_id,
        -- text
        p.title,
        r.company,
        p.poster,
        p.url,
        p.apply_url,
        list_transform(r.members_by_rank, lambda m: m.url) as urls,
        r.sources,
        list_transform(r.members_by_rank, lambda m: m.key) as posting_keys,
        r.count_postings,
        p.kind,
        coalesce(r.engagement.engagement, 'unknown') as engagement,
        r.engagement.basis as engagement_basis,
        r.engagement.months as duration_months,
        r.engagement.weeks as duration_weeks,
        r.engagement.hours as hours_per_week,
        r.engagement.hours_max as hours_per_week_max,
        r.engagement.ir35 as ir35,
        r.engagement.tax_terms as tax_terms,
        p.remote_scope,
        p.remote_regions,
        p.location,
        p.eligibility,
        p.eligibility_reason,
        p.languages_required,
        p.languages_preferred,
        r.rate.min as rate_min,
        r.rate.max as rate_max,
        r.rate.period as rate_period,
        r.rate.currency as currency,
        r.rate.hourly_min as hourly_min,
        r.rate.hourly_max as hourly_max,
        r.rate.vs_floor as rate_vs_floor,
        r.rate.conversion as rate_conversion,
        r.rate.includes_super as rate_includes_super,
        r.rate.own_floor_said as rate_own_floor_said,
        r.rate.piece as rate_piece,
        r.rate.fx as rate_fx,
        coalesce(r.fit, 0) as fit,
        coalesce(r.is_relevant, false) as is_relevant,
        coalesce(r.skills_in_passing, false) as skills_in_passing,
        r.skills_matched,
        r.roles_matched,
        r.keywords_matched,
        r.engagements_offered,
        r.excluded_company,
        r.excluded_keyword,
        round(coalesce(r.legitimacy, 1), 4) as legitimacy,  -- as the score: 4 decimals
        coalesce(r.red_flags, []) as red_flags,
        coalesce(r.has_hard_flag, false) as has_hard_flag,
        r.is_closed,
        -- timestamps
        r.dated.at as posted_at,
        r.dated.basis as date_basis,  -- posted, or saved or applied (the user's own export)
        r.first_seen,
        i.inputs_hash
    from rolled as r
    inner join representative as p using (lead_id)
    inner join lead_inputs as i using (lead_id)
)

select * from final
