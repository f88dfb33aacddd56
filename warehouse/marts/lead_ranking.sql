-- grain: one lead, what of marts.ranked_leads moves from one build to the next: its rank,
-- score and why (the build's clock ages every lead), your verdict, what is new since the
-- last run, the network's paths and the day it was last seen (a table, rebuilt by each
-- build and `leads mark`; the rest of a lead's row is staging.lead_content, kept across
-- builds, which marts.ranked_leads joins: at 200,000 leads, writing every row whole took
-- most of a re-run's ranking)
-- key: lead_id
-- reads: marts.leads_scored, marts.ranking_settings
-- written uncompressed: rewritten each build; compressing took a third of the step
create or replace table marts.lead_ranking as
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
            -- the reason once: "no match to your skills or roles" is also fit's reason,
            -- and eligibility's says where and why not ("remote US not eligible (you: GB)")
            case when excluded_reason is not null then 'left out'
                || case when contains(reasons, excluded_reason) then ''
                    when eligibility = 'not_eligible' and starts_with(excluded_reason, 'not eligible: ')
                        and not starts_with(excluded_reason, 'not eligible: requires ') then ''
                    else ': ' || excluded_reason end
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
        legitimacy,
        red_flags,
        network_path,
        network_strength,
        why,
        status,
        note,
        follow_up,
        is_new,
        excluded_reason,
        -- the profile's currency, read where a warehouse built before this column has it:
        -- `leads mark` rebuilds this table without a build
        (select currency from marts.ranking_settings) as hourly_currency,
        freshness,
        in_ranking,
        meets_floor,
        last_seen,
        attribution
    from explained
    left join ranks using (lead_id)
)

select * from final
