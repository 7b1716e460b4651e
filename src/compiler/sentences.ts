/**
 * Stage 2: paragraphs -> sentences with exact offsets.
 * A first splitter: ends a sentence at . ! ? (and a closing quote after it) followed by space and
 * an upper-case letter or an opening quote, unless the word before the stop is a known abbreviation
 * or an initial.
 */
import type { ParsedArticle, Sentence } from './types.ts';

const ABBREVIATIONS = new Set([
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'st',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'jr',
  'sr',
  'prof',
  'rev',
  'vs',
  'inc',
  'corp',
  'co',
  'ltd',
  'mt',
  'ft',
  'pres',
  'adm',
  'maj',
  'cmdr',
  'amb',
  'atty',
]);

function isAbbreviationBefore(text: string, stop: number): boolean {
  let begin = stop;
  while (begin > 0 && /[A-Za-z.]/.test(text.charAt(begin - 1))) begin -= 1;
  const word = text.slice(begin, stop).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("John F. Kennedy") and dotted initials ("J.D.").
  return /^([a-z]\.)*[a-z]$/.test(word);
}

export function splitSentences(article: ParsedArticle): Sentence[] {
  const sentences: Sentence[] = [];
  const { text } = article;
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    let start = paragraph.start;
    const boundary = /[.!?]["'\u201D\u2019)]*(?=\s+["'\u201C\u2018(]?[A-Z0-9])/g;
    const slice = text.slice(0, paragraph.end);
    boundary.lastIndex = paragraph.start;
    for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
      if (match[0].startsWith('.') && isAbbreviationBefore(text, match.index)) continue;
      const end = match.index + match[0].length;
      sentences.push({ index: sentences.length, paragraph: paragraphIndex, start, end, text: text.slice(start, end) });
      start = end;
      while (start < paragraph.end && /\s/.test(text.charAt(start))) start += 1;
    }
    if (start < paragraph.end) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        start,
        end: paragraph.end,
        text: text.slice(start, paragraph.end),
      });
    }
  });
  return sentences;
}
