ALTER TABLE "people" ADD COLUMN "platform_timezone" text;--> statement-breakpoint
-- Every zone stored so far came from the platform (Slack profiles); a zone chosen in /job prefs now wins.
UPDATE "people" SET "platform_timezone" = "timezone";--> statement-breakpoint
UPDATE "people" SET "timezone" = "preferences"."timezone" FROM "preferences" WHERE "preferences"."person_id" = "people"."id" AND "preferences"."timezone" IS NOT NULL;
