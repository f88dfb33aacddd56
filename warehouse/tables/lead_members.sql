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
    -- kept for the next build, made again only when the posting moves (warehouse.reclustering)
    fingerprint ubigint,  -- what its keys are read from and the rest matching reads, hashed
    -- what its lead's row reads of it (lead_content.INPUTS) hashed, and the day it was
    -- last seen: kept in step with the posting, so neither needs the postings joined again
    content_inputs ubigint,
    last_seen timestamp with time zone,
    primary key (source, source_id)
);

-- filled by: warehouse.reclustering, with the members: the keys each stored member may
-- link by, one a row, so a build finds by key the members a changed posting may join
-- (reading every member's keys took a fifth of a re-run's clustering at 200,000)
-- grain: one link key of a posting
-- key: source, source_id, tag, key
create table if not exists staging.lead_links (
    source varchar not null,
    source_id varchar not null,
    tag varchar not null,  -- what links by it: a URL, a job id, a company's block...
    "key" ubigint not null,  -- hashed within its tag's name space and the posting's kind
    title_key varchar  -- in a company's block: its title as matching compares it
);
