ALTER TABLE "upload_rows" DROP CONSTRAINT "upload_rows_affiliate_id_affiliates_id_fk";--> statement-breakpoint
-- room on each page for the row's second version: the apply marks every applied row (applied_at, the
-- previous address), and an update that fits on its page touches no index (a HOT update)
ALTER TABLE "upload_rows" SET (fillfactor = 70);
