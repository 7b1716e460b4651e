/**
 * Dated conjuncts: one verb with several objects, each with its own date ("closed Lincoln
 * Elementary in 2019 and Oak Hill Elementary in June 2021") tells one event per object. A conjunct
 * with a verb of its own ("and reopened in 2021") is a clause of its own and is not read here.
 */
import { tenseMarkers } from './tense.ts';
import type { TriggerMatch } from './triggers.ts';
import type { DateMention, Span } from './types.ts';

export interface DatedConjunct {
  /** The object's words, offsets relative to the sentence. */
  object: Span;
  date: DateMention;
}

/** A preposition that introduces a date: "in 2019", "on Monday". */
const DATE_PREPOSITION = /\s+(?:(?:in|on|at|during|last|this|next)\s+)?$/i;
/**
 * Words that start a clause, a verb phrase or an adverbial, not an object: "and he left", "and was
 * closed", "for repairs", "in Lisbon".
 */
const NOT_AN_OBJECT =
  /^(?:he|she|it|they|we|i|you|then|later|also|again|was|were|is|are|has|have|had|will|would|did|does|do|can|could|[a-z]+ed|for|to|from|with|at|in|on|by|of|into|over|after|before|since|until|during|as)\b/;
/** A reporting verb: ", company officials said on Tuesday" is an attribution, not an object. */
const REPORTING = /\b(?:said|says|told|tells|reported|reports|announced|added|confirmed|according)\b/i;

/** The words of an object: no punctuation, no new clause, at most eight words. */
function objectWords(text: string): string | undefined {
  const words = text.replace(DATE_PREPOSITION, '').trim();
  if (words === '' || /[,;:.()]/.test(words) || words.split(/\s+/).length > 8) return undefined;
  // "and its officers searched the offices on June 3": a clause of its own, with its own verb.
  const ownVerb =
    tenseMarkers(words).some((marker) => marker.tense === 'past' || marker.at > 0) ||
    // "workers occupied the site": a plural subject and its "-ed" verb.
    /\b[a-z]{3,}s\s+[a-z]{3,}ed\b/.test(words);
  return NOT_AN_OBJECT.test(words) || REPORTING.test(words) || ownVerb ? undefined : words;
}

/**
 * The dated objects of a verbal trigger when it has two or more ("banned Acme on Monday and Zeta on
 * Friday"), in order; none otherwise ("met X and Y on Monday" is one meeting). Between one date
 * and the next object there is only "and" or a comma, and no other trigger.
 */
export function datedConjuncts(
  masked: string,
  dates: readonly DateMention[],
  triggers: readonly TriggerMatch[],
  match: TriggerMatch,
): DatedConjunct[] {
  if (match.trigger.nominal) return [];
  const after = dates.filter((mention) => mention.start >= match.end).sort((a, b) => a.start - b.start);
  const first = after[0];
  if (!first || after.length < 2) return [];
  const firstWords = objectWords(masked.slice(match.end, first.start));
  if (firstWords === undefined) return [];
  const objectAt = (from: number, words: string): Span => {
    const start = masked.indexOf(words, from);
    return { start, end: start + words.length };
  };
  const found: DatedConjunct[] = [{ object: objectAt(match.end, firstWords), date: first }];
  // A list ends with "and": "A in 2019, B in 2020 and C in 2021".
  let listEnd = 1;
  for (const date of after.slice(1)) {
    const previous = found.at(-1)!.date;
    const between = masked.slice(previous.end, date.start);
    const joined = /^\s*(?:,\s*(?:and\s+)?|and\s+)/.exec(between);
    if (!joined) break;
    const words = objectWords(between.slice(joined[0].length));
    const hasVerb = triggers.some((other) => other.start < date.start && other.end > previous.end);
    if (words === undefined || hasVerb) break;
    found.push({ object: objectAt(previous.end + joined[0].length, words), date });
    if (/\band\s+$/.test(joined[0])) listEnd = found.length;
  }
  return listEnd > 1 ? found.slice(0, listEnd) : [];
}

/** "and again in January", "and once more on Friday": what joins a repeat's date to the first. */
const AGAIN =
  /^\s*,?\s*(?:and|but|then)\s+(?:then\s+)?(?:again|once\s+(?:more|again))\s*,?\s*(?:(?:in|on|at|during|last|this|next|early|late)\s+)?$/i;

/**
 * "The flight planned for Friday was called off, and so was yesterday's": an ellipsis whose only
 * word left is another day's. The happening told of the first date happened to the second as well.
 */
const SO_WAS =
  /^[^.;:?!]{0,80}?,?\s+(?:and|but)\s+so\s+(?:was|were|did|had|has|have|is|are|will)\s+(?:the\s+(?:one|flight|trip|meeting|match|game|vote)\s+(?:planned\s+|set\s+|due\s+|scheduled\s+|booked\s+)?(?:for|on)\s+|the\s+)?$/i;

/**
 * The further dates of a happening told as repeated ("The meadow flooded in February 2020 and
 * again in January this year"): each is the same happening again, at its own date. `first` is the
 * date the trigger's event took (the first after it); none when the text tells no repeat.
 */
export function repeatedDates(masked: string, dates: readonly DateMention[], match: Span, first: Span): DateMention[] {
  const after = dates.filter((mention) => mention.start >= first.start).sort((a, b) => a.start - b.start);
  if (after[0]?.start !== first.start || first.start < match.end) return [];
  const repeats: DateMention[] = [];
  for (let index = 1; index < after.length; index += 1) {
    const previous = after[index - 1];
    const date = after[index];
    if (!previous || !date) break;
    const between = masked.slice(previous.end, date.start);
    if (!AGAIN.test(between) && !(index === 1 && SO_WAS.test(between))) break;
    repeats.push(date);
  }
  return repeats;
}
