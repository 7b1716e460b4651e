import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { isHappeningOf, nounSubjectBefore } from './happening-subjects.ts';

/**
 * Happenings whose subject is a role or a thing, not a recognised actor. Every sentence is
 * invented; the dateline is Wednesday 2025-06-04, so a past "Tuesday" is 2025-06-03.
 */
function eventsOf(text: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${text}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote' && event.kind !== 'statement')
    .map((event) => `${event.kind} ${event.date.start ?? '-'} ${event.status}`);
}

/** The words of the subject found before `verb` in `sentence` (the whole sentence is one clause). */
function subjectOf(sentence: string, verb: string): string | undefined {
  const at = sentence.indexOf(verb);
  const span = nounSubjectBefore(sentence, { start: 0, end: sentence.length }, at);
  return span ? sentence.slice(span.start, span.end) : undefined;
}

describe('nounSubjectBefore', () => {
  it.each([
    ['The prime minister resigned on Tuesday.', 'resigned', 'The prime minister'],
    ['Three days later the prime minister resigned.', 'resigned', 'the prime minister'],
    ['On Tuesday the strike began.', 'began', 'the strike'],
    ['Polls closed at 10pm.', 'closed', 'Polls'],
    ['The trial of Dario Fenn opened in Milan.', 'opened', 'The trial of Dario Fenn'],
    ['Officials said the bridge collapsed.', 'collapsed', 'the bridge'],
    ['The chief constable has finally resigned.', 'resigned', 'The chief constable'],
    ["The club's manager was sacked.", 'sacked', "The club's manager"],
    // A live blog's time stamp with its time zone opens the clause, in any zone.
    ['14:05 GMT The bridge has collapsed.', 'collapsed', 'The bridge'],
    ['08:30 IST The district collector has closed all schools.', 'closed', 'The district collector'],
    ['9.40am SGT The ferry terminal has reopened.', 'reopened', 'The ferry terminal'],
    ['11:15 local time The runway was closed.', 'closed', 'The runway'],
  ])('%s -> %s', (sentence, verb, subject) => {
    expect(subjectOf(sentence, verb)).toBe(subject);
  });

  it.each([
    ['He resigned on Tuesday.', 'resigned'],
    ['It collapsed in 2009.', 'collapsed'],
    ['No minister resigned.', 'resigned'],
    ['Every chief executive resigns eventually.', 'resigns'],
    ['The minister would never have resigned.', 'resigned'],
    ['On Tuesday, resigned to defeat, the party conceded.', 'resigned'],
  ])('%s: no subject of %s', (sentence, verb) => {
    expect(subjectOf(sentence, verb)).toBeUndefined();
  });
});

describe('isHappeningOf', () => {
  const of = (sentence: string, verb: string): boolean => {
    const at = sentence.indexOf(verb);
    const span = nounSubjectBefore(sentence, { start: 0, end: sentence.length }, at);
    return span !== undefined && isHappeningOf(sentence, span, verb);
  };
  it('takes any verb of a role or a thing, and a beginning or an end only of a happening', () => {
    expect(of('The minister resigned.', 'resigned')).toBe(true);
    expect(of('The trial began.', 'began')).toBe(true);
    expect(of('Counting started.', 'started')).toBe(true);
    expect(of('The fire season began.', 'began')).toBe(false);
    expect(of('The tour began.', 'began')).toBe(false);
  });
});

describe('happenings told of a role or a thing', () => {
  it.each([
    ['other 2025-06-03 occurred', 'The prime minister resigned on Tuesday.'],
    ['other 2025-06-02 occurred', 'The trial opened on Monday.'],
    ['other 2025-06-02 occurred', 'The strike began at dawn on Monday.'],
    ['other 2025-06-03 occurred', 'The defence secretary quit on Tuesday.'],
    ['other 2025-06-01 occurred', 'The former president died on Sunday at the age of 91.'],
    ['other 2025-06-03 occurred', 'The building collapsed on Tuesday.'],
  ])('%s: %s', (expected, sentence) => {
    expect(eventsOf(sentence)).toContain(expected);
  });

  it('dates a role’s happening by anaphora to the event told before', () => {
    expect(
      eventsOf(
        'Parliament held a confidence vote on Monday, June 2. Three days after the vote, the prime minister resigned.',
      ),
    ).toContain('other 2025-06-05 occurred');
    expect(eventsOf('The dam burst on Monday. Hours later, the bridge collapsed.')).toContain(
      'other 2025-06-02 occurred',
    );
  });

  it('takes a present perfect or a live blog’s time stamp as the news of the day', () => {
    expect(eventsOf('Storm Brenna is moving north.\n\nThe chief constable has resigned.')).toContain(
      'other 2025-06-04 occurred',
    );
    expect(eventsOf('Storm Brenna is moving north.\n\n14:30 — The prime minister resigned.')).toContain(
      'other 2025-06-04 occurred',
    );
  });

  it.each([
    'Storm Brenna is moving north.\n\nPrime ministers often resign after losing a confidence vote.',
    'Storm Brenna is moving north.\n\nIf the chief executive resigns, shares could fall.',
    'Storm Brenna is moving north.\n\nThe chief executive did not resign.',
    'Storm Brenna is moving north.\n\nThe fire season began unusually early this year.',
    'Storm Brenna is moving north.\n\nThe museum, which opened in 1921, houses 40,000 objects.',
    'Storm Brenna is moving north.\n\nThe coach resigned.',
  ])('no happening: %s', (text) => {
    expect(eventsOf(text).filter((event) => event.startsWith('other'))).toEqual([]);
  });
});

describe('happenings told on the calendar or by what there was', () => {
  it.each([
    ['other 2025-06-02 occurred', 'There was an explosion at a chemical plant in Ludwigshafen on Monday.'],
    ['other 2025-06-01 occurred', 'There were protests in Lima on Sunday.'],
    ['other 2025-06-03 occurred', 'After the bridge collapsed on Tuesday, the road was closed.'],
    ['other 2025-06-09 scheduled', 'The vaccination campaign starts on Monday.'],
    ['other 2025-06-05 scheduled', 'The case returns to court on Thursday.'],
    ['other 2025-06-30 scheduled', 'The contract expires on June 30.'],
    ['other 2025-06-06 scheduled', 'Sentencing is scheduled for Friday.'],
    ['other 2025-06-05 scheduled', 'The shop is closing on Thursday.'],
    ['other 2025-06-06 scheduled', 'Nurses are striking on Friday.'],
    ['other 2025-06-02 occurred', 'The river burst its banks on Monday.'],
    ['other 2025-06-09 scheduled', 'Pellham Steel will cut 300 jobs on Monday.'],
  ])('%s: %s', (expected, sentence) => {
    expect(eventsOf(sentence)).toContain(expected);
  });

  it.each([
    'Pike is facing charges over an attack on Tuesday.',
    'Police are investigating a fire at the school on Tuesday.',
    'There were no injuries.',
    'There have been three fires since May.',
    'The law bans the sale of fireworks from July 1.',
  ])('no happening of its own: %s', (sentence) => {
    expect(eventsOf(sentence).filter((event) => event.startsWith('other'))).toEqual([]);
  });

  it('never dates an event by the start of a stretch ("its biggest drop since March 2022")', () => {
    const events = eventsOf(
      'Storm Brenna is moving north.\n\nThe stock fell 17% on Tuesday, its biggest drop since March 2022.',
    );
    expect(events).toContain('other 2025-06-03 occurred');
    expect(events.some((event) => event.includes(' 2022'))).toBe(false);
  });
});

describe('a named person’s happenings in court, office and life', () => {
  it.each([
    [
      'other 2025-06-03 occurred',
      'Jonah Pike, of Elm Street, Leeds, admitted dangerous driving when he appeared at Leeds Crown Court on Tuesday.',
    ],
    ['other 2025-06-03 occurred', 'Ann Ruiz hung up her boots on Tuesday.'],
    ['other 2019 occurred', 'Ann Ruiz set up the charity in 2019.'],
    ['other 2025-06-03 occurred', 'Ann Ruiz was confirmed as prime minister on Tuesday.'],
  ])('%s: %s', (expected, sentence) => {
    expect(eventsOf(sentence)).toContain(expected);
  });

  it('keeps the participle of an apposition as background', () => {
    expect(eventsOf('The Orla trust, first set up in 2011, manages four farms.')).toEqual([]);
  });
});
