-- A budget's adjustments, lines and funding sources keep their amounts as money is written everywhere else: a decimal
-- string of pounds with two places ("348000.00"), no longer a JSON number. The same in the audit history.
CREATE FUNCTION pg_temp.money_amounts(items JSONB) RETURNS JSONB
    LANGUAGE SQL IMMUTABLE STRICT AS $$
    SELECT COALESCE(jsonb_agg(CASE WHEN jsonb_typeof(item -> 'amount') = 'number'
                                   THEN jsonb_set(item, '{amount}', to_jsonb(((item ->> 'amount')::NUMERIC(15,2))::TEXT))
                                   ELSE item END ORDER BY position), '[]'::JSONB)
    FROM jsonb_array_elements(items) WITH ORDINALITY AS element(item, position)
$$;

UPDATE budget
SET adjustments = pg_temp.money_amounts(adjustments),
    lines       = pg_temp.money_amounts(lines),
    funding     = pg_temp.money_amounts(funding);

UPDATE budget_aud
SET adjustments = pg_temp.money_amounts(adjustments),
    lines       = pg_temp.money_amounts(lines),
    funding     = pg_temp.money_amounts(funding);
