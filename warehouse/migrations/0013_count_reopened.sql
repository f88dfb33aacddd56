-- a posting a run had closed and a later run sees again is reopened, and counted apart
-- from new and updated (earlier runs reopened postings without counting them)
alter table state.source_runs add column reopened integer default 0;
