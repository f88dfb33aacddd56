-- filled by: warehouse.dedupe (each build)
-- grain: one posting per source, the lead it belongs to
-- key: source, source_id
create or replace table staging.lead_members (
    source varchar not null,
    source_id varchar not null,
    lead_id varchar not null,
    merge_reason varchar,
    company_key varchar,
    primary key (source, source_id)
);
