ALTER TABLE "jobs" ADD COLUMN "canonical_url" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_canonical_url_idx" ON "jobs" USING btree ("canonical_url") WHERE "jobs"."canonical_url" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_source_external_idx" ON "jobs" USING btree ("source","external_id") WHERE "jobs"."external_id" is not null;