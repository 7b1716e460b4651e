import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { lengthOf } from './event-lengths.ts';

/**
 * How long an event lasted, read as a careful editor reads it: sentences invented in several
 * outlets' styles, about invented people. Each row: the dateline, the sentence, the kind of the
 * event, and its date as `start[..end] (qualifier)`. 2026-03-10 is a Tuesday, 2025-12-30 a Tuesday,
 * 2026-01-05 a Monday.
 */
type Row = readonly [published: string, sentence: string, kind: string, date: string];

function datesOf(published: string, sentence: string, kind: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date ${published} ${sentence}` }]);
  return list.events
    .filter((event) => event.kind === kind)
    .map(
      ({ date }) => `${date.start}${date.end ? `..${date.end}` : ''}${date.qualifier ? ` (${date.qualifier})` : ''}`,
    );
}

const LENGTHS: readonly Row[] = [
  ['2026-03-10', 'The talks on Monday lasted nearly three hours.', 'meeting', '2026-03-09 (nearly three hours)'],
  ['2026-03-10', 'Ministers held a two-hour meeting in Rome on Monday.', 'meeting', '2026-03-09 (two-hour)'],
  [
    '2026-03-10',
    'Union leaders met management on Friday for talks lasting 90 minutes.',
    'meeting',
    '2026-03-06 (90 minutes)',
  ],
  [
    '2026-03-10',
    'Lena Ortiz spoke with Kwame Boateng by phone for 40 minutes on Sunday.',
    'meeting',
    '2026-03-08 (40 minutes)',
  ],
  ['2026-03-10', 'Ortiz met Kwame Boateng for nearly an hour on Tuesday.', 'meeting', '2026-03-10 (nearly an hour)'],
  // Lengths in days make a range from the day the text gives.
  [
    '2026-03-10',
    'President Lena Ortiz will travel to Japan on Monday for a five-day visit.',
    'travel',
    '2026-03-16..2026-03-20 (five-day)',
  ],
  [
    '2026-03-10',
    'President Lena Ortiz will begin a five-day trip to Japan starting Monday.',
    'travel',
    '2026-03-16..2026-03-20 (five-day)',
  ],
  [
    '2026-03-10',
    'Dockworkers began a fortnight-long strike from June 3.',
    'other',
    '2025-06-03..2025-06-16 (fortnight-long)',
  ],
  ['2026-03-10', 'The week-long exercise began on Feb. 2.', 'other', '2026-02-02..2026-02-08 (week-long)'],
  ['2025-12-30', 'The week-long exercise will begin on Jan. 5.', 'other', '2026-01-05..2026-01-11 (week-long)'],
  // An event told by its end ends on the day given.
  ['2026-03-10', 'The three-day summit ended on Friday.', 'summit', '2026-03-04..2026-03-06 (three-day)'],
  ['2026-01-05', 'The two-day summit ended on Monday.', 'summit', '2026-01-04..2026-01-05 (two-day)'],
  ['2026-01-05', 'The four-day summit concluded on Dec. 29.', 'summit', '2025-12-26..2025-12-29 (four-day)'],
  // A length that is not the event's.
  ['2026-03-10', 'Lena Ortiz arrived for the week-long summit on Monday.', 'travel', '2026-03-09'],
  ['2026-03-10', 'Lena Ortiz met Kwame Boateng ahead of a two-day summit on Monday.', 'meeting', '2026-03-09'],
  ['2026-03-10', 'The court jailed Lena Ortiz for 10 years on Monday.', 'other', '2026-03-09'],
];

describe('the length of an event', () => {
  it.each(LENGTHS)('%s: %s', (published, sentence, kind, date) => {
    expect(datesOf(published, sentence, kind)).toContain(date);
  });

  it('ties a length to the event only through its grammar', () => {
    const text = 'Mayor Ana Ruiz met union leaders for an hour; the strike lasted three weeks.';
    const meeting = { start: text.indexOf('met'), end: text.indexOf('met') + 3 };
    expect(lengthOf(text, { start: 0, end: text.indexOf(';') }, meeting)?.text).toBe('an hour');
    const strike = { start: text.indexOf('strike'), end: text.indexOf('strike') + 6 };
    expect(lengthOf(text, { start: text.indexOf(';') + 1, end: text.length }, strike)?.text).toBe('three weeks');
    expect(lengthOf(text, { start: 0, end: text.indexOf(';') }, { start: 0, end: 4 })).toBeUndefined();
  });
});
