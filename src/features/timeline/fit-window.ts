import type { TimeWindow } from '../../store/view-slice.ts';
import type { ItemDescription } from './to-timeline-items.ts';

/** Fitting a single event (or several on one day) shows this much time around it. */
const FIT_MIN_WIDTH_MS = 4 * 24 * 60 * 60 * 1000;
const FIT_PADDING_LEFT = 0.04;
const FIT_PADDING_RIGHT = 0.45;
/** The window that shows every item: a little room on the left, room for labels on the right. */
export function fitWindow(descriptions: Iterable<ItemDescription>): TimeWindow | null {
  let first = Infinity;
  let last = -Infinity;
  for (const item of descriptions) {
    first = Math.min(first, item.start.getTime());
    last = Math.max(last, (item.end ?? item.start).getTime());
  }
  if (!Number.isFinite(first)) return null;
  const width = Math.max(last - first, FIT_MIN_WIDTH_MS);
  const centre = (first + last) / 2;
  const start = Math.min(first, centre - width / 2);
  return { start: start - width * FIT_PADDING_LEFT, end: start + width * (1 + FIT_PADDING_RIGHT) };
}
