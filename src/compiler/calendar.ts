/**
 * Calendar arithmetic on plain day numbers (UTC), so no time zone or clock can shift a date.
 * A `Day` is a real calendar day; `EventDate`s are built from it at their honest precision.
 */
import type { EventDate, Precision } from '../model/event-list.ts';

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO text of a day, month or year at `precision`. */
export function formatAt(year: number, month: number, day: number, precision: Precision): string {
  if (precision === 'year') return String(year).padStart(4, '0');
  if (precision === 'month') return `${String(year).padStart(4, '0')}-${pad(month)}`;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function parseIsoDay(iso: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : undefined;
}

export function isRealDay({ year, month, day }: Day): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0-99 as 1900-1999: those, and months out of range, take Date's answer.
  const length = year >= 100 && Number.isInteger(year) ? MONTH_LENGTHS[month - 1] : undefined;
  if (length === undefined) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : length;
}

function toNumber({ year, month, day }: Day): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromNumber(value: number): Day {
  const date = new Date(value * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, count: number): Day {
  return fromNumber(toNumber(day) + count);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(toNumber(day) * MS_PER_DAY).getUTCDay();
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDays(a: Day, b: Day): number {
  return toNumber(a) - toNumber(b);
}

/** The Monday that starts the (Monday-Sunday) week holding `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The same day `count` calendar months on (or back): "a month after March 10" is April 10, and a
 * day the month lacks is its last ("a month after Jan. 31" is Feb. 28).
 */
export function addCalendarMonths(day: Day, count: number): Day {
  const { year, month } = addMonths(day.year, day.month, count);
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

// These run for every date found: built by assignment, not by spreads (V8 takes a slow path for
// an object literal with a spread), in the same key order.

export function dayDate(day: Day, extra?: Partial<EventDate>): EventDate {
  const date: EventDate = { start: formatAt(day.year, day.month, day.day, 'day'), precision: 'day' };
  return extra ? Object.assign(date, extra) : date;
}

export function dayRange(first: Day, last: Day, extra?: Partial<EventDate>): EventDate {
  const date = dayDate(first, extra);
  date.end = formatAt(last.year, last.month, last.day, 'day');
  return date;
}

export function monthDate(year: number, month: number, extra?: Partial<EventDate>): EventDate {
  const date: EventDate = { start: formatAt(year, month, 1, 'month'), precision: 'month' };
  return extra ? Object.assign(date, extra) : date;
}

/** The first day an `EventDate` may fall on, if it is of day precision. */
export function startDay(date: EventDate): Day | undefined {
  return date.precision === 'day' ? parseIsoDay(date.start) : undefined;
}

/** Counts written as words ("two days later", "a week on", "a couple of days"), in lower case. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  several: 3,
  few: 3,
  couple: 2,
};

/** The days of the week by name, as a pattern's source (capitalised, as dates write them). */
export const WEEKDAY_NAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
