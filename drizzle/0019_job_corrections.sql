ALTER TABLE "jobs" ADD COLUMN "copied_from" integer;--> statement-breakpoint
CREATE INDEX "jobs_copied_from_idx" ON "jobs" USING btree ("copied_from") WHERE "jobs"."copied_from" is not null;