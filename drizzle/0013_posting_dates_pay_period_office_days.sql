ALTER TABLE "jobs" ADD COLUMN "work_mode_detail" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "salary_period" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "posted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job_analyses" ADD COLUMN "work_mode_detail" text;--> statement-breakpoint
ALTER TABLE "job_analyses" ADD COLUMN "salary_period" text;