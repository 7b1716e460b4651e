import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Dates an editor gives events told in running narration, on sentences invented for this test
 * (about invented people, in wire, council, court and business styles), written before any tuning
 * miss was read. Each row: dateline, article (paragraphs split by `||`), words of the sentence that
 * tells the event (always the article's last sentence), the date (start) and the status the
 * editor gives it. Datelines: Wed 2025-06-04, Mon 2025-06-02.
 */
type Row = readonly [published: string, article: string, evidence: string, start: string, status: string];

/** `start status` of each event the article's last sentence tells, when it holds `evidence`. */
function datesOf(published: string, article: string, evidence: string): string[] {
  const text = ` date ${published} ${article.split('||').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  const last = (sentence: string) => sentence.includes(evidence) && text.trimEnd().endsWith(sentence.trimEnd());
  return list.events
    .filter((event) => event.kind !== 'quote' && event.sources.some((source) => last(source.sentence)))
    .map((event) => `${event.date.start} ${event.status}`);
}

/** Speech or an act that opens on anaphora ("That evening,") takes the day of the event told before. */
const FRONTED_ANAPHORA: readonly Row[] = [
  [
    '2025-06-04',
    'Mayor Tilda Brennock met union leaders on Monday. That evening, she announced a new pay offer.',
    'announced',
    '2025-06-02',
    'occurred',
  ],
  [
    '2025-06-04',
    'Dr Ana Pell met the health minister on May 12. Two days later, she announced her resignation.',
    'announced',
    '2025-05-14',
    'occurred',
  ],
  [
    '2025-06-04',
    'The board met on Friday. The same afternoon, the club announced that coach Arlo Penn had left.',
    'announced',
    '2025-05-30',
    'occurred',
  ],
  [
    '2025-06-04',
    'Velt met the Kenyan president on May 20. The following day, she told reporters that a deal was close.',
    'told',
    '2025-05-21',
    'occurred',
  ],
];

/**
 * A weekday after a decision and the act it decides ("voted 7-2 to close the baths on Tuesday") is
 * the day of the vote, gone by, as the act is done by deciding it; a happening decided on ("voted
 * to strike on Saturday") keeps its own day ahead.
 */
const DECISIONS: readonly Row[] = [
  ['2025-06-04', 'The council voted 7-2 to close the baths on Tuesday.', 'voted', '2025-06-03', 'occurred'],
  ['2025-06-04', 'The council voted unanimously to suspend the manager on Tuesday.', 'voted', '2025-06-03', 'occurred'],
  ['2025-06-04', 'The regulator decided to fine Norbeck Foods on Monday.', 'fine', '2025-06-02', 'occurred'],
  ['2025-06-04', 'The government agreed to lift the ban on Tuesday.', 'lift', '2025-06-03', 'occurred'],
  [
    '2025-06-04',
    'The senate voted 61-39 to confirm Marr as defence secretary on Thursday.',
    'voted',
    '2025-05-29',
    'occurred',
  ],
  ['2025-06-02', 'The board decided to close the plant on Sunday.', 'close', '2025-06-01', 'occurred'],
  ['2025-06-04', 'The union voted overwhelmingly to strike on Saturday.', 'strike', '2025-06-07', 'scheduled'],
  ['2025-06-04', 'The two leaders agreed to meet on Friday.', 'meet', '2025-06-06', 'scheduled'],
  [
    '2025-06-04',
    'The government announced plans to hold a referendum on Sunday.',
    'referendum',
    '2025-06-08',
    'scheduled',
  ],
];

/**
 * A sentence with no date of its own right after a dated event goes on at about that time when its
 * subject is that event's people again: "The two leaders", "the pair", a pronoun after a fronted
 * phrase, or a definite noun the sentence before used ("Rebels ... The rebels").
 */
const GOES_ON: readonly Row[] = [
  [
    '2025-06-04',
    'Rask met Duval in Paris on May 28. The two leaders signed a defence pact.',
    'signed',
    '2025-05-28',
    'occurred',
  ],
  [
    '2025-06-04',
    'Rask met Duval in Paris on May 28. In a joint ceremony, they signed a defence pact.',
    'signed',
    '2025-05-28',
    'occurred',
  ],
  [
    '2025-06-04',
    'Rebels attacked the town of Kovra on Saturday. The rebels killed four traders.',
    'killed',
    '2025-05-31',
    'occurred',
  ],
  [
    '2025-06-04',
    'Gunmen stormed a school in Kovra on Saturday. The gunmen kidnapped 40 pupils.',
    'kidnapped',
    '2025-05-31',
    'occurred',
  ],
];

/** A sentence that tells no event but a day moves the story there: the anaphora after it counts from that day. */
const DAY_TOLD_BEFORE: readonly Row[] = [
  [
    '2025-06-04',
    'Firefighters were called to the Calder Freight depot on Sunday. Hours later, police arrested a 19-year-old man.',
    'arrested',
    '2025-06-01',
    'occurred',
  ],
  [
    '2025-06-04',
    'The river was at its highest level on May 20. Two days later, the army evacuated the village of Kosta.',
    'evacuated',
    '2025-05-22',
    'occurred',
  ],
  [
    '2025-06-04',
    "Rask met Duval in Paris on May 12.||Heavy rain was forecast for May 25. That morning, the mayor closed the city's parks.",
    'closed',
    '2025-05-25',
    'occurred',
  ],
];

describe('anaphora after a sentence that tells only a day', () => {
  it.each(DAY_TOLD_BEFORE)('%s: %s', (published, article, evidence, start, status) => {
    expect(datesOf(published, article, evidence)).toContain(`${start} ${status}`);
  });
});

describe('a sentence that goes on from the dated event before', () => {
  it.each(GOES_ON)('%s: %s', (published, article, evidence, start, status) => {
    expect(datesOf(published, article, evidence)).toContain(`${start} ${status}`);
  });
});

describe('narration dated by the sentence before', () => {
  it.each(FRONTED_ANAPHORA)('%s: %s', (published, article, evidence, start, status) => {
    expect(datesOf(published, article, evidence)).toContain(`${start} ${status}`);
  });
});

describe('a weekday after a decision', () => {
  it.each(DECISIONS)('%s: %s', (published, article, evidence, start, status) => {
    expect(datesOf(published, article, evidence)).toContain(`${start} ${status}`);
  });

  it('reads "approved plans to raise the levy on Monday" as the approval gone by, not the Monday ahead', () => {
    const dates = datesOf('2025-06-04', 'The cabinet approved plans to raise the fuel levy on Monday.', 'approved');
    expect(dates.map((date) => date.split(' ')[0])).toEqual(['2025-06-02']);
  });
});

/** `start..end status` of the events of a one-sentence article. */
function spansOf(published: string, article: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date ${published} ${article}\n` }]);
  return list.events.map((event) => `${event.date.start}..${event.date.end ?? ''} ${event.status}`);
}

describe('a span between two weekdays', () => {
  it.each([
    ['Nurses went on strike from Monday to Wednesday.', '2025-06-02..2025-06-04 occurred'],
    ['Bus drivers will strike between Monday and Wednesday.', '2025-06-09..2025-06-11 scheduled'],
    ['The Harbury festival runs from Friday to Sunday.', '2025-06-06..2025-06-08 scheduled'],
    ['The talks ran from Thursday to Saturday.', '2025-05-29..2025-05-31 occurred'],
  ])('2025-06-04: %s', (article, span) => {
    expect(spansOf('2025-06-04', article)).toContain(span);
  });

  it('keeps "on Monday and Tuesday" without "between" as no span', () => {
    expect(spansOf('2025-06-04', 'Rask met Duval on Monday and Tuesday.')).not.toContain(
      '2025-06-02..2025-06-03 occurred',
    );
  });
});
