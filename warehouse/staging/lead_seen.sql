-- grain: one lead, the latest day any of its postings was seen (every run moves it, so
-- it is apart from the rows staging.lead_content keeps; a table, as marts.leads is read
-- several times a build)
-- key: lead_id
-- reads: staging.lead_members, state.postings
create or replace table staging.lead_seen as
select m.lead_id, max(p.last_seen) as last_seen
from staging.lead_members as m
inner join state.postings as p using (source, source_id)
group by m.lead_id
