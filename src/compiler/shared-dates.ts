/**
 * Dates shared by the events of one sentence: a news sentence often tells two events and dates
 * only the first ("Kovac flew to Tallinn on Monday and met the prime minister", "Vance will meet
 * Duda on Tuesday before flying to Vilnius"). The second event, with no date of its own, happened
 * (or will happen) on the first one's day.
 */
import { addDays, COUNT_WORDS, formatAt, parseIsoDay } from './calendar.ts';
import type { TriggerMatch } from './triggers.ts';
import type { DateMention, Span } from './types.ts';

/** Only "and" (or "and was") between a dated verb and the next verb: they share a subject. */
const COORDINATED_AFTER_DATE = /^\s*,?\s*and\s+(?:then\s+|also\s+|subsequently\s+|later\s+)?(?:(?:was|were)\s+)?$/i;
/**
 * A past verb ("charged", "taken", "held", "sent", "met"): the word a coordinated verb starts with.
 * "met" after a dated trip is the commonest second event of a sentence: "flew to Riga on Monday
 * and met the premier".
 */
const PAST_VERB_START = /^(?:met|[a-z]+(?:ed|en|wn|ld|ht|nt|ut|ot|ew|ung|ook|ove|ode|ose|ame|ave|ent|ft|st))\b/;

/**
 * "was arrested on Monday and charged with fraud", "toured the border wall on Tuesday and visited a
 * camp": a past verb coordinated with a dated verb, sharing its subject and with no date of its
 * own, happened on that date. (Irregular pasts, "and met" among them, were once tried with no gain
 * on unseen text; "met" alone is back, as it dates two meetings of the tuning set and adds no event.)
 */
export function coordinatedDate(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  if (!PAST_VERB_START.test(masked.slice(at.start, at.end + 12))) return undefined;
  return dates.find(
    (mention) => mention.end <= at.start && COORDINATED_AFTER_DATE.test(masked.slice(mention.end, at.start)),
  );
}

/**
 * Between a dated verb's date and the verb of a "when" clause that follows it: a short place or
 * time of day, "when", then the clause's subject ("on Monday afternoon when the Christian
 * Democrats (CDA)").
 */
const WHEN_AFTER_DATE =
  /^(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*,?\s+when\s+(?:[\w'’().-]+\s+){1,6}$/;

/**
 * "Talks broke down on Monday afternoon when the CDA walked out", "The roof collapsed on Friday
 * when a crane struck it", "The worst flooding was in August 2021, when the Ouse burst its banks":
 * the verb of a "when" clause right after a dated phrase, with no date of its own, happened at that
 * time, whatever its precision (the clause tells what happened then).
 */
export function whenClauseDate(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  const before = dates.filter((mention) => mention.end <= at.start && mention.anchor !== 'previous-event').at(-1);
  if (!before) return undefined;
  return WHEN_AFTER_DATE.test(masked.slice(before.end, at.start)) ? before : undefined;
}

/** A dated phrase's end, then "when" (after a time of day or a place, perhaps a comma): the "when" clause opens. */
const WHEN_OPENS =
  /^(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*,?\s+when\b/;

/**
 * Where the "when" clause right after `date` starts (after "when"), or undefined: "on May 12, when
 * the two sides finalised the text", "in November 2017, when his predecessor attended the show".
 */
export function whenClauseAfter(masked: string, date: Span): number | undefined {
  const opens = WHEN_OPENS.exec(masked.slice(date.end, date.end + 80));
  return opens ? date.end + opens[0].length : undefined;
}

/**
 * Between a dated verb's date and a participle that follows it: a short place or time of day
 * ("in Warsaw", "at the palace", "evening"), then "before", "upon" or "on", perhaps after a comma and
 * a word like "shortly". Not "a day before" or "two hours after": those shift the day
 * (`offsetParticipleDate`); nor "after": "resigned on Friday after losing a vote" tells a cause,
 * often days earlier.
 */
const PARTICIPLE_AFTER_DATE =
  /^(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*,?\s+(?:(?:shortly|just|soon|immediately)\s+)?(?:before|upon|on)\s+$/;

/**
 * "Vance is set to meet Duda on Tuesday before flying to Vilnius", "Kovac met the prime minister
 * on Tuesday before leaving for Vilnius": a participle right after a dated verb, with no date of
 * its own, is told on the same day (the date the news gives the pair).
 */
export function participleAfterDated(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  if (!/^[a-z]+ing\b/.test(masked.slice(at.start, at.end))) return undefined;
  const before = dates.filter((mention) => mention.end <= at.start && mention.anchor !== 'previous-event').at(-1);
  if (!before || before.date.precision !== 'day') return undefined;
  return PARTICIPLE_AFTER_DATE.test(masked.slice(before.end, at.start)) ? before : undefined;
}

/**
 * Between a trip's date and the verb of its purpose: a short place or time of day, then "to"
 * ("on Monday to meet", "on 14 July in London to hold talks").
 */
const PURPOSE_AFTER_DATE =
  /^(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*,?\s+(?:in\s+order\s+)?to\s+$/;

/**
 * "Duval flew to Oslo on Monday to meet King Harald", "Rask travelled to Kyiv on Tuesday to hold
 * talks with Marchuk": the purpose of a dated trip, with no date of its own, is told as done on the
 * trip's day. Only after a trip: "agreed on Monday to meet" tells a plan, not its day.
 */
export function purposeOfDatedTrip(
  masked: string,
  dates: readonly DateMention[],
  triggers: readonly TriggerMatch[],
  at: Span,
): DateMention | undefined {
  const before = dates.filter((mention) => mention.end <= at.start && mention.anchor !== 'previous-event').at(-1);
  if (!before || before.date.precision !== 'day' || !PURPOSE_AFTER_DATE.test(masked.slice(before.end, at.start)))
    return undefined;
  const trip = triggers.filter((trigger) => trigger.end <= before.start).at(-1);
  return trip?.trigger.kind === 'travel' && !trip.trigger.nominal ? before : undefined;
}

/**
 * ", two weeks after winning", ", a day before travelling to", ", hours after losing": how far a
 * participle's event lies from the dated verb before the comma. Hours and minutes keep the day.
 */
const OFFSET_BEFORE_PARTICIPLE =
  /^\s*,\s*(?:(?:just|only|barely|some|about|nearly|almost)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|hours|minutes|moments)(?:\s+(days?|weeks?|hours?|minutes?))?\s+(after|before)\s+(?:being\s+)?$/i;

/**
 * "Rostad announced her retirement on Friday, two weeks after winning her third world title",
 * "Rask met Duval on Monday, a day before travelling to Warsaw": a participle told as days or
 * weeks from a dated verb happened that far from its day (winning two weeks before Friday).
 */
export function offsetParticipleDate(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  if (!/^[a-z]+(?:ing|ed|en|wn)\b/.test(masked.slice(at.start, at.end))) return undefined;
  const before = dates.filter((mention) => mention.end <= at.start && mention.anchor !== 'previous-event').at(-1);
  if (!before || before.date.precision !== 'day') return undefined;
  const offset = OFFSET_BEFORE_PARTICIPLE.exec(masked.slice(before.end, at.start));
  const day = parseIsoDay(before.date.start);
  if (!offset || !day) return undefined;
  const [, amount = '', unit = '', direction = ''] = offset;
  const count = COUNT_WORDS[amount.toLowerCase()] ?? Number(amount);
  const days =
    /^(?:hours|minutes|moments)$/i.test(amount) || /^(?:hours?|minutes?)$/i.test(unit)
      ? 0
      : unit.startsWith('week')
        ? 7 * count
        : /^days?$/i.test(unit)
          ? count
          : NaN;
  if (!Number.isFinite(days)) return undefined;
  // "X on Friday, two weeks after winning": the winning came first; "a day before travelling": later.
  const shifted = addDays(day, direction.toLowerCase() === 'after' ? -days : days);
  return {
    start: before.start,
    end: before.end,
    text: before.text,
    date: { start: formatAt(shifted.year, shifted.month, shifted.day, 'day'), precision: 'day' },
    anchor: before.anchor,
    inQuote: before.inQuote,
  };
}
