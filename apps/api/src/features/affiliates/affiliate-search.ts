import { schema } from '@groupdesk/db';
import { normalizeNationalNumber } from '@groupdesk/domain';
import { type SQL, or, sql } from 'drizzle-orm';

const { affiliates, affiliateNationalNumberHistory } = schema;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One search box for what an HR officer types: a national number in any format (also a number the affiliate
 * held before), an e-mail address or part of it, or fragments of a name in either order, with or without
 * its accents.
 */
export function affiliateSearchCondition(search: string): SQL | undefined {
  const text = search.trim().toLowerCase();
  if (text === '') return undefined;

  const digits = text.replace(/[\s./-]/g, '');
  if (/^\d{2,11}$/.test(digits)) {
    const prefix = `${digits}%`;
    const exact = normalizeNationalNumber(text);
    // one set of ids read from two indexes: OR-ed with a subquery, the numbers' index is not used and the
    // employer's whole list is read
    const heldBefore = exact
      ? sql` union all select ${affiliateNationalNumberHistory.affiliateId} from ${affiliateNationalNumberHistory}
          where ${affiliateNationalNumberHistory.previousNumber} = ${exact}`
      : sql``;
    return sql`${affiliates.id} in (select ${affiliates.id} from ${affiliates}
      where ${affiliates.nationalNumber} like ${prefix}${heldBefore})`;
  }

  const pattern = `%${escapeLike(text)}%`;
  if (text.includes('@')) return sql`${affiliates.professionalEmail} like ${pattern}`;

  // every word must appear in the name, whatever the order ("dupont marie" or "marie dupont")
  const words = text.split(/\s+/).filter(Boolean).slice(0, 5);
  const name = sql`search_text(${affiliates.lastName} || ' ' || ${affiliates.firstName})`;
  const nameMatches = sql.join(
    words.map((word) => sql`${name} like search_text(${`%${escapeLike(word)}%`})`),
    sql` and `,
  );
  return or(sql`(${nameMatches})`, sql`${affiliates.professionalEmail} like ${pattern}`);
}
