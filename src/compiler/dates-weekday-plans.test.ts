import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * Weekdays of arrangements told in other verb forms: the present progressive passive ("is being
 * held on Friday") and a weekday's happening whose own predicate is a future, whatever verb
 * reports it ("confirmed Saturday's match would go ahead"). Sentences invented for this test (a
 * sports page, a diplomatic wire), about invented people and places; dateline Wednesday 2025-06-04.
 */
const AHEAD: readonly (readonly [article: string, event: string])[] = [
  ['The Nordic fisheries summit is being held in Tarvik on Friday.', 'summit scheduled 2025-06-06'],
  ['The Holmvik regatta is being staged on Saturday despite the storm warnings.', 'other scheduled 2025-06-07'],
  ["Brenna Rovers confirmed Saturday's match against Dunmore would go ahead.", 'other scheduled 2025-06-07'],
];

/** Told as under way in the past, or with a past predicate, the day is gone by. */
const GONE_BY: readonly (readonly [article: string, event: string])[] = [
  ['The Nordic fisheries summit was being held in Tarvik on Friday when the news broke.', 'summit occurred 2025-05-30'],
  ["Saturday's match between Brenna Rovers and Dunmore ended in a draw.", 'other occurred 2025-05-31'],
];

describe('a weekday of an arrangement', () => {
  it.each(AHEAD)('is ahead: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
  it.each(GONE_BY)('is gone by: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
});
