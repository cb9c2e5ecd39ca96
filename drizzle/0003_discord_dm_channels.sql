CREATE TABLE "discord_dm_channels" (
	"user_id" text PRIMARY KEY NOT NULL,
	"channel_id" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL
);
