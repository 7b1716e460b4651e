import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * "On the weekend", as US and Australian copy writes "at the weekend": the last Saturday and Sunday
 * in the past tense, the coming ones ahead; "the weekend of June 14" is no such phrase. Sentences
 * invented for this test, about invented people and places; dateline Wednesday 2025-06-04.
 */
const ROWS: readonly (readonly [article: string, event: string])[] = [
  ['Governor Lise Dunn met flood victims in Tarvik on the weekend.', 'meeting occurred 2025-05-31..2025-06-01 ~'],
  ['Holmvik police arrested two men on the weekend after a brawl.', 'conflict occurred 2025-05-31..2025-06-01 ~'],
  ['The Brenna premier will visit the fire zone on the weekend.', 'travel scheduled 2025-06-07..2025-06-08 ~'],
];

describe('on the weekend', () => {
  it.each(ROWS)('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
});
