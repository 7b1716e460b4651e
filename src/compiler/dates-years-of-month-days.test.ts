import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * A month and day told without a year take the year the tense and the story give them. Sentences
 * invented for this test in the styles of a business feature and a court report, about invented
 * companies and people.
 */
type Row = readonly [dateline: string, article: string, events: readonly string[]];

/**
 * "May" with a capital is the month, not a modal: "On May 12, it hired 200 workers" is told in the
 * past (the "-ed" word after a pronoun was read as an adjective after "may it").
 */
const MAY_IS_A_MONTH: readonly Row[] = [
  ['2026-01-05', 'On May 12, it hired 200 workers.', ['other occurred 2025-05-12']],
  ['2026-01-05', 'On May 12, she resigned.', ['other occurred 2025-05-12']],
  [
    '2026-01-05',
    'In 2019, Norvik opened a plant in Lyon. On March 3, it hired 200 workers. On May 12, it doubled its output.',
    ['other occurred 2019', 'other occurred 2019-03-03', 'other occurred 2019-05-12'],
  ],
];

describe('"May" with a capital is the month, not a modal', () => {
  it.each(MAY_IS_A_MONTH)('%s: %s', (dateline, article, events) => {
    expect(dateLines(dateline, article)).toEqual(events);
  });
});

/**
 * A date in a "since" stretch with no verb of its own runs from a day gone by, whatever the verb
 * around it tells: not the next March after the dateline.
 */
const SINCE_A_DAY_GONE_BY: readonly Row[] = [
  [
    '2026-05-29',
    'A byelection in the riding of Tarn Valley, vacant since the death of MLA Ivo Rask in March, will be held on June 22.',
    ['other occurred 2026-03'],
  ],
  ['2026-05-29', 'The bridge, shut since a crash in November, will reopen on June 3.', ['other occurred 2025-11']],
];

describe('a date in a "since" stretch is gone by', () => {
  it.each(SINCE_A_DAY_GONE_BY)('%s: %s', (dateline, article, events) => {
    expect(dateLines(dateline, article)).toEqual(expect.arrayContaining([...events]));
  });
});

/**
 * "the same day" points to a day: a year or a month told earlier in its sentence (an aside's "in
 * 2019") is not its antecedent when the event told before has a day.
 */
const SAME_DAY_IS_A_DAY: readonly Row[] = [
  [
    '2025-06-04',
    'On Monday, the company announced it would cut 300 jobs. The union, which was founded in 2019, held a protest the same day.',
    ['announcement occurred 2025-06-02', 'other occurred 2025-06-02'],
  ],
  [
    '2025-06-04',
    'On Monday, the company announced it would cut 300 jobs. The mayor, who took office in 2019, resigned the same day.',
    ['other occurred 2019', 'announcement occurred 2025-06-02', 'other occurred 2025-06-02'],
  ],
];

describe('"the same day" points to a day, not to a year told in passing', () => {
  it('a relative aside dated by a year is no antecedent for the next sentence', () => {
    const lines = dateLines(
      '2025-06-04',
      'On Monday, Lena Fiske met union leaders. The union, which struck in 2019, says it will not back down. The next day, Fiske flew to Oslo.',
    );
    expect(lines).toContain('travel occurred 2025-06-03');
  });

  it.each(SAME_DAY_IS_A_DAY)('%s: %s', (dateline, article, events) => {
    expect(dateLines(dateline, article).sort()).toEqual([...events].sort());
  });
});

/**
 * A plan told in the present ("is scheduled for March 3") is still ahead: its day is the next such
 * day after the dateline, not the nearest one, which half a year away may lie behind it. A plan
 * called off or moved, or told as it stood ("was scheduled for"), keeps the nearest day.
 */
const PRESENT_PLANS_AHEAD: readonly Row[] = [
  ['2026-08-10', 'The trial of the two directors is scheduled for March 3.', ['other scheduled 2027-03-03']],
  ['2026-12-04', 'The next full ministerial meeting is scheduled for June 1.', ['meeting scheduled 2027-06-01']],
  ['2026-09-20', 'The referendum on the new charter is slated for March 14.', ['other scheduled 2027-03-14']],
  ['2026-08-10', 'The hearing, which was scheduled for March 3, was postponed.', ['other cancelled 2026-03-03']],
];

describe('a plan told in the present lies ahead', () => {
  it.each(PRESENT_PLANS_AHEAD)('%s: %s', (dateline, article, events) => {
    expect(dateLines(dateline, article)).toEqual(events);
  });
});

/**
 * The day a happening is called for, after its place: "called a rally outside the plant for Jan.
 * 6" is the rally's planned day, the next Jan. 6 on a late-December dateline, as "called a rally
 * for Jan. 6" is, not a Jan. 6 gone by.
 */
const PLAN_DAYS_AFTER_A_PLACE: readonly Row[] = [
  ['2026-12-29', 'The union has called a rally outside the Halvik plant for Jan. 6.', ['other scheduled 2027-01-06']],
  ['2026-12-29', 'Farmers have called a protest in the capital for Jan. 8.', ['other scheduled 2027-01-08']],
  [
    '2026-12-29',
    'The opposition has called a march through central Tarvik for Jan. 9.',
    ['other scheduled 2027-01-09'],
  ],
];

describe("a happening's planned day after its place", () => {
  it.each(PLAN_DAYS_AFTER_A_PLACE)('%s: %s', (dateline, article, events) => {
    expect(dateLines(dateline, article)).toEqual(events);
  });
});
