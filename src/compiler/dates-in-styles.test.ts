import { describe, expect, it } from 'vitest';
import { findDateMentions } from './dates.ts';
import { dateLines } from './event-lines.ts';

/**
 * Dates as a reader gives them, on sentences invented in several outlets' styles about invented
 * people and bodies. Each row: dateline, article (paragraphs split by `||`), and the event expected
 * among its events as `kind status start[..end] [~]`. Weekdays: 2026-02-03 is a Tuesday.
 */
type Row = readonly [published: string, article: string, event: string];

/** The date mentions of one sentence as `text start[..end]`. */
function mentionsOf(published: string, sentence: string): string[] {
  const text = ` ${sentence}`;
  return findDateMentions({ index: 0, paragraph: 0, start: 0, end: text.length, text }, { published }).map(
    ({ text: words, date }) => `${words} ${date.start}${date.end ? `..${date.end}` : ''}`,
  );
}

/** The days of a sentence's date mentions. */
function daysOf(published: string, sentence: string): string[] {
  return mentionsOf(published, sentence).map((mention) => mention.slice(mention.lastIndexOf(' ') + 1));
}

/**
 * A date fronted before the subject dates the main clause even when a verb of saying after it
 * ("announced", "confirmed") makes the comma a clause boundary.
 */
const FRONTED: readonly Row[] = [
  [
    '2026-02-03',
    'Steel news.||In November, Hutnik Group announced a restructuring of its Polish business.',
    'announcement occurred 2025-11',
  ],
  [
    '2026-02-03',
    'Bond news.||Last week, the finance ministry of Poland announced a new bond issue.',
    'announcement occurred 2026-01-26..2026-02-01 ~',
  ],
  [
    '2026-02-03',
    'Party news.||On 12 January, Marta Wolny announced her resignation as party leader.',
    'announcement occurred 2026-01-12',
  ],
  [
    '2026-02-03',
    'Party news.||Late on Monday, Marta Wolny announced she would stand for the leadership.',
    'announcement occurred 2026-02-02 (late)',
  ],
];

/**
 * A weekday ahead although no "will" says so: a timetable in the plural, a modal, a day that "is",
 * time left, what is prepared for, an event called for the day, a remand; and the same words where
 * the day is gone by. Each row: sentence and the day its weekday names, dateline Wednesday
 * 2025-06-04.
 */
const WEEKDAY_DAYS: readonly (readonly [sentence: string, day: string])[] = [
  ['The new rules take effect on Saturday.', '2025-06-07'],
  ['Flooded schools reopen on Monday.', '2025-06-09'],
  ['Talks between the two sides resume on Friday.', '2025-06-06'],
  ['Polls close on Sunday.', '2025-06-08'],
  // After a relative pronoun the base form is a plural present: "which take effect", "that resume".
  ['The new rules, which take effect on Saturday, were approved by the Tarvik council.', '2025-06-07'],
  ['The ferry talks, which resume in Brenna on Friday, were suspended by the union.', '2025-06-06'],
  ['Lawmakers could vote as early as Thursday.', '2025-06-05'],
  ['Bids must be submitted by Friday.', '2025-06-06'],
  ['The deadline is Friday.', '2025-06-06'],
  ['He has until Friday to respond.', '2025-06-06'],
  ['A verdict is expected on Friday.', '2025-06-06'],
  ["Ahead of Sunday's vote, the president toured the north.", '2025-06-08'],
  ['The council has called a special meeting for Thursday.', '2025-06-05'],
  ['He was remanded in custody until Monday.', '2025-06-09'],
  ['He travelled to Brussels to meet Ana Lee on Monday.', '2025-06-02'],
  ['They did not meet on Monday.', '2025-06-02'],
  ['The two sides may have met on Monday.', '2025-06-02'],
  ['Officials could not say on Monday whether the plant would reopen.', '2025-06-02'],
  ['The rally on Saturday drew 5,000 people.', '2025-05-31'],
  // A plan told from after it was made: as it stood, or with what became of it.
  ['A meeting scheduled for Monday went ahead as planned.', '2025-06-02'],
  ['The talks, which were due to start on Monday, began a day late.', '2025-06-02'],
  ['Ministers were due to meet on Friday.', '2025-06-06'],
  ['The meeting planned for Monday will go ahead.', '2025-06-09'],
];

/**
 * Ranges of days written day first, as British, Irish, Indian, African and Australian papers do:
 * the range starts on its first day. Counts ("rose 5-6 March") are no range. Dateline Friday
 * 2026-01-02. Each row: sentence, the date mentions' text and start..end.
 */
const DAY_RANGES: readonly (readonly [sentence: string, mentions: readonly string[]])[] = [
  ['The summit was held on 28-29 December.', ['28-29 December 2025-12-28..2025-12-29']],
  ['Voting took place on 28 and 29 December.', ['28 and 29 December 2025-12-28..2025-12-29']],
  ['Talks will take place from 12 to 14 March.', ['12 to 14 March 2026-03-12..2026-03-14']],
  ['Strikes are planned for 12, 13 and 14 March.', ['12, 13 and 14 March 2026-03-12..2026-03-14']],
  ['Talks were held from 30 November to 2 December.', ['30 November to 2 December 2025-11-30..2025-12-02']],
  ['The summit was held 28–29 December 2025.', ['28–29 December 2025 2025-12-28..2025-12-29']],
  ['Prices rose 5-6 March.', ['6 March 2025-03-06']],
];

/** A day of the month after a December event is still ahead in January when a plan says so. */
const DAYS_OF_MONTH: readonly Row[] = [
  [
    '2026-01-05',
    'Flood news.||Flooding hit the town of Garsen on Dec. 31. Governor Amina Juma will meet national officials on the 12th.',
    'meeting scheduled 2026-01-12',
  ],
];

/**
 * A date the clause itself does not give, found where a reader looks: the attribution that closes
 * the sentence, a participle phrase that sets the scene, the day a story told before a time of day,
 * the occasion a quotation was spoken at. 2025-06-04 is a Wednesday, 2025-08-16 a Saturday.
 */
const ELSEWHERE: readonly Row[] = [
  [
    '2025-06-04',
    'Security news.||Gunmen attacked a police station in the town of Gao, killing four officers, the army of Mali said on Monday.',
    'conflict occurred 2025-06-02 ~',
  ],
  [
    '2025-06-04',
    'Diplomacy news.||Foreign Minister Ama Boateng met Paul Kone in Abidjan, the ministry said in a statement on Tuesday.',
    'meeting occurred 2025-06-03 ~',
  ],
  [
    '2025-06-04',
    'Diplomacy news.||Arriving in Jakarta on Monday, Foreign Minister Ama Boateng met President Budi Santoso.',
    'meeting occurred 2025-06-02',
  ],
  [
    '2025-08-16',
    'Wildfire news.||The Cedar Ridge fire was first reported at 2:14 p.m. Thursday by a lookout.||Governor Tina Kotek declared a state of emergency at 9 p.m.',
    'policy occurred 2025-08-14',
  ],
  [
    '2025-08-16',
    'Wildfire news.||The fire reached Pine Hollow on Thursday evening.||"There is nothing left," Sheriff Ruth Ostrander told reporters at a 7 p.m. briefing.',
    'quote occurred 2025-08-14',
  ],
  [
    '2026-02-25',
    'Rail news.||Fiona Hale of Northline Rail apologised to MPs on Tuesday in a session of the Commons Transport Committee.||"I am sorry," Hale told the committee at the start of the hearing.',
    'quote occurred 2026-02-24',
  ],
];

/**
 * Simple pasts coordinated by "and", each with a date of its own: each is an event at its own date
 * (2026-06-24 is a Wednesday); and a year written into a scheduled happening's noun phrase, or a
 * day something is set for, is the nearest such day whatever the verb's tense.
 */
const CONJUNCTS_AND_PLANS: readonly Row[] = [
  [
    '2026-06-24',
    'Shipping news.||Halvorsen Maritime ordered twelve container ships from a South Korean yard in 2023 and took delivery of the first two in May.',
    'other occurred 2026-05',
  ],
  [
    '2026-06-24',
    'Housing news.||Harrow Vale bought the meadow from the Ashcombe Estate in 2019 and submitted its first plans, for 310 homes, in March 2021.',
    'other occurred 2021-03',
  ],
  [
    '2025-12-30',
    'Port news.||Dock workers at Port Kell went on strike on Dec. 26 and returned to work two days later.',
    'other occurred 2025-12-28',
  ],
  // A fronted date dates a verb coordinated after a dash aside too.
  [
    '2026-06-24',
    'Glass news.||Then, in the summer of 2021, former workers of Lesna Glass pooled their severance pay — about 9 million koruna — and founded a cooperative, Sklarna Nova.',
    'other occurred 2021-06..2021-08',
  ],
];

/** Each row: dateline, sentence, and the day of its one date mention. */
const PLAN_DAYS: readonly (readonly [published: string, sentence: string, day: string])[] = [
  ['2025-12-20', 'Officials said the Jan. 9 vote would be delayed.', '2026-01-09'],
  ['2025-12-20', 'The opposition rejected the January 9 deadline.', '2026-01-09'],
  ['2025-12-20', 'The government announced elections for January 9.', '2026-01-09'],
  ['2025-12-20', 'Parliament voted to hold elections on January 9.', '2026-01-09'],
  ['2025-12-20', 'The court fixed January 9 for the next hearing.', '2026-01-09'],
  ['2025-12-20', 'The matter has been posted for hearing on January 9.', '2026-01-09'],
  // Not a scheduled happening, or a day before the deciding: the tense decides.
  ['2025-12-20', 'Police arrested a man over the March 9 attack.', '2025-03-09'],
  ['2025-12-20', 'The council on March 9 voted to close the pool.', '2025-03-09'],
];

/** Where a reader does not look for the date. */
const NOT_ELSEWHERE: readonly (readonly [published: string, article: string, absent: string])[] = [
  // A plan closed by a dated attribution: the attribution dates the saying, not the meeting.
  [
    '2025-06-04',
    'Diplomacy news.||Foreign Minister Ama Boateng will meet Paul Kone in Abidjan, the ministry said on Tuesday.',
    'meeting scheduled 2025-06-03',
  ],
  // "Before meeting Santoso on Monday": the visit came before Monday.
  [
    '2025-06-04',
    'Diplomacy news.||Before meeting Budi Santoso on Monday, Foreign Minister Ama Boateng visited a flooded district of Jakarta.',
    'travel occurred 2025-06-02',
  ],
  // A time of day ahead is later today, not the day the story was at.
  [
    '2025-08-16',
    'Wildfire news.||The Cedar Ridge fire was first reported at 2:14 p.m. Thursday by a lookout.||Governor Tina Kotek will visit Pine Hollow at 3 p.m.',
    'travel scheduled 2025-08-14',
  ],
  // A date in what was said does not date the saying, nor the words quoted after it.
  [
    '2025-08-16',
    'Wildfire news.||In a statement, Governor Tina Kotek said the state had spent $2 million since June and that it would "rebuild every home".',
    'quote occurred 2025-06',
  ],
];

describe('dates in several styles', () => {
  it.each(NOT_ELSEWHERE)('%s: %s has no %s', (published, article, absent) => {
    expect(dateLines(published, article)).not.toContain(absent);
  });

  it.each([...FRONTED, ...DAYS_OF_MONTH, ...ELSEWHERE, ...CONJUNCTS_AND_PLANS])(
    '%s: %s',
    (published, article, event) => {
      expect(dateLines(published, article)).toContain(event);
    },
  );

  it.each(WEEKDAY_DAYS)('2025-06-04: %s', (sentence, day) => {
    expect(daysOf('2025-06-04', sentence)).toEqual([day]);
  });

  it.each(DAY_RANGES)('2026-01-02: %s', (sentence, expected) => {
    expect(mentionsOf('2026-01-02', sentence)).toEqual(expected);
  });

  it.each(PLAN_DAYS)('%s: %s', (published, sentence, day) => {
    expect(daysOf(published, sentence)).toEqual([day]);
  });

  it("dates a subject's own verb after a participle's aside by its own date", () => {
    const events = dateLines(
      '2026-06-25',
      'Traffic news.||The one-way scheme of Kelmsford council, introduced on 3 March, was abandoned on 20 May after protests.',
    );
    expect(events.filter((event) => event.endsWith(' 2026-05-20'))).toHaveLength(1);
  });

  it('does not give a fronted date to an event inside what was said', () => {
    const events = dateLines(
      '2026-02-03',
      'Tour news.||In a statement on Thursday, Warsaw said the tour of Minister Ewa Nowak had shown broad support.',
    );
    expect(events.filter((event) => event.startsWith('travel'))).toEqual([]);
  });
});
