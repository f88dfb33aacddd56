-- filled by: flows.build from the config (each build): the company a board stands for
-- where its source states none ({ site = ..., company = ... })
-- grain: one board of a source
-- key: source, scope
create or replace table staging.board_companies (
    source varchar not null,
    scope varchar not null,
    company varchar not null,
    primary key (source, scope)
);
