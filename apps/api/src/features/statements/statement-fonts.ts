import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);

/**
 * The statement's two faces. Noto Sans draws every letter of the names an employer has (Łukasz, Dvořák,
 * Ștefan, Жанна), which the PDF standard fonts (Windows-1252) cannot.
 */
export const BODY = 'Body';
export const BOLD = 'Body-Bold';

let loading: Promise<{ regular: Buffer; bold: Buffer }> | null = null;

/** The font files, read once per process: a print of many statements is one document, a download one each. */
function fontData() {
  loading ??= Promise.all([readFile(fontFile('400Regular')), readFile(fontFile('700Bold'))]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  return loading;
}

/** Registers the faces in a document: only the glyphs it uses are embedded. */
export async function registerStatementFonts(doc: PDFKit.PDFDocument) {
  const { regular, bold } = await fontData();
  doc.registerFont(BODY, regular);
  doc.registerFont(BOLD, bold);
}
