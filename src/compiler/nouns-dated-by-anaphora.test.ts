import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A happening named by an indefinite noun and dated by its own clause's anaphor: "The union called
 * a strike the same day" is news of that day, as "called a strike on Tuesday" is, where before only
 * a day the text gave made such a noun news. A definite noun so dated ("The fare rise comes a week
 * before the marathon") points at a happening told before and tells nothing new. Invented
 * sentences, dateline Wednesday 2025-06-04.
 */
const BEFORE = 'Kessel Rail announced an 8% fare rise on Monday. ';

const NOUNS_DATED_BY_ANAPHORA: readonly [string, string][] = [
  ['The union called a strike the same day.', 'other 2025-06-02 occurred []'],
  ['Drivers called a 24-hour strike two days later.', 'other 2025-06-04 occurred []'],
  ["The drivers' union called a strike the next day.", 'other 2025-06-03 occurred []'],
  ['Opposition parties called a rally later that day.', 'other 2025-06-02 occurred []'],
  ['The Velmar Dockers Union called a walkout two days later.', 'other 2025-06-04 occurred [Velmar Dockers Union]'],
];

describe('a noun dated by its own anaphor', () => {
  it.each(NOUNS_DATED_BY_ANAPHORA)('%s', (sentence, expected) => {
    expect(eventLines(BEFORE + sentence)).toEqual(['announcement 2025-06-02 occurred [Kessel Rail]', expected]);
  });
  it('tells nothing new by a definite noun that points back', () => {
    expect(eventLines(`${BEFORE}The fare rise comes a week before the Dunmore marathon.`)).toEqual([
      'announcement 2025-06-02 occurred [Kessel Rail]',
    ]);
  });
});
