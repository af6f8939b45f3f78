CREATE TABLE "weekly_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"status" text NOT NULL,
	"energy" integer NOT NULL,
	"sleep" integer NOT NULL,
	"stress" integer NOT NULL,
	"adherence_confidence" integer NOT NULL,
	"note" text,
	"note_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"draft_body" text NOT NULL,
	"suggested_action" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"reply_body" text,
	"action" text,
	"message_id" uuid,
	"closed_by_user_id" uuid,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD CONSTRAINT "weekly_checkins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD CONSTRAINT "weekly_checkins_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD CONSTRAINT "weekly_checkins_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "weekly_checkins_client_week" ON "weekly_checkins" USING btree ("client_id","week_start");--> statement-breakpoint
CREATE INDEX "weekly_checkins_org_status" ON "weekly_checkins" USING btree ("organization_id","status");