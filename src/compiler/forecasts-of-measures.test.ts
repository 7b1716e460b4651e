import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A measure's change ahead, told by a modal and reported by a source, is a forecast, not a
 * happening of its period: "The Velmar central bank said on Monday inflation would fall to 3% next
 * year" gave an `other` event scheduled for next year (the measure's subject was looked for only
 * after "showed", "found", ..., and never before a modal). Invented sentences, dateline Wednesday
 * 2025-06-04.
 */
const FORECASTS: readonly string[] = [
  'The Velmar central bank said on Monday inflation would fall to 3% next year.',
  'The Kessel ministry said on Monday that growth would slow to 1% in 2026.',
  'Orsk exports will rise by a fifth in July.',
];

describe('a forecast of a measure', () => {
  it.each(FORECASTS)('%s', (sentence) => {
    expect(eventLines(sentence).filter((line) => line.startsWith('other '))).toEqual([]);
  });
});
