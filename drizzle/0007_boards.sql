CREATE TABLE "board_watches" (
	"person_id" integer NOT NULL,
	"board_id" integer NOT NULL,
	"keywords" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "board_watches_person_id_board_id_pk" PRIMARY KEY("person_id","board_id")
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"token" text NOT NULL,
	"name" text NOT NULL,
	"polled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "board_id" integer;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "board_watches" ADD CONSTRAINT "board_watches_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_watches" ADD CONSTRAINT "board_watches_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "boards_source_token_idx" ON "boards" USING btree ("source","token");