CREATE TABLE "community_members" (
	"person_id" integer NOT NULL,
	"community" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "community_members_person_id_community_pk" PRIMARY KEY("person_id","community")
);
--> statement-breakpoint
DROP INDEX "jobs_canonical_url_idx";--> statement-breakpoint
DROP INDEX "jobs_source_external_idx";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "community" text;--> statement-breakpoint
ALTER TABLE "community_members" ADD CONSTRAINT "community_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_members_community_idx" ON "community_members" USING btree ("community");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_public_canonical_url_idx" ON "jobs" USING btree ("canonical_url") WHERE "jobs"."canonical_url" is not null and "jobs"."community" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_public_source_external_idx" ON "jobs" USING btree ("source","external_id") WHERE "jobs"."external_id" is not null and "jobs"."community" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_community_canonical_url_idx" ON "jobs" USING btree ("community","canonical_url") WHERE "jobs"."canonical_url" is not null and "jobs"."community" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_community_source_external_idx" ON "jobs" USING btree ("community","source","external_id") WHERE "jobs"."external_id" is not null and "jobs"."community" is not null;--> statement-breakpoint
CREATE INDEX "jobs_community_idx" ON "jobs" USING btree ("community");--> statement-breakpoint
-- Every Slack workspace and console install a person uses Jobscout in is a community they belong to.
INSERT INTO "community_members" ("person_id", "community", "first_seen_at", "last_seen_at")
  SELECT "id", "platform" || ':' || "workspace", "created_at", "created_at" FROM "people" WHERE "platform" IN ('slack', 'console');--> statement-breakpoint
-- A posting someone added by hand belongs to the community they added it in. Postings from
-- boards and feeds stay public. Discord people were one workspace until now, so their postings
-- stay with them alone until they use Jobscout in a server.
UPDATE "jobs" SET "community" = CASE "people"."platform"
    WHEN 'discord' THEN 'person:' || "people"."id"
    ELSE "people"."platform" || ':' || "people"."workspace"
  END
  FROM "people" WHERE "people"."id" = "jobs"."created_by" AND "jobs"."board_id" IS NULL;--> statement-breakpoint
-- Picks of a posting from outside the person's communities go; the next refresh stays inside them.
DELETE FROM "recommendations" USING "jobs"
  WHERE "jobs"."id" = "recommendations"."job_id" AND "jobs"."community" IS NOT NULL
    AND "jobs"."community" <> 'person:' || "recommendations"."person_id"
    AND NOT EXISTS (SELECT 1 FROM "community_members" WHERE "community_members"."person_id" = "recommendations"."person_id" AND "community_members"."community" = "jobs"."community");
