import type { Executor } from '@groupdesk/db';
import type { EmployerAccessContext } from '../access/employer-access';
import { writeJournal } from '../journal/journal';
import { findStatementDocument } from './statement-document';
import { type StatementPrintContext, addStatementPage, createStatementDocument } from './statement-pdf';
import { statementTexts } from './statement-texts';

/** `Dupont-Léger` → `dupont-leger`: file names stay ASCII whatever the browser does with filename*. */
export const fileSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export function documentBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * One statement as a PDF in the affiliate's language. Producing it shows personal data on paper, so it is
 * journaled, whoever asks. Null when the statement is not there or not in the user's scope.
 */
export async function printStatement(
  db: Executor,
  access: EmployerAccessContext,
  userId: string,
  ids: { affiliateId: string; statementId: string },
  context: StatementPrintContext,
): Promise<{ fileName: string; pdf: Buffer } | null> {
  const statement = await findStatementDocument(db, access, ids.affiliateId, ids.statementId);
  if (!statement) return null;
  const texts = statementTexts[statement.language];
  const doc = await createStatementDocument({
    title: `${texts.title(statement.year)} – ${statement.lastName} ${statement.firstName}`,
    author: context.insurerName,
    language: statement.language,
  });
  const pdf = documentBuffer(doc);
  addStatementPage(doc, statement, context);
  doc.end();
  const fileName = `${[
    texts.fileName,
    statement.year,
    fileSlug(statement.contractNumber),
    fileSlug(`${statement.lastName} ${statement.firstName}`),
  ].join('-')}.pdf`;
  const buffer = await pdf;
  await writeJournal(db, {
    employerId: access.employerId,
    actorUserId: userId,
    kind: 'statement.printed',
    affiliateId: statement.affiliateId,
    after: { statementId: statement.id, year: statement.year, contractNumber: statement.contractNumber },
  });
  return { fileName, pdf: buffer };
}
