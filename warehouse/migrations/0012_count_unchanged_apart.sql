-- a source's postings that came from pages answered 304 Not Modified are counted apart
-- from those fetched: the server sent nothing new for them (earlier runs counted them
-- as fetched, and keep that count)
alter table state.source_runs add column unchanged integer default 0;
