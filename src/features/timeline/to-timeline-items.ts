/**
 * Event -> vis-timeline item. Content is a DOM element filled with textContent: no HTML string
 * from an article ever reaches vis-timeline.
 */
import type { TimelineEvent } from '../../model/event-list.ts';

export interface TimelineItem {
  id: string;
  content: HTMLElement;
  start: Date;
  end?: Date;
  type: 'box' | 'range' | 'point';
  className: string;
}

/** The time span an ISO date at its precision may fall in: [first instant, first instant after). */
export function dateSpan(iso: string, precision: 'day' | 'month' | 'year'): { start: Date; end: Date } {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  if (precision === 'year') return { start: new Date(year, 0, 1), end: new Date(year + 1, 0, 1) };
  if (precision === 'month') return { start: new Date(year, month - 1, 1), end: new Date(year, month, 1) };
  return { start: new Date(year, month - 1, day), end: new Date(year, month - 1, day + 1) };
}

export function toTimelineItem(event: TimelineEvent): TimelineItem {
  const content = document.createElement('span');
  content.className = 'timeline-item__label';
  content.textContent = event.title;
  const first = dateSpan(event.date.start, event.date.precision);
  const last = event.date.end ? dateSpan(event.date.end, event.date.precision) : first;
  const isSpan = event.date.precision !== 'day' || event.date.end !== undefined;
  const classes = [`kind-${event.kind}`, `status-${event.status}`, `precision-${event.date.precision}`];
  return isSpan
    ? { id: event.id, content, start: first.start, end: last.end, type: 'range', className: classes.join(' ') }
    : {
        id: event.id,
        content,
        start: new Date(first.start.getTime() + 12 * 3600 * 1000),
        type: 'box',
        className: classes.join(' '),
      };
}
