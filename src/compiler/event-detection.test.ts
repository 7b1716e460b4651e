import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Events the compiler must find, or must not, in invented sentences of several styles (wire,
 * local paper, live blog, business desk). Each sentence follows a neutral opening sentence, so it
 * is read as a sentence of the story's body, not as its lede. Every person, place and company is
 * invented; the dateline is Wednesday 2025-06-04, so "on Tuesday" in the past is 2025-06-03.
 */
const OPENING = 'Officials gave few details.';

function eventsOf(text: string): string[] {
  return eventLines(`${OPENING}\n\n${text}`);
}

const kindsOf = (text: string): string[] => eventsOf(text).map((event) => event.split(' ')[0] ?? '');

/** Things that move: a happening of the thing, not a person's trip. */
const THINGS_THAT_MOVE: readonly [string, string][] = [
  ['other 2025-05-30 occurred []', 'The first shipment left Hamburg for Yokohama on May 30.'],
  ['other 2025-06-02 occurred []', 'A convoy of 40 aid trucks arrived in Gao on Monday.'],
  ['other 2025-06-03 occurred []', 'The tanker left port on Tuesday, the harbour master said.'],
  ['other 2025-06-02 occurred []', 'The ferry finally arrived in Dover on Monday evening.'],
];

/** People who travel, also in a vehicle: still trips. */
const TRIPS: readonly [string, string][] = [
  ['travel 2025-06-02 occurred [Ada Lindqvist]', 'A plane carrying Ada Lindqvist landed in Oslo on Monday.'],
  ['travel 2025-06-02 occurred [Ada Lindqvist]', 'Ada Lindqvist left Hamburg for Yokohama on Monday.'],
];

describe('things that move are happenings, people who move travel', () => {
  it.each(THINGS_THAT_MOVE)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(TRIPS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each([
    'Cargo ships usually leave Hamburg for Yokohama on Mondays.',
    'The ferry did not arrive in Dover on Monday.',
    'If the convoy arrives in Gao on Monday, aid could reach the camps by Friday.',
  ])('no event: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

/** Information an organisation makes public is an announcement. */
const MADE_PUBLIC: readonly [string, string][] = [
  ['announcement 2025-02-20 occurred [Ansar Kivu]', 'Ansar Kivu released a video of the three hostages on Feb. 20.'],
  [
    'announcement 2024-09 occurred [Carvel Pension Fund]',
    'The Carvel Pension Fund disclosed the $48 million write-off in September.',
  ],
  ['announcement 2025-06-03 occurred [Orvel Motors]', 'Orvel Motors published its annual report on Tuesday.'],
];

describe('information made public', () => {
  it.each(MADE_PUBLIC)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each([
    'Police released the three men without charge on Tuesday.',
    'The rebels released two hostages on Tuesday.',
    'Orvel Motors released its new electric van on Tuesday.',
  ])('no announcement: %s', (text) => {
    expect(kindsOf(text)).not.toContain('announcement');
  });
});

/** Plans called off or moved, named by any noun with a planned date. */
const CHANGED_PLANS: readonly [string[], string][] = [
  [
    ['travel 2025-06-05 cancelled []', 'travel 2025-06-07 scheduled []'],
    'A stop in Flagstaff planned for Thursday was postponed to Saturday after a snowstorm.',
  ],
  [['travel 2025-06-06 cancelled []'], 'A stop in Ljubljana planned for Friday was dropped from the schedule.'],
  [
    ['other 2025-06-09 cancelled [finance ministry]', 'other 2025-06-16 scheduled [finance ministry]'],
    'A sale of 2 billion lei ($402 million) of 10-year bonds set for Monday, June 9, was postponed to June 16, the finance ministry said.',
  ],
  // "did not take place" tells the plan's day as gone by: the Friday before the (Wednesday) dateline.
  [
    ['other 2025-05-30 cancelled []'],
    'A handover of four prisoners to the Red Cross, which had been planned for Friday, did not take place.',
  ],
];

describe('plans called off or moved', () => {
  it.each(CHANGED_PLANS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual(expected);
  });
  it.each([
    'The deadline set for Friday was pushed back to July.',
    'A stop in Flagstaff planned for Thursday went ahead despite the snow.',
    'The meeting had been scheduled for November but was postponed because of flooding.',
  ])('no happening of its own: %s', (text) => {
    expect(eventsOf(text).filter((event) => event.startsWith('other'))).toEqual([]);
  });
});

describe('a trip and the occasion it was for share a date', () => {
  it.each([
    ['travel 2024-07-20 occurred [Kofi Mensah]', 'Kofi Mensah flew to Chicago for a pre-season tour on 20 July.'],
    [
      'travel 2025-06-02 occurred [Ada Lindqvist]',
      'Ada Lindqvist travelled to Rome for a three-nation tour on Monday.',
    ],
  ])('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
});

/**
 * A fronted phrase that sets the scene dates the main clause's event; a trip told there is the main
 * clause's subject's, on the same day.
 */
const SCENES: readonly [string, string][] = [
  [
    'policy 2025-06-03 occurred [Harwick Town Council]',
    'At a meeting on Tuesday, Harwick Town Council approved the plan.',
  ],
  [
    'announcement 2025-06-02 occurred [Ada Lindqvist] | travel 2025-06-02 occurred [Ada Lindqvist]',
    'During a visit to Kyiv on Monday, Ada Lindqvist announced a $2 billion aid package.',
  ],
  [
    'policy 2025-05-26 occurred [Ada Lindqvist] | travel 2025-05-26 occurred [Ada Lindqvist]',
    'On a trip to Oslo last week, Ada Lindqvist signed a defence pact.',
  ],
];

describe('a scene set by a fronted phrase', () => {
  it.each(SCENES)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual(expected.split(' | '));
  });
  it('does not date what happened after it', () => {
    expect(eventsOf('After talks on Monday, Ada Lindqvist announced her resignation.')).not.toContain(
      'announcement 2025-06-02 occurred [Ada Lindqvist]',
    );
  });
  it('is a flashback when it is an earlier scene: "hours later" goes on from the main story', () => {
    const text =
      'Harwick Town Council approved the plan on Tuesday.\n\nAt its previous meeting on May 12, the council rejected the bill.\n\nHours later, Ada Lindqvist resigned.';
    expect(eventsOf(text)).toContain('other 2025-06-03 occurred [Ada Lindqvist]');
  });
});

/** Decisions told by verbs the tables lacked: powers invoked, offers turned down, members expelled. */
const DECISIONS: readonly [string, string][] = [
  [
    'policy 2025-05-29 occurred [Tina Kotek]',
    "Gov. Tina Kotek invoked the state's Emergency Conflagration Act on Thursday.",
  ],
  [
    'other 2025-01 occurred [Castlebridge United]',
    'Castlebridge United rejected a £30m offer from the German club in January.',
  ],
  [
    'other 2025-06-02 occurred [Harbour Party, Ada Lindqvist]',
    'The Harbour Party expelled Ada Lindqvist on Monday for anti-party activities.',
  ],
  ['policy 2025-06-02 occurred []', 'The government expelled two Ruritanian diplomats on Monday.'],
];

describe('decisions: powers invoked, offers rejected, members expelled', () => {
  it.each(DECISIONS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(['Ada Lindqvist would reject any offer from Orvel Motors.'])('no event: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('an event noun dated by the relative clause that tells its course', () => {
  it.each([
    [
      'meeting 2025-06-03 occurred []',
      'The decision followed a meeting of the review board that lasted nearly three hours on Tuesday.',
    ],
    ['meeting 2025-06-02 occurred []', 'More than 300 residents came to a meeting that began on Monday evening.'],
  ])('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toContain(expected);
  });
  it('not by a relative clause about something else', () => {
    expect(
      eventsOf('The decision followed a meeting that residents had requested in a letter on Tuesday.'),
    ).not.toContain('meeting 2025-06-03 occurred []');
  });
});
