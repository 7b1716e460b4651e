import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/** The dates the invented article's events get, published on Wednesday 4 June 2025. */
const datesOf = (body: string): string[] => dateLines('2025-06-04', body);

describe('"N days after/before" a phrase that dates its own anchor', () => {
  it.each([
    ['Prime Minister Ana Velk resigned three days after the vote on May 10.', 'other occurred 2025-05-13'],
    ['Three days after the vote on May 10, Prime Minister Ana Velk resigned.', 'other occurred 2025-05-13'],
    ['Two weeks after the March 2 election, Tomas Halvik fired the finance minister.', 'other occurred 2025-03-16'],
    ['Finance Minister Tomas Halvik resigned two days before the May 20 vote.', 'other occurred 2025-05-18'],
    ['Tomas Halvik will fly to Oslo two days before the June 20 summit.', 'travel scheduled 2025-06-18'],
  ])('counts the main event from that date: %s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });

  it.each([
    // The anchor is dated in an earlier sentence: as before, counted from it.
    ['The referendum was held on May 10. Ana Velk resigned three days after the vote.', 'other occurred 2025-05-13'],
    [
      'The referendum was held on May 10. Three days after the vote, Prime Minister Ana Velk resigned.',
      'other occurred 2025-05-13',
    ],
    // The main clause's own date stays its own.
    ['Ana Velk resigned on May 20, two days after the vote.', 'other occurred 2025-05-20'],
  ])('leaves other dates alone: %s', (body, line) => {
    expect(datesOf(body)).toContain(line);
  });

  it('does not count from a date after a comma', () => {
    expect(datesOf('Ana Velk resigned on Friday, three days after the vote, on May 10.')).not.toContain(
      'other occurred 2025-05-13',
    );
  });

  it.each([
    [
      'Ana Velk resigned on May 20, two days after the vote.',
      ['policy occurred 2025-05-18', 'other occurred 2025-05-20'],
    ],
    [
      'Ana Velk was sworn in on May 20, two weeks after the election.',
      ['other occurred 2025-05-06', 'other occurred 2025-05-20'],
    ],
  ])("dates the anchor it names back from the main clause's own day: %s", (body, lines) => {
    expect(datesOf(body)).toEqual(lines);
  });

  it.each([
    'The council met on May 18. Two days after, it voted to close the clinic.',
    'On May 18 the council met. Two days later it voted to close the clinic.',
  ])('still counts on from the day before when no anchor is named: %s', (body) => {
    expect(datesOf(body)).toEqual(['meeting occurred 2025-05-18', 'policy occurred 2025-05-20']);
  });
});
