-- filled by: warehouse.network.paths (each build)
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
