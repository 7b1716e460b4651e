import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * A plan moved "from X to Y" is the plan on X called off and the one on Y scheduled, also when the
 * subject's predicate follows a relative aside ("The town council's annual meeting, at which a new
 * mayor will be chosen, has been moved from May 11 to May 18") and when a purpose clause with its
 * own "not" closes the sentence ("so as not to clash with the poll campaign": the "not" denies the
 * clash, not the move). Sentences invented for this test in the styles of a local democracy
 * reporter, a sports desk and a business wire, about invented bodies; dateline Thursday 2026-04-30.
 */
const ROWS: readonly (readonly [article: string, events: readonly string[]])[] = [
  [
    'The Harwick parish council’s annual meeting, at which a new chairman will be chosen, has been moved from May 11 to May 18.',
    ['meeting cancelled 2026-05-11', 'meeting scheduled 2026-05-18'],
  ],
  [
    'The Harwick parish council’s annual meeting has been moved from May 11 to May 18 so as not to clash with the election.',
    ['meeting cancelled 2026-05-11', 'meeting scheduled 2026-05-18'],
  ],
  [
    'The Tolland board meeting, which Ana Ruiz will chair, has been moved from May 12 to May 19 in order not to clash with the budget.',
    ['meeting cancelled 2026-05-12', 'meeting scheduled 2026-05-19'],
  ],
];

describe('a plan moved from one day to another, past an aside or before a purpose', () => {
  it.each(ROWS)('%s', (article, events) => {
    const lines = dateLines('2026-04-30', article);
    for (const event of events) expect(lines).toContain(event);
  });
  it('a purpose clause’s "not" does not deny the happening it follows', () => {
    expect(
      dateLines('2026-04-30', 'The Harwick regatta has been moved to June 6 so as not to clash with the fair.'),
    ).toContain('other scheduled 2026-06-06');
  });
});

/**
 * A plan called off, named by a noun the table does not know: by a happening's name ("The Ba
 * District Schools Sports Festival, which had been scheduled for 16 January, has been postponed"),
 * or as the object of the verb that calls it off ("Kestrav has postponed the move of its systems to
 * Groningen, which had been scheduled for December 12"). A deadline moved is no happening.
 */
describe('a named plan or an object of the calling off, with its planned day', () => {
  it.each([
    [
      'The Harwick District Schools Sports Festival, which had been scheduled for 16 May, has been postponed by its organisers.',
      'other cancelled 2026-05-16',
    ],
    ['The Tolland Food Fair, planned for Saturday, has been called off.', 'other cancelled 2026-05-02'],
    [
      'Marrow Pay has also postponed the move of its card systems to a new data centre in Brevik, which had been scheduled for May 12.',
      'other cancelled 2026-05-12',
    ],
  ])('%s: %s', (article, event) => {
    expect(dateLines('2026-04-30', article)).toContain(event);
  });
  it('a deadline put off is no happening', () => {
    expect(dateLines('2026-04-30', 'The council postponed the deadline, which had been set for May 12.')).toEqual([]);
  });
});
