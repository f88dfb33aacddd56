-- filled by: warehouse.build from [profile], [filters] and [ranking] (each build)
-- grain: one row: the settings the marts read, and the time the build ranks as of
-- (warehouse.clock: freshness and a lead's age count to it)
-- key: currency
create or replace table marts.ranking_settings (
    as_of timestamptz,
    freshness_half_life_days double,
    legitimacy_floor double,
    below_floor varchar,
    engagements varchar[],
    min_hourly_rate double,
    rate_unit varchar,  -- the unit the user stated the floor in ("day"): `why` says it so
    rate_unit_hours double,  -- hours in one rate_unit
    currency varchar,
    currency_sign varchar,  -- the sign the user writes it with ("R"): `why` shows it so
    exclude_companies varchar[],
    exclude_pattern varchar,
    exclude_inside_ir35 boolean,
    exclude_payroll_only boolean  -- W2, T4 or PAYG only: [filters] exclude_payroll_only
);

-- grain: one signal of the score and the user's weight for it
-- key: signal
create or replace table marts.signal_weights (
    signal varchar primary key,
    weight double not null
);
