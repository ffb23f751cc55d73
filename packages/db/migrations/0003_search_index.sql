DROP INDEX "affiliates_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "affiliates_name_trgm_idx" ON "affiliates" USING gin (search_text("last_name" || ' ' || "first_name") gin_trgm_ops);