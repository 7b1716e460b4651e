import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A body whose name holds a list ("the Ministry of Labour, Employment and Social Affairs") is the
 * subject of the verb after it: its comma opens no attribution clause, as the comma before "the
 * ministry announced" does, so the announcement keeps its announcer and is told. Invented
 * sentences, dateline Wednesday 2025-06-04.
 */
const BODIES_NAMED_BY_LISTS: readonly [string, string][] = [
  [
    'The Ministry of Labour, Employment and Social Affairs announced new rules on Tuesday.',
    'announcement 2025-06-03 occurred [Ministry of Labour, Employment and Social Affairs]',
  ],
  [
    'The Ministry of Culture, Sport and Youth announced a new arts fund on Tuesday.',
    'announcement 2025-06-03 occurred [Ministry of Culture, Sport and Youth]',
  ],
  [
    'The Department for Environment, Food and Rural Affairs announced a ban on peat on Monday.',
    'announcement 2025-06-02 occurred [Department for Environment, Food and Rural Affairs]',
  ],
];

describe('a body named by a list announces', () => {
  it.each(BODIES_NAMED_BY_LISTS)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual([expected]);
  });
});
