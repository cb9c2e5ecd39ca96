CREATE TABLE "preferences" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"digest_enabled" boolean NOT NULL,
	"digest_time" text NOT NULL,
	"timezone" text,
	"digest_size" integer NOT NULL,
	"avoid_titles" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_signals" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"score" real NOT NULL,
	"content" real NOT NULL,
	"collaborative" real NOT NULL,
	"confidence" real NOT NULL,
	"reasons" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"digested_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tastes" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"signals" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "followups" (
	"application_id" integer PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"snoozed_until" timestamp with time zone,
	"stopped_at" timestamp with time zone,
	"stop_reason" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "preferences" ADD CONSTRAINT "preferences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_signals" ADD CONSTRAINT "job_signals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_signals" ADD CONSTRAINT "job_signals_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tastes" ADD CONSTRAINT "tastes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followups" ADD CONSTRAINT "followups_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followups" ADD CONSTRAINT "followups_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "job_signals_person_job_kind_idx" ON "job_signals" USING btree ("person_id","job_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_person_job_idx" ON "recommendations" USING btree ("person_id","job_id");--> statement-breakpoint
CREATE INDEX "recommendations_person_expires_idx" ON "recommendations" USING btree ("person_id","expires_at");