import type { EventKind } from '../../model/event-list.ts';

/** What each kind is called in the filter, in the plural a reader would use for a group. */
export const KIND_LABELS: Record<EventKind, string> = {
  meeting: 'Meetings',
  quote: 'Quotes',
  travel: 'Trips',
  announcement: 'Announcements',
  statement: 'Statements',
  policy: 'Policy acts',
  conflict: 'Conflict events',
  summit: 'Summits',
  other: 'Other events',
};

/** "1 event", "3 events". */
export function formatEventCount(count: number): string {
  return `${count} ${count === 1 ? 'event' : 'events'}`;
}

/** "4 of 11 events" while filtered, "11 events" otherwise. */
export function describeCount(visible: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? 'event' : 'events';
  return filtered ? `${visible} of ${total} ${noun}` : `${total} ${noun}`;
}
