// The cells of a worksheet row, scanned with indexOf rather than regular expressions: a row of the insured
// list has ten cells and a list 100,000 rows, and matching each cell and attribute with a pattern (an
// iterator, a match array and substrings each time) took half of the parse.

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** The value of attribute `name` in the attribute text of a tag, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  const key = `${name}="`;
  for (let at = attributes.indexOf(key); at !== -1; at = attributes.indexOf(key, at + 1)) {
    if (at > 0 && !isSpace(attributes[at - 1])) continue;
    const start = at + key.length;
    const end = attributes.indexOf('"', start);
    return end === -1 ? undefined : attributes.slice(start, end);
  }
  return undefined;
}

/** Where the tag name starting at `at` ends, and whether it is `local` (any namespace prefix, as x:c). */
function tagNamed(xml: string, at: number, local: string): number {
  let end = at;
  let nameStart = at;
  for (let char = xml[end]; end < xml.length; char = xml[++end]) {
    if (isSpace(char) || char === '>' || char === '/') break;
    if (char === ':') nameStart = end + 1;
  }
  return end - nameStart === local.length && xml.startsWith(local, nameStart) ? end : -1;
}

/** The next `<local …>` or `<prefix:local …>` opening tag from `from`: where its name ends, or -1. */
function nextOpening(xml: string, local: string, from: number): { start: number; nameEnd: number } | null {
  for (let at = xml.indexOf('<', from); at !== -1; at = xml.indexOf('<', at + 1)) {
    if (xml[at + 1] === '/') continue;
    const nameEnd = tagNamed(xml, at + 1, local);
    if (nameEnd !== -1) return { start: at, nameEnd };
  }
  return null;
}

/** The index of the `</local>` (or `</prefix:local>`) closing tag from `from`, or -1. */
function nextClosing(xml: string, local: string, from: number): number {
  for (let at = xml.indexOf('</', from); at !== -1; at = xml.indexOf('</', at + 2)) {
    if (tagNamed(xml, at + 2, local) !== -1) return at;
  }
  return -1;
}

/** The text of the first `<local>` element in `xml` (up to its first child or end), or undefined. */
export function elementText(xml: string, local: string): string | undefined {
  const opening = nextOpening(xml, local, 0);
  if (!opening) return undefined;
  const tagEnd = xml.indexOf('>', opening.nameEnd);
  if (tagEnd === -1 || xml[tagEnd - 1] === '/') return undefined;
  const end = xml.indexOf('<', tagEnd + 1);
  return end === -1 ? undefined : xml.slice(tagEnd + 1, end);
}

/** Calls `visit` with each cell of a row's body, in order: its attribute text and what is between <c …>
 * and </c> (undefined for <c …/>). */
export function forEachCell(row: string, visit: (attributes: string, body: string | undefined) => void) {
  let from = 0;
  for (let opening = nextOpening(row, 'c', from); opening; opening = nextOpening(row, 'c', from)) {
    const tagEnd = row.indexOf('>', opening.nameEnd);
    if (tagEnd === -1) return;
    if (row[tagEnd - 1] === '/') {
      visit(row.slice(opening.nameEnd, tagEnd - 1), undefined);
      from = tagEnd + 1;
      continue;
    }
    const close = nextClosing(row, 'c', tagEnd + 1);
    if (close === -1) return;
    visit(row.slice(opening.nameEnd, tagEnd), row.slice(tagEnd + 1, close));
    from = row.indexOf('>', close) + 1;
  }
}
