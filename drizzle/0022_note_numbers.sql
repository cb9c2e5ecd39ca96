ALTER TABLE "notes" ADD COLUMN "seq" integer;--> statement-breakpoint
-- Existing notes are numbered in the order they were written.
UPDATE "notes" SET "seq" = numbered.n FROM (SELECT "id", row_number() OVER (PARTITION BY "application_id" ORDER BY "id") AS n FROM "notes") AS numbered WHERE "notes"."id" = numbered."id";--> statement-breakpoint
ALTER TABLE "notes" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "notes_application_seq_idx" ON "notes" USING btree ("application_id","seq");
