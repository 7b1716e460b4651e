import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * "a year later", "two years on" counted from a date that names a month or a day keep that
 * precision: the text counts from the date it gave, so the month (the day) is as known as the
 * year. Each row: dateline, article (paragraphs split by `||`), and the event expected among its
 * events as `status start [~]` (any kind).
 */
type Row = readonly [published: string, article: string, event: string];

const FROM_A_MONTH: readonly Row[] = [
  [
    '2026-10-29',
    'Defence news.||The contract with Kettering Aerial was signed in March 2023, and the first drones were delivered a year later.',
    'occurred 2024-03 ~',
  ],
  [
    '2026-03-02',
    'Planning news.||Harrow Vale submitted its first plans in March 2021. They were withdrawn a year later after 1,400 objections.',
    'occurred 2022-03 ~',
  ],
  [
    '2026-05-12',
    'Business profile.||Ilse Varga founded Orvana Seafoods in June 2014 and sold the company three years later.',
    'occurred 2017-06 ~',
  ],
];

const FROM_A_DAY: readonly Row[] = [
  [
    '2026-12-16',
    'City news.||ALDER SPRINGS — Under the ordinance, commercial landscapers must stop using gas blowers on Jan. 1, 2028, and homeowners a year later.',
    'scheduled 2029-01-01 ~',
  ],
  [
    '2026-02-03',
    'The treaty was signed in Velden on 14 March 2019. Two years later, the parliament of Orlan ratified it.',
    'occurred 2021-03-14 ~',
  ],
];

/** "the following year", "later that year", and a count from a bare year stay a year. */
const A_YEAR_STAYS_A_YEAR: readonly Row[] = [
  ['2026-02-03', 'Ivo Rask joined the Tarvik board on May 3, 2019. The following year he resigned.', 'occurred 2020'],
  [
    '2026-02-03',
    'Lise Dunn joined the Tarvik council in 2012 and was elected its leader four years later.',
    'occurred 2016 ~',
  ],
];

describe('a count of years keeps the precision of the date it counts from', () => {
  for (const [name, rows] of [
    ['from a month', FROM_A_MONTH],
    ['from a day', FROM_A_DAY],
    ['a year stays a year', A_YEAR_STAYS_A_YEAR],
  ] as const) {
    describe(name, () => {
      it.each(rows)('%s: %s', (published, article, event) => {
        expect(dateLines(published, article).map((line) => line.slice(line.indexOf(' ') + 1))).toContain(event);
      });
    });
  }
});
