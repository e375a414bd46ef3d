CREATE TABLE "ledger_import_rows" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"cells_enc" "bytea" NOT NULL,
	"outcome" text,
	"name" text DEFAULT '' NOT NULL,
	"community" text DEFAULT '' NOT NULL,
	"organization_id" uuid,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "ledger_import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "ledger_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"filename" text NOT NULL,
	"format" text NOT NULL,
	"encoding" text,
	"header_row" integer NOT NULL,
	"headers" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"suggested_from" text,
	"status" text NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"commit_mode" text,
	"failure" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ledger_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"headers" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"list" text NOT NULL,
	"format" text NOT NULL,
	"filters" jsonb NOT NULL,
	"include_personal_data" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"filename" text NOT NULL,
	"rows" integer,
	"file_enc" "bytea",
	"failure" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "ledger_import_rows_outcome_idx" ON "ledger_import_rows" USING btree ("import_id","outcome","row_number");--> statement-breakpoint
CREATE INDEX "ledger_imports_owner_idx" ON "ledger_imports" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_mappings_owner_name_idx" ON "ledger_mappings" USING btree ("owner_id","name");--> statement-breakpoint
CREATE INDEX "list_exports_owner_idx" ON "list_exports" USING btree ("owner_id","created_at");