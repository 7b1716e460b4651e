import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * A planned act with the day it is to be done by: "is due to report by the end of February",
 * "expects to file its report by December 11", "directed the regulator to inspect the site by
 * Friday". Told with a verb group that puts the act ahead (will, is due to, expects to, plans to,
 * must, directed X to), the deadline dates the act, which is scheduled; "by" after a state or a
 * trend ("is expected to ease by March", "had risen by 2020") still dates nothing. Sentences
 * invented for this test in the styles of a wire, a court brief, a trade paper and a council
 * report, about invented people and bodies; dateline Wednesday 2025-06-04.
 */
const TOLD: readonly (readonly [article: string, event: string])[] = [
  ['The Orlov review panel is due to report by the end of September.', 'other scheduled 2025-09'],
  ['It is due to report by July 15.', 'other scheduled 2025-07-15'],
  ['Marrow Freight expects to file its findings with the regulator by June 20.', 'other scheduled 2025-06-20'],
  ['The ministry plans to complete the Sella bypass by November.', 'other scheduled 2025-11'],
  ['Contractors must clear the Tolland site by Aug. 1, the council said.', 'other scheduled 2025-08-01'],
  ['The magistrate directed the harbour board to inspect the berth by June 30.', 'other scheduled 2025-06-30'],
  ['Brevik Water will replace the last lead pipes by the end of next year.', 'other scheduled 2026'],
  // A noun told as due or expected by a day.
  ['A decision on the Kessel mine is expected by mid-July.', 'other scheduled 2025-07 ~ (mid)'],
  ['A ruling on the appeal is due by June 27.', 'other scheduled 2025-06-27'],
];

const NONE: readonly string[] = [
  // A state or a trend bounded by a day, no act.
  'Inflation is expected to ease by March.',
  'Unemployment had risen by 2020.',
  'The bridge will remain closed until March.',
  'Prices in Halden are forecast to fall by the autumn.',
];

describe('a planned act dated by its deadline', () => {
  it.each(TOLD)('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
  it.each(NONE)('none: %s', (article) => {
    expect(dateLines('2025-06-04', article)).toEqual([]);
  });
});

/**
 * A duty a rule lays on people, with its own day: "Under the ordinance, landscapers must stop
 * using gas blowers on Jan. 1, 2028" is the rule's act (policy), scheduled. A date before the duty,
 * in another clause, does not date it.
 */
describe('a duty laid by a rule, dated by its own day', () => {
  it.each([
    ['Under the new bylaw, shop owners in Tolland must remove street signs by March 1.', 'policy scheduled 2026-03-01'],
    [
      'Under the ordinance, ferry operators must stop using diesel engines on Jan. 1, 2028.',
      'policy scheduled 2028-01-01',
    ],
  ])('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
  it.each([
    'Under the Harbour Act, passed in 2019 by the Tolland assembly, operators must report spills within hours.',
    'Under the ordinance, homeowners must keep their hedges trimmed.',
  ])('none: %s', (article) => {
    expect(dateLines('2025-06-04', article).filter((line) => line.startsWith('other'))).toEqual([]);
  });
});
