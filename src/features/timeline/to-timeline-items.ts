/**
 * Event -> vis-timeline item. `describeEvent` decides what an item is (pure, unit-tested);
 * `renderItemContent` builds its DOM with textContent only, so no HTML string from an article ever
 * reaches vis-timeline (its sanitizer lets `<img src>` through; elements skip it entirely).
 */
import type { EventKind, EventStatus, Precision, TimelineEvent } from '../../model/event-list.ts';
import { KIND_APPEARANCE } from './event-kinds.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HOUR = 60 * 60 * 1000;
/** Longest quotation excerpt shown on the timeline; the detail panel shows the whole of it. */
const QUOTE_EXCERPT_LENGTH = 48;

export interface ItemDescription {
  id: string;
  kind: EventKind;
  status: EventStatus;
  precision: Precision;
  type: 'box' | 'range';
  start: Date;
  /** Only for ranges: the first instant after the span. */
  end?: Date;
  className: string;
  /** Who speaks, for quotes: shown before the words. */
  speaker?: string;
  /** The words on the item. */
  label: string;
  /** The whole title, for the hover tooltip (a plain `title` attribute). */
  fullTitle: string;
}

/** What vis-timeline receives. `content` is an element, never a string. */
export interface TimelineItem {
  id: string;
  content: HTMLElement;
  start: Date;
  end?: Date;
  type: 'box' | 'range';
  className: string;
  /** Counts are not selectable: a click on one zooms in or lists its events. */
  selectable?: boolean;
}

/** The time span an ISO date at its precision may fall in: [first instant, first instant after). */
export function dateSpan(iso: string, precision: Precision): { start: Date; end: Date } {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  if (precision === 'year') return { start: localDate(year, 0, 1), end: localDate(year + 1, 0, 1) };
  if (precision === 'month') return { start: localDate(year, month - 1, 1), end: localDate(year, month, 1) };
  return { start: localDate(year, month - 1, day), end: localDate(year, month - 1, day + 1) };
}

/** `new Date(y, m, d)` maps years 0–99 to 1900–1999; setFullYear does not. */
function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

function excerpt(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/**
 * What the timeline draws for an event. Month- and year-precision dates, multi-day events and
 * summits are ranges covering the span they may fall in; an exact day is a box at midday.
 */
export function describeEvent(
  event: TimelineEvent,
  speakerName: (actorId: string) => string | undefined,
): ItemDescription {
  const { precision } = event.date;
  const first = dateSpan(event.date.start, precision);
  const last = event.date.end ? dateSpan(event.date.end, precision) : first;
  const isRange = precision !== 'day' || event.date.end !== undefined || event.kind === 'summit';
  const className = [
    'timeline-item',
    `kind-${event.kind}`,
    `status-${event.status}`,
    `precision-${precision}`,
    ...(event.date.approximate ? ['approximate'] : []),
  ].join(' ');
  const speakerId = event.quote?.speaker;
  const speaker =
    (speakerId === undefined ? undefined : (speakerName(speakerId) ?? speakerId)) ?? event.quote?.speakerDescription;
  const label = event.quote ? `“${excerpt(event.quote.text, QUOTE_EXCERPT_LENGTH)}”` : event.title;
  const shared = {
    id: event.id,
    kind: event.kind,
    status: event.status,
    precision,
    className,
    label,
    fullTitle: event.title,
    ...(speaker === undefined ? {} : { speaker }),
  };
  return isRange
    ? { ...shared, type: 'range', start: first.start, end: last.end }
    : { ...shared, type: 'box', start: new Date(first.start.getTime() + 12 * HOUR) };
}

function kindIconElement(kind: EventKind): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'timeline-item__icon');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', KIND_APPEARANCE[kind].iconPath);
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}

/** Average width of a label character and the room the badge and padding take, in pixels. */
const LABEL_CHAR_PX = 7.2;
const LABEL_CHROME_PX = 48;

/** About how wide the item's words are drawn (they do not wrap), for planning how items stack. */
export function labelWidth(item: ItemDescription): number {
  const characters = item.label.length + (item.speaker === undefined ? 0 : item.speaker.length + 1);
  return LABEL_CHROME_PX + characters * LABEL_CHAR_PX;
}

const SELECTED_MARK = 'timeline-item__selected';

/** The item's DOM: kind icon, (speaker,) label; every text through textContent. */
export function renderItemContent(item: ItemDescription): HTMLElement {
  const content = document.createElement('span');
  content.className = 'timeline-item__content';
  content.title = item.fullTitle;
  // Filled in while the item is the selected one, so the timeline's text says so too.
  const selectedMark = document.createElement('span');
  selectedMark.className = `timeline-visually-hidden ${SELECTED_MARK}`;
  content.append(selectedMark);
  const badge = document.createElement('span');
  badge.className = 'timeline-item__badge';
  badge.append(kindIconElement(item.kind));
  const kindName = document.createElement('span');
  kindName.className = 'timeline-visually-hidden';
  // Said once for screen readers: titles like "Meeting: …" already name their kind.
  const kind = KIND_APPEARANCE[item.kind].label;
  const status = item.status === 'occurred' ? '' : `${item.status} `;
  kindName.textContent = item.label.startsWith(`${kind}:`) ? status : `${status}${kind}: `;
  content.append(badge, kindName);
  if (item.speaker !== undefined) {
    const speaker = document.createElement('span');
    speaker.className = 'timeline-item__speaker';
    speaker.textContent = item.speaker;
    content.append(speaker, ' ');
  }
  const label = document.createElement('span');
  label.className = 'timeline-item__label';
  label.textContent = item.label;
  content.append(label);
  return content;
}

export function toTimelineItem(item: ItemDescription): TimelineItem {
  const base = {
    id: item.id,
    content: renderItemContent(item),
    start: item.start,
    type: item.type,
    className: item.className,
  };
  return item.end === undefined ? base : { ...base, end: item.end };
}

/**
 * Say whether the item is the selected event, in words (the highlight itself is vis-timeline's
 * `vis-selected` class). The item's element is the one vis-timeline shows, so this needs no redraw.
 */
export function markSelected(item: TimelineItem, selected: boolean): void {
  const mark = item.content.querySelector(`.${SELECTED_MARK}`);
  const text = selected ? 'Selected: ' : '';
  if (mark && mark.textContent !== text) mark.textContent = text;
}

/** A crowded stretch drawn as one count: "12 events"; `lists` when a click lists them. */
export function clusterItem(
  cluster: { id: string; eventIds: readonly string[]; start: number },
  lists: boolean,
): TimelineItem {
  const count = cluster.eventIds.length;
  const content = document.createElement('span');
  content.className = 'timeline-cluster__content';
  content.title = `${count} events close together: click to ${lists ? 'list them' : 'zoom in'}`;
  const number = document.createElement('span');
  number.className = 'timeline-cluster__count';
  number.textContent = String(count);
  content.append(number, ' events');
  return {
    id: cluster.id,
    content,
    start: new Date(cluster.start),
    type: 'box',
    className: 'timeline-cluster',
    selectable: false,
  };
}
