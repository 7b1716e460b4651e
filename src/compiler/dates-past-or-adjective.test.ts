import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * "-ed" words that are as often a verb's past as an adjective ("declared", "advanced", "occupied",
 * "elected"): before an object or a preposition of direction they tell a day gone by, before a noun
 * they describe it. Sentences invented for this test (a war wire, a shipping brief, a union report),
 * about invented people and places; dateline Wednesday 2025-06-04.
 */
const PAST: readonly (readonly [article: string, event: string])[] = [
  ['Government troops advanced on the rebel stronghold of Marvik on Sunday.', 'conflict occurred 2025-06-01'],
  ['Rebel fighters advanced into the outskirts of Marvik on Sunday.', 'conflict occurred 2025-06-01'],
  ['Kessling Shipping declared force majeure on shipments from Holmvik on Monday.', 'announcement occurred 2025-06-02'],
  ['Militiamen occupied the main roads into Tarvik on Saturday.', 'other occurred 2025-05-31'],
];

/** The same words as adjectives leave a plan ahead. */
const ADJECTIVE: readonly (readonly [article: string, event: string])[] = [
  ['The newly elected mayor of Tarvik will visit Holmvik on Friday.', 'travel scheduled 2025-06-06'],
  ['Finance ministers of advanced economies meet in Oslo on Friday.', 'meeting scheduled 2025-06-06'],
];

describe('a word that is a past verb or an adjective', () => {
  it.each(PAST)('is a past verb before its object or direction: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
  it.each(ADJECTIVE)('is an adjective before a noun: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
});
