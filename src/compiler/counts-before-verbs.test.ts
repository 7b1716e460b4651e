import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * An "-ed" word that is never a past ("hundred", "indeed", "kindred") is no verb of its clause:
 * before, "Two hundred families fled the town on Monday" gave nothing, as "hundred" was read as the
 * clause's first verb (then refused), which made the real verb after "families" a participle.
 * Invented sentences, dateline Wednesday 2025-06-04.
 */
const COUNTS_BEFORE_VERBS: readonly [string, string][] = [
  ['Two hundred families fled the village of Orsk on Monday.', 'travel 2025-06-02 occurred []'],
  ['Five hundred dockers walked out on Monday.', 'other 2025-06-02 occurred []'],
  ['Four hundred miners downed tools on Monday.', 'other 2025-06-02 occurred []'],
];

describe('an -ed word that is never a past', () => {
  it.each(COUNTS_BEFORE_VERBS)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual([expected]);
  });
});
