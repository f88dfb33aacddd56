-- grain: one lead with what its signals and the ranking read: path, settings, attribution
-- key: lead_id
-- reads: marts.leads, marts.ranking_settings, marts.lead_contacts, marts.new_since, staging.sources, marts.posting_credits
-- the context of the leads a table holds (rows of marts.leads): the view reads them all,
-- and the kept signals only the leads they render again (at 50,000 leads, working out
-- every lead's context to render 1% of them took 0.2 s of CPU: warehouse/ranking/signals.py)
create or replace macro marts.context_of(leads) as table
with settings as (
    select * from marts.ranking_settings
),

paths as (
    select * from marts.lead_contacts
),

-- the attribution each set of sources owes, worked out once per set, not per lead
attributions as (
    select c.sources, string_agg(distinct a.attribution, ' | ' order by a.attribution) as attribution
    from (select distinct sources from query_table(leads)) as c, unnest(c.sources) as u(source)
    inner join staging.sources as a on a.source = u.source
    group by c.sources
),

credits as (
    select lead_id, string_agg(distinct attribution, ' | ' order by attribution) as attribution
    from marts.posting_credits
    group by lead_id
),

-- a lead posted by someone in your network names its poster: naming no employer, or
-- writing from a free-mail address, is no evidence against it, and with no other flag
-- nothing is
vouched as (
    select
        l.lead_id,
        list_filter(
            l.red_flags, lambda f: not regexp_matches(f, '^(no_employer|free_mail): ')
        ) as red_flags
    from query_table(leads) as l
    semi join paths as p on p.lead_id = l.lead_id and p.contact_is_hiring
),

final as (
    select
        l.* replace (
            coalesce(v.red_flags, l.red_flags) as red_flags,
            case when len(v.red_flags) = 0 and not l.has_hard_flag then 1.0
                else l.legitimacy end as legitimacy
        ),
        coalesce(p.contact_is_hiring, false) as contact_is_hiring,
        p.network_path,
        p.network_via,
        coalesce(p.network_strength, 0) as network_strength,
        coalesce(k.attribution, a.attribution) as attribution,
        coalesce(l.first_seen >= r.since, true) as is_new,
        s.engagements as engagements_wanted,
        s.as_of,
        s.freshness_half_life_days,
        s.legitimacy_floor,
        s.min_hourly_rate,
        s.rate_unit,
        s.rate_unit_hours,
        s.currency as hourly_currency,
        s.currency_sign as hourly_currency_sign,
        s.below_floor,
        s.exclude_inside_ir35,
        s.exclude_payroll_only
    from query_table(leads) as l
    cross join settings as s
    cross join marts.new_since as r
    left join paths as p using (lead_id)
    left join vouched as v using (lead_id)
    left join attributions as a using (sources)
    left join credits as k using (lead_id)
)

select * from final;

create or replace view marts.lead_context as
select * from marts.context_of('marts.leads');
