import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A happening told in a clause of its own inside a sentence whose main clause tells something else:
 * a "when" clause after a dated phrase, a subordinate clause ("after", "since", "before") with its
 * own subject, verb and date, a verb coordinated after ", and" that shares the subject before it.
 * Each clause with its own verb and its own time is read as a happening of its own, with its own
 * date (dateline Wednesday 2025-06-04); a clause that only describes a state is none.
 */
const starts = (sentence: string): string[] =>
  eventLines(sentence).map((line) => line.split(' ').slice(0, 2).join(' '));

/** A "when" clause right after a dated phrase happened at that date, whatever its precision. */
const WHEN_AFTER_DATE: readonly [string, string][] = [
  [
    'Much of the groundwork was laid during a visit to Oslo by Foreign Minister Ida Brekke on May 12, when the two sides finalised the text of a fisheries treaty.',
    'policy 2025-05-12',
  ],
  ['The worst flooding in living memory was in August 2021, when the Ouse burst its banks at Selby.', 'other 2021-08'],
  ['Trouble flared on Friday night, when a group of away fans stormed the pitch at Ashgrove Park.', 'other 2025-05-30'],
  [
    'The last such vote was in March 2019, when the assembly rejected a similar measure by 31 votes to 29.',
    'policy 2019-03',
  ],
  [
    'The port has been quiet since the spring of 2022, when the last Kessel ferry was withdrawn from the route.',
    'other 2022-03',
  ],
];

/** A "when" clause of a state ("stood at", "was 24") after a date tells no happening of its own. */
const WHEN_STATE: readonly [string, string][] = [
  ['The central bank began its cycle of cuts in December 2023, when the rate stood at 13.25%.', '2023-12'],
  ['Nils Aune founded the brewery in 1998, when he was 24.', '1998'],
];

/** A "when" clause that tells a habit ("traditionally finishes its term") tells no happening that occurred. */
const WHEN_HABIT: readonly string[] = [
  'Decisions in the autumn cases are expected by the end of June, when the court traditionally finishes its term.',
];

/** A subordinate clause with a subject, a verb and a date of its own tells its own happening. */
const SUBORDINATE_OWN_DATE: readonly [string, string][] = [
  ['It was Rovers’ first win at Dens Park since they beat Arbroath there in April 2022.', 'other 2022-04'],
  [
    'The board is under pressure again, two years after its chairman, Olaf Brenn, resigned in May 2023.',
    'other 2023-05',
  ],
  ['Ticket sales have doubled since the club signed the Brazilian winger Caio Mendes in January.', 'other 2025-01'],
];

/** "The vote came a week after the Assembly approved the bill": two acts, the second dated by the shift. */
const SHIFTED_ACT: readonly [string, string, string][] = [
  [
    'The Senate voted 19-14 on Tuesday to pass the wells bill.',
    'The vote came a week after the Assembly approved the bill 55-42.',
    'policy 2025-05-27',
  ],
  [
    'The city council voted on Monday to ban leaf blowers.',
    'The ballot came three days after the planning board endorsed the ban.',
    'policy 2025-05-30',
  ],
];

/** ", and" then a verb with no subject of its own: the subject before it, at its own date. */
const SHARED_SUBJECT: readonly [string, string][] = [
  ['The study was paused in March 2025 after two participants fell ill, and resumed in May.', 'other 2025-05'],
  ['The Hollin Street bakery closed in 2019 after a fire, and reopened under new owners in April.', 'other 2025-04'],
  ['Verlo Air suspended its Tromsø route in January, and restarted it on Monday.', 'other 2025-06-02'],
];

/** A relative clause that tells an event noun's course dates the noun; "ran" is no happening of its own. */
const COURSE_OF_NOUN: readonly string[] = [
  'Halvik Biotech presented the data on Saturday at the Nordic Vaccine Congress in Bergen, which ran from Thursday to Sunday.',
  'Kerr spoke on Tuesday at the annual Wine Trade Congress in Porto, which ran from Monday to Wednesday.',
];

/**
 * A clause that only dates the noun of another ("which had been scheduled for June 12", "that ran
 * from May 23 to 27") makes that noun a happening: a plan called off by the verb before it, a
 * meeting whose course is told.
 */
const NOUN_DATED_BY_ITS_CLAUSE: readonly [string, string][] = [
  [
    'Kestrav has also postponed the move of its systems to a new data centre in Groningen, which had been scheduled for June 12.',
    'other 2025-06-12 cancelled [Kestrav]',
  ],
  [
    'The ministry has scrapped the auction of fishing quotas for the Dogger grounds, which had been set for Friday.',
    'other 2025-06-06 cancelled',
  ],
  [
    'The Harbourfest Sea Shanty Festival, which had been scheduled for Saturday, has been cancelled because of the storm.',
    'other 2025-06-07 cancelled',
  ],
  ['Organisers have called off the Lund City Marathon, which had been set for Sunday.', 'other 2025-06-08 cancelled'],
  ['The Tarvik Regional Trade Fair planned for June 20 was postponed until September.', 'other 2025-06-20 cancelled'],
  ['Lena Moss spoke at a plenary meeting of the party that ran from May 23 to 27.', 'meeting 2025-05-23 occurred'],
];

/** A charge made in words, with its own date, is a statement. */
const ACCUSED_OF: readonly [string, string][] = [
  ['On Monday opposition leader Rita Vas accused the minister of lying to parliament.', 'statement 2025-06-02'],
  [
    'The Harbour Workers Union accused the port authority on Tuesday of breaking the 2023 agreement.',
    'statement 2025-06-03',
  ],
];

describe('a happening told in a clause of its own', () => {
  it.each(NOUN_DATED_BY_ITS_CLAUSE)('%s', (sentence, expected) => {
    expect(eventLines(sentence).some((line) => line.startsWith(expected))).toBe(true);
  });

  it.each(ACCUSED_OF)('%s', (sentence, expected) => {
    expect(starts(sentence)).toContain(expected);
  });

  it.each(WHEN_AFTER_DATE)('%s', (sentence, expected) => {
    expect(starts(sentence)).toContain(expected);
  });

  it.each(WHEN_STATE)('%s tells one happening at most', (sentence, date) => {
    expect(starts(sentence).filter((line) => line.endsWith(` ${date}`)).length).toBeLessThanOrEqual(1);
  });

  it.each(WHEN_HABIT)('%s tells no happening that occurred', (sentence) => {
    expect(eventLines(sentence).filter((line) => line.includes(' occurred '))).toEqual([]);
  });

  it.each(SUBORDINATE_OWN_DATE)('%s', (sentence, expected) => {
    expect(starts(sentence)).toContain(expected);
  });

  it.each(SHIFTED_ACT)('%s %s', (before, sentence, expected) => {
    const all = starts(`${before} ${sentence}`);
    expect(all).toContain(expected);
  });

  it.each(SHARED_SUBJECT)('%s', (sentence, expected) => {
    expect(starts(sentence)).toContain(expected);
  });

  it.each(COURSE_OF_NOUN)('%s', (sentence) => {
    // The congress is a summit over its days; its course verb adds no happening of kind other.
    const lines = starts(sentence);
    expect(lines.filter((line) => line.startsWith('other ') && !line.endsWith('2025-05-31'))).toEqual([]);
  });
});
