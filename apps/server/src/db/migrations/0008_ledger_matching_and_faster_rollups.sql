CREATE INDEX "organizations_region_name_idx" ON "organizations" USING btree ("region_code","name");--> statement-breakpoint
-- Bulk writes (a 100,000-row ledger, the scale seed) made the roll-up statement match every row against every
-- measure. Now the rows are first summed per region and kind of organization, carried up their region lineage
-- and summed again, and only the distinct kinds of organization are matched against the measures: the work
-- grows with the regions and kinds a statement touches, not with its rows.
CREATE OR REPLACE FUNCTION linli_rollup_sql(target text, source text, measure_filter text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($f$
    WITH d AS (
      SELECT region_code, tier, service_fields, hub_kind, is_brand, is_demonstration, is_observation_point, sum(delta)::int AS delta
      FROM (%2$s) AS s
      GROUP BY 1, 2, 3, 4, 5, 6, 7
    ), up AS (
      SELECT p.code, coalesce(t.kind, 'urban') AS kind, d.tier, d.service_fields, d.hub_kind, d.is_brand, d.is_demonstration,
        d.is_observation_point, sum(d.delta)::int AS delta
      FROM d
      LEFT JOIN region_tallies AS t ON t.code = d.region_code
      CROSS JOIN LATERAL unnest(linli_region_lineage(d.region_code)) AS p(code)
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ), k AS (
      SELECT DISTINCT tier, service_fields, hub_kind, is_brand, is_demonstration, is_observation_point FROM d
    ), km AS (
      SELECT k.*, m.id AS measure_id, m.depth
      FROM k
      JOIN rollup_measures AS m
        ON (%3$s) AND linli_measure_matches(m, k.tier, k.service_fields, k.hub_kind, k.is_brand, k.is_demonstration, k.is_observation_point)
    )
    INSERT INTO %1$s AS r (region_code, measure_id, kind, level, n)
    SELECT up.code, km.measure_id, up.kind, linli_region_level(up.code), sum(up.delta)::int
    FROM up
    JOIN km USING (tier, service_fields, hub_kind, is_brand, is_demonstration, is_observation_point)
    WHERE length(up.code) <= CASE km.depth WHEN 4 THEN 9 ELSE 12 END
    GROUP BY 1, 2, 3
    HAVING sum(up.delta) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (region_code, measure_id, kind) DO UPDATE SET n = r.n + excluded.n
  $f$, target, source, measure_filter)
$$;
--> statement-breakpoint
-- A bulk writer (the ledger import) may set linli.defer_rollups for its transaction and count what it wrote in
-- one statement at the end (rollups.repository.ts rollupInto), instead of once per inserted chunk.
CREATE OR REPLACE FUNCTION linli_rollup_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cols constant text := 'region_code, tier, service_fields, hub_kind, is_brand, is_demonstration, is_observation_point';
  source text;
BEGIN
  IF current_setting('linli.defer_rollups', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    source := format('SELECT %s, 1 AS delta FROM new_rows WHERE status = ''active''', cols);
  ELSIF TG_OP = 'DELETE' THEN
    source := format('SELECT %s, -1 AS delta FROM old_rows WHERE status = ''active''', cols);
  ELSE
    -- rows whose counted columns did not change add +1 and -1 to the same counters, which cancel out
    source := format('SELECT %1$s, 1 AS delta FROM new_rows WHERE status = ''active'' UNION ALL SELECT %1$s, -1 FROM old_rows WHERE status = ''active''', cols);
  END IF;
  EXECUTE linli_rollup_sql('rollup_counts', source, 'true');
  RETURN NULL;
END
$$;
