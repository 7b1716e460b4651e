import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * Events whose date the text gives outside their own words: the occasion they were done at, the
 * dated verb of saying that reports them, or a later sentence that tells the lede's news again
 * with its day. Sentences invented for this test in several outlets' styles (local paper, wire,
 * court, business, sports) about invented people. Dateline Wednesday 2025-06-04 unless a row says
 * otherwise: Monday is 2025-06-02, Tuesday 2025-06-03, Sunday 2025-06-01.
 */
type Row = readonly [article: string, expected: readonly string[]];

describe('an occasion told by "at a" or "during a" noun dates the verb done at it', () => {
  it.each<Row>([
    ['The Orvana board approved the merger at a meeting on Monday.', ['policy occurred 2025-06-02']],
    [
      'Councillors voted to close the baths during a stormy session on Monday night.',
      ['policy occurred 2025-06-02 (night)'],
    ],
    ['Harlan Mills resigned at a board meeting on Tuesday.', ['other occurred 2025-06-03']],
    [
      'Zuivel shareholders will vote on the offer at an extraordinary general meeting in Ghent on July 14.',
      ['policy scheduled 2025-07-14'],
    ],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toEqual(expected);
  });
});

describe('a vote\'s tally ("seven to four") is no infinitive that puts a date ahead', () => {
  it.each<Row>([
    ['Councillors voted seven to four at a meeting on Monday night.', ['policy occurred 2025-06-02 (night)']],
    ['The committee voted nine to two on Tuesday to reject the plan.', ['policy occurred 2025-06-03']],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toEqual(expected);
  });
});

describe('a deed reported in the (plu)perfect by a dated verb of saying is dated by the saying', () => {
  it.each<Row>([
    ['Tolvane Foods said on Monday that Petra Lind had resigned as finance director.', ['other occurred 2025-06-02 ~']],
    [
      'The company announced on Monday that its finance chief, Petra Lind, had resigned.',
      ['announcement occurred 2025-06-02', 'other occurred 2025-06-02 ~'],
    ],
    ['On Monday, the ministry confirmed that the border crossing had been closed.', ['policy occurred 2025-06-02 ~']],
    ['The club confirmed on Sunday that manager Colin Dray had been sacked.', ['other occurred 2025-06-01 ~']],
    ['The minister said on Monday that she had met the ambassador.', ['meeting occurred 2025-06-02 ~']],
    // A plan is told by the saying (an announcement), not dated by it as a deed done.
    ['The club said on Sunday that it would sack Colin Dray.', ['announcement occurred 2025-06-01']],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article).filter((line) => !line.startsWith('statement'))).toEqual(expected);
  });
});

describe("the lede's undated news is the later sentence that dates it", () => {
  it.each<Row>([
    [
      'Harlan Mills has resigned as chief executive of Tolvane Foods after a row over bonuses. || Shares in the company fell 6 per cent. || Analysts said the departure left the company without a clear successor. || Mills resigned on Monday evening after a stormy board meeting, according to two people present.',
      ['other occurred 2025-06-02 (evening)'],
    ],
    [
      'The Hexford council has approved plans for 300 homes on the edge of Marsh End. || Residents had campaigned against the scheme for two years. || The plan includes a new primary school and a bus link. || Councillors approved the scheme on Tuesday night by eight votes to three.',
      ['policy occurred 2025-06-03 (night)'],
    ],
    // Not a resignation of years ago: the lede's news lies in the fortnight before the dateline.
    [
      'Harlan Mills has resigned as chief executive of Tolvane Foods. || The company has had four chief executives since 2015. || Its last one, Mills, also resigned in 2019 after a row with the board.',
      ['other occurred 2019', 'other occurred 2025-06-04 ~'],
    ],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article).filter((line) => !line.startsWith('statement'))).toEqual(expected);
  });
});

describe('a month and day followed by a year told by anaphora is that day of that year', () => {
  it.each<Row>([
    [
      'The mill closed in 2009. || Its owner, Arne Vik, died on March 3 of the following year.',
      ['other occurred 2009', 'other occurred 2010-03-03'],
    ],
    [
      'Grady was first elected mayor in 2019. || On Nov. 12 that year, Grady opened the new bridge.',
      ['other occurred 2019', 'other occurred 2019-11-12'],
    ],
    [
      'Lena Voss joined the Hexford Herald in 2011. || She was named its editor on 4 September the next year.',
      ['other occurred 2011', 'other occurred 2012-09-04'],
    ],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toEqual(expected);
  });
});

/**
 * A year named from the dateline beside a month and day ("on Oct. 3 last year", "Last year, on Oct.
 * 3,") is that day of that year, even when the day's month is not yet past in the dateline's year
 * (a past October told in June is the last one anyway: these rows are told in November 2025).
 */
describe('a month and day with "last year" or "next year" is that day of that year', () => {
  it.each<Row>([
    ['The Tarvik council approved the harbour plan on Oct. 3 last year.', ['policy occurred 2024-10-03']],
    ['Last year, on Oct. 3, the Tarvik council approved the harbour plan.', ['policy occurred 2024-10-03']],
    ['Ingrid Holm was sworn in as mayor on 7 November of last year.', ['other occurred 2024-11-07']],
    ['The Brenna ferry link reopens on Nov. 30 next year, the port authority said.', ['other scheduled 2026-11-30']],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-11-20', article)).toEqual(expected);
  });
});

describe('a present-tense verb of the calendar puts its date ahead', () => {
  it.each<Row>([
    ['Verity Holt takes over as head teacher in January.', ['other scheduled 2026-01']],
    ['Voters go to the polls in February.', ['other scheduled 2026-02']],
    ['Mayor Lena Fiske steps down in March.', ['other scheduled 2026-03']],
    ['Kyle Branton appears before magistrates in Leeds in January.', ['other scheduled 2026-01']],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toEqual(expected);
  });
});

describe('speech told "after the vote", "after the match" is dated by the occasion the story told', () => {
  it.each<Row>([
    [
      "Kenya's parliament on Tuesday approved a finance bill. || Treasury Secretary Joseph Mbeki told reporters after the vote that the measures were needed.",
      ['policy occurred 2025-06-03', 'statement occurred 2025-06-03 ~'],
    ],
    [
      'Wexmoor Rovers beat Dunmore 2-1 on Saturday. || Speaking after the match, manager Tom Ruddock said the side had earned the win.',
      ['other occurred 2025-05-31', 'statement occurred 2025-05-31 ~'],
    ],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toEqual(expected);
  });
});

describe('a day still ahead told by "is expected", "is due" without "on", as wire copy writes it', () => {
  it.each<Row>([
    ['A decision on the merger is expected Monday.', ['other scheduled 2025-06-09']],
    ['The verdict in the Harker trial is due Tuesday.', ['other scheduled 2025-06-10']],
    ['A ruling on the appeal is expected next week.', ['other scheduled 2025-06-09..2025-06-15 ~']],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toEqual(expected);
  });
});

describe('a more precise report of the same event replaces a vague stretch ("last week" / "on May 28")', () => {
  it.each<Row>([
    [
      'Harlan Mills resigned as chief executive of Tolvane Foods last week. || Mills resigned on May 28 after a board meeting.',
      ['other occurred 2025-05-28'],
    ],
    [
      'The Netherlands tightened export controls on chip equipment last week. || The Dutch government tightened the controls on May 27 after talks with Washington.',
      ['policy occurred 2025-05-27'],
    ],
  ])('%s', (article, expected) => {
    expect(dateLines('2025-06-04', article)).toEqual(expected);
  });

  it('keeps a range the text gives over a day inside it (a summit told by its days)', () => {
    expect(
      dateLines(
        '2025-06-04',
        'The Hexford climate summit ran from May 26 to May 30. || The Hexford climate summit opened on May 26 with a speech by the mayor.',
      ),
    ).toEqual(['summit occurred 2025-05-26..2025-05-30']);
  });
});
