/**
 * Zoom limits and pan bounds that follow the data: never zoom below an hour, never out past the
 * span of the events plus a margin (no empty millennia), never pan far from them.
 */
import type { TimelineEvent } from '../../model/event-list.ts';
import { dateSpan } from './to-timeline-items.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The closest zoom: one hour across the whole timeline. */
export const ZOOM_MIN_MS = HOUR;

export interface DataBounds {
  /** Earliest instant the timeline may show. */
  min: number;
  /** Latest instant the timeline may show. */
  max: number;
  /** Widest window: the whole of [min, max]. */
  zoomMax: number;
}

/**
 * Margin on each side: a third of the span (labels start at their date and need room on the
 * right), at least a week so a lone event has context.
 */
function marginFor(span: number): number {
  return Math.max(span / 3, 7 * DAY);
}

/** Bounds around every event (filtered or not, so filtering never moves them); null when none. */
export function dataBounds(events: readonly TimelineEvent[]): DataBounds | null {
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const { precision } = event.date;
    first = Math.min(first, dateSpan(event.date.start, precision).start.getTime());
    last = Math.max(last, dateSpan(event.date.end ?? event.date.start, precision).end.getTime());
  }
  if (!Number.isFinite(first) || !Number.isFinite(last)) return null;
  const margin = marginFor(last - first);
  const min = first - margin;
  const max = last + margin;
  return { min, max, zoomMax: max - min };
}

/**
 * A one-hour window inside the bounds where no event lies (the start of the leading margin).
 * Moving there before a big DataSet change keeps vis-timeline from drawing items one by one.
 */
export function emptyWindow(bounds: DataBounds): { start: number; end: number } {
  return { start: bounds.min, end: bounds.min + ZOOM_MIN_MS };
}
