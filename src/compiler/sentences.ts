/**
 * Stage 2: paragraphs -> sentences with exact offsets (`text === article.text.slice(start, end)`).
 *
 * Why rules and not wink-nlp: measured on the seed and on the tricky fixtures in
 * `__fixtures__/sentences/`, wink-nlp 2.4 split "U.S.", "U.N.", "Sept." and initials right, but took
 * ~1.5 ms for a 2,500-character article (half the whole compiler's 3 ms budget), reports token
 * indexes that must be mapped back to offsets, and still joined "at 3 a.m. Officials left" and
 * "percent... Officials said". This splitter scans each paragraph once (a few microseconds per
 * article), and every decision it makes is a small named function with a test.
 *
 * A candidate boundary is `.`, `!`, `?` or an ellipsis, then any closing quotes or brackets, then
 * white space. It is a boundary unless the next word starts lower-case, or the word before the
 * stop is an abbreviation that cannot end a sentence here (titles, "No. 10", "Sept. 24",
 * initials), or a quotation ending in `?`/`!` is followed by its own attribution ("Why now?"
 * Trump asked). Sentences never cross a paragraph.
 */
import {
  MONTH_ABBREVIATIONS,
  NEVER_FINAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SUFFIX_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.ts';
import type { ParsedArticle, Sentence } from './types.ts';

/**
 * Words that start sentences but rarely follow an abbreviation inside one. After an abbreviation
 * that can also end a sentence ("U.S.", "p.m.", "Inc."), a next word from this list means a new
 * sentence ("... in the U.S. The talks ..."), any other capitalised word means a name goes on
 * ("U.S. Secretary of State").
 */
const SENTENCE_STARTERS = new Set([
  'a',
  'an',
  'the',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'still',
  'then',
  'now',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'as',
  'if',
  'since',
  'during',
  'earlier',
  'later',
  'last',
  'some',
  'many',
  'most',
  'all',
  'both',
  'officials',
  'no',
  'what',
  'why',
  'how',
  'who',
  'one',
  'two',
  'three',
  'asked',
  'according',
]);

/** Verbs that attribute a quotation right after it: '"Why now?" Trump asked.' */
const ATTRIBUTION =
  /^(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|asked|asks|wrote|writes|told|tells|added|adds|replied|shouted|insisted|posted|tweeted|declared|stated|warned|recalled|continued)\b/;

const CLOSERS = `"'\u201D\u2019)\\]`;
const BOUNDARY = new RegExp(`(?:\\.{2,}|\u2026|[.!?]+)[${CLOSERS}]*(?=\\s)`, 'g');

/** A letter (`\p{L}`) or a full stop: ASCII by its code, anything else by the pattern. */
function isLetterOrStop(code: number, char: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
  return LETTER_OR_STOP.test(char);
}

const LETTER_OR_STOP = /[\p{L}.]/u;

/** The word (letters and inner dots) that ends right before `stop`, lower-cased, without the stop. */
export function wordBefore(text: string, stop: number, from = 0): string {
  let begin = stop;
  while (begin > from && isLetterOrStop(text.charCodeAt(begin - 1), text.charAt(begin - 1))) begin -= 1;
  return text.slice(begin, stop).toLowerCase();
}

/** The next word after white space and opening marks, as written. */
function nextWord(text: string, from: number, end: number): string {
  let at = from;
  while (at < end && /[\s"'\u201C\u2018([]/.test(text.charAt(at))) at += 1;
  const match = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u.exec(text.slice(at, Math.min(end, at + 40)));
  return match ? match[0] : '';
}

/** True for "U.S", "u.n", "j.d", "a.m": letters separated by dots. */
function isDottedAcronym(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Decides whether the candidate stop `match` (at `stop`, length `length`) ends a sentence, given
 * the text that follows up to the paragraph's end.
 */
export function isBoundary(text: string, stop: number, length: number, paragraphStart: number, end: number): boolean {
  const mark = text.slice(stop, stop + length);
  const after = stop + length;
  const next = nextWord(text, after, end);
  if (next === '') return false;
  const first = next.charAt(0);
  if (/\p{Ll}/u.test(first)) return false;
  const startsWithDigit = /\p{N}/u.test(first);

  if (/[!?]/.test(mark) && /["\u201D'\u2019]$/.test(mark)) {
    // A quotation ending in ? or ! followed by its attribution is one sentence.
    return !ATTRIBUTION.test(text.slice(text.indexOf(next, after), end));
  }
  if (!mark.startsWith('.') || mark.startsWith('..')) return true;
  // A single full stop: look at the word before it.
  const word = wordBefore(text, stop, paragraphStart);
  if (word === '') return true;
  if (TITLE_ABBREVIATIONS.has(word) || NEVER_FINAL_ABBREVIATIONS.has(word)) return false;
  // An initial: "John F. Kennedy", "F. Scott", "P. Anil Kumar" (a capital "P." is no page).
  if (/^\p{Lu}$/u.test(text.charAt(stop - 1)) && word.length === 1) return false;
  if (NUMBER_ABBREVIATIONS.has(word) || MONTH_ABBREVIATIONS.has(word)) return !startsWithDigit;
  if (isDottedAcronym(word) || SUFFIX_ABBREVIATIONS.has(word)) {
    if (startsWithDigit) return true;
    return SENTENCE_STARTERS.has(next.toLowerCase());
  }
  return true;
}

/**
 * Longest sentence read whole, in characters. News sentences run to about 400 characters (the
 * longest of the evaluation corpus has 392); a stretch many times longer with no full stop is a
 * run-on line, a table or a paste, and reading it whole would cost time that grows with the square
 * of its length. It is read in pieces of at most this length instead, cut at a clause boundary.
 */
export const MAX_SENTENCE_LENGTH = 1000;

/**
 * Where to end the piece of an overlong stretch that starts at `start`: after the last "; " or ", "
 * in the second half of the allowed length, else at the last space, else at the length itself
 * (never between the two halves of a surrogate pair).
 */
export function pieceEnd(text: string, start: number, end: number): number {
  const limit = start + MAX_SENTENCE_LENGTH;
  if (end <= limit) return end;
  const window = text.slice(start, limit);
  const half = MAX_SENTENCE_LENGTH / 2;
  const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
  if (clause >= half) return start + clause + 1;
  const space = window.search(/\s\S*$/);
  if (space >= half) return start + space;
  return /[\uDC00-\uDFFF]/.test(text.charAt(limit)) ? limit - 1 : limit;
}

/** Splits every paragraph into sentences; the sentences and the white space between them tile it. */
export function splitSentences(article: ParsedArticle): Sentence[] {
  const sentences: Sentence[] = [];
  const { text } = article;
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const pushOne = (start: number, end: number, overlong?: number): void => {
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        start,
        end,
        text: text.slice(start, end),
        ...(overlong === undefined ? {} : { overlong }),
      });
    };
    const push = (start: number, end: number): void => {
      if (end - start <= MAX_SENTENCE_LENGTH) return pushOne(start, end);
      let from = start;
      while (from < end) {
        const to = pieceEnd(text, from, end);
        pushOne(from, to, from === start ? end - start : undefined);
        from = to;
        while (from < end && /\s/.test(text.charAt(from))) from += 1;
      }
    };
    let start = paragraph.start;
    const body = text.slice(0, paragraph.end);
    BOUNDARY.lastIndex = paragraph.start;
    for (let match = BOUNDARY.exec(body); match; match = BOUNDARY.exec(body)) {
      if (!isBoundary(text, match.index, match[0].length, paragraph.start, paragraph.end)) continue;
      const end = match.index + match[0].length;
      push(start, end);
      start = end;
      while (start < paragraph.end && /\s/.test(text.charAt(start))) start += 1;
    }
    if (start < paragraph.end) push(start, paragraph.end);
  });
  return sentences;
}
