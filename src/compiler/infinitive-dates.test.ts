import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';
import { clauseTense } from './tense.ts';

/** The events of an invented article published on Wednesday 4 June 2025 (last Monday: 2 June). */
const linesOf = (body: string): string[] => eventLines(body);
/** The tense `clauseTense` gives the first "Monday" of `text`. */
const tenseOfMonday = (text: string): string => clauseTense(text, text.indexOf('Monday'), text.indexOf('Monday') + 6);

describe('a date after a past verb and its "to" infinitive', () => {
  it.each([
    [
      'The Tarvo city council voted to impeach Mayor Ana Velk on Monday.',
      'policy 2025-06-02 occurred [Tarvo city council, Ana Velk]',
    ],
    [
      'The Tarvo city council voted on Monday to impeach Mayor Ana Velk.',
      'policy 2025-06-02 occurred [Tarvo city council, Ana Velk]',
    ],
    [
      'The Tarvo health ministry set out plans on Monday to close three clinics.',
      'announcement 2025-06-02 occurred [Tarvo health ministry]',
    ],
    // A deal is struck by agreeing it: the weekday is the agreement's.
    [
      'Polaris agreed to buy Tamsin Cold Storage on Monday for £40m.',
      'other 2025-06-02 occurred [Polaris, Tamsin Cold Storage]',
    ],
    ['Halden Group agreed to sell its heater division on Monday.', 'other 2025-06-02 occurred [Halden Group]'],
  ])('is the day of the past verb: %s', (body, line) => {
    expect(linesOf(body)).toContain(line);
  });

  it.each([
    ['Tarvo and Lisk agreed to meet on Monday.', 'meeting 2025-06-09 scheduled [Tarvo, Lisk]'],
    ['The two leaders agreed to sign the treaty on Monday.', 'policy 2025-06-09 scheduled []'],
    ['The union voted to strike on Monday.', 'other 2025-06-09 scheduled []'],
  ])("is the infinitive's own day when it is a happening of its own: %s", (body, line) => {
    expect(linesOf(body)).toContain(line);
  });

  it('is no day gone by when it is a date ahead: the decision does not pull "July 1" into last year', () => {
    const lines = linesOf('Polaris agreed to acquire Tamsin Cold Storage on July 1.');
    expect(lines).toContain('other 2025-07-01 scheduled [Tamsin Cold Storage]');
    expect(lines.join('\n')).not.toContain('2024-');
  });

  it.each([
    ['The council voted to approve the budget on Monday.', 'past'],
    ['The council voted to ban fireworks from Monday.', 'future'],
    ['The council voted to hold elections on Monday.', 'future'],
    ['The ministry set out its plans on Monday.', 'past'],
    ['The ministry put forward its plans on Monday.', 'past'],
    ['The ministry will set out its plans on Monday.', 'future'],
    ['The ministry is to set up a panel on Monday.', 'future'],
  ])('reads "%s" as %s', (text, tense) => {
    expect(tenseOfMonday(text)).toBe(tense);
  });
});
