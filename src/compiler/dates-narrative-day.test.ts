import { describe, expect, it } from 'vitest';
import { lastSentenceStarts as startsOf } from './event-lines.ts';

/**
 * Dates a reader gives an event from where the story stands: the month a bare "on the 27th" falls
 * in, the day the narration is at when a clause gives only a clock time. Sentences invented for
 * this test in several outlets' styles (a translated wire, a local paper, a political story),
 * about invented people and places. Each row: dateline, article (paragraphs split by `||`), words
 * of the event's source sentence (the article's last), and the date start a reader gives it.
 */
type Row = readonly [published: string, article: string, evidence: string, start: string];

describe('"on the 27th" is a day of the month the news stands in, unless the narration moved', () => {
  it.each<Row>([
    // A background month of another year, told in the paragraph before, does not carry the day.
    [
      '2026-11-29',
      'Then-Premier Jun Aoki had planned to visit the region in August 2024, but cancelled the trip after a storm warning. || Asked about the trip at a press conference on the 27th, Foreign Minister Aya Kuroda only said, "Nothing has been decided at this point."',
      'Nothing has been decided',
      '2026-11-27',
    ],
    [
      '2025-06-20',
      'The Velka ferry line was closed in March 2023 after a collision. || Transport Minister Ilse Varga inspected the harbour at Kosta on the 17th.',
      'inspected the harbour',
      '2025-06-17',
    ],
    // "of next month", "of this month", "of last month": the month is told with the day.
    [
      '2026-11-29',
      'Chief Cabinet Secretary Ren Oda is expected to announce the trip formally at a press conference on the 1st of next month.',
      'announce the trip',
      '2026-12-01',
    ],
    [
      '2025-06-04',
      'The regional assembly will vote on the budget on the 20th of this month.',
      'vote on the budget',
      '2025-06-20',
    ],
    ['2025-06-04', 'The port workers walked out on the 28th of last month.', 'walked out', '2025-05-28'],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it('keeps the month of a dated narration in the same paragraph', () => {
    expect(
      startsOf(
        '2025-06-04',
        'The Tarnow tender opened in March 2023. On the 14th, three builders submitted bids.',
        'submitted bids',
      ),
    ).toContain('2023-03-14');
  });
});

describe('speech told only by its clock time is on the day the narration is at', () => {
  it.each<Row>([
    // "shortly after 4pm" is a time of day, not "shortly afterwards"; the election the lede counts
    // from is a point of reference, not the day the story is at.
    [
      '2026-08-31',
      'Talks on forming a new government broke down on Monday afternoon when the Greens walked out, 82 days after the June 10 general election. || “We came to these talks in good faith,” Green leader Ida Roos told reporters in The Hague shortly after 4pm.',
      'in good faith',
      '2026-08-31',
    ],
    [
      '2025-03-10',
      'Voters in Kessel rejected the merger in a referendum on Sunday, three weeks after the February 16 regional election. || “The people have spoken,” Mayor Ada Lind told supporters at the town hall shortly after 10 p.m.',
      'The people have spoken',
      '2025-03-09',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('"The walkout came three days after X" counts from the walkout, told before by its verb', () => {
  it.each<Row>([
    // Dateline Saturday: the walkout was Thursday (June 5), the meeting told since on Friday.
    [
      '2025-06-07',
      'Dockers at the port of Rava walked out on Thursday. || Ministers met the union leaders on Friday. || The walkout came three days after the port authority announced 200 job cuts.',
      'announced 200 job cuts',
      '2025-06-02',
    ],
    [
      '2025-06-07',
      'Owners of the Kessel mill locked out 300 workers on Wednesday. || Labour Minister Ola Berg met both sides on Friday. || The lockout came a day after the union announced a strike ballot.',
      'announced a strike ballot',
      '2025-06-03',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a month and day without a year after background that came back to the present is the dateline’s', () => {
  it.each<Row>([
    [
      '2026-07-31',
      'Rava was awarded the championships in November 2023, but the rebuilding of its 8,000-seat arena has fallen a year behind schedule. An inspection team from the federation visited the site on July 14 and found the roof unfinished.',
      'visited the site',
      '2026-07-14',
    ],
    [
      '2025-03-20',
      'The Orla bridge was closed to lorries in May 2022 and has stayed shut since. County engineers inspected it on March 3.',
      'inspected it',
      '2025-03-03',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it('still tells on in the past year when the background stays there', () => {
    expect(
      startsOf(
        '2026-07-31',
        'Rava was awarded the championships in November 2023, but the rebuilding of its arena fell behind schedule. An inspection team from the federation visited the site on July 14 and found the roof unfinished.',
        'visited the site',
      ),
    ).toContain('2024-07-14');
  });
});

describe('speech opened by "Speaking to reporters at ..." right after its speaker’s dated visit is that day’s', () => {
  it.each<Row>([
    [
      '2027-01-02',
      'Home Minister Kamal Ariffin visited three relief centres in Kuala Krai yesterday. || Speaking to reporters at SK Manek Urai, Kamal announced an immediate allocation of RM50mil for flood relief.',
      'announced an immediate allocation',
      '2027-01-01',
    ],
    [
      '2025-06-04',
      'Prime Minister Ana Rios toured the flooded town of Kessel on Monday. Addressing residents outside the town hall, she announced a relief fund of 20 million euros.',
      'announced a relief fund',
      '2025-06-02',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it('leaves speech by someone else undated by the visit', () => {
    expect(
      startsOf(
        '2025-06-04',
        'Prime Minister Ana Rios toured the flooded town of Kessel on Monday. Speaking to reporters in Lund, Finance Minister Ivo Rask announced a new flood levy.',
        'announced a new flood levy',
      ),
    ).not.toContain('2025-06-02');
  });
});

describe('a "while" with a participle is no clause of its own: its date is the main verb’s', () => {
  it.each<Row>([
    [
      '2027-01-02',
      'A 67-year-old man was swept away while crossing a flooded road in Pasir Mas on Tuesday, and a 12-year-old boy drowned near his home in Kuala Krai on Thursday, police said.',
      'was swept away',
      '2026-12-29',
    ],
    [
      '2025-06-04',
      'A volunteer firefighter was injured while clearing debris in Oakvale on Monday.',
      'was injured',
      '2025-06-02',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a log’s headings in capitals ("TUESDAY, DEC. 29 —") date their entries as in title case', () => {
  const log =
    'The items below are taken from the Harlow police call log. || MONDAY, DEC. 28 — Fire destroyed a hay barn on Mill Creek Road. || TUESDAY, DEC. 29 — Deputies arrested a man on Route 9. He is due in court on Jan. 12.';
  it.each<Row>([
    [
      '2027-01-04',
      `${log} || WEDNESDAY, DEC. 30 — Two cars collided on Bench Road.`,
      'Two cars collided',
      '2026-12-30',
    ],
    ['2027-01-04', `${log} || FRIDAY, JAN. 1 — A bull was found standing on County Road 3.`, 'bull', '2027-01-01'],
  ])('%s: %s [%s]', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a date after what a perfect calls off is the day of that happening, the nearest such day', () => {
  it.each<Row>([
    // The perfect takes no day gone by of its own: "on 20 February" is the open day's.
    [
      '2027-02-01',
      'The University of Calder has cancelled its undergraduate open day on 20 February, which falls during the first strike week.',
      'open day',
      '2027-02-20',
    ],
    [
      '2025-01-15',
      'Kessel Rovers have postponed their cup tie against Dunmore on February 1 because of a frozen pitch.',
      'cup tie',
      '2025-02-01',
    ],
    ['2025-03-10', 'The Lund Theatre has called off its spring gala on March 8.', 'spring gala', '2025-03-08'],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});
