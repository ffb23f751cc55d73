import type { Language } from '@groupdesk/domain';
import { formatEnterpriseNumber, formatNationalNumber, todayInBelgium } from '@groupdesk/domain';
import type { StatementDocument } from './statement-document';
import { BODY, BOLD, registerStatementFonts } from './statement-fonts';
import { formattersOf, localeOf, pdfText } from './statement-format';
import { statementTexts } from './statement-texts';

export interface StatementPrintContext {
  insurerName: string;
  portalUrl: string;
  printedAt: Date;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const RIGHT = A4.width - MARGIN;
const WIDTH = RIGHT - MARGIN;
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const ACCENT = '#0b5394';
const RULE = '#d5dbe3';

/**
 * An A4 document for statements, one page each; the caller adds pages and ends it. pdfkit is loaded with the
 * first document rather than with the app: some 10 MB of memory that an instance which never prints does
 * not need.
 */
export async function createStatementDocument(options: {
  title: string;
  author: string;
  language: Language;
}) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    margin: MARGIN,
    lang: localeOf(options.language),
    displayTitle: true,
    info: { Title: pdfText(options.title), Author: pdfText(options.author), Creator: 'groupdesk' },
  });
  await registerStatementFonts(doc);
  return doc;
}

/**
 * One statement on a page of its own, in the affiliate's language. Every text is placed at a fixed spot
 * (no flowing text): a statement is always one page, which a print of many relies on.
 */
export function addStatementPage(
  doc: PDFKit.PDFDocument,
  statement: StatementDocument,
  context: StatementPrintContext,
) {
  const texts = statementTexts[statement.language];
  const format = formattersOf(statement.language);
  const { figures } = statement;
  doc.addPage();
  const labelled = (name: string, value: string) => `${name}${texts.colon} ${value}`;
  const line = (text: string, x: number, y: number, width: number, align: 'left' | 'right' = 'left') =>
    doc.text(pdfText(text), x, y, { width, align, lineBreak: false, ellipsis: true, height: 14 });

  // the insurer, and the statement's year and dates
  doc.fillColor(ACCENT).font(BOLD).fontSize(16);
  line(context.insurerName, MARGIN, MARGIN, WIDTH / 2);
  doc.fontSize(18);
  line(texts.title(statement.year), MARGIN + WIDTH / 2, MARGIN - 2, WIDTH / 2, 'right');
  doc.fillColor(MUTED).font(BODY).fontSize(9.5);
  line(texts.subtitle, MARGIN, MARGIN + 22, WIDTH / 2);
  line(
    labelled(texts.issueDate, format.date(statement.issueDate)),
    MARGIN + WIDTH / 2,
    MARGIN + 22,
    WIDTH / 2,
    'right',
  );
  rule(doc, MARGIN + 42, ACCENT, 1.2);

  // who: the employer on the left, the affiliate on the right
  let y = MARGIN + 58;
  const half = WIDTH / 2 - 10;
  const right = MARGIN + WIDTH / 2 + 10;
  label(doc, texts.employer, MARGIN, y);
  label(doc, texts.affiliate, right, y);
  y += 14;
  // a long name takes a second line, never more
  doc.fillColor(INK).font(BOLD).fontSize(11);
  const names = [statement.employerName, `${statement.lastName.toUpperCase()} ${statement.firstName}`].map(
    pdfText,
  );
  const nameHeight = Math.max(
    ...names.map((name) => Math.min(26, doc.heightOfString(name, { width: half }))),
  );
  doc.text(names[0]!, MARGIN, y, { width: half, height: 30, ellipsis: true });
  doc.text(names[1]!, right, y, { width: half, height: 30, ellipsis: true });
  y += nameHeight + 3;
  doc.font(BODY).fontSize(9.5);
  line(labelled(texts.enterpriseNumber, formatEnterpriseNumber(statement.enterpriseNumber)), MARGIN, y, half);
  const kind = statement.nationalNumberKind ?? 'national';
  line(
    labelled(
      texts.nationalNumber[kind],
      statement.nationalNumber
        ? formatNationalNumber(statement.nationalNumber)
        : texts.nationalNumber.missing,
    ),
    right,
    y,
    half,
  );
  y += 14;
  if (statement.birthDate) line(labelled(texts.birthDate, format.date(statement.birthDate)), right, y, half);

  // which contract, at which date
  y += 28;
  doc.roundedRect(MARGIN, y, WIDTH, 40, 4).fillColor('#f1f5f9').fill();
  doc.fillColor(INK).font(BOLD).fontSize(10.5);
  line(`${texts.contract} ${statement.contractNumber}`, MARGIN + 12, y + 8, half);
  doc.font(BODY).fontSize(9.5);
  line(`${statement.contractName} (${texts.plan[statement.planType]})`, MARGIN + 12, y + 23, half);
  line(labelled(texts.referenceDate, format.date(figures.referenceDate)), right, y + 8, half - 12, 'right');
  y += 62;

  const rows = (title: string, entries: Array<[string, string, boolean?]>) => {
    doc.fillColor(ACCENT).font(BOLD).fontSize(11.5);
    line(title, MARGIN, y, WIDTH);
    y += 17;
    rule(doc, y, ACCENT, 0.6);
    y += 6;
    for (const [name, value, strong] of entries) {
      doc
        .fillColor(INK)
        .font(strong ? BOLD : BODY)
        .fontSize(10);
      line(name, MARGIN + 6, y, WIDTH * 0.68);
      line(value, MARGIN + WIDTH * 0.68, y, WIDTH * 0.32 - 6, 'right');
      y += 16;
      rule(doc, y - 4, RULE, 0.4);
    }
    y += 18;
  };

  const premiumWaiver =
    statement.premiumWaiver === null ? texts.unknown : statement.premiumWaiver ? texts.yes : texts.no;
  rows(texts.guarantees, [
    [texts.retirementCapital, format.money(figures.projectedRetirementCapital)],
    [texts.deathCapital, format.money(figures.deathCapital)],
    [texts.disabilityAnnuity, format.money(figures.disabilityAnnuity)],
    [texts.premiumWaiver, premiumWaiver],
    [texts.personalRiskPeriod, texts.days(statement.personalRiskPeriodDays)],
  ]);
  rows(texts.premiums, [
    [texts.salary, format.money(figures.salary)],
    [texts.occupancyRate, format.percent(figures.occupancyRate)],
    [texts.employerPremium, format.money(figures.employerPremium)],
    [texts.personalPremium, format.money(figures.personalPremium)],
    [texts.totalPremium, format.money(figures.employerPremium + figures.personalPremium), true],
  ]);
  rows(texts.reserves, [
    [texts.vestedReserves(format.date(figures.referenceDate)), format.money(figures.vestedReserves), true],
  ]);
  doc.fillColor(MUTED).font(BODY).fontSize(9);
  doc.text(pdfText(texts.vestedReservesNote), MARGIN + 6, y - 12, { width: WIDTH - 12, height: 26 });

  // the portal address is on every statement (000_…, question 10), as a link
  const footer = A4.height - MARGIN - 82;
  rule(doc, footer, RULE, 0.6);
  doc.fillColor(INK).font(BODY).fontSize(9.5);
  line(texts.portal, MARGIN, footer + 10, WIDTH);
  // on a line of its own: a URL wrapped at a hyphen could not be typed back
  doc.fillColor(ACCENT).font(BOLD).fontSize(10.5);
  doc.text(pdfText(context.portalUrl), MARGIN, footer + 23, {
    width: WIDTH,
    lineBreak: false,
    link: context.portalUrl,
  });
  doc.fillColor(MUTED).font(BODY).fontSize(8.5);
  line(texts.questions, MARGIN, footer + 38, WIDTH);
  line(texts.amountsNote, MARGIN, footer + 51, WIDTH);
  // the day in Brussels: a print at 00:30 there is still the day before in UTC
  const printedOn = texts.printed(format.date(todayInBelgium(context.printedAt)));
  line(
    `${context.insurerName} · ${statement.contractNumber} · ${statement.year}`,
    MARGIN,
    footer + 68,
    WIDTH / 2,
  );
  line(printedOn, MARGIN + WIDTH / 2, footer + 68, WIDTH / 2, 'right');
}

function rule(doc: PDFKit.PDFDocument, y: number, color: string, width: number) {
  doc.moveTo(MARGIN, y).lineTo(RIGHT, y).lineWidth(width).strokeColor(color).stroke();
}

function label(doc: PDFKit.PDFDocument, text: string, x: number, y: number) {
  doc.fillColor(MUTED).font(BODY).fontSize(8.5);
  doc.text(pdfText(text.toUpperCase()), x, y, { lineBreak: false, characterSpacing: 0.6 });
}
