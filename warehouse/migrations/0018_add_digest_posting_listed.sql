-- whether a channel listed the posting's lead or only counted it below the rate floor:
-- a counted lead that meets the floor later (the user lowered it) is listed once then;
-- postings delivered before read as listed, so an upgrade re-sends nothing
alter table state.digest_postings add column listed boolean not null default true;
