-- formatting helpers the marts and the CLI share (money as "$90-120", "€650", "€0.08",
-- "JPY 9M")
create or replace macro marts.fmt_amount(x) as
    case
        -- a yen or won salary in millions: "JPY 9M-12M", not "JPY 9000k-12000k"
        when x >= 999500 then regexp_replace(round(x / 1000000, 1)::varchar, '\.0$', '') || 'M'
        when x >= 10000 then round(x / 1000)::bigint::varchar || 'k'
        -- a rate by the word or line is cents: "€0.08", "€1.2"
        when x < 10 and x <> round(x) then round(x, 2)::varchar
        else round(x)::bigint::varchar
    end;

create or replace macro marts.fmt_money(lo, hi, cur) as
    coalesce(
        case cur when 'USD' then '$' when 'EUR' then '€' when 'GBP' then '£'
            when 'INR' then '₹' when 'BDT' then '৳' end,
        cur || ' ', ''
    )
    || case
        -- a range's ends in one style: "₹7.5k-10k", not "₹7500-10k"
        when lo >= 1000 and lo < 10000 and hi >= 10000
            then regexp_replace(round(lo / 1000, 1)::varchar, '\.0$', '') || 'k-'
                || marts.fmt_amount(hi)
        when lo is not null and hi is not null and lo <> hi
            then marts.fmt_amount(lo) || '-' || marts.fmt_amount(hi)
        else marts.fmt_amount(coalesce(lo, hi))
    end;

-- an amount in the user's currency as they write it ("R80k-95k", "Rs 80k"), where they
-- write it with a sign (`[profile] currency` or `min_rate`), after it where its language
-- puts it there ("6000-8000 Kč", "20k zł"); any other as fmt_money does. fmt_money is
-- written once, its currency and the sign around it chosen: a macro expands its arguments
-- where they occur, and one call per case tripled the rate's reason, whose binding and
-- optimising was most of lead_signal_values' fixed cost
create or replace macro marts.fmt_money_as(lo, hi, cur, own, sign) as
    case when cur = own and sign is not null and sign not in ('Kč', 'zł', 'lei', 'Ft', 'kr')
        then sign || case when regexp_full_match(sign, '[A-Za-z]{2,}') then ' ' else '' end
        else '' end
    || marts.fmt_money(lo, hi, case when cur = own and sign is not null then null else cur end)
    || case when cur = own and sign in ('Kč', 'zł', 'lei', 'Ft', 'kr') then ' ' || sign
        else '' end;

-- a red flag as a person reads it: "chat_app: moves applying ..." without its code
-- a period as written after an amount ("/h", "/day"); null for no period of time
create or replace macro marts.per_unit(unit) as
    case unit when 'hour' then '/h' when 'day' then '/day' when 'week' then '/wk'
        when 'month' then '/mo' when 'year' then '/yr' end;

create or replace macro marts.flag_reason(flag) as regexp_replace(flag, '^[a-z_]+: ', '');

-- a list without repeats, in the order first seen (list_distinct keeps no order: a lead's
-- skills read back to front against the posting's, strongest first)
create or replace macro marts.firsts(l) as list_filter(l, lambda x, i: list_position(l, x) = i);

-- when a posting is dated: its posting date, else first seen; but the day the user saved
-- or applied to a job (their LinkedIn export) is never stood in for: unreadable, unknown
create or replace macro marts.dated_at(posted_at, first_seen, basis) as
    case when basis = 'posted' then coalesce(posted_at, first_seen) else posted_at end;
