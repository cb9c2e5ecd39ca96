CREATE TABLE "google_connections" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"sealed_tokens" text NOT NULL,
	"connected_at" timestamp with time zone NOT NULL,
	"broken_at" timestamp with time zone,
	"last_synced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "google_events" (
	"person_id" integer NOT NULL,
	"entry_uid" text NOT NULL,
	"event_id" text NOT NULL,
	"fingerprint" text NOT NULL,
	"synced_at" timestamp with time zone NOT NULL,
	CONSTRAINT "google_events_person_id_entry_uid_pk" PRIMARY KEY("person_id","entry_uid")
);
--> statement-breakpoint
CREATE TABLE "oauth_states" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"provider" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "google_connections" ADD CONSTRAINT "google_connections_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "google_events" ADD CONSTRAINT "google_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oauth_states" ADD CONSTRAINT "oauth_states_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oauth_states_expires_idx" ON "oauth_states" USING btree ("expires_at");