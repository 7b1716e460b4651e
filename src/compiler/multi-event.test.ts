import { describe, expect, it } from 'vitest';
import { eventSummaries } from './event-lines.ts';

/**
 * Sentences that tell more than one event, as news prose does: two verbs joined by "and", a verb and
 * the participle after it ("before flying to ..."), a trip and its purpose ("flew to Oslo on Monday
 * to meet ..."). Each event the sentence tells is listed with its own date; a second event with no
 * date of its own shares the first one's day, or lies as far from it as the text says ("a day
 * before travelling"). Every sentence is invented (people, companies and places too); the dateline
 * is Wednesday 2025-06-04, so a past "Monday" is 2025-06-02 and a coming "Tuesday" is 2025-06-10.
 */

/** [events expected, sorted; sentence]. */
const SHARED_DATES: readonly [string[], string][] = [
  [
    ['meeting 2025-06-03 occurred', 'travel 2025-06-03 occurred'],
    'Kovac met the prime minister on Tuesday before leaving for Vilnius.',
  ],
  [
    ['meeting 2025-06-10 scheduled', 'travel 2025-06-10 scheduled'],
    'Premier Ida Laine is set to meet President Tomas Berg on Tuesday before flying to Vilnius.',
  ],
  [
    ['meeting 2025-06-02 occurred', 'travel 2025-06-02 occurred'],
    'Foreign Minister Ana Duval flew to Oslo on Monday to meet King Harald.',
  ],
  [
    ['meeting 2025-06-03 occurred', 'travel 2025-06-03 occurred'],
    'Rask travelled to Kyiv on Tuesday to hold talks with President Olena Marchuk.',
  ],
  [
    ['meeting 2025-06-09 scheduled', 'travel 2025-06-09 scheduled'],
    'Duval will fly to Oslo on Monday to meet King Harald.',
  ],
  [
    ['policy 2025-06-03 occurred', 'travel 2025-06-03 occurred'],
    'Upon arriving in Ankara on Tuesday, Duval signed a trade accord.',
  ],
  [
    ['conflict 2025-05-28 occurred', 'other 2025-05-30 occurred'],
    'Lena Ortiz resigned as mayor on Friday, two days after being arrested.',
  ],
];

/** A planned event moved to a new date: the plan called off, and the event at its new date. */
const MOVES: readonly [string[], string][] = [
  [
    ['other 2025-06-07 cancelled', 'other 2025-06-14 scheduled'],
    "Saturday's match against Dynamo Tirana was postponed until June 14.",
  ],
  [
    ['meeting 2025-06-05 cancelled', 'meeting 2025-06-10 scheduled'],
    "Ministers called off Thursday's talks and rescheduled them for next Tuesday.",
  ],
  [
    ['other 2025-06-05 cancelled', 'other 2025-06-12 scheduled'],
    'The trial of Dario Fenn, due to start on Thursday, was adjourned until June 12.',
  ],
  [
    ['policy 2025-06-05 cancelled', 'policy 2025-06-23 scheduled'],
    'The vote, scheduled for Thursday, was delayed until June 23.',
  ],
  [
    ['summit 2025-06-10 cancelled', 'summit 2025-07-08 scheduled'],
    'The Nordic summit, set for June 10, will now be held on July 8.',
  ],
  [
    ['meeting 2025-06-05 cancelled', 'meeting 2025-06-12 scheduled'],
    'The meeting, planned for Thursday, will instead take place on June 12.',
  ],
  [
    ['other 2025-06-16 cancelled', 'other 2025-09-01 scheduled'],
    'The opening of the new terminal, due on June 16, was moved to Sept. 1.',
  ],
];

/** Sentences that tell one event: the second verb or noun is part of it. */
const ONE_EVENT: readonly [string, string][] = [
  [
    'meeting 2025-06-02 occurred',
    'Duval met her Latvian counterpart, Ilze Ozola, on Monday and discussed energy security.',
  ],
  ['travel 2025-06-02 occurred', 'Duval arrived in Riga on Monday for a two-day visit.'],
  ['policy 2025-06-03 occurred', 'The council voted 7-2 on Tuesday to close the Hallam Road baths.'],
  ['policy 2025-06-02 occurred', 'The council agreed on Monday to meet the cost of the repairs.'],
];

describe('a sentence that tells two events', () => {
  it.each(SHARED_DATES)('finds %j in %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
});

describe('a plan moved to a new date', () => {
  it.each(MOVES)('finds %j in %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
});

describe('a sentence that tells one event', () => {
  it.each(ONE_EVENT)('finds only %s in %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toEqual([expected]);
  });
});
