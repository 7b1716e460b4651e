import { describe, expect, it } from 'vitest';
import { calledOffOn, dateInNounPhrase, forwardForPlan, movedToDate, planYear, plannedDate } from './noun-dates.ts';
import { compileArticle } from './compile.ts';
import { findDateMentions } from './dates.ts';
import { findTriggers } from './triggers.ts';
import type { DateMention } from './types.ts';

/** A date mention at the first occurrence of `text` in `sentence`. */
function at(sentence: string, text: string, start: string, precision: 'day' | 'month' = 'day'): DateMention {
  const offset = sentence.indexOf(text);
  return {
    start: offset,
    end: offset + text.length,
    text,
    date: { start, precision },
    anchor: 'dateline',
    inQuote: false,
  };
}

const whole = (text: string) => ({ start: 0, end: text.length });

describe('dateInNounPhrase', () => {
  it('takes a date written into the noun phrase', () => {
    const text = "Saturday's derby was called off on Monday.";
    const saturday = at(text, 'Saturday', '2026-02-28');
    const match = findTriggers(text).find((found) => found.text === 'derby');
    if (!match) throw new Error('no derby');
    expect(dateInNounPhrase(text, [saturday], match)).toBe(saturday);
  });
  it('does not take a date of another phrase ("On Monday the talks")', () => {
    const text = 'On Monday the talks went on.';
    const monday = at(text, 'Monday', '2026-03-02');
    const match = findTriggers(text).find((found) => found.text === 'talks');
    if (!match) throw new Error('no talks');
    expect(dateInNounPhrase(text, [monday], match)).toBeUndefined();
  });
});

describe('plannedDate and movedToDate', () => {
  const text = 'The regatta, originally set for March 14, has been postponed to April 25.';
  const march = at(text, 'March 14', '2025-03-14');
  const april = at(text, 'April 25', '2026-04-25');
  const noun = { start: 4, end: 11 };
  it('finds the planned date, read nearest the dateline', () => {
    expect(plannedDate(text, [march, april], noun, whole(text), '2026-03-03')?.date.start).toBe('2026-03-14');
  });
  it('finds the new date', () => {
    expect(movedToDate(text, [march, april], noun, whole(text))).toBe(april);
    const instead = 'The summit was called off and will instead be held in Lyon on April 8.';
    const april8 = at(instead, 'April 8', '2026-04-08');
    expect(movedToDate(instead, [april8], { start: 4, end: 10 }, whole(instead))).toBe(april8);
  });
  it('finds the day an event was called off', () => {
    const called = "Saturday's derby was called off on Monday.";
    const monday = at(called, 'Monday', '2026-03-02');
    expect(calledOffOn(called, [at(called, 'Saturday', '2026-02-28'), monday], whole(called))).toBe(monday);
  });
});

describe('forwardForPlan and planYear', () => {
  it('moves a plan read as past to the next such day or year', () => {
    const text = 'will instead be held on Feb. 1';
    expect(forwardForPlan(at(text, 'Feb. 1', '2025-02-01'), '2026-01-03').start).toBe('2026-02-01');
    const weekday = "Saturday's derby";
    expect(forwardForPlan(at(weekday, 'Saturday', '2026-02-28'), '2026-03-02').start).toBe('2026-03-07');
  });
  it('keeps a date with its year written out', () => {
    const text = 'set for Jan. 4, 2025';
    expect(forwardForPlan(at(text, 'Jan. 4, 2025', '2025-01-04'), '2026-01-03').start).toBe('2025-01-04');
  });
  it('reads a planned date nearest the dateline, one still ahead as the next such day', () => {
    const text = 'originally planned for Jan. 4';
    expect(planYear({ ...at(text, 'Jan. 4', '2025-01-04'), tense: 'planned' }, '2025-12-30').start).toBe('2026-01-04');
    expect(planYear({ ...at(text, 'Jan. 4', '2026-01-04'), tense: 'planned' }, '2026-01-10').start).toBe('2026-01-04');
    expect(planYear({ ...at(text, 'Jan. 4', '2026-01-04'), tense: 'future' }, '2026-01-10').start).toBe('2027-01-04');
  });
});

describe('the year of a plan, the same in the date stage and the events stage', () => {
  // Invented sentences; [dateline, sentence, expected date of the planned event].
  it.each([
    ['2026-04-15', 'The river festival, planned for April 9, was called off after the floods.', '2026-04-09'],
    ['2026-04-15', 'The board meeting is planned for April 9 but has been postponed.', '2026-04-09'],
    ['2026-04-15', 'The regatta had been scheduled for April 9 but was scrapped.', '2026-04-09'],
    ['2026-04-15', 'The harbor festival is planned for April 9 and will draw thousands of visitors.', '2027-04-09'],
    ['2025-12-30', 'The union said a strike is planned for Jan. 6.', '2026-01-06'],
    ['2025-12-30', 'The strike, planned for Jan. 6, was called off.', '2026-01-06'],
    ['2026-01-03', 'The Dec. 28 meeting, planned for Dec. 28, was called off.', '2025-12-28'],
  ])('dateline %s: %s', (published, sentence, expected) => {
    const [date] = findDateMentions(
      { index: 0, paragraph: 0, start: 0, end: sentence.length, text: sentence },
      {
        published,
      },
    );
    expect(date?.date.start).toBe(expected);
    const article = compileArticle({ file: 'plan.txt', text: ` date ${published}\n\n${sentence}\n` });
    expect(article.events.map((event) => event.date.start)).toContain(expected);
  });
});

describe('a relative clause gives its head event the date it was planned for', () => {
  /** The events of an invented article as `kind status date`. */
  function eventsOf(published: string, sentence: string): string[] {
    const article = compileArticle({ file: 'plan.txt', text: ` date ${published}\n\n${sentence}\n` });
    return article.events.map((event) => `${event.kind} ${event.status} ${event.date.start}`);
  }

  it.each([
    [
      'Tarn Motors has postponed the launch of its first van, the Tarn E1, which had been due to go on sale on April 14, the company said on Tuesday.',
      'other cancelled 2026-04-14',
    ],
    ['Tarn Motors has postponed the launch of the Tarn E1, which was due on April 14.', 'other cancelled 2026-04-14'],
    ['The signing ceremony, which is planned for April 9, will take place in Tunis.', 'policy scheduled 2026-04-09'],
    ['Officials postponed the referendum, which was scheduled for May 3.', 'other cancelled 2026-05-03'],
    ['The ceremony, which is expected to take place on April 9, will honour the crew.', 'other scheduled 2026-04-09'],
  ])('%s', (sentence, expected) => {
    expect(eventsOf('2026-03-11', sentence)).toContain(expected);
  });

  it('not when the event has a date of its own before the clause, or after it', () => {
    const before = eventsOf(
      '2026-03-11',
      'Construction of the depot is planned to begin in May, pending a vote by the council, which is scheduled to meet on March 18.',
    );
    expect(before.filter((event) => event.endsWith('2026-03-18') && !event.startsWith('meeting'))).toEqual([]);
    // The referendum is dated by its own later date, never by the plan of the relative clause.
    const after = eventsOf('2026-03-11', 'The referendum, which was scheduled for March 3, took place on March 5.');
    expect(after.filter((event) => event.endsWith('2026-03-03'))).toEqual([]);
  });
});
