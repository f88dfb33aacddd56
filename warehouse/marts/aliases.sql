-- the views users query by their short names (`select * from ranked_leads`), and for one
-- release the derived names older queries used
-- reads: marts.ranked_leads, marts.postings, marts.lead_signals, marts.network_people, marts.organisations, staging.sources
create or replace view main.ranked_leads as select * from marts.ranked_leads;
create or replace view main.postings as select * from marts.postings;
create or replace view main.lead_signals as select * from marts.lead_signals;
create or replace view main.network_people as select * from marts.network_people;
create or replace view main.organisations as select * from marts.organisations;
create or replace view main.source_attributions as select source, attribution from staging.sources;
