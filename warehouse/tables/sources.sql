-- filled by: extractors' own declarations (each build): what the rest of warmleads
-- needs to know of a source, so a new source is one module
-- grain: one source postings come from
-- key: source
-- accepted: provenance in (employer, aggregator, community)
create or replace table staging.sources (
    source varchar primary key,
    provenance varchar not null,
    rank integer not null,           -- whose copy of a job a lead shows first: 1 employer
    summary boolean not null,        -- its texts are summaries by nature
    remote_board boolean not null,   -- it lists remote jobs only: its flag is the board's
    windowed boolean not null,       -- a moving window: a posting missing from it stays open
    states_company boolean not null, -- false: the company is a guess from a board token
    posters varchar,                 -- the platform whose handles its posters are (joinable)
    threaded boolean not null,       -- its scopes are threads: one job posted again in each
    job_ids json not null,           -- where its job ids stand in any URL
    attribution varchar not null
);

-- grain: one platform a source's postings may name (an alert's sender): its own credit
-- key: source, platform
create or replace table staging.source_credits (
    source varchar not null,
    platform varchar not null,       -- a posting id's first part (`dice:<id>`) or its extra.via
    attribution varchar not null,    -- credited instead of the source's own
    primary key (source, platform)
);
