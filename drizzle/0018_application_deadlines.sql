ALTER TABLE "applications" ADD COLUMN "deadline_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "deadline_set_at" timestamp with time zone;