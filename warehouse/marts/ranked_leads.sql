-- grain: one lead, scored for the profile and explained (the contract users query): what
-- moves each build (marts.lead_ranking, marts.lead_scores, staging.lead_seen) beside the
-- lead's row kept across builds (staging.lead_content); a view, as writing them whole
-- again each build cost a re-run most of its ranking, and reading it joins them by key
-- key: lead_id
-- accepted: status in (new, shortlisted, applied, replied, interview, won, lost, ignored, not-a-fit)
-- reads: marts.lead_ranking, staging.lead_content, marts.lead_scores, staging.lead_seen, marts.ranking_settings
create or replace view marts.ranked_leads as
select
    lead_id,
    r.rank,
    s.score,
    c.title,
    c.company,
    c.url,
    c.sources,
    c.posted_at,
    c.date_basis,
    c.engagement,
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
    (select currency from marts.ranking_settings) as hourly_currency,
    c.rate_conversion,
    s.freshness,
    r.in_ranking,
    r.meets_floor,
    c.is_closed,
    c.urls,
    c.apply_url,
    c.poster,
    c.first_seen,
    t.last_seen,
    r.attribution
from marts.lead_ranking as r
inner join staging.lead_content as c using (lead_id)
inner join marts.lead_scores as s using (lead_id)
inner join staging.lead_seen as t using (lead_id)
