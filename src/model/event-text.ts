/**
 * Event fields in words, for people: kinds, statuses and dates at their precision. Dates are read
 * from their ISO strings, never through `Date`, so no time zone can move a day.
 */
import type { EventDate, EventKind, EventStatus, TimelineEvent } from './event-list.ts';

/** English month names, January first (index 0). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const KIND_LABELS: Record<EventKind, string> = {
  meeting: 'Meeting',
  quote: 'Quote',
  travel: 'Travel',
  announcement: 'Announcement',
  statement: 'Statement',
  policy: 'Policy',
  conflict: 'Conflict',
  summit: 'Summit',
  other: 'Event',
};

const STATUS_LABELS: Record<EventStatus, string> = {
  occurred: 'Took place',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};

export function kindLabel(kind: EventKind): string {
  return KIND_LABELS[kind];
}

export function statusLabel(status: EventStatus): string {
  return STATUS_LABELS[status];
}

interface DateParts {
  year: string;
  month?: string;
  day?: string;
}

function dateParts(iso: string): DateParts {
  const [year = iso, month, day] = iso.split('-');
  const monthName = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  return {
    year,
    ...(monthName === undefined ? {} : { month: monthName }),
    ...(day === undefined ? {} : { day: String(Number(day)) }),
  };
}

/** "2025-09-24" -> "24 September 2025"; "2022-02" -> "February 2022"; "2022" -> "2022". */
export function formatPartialDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return [day, month, year].filter((part) => part !== undefined).join(' ');
}

/** A range in words, leaving out what both ends share: "22–26 September 2025". */
function formatRange(start: string, end: string): string {
  const from = dateParts(start);
  const to = dateParts(end);
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month === to.month;
  if (from.day !== undefined && sameMonth) return `${from.day}–${formatPartialDate(end)}`;
  if (from.month !== undefined && sameYear) {
    return `${[from.day, from.month].filter((part) => part !== undefined).join(' ')} – ${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

const LEADING_QUALIFIER = /^(early|mid|late|(the )?(start|beginning|middle|end) of)$/i;

/**
 * The date as a reader should understand it: the day or span, how precise it is when less than a
 * day ("February 2022 (month)"), and "around" when the text only supports an estimate.
 */
export function formatEventDate(date: EventDate): string {
  const span =
    date.end !== undefined && date.end !== date.start
      ? formatRange(date.start, date.end)
      : formatPartialDate(date.start);
  const precision = date.precision === 'day' ? '' : ` (${date.precision})`;
  // "early", "late", "mid" read well before the date; anything else ("week-long") goes after it.
  const leading = date.qualifier !== undefined && LEADING_QUALIFIER.test(date.qualifier);
  const before = leading ? `${date.qualifier} ` : '';
  const after = date.qualifier && !leading ? ` (${date.qualifier})` : '';
  return `${date.approximate ? 'around ' : ''}${before}${span}${precision}${after}`;
}

/**
 * An event in one spoken line, for the accessible name of a control that stands for it: "Meeting:
 * Rubio and Lavrov meet, 24 September 2025, took place". It holds the words shown on such controls
 * (kind, title, status) in their order, so speech input can say what it sees. The kind is left out
 * when the title already starts with it ("Meeting: Alice and Bob").
 */
export function eventSummary(event: Pick<TimelineEvent, 'kind' | 'title' | 'date' | 'status'>): string {
  const kind = kindLabel(event.kind);
  const title = event.title.trim();
  const named = title.toLowerCase().startsWith(`${kind.toLowerCase()}:`) ? title : `${kind}: ${title}`;
  return `${named}, ${formatEventDate(event.date)}, ${statusLabel(event.status).toLowerCase()}`;
}
