CREATE TABLE "policy_bindings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"policies" text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_tallies" (
	"code" text PRIMARY KEY NOT NULL,
	"level" smallint NOT NULL,
	"kind" text,
	"urban_communities" integer NOT NULL,
	"rural_communities" integer NOT NULL,
	"streets" integer NOT NULL,
	"counties" integer NOT NULL,
	"cities" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_counts" (
	"region_code" text NOT NULL,
	"measure_id" text NOT NULL,
	"kind" text NOT NULL,
	"level" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "rollup_counts_region_code_measure_id_kind_pk" PRIMARY KEY("region_code","measure_id","kind")
);
--> statement-breakpoint
CREATE TABLE "rollup_measures" (
	"id" text PRIMARY KEY NOT NULL,
	"tiers" text[] NOT NULL,
	"service_fields" text[],
	"hub_kinds" text[],
	"is_brand" boolean DEFAULT false NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	"is_observation_point" boolean DEFAULT false NOT NULL,
	"depth" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_snapshots" (
	"taken_on" date NOT NULL,
	"region_code" text NOT NULL,
	"measure_id" text NOT NULL,
	"kind" text NOT NULL,
	"level" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "rollup_snapshots_region_code_measure_id_kind_taken_on_pk" PRIMARY KEY("region_code","measure_id","kind","taken_on")
);
--> statement-breakpoint
CREATE INDEX "rollup_counts_measure_level_idx" ON "rollup_counts" USING btree ("measure_id","level","region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "rollup_snapshots_measure_level_idx" ON "rollup_snapshots" USING btree ("measure_id","level","taken_on","region_code" text_pattern_ops);