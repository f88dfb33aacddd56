-- relevance to the profile's roles and keywords, the normalised company of each member
-- posting (for [filters] exclude_companies), the companies the config names for boards
-- that state none (Lever, Ashby); the ranking settings become a table the build writes
alter table staging.posting_features add column roles_matched varchar[];
alter table staging.posting_features add column keywords_matched varchar[];
alter table staging.posting_features add column relevant boolean;
alter table staging.lead_members add column company_key varchar;

-- grain: one board of a source whose company the config names ({ site = ..., company = ... })
-- key: source, scope
create table main.board_companies (
    source varchar not null,
    scope varchar not null,
    company varchar not null,
    primary key (source, scope)
);

drop table marts.ranking_settings;
