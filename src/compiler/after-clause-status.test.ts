import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * What a main clause calls off or denies is its own verb's: a happening told in its "after",
 * "because" or "when" clause with its own subject took place. Sentences invented for this test,
 * about invented people and places (a council report, a sports brief, a court report, a business
 * wire). Dateline Wednesday 2025-06-04. Each row: article, the event expected, and the reading it
 * must not be given.
 */
type Row = readonly [article: string, expected: string, notExpected: string];

const TOLD_AS_FACT: readonly Row[] = [
  [
    'The Tarvik council postponed the budget vote after Mayor Ivo Rask resigned on Monday.',
    'other occurred 2025-06-02',
    'other cancelled 2025-06-02',
  ],
  [
    'The Brenna league did not suspend its coach after he was arrested on Saturday.',
    'conflict occurred 2025-05-31',
    'conflict cancelled 2025-05-31',
  ],
  [
    'Holmvik Port scrapped its expansion plans because the ministry banned dredging in the bay on Tuesday.',
    'policy occurred 2025-06-03',
    'policy cancelled 2025-06-03',
  ],
  [
    'Organisers called off the Sandvaer regatta when a storm hit the coast on Sunday.',
    'other occurred 2025-06-01',
    'other cancelled 2025-06-01',
  ],
];

describe('a happening in the subordinate clause of a verb that calls off or denies', () => {
  it.each(TOLD_AS_FACT)('%s: %s', (article, expected, notExpected) => {
    const lines = dateLines('2025-06-04', article);
    expect(lines).toContain(expected);
    expect(lines).not.toContain(notExpected);
  });
});

describe('the main clause that calls off', () => {
  it('stays called off itself', () => {
    expect(
      dateLines('2025-06-04', 'The Tarvik council postponed the budget vote after Mayor Ivo Rask resigned on Monday.'),
    ).toContain('policy cancelled 2025-06-04 ~');
  });
});
