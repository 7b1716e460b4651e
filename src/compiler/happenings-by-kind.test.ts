import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Happenings whose verbs other kinds also use, read as `other` by what they act on. Invented
 * sentences, dateline Wednesday 2025-06-04.
 */

/** A vessel seized at sea is a seizure (kind `other`), like a haul of drugs; a town seized is conflict. */
const VESSELS_SEIZED: readonly [string, string][] = [
  ['The tanker Aurora was seized by coastguards off Malta on Monday.', 'other 2025-06-02 occurred'],
  ['Iranian forces seized a British-flagged tanker in the Strait of Hormuz on Friday.', 'other 2025-05-30 occurred'],
  ['Coastguards seized a fishing boat off Texel on Sunday.', 'other 2025-06-01 occurred'],
  ['Rebels seized the town of Kessa on Sunday.', 'conflict 2025-06-01 occurred'],
];

describe('seizures at sea', () => {
  it.each(VESSELS_SEIZED)('%s', (sentence, expected) => {
    expect(eventLines(sentence).map((line) => line.replace(/ \[.*\]$/, ''))).toEqual([expected]);
  });
});

/** A walk in the hills is no rate hike: "went missing on a hike on Saturday" is the disappearance. */
describe('a hike that is a walk', () => {
  it.each([
    ['Ada Lund, 34, went missing on a hike on Saturday.', 'other 2025-05-31 occurred [Ada Lund]'],
    [
      'Ivo Dunn, a teacher, was found on Monday after he went missing on a hike in the Tarn hills.',
      'other 2025-06-02 occurred [Ivo Dunn]',
    ],
  ])('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toContain(expected);
  });
});
