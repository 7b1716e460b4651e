import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A step the subject hopes or aims to take on a day of its own is a plan, scheduled, as the eval's
 * conventions read "hopes to open a training school next spring" and "hopes to start building next
 * spring"; a hope of an outcome ("hopes to win the title next year", "aims to double its sales")
 * stays no event, as does a hope about others ("Officials hope the bridge will reopen"), and a hope
 * in the past ("hoped to meet") tells a plan that no longer stands. Sentences invented for this
 * test in the styles of a Sunday profile, a local planning story and a sports page; dateline
 * Wednesday 2025-06-04.
 */
describe('a step hoped for, with its own day', () => {
  it.each([
    ['Next spring she hopes to open a sailing school for young crews in Tolland.', 'other 2026-03 scheduled []'],
    ['The developer, Harwick Homes, hopes to start building next spring.', 'other 2026-03 scheduled [Harwick Homes]'],
    ['Ana Ruiz hopes to meet the Tolland president next week.', 'meeting 2025-06-09 scheduled [Ana Ruiz]'],
  ])('%s: %s', (text, event) => {
    expect(eventLines(text)).toContain(event);
  });
  it.each([
    'Ana Ruiz hopes to win the title next year.',
    'Officials hope the bridge will reopen in March.',
    'Ana Ruiz hoped to meet the president on Monday.',
  ])('none: %s', (text) => {
    expect(eventLines(text)).toEqual([]);
  });
});
