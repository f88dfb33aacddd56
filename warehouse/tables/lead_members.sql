-- filled by: warehouse.dedupe, for the postings warehouse.reclustering picks: new or
-- changed since the last build, and those they may join (a cache: kept while these
-- columns stay as declared here, rebuilt when they change)
-- grain: one posting per source, the lead it belongs to
-- key: source, source_id
create table if not exists staging.lead_members (
    source varchar not null,
    source_id varchar not null,
    lead_id varchar not null,
    merge_reason varchar,
    company_key varchar,
    group_id varchar not null,  -- its link group: postings joined by any link, vetoed or not
    input_hash ubigint not null,  -- its keys, text, first sighting and the rules, hashed
    primary key (source, source_id)
);
