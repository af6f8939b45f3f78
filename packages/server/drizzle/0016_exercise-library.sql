ALTER TABLE "org_exercises" ADD COLUMN "media_url" text;--> statement-breakpoint
ALTER TABLE "org_exercises" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "org_exercises" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "org_exercises" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "org_exercises" ADD CONSTRAINT "org_exercises_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;