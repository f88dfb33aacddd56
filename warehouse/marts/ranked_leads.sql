-- grain: one lead, scored for the profile and explained (the contract users query): what
-- moves each build (marts.lead_ranking) beside the lead's row kept across builds
-- (staging.lead_content); a view, as writing both whole each build cost a re-run most of
-- its ranking, and reading it joins two tables by key
-- key: lead_id
-- accepted: status in (new, shortlisted, applied, replied, interview, won, lost, ignored, not-a-fit)
-- reads: marts.lead_ranking, staging.lead_content
create or replace view marts.ranked_leads as
select
    lead_id,
    r.rank,
    r.score,
    c.title,
    c.company,
    c.url,
    c.sources,
    c.posted_at,
    c.date_basis,
    c.engagement,
    c.ir35,
    c.tax_terms,
    c.remote_scope as remote,
    c.location,
    c.rate_min,
    c.rate_max,
    c.rate_period,
    c.currency,
    r.legitimacy,
    r.red_flags,
    r.network_path,
    r.network_strength,
    r.why,
    r.status,
    r.note,
    r.follow_up,
    r.is_new,
    c.kind,
    c.eligibility,
    c.languages_required,
    c.languages_preferred,
    r.excluded_reason,
    c.fit,
    c.skills_matched,
    c.roles_matched,
    c.hourly_min,
    c.hourly_max,
    r.hourly_currency,
    c.rate_conversion,
    r.freshness,
    r.in_ranking,
    r.meets_floor,
    c.is_closed,
    c.urls,
    c.apply_url,
    c.poster,
    c.first_seen,
    r.last_seen,
    r.attribution
from marts.lead_ranking as r
inner join staging.lead_content as c using (lead_id)
