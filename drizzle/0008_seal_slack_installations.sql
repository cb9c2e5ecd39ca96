-- Installations stored before tokens were sealed can't be converted in SQL (it has no key): the
-- workspace installs again. None existed outside development when this shipped.
DELETE FROM "slack_installations";--> statement-breakpoint
ALTER TABLE "slack_installations" ADD COLUMN "sealed_installation" text NOT NULL;--> statement-breakpoint
ALTER TABLE "slack_installations" DROP COLUMN "installation";