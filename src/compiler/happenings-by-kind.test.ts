import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Happenings whose verbs other kinds also use, read as `other` by what they act on. Invented
 * sentences, dateline Wednesday 2025-06-04.
 */

/**
 * A vessel seized at sea is a capture, as a town seized is (kind `conflict`: the eval conventions
 * list captures and detentions); a haul of drugs seized is `other`.
 */
const VESSELS_SEIZED: readonly [string, string][] = [
  ['The tanker Aurora was seized by coastguards off Malta on Monday.', 'conflict 2025-06-02 occurred'],
  ['Iranian forces seized a British-flagged tanker in the Strait of Hormuz on Friday.', 'conflict 2025-05-30 occurred'],
  ['Coastguards seized a fishing boat off Texel on Sunday.', 'conflict 2025-06-01 occurred'],
  ['Customs officers seized 40 kilograms of cocaine at Antwerp on Sunday.', 'other 2025-06-01 occurred'],
  ['Rebels seized the town of Kessa on Sunday.', 'conflict 2025-06-01 occurred'],
];

describe('seizures at sea and hauls', () => {
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

/**
 * The speaker's own plan told before a dated attribution is its announcement, on the day of the
 * saying, even when the plan's verb is a trigger of its own ("will close", "will launch"), as "said
 * on Tuesday it would close the plant" is. Undated, the attribution only sources the dated plan.
 */
const OWN_PLAN_BEFORE_ATTRIBUTION: readonly [string, string[]][] = [
  [
    'Orvel Motors will close its Tarn plant in December, the company said on Tuesday.',
    ['announcement 2025-06-03 occurred [Orvel Motors]'],
  ],
  [
    'Kessel Air will launch flights to Lisbon in March, the airline announced on Tuesday.',
    ['announcement 2025-06-03 occurred [Kessel Air]'],
  ],
  [
    'Ada Lund will resign as mayor in July, she told reporters on Monday.',
    ['announcement 2025-06-02 occurred [Ada Lund]'],
  ],
];

describe('a plan told before its dated attribution', () => {
  it.each(OWN_PLAN_BEFORE_ATTRIBUTION)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual(expected);
  });
  it('keeps the dated plan when the attribution gives no date', () => {
    expect(eventLines('Orvel Motors will close its Tarn plant in December, the company said.')).toEqual([
      'other 2025-12 scheduled [Orvel Motors, Tarn]',
    ]);
  });
});

/** A dated happening in a relative clause before a main clause in the past stays a happening. */
describe('a relative clause before a past main clause', () => {
  it('keeps the closure of a plant later demolished', () => {
    expect(
      eventLines('The plant, which closed in 2009, was demolished on Monday.').map((line) => line.slice(0, 10)),
    ).toEqual(['other 2009', 'other 2025']);
  });
});

/** A dam or a main that burst is a happening, also as a live blog's time-stamped entry. */
describe('what burst', () => {
  it.each([
    ['The dam at Kessel burst on Tuesday.', 'other 2025-06-03 occurred []'],
    ['14:05 — The dam at Kessel has burst.', 'other 2025-06-04 occurred []'],
  ])('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toEqual([expected]);
  });
  it('reads no event in "burst into tears"', () => {
    expect(eventLines('Ada Lund burst into tears.')).toEqual([]);
  });
});
