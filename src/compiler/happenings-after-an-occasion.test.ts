/**
 * A sentence that opens on an occasion told before ("After the vote,", "Following the meeting,")
 * dates the happening of its main clause by that occasion, even when nobody is named for it ("the
 * mayor resigned"); a sentence that only goes on from the one before does not.
 */
import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

describe('a happening after an occasion told before', () => {
  it.each([
    [
      'The council voted on Tuesday to close the pool. After the vote, the mayor resigned.',
      'other occurred 2025-06-03 ~',
    ],
    [
      'The council voted on Tuesday to close the pool. After the vote, protesters marched to the town hall.',
      'other occurred 2025-06-03 ~',
    ],
    [
      'Ana Ruiz met Ivo Rask in Lisbon on Monday. Following the meeting, the chief of staff quit.',
      'other occurred 2025-06-02 ~',
    ],
  ])('%s', (body, expected) => {
    expect(dateLines('2025-06-04', body)).toContain(expected);
  });

  it('a sentence that only goes on from the one before tells no dated happening', () => {
    expect(dateLines('2025-06-04', 'The council voted on Tuesday to close the pool. The mayor resigned.')).toEqual([
      'policy occurred 2025-06-03',
    ]);
  });
});
