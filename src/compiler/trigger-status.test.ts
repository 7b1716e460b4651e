import { describe, expect, it } from 'vitest';
import { findTriggers, clauseAround } from './triggers.ts';
import { isClauseSubject, isDefiniteNoun, statusByDate, triggerStatus } from './trigger-status.ts';

/** The status of the first trigger whose text is `word` in `text`. */
function statusOf(text: string, word: string): string {
  const match = findTriggers(text).find((found) => found.text.toLowerCase().startsWith(word));
  if (!match) throw new Error(`no trigger "${word}" in ${text}`);
  return triggerStatus(text, clauseAround(text, match), match);
}

describe('triggerStatus', () => {
  it.each([
    ['Governor Ilse Marrow said on Monday that her deputy, Paulo Renn, would travel to Lagos next week.', 'travel'],
    ['The ministry said Foreign Minister Aiko Tan would visit Hanoi on Thursday.', 'visit'],
    ['Officials told reporters the minister would meet Premier Anton Holt in Rome.', 'meet'],
    ['The palace confirmed that the king would fly to Accra on Friday.', 'fly'],
    ['Aides said the two leaders would hold talks in Oslo.', 'hold talks'],
  ])('reads the future of indirect speech as scheduled: %s', (text, word) => {
    expect(statusOf(text, word)).toBe('scheduled');
  });

  it.each([
    ['Brill said she would like to meet Premier Anton Holt on Friday.', 'meet', 'hypothetical'],
    ['Brill said she would have met Holt had the flight not been delayed.', 'met', 'hypothetical'],
    ['Brill said she would meet Holt only if he apologised first and could travel.', 'meet', 'scheduled'],
    ['Holt would meet Brill in Oslo, if invited, aides hinted.', 'meet', 'hypothetical'],
    ['Brill said on Monday that she would not travel to Lagos.', 'travel', 'negated'],
    ['Brill said Holt could visit Hanoi in May.', 'visit', 'hypothetical'],
  ])('keeps wishes, conditions and negations out of it: %s', (text, word, status) => {
    expect(statusOf(text, word)).toBe(status);
  });

  it('reads a subject noun by its predicate, not by the words of its complements', () => {
    expect(statusOf('The meeting on the proposed merger, planned for Friday, was called off.', 'meeting')).toBe(
      'cancelled',
    );
    expect(statusOf('The meeting is expected to be moved to May 2.', 'meeting')).toBe('scheduled');
    expect(statusOf('The meeting did not take place.', 'meeting')).toBe('negated');
  });

  it('reads a noun in a phrase by what governs it, not by the rest of the clause', () => {
    expect(statusOf('Ruiz toured the plant after the meeting, and is expected to return in May.', 'meeting')).toBe(
      'occurred',
    );
    expect(statusOf('Ruiz did not attend the meeting.', 'meeting')).toBe('negated');
  });

  it('reads a noun in a time phrase as told, whatever the clause says of something else', () => {
    expect(statusOf('The gala was called off after the death of its founder on May 2.', 'death')).toBe('occurred');
    expect(statusOf('The vote was delayed until after the planned visit.', 'visit')).toBe('scheduled');
    expect(statusOf('Police cancelled the rally.', 'rally')).toBe('cancelled');
  });

  it('keeps the "to" of a trigger that starts with it', () => {
    expect(statusOf('Ms. Ortega is set to host the envoy.', 'to host')).toBe('scheduled');
    expect(statusOf('Ruiz plans to visit Lima in May.', 'to visit')).toBe('scheduled');
  });

  it('does not let a reported "would" make an announcement hypothetical', () => {
    expect(statusOf('The firm said it would close the plant.', 'said it would')).toBe('occurred');
  });
});

describe('isClauseSubject and isDefiniteNoun', () => {
  const first = (text: string) => {
    const match = findTriggers(text)[0];
    if (!match) throw new Error(text);
    return { match, clause: clauseAround(text, match) };
  };
  it('tells a subject noun from one in a phrase', () => {
    const subject = first("The board's special meeting was called off.");
    expect(isClauseSubject("The board's special meeting was called off.", subject.clause, subject.match)).toBe(true);
    const object = first('She spoke after the meeting.');
    expect(isClauseSubject('She spoke after the meeting.', object.clause, object.match)).toBe(false);
  });
  it('tells a definite noun from an indefinite one', () => {
    expect(
      isDefiniteNoun('Her office confirmed the May 3 meeting.', first('Her office confirmed the May 3 meeting.').match),
    ).toBe(true);
    expect(isDefiniteNoun('They held a meeting on May 3.', first('They held a meeting on May 3.').match)).toBe(false);
  });
});

describe('statusByDate', () => {
  it('makes an event the text dates after the dateline scheduled', () => {
    expect(statusByDate('occurred', { start: '2026-01-22', precision: 'day' }, '2026-01-02')).toBe('scheduled');
    expect(statusByDate('occurred', { start: '2026-02', precision: 'month' }, '2026-01-02')).toBe('scheduled');
  });
  it('keeps what the dateline day or month may already hold, and every other status', () => {
    expect(statusByDate('occurred', { start: '2026-01', precision: 'month' }, '2026-01-02')).toBe('occurred');
    expect(statusByDate('occurred', { start: '2026-01-02', precision: 'day' }, '2026-01-02')).toBe('occurred');
    expect(statusByDate('cancelled', { start: '2026-03-01', precision: 'day' }, '2026-01-02')).toBe('cancelled');
  });
});
