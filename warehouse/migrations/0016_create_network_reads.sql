-- which configured [network] files a run or `leads rebuild` last read, by the hash of
-- what they held (extractors/network/_fingerprint.py): an export whose hash has not
-- moved is not read again

-- grain: one configured export path (file, folder or .zip), as resolved
-- key: path
create table state.network_reads (
    path varchar primary key,
    fingerprint varchar not null,
    read_at timestamptz not null
);
