-- grain: one lead's score: its signals' contributions over their weights, and their
-- reasons by what each added (a table, written by each build)
-- key: lead_id
-- reads: marts.lead_signals
create or replace table marts.lead_scores as
with signals as (
    select * from marts.lead_signals
),

final as (
    select
        lead_id,
        -- summed exactly: a float sum depends on the order rows arrive in, which a
        -- plan or the threads change (314 of 170,000 scores moved in the 4th decimal)
        round((sum(contribution::decimal(18, 12))
            / nullif(sum(weight::decimal(18, 12)), 0))::double, 4) as score,
        any_value(value) filter (where signal = 'freshness') as freshness,
        string_agg(reason, '; ' order by contribution desc, signal)
            filter (where reason is not null and reason <> '') as reasons
    from signals
    group by lead_id
)

select * from final
