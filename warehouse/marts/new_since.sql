-- grain: one row: the fetch runs so far, and since when a lead counts as new: the start of
-- the first run (of any kind) after the end of the run before the latest (null until a
-- second run: every lead is new)
-- key: fetch_runs
-- reads: state.runs, state.source_runs
create or replace view marts.new_since as
-- a run that crashed in between (closed as abandoned at the next start) or fetched
-- nothing (every source failed: known while it builds, before it is closed) does not
-- hide its leads, and neither does a network import (its run's config_path is
-- warehouse.load.IMPORT_RUN)
with fetch_runs as (
    select started_at, finished_at
    from state.runs
    where status is distinct from 'abandoned'
      and run_id not in (
          select run_id from state.source_runs group by run_id having bool_and(status = 'failed')
      )
      and config_path is distinct from 'leads network import'
),

final as (
    select
        count(*) as fetch_runs,
        max(started_at) as last_started,
        max(finished_at) filter (
            where started_at < (select max(started_at) from fetch_runs)
        ) as finished_at
    from fetch_runs
)

-- new is "first seen at or after `since`", a run's start: a posting is first seen at its
-- run's start, so under a standing clock (`LEADS_NOW`, one instant per run) the run
-- before the latest ends at the very instant its postings were first seen, and a bound
-- at its end would count them new again
select
    f.*,
    (select min(r.started_at) from state.runs as r where r.started_at > f.finished_at) as since
from final as f
