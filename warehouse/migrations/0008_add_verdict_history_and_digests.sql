-- verdicts say who gave them, with a note and a follow-up date, and keep their history;
-- the digest remembers, per channel, what it has delivered

-- a verdict by the user ('user') or by an importer (its name); older verdicts were the user's
alter table main.verdicts add column who varchar default 'user';
alter table main.verdicts add column note varchar;
alter table main.verdicts add column follow_up date;

-- grain: one verdict given to one posting, kept for good (main.verdicts holds the current one)
-- key: event_id
create sequence main.verdict_history_seq;
create table main.verdict_history (
    event_id bigint primary key default nextval('main.verdict_history_seq'),
    source varchar not null,
    source_id varchar not null,
    lead_id varchar,                     -- the lead it was given through
    status varchar not null,
    who varchar not null,
    note varchar,
    follow_up date,
    marked_at timestamptz not null
);

insert into main.verdict_history (source, source_id, lead_id, status, who, marked_at)
select v.source, v.source_id, m.lead_id, v.status, 'user', v.marked_at
from main.verdicts as v
left join staging.lead_members as m using (source, source_id)
order by v.marked_at;

-- grain: one digest sent (or tried, or a test) on one channel
-- key: digest_id, channel
create table main.digests (
    digest_id varchar not null,
    channel varchar not null,
    sent_at timestamptz not null,
    status varchar not null,             -- sent | failed | test
    leads integer not null,
    follow_ups integer not null,
    bytes integer not null,
    since timestamptz,                   -- leads first seen from then on are the channel's
    error varchar,
    primary key (digest_id, channel)
);

-- grain: one posting of a lead that one channel has delivered
-- key: channel, source, source_id
create table main.digest_postings (
    channel varchar not null,
    source varchar not null,
    source_id varchar not null,
    digest_id varchar not null,
    primary key (channel, source, source_id)
);

-- grain: one follow-up reminder that one channel has delivered
-- key: channel, lead_id, follow_up
create table main.digest_follow_ups (
    channel varchar not null,
    lead_id varchar not null,
    follow_up date not null,
    digest_id varchar not null,
    primary key (channel, lead_id, follow_up)
);
