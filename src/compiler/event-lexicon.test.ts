import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * News event verbs grouped by meaning, each family told in several styles (wire, broadsheet,
 * tabloid, local paper, profile, live blog), with invented sentences of the same words that tell no
 * event of the family: other senses, habits, hypotheticals, states. Every person, place and company
 * is invented; the dateline is Wednesday 2025-06-04, so "on Tuesday" in the past is 2025-06-03.
 */
function eventsOf(text: string): string[] {
  return eventLines(text);
}

const kindsOf = (text: string): string[] => eventsOf(text).map((event) => event.split(' ')[0] ?? '');

/** Assaults by their own verbs: [expected event, sentence]. */
const ASSAULTS: readonly [string, string][] = [
  ['conflict 2025-06-03 occurred []', 'Troops stormed the rebel-held town of Kadugli on Tuesday.'],
  ['conflict 2025-06-03 occurred []', 'Gunmen ambushed an army convoy near the border on Tuesday, officials said.'],
  ['conflict 2025-06-02 occurred []', 'Police raided the offices of the Daily Meridian on Monday.'],
  ['conflict 2025-06-01 occurred []', 'Separatist fighters fired rockets at the airport in Dorvik on Sunday.'],
  ['conflict 2025-05-31 occurred []', 'Government forces recaptured the port of Lessa on Saturday.'],
  ['conflict 2025-06-03 occurred []', 'Security forces clashed with protesters outside parliament on Tuesday.'],
  ['conflict 2025-06-03 occurred []', '09:12 — Police fired tear gas at students near the campus on Tuesday.'],
];

/** The same verbs in other senses, or not told as having happened. */
const NOT_ASSAULTS: readonly string[] = [
  'Lena Varga stormed to victory in the Lisbon marathon on Sunday.',
  'The coach stormed out of the press conference on Saturday.',
  'The chancellor raided the pension fund on Monday to pay for the tax cut.',
  'Ada Lindqvist clashed with the finance minister over the budget on Tuesday.',
  'Ada Lindqvist was ambushed by reporters outside her home on Tuesday.',
  'Gunmen regularly ambush convoys on the road to Gao.',
  'Troops could storm the town within days, analysts said.',
  'The court struck down the law on Tuesday.',
  'Ada Lindqvist was struck off the medical register on Tuesday.',
];

/** Trips told by how the traveller went. */
const TRIPS: readonly [string, string][] = [
  [
    'travel 2025-06-02 occurred [Lina Castell]',
    'Foreign Minister Lina Castell set out for Kyiv by overnight train on Monday.',
  ],
  ['travel 2025-06-02 occurred [Lina Castell]', 'Lina Castell took a night train to Kyiv on Monday.'],
  ['travel 2025-06-02 occurred [Lina Castell]', 'Lina Castell boarded a flight to Delhi on Monday, her office said.'],
  ['travel 2025-05-30 occurred [Lina Castell]', 'From Dubai, Lina Castell continued on to Delhi on Friday.'],
  ['travel 2025-06-02 occurred [Lina Castell]', 'Opposition leader Lina Castell fled to Austria on Monday.'],
  ['travel 2025-06-02 occurred [Lina Castell]', 'Lina Castell arrived late on Monday, officials said.'],
];

const NOT_TRIPS: readonly string[] = [
  'The parcel arrived on Monday.',
  'Winter arrived early this year.',
  'Lina Castell took a train to work on Monday.',
  'Lina Castell takes the train to Kyiv every Monday.',
  'Lina Castell would have taken a flight to Delhi had the airport been open.',
  'Investors fled to Swiss government bonds on Monday.',
];

/** Meetings told by who came to them, or by two sides that spoke. */
const MEETINGS: readonly [string, string][] = [
  [
    'meeting 2025-06-03 occurred [Halvard Strand, Ilse Moreau]',
    'Prime Minister Halvard Strand and President Ilse Moreau spoke on Tuesday.',
  ],
  [
    'meeting 2025-06-02 occurred [Halvard Strand, Ilse Moreau]',
    'Halvard Strand and Ilse Moreau talked again late on Monday, aides said.',
  ],
  ['meeting 2025-06-03 occurred [Halvard Strand]', 'Halvard Strand was briefed by his generals on Tuesday.'],
  ['meeting 2025-06-01 occurred [Halvard Strand]', 'Halvard Strand convened his security cabinet on Sunday.'],
  [
    'meeting 2025-06-02 occurred [Halvard Strand]',
    'On Monday Halvard Strand convened the party leaders at his residence.',
  ],
];

const NOT_MEETINGS: readonly string[] = [
  'Two officials, who spoke on condition of anonymity, said the talks had stalled.',
  'Finance Minister Ada Lindqvist spoke on Tuesday about the budget.',
  'Ada Lindqvist and Halvard Strand spoke at a rally on Tuesday.',
  'Ada Lindqvist convened a summit of Nordic leaders in Oslo on Monday.',
];

/** Life events, appointments and successions. */
const LIVES: readonly [string, string][] = [
  ['other 1935 occurred [Ingrid Solvang]', 'Ingrid Solvang was born in Bergen in 1935.'],
  [
    'other 1935-03 occurred [Ingrid Solvang]',
    'Born in Alesund in March 1935, the youngest of five children, Ingrid Solvang spent her summers at sea.',
  ],
  [
    'other 2025-06-03 occurred [Senate, Gemma Ruiz]',
    'The Senate confirmed Gemma Ruiz as ambassador to Chile on Tuesday.',
  ],
  ['other 2025-06-02 occurred [Gemma Ruiz]', 'Gemma Ruiz took over as chief executive of Orvel Motors on Monday.'],
  [
    'other 2026-01-01 scheduled [Gemma Ruiz, Harlan Vossberg]',
    'Gemma Ruiz will succeed Harlan Vossberg as chair on Jan. 1.',
  ],
];

const NOT_LIVES: readonly string[] = [
  'The idea was born in a Lisbon café in 2019.',
  'Born in Bergen, Ingrid Solvang has lived in Oslo since 1990.',
];

describe('assaults told by their own verbs', () => {
  it.each(ASSAULTS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_ASSAULTS)('no conflict: %s', (text) => {
    expect(kindsOf(text)).not.toContain('conflict');
  });
});

describe('trips told by how the traveller went', () => {
  it.each(TRIPS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_TRIPS)('no trip: %s', (text) => {
    expect(kindsOf(text)).not.toContain('travel');
  });
});

describe('meetings told by who came or by two sides that spoke', () => {
  it.each(MEETINGS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_MEETINGS)('no meeting: %s', (text) => {
    expect(kindsOf(text)).not.toContain('meeting');
  });
});

describe('births, appointments and successions', () => {
  it.each(LIVES)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_LIVES)('no event: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('a company that confirms what it will do', () => {
  it('is an announcement', () => {
    expect(eventsOf('Orvel Motors confirmed on Tuesday that it would close its Dunmore plant.')).toEqual([
      'announcement 2025-06-03 occurred [Orvel Motors]',
    ]);
  });
});

/** A defendant's appearance in court, in wire, local-paper and court-report styles. */
const APPEARANCES: readonly [string, string][] = [
  [
    'other 2025-05-30 occurred [Miriam Achola]',
    'Opposition leader Miriam Achola appeared in court in Kampala on Friday.',
  ],
  [
    'other 2025-06-03 occurred [Dario Fenn]',
    'The defendant, Dario Fenn, 34, appeared in Timaru District Court on Tuesday.',
  ],
  [
    'other 2025-06-02 occurred [Dario Fenn]',
    'Dario Fenn appeared before magistrates in Leeds on Monday charged with theft.',
  ],
  ['other 2025-06-09 scheduled [Dario Fenn]', 'Dario Fenn is to appear before a judge on Monday.'],
  ['other 2025-06-12 scheduled [Dario Fenn]', 'Dario Fenn is due to appear in court on June 12.'],
];

const NOT_APPEARANCES: readonly string[] = [
  'Dario Fenn appeared in a television interview on Friday.',
  'Dario Fenn appears in court every month.',
  'Dario Fenn has appeared in court 14 times since 2019.',
];

/** Indirect speech told to an audience somewhere, or asked for in a letter. */
const STATEMENTS: readonly [string, string][] = [
  [
    'statement 2025-05-30 occurred [Sophie Albanese]',
    'Sophie Albanese told reporters outside the court on Friday that her client would not appeal.',
  ],
  [
    'statement 2025-06-02 occurred [Samuel Rotich]',
    'Governor Samuel Rotich told journalists outside the assembly on Monday evening that the decision was unlawful.',
  ],
  [
    'statement 2025-06-03 occurred [Lena Varga]',
    'Lena Varga told reporters inside the chamber on Tuesday that she would vote against the bill.',
  ],
  ['statement 2024-07 occurred [Germany, Italy]', 'Germany and Italy asked for a delay in a joint letter in July.'],
];

/** News conferences and meetings told as planned and called off, with no host named. */
const CALLED_OFF: readonly [string, string][] = [
  ['announcement 2025-06-05 cancelled []', 'A press briefing scheduled for Thursday was called off.'],
  ['announcement 2025-06-05 cancelled []', 'A news conference planned for Thursday at the ministry was cancelled.'],
  ['meeting 2025-10-20 cancelled []', 'A planned trilogue on the methane file on Oct. 20 was called off.'],
];

const NOT_BRIEFINGS: readonly string[] = [
  'Ada Lindqvist told a news conference on Tuesday that the plan was a mistake.',
  'Ada Lindqvist asked for comment on Tuesday.',
];

/** A person who leaves an organization changes jobs; a state that quits one withdraws. */
const LEAVING: readonly [string, string][] = [
  ['other 2025-03 occurred [Gemma Ruiz]', 'Gemma Ruiz left Orvel Motors in March.'],
  [
    'other 2025-05-30 occurred [Gemma Ruiz, Orvel Motors]',
    'Former finance director Gemma Ruiz quit Orvel Motors on Friday.',
  ],
  ['policy 2025-01 occurred [Niger, ECOWAS]', 'Niger quit ECOWAS in January.'],
  ['travel 2025-06-02 occurred [Ada Lindqvist]', 'Ada Lindqvist left Lisbon on Monday for Madrid.'],
];

describe('appearances in court', () => {
  it.each(APPEARANCES)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_APPEARANCES)('no appearance: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('statements told to an audience somewhere', () => {
  it.each(STATEMENTS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
});

describe('news conferences and meetings called off', () => {
  it.each(CALLED_OFF)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_BRIEFINGS)('no announcement: %s', (text) => {
    expect(kindsOf(text)).not.toContain('announcement');
  });
});

describe('leaving an organization', () => {
  it.each(LEAVING)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
});

/** Rate decisions of central banks, in wire, broadsheet and markets styles. */
const RATE_DECISIONS: readonly [string, string][] = [
  [
    'policy 2025-05-29 occurred [Bank of Eldoria]',
    'The Bank of Eldoria held its benchmark interest rate at 5.75% on Thursday.',
  ],
  ['policy 2025-06-03 occurred [central bank]', 'The central bank cut rates by a quarter point on Tuesday.'],
  [
    "policy 2025-05-29 occurred [Eldoria's central bank]",
    "Eldoria's central bank left its key rate unchanged on Thursday, as expected.",
  ],
  ['policy 2025-06-03 occurred [Reserve Bank]', 'The Reserve Bank raised the cash rate to 4.1% on Tuesday.'],
  [
    'policy 2025-05-29 occurred []',
    'On Thursday the monetary policy committee kept rates on hold for a third meeting.',
  ],
];

const NOT_RATE_DECISIONS: readonly string[] = [
  'Analysts expect the central bank to cut rates in July.',
  'Economists predict that the Reserve Bank will raise the cash rate in August.',
  'The central bank has kept rates at record lows for a decade.',
  'The central bank will hold rates at its next meeting, economists said.',
  'Tavira Bank raised its mortgage rates on Monday.',
];

/** Credit rating actions, a court's rulings on what a party asked, talks that begin. */
const ACTIONS: readonly [string, string][] = [
  ['announcement 2025-05-30 occurred [S&P Global]', "S&P Global affirmed Eldoria's BBB- rating on Friday."],
  ['announcement 2025-06-02 occurred [Fitch Ratings]', "Fitch Ratings upgraded Kestrel Air's credit rating on Monday."],
  ['other 2025-06-04 occurred [Karen Whitfield]', 'Judge Karen Whitfield denied a defense motion on Wednesday.'],
  ['other 2025-06-02 occurred [appeals court]', "The appeals court rejected Owen Hale's appeal on Monday."],
  ['other 2025-05-30 occurred []', 'The tribunal dismissed the application on Friday.'],
  [
    'policy 2025-06-02 occurred [city council]',
    'The city council rejected the planning application for the tower on Monday.',
  ],
  [
    'meeting 2025-06-10 scheduled [Heiki Valk]',
    'President Heiki Valk will begin consultations with party leaders on Tuesday.',
  ],
  [
    'meeting 2025-06-02 occurred [Ada Lindqvist, Greens]',
    'Ada Lindqvist opened coalition talks with the Greens on Monday.',
  ],
  ['meeting 2025-06-03 occurred [Calder Mining]', 'Mining unions resumed negotiations with Calder Mining on Tuesday.'],
];

const NOT_ACTIONS: readonly string[] = [
  'The film has a rating of 8.2.',
  'Judges regularly reject such requests.',
  'The lockdown was a disaster for small firms.',
  'Polls close at 8pm.',
  'The workers resent the decision taken in May.',
];

/** Lockdowns, elections told by their polls and ballots, repeated acts ("relit"), plans published. */
const HAPPENINGS: readonly [string, string][] = [
  ['policy 2020-03-17 occurred []', 'The country went into its first lockdown on March 17, 2020.'],
  ['policy 2025-06-03 occurred []', 'The government imposed a nationwide lockdown on Tuesday.'],
  ['other 2025-06-04 occurred []', '20:00 — Polls have closed across Estonia.'],
  ['other 2025-06-04 occurred []', '07:10 — Polling stations opened at 7am.'],
  ['other 2025-06-01 occurred [Kadri Lepp]', 'Kadri Lepp cast her ballot in Tallinn on Sunday morning.'],
  ['other 2022-03 occurred []', 'The first furnace was relit in March 2022.'],
  [
    'announcement 2026-01-20 scheduled [European Commission]',
    'The European Commission is due to publish its opinion on the plan on Jan. 20.',
  ],
];

describe('rate decisions', () => {
  it.each(RATE_DECISIONS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_RATE_DECISIONS)('no rate decision: %s', (text) => {
    expect(kindsOf(text)).not.toContain('policy');
  });
});

describe('rating actions, rulings on requests, talks that begin', () => {
  it.each(ACTIONS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_ACTIONS)('no event: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('lockdowns, polls and ballots, repeated acts, published opinions', () => {
  it.each(HAPPENINGS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
});

/** Letters, objections and replies as the news; delegations led somewhere; an issue raised with someone; appeals for money. */
const CORRESPONDENCE: readonly [string, string][] = [
  [
    'statement 2024-08 occurred [Environment Agency]',
    'The Environment Agency had objected to the scheme in a letter in August.',
  ],
  [
    'statement 2025-05-30 occurred [Harrow Vale Homes]',
    'Harrow Vale Homes wrote to every household in the town on Friday.',
  ],
  [
    'statement 2025-06-02 occurred [Ada Lindqvist]',
    'Ada Lindqvist wrote to Halvard Strand on Monday to demand an apology.',
  ],
  [
    'travel 2024-12-27 occurred [Eirik Solbakken]',
    "Norway's development minister, Eirik Solbakken, led a delegation of donor officials to a camp at Mandelia on Dec. 27.",
  ],
  [
    'meeting 2026-04-15 scheduled [Andrzej Duda, António Costa]',
    'Polish President Andrzej Duda is due to raise it with European Council President António Costa in Brussels on April 15.',
  ],
  [
    'meeting 2025-06-02 occurred [Ada Lindqvist, Halvard Strand]',
    'Ada Lindqvist raised the issue with Halvard Strand on Monday.',
  ],
  ['announcement 2025-06-03 occurred [Red Cross]', 'The Red Cross issued an emergency appeal for funds on Tuesday.'],
];

const NOT_CORRESPONDENCE: readonly string[] = [
  'Ada Lindqvist wrote to her mother every week.',
  'Ada Lindqvist wrote to say she was sorry.',
  'Ada Lindqvist led her team to victory on Saturday.',
  'Residents complained about the noise for years.',
];

describe('letters, delegations, issues raised, appeals for money', () => {
  it.each(CORRESPONDENCE)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_CORRESPONDENCE)('no event: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

/** Deaths by shooting, a concession in an election, and what "shot down" does to a proposal. */
const ENDINGS: readonly [string, string][] = [
  ['other 2025-06-03 occurred []', 'A woman was shot dead in Malmo on Tuesday.'],
  ['other 2025-06-01 occurred [Ada Lindqvist]', 'Ada Lindqvist conceded defeat on Sunday.'],
  ['conflict 2025-06-02 occurred []', 'Rebels shot down an army helicopter on Monday.'],
];

describe('deaths by shooting, concessions, helicopters shot down', () => {
  it.each(ENDINGS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(['The proposal was shot down on Monday.', 'The senator shot down the proposal on Monday.'])(
    'no conflict: %s',
    (text) => {
      expect(kindsOf(text)).not.toContain('conflict');
    },
  );
  it('no concession that never happened', () => {
    expect(eventsOf('Ada Lindqvist has never conceded defeat.')).toEqual([]);
  });
});
