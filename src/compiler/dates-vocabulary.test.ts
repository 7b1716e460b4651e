import { describe, expect, it } from 'vitest';
import { monthNumber, weekdayNumber } from './dates.ts';

// The month and weekday tables are asked about words of untrusted text: a word that names one of
// Object's built-ins is no month and no weekday.
describe('month and weekday names', () => {
  it.each([
    ['Sept.', 9],
    ['december', 12],
    ['Jan', 1],
  ])('%s is month %i', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf.', 'Smarch'])(
    '%s is no month and no weekday',
    (word) => {
      expect(monthNumber(word)).toBeUndefined();
      expect(weekdayNumber(word)).toBeUndefined();
    },
  );

  it('reads a weekday whatever its case', () => {
    expect(weekdayNumber('TUESDAY')).toBe(2);
  });
});
