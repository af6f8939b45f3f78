CREATE TABLE "nutrition_estimates" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"computed_for" date NOT NULL,
	"kcal" real NOT NULL,
	"sd_kcal" real NOT NULL,
	"data_kcal" real,
	"data_sd_kcal" real,
	"kg_per_week" real,
	"mean_intake_kcal" real,
	"weigh_ins" integer NOT NULL,
	"intake_days" integer NOT NULL,
	"window_days" integer NOT NULL,
	"target_kcal" real,
	"reasons" jsonb NOT NULL,
	"check_status" text NOT NULL,
	"check_reasons" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "nutrition_estimates" ADD CONSTRAINT "nutrition_estimates_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nutrition_estimates" ADD CONSTRAINT "nutrition_estimates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;