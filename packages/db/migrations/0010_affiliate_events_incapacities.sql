CREATE TYPE "public"."acceptance_table" AS ENUM('organizer', 'other');--> statement-breakpoint
CREATE TYPE "public"."affiliate_event_kind" AS ENUM('affiliation', 'occupancy-rate', 'family-situation', 'category', 'suspension', 'suspension-end', 'exit');--> statement-breakpoint
CREATE TYPE "public"."employee_category" AS ENUM('employees', 'workers', 'executives');--> statement-breakpoint
CREATE TYPE "public"."family_situation" AS ENUM('single', 'married', 'legal-cohabitant', 'de-facto-cohabitant');--> statement-breakpoint
CREATE TYPE "public"."incapacity_cause" AS ENUM('illness', 'private-accident', 'occupational-accident', 'pregnancy');--> statement-breakpoint
CREATE TYPE "public"."medical_acceptance" AS ENUM('not-required', 'pending', 'accepted', 'refused');--> statement-breakpoint
CREATE TYPE "public"."medical_formality" AS ENUM('none', 'health-declaration', 'questionnaire', 'treating-doctor', 'cardiologist');--> statement-breakpoint
CREATE TABLE "affiliate_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"kind" "affiliate_event_kind" NOT NULL,
	"event_date" date NOT NULL,
	"mutation_date" date,
	"before" jsonb,
	"after" jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incapacities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"first_day" date NOT NULL,
	"cause" "incapacity_cause" NOT NULL,
	"doctor_assessed_on" date,
	"declared_on" date NOT NULL,
	"declared_by" uuid,
	"end_date" date,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incapacities_end_after_start" CHECK ("incapacities"."end_date" is null or "incapacities"."end_date" >= "incapacities"."first_day")
);
--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD COLUMN "premium_suspended_from" date;--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD COLUMN "premium_suspended_until" date;--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD COLUMN "acceptance_table" "acceptance_table";--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD COLUMN "medical_formality" "medical_formality";--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD COLUMN "medical_acceptance" "medical_acceptance";--> statement-breakpoint
ALTER TABLE "affiliates" ADD COLUMN "category" "employee_category";--> statement-breakpoint
ALTER TABLE "affiliates" ADD COLUMN "occupancy_rate" numeric(5, 2);--> statement-breakpoint
ALTER TABLE "affiliates" ADD COLUMN "family_situation" "family_situation";--> statement-breakpoint
ALTER TABLE "affiliate_events" ADD CONSTRAINT "affiliate_events_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_events" ADD CONSTRAINT "affiliate_events_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_events" ADD CONSTRAINT "affiliate_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incapacities" ADD CONSTRAINT "incapacities_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incapacities" ADD CONSTRAINT "incapacities_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incapacities" ADD CONSTRAINT "incapacities_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incapacities" ADD CONSTRAINT "incapacities_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "affiliate_events_affiliate_idx" ON "affiliate_events" USING btree ("employer_id","affiliate_id","event_date");--> statement-breakpoint
CREATE INDEX "incapacities_employer_open_idx" ON "incapacities" USING btree ("employer_id","end_date","first_day");--> statement-breakpoint
CREATE INDEX "incapacities_affiliate_idx" ON "incapacities" USING btree ("affiliate_id","first_day");--> statement-breakpoint
CREATE UNIQUE INDEX "incapacities_one_open_key" ON "incapacities" USING btree ("affiliate_id") WHERE "incapacities"."end_date" is null;