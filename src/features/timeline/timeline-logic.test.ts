import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../model/event-list.ts';
import { dataBounds, emptyWindow, ZOOM_MIN_MS } from './data-bounds.ts';
import { diffById } from './diff-items.ts';
import { fitWindow } from './fit-window.ts';
import { dateSpan, describeEvent } from './to-timeline-items.ts';

const DAY = 24 * 60 * 60 * 1000;

function event(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent {
  return {
    kind: 'meeting',
    title: 'Meeting: Alice and Bob',
    date: { start: '2026-01-05', precision: 'day' },
    status: 'occurred',
    actors: ['alice'],
    sources: [{ file: 'a.txt', published: '2026-01-06', sentence: 'S.', start: 0, end: 2 }],
    ...overrides,
  };
}

const noSpeaker = (): undefined => undefined;

describe('dateSpan', () => {
  it('covers the whole month for a month-precision date, ending where the next month starts', () => {
    const span = dateSpan('2024-02', 'month');
    expect(span.start).toEqual(new Date(2024, 1, 1));
    expect(span.end).toEqual(new Date(2024, 2, 1));
  });

  it('covers the whole year for a year-precision date', () => {
    const span = dateSpan('2022', 'year');
    expect(span.start).toEqual(new Date(2022, 0, 1));
    expect(span.end).toEqual(new Date(2023, 0, 1));
  });

  it('keeps years below 100 as written instead of moving them to the 1900s', () => {
    expect(dateSpan('0050', 'year').start.getFullYear()).toBe(50);
  });
});

describe('describeEvent', () => {
  it('draws an exact day as a box at midday', () => {
    const item = describeEvent(event({ id: 'a' }), noSpeaker);
    expect(item.type).toBe('box');
    expect(item.start).toEqual(new Date(2026, 0, 5, 12));
    expect(item.end).toBeUndefined();
  });

  it('draws a month-precision event as the month it may fall in, marked with its precision', () => {
    const item = describeEvent(event({ id: 'a', date: { start: '2026-02', precision: 'month' } }), noSpeaker);
    expect(item.type).toBe('range');
    expect(item.start).toEqual(new Date(2026, 1, 1));
    expect(item.end).toEqual(new Date(2026, 2, 1));
    expect(item.className.split(' ')).toContain('precision-month');
  });

  it('draws a one-day summit as a range over that day', () => {
    const item = describeEvent(event({ id: 'a', kind: 'summit' }), noSpeaker);
    expect(item.type).toBe('range');
    expect(item.end).toEqual(new Date(2026, 0, 6));
  });

  it('draws a multi-day event from its first day to the end of its last', () => {
    const item = describeEvent(
      event({ id: 'a', date: { start: '2026-01-05', end: '2026-01-09', precision: 'day' } }),
      noSpeaker,
    );
    expect(item.type).toBe('range');
    expect(item.end).toEqual(new Date(2026, 0, 10));
  });

  it('gives kind and status classes so each kind and a scheduled or cancelled event can be styled', () => {
    const item = describeEvent(event({ id: 'a', kind: 'travel', status: 'scheduled' }), noSpeaker);
    expect(item.className.split(' ')).toEqual(expect.arrayContaining(['kind-travel', 'status-scheduled']));
  });

  it('shows a quote with its speaker’s name and the words, shortened when long', () => {
    const words = 'We will keep the harbor open through the whole of the spring and the summer season';
    const item = describeEvent(event({ id: 'q', kind: 'quote', quote: { text: words, speaker: 'alice' } }), (id) =>
      id === 'alice' ? 'Alice Archer' : undefined,
    );
    expect(item.speaker).toBe('Alice Archer');
    expect(item.label.startsWith('“We will keep the harbor')).toBe(true);
    expect(item.label.endsWith('…”')).toBe(true);
    expect(item.label.length).toBeLessThan(words.length);
  });

  it('shows a speaker the text only describes as its words', () => {
    const quote = { text: 'We understand the disappointment', speakerDescription: 'a council spokesperson' };
    const item = describeEvent(event({ id: 'q', kind: 'quote', quote }), noSpeaker);
    expect(item.speaker).toBe('a council spokesperson');
  });
});

describe('diffById', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };

  it('removes what is gone, adds what is new and leaves the rest alone', () => {
    const shown = new Map([
      ['a', a],
      ['b', b],
    ]);
    const diff = diffById(
      shown,
      [b, c],
      (value) => value.id,
      (value) => value,
    );
    expect(diff).toEqual({ remove: ['a'], add: [c], update: [] });
  });

  it('updates an id whose value was replaced (a reloaded event list)', () => {
    const shown = new Map([['a', a]]);
    const reloaded = { id: 'a' };
    expect(
      diffById(
        shown,
        [reloaded],
        (value) => value.id,
        (value) => value,
      ),
    ).toEqual({ remove: [], add: [], update: [reloaded] });
  });
});

describe('dataBounds', () => {
  it('is null without events', () => {
    expect(dataBounds([])).toBeNull();
  });

  it('lets a single event be seen with at least a week each side, never millennia', () => {
    const bounds = dataBounds([event({ id: 'a' })]);
    expect(bounds).not.toBeNull();
    if (!bounds) return;
    expect(bounds.min).toBe(new Date(2026, 0, 5).getTime() - 7 * DAY);
    expect(bounds.max).toBe(new Date(2026, 0, 6).getTime() + 7 * DAY);
    expect(bounds.zoomMax).toBe(bounds.max - bounds.min);
  });

  it('spans from the first event’s start to the last one’s end, with a third of the span each side', () => {
    const bounds = dataBounds([
      event({ id: 'a', date: { start: '2024', precision: 'year' } }),
      event({ id: 'b', date: { start: '2025-12-31', precision: 'day' } }),
    ]);
    const first = new Date(2024, 0, 1).getTime();
    const last = new Date(2026, 0, 1).getTime();
    expect(bounds?.min).toBe(first - (last - first) / 3);
    expect(bounds?.max).toBe(last + (last - first) / 3);
  });

  it('offers an empty one-hour window before every event', () => {
    const bounds = dataBounds([event({ id: 'a' })]);
    if (!bounds) throw new Error('expected bounds');
    const window = emptyWindow(bounds);
    expect(window.end - window.start).toBe(ZOOM_MIN_MS);
    expect(window.end).toBeLessThan(new Date(2026, 0, 5).getTime());
  });
});

describe('fitWindow', () => {
  const span = (start: number, labelPx: number, end = start) => ({ start, end, labelPx });

  it('shows every item, with room after the last one for its label', () => {
    const first = new Date(2026, 0, 1, 12).getTime();
    const last = new Date(2026, 3, 1).getTime();
    const window = fitWindow([span(first, 100), span(new Date(2026, 2, 1).getTime(), 100, last)], 1000);
    if (!window) throw new Error('expected a window');
    expect(window.start).toBeLessThan(first);
    expect(window.end).toBeGreaterThan(last);
    expect(window.end - last).toBeGreaterThan(first - window.start);
  });

  it('ends late enough that the last label fits whole', () => {
    const first = Date.UTC(2022, 1, 24);
    const last = Date.UTC(2025, 8, 24);
    const window = fitWindow([span(first, 300), span(last, 350)], 1200);
    if (!window) throw new Error('expected a window');
    const px = ((last - window.start) / (window.end - window.start)) * 1200;
    expect(px + 350).toBeLessThanOrEqual(1200);
    // ... and no later than that needs.
    expect(px + 350).toBeGreaterThan(1150);
  });

  it('does not let a label wider than a phone screen squeeze the dates into a corner', () => {
    const first = Date.UTC(2022, 1, 24);
    const last = Date.UTC(2025, 8, 24);
    const window = fitWindow([span(first, 300), span(last, 500)], 360);
    if (!window) throw new Error('expected a window');
    expect((last - window.start) / (window.end - window.start)).toBeGreaterThanOrEqual(0.49);
  });

  it('is null with nothing to show', () => {
    expect(fitWindow([], 1000)).toBeNull();
  });
});
