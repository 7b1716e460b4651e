/**
 * The time window's ends as readable URL values: "2025-09-20" for a midnight (UTC), else
 * "2025-09-20T13:45Z". Ends are rounded to the minute, which keeps links short and moves a window
 * by under half a minute, invisible at the timeline's smallest zoom (an hour). Formatting what
 * was parsed gives the same text back, so a reopened link shows the same window.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Date.UTC, without its reading of years 0-99 as 1900-1999. */
function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Years a link may name: JavaScript dates reach further, but four-digit ISO years do not. */
const EARLIEST = utc(1, 0, 1);
const LATEST = utc(9999, 11, 31, 23, 59);

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z?)?$/;

/** Formats epoch milliseconds for a link; NaN and out-of-range values give null. */
export function formatInstant(epochMs: number): string | null {
  if (!Number.isFinite(epochMs)) return null;
  const rounded = Math.round(epochMs / MINUTE) * MINUTE;
  if (rounded < EARLIEST || rounded > LATEST) return null;
  const iso = new Date(rounded).toISOString();
  return rounded % DAY === 0 ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/** Reads a link's instant (UTC); anything that is not a real calendar day and time gives null. */
export function parseInstant(text: string): number | null {
  const match = INSTANT.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    return null;
  }
  const epochMs = utc(year, month - 1, day, hour, minute, second);
  const date = new Date(epochMs);
  // Dates roll "2025-02-30" over into March; a link naming it is malformed.
  const isRealDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isRealDay || hour > 23 || minute > 59 || second > 59) return null;
  if (epochMs < EARLIEST || epochMs > LATEST) return null;
  return Math.round(epochMs / MINUTE) * MINUTE;
}
