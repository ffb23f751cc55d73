import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page of a PDF, with every run of white space (no-break ones too) as one space. */
export async function pdfPages(pdf: Buffer | Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

/** An amount as the statement shows it in this locale, spaces made plain the way pdfPages() reads them. */
export const money = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value).replace(/\s+/g, ' ');
