import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * "for next year" after a noun names the period the noun covers ("the budget for next year"), not
 * the tense of the clause: "The Kessel council approved the budget for next year on Tuesday" gave a
 * scheduled act on the Tuesday ahead. After a plan's participle ("scheduled for next week") the
 * period is still the plan's. Invented sentences, dateline Wednesday 2025-06-04.
 */
const PERIODS_OF_NOUNS: readonly [string, string][] = [
  ['The Kessel council approved the budget for next year on Tuesday.', 'policy 2025-06-03 occurred [Kessel council]'],
  [
    'The Velmar league released its fixture list for next season on Monday.',
    'announcement 2025-06-02 occurred [Velmar league]',
  ],
];

describe('a period that a noun covers', () => {
  it.each(PERIODS_OF_NOUNS)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual([expected]);
  });
  it('stays the time of a plan after its participle', () => {
    expect(eventLines('The Orsk referendum was scheduled for next week on Tuesday.')).toEqual([
      'other 2025-06-10 scheduled []',
    ]);
  });
});
