import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A happening's noun whose day is being set is not dated by the setting's day: "Premier Jon Brenna
 * set a date for the election on Tuesday" also gave an election held on Tuesday, as the noun owned
 * the clause's date. Setting the day is one announcement. Invented sentences, dateline Wednesday
 * 2025-06-04.
 */
const DAYS_BEING_SET: readonly [string, string[]][] = [
  [
    'Premier Jon Brenna set a date for the Velmar election on Tuesday.',
    ['announcement 2025-06-03 occurred [Jon Brenna]'],
  ],
  [
    'The Orsk council fixed a new date for the referendum on Monday.',
    ['announcement 2025-06-02 occurred [Orsk council]'],
  ],
];

describe('a noun whose day is being set', () => {
  it.each(DAYS_BEING_SET)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual(expected);
  });
});
