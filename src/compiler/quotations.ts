/**
 * Quotations over a whole article, across sentence and paragraph boundaries, so that a quotation
 * of two sentences ("... on the battlefield. Now he trusts me ...," Zelensky said.) is one span,
 * and a date inside it can be told apart from the dates of the sentence around it.
 *
 * Handles straight and curly double quotes, single quotes used as the outer marks (British style),
 * single quotes nested in double ones, and the news convention for a quotation that runs over
 * several paragraphs: each paragraph opens with a quotation mark, only the last one closes it.
 */
import type { ParsedArticle, Span } from './types.ts';

/** A quotation: `start`/`end` include its marks; `parts` are the quoted words, per paragraph. */
export interface Quotation extends Span {
  parts: Span[];
}

type Role = 'open' | 'close' | 'none';
type Kind = 'double' | 'single';

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:]/;

/** The kind of quotation mark at `at`, or undefined for any other character. */
function kindAt(text: string, at: number): Kind | undefined {
  const c = text.charAt(at);
  if (c === '"' || c === '\u201C' || c === '\u201D') return 'double';
  if (c === "'" || c === '\u2018' || c === '\u2019') return 'single';
  return undefined;
}

/**
 * Whether the mark at `at` opens or closes a quotation, from the mark itself (curly) or from the
 * characters around it (straight). An apostrophe ("Russia’s", "don't") is neither.
 */
export function markRole(text: string, at: number, from: number, to: number): Role {
  const c = text.charAt(at);
  const before = at > from ? text.charAt(at - 1) : ' ';
  const after = at + 1 < to ? text.charAt(at + 1) : ' ';
  const opensHere = OPENING_CONTEXT.test(before) || kindAt(text, at - 1) !== undefined || at === from;
  if (c === '\u201C') return 'open';
  if (c === '\u201D') return 'close';
  if (c === '"') return opensHere && !/\s/.test(after) ? 'open' : 'close';
  const letterAfter = /[\p{L}\p{N}]/u.test(after);
  const letterBefore = /[\p{L}\p{N}]/u.test(before);
  if (c === '\u2018' || c === "'") {
    if (opensHere && letterAfter) return 'open';
    if (c === '\u2018') return 'none';
  }
  // ’ or ' after a word: a closing mark when no letter follows ("... go on.’ He"), else an apostrophe.
  if (!letterAfter && !/\s/.test(before) && !(letterBefore && after === 's')) return 'close';
  return 'none';
}

interface Open {
  start: number;
  kind: Kind;
  partStart: number;
  parts: Span[];
}

/**
 * Quotations in `text` within the given paragraphs. With `strayClose`, a closing mark with no
 * opening one before it in its paragraph closes a quotation that began at the paragraph's start
 * (used for one sentence seen alone, whose quotation opened in an earlier sentence).
 */
export function scanQuotations(text: string, paragraphs: readonly Span[], strayClose = false): Quotation[] {
  const quotations: Quotation[] = [];
  let open: Open | undefined;
  let previousEnd = 0;
  const close = (end: number, partEnd: number): void => {
    if (!open) return;
    open.parts.push({ start: open.partStart, end: partEnd });
    quotations.push({ start: open.start, end, parts: open.parts });
    open = undefined;
  };
  for (const paragraph of paragraphs) {
    let from = paragraph.start;
    if (open) {
      // News style: a quotation that goes on in the next paragraph reopens it with a mark.
      const continues =
        open.kind === kindAt(text, paragraph.start) &&
        markRole(text, paragraph.start, paragraph.start, paragraph.end) === 'open';
      if (continues) {
        open.parts.push({ start: open.partStart, end: previousEnd });
        open.partStart = paragraph.start + 1;
        from = paragraph.start + 1;
      } else if (open.kind === 'double') close(previousEnd, previousEnd);
      else open = undefined; // An unclosed single mark was most likely an apostrophe.
    }
    for (let at = from; at < paragraph.end; at += 1) {
      const kind = kindAt(text, at);
      if (!kind) continue;
      if (open && open.kind !== kind) continue; // Nested marks of the other kind stay inside.
      const role = markRole(text, at, paragraph.start, paragraph.end);
      if (role === 'none') continue;
      if (!open) {
        if (role === 'open') open = { start: at, kind, partStart: at + 1, parts: [] };
        else if (strayClose && kind === 'double' && quotations.every((q) => q.end <= paragraph.start)) {
          quotations.push({ start: paragraph.start, end: at + 1, parts: [{ start: paragraph.start, end: at }] });
        }
        continue;
      }
      // A straight double mark while one is open closes it, whatever its neighbours.
      if (role === 'close' || text.charAt(at) === '"') close(at + 1, at);
      else {
        // A second opening mark of the same kind: the first was never closed.
        close(at, at);
        open = { start: at, kind, partStart: at + 1, parts: [] };
      }
    }
    previousEnd = paragraph.end;
  }
  if (open?.kind === 'double') close(previousEnd, previousEnd);
  return quotations;
}

/** Every quotation in the article's body, each spanning as many sentences and paragraphs as it does. */
export function findQuotations(article: ParsedArticle): Quotation[] {
  return scanQuotations(article.text, article.paragraphs);
}

/** Quotations within one piece of text (a sentence seen alone), as offsets into that text. */
export function quotationsInText(text: string): Quotation[] {
  return scanQuotations(text, [{ start: 0, end: text.length }], true);
}

/** True when `offset` falls inside one of `quotations`. */
export function isInQuotation(quotations: readonly Span[], offset: number): boolean {
  return quotations.some((quotation) => offset >= quotation.start && offset < quotation.end);
}
