import { describe, expect, it } from 'vitest';
import { eventLines, eventSummaries } from './event-lines.ts';
import { isAnnouncedByRole, isPassiveAnnouncement } from './nameless-agents.ts';

/**
 * Policy acts, announcements and trips in the ways different outlets tell them: wire copy, a British
 * council story, a ministry's press release, business and trade press, a sports federation, a court
 * report, translated copy. Every sentence is invented (people and bodies too); the dateline is
 * Wednesday 2025-06-04, so "on Tuesday" in the past is 2025-06-03 and "on Friday" ahead 2025-06-06.
 */
function eventsOf(text: string, kinds: readonly string[]): string[] {
  return eventLines(text, (kind) => kinds.includes(kind));
}

/** [expected event, text]: each text tells one announcement made by a body or office it never names. */
const NAMELESS_ANNOUNCEMENTS: readonly [string, string][] = [
  ['announcement 2025-06-02 occurred []', 'The company unveiled its new electric pickup on Monday.'],
  ['announcement 2025-06-03 occurred []', 'The ministry announced on Tuesday a new scheme to help first-time buyers.'],
  ['announcement 2025-06-02 occurred []', 'The prime minister unveiled a £5 billion housing plan on Monday.'],
  ['announcement 2025-06-03 occurred []', 'The football federation announced the squad for the World Cup on Tuesday.'],
  [
    'announcement 2025-06-03 occurred [central bank]',
    'The central bank published its financial stability report on Tuesday.',
  ],
  ['announcement 2025-06-02 occurred []', 'Organisers announced on Monday that the festival had been cancelled.'],
  ['announcement 2025-06-02 occurred []', 'The company posted a net loss of $120 million for the quarter on Monday.'],
  ['announcement 2025-06-05 scheduled []', 'The company will announce its results on Thursday.'],
  ['announcement 2025-06-06 scheduled []', 'The ministry is due to unveil its strategy on Friday.'],
  ['announcement 2025-06-02 occurred []', 'The results were announced on Monday evening.'],
  ['announcement 2025-06-03 occurred []', 'The plan was unveiled by the mayor on Tuesday.'],
  ['announcement 2025-06-03 occurred []', 'It was announced on Tuesday that the plant would close.'],
  ['announcement 2025-06-03 occurred []', 'In a statement on Tuesday, the ministry announced new rules for landlords.'],
];

/** Texts that tell no announcement: undated, habitual or hypothetical, with nobody named. */
const NOT_ANNOUNCEMENTS: readonly string[] = [
  'The company has announced several rounds of layoffs in recent years.',
  'Analysts expect the company to report a loss.',
  'The company could announce further cuts later in the year.',
  'It is unclear when the results will be published.',
  'The report, published in 2019, found widespread abuse.',
  'The ministry announces its figures every quarter.',
];

describe('announcements by a body or an office the text does not name', () => {
  it.each(NAMELESS_ANNOUNCEMENTS)('%s: %s', (expected, text) => {
    expect(eventsOf(text, ['announcement'])).toEqual([expected]);
  });

  it.each(NOT_ANNOUNCEMENTS)('none: %s', (text) => {
    expect(eventsOf(text, ['announcement'])).toEqual([]);
  });

  it('names the body when the article named it before', () => {
    expect(
      eventsOf('Veltra Motors is based in Ohio. The company unveiled its new electric pickup on Monday.', [
        'announcement',
      ]),
    ).toEqual(['announcement 2025-06-02 occurred [Veltra Motors]']);
  });

  it('reads a body or an office as the subject, not a thing', () => {
    expect(isAnnouncedByRole('The ministry on Tuesday ')).toBe(true);
    expect(isAnnouncedByRole('Organisers of the fair have ')).toBe(true);
    expect(isAnnouncedByRole("The club's new owners ")).toBe(true);
    expect(isAnnouncedByRole('Data ')).toBe(false);
    expect(isAnnouncedByRole('Shares ')).toBe(false);
    expect(isPassiveAnnouncement('The results were ', 'announced')).toBe(true);
    expect(isPassiveAnnouncement('The results ', 'announced')).toBe(false);
  });
});

/** [expected event, text]: acts told by a verb only the lexicon of dated clauses knows. */
const DATED_ACTS: readonly [string, string][] = [
  ['policy 2025-06-02 occurred [Health Canada]', 'Health Canada authorised the new vaccine on Monday.'],
  [
    "policy 2025-06-03 occurred [Norland's health ministry]",
    "Norland's health ministry made masks mandatory on public transport on Tuesday.",
  ],
  [
    'policy 2025-06-02 occurred [Norland government]',
    'The Norland government made it illegal on Monday to sell knives to under-18s.',
  ],
  ['policy 2025-06-03 occurred [Italy]', 'Italy recalled its ambassador from Paris on Tuesday.'],
  [
    'policy 2025-06-03 occurred [European Parliament]',
    'The European Parliament on Tuesday endorsed the new asylum pact.',
  ],
  [
    'policy 2025-06-03 occurred [Home Office, Patriot Front]',
    'The Home Office proscribed the Patriot Front on Tuesday.',
  ],
  [
    'policy 2025-06-03 occurred [Norland government]',
    'The Norland government annulled the election results on Tuesday.',
  ],
  ['policy 2025-06-02 occurred [UEFA, Dinamo Klos]', 'UEFA handed Dinamo Klos a €50,000 fine on Monday.'],
  [
    'policy 2025-06-03 occurred [Norland Football Federation, Dinamo Klos]',
    'The Norland Football Federation stripped Dinamo Klos of its title on Tuesday.',
  ],
  [
    'announcement 2025-06-03 occurred [Office for National Statistics]',
    'The Office for National Statistics published figures on Tuesday showing inflation fell to 2.1%.',
  ],
  [
    "announcement 2025-06-02 occurred [Norland's health ministry]",
    "Norland's health ministry issued guidance on Monday urging people to wear masks.",
  ],
  [
    'announcement 2025-06-02 occurred [Norland Police]',
    'Norland Police released CCTV images of the suspect on Monday.',
  ],
  ['announcement 2025-06-03 occurred [Veltra Motors]', 'Veltra Motors revealed on Tuesday that it had cut 300 jobs.'],
  [
    'announcement 2025-06-03 occurred [Veltra Motors]',
    'Veltra Motors committed £2 billion to a new battery plant on Tuesday.',
  ],
  [
    'announcement 2025-06-02 occurred [Norland government]',
    'The Norland government put forward proposals on Monday to reform social care.',
  ],
  ['travel 2025-06-03 occurred [Rosa Marquez]', 'Candidate Rosa Marquez reached Tucson on Tuesday morning.'],
  ['travel 2025-06-02 occurred [Jonas Vik]', 'Prime Minister Jonas Vik dropped in on a food bank in Leeds on Monday.'],
  ['travel 2025-06-02 occurred [Jonas Vik]', 'Prime Minister Jonas Vik made a stopover in Dubai on Monday.'],
  ['travel 2025-06-03 occurred [Jonas Vik]', 'Prime Minister Jonas Vik went on a walkabout in Harwick on Tuesday.'],
];

/** Texts whose verbs tell no act of those kinds. */
const NOT_ACTS: readonly [string, string][] = [
  ['other', 'Defendant Glenn Ashby waived his right to a jury trial on Monday.'],
  ['travel', 'Candidate Rosa Marquez reached 40% in the poll on Tuesday.'],
  ['travel', 'Dinamo Klos reached the final on Tuesday.'],
  ['announcement', 'Jonas Vik has never revealed that he was ill.'],
];

describe('acts told by the verb of a dated clause', () => {
  it.each(DATED_ACTS)('%s: %s', (expected, text) => {
    const kind = expected.split(' ')[0] ?? '';
    expect(eventsOf(text, [kind])).toEqual([expected]);
  });

  it.each(NOT_ACTS)('no %s: %s', (kind, text) => {
    expect(eventsOf(text, [kind === 'other' ? 'policy' : kind])).toEqual([]);
  });

  it('dates the act, not what it was about', () => {
    expect(
      eventsOf('The Office for National Statistics published figures on Tuesday showing inflation fell to 2.1%.', [
        'announcement',
        'other',
      ]),
    ).toEqual(['announcement 2025-06-03 occurred [Office for National Statistics]']);
  });
});

/** [expected event, text]: a trip told around another event, by its noun. */
const TRIPS_AROUND: readonly [string, string][] = [
  [
    'travel 2025-06-03 occurred [Jonas Vik]',
    'During a visit to Warsaw on Tuesday, Prime Minister Jonas Vik pledged more aid.',
  ],
  [
    'travel 2025-06-03 occurred [Jonas Vik]',
    'On a visit to Warsaw on Tuesday, Prime Minister Jonas Vik pledged more aid.',
  ],
  [
    'travel 2025-06-03 occurred [Jonas Vik]',
    'During a visit to Warsaw, Prime Minister Jonas Vik pledged more aid on Tuesday.',
  ],
  [
    'travel 2025-06-02 occurred [Jonas Vik]',
    'Prime Minister Jonas Vik, on a visit to Tokyo, signed a trade deal on Monday.',
  ],
  [
    'travel 2025-06-02 occurred [Jonas Vik]',
    'Prime Minister Jonas Vik, on a two-day visit to Tokyo, met Emperor Naruhito on Monday.',
  ],
  [
    'travel 2025-05-26 occurred [King Aldric]',
    'While on a state visit to Japan last week, King Aldric met Emperor Naruhito.',
  ],
];

describe('trips told around another event', () => {
  it.each(TRIPS_AROUND)('%s: %s', (expected, text) => {
    expect(eventsOf(text, ['travel'])).toEqual([expected]);
  });

  it('gives no trip to a fronted phrase that names none', () => {
    expect(
      eventsOf('During a meeting in Warsaw on Tuesday, Prime Minister Jonas Vik pledged more aid.', ['travel']),
    ).toEqual([]);
  });
});

/** [expected event, text]: a noun spelt like a verb of a timetable ("visit", "votes") dates nothing ahead. */
const NOUNS_NOT_TIMETABLES: readonly [string, string][] = [
  [
    'travel 2025-06-02 occurred [Jonas Vik]',
    "Prime Minister Jonas Vik's visit to Paris on Monday was overshadowed by protests.",
  ],
  ['policy 2025-06-02 occurred []', 'The amendment was defeated by 300 votes to 250 on Monday.'],
  ['travel 2025-06-09 scheduled [Jonas Vik]', 'Prime Minister Jonas Vik visits Paris on Monday.'],
];

describe('a timetable verb read as a noun', () => {
  it.each(NOUNS_NOT_TIMETABLES)('%s: %s', (expected, text) => {
    const kind = expected.split(' ')[0] ?? '';
    expect(eventsOf(text, [kind])).toEqual([expected]);
  });
});

/** [expected event, text]: arrivals and departures told by verbs and phrases the table lacked. */
const MORE_TRIPS: readonly [string, string][] = [
  ['travel 2025-06-03 occurred [Max Brandt]', 'Chancellor Max Brandt arrived from Berlin on Tuesday.'],
  ['travel 2025-06-03 occurred [Max Brandt]', 'Chancellor Max Brandt flew in from Berlin on Tuesday.'],
  ['travel 2025-06-03 occurred [Max Brandt]', 'Chancellor Max Brandt got back to Berlin on Tuesday.'],
  ['travel 2025-06-03 occurred [Jonas Vik]', 'Prime Minister Jonas Vik passed through Aberdale on Tuesday.'],
  ['travel 2025-06-02 occurred [Ida Lund]', 'Trade Minister Ida Lund accompanied King Aldric to Beijing on Monday.'],
  ['travel 2025-06-03 occurred [Max Brandt]', 'Chancellor Max Brandt opened a three-day visit to Norway on Tuesday.'],
  [
    'travel 2025-06-03 occurred [Max Brandt]',
    'Arriving in Oslo on Tuesday, Chancellor Max Brandt said the deal was close.',
  ],
  [
    'travel 2025-06-03 occurred [Max Brandt]',
    'Upon landing in Oslo on Tuesday, Chancellor Max Brandt said the deal was close.',
  ],
  [
    'travel 2025-06-03 occurred [Max Brandt]',
    'On his arrival in Oslo on Tuesday, Chancellor Max Brandt said the deal was close.',
  ],
  [
    'travel 2025-06-02 occurred [Jonas Vik]',
    'After his return from Kyiv on Monday, Prime Minister Jonas Vik briefed the cabinet.',
  ],
  [
    'travel 2025-06-03 occurred [Max Brandt]',
    'Visiting Oslo on Tuesday, Chancellor Max Brandt met Prime Minister Jonas Vik.',
  ],
];

describe('arrivals and departures', () => {
  it.each(MORE_TRIPS)('%s: %s', (expected, text) => {
    expect(eventsOf(text, ['travel'])).toEqual([expected]);
  });

  it('keeps a capitalised participle before a name a name when no phrase opens the sentence', () => {
    expect(eventsOf('Meeting Minutes show the board voted on Monday.', ['meeting'])).toEqual([]);
  });
});

describe('pulling out of a trip', () => {
  it('calls the trip off, and is no withdrawal from a treaty', () => {
    expect(
      eventsOf('Trade Minister Ida Lund pulled out of a trip to Beijing on Tuesday.', ['travel', 'policy']),
    ).toEqual(['travel 2025-06-03 cancelled [Ida Lund]']);
  });

  it('leaves a withdrawal from a treaty a policy act', () => {
    expect(
      eventsOf('Norland pulled out of the Paris Agreement on Tuesday.', ['policy']).map((line) => line.slice(0, 26)),
    ).toEqual(['policy 2025-06-03 occurred']);
  });
});

describe('a plan made public on a bare weekday, as AP copy writes it ("said Monday")', () => {
  it.each([
    [
      'Kestrel Airways said Monday it would suspend flights to Lagos.',
      'announcement 2025-06-02 occurred [Kestrel Airways]',
    ],
    ['Dunmore Rovers said Sunday they would appeal the ban.', 'announcement 2025-06-01 occurred [Dunmore Rovers]'],
    [
      'Halvard Energy confirmed Friday that it will shut its Brekke refinery in March.',
      'announcement 2025-05-30 occurred [Halvard Energy]',
    ],
  ])('%s', (sentence, announcement) => {
    expect(eventLines(sentence)).toContain(announcement);
  });
});

describe('a plan made public, dated by a phrase before its subject', () => {
  it.each([
    [
      'In a statement on Monday, the Ministry of Transport said it would reopen the Kelso bridge in July.',
      'announcement 2025-06-02 occurred [Ministry of Transport]',
    ],
    [
      'On Monday, the Ministry of Transport said it would reopen the Kelso bridge in July.',
      'announcement 2025-06-02 occurred [Ministry of Transport]',
    ],
    [
      'Speaking on Friday, Halvard Energy chief executive Tor Lien said the company would close the Brekke refinery next year.',
      'announcement 2025-05-30 occurred [Tor Lien]',
    ],
  ])('takes the day of the saying, not of the plan: %s', (sentence, announcement) => {
    expect(eventLines(sentence)).toEqual([announcement]);
  });

  it('keeps the plan’s date when the text gives the saying none', () => {
    expect(eventLines('The Ministry of Transport said it would reopen the Kelso bridge in July.')).toEqual([
      'announcement 2025-07 scheduled [Ministry of Transport]',
    ]);
  });
});

describe('a bill through a stage of a legislature', () => {
  it.each([
    ['The bill passed its second reading on Monday.', 'policy 2025-06-02 occurred'],
    ['The Rent Control Bill passed its final stage in the Dáil on Thursday.', 'policy 2025-05-29 occurred'],
    ['The amendments passed their first reading last week.', 'policy 2025-05-26 occurred'],
  ])('is a vote, an act of policy: %s', (sentence, act) => {
    expect(eventSummaries(sentence)).toEqual([act]);
  });

  it('while an exam passed is no act of policy', () => {
    expect(eventSummaries('The student passed her final exam on Friday.')).toEqual(['other 2025-05-30 occurred']);
  });
});
