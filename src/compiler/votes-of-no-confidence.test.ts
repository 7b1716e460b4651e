import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * The "no" of a vote of no confidence negates nothing: "The motion of no confidence was defeated on
 * Tuesday" gave nothing, as "no confidence was" read as "No vote was held" does. A "no" that opens
 * its clause's subject still negates. Invented sentences, dateline Wednesday 2025-06-04.
 */
const VOTES_OF_NO_CONFIDENCE: readonly [string, string][] = [
  [
    'The motion of no confidence was defeated in the Velmar assembly on Tuesday.',
    'policy 2025-06-03 occurred [Velmar assembly]',
  ],
  ["The opposition's motion of no confidence was carried on Monday.", 'policy 2025-06-02 occurred []'],
];

describe('a vote of no confidence', () => {
  it.each(VOTES_OF_NO_CONFIDENCE)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual([expected]);
  });
  it('still reads "No vote was held" as none', () => {
    expect(eventLines('No vote was held in the Kessel council on Tuesday.')).toEqual([]);
  });
});
