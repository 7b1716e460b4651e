import type { TimeWindow } from '../../store/view-slice.ts';

/** What fitting needs of an item: its span and the width of its label (which starts at `start`). */
export interface FitSpan {
  start: number;
  end: number;
  labelPx: number;
}

/** Fitting a single event (or several on one day) shows this much time around it. */
const FIT_MIN_WIDTH_MS = 4 * 24 * 60 * 60 * 1000;
const FIT_PADDING_LEFT = 0.04;
/** Room after the last instant even when no label needs it. */
const FIT_PADDING_RIGHT = 0.08;
/**
 * A label counts for at most this share of the width: longer ones are cut at the edge rather
 * than squeezing every date into a corner (on a phone, labels are often wider than the screen).
 */
const LABEL_SHARE_MAX = 0.5;

/**
 * The window that shows every item and, as far as can be, every label whole: labels start at
 * their date and run right, so the window ends late enough for the last ones to fit. `widthPx` is
 * the timeline's drawing width.
 */
export function fitWindow(spans: Iterable<FitSpan>, widthPx: number): TimeWindow | null {
  const all = [...spans];
  let first = Infinity;
  let last = -Infinity;
  for (const span of all) {
    first = Math.min(first, span.start);
    last = Math.max(last, span.end, span.start);
  }
  if (!Number.isFinite(first)) return null;
  const dataWidth = Math.max(last - first, FIT_MIN_WIDTH_MS);
  const centre = (first + last) / 2;
  const start = Math.min(first, centre - dataWidth / 2) - dataWidth * FIT_PADDING_LEFT;
  // A label of share f starting at t fits when t - start <= width * (1 - f).
  let width = (last - start) * (1 + FIT_PADDING_RIGHT);
  for (const span of all) {
    const share = Math.min(span.labelPx / Math.max(widthPx, 1), LABEL_SHARE_MAX);
    width = Math.max(width, (span.start - start) / (1 - share));
  }
  return { start, end: start + width };
}
