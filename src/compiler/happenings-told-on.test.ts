import { describe, expect, it } from 'vitest';
import { dateLines, eventLines } from './event-lines.ts';

/**
 * Happenings told one paragraph after the event they follow from, and deaths in disasters and
 * accidents. Invented articles (paragraphs split by `||`), dateline Wednesday 2025-06-04.
 */

/**
 * A paragraph of its own right after a dated event goes on with that story when it opens with the
 * story's people again ("He", a name of the event) or with who stepped in ("His deputy"): the event
 * it tells takes about that day. [article, the line expected among its events].
 */
const NEXT_PARAGRAPH: readonly [string, string][] = [
  [
    'Kessel Mining said on Tuesday its chief executive, Ola Berg, had resigned.||His deputy, Anna Sellick, was appointed interim chair.',
    'other occurred 2025-06-03 ~',
  ],
  [
    'Ola Berg resigned as chair of Tarn Water on Monday.||Her successor, Ivo Dunn, was named acting chair.',
    'other occurred 2025-06-02 ~',
  ],
  ['Police arrested Jared Paku on Tuesday.||He was charged with burglary.', 'other occurred 2025-06-03 ~'],
];

describe('a happening in the paragraph after a dated event', () => {
  it.each(NEXT_PARAGRAPH)('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toContain(expected);
  });
  it('gives no day after a span told before ("a four-day tour")', () => {
    const lines = dateLines(
      '2025-06-04',
      'Ola Berg ended a four-day tour of the region in Tarn on Tuesday.||Berg met the mayor of Tarn, Ivo Dunn, for two hours.',
    );
    expect(lines.filter((line) => line.startsWith('meeting'))).toEqual([]);
  });
  it('leaves a plan in the next paragraph undated', () => {
    const lines = dateLines('2025-06-04', 'Ola Berg resigned on Tuesday.||His deputy, Anna Sellick, will take over.');
    expect(lines).toEqual(['other occurred 2025-06-03']);
  });
});

/** Deaths in a disaster, an accident or a sinking are happenings (kind `other`), not attacks. */
const DEATHS_IN_DISASTERS: readonly string[] = [
  'The sinking of the ferry on Sunday killed 12 people.',
  'The eruption killed three climbers on Sunday.',
  'A tornado killed four people in Kessel on Sunday.',
  'Twelve people were killed when the ferry sank on Sunday.',
  'Four people were killed when a tornado tore through Kessel on Sunday.',
  'Three climbers were killed in the eruption on Sunday.',
  'The shipwreck killed 30 migrants on Sunday.',
];

describe('deaths in a disaster', () => {
  it.each(DEATHS_IN_DISASTERS)('%s', (sentence) => {
    expect(eventLines(sentence)).toEqual(['other 2025-06-01 occurred []']);
  });
  it('keeps killings by gunmen an attack', () => {
    expect(eventLines('Gunmen killed 12 villagers on Sunday.')).toEqual(['conflict 2025-06-01 occurred []']);
  });
});
