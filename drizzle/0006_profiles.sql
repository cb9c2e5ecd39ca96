CREATE TABLE "profiles" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"skills" jsonb NOT NULL,
	"years_experience" integer,
	"target_titles" jsonb NOT NULL,
	"locations" jsonb NOT NULL,
	"remote_preference" text NOT NULL,
	"salary_floor" integer,
	"salary_currency" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;