import { createDatabase } from '@groupdesk/db';
import { formatNationalNumber } from '@groupdesk/domain';
import type { LoadScenario } from './load-test';

export interface ListScenario extends LoadScenario {
  /** p99 latency target, ms; none for a reference */
  targetP99Ms: number | null;
}

const SAMPLES = 200;

/**
 * What HR officers of the largest employer ask the affiliates list, taken from its own data: its first page
 * (the employer's home), pages all over it (the pager, the last page included), and searches by a name
 * fragment, a national number (as printed, YY.MM.DD-SSS.CC, or as typed, 11 digits) and an e-mail fragment.
 */
export async function listScenarios(databaseUrl: string, employerId: string): Promise<ListScenario[]> {
  const { pool } = createDatabase(databaseUrl, { max: 1 });
  try {
    const sampled = await pool.query<{
      last_name: string;
      first_name: string;
      national_number: string | null;
      professional_email: string | null;
    }>(
      `select last_name, first_name, national_number, professional_email from affiliates
       where employer_id = $1 order by md5(id::text) limit $2`,
      [employerId, SAMPLES * 5],
    );
    const total = await pool.query<{ n: number }>(
      'select count(*)::int as n from affiliates where employer_id = $1',
      [employerId],
    );
    const rows = sampled.rows;
    const list = `/api/employers/${employerId}/affiliates`;
    const pages = Math.max(1, Math.ceil((total.rows[0]?.n ?? 0) / 25));
    const search = (text: string) => `${list}?search=${encodeURIComponent(text)}`;
    const numbers = rows.flatMap((row) => (row.national_number ? [row.national_number] : []));
    // `jansen.4521` of jansen.4521@…: a part of the address an HR officer remembers, with and without @
    const emailParts = rows.flatMap((row) => {
      const local = row.professional_email?.split('@')[0];
      return local ? [local.split('.').slice(1).join('.')] : [];
    });
    const take = <T>(values: T[]) => values.slice(0, SAMPLES);
    return [
      { name: 'first page of the largest employer', targetP99Ms: 50, paths: [`${list}?page=1`] },
      {
        name: 'any page of the largest employer',
        targetP99Ms: 50,
        paths: Array.from({ length: SAMPLES }, (_, index) =>
          index === 0 ? `${list}?page=${pages}` : `${list}?page=${1 + ((index * 7919) % pages)}`,
        ),
      },
      {
        name: 'search by name fragment',
        targetP99Ms: 100,
        // the first 4 to 6 letters of the main word of a last name ("Smet" of "De Smet"), one search in
        // four with the first name's first 3 letters after it
        paths: take(rows).map((row, index) => {
          const word = row.last_name.split(/[\s-]+/).reduce((a, b) => (b.length > a.length ? b : a));
          const last = word.slice(0, 4 + (index % 3)).toLowerCase();
          return search(index % 4 === 0 ? `${last} ${row.first_name.slice(0, 3)}` : last);
        }),
      },
      {
        name: 'search by national number',
        targetP99Ms: 100,
        paths: take(numbers).map((number, index) =>
          search(index % 2 === 0 ? formatNationalNumber(number) : number),
        ),
      },
      {
        name: 'search by e-mail fragment',
        targetP99Ms: 100,
        paths: take(emailParts).map((part, index) => search(index % 2 === 0 ? `${part}@` : part)),
      },
    ];
  } finally {
    await pool.end();
  }
}
