-- grain: one lead, scored for the profile and explained (the contract users query; a
-- table, so reading it costs nothing; `leads mark` refreshes it with the verdict)
-- key: lead_id
-- accepted: status in (new, shortlisted, applied, replied, interview, won, lost, ignored, not-a-fit)
-- reads: marts.leads_scored, marts.ranking_settings
create or replace table marts.ranked_leads as
with scored as (
    select * from marts.leads_scored
),

explained as (
    select
        scored.*,
        -- the signals' reasons by what they added to the score, then what sets it apart
        concat_ws('; ',
            reasons,
            case when len(sources) > 1 then len(sources) || ' sources' end,
            -- the reason once: "no match to your skills or roles" is also fit's reason
            case when excluded_reason is not null then 'left out'
                || case when contains(reasons, excluded_reason) then '' else ': ' || excluded_reason end
            end,
            case when in_ranking and not meets_floor then 'ranked below leads that meet your floor' end,
            case when in_ranking and is_closed then 'posting closed; kept as you marked it ' || status end
        ) as why
    from scored
),

-- ranked apart, on the few columns the order needs: the window then sorts those alone
ranks as (
    select
        lead_id,
        row_number() over (order by meets_floor desc, score desc, posted_at desc, lead_id) as rank
    from scored
    where in_ranking
),

final as (
    select
        lead_id,
        ranks.rank,
        score,
        title,
        company,
        url,
        sources,
        posted_at,
        date_basis,
        engagement,
        remote_scope as remote,
        location,
        rate_min,
        rate_max,
        rate_period,
        currency,
        legitimacy,
        red_flags,
        network_path,
        network_strength,
        why,
        status,
        note,
        follow_up,
        is_new,
        kind,
        eligibility,
        excluded_reason,
        fit,
        skills_matched,
        roles_matched,
        hourly_min,
        hourly_max,
        -- the profile's currency, read where a warehouse built before this column has it:
        -- `leads mark` rebuilds this table without a build
        (select currency from marts.ranking_settings) as hourly_currency,
        rate_conversion,
        freshness,
        in_ranking,
        meets_floor,
        is_closed,
        urls,
        apply_url,
        poster,
        first_seen,
        last_seen,
        attribution
    from explained
    left join ranks using (lead_id)
)

select * from final
