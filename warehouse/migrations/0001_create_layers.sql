-- the layers (raw -> staging -> marts) and the run bookkeeping
create schema if not exists raw;
create schema if not exists staging;
create schema if not exists marts;

-- grain: one distinct response body
-- key: content_hash
create table raw.bodies (
    content_hash varchar primary key,
    body blob not null
);

-- grain: one HTTP response as fetched (a 304 too)
-- key: response_id
create sequence raw.responses_seq;
create table raw.responses (
    response_id bigint primary key default nextval('raw.responses_seq'),
    run_id varchar not null,
    source varchar not null,
    url varchar not null,
    scope varchar not null,
    status integer not null,
    not_modified boolean not null,
    headers json,
    content_hash varchar not null,
    fetched_at timestamptz not null
);

-- grain: one posting per source, as the source states it (state across runs)
-- key: source, source_id
create table staging.postings (
    source varchar not null,
    source_id varchar not null,
    scope varchar not null,
    url varchar not null,
    title varchar,
    company varchar,
    poster varchar,
    text varchar not null,
    html varchar,
    posted_at timestamptz,
    location varchar,
    remote boolean,
    workplace_raw varchar,
    engagement varchar,
    engagement_raw varchar,
    rate_min double,
    rate_max double,
    rate_period varchar,
    currency varchar,
    salary_raw varchar,
    tags varchar[],
    kind varchar,
    apply_url varchar,
    requisition_id varchar,
    language varchar,
    extra json,
    page_hash varchar not null,
    content_hash varchar not null,
    first_seen timestamptz not null,
    last_seen timestamptz not null,
    updated_at timestamptz not null,
    closed_at timestamptz,
    first_run_id varchar not null,
    last_run_id varchar not null,
    primary key (source, source_id)
);

-- grain: one run of the flow
create table main.runs (
    run_id varchar primary key,
    started_at timestamptz not null,
    finished_at timestamptz,
    status varchar,
    config_path varchar,
    sources_ok integer,
    sources_failed integer
);

-- grain: one source in one run
create table main.source_runs (
    run_id varchar not null,
    source varchar not null,
    status varchar not null,
    fetched integer not null,
    new integer not null,
    updated integer not null,
    closed integer not null,
    failed integer not null,
    skipped integer not null,
    seconds double not null,
    error varchar,
    stats json,
    primary key (run_id, source)
);

-- grain: one source's attribution duty (travels to every export)
create table main.source_attributions (
    source varchar primary key,
    attribution varchar not null
);

-- grain: one user verdict on one posting; a lead takes its members' latest verdict
create table main.verdicts (
    source varchar not null,
    source_id varchar not null,
    status varchar not null,
    marked_at timestamptz not null,
    primary key (source, source_id)
);
