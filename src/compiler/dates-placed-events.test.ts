import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * "The defections come a week after the commission published the timetable": a sentence that only
 * places the news told before puts its "after" clause that long before the day the story told the
 * news by (a noun or its verb: "defections", "defected"), even with another event told between;
 * and the day a participle of fixing names (", fixing May 9, 2026 for the vote") is the plan's, not
 * the publishing's nor what the count goes on from. Sentences invented for this test (a Nigerian
 * paper's politics page, a business wire), about invented people and places; dateline Wednesday
 * 2025-06-04.
 */
const ROWS: readonly (readonly [article: string, event: string])[] = [
  [
    "Nine Tarvik councillors defected to the Green Harbour party on Tuesday.||Party leader Lise Dunn had addressed a rally in Holmvik on Monday.||The defections come barely a week after the electoral commission published the timetable for next year's elections, fixing May 9, 2026 for the vote.",
    'announcement occurred 2025-05-27',
  ],
  [
    'Nine Tarvik councillors defected to the Green Harbour party on Tuesday.||The defections come a week after the electoral commission published the timetable for the polls, setting May 9, 2026 for the vote.',
    'announcement occurred 2025-05-27',
  ],
];

describe('a sentence that places the news told before', () => {
  it.each(ROWS)('%s: %s', (article, event) => {
    expect(dateLines('2025-06-04', article)).toContain(event);
  });
  it('leaves the fixed day to the plan, not to the publishing', () => {
    expect(
      dateLines(
        '2025-06-04',
        'Nine Tarvik councillors defected to the Green Harbour party on Tuesday.||The defections come a week after the electoral commission published the timetable for the polls, setting May 9, 2026 for the vote.',
      ),
    ).not.toContain('announcement scheduled 2026-05-09');
  });
});
