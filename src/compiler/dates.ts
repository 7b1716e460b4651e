/**
 * Stage 3a: time expressions in a sentence -> DateMention[], resolved against the dateline, the
 * tense of their clause and the event told just before.
 *
 * Why not chrono-node: measured on the seed, chrono took ~2.7 ms per article (the whole
 * compiler's budget is 3 ms), picks years without regard to tense, reads "march", "Now" and
 * "weekend" as dates, has no anaphora ("the same day", "three days later" against the previous
 * event), and its results needed as many rules on top as recognising news-style dates directly.
 * News dates form a small grammar (AP/Reuters style: "Sept. 24", "Dec. 28, 2025", "June 2021",
 * weekdays, "last week"), so this module recognises them with a few named patterns, each
 * resolved by a small function, in a few microseconds per sentence.
 *
 * Decisions (documented so callers know what to expect):
 * - "in recent months/weeks/days" and "recently" are not dates: they name an ongoing stretch
 *   without bounds, and the events they go with are not point events.
 * - "last week"/"next week"/"this week" are Monday-Sunday ranges, approximate.
 * - "Now"/"now", times of day alone ("at 10 a.m.") and durations ("12 hours") are never dates.
 */
import type { EventDate } from '../model/event-list.ts';
import {
  addCalendarMonths,
  addDays,
  addMonths,
  compareDays,
  COUNT_WORDS,
  dayDate,
  dayRange,
  formatAt,
  isRealDay,
  mondayOf,
  monthDate,
  parseIsoDay,
  startDay,
  weekdayOf,
  WEEKDAY_NAME as WEEKDAY,
  type Day,
} from './calendar.ts';
import { isInQuotation, quotationsInText } from './quotations.ts';
import { clauseTense, tenseMarkers, type TenseMarker } from './tense.ts';
import { foldLetters } from './letter-folding.ts';
import type { ClauseTense, DateMention, DurationMention, Sentence, Span } from './types.ts';

import { closesHeading, DAY_COUNT } from './section-dates.ts';

export { formatAt } from './calendar.ts';

/** What a sentence's dates are resolved against. */
export interface DateContext {
  /** Publication date from the dateline, YYYY-MM-DD. */
  published: string;
  /** Date of the event just told, for anaphora ("the same day", "two days later"). */
  previous?: EventDate;
  /**
   * The event just told was told in an earlier paragraph: a month it gives no longer carries a bare
   * day of the month ("on the 27th").
   */
  previousElsewhere?: boolean;
  /**
   * Quotations of the whole article (offsets into the file, as `findQuotations` gives them), so a
   * date in the second sentence of a two-sentence quotation is known to be quoted. Without it,
   * only the sentence's own quotation marks are seen.
   */
  quotations?: readonly Span[];
  /**
   * The day an earlier sentence gives an event named by `noun` ("the fault", "the vote"), for
   * "three days after the fault was discovered" and "on the eve of the vote". Without it, or when
   * no earlier sentence dates the noun, such phrases fall back to the event told before, or to
   * nothing: no day is invented.
   */
  recall?: (noun: string) => EventDate | undefined;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/**
 * A table's own entry for a word, or undefined. The tables are plain objects asked about any word
 * of the text: a bare `TABLE[word]` gives Object's built-ins for "constructor" or "toString".
 */
function ownEntry<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** The weekday a name gives ("Tuesday", "tuesday"), 0 for Sunday to 6, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  return ownEntry(WEEKDAYS, word.toLowerCase());
}

/** A word as a pattern matching it in lower case or capitalised ("in", "In"), but not shouted. */
function eitherCase(word: string): string {
  return `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`;
}

/**
 * Capitalised month names and their abbreviations; a month needs a capital ("may" is a verb).
 * "Mar", "Jun" and "Jul" without their point are months only next to a day's figure ("Jun 2",
 * "2 Jul 2025"): elsewhere they are words or names.
 */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|(?:Mar|Jun|Jul)(?=\s\d|(?<=\d\s(?:Mar|Jun|Jul)))\b|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)`;
/** Full month names only: a bare month needs its whole name ("in Jan" is not news style). */
const FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|2[01]\d\d)`;
const DASH = String.raw`\s?[-\u2013\u2014]\s?`;
const NUMBER = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|several|a few|a couple of)`;
const QUALIFIER = `(?:(?:${['early', 'late', 'mid', 'earlier', 'later'].map(eitherCase).join('|')})(?:\\s+on|\\s+in)?[\\s-])`;
/** Words before a bare month or year that show it is one ("in May", "since 2019"). */
const TIME_PREPOSITION = `(?:${['in', 'since', 'by', 'until', 'till', 'through', 'from', 'to', 'of', 'during', 'before', 'after', 'between', 'and', 'early', 'late', 'mid', 'last', 'next', 'this', 'around', 'throughout'].map(eitherCase).join('|')})`;

/** The month a name or abbreviation gives ("Sept.", "march"), 1-12, or undefined. */
export function monthNumber(word: string): number | undefined {
  // Not `replace(/\.$/, '')`: asked of every month a sentence names.
  return ownEntry(MONTHS, (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase());
}

function dayNumber(word: string): number {
  return Number.parseInt(word, 10);
}

function countOf(word: string): number | undefined {
  const clean = word.toLowerCase().replace(/^a (few|couple of)$/, '$1');
  const value = COUNT_WORDS[clean] ?? Number.parseInt(clean, 10);
  return Number.isFinite(value) ? value : undefined;
}

// ---------------------------------------------------------------------------------------------
// Resolution by tense

/** What a sentence's own dates are resolved against: the same for every event told before. */
interface Resolver {
  published: Day;
  /** Tense of the clause around [start, end) of the sentence text. */
  tenseAt: (start: number, end: number) => ClauseTense;
}

/** What anaphora ("the same day", "two days later") is resolved against as well. */
interface AnaphoraResolver extends Resolver {
  previous: EventDate | undefined;
  /** The event told before was told in an earlier paragraph (`DateContext.previousElsewhere`). */
  previousElsewhere?: boolean | undefined;
}

/**
 * The year for a month (and day) given without one: a past event falls on or before the
 * dateline, a future one on or after it, and otherwise the nearest such date to the dateline.
 */
export function yearFor(month: number, day: number | undefined, tense: ClauseTense, published: Day): number {
  const sameYear: Day = { year: published.year, month, day: day ?? 1 };
  const compared =
    day === undefined
      ? month - published.month
      : compareDays({ year: sameYear.year, month, day: Math.min(sameYear.day, 28) }, published) +
        (sameYear.day > 28 ? sameYear.day - 28 : 0);
  if (tense === 'past') return compared > 0 ? published.year - 1 : published.year;
  if (tense === 'future') return compared < 0 ? published.year + 1 : published.year;
  // No tense, or a plan's date: the nearest occurrence, within six months either way.
  const monthsAway = month - published.month;
  if (monthsAway > 6) return published.year - 1;
  if (monthsAway < -6) return published.year + 1;
  return published.year;
}

/** A weekday relative to the dateline: the last one (or today) in the past, the coming one ahead. */
export function weekdayFor(weekday: number, tense: ClauseTense, published: Day, modifier?: string): Day {
  const today = weekdayOf(published);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (modifier) {
    case 'next':
      return addDays(mondayOf(published), 7 + ((weekday + 6) % 7));
    case 'last':
      return addDays(published, -(back === 0 ? 7 : back));
    case 'this': {
      const inWeek = addDays(mondayOf(published), (weekday + 6) % 7);
      if ((tense === 'future' || tense === 'planned') && compareDays(inWeek, published) < 0) return addDays(inWeek, 7);
      // "resigned this Sunday" on a Monday's dateline: a day gone by is the last such day, not
      // the Sunday that ends the dateline's week.
      if (tense === 'past' && compareDays(inWeek, published) > 0) return addDays(inWeek, -7);
      return inWeek;
    }
    default:
      return tense === 'future' || tense === 'planned' ? addDays(published, ahead) : addDays(published, -back);
  }
}

// ---------------------------------------------------------------------------------------------
// Recognisers: each finds one kind of expression and resolves it, or gives nothing.

interface Found {
  start: number;
  end: number;
  /** Undefined only for a shift that waits for its reference ("two days after" with no previous). */
  date: EventDate | undefined;
  anchor: DateMention['anchor'];
  tense?: ClauseTense | undefined;
  /** "N days after/before": the signed shift, resolved once the sentence's dates are known. */
  shift?: Shift | undefined;
}

/**
 * A recogniser's find as a new literal with every field, in one order. The recognisers make their
 * finds in shapes of their own (with or without a tense or a shift, fields in different orders),
 * and the passes over a sentence's finds (overlaps, shifts, weekdays, years) then read objects of
 * many shapes through V8's slow lookups; they read one shape now. Made once per sentence.
 */
function oneShape(found: readonly Found[]): readonly Found[] {
  return found.length === 0
    ? found
    : found.map((item) => ({
        start: item.start,
        end: item.end,
        date: item.date,
        anchor: item.anchor,
        tense: item.tense,
        shift: item.shift,
      }));
}

/**
 * A signed shift "N days/weeks/months/years after/before": in days, or, for months and years, in
 * calendar months (then `days` is only its rough length).
 */
interface Shift {
  days: number;
  months?: number;
  /** Counted in years ("two years later"): kept at the precision of the date counted from. */
  years?: true;
  approximate: boolean;
}

/** The day `shift` from `base`, backwards when `sign` is -1: months are calendar months, not 30 days. */
export function shiftedDay(base: Day, shift: Shift, sign: 1 | -1 = 1): Day {
  return shift.months === undefined ? addDays(base, sign * shift.days) : addCalendarMonths(base, sign * shift.months);
}

/**
 * The date `shift` from `base` (backwards when `sign` is -1), a day: "must stop on Jan. 1, 2028, and
 * homeowners a year later" is Jan. 1, 2029 (approximate when counted in months or years). What a
 * count of years goes back to ("will resume on Dec. 28, a year after they collapsed") is its year:
 * the text names that happening by its distance, not by its day.
 */
function shiftedDate(base: Day, shift: Shift, sign: 1 | -1 = 1): EventDate {
  const day = shiftedDay(base, shift, sign);
  if (shift.years && sign === -1) return { start: String(day.year), precision: 'year', approximate: true };
  return dayDate(day, shift.approximate ? { approximate: true } : {});
}

type Recogniser = (text: string, resolver: Resolver) => Found[];
type AnaphoraRecogniser = (text: string, resolver: AnaphoraResolver) => Found[];

/** A match: the whole text at 0, then the groups (the prefix's first), and where it starts. */
type Match = { 0: string; index: number } & (string | undefined)[];

/**
 * Every match of `pattern` in `text`. A `prefix` (a pattern ending in `$`) is tried on the text
 * just before each match and, when it matches, extends it backwards; its groups come first. This
 * stands in for a leading optional group ("early on Sept. 24"), which made V8 try the group at
 * every position and cost ten times more than the whole scan.
 */
function matchesOf(pattern: RegExp, text: string, prefix?: RegExp, prefixRequired = false): Match[] {
  const found: Match[] = [];
  pattern.lastIndex = 0;
  if (!prefix) {
    // The match itself is the shape asked for (whole text, groups, index): no copy.
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match);
    return found;
  }
  const prefixGroups = groupCount(prefix);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = prefix.exec(text.slice(Math.max(0, match.index - 40), match.index));
    if (prefixRequired && !before) continue;
    const lead = before ? before[0] : '';
    const whole = lead + match[0];
    // `index` set on the array itself: Object.assign onto an array takes a slow generic path.
    const values = [whole] as Match;
    values.index = match.index - lead.length;
    for (let group = 1; group <= prefixGroups; group += 1) values.push(before?.[group]);
    for (let group = 1; group < match.length; group += 1) values.push(match[group]);
    found.push(values);
  }
  return found;
}

const groupCounts = new WeakMap<RegExp, number>();

/** How many capturing groups `pattern` has (compiling a pattern per call cost more than matching). */
function groupCount(pattern: RegExp): number {
  let count = groupCounts.get(pattern);
  if (count === undefined) {
    count = (new RegExp(`${pattern.source}|`).exec('')?.length ?? 1) - 1;
    groupCounts.set(pattern, count);
  }
  return count;
}

/** Text of a qualifier ("early", "late", "mid") written before a date. */
function qualifierOf(raw: string | undefined): Partial<EventDate> {
  const word = raw?.trim().split(/[\s-]/)[0]?.toLowerCase();
  return word ? { qualifier: word } : {};
}

/**
 * A qualifier of a month ("mid-September", "early March 2025"): a part of the month, so the month
 * is only approximately the event's time, as "late last year" is.
 */
function partOf(raw: string | undefined): Partial<EventDate> {
  const qualifier = qualifierOf(raw);
  return qualifier.qualifier ? { approximate: true, ...qualifier } : {};
}

/** A day of a month resolved by tense, or undefined when it is not a real day. */
function resolveMonthDay(
  month: number,
  day: number,
  year: number | undefined,
  tense: ClauseTense,
  published: Day,
): Day | undefined {
  const resolved: Day = { year: year ?? yearFor(month, day, tense, published), month, day };
  return isRealDay(resolved) ? resolved : undefined;
}

const QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER})$`);
const RANGE_LEAD_BEFORE = new RegExp(String.raw`(${QUALIFIER})?\b(?:[Ff]rom|[Bb]etween)\s+$`);
/**
 * A move's verb before "from": "was rescheduled from Monday to Thursday", "moved from June 10 to
 * June 24" tell two days (the one left and the new one), not a span.
 */
const MOVED_FROM_BEFORE =
  /\b(?:moved|rescheduled|re-scheduled|postponed|pushed\s+back|brought\s+forward|put\s+back|shifted|switched|changed|delayed|rearranged|re-arranged)\s+(?:[\w-]+\s+){0,2}?from\s+$/i;

/** Whether the range starting at `start` is a move's two days (`MOVED_FROM_BEFORE`). */
function isMoveFrom(text: string, start: number): boolean {
  return MOVED_FROM_BEFORE.test(text.slice(Math.max(0, start - 50), start));
}

const MONTH_DAY_RANGE = new RegExp(
  String.raw`\b(${MONTH})\s+(${DAY})(?:,?\s+(${YEAR}))?(?:${DASH}|\s+(?:to|through|until|till|and)\s+)(?:(${MONTH})\s+)?(${DAY})\b(?:,?\s+(${YEAR}))?`,
  'g',
);

/** "Sept. 22-26", "from Sept. 22 to Sept. 26", "between March 3 and 5", "Sept. 30-Oct. 2". */
export const monthDayRanges: Recogniser = (text, { published, tenseAt }) =>
  [
    ...matchesOf(MONTH_DAY_RANGE, text, RANGE_LEAD_BEFORE, true),
    ...matchesOf(MONTH_DAY_RANGE, text, QUALIFIER_BEFORE),
  ].flatMap((match) => {
    const [whole, qualifier, month1, day1, year1, month2, day2, year2] = match;
    if (month1 && isMoveFrom(text, match.index + whole.indexOf(month1))) return [];
    const startMonth = monthNumber(month1 ?? '');
    const endMonth = month2 ? monthNumber(month2) : startMonth;
    if (!startMonth || !endMonth || !day1 || !day2) return [];
    const start = match.index + (qualifier?.length ?? 0);
    const tense = tenseAt(start, match.index + whole.length);
    const explicitYear = year1 ?? year2;
    const first = resolveMonthDay(
      startMonth,
      dayNumber(day1),
      explicitYear ? Number(explicitYear) : undefined,
      tense,
      published,
    );
    if (!first) return [];
    const endYear = year2 ? Number(year2) : endMonth < startMonth ? first.year + 1 : first.year;
    const last: Day = { year: endYear, month: endMonth, day: dayNumber(day2) };
    if (!isRealDay(last) || compareDays(last, first) < 0) return [];
    return [
      {
        start: match.index,
        end: match.index + whole.length,
        date: dayRange(first, last, qualifierOf(qualifier)),
        anchor: explicitYear ? 'absolute' : 'dateline',
        tense,
      },
    ];
  });

/**
 * British and world style: "on 28-29 December", "from 12 to 14 March", "on 3 and 4 June", "for 12,
 * 13 and 14 March", "from 30 November to 2 December 2025". After a word that leads a date ("on",
 * "from", "between", "held"), so that a count ("rose 5-6 March") is not read as days.
 */
const DAY_MONTH_RANGE = new RegExp(
  String.raw`\b(${DAY})(?:\s+(${MONTH}))?(?:,\s*${DAY})*(?:${DASH}|,?\s+(?:to|through|until|till|and)\s+)(${DAY})\s+(${MONTH})(?![a-z])(?:,?\s+(${YEAR})\b)?`,
  'g',
);
const DAY_RANGE_LEAD_BEFORE = new RegExp(
  String.raw`(${QUALIFIER})?\b(?:[Oo]n|[Ff]rom|[Bb]etween|[Ff]or|[Oo]ver|[Dd]uring|held|ran|runs|run|place)\s+$`,
);

/** "on 28-29 December", "from 12 to 14 March" (see `DAY_MONTH_RANGE`): a range of days. */
export const dayMonthRanges: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(DAY_MONTH_RANGE, text, DAY_RANGE_LEAD_BEFORE, true).flatMap((match) => {
    const [whole, qualifier, day1, month1, day2, month2, year] = match;
    if (month1 && isMoveFrom(text, match.index + whole.indexOf(day1 ?? '', qualifier?.length ?? 0))) return [];
    const endMonth = monthNumber(month2 ?? '');
    const startMonth = month1 ? monthNumber(month1) : endMonth;
    if (!startMonth || !endMonth || !day1 || !day2) return [];
    // The range starts at its first day: the lead word ("held", "on") may be an event's own verb.
    const start = match.index + whole.indexOf(day1, qualifier?.length ?? 0);
    const end = match.index + whole.length;
    const tense = tenseAt(start, end);
    const endYear = year ? Number(year) : undefined;
    const last = resolveMonthDay(endMonth, dayNumber(day2), endYear, tense, published);
    if (!last) return [];
    const first: Day = {
      year: startMonth > endMonth ? last.year - 1 : last.year,
      month: startMonth,
      day: dayNumber(day1),
    };
    if (!isRealDay(first) || compareDays(last, first) < 0) return [];
    return [
      {
        start,
        end,
        date: dayRange(first, last, qualifierOf(qualifier)),
        anchor: year ? 'absolute' : 'dateline',
        tense,
      },
    ];
  });

/** "Tuesday, Nov. 18", "early on Monday, Aug. 11": the weekday names the same day. */
const WEEKDAY_THEN_DAY = new RegExp(`(${QUALIFIER})?(?:\\b(${WEEKDAY}),?\\s+)?$`);

/**
 * The day itself when its weekday is the one the text gives; otherwise the same day a year
 * before or after if that one has it ("Tuesday, Nov. 18" in a January article is last year's),
 * never against the tense: a past event stays on or before the dateline, a future one after it.
 */
function yearOfWeekday(day: Day, weekday: number | undefined, tense: ClauseTense, published: Day): Day {
  if (weekday === undefined || weekdayOf(day) === weekday) return day;
  const other = [day.year - 1, day.year + 1]
    .map((year) => ({ ...day, year }))
    .filter((candidate) => isRealDay(candidate) && weekdayOf(candidate) === weekday)
    .filter((candidate) =>
      tense === 'past'
        ? compareDays(candidate, published) <= 0
        : tense === 'future'
          ? compareDays(candidate, published) >= 0
          : true,
    );
  return other.length === 1 && other[0] ? other[0] : day;
}

const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+(${DAY})\b(?!\.\d|:\d)(?:,?\s+(${YEAR})\b)?`, 'g');
const DAY_MONTH = new RegExp(String.raw`\b(${DAY})(?:\s+of)?\s+(${MONTH})(?:,?\s+(${YEAR})\b)?`, 'g');

/** "Aug. 15", "Dec. 28, 2025", "early on Sept. 24", "24 September 2025", "the 3rd of October". */
export const monthDays: Recogniser = (text, { published, tenseAt }) => {
  const found: Found[] = [];
  const add = (
    match: Match,
    qualifier: string | undefined,
    weekday: string | undefined,
    month: string,
    day: string,
    year?: string,
  ) => {
    const monthValue = monthNumber(month);
    if (!monthValue) return;
    const dateStart = match.index + (qualifier?.length ?? 0);
    const end = match.index + match[0].length;
    const tense = isPlanDay(text, dateStart, end)
      ? planDayTense(text, dateStart, tenseAt(dateStart, end))
      : aheadOf(text, dateStart, planAsItStood(text, dateStart, tenseAt(dateStart, end)));
    const byTense = resolveMonthDay(monthValue, dayNumber(day), year ? Number(year) : undefined, tense, published);
    const resolved =
      byTense && !year && weekday ? yearOfWeekday(byTense, WEEKDAYS[weekday.toLowerCase()], tense, published) : byTense;
    if (!resolved) return;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      date: dayDate(resolved, qualifierOf(qualifier)),
      anchor: year ? 'absolute' : 'dateline',
      tense,
    });
  };
  for (const match of matchesOf(MONTH_DAY, text, WEEKDAY_THEN_DAY))
    add(match, match[1], match[2], match[3] ?? '', match[4] ?? '', match[5]);
  for (const match of matchesOf(DAY_MONTH, text, WEEKDAY_THEN_DAY))
    add(match, match[1], match[2], match[4] ?? '', match[3] ?? '', match[5]);
  return found;
};

/** Scheduled happenings: a date written into their noun phrase is their planned day. */
const SCHEDULED_NOUNS =
  'vote|votes|ballot|election|elections|poll|polls|referendum|deadline|summit|meeting|talks|hearing|trial|sentencing|verdict|launch|opening|inauguration|ceremony|match|final|kickoff|kick-off|auction|conference|congress|convention|debate|budget|strike|walkout|rally|march|protest|visit|tour|sitting|session|handover|exams?|count';
/** "the Jan. 9 vote", "its 9 January deadline": a date written into a scheduled happening's noun phrase. */
const DATE_OF_NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|next|last)\s+$/i;
const SCHEDULED_NOUN_AFTER = new RegExp(String.raw`^\s+(?:[a-z-]+\s+)?(?:${SCHEDULED_NOUNS})\b`);
/** Where a happening is held, between its noun and "for": "a rally outside the Halvik plant for". */
const PLACE_OF_HAPPENING = String.raw`(?:\s+(?:outside|in|at|near|opposite|across|through)(?:\s+[\w'’.-]+){1,5}?)?`;
/**
 * "announced elections for January 9", "called a rally outside the plant for Jan. 6", "Elections
 * were called for Nov. 9", "fixed January 9 for the next hearing", "posted for hearing on January
 * 9", "adjourned the case till January 9", "the pickup booked for Jan. 5": a day something is set
 * for.
 */
const SET_FOR_BEFORE = new RegExp(
  String.raw`\b(?:(?:${SCHEDULED_NOUNS})${PLACE_OF_HAPPENING}\s+for|(?:was|were|been)\s+(?:called|set|scheduled|slated)\s+for|(?:booked|planned|arranged|reserved|scheduled|slated)\s+for|(?:fixed|posted|listed|set\s+down|notified)(?:\s+(?:the\s+(?:case|matter)\s+)?(?:for\s+(?:(?:the\s+)?next\s+)?hearing\s+)?(?:on|for|to|till)?)?|for\s+(?:(?:the|further)\s+)?(?:next\s+)?hearing\s+on)\s+$`,
  'i',
);

/**
 * A day told as the planned day of a scheduled happening: its year is the nearest such day to
 * the dateline, whatever the tense of the verb around ("Officials said the Jan. 9 vote would be
 * delayed", "The opposition rejected the January 9 deadline", "The court fixed January 9 for the
 * next hearing"), as a plan's is.
 */
function isPlanDay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (SET_FOR_BEFORE.test(before)) return true;
  return DATE_OF_NOUN_BEFORE.test(before) && SCHEDULED_NOUN_AFTER.test(text.slice(end, end + 30));
}

/**
 * "was due to meet Duval on Dec. 30", "were expected to sign on March 2": a plan's day told as it
 * stood, which may be gone by: the nearest such day, not the next one.
 */
function planAsItStood(text: string, start: number, tense: ClauseTense): ClauseTense {
  return tense === 'future' && PLAN_AS_IT_STOOD.test(text.slice(0, start)) ? 'planned' : tense;
}

/**
 * Where a happening's noun with its day written in names one that took place, in a past clause:
 * its subject ("The Aug. 28 meeting was tense"), a scene set at it ("At their Aug. 28 meeting,"),
 * what a stretch runs from ("since their Aug. 28 meeting"), or what a past act came after ("Talks
 * stalled after the March 3 election", "resigned following the May 9 vote").
 */
const HELD_NOUN_BEFORE =
  /(?:^[\s"“‘']*(?:the|its|their|his|her)|\b(?:since|at|during|after|following)\s+(?:the|its|their|his|her|this|that))\s+$/i;

/**
 * The tense a scheduled happening's day is read in (`isPlanDay`): a plan's, nearest the dateline;
 * ahead when "will" tells of it after the date; past for the noun of one that took place
 * (`HELD_NOUN_BEFORE`) in a past clause; a plan's whenever the sentence calls it off or moves it.
 */
function planDayTense(text: string, start: number, clause: ClauseTense): ClauseTense {
  if (isPresentPlan(text, start)) return 'future';
  if (MOVED_OR_CALLED_OFF.test(text)) return 'planned';
  // "The July 19 final will be played in Oslo": ahead, not the nearest July 19.
  if (clause === 'future' && /\b(?:will|shall)\b|['’]ll\b/i.test(text.slice(start))) return 'future';
  if (clause !== 'past') return 'planned';
  if (/\bsince\s+\S+\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return 'past';
  return HELD_NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? 'past' : 'planned';
}

/** A plan's calling off or move, anywhere in its sentence: "postponed", "called off", "moved". */
const CALLED_OFF_OR_MOVED_WORDS =
  'cancel(?:l)?ed|called off|scrapped|postponed|put off|shelved|axed|delayed|moved|pushed back|rescheduled|brought forward|dropped';
const CALLED_OFF_OR_MOVED = new RegExp(String.raw`\b(?:${CALLED_OFF_OR_MOVED_WORDS})\b`, 'i');
const MOVED_OR_CALLED_OFF = new RegExp(String.raw`\b(?:${CALLED_OFF_OR_MOVED_WORDS}|due|expected|scheduled)\b`, 'i');

/** "is scheduled for", "are now slated for", "is tentatively planned for" just before the date. */
const PRESENT_PLAN_BEFORE =
  /\b(?:is|are)\s+(?:now\s+|currently\s+|tentatively\s+)?(?:scheduled|slated|planned|booked|set)\s+for\s+$/i;

/**
 * "The trial is scheduled for March 3" on an August dateline: a plan told in the present, with
 * nothing in its sentence calling it off or moving it, is still ahead (the next March 3), not the
 * nearest such day, which half a year away may lie behind the dateline.
 */
function isPresentPlan(text: string, start: number): boolean {
  return PRESENT_PLAN_BEFORE.test(text.slice(Math.max(0, start - 50), start)) && !CALLED_OFF_OR_MOVED.test(text);
}

/** "ahead of his trial on Jan. 9", "in the run-up to the Jan. 25 vote": a day still ahead. */
const AHEAD_OF_BEFORE = /\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:[\w'’-]+\s+){0,4}?(?:on\s+)?$/i;

/** A day after "ahead of" is ahead, whatever the clause's tense. */
function aheadOf(text: string, start: number, tense: ClauseTense): ClauseTense {
  return AHEAD_OF_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ? 'future' : tense;
}

const ISO_DAY = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** "2025-09-23". */
export const isoDays: Recogniser = (text) =>
  matchesOf(ISO_DAY, text).flatMap((match) => {
    const day = parseIsoDay(match[1] ?? '');
    return day
      ? [{ start: match.index, end: match.index + match[0].length, date: dayDate(day), anchor: 'absolute' }]
      : [];
  });

/** "15/06/2025", "15.06.2025", "6/15/2025": a day written in figures with its year. */
const NUMERIC_DAY = /\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b/g;

/**
 * "on 15/06/2025" (day first, as most of the world writes it), "on 6/15/2025" (month first, as US
 * copy does): the order a figure over 12 shows; when both could be a month, the reading nearer the
 * dateline (a story's days lie near its dateline).
 */
export const numericDays: Recogniser = (text, { published }) =>
  matchesOf(NUMERIC_DAY, text).flatMap((match) => {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = Number(match[4]);
    const readings = [
      { year, month: second, day: first },
      { year, month: first, day: second },
    ].filter((day) => day.month >= 1 && day.month <= 12 && isRealDay(day));
    const nearest = readings.sort(
      (a, b) => Math.abs(compareDays(a, published)) - Math.abs(compareDays(b, published)),
    )[0];
    return nearest
      ? [
          {
            start: match.index,
            end: match.index + match[0].length,
            date: dayDate(nearest),
            anchor: 'absolute' as const,
          },
        ]
      : [];
  });

const MONTH_YEAR = new RegExp(String.raw`\b(${FULL_MONTH}|${MONTH})\s+(?:of\s+)?(${YEAR})\b`, 'g');
const BARE_MONTH = new RegExp(String.raw`\b(${FULL_MONTH})\b(?!\s+\d)`, 'g');
/** "planned for May", "scheduled for April": a plan's month (not "voted for May"). */
const PLANNED_FOR = String.raw`(?:planned|scheduled|slated|set|due|pencill?ed|rescheduled|rearranged|postponed|adjourned|delayed|moved|pushed back)\s+(?:(?:until|till|to)|for)`;
const BARE_MONTH_BEFORE = new RegExp(String.raw`\b(${TIME_PREPOSITION}|${PLANNED_FOR})\s+(${QUALIFIER})?$`);
/** "January this year", "in March last year", "June next year": the month of the year named. */
const MONTH_OF_NAMED_YEAR = new RegExp(String.raw`\b(${FULL_MONTH})\s+(this|last|next)\s+year\b`, 'g');
const MID_MONTH = new RegExp(String.raw`\b(early|late|mid)-(${FULL_MONTH})\b(?!\s+\d)`, 'g');

/** "June 2021", "February 2022", "in May", "since last March", "mid-September", "in early March". */
export const months: Recogniser = (text, { published, tenseAt }) => {
  const found: Found[] = [];
  for (const match of matchesOf(MONTH_YEAR, text, QUALIFIER_BEFORE)) {
    const month = monthNumber(match[2] ?? '');
    if (!month) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      date: monthDate(Number(match[3]), month, partOf(match[1])),
      anchor: 'absolute',
    });
  }
  const addBare = (start: number, end: number, monthWord: string, qualifier: string | undefined, lead?: string) => {
    const month = monthNumber(monthWord);
    if (!month) return;
    const tense = tenseAt(start, end);
    let year = yearFor(month, undefined, tense, published);
    if (lead === 'last') year = month < published.month ? published.year : published.year - 1;
    if (lead === 'next') year = month > published.month ? published.year : published.year + 1;
    if (lead === 'this') year = published.year;
    found.push({ start, end, date: monthDate(year, month, partOf(qualifier)), anchor: 'dateline', tense });
  };
  for (const match of matchesOf(MONTH_OF_NAMED_YEAR, text, QUALIFIER_BEFORE)) {
    const month = monthNumber(match[2] ?? '');
    if (!month) continue;
    const year = published.year + (match[3] === 'last' ? -1 : match[3] === 'next' ? 1 : 0);
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      date: monthDate(year, month, partOf(match[1])),
      anchor: 'dateline',
    });
  }
  for (const match of matchesOf(BARE_MONTH, text, BARE_MONTH_BEFORE, true)) {
    const lead = match[1]?.toLowerCase();
    const keepsLead = lead === 'last' || lead === 'next' || lead === 'this';
    const start = keepsLead ? match.index : match.index + (match[1]?.length ?? 0) + 1;
    addBare(start, match.index + match[0].length, match[3] ?? '', match[2], lead);
  }
  for (const match of matchesOf(MID_MONTH, text)) {
    addBare(match.index, match.index + match[0].length, match[2] ?? '', match[1]);
  }
  return found;
};

const SEASON = new RegExp(String.raw`\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(${YEAR})\b`, 'gi');
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [12, 14],
};

/** "spring 2026" is March-May 2026, at month precision. */
export const seasons: Recogniser = (text) =>
  matchesOf(SEASON, text, QUALIFIER_BEFORE).flatMap((match) => {
    const range = ownEntry(SEASON_MONTHS, (match[2] ?? '').toLowerCase());
    if (!range) return [];
    const year = Number(match[3]);
    const last = addMonths(year, 1, range[1] - 1);
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        date: {
          ...monthDate(year, range[0], qualifierOf(match[1])),
          end: formatAt(last.year, last.month, 1, 'month'),
        },
        anchor: 'absolute',
      },
    ];
  });

const SEASON_NAMES = String.raw`(spring|summer|fall|autumn|winter)`;
/**
 * A season without a year: "last summer", "this autumn", "next spring", "in the fall", "over the
 * winter". Seasons are written in lower case in news ("the Prague Spring" is a name); "the fall of
 * Kabul" is no season.
 */
const SEASON_RELATIVE = new RegExp(
  String.raw`\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?:the\s+)?|(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hrough|[Bb]y|[Ss]ince|[Uu]ntil)\s+(?:the\s+)?(?:(early|late|mid)[\s-]+)?)${SEASON_NAMES}\b(?!\s+(?:of|\d)|-)`,
  'g',
);

/** The months of a period of the year (`range` as in SEASON_MONTHS) that starts in `year`. */
function periodOf(range: readonly [number, number], year: number) {
  return { first: { year, month: range[0] }, last: addMonths(year, 1, range[1] - 1) };
}

/** Months from year 0, to compare (year, month) pairs. */
function monthIndex({ year, month }: { year: number; month: number }): number {
  return year * 12 + month - 1;
}

/**
 * Which year's season or quarter a phrase names, from its lead word and the tense: "last summer"
 * is the latest one over before the dateline's month; "next spring" the first one after it;
 * otherwise the latest begun for a past event, and the one under way or next for any other.
 */
export function periodYear(
  range: readonly [number, number],
  lead: string | undefined,
  tense: ClauseTense,
  published: Day,
): number {
  const now = monthIndex(published);
  const candidates = [published.year - 2, published.year - 1, published.year, published.year + 1].map((year) => {
    const period = periodOf(range, year);
    return { year, first: monthIndex(period.first), last: monthIndex(period.last) };
  });
  const latestEnded = candidates.filter((c) => c.last < now).at(-1);
  const firstAhead = candidates.find((c) => c.first > now);
  const current = candidates.find((c) => c.first <= now && c.last >= now);
  const latestBegun = candidates.filter((c) => c.first <= now).at(-1);
  const which =
    lead === 'last' || lead === 'past'
      ? latestEnded
      : lead === 'next' || lead === 'coming'
        ? firstAhead
        : tense === 'past'
          ? latestBegun
          : (current ?? firstAhead);
  return which?.year ?? published.year;
}

/** A month range from a period of the year (`range` as in SEASON_MONTHS) in `year`. */
function periodDate(range: readonly [number, number], year: number, extra: Partial<EventDate> = {}): EventDate {
  const { first, last } = periodOf(range, year);
  return { ...monthDate(first.year, first.month, extra), end: formatAt(last.year, last.month, 1, 'month') };
}

/** "last summer", "this autumn", "in the spring" (see `SEASON_RELATIVE`), at month precision. */
export const relativeSeasons: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(SEASON_RELATIVE, text).flatMap((match) => {
    const lead = match[1]?.toLowerCase();
    const range = ownEntry(SEASON_MONTHS, (match[3] ?? '').toLowerCase());
    if (!range) return [];
    // "in the autumn": the date is "the autumn"; "last summer" keeps its lead.
    const start = lead ? match.index : match.index + (/^\S+\s+/.exec(match[0])?.[0].length ?? 0);
    const end = match.index + match[0].length;
    const tense = tenseAt(start, end);
    const date = periodDate(range, periodYear(range, lead, tense, published), qualifierOf(match[2]));
    return [{ start, end, date, anchor: 'dateline', tense }];
  });

const QUARTER_MONTHS: Record<string, [number, number]> = {
  first: [1, 3],
  second: [4, 6],
  third: [7, 9],
  fourth: [10, 12],
};
const QUARTER_NUMBERS = ['first', 'second', 'third', 'fourth'];
/**
 * "in the second quarter", "during the third quarter of 2025", "in Q3", "by Q4 2026". A quarter
 * that describes a noun ("third-quarter results") is not the date of the act that reports it, and
 * "the first quarter of the match" is no quarter of the year.
 */
const QUARTER = new RegExp(
  String.raw`\b(?:[Ii]n|[Dd]uring|[Bb]y|[Tt]hrough|[Oo]ver|[Uu]ntil|[Ss]ince)\s+(?:(last|this|next)\s+|the\s+)?(?:(first|second|third|fourth)\s+quarter|Q([1-4]))\b(?:(?:\s+of|,)?\s+(${YEAR})\b)?(?!\s+of\s+(?:the|a|an|its|his|her|their)\b)`,
  'g',
);

/** Quarters of the year (see `QUARTER`), at month precision, the year from the tense. */
export const quarters: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(QUARTER, text).flatMap((match) => {
    const name = match[2]?.toLowerCase() ?? QUARTER_NUMBERS[Number(match[3]) - 1] ?? '';
    const range = ownEntry(QUARTER_MONTHS, name);
    if (!range) return [];
    const start = match.index + (/^\S+\s+(?:the\s+)?/.exec(match[0])?.[0].length ?? 0);
    const end = match.index + match[0].length;
    const tense = tenseAt(start, end);
    const year = match[4] ? Number(match[4]) : periodYear(range, match[1]?.toLowerCase(), tense, published);
    return [{ start, end, date: periodDate(range, year), anchor: match[4] ? 'absolute' : 'dateline', tense }];
  });

/** How many months a reporting period named by its end runs ("the quarter", "the six months"). */
const PERIOD_MONTHS: Record<string, number> = {
  quarter: 3,
  three: 3,
  '3': 3,
  six: 6,
  '6': 6,
  half: 6,
  'half-year': 6,
  'half year': 6,
  nine: 9,
  '9': 9,
  twelve: 12,
  '12': 12,
  year: 12,
  'financial year': 12,
  'fiscal year': 12,
};
/**
 * A reporting period named by its last month, as business news does: "in the quarter to March",
 * "in the three months to the end of December", "in the six months ended June 30", "in the year to
 * 31 March". The months it covers, at month precision (the quarter to March is January-March).
 */
const PERIOD_TO = new RegExp(
  String.raw`\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or)\s+the\s+(quarter|(?:three|six|nine|twelve|3|6|9|12)\s+months|half(?:[- ]year)?|(?:financial\s+|fiscal\s+)?year)\s+(?:to|ended|ending|through|till|until)\s+(?:the\s+end\s+of\s+)?(?:(?:${DAY})\s+)?(${FULL_MONTH}|${MONTH})(?:\s+${DAY})?(?:,?\s+(${YEAR}))?\b`,
  'g',
);

/** Reporting periods named by their end (see `PERIOD_TO`). */
export const periodsTo: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(PERIOD_TO, text).flatMap((match) => {
    const word = (match[1] ?? '')
      .toLowerCase()
      .replace(/\s+months$/, '')
      .replace(/\s+/g, ' ');
    const length = ownEntry(PERIOD_MONTHS, word);
    const last = monthNumber(match[2] ?? '');
    if (!length || !last) return [];
    const start = match.index + (/^\S+\s+/.exec(match[0])?.[0].length ?? 0);
    const end = match.index + match[0].length;
    const tense = tenseAt(start, end);
    // A period is reported once it is over: its last month is the latest gone by, unless it lies ahead.
    const year = match[3]
      ? Number(match[3])
      : yearFor(last, undefined, tense === 'future' ? 'future' : 'past', published);
    const first = addMonths(year, last, -(length - 1));
    const date: EventDate = { ...monthDate(first.year, first.month), end: formatAt(year, last, 1, 'month') };
    return [{ start, end, date, anchor: match[3] ? 'absolute' : 'dateline', tense }];
  });

/**
 * "in the second half of the year", "the first half of next year", "in the second half of 2026":
 * six months at month precision. "the second half of the match" is no half of a year.
 */
const HALF_YEAR = new RegExp(
  String.raw`\bthe\s+(first|second)\s+half\s+of\s+(?:(?:(this|next|last)\s+|the\s+)year|(${YEAR}))\b`,
  'gi',
);

/** Halves of the year (see `HALF_YEAR`). */
export const halfYears: Recogniser = (text, { published }) =>
  matchesOf(HALF_YEAR, text).map((match) => {
    const range: [number, number] = match[1]?.toLowerCase() === 'first' ? [1, 6] : [7, 12];
    const lead = match[2]?.toLowerCase();
    const year = match[3] ? Number(match[3]) : published.year + (lead === 'next' ? 1 : lead === 'last' ? -1 : 0);
    return {
      start: match.index,
      end: match.index + match[0].length,
      date: periodDate(range, year),
      anchor: match[3] ? ('absolute' as const) : ('dateline' as const),
    };
  });

/** Holidays on a fixed day of the year (month, day). */
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  halloween: [10, 31],
  "valentine's day": [2, 14],
};
/** Holidays a number of days from Easter Sunday. */
const EASTER_HOLIDAYS: Record<string, number> = {
  'good friday': -2,
  'easter sunday': 0,
  easter: 0,
  'easter monday': 1,
};
/**
 * A holiday after a preposition of time ("by Christmas Eve", "on Boxing Day", "over Easter"): not
 * "Christmas shopping" or "the Easter Rising". A bare "Christmas" or "Easter" is only approximately
 * its day ("before Christmas").
 */
const HOLIDAY = new RegExp(
  String.raw`\b(?:[Oo]n|[Bb]y|[Bb]efore|[Aa]fter|[Oo]ver|[Uu]ntil|[Tt]ill|[Ss]ince|[Aa]t|[Ff]or|[Dd]uring|[Ll]ast|[Tt]his|[Nn]ext|[Ff]rom)\s+(Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Halloween|Valentine['’]s\s+Day|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday))?)\b(?!\s+(?:[A-Z]|shopping|party|parties|holidays?|break|season|lights|market|tree|dinner|card|message|address|speech|truce|ceasefire|rush)\b)`,
  'g',
);

/** Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The day of a holiday in `year`, or undefined for a name that is no holiday. */
function holidayIn(name: string, year: number): Day | undefined {
  const fixed = FIXED_HOLIDAYS[name];
  if (fixed) return { year, month: fixed[0], day: fixed[1] };
  const fromEaster = EASTER_HOLIDAYS[name];
  return fromEaster === undefined ? undefined : addDays(easterSunday(year), fromEaster);
}

/** "by Christmas Eve", "on Boxing Day", "over Easter": the holiday's day, its year by tense. */
export const holidays: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(HOLIDAY, text).flatMap((match) => {
    const words = match[1] ?? '';
    const name = words.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    const start = match.index + match[0].length - words.length;
    const end = match.index + match[0].length;
    const lead = match[0]
      .slice(0, match[0].length - words.length)
      .trim()
      .toLowerCase();
    const tense = lead === 'last' ? 'past' : lead === 'next' ? 'future' : tenseAt(start, end);
    const candidates = [published.year - 1, published.year, published.year + 1].flatMap((year) => {
      const day = holidayIn(name, year);
      return day ? [day] : [];
    });
    const distance = (day: Day) => Math.abs(compareDays(day, published));
    const past = candidates.filter((day) => compareDays(day, published) <= 0).at(-1);
    const ahead = candidates.find((day) => compareDays(day, published) >= 0);
    const nearest = [...candidates].sort((a, b) => distance(a) - distance(b))[0];
    const day = tense === 'past' ? past : tense === 'future' ? ahead : nearest;
    if (!day) return [];
    // "before Christmas", "over Easter": around the day, not on it.
    const approximate = /^(?:christmas|easter)$/.test(name) ? { approximate: true } : {};
    return [{ start, end, date: dayDate(day, approximate), anchor: 'dateline', tense }];
  });

const BARE_YEAR = new RegExp(String.raw`\b(${YEAR})\b(?![,.]\d|\s*(?:%|percent))`, 'g');
/** "2019 troops", "1990 people": a count of things, not a year ("2019 and 2020", "2019 when" are years). */
const COUNTED_NOUN =
  /^\s+(?:(?!was\b|has\b|is\b|as\b|this\b|its\b|his\b|plus\b)[a-z]+s|people|men|women|children|staff|police|personnel|cattle)\b/;
/** After a year, the rest of a fiscal year's or a season's label: "2026/27", "2025/2026". */
const FISCAL_LABEL = /^\/(?:\d\d|\d{4})\b/;
const YEAR_LEAD_BEFORE = new RegExp(String.raw`\b(${TIME_PREPOSITION}|[Ii]n\s+(?:early|late|mid))[\s-]+$`);

/** "2019", "in 2019", "since 2014", "late 2019"; not "2,000 troops", "2019 troops" or "$2019". */
export const years: Recogniser = (text) =>
  matchesOf(BARE_YEAR, text, YEAR_LEAD_BEFORE).flatMap((match) => {
    const lead = match[1]?.toLowerCase();
    // Part of a number, a sum or a compound ("2,2019", "$2019", "A-2019") unless a word leads it.
    if (!lead && /[\d,.$£€-]/.test(text.charAt(match.index - 1))) return [];
    if (COUNTED_NOUN.test(text.slice(match.index + match[0].length, match.index + match[0].length + 30))) return [];
    // "the 2026/27 national budget", "the 2025/26 season": a fiscal year or a season named as a label,
    // no date of the event it names ("in 2025/26" keeps its year).
    if (!lead && FISCAL_LABEL.test(text.slice(match.index + match[0].length, match.index + match[0].length + 6)))
      return [];
    const qualifier = lead && /early|late|mid/.test(lead) ? lead.replace(/^in\s+/, '') : undefined;
    const yearAt = match.index + match[0].length - (match[2]?.length ?? 4);
    const start = qualifier ? match.index + (lead?.startsWith('in ') ? 3 : 0) : yearAt;
    return [
      {
        start,
        end: match.index + match[0].length,
        date: { start: match[2] ?? '', precision: 'year', ...(qualifier ? { qualifier } : {}) },
        anchor: 'absolute',
      },
    ];
  });

const WEEKDAY_PHRASE = new RegExp(String.raw`\b(${WEEKDAY})(?:\s+(morning|afternoon|evening|night))?\b`, 'g');
/** "in the early hours of Sunday", "the small hours of Monday": the night's end, early in the day. */
const EARLY_HOURS = String.raw`(?:\b(?:[Ii]n\s+)?(?:[Tt]he\s+)?(?:[Ee]arly|[Ss]mall|[Ww]ee)\s+hours\s+of\s+)`;
/** "overnight into Thursday", "overnight to Monday": the night before, told as the day it ends on. */
const OVERNIGHT_INTO = String.raw`(?:\b[Oo]vernight\s+(?:into|to|on)\s+)`;
const WEEKDAY_BEFORE = new RegExp(
  String.raw`(${QUALIFIER}|${EARLY_HOURS}|${OVERNIGHT_INTO})?(?:\b([Ll]ast|[Nn]ext|[Tt]his)\s+)?$`,
);

/** A habit ("every Saturday", "usually on Friday") or a present attribution ("says"): not a fixture. */
const HABIT_OR_SAYS = /\b(?:every|each|usually|often|always|normally|typically|says|tells|reports)\b/i;

/**
 * A plural subject that opens the sentence and its base verb before a preposition or a particle
 * ("Ministers gather in Brussels", "The talks kick off"); not a verb whose past is the same word
 * ("Voters cast", "Workers cut").
 */
const PLURAL_SUBJECT_VERB =
  /^(?:(?:The|Some|Many|Both|All|\d[\d,]*)\s+)?(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]+s\s+(?!(?:cast|shut|put|set|cut|hit|quit|let|bet|spread|hurt|cost|beat|read|bid|split|are|were|have|had|said|did|could|would|should|might|must|may|can|will)\b)[a-z]{3,}(?<!ed)\s+(?:in|at|to|for|with|against|on|under|off|out|ahead)\b/;

/**
 * A present-simple verb after its subject: a third-person "-s" verb before its object or an
 * adverbial ("The court hears the appeal", "The show opens on Friday", "The fair runs from Friday
 * to Sunday", "The festival gets under way"), a base verb between two names ("Harlow Town play
 * Dunmore"), or a plural subject's (`PLURAL_SUBJECT_VERB`).
 */
const PRESENT_VERB = new RegExp(
  String.raw`\b[A-Za-z][\w'’-]*\s+(?!(?:is|has|was|this|its|his|as|us|thus|plus|less|news)\b)[a-z]{3,}s(?<!ss|us|is)\s+(?:the|a|an|his|her|its|their|on|in|at|to|for|with|against|from|until|through|under|off|ahead|[A-Z])|\b(?!(?:A|An|The|In|On|At|By|For)\b)[A-Z][\w'’-]*\s+(?!(?:and|of|for|the|from|with|near|over|after|into)\b|[a-z]+ed\b)[a-z]{3,}\s+[A-Z]|${PLURAL_SUBJECT_VERB.source}`,
);

/**
 * A present-simple verb with a bare weekday is a fixture or a timetable ("Harlow Town play Dunmore
 * on Saturday", "The court hears the appeal on Thursday"): the coming day. `present` is what the
 * tense reading gives when the sentence has no past or future verb group at all.
 */
export function scheduledPresent(text: string, tense: ClauseTense, modifier: string | undefined): ClauseTense {
  if (tense !== 'present' || modifier !== undefined || HABIT_OR_SAYS.test(text)) return tense;
  return PRESENT_VERB.test(text) ? 'future' : tense;
}

/**
 * Words right before a weekday that put it ahead whatever tense the clause's verb has: a day that
 * "is" ("The deadline is Friday", "The vote is on Sunday"), time left ("has until Friday"), what
 * is prepared for ("ahead of Sunday's vote", "in the run-up to Sunday's election"), and an event
 * called or set for the day ("has called a special meeting for Thursday", "called a strike for
 * Monday", "A general strike was called for Monday").
 */
const AHEAD_BEFORE =
  /\b(?:(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:on\s+|until\s+|by\s+)?|(?:has|have)\s+until\s+|ahead\s+of\s+|in\s+the\s+run-up\s+to\s+|(?:meeting|session|sitting|vote|ballot|strike|walkout|stoppage|protest|rally|march|hearing|talks|summit|election|debate|referendum|deadline|date|appointment|briefing)s?\s+for\s+|(?:was|were|been)\s+called\s+for\s+)$/i;

const CLEFT_IS = /\b(?:It|This)\s+is\s+(?:on\s+)?$/;

/** True when the words before a weekday put it ahead (`AHEAD_BEFORE`). */
export function isAheadByPhrase(before: string): boolean {
  // "It is on Monday evening that the decree was signed": a cleft's "is" tells no day ahead.
  return AHEAD_BEFORE.test(before) && !CLEFT_IS.test(before);
}

/**
 * A plan's day told as it stood ("were due to meet on Monday", "was expected to arrive on Monday",
 * "were to resume on Monday", "an exercise that had been set to begin Monday", "Voltcore had
 * planned to fix the offer price on Monday").
 */
const PLAN_AS_IT_STOOD =
  /\b(?:(?:was|were)\s+(?:(?:due|expected|scheduled|set|supposed|meant|slated)\s+)?|had\s+been\s+(?:due|expected|scheduled|set|supposed|meant|slated|planned)\s+|had\s+(?:planned|intended|hoped|meant|aimed|wanted)\s+)to\s+(?!have\b)[^,;]*$/i;
/** What happened to a plan: it went ahead, or began. */
const PLAN_HELD =
  /\b(?:went ahead|was held|were held|took place|began|started|opened|arrived|(?:was|were) (?:staged|convened))\b/i;

/**
 * A plan whose day is told from after the plan was made: as it stood ("Ministers were due to meet
 * on Monday") or with what became of it ("A meeting scheduled for Monday went ahead as planned",
 * "The talks, which were due to start on Monday, began a day late"). Its weekday may be gone by.
 */
function isPlanGoneBy(text: string, tense: ClauseTense, at: number): boolean {
  if (tense !== 'planned' && tense !== 'future') return false;
  const callingOff = callingOffOf(text, at);
  if (callingOff === 'now') return false;
  return (
    PLAN_AS_IT_STOOD.test(text.slice(0, at)) || (tense === 'planned' && (PLAN_HELD.test(text) || callingOff === 'then'))
  );
}

/**
 * A plan called off as news of now, in the present perfect or the present ("The strike that was due
 * to begin on Monday has been suspended", "Saturday's match is off"): its day is still ahead.
 */
const CALLED_OFF_NOW =
  /\b(?:(?:has|have)\s+(?:now\s+)?been\s+(?:\w+ly\s+)?(?:cancel(?:l)?ed|called off|scrapped|postponed|put off|shelved|axed|suspended|dropped|scrubbed|delayed|pushed back)|(?:is|are)\s+(?:now\s+)?off)\b/i;
/**
 * A plan told as called off in the past tense ("A stop planned for Wednesday was postponed"): told
 * after the fact as often as before it, so its weekday is the nearest one. Not when the calling off
 * has its own day ("Saturday's opener was called off on Sunday"): the plan lies after it.
 */
const CALLED_OFF_THEN = new RegExp(
  String.raw`\b(?:was|were)\s+(?:\w+ly\s+)?(?:cancel(?:l)?ed|called off|scrapped|postponed|put off|shelved|axed|suspended|dropped|scrubbed|delayed|pushed back)\b(?!\s+(?:on\s+|late\s+|early\s+)*${WEEKDAY})`,
  'i',
);

/**
 * A plan called off in the active past, its weekday the object ("The festival cancelled Wednesday
 * night's premiere", "The league called off Saturday's match"): told after the fact as often as
 * before it, as the passive is. Not the perfect ("has cancelled Friday's concert"), news of now.
 */
const CALLED_OFF_ACTIVE = new RegExp(
  String.raw`(?<!\b(?:has|have|had)\s+(?:\w+ly\s+)?)\b(?:cancel(?:l)?ed|called off|scrapped|postponed|put off|axed|scrubbed)\s+(?=${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?['’]s\b)`,
  'gi',
);

const CALLED_OFF_NOW_ALL = new RegExp(CALLED_OFF_NOW.source, 'gi');
const CALLED_OFF_THEN_ALL = new RegExp(CALLED_OFF_THEN.source, 'gi');

/**
 * How the calling off of the plan whose day is at `at` is told: as news of now (`CALLED_OFF_NOW`),
 * after the fact (`CALLED_OFF_THEN`), or not at all. A plan's own verb follows its day ("A stop
 * planned for Wednesday was postponed, and a visit on Friday has been scrapped": the stop's is "was
 * postponed"), so the first calling off after the day governs it, else the last one before it.
 */
function callingOffOf(text: string, at: number): 'now' | 'then' | undefined {
  const found = [
    ...[...text.matchAll(CALLED_OFF_NOW_ALL)].map((match) => ({ at: match.index, how: 'now' as const })),
    ...[...text.matchAll(CALLED_OFF_THEN_ALL)].map((match) => ({ at: match.index, how: 'then' as const })),
    ...[...text.matchAll(CALLED_OFF_ACTIVE)].map((match) => ({ at: match.index, how: 'then' as const })),
  ].sort((a, b) => a.at - b.at);
  return (found.find((match) => match.at >= at) ?? found.findLast((match) => match.at < at))?.how;
}

/** The weekday nearest the dateline, before or after it (the dateline's own weekday is itself). */
function nearestWeekday(weekday: number, published: Day): Day {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(published) + 7) % 7;
  return addDays(published, back <= ahead ? -back : ahead);
}

/** A capitalised word after a weekday that is no month: "the Sunday Echo", "Monday Night Football". */
const NAME_AFTER_WEEKDAY = new RegExp(String.raw`^\s+(?!${MONTH}\b)[A-Z][a-z]`);

/**
 * A weekday that is a word of a name after "the" ("told the Sunday Echo", "the Tuesday Club"), not
 * a day ("On Monday Halvard Strand convened" is).
 */
function isPartOfName(text: string, start: number, end: number): boolean {
  return (
    /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && NAME_AFTER_WEEKDAY.test(text.slice(end, end + 16))
  );
}

/**
 * Words that tell a plan, a forecast or a fixture whatever a heading's day ("Saturday: Harlow Town
 * play Dunmore", "Sunday — The fair takes place on the green").
 */
const FUTURE_WORDS =
  /\b(?:will|shall|would|going to|due to|set to|expected to|plans? to|scheduled|planned|play|plays|face|faces|host|hosts|takes? on|kicks? off|takes? place|v|vs)\b/i;

/** True when the date at `start` heads its sentence's paragraph (section-dates.ts): "Sunday — The road reopens". */
function isHeading(text: string, start: number, length: number): boolean {
  return start === (DAY_COUNT.exec(text)?.[0].length ?? 0) && closesHeading(text.slice(start + length));
}

/**
 * A weekday's happening named by its possessive ("Friday's vote", "Sunday's general election"): told
 * in the present ("Friday's vote is seen as a test", "is campaigning before Sunday's election"), a
 * plan ahead.
 */
const HAPPENING_OF_DAY = new RegExp(String.raw`^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:${SCHEDULED_NOUNS})\b`);

/**
 * A weekday's happening whose own predicate tells it ahead, whatever the verb that reports it:
 * "The club confirmed Saturday's match would go ahead", "said Friday's vote will be close".
 */
const FUTURE_PREDICATE_AFTER = /^['’]s\s+(?:[\w-]+\s+){1,5}?(?:would|will|is\s+(?:set|due|expected)\s+to)\b/;

/**
 * A weekday inside what something came after: "after her arrest on Sunday", "following Saturday's
 * crash", "since the vote on Monday", "in the wake of Friday's attack".
 */
const AFTER_REFERENCE_BEFORE =
  /\b(?:after|following|since|in\s+the\s+wake\s+of)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:on|late|early)\s+)*$/i;

/** "until Friday", "till next Monday": the end of a stretch. */
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;

/** "organised for Saturday", "booked it for this Friday": the day a past act arranged something for. */
const DAY_FOR_BEFORE = /\bfor\s+$/i;

/** A plan told as over without happening. */
const NOT_HELD = /\b(?:did not|didn't|never|failed to)\s+(?:take place|go ahead|happen|hold)\b/i;

/** "on Monday", "late Tuesday", "next Tuesday", "last Friday", "Tuesday night". */
export const weekdays: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(WEEKDAY_PHRASE, text, WEEKDAY_BEFORE).flatMap((match) => {
    const weekday = WEEKDAYS[(match[3] ?? '').toLowerCase()];
    if (weekday === undefined || isPartOfName(text, match.index, match.index + match[0].length)) return [];
    const modifier = match[2]?.toLowerCase();
    const start = match.index + (match[1]?.length ?? 0);
    const told = tenseAt(start, match.index + match[0].length);
    // "Friday, 11 p.m. — Fire crews evacuate the village": a timeline's heading, told in the present
    // of a day gone by, not a fixture.
    const heading =
      modifier === undefined &&
      told !== 'past' &&
      !FUTURE_WORDS.test(text) &&
      isHeading(text, match.index, match[0].length);
    // "remains in custody after her arrest on Sunday": what a present state came after is gone
    // by; no fixture of the present verb.
    const reference =
      told === 'present' && AFTER_REFERENCE_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index));
    // "The museum is closed until Friday", "Lena Fiske is in Oslo until Friday": a state told in the
    // present lasts until a day ahead.
    const lasting = told === 'present' && UNTIL_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index));
    const said = heading ? 'past' : lasting ? 'future' : reference ? told : scheduledPresent(text, told, modifier);
    const read =
      modifier === undefined &&
      !reference &&
      (isAheadByPhrase(text.slice(0, match.index)) ||
        ((said === 'present' || FUTURE_PREDICATE_AFTER.test(text.slice(match.index + match[0].length))) &&
          HAPPENING_OF_DAY.test(text.slice(match.index + match[0].length))))
        ? 'future'
        : said;
    // "the fair the parish had organised for this Saturday": a day something was arranged for is a
    // plan's, whatever the tense of the arranging.
    const target = read === 'past' && DAY_FOR_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index));
    // "which had been planned for Friday, did not take place": a plan that came to nothing, told
    // as over, was for a day gone by.
    const tense = target ? 'planned' : read === 'planned' && NOT_HELD.test(text) ? 'past' : read;
    // "the session that was to debate the law this Monday was postponed": this week's Monday, gone by.
    const goneBy = (modifier === undefined || modifier === 'this') && isPlanGoneBy(text, tense, match.index);
    const day = !goneBy
      ? weekdayFor(weekday, tense, published, modifier)
      : modifier === 'this'
        ? weekdayFor(weekday, 'past', published, modifier)
        : nearestWeekday(weekday, published);
    const early = match[1] && /\bhours\s/i.test(match[1]) ? 'early' : match[1];
    const overnight = match[1] && /^overnight/i.test(match[1]) ? { approximate: true } : {};
    const qualifier = early ? { ...overnight, ...qualifierOf(early) } : match[4] ? { qualifier: match[4] } : {};
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        date: dayDate(day, qualifier),
        anchor: 'dateline',
        tense,
      },
    ];
  });

/**
 * A weekday of a week named with it: "on Friday next week", "Tuesday of last week", "next week on
 * Tuesday", and the British "Monday week" / "a week on Monday" / "the Tuesday after next" (the
 * coming one's week after). A week after "by" or "for" is a length ("extended the curfew by a week
 * on Tuesday", "closed for a week from Monday"): its weekday is read alone.
 */
const WEEKDAY_OF_WEEK = new RegExp(
  String.raw`\b(?:(${WEEKDAY})(?:\s+(?:of\s+)?([Nn]ext|[Ll]ast|[Tt]his)\s+week\b|\s+(week)\b(?![-\u2013]|\s+(?:of|long|after)\b))|([Nn]ext|[Ll]ast)\s+week\s+on\s+(${WEEKDAY})\b|(?<!\b(?:[Bb]y|[Ff]or|[Ww]ithin|than)\s+)[Aa]\s+week\s+(?:on|from)\s+(${WEEKDAY})\b|[Tt]he\s+(${WEEKDAY})\s+after\s+next\b)`,
  'g',
);

/** The day a `WEEKDAY_OF_WEEK` phrase names, from the week it names. */
function dayOfNamedWeek(weekday: number, week: string, published: Day): Day {
  const monday = mondayOf(published);
  const offset = (weekday + 6) % 7;
  if (week === 'next') return addDays(monday, 7 + offset);
  if (week === 'last') return addDays(monday, -7 + offset);
  if (week === 'this') return addDays(monday, offset);
  // "Monday week": a week after the coming Monday (today's weekday is a week away).
  const ahead = (weekday - weekdayOf(published) + 7) % 7 || 7;
  return addDays(published, ahead + 7);
}

/** Weekdays of a named week (see `WEEKDAY_OF_WEEK`). */
export const weekdaysOfWeeks: Recogniser = (text, { published }) =>
  matchesOf(WEEKDAY_OF_WEEK, text).flatMap((match) => {
    const name = match[1] ?? match[5] ?? match[6] ?? match[7] ?? '';
    const weekday = WEEKDAYS[name.toLowerCase()];
    if (weekday === undefined) return [];
    const week = (match[2] ?? match[4] ?? (match[3] ? 'week' : 'after-next')).toLowerCase();
    const day = dayOfNamedWeek(weekday, week, published);
    const tense: ClauseTense = compareDays(day, published) < 0 ? 'past' : 'future';
    return [{ start: match.index, end: match.index + match[0].length, date: dayDate(day), anchor: 'dateline', tense }];
  });

/** What joins the two weekdays of a span: "from Monday to Wednesday", "between Friday and Sunday", "Friday-Sunday". */
const WEEKDAY_SPAN_JOIN = /^\s*(?:to|until|till|through|thru|and|[-\u2013])\s*$/i;
const WEEKDAY_SPAN_LEAD = /\b(from|between)\s+$/i;
export const WEEKDAY_SPAN_GATE = new RegExp(
  String.raw`${WEEKDAY}\s*(?:to|until|till|through|thru|and|[-\u2013])\s*${WEEKDAY}`,
  'i',
);

/**
 * "went on strike from Monday to Wednesday", "will strike between Monday and Wednesday", "The fair
 * runs Friday to Sunday": one span, from the first weekday as the clause's tense reads it to the
 * next such second weekday after it. "and" joins a span only after "between" ("met on Monday and
 * Tuesday" may be two days).
 */
export const weekdayRanges: Recogniser = (text, context) => {
  const days = weekdays(text, context);
  const found: Found[] = [];
  for (let index = 0; index + 1 < days.length; index += 1) {
    const first = days[index];
    const second = days[index + 1];
    if (!first?.date || !second?.date) continue;
    const join = text.slice(first.end, second.start);
    const lead = WEEKDAY_SPAN_LEAD.exec(text.slice(Math.max(0, first.start - 9), first.start));
    if (!WEEKDAY_SPAN_JOIN.test(join) || (/and/i.test(join) && lead?.[1]?.toLowerCase() !== 'between')) continue;
    if (lead && isMoveFrom(text, first.start)) continue;
    const from = startDay(first.date);
    const fromWeekday = WEEKDAYS[(/[A-Za-z]+day/.exec(text.slice(first.start, first.end))?.[0] ?? '').toLowerCase()];
    const toWeekday = WEEKDAYS[(/[A-Za-z]+day/.exec(text.slice(second.start, second.end))?.[0] ?? '').toLowerCase()];
    if (!from || fromWeekday === undefined || toWeekday === undefined) continue;
    const gap = (toWeekday - fromWeekday + 7) % 7 || 7;
    const start = lead ? first.start - lead[0].length : first.start;
    found.push({ ...first, start, end: second.end, date: dayRange(from, addDays(from, gap)) });
    index += 1;
  }
  return found;
};

const RELATIVE_DAY =
  /\b(yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|the day before yesterday|the day after tomorrow)\b/gi;
const RELATIVE_DAY_OFFSET: Record<string, number> = {
  yesterday: -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  'last night': -1,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/** "yesterday", "today", "tomorrow", "last night". */
export const relativeDays: Recogniser = (text, { published }) =>
  matchesOf(RELATIVE_DAY, text).flatMap((match) => {
    const offset = RELATIVE_DAY_OFFSET[(match[1] ?? '').toLowerCase()];
    if (offset === undefined) return [];
    return [
      {
        start: match.index,
        end: match.index + match[0].length,
        date: dayDate(addDays(published, offset)),
        anchor: 'dateline',
      },
    ];
  });

const RELATIVE_PERIOD =
  /\b(last|next|this|past|coming)\s+(week|weekend|month|year)\b|\b(?:over|during|at|on)\s+the\s+(weekend)\b(?!\s+of\b)|\b(?:in|into|until|till)\s+the\s+new\s+(year)\b(?!\s+(?:holiday|break|celebration|festivit|period|recess))/gi;
const PERIOD_QUALIFIER_BEFORE = /\b(earlier|later|early|late)\s+$/i;

/**
 * "The next week, she resigned", "the next year": the week or year after the event told before
 * (read as anaphora), not after the dateline; "over the next month", "in the next year" are a
 * stretch from now.
 */
function isNextAfterEvent(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  return /\bthe\s+$/i.test(before) && !/\b(?:over|in|within|for|during|throughout|into)\s+the\s+$/i.test(before);
}

/**
 * "last week", "next month", "earlier this month", "over the weekend", "on the weekend" (US), "late
 * last year", "in the new year".
 */
export const relativePeriods: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(RELATIVE_PERIOD, text, PERIOD_QUALIFIER_BEFORE).flatMap((match) => {
    const qualifier = match[1]?.toLowerCase();
    // "in the new year": the year ahead, or, told early in a year, the one just begun.
    const newYear = match[5] !== undefined;
    // "New Year" is the holiday ("after the New Year holidays"), not the year it opens.
    if (newYear && /New Year/.test(match[0])) return [];
    let which = match[2]?.toLowerCase() ?? (newYear && published.month >= 7 ? 'next' : 'this');
    const unit = (match[3] ?? match[4] ?? match[5] ?? '').toLowerCase();
    if (which === 'next' && isNextAfterEvent(text, match.index)) return [];
    if (which === 'past') which = 'last';
    if (which === 'coming') which = 'next';
    const approximate = { approximate: true, ...(qualifier ? { qualifier } : {}) };
    const span = { start: match.index, end: match.index + match[0].length, anchor: 'dateline' as const };
    if (unit === 'week') {
      const shift = which === 'last' ? -7 : which === 'next' ? 7 : 0;
      const monday = addDays(mondayOf(published), shift);
      // "later this week": from the dateline to Sunday; "earlier this week": Monday to the dateline.
      const first = which === 'this' && qualifier === 'later' ? published : monday;
      const last = which === 'this' && qualifier === 'earlier' ? published : addDays(monday, 6);
      return [{ ...span, date: dayRange(first, last, approximate) }];
    }
    if (unit === 'weekend') {
      const tense = match[4] ? tenseAt(span.start, span.end) : which === 'next' ? 'future' : 'past';
      const saturday =
        which === 'next' || (which === 'this' && !match[4]) || tense === 'future'
          ? weekdayFor(6, 'future', published, which === 'next' ? 'next' : undefined)
          : weekdayFor(6, 'past', addDays(published, weekdayOf(published) === 0 ? -1 : 0));
      return [{ ...span, date: dayRange(saturday, addDays(saturday, 1), approximate) }];
    }
    if (unit === 'month') {
      const shifted = addMonths(published.year, published.month, which === 'last' ? -1 : which === 'next' ? 1 : 0);
      return [
        {
          ...span,
          date: monthDate(shifted.year, shifted.month, which === 'this' ? approximate : qualifierOf(qualifier)),
        },
      ];
    }
    const year = published.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    // "late last year": a part of the year, so the year is only approximately the event's.
    const part = qualifier || newYear ? { approximate: true, ...qualifierOf(qualifier) } : {};
    return [{ ...span, date: { start: String(year), precision: 'year', ...part } }];
  });

const EVE_OF = /\b(?:on\s+)?the\s+eve\s+of\s+(?:(?:the|a|an|this|next|its|his|her|their|our)\s+)?$/i;

/**
 * "on the eve of the Jan. 9 vote": the day before the date the phrase names. (Without a date,
 * "the eve of the vote" is left to the event told before: it is not a date of its own.)
 */
function onTheEve(text: string, item: Found): Found {
  const lead = EVE_OF.exec(text.slice(Math.max(0, item.start - 40), item.start));
  const day = item.date && lead ? startDay(item.date) : undefined;
  if (!lead || !day || item.date?.end) return item;
  return { ...item, start: item.start - lead[0].length, date: dayDate(addDays(day, -1)) };
}

const EVE_OF_NOUN =
  /\b(?:[Oo]n\s+)?the\s+eve\s+of\s+(?:the|a|an|this|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})\b/g;

/**
 * "on the eve of the vote", with no date in the phrase: the day before the day an earlier sentence
 * gave the vote; nothing when none did (no day is invented).
 */
function eveOfNamedEvent(text: string, found: readonly Found[], recall: DateContext['recall']): Found[] {
  if (!recall || !/\beve of\b/.test(text)) return [];
  return matchesOf(EVE_OF_NOUN, text).flatMap((match) => {
    const end = match.index + match[0].length;
    if (found.some((other) => other.start < end && match.index < other.end)) return [];
    const day = startDay(recall((match[1] ?? '').toLowerCase()) ?? { start: '', precision: 'year' });
    return day ? [{ start: match.index, end, date: dayDate(addDays(day, -1)), anchor: 'previous-event' }] : [];
  });
}

const AGO = new RegExp(String.raw`\b(${NUMBER})\s+(day|week|fortnight|month|year)s?\s+ago\b`, 'gi');

/** "three days ago", "two weeks ago", "a fortnight ago" (weeks and longer are approximate). */
export const ago: Recogniser = (text, { published }) =>
  matchesOf(AGO, text).flatMap((match) => {
    const count = countOf(match[1] ?? '');
    const unit = (match[2] ?? '').toLowerCase();
    if (count === undefined) return [];
    const span = { start: match.index, end: match.index + match[0].length, anchor: 'dateline' as const };
    if (unit === 'day') return [{ ...span, date: dayDate(addDays(published, -count)) }];
    if (unit === 'week' || unit === 'fortnight') {
      const days = (unit === 'week' ? 7 : 14) * count;
      return [{ ...span, date: dayDate(addDays(published, -days), { approximate: true }) }];
    }
    if (unit === 'month') {
      const shifted = addMonths(published.year, published.month, -count);
      return [{ ...span, date: monthDate(shifted.year, shifted.month, { approximate: true }) }];
    }
    return [{ ...span, date: { start: String(published.year - count), precision: 'year', approximate: true } }];
  });

const IN_TIME = new RegExp(
  String.raw`\bin\s+(${NUMBER})\s+(day|week|month)s?\b(?!\s+(?:ago|later|earlier|after|before))`,
  'gi',
);

/**
 * "will meet in two weeks": that far from the dateline, approximately; only with a future verb,
 * since "for the first time in two weeks" names a stretch, not a day.
 */
export const inTime: Recogniser = (text, { published, tenseAt }) =>
  matchesOf(IN_TIME, text).flatMap((match) => {
    const count = countOf(match[1] ?? '');
    const unit = (match[2] ?? '').toLowerCase();
    const span = { start: match.index, end: match.index + match[0].length, anchor: 'dateline' as const };
    if (count === undefined || tenseAt(span.start, span.end) !== 'future') return [];
    if (unit === 'month') {
      const shifted = addMonths(published.year, published.month, count);
      return [{ ...span, date: monthDate(shifted.year, shifted.month, { approximate: true }) }];
    }
    const days = unit === 'week' ? 7 * count : count;
    return [{ ...span, date: dayDate(addDays(published, days), { approximate: true }), tense: 'future' as const }];
  });

/**
 * A reaction to the news just told, as markets and officials react: "in the hour after the decision",
 * "after the announcement", "following the ruling" (the day of the decision, announcement or ruling).
 */
const AFTER_THE_NEWS = String.raw`(?:(?:in\s+the\s+(?:hours?|minutes)|immediately|minutes)\s+)?(?:after|following)\s+the\s+(?:decision|announcement|news|ruling|verdict|results|statement|rate\s+(?:cut|hike|decision))`;
/**
 * A clock time that opens the sentence, as a narrative goes on through a day: "At 3:30 p.m., the
 * sheriff's office issued an evacuation order", "Shortly after 9 a.m., the first crews arrived" (the
 * day of the event told before). Not "By 6 p.m.," (a state reached by then).
 */
const FRONTED_CLOCK = String.raw`(?<=^[\s"“‘']*)(?:at|around|shortly\s+(?:after|before)|just\s+(?:after|before)|soon\s+after)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m|\d{1,2}[:.]\d{2}|midnight|noon|midday|dawn|dusk)(?=\.?\s*,)`;
/**
 * A part of the day that opens the sentence, as a narrative goes on through the day of the event
 * told before: "In the afternoon, she announced a plan", "During the evening, crowds gathered".
 */
const FRONTED_DAY_PART = String.raw`(?<=^[\s"“‘']*)(?:in|during)\s+the\s+(?:morning|afternoon|evening)(?=\s*,)`;
const SAME_TIME = new RegExp(
  String.raw`\b(?:(?:on\s+|later\s+|earlier\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)|(?:hours|minutes|moments|shortly|soon|not long)\s+(?:later|afterwards?|after)|(?:hours|minutes|moments|shortly|just|not\s+long)\s+(?:earlier|before(?=\s*(?:[,.;:)]|$)))|(?:earlier|later)\s+in\s+the\s+day|within\s+(?:the\s+|an\s+)?(?:hour|hours|minutes)|within\s+(?:days|a\s+day|a\s+few\s+days)|by\s+(?:nightfall|dusk|(?:that\s+|the\s+)?evening|the\s+end\s+of\s+the\s+day)|afterwards?|shortly\s+afterwards?|later\s+that\s+(?:day|morning|afternoon|evening|night)|the\s+same\s+day|${AFTER_THE_NEWS}|${FRONTED_CLOCK}|${FRONTED_DAY_PART})\b`,
  'gi',
);
const NEXT_DAY =
  /\b(?:the\s+(?:next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|weekend|week|month|year)|the\s+(day|night|morning|afternoon|evening|weekend|week)\s+(before|after)|a\s+day\s+(later|earlier))\b/gi;
/** "over the next week", "in the following months": a stretch from now, not the week after an event. */
const STRETCH_BEFORE = /\b(?:over|in|within|for|during|throughout|into)\s+$/i;
/** "three days later", "a fortnight after the vote", "two days on," (British: later). */
const SHIFT = new RegExp(
  String.raw`\b(${NUMBER})\s+(day|week|month|year|fortnight)s?\s+(later|earlier|after|before|afterwards?|on(?=\s*(?:,|from\b)))\b`,
  'gi',
);
/** "24 hours later", "48 hours after the vote": a whole number of days. */
const HOURS_SHIFT = /\b(24|48|72|twenty-four|forty-eight|seventy-two)\s+hours\s+(later|after|afterwards?)\b/gi;
const HOURS_IN_DAYS: Record<string, number> = {
  '24': 1,
  '48': 2,
  '72': 3,
  'twenty-four': 1,
  'forty-eight': 2,
  'seventy-two': 3,
};

/** "the same day", "afterward", "hours later", "within the hour", "later that day": the previous event's date. */
export const sameTimeAnaphora: AnaphoraRecogniser = (text, { previous }) =>
  matchesOf(SAME_TIME, text).map((match) => {
    // "afterward", "soon after": some time later, most likely the same day; "hours later",
    // "the same day", "within the hour": that day.
    const approximate = VAGUE_AFTER.test(match[0]);
    return {
      start: match.index,
      end: match.index + match[0].length,
      date: previous ? { ...sameAs(previous), ...(approximate ? { approximate } : {}) } : undefined,
      anchor: 'previous-event',
      shift: { days: 0, approximate },
    };
  });

const VAGUE_AFTER = /^(?:afterwards?|shortly|soon|just|not long|within\s+(?:days|a\s+few))\b/i;

/** A copy of a date at its own precision, without its qualifier or range end. */
function sameAs(date: EventDate): EventDate {
  const same: EventDate = { start: date.start, precision: date.precision };
  if (date.approximate) same.approximate = true;
  return same;
}

/** A day-precision shift of the previous event's date, or nothing when it has no day. */
function shiftPrevious(previous: EventDate, days: number, extra: Partial<EventDate> = {}): EventDate | undefined {
  const first = startDay(previous);
  return first ? dayDate(addDays(first, days), extra) : undefined;
}

/**
 * Words before "a year earlier" or "three years after" that make it a comparison or a stretch, not
 * the time of an event: "up 9% from a year earlier", "than a year earlier", "the same period a year
 * earlier", "the most in three years after ...".
 */
const COMPARISON_OR_STRETCH_BEFORE =
  /\b(?:from|than|with|over|in|since|on|versus|vs\.?|period|quarter|levels?|figures?|months?)\s+$/i;

export function isComparisonOrStretch(before: string): boolean {
  return COMPARISON_OR_STRETCH_BEFORE.test(before);
}

/**
 * "two years later": that many years from the previous event's date, at its precision, as the
 * text counts from it: "signed in March 2023 ... delivered a year later" is March 2024, "in 2019
 * ... a year later" is 2020, "on Jan. 1, 2028 ... a year later" is Jan. 1, 2029.
 */
function shiftYears(previous: EventDate, years: number, approximate = true): EventDate {
  const extra = approximate ? { approximate } : undefined;
  const day = startDay(previous);
  if (day) return dayDate(addCalendarMonths(day, 12 * years), extra);
  const [year = 0, month = 1] = previous.start.split('-').map(Number);
  if (previous.precision === 'month') return monthDate(year + years, month, extra);
  const date: EventDate = { start: String(year + years), precision: 'year' };
  return extra ? Object.assign(date, extra) : date;
}

/**
 * "two months later": the month that many months from the previous event's (a day's or a month's),
 * at month precision: the text gives no day.
 */
function shiftMonths(previous: EventDate, months: number): EventDate | undefined {
  if (previous.precision === 'year') return undefined;
  const [year = 0, month = 1] = previous.start.split('-').map(Number);
  const shifted = addMonths(year, month, months);
  return monthDate(shifted.year, shifted.month);
}

/**
 * "the previous weekend", "the following weekend": the Saturday and Sunday before or after the day
 * of the event told (a Saturday's "previous weekend" is the one a week before).
 */
function weekendBeside(day: Day, direction: number): EventDate {
  // The Saturday of the day's own (Monday-Sunday) week: its weekend is neither before nor after it.
  const saturday = addDays(mondayOf(day), 5);
  const onWeekend = compareDays(day, saturday) >= 0;
  const start = direction < 0 ? addDays(saturday, -7) : onWeekend ? addDays(saturday, 7) : saturday;
  return dayRange(start, addDays(start, 1));
}

/** "the next day", "the following day", "the day before", "three days later", "a week earlier". */
export const shiftedAnaphora: AnaphoraRecogniser = (text, { previous }) => {
  const found: Found[] = [];
  const previousDay = previous ? startDay(previous) : undefined;
  for (const match of matchesOf(NEXT_DAY, text)) {
    const unit = (match[1] ?? match[2] ?? 'day').toLowerCase();
    const direction = /previous|preceding|before|earlier/i.test(match[0]) ? -1 : 1;
    const span = { start: match.index, end: match.index + match[0].length, anchor: 'previous-event' as const };
    if (
      /^(?:week|month|year)$/.test(unit) &&
      STRETCH_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))
    )
      continue;
    if (unit === 'weekend') {
      if (previousDay) found.push({ ...span, date: weekendBeside(previousDay, direction) });
    } else if (unit !== 'week' && unit !== 'month' && unit !== 'year') {
      const date = previousDay ? dayDate(addDays(previousDay, direction)) : undefined;
      found.push({ ...span, date, shift: { days: direction, approximate: false } });
    } else if (unit === 'year') {
      // "the following year": the year after the previous event's, whatever its precision.
      if (previous)
        found.push({
          ...span,
          date: { start: String(Number(previous.start.slice(0, 4)) + direction), precision: 'year' },
        });
    } else if (!previousDay) continue;
    else if (unit === 'week') {
      // "the following week": the Monday-Sunday week after the previous event's week.
      const monday = addDays(mondayOf(previousDay), 7 * direction);
      found.push({ ...span, date: dayRange(monday, addDays(monday, 6), { approximate: true }) });
    } else if (unit === 'month') {
      const shifted = addMonths(previousDay.year, previousDay.month, direction);
      found.push({ ...span, date: monthDate(shifted.year, shifted.month) });
    }
  }
  for (const match of matchesOf(HOURS_SHIFT, text)) {
    const days = HOURS_IN_DAYS[(match[1] ?? '').toLowerCase()] ?? 1;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      date: previous ? shiftPrevious(previous, days) : undefined,
      anchor: 'previous-event',
      shift: { days, approximate: false },
    });
  }
  for (const match of matchesOf(SHIFT, text)) {
    const count = countOf(match[1] ?? '');
    const unit = (match[2] ?? '').toLowerCase();
    if (count === undefined) continue;
    if (unit === 'year' && isComparisonOrStretch(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    const direction = /earlier|before/i.test(match[3] ?? '') ? -1 : 1;
    const months = unit === 'year' ? 12 * count : unit === 'month' ? count : undefined;
    const perUnit = unit === 'fortnight' ? 14 : unit === 'week' ? 7 : 1;
    const days = direction * (months !== undefined ? 30 * months : perUnit * count);
    // "several days later", "a few weeks later": no count the text gives, so no exact day.
    const approximate = months !== undefined || VAGUE_COUNT.test(match[1] ?? '');
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      date: previous
        ? unit === 'year'
          ? shiftYears(previous, direction * count)
          : unit === 'month'
            ? shiftMonths(previous, direction * count)
            : shiftPrevious(previous, days, approximate ? { approximate } : {})
        : undefined,
      anchor: 'previous-event',
      shift: {
        days,
        approximate,
        ...(months !== undefined ? { months: direction * months } : {}),
        ...(unit === 'year' ? { years: true as const } : {}),
      },
    });
  }
  for (const match of matchesOf(UNCOUNTED_SHIFT, text)) {
    if (COUNT_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const perUnit = /^weeks$/i.test(match[1] ?? '') ? 7 : 1;
    const days = (/earlier|before/i.test(match[2] ?? '') ? -1 : 1) * perUnit * (COUNT_WORDS.several ?? 3);
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      date: previous ? shiftPrevious(previous, days, { approximate: true }) : undefined,
      anchor: 'previous-event',
      shift: { days, approximate: true },
    });
  }
  return found;
};

/** Counts that say no number: "several", "a few", "a couple of". */
const VAGUE_COUNT = /^(?:several|a few|a couple of)$/i;
/**
 * "Days later, the owner announced ...", "weeks earlier": a shift with no count at all, read as
 * "several" days or weeks, approximately (`UNCOUNTED_SHIFT`; "hours later" is the same day).
 */
const UNCOUNTED_SHIFT = /\b(days|weeks)\s+(later|afterwards?|earlier)\b/gi;
/** A count or a quantifier right before the unit: the counted pattern (`SHIFT`) reads it, or nothing does. */
const COUNT_BEFORE =
  /(?:\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|several|few|couple\s+of|many|some|the|those|these|two\s+or\s+three|[a-z]+-[a-z]+)|\d)\s+$/i;

const FOLLOWING_WEEKDAY = new RegExp(String.raw`\bthe\s+(following|next|previous|preceding)\s+(${WEEKDAY})\b`, 'gi');

/**
 * "the following Monday", "the previous Friday": the first such weekday after (before) the event
 * told before. Without one, the weekday is left to the dateline's reading.
 */
export const followingWeekday: AnaphoraRecogniser = (text, { previous }) => {
  const previousDay = previous ? startDay(previous) : undefined;
  if (!previousDay) return [];
  return matchesOf(FOLLOWING_WEEKDAY, text).flatMap((match) => {
    const weekday = WEEKDAYS[(match[2] ?? '').toLowerCase()];
    if (weekday === undefined) return [];
    const back = /previous|preceding/i.test(match[1] ?? '');
    const gap = back
      ? (weekdayOf(previousDay) - weekday + 7) % 7 || 7
      : (weekday - weekdayOf(previousDay) + 7) % 7 || 7;
    const day = addDays(previousDay, back ? -gap : gap);
    return [{ start: match.index, end: match.index + match[0].length, date: dayDate(day), anchor: 'previous-event' }];
  });
};

const THAT_WEEKDAY = new RegExp(String.raw`\bthat\s+(${WEEKDAY}|weekend)\b(?!['’])`, 'gi');
/** "said that Friday was ...": "that" opens what was said, it does not point at a day. */
const SAYING_BEFORE_THAT =
  /\b(?:said|says|say|told|tells|announced|added|warned|argued|noted|claimed|insisted|stated|wrote)\s+$/i;
const SAME_PERIOD =
  /\b(?:(?:later|earlier)\s+that|that\s+same|the\s+same)\s+(week|month|year)\b|\bthat\s+(month|year)\b(?!\s*['’]s)/gi;

/** "on the final day", "on its opening day", "on the second day": a day of the stretch told before. */
const DAY_OF_STRETCH =
  /\bon\s+(?:the|its|their)\s+(first|opening|second|third|fourth|fifth|last|final|closing)\s+day\b(?!\s+of\b)/gi;
/** How many days into a stretch its ordinal day is ("the second day": one day after its first). */
const DAYS_INTO: Readonly<Record<string, number>> = { first: 0, opening: 0, second: 1, third: 2, fourth: 3, fifth: 4 };

/**
 * "The Orvik festival ran from May 1 to May 10. On the final day, ...": the day of the stretch told
 * before that the ordinal names (its last for "last", "final", "closing"); nothing when the event
 * told before was no stretch of days, or is shorter than the ordinal.
 */
function dayOfStretch(previous: EventDate, ordinal: string): Day | undefined {
  const first = startDay(previous);
  const last = previous.end ? parseIsoDay(previous.end) : undefined;
  if (!first || !last) return undefined;
  const into = DAYS_INTO[ordinal];
  if (into === undefined) return last;
  const day = addDays(first, into);
  return compareDays(day, last) <= 0 ? day : undefined;
}

/**
 * "later that week", "earlier that week", "that same week": the days of the (Monday-Sunday) week of
 * the event told before after it, before it, or all of them, approximately; the event's own day
 * when none is left ("later that week" after a Sunday).
 */
function partOfWeek(day: Day, phrase: string): EventDate {
  const monday = mondayOf(day);
  const sunday = addDays(monday, 6);
  const [first, last] = /^later/i.test(phrase)
    ? [addDays(day, 1), sunday]
    : /^earlier/i.test(phrase)
      ? [monday, addDays(day, -1)]
      : [monday, sunday];
  if (compareDays(first, last) > 0) return dayDate(day, { approximate: true });
  return compareDays(first, last) === 0
    ? dayDate(first, { approximate: true })
    : dayRange(first, last, { approximate: true });
}

/**
 * "He flew home that Friday", "that weekend": the first such day on or after the event told
 * before; "later that month", "the same year": the event before's month or year. Without an event
 * told before, nothing (no day is invented).
 */
export const periodAnaphora: AnaphoraRecogniser = (text, { previous }) => {
  if (!previous) return [];
  const previousDay = startDay(previous);
  const found: Found[] = [];
  for (const match of matchesOf(THAT_WEEKDAY, text)) {
    if (!previousDay) break;
    if (SAYING_BEFORE_THAT.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const word = (match[1] ?? '').toLowerCase();
    const weekday = word === 'weekend' ? 6 : WEEKDAYS[word];
    if (weekday === undefined || previous.precision !== 'day') continue;
    // "that weekend" after a Sunday is that Sunday's weekend.
    const gap = word === 'weekend' && weekdayOf(previousDay) === 0 ? -1 : (weekday - weekdayOf(previousDay) + 7) % 7;
    const day = addDays(previousDay, gap);
    const date = word === 'weekend' ? dayRange(day, addDays(day, 1), { approximate: true }) : dayDate(day);
    found.push({ start: match.index, end: match.index + match[0].length, date, anchor: 'previous-event' });
  }
  for (const match of matchesOf(DAY_OF_STRETCH, text)) {
    const day = dayOfStretch(previous, (match[1] ?? '').toLowerCase());
    if (day)
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        date: dayDate(day),
        anchor: 'previous-event',
      });
  }
  for (const match of matchesOf(SAME_PERIOD, text)) {
    const unit = (match[1] ?? match[2] ?? '').toLowerCase();
    const year = Number(previous.start.slice(0, 4));
    const month = Number(previous.start.slice(5, 7));
    const week = unit === 'week' && previousDay ? partOfWeek(previousDay, match[0]) : undefined;
    const date: EventDate =
      unit === 'year'
        ? { start: String(year), precision: 'year' }
        : unit === 'month' && previous.precision !== 'year'
          ? monthDate(year, month)
          : (week ?? { ...sameAs(previous), approximate: true });
    found.push({ start: match.index, end: match.index + match[0].length, date, anchor: 'previous-event' });
  }
  return found;
};

/** An ordinal ends the phrase ("on the 14th, ..."), not a noun's ("the 14th hole", "the 3rd attempt"). */
const DAY_OF_MONTH =
  /\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter)\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:at|in|when|and|but|as|after|before|with|to|for|by|until|while|during|amid|following|ahead|-)\b)/g;

/** "the 1st of next month", "the 20th of this month", "the 28th of last month". */
const DAY_OF_NAMED_MONTH = /\bthe\s+([12]?\d|3[01])(?:st|nd|rd|th)\s+of\s+(next|this|last)\s+month\b/gi;

/** The months from the dateline's that "of next month", "of this month", "of last month" name. */
const MONTH_NAMED_SHIFT: Readonly<Record<string, number>> = { next: 1, this: 0, last: -1 };

/**
 * "on the 1st of next month": the day of the month the phrase counts from the dateline, whatever
 * the story told before (a Japanese wire's "on the 1st of next month" is a plan's day).
 */
export const dayOfNamedMonth: Recogniser = (text, { published }) =>
  matchesOf(DAY_OF_NAMED_MONTH, text).flatMap((match): Found[] => {
    const shift = MONTH_NAMED_SHIFT[(match[2] ?? '').toLowerCase()] ?? 0;
    const resolved = { day: Number(match[1]), ...addMonths(published.year, published.month, shift) };
    if (!isRealDay(resolved)) return [];
    return [{ start: match.index, end: match.index + match[0].length, date: dayDate(resolved), anchor: 'dateline' }];
  });

/**
 * "on the 14th": a day of the month of the event told before, or, with none, of the month the
 * tense points to from the dateline (the latest 14th for a past event, the next one ahead). A
 * month told only in an earlier paragraph ("had planned to visit in August 2024. || Asked at a
 * press conference on the 27th, ...") is background the news has left: the day is the dateline's
 * again.
 */
export const dayOfMonth: AnaphoraRecogniser = (text, { previous, previousElsewhere, published, tenseAt }) =>
  matchesOf(DAY_OF_MONTH, text).flatMap((match): Found[] => {
    const day = Number(match[1]);
    const start = match.index + match[0].indexOf('the');
    const end = match.index + match[0].length;
    const tense = tenseAt(start, end);
    const carries = previous && previous.precision !== 'year' && (previous.precision === 'day' || !previousElsewhere);
    const base = carries ? parseIsoDay(`${previous.start.slice(0, 7)}-01`) : undefined;
    const inPreviousMonth = base ? { ...base, day } : undefined;
    // The month of the event told before, unless that puts a past event after the dateline or a
    // future one before it ("will meet officials on the 12th" after a December event, in January).
    const fits = (candidate: Day): boolean => {
      const order = compareDays(candidate, published);
      return isRealDay(candidate) && (tense !== 'past' || order <= 0) && (tense !== 'future' || order >= 0);
    };
    // After a day, the month around it whose day is nearest it: "met on Dec. 29 ... flew to Riga on
    // the 2nd" is January's 2nd, the story going on, not a day four weeks back.
    const previousDay = carries && previous.precision === 'day' ? parseIsoDay(previous.start) : undefined;
    if (base && previousDay) {
      const nearest = [-1, 0, 1]
        .map((shift) => ({ ...addMonths(base.year, base.month, shift), day }))
        .filter(fits)
        .sort((a, b) => Math.abs(compareDays(a, previousDay)) - Math.abs(compareDays(b, previousDay)))[0];
      if (nearest) return [{ start, end, date: dayDate(nearest), anchor: 'previous-event' as const }];
    } else if (inPreviousMonth && fits(inPreviousMonth)) {
      return [{ start, end, date: dayDate(inPreviousMonth), anchor: 'previous-event' as const }];
    }
    const thisMonth = { ...published, day };
    const shift = tense === 'past' ? (day > published.day ? -1 : 0) : tense === 'future' && day < published.day ? 1 : 0;
    const month = addMonths(published.year, published.month, shift);
    const resolved = { ...thisMonth, ...month };
    return isRealDay(resolved) ? [{ start, end, date: dayDate(resolved), anchor: 'dateline' as const, tense }] : [];
  });

/**
 * A participle of fixing a day, after a comma, right before the day it fixes: ", fixing February
 * 20, 2027 for the presidential poll", ", setting the vote for May 3". The day is a plan's: it
 * dates neither the verb before the comma nor a count of days from it.
 */
export const FIXING_BEFORE =
  /,\s*(?:fixing|setting|scheduling|slating|pencilling|penciling|naming|picking|choosing)\b[^,;:]{0,40}$/i;

/**
 * "announced on Wednesday, two days after he spoke by phone with ...": when "N days after/before"
 * opens a clause (a verb follows before the next comma), the clause's event lies N days before
 * (after) the sentence's own date, or the previous event's when the sentence has none. "Three days
 * after the vote, protesters returned" (no verb) stays a shift forward from the previous event.
 */
function resolveShiftedClauses(
  found: Found[],
  text: string,
  markers: () => readonly TenseMarker[],
  previous?: EventDate,
  recall?: DateContext['recall'],
): Found[] {
  // A loop, not flatMap: most finds have no shift and are kept as they are.
  const resolved: Found[] = [];
  for (const item of found) {
    if (item.shift) resolved.push(...resolveShifted(found, item, item.shift, text, markers, previous, recall));
    else if (item.date) resolved.push(item);
  }
  return resolved;
}

/** A reaction to the news told by its noun, at the end of a shift: "following the announcement". */
const NEWS_NOUN_AT_END = /\b(?:after|following)\s+the\s+(?:rate\s+)?([a-z]+)$/i;
/**
 * The noun of an occasion after a shift that ends in "after" or "before", then a comma, a
 * sentence's end or a place: "the day after the crash,", "two days before the final vote".
 */
const OCCASION_AFTER_SHIFT =
  /^\s+(?:the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})(?=\s*(?:[,.;:]|$)|\s+(?:in|at|near|outside)\b)/i;

/**
 * The occasion a shift counts from when it names it, lower-cased: "the day after the crash",
 * "two days before the vote", "following the announcement". Its day is the one an earlier sentence
 * gives that occasion (`DateContext.recall`), which need not be the event told just before: "On May
 * 4, a train crashed near Orvik. On May 9, the ministry opened an inquiry. The day after the crash,
 * ..." is May 5. "the news" names no occasion of its own.
 */
function occasionNamed(text: string, item: Found): string | undefined {
  const own = text.slice(item.start, item.end);
  const news = NEWS_NOUN_AT_END.exec(own)?.[1]?.toLowerCase();
  if (news) return news === 'news' ? undefined : news;
  if (!/(?:after|before)$/i.test(own)) return undefined;
  return OCCASION_AFTER_SHIFT.exec(text.slice(item.end))?.[1]?.toLowerCase();
}

/** `resolveShiftedClauses` for one find with a shift: the find dated, or nothing. */
function resolveShifted(
  found: readonly Found[],
  item: Found,
  shift: Shift,
  text: string,
  markers: () => readonly TenseMarker[],
  previous?: EventDate,
  recall?: DateContext['recall'],
): Found[] {
  const dated = datedAnchor(found, item, text, markers);
  if (dated?.date) {
    const base = startDay(dated.date);
    if (base) {
      return [{ ...item, date: shiftedDate(base, shift), anchor: dated.anchor }];
    }
  }
  const clauseEnd = text.slice(item.end).search(/[,;.!?]/);
  const stop = clauseEnd < 0 ? text.length : item.end + clauseEnd;
  const placesToo = PLACES_TOLD_EVENT_AND.test(text.slice(0, item.start));
  // "and a day after two senators, X and Y, announced": a subject's aside may stand before the verb
  // of a clause opened by a second shift, coordinated with one that opens a clause.
  const opensClause =
    /(?:after|before)$/i.test(text.slice(item.start, item.end)) &&
    (placesToo || markers().some((marker) => marker.at >= item.end && marker.end <= stop));
  const places = placesToo || PLACES_TOLD_EVENT.test(text.slice(Math.max(0, item.start - 30), item.start));
  if (!opensClause) {
    // "..., released its figures on Feb. 25, ... he met her the same afternoon": an explicit date
    // earlier in the sentence is what the anaphora points to, before the previous event.
    // A day's anaphora points to no year or month when the event told before has a day: "The union,
    // which was founded in 2019, called a strike the same day" is that day, not 2019.
    const earlier = found.findLast(
      (other) =>
        other.end <= item.start &&
        !other.shift &&
        other.date &&
        other.anchor !== 'previous-event' &&
        !(other.date.precision !== 'day' && previous?.precision === 'day'),
    );
    if (earlier?.date && shift.days === 0) {
      const approximate = shift.approximate || earlier.date.approximate === true;
      return [
        {
          ...item,
          date: { ...sameAs(earlier.date), ...(approximate ? { approximate } : {}) },
          anchor: earlier.anchor,
        },
      ];
    }
    const occasion = earlier ? undefined : occasionNamed(text, item);
    const recalled = occasion ? recall?.(occasion) : undefined;
    const occasionDay = recalled ? startDay(recalled) : undefined;
    if (occasionDay) return [{ ...item, date: shiftedDate(occasionDay, shift) }];
    const base = earlier?.date ? startDay(earlier.date) : undefined;
    // "resigned on May 20, two days after the vote": the phrase dates the vote it names, N days
    // before (after) the main clause's day; "On May 20 ... Two days later" counts on from it.
    const sign = namesAnchor(text, item) ? -1 : 1;
    if (base) return [{ ...item, date: shiftedDate(base, shift, sign), anchor: earlier?.anchor ?? item.anchor }];
    const coarse = earlier?.date ? coarseShifted(earlier.date, shift, sign) : undefined;
    if (coarse) return [{ ...item, date: coarse, anchor: earlier?.anchor ?? item.anchor }];
    return item.date ? [item] : [];
  }
  const isReference = (other: Found): boolean =>
    other !== item &&
    !other.shift &&
    other.date?.precision === 'day' &&
    (other.anchor !== 'previous-event' || isDayOfMonth(text, other)) &&
    !FIXING_BEFORE.test(text.slice(Math.max(0, other.start - 60), other.start));
  // The day told right before the shift ("Dec. 24 — ... closed the route on the 18th, a day after
  // ...": the 18th, not the heading), else the sentence's first.
  const reference = found.findLast((other) => other.end <= item.start && isReference(other)) ?? found.find(isReference);
  // "three days after the fault was discovered": the day an earlier sentence gave the fault; "The
  // defections come a week after ...": the day an earlier sentence told the defections (by a verb,
  // "defected", as often as by the noun).
  const placed = places ? PLACED_SUBJECT.exec(text.slice(0, item.start))?.[1] : undefined;
  const noun = reference
    ? undefined
    : ((placed ? verbStem(placed) : undefined) ?? CLAUSE_SUBJECT.exec(text.slice(item.end))?.[1]);
  const recalled = noun ? recall?.(noun.toLowerCase()) : undefined;
  const told = recalled ?? previous;
  const base = reference?.date ? startDay(reference.date) : told ? startDay(told) : undefined;
  if (!base) return [];
  // "Arianespace informed its insurers three days after the fault was discovered": with no date of
  // its own, a clause that tells a new happening lies N days after the event told before (the one
  // the "after" clause recalls). Only a clause that just places the event told before ("The visit
  // comes a week after ...") dates the "after" clause N days before it.
  const forward = !reference && !places;
  const date = shiftedDate(base, shift, forward ? 1 : -1);
  return [{ ...item, date, anchor: reference ? reference.anchor : 'previous-event' }];
}

/**
 * "the 22nd": a day of the month the event told before gives. It is a day of its own, which a
 * happening told "a day after" or "two days before" it counts from ("closed the route on the 22nd,
 * a day after a serac collapse buried the trail": the collapse was on the 21st), as it does from
 * "on Dec. 22".
 */
function isDayOfMonth(text: string, item: Found): boolean {
  return /^the\s+\d/i.test(text.slice(item.start, item.end));
}

/**
 * "joined the council in 2012 and was elected mayor four years later", "founded it in March 2012
 * and sold it two years later": a shift in years (or months) from a date of the sentence that
 * gives no day, at the base's precision: the year (the month, March 2014).
 */
function coarseShifted(base: EventDate, shift: Shift, sign: 1 | -1): EventDate | undefined {
  if (shift.months === undefined || base.precision === 'day') return undefined;
  if (shift.years) return shiftYears(base, (sign * shift.months) / 12);
  return shiftMonths(base, sign * shift.months);
}

/**
 * "three days after the vote on May 10", "two weeks after the March 2 election", "two days before
 * the June 20 summit": the day-precision date that dates the event a shift "N days after/before"
 * is counted from, given in the same phrase (no verb, no punctuation between them). The main
 * clause's event lies N days after (before) that day; the date itself is the anchor event's.
 */
function datedAnchor(
  found: readonly Found[],
  item: Found,
  text: string,
  markers: () => readonly TenseMarker[],
): Found | undefined {
  if (!/(?:after|before)$/i.test(text.slice(item.start, item.end))) return undefined;
  const anchor = found.find(
    (other) =>
      other !== item &&
      !other.shift &&
      other.start >= item.end &&
      other.date?.precision === 'day' &&
      other.anchor !== 'previous-event' &&
      ANCHOR_PHRASE.test(text.slice(item.end, other.start)),
  );
  if (!anchor) return undefined;
  return markers().some((marker) => marker.at >= item.end && marker.end <= anchor.start) ? undefined : anchor;
}

/** Whether a shift "N days after/before" is followed by what it counts from: "two days after the vote". */
function namesAnchor(text: string, item: Found): boolean {
  return /(?:after|before)$/i.test(text.slice(item.start, item.end)) && /^\s+[\p{L}\p{N}]/u.test(text.slice(item.end));
}

/** What may stand between "three days after" and the date of what it counts from: "the vote on". */
const ANCHOR_PHRASE =
  /^\s+(?:(?:the|its|his|her|their|this|last|that)\s+)?(?:(?!(?:and|or|but|then|as|when|while|until|since)\s)[\w'’-]+\s+){0,3}?(?:(?:on|of)\s+)?$/i;

/** The head noun of a definite subject: "the fault" in "after the fault was discovered". */
const CLAUSE_SUBJECT = /^\s*(?:the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,})\s+(?:was|were|had|has|is)\b/i;

/** The subject a placing verb opens the sentence with: "The defections come", "Her visit comes". */
const PLACED_SUBJECT =
  /^\s*(?:the|its|his|her|their|this|these)\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})\s+\S+\s+(?:\S+\s+){0,2}$/i;

/**
 * The verb a happening's noun is made from, which an earlier sentence may tell it by: "defections"
 * -> "defect" ("defected"), "resignation" -> "resign", "announcement" -> "announce"; a noun that is
 * its verb already ("visit", "strike") stays.
 */
function verbStem(noun: string): string {
  const singular = noun.toLowerCase().replace(/s$/, '');
  const stem = singular.replace(/(?:ation|ion|ment)$/, '');
  return stem.length >= 4 ? stem : singular;
}

/** "The visit comes a week after ...", "The move follows ...": a verb that only places an event. */
const PLACES_TOLD_EVENT =
  /\b(?:comes?|came|coming|follows?|followed|is|was|were|are|arrives?|arrived)\s+(?:(?:just|only|barely|exactly|nearly|almost|about|some|more than|less than)\s+)?$/i;

/**
 * A second shift coordinated with one that places the event told before: "The vote came a week
 * after the Assembly approved the bill, and a day after two senators announced ...": it places it too.
 */
const PLACES_TOLD_EVENT_AND =
  /\b(?:comes?|came|follows?|followed)\s+(?:[\w-]+\s+){1,3}(?:after|before)\b[^;:.]{1,120},?\s+and\s+$/i;

const WEEKDAY_ONLY = new RegExp(String.raw`^(${WEEKDAY})(?:['’]s)?$`);
/** A month and day written out ("Dec. 12", "12 December"), not a shift ("seven weeks after"). */
const EXPLICIT_DAY = new RegExp(String.raw`^(?:${MONTH}\s+${DAY}|${DAY}(?:\s+of)?\s+${MONTH})`);
/** Between a weekday and the date it names: a few words of one noun phrase ("'s session on"). */
const SAME_PHRASE = /^['’]?s?\s+(?:[a-z-]+\s+){0,3}(?:on|of)\s+$|^,?\s+$|^\s*\(\s*$/;

/**
 * "Friday's session on Dec. 12", "Friday, Dec. 12": a weekday told with the date it falls on names
 * that date, whatever week the weekday alone would point to (the weekday's own reading goes by
 * tense, and a plan called off or a past week can put it a week off).
 */
function namedWeekdays(text: string, found: Found[]): void {
  for (const [index, item] of found.entries()) {
    const weekday = WEEKDAY_ONLY.exec(text.slice(item.start, item.end))?.[1];
    const next = found[index + 1];
    const day = next?.date && !next.date.end && next.date.precision === 'day' ? startDay(next.date) : undefined;
    if (!weekday || !next || !day || !item.date || !SAME_PHRASE.test(text.slice(item.end, next.start))) continue;
    if (!EXPLICIT_DAY.test(text.slice(next.start, next.end))) continue;
    if (weekdayOf(day) !== WEEKDAYS[weekday.toLowerCase()]) continue;
    found[index] = { ...item, date: { ...item.date, start: next.date?.start ?? item.date.start } };
  }
}

/** Between a month and day and the year it falls in, told by anaphora: ", of", " of", nothing. */
const OF_THE_YEAR = /^\s*,?\s*(?:of\s+)?$/i;

/**
 * "On Nov. 12 that year", "died on March 3 of the following year", "on Jan. 12 the next year": a
 * month and day written without their year, followed by a year the text gives by anaphora, is that
 * day of that year (one date, anchored on the event told before), not the month and day nearest the
 * dateline and a year beside it.
 */
function daysOfToldYear(text: string, found: Found[]): void {
  for (let index = found.length - 2; index >= 0; index -= 1) {
    const item = found[index];
    const next = found[index + 1];
    const day = item?.date && !item.date.end ? startDay(item.date) : undefined;
    if (!item || !next?.date || !day || item.anchor !== 'dateline') continue;
    if (next.anchor !== 'previous-event' || next.date.precision !== 'year') continue;
    if (!EXPLICIT_DAY.test(text.slice(item.start, item.end)) || !OF_THE_YEAR.test(text.slice(item.end, next.start)))
      continue;
    const inYear = { ...day, year: Number(next.date.start) };
    if (!isRealDay(inYear)) continue;
    found.splice(index, 2, { start: item.start, end: next.end, date: dayDate(inYear), anchor: 'previous-event' });
  }
}

/** A year named from the dateline: "last year", "this year", "next year". */
const NAMED_YEAR = /^(?:last|this|next)\s+year$/i;
/** Between a year named before a month and day and the day: "Last year, on Oct. 3", "last year on". */
const NAMED_YEAR_THEN_DAY = /^\s*,?\s*(?:on\s+)?$/i;

/**
 * "on Oct. 3 last year", "on March 3 of next year", "Last year, on Oct. 3, ...": a month and day
 * written with a year named from the dateline is that day of that year (one date), not the month
 * and day nearest the dateline with a year beside it ("approved the plan on Oct. 3 last year", told
 * in November 2025, is Oct. 3, 2024, not 2025).
 */
function daysOfNamedYear(text: string, found: Found[]): void {
  for (let index = found.length - 2; index >= 0; index -= 1) {
    const first = found[index];
    const second = found[index + 1];
    if (!first?.date || !second?.date) continue;
    const yearFirst = NAMED_YEAR.test(text.slice(first.start, first.end));
    if (!yearFirst && !NAMED_YEAR.test(text.slice(second.start, second.end))) continue;
    const [item, year] = yearFirst ? [second, first] : [first, second];
    const day = item.date && !item.date.end ? startDay(item.date) : undefined;
    if (!day || item.anchor !== 'dateline' || year.date?.precision !== 'year') continue;
    if (!EXPLICIT_DAY.test(text.slice(item.start, item.end))) continue;
    const gap = text.slice(first.end, second.start);
    if (!(yearFirst ? NAMED_YEAR_THEN_DAY : OF_THE_YEAR).test(gap)) continue;
    const inYear = { ...day, year: Number(year.date.start.slice(0, 4)) };
    if (!isRealDay(inYear)) continue;
    found.splice(index, 2, {
      start: first.start,
      end: second.end,
      date: dayDate(inYear),
      anchor: 'dateline',
      tense: item.tense,
    });
  }
}

/** After a month or a month and day: the year the sentence named before it, "of that year", "that same year". */
const OF_THAT_YEAR = /^\s*,?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b/i;
/** A year written out in a date's own words ("2019", "in 2019", "March 2021"). */
const WRITTEN_YEAR = /\b(1[89]\d\d|20\d\d)\b/;

/**
 * "The drought of 2023 ..., when the agency imposed limits in August of that year", "Talks in 2022
 * collapsed in October of that year": a month (or a month and day) told "of that year" falls in
 * the year the same sentence wrote out before it, not the one nearest the dateline nor the event
 * told before's. Without a year written before it, the event told before's year stays
 * (`daysOfToldYear`).
 */
function datesOfYearWrittenBefore(text: string, found: Found[]): void {
  for (let index = found.length - 1; index > 0; index -= 1) {
    const item = found[index];
    if (!item?.date || item.date.end || item.anchor !== 'dateline') continue;
    if (item.date.precision !== 'month' && item.date.precision !== 'day') continue;
    const tail = OF_THAT_YEAR.exec(text.slice(item.end, item.end + 24));
    if (!tail) continue;
    const year = found
      .slice(0, index)
      .map((other) => WRITTEN_YEAR.exec(text.slice(other.start, other.end))?.[1])
      .findLast((written) => written !== undefined);
    if (!year) continue;
    const month = Number(item.date.start.slice(5, 7));
    const day =
      item.date.precision === 'day'
        ? { year: Number(year), month, day: Number(item.date.start.slice(8, 10)) }
        : undefined;
    if (day && !isRealDay(day)) continue;
    const end = item.end + tail[0].length;
    const date = day ? dayDate(day) : monthDate(Number(year), month);
    // The "that year" the anaphora stage read is this date's own year, not a date of its own.
    const told = found.findIndex((other) => other !== item && other.start >= item.end && other.end <= end);
    found.splice(index, 1, { start: item.start, end, date, anchor: 'dateline' });
    if (told > index) found.splice(told, 1);
  }
}

/** A bare weekday ("Friday", "Friday night"), not "next Friday" or "last Friday". */
const BARE_WEEKDAY = new RegExp(String.raw`^(${WEEKDAY})\b(?:\s+(?:morning|afternoon|evening|night))?$`);

/**
 * "said on Thursday that he would meet Duval on Monday", "agreed last Tuesday to meet on Friday":
 * a weekday ahead of a day gone by (a future seen from the past: "would", "was due to", a past
 * verb's infinitive) is the first such weekday after that day, which the sentence names before it,
 * not the first after the dateline. Only when that day lies before the dateline; "will" counts
 * from the dateline as before.
 */
function weekdaysAheadOfTheirDay(
  text: string,
  found: Found[],
  markers: () => readonly TenseMarker[],
  published: Day,
): void {
  for (const [index, item] of found.entries()) {
    if (item.tense !== 'future' || item.anchor !== 'dateline' || !item.date) continue;
    const weekday = BARE_WEEKDAY.exec(text.slice(item.start, item.end))?.[1];
    if (!weekday) continue;
    let head: TenseMarker | undefined;
    for (const marker of markers()) if (marker.end <= item.start && (!head || marker.end > head.end)) head = marker;
    if (!head?.inPast) continue;
    const said = found
      .slice(0, index)
      .findLast((other) => other.end <= head.at && !other.shift && other.anchor === 'dateline');
    const day = said?.date && !said.date.end && said.date.precision === 'day' ? startDay(said.date) : undefined;
    if (!day || compareDays(day, published) >= 0) continue;
    const gap = ((WEEKDAYS[weekday.toLowerCase()] ?? 0) - weekdayOf(day) + 7) % 7 || 7;
    found[index] = { ...item, date: dayDate(addDays(day, gap), qualifierOfDate(item.date)) };
  }
}

/** The qualifier and estimate of a date, to carry to the day it is moved to. */
function qualifierOfDate(date: EventDate): Partial<EventDate> {
  const kept: Partial<EventDate> = {};
  if (date.qualifier) kept.qualifier = date.qualifier;
  if (date.approximate) kept.approximate = true;
  return kept;
}

/** "ASTANA, Dec 30 (Reuters) -": a wire dateline repeats the publication date; it dates no event. */
function isWireDateline(text: string, item: Found): boolean {
  return item.start < 60 && /^\s*\([A-Z][\w .&-]{0,30}\)\s*[-\u2013\u2014]/.test(text.slice(item.end));
}

/**
 * The gate of the month recognisers, implied by each of their patterns: a month name or
 * abbreviation and a space ("Sept. 24", "June 2021", "Sept. 22-26"), a full month name ("in
 * May", "mid-September"), or a day before a month ("24 September", "the 3rd of Oct."). A bare
 * `\b(?:Jan|Feb|Mar|...)` let through every "Mark", "Marta" and "Junior", and sent most of the
 * sentences it passed through eight month patterns that found nothing.
 */
const MONTH_GATE = new RegExp(String.raw`\b${MONTH}\s|\b${FULL_MONTH}\b|\d(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}`);

/** The month recognisers' gate (exported for tests: it must let through every text they find something in). */
export function monthGate(): Gate {
  return MONTH_GATE;
}
const ANAPHORA_GATE =
  /later|earlier|after|before|next|following|previous|preceding|same|within|that (?:day|morning|afternoon|evening|night)|(?:days|weeks|months|years|fortnight) on\b|nightfall|dusk|by (?:that |the )?evening|end of the day|^[\s"“‘']*(?:at|around|shortly|just|soon|in|during)\s/i;

/** What a gate is asked: whether a recogniser can find anything in a text. */
interface Gate {
  test(text: string): boolean;
}

/**
 * A gate that remembers its answer for the text it was last asked about: several recognisers share
 * one gate, and each asks it of the same sentence in turn.
 */
function askedOnce(gate: Gate): Gate {
  let last: { text: string; passes: boolean } | undefined;
  return {
    test(text) {
      if (last?.text !== text) last = { text, passes: gate.test(text) };
      return last.passes;
    },
  };
}

/** The cheap gate of two anaphora recognisers, asked once per sentence. */
const ANAPHORA_GATE_ONCE = askedOnce(ANAPHORA_GATE);

/**
 * The gate of an anaphora recogniser: its cheap gate, then the recogniser's own patterns (every
 * pattern it reads its finds from, so it finds nothing where none matches). A sentence that passes
 * no anaphora gate has the same dates whatever event was told before, and is read once; the cheap
 * gates alone ("after", "next") held for about half of all sentences.
 */
function anaphoraGate(cheap: Gate, ...patterns: RegExp[]): Gate {
  const flags = new Set(patterns.map((pattern) => pattern.flags.replace(/[gy]/g, '')));
  const [shared] = flags;
  if (flags.size !== 1 || shared === undefined) throw new Error('anaphoraGate: the patterns must share their flags');
  const own = new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), shared);
  return { test: (text) => cheap.test(text) && own.test(text) };
}

const ANAPHORA_GATES = new Map<AnaphoraRecogniser, Gate>([
  [shiftedAnaphora, anaphoraGate(ANAPHORA_GATE_ONCE, NEXT_DAY, SHIFT, HOURS_SHIFT, UNCOUNTED_SHIFT)],
  [followingWeekday, anaphoraGate(/following|next|previous|preceding/i, FOLLOWING_WEEKDAY)],
  [periodAnaphora, anaphoraGate(/\b(?:that|same)\s|\sday\b/i, THAT_WEEKDAY, SAME_PERIOD, DAY_OF_STRETCH)],
  [dayOfMonth, anaphoraGate(/\d(?:st|nd|rd|th)\b/, DAY_OF_MONTH)],
  [sameTimeAnaphora, anaphoraGate(ANAPHORA_GATE_ONCE, SAME_TIME)],
]);

/** The gate of an anaphora recogniser (exported for tests: it must let through every text the recogniser finds something in). */
export function anaphoraGateOf(recogniser: AnaphoraRecogniser): Gate {
  const gate = ANAPHORA_GATES.get(recogniser);
  if (!gate) throw new Error('no gate for this anaphora recogniser');
  return gate;
}

/** The month recognisers' gate, asked once per sentence though four recognisers share it. */
const MONTH_GATE_ONCE = askedOnce(MONTH_GATE);

/**
 * Every recogniser, most specific first: on overlap, the earlier-listed one wins. Each has a cheap
 * gate: most sentences hold no date, and testing one plain pattern is far cheaper than running the
 * recogniser's full grammar (this keeps the stage well under 0.2 ms per article).
 */
const RECOGNISERS: ({ gate: Gate; recognise: Recogniser } | { gate: Gate; anaphora: AnaphoraRecogniser })[] = [
  { gate: /(?:quarter|months|half|year)\s+(?:to|ended|ending|through|till|until)\s/, recognise: periodsTo },
  { gate: MONTH_GATE_ONCE, recognise: monthDayRanges },
  { gate: MONTH_GATE_ONCE, recognise: dayMonthRanges },
  { gate: /\d{4}-\d\d-\d\d/, recognise: isoDays },
  { gate: /\d[./]\d{1,2}[./](?:19|20)\d\d/, recognise: numericDays },
  { gate: MONTH_GATE_ONCE, recognise: monthDays },
  { gate: MONTH_GATE_ONCE, recognise: months },
  { gate: /spring|summer|fall|autumn|winter/i, recognise: seasons },
  { gate: /spring|summer|fall|autumn|winter/, recognise: relativeSeasons },
  { gate: /quarter|Q[1-4]/, recognise: quarters },
  { gate: /half of/i, recognise: halfYears },
  { gate: /Christmas|Boxing|New Year|Halloween|Valentine|Easter|Good Friday/, recognise: holidays },
  {
    gate: /yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|the day/i,
    recognise: relativeDays,
  },
  {
    gate: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day.*week|week.*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|after next/,
    recognise: weekdaysOfWeeks,
  },
  { gate: /\d(?:st|nd|rd|th)\s+of\s/, recognise: dayOfNamedMonth },
  { gate: /week|month|year/i, recognise: relativePeriods },
  { gate: /\bago\b/i, recognise: ago },
  { gate: /\bin \S+ (?:day|week|month)/i, recognise: inTime },
  { gate: anaphoraGateOf(shiftedAnaphora), anaphora: shiftedAnaphora },
  { gate: anaphoraGateOf(followingWeekday), anaphora: followingWeekday },
  { gate: anaphoraGateOf(periodAnaphora), anaphora: periodAnaphora },
  { gate: anaphoraGateOf(dayOfMonth), anaphora: dayOfMonth },
  { gate: WEEKDAY_SPAN_GATE, recognise: weekdayRanges },
  { gate: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/, recognise: weekdays },
  { gate: anaphoraGateOf(sameTimeAnaphora), anaphora: sameTimeAnaphora },
  { gate: /\b(?:1[89]|2[01])\d\d\b/, recognise: years },
];

/** Keeps the first of overlapping finds (RECOGNISERS order), then sorts by position. */
function withoutOverlaps(found: readonly Found[]): Found[] {
  const kept: Found[] = [];
  for (const candidate of found) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** What a sentence's recognisers found that does not depend on the event told before. */
interface OwnFinds {
  published: string;
  resolver: Resolver;
  markers: () => readonly TenseMarker[];
  /** Per entry of RECOGNISERS; an anaphora recogniser's are not kept. */
  finds: readonly (readonly Found[])[];
  /** Per entry of RECOGNISERS: whether its gate lets the sentence through (asked once). */
  passes: readonly boolean[];
  /** No anaphora and no shift: the sentence's dates are the same whatever event was told before. */
  independent: boolean;
  /** The mentions last made, when independent, and the quotations they were made with. */
  mentions?: { quotations: readonly Span[] | undefined; list: DateMention[] };
}

const ownFindsCache = new WeakMap<Sentence, OwnFinds>();

/** What a recogniser that did not run found: shared, never changed. */
const NO_FINDS: readonly Found[] = [];

/** The dateline last read: every sentence of an article asks for the same one. */
let lastPublished: { iso: string; day: Day | undefined } | undefined;

function publishedDay(iso: string): Day | undefined {
  if (lastPublished?.iso !== iso) lastPublished = { iso, day: parseIsoDay(iso) };
  // A copy: the recognisers are handed their own.
  return lastPublished.day && { ...lastPublished.day };
}

/**
 * The finds of every recogniser but anaphora, made once per sentence and dateline: the events
 * stage asks for a sentence's dates again each time the event told before changes, and only
 * anaphora reads that.
 */
/** A weekday or month name in capitals, as a date's word: before a day, a year or another such word. */
const CAPITAL_DATE_WORD =
  /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b(?=\.?,?\s+(?:\d|[A-Z]{3}))/g;

/**
 * The text the date recognisers read: a sentence's own, with a date's weekday and month names in
 * capitals ("MONDAY, DEC. 28 —", a log's or a bulletin's heading) in title case. Same length, so
 * every offset holds.
 */
function datesTextOf(sentence: Sentence): string {
  const text = sentence.text;
  if (!/[A-Z]{3}/.test(text)) return text;
  return text.replace(CAPITAL_DATE_WORD, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}

function ownFinds(sentence: Sentence, publishedIso: string): OwnFinds | undefined {
  const cached = ownFindsCache.get(sentence);
  if (cached?.published === publishedIso) return cached;
  const published = publishedDay(publishedIso);
  if (!published) return undefined;
  const text = datesTextOf(sentence);
  // The verbs' tenses read with letters folded to ASCII: "Erdoğan said" is one name and a verb.
  const verbs = foldLetters(text);
  let markers: TenseMarker[] | undefined;
  const tenseMarkersOnce = (): TenseMarker[] => (markers ??= tenseMarkers(verbs));
  const resolver: Resolver = {
    published,
    tenseAt: (start, end) => clauseTense(verbs, start, end, tenseMarkersOnce()),
  };
  // One loop, not three maps and two `every`s: this runs for every sentence.
  const passes: boolean[] = [];
  const finds: (readonly Found[])[] = [];
  let independent = true;
  for (const entry of RECOGNISERS) {
    const passed = entry.gate.test(text);
    passes.push(passed);
    if ('anaphora' in entry) {
      finds.push(NO_FINDS);
      if (passed) independent = false;
      continue;
    }
    const found = passed ? oneShape(entry.recognise(text, resolver)) : NO_FINDS;
    finds.push(found);
    if (found.some((item) => item.shift)) independent = false;
  }
  const own: OwnFinds = { published: publishedIso, resolver, markers: tenseMarkersOnce, finds, passes, independent };
  ownFindsCache.set(sentence, own);
  return own;
}

/**
 * Whether a sentence's date mentions may change with the event told before (`previous`): only
 * when it holds anaphora or a shift ("the same day", "two days later"). Other sentences' mentions
 * are made once.
 */
export function datesDependOnPrevious(sentence: Sentence, published: string): boolean {
  return ownFinds(sentence, published)?.independent === false;
}

/**
 * The finds of every recogniser, in RECOGNISERS order: the sentence's own, and anaphora read against
 * `resolver.previous`. A loop, not flatMap: this runs for every sentence, and flatMap cost more.
 */
function everyFind(own: OwnFinds, text: string, resolver: AnaphoraResolver): Found[] {
  const all: Found[] = [];
  RECOGNISERS.forEach((entry, index) => {
    if (!('anaphora' in entry)) all.push(...(own.finds[index] ?? []));
    else if (own.passes[index]) all.push(...oneShape(entry.anaphora(text, resolver)));
  });
  return all;
}

/** Date mentions in a sentence, resolved against the dateline, the clause's tense and `previous`. */
export function findDateMentions(sentence: Sentence, context: DateContext): DateMention[] {
  const own = ownFinds(sentence, context.published);
  if (!own) return [];
  const text = datesTextOf(sentence);
  const made = own.mentions;
  if (own.independent && made && made.quotations === context.quotations) return made.list;
  const resolver: AnaphoraResolver = {
    published: own.resolver.published,
    tenseAt: own.resolver.tenseAt,
    previous: context.previous,
    previousElsewhere: context.previousElsewhere,
  };
  // "on the eve of": asked of the whole sentence once, not of the text before each date.
  const mentionsEve = /eve/i.test(text);
  const found = resolveShiftedClauses(
    withoutOverlaps(everyFind(own, text, resolver)),
    text,
    own.markers,
    context.previous,
    context.recall,
  )
    .filter((item) => !isWireDateline(text, item))
    .map((item) => (mentionsEve ? onTheEve(text, item) : item));
  namedWeekdays(text, found);
  datesOfYearWrittenBefore(text, found);
  daysOfToldYear(text, found);
  daysOfNamedYear(text, found);
  weekdaysAheadOfTheirDay(text, found, own.markers, own.resolver.published);
  found.push(...eveOfNamedEvent(text, found, context.recall));
  found.sort((a, b) => a.start - b.start);
  const quotations: readonly Span[] =
    context.quotations ??
    quotationsInText(text).map((q) => ({ start: q.start + sentence.start, end: q.end + sentence.start }));
  const mentions: DateMention[] = [];
  for (const item of found) {
    const start = sentence.start + item.start;
    if (!item.date) continue;
    // Every field, tense too (undefined when unknown), in one order: one shape for every date
    // mention the rules read (see `mentionWithDate`).
    mentions.push({
      start,
      end: sentence.start + item.end,
      text: text.slice(item.start, item.end),
      date: item.date,
      anchor: item.anchor,
      inQuote: isInQuotation(quotations, start),
      tense: item.tense,
    });
  }
  if (own.independent) own.mentions = { quotations: context.quotations, list: mentions };
  return mentions;
}

/**
 * `mention` read as `date`. A new literal with every field in the order `findDateMentions` gives
 * them, not `{ ...mention, date }`: every date mention then has one shape, and the rules that read
 * them (dozens a trigger) are not slowed by V8's lookups for objects of many shapes.
 */
export function mentionWithDate(mention: DateMention, date: EventDate): DateMention {
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    date,
    anchor: mention.anchor,
    inQuote: mention.inQuote,
    tense: mention.tense,
  };
}

// ---------------------------------------------------------------------------------------------
// Durations

const DURATION_UNITS: Record<string, DurationMention['unit']> = {
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};
const LONG = new RegExp(String.raw`\b(${NUMBER}|\d+)?-?(minute|hour|day|week|fortnight|month|year)[-\s]?long\b`, 'gi');
/** "three-day", "12-hour"; not an age ("a 19-year-old man", "the 40-year-old mill"). */
const HYPHENATED = new RegExp(String.raw`\b(${NUMBER}|\d+)-(minute|hour|day|week|month|year)\b(?!s|-olds?\b)`, 'gi');
const SPELLED = new RegExp(
  String.raw`\b(?:(nearly|almost|about|around|roughly|some|over|more than|less than|at least|up to|just over|just under)\s+)?(${NUMBER}|\d[\d,.]*)\s+(minute|hour|day|week|fortnight|month|year)s?\b(?!\s+(?:ago|later|earlier|after|before|afterwards?)\b)`,
  'gi',
);

/**
 * Lengths of time in a sentence: "week-long" (7 days), "three-day", "nearly 12 hours". They are
 * not dates; the events stage can turn a start date into a range with them or keep them as a
 * qualifier. Offsets are into the file.
 */
export function findDurations(sentence: Sentence): DurationMention[] {
  const text = sentence.text;
  const found: DurationMention[] = [];
  if (!/minute|hour|day|week|fortnight|month|year/i.test(text)) return found;
  const push = (match: Match, count: string | undefined, unitWord: string, qualifier?: string) => {
    const fortnight = /^fortnight$/i.test(unitWord);
    const unit = fortnight ? 'week' : DURATION_UNITS[unitWord.toLowerCase()];
    const counted = count ? countOf(count.replace(/,/g, '')) : 1;
    const amount = counted !== undefined && fortnight ? 2 * counted : counted;
    if (!unit || amount === undefined) return;
    const start = sentence.start + match.index;
    if (found.some((other) => start < other.end && other.start < start + match[0].length)) return;
    found.push({
      start,
      end: start + match[0].length,
      text: match[0],
      amount,
      unit,
      ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}),
    });
  };
  for (const match of matchesOf(LONG, text)) push(match, match[1], match[2] ?? '');
  for (const match of matchesOf(HYPHENATED, text)) push(match, match[1], match[2] ?? '');
  for (const match of matchesOf(SPELLED, text)) push(match, match[2], match[3] ?? '', match[1]);
  return found.sort((a, b) => a.start - b.start);
}
