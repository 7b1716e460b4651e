import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A vote's tally told with "to" ("voted 88 to 40 on Tuesday") is no plan: the "to" after a number
 * was read as the "to" of an intent ("voted to extend"), so the vote was dated the Tuesday ahead
 * and scheduled. Invented sentences, dateline Wednesday 2025-06-04.
 */
const VOTE_TALLIES: readonly [string, string][] = [
  ['Lawmakers in Velmar voted 88 to 40 on Tuesday.', 'policy 2025-06-03 occurred []'],
  [
    'The Kessel assembly voted 31 to 9 on Tuesday to extend the curfew.',
    'policy 2025-06-03 occurred [Kessel assembly]',
  ],
  ['Councillors voted 12 to 3 on Monday to sell the Orsk depot.', 'policy 2025-06-02 occurred []'],
];

describe('a tally told with "to"', () => {
  it.each(VOTE_TALLIES)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual([expected]);
  });
  it('still reads the "to" of an intent right after its verb', () => {
    expect(eventLines('Councillors voted on Monday to sell the Orsk depot.')).toEqual([
      'policy 2025-06-02 occurred []',
    ]);
  });
});
