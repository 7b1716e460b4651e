import { describe, expect, it } from 'vitest';
import { compileArticles } from '../compile.ts';
import { dateCause, dateWordsOf, errorShape, formatShape, placeInSentence } from './shape.ts';
import { expectedEventSchema, scoreCorpus, type ExpectedArticle, type ExpectedEvent } from './score.ts';

describe('dateCause', () => {
  const day = (start: string) => ({ start, precision: 'day' as const });
  it.each([
    [day('2025-12-28'), day('2026-12-28'), 'wrong year, same month and day'],
    [day('2025-12-28'), day('2025-12-21'), 'whole weeks earlier (weekday resolution)'],
    [day('2025-12-28'), day('2025-12-30'), '1-3 days later'],
    [day('2025-12-28'), day('2025-12-01'), 'more than 3 days earlier'],
    [
      day('2025-12-28'),
      { start: '2025-12', precision: 'month' as const },
      'coarser precision than the text gives (day expected)',
    ],
    [
      { start: '2025-12', precision: 'month' as const },
      day('2025-12-01'),
      'finer precision than the text gives (month expected)',
    ],
    [
      { start: '2025-12', precision: 'month' as const },
      { start: '2025-11', precision: 'month' as const },
      'wrong month',
    ],
  ])('expected %o, produced %o: %s', (expected, produced, cause) => {
    expect(dateCause(expected, produced)).toBe(cause);
  });
});

describe('errorShape', () => {
  const text =
    ' date 2025-09-26 Anna Berg met Tomas Lind in Oslo on Wednesday.\n\nThe Ferrow Council approved the budget.\n\nLind said on Thursday that talks would go on.';
  const file = 'a.txt';
  const expected = (event: Partial<ExpectedEvent> & Pick<ExpectedEvent, 'evidence'>): ExpectedEvent =>
    expectedEventSchema.parse({ kind: 'meeting', date: null, actors: [], ...event });
  const article: ExpectedArticle = {
    file,
    text,
    events: [
      // Right kind and sentence, wrong date (the text says Wednesday, the 24th): a near miss.
      expected({ evidence: 'met Tomas Lind', date: { start: '2025-09-22', precision: 'day' }, actors: ['Anna Berg'] }),
      // An actor nobody names: missing, and never an actor in the output.
      expected({ evidence: 'met Tomas Lind', actors: ['Karl Nystrom'] }),
      // A kind the compiler does not give this sentence.
      expected({ kind: 'travel', evidence: 'approved the budget' }),
    ],
  };

  it('counts each miss by cause and names no article text', () => {
    const result = compileArticles([{ file, text }]);
    const score = scoreCorpus([article], result.list);
    const shape = errorShape({
      score,
      list: result.list,
      texts: new Map([[file, text]]),
      diagnostics: result.diagnostics,
    });
    expect(shape.wrongDate.total).toBe(1);
    expect(shape.wrongDate.byCause.get('1-3 days later')).toBe(1);
    expect(shape.wrongDate.byStatus.get('occurred')).toBe(1);
    expect([...shape.wrongDate.byWords.keys()]).toEqual(['a weekday']);
    expect([...shape.wrongDate.byCauseStatusWords.entries()]).toEqual([['1-3 days later, occurred, a weekday', 1]]);
    expect(shape.missingActors.names).toBe(1);
    expect(shape.missingActors.byActorKind.get('never an actor in the output')).toBe(1);
    expect(shape.notDetected.total).toBe(1);
    expect(shape.notDetected.byKind.get('travel')).toBe(1);
    // The approval's sentence gave an event (of another kind): no sentence gave nothing.
    expect([...shape.notDetected.silentByWords]).toEqual([]);
    const printed = formatShape(shape).join('\n');
    for (const words of ['Anna', 'Lind', 'Nystrom', 'budget', 'Ferrow']) expect(printed).not.toContain(words);
  });

  it('counts the date words of a sentence that gave nothing', () => {
    const quiet = ' date 2025-09-26 Snow lay thick on the hills above Ferrow on Monday.';
    const result = compileArticles([{ file, text: quiet }]);
    const score = scoreCorpus(
      [{ file, text: quiet, events: [expected({ kind: 'other', evidence: 'Snow lay thick' })] }],
      result.list,
    );
    const reasons = new Map([
      [quiet.slice(quiet.indexOf('Snow')), new Set(['no predicate: no finite verb found for the date'])],
    ]);
    const shape = errorShape({ score, list: result.list, texts: new Map([[file, quiet]]), diagnostics: [], reasons });
    expect([...shape.notDetected.silentByWords]).toEqual([['a weekday', 1]]);
    expect([...shape.notDetected.silentByReason]).toEqual([['no predicate: no finite verb found for the date', 1]]);
    // Without reasons for its sentence, the miss is counted as one the reader never read.
    const none = errorShape({
      score,
      list: result.list,
      texts: new Map([[file, quiet]]),
      diagnostics: [],
      reasons: new Map(),
    });
    expect([...none.notDetected.silentByReason]).toEqual([['never read by the dated-clause reader', 1]]);
  });

  it('tells a false positive of the wrong kind from a duplicate', () => {
    const text2 =
      ' date 2025-09-26 The Ferrow Council approved the budget on Monday.\n\nAnna Berg met Tomas Lind in Oslo on Wednesday.';
    const result = compileArticles([{ file, text: text2 }]);
    const score = scoreCorpus(
      [
        {
          file,
          text: text2,
          // The approval read as a policy act where the annotator saw another kind; the meeting found.
          events: [
            expected({ kind: 'travel', evidence: 'approved the budget' }),
            expected({ evidence: 'met Tomas Lind', actors: ['Anna Berg', 'Tomas Lind'] }),
          ],
        },
      ],
      result.list,
    );
    const shape = errorShape({ score, list: result.list, texts: new Map([[file, text2]]), diagnostics: [] });
    const kinds = [...shape.falsePositives.byKindForExpected.keys()];
    expect(kinds).toHaveLength(1);
    expect(kinds[0]).toMatch(/ for travel$/);
  });
});

describe('dateWordsOf', () => {
  it.each([
    ['The board met on Monday.', ['a weekday']],
    ['The board met on Sept. 14, 2025.', ['a month with its day', 'a year']],
    ['Voting closed on 3 March.', ['a month with its day']],
    ['The plant will open in May.', ['a month without a day']],
    ['Crews returned on the 22nd.', ['a day of the month alone ("the 5th")']],
    ['Talks resumed yesterday.', ['yesterday, today, tonight or tomorrow']],
    [
      'The levy rose earlier this year.',
      ['a week, month, year or weekend counted from now (last, this, next, earlier this)'],
    ],
    ['The two sides met again the next day.', ['an anaphor (the same day, later, the next day, after, before)']],
    ['Power came back at 4:15 p.m. on Tuesday.', ['a weekday', 'a time of day']],
    ['The council approved the plan.', ['no date words']],
  ])('%s', (sentence, classes) => {
    expect(dateWordsOf(sentence)).toEqual(classes);
  });
});

describe('placeInSentence', () => {
  const miss = (sentence: string, evidence: string) => ({
    sentence,
    expected: expectedEventSchema.parse({ kind: 'other', date: null, actors: [], evidence }),
  });
  it.each([
    ['The Orlen board sacked its chairman on Monday.', 'board sacked its chairman', 'in the main clause'],
    ['On Monday, the Orlen board sacked its chairman.', 'board sacked its chairman', 'after a comma, colon or dash'],
    [
      'The strike began in May 2023, when the mill shed 400 jobs.',
      'the mill shed 400 jobs',
      'in a subordinate clause (when, which, who, after, since, ...)',
    ],
    [
      'Voters backed the levy in 2022, and the town opened a pool two years later.',
      'the town opened a pool',
      'in a coordinated clause (and, but, ...)',
    ],
    ['Tove Alm said: "We closed the plant on Friday."', 'closed the plant', 'in a quotation'],
    [
      'The vote came a week after the Senate approved the bill.',
      'after the Senate approved',
      'in a subordinate clause (when, which, who, after, since, ...)',
    ],
  ])('%s (%s): %s', (sentence, evidence, place) => {
    expect(placeInSentence(miss(sentence, evidence))).toBe(place);
  });
});
