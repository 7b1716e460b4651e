import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Meetings and trips in the many ways news prose tells them: wire, broadsheet, tabloid, diplomatic
 * readouts. Every sentence is invented (people too); the dateline is Wednesday 2025-06-04, so "on
 * Tuesday" in the past is 2025-06-03 and "on Friday" ahead is 2025-06-06. People are introduced by
 * full name, as news copy does before it uses a surname alone.
 */
function eventsOf(text: string, kinds: readonly string[] = ['meeting', 'travel']): string[] {
  return eventLines(text, (kind) => kinds.includes(kind));
}

/** [expected event, text]: each text tells exactly one meeting or trip. */
const MEETINGS: readonly [string, string][] = [
  [
    'meeting 2025-06-03 occurred [Lina Castell, Kojo Asante]',
    'Foreign Minister Lina Castell received the Ghanaian envoy, Kojo Asante, on Tuesday.',
  ],
  [
    'meeting 2025-06-02 occurred [Lina Castell, King Aldric]',
    'Foreign Minister Lina Castell was received by King Aldric at the palace on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Boris Kallas, Inga Ozola]',
    'Foreign Minister Boris Kallas and Prime Minister Inga Ozola spoke by video link on Monday.',
  ],
  [
    'meeting 2025-06-03 occurred [Ana Ferreira, Jonas Vik]',
    'A call between President Ana Ferreira and Prime Minister Jonas Vik took place on Tuesday.',
  ],
  [
    'meeting 2025-06-03 occurred [Ana Ferreira, Jonas Vik]',
    'The talks between President Ana Ferreira and Prime Minister Jonas Vik were held in Lisbon on Tuesday.',
  ],
  [
    'meeting 2025-06-03 occurred [Ana Ferreira, Jonas Vik]',
    'Talks between President Ana Ferreira and Prime Minister Jonas Vik on Tuesday ended without agreement.',
  ],
  [
    'meeting 2025-06-06 scheduled [Estonia, Latvia]',
    'Foreign Minister Boris Kallas said talks between Estonia and Latvia would resume on Friday.',
  ],
  ['meeting 2025-06-01 occurred [Ana Ferreira]', 'President Ana Ferreira huddled with her senior advisers on Sunday.'],
  [
    'meeting 2025-06-02 occurred [Boris Kallas, Inga Ozola]',
    'Foreign Minister Boris Kallas had a lengthy phone conversation with Prime Minister Inga Ozola on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Boris Kallas, Inga Ozola]',
    'Foreign Minister Boris Kallas phoned Prime Minister Inga Ozola on Monday to offer condolences.',
  ],
  [
    'meeting 2025-06-02 occurred [Boris Kallas, Inga Ozola]',
    'Foreign Minister Boris Kallas called Prime Minister Inga Ozola on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Boris Kallas, Inga Ozola]',
    'Foreign Minister Boris Kallas received a phone call from Prime Minister Inga Ozola on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Boris Kallas]',
    'Foreign Minister Boris Kallas held a video conference with Nordic leaders on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Lars Ek, Iran]',
    'The envoy Lars Ek held two rounds of talks with Iranian officials on Monday and Tuesday.',
  ],
  [
    'meeting 2025-06-01 occurred [Lars Ek, Hamas]',
    'The envoy, Lars Ek, held a meeting with Hamas representatives in Doha on Sunday.',
  ],
  [
    'meeting 2025-06-02 occurred [Boris Kallas, Inga Ozola]',
    'Foreign Minister Boris Kallas paid a courtesy call on Prime Minister Inga Ozola on Monday.',
  ],
  [
    'meeting 2025-06-03 occurred [Boris Kallas, Inga Ozola]',
    'Foreign Minister Boris Kallas and Prime Minister Inga Ozola shook hands in Riga on Tuesday.',
  ],
  [
    'meeting 2025-06-02 occurred [Dana Whitfield]',
    'Premier Dana Whitfield stayed up until 3 a.m. on Monday in talks with union leaders.',
  ],
  [
    'meeting 2025-06-03 occurred [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt, on a trip to Mexico, met President Sofia Reyes on Tuesday.',
  ],
  [
    'meeting 2025-05-29 occurred [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt and President Sofia Reyes met behind closed doors in Vienna on Thursday.',
  ],
  [
    'meeting 2025-06-02 occurred [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt and President Sofia Reyes held a 90-minute meeting at the Elysee on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Ivo Brandt, Sofia Reyes]',
    "Chancellor Ivo Brandt's talks with President Sofia Reyes on Monday focused on trade.",
  ],
  [
    'meeting 2025-06-02 occurred [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt joined President Sofia Reyes for lunch on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Ivo Brandt, Sofia Reyes]',
    'On Monday, Chancellor Ivo Brandt dined with President Sofia Reyes.',
  ],
  [
    'meeting 2025-06-02 occurred [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt spoke to President Sofia Reyes by telephone on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt and President Sofia Reyes exchanged views by phone on Monday.',
  ],
  [
    'meeting 2025-06-02 occurred [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt and President Sofia Reyes discussed trade during a phone call on Monday.',
  ],
  [
    'meeting 2025-06-06 scheduled [Ivo Brandt, Sofia Reyes]',
    'Chancellor Ivo Brandt will receive President Sofia Reyes at the chancellery on Friday.',
  ],
];

/** Texts that tell no meeting: negations, plans ruled out, and "received" without anyone received. */
const NOT_MEETINGS: readonly string[] = [
  'No meeting between President Karl Ostberg and Prime Minister Leena Aho is planned.',
  'President Karl Ostberg did not meet Prime Minister Leena Aho on Tuesday.',
  'Chancellor Ivo Brandt received a letter from the union on Monday.',
  'Chancellor Ivo Brandt received the Nobel Peace Prize in Oslo on Tuesday.',
  'Vantor Motors is in talks with Orvel Motors about a merger.',
  'Met Eireann upgraded its wind warning to red on Tuesday.',
  'Chancellor Ivo Brandt traveled to Ottawa last week for talks with Canadian officials.',
  'Chancellor Ivo Brandt issued a call for calm on Monday.',
];

const TRIPS: readonly [string, string][] = [
  ['travel 2025-06-03 occurred [Ana Ferreira]', 'President Ana Ferreira touched down in Lima on Tuesday.'],
  ['travel 2025-06-06 scheduled [Ivo Brandt]', 'Chancellor Ivo Brandt is due in Canberra on Friday.'],
  ['travel 2025-06-05 scheduled [Ivo Brandt]', 'Chancellor Ivo Brandt is expected in Madrid on Thursday.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt was in Paris on Monday.'],
  ['travel 2025-06-05 scheduled [Ivo Brandt]', 'Chancellor Ivo Brandt will be in Brussels on Thursday.'],
  ['travel 2025-06-03 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt set off for Canberra on Tuesday.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt flew into Lagos late on Monday.'],
  ['travel 2025-06-03 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt flew home on Tuesday.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt stopped in Dubai on Monday on his way to India.'],
  ['travel 2025-06-03 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt crossed into Poland on Tuesday.'],
  ['travel 2025-06-01 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt embarked on a tour of the Gulf on Sunday.'],
  ['travel 2025-06-05 scheduled [Ivo Brandt]', 'Chancellor Ivo Brandt heads to Seoul on Thursday for a two-day visit.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt flew out of Kabul on Monday.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt jetted off to Ibiza on Monday.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt arrived back in Oslo on Monday.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt landed at Heathrow on Monday.'],
  ['travel 2025-06-06 scheduled [Ivo Brandt]', 'Chancellor Ivo Brandt will head to Geneva on Friday.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt travelled by train to Kyiv on Monday.'],
  ['travel 2025-06-05 scheduled [Ivo Brandt]', 'Chancellor Ivo Brandt arrives Thursday in Seoul.'],
  ['travel 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt made his way to Lima on Monday.'],
  [
    'travel 2025-05-29 occurred [Ivo Brandt]',
    "Chancellor Ivo Brandt's arrival in Seoul on Thursday was delayed by fog.",
  ],
  [
    'travel 2025-06-09 cancelled [Ivo Brandt]',
    'Chancellor Ivo Brandt is in Berlin. A planned visit to Jakarta by Brandt next week has been postponed.',
  ],
];

/** Being somewhere is a trip only for a person, at a place, on a day the text gives. */
const NOT_TRIPS: readonly string[] = [
  'The summit was in Geneva on Monday.',
  'Vantor Motors is in London.',
  'Chancellor Ivo Brandt was in February the only leader to object.',
  'Chancellor Ivo Brandt has no plans to visit Tokyo.',
  'Chancellor Ivo Brandt did not travel to Tokyo on Monday.',
];

describe('meetings told in many shapes', () => {
  it.each(MEETINGS)('%s: %s', (expected, text) => {
    expect(eventsOf(text, ['meeting'])).toEqual([expected]);
  });
  it.each(NOT_MEETINGS)('no meeting: %s', (text) => {
    expect(eventsOf(text, ['meeting'])).toEqual([]);
  });
  it('dates a trip by the date of the talks it was for', () => {
    expect(eventsOf('Chancellor Ivo Brandt flew to Geneva for talks between the two sides on Monday.')).toContain(
      'travel 2025-06-02 occurred [Ivo Brandt]',
    );
    expect(eventsOf('Chancellor Ivo Brandt arrived in Hanoi for a state visit on Tuesday.')).toEqual([
      'travel 2025-06-03 occurred [Ivo Brandt]',
    ]);
  });
});

describe('trips told in many shapes', () => {
  it.each(TRIPS)('%s: %s', (expected, text) => {
    expect(eventsOf(text, ['travel'])[0]?.replace(/(\d{4}-\d{2}-\d{2})\S*/, '$1')).toEqual(expected);
  });
  it.each(NOT_TRIPS)('no trip: %s', (text) => {
    expect(eventsOf(text, ['travel'])).toEqual([]);
  });
});
