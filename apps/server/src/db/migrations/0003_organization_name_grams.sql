-- Every 1- and 2-character piece of a lower-cased text (docs/decisions/0011-chinese-keyword-search.md).
CREATE OR REPLACE FUNCTION linli_name_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT substr(lower(t), i, 1) AS g FROM generate_series(1, char_length(t)) AS i
    UNION ALL
    SELECT substr(lower(t), i, 2) FROM generate_series(1, char_length(t) - 1) AS i
  ) AS grams
$$;
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "name_grams" text[] GENERATED ALWAYS AS (linli_name_grams(name)) STORED;--> statement-breakpoint
CREATE INDEX "organizations_name_grams_idx" ON "organizations" USING gin ("name_grams");