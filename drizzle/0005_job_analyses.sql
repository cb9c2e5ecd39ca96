CREATE TABLE "job_analyses" (
	"job_id" integer PRIMARY KEY NOT NULL,
	"skills" jsonb NOT NULL,
	"seniority" text,
	"work_mode" text,
	"years_experience" integer,
	"salary_min" integer,
	"salary_max" integer,
	"salary_currency" text,
	"analyzer" text NOT NULL,
	"analyzed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_analyses" ADD CONSTRAINT "job_analyses_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;