CREATE TABLE "email_replies" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"email_id" integer NOT NULL,
	"application_id" integer NOT NULL,
	"message_id" text NOT NULL,
	"from_address" text,
	"subject" text,
	"classification" text NOT NULL,
	"classified_by" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"noticed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_accounts" ADD COLUMN "sealed_imap" text;--> statement-breakpoint
ALTER TABLE "email_accounts" ADD COLUMN "imap_uid_validity" text;--> statement-breakpoint
ALTER TABLE "email_accounts" ADD COLUMN "imap_last_uid" integer;--> statement-breakpoint
ALTER TABLE "email_accounts" ADD COLUMN "imap_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_accounts" ADD COLUMN "imap_error" text;--> statement-breakpoint
ALTER TABLE "email_replies" ADD CONSTRAINT "email_replies_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_replies" ADD CONSTRAINT "email_replies_email_id_emails_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."emails"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_replies" ADD CONSTRAINT "email_replies_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_replies_person_message_idx" ON "email_replies" USING btree ("person_id","message_id");