-- The same grams as 0003 (every 1- and 2-character piece of the lower-cased name, distinct, sorted), computed by a
-- loop instead of a query over generate_series: the generated column calls it for every organization written,
-- and a 100,000-row ledger spent a third of its insert time here. Same output, so stored values stay valid.
CREATE OR REPLACE FUNCTION linli_name_grams(t text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  lowered text := lower(t);
  n int := coalesce(char_length(lowered), 0);
  grams text[] := '{}';
BEGIN
  FOR i IN 1..n LOOP
    grams := grams || substr(lowered, i, 1);
    IF i < n THEN
      grams := grams || substr(lowered, i, 2);
    END IF;
  END LOOP;
  RETURN ARRAY(SELECT DISTINCT g FROM unnest(grams) AS g ORDER BY g);
END
$$;
