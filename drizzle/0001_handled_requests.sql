CREATE TABLE "handled_requests" (
	"key" text PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"status" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "handled_requests" ADD CONSTRAINT "handled_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handled_requests_created_idx" ON "handled_requests" USING btree ("created_at");