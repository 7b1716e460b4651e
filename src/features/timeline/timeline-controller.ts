/**
 * Everything that talks to vis-timeline, behind a small imperative API that the React component
 * (and the benchmark) drive. It keeps vis-timeline off its slow paths (FINDINGS: items that arrive
 * inside the visible window are drawn and measured one by one):
 * - created with an empty DataSet and no start/end; data arrives later, then fit;
 * - it holds only what the window needs (timeline-plan.ts): the items in and around the window,
 *   and one count item per crowded stretch, planned again whenever the window settles; not
 *   vis-timeline's own `cluster` option, whose cost grows with every item it holds;
 * - the DataSet is diffed (only removed/added/changed items touched);
 * - a large batch of additions happens while the window sits on an empty hour, then moves back.
 */
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataInterfaceDataItem, type TimelineOptions } from 'vis-timeline/peer';
import type { TimelineEvent } from '../../model/event-list.ts';
import type { TimeWindow } from '../../store/view-slice.ts';
import { type DataBounds, emptyWindow, ZOOM_MIN_MS } from './data-bounds.ts';
import { diffById } from './diff-items.ts';
import { fitWindow } from './fit-window.ts';
import { type PlannedCluster, type PlanSpan, planTimeline } from './timeline-plan.ts';
import {
  clusterItem,
  describeEvent,
  type ItemDescription,
  labelWidth,
  markSelected,
  toTimelineItem,
  type TimelineItem,
} from './to-timeline-items.ts';

export interface TimelineCallbacks {
  /** A person clicked an event on the timeline. */
  onSelect: (eventId: string) => void;
  /** A person moved or zoomed the timeline (drag, wheel, pinch, buttons); not programmatic moves. */
  onUserWindow: (window: TimeWindow) => void;
  /** A person clicked a count of events that zooming cannot pull apart: list these. */
  onClusterList: (eventIds: string[]) => void;
}

export interface TimelineController {
  /** Zoom limits and pan bounds around the data (all events, so filters never change them). */
  setBounds: (bounds: DataBounds | null) => void;
  /** Show exactly these events (already filtered), changing only what differs. */
  showEvents: (events: readonly TimelineEvent[], speakerName: (actorId: string) => string | undefined) => void;
  /** Show this window (from the store: deep link, Back); null fits all events. */
  applyWindow: (window: TimeWindow | null) => void;
  /** Highlight the event and move, keeping the zoom, so that it is in view. */
  select: (eventId: string | null) => void;
  /** Multiply the window's width by `factor` around its centre (<1 zooms in). */
  zoomBy: (factor: number) => void;
  /** Move by `fraction` of the window's width (negative: earlier). */
  panBy: (fraction: number) => void;
  /** Fit every shown event. */
  fitAll: () => void;
  destroy: () => void;
}

/**
 * Above this many additions, the window moves to an empty hour while the DataSet changes: an item
 * added in view is shown and measured at once, one page layout each (costly beside a long events
 * list); added out of view, they are drawn together when the window comes back.
 */
const MOVE_AWAY_THRESHOLD = 4;
/** How long an animated move's frames must have stopped before its window is reported. */
const SETTLE_MS = 250;
/** A count whose events span less than this is listed on click rather than zoomed into. */
const CLUSTER_LIST_BELOW_MS = 2 * ZOOM_MIN_MS;
/** Height of the time axis under the items, and of one stacked row of items (item + margin). */
const AXIS_PX = 44;
const ROW_PX = 34;
/** Rows assumed while the timeline has no size yet (hidden, not laid out). */
const FALLBACK_ROWS = 8;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function animation(): { animation: false | { duration: number; easingFunction: 'easeInOutQuad' } } {
  return { animation: prefersReducedMotion() ? false : { duration: 300, easingFunction: 'easeInOutQuad' } };
}

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  // Windows that differ by under a millisecond per ten seconds shown are the same view.
  const tolerance = Math.max(1, (a.end - a.start) / 10_000);
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

function hasBoolean(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Reflect.get(value, key) === true;
}

function firstId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const items: unknown = Reflect.get(value, 'items');
  if (!Array.isArray(items)) return null;
  const [first]: unknown[] = items;
  return typeof first === 'string' ? first : null;
}

/** The id of the item a click landed on, if any. */
function clickedItem(properties: unknown): string | null {
  if (typeof properties !== 'object' || properties === null) return null;
  const item: unknown = Reflect.get(properties, 'item');
  return typeof item === 'string' ? item : null;
}

export function createTimelineController(container: HTMLElement, callbacks: TimelineCallbacks): TimelineController {
  const items = new DataSet<TimelineItem>();
  /** Every event that passes the filters, per id, with what its item looks like. */
  const shown = new Map<string, TimelineEvent>();
  const described = new Map<string, ItemDescription>();
  const spans = new Map<string, PlanSpan>();
  /** Items built so far (their DOM is kept while the event object stays the same). */
  const built = new Map<string, { event: TimelineEvent; item: TimelineItem }>();
  /** What the DataSet holds: per id, the event object or a count's signature. */
  const inDataSet = new Map<string, unknown>();
  /** The counts drawn now, by item id. */
  const clusters = new Map<string, PlannedCluster>();
  let bounds: DataBounds | null = null;
  /** The window last set or reported, or 'fit'; lets echoes from the store be ignored. */
  let lastWindow: TimeWindow | 'fit' | null = null;
  /** A store window that arrived before any event did. */
  let pendingWindow: TimeWindow | null = null;
  let hasShownEvents = false;
  /** The next range change comes from a person's action (a button), so it is reported. */
  let reportNextRangeChange = false;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let selectedId: string | null = null;
  /** True while the DataSet is being changed: the window moves then are not the person's. */
  let applying = false;
  /** The container's size as last observed (read once, then from the resize observer). */
  let observedSize: { width: number; height: number } | null = null;
  const size = (): { width: number; height: number } => {
    observedSize ??= { width: container.clientWidth, height: container.clientHeight };
    return observedSize;
  };

  const options: TimelineOptions = {
    height: '100%',
    stack: true,
    align: 'left',
    zoomMin: ZOOM_MIN_MS,
    orientation: { axis: 'bottom', item: 'bottom' },
    margin: { item: { horizontal: 10, vertical: 6 } },
    showCurrentTime: false,
    // vis-timeline's own resize check reads the page's layout every second; the observer below
    // tells it of a new size instead.
    autoResize: false,
    selectable: true,
    multiselect: false,
    tooltip: { followMouse: false },
    showTooltips: false,
  };
  // Created with an empty DataSet and no start/end (FINDINGS: the fast path). vis-timeline types
  // `content` as string only; it also takes an element, which is what keeps article text out of
  // its HTML path. The cast is confined to this line.
  const timeline = new Timeline(container, items as unknown as DataInterfaceDataItem, options);

  const currentWindow = (): TimeWindow => {
    const { start, end } = timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  };

  /**
   * Where a running animation is heading. A button press that comes while the window is still
   * moving (quick clicks, or a busy machine that draws few frames) starts from there, not from the
   * frame on screen: otherwise each click would only nudge an animation that has barely begun, and
   * twenty clicks on "Zoom in" might not reach the closest zoom.
   */
  let heading: { window: TimeWindow; until: number } | null = null;

  const setWindow = (window: TimeWindow, animate: boolean): void => {
    const options = animate ? animation() : { animation: false as const };
    // vis-timeline reports 'rangechanged' when an animation ends, which clears this; the time
    // limit covers an animation that ends without one (nothing left to change).
    heading = options.animation === false ? null : { window, until: Date.now() + options.animation.duration + 1000 };
    timeline.setWindow(window.start, window.end, options);
  };

  /** The window a button press moves from: the running animation's end, else what is shown. */
  const baseWindow = (): TimeWindow =>
    heading !== null && Date.now() < heading.until ? heading.window : currentWindow();

  /** A move the person asked for (button, cluster, reveal): report where it ends up. */
  const userMove = (window: TimeWindow): void => {
    reportNextRangeChange = true;
    setWindow(window, true);
  };

  const itemFor = (id: string): TimelineItem | null => {
    const event = shown.get(id);
    const description = described.get(id);
    if (!event || !description) return null;
    const cached = built.get(id);
    if (cached?.event === event) return cached.item;
    const item = toTimelineItem(description);
    markSelected(item, id === selectedId);
    built.set(id, { event, item });
    return item;
  };

  /** The event whose item says it is selected. */
  let markedId: string | null = null;
  /** vis-timeline's selection and the words a screen reader hears follow the store's. */
  const showSelection = (): void => {
    if (markedId !== selectedId) {
      const previous = markedId === null ? undefined : built.get(markedId);
      if (previous) markSelected(previous.item, false);
      const current = selectedId === null ? undefined : built.get(selectedId);
      if (current) markSelected(current.item, true);
      markedId = selectedId;
    }
    timeline.setSelection(selectedId !== null && inDataSet.has(selectedId) ? [selectedId] : []);
  };

  /** Hand vis-timeline what the current window needs, changing only what differs. */
  const replan = (): void => {
    if (!hasShownEvents || applying) return;
    const window = currentWindow();
    const { width, height } = size();
    const rows = height > AXIS_PX ? Math.max(2, Math.floor((height - AXIS_PX) / ROW_PX)) : FALLBACK_ROWS;
    const plan = planTimeline({ spans: [...spans.values()], window, widthPx: width || 1000, rows, selectedId });
    type Entry = { id: string; key: unknown; cluster?: PlannedCluster };
    const entries: Entry[] = [
      ...plan.eventIds.map((id) => ({ id, key: shown.get(id) })),
      ...plan.clusters.map((cluster) => ({
        id: cluster.id,
        key: `${cluster.eventIds.length}|${cluster.start}|${cluster.end}|${cluster.eventIds[0] ?? ''}`,
        cluster,
      })),
    ];
    const diff = diffById(
      inDataSet,
      entries,
      (entry) => entry.id,
      (entry) => entry.key,
    );
    const toItem = (entry: Entry): TimelineItem[] => {
      inDataSet.set(entry.id, entry.key);
      if (entry.cluster) {
        clusters.set(entry.id, entry.cluster);
        return [clusterItem(entry.cluster, entry.cluster.end - entry.cluster.start < CLUSTER_LIST_BELOW_MS)];
      }
      const item = itemFor(entry.id);
      return item ? [item] : [];
    };
    // A changed item is removed and added again: vis-timeline redraws an updated item in view at
    // once, laying out the whole page each time, but draws added items together in its next frame.
    const removed = [...diff.remove, ...diff.update.map((entry) => entry.id)];
    const added = [...diff.update, ...diff.add];
    const moveAway = bounds !== null && added.length > MOVE_AWAY_THRESHOLD;
    applying = true;
    try {
      if (moveAway && bounds) setWindow(emptyWindow(bounds), false);
      if (removed.length > 0) {
        items.remove(removed);
        for (const id of removed) {
          inDataSet.delete(id);
          clusters.delete(id);
        }
      }
      if (added.length > 0) items.add(added.flatMap(toItem));
      if (moveAway) setWindow(window, false);
    } finally {
      applying = false;
    }
    showSelection();
  };

  const reportWindow = (): void => {
    reportNextRangeChange = false;
    const window = currentWindow();
    lastWindow = window;
    callbacks.onUserWindow(window);
  };

  /**
   * A move the person asked for by a button is animated, and vis-timeline may report a change of
   * range before the animation ends (a busy machine showed the first frame's window in the link):
   * report where the window is once its frames have stopped for a moment.
   */
  const reportWhenSettled = (): void => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(reportWindow, SETTLE_MS);
  };

  timeline.on('rangechange', (properties?: unknown) => {
    // A drag or a wheel turn takes over from any animation.
    if (hasBoolean(properties, 'byUser')) heading = null;
    if (reportNextRangeChange) reportWhenSettled();
  });

  timeline.on('rangechanged', (properties?: unknown) => {
    heading = null;
    replan();
    if (hasBoolean(properties, 'byUser')) {
      clearTimeout(reportTimer);
      reportWindow();
    } else if (reportNextRangeChange) {
      reportWhenSettled();
    }
  });

  timeline.on('select', (properties?: unknown) => {
    const id = firstId(properties);
    // Counts are not events (their clicks are handled below); a click on empty space does not
    // change the selection either: vis-timeline's highlight goes back to the selected event.
    if (id !== null && shown.has(id)) callbacks.onSelect(id);
    else showSelection();
  });

  timeline.on('click', (properties?: unknown) => {
    const id = clickedItem(properties);
    const cluster = id === null ? undefined : clusters.get(id);
    if (!cluster) return;
    if (cluster.end - cluster.start < CLUSTER_LIST_BELOW_MS) {
      // Events at (nearly) the same moment never come apart by zooming: list them instead.
      callbacks.onClusterList(cluster.eventIds.filter((eventId) => shown.has(eventId)));
      return;
    }
    // Room on the right for the last labels, as when fitting.
    const width = Math.max(cluster.end - cluster.start, ZOOM_MIN_MS);
    userMove({ start: cluster.start - width * 0.1, end: cluster.end + width * 0.6 });
  });

  // A new size changes how many items fit: redraw and plan again once the layout settles. The size
  // comes from the observer, so planning never forces a layout of the page (with a long events
  // list, each forced layout costs tens of milliseconds).
  let resizeFrame = 0;
  const resizeObserver =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const box = entries.at(-1)?.contentRect;
          if (box) observedSize = { width: box.width, height: box.height };
          cancelAnimationFrame(resizeFrame);
          resizeFrame = requestAnimationFrame(() => {
            timeline.redraw();
            replan();
          });
        })
      : null;
  resizeObserver?.observe(container);

  /** Let the window reach `window` even where it goes past the data's bounds (labels need room). */
  const allowWindow = (window: TimeWindow): void => {
    if (!bounds || (window.start >= bounds.min && window.end <= bounds.max)) return;
    const min = Math.min(bounds.min, window.start);
    const max = Math.max(bounds.max, window.end);
    bounds = { min, max, zoomMax: max - min };
    timeline.setOptions({ min, max, zoomMax: max - min });
  };

  /**
   * Every shown event in view. Not vis-timeline's fit(): it ignores the width of the labels, which
   * start at their date (align: left), so the window ends late enough for the last labels.
   */
  const fit = (animate: boolean): void => {
    const window = fitWindow(spans.values(), size().width || 1000);
    if (!window) return;
    allowWindow(window);
    setWindow(window, animate);
    lastWindow = 'fit';
  };

  const updateShown = (
    events: readonly TimelineEvent[],
    speakerName: (actorId: string) => string | undefined,
  ): void => {
    const diff = diffById(
      shown,
      events,
      (event) => event.id,
      (event) => event,
    );
    for (const id of diff.remove) {
      shown.delete(id);
      described.delete(id);
      spans.delete(id);
      built.delete(id);
    }
    for (const event of [...diff.update, ...diff.add]) {
      const description = describeEvent(event, speakerName);
      shown.set(event.id, event);
      described.set(event.id, description);
      const start = description.start.getTime();
      spans.set(event.id, {
        id: event.id,
        start,
        end: description.end?.getTime() ?? start,
        labelPx: labelWidth(description),
      });
    }
  };

  const revealSelection = (): void => {
    if (selectedId === null) return;
    const item = described.get(selectedId);
    if (!item) return;
    const window = currentWindow();
    const width = window.end - window.start;
    const start = item.start.getTime();
    const end = item.end?.getTime() ?? start;
    const margin = width * 0.1;
    if (start >= window.start + margin && end <= window.end - margin) return;
    if (end - start > width - 2 * margin) {
      // Wider than the view: zooming out is the only way to show it.
      const padding = (end - start) * 0.1;
      userMove({ start: start - padding, end: end + padding });
      return;
    }
    const centre = (start + end) / 2;
    userMove({ start: centre - width / 2, end: centre + width / 2 });
  };

  return {
    setBounds(next) {
      bounds = next;
      if (!next) return;
      timeline.setOptions({ min: next.min, max: next.max, zoomMax: next.zoomMax, zoomMin: ZOOM_MIN_MS });
    },

    showEvents(events, speakerName) {
      updateShown(events, speakerName);
      if (!hasShownEvents && events.length > 0) {
        hasShownEvents = true;
        if (pendingWindow) {
          setWindow(pendingWindow, false);
          lastWindow = pendingWindow;
        } else fit(false);
        replan();
        revealSelection();
        return;
      }
      replan();
    },

    applyWindow(window) {
      if (!hasShownEvents) {
        pendingWindow = window;
        return;
      }
      if (window === null) {
        if (lastWindow !== 'fit') fit(false);
        return;
      }
      if (lastWindow !== null && lastWindow !== 'fit' && sameWindow(lastWindow, window)) return;
      if (sameWindow(currentWindow(), window)) return;
      lastWindow = window;
      setWindow(window, false);
    },

    select(eventId) {
      selectedId = eventId;
      // The selected event leaves its count to be drawn (and highlighted) as itself.
      replan();
      showSelection();
      if (hasShownEvents) revealSelection();
    },

    zoomBy(factor) {
      const window = baseWindow();
      const centre = (window.start + window.end) / 2;
      const limit = bounds ? bounds.zoomMax : Infinity;
      const width = Math.min(Math.max((window.end - window.start) * factor, ZOOM_MIN_MS), limit);
      userMove({ start: centre - width / 2, end: centre + width / 2 });
    },

    panBy(fraction) {
      const window = baseWindow();
      const width = window.end - window.start;
      let start = window.start + width * fraction;
      if (bounds) start = Math.min(Math.max(start, bounds.min), bounds.max - width);
      userMove({ start, end: start + width });
    },

    fitAll() {
      fit(true);
    },

    destroy() {
      clearTimeout(reportTimer);
      cancelAnimationFrame(resizeFrame);
      resizeObserver?.disconnect();
      timeline.destroy();
    },
  };
}
