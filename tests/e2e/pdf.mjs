// Reading printed pages back: the text of each page of a PDF the browser made, and
// comparisons that ignore where PDF text runs break lines (and sometimes words).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, spaces squeezed. */
export async function pdfPages(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => it.str).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** `s` without whitespace. */
export const bare = (s) => s.replace(/\s+/g, '');

/** Whether `text` holds `s`, whitespace aside. */
export const has = (text, s) => bare(text).includes(bare(s));
