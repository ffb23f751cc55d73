CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('queued', 'running', 'ready', 'applied', 'failed', 'expired');--> statement-breakpoint
CREATE TYPE "public"."contract_status" AS ENUM('active', 'passive', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('scheduled', 'sending', 'sent', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."employment_status" AS ENUM('in-service', 'left');--> statement-breakpoint
CREATE TYPE "public"."language" AS ENUM('fr', 'nl', 'en', 'de');--> statement-breakpoint
CREATE TYPE "public"."membership_profile" AS ENUM('read', 'write');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('master', 'hr');--> statement-breakpoint
CREATE TYPE "public"."national_number_kind" AS ENUM('national', 'bis');--> statement-breakpoint
CREATE TYPE "public"."plan_type" AS ENUM('classic', 'cafeteria');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('M', 'F');--> statement-breakpoint
CREATE TYPE "public"."user_kind" AS ENUM('employer', 'account-manager', 'admin');--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"enterprise_number" varchar(10) NOT NULL,
	"language" "language" DEFAULT 'fr' NOT NULL,
	"notification_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_enterpriseNumber_unique" UNIQUE("enterprise_number")
);
--> statement-breakpoint
CREATE TABLE "group_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"number" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"plan_type" "plan_type" DEFAULT 'classic' NOT NULL,
	"personal_risk_period_days" integer DEFAULT 30 NOT NULL,
	"start_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_contracts_number_unique" UNIQUE("number"),
	CONSTRAINT "group_contracts_number_format" CHECK ("group_contracts"."number" ~ '^530/[0-9]{4,8}$')
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" "inet",
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_contracts" (
	"membership_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	CONSTRAINT "membership_contracts_membership_id_contract_id_pk" PRIMARY KEY("membership_id","contract_id")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"profile" "membership_profile" NOT NULL,
	"all_contracts" boolean DEFAULT true NOT NULL,
	"end_date" date,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolios" (
	"account_manager_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	CONSTRAINT "portfolios_account_manager_id_employer_id_pk" PRIMARY KEY("account_manager_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" "inet",
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"language" "language" DEFAULT 'fr' NOT NULL,
	"kind" "user_kind" DEFAULT 'employer' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "affiliate_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"status" "contract_status" NOT NULL,
	"affiliation_date" date NOT NULL,
	"termination_date" date,
	"reserves" numeric(14, 2) DEFAULT 0 NOT NULL,
	"annual_premium" numeric(12, 2),
	"guarantees" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliate_national_number_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"employer_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"previous_number" varchar(11),
	"previous_kind" "national_number_kind",
	"new_number" varchar(11),
	"new_kind" "national_number_kind",
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"national_number" varchar(11),
	"national_number_kind" "national_number_kind",
	"national_number_since" date,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"birth_date" date,
	"sex" "sex",
	"language" "language" NOT NULL,
	"professional_email" text,
	"professional_email_since" timestamp with time zone,
	"private_email" text,
	"portal_registered_at" timestamp with time zone,
	"employment_status" "employment_status" DEFAULT 'in-service' NOT NULL,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefit_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"affiliate_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"issue_date" date NOT NULL,
	"figures" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" "action_status" DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"requested_by" uuid,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"file_key" text,
	"file_name" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid,
	"affiliate_id" uuid,
	"user_id" uuid,
	"kind" text NOT NULL,
	"recipient" text NOT NULL,
	"language" "language" NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "email_status" DEFAULT 'scheduled' NOT NULL,
	"due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"employer_id" uuid,
	"actor_user_id" uuid,
	"actor_kind" text DEFAULT 'user' NOT NULL,
	"kind" text NOT NULL,
	"affiliate_id" uuid,
	"target_user_id" uuid,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "group_contracts" ADD CONSTRAINT "group_contracts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_contracts" ADD CONSTRAINT "membership_contracts_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_contracts" ADD CONSTRAINT "membership_contracts_contract_id_group_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."group_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolios" ADD CONSTRAINT "portfolios_account_manager_id_users_id_fk" FOREIGN KEY ("account_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolios" ADD CONSTRAINT "portfolios_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD CONSTRAINT "affiliate_contracts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD CONSTRAINT "affiliate_contracts_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_contracts" ADD CONSTRAINT "affiliate_contracts_contract_id_group_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."group_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_national_number_history" ADD CONSTRAINT "affiliate_national_number_history_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_national_number_history" ADD CONSTRAINT "affiliate_national_number_history_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliate_national_number_history" ADD CONSTRAINT "affiliate_national_number_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliates" ADD CONSTRAINT "affiliates_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_statements" ADD CONSTRAINT "benefit_statements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_statements" ADD CONSTRAINT "benefit_statements_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_statements" ADD CONSTRAINT "benefit_statements_contract_id_group_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."group_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_affiliate_id_affiliates_id_fk" FOREIGN KEY ("affiliate_id") REFERENCES "public"."affiliates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_user_employer" ON "memberships" USING btree ("user_id","employer_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "affiliate_contracts_unique" ON "affiliate_contracts" USING btree ("affiliate_id","contract_id");--> statement-breakpoint
CREATE INDEX "affiliate_contracts_contract_idx" ON "affiliate_contracts" USING btree ("employer_id","contract_id","affiliate_id");--> statement-breakpoint
CREATE INDEX "nn_history_affiliate_idx" ON "affiliate_national_number_history" USING btree ("affiliate_id");--> statement-breakpoint
CREATE INDEX "nn_history_previous_idx" ON "affiliate_national_number_history" USING btree ("employer_id","previous_number");--> statement-breakpoint
CREATE UNIQUE INDEX "affiliates_national_number_key" ON "affiliates" USING btree ("national_number");--> statement-breakpoint
CREATE INDEX "affiliates_employer_name_idx" ON "affiliates" USING btree ("employer_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "affiliates_employer_email_idx" ON "affiliates" USING btree ("employer_id","professional_email");--> statement-breakpoint
CREATE INDEX "affiliates_name_trgm_idx" ON "affiliates" USING gin ((lower("last_name" || ' ' || "first_name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "affiliates_email_trgm_idx" ON "affiliates" USING gin ("professional_email" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "benefit_statements_unique" ON "benefit_statements" USING btree ("affiliate_id","contract_id","year");--> statement-breakpoint
CREATE INDEX "actions_employer_idx" ON "actions" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "email_outbox_employer_idx" ON "email_outbox" USING btree ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "journal_employer_at_idx" ON "journal_entries" USING btree ("employer_id","at");--> statement-breakpoint
CREATE INDEX "journal_affiliate_idx" ON "journal_entries" USING btree ("affiliate_id","at");