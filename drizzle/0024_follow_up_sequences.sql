CREATE TABLE "sequences" (
	"application_id" integer PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"strategy" text NOT NULL,
	"steps" jsonb NOT NULL,
	"automatic" boolean DEFAULT false NOT NULL,
	"anchor_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"stopped_at" timestamp with time zone,
	"stop_reason" text
);
--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "sequence_step" integer;--> statement-breakpoint
ALTER TABLE "sequences" ADD CONSTRAINT "sequences_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sequences" ADD CONSTRAINT "sequences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;