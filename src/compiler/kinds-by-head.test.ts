import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * The kind of an event from the head of its clause and who acts, as the eval's conventions read
 * them: a warning, an alert or a notice issued is an announcement; ending a campaign or a festival
 * is the end of a happening, not a closure by an authority; a union's vote is its members' own (no
 * public rule); and a definite noun in a fronted phrase of time ("At the end of the meeting,") is
 * when the main clause happened, not a happening of the main clause's day. Sentences invented in
 * the styles of a weather bulletin, a translated campaign wire, a student paper and a city paper;
 * dateline Wednesday 2025-06-04.
 */
describe('kinds by the head of the clause', () => {
  it.each([
    ['An amber weather warning was issued for Cork on Tuesday.', 'announcement 2025-06-03 occurred []'],
    ['A boil-water notice was issued on Monday for 4,000 homes in Tolland.', 'announcement 2025-06-02 occurred []'],
    ['The president closed the festival with a speech on Sunday.', 'other 2025-06-01 occurred []'],
    [
      "The Students' Union council voted on Wednesday, by 31 votes to 9, to support the strike.",
      "other 2025-06-04 occurred [Students' Union]",
    ],
  ])('%s', (text, event) => {
    expect(eventLines(text)).toEqual([event]);
  });
  it('a government closing a border still makes policy', () => {
    expect(eventLines('The government closed the border on Sunday.')).toEqual(['policy 2025-06-01 occurred []']);
  });
  it('a town council voting still makes policy', () => {
    expect(eventLines('The town council voted on Tuesday to close the library.')[0]).toMatch(/^policy 2025-06-03/);
  });
});

describe('a happening named in a fronted phrase of time', () => {
  it('is not dated by the main clause', () => {
    expect(
      eventLines('At the end of the meeting, City Manager Helen Strand told the council she will retire on March 31.'),
    ).toEqual(['announcement 2025-06-04 occurred [Helen Strand]']);
  });
  it('keeps a date of its own', () => {
    expect(eventLines('After the meeting on Tuesday, Ruiz said the plan was dead.')).toContain(
      'meeting 2025-06-03 occurred [Ruiz]',
    );
  });
});
