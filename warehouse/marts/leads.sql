-- grain: one lead: the postings of one job, merged across sources
-- key: lead_id
-- accepted: engagement in (freelance, contract, part_time, fractional, full_time, unknown)
-- reads: staging.lead_content, staging.lead_seen
-- the rows kept across builds (a re-run makes again only those of the leads whose
-- postings or members changed: warehouse.lead_content) and the day a lead was last seen
create or replace view marts.leads as
select c.* exclude (inputs_hash), s.last_seen
from staging.lead_content as c
inner join staging.lead_seen as s using (lead_id)
