import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A step already under way told before a dated attribution: "Halden Foods is cutting 300 jobs, it
 * said on Monday" is the body's announcement on the day of the saying, as "said on Monday it is
 * cutting 300 jobs" and "Halden Foods will cut 300 jobs, it said on Monday" are. Invented
 * sentences, dateline Wednesday 2025-06-04.
 */
const STEPS_UNDER_WAY: readonly [string, string][] = [
  ['Tarrow Mills is cutting 300 jobs, it said on Monday.', 'announcement 2025-06-02 occurred [Tarrow Mills]'],
  [
    'Brevik Motors is closing two plants in Ohio, the company said on Tuesday.',
    'announcement 2025-06-03 occurred [Brevik Motors]',
  ],
  [
    'Norvane Air is suspending flights to Tbilisi, a spokeswoman said on Friday.',
    'announcement 2025-05-30 occurred [Norvane Air]',
  ],
  [
    'Kestrel Bank is now shedding 1,200 staff across Europe, the bank said on Thursday.',
    'announcement 2025-05-29 occurred [Kestrel Bank]',
  ],
];

describe('a step under way told before its dated attribution', () => {
  it.each(STEPS_UNDER_WAY)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual([expected]);
  });
});

/** Not the speaker's plan: a thing going on, or a body's acts told by its foe, are no announcement. */
describe('what is going on, told by someone else', () => {
  it.each([
    'Prices are rising faster than expected, the central bank said on Monday.',
    'Rebels are shelling the town of Azra, the army said on Sunday.',
  ])('%s', (sentence) => {
    expect(eventLines(sentence).filter((line) => line.startsWith('announcement'))).toEqual([]);
  });
});
