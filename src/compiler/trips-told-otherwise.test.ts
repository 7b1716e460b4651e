import { describe, expect, it } from 'vitest';
import { dateLines, eventLines } from './event-lines.ts';

/**
 * Trips told without the traveller as the subject of a verb of travel: people flown, driven or set
 * down by a pilot or a craft, and a booked pickup or transfer called off. Every sentence is
 * invented; the dateline is Wednesday 2025-06-04.
 */
function kindsDatesStatus(text: string): string[] {
  return eventLines(text).map((line) => line.replace(/ \[.*\]$/, ''));
}

/** [expected events, text]: a trip carried by someone else, in several outlets' styles. */
const CARRIED: readonly [string[], string][] = [
  // Expedition diary.
  [
    ['travel 2025-06-03 occurred'],
    'June 3 — A navy helicopter lifted him out at 15:10 and flew him to Puerto Aysén, where the clinic says he is fine.',
  ],
  [['travel 2025-06-02 occurred'], 'June 2 — Our pilot, Ezequiel Morán, set us down at the Nevado camp at 9:40.'],
  // Wire.
  [
    ['travel 2025-06-03 occurred'],
    'A coastguard helicopter flew the four stranded climbers to Tromsø on Tuesday, officials said.',
  ],
  // Local paper.
  [['travel 2025-06-02 occurred'], 'A volunteer driver drove the evacuees to Harwick on Monday night.'],
  // Rescue report.
  [['travel 2025-06-01 occurred'], 'The lifeboat crew winched her to safety on Sunday afternoon.'],
];

/** A booked ride called off is a cancelled trip, not an unnamed happening. */
const CALLED_OFF: readonly [string[], string][] = [
  [
    ['travel 2025-06-12 cancelled'],
    'The helicopter pickup booked for June 12 has been cancelled; we will not need it.',
  ],
  [['travel 2025-06-07 cancelled'], 'The charter flight booked for June 7 was called off because of fog.'],
  [['travel 2025-06-09 cancelled'], 'A sailing to Inish Mór arranged for June 9 was cancelled.'],
  // Travel desk and island paper: the trip's noun as the subject of the verb that calls it off.
  [['travel 2025-06-08 cancelled'], "Sunday's flight to Geneva has been scrapped."],
  [['travel 2025-06-05 cancelled'], "Thursday's sailing to Kros has been cancelled because of the gale."],
];

/** A diary's or a log's note with no subject after its heading: the writer met or travelled. */
const UNSAID_WRITER: readonly [string[], string][] = [
  // Expedition log.
  [['meeting 2025-05-28 occurred'], 'May 28 — Met two rangers from Ordesa National Park at the Góriz hut.'],
  // Field notes.
  [['meeting 2025-06-02 occurred'], 'June 2 — Met with the harbour master in the afternoon; no news of the boat.'],
  // Travel diary.
  [['travel 2025-06-02 occurred'], 'June 2 — Reached Susa at noon, hot and dusty.'],
  [['travel 2025-06-01 occurred'], 'June 1 — Arrived in Lisbon late, tired.'],
];

/** "Met" that is the Met's name, not the writer's verb, after a live blog's time stamp. */
const MET_BY_NAME: readonly [string, string][] = [
  ['meeting', '14:05 — Met police said two men had been arrested at the ground.'],
  ['meeting', '07:40 — Met Éireann upgraded its wind warning for Galway to orange.'],
];

/** Not trips: an idiom with a verb of carrying, a supplies airlift, a dinner called off. */
const NOT_TRIPS: readonly [string, string][] = [
  ['travel', 'Ms Arden drove the point home at the hearing on Tuesday.'],
  ['travel', 'Councillor Ada Brenn put them down as cowards at the meeting on Tuesday.'],
  ['travel', 'A planned airlift of medical supplies to Bol, due on June 6, was postponed.'],
  ['travel', 'The team dinner booked for Friday was cancelled.'],
];

describe('trips told of the people carried', () => {
  it.each(CARRIED)('%j from %s', (expected, text) => {
    expect(kindsDatesStatus(text)).toEqual(expected);
  });
});

describe('a booked ride called off', () => {
  it.each(CALLED_OFF)('%j from %s', (expected, text) => {
    expect(kindsDatesStatus(text)).toEqual(expected);
  });
});

describe("a note with the writer's verb and no subject", () => {
  it.each(UNSAID_WRITER)('%j from %s', (expected, text) => {
    expect(kindsDatesStatus(text)).toEqual(expected);
  });
  it.each(MET_BY_NAME)('no %s in %s', (kind, text) => {
    expect(kindsDatesStatus(text).filter((line) => line.startsWith(`${kind} `))).toEqual([]);
  });
});

describe('no trip', () => {
  it.each(NOT_TRIPS)('no %s in %s', (kind, text) => {
    expect(kindsDatesStatus(text).filter((line) => line.startsWith(`${kind} `))).toEqual([]);
  });
});

/**
 * "..., and so was yesterday's": an ellipsis whose only word left is another day's tells the same
 * happening again on that day. [dateline, article (paragraphs split by `||`), events expected].
 */
const SO_WAS_ANOTHER_DAY: readonly (readonly [string, string, readonly string[]])[] = [
  // Expedition log, the day counted from the entry's heading.
  [
    '2025-06-20',
    "ESQUEL — Extracts from the log of the botanist Lía Ferraro.||June 3 — Still in Esquel. The helicopter flight to the plateau planned for Sunday was called off because of wind, and so was yesterday's.",
    ['travel cancelled 2025-06-01', 'travel cancelled 2025-06-02'],
  ],
  // Island paper.
  [
    '2025-06-04',
    "The ferry crossing to Inis Oírr planned for Monday was cancelled because of the swell, and so was Tuesday's, the operator said.",
    ['travel cancelled 2025-06-02', 'travel cancelled 2025-06-03'],
  ],
  // No other day named: one crossing.
  [
    '2025-06-04',
    'The ferry crossing to Inis Oírr planned for Monday was cancelled because of the swell, and so were the ones after it.',
    ['travel cancelled 2025-06-02'],
  ],
];

describe('an ellipsis of another day', () => {
  it.each(SO_WAS_ANOTHER_DAY)('%s %s', (published, article, expected) => {
    expect(dateLines(published, article)).toEqual(expected);
  });
});
