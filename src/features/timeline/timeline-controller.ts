/**
 * Everything that talks to vis-timeline, behind a small imperative API that the React component
 * (and the benchmark) drive. It keeps vis-timeline off its slow paths (FINDINGS: items that arrive
 * inside the visible window are drawn and measured one by one):
 * - created with an empty DataSet and no start/end; data arrives later, then fit;
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
import { describeEvent, type ItemDescription, toTimelineItem, type TimelineItem } from './to-timeline-items.ts';

export interface TimelineCallbacks {
  /** A person clicked an event on the timeline. */
  onSelect: (eventId: string) => void;
  /** A person moved or zoomed the timeline (drag, wheel, pinch, buttons); not programmatic moves. */
  onUserWindow: (window: TimeWindow) => void;
  /** A person clicked a cluster of events that zooming cannot pull apart: list these. */
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

/** Above this many additions, the window moves to an empty hour while the DataSet changes. */
const MOVE_AWAY_THRESHOLD = 50;
/** Dense stretches: more items than this within ~100 px become one cluster. */
const CLUSTER_MAX_ITEMS = 5;
/** A cluster whose events span less than this is listed on click rather than zoomed into. */
const CLUSTER_LIST_BELOW_MS = 2 * ZOOM_MIN_MS;

const CLUSTER_OPTIONS = {
  maxItems: CLUSTER_MAX_ITEMS,
  titleTemplate: '{count} events: click to zoom in',
  showStipes: true,
  fitOnDoubleClick: false,
};

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

interface ClusterContents {
  span: TimeWindow;
  eventIds: string[];
}

/**
 * The events in a clicked cluster and their time span, read from the cluster's element.
 * vis-timeline keeps its item object on the element (`vis-item`) but neither types nor documents
 * it: everything is checked, and null means "not found" (the caller then zooms in around the click).
 */
function clusterContents(target: unknown): ClusterContents | null {
  if (!(target instanceof Element)) return null;
  const box = target.closest('.vis-cluster');
  if (!box) return null;
  const cluster: unknown = Reflect.get(box, 'vis-item');
  if (typeof cluster !== 'object' || cluster === null) return null;
  const data: unknown = Reflect.get(cluster, 'data');
  if (typeof data !== 'object' || data === null) return null;
  const min: unknown = Reflect.get(data, 'min');
  const max: unknown = Reflect.get(data, 'max');
  const members: unknown = Reflect.get(data, 'uiItems');
  if (typeof min !== 'number' || typeof max !== 'number' || max < min || !Array.isArray(members)) return null;
  const eventIds = members.flatMap((member: unknown) => {
    const id: unknown = typeof member === 'object' && member !== null ? Reflect.get(member, 'id') : undefined;
    return typeof id === 'string' ? [id] : [];
  });
  return { span: { start: min, end: max }, eventIds };
}

function clickTime(properties: unknown): number | null {
  if (typeof properties !== 'object' || properties === null) return null;
  const time: unknown = Reflect.get(properties, 'time');
  return time instanceof Date ? time.getTime() : null;
}

function clickTarget(properties: unknown): unknown {
  if (typeof properties !== 'object' || properties === null) return null;
  const event: unknown = Reflect.get(properties, 'event');
  if (typeof event !== 'object' || event === null) return null;
  return Reflect.get(event, 'target');
}

export function createTimelineController(container: HTMLElement, callbacks: TimelineCallbacks): TimelineController {
  const items = new DataSet<TimelineItem>();
  /** Event shown per id, and what its item looks like (for revealing it). */
  const shown = new Map<string, TimelineEvent>();
  const described = new Map<string, ItemDescription>();
  let bounds: DataBounds | null = null;
  /** The window last set or reported, or 'fit'; lets echoes from the store be ignored. */
  let lastWindow: TimeWindow | 'fit' | null = null;
  /** A store window that arrived before any event did. */
  let pendingWindow: TimeWindow | null = null;
  let hasShownEvents = false;
  /** The next range change comes from a person's action (a button), so it is reported. */
  let reportNextRangeChange = false;
  let selectedId: string | null = null;

  const options: TimelineOptions = {
    height: '100%',
    stack: true,
    align: 'left',
    zoomMin: ZOOM_MIN_MS,
    orientation: { axis: 'bottom', item: 'bottom' },
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    tooltip: { followMouse: false },
    showTooltips: false,
    cluster: CLUSTER_OPTIONS,
  };
  // Created with an empty DataSet and no start/end (FINDINGS: the fast path). vis-timeline types
  // `content` as string only; it also takes an element, which is what keeps article text out of
  // its HTML path. The cast is confined to this line.
  const timeline = new Timeline(container, items as unknown as DataInterfaceDataItem, options);

  const currentWindow = (): TimeWindow => {
    const { start, end } = timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  };

  const setWindow = (window: TimeWindow, animate: boolean): void => {
    timeline.setWindow(window.start, window.end, animate ? animation() : { animation: false });
  };

  /** A move the person asked for (button, cluster, reveal): report where it ends up. */
  const userMove = (window: TimeWindow): void => {
    reportNextRangeChange = true;
    setWindow(window, true);
  };

  timeline.on('rangechanged', (properties?: unknown) => {
    if (!hasBoolean(properties, 'byUser') && !reportNextRangeChange) return;
    reportNextRangeChange = false;
    const window = currentWindow();
    lastWindow = window;
    callbacks.onUserWindow(window);
  });

  timeline.on('select', (properties?: unknown) => {
    const id = firstId(properties);
    // Cluster ids are vis-timeline's own uuids: those are handled on click.
    if (id !== null && shown.has(id)) callbacks.onSelect(id);
  });

  timeline.on('click', (properties?: unknown) => {
    if (!hasBoolean(properties, 'isCluster')) return;
    const contents = clusterContents(clickTarget(properties));
    const window = currentWindow();
    if (contents && contents.span.end - contents.span.start < CLUSTER_LIST_BELOW_MS) {
      // Events at (nearly) the same moment never come apart by zooming: list them instead.
      callbacks.onClusterList(contents.eventIds.filter((id) => shown.has(id)));
      return;
    }
    if (contents) {
      // Room on the right for the last labels, as when fitting.
      const { span } = contents;
      const width = Math.max(span.end - span.start, ZOOM_MIN_MS);
      userMove({ start: span.start - width * 0.1, end: span.end + width * 0.6 });
      return;
    }
    const centre = clickTime(properties) ?? (window.start + window.end) / 2;
    const width = (window.end - window.start) / 4;
    userMove({ start: centre - width / 2, end: centre + width / 2 });
  });

  /**
   * Every shown event in view. Not vis-timeline's fit(): it ignores the width of the labels, which
   * start at their date (align: left), so the right side gets room for the last labels.
   */
  const fit = (animate: boolean): void => {
    const window = fitWindow(described.values());
    if (!window) return;
    setWindow(window, animate);
    lastWindow = 'fit';
  };

  const applyDiff = (events: readonly TimelineEvent[], speakerName: (actorId: string) => string | undefined): void => {
    const diff = diffById(shown, events, (event) => event.id);
    if (diff.remove.length > 0) {
      items.remove(diff.remove);
      for (const id of diff.remove) {
        shown.delete(id);
        described.delete(id);
      }
    }
    const build = (event: TimelineEvent): TimelineItem => {
      const description = describeEvent(event, speakerName);
      shown.set(event.id, event);
      described.set(event.id, description);
      return toTimelineItem(description);
    };
    if (diff.update.length > 0) items.update(diff.update.map(build));
    if (diff.add.length > 0) items.add(diff.add.map(build));
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
      // `cluster` again: vis-timeline turns clustering off on any setOptions call without it.
      timeline.setOptions({
        min: next.min,
        max: next.max,
        zoomMax: next.zoomMax,
        zoomMin: ZOOM_MIN_MS,
        cluster: CLUSTER_OPTIONS,
      });
    },

    showEvents(events, speakerName) {
      const diffSize = events.length - shown.size;
      const manyToAdd = diffSize > MOVE_AWAY_THRESHOLD || (!hasShownEvents && events.length > MOVE_AWAY_THRESHOLD);
      const previous = currentWindow();
      if (manyToAdd && bounds) setWindow(emptyWindow(bounds), false);
      applyDiff(events, speakerName);
      timeline.setSelection(selectedId !== null && shown.has(selectedId) ? [selectedId] : []);
      if (!hasShownEvents && events.length > 0) {
        hasShownEvents = true;
        if (pendingWindow) {
          setWindow(pendingWindow, false);
          lastWindow = pendingWindow;
        } else fit(false);
        revealSelection();
        return;
      }
      if (manyToAdd && bounds) setWindow(previous, false);
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
      timeline.setSelection(eventId !== null && shown.has(eventId) ? [eventId] : []);
      if (hasShownEvents) revealSelection();
    },

    zoomBy(factor) {
      const window = currentWindow();
      const centre = (window.start + window.end) / 2;
      const limit = bounds ? bounds.zoomMax : Infinity;
      const width = Math.min(Math.max((window.end - window.start) * factor, ZOOM_MIN_MS), limit);
      userMove({ start: centre - width / 2, end: centre + width / 2 });
    },

    panBy(fraction) {
      const window = currentWindow();
      const width = window.end - window.start;
      let start = window.start + width * fraction;
      if (bounds) start = Math.min(Math.max(start, bounds.min), bounds.max - width);
      userMove({ start, end: start + width });
    },

    fitAll() {
      fit(true);
    },

    destroy() {
      timeline.destroy();
    },
  };
}
