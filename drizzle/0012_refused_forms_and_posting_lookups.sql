CREATE TABLE "refused_forms" (
	"key" text PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"form" text NOT NULL,
	"context" text NOT NULL,
	"values" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "refused_forms" ADD CONSTRAINT "refused_forms_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "refused_forms_created_idx" ON "refused_forms" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "jobs_same_link_idx" ON "jobs" USING btree ("canonical_url") WHERE "jobs"."canonical_url" is not null;--> statement-breakpoint
CREATE INDEX "jobs_same_source_id_idx" ON "jobs" USING btree ("source","external_id") WHERE "jobs"."external_id" is not null;