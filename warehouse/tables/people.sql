-- filled by: warehouse.network.store (each build): contacts merged across exports on
-- strong evidence only; no e-mail addresses or phone numbers
-- grain: one person
-- key: person_id
create or replace table staging.people (
    person_id varchar primary key,
    name varchar,
    organisation varchar,
    organisation_norm varchar,
    role varchar,
    platforms varchar[],
    handles json,
    domains varchar[],
    ties varchar[],
    tie_strength double not null,
    tie_summary varchar,
    since timestamptz
);

-- grain: one contact record behind one person (where each fact came from)
-- key: contact_key
create or replace table staging.person_contacts (
    contact_key varchar primary key,
    person_id varchar not null
);

-- grain: one tie between the user and one person on one platform
-- key: person_id, platform, tie
create or replace table staging.person_ties (
    person_id varchar not null,
    platform varchar not null,
    tie varchar not null,
    since timestamptz,
    weight double not null,
    primary key (person_id, platform, tie)
);
