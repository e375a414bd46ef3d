-- Search uses name_grams (decision 0011); no query used this index, and it cost every write of an organization
-- (1 s per 100,000 imported on PGlite).
DROP INDEX "organizations_name_trgm_idx";
