/**
 * What the timeline draws for a window: each event as its own item where they fit, and one count
 * item per stretch of time where they would pile up. Computed here (pure, linear in the number of
 * events) instead of by vis-timeline's `cluster` option, whose cost grows with every item it holds
 * (FINDINGS: 10,000 items took ~90 s to draw): vis-timeline only ever receives the items of the
 * window and one window's width on either side, so it holds a few hundred items at most.
 */
import type { TimeWindow } from '../../store/view-slice.ts';

/** An event as the plan sees it: its time span and how wide its label is drawn. */
export interface PlanSpan {
  id: string;
  start: number;
  /** The instant its drawn span ends (equal to `start` for a point in time). */
  end: number;
  /** Estimated width of its label in pixels (labels start at the date and do not wrap). */
  labelPx: number;
}

export interface PlanInput {
  /** The events that pass the filters, in any order. */
  spans: readonly PlanSpan[];
  window: TimeWindow;
  /** The timeline's drawing width in pixels. */
  widthPx: number;
  /** How many items can stack on top of each other before they leave the timeline's height. */
  rows: number;
  /** Never folded into a count: a selected event is always drawn as itself. */
  selectedId: string | null;
}

export interface PlannedCluster {
  /** Stable while the zoom stays on the same step, so that panning updates nothing. */
  id: string;
  eventIds: string[];
  /** First and last instant of its events. */
  start: number;
  end: number;
}

export interface TimelinePlan {
  /** Events drawn as themselves. */
  eventIds: string[];
  clusters: PlannedCluster[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * Bucket widths to choose from. A fixed ladder (not the window's own width) keeps buckets on the
 * same boundaries while a person pans or zooms a little, so counts do not jump around.
 */
const BUCKET_LADDER_MS = [
  15 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
  2 * 365 * DAY,
  5 * 365 * DAY,
  10 * 365 * DAY,
  25 * 365 * DAY,
  100 * 365 * DAY,
];
/** A bucket is at least this wide on screen: a count item and a little room around it. */
const BUCKET_MIN_PX = 100;
/** A count item's drawn width ("1,234 events") for stacking estimates. */
const CLUSTER_PX = 90;

/** The bucket width for a window: the smallest step of the ladder at least BUCKET_MIN_PX wide. */
export function bucketWidth(window: TimeWindow, widthPx: number): number {
  const msPerPx = (window.end - window.start) / Math.max(widthPx, 1);
  const wanted = msPerPx * BUCKET_MIN_PX;
  return BUCKET_LADDER_MS.find((step) => step >= wanted) ?? wanted;
}

interface Extent {
  from: number;
  to: number;
}

/** The most extents that overlap at one point, and where: how many rows stacking them takes. */
function deepestPoint(extents: readonly Extent[]): { depth: number; at: number } {
  const edges: [number, number][] = [];
  for (const { from, to } of extents) edges.push([from, 1], [Math.max(to, from), -1]);
  // Ends before starts at the same instant: touching items do not stack.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let deepest = 0;
  let at = 0;
  for (const [time, step] of edges) {
    depth += step;
    if (depth > deepest) {
      deepest = depth;
      at = time;
    }
  }
  return { depth: deepest, at };
}

/**
 * How many rows vis-timeline needs to stack these extents: the most that overlap at one point
 * (stacking intervals in start order needs exactly that many).
 */
export function stackDepth(extents: readonly Extent[]): number {
  return deepestPoint(extents).depth;
}

interface Bucket {
  index: number;
  spans: PlanSpan[];
  /** First start and last end of its events. */
  start: number;
  end: number;
  clustered: boolean;
}

/**
 * Decide what to draw. Events overlapping the window plus one window's width on either side are
 * candidates (so a pan shows items at once); if they all stack within `rows`, each is drawn as
 * itself. Otherwise events are put in buckets of a ladder step; a bucket holding more events than
 * rows becomes a count, then the busiest buckets under the deepest stack become counts until the
 * rest fit. The selected event is never part of a count.
 */
export function planTimeline(input: PlanInput): TimelinePlan {
  const { window, widthPx, rows, selectedId } = input;
  const width = window.end - window.start;
  const msPerPx = width / Math.max(widthPx, 1);
  const from = window.start - width;
  const to = window.end + width;
  const extentOf = (span: PlanSpan): Extent => ({
    from: span.start,
    to: Math.max(span.end, span.start + span.labelPx * msPerPx),
  });

  const candidates = input.spans.filter((span) => {
    const extent = extentOf(span);
    return extent.to >= from && extent.from <= to;
  });
  if (candidates.length <= rows * 4 && stackDepth(candidates.map(extentOf)) <= rows) {
    return { eventIds: candidates.map((span) => span.id), clusters: [] };
  }

  const step = bucketWidth(window, widthPx);
  const byIndex = new Map<number, Bucket>();
  const selected: PlanSpan[] = [];
  for (const span of candidates) {
    if (span.id === selectedId) {
      selected.push(span);
      continue;
    }
    const index = Math.floor(span.start / step);
    const bucket = byIndex.get(index);
    if (!bucket) {
      byIndex.set(index, { index, spans: [span], start: span.start, end: span.end, clustered: false });
      continue;
    }
    bucket.spans.push(span);
    bucket.start = Math.min(bucket.start, span.start);
    bucket.end = Math.max(bucket.end, span.end);
  }
  const buckets = [...byIndex.values()].sort((a, b) => a.index - b.index);
  for (const bucket of buckets) if (bucket.spans.length > rows) bucket.clustered = true;

  const clusterExtent = (bucket: Bucket): Extent => ({ from: bucket.start, to: bucket.start + CLUSTER_PX * msPerPx });
  const extents = (): { extent: Extent; bucket: Bucket | null }[] => [
    ...selected.map((span) => ({ extent: extentOf(span), bucket: null })),
    ...buckets.flatMap((bucket) =>
      bucket.clustered
        ? [{ extent: clusterExtent(bucket), bucket }]
        : bucket.spans.map((span) => ({ extent: extentOf(span), bucket })),
    ),
  ];
  // Each round folds one bucket, so this ends after at most one round per bucket.
  for (;;) {
    const all = extents();
    const { depth, at } = deepestPoint(all.map((entry) => entry.extent));
    if (depth <= rows) break;
    let busiest: Bucket | null = null;
    const covering = new Map<Bucket, number>();
    for (const { extent, bucket } of all) {
      if (!bucket || bucket.clustered || extent.from > at || extent.to < at) continue;
      const count = (covering.get(bucket) ?? 0) + 1;
      covering.set(bucket, count);
      if (bucket.spans.length > 1 && (!busiest || count > (covering.get(busiest) ?? 0))) busiest = bucket;
    }
    if (!busiest) break;
    busiest.clustered = true;
  }

  const eventIds = selected.map((span) => span.id);
  const clusters: PlannedCluster[] = [];
  for (const bucket of buckets) {
    if (!bucket.clustered) {
      eventIds.push(...bucket.spans.map((span) => span.id));
      continue;
    }
    clusters.push({
      id: `cluster-${step}-${bucket.index}`,
      eventIds: bucket.spans.map((span) => span.id),
      start: bucket.start,
      end: bucket.end,
    });
  }
  return { eventIds, clusters };
}
