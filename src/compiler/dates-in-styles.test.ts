import { describe, expect, it } from 'vitest';
import { findDateMentions } from './dates.ts';
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

/**
 * A weekday ahead although no "will" says so: a timetable in the plural, a modal, a day that "is",
 * time left, what is prepared for, an event called for the day, a remand; and the same words where
 * the day is gone by. Each row: sentence and the day its weekday names, dateline Wednesday
 * 2025-06-04.
 */
const WEEKDAY_DAYS: readonly (readonly [sentence: string, day: string])[] = [
  ['The new rules take effect on Saturday.', '2025-06-07'],
  ['Flooded schools reopen on Monday.', '2025-06-09'],
  ['Talks between the two sides resume on Friday.', '2025-06-06'],
  ['Polls close on Sunday.', '2025-06-08'],
  ['Lawmakers could vote as early as Thursday.', '2025-06-05'],
  ['Bids must be submitted by Friday.', '2025-06-06'],
  ['The deadline is Friday.', '2025-06-06'],
  ['He has until Friday to respond.', '2025-06-06'],
  ['A verdict is expected on Friday.', '2025-06-06'],
  ["Ahead of Sunday's vote, the president toured the north.", '2025-06-08'],
  ['The council has called a special meeting for Thursday.', '2025-06-05'],
  ['He was remanded in custody until Monday.', '2025-06-09'],
  ['He travelled to Brussels to meet Ana Lee on Monday.', '2025-06-02'],
  ['They did not meet on Monday.', '2025-06-02'],
  ['The two sides may have met on Monday.', '2025-06-02'],
  ['Officials could not say on Monday whether the plant would reopen.', '2025-06-02'],
  ['The rally on Saturday drew 5,000 people.', '2025-05-31'],
];

/** A day of the month after a December event is still ahead in January when a plan says so. */
const DAYS_OF_MONTH: readonly Row[] = [
  [
    '2026-01-05',
    'Flood news.||Flooding hit the town of Garsen on Dec. 31. Governor Amina Juma will meet national officials on the 12th.',
    'meeting scheduled 2026-01-12',
  ],
];

describe('dates in several styles', () => {
  it.each([...FRONTED, ...DAYS_OF_MONTH])('%s: %s', (published, article, event) => {
    expect(dateLines(published, article)).toContain(event);
  });

  it.each(WEEKDAY_DAYS)('2025-06-04: %s', (sentence, day) => {
    const text = ` ${sentence}`;
    const mentions = findDateMentions(
      { index: 0, paragraph: 0, start: 0, end: text.length, text },
      { published: '2025-06-04' },
    );
    expect(mentions.map((mention) => mention.date.start)).toEqual([day]);
  });

  it('does not give a fronted date to an event inside what was said', () => {
    const events = dateLines(
      '2026-02-03',
      'Tour news.||In a statement on Thursday, Warsaw said the tour of Minister Ewa Nowak had shown broad support.',
    );
    expect(events.filter((event) => event.startsWith('travel'))).toEqual([]);
  });
});
