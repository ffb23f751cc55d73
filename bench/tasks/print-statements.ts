import fs from 'node:fs';
import path from 'node:path';
import { requestStatementPrint } from '@groupdesk/api/src/features/statements/statement-print';
import { runStatementPrint } from '@groupdesk/api/src/features/statements/statement-print-job';
import { measure, readTaskInput, runTask } from '../lib/task-runtime';
import { openTaskApp } from './task-app';

const STATEMENTS = 1_000;
// a year of its own: the print of "all" for it is exactly the statements inserted here
const YEAR = 2030;

/**
 * The bench seed has no statements: 1,000 of them for one year, set-based, on affiliations of the employer
 * spread over its whole list (every nth), then idempotent so that each repeated run prints the same ones.
 */
const insertStatements = `
insert into benefit_statements (employer_id, affiliate_id, contract_id, year, issue_date, figures)
select employer_id, affiliate_id, contract_id, $2::int, make_date($2::int, 6, 15), jsonb_build_object(
  'referenceDate', make_date($2::int, 1, 1), 'salary', 48000 + n % 20000, 'occupancyRate', 100,
  'employerPremium', 1920 + n % 800, 'personalPremium', 480, 'vestedReserves', reserves,
  'projectedRetirementCapital', 150000, 'deathCapital', 90000, 'disabilityAnnuity', 15000)
from (
  select ac.*, row_number() over (order by ac.affiliate_id, ac.contract_id) as n,
    count(*) over () as total
  from affiliate_contracts ac where ac.employer_id = $1
) spread
where n % greatest(total / $3::int, 1) = 0 and n <= greatest(total / $3::int, 1) * $3::int
on conflict (affiliate_id, contract_id, year) do nothing`;

// Print many as the HR officer asks for it: the request, then the job that writes one PDF of 1,000 pages.
runTask(async () => {
  const input = readTaskInput();
  const { app, user, access } = await openTaskApp(input);
  try {
    await app.pool.query(insertStatements, [input.employerId, YEAR, STATEMENTS]);
    const measured = await measure(async () => {
      const action = await requestStatementPrint(app, access, user.id, { year: YEAR, all: true });
      await runStatementPrint(app, action.id, { retryCount: 0, retryLimit: 0 });
      return action.id;
    });
    const done = await app.pool.query<{
      status: string;
      file_key: string | null;
      counts: { statements?: number };
    }>('select status, file_key, counts from actions where id = $1', [measured.result]);
    const action = done.rows[0];
    if (action?.status !== 'ready' || !action.file_key) throw new Error(`print ended ${action?.status}`);
    const file = path.join(app.config.dataDir, 'files', action.file_key);
    // page objects are not compressed: counting them checks that every statement is in the file
    const pages = (fs.readFileSync(file, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
    if (action.counts.statements !== STATEMENTS || pages !== STATEMENTS) {
      throw new Error(`${action.counts.statements} statements on ${pages} pages, ${STATEMENTS} expected`);
    }
    return {
      available: true,
      seconds: measured.seconds,
      peakRssMb: measured.peakRssMb,
      fileBytes: fs.statSync(file).size,
      statements: STATEMENTS,
    };
  } finally {
    await app.close();
  }
});
