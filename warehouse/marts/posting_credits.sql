-- grain: one posting of a lead that has postings of a source that credits each platform
-- (the inbox's alerts), with the credit it owes: a relayed posting its own platform's
-- alert, found by its id's first part or, for an id that names none (an opaque tracker's
-- link), by the platform whose tracker it is, else by the parser that read it; any other
-- its source's. A relayed posting's credit head ("Upwork alert") is its name on every
-- page and digest (`warehouse.lead_rows`).
-- key: lead_id, key
-- reads: marts.leads, staging.sources, staging.source_credits, state.postings
create or replace view marts.posting_credits as
with relayed as (
    select l.lead_id, u.key, split_part(u.key, ':', 1) as source,
        split_part(u.key, ':', 2) as platform
    from marts.leads as l, unnest(l.posting_keys) as u(key)
    where list_has_any(l.sources, (select list(distinct source) from staging.source_credits))
),

final as (
    select
        r.lead_id, r.key, coalesce(k.attribution, v.attribution, s.attribution) as attribution,
        r.source in (select source from staging.source_credits) as relayed
    from relayed as r
    inner join staging.sources as s using (source)
    left join staging.source_credits as k on k.source = r.source and k.platform = r.platform
    left join state.postings as p
        on k.source is null and p.source = r.source
        and p.source_id = substr(r.key, length(r.source) + 2)
    left join staging.source_credits as v
        on v.source = r.source
        and v.platform = coalesce(p.extra ->> 'platform', p.extra ->> 'via')
)

select * from final
