-- A contract belongs to one employer: PostgreSQL takes employer_id and contract_id for independent and
-- expects a hundredth of the affiliations of a large employer's contract. With that estimate it hashes the
-- whole list of a user limited to one contract to show its first page, where following the name index and
-- stopping after 25 rows is a hundred times cheaper. The dependency corrects the estimate.
CREATE STATISTICS IF NOT EXISTS affiliate_contracts_employer_contract (dependencies, ndistinct)
  ON employer_id, contract_id FROM affiliate_contracts;--> statement-breakpoint
ANALYZE affiliate_contracts;
