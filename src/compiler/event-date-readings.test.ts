import { describe, expect, it } from 'vitest';
import { dateLines } from './event-lines.ts';

/**
 * The date and status of an event, read as a careful editor reads the corpus conventions
 * (`__fixtures__/eval/README.md`), on sentences invented in several outlets' styles about invented
 * people, with datelines at both ends of the year. Each row: dateline, sentence, and the event
 * expected among the sentence's events as `kind status start[..end] [~] [(qualifier)]`.
 * Weekdays: 2026-01-03 is a Saturday, 2025-12-30 a Tuesday, 2025-09-26 a Friday.
 */
type Row = readonly [published: string, sentence: string, event: string];

const eventsOf = dateLines;

/** Rows for the list: explicit dates across a year boundary, weekdays, anaphora, status. */
const READINGS: readonly Row[] = [
  // A follow-on sentence of past narrative goes on at about the time of the event before it.
  [
    '2025-09-26',
    'Timaru news.||Police arrested Jared Paku in Timaru on Tuesday. He was charged with theft and remanded in custody.',
    'other occurred 2025-09-23 ~',
  ],
  // ", where" goes on at the place and on the day of the clause before it.
  [
    '2025-09-26',
    'Marisol Okafor flew to Nairobi on Monday, where she met President Amina Wekesa.',
    'meeting occurred 2025-09-22',
  ],
  [
    '2025-12-30',
    'Idris Falk will travel to Tallinn on Jan. 8, where he is expected to meet Kaja Mets.',
    'meeting scheduled 2026-01-08',
  ],
  [
    '2026-01-03',
    'Teodor Lind arrived in Accra on Dec. 29, where he held talks with Kwame Boateng.',
    'meeting occurred 2025-12-29',
  ],
  // ", when" likewise goes on at the time of the clause before it.
  [
    '2025-09-26',
    'Fighting broke out near Moyale on Sunday, when militia fighters attacked a police post.',
    'conflict occurred 2025-09-21',
  ],
  [
    '2026-01-03',
    'Talks in Geneva will resume on Jan. 12, when Ana Ruiz is expected to meet Tomas Lind.',
    'meeting scheduled 2026-01-12',
  ],
  // A call named by its noun, its plan set off by commas, is called off by the verb after them.
  [
    '2026-01-03',
    'A video call with Ukrainian officials, planned for Wednesday, has been cancelled.',
    'meeting cancelled 2026-01-07',
  ],
  [
    '2026-01-03',
    'A phone call with Prime Minister Ivo Brandt planned for Monday was called off.',
    'meeting cancelled 2026-01-05',
  ],
  // A date in what a coordinated speech verb reports dates what was said, not the act before it.
  [
    '2025-12-30',
    'Aviation Minister Hadiza Bello ordered an audit of the fleet on Monday and said the authority would report back by Jan. 15.',
    'policy occurred 2025-12-29',
  ],
  [
    '2025-12-30',
    'Aviation Minister Hadiza Bello ordered an audit of the fleet and said the authority would report back by Jan. 15.',
    'policy occurred 2025-12-30 ~',
  ],
  // A year before "until" bounds a stretch; it is not written into the noun after it.
  [
    '2026-01-06',
    'Nora Baptiste, who ran the agency from 2017 until her resignation in March 2024, will appear in court on Jan. 21.',
    'other occurred 2024-03',
  ],
  ['2026-01-03', 'Ana Ruiz met Tomas Lind on Dec. 28 in Vienna.', 'meeting occurred 2025-12-28'],
  ['2025-12-30', 'Ana Ruiz will meet Tomas Lind on Jan. 9 in Vienna.', 'meeting scheduled 2026-01-09'],
  ['2026-01-03', 'Ana Ruiz met Tomas Lind on Monday.', 'meeting occurred 2025-12-29'],
  ['2026-01-03', 'Ana Ruiz will meet Tomas Lind on Monday.', 'meeting scheduled 2026-01-05'],
  ['2026-01-03', 'Ana Ruiz met Tomas Lind in February 2022.', 'meeting occurred 2022-02'],
  ['2026-01-03', 'Ana Ruiz met Tomas Lind early on Dec. 24.', 'meeting occurred 2025-12-24 (early)'],
  ['2026-01-03', 'Ana Ruiz is set to meet Tomas Lind on Jan. 12.', 'meeting scheduled 2026-01-12'],
  [
    '2026-01-03',
    'A meeting between Ana Ruiz and Tomas Lind planned for Jan. 12 was canceled.',
    'meeting cancelled 2026-01-12',
  ],
  [
    '2026-01-03',
    'Ana Ruiz met Tomas Lind on Dec. 20. Three days later, Lind flew to Oslo.',
    'travel occurred 2025-12-23',
  ],
  ['2026-01-03', 'Ana Ruiz met Tomas Lind on Dec. 20. The next day, Lind flew to Oslo.', 'travel occurred 2025-12-21'],
  // Shifts in months keep month precision; a month of a named year; a happening told again.
  [
    '2026-01-10',
    'Ana Ruiz met Tomas Lind on Oct. 3.||Two months later, Lind resigned as governor.',
    'other occurred 2025-12',
  ],
  [
    '2024-09-27',
    'The meadow flooded in February 2020 and again in January this year, when the brook burst its banks.',
    'other occurred 2024-01',
  ],
  [
    '2024-09-27',
    'The meadow flooded in February 2020 and again in January this year, when the brook burst its banks.',
    'other occurred 2020-02',
  ],
  // A tour that ended on a day ends there, whatever "from" comes later in the clause.
  [
    '2025-04-11',
    'Foreign Minister Tomas Lind ended a four-day tour of Baltic capitals in Riga on Thursday, still short of the votes he needs for a plan to pay for it from the common budget.',
    'travel occurred 2025-04-07..2025-04-10 (four-day)',
  ],
  // The comma after a year does not hide the past tense of the verb after it.
  [
    '2026-01-03',
    'Carla Benz, who met Ruiz in 2019, said on Monday she would resign.',
    'announcement occurred 2025-12-29',
  ],
];

/** A parenthetical relative clause between an event and its date. */
const AFTER_RELATIVE: readonly Row[] = [
  ['2026-01-03', 'The vote, which was delayed twice, took place on March 5.', 'policy occurred 2025-03-05'],
  [
    '2026-01-03',
    'The parliamentary vote, which was delayed twice, will take place on Jan. 20.',
    'policy scheduled 2026-01-20',
  ],
  ['2026-01-03', 'The vote, which was first planned for Dec. 2, took place on Dec. 9.', 'policy occurred 2025-12-09'],
  [
    '2026-01-03',
    'Leaders gathered in Lisbon for a summit, which was chaired by Portugal, on Dec. 12.',
    'summit occurred 2025-12-12',
  ],
  [
    '2026-01-03',
    'The summit, which was chaired by Portugal, opened in Lisbon on Dec. 12.',
    'summit occurred 2025-12-12',
  ],
  [
    '2026-01-03',
    'The two-day summit, which Portugal hosted, ended in Lisbon on Dec. 12.',
    'summit occurred 2025-12-11..2025-12-12 (two-day)',
  ],
  ['2026-01-03', 'Ana Ruiz met Tomas Lind, who became minister in 2019, on Monday.', 'meeting occurred 2025-12-29'],
  // A short parenthetical phrase, then the date of the clause before it.
  [
    '2026-02-27',
    'Parks news.||The council closed the pool, after a long dispute, in March 2021.',
    'policy occurred 2021-03',
  ],
  ['2026-01-03', 'Ana Ruiz met Tomas Lind, despite the protests, on Dec. 30.', 'meeting occurred 2025-12-30'],
];

/** A plan moved in the clause after it: the plan called off, the new date scheduled, nothing else. */
const MOVES: readonly Row[] = [
  [
    '2026-09-04',
    'The trial of farmer Mark Ostby had been due to start next Monday but has been adjourned until February.',
    'other cancelled 2026-09-07',
  ],
  [
    '2026-09-04',
    'The trial of farmer Mark Ostby had been due to start next Monday but has been adjourned until February.',
    'other scheduled 2027-02',
  ],
  [
    '2026-09-04',
    'The match was due to be played on Saturday but was postponed to March 28.',
    'other scheduled 2027-03-28',
  ],
  [
    '2026-02-02',
    'The meeting of EU foreign ministers was originally set for Feb. 5 but was pushed back to allow Hungary to attend.',
    'meeting cancelled 2026-02-05',
  ],
  [
    '2026-02-02',
    'A hearing in the case had been scheduled for Tuesday but was delayed after the judge fell ill.',
    'other cancelled 2026-02-03',
  ],
];

/** Times of day and of the night, kept as qualifiers. */
const QUALIFIERS: readonly Row[] = [
  ['2025-09-26', 'Rebels attacked the town overnight, the army said.', 'conflict occurred 2025-09-26 ~ (overnight)'],
  [
    '2025-09-26',
    'Kyiv said Russia launched 40 drones at the Kharkiv region overnight into Thursday.',
    'conflict occurred 2025-09-25 ~ (overnight)',
  ],
];

/**
 * A follow-on sentence of past narrative with no date of its own: it goes on at about the time of
 * the event just told (approximate) when it is told as the next step of the story: its subject is
 * a pronoun or the same actor, or it opens with a connective of succession ("After that",
 * "Subsequently"). Each row's first paragraph is a one-line lede, so the story is not the lede's.
 */
const FOLLOW_ON: readonly Row[] = [
  [
    '2025-09-26',
    'Court news.||Police arrested Mere Tane in Oamaru on Tuesday. Tane was charged with burglary and remanded in custody.',
    'other occurred 2025-09-23 ~',
  ],
  [
    '2025-09-26',
    'Regional news.||Governor Lina Osei met union leaders in Kumasi on Monday. After that, she flew to Accra.',
    'travel occurred 2025-09-22 ~',
  ],
  [
    '2025-09-26',
    'Regional news.||Governor Lina Osei met union leaders in Kumasi on Monday. Osei then flew to Accra.',
    'travel occurred 2025-09-22 ~',
  ],
  [
    '2026-01-03',
    'Council round-up.||The council closed the Harbour Lane pool on Dec. 29. Subsequently, Mayor Ivo Brandt resigned.',
    'other occurred 2025-12-29 ~',
  ],
  [
    '2026-01-03',
    'From our correspondent.||Police detained the driver, Pavel Hron, on Dec. 30 in Brno. Hron was charged with dangerous driving.',
    'other occurred 2025-12-30 ~',
  ],
];

/**
 * Speech is dated by its attribution and its occasion, never by a date of what was said: a date in
 * the reported clause ("said the budget had been cut in January") dates the cut, not the saying
 * (which, with no day of its own, is the cut's source);
 * "at the start of the hearing", "during the visit", "after the hearing" take the day an earlier
 * sentence gave that occasion.
 */
const SPEECH: readonly Row[] = [
  [
    '2026-02-27',
    'Budget news.||Finance Minister Ola Berg said the budget had been cut in January.',
    'other occurred 2026-01',
  ],
  [
    '2026-02-27',
    'Rail news.||Northline executives gave evidence at a hearing on Tuesday. In a statement after the hearing, Northline said it had hired 85 drivers since November.',
    // Its own figures made public: an announcement, dated by the hearing it followed.
    'announcement occurred 2026-02-24 ~',
  ],
  [
    '2026-02-27',
    'Rail news.||Judge Mara Kell opened the hearing on Tuesday. "I am sorry," Fiona Hale told the committee at the start of the hearing.',
    'quote occurred 2026-02-24',
  ],
  [
    '2025-01-09',
    'Aid news.||Minister Eirik Sand visited the camp at Bol on Dec. 27. "You cannot see this and go home," Sand told NRK during the visit.',
    'quote occurred 2024-12-27',
  ],
  [
    '2026-02-27',
    'Budget news.||Ola Berg said on Thursday that the budget would be cut.',
    'statement occurred 2026-02-26',
  ],
  // "later", after a day told and a bare "said": later than the saying, so about the dateline.
  [
    '2025-09-26',
    'Cabinet news.||Minister Eli Strand resigned on Tuesday, her office said. She later told the BBC she had no regrets.',
    'statement occurred 2025-09-26 ~',
  ],
  [
    '2025-09-26',
    'Cabinet news.||Minister Eli Strand resigned on Tuesday, her office said. "I have no regrets," she later told the BBC.',
    'quote occurred 2025-09-26 ~',
  ],
  // "hours later" is timed from the event told before.
  [
    '2025-09-26',
    'Cabinet news.||Minister Eli Strand resigned on Tuesday, her office said. Hours later she told the BBC she had no regrets.',
    'statement occurred 2025-09-23',
  ],
];

/** A plan called off: its day is the one nearest the dateline, even a day already past. */
const PLANS_CALLED_OFF: readonly Row[] = [
  [
    '2026-01-10',
    'Aid news.||A planned airlift of supplies to Bol, due on Jan. 4, was postponed because the airstrip was flooded.',
    'other cancelled 2026-01-04',
  ],
  [
    '2026-01-10',
    'Aid news.||The concert, scheduled for Dec. 20, was cancelled after the singer fell ill.',
    'other cancelled 2025-12-20',
  ],
  // A weekday and the date it names, in one noun phrase: the date says which week.
  [
    '2025-12-20',
    "Court news.||Friday's session on Dec. 12 was called off after a lawyer fell ill.",
    'other cancelled 2025-12-12',
  ],
  // 2026-03-19 is a Thursday: the Friday of a plan that did not take place is the one gone by.
  [
    '2026-03-19',
    'Aid news.||A handover of four prisoners to the Red Cross, which had been planned for Friday, did not take place.',
    'other cancelled 2026-03-13',
  ],
];

/** Plans told in other words: "was to have", "fixed for", "the second half of the year". */
const PLANS: readonly Row[] = [
  [
    '2026-02-12',
    'Court news.||The case of Musa Bello has been fixed for hearing on March 3.',
    'other scheduled 2026-03-03',
  ],
  [
    '2026-05-20',
    'Talks news.||A meeting of the trade committee of Chile and Peru, originally scheduled for April, was postponed and will now take place in the second half of the year.',
    'meeting scheduled 2026-07..2026-12',
  ],
  [
    '2025-11-03',
    'Budget news.||Finance Minister Ola Berg will present the budget in the first half of next year.',
    'announcement scheduled 2026-01..2026-06',
  ],
];

/**
 * "at the time" in an attribution: the time of the event just told. A date in a relative clause
 * about the speaker ("Ogunsanya, who ran for governor in 2022, said") dates neither the saying.
 */
const SPEECH_TIME: readonly Row[] = [
  [
    '2026-06-24',
    'Pension news.||The fund dismissed its auditor, Lena Moss, in January 2019. Its chairman at the time, Ivo Brandt, said: "The post has been eliminated."',
    'quote occurred 2019-01 ~',
  ],
  [
    '2026-02-12',
    'Party news.||Chief Adewale Ogun, who ran for governor in 2022, said on Tuesday: "There is no democracy left in the party."',
    'quote occurred 2026-02-10',
  ],
  [
    '2026-02-12',
    'Party news.||Chief Adewale Ogun joined the ruling party at a rally in Abeokuta on Tuesday. Speaking at the event, Ogun said: "There is no democracy left in the old party."',
    'quote occurred 2026-02-10',
  ],
  [
    '2026-02-12',
    'Party news.||Chief Adewale Ogun, who ran for governor in 2022, said: "There is no democracy left in the party."',
    'quote occurred 2026-02-12 ~',
  ],
];

describe('event dates on invented sentences', () => {
  it('does not carry a date over to a sentence about someone else with no connective', () => {
    const story = 'Regional news.||Governor Lina Osei met union leaders in Kumasi on Monday.';
    for (const next of ['Her predecessor resigned in disgrace.', 'The finance minister resigned.']) {
      expect(eventsOf('2025-09-26', `${story} ${next}`).filter((event) => event.startsWith('other'))).not.toContain(
        'other occurred 2025-09-22 ~',
      );
    }
    // A connective in a plan carries nothing over; in the past it does, also across a paragraph break.
    expect(eventsOf('2025-09-26', `${story}||After that, Osei flew to Accra.`)).toContain(
      'travel occurred 2025-09-22 ~',
    );
    expect(eventsOf('2025-09-26', `${story} After that, Osei will fly to Accra.`)).not.toContain(
      'travel scheduled 2025-09-22 ~',
    );
  });

  it('lets a follow-on sentence go on from the event before it, in its paragraph or the next, only in the past', () => {
    const before = 'Timaru news.||Police arrested Jared Paku in Timaru on Tuesday.';
    expect(eventsOf('2025-09-26', `${before}||He was charged with theft and remanded in custody.`)).toContain(
      'other occurred 2025-09-23 ~',
    );
    // Not two paragraphs on.
    expect(
      eventsOf('2025-09-26', `${before}||Paku is 34.||He was charged with theft and remanded in custody.`),
    ).not.toContain('other occurred 2025-09-23 ~');
    expect(eventsOf('2025-09-26', `${before} He will appear in court.`)).not.toContain('other occurred 2025-09-23 ~');
  });

  it.each([
    ...READINGS,
    ...FOLLOW_ON,
    ...SPEECH,
    ...SPEECH_TIME,
    ...PLANS_CALLED_OFF,
    ...PLANS,
    ...AFTER_RELATIVE,
    ...MOVES,
    ...QUALIFIERS,
  ])('%s: %s', (published, sentence, event) => {
    expect(eventsOf(published, sentence)).toContain(event);
  });

  it('reads "was to have opened on Sunday" as the coming Sunday the plan stood for', () => {
    const events = eventsOf(
      '2025-08-15',
      'Fair news.||The Harvest Fair, which was to have opened on Sunday, was called off, its organisers said.',
    );
    expect(events.some((event) => event.includes(' 2025-08-17'))).toBe(true);
    expect(events.some((event) => event.includes(' 2025-08-10'))).toBe(false);
  });

  it('gives only the noun its predicate after a relative clause, not a second event', () => {
    expect(
      eventsOf('2026-01-03', 'The parliamentary vote, which was delayed twice, will take place on Jan. 20.'),
    ).toEqual(['policy scheduled 2026-01-20']);
  });

  it('tells a move in a conjunct as no event of its own', () => {
    expect(eventsOf('2026-09-04', 'The match was due to be played on Saturday but was postponed to March 28.')).toEqual(
      ['other cancelled 2026-09-05', 'other scheduled 2027-03-28'],
    );
  });

  it('does not date an event by the time it was recalled (", she recalled ... last week")', () => {
    const events = eventsOf(
      '2026-01-03',
      'The council met on Friday.||Mayor Ana Ruiz met union leaders in secret, she recalled in an interview last week.',
    );
    expect(events.filter((event) => event.startsWith('meeting') && event.includes('2025-12-22'))).toEqual([]);
    expect(events.filter((event) => event.startsWith('other'))).toEqual([]);
  });
});
