CREATE TABLE "checkin_questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"questions" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weekly_checkin_openings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"due_date" date NOT NULL,
	"opened_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "weekly_checkins" ALTER COLUMN "energy" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ALTER COLUMN "sleep" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ALTER COLUMN "stress" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ALTER COLUMN "adherence_confidence" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD COLUMN "questionnaire_id" uuid;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD COLUMN "responses" jsonb;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD COLUMN "proposal_id" uuid;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD COLUMN "flag_id" uuid;--> statement-breakpoint
ALTER TABLE "checkin_questionnaires" ADD CONSTRAINT "checkin_questionnaires_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_questionnaires" ADD CONSTRAINT "checkin_questionnaires_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_checkin_openings" ADD CONSTRAINT "weekly_checkin_openings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_checkin_openings" ADD CONSTRAINT "weekly_checkin_openings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_questionnaires_org_version" ON "checkin_questionnaires" USING btree ("organization_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "weekly_checkin_openings_client_week" ON "weekly_checkin_openings" USING btree ("client_id","week_start");--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD CONSTRAINT "weekly_checkins_questionnaire_id_checkin_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."checkin_questionnaires"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD CONSTRAINT "weekly_checkins_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_checkins" ADD CONSTRAINT "weekly_checkins_flag_id_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."flags"("id") ON DELETE set null ON UPDATE no action;