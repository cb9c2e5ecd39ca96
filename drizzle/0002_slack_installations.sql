CREATE TABLE "slack_installations" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text,
	"enterprise_id" text,
	"installation" jsonb NOT NULL,
	"installed_at" timestamp with time zone NOT NULL
);
