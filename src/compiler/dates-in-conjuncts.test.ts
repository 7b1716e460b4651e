import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * Dates of events told in one sentence by two verbs joined by "and": the second conjunct's own
 * date, and a count of years or months from the first's. Sentences invented for this test, about
 * invented people and places, in the styles of a profile, a business brief and an obituary. Each
 * row: dateline, article (paragraphs split by `||`), and the events expected among its events as
 * `kind status start[..end] [~]`.
 */
type Row = readonly [published: string, article: string, events: readonly string[]];

/**
 * A date that opens the second conjunct ("and in 2021 she was elected") is that verb's, not the
 * first verb's before the "and"; a fronted year stays the first verb's.
 */
const OPENING_THE_CONJUNCT: readonly Row[] = [
  [
    '2025-06-04',
    'In 2019, Lise Dunn founded the Green Harbour party and in 2021 she was elected mayor of Tarvik.',
    ['other occurred 2019', 'other occurred 2021'],
  ],
  [
    '2025-06-04',
    'Ivo Rask resigned from the Orvana board in 2019 and in 2021 he returned to Holmvik.',
    ['other occurred 2019', 'travel occurred 2021'],
  ],
  [
    '2025-06-04',
    'The Brenna co-operative met the buyers on Monday and on Tuesday its members visited the mill.',
    ['meeting occurred 2025-06-02', 'travel occurred 2025-06-03'],
  ],
  [
    '2025-06-04',
    'Kessling Foods opened a bakery in Sandvaer in March and then in May it closed the Tarvik depot.',
    ['other occurred 2025-03', 'other occurred 2025-05'],
  ],
];

/**
 * "four years later", "two years on" in the same sentence as a year or a month: counted from that
 * date, at the precision it gives (the dateline had been the base, or nothing).
 */
const COUNTED_FROM_A_COARSE_DATE: readonly Row[] = [
  [
    '2025-06-04',
    'Lise Dunn joined the Tarvik council in 2012 and was elected its leader four years later.',
    ['other occurred 2012', 'other occurred 2016 ~'],
  ],
  [
    '2025-06-04',
    'Ivo Rask founded Orvana Seafoods in 2009 and sold the company three years later.',
    ['other occurred 2009', 'other occurred 2012 ~'],
  ],
  [
    '2025-06-04',
    'Marit Holm was appointed to the Brenna bench in 2001, and ten years later she was named chief justice.',
    ['other occurred 2001', 'other occurred 2011 ~'],
  ],
];

describe('dates of the second of two joined verbs', () => {
  for (const [name, rows] of [
    ['a date that opens the conjunct is its own', OPENING_THE_CONJUNCT],
    ['a count of years goes on from a year told before it', COUNTED_FROM_A_COARSE_DATE],
  ] as const) {
    describe(name, () => {
      it.each(rows)('%s: %s', (published, article, events) => {
        const lines = dateLines(published, article);
        for (const event of events) expect(lines).toContain(event);
      });
    });
  }
});

describe('a date after "and" that ends the verb before it', () => {
  it('stays that verb\'s when no clause of its own follows ("met on Monday and Tuesday")', () => {
    expect(
      dateLines('2025-06-04', 'The two delegations met in Holmvik on Monday and on Tuesday, officials said.'),
    ).toContain('meeting occurred 2025-06-02');
  });
});
