-- tables the build step fills from Python (text understanding, duplicates, network)

-- grain: one posting per source, what its text says (re-read when it or the settings change)
-- key: source, source_id
create table staging.posting_features (
    source varchar not null,
    source_id varchar not null,
    content_hash varchar not null,
    settings_hash varchar not null,
    engagement varchar,
    engagement_basis varchar,
    engagement_raw varchar,
    duration_months integer,
    hours_per_week double,
    kind varchar,
    kind_basis varchar,
    kind_raw varchar,
    rate_min double,
    rate_max double,
    rate_period varchar,
    currency varchar,
    rate_basis varchar,
    rate_raw varchar,
    hourly_min double,
    hourly_max double,
    rate_conversion varchar,
    rate_vs_floor varchar,
    remote_scope varchar,
    remote_regions varchar[],
    remote_basis varchar,
    remote_raw varchar,
    eligibility varchar,
    eligibility_reason varchar,
    skills_matched varchar[],
    skills_in_title varchar[],
    fit double,
    legitimacy double,
    red_flags varchar[],
    has_hard_flag boolean,
    primary key (source, source_id)
);

-- grain: one posting per source, the lead it belongs to
-- key: source, source_id
create table staging.lead_members (
    source varchar not null,
    source_id varchar not null,
    lead_id varchar not null,
    merge_reason varchar,
    primary key (source, source_id)
);

-- grain: one way into a lead through the user's network
-- key: lead_id, person_id
create table staging.lead_paths (
    lead_id varchar not null,
    person_id varchar not null,
    network_path varchar not null,
    network_via varchar not null,
    network_strength double not null,
    primary key (lead_id, person_id)
);

-- grain: one row: the profile and weights the ranking view reads
create table marts.ranking_settings (
    w_fit double,
    w_engagement double,
    w_eligibility double,
    w_rate double,
    w_freshness double,
    w_network double,
    w_legitimacy double,
    freshness_half_life_days double,
    legitimacy_floor double,
    engagements varchar[],
    min_hourly_rate double,
    currency varchar
);
