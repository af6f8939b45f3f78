CREATE TABLE "org_exercise_mappings" (
	"organization_id" uuid NOT NULL,
	"normalized_name" text NOT NULL,
	"app_name" text NOT NULL,
	"exercise_id" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_exercise_mappings_organization_id_normalized_name_pk" PRIMARY KEY("organization_id","normalized_name")
);
--> statement-breakpoint
ALTER TABLE "org_exercise_mappings" ADD CONSTRAINT "org_exercise_mappings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_exercise_mappings" ADD CONSTRAINT "org_exercise_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;