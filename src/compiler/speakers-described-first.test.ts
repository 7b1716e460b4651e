/**
 * A speaker told by a description with the name after it between commas ("the finance minister,
 * Ivo Rask, said ...") speaks as news on the day the sentence fronts ("On Monday,", "Hours later,"),
 * as "Ivo Rask, the finance minister, said ..." does; so does an office by its common noun after a
 * fronted anaphor ("Hours later, the minister said ...") or an occasion told before ("After the
 * meeting, the union said ..."). Without a day of its own the apposed name
 * still only sources a fact.
 */
import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

describe('a speaker described before the name speaks on the fronted day', () => {
  it.each([
    [
      'On Monday, the finance minister, Ivo Rask, said that the talks had failed.',
      'statement 2025-06-02 occurred [Ivo Rask]',
    ],
    [
      'On Monday, the finance minister, Ivo Rask, told reporters the talks had failed.',
      'statement 2025-06-02 occurred [Ivo Rask]',
    ],
    [
      "On Tuesday, the club's owner, Ana Ruiz, said the stadium was unsafe.",
      'statement 2025-06-03 occurred [Ana Ruiz]',
    ],
    ['On Monday, the finance minister, Ivo Rask, announced a new tax.', 'policy 2025-06-02 occurred [Ivo Rask]'],
    [
      'On Monday, Lena Fiske met union leaders in Oslo. Hours later, the finance minister, Ivo Rask, said the talks had failed.',
      'statement 2025-06-02 occurred [Ivo Rask]',
    ],
    [
      'On Monday, Lena Fiske met union leaders in Oslo. Hours later, the minister said the talks had failed.',
      'statement 2025-06-02 occurred []',
    ],
    [
      "Mayor Lena Fiske met union leaders on Monday. After the meeting, the union's leader, Ivo Rask, said the talks had failed.",
      'statement 2025-06-02 occurred [Ivo Rask]',
    ],
    [
      'Mayor Lena Fiske met union leaders on Monday. After the meeting, the union said the talks had failed.',
      'statement 2025-06-02 occurred []',
    ],
  ])('%s', (body, expected) => {
    expect(eventLines(body)).toContain(expected);
  });

  it.each([
    'Her daughter, Kari Berg, said the cause was heart failure.',
    'On Monday, Lena Fiske met union leaders in Oslo. Later, officials said the death toll remained unclear.',
  ])('no day of its own, or nothing told: %s', (body) => {
    expect(eventLines(body).filter((line) => line.startsWith('statement'))).toEqual([]);
  });
});
