import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * A plan told as it stood ("were to resume on Monday", "was supposed to start on Tuesday") and what
 * became of it. Called off as news of now ("but have been delayed") its day is still ahead; told
 * alone, or called off in the past tense, its day is the nearest. Sentences invented for this test
 * (a labour wire, a court brief, a local paper), about invented people and places; dateline
 * Wednesday 2025-06-04. Each row: article and the event expected among its events.
 */
const ROWS: readonly (readonly [article: string, event: string])[] = [
  // Called off now: the coming day, as "were due to resume on Monday but have been postponed" already was.
  [
    'Talks between the Tarvik dockers and the port were to resume on Monday but have been delayed.',
    'meeting cancelled 2025-06-09',
  ],
  [
    'The inquest into the Holmvik ferry fire was supposed to open on Tuesday but has been put off.',
    'other cancelled 2025-06-10',
  ],
  // The happening named again by its noun calls the plan off.
  ['Mayor Lise Dunn was to visit Sandvaer on Friday but the trip was cancelled.', 'travel cancelled 2025-06-06'],
  // Guards: as it stood, and called off then, the nearest day.
  ['Talks between the Tarvik dockers and the port were to resume on Monday.', 'meeting occurred 2025-06-02'],
  [
    'The inquest into the Holmvik ferry fire was supposed to open on Tuesday but was put off.',
    'other cancelled 2025-06-03',
  ],
];

describe('a plan told as it stood', () => {
  it.each(ROWS)('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
});

/**
 * A plan's day set off by commas ("The vote, originally planned for Monday,") gives way to the day
 * the subject's predicate says the happening took place ("took place on Tuesday", "was held on
 * May 27"); called off, the plan keeps its day.
 */
const HELD_ON_ANOTHER_DAY: readonly (readonly [article: string, event: string])[] = [
  ['The Tarvik council vote, originally planned for Monday, took place on Tuesday.', 'policy occurred 2025-06-03'],
  [
    'The meeting of the Brenna fisheries board, initially scheduled for May 20, was held on May 27.',
    'meeting occurred 2025-05-27',
  ],
  ['The Tarvik council vote, planned for Monday, was postponed to Friday.', 'policy cancelled 2025-06-02'],
];

describe('a plan held on another day', () => {
  it.each(HELD_ON_ANOTHER_DAY)('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
});
