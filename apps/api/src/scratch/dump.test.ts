import { sql } from 'drizzle-orm';
import { it } from 'vitest';
import { createTestApp } from '../../test/test-app';

it('dump', async () => {
  const t = await createTestApp();
  const q = async (s: string) => console.log(s, JSON.stringify((await t.db.execute(sql.raw(s))).rows));
  await q(`select e.name, e.id, count(a.id) from employers e left join affiliates a on a.employer_id=e.id group by e.id order by e.name`);
  await q(`select number, id, employer_id from group_contracts order by number`);
  await q(`select last_name, first_name, national_number, national_number_kind, professional_email, employment_status from affiliates where employer_id = (select id from employers where name like 'Brasserie%') and (last_name ilike '%f%vre%' or last_name ilike 'van damme' or national_number like '850730%' or national_number is null) order by last_name`);
  await q(`select lower(last_name), last_name, count(*) from affiliates group by last_name order by 3 desc limit 70`);
  await q(`select a.last_name, a.first_name, ac.status, ac.termination_date, a.national_number from affiliate_contracts ac join affiliates a on a.id=ac.affiliate_id where ac.status='terminated' order by ac.termination_date desc limit 20`);
  await q(`select employment_status, count(*) from affiliates group by 1`);
  await q(`select national_number from affiliates where national_number like '85%' limit 10`);
  await q(`select lower('LEFÈVRE'), lower('Öztürk')`);
  await t.close();
});
