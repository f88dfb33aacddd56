-- every engagement a posting offers ("part- or full-time"), beside the one the ranking
-- uses; features read before this are read again, as the readers changed with it
alter table staging.posting_features add column engagements varchar[];
update staging.posting_features set settings_hash = 'stale: 0005';
