import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A clause whose subject acts and whose verb is a simple past or a scheduled act, dated in the
 * clause, tells a happening whatever its verb (dateline Wednesday 2025-06-04): no trigger list
 * needs to know "restarted", "summited" or "asked ... for". A state, a feeling, a level, a trend,
 * a volume over a period, a subject that denies the act ("Nobody answered") tells none.
 */
const lines = (sentence: string): string[] => eventLines(sentence).map((line) => line.replace(/ \[.*\]$/, ''));

/** Verbs that elsewhere tell speech ("asked", "added", "confirmed") in the sense of an act. */
const SPEECH_VERBS_AS_ACTS: readonly [string, string][] = [
  ['The union asked the Labour Directorate for mediation on Wednesday.', 'other 2025-06-04 occurred'],
  ['On Monday the Osei family asked the High Court for an injunction.', 'other 2025-06-02 occurred'],
  ['The court added three cases to its docket last Friday.', 'other 2025-05-30 occurred'],
  ['Northway Air added two routes to its winter schedule on Tuesday.', 'other 2025-06-03 occurred'],
  ['The first case was confirmed by the national laboratory on 22 December.', 'other 2024-12-22 occurred'],
  ['Tessa Grant was confirmed as head coach of Harlow Town on Monday.', 'other 2025-06-02 occurred'],
  ['The Cedar Ridge fire was first reported at 2:14 p.m. on Thursday.', 'other 2025-05-29 occurred'],
];

/** A proposal turned down by those who decide on it is a decision, not a reaction. */
const PROPOSALS_REJECTED: readonly [string, string][] = [
  ['Voters in Kestrel County rejected the school levy on Tuesday.', '2025-06-03 occurred'],
  ['Councillors in Ardmore refused the Kestrel quarry plan on Thursday.', '2025-05-29 occurred'],
  ['The appeal court rejected Greer’s appeal on Friday.', '2025-05-30 occurred'],
];

/** "as planned", "as scheduled": an adverb of the plan, not the clause's verb. */
const AS_PLANNED: readonly [string, string][] = [
  ['Term 1 will begin as planned on 26 January.', 'other 2026-01-26 scheduled'],
  ['The Hallam Street market reopened as scheduled on Saturday.', 'other 2025-05-31 occurred'],
];

/** A simple past done by a time: the time is when it was done. */
const DONE_BY: readonly [string, string][] = [
  ['Firefighters contained the blaze by Sunday evening.', 'other 2025-06-01 occurred'],
  ['Crews restored power to most homes in Ardmore by Tuesday night.', 'other 2025-06-03 occurred'],
];

/** The verb before the date dates the act, not a happening's noun in a purpose clause after it. */
const PURPOSE_AFTER_DATE: readonly [string, string][] = [
  ['The jury retired on Thursday afternoon to consider its verdict.', 'other 2025-05-29 occurred'],
];

/** A present of the calendar, whatever the verb, told of a day ahead: a plan. */
const TIMETABLE_PRESENT: readonly [string, string][] = [
  ['The new Kessel bridge carries its first traffic on Monday.', '2025-06-09 scheduled'],
  ['Parliament sits again on January 12.', '2026-01-12 scheduled'],
  ['The exhibition transfers to the Burrell gallery in Glasgow in September.', '2025-09 scheduled'],
  ['Voltcore lists its shares in Hong Kong on Friday.', '2025-06-06 scheduled'],
];

/**
 * A verb with an object right after a subject's apposition is the sentence's own verb, not the
 * participle of an aside retelling the day's happening told before ("The talks, held on Monday, ...").
 */
const VERB_AFTER_APPOSITION: readonly [string, string][] = [
  [
    'Ada Voss appeared at Leeds Crown Court on Monday. About 30 supporters, including her brother, Tom, held a vigil outside the court on Monday morning, some carrying placards.',
    'other 2025-06-02 occurred',
  ],
  [
    'Farmers blocked the A9 on Friday.\n\nLocal farmers, led by Ewan Ross, staged a go-slow on the bypass on Friday afternoon, some driving tractors.',
    'other 2025-05-30 occurred',
  ],
];

/** "weekly", "monthly" as an adjective of a thing acted on tells no habit of the act. */
const ADJECTIVE_OF_A_THING: readonly [string, string][] = [
  ['Following a review, the council reinstated the weekly bin collection on Monday.', '2025-06-02'],
  ['The ministry suspended the weekly flights to Kallo on Tuesday.', '2025-06-03'],
  ['The trust held its weekly market in the square on Saturday.', '2025-05-31'],
];

/** A habit told by the same words as adverbs: no happening. */
const HABIT: readonly string[] = ['The council meets weekly.', 'The trust holds a market in the square weekly.'];

/** States, feelings, levels, trends and volumes over a period, and denied acts: no happening. */
const NO_HAPPENING: readonly string[] = [
  'Lindqvist was a teacher in Malmö in the 1990s.',
  'The party has long opposed the levy.',
  'By then the mill had been closed for a decade.',
  'The council meets every month on the first Tuesday.',
  'Sales were up 12% in March.',
  'She has worked at the hospital since 2011.',
  'Oil traded at $81 a barrel on Tuesday.',
  'Unemployment stood at 5.1% in October.',
  'The airport handled 12 million passengers in 2023.',
  'The company employed 300 people in 2019.',
  'Ferris lived in Leeds in 2004.',
  'Rents rose for months in 2023.',
  'Borrowing costs climbed for a third week on Friday.',
  'The company made a profit of $3m in the third quarter.',
  'The region received twice its normal rainfall in June.',
  'Many residents feared the worst on Sunday night.',
  'The decision surprised many observers on Friday.',
  'Nobody answered the phone at the council offices on Monday.',
  'No one claimed responsibility for the attack on Tuesday.',
  'The plan was expected to cost £40m in 2019.',
  'The museum will remain shut on Monday.',
  'Schools in the valley will stay open on Friday.',
  'Fans will want a better display against Dunmore on Saturday.',
  'The fund will be worth $2bn by 2030.',
  'The forecast shows heavy rain on Friday.',
  'The team needs a point on Saturday to stay up.',
  'The truce between the two clans held for a third day on Sunday.',
  'Pike is facing charges over an attack on Tuesday.',
  'My contract runs to 2029.',
  'Traders price in a cut in September.',
  'Markets brace for a rate decision on Thursday.',
  'Bookmakers make Rovers favourites for the final on Saturday.',
  'Investors await the jobs report on Friday.',
];

describe('a dated act told by a verb on no list', () => {
  it.each(SPEECH_VERBS_AS_ACTS)('%s', (sentence, expected) => {
    expect(lines(sentence)).toContain(expected);
  });

  it.each(PROPOSALS_REJECTED)('%s', (sentence, expected) => {
    expect(lines(sentence).map((line) => line.replace(/^\w+ /, ''))).toContain(expected);
    expect(lines(sentence).every((line) => !line.startsWith('statement'))).toBe(true);
  });

  it.each(AS_PLANNED)('%s', (sentence, expected) => {
    expect(lines(sentence)).toContain(expected);
  });

  it.each(DONE_BY)('%s', (sentence, expected) => {
    expect(lines(sentence)).toContain(expected);
  });

  it.each(PURPOSE_AFTER_DATE)('%s', (sentence, expected) => {
    expect(lines(sentence)).toContain(expected);
  });

  it.each(TIMETABLE_PRESENT)('%s', (sentence, expected) => {
    expect(lines(sentence).map((line) => line.replace(/^\w+ /, ''))).toContain(expected);
  });

  it.each(VERB_AFTER_APPOSITION)('%s', (article, expected) => {
    expect(lines(article).filter((line) => line === expected)).toHaveLength(2);
  });

  it.each(ADJECTIVE_OF_A_THING)('%s', (sentence, date) => {
    expect(lines(sentence).some((line) => line.includes(` ${date} `))).toBe(true);
  });

  it.each(HABIT)('%s', (sentence) => {
    expect(lines(sentence)).toEqual([]);
  });

  it.each(NO_HAPPENING)('%s', (sentence) => {
    expect(lines(sentence)).toEqual([]);
  });
});
