/**
 * Direct quotations across a whole article: where they are, and which pieces form one quotation.
 *
 * A quoted run goes from an opening mark to its closing mark, over as many sentences as it does,
 * and over paragraphs by the news convention of re-opening the mark on the next paragraph without
 * closing the previous one. Runs separated only by their own attribution (“A,” said X. “B.”) are
 * one quotation. Straight and curly double marks, guillemets, single marks used as the outer marks
 * (British style) and marks of the other kind nested inside are read; an apostrophe ("don't",
 * "Reuters' desk", "the '90s", "’em") is not a mark.
 */
import { isAttributionOnly } from './attribution.ts';
import type { ParsedArticle, Span } from './types.ts';

/** One run of quoted text: `start`/`end` include its marks; `parts` are the quoted words, per paragraph. */
export interface QuotedRun extends Span {
  parts: Span[];
}

/** A quotation: one or more runs separated only by their own attribution. */
export interface Quotation extends Span {
  runs: QuotedRun[];
}

type Role = 'open' | 'close' | 'none';
type Kind = 'double' | 'single';

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:]/;
/** Words that begin with an apostrophe standing for letters left out, not with a quotation mark. */
const ELISION = /^(?:em|til|tis|twas|cause|n|bout|round)\b/i;

/** The kind of quotation mark at `at`, or undefined for any other character. */
function kindAt(text: string, at: number): Kind | undefined {
  const c = text.charAt(at);
  if (c === '"' || c === '\u201C' || c === '\u201D' || c === '\u00AB' || c === '\u00BB' || c === '\u201E') {
    return 'double';
  }
  if (c === "'" || c === '\u2018' || c === '\u2019') return 'single';
  return undefined;
}

/**
 * Whether the mark at `at` opens or closes a quotation, from the mark itself (curly) or from the
 * characters around it (straight). An apostrophe ("Russia’s", "don't", "the '90s") is neither.
 */
export function markRole(text: string, at: number, from: number, to: number): Role {
  const c = text.charAt(at);
  const before = at > from ? text.charAt(at - 1) : ' ';
  const after = at + 1 < to ? text.charAt(at + 1) : ' ';
  const opensHere = OPENING_CONTEXT.test(before) || kindAt(text, at - 1) !== undefined || at === from;
  if (c === '\u201C' || c === '\u00AB' || c === '\u201E') return 'open';
  if (c === '\u201D' || c === '\u00BB') return 'close';
  if (c === '"') return opensHere && !/\s/.test(after) ? 'open' : 'close';
  const wordAfter = /[\p{L}\p{N}]/u.test(after);
  if (c === '\u2018' || c === "'") {
    const elision = ELISION.test(text.slice(at + 1, Math.min(to, at + 8)));
    if (opensHere && /\p{L}/u.test(after) && !elision) return 'open';
    if (c === '\u2018') return 'none';
  }
  if (wordAfter || /\s/.test(before) || at === from) return 'none';
  // After a word: a closing mark ("... on the way’ for"), unless it makes a plural possessive
  // ("the farmers' union", "Reuters' desk").
  if (before === 's' && /^\s+[\p{L}\p{N}]/u.test(text.slice(at + 1, Math.min(to, at + 3)))) return 'none';
  return 'close';
}

interface Open {
  start: number;
  kind: Kind;
  /** A double quotation's opening „ is closed by “ (German style). */
  low: boolean;
  partStart: number;
  parts: Span[];
}

/** Whether `c` closes the open quotation, given its role in context. */
function closes(open: Open, c: string, role: Role): boolean {
  if (open.low && c === '\u201C') return true;
  // A straight double mark while one is open closes it, whatever its neighbours.
  return role === 'close' || c === '"';
}

/**
 * Scans one paragraph from `from`, given the quotation still open from the previous paragraph
 * (if any), marks at `ignored` offsets counting as apostrophes. Pushes the runs closed in the
 * paragraph and returns the quotation still open at its end.
 */
function scanParagraph(
  text: string,
  paragraph: Span,
  from: number,
  carried: Open | undefined,
  ignored: ReadonlySet<number>,
  strayClose: boolean,
  runs: QuotedRun[],
): Open | undefined {
  let open = carried ? { ...carried, parts: [...carried.parts] } : undefined;
  const close = (end: number, partEnd: number): void => {
    if (!open) return;
    runs.push({ start: open.start, end, parts: [...open.parts, { start: open.partStart, end: partEnd }] });
    open = undefined;
  };
  for (let at = from; at < paragraph.end; at += 1) {
    const kind = kindAt(text, at);
    if (!kind || ignored.has(at)) continue;
    if (open && open.kind !== kind) continue; // Nested marks of the other kind stay inside.
    const c = text.charAt(at);
    const role = markRole(text, at, paragraph.start, paragraph.end);
    if (!open) {
      if (role === 'open') {
        open = { start: at, kind, low: c === '\u201E', partStart: at + 1, parts: [] };
      } else if (strayClose && role === 'close' && kind === 'double' && runs.every((r) => r.end <= paragraph.start)) {
        runs.push({ start: paragraph.start, end: at + 1, parts: [{ start: paragraph.start, end: at }] });
      }
      continue;
    }
    if (closes(open, c, role)) close(at + 1, at);
    else if (role === 'open') {
      // A second opening mark of the same kind: the first was never closed.
      close(at, at);
      open = { start: at, kind, low: c === '\u201E', partStart: at + 1, parts: [] };
    }
  }
  return open;
}

/**
 * Whether the paragraph at `paragraph` re-opens the quotation `open` left open before it, in the
 * paragraph that ends at `previousEnd`. News style re-opens the mark after a finished sentence
 * (“... now.” then “Next ...”); a paragraph that stops mid-phrase holds a stray mark instead, and
 * so does one whose open quotation holds no word at all (a lone `":`).
 */
function continues(text: string, open: Open, previousEnd: number, paragraph: Span | undefined): boolean {
  return (
    paragraph !== undefined &&
    /[.!?\u2026:]$/.test(text.slice(previousEnd - 1, previousEnd)) &&
    /[\p{L}\p{N}]/u.test(text.slice(open.partStart, previousEnd)) &&
    open.kind === kindAt(text, paragraph.start) &&
    markRole(text, paragraph.start, paragraph.start, paragraph.end) === 'open'
  );
}

/**
 * Quoted runs in `text` within the given paragraphs, in order and never overlapping. A single
 * mark left open at the end of the paragraph it opened in, and not continued by the next one, was
 * an apostrophe: the paragraph is read again without it. With `strayClose`, a closing mark with no
 * opening one before it closes a quotation that began at the paragraph's start (used for one
 * sentence seen alone, whose quotation opened in an earlier sentence).
 */
export function scanQuotations(text: string, paragraphs: readonly Span[], strayClose = false): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let open: Open | undefined;
  let previousEnd = 0;
  paragraphs.forEach((paragraph, index) => {
    let from = paragraph.start;
    if (open) {
      if (continues(text, open, previousEnd, paragraph)) {
        open = { ...open, parts: [...open.parts, { start: open.partStart, end: previousEnd }] };
        open.partStart = paragraph.start + 1;
        from = paragraph.start + 1;
      } else {
        runs.push({
          start: open.start,
          end: previousEnd,
          parts: [...open.parts, { start: open.partStart, end: previousEnd }],
        });
        open = undefined;
      }
    }
    const carried = open;
    const before = runs.length;
    const ignored = new Set<number>();
    let left = scanParagraph(text, paragraph, from, carried, ignored, strayClose, runs);
    while (
      left?.kind === 'single' &&
      left.start >= paragraph.start &&
      !continues(text, left, paragraph.end, paragraphs[index + 1])
    ) {
      ignored.add(left.start);
      runs.length = before;
      left = scanParagraph(text, paragraph, from, carried, ignored, strayClose, runs);
    }
    open = left;
    previousEnd = paragraph.end;
  });
  if (open) {
    const last: Open = open;
    runs.push({
      start: last.start,
      end: previousEnd,
      parts: [...last.parts, { start: last.partStart, end: previousEnd }],
    });
  }
  return runs;
}

/** Groups runs into quotations: runs separated only by their own attribution are one. */
export function groupQuotations(text: string, runs: readonly QuotedRun[]): Quotation[] {
  const quotations: Quotation[] = [];
  for (const run of runs) {
    const last = quotations.at(-1);
    const previous = last?.runs.at(-1);
    const between = text.slice(previous?.end ?? 0, run.start);
    // An interrupted quotation ends its first part with a comma (“A,” said X. “B.”) and resumes
    // in the same paragraph.
    const words = previous?.parts.at(-1);
    const interrupted = words !== undefined && /,\s*$/.test(text.slice(words.start, words.end));
    if (last && interrupted && !between.includes('\n') && isAttributionOnly(between)) {
      last.runs.push(run);
      last.end = run.end;
    } else {
      quotations.push({ start: run.start, end: run.end, runs: [run] });
    }
  }
  return quotations;
}

/** Every quotation in the article's body, each spanning as many sentences and paragraphs as it does. */
export function findQuotations(article: ParsedArticle): Quotation[] {
  return groupQuotations(article.text, scanQuotations(article.text, article.paragraphs));
}

/**
 * The quoted words of a quotation, its parts joined by a space. The comma that hands a quotation
 * over to its attribution is the writer's, not the speaker's: it is dropped at the end (“We will
 * respond,” she said → We will respond), dropped where the words resume in the same sentence
 * (“Nobody,” she said, “is above it” → Nobody is above it), and read as the full stop it stands
 * for where they resume in a new sentence (“We will win,” she said. “We always do.” → We will
 * win. We always do.) or after a colon (“We stay,” she said, adding: “Not until ...”).
 */
export function quotationText(text: string, quotation: Quotation): string {
  let words = '';
  quotation.runs.forEach((run, index) => {
    const previous = quotation.runs[index - 1];
    const resumesSentence = previous !== undefined && !/[.!?:]\s*$/.test(text.slice(previous.end, run.start));
    for (const part of run.parts) {
      const piece = text.slice(part.start, part.end).replace(/\s+/g, ' ').trim();
      if (piece === '') continue;
      if (words !== '' && part === run.parts[0] && previous !== undefined && words.endsWith(',')) {
        words = resumesSentence ? words.slice(0, -1) : `${words.slice(0, -1)}.`;
      }
      words = words === '' ? piece : `${words} ${piece}`;
    }
  });
  return words.endsWith(',') ? words.slice(0, -1) : words;
}

/** Quoted runs within one piece of text (a sentence seen alone), as offsets into that text. */
export function quotationsInText(text: string): QuotedRun[] {
  return scanQuotations(text, [{ start: 0, end: text.length }], true);
}

/** True when `offset` falls inside one of `quotations`. */
export function isInQuotation(quotations: readonly Span[], offset: number): boolean {
  return quotations.some((quotation) => offset >= quotation.start && offset < quotation.end);
}
