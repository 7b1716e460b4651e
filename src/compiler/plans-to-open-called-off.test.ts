import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * A happening whose plan is told as what it was to do ("which had been due to open on", "which was
 * to open on", "that was due to open in Nairobi on") and which is called off or moved is one event,
 * of its own kind, cancelled and dated by the day it was to open on; the plan's verb ("open") is no
 * happening of its own. Sentences invented for this test in the styles of a wire story and an arts
 * page, about invented gatherings; dateline Wednesday 2025-06-04.
 */
const ROWS: readonly (readonly [article: string, events: readonly string[]])[] = [
  ['The summit, which had been due to open on June 13, was called off on Monday.', ['summit cancelled 2025-06-13']],
  ['The conference, which was to open on Thursday, has been cancelled.', ['summit cancelled 2025-06-05']],
  ['A trade congress that was due to open in Valletta on Friday has been called off.', ['summit cancelled 2025-06-06']],
  [
    'The book fair, which was to open on Thursday, has been put off until September.',
    ['other cancelled 2025-06-05', 'other scheduled 2025-09'],
  ],
  [
    'The exhibition, which was expected to open on June 20, was postponed indefinitely.',
    ['other cancelled 2025-06-20'],
  ],
  // "this" or "next" before the day takes no preposition.
  ['The road race, which was due to start next Tuesday, was called off.', ['other cancelled 2025-06-10']],
  ['The council vote, which was to take place this Monday, was put off.', ['policy cancelled 2025-06-02']],
];

describe('a happening called off, dated by the day it was to open on', () => {
  it.each(ROWS)('%s', (article, events) => {
    expect(dateLines('2025-06-04', article)).toEqual(events);
  });

  it('a plan to open that is not called off stays a plan of its own', () => {
    expect(
      dateLines('2025-06-04', 'The exhibition, which is expected to open on June 20, will run for a month.'),
    ).toEqual(expect.not.arrayContaining([expect.stringContaining('cancelled')]));
  });
});

/**
 * A plan moved to a new date is the plan called off on its own day, the year nearest the
 * dateline, and the happening ahead on the new one: also when the plan's participle follows the
 * noun with no comma, and when the plan's day is gone by.
 */
const MOVED: readonly (readonly [article: string, events: readonly string[]])[] = [
  [
    'The hearing set for June 12 has been rescheduled to June 26.',
    ['other cancelled 2025-06-12', 'other scheduled 2025-06-26'],
  ],
  [
    'The hearing set for May 28 has been rescheduled to June 16.',
    ['other cancelled 2025-05-28', 'other scheduled 2025-06-16'],
  ],
  [
    'The hearing, set for May 28, has been rescheduled to June 16.',
    ['other cancelled 2025-05-28', 'other scheduled 2025-06-16'],
  ],
];

describe('a plan moved to a new date', () => {
  it.each(MOVED)('%s', (article, events) => {
    expect(dateLines('2025-06-04', article).sort()).toEqual([...events].sort());
  });
});
