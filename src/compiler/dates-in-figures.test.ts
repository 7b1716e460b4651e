import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * Days written in figures with their year, as a court list, a company filing or a translated wire
 * writes them: day first ("15/06/2025", "02.06.2025"), or month first in US copy ("6/20/2025").
 * A figure over 12 shows the order; otherwise the reading nearer the dateline wins. Sentences
 * invented for this test, about invented people and places; dateline Wednesday 2025-06-04.
 */
const ROWS: readonly (readonly [article: string, event: string])[] = [
  ['The referendum on the Tarvik bypass will take place on 15/06/2025.', 'other scheduled 2025-06-15'],
  ['The Holmvik magistrates heard the case on 28.05.2025, the court list shows.', 'other occurred 2025-05-28'],
  ['Orvana Seafoods closed its Brenna plant on 5/30/2025, the filing said.', 'other occurred 2025-05-30'],
  // Both figures could be a month: 2 June, two days before the dateline, not 6 February.
  ['The hearing was held on 02.06.2025 in Tarvik.', 'other occurred 2025-06-02'],
];

describe('a day written in figures', () => {
  it.each(ROWS)('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
});
