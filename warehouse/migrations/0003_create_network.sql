-- the user's own network, imported from official data exports (kept on this machine)

-- grain: one contact as one export states it
-- key: contact_key
create table raw.network_contacts (
    contact_key varchar primary key,
    platform varchar not null,
    tie varchar not null,
    handle varchar,
    name varchar,
    organisation varchar,
    role varchar,
    since timestamptz,
    emails varchar[],
    phones varchar[],
    handles json,
    file varchar not null,
    line integer not null,
    content_hash varchar not null,
    first_imported_at timestamptz not null,
    updated_at timestamptz not null
);

-- grain: one file read by one import (the import log)
create table raw.network_files (
    file varchar not null,
    importer varchar,
    contacts integer not null,
    problems integer not null,
    imported_at timestamptz not null
);

-- grain: one person, contacts merged across exports on strong evidence only
-- key: person_id
create table staging.people (
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
create table staging.person_contacts (
    contact_key varchar primary key,
    person_id varchar not null
);

-- grain: one tie between the user and one person on one platform
-- key: person_id, platform, tie
create table staging.person_ties (
    person_id varchar not null,
    platform varchar not null,
    tie varchar not null,
    since timestamptz,
    weight double not null,
    primary key (person_id, platform, tie)
);
