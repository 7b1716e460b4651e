/**
 * How long an event lasted, as its sentence says: "talks lasting 90 minutes", "met for nearly an
 * hour", "a two-hour meeting", "the week-long exercise began on Feb. 2", "the three-day summit
 * ended on Friday". A length is kept as the date's qualifier, as written; a length in whole days
 * (or weeks) on a day the text gives turns the day into a range: from that day for an event that
 * began or is told whole, up to it for one that ended ("ended on Friday").
 *
 * A length belongs to the event only when the grammar ties them: an adjective on the event's noun
 * or its clause's subject ("The week-long exercise began"), the object of a verb of lasting
 * ("lasted nearly three hours", "ran for two days"), or a "for" of minutes or hours right after
 * the event's verb ("met for nearly an hour"; "jailed for 10 years" is a sentence, not a length).
 */
import type { EventDate } from '../model/event-list.ts';
import { addDays, dayDate, startDay } from './calendar.ts';
import { findDurations } from './dates.ts';
import type { DurationMention, Span } from './types.ts';

/** Only a determiner (and words of a noun phrase) between an adjective of length and the noun. */
const ADJECTIVE_TO_NOUN = /^\s+(?:[a-z-]+\s+)?$/;
/** "The week-long exercise": a subject noun phrase opening the clause, before its verb. */
const SUBJECT_OPENING = /^[\s,"“‘']*(?:(?:the|a|an|its|their|his|her|this|last|next)\s+)?$/i;
/** The subject's noun, then auxiliaries, before the verb: "exercise will", "strike is due to". */
const SUBJECT_TO_VERB =
  /^\s+[a-z-]+\s+(?:(?:will|would|is|are|was|were|has|have|had|be|been|to|set|due|expected|scheduled|finally|now)\s+)*$/i;
/** "began a week-long exercise", "held a two-hour meeting": the length of the verb's object. */
const OBJECT_OPENING = /^\s+(?:an?|the|its|their|his|her|another)\s+(?:[a-z]+\s+)?$/i;
/**
 * "will travel to Japan on Monday for a five-day visit": the length of what the trip is for. Not
 * after an arrival ("arrived for the week-long summit" is one day of a longer event).
 */
const PURPOSE_OPENING = /^\s+(?:[^,;:()]{0,40}?\s+)?for\s+(?:an?|the|its|their|his|her|another)\s+(?:[a-z]+\s+)?$/i;
const ARRIVAL = /^(?:arriv|land|reach|return|g[eo]t\s+(?:to|in)|touch)/i;
/** A verb of lasting right before a length: "lasted nearly three hours", "ran for two days". */
const LASTED =
  /\b(?:last(?:ed|ing|s)?|r(?:a|u)n(?:ning|s)?\s+for|went\s+on\s+for|going\s+on\s+for|continued\s+for|stretched\s+(?:for|over))\s+$/i;
/** "met for nearly an hour", "spoke with Boateng by phone for 40 minutes": a "for" after the verb. */
const FOR_AFTER_VERB = /^\s+(?:[^,;:()]{0,40}?\s+)?for\s+$/i;
/** The verb of an event's end: its date is the last day of the length. */
const ENDED =
  /\b(?:ended|ends|ending|closed|closes|concluded|concludes|wrapped\s+up|wraps\s+up|wound\s+up|winds\s+up|finished|finishes)\b/i;

const BEGAN = /\b(?:began|begins|begin|started|starts|start|starting|opened|opens|kicked\s+off|kicks\s+off)\b/i;

const DAYS_PER_UNIT: Partial<Record<DurationMention['unit'], number>> = { day: 1, week: 7 };

/** The lengths of the sentence last asked about: each of its triggers asks. */
let durationsOf: { masked: string; lengths: readonly DurationMention[] } | undefined;

function durationsIn(masked: string): readonly DurationMention[] {
  if (durationsOf?.masked !== masked) {
    durationsOf = {
      masked,
      lengths: findDurations({ index: 0, paragraph: 0, start: 0, end: masked.length, text: masked }),
    };
  }
  return durationsOf.lengths;
}

/** The length the text ties to the event at `at` in `clause` of `masked`, if any. */
export function lengthOf(masked: string, clause: Span, at: Span): DurationMention | undefined {
  if (!/minute|hour|day|week|fortnight/i.test(masked.slice(clause.start, clause.end))) return undefined;
  const lengths = durationsIn(masked).filter((length) => length.start >= clause.start && length.end <= clause.end);
  return lengths.find((length) => {
    const adjective = /-/.test(length.text) || /\blong$/i.test(length.text);
    if (length.start >= at.start && length.end <= at.end) return adjective; // "the three-day summit"
    if (length.end <= at.start) {
      // "The week-long exercise began", "a two-hour meeting".
      const between = masked.slice(length.end, at.start);
      const opening = SUBJECT_OPENING.test(masked.slice(clause.start, length.start));
      return adjective && (ADJECTIVE_TO_NOUN.test(between) || (opening && SUBJECT_TO_VERB.test(between)));
    }
    const before = masked.slice(Math.max(at.end, length.start - 40), length.start);
    if (adjective) {
      const between = masked.slice(at.end, length.start);
      const arrival = ARRIVAL.test(masked.slice(at.start, at.end));
      return !arrival && (OBJECT_OPENING.test(between) || PURPOSE_OPENING.test(between));
    }
    if (LASTED.test(before)) return true;
    const short = length.unit === 'minute' || length.unit === 'hour';
    return short && FOR_AFTER_VERB.test(masked.slice(at.end, length.start));
  });
}

/**
 * `date` with the event's length (see the header): a qualifier always; a range when the length is
 * in days or weeks, on a single day the text gives.
 */
export function withLength(masked: string, clause: Span, at: Span, date: EventDate): EventDate {
  const length = lengthOf(masked, clause, at);
  if (!length) return date;
  const written = length.text.toLowerCase().replace(/\s+/g, ' ');
  const qualifier = date.qualifier ? `${date.qualifier}, ${written}` : written;
  const perUnit = DAYS_PER_UNIT[length.unit];
  const day = startDay(date);
  const days = perUnit ? perUnit * length.amount : 0;
  if (days < 2 || !day || date.precision !== 'day' || date.end || date.approximate) return { ...date, qualifier };
  // "The two-day summit, which Portugal hosted, ended on Friday": the predicate after the relative.
  const predicate = /^(?:which|who)\b[^,;()]{1,150},([^,;]*)/.exec(masked.slice(clause.end))?.[1] ?? '';
  const told = masked.slice(clause.start, clause.end) + predicate;
  const ends = ENDED.test(told) && !BEGAN.test(told);
  const [first, last] = ends ? [addDays(day, 1 - days), day] : [day, addDays(day, days - 1)];
  return { start: dayDate(first).start, end: dayDate(last).start, precision: 'day', qualifier };
}
