import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * An undated sentence that goes on with the story told just before in its paragraph takes that
 * event's day, approximately (the text gives the order, not the day), also after a bare adverb of
 * place or order before its pronoun ("There she met ...", "Then they drove ..."). Sentences
 * invented for this test, about invented people and places; dateline Wednesday 2025-06-04.
 */
const GOES_ON: readonly (readonly [article: string, event: string])[] = [
  [
    'Lise Dunn flew to Oslo on Monday. There she met Norwegian Prime Minister Jonas Lie.',
    'meeting occurred 2025-06-02 ~',
  ],
  ['Ivo Rask landed in Tarvik on Monday. Then he met the mayor, Ada Lind.', 'meeting occurred 2025-06-02 ~'],
  // A paragraph break is no bar: wire copy gives each sentence a paragraph of its own.
  ['Ivo Rask flew to Oslo on Monday.||There he met the prime minister, Jonas Lie.', 'meeting occurred 2025-06-02 ~'],
];

/** Nothing is carried over to a sentence that does not follow at once. */
const NOT_GOING_ON: readonly (readonly [article: string, notExpected: string])[] = [
  [
    'Ivo Rask flew to Oslo on Monday. Oslo has 700,000 inhabitants. There he met the prime minister, Jonas Lie.',
    'meeting occurred 2025-06-02 ~',
  ],
];

describe('an undated sentence that goes on with the story', () => {
  it.each(GOES_ON)('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
  it.each(NOT_GOING_ON)('%s: not %s', (article, notExpected) => {
    expect(dateLines('2025-06-04', article)).not.toContain(notExpected);
  });
});
