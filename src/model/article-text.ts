/**
 * Article text around the compiler's source offsets: the body's paragraphs, the paragraph that
 * holds a sentence, and a paragraph cut into plain and marked pieces. Pure string work: the app
 * renders every piece as text.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/** A marked stretch of text and the keys (event ids) it stands for. */
export interface Mark<Key> extends TextSpan {
  keys: Key[];
}

/** One piece of a paragraph: plain text, or text marked for some keys. */
export interface TextPiece<Key> {
  text: string;
  start: number;
  keys?: Key[];
}

const DATELINE = /^\uFEFF?[ \t]*date[ \t]+\S+[ \t]*/;
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/g;

/** Where the body starts: after the ` date YYYY-MM-DD` dateline, if there is one. */
export function bodyStart(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

function trimmed(text: string, start: number, end: number): TextSpan | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return to > from ? { start: from, end: to } : undefined;
}

/** The body's paragraphs (separated by blank lines), trimmed, as offsets into `text`. */
export function articleParagraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = bodyStart(text);
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    if (match.index < start) continue;
    const span = trimmed(text, start, match.index);
    if (span) spans.push(span);
    start = match.index + match[0].length;
  }
  const last = trimmed(text, start, text.length);
  if (last) spans.push(last);
  return spans;
}

/** The paragraph holding offsets [start, end), or undefined when they do not fit the text. */
export function paragraphAround(text: string, span: TextSpan): TextSpan | undefined {
  if (!isValidSpan(text, span)) return undefined;
  return articleParagraphs(text).find((paragraph) => paragraph.start <= span.start && span.start < paragraph.end);
}

/** True when the span lies inside the text and is not empty. */
export function isValidSpan(text: string, span: TextSpan): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= text.length
  );
}

/**
 * Merges marks that overlap into one (with all their keys), in text order, so that every
 * character belongs to at most one mark.
 */
export function mergeMarks<Key>(marks: readonly Mark<Key>[]): Mark<Key>[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Mark<Key>[] = [];
  for (const mark of sorted) {
    const previous = merged.at(-1);
    if (previous && mark.start < previous.end) {
      previous.end = Math.max(previous.end, mark.end);
      for (const key of mark.keys) if (!previous.keys.includes(key)) previous.keys.push(key);
    } else {
      merged.push({ start: mark.start, end: mark.end, keys: [...mark.keys] });
    }
  }
  return merged;
}

/** Cuts `range` of `text` into plain and marked pieces; marks are clipped to the range. */
export function markText<Key>(text: string, range: TextSpan, marks: readonly Mark<Key>[]): TextPiece<Key>[] {
  const pieces: TextPiece<Key>[] = [];
  let at = range.start;
  for (const mark of mergeMarks(marks)) {
    const start = Math.max(mark.start, range.start);
    const end = Math.min(mark.end, range.end);
    if (end <= start || start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), start: at });
    pieces.push({ text: text.slice(start, end), start, keys: mark.keys });
    at = end;
  }
  if (at < range.end) pieces.push({ text: text.slice(at, range.end), start: at });
  return pieces;
}
