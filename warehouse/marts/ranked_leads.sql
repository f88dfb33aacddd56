-- grain: one lead, scored for the profile and explained (the contract users query)
-- key: lead_id
-- accepted: status in (new, shortlisted, applied, replied, interview, won, lost, ignored, not-a-fit)
create or replace view marts.ranked_leads as
with scored as (
    select * from marts.leads_scored
),

explained as (
    select
        *,
        concat_ws('; ',
            case when engagement <> 'unknown' then
                replace(engagement, '_', '-')
                || coalesce(' ' || duration_months || ' mo', '')
            end,
            case when len(skills_matched) > 0
                then array_to_string(skills_matched, ', ') || ' matched'
                else 'no skill matched'
            end,
            case remote_scope
                when 'anywhere' then 'remote anywhere'
                when 'region' then 'remote ' || array_to_string(remote_regions, '/')
                when 'hybrid' then 'hybrid'
                when 'onsite' then 'onsite'
                else 'location unclear'
            end || ' ' || replace(coalesce(eligibility, 'review'), '_', ' '),
            case when rate_min is not null or rate_max is not null then
                marts.fmt_money(rate_min, rate_max, currency)
                || coalesce('/' || case rate_period when 'hour' then 'h'
                    when 'day' then 'day' when 'week' then 'wk' when 'month' then 'mo'
                    when 'year' then 'yr' end, ' fixed')
                || case rate_vs_floor when 'above' then ' above your floor'
                    when 'below' then ' below your floor'
                    when 'straddles' then ' around your floor' else '' end
            end,
            network_via,
            case when len(sources) > 1 then len(sources) || ' sources' end,
            case when kind = 'supply' then 'offers work, not a lead' end,
            case when has_hard_flag or legitimacy < legitimacy_floor
                then 'flagged: ' || red_flags[1] end,
            case when is_closed then 'closed' end
        ) as why
    from scored
),

final as (
    select
        lead_id,
        case when in_ranking then
            row_number() over (
                partition by in_ranking order by score desc, posted_at desc, lead_id
            )
        end as rank,
        score,
        title,
        company,
        url,
        sources,
        posted_at,
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
        fit,
        skills_matched,
        hourly_min,
        hourly_max,
        rate_conversion,
        freshness,
        in_ranking,
        is_closed,
        urls,
        apply_url,
        poster,
        first_seen,
        last_seen,
        attribution
    from explained
)

select * from final
