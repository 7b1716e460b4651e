/**
 * Stage 1: text -> ParsedArticle. Reads the dateline (` date YYYY-MM-DD`) and the paragraph spans.
 */
import { diagnosticAt, type Diagnostic } from './diagnostics.ts';
import type { ArticleInput, ParsedArticle, Span } from './types.ts';

const DATELINE = /^\uFEFF?[ \t]*date[ \t]+(\S+)/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `iso` (YYYY-MM-DD) names a day that exists in the Gregorian calendar. */
export function isRealDay(iso: string): boolean {
  const match = ISO_DAY.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Paragraph spans of `text` from `from` on: runs of text separated by blank lines, trimmed. */
export function paragraphSpans(text: string, from: number): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\r?\n/g;
  separator.lastIndex = from;
  let start = from;
  const push = (begin: number, end: number): void => {
    let s = begin;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s += 1;
    while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return spans;
}

export function parseArticle(input: ArticleInput): { article?: ParsedArticle; diagnostics: Diagnostic[] } {
  const { file, text } = input;
  const at = (offset: number, code: string, message: string): Diagnostic =>
    diagnosticAt(file, text, offset, 'error', code, message);

  if (text.trim() === '') {
    return { diagnostics: [at(0, 'empty-article', 'the article is empty: expected " date YYYY-MM-DD" and a body')] };
  }
  const match = DATELINE.exec(text);
  if (!match || match[1] === undefined) {
    // A dateline below blank lines or a heading is a misplaced one: point at it.
    const later = /^[ \t]*date[ \t]+\d/im.exec(text.slice(0, 2000));
    if (later) {
      return {
        diagnostics: [
          at(later.index, 'missing-dateline', 'the dateline must be the first line of the article; move it to the top'),
        ],
      };
    }
    return {
      diagnostics: [at(0, 'missing-dateline', 'the article does not start with a dateline " date YYYY-MM-DD"')],
    };
  }
  const value = match[1];
  const valueAt = match.index + match[0].length - value.length;
  if (!ISO_DAY.test(value)) {
    return {
      diagnostics: [at(valueAt, 'bad-dateline', `the dateline "${value}" is not a date of the form YYYY-MM-DD`)],
    };
  }
  if (value < '1000') {
    // Dates of the first millennium are no news datelines (and calendars of the time differ).
    return { diagnostics: [at(valueAt, 'bad-dateline', `the dateline ${value} is before the year 1000`)] };
  }
  if (!isRealDay(value)) {
    return { diagnostics: [at(valueAt, 'impossible-date', `the dateline ${value} is not a real calendar day`)] };
  }
  const bodyStart = match.index + match[0].length;
  const paragraphs = paragraphSpans(text, bodyStart);
  if (paragraphs.length === 0) {
    return { diagnostics: [at(bodyStart, 'empty-body', 'the article has a dateline but no body')] };
  }
  return { article: { file, published: value, text, bodyStart, paragraphs }, diagnostics: [] };
}
