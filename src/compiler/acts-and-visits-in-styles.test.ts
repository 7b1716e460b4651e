import { describe, expect, it } from 'vitest';
import { dateLines, eventLines } from './event-lines.ts';

/**
 * Policy acts, announcements, meetings and trips as different outlets tell them: a regulator's
 * notice, a local paper's planning story, an election-night wire, a diplomatic diary, a council
 * report. Every sentence is invented (people, bodies and places too); the dateline is Wednesday
 * 2025-06-04, so "on Tuesday" in the past is 2025-06-03 and "on Friday" ahead 2025-06-06.
 */
function eventsOf(text: string): string[] {
  return eventLines(text);
}

/** [expected events, text]: one act or announcement each, of the kind the conventions give it. */
const ACTS: readonly [string, string][] = [
  // A body named only by its common noun publishes its findings.
  ['announcement 2025-05-29 occurred []', 'The inspectorate published its report into the fire on Thursday.'],
  ['announcement 2025-06-02 occurred []', 'The ombudsman published her findings on Monday.'],
  // A date, a venue or a line-up made public: what it is for is its complement, no happening of its own.
  ['announcement 2025-06-02 occurred []', 'Organisers confirmed the date of the festival on Monday.'],
  ['announcement 2025-05-30 occurred []', 'Organisers revealed the line-up for the festival on Friday.'],
  ['announcement 2025-06-03 occurred []', 'The league confirmed the dates for the play-offs on Tuesday.'],
  // "declared" before its object is a past verb, not the adjective of "the declared aim".
  [
    'announcement 2025-06-01 occurred [electoral commission]',
    'The electoral commission declared the results on Sunday night.',
  ],
  ['announcement 2025-06-02 occurred []', 'The commission declared the final results on Monday.'],
  // What is ordered shut is the order's content, and the order is the authority's.
  ['policy 2025-06-03 occurred [health ministry]', 'The health ministry ordered schools closed on Tuesday.'],
  ['policy 2025-06-03 occurred [health ministry]', 'The health ministry ordered all schools shut on Tuesday.'],
  ['policy 2025-06-02 occurred [aviation authority]', 'The aviation authority ordered the fleet grounded on Monday.'],
  // A business named by its trade announces as a company does.
  ['announcement 2025-05-30 occurred []', 'The carmaker announced a recall of 40,000 vehicles on Friday.'],
  ['announcement 2025-05-30 occurred []', 'The carmaker unveiled a new SUV on Friday.'],
  // A government's programme and its budget made public (the budget approved is policy).
  [
    'announcement 2025-06-03 occurred []',
    "The prime minister set out her legislative agenda in the King's Speech on Tuesday.",
  ],
  ['announcement 2025-05-29 occurred []', 'The new government outlined its priorities on Thursday.'],
  ['announcement 2025-10-30 scheduled []', 'The chancellor will deliver her budget on October 30.'],
  // Staff told of the company's own step: an announcement, as "told reporters she would resign" is.
  [
    'announcement 2025-06-03 occurred [Dunmore Foods]',
    'Dunmore Foods told staff on Tuesday that it would cut 300 jobs.',
  ],
  ['statement 2025-06-03 occurred [Dunmore Foods]', 'Dunmore Foods told staff on Tuesday that the plan would fail.'],
];

describe('acts and announcements', () => {
  it.each(ACTS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual(expected.split(' | '));
  });
});

describe('a visitor named by a participle', () => {
  it('is the setting of the dinner, which takes the date', () => {
    expect(eventsOf('The king hosted a dinner for the visiting Japanese prime minister on Friday.')).toEqual([
      'meeting 2025-05-30 occurred []',
    ]);
  });
});

/** [expected events, text]: a plan and its calling off in one sentence are one event. */
const PLANS_CALLED_OFF: readonly [string, string][] = [
  ['meeting 2025-06-06 cancelled []', 'The two leaders were due to meet on Friday but the meeting was called off.'],
  [
    'travel 2025-06-09 cancelled [Ana Velasco]',
    'Ana Velasco was due to visit Kenya next week, but the trip was cancelled.',
  ],
  ['policy 2025-06-05 cancelled []', 'The council was due to vote on the plan on Thursday but the vote was postponed.'],
  // The new day it was moved to is the plan as it now stands.
  [
    'policy 2025-06-03 cancelled [] | policy 2025-07 scheduled []',
    'The council had been due to vote on the scheme on Tuesday, but the vote was delayed until July.',
  ],
];

describe('a plan called off later in its sentence', () => {
  it.each(PLANS_CALLED_OFF)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual(expected.split(' | '));
  });

  it('reads a plan told in the pluperfect at its nearest month, as a planning committee story does', () => {
    expect(
      dateLines(
        '2024-09-27',
        'The committee had been due to decide the application in July, but the decision was deferred.',
      ),
    ).toEqual(['policy cancelled 2024-07']);
  });

  it('leaves a plan that went ahead', () => {
    expect(eventsOf('The two leaders were due to meet on Friday and the meeting went ahead.')).toEqual([
      'meeting 2025-06-06 scheduled []',
    ]);
  });
});

/** [expected events, text]: trips and talks told by their nouns, and people moved to safety. */
const TRIPS_AND_TALKS: readonly [string, string][] = [
  // A trip that began is the trip, not a happening "began"; a definite one is the trip told before.
  ['travel 2025-06-03 occurred [Velasco]', "Velasco's tour began on Tuesday in Yuma."],
  [
    'travel 2025-06-02 occurred [Ana Velasco] | travel 2025-06-03 occurred [Ana Velasco]',
    'Ana Velasco flew to Arizona on Monday. The tour began on Tuesday in Yuma.',
  ],
  ['meeting 2025-06-02 occurred [Norland, Vardia]', 'Talks between Norland and Vardia began on Monday in Geneva.'],
  // People evacuated somewhere are on the move (a place evacuated is an operation: `other`).
  ['travel 2025-06-01 occurred [Ana Velasco]', 'Ana Velasco was evacuated to Cyprus on Sunday.'],
  ['travel 2025-06-01 occurred []', 'The injured journalist was evacuated to Cyprus on Sunday.'],
  ['travel 2025-06-01 occurred []', 'Forty British nationals were evacuated from Khartoum on Sunday.'],
];

describe('trips and talks', () => {
  it.each(TRIPS_AND_TALKS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual(expected.split(' | '));
  });

  it('leaves a town evacuated an operation', () => {
    expect(eventsOf('The town was evacuated on Sunday as the fire approached.')).not.toContainEqual(
      expect.stringMatching(/^travel/),
    );
  });
});

describe('a conference a relative clause tells the host and the days of', () => {
  it('is one summit, called off, on its own days, held by the relative clause’s subject', () => {
    expect(
      eventLines(
        'A regional vaccine-sharing conference that Thailand had planned to host in Bangkok from May 12 to 14 was postponed last week, the Thai health ministry said, without giving a new date.',
        undefined,
        '2026-04-30',
      ),
    ).toEqual(['summit 2026-05-12 cancelled [Thailand]']);
  });

  it('reads a plan as it stood ("had planned to") at its nearest day, not a year back', () => {
    expect(dateLines('2026-04-30', 'Velasco had planned to visit Lima on May 12.')).toEqual([
      'travel scheduled 2026-05-12',
    ]);
    expect(dateLines('2026-04-30', 'Thailand had planned to host talks on May 12.')).toEqual([
      'meeting scheduled 2026-05-12',
    ]);
  });
});
