-- grain: one lead's score: its signals' contributions over their weights
-- key: lead_id
-- reads: marts.lead_signals
create or replace view marts.lead_scores as
with signals as (
    select * from marts.lead_signals
),

final as (
    select
        lead_id,
        round(sum(contribution) / nullif(sum(weight), 0), 4) as score,
        any_value(value) filter (where signal = 'freshness') as freshness
    from signals
    group by lead_id
)

select * from final
