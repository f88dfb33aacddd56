-- the credit of each platform a source relays (warehouse/tables/sources.sql): empty
-- until the next build fills it, so a `leads mark` before that build still rebuilds the
-- marts that read it
create table if not exists staging.source_credits (
    source varchar not null,
    platform varchar not null,
    attribution varchar not null,
    primary key (source, platform)
);
