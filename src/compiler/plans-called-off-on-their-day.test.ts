import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * A plan called off is dated by the day it was planned for, also when that day is told in a
 * relative clause after the verb's object ("postponed its listing, which had been scheduled for
 * July 8"), not by the day of the call-off; and a figure with a decimal point ("its $2.1 billion
 * listing") is no stop between the object and its clause. Sentences invented for this test in the
 * styles of a business wire, a ferry operator's notice and a local council report, about invented
 * companies and bodies; dateline Tuesday 2026-06-30 unless the row gives another.
 */
const ROWS: readonly (readonly [dateline: string, article: string, event: string])[] = [
  [
    '2026-06-30',
    'On Monday, drone maker Carrow Aero postponed its HK$2.1 billion listing, which had been scheduled for July 8, without giving a new date.',
    'other cancelled 2026-07-08',
  ],
  [
    '2026-06-30',
    'Carrow Aero on Monday postponed its listing, which had been scheduled for July 8, citing weak demand.',
    'other cancelled 2026-07-08',
  ],
  [
    '2026-03-04',
    'The Orvell Ferry Company on Tuesday cancelled its 7.30 sailing to Kross, which had been planned for March 9, citing a storm warning.',
    'other cancelled 2026-03-09',
  ],
  [
    '2026-05-12',
    'Brantley City Council scrapped a vote on the $4.5 million budget, which was scheduled for May 20, after two members resigned.',
    'policy cancelled 2026-05-20',
  ],
];

describe('a plan called off, dated by the day its relative clause says it was planned for', () => {
  it.each(ROWS)('%s: %s', (dateline, article, event) => {
    expect(dateLines(dateline, article)).toContain(event);
  });

  it('a call-off with no plan told is still dated by its own day', () => {
    expect(dateLines('2026-05-12', 'Brantley City Council scrapped a vote on the budget on Monday.')).toContain(
      'policy cancelled 2026-05-11',
    );
  });

  it('a relative clause that is not a plan does not date the call-off', () => {
    const lines = dateLines(
      '2026-06-30',
      'Carrow Aero on Monday postponed its listing, which it first announced in March, citing weak demand.',
    );
    expect(lines).toContain('other cancelled 2026-06-29');
  });
});
