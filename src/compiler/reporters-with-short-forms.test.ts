import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A body that reports a happening nobody else is named for acts in it, also when the text gives
 * its short form in brackets right after its name: "..., the Velm Savings Bank (VSB) said" as
 * "..., the Velm Savings Bank said". Invented sentences (dateline Wednesday 2025-06-04).
 */
describe('a reporting body with its short form in brackets', () => {
  it.each([
    [
      'A tanker was boarded by armed men on Monday, the Baltic Shipping Authority (BSA) said.',
      'other 2025-06-02 occurred [Baltic Shipping Authority]',
    ],
    [
      'The launch of the Orla probe has been postponed to July, the Lorania Space Agency (LSA) announced on Monday.',
      'other 2025-07 scheduled [Lorania Space Agency]',
    ],
    [
      'A board meeting planned for June 17 has been cancelled, the Velm Savings Bank (VSB) said, and a new date will be set.',
      'meeting 2025-06-17 cancelled [Velm Savings Bank]',
    ],
  ])('%s', (sentence, line) => {
    expect(eventLines(sentence)).toContain(line);
  });

  it('still takes the body without brackets', () => {
    expect(eventLines('A tanker was boarded by armed men on Monday, the Baltic Shipping Authority said.')).toContain(
      'other 2025-06-02 occurred [Baltic Shipping Authority]',
    );
  });

  it('takes no person for a body: a short form after a person is not the reporter', () => {
    expect(eventLines('A tanker was boarded by armed men on Monday, Lena Varga (LV) said.')).not.toContain(
      'other 2025-06-02 occurred [Lena Varga]',
    );
  });
});
