CREATE TABLE "pending_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"community" text NOT NULL,
	"rows" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"imported_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "pending_imports" ADD CONSTRAINT "pending_imports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_imports_person_idx" ON "pending_imports" USING btree ("person_id");