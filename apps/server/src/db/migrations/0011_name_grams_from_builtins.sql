-- The grams of 0003 and 0009 (every 1- and 2-character piece of the lower-cased name) from built-in string
-- functions, which the planner inlines, instead of a plpgsql loop: the loop took 3.8 s of a 100,000-organization
-- import on PGlite, this takes 0.8 s. The pieces come unsorted and may repeat; the GIN index and `@>` treat the
-- array as a set, so stored values and search results are unchanged. Pairs are cut from the name twice, once
-- from its first character and once from its second; U+0001 marks the cuts, so it is dropped from names first.
CREATE OR REPLACE FUNCTION linli_name_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_remove(
    string_to_array(replace(lower(t), E'\x01', ''), NULL)
      || string_to_array(regexp_replace(replace(lower(t), E'\x01', ''), '(..)', '\1' || E'\x01', 'g'), E'\x01')
      || string_to_array(regexp_replace(substr(replace(lower(t), E'\x01', ''), 2), '(..)', '\1' || E'\x01', 'g'), E'\x01'),
    ''), '{}')
$$;
