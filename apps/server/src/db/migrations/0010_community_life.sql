CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"series_id" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"expected_participants" integer DEFAULT 0 NOT NULL,
	"actual_participants" integer,
	"beneficiaries" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_ends_after_start" CHECK ("activities"."ends_at" > "activities"."starts_at"),
	CONSTRAINT "activities_participants_not_negative" CHECK ("activities"."expected_participants" >= 0 AND coalesce("activities"."actual_participants", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "activity_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "major_activity_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"level" text NOT NULL,
	"reason" jsonb NOT NULL,
	"status" text DEFAULT 'reported' NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reward_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rewards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"provider_organization_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"points_cost" integer NOT NULL,
	"stock" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rewards_cost_positive" CHECK ("rewards"."points_cost" > 0),
	CONSTRAINT "rewards_stock_not_negative" CHECK ("rewards"."stock" >= 0)
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"content" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"hours" numeric(6, 2) NOT NULL,
	"points" integer NOT NULL,
	"confirmed_by" uuid NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_hours_positive" CHECK ("service_records"."hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "time_bank_rules" (
	"region_code" text PRIMARY KEY NOT NULL,
	"points_per_hour" integer NOT NULL,
	"star_hours" integer[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"certified" jsonb NOT NULL,
	"period_from" date,
	"period_to" date,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"activity_id" uuid,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"slots" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_needs_ends_after_start" CHECK ("volunteer_needs"."ends_at" > "volunteer_needs"."starts_at"),
	CONSTRAINT "volunteer_needs_slots_positive" CHECK ("volunteer_needs"."slots" > 0)
);
--> statement-breakpoint
CREATE TABLE "volunteer_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"status" text DEFAULT 'signed_up' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"phone_enc" "bytea",
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"hours_confirmed" numeric(10, 2) DEFAULT 0 NOT NULL,
	"points_balance" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteers_points_not_negative" CHECK ("volunteers"."points_balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"attended_at" timestamp with time zone NOT NULL,
	"attendee_name" text NOT NULL,
	"audience" text NOT NULL,
	"organization_id" uuid,
	"user_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"provider_organization_id" uuid,
	"title" text NOT NULL,
	"audiences" text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_ends_after_start" CHECK ("training_sessions"."ends_at" > "training_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "organization_party_profiles" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"party_organization_id" uuid,
	"leader_is_party_member" boolean DEFAULT false NOT NULL,
	"party_member_count" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_party_profiles_members_not_negative" CHECK ("organization_party_profiles"."party_member_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "party_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"attendees" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_meetings_attendees_not_negative" CHECK ("party_meetings"."attendees" >= 0)
);
--> statement-breakpoint
CREATE TABLE "party_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"established_on" date,
	"secretary_name" text DEFAULT '' NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_organizations_members_not_negative" CHECK ("party_organizations"."member_count" >= 0)
);
--> statement-breakpoint
CREATE INDEX "activities_organization_idx" ON "activities" USING btree ("organization_id","starts_at");--> statement-breakpoint
CREATE INDEX "activities_region_idx" ON "activities" USING btree ("region_code" text_pattern_ops,"starts_at");--> statement-breakpoint
CREATE INDEX "activity_attachments_activity_idx" ON "activity_attachments" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "major_activity_reports_activity_idx" ON "major_activity_reports" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "major_activity_reports_region_idx" ON "major_activity_reports" USING btree ("region_code" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "redemptions_volunteer_idx" ON "redemptions" USING btree ("volunteer_id","created_at");--> statement-breakpoint
CREATE INDEX "redemptions_reward_idx" ON "redemptions" USING btree ("reward_id");--> statement-breakpoint
CREATE INDEX "rewards_region_idx" ON "rewards" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_need_volunteer_idx" ON "service_records" USING btree ("need_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "service_records_volunteer_idx" ON "service_records" USING btree ("volunteer_id","started_at");--> statement-breakpoint
CREATE INDEX "service_records_region_idx" ON "service_records" USING btree ("region_code" text_pattern_ops,"started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_certificates_code_idx" ON "volunteer_certificates" USING btree ("code");--> statement-breakpoint
CREATE INDEX "volunteer_certificates_volunteer_idx" ON "volunteer_certificates" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "volunteer_needs_region_idx" ON "volunteer_needs" USING btree ("region_code" text_pattern_ops,"starts_at");--> statement-breakpoint
CREATE INDEX "volunteer_needs_organization_idx" ON "volunteer_needs" USING btree ("organization_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_signups_need_volunteer_idx" ON "volunteer_signups" USING btree ("need_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "volunteer_signups_volunteer_idx" ON "volunteer_signups" USING btree ("volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_user_idx" ON "volunteers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteers_region_idx" ON "volunteers" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_person_idx" ON "training_attendance" USING btree ("session_id","attendee_name",coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "training_attendance_region_idx" ON "training_attendance" USING btree ("region_code" text_pattern_ops,"attended_at");--> statement-breakpoint
CREATE INDEX "training_courses_region_idx" ON "training_courses" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_sessions_region_idx" ON "training_sessions" USING btree ("region_code" text_pattern_ops,"starts_at");--> statement-breakpoint
CREATE INDEX "organization_party_profiles_party_idx" ON "organization_party_profiles" USING btree ("party_organization_id");--> statement-breakpoint
CREATE INDEX "party_meetings_party_idx" ON "party_meetings" USING btree ("party_organization_id","held_on");--> statement-breakpoint
CREATE INDEX "party_meetings_region_idx" ON "party_meetings" USING btree ("region_code" text_pattern_ops,"held_on");--> statement-breakpoint
CREATE INDEX "party_organizations_region_idx" ON "party_organizations" USING btree ("region_code" text_pattern_ops);