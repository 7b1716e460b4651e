import { describe, expect, it } from 'vitest';
import { lastSentenceStarts as startsOf } from './event-lines.ts';
import { compileArticles } from './compile.ts';

/**
 * Dates a reader gives events from what the sentence itself tells around the date: a year written
 * before "of that year", a plan called off after the fact, a fronted day beyond an aside. Sentences
 * invented for this test in several outlets' styles, about invented people and places. Each row:
 * dateline, article (paragraphs split by `||`), words of the event's source sentence (the
 * article's last), and the date start a reader gives it.
 */
type Row = readonly [published: string, article: string, evidence: string, start: string];

describe('a month or a day "of that year" falls in the year the sentence wrote before it', () => {
  it.each<Row>([
    [
      '2025-06-04',
      'The flood of 2019 destroyed the old bridge, and the county closed the river road in October of that year.',
      'closed the river road',
      '2019-10',
    ],
    ['2025-06-04', 'Merger talks in 2021 collapsed in March of that year.', 'collapsed', '2021-03'],
    ['2026-02-10', 'Ivo Rask was elected mayor in 2018 and resigned in May of the same year.', 'resigned', '2018-05'],
    ['2025-06-04', 'The Tarnow plant opened in 2012, and it closed on March 3 of that year.', 'closed', '2012-03-03'],
    [
      '2025-06-04',
      'Ivo Rask joined the board in 2016. || The regulator fined the bank in 2020 and banned Rask in June that year.',
      'banned',
      '2020-06',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a weekday whose happening a past verb called off is the nearest such day', () => {
  it.each<Row>([
    // Dateline Thursday: the premiere was the night before, not six days ahead.
    [
      '2025-06-05',
      "The Lindqvist Film Festival cancelled Wednesday night's premiere of the film.",
      'premiere',
      '2025-06-04',
    ],
    ['2025-06-05', "Organisers scrapped Monday's harbour parade after the storm.", 'parade', '2025-06-02'],
    // The nearest Saturday from a Thursday is still ahead.
    ['2025-06-05', "The league called off Saturday's match between Rovers and Dunmore.", 'match', '2025-06-07'],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it('keeps a calling off told as news of now ahead', () => {
    expect(
      startsOf('2025-06-05', "The Lindqvist Film Festival has cancelled Wednesday's screening.", 'screening'),
    ).toContain('2025-06-11');
  });
});

describe('a date fronted before a subject told with an aside dates the subject’s verb', () => {
  it.each<Row>([
    [
      '2025-06-04',
      'On Tuesday, Ana Ruiz, the finance minister, and Pablo Soto announced a fuel levy.',
      'levy',
      '2025-06-03',
    ],
    ['2025-06-04', 'On Monday Ana Ruiz, Tarvia’s finance minister, flew to Oslo for talks.', 'flew', '2025-06-02'],
    ['2025-06-04', 'Last Friday, Lena Holt, who chairs the Orvana board, resigned.', 'resigned', '2025-05-30'],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a plan after an aside keeps its tense when an attribution closes the sentence', () => {
  it.each<Row>([
    [
      '2025-06-04',
      'Lena Holt will meet Omar Sayed, the Tarvian foreign minister, on Monday, officials said.',
      'meet',
      '2025-06-09',
    ],
    [
      '2025-06-04',
      'Rask is due to visit Kelmar, the port city, on Tuesday, the ministry said in a statement.',
      'visit',
      '2025-06-10',
    ],
    ['2025-06-04', 'Rask met Emil Duval, the French minister, on Monday, officials said.', 'met', '2025-06-02'],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a period told as a noun’s possessive dates the noun, not the verb that acts on it', () => {
  it.each<Row>([
    [
      '2025-06-05',
      "The federation stripped Kelmar of next year's championships on Thursday.",
      'stripped',
      '2025-06-05',
    ],
    ['2025-06-04', "The Orvana board approved next year's budget on Monday.", 'approved', '2025-06-02'],
    ['2025-06-04', "Rask defended last month's vote to close the pool on Tuesday.", 'defended', '2025-06-03'],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it('keeps a plan told with "will" ahead', () => {
    expect(startsOf('2025-06-04', "MPs will debate next year's budget on Monday.", 'debate')).toContain('2025-06-09');
  });
});

describe('the clause a counted shift opens happened that many days before the event counted from', () => {
  it.each<Row>([
    [
      '2025-06-04',
      'The Orvana board met on Friday. || The meeting came two days after Lena Holt resigned as chair.',
      'resigned',
      '2025-05-28',
    ],
    [
      '2025-06-04',
      'Rask resigned on Monday, two days after Lena Holt announced her retirement.',
      'announced',
      '2025-05-31',
    ],
    [
      '2025-06-04',
      'The Kelmar senate passed the rent bill on Tuesday. || The vote came a week after the lower house approved it, and a day after two senators, Ana Ruiz of Lund and Pablo Soto of Orsa, announced that they would back it.',
      'announced',
      '2025-06-02',
    ],
    [
      '2025-06-04',
      'Talks broke down on Monday. || The collapse came three days after the right-wing Tarvian Union presented a plan to cap rents.',
      'presented',
      '2025-05-30',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a "when" clause after a dated verb tells the same time', () => {
  it.each<Row>([
    [
      '2025-06-04',
      'Coalition talks broke down on Monday afternoon when the Christian Democrats walked out over rents.',
      'walked out',
      '2025-06-02',
    ],
    [
      '2025-06-04',
      'The roof of the Kelmar stadium collapsed on Friday when a crane struck it.',
      'struck',
      '2025-05-30',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    const text = ` date ${published} ${article}\n`;
    const { list } = compileArticles([{ file: 'invented.txt', text }]);
    const told = list.events.filter((event) => event.title.toLowerCase().includes(evidence));
    expect(told.map((event) => event.date.start)).toContain(start);
  });
});

describe('a plan told in the pluperfect as it stood is for the nearest such weekday', () => {
  it.each<Row>([
    // Dateline Tuesday: the drill "had been set to begin" yesterday, not next week.
    [
      '2026-12-29',
      'Tarvia and Kelmar postponed a joint naval drill that had been set to begin Monday, citing heavy snow.',
      'drill',
      '2026-12-28',
    ],
    [
      '2025-06-04',
      'The Orvana board postponed a vote that had been scheduled to take place on Tuesday.',
      'vote',
      '2025-06-03',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a day of the month told by its ordinal is the day a shift after it counts from', () => {
  it.each<Row>([
    [
      '2026-01-04',
      'Dec. 28 — Met two wardens from the Kelmar park at the lower hut. They told us the park had closed the north ridge route on the 22nd, a day after a rockfall buried part of the path.',
      'rockfall',
      '2025-12-21',
    ],
    [
      '2025-06-20',
      'The Orvana board met on June 12. It said the mine had shut on the 9th, two days after a flood swamped the lower shafts.',
      'flood',
      '2025-06-07',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    const text = ` date ${published} ${article}\n`;
    const { list } = compileArticles([{ file: 'invented.txt', text }]);
    const told = list.events.filter((event) => event.title.toLowerCase().includes(evidence));
    expect(told.map((event) => event.date.start)).toContain(start);
  });
});
