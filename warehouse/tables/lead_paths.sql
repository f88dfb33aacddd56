-- filled by: warehouse.network.paths (each build), reduced from staging.posting_paths
-- grain: one way into a lead through the user's network
-- key: lead_id, person_id
create or replace table staging.lead_paths (
    lead_id varchar not null,
    person_id varchar not null,
    network_path varchar not null,
    network_via varchar not null,
    network_strength double not null,
    is_hiring boolean not null,  -- the person posted the lead or asked the user
    primary key (lead_id, person_id)
);

-- filled by: warehouse.network.paths, for the postings whose path inputs are new or
-- changed since the last build (a cache: kept while these columns stay as declared
-- here, rebuilt when they change)
-- grain: one posting whose paths were looked for, a path or none
-- key: source, source_id
create table if not exists staging.path_postings (
    source varchar not null,
    source_id varchar not null,
    -- what its paths read of it, the network's fingerprint and the path code's, hashed
    input_hash ubigint not null
);

-- filled by: warehouse.network.paths, with staging.path_postings
-- grain: one way into one posting through the user's network
-- key: source, source_id, kind, nth
create table if not exists staging.posting_paths (
    source varchar not null,
    source_id varchar not null,
    person_id varchar not null,
    network_path varchar not null,
    network_via varchar not null,
    network_strength double not null,
    is_hiring boolean not null,
    kind tinyint not null,  -- poster, ask, company, domain, script (0-4): of two as strong,
    -- the earlier kind's is shown (paths.kinded_paths)
    nth integer not null  -- its place among the posting's paths of its kind, from 1
);
