DROP INDEX "journal_employer_at_idx";--> statement-breakpoint
CREATE INDEX "journal_employer_at_id_idx" ON "journal_entries" USING btree ("employer_id","at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "journal_employer_kind_idx" ON "journal_entries" USING btree ("employer_id","kind","at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "journal_employer_actor_idx" ON "journal_entries" USING btree ("employer_id","actor_user_id","at" DESC NULLS FIRST,"id" DESC NULLS FIRST);