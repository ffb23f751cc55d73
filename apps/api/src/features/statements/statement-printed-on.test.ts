import { eq } from 'drizzle-orm';
import { schema } from '@groupdesk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../../test/pdf';
import { type TestApp, createTestApp } from '../../../test/test-app';
import { type StatementDocument, selectStatementDocuments } from './statement-document';
import { documentBuffer } from './statement-file';
import { addStatementPage, createStatementDocument } from './statement-pdf';

let t: TestApp;
let statement: StatementDocument;

beforeAll(async () => {
  t = await createTestApp();
  const [row] = await selectStatementDocuments(t.db)
    .where(eq(schema.affiliates.language, 'en'))
    .orderBy(schema.benefitStatements.id)
    .limit(1);
  statement = row!;
});
afterAll(async () => t.close());

async function printedOn(printedAt: string) {
  const doc = await createStatementDocument({ title: 'test', author: 'test', language: 'en' });
  const pdf = documentBuffer(doc);
  addStatementPage(doc, statement, {
    insurerName: 'Assurances Test SA',
    portalUrl: 'https://portal.example.be',
    printedAt: new Date(printedAt),
  });
  doc.end();
  const [page] = await pdfPages(await pdf);
  return /Printed on (\d+ \w+ \d{4})/.exec(page!)?.[1];
}

describe('the day a statement is printed on', () => {
  it.each([
    ['2026-06-30T12:00:00Z', '30 June 2026', 'midday'],
    ['2026-06-30T22:15:00Z', '1 July 2026', 'after midnight in Brussels in summer (UTC+2)'],
    ['2026-06-30T21:59:00Z', '30 June 2026', 'just before midnight in Brussels in summer'],
    ['2026-12-31T23:30:00Z', '1 January 2027', 'after midnight in Brussels in winter (UTC+1)'],
    ['2026-03-28T23:30:00Z', '29 March 2026', 'the night summer time starts'],
  ])('%s is %s: %s', async (printedAt, day) => {
    expect(await printedOn(printedAt)).toBe(day);
  });
});
