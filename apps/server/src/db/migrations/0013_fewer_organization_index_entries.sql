-- Fewer index entries per organization written (decision 0014): one index on (region_code text_pattern_ops, name)
-- serves both the region subtree scans and the ledger's matching by community and name, and the credit code,
-- filing number and leader account indexes leave out the NULLs most organizations have. 1 s less per 100,000
-- imported organizations on PGlite.
DROP INDEX "organizations_region_name_idx";--> statement-breakpoint
DROP INDEX "organizations_region_idx";--> statement-breakpoint
DROP INDEX "organizations_credit_code_idx";--> statement-breakpoint
DROP INDEX "organizations_filing_number_idx";--> statement-breakpoint
DROP INDEX "organizations_leader_user_idx";--> statement-breakpoint
CREATE INDEX "organizations_region_idx" ON "organizations" USING btree ("region_code" text_pattern_ops,"name");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_credit_code_idx" ON "organizations" USING btree ("credit_code") WHERE "organizations"."credit_code" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_filing_number_idx" ON "organizations" USING btree ("filing_number") WHERE "organizations"."filing_number" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "organizations_leader_user_idx" ON "organizations" USING btree ("leader_user_id") WHERE "organizations"."leader_user_id" IS NOT NULL;