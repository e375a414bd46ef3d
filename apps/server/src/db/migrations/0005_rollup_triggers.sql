-- Statistics roll-ups kept up to date by the database itself (docs/decisions/0013-statistics-roll-ups.md):
-- every statement that writes organizations adds its rows' contributions to rollup_counts, at every level of
-- their region, for every measure they match. Writers never have to remember it.

-- Natural-length region codes (docs/decisions/0004-region-codes.md): 2/4/6/9/12 digits = levels 1–5, '' = 0.
CREATE OR REPLACE FUNCTION linli_region_level(code text) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE length(code) WHEN 2 THEN 1 WHEN 4 THEN 2 WHEN 6 THEN 3 WHEN 9 THEN 4 WHEN 12 THEN 5 ELSE 0 END)::smallint
$$;
--> statement-breakpoint
-- The code and each of its ancestors from the province down.
CREATE OR REPLACE FUNCTION linli_region_lineage(code text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(left(code, n) ORDER BY n), '{}') FROM unnest(ARRAY[2, 4, 6, 9, 12]) AS n WHERE n <= length(code)
$$;
--> statement-breakpoint
-- Whether an (active) organization counts under a measure; shared by the trigger, rebuilds and live counts.
CREATE OR REPLACE FUNCTION linli_measure_matches(
  m rollup_measures, tier text, service_fields text[], hub_kind text, is_brand boolean, is_demonstration boolean, is_observation_point boolean
) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT tier = ANY (m.tiers)
    AND (m.service_fields IS NULL OR service_fields && m.service_fields)
    AND (m.hub_kinds IS NULL OR hub_kind = ANY (m.hub_kinds))
    AND (is_brand OR NOT m.is_brand)
    AND (is_demonstration OR NOT m.is_demonstration)
    AND (is_observation_point OR NOT m.is_observation_point)
$$;
--> statement-breakpoint
-- The one statement that adds organizations to a roll-up table. `source` yields region_code, tier,
-- service_fields, hub_kind, the three flags and `delta` (+1 / -1) for active organizations only;
-- `measure_filter` restricts the measures (e.g. to newly added ones). Rows are upserted in key order so
-- concurrent writers lock counters in the same order and cannot deadlock.
CREATE OR REPLACE FUNCTION linli_rollup_sql(target text, source text, measure_filter text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($f$
    INSERT INTO %1$s AS r (region_code, measure_id, kind, level, n)
    SELECT p.code, m.id, coalesce(t.kind, 'urban'), linli_region_level(p.code), sum(d.delta)::int
    FROM (%2$s) AS d
    JOIN rollup_measures AS m
      ON (%3$s) AND linli_measure_matches(m, d.tier, d.service_fields, d.hub_kind, d.is_brand, d.is_demonstration, d.is_observation_point)
    LEFT JOIN region_tallies AS t ON t.code = d.region_code
    CROSS JOIN LATERAL unnest(linli_region_lineage(d.region_code)) AS p(code)
    WHERE length(p.code) <= CASE m.depth WHEN 4 THEN 9 ELSE 12 END
    GROUP BY 1, 2, 3
    HAVING sum(d.delta) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (region_code, measure_id, kind) DO UPDATE SET n = r.n + excluded.n
  $f$, target, source, measure_filter)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION linli_rollup_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cols constant text := 'region_code, tier, service_fields, hub_kind, is_brand, is_demonstration, is_observation_point';
  source text;
BEGIN
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
--> statement-breakpoint
CREATE TRIGGER organizations_rollup_insert AFTER INSERT ON organizations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION linli_rollup_organizations();
--> statement-breakpoint
CREATE TRIGGER organizations_rollup_update AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION linli_rollup_organizations();
--> statement-breakpoint
CREATE TRIGGER organizations_rollup_delete AFTER DELETE ON organizations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION linli_rollup_organizations();
--> statement-breakpoint
-- Denominators for every region and the country (''): communities by kind, streets, counties, cities.
CREATE OR REPLACE FUNCTION linli_refresh_region_tallies() RETURNS void LANGUAGE sql AS $$
  DELETE FROM region_tallies;
  INSERT INTO region_tallies (code, level, kind, urban_communities, rural_communities, streets, counties, cities)
  SELECT a.code,
    linli_region_level(a.code),
    CASE linli_region_level(a.code)
      WHEN 5 THEN min(coalesce(r.kind, 'urban'))
      WHEN 4 THEN CASE WHEN count(*) FILTER (WHERE r.level = 5 AND r.kind = 'rural') > count(*) FILTER (WHERE r.level = 5 AND coalesce(r.kind, 'urban') = 'urban') THEN 'rural' ELSE 'urban' END
    END,
    count(*) FILTER (WHERE r.level = 5 AND coalesce(r.kind, 'urban') = 'urban'),
    count(*) FILTER (WHERE r.level = 5 AND r.kind = 'rural'),
    count(*) FILTER (WHERE r.level = 4),
    count(*) FILTER (WHERE r.level = 3),
    count(*) FILTER (WHERE r.level = 2)
  FROM regions AS r
  CROSS JOIN LATERAL unnest(ARRAY[''] || linli_region_lineage(r.code)) AS a(code)
  GROUP BY a.code;
$$;
