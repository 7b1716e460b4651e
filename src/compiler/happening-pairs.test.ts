import { describe, expect, it } from 'vitest';
import { eventLines, eventSummaries } from './event-lines.ts';

/**
 * Sentences that tell two happenings in two clauses joined by "and", each with a subject of its own,
 * or a fronted subordinate clause before the main one. Each clause's happening is read with its own
 * date and status. Invented sentences, dateline Wednesday 2025-06-04.
 */

/** [sentence, its events sorted, as `kind start status`]. */
const TWO_CLAUSES: readonly [string, string[]][] = [
  [
    'Parliament was dissolved on Thursday and elections were set for July 20.',
    ['other 2025-05-29 occurred', 'other 2025-07-20 scheduled'],
  ],
  [
    'The plant closed in March and 300 workers were laid off in April.',
    ['other 2025-03 occurred', 'other 2025-04 occurred'],
  ],
  [
    'The bridge collapsed on Tuesday and the road was reopened on Friday.',
    ['other 2025-05-30 occurred', 'other 2025-06-03 occurred'],
  ],
  [
    'The match was abandoned on Saturday and the club was fined on Monday.',
    ['other 2025-05-31 cancelled', 'policy 2025-06-02 occurred'],
  ],
  [
    'Kessel Steel was founded in 1921 and the plant was closed in 2009.',
    ['other 1921 occurred', 'other 2009 occurred'],
  ],
];

describe('two clauses with subjects of their own, each dated', () => {
  it.each(TWO_CLAUSES)('%s', (sentence, expected) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
  it('keeps subjects joined by "and" one event', () => {
    expect(eventSummaries('Ola Berg and Anna Sellick were appointed on Monday.')).toEqual([
      'other 2025-06-02 occurred',
    ]);
  });
});

/**
 * A past participle followed by a month and "and" plus a new clause is the first clause's verb, not a
 * reduced relative ("The plant closed in March ..." is not "the plant [that was] closed in March").
 */
const FINITE_BEFORE_AND: readonly [string, string][] = [
  ['The plant closed in March and 300 workers were laid off.', 'other 2025-03 occurred'],
  ['The plant closed last month and 300 workers were laid off.', 'other 2025-05 occurred'],
  ['The mill shut in 2019 and its owners sold the site.', 'other 2019 occurred'],
];

describe('a finite verb with a month before "and" and a new subject', () => {
  it.each(FINITE_BEFORE_AND)('%s', (sentence, expected) => {
    expect(eventSummaries(sentence)).toContain(expected);
  });
  it('still reads a participle before the main verb as background', () => {
    expect(eventSummaries('The law passed in 2019 requires banks to hold more capital.')).toEqual([]);
  });
});

/** The status of a main clause's verb is its own, not that of a fronted clause or an earlier clause. */
const OWN_STATUS: readonly [string, string][] = [
  ['After the match was abandoned, the federation fined the club on Monday.', 'policy 2025-06-02 occurred'],
  ['After the final was postponed, the league fined both clubs on Tuesday.', 'policy 2025-06-03 occurred'],
  ['The match was abandoned on Saturday and the federation fined the club.', 'policy 2025-06-04 occurred'],
];

describe('a verb after a called-off happening keeps its own status', () => {
  it.each(OWN_STATUS)('%s', (sentence, expected) => {
    expect(eventSummaries(sentence)).toContain(expected);
  });
});

/** A penalty imposed is a policy act with the fined party named; a maximum penalty is a rule. */
const FINES: readonly [string, string][] = [
  ['The regulator fined Quillon Bank $2 million on Tuesday.', 'policy 2025-06-03 occurred [Quillon Bank]'],
  ['Kessel United were fined 50,000 euros on Monday.', 'policy 2025-06-02 occurred [Kessel United]'],
  ['The regulator will fine Quillon Bank next week.', 'policy 2025-06-09 scheduled [Quillon Bank]'],
];

describe('fines', () => {
  it.each(FINES)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toContain(expected);
  });
  it.each([
    'Drivers can be fined up to 500 euros.',
    'Offenders face being fined up to 1,000 euros.',
    'The league has fined clubs for crowd trouble before.',
    'The council has banned the march in the past.',
  ])('%s tells no fine', (sentence) => {
    expect(eventLines(sentence)).toEqual([]);
  });
});

/**
 * An announcement after its subject's apposition: the "that" clause after the date is what is
 * announced, not an attribution that closes the sentence ("..., the ministry announced on Monday.").
 */
const ANNOUNCED_AFTER_APPOSITION: readonly string[] = [
  'Ivo Brandt, a former banker who has led the party since 2019, announced on Monday that he would step down.',
  'Ivo Brandt, a former banker, announced on Monday that he would step down.',
  'Ivo Brandt, who has led the party since 2019, announced on Monday that he would step down.',
];

describe('an announcement after an apposition', () => {
  it.each(ANNOUNCED_AFTER_APPOSITION)('%s', (sentence) => {
    expect(eventLines(sentence)).toContain('announcement 2025-06-02 occurred [Ivo Brandt]');
  });
  it('leaves an attribution at the end of a sentence a source', () => {
    expect(eventLines('Norland approved the package on Friday, the ministry announced on Monday.')).not.toContain(
      'announcement 2025-06-02 occurred []',
    );
  });
});

/**
 * A subordinate clause with a subject and a date of its own ("after a landslide closed it in April")
 * tells its own happening, its subject acting (a landslide: a happening, not policy), and leaves the
 * main clause's verb its own date.
 */
const SUBORDINATE_CLAUSES: readonly [string, string[]][] = [
  [
    'The Tarn Valley line reopened on Tuesday after a landslide closed it in April.',
    ['other 2025-04 occurred', 'other 2025-06-03 occurred'],
  ],
  [
    'Ola Berg retired in May after Kessel United were relegated in April.',
    ['other 2025-04 occurred', 'other 2025-05 occurred'],
  ],
  [
    'The museum reopened on Saturday, two years after a fire gutted it in 2023.',
    ['other 2023 occurred', 'other 2025-05-31 occurred'],
  ],
];

describe('a dated subordinate clause beside a dated main clause', () => {
  it.each(SUBORDINATE_CLAUSES)('%s', (sentence, expected) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
  it('reads a month before "after" and a new subject as the main verb\'s date', () => {
    expect(eventSummaries('Ola Berg retired in May after Kessel United were relegated.')).toEqual([
      'other 2025-05 occurred',
    ]);
  });
  it('keeps a council that closes a road after a storm a policy act', () => {
    expect(eventSummaries('The council closed the road on Monday after the storm.')).toEqual([
      'policy 2025-06-02 occurred',
    ]);
  });
});

/**
 * A subordinate clause with its own subject keeps its own status: "Kessel Air cancelled 300 flights
 * on Saturday after its computer system crashed" (the crash occurred).
 */
describe('the status of a verb after a subordinator and its own subject', () => {
  it.each([
    ['Kessel Air cancelled 300 flights on Saturday after its computer system crashed.', 'other 2025-05-31 occurred'],
    ['Tarn Rail cancelled 40 trains on Monday after its signalling system crashed.', 'other 2025-06-02 occurred'],
  ])('%s', (sentence, expected) => {
    expect(eventSummaries(sentence)).toContain(expected);
  });
});

/**
 * A dated verb that only the dated-clause reader knows, before "and" and a second verb of the same
 * subject that a trigger tells: each is an event, the second on the first one's day.
 */
const DATED_VERB_AND_TRIGGER: readonly [string, string[]][] = [
  [
    'Ada Lund won the title on Sunday and announced her retirement.',
    ['announcement 2025-06-01 occurred', 'other 2025-06-01 occurred'],
  ],
  [
    'Ada Lund retired on Sunday and announced she would coach the national team.',
    ['announcement 2025-06-01 occurred', 'other 2025-06-01 occurred'],
  ],
];

describe('a dated verb and a told verb of one subject', () => {
  it.each(DATED_VERB_AND_TRIGGER)('%s', (sentence, expected) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
});
