CREATE TABLE "snapshot_runs" (
	"taken_on" date NOT NULL,
	"region_prefix" text NOT NULL,
	"reconstructed" boolean DEFAULT false NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "snapshot_runs_taken_on_region_prefix_pk" PRIMARY KEY("taken_on","region_prefix")
);
