CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"sleep_hours" real NOT NULL,
	"sleep_quality" smallint NOT NULL,
	"fatigue" smallint NOT NULL,
	"soreness" smallint NOT NULL,
	"stress" smallint NOT NULL,
	"mood" smallint NOT NULL,
	"hrv_ln_rmssd" real,
	"resting_hr" smallint,
	"extra" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_monitoring" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"tier_id" uuid,
	"level" text DEFAULT 'green' NOT NULL,
	"readiness_score" real,
	"last_computed_at" timestamp with time zone,
	"last_computed_for" date,
	"automation_paused" boolean DEFAULT false NOT NULL,
	"red_resolved_through" date
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"signal_id" text NOT NULL,
	"rule_id" text NOT NULL,
	"message" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"recommended_action" text NOT NULL,
	"refer_to" jsonb,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"resolution_note" text,
	"referred_to" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"date" date NOT NULL,
	"planned" boolean NOT NULL,
	"completed" boolean NOT NULL,
	"duration_min" real,
	"session_rpe" real,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"engine_id" text NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"scope" text NOT NULL,
	"exercise_id" text,
	"diff" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"decision_reasons" jsonb NOT NULL,
	"level" text NOT NULL,
	"major" boolean NOT NULL,
	"status" text NOT NULL,
	"automated" boolean NOT NULL,
	"human_requested" boolean DEFAULT false NOT NULL,
	"due_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"model" text,
	"price_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"price_period" text NOT NULL,
	"review_cadence" text NOT NULL,
	"response_hours_yellow" real NOT NULL,
	"response_hours_red" real NOT NULL,
	"auto_apply_kinds" jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_monitoring" ADD CONSTRAINT "client_monitoring_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_monitoring" ADD CONSTRAINT "client_monitoring_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_monitoring" ADD CONSTRAINT "client_monitoring_tier_id_service_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."service_tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_sessions" ADD CONSTRAINT "monitoring_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_sessions" ADD CONSTRAINT "monitoring_sessions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tiers" ADD CONSTRAINT "service_tiers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_client_date" ON "check_ins" USING btree ("client_id","date");--> statement-breakpoint
CREATE INDEX "client_monitoring_org_level" ON "client_monitoring" USING btree ("organization_id","level");--> statement-breakpoint
CREATE UNIQUE INDEX "flags_open_client_kind" ON "flags" USING btree ("client_id","kind") WHERE "flags"."status" = 'open';--> statement-breakpoint
CREATE INDEX "flags_org_open" ON "flags" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_sessions_client_ref" ON "monitoring_sessions" USING btree ("client_id","ref");--> statement-breakpoint
CREATE INDEX "monitoring_sessions_client_date" ON "monitoring_sessions" USING btree ("client_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_client_engine" ON "proposals" USING btree ("client_id","engine_id");--> statement-breakpoint
CREATE INDEX "proposals_org_status" ON "proposals" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "service_tiers_org_name" ON "service_tiers" USING btree ("organization_id","name");