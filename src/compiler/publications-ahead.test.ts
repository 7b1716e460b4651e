import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Figures, minutes and data to be made public on a given day are announcements: "which will
 * publish the April figures tomorrow", "will publish the figure for November on December 9", "The
 * board will publish the minutes of this Monday's session on December 7" (the day the record comes
 * out, not a meeting), "Second-season data from the trial are expected next summer". Sentences
 * invented for this test in the styles of an East African business page, a translated central-bank
 * wire, a science desk and a council report, about invented bodies; dateline Wednesday 2025-06-04.
 */
const TOLD: readonly (readonly [text: string, event: string])[] = [
  [
    'Annual inflation rose to 4.1 percent in April, according to the Tolland Bureau of Statistics (TBS), which will publish the April figures tomorrow.',
    'announcement 2025-06-05 scheduled [Tolland Bureau of Statistics]',
  ],
  [
    'Core inflation closed April at 5.1%, according to the Marrow Statistics Institute, which will publish the figure for June on July 9.',
    'announcement 2025-07-09 scheduled [Marrow Statistics Institute]',
  ],
  [
    'The Brevik Statistics Office will publish the figure for June on July 9.',
    'announcement 2025-07-09 scheduled [Brevik Statistics Office]',
  ],
  [
    'The Kessel Monetary Board will publish the minutes of Tuesday’s meeting on June 18.',
    'announcement 2025-06-18 scheduled [Kessel Monetary Board]',
  ],
  ['Full results from the trial’s second phase are expected next spring.', 'announcement 2026-03 scheduled []'],
  ['Second-quarter figures from the Tolland mint are due on July 30.', 'announcement 2025-07-30 scheduled []'],
];

describe('figures, minutes and data to be made public on a day', () => {
  it.each(TOLD)('%s: %s', (text, event) => {
    expect(eventLines(text)).toContain(event);
  });
  it('the meeting whose minutes come out is no meeting on their day', () => {
    const lines = eventLines('The Kessel Monetary Board will publish the minutes of Tuesday’s meeting on June 18.');
    expect(lines.filter((line) => line.startsWith('meeting'))).toEqual([]);
  });
});

describe('what is due or expected, its noun with a complement', () => {
  it.each([
    [
      'Second-season data from a subset of about 3,000 volunteers are expected next summer.',
      'announcement 2026-06 scheduled []',
    ],
    ['Results of the Brevik ferry survey are due on July 2.', 'announcement 2025-07-02 scheduled []'],
  ])('%s: %s', (text, event) => {
    expect(eventLines(text)).toContain(event);
  });
});
