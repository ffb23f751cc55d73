-- A GIN index led by employer_id (the searches of one employer) needs btree_gin's operator classes.
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE TABLE "affiliate_counts" (
	"employer_id" uuid NOT NULL,
	"employment_status" "employment_status" NOT NULL,
	"affiliates" integer NOT NULL,
	CONSTRAINT "affiliate_counts_employer_id_employment_status_pk" PRIMARY KEY("employer_id","employment_status")
);
--> statement-breakpoint
DROP INDEX "affiliates_employer_email_idx";--> statement-breakpoint
DROP INDEX "affiliates_name_trgm_idx";--> statement-breakpoint
DROP INDEX "affiliates_email_trgm_idx";--> statement-breakpoint
ALTER TABLE "affiliate_counts" ADD CONSTRAINT "affiliate_counts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "affiliates_employer_number_idx" ON "affiliates" USING btree ("employer_id","national_number" NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "affiliates_employer_email_sort_idx" ON "affiliates" USING btree ("employer_id","professional_email" NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "affiliates_employer_name_trgm_idx" ON "affiliates" USING gin ("employer_id",search_text("last_name" || ' ' || "first_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "affiliates_employer_email_trgm_idx" ON "affiliates" USING gin ("employer_id","professional_email" gin_trgm_ops);--> statement-breakpoint
-- affiliate_counts follows affiliates: statement-level triggers with transition tables count a bulk load in
-- one grouped statement; counters are taken in key order so that two loads cannot deadlock on them.
CREATE FUNCTION affiliate_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO affiliate_counts AS c (employer_id, employment_status, affiliates)
  SELECT employer_id, employment_status, count(*) FROM added GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (employer_id, employment_status) DO UPDATE SET affiliates = c.affiliates + excluded.affiliates;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION affiliate_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE affiliate_counts c SET affiliates = c.affiliates - r.n
  FROM (SELECT employer_id, employment_status, count(*) AS n FROM removed GROUP BY 1, 2 ORDER BY 1, 2) r
  WHERE c.employer_id = r.employer_id AND c.employment_status = r.employment_status;
  RETURN NULL;
END $$;--> statement-breakpoint
-- an affiliate who leaves (or moves to another employer): rare, one row at a time
CREATE FUNCTION affiliate_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE affiliate_counts SET affiliates = affiliates - 1
  WHERE employer_id = OLD.employer_id AND employment_status = OLD.employment_status;
  INSERT INTO affiliate_counts AS c (employer_id, employment_status, affiliates)
  VALUES (NEW.employer_id, NEW.employment_status, 1)
  ON CONFLICT (employer_id, employment_status) DO UPDATE SET affiliates = c.affiliates + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION affiliate_counts_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM affiliate_counts;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER affiliates_counted_on_insert AFTER INSERT ON affiliates
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION affiliate_counts_added();--> statement-breakpoint
CREATE TRIGGER affiliates_counted_on_delete AFTER DELETE ON affiliates
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION affiliate_counts_removed();--> statement-breakpoint
CREATE TRIGGER affiliates_counted_on_update AFTER UPDATE OF employer_id, employment_status ON affiliates
  FOR EACH ROW WHEN (OLD.employer_id IS DISTINCT FROM NEW.employer_id
    OR OLD.employment_status IS DISTINCT FROM NEW.employment_status)
  EXECUTE FUNCTION affiliate_counts_moved();--> statement-breakpoint
CREATE TRIGGER affiliates_counted_on_truncate AFTER TRUNCATE ON affiliates
  FOR EACH STATEMENT EXECUTE FUNCTION affiliate_counts_cleared();--> statement-breakpoint
INSERT INTO affiliate_counts (employer_id, employment_status, affiliates)
SELECT employer_id, employment_status, count(*) FROM affiliates GROUP BY 1, 2;
