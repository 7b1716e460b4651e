import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * Dates as a reader gives them, on sentences invented in several outlets' styles about invented
 * people and bodies. Each row: dateline, article (paragraphs split by `||`), and the event expected
 * among its events as `kind status start[..end] [~]`. Weekdays: 2026-02-03 is a Tuesday.
 */
type Row = readonly [published: string, article: string, event: string];

/**
 * A date fronted before the subject dates the main clause even when a verb of saying after it
 * ("announced", "confirmed") makes the comma a clause boundary.
 */
const FRONTED: readonly Row[] = [
  [
    '2026-02-03',
    'Steel news.||In November, Hutnik Group announced a restructuring of its Polish business.',
    'announcement occurred 2025-11',
  ],
  [
    '2026-02-03',
    'Bond news.||Last week, the finance ministry of Poland announced a new bond issue.',
    'announcement occurred 2026-01-26..2026-02-01 ~',
  ],
  [
    '2026-02-03',
    'Party news.||On 12 January, Marta Wolny announced her resignation as party leader.',
    'announcement occurred 2026-01-12',
  ],
  [
    '2026-02-03',
    'Party news.||Late on Monday, Marta Wolny announced she would stand for the leadership.',
    'announcement occurred 2026-02-02 (late)',
  ],
];

describe('dates in several styles', () => {
  it.each([...FRONTED])('%s: %s', (published, article, event) => {
    expect(dateLines(published, article)).toContain(event);
  });

  it('does not give a fronted date to an event inside what was said', () => {
    const events = dateLines(
      '2026-02-03',
      'Tour news.||In a statement on Thursday, Warsaw said the tour of Minister Ewa Nowak had shown broad support.',
    );
    expect(events.filter((event) => event.startsWith('travel'))).toEqual([]);
  });
});
