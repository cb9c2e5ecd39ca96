CREATE TABLE "fit_weight_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer,
	"weights" jsonb NOT NULL,
	"previous" jsonb NOT NULL,
	"trigger" text NOT NULL,
	"outcomes" integer NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"kept" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fit_weight_versions" ADD CONSTRAINT "fit_weight_versions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fit_weight_versions_person_idx" ON "fit_weight_versions" USING btree ("person_id","id");