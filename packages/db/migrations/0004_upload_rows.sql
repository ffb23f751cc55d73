ALTER TYPE "public"."action_status" ADD VALUE 'undone';--> statement-breakpoint
CREATE TABLE "upload_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"action_id" uuid NOT NULL,
	"sheet_row" integer NOT NULL,
	"outcome" text NOT NULL,
	"affiliate_id" uuid,
	"affiliate_name" text,
	"national_number" text,
	"current_email" text,
	"new_email" text,
	"messages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"previous_email" text,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "affiliates" ADD COLUMN "professional_email_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "undone_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "action_id" uuid;--> statement-breakpoint
ALTER TABLE "upload_rows" ADD CONSTRAINT "upload_rows_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upload_rows" ADD CONSTRAINT "upload_rows_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "upload_rows_action_row_key" ON "upload_rows" USING btree ("action_id","sheet_row");--> statement-breakpoint
CREATE INDEX "upload_rows_action_outcome_idx" ON "upload_rows" USING btree ("action_id","outcome","sheet_row");--> statement-breakpoint
CREATE INDEX "email_outbox_cause_idx" ON "email_outbox" USING btree ("cause");