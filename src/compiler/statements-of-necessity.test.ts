/**
 * A speaker who says it "would have to", "will need to" or "would be forced to" do something tells
 * a necessity, no plan of its own: a statement, dated by the saying. "said it would close" stays the
 * announcement of its plan. The saying's own date after the verb ("said on Monday it would ...") is
 * not part of the words said.
 */
import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/** The events of one invented sentence (dateline Wednesday 2025-06-04), as `kind start status: title`. */
function told(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events.map((event) => `${event.kind} ${event.date.start} ${event.status}: ${event.title}`);
}

describe('a necessity said is a statement', () => {
  it.each([
    [
      'On Monday, the Red Cross said it would have to close two clinics in the north.',
      'statement 2025-06-02 occurred: Red Cross: it would have to close two clinics in the north',
    ],
    [
      'The Red Cross said on Monday it would have to close two clinics in the north.',
      'statement 2025-06-02 occurred: Red Cross: it would have to close two clinics in the north',
    ],
    [
      'Harbor Foods said on Tuesday they will need to cut 200 jobs.',
      'statement 2025-06-03 occurred: Harbor Foods: they will need to cut 200 jobs',
    ],
    [
      'Northway Rail said on Monday it would be forced to cancel weekend services.',
      'statement 2025-06-02 occurred: Northway Rail: it would be forced to cancel weekend services',
    ],
  ])('%s', (sentence, expected) => {
    expect(told(sentence)).toContain(expected);
  });

  it('a plan of its own stays the announcement', () => {
    const events = told('The Red Cross said on Monday it would close two clinics in the north.');
    expect(events.map((line) => line.split(':')[0])).toEqual(['announcement 2025-06-02 occurred']);
  });
});
