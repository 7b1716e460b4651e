import { describe, expect, it } from 'vitest';
import { eventLines, expectTold } from './event-lines.ts';

/**
 * Readings of detection and kind that a general rule gives: a body known only by its one-word name,
 * forecasters' predictions, rate moves told by initials or points, a meeting moved from one day to
 * another, a year that says which meeting of a series, a noun in "-ly" before its verb, a barrister's
 * letters after the name. Every person, body and place is invented; the dateline is Wednesday
 * 2025-06-04. Each line is `kind start status` (or with its actors, for `expectLines`).
 */

/** [an event line with its actors that must be among the text's, text]. */
function expectLines(table: readonly (readonly [string, string])[]): void {
  it.each(table)('%s: %s', (expected, text) => {
    expect(eventLines(text)).toContain(expected);
  });
}

describe('a body known by one name after "the", which its clause calls "it" or "its"', () => {
  expectLines([
    [
      'announcement 2025-06-02 occurred [Bundesbank]',
      'The Bundesbank said on Monday it would cut its staff by 400 next year.',
    ],
    [
      'announcement 2025-06-03 occurred [Riksbank]',
      'The Riksbank announced on Tuesday that it would sell the building.',
    ],
    [
      'announcement 2025-05-30 occurred [Norgesbank]',
      'The Norgesbank said on Friday it plans to close two regional offices.',
    ],
  ]);
  // A person named by where they are from says "he" or "she"; "it was" refers to nothing.
  it.each([
    ['Dane', 'The Dane said on Monday that he would retire in July.'],
    ['Swede', 'The Swede said on Monday it was the hardest race of her life.'],
  ])('no body named %s: %s', (name, text) => {
    expect(eventLines(text).filter((line) => line.includes(`[${name}`))).toEqual([]);
  });
});

describe("forecasters' predictions of another's act are no plan of it", () => {
  expectTold([
    [[], 'The central bank is likely to raise rates in December, economists said.'],
    [[], 'The central bank is expected to cut rates in July, according to a Reuters poll of economists.'],
    [[], 'Analysts said the central bank was likely to raise rates at its next meeting in July.'],
    [[], 'The Bank of Norland could hike rates next month, traders bet.'],
    [[], 'The Bank of Norland will raise rates in December, economists predict.'],
    // A plan told by those who make it, or with no forecaster, stays a plan.
    [['travel 2025-06-09 scheduled'], 'The minister is likely to visit Osaka next week.'],
    [['policy 2025-07 scheduled'], 'The ministry is likely to ban the imports next month, officials said.'],
  ]);
});

describe('a rate moved by its initials, by points or in markets’ words is a rate decision', () => {
  expectTold([
    [['policy 2025-02 occurred'], 'The MPC had cut the CBR by 25 basis points to 9.75 percent in February.'],
    [['policy 2025-06-03 occurred'], 'The Monetary Policy Committee raised the CBR to 9.75% on Tuesday.'],
    [['policy 2025-06-04 occurred'], 'The Reserve Bank lifted the OCR by 50 basis points on Wednesday.'],
    [['policy 2025-06-04 occurred'], 'The Fed lowered borrowing costs by a quarter point on Wednesday.'],
    [['policy 2025-06-03 occurred'], 'The central bank kept rates on hold on Tuesday.'],
    [['policy 2025-06-03 occurred'], 'The central bank stood pat on Tuesday, defying expectations of a cut.'],
    [['policy 2025-06-02 occurred'], 'The monetary authority kept policy unchanged on Monday.'],
    // A lender's own rates and a figure's forecast are no rate decision.
    [['other 2025-06-02 occurred'], 'Tavira Bank raised its mortgage rates on Monday.'],
  ]);
});

describe('a year that says which meeting of a series dates nothing when the clause has a day', () => {
  expectTold([
    [['meeting 2025-12-16 scheduled'], 'The board will hold its final meeting of 2025 on December 16.'],
    [['policy 2024-12-18 occurred'], 'The committee kept rates on hold at its final meeting of 2024 on December 18.'],
    [['policy 2025-05-29 occurred'], 'The bank held its key rate at its first meeting of 2025 on Thursday.'],
  ]);
});

describe('a meeting moved from one day to another: the day left is called off, the new one planned', () => {
  expectTold([
    [
      ['meeting 2025-06-05 scheduled', 'meeting 2025-06-09 cancelled'],
      'The council meeting was rescheduled from Monday to Thursday.',
    ],
    [['other 2025-06-10 cancelled', 'other 2025-06-24 scheduled'], 'The festival was moved from June 10 to June 24.'],
    [['other 2025-06-10 cancelled', 'other 2025-06-24 scheduled'], 'The hearing was moved from 10 June to 24 June.'],
    [
      ['summit 2025-06-12 scheduled', 'summit 2025-06-19 cancelled'],
      'The summit has been moved forward to June 12 from June 19.',
    ],
    // A span with no move stays one span.
    [['other 2025-06-09 scheduled'], 'The strike will run from Monday to Thursday.'],
  ]);
});

describe('a noun in "-ly" before its verb is its subject, not an adverb', () => {
  expectTold([
    [['policy 2025-06-03 occurred'], 'The assembly approved the plan on Tuesday.'],
    [['policy 2025-06-03 occurred'], 'The assembly adopted the Vision 2040 strategy on Tuesday.'],
    [['other 2025-06-02 occurred'], 'The family sued the council on Monday.'],
    // "the newly elected mayor": an adverb before a participle still makes it an adjective.
    [['other 2025-06-02 occurred'], 'The newly elected mayor resigned on Monday.'],
  ]);
});

describe("a speaker's post-nominal letters before an aside", () => {
  expectLines([
    [
      'statement 2025-06-03 occurred [Tomas Vidal]',
      'Tomas Vidal KC, representing the family, told the court on Tuesday that the police had failed them.',
    ],
    [
      'statement 2025-06-02 occurred [Maria Lopes]',
      'Maria Lopes SC, for the defendant, told the judge on Monday that her client was innocent.',
    ],
  ]);
});

describe('talks told by "spoke to", a fronted call and a passive welcome are meetings', () => {
  expectLines([
    ['meeting 2025-06-03 occurred [Ana Ruiz, Pablo Soto]', 'Ana Ruiz spoke to Pablo Soto on Tuesday.'],
    [
      'meeting 2025-06-02 occurred [Ana Ruiz, Peru]',
      'Ana Ruiz talked to her Peruvian counterpart on Monday to discuss the border.',
    ],
    [
      'meeting 2025-06-02 occurred [Ana Ruiz, Pablo Soto]',
      'In a call on Monday, Ana Ruiz and Pablo Soto discussed the border.',
    ],
    [
      'meeting 2025-06-02 occurred [Ana Ruiz, Pablo Soto]',
      'During a call with Pablo Soto on Monday, Ana Ruiz raised the border.',
    ],
    [
      'meeting 2025-06-03 occurred [Ana Ruiz, Pablo Soto]',
      'Ana Ruiz was welcomed by President Pablo Soto at the airport on Tuesday.',
    ],
    ['meeting 2025-06-02 occurred []', 'The delegation was welcomed by the mayor on Monday.'],
  ]);
  // An outlet or reporters spoken to, a call for calm and a decision welcomed are no meetings.
  expectTold([
    [[], 'Ana Ruiz spoke to Reuters on Tuesday.'],
    [[], 'Ana Ruiz spoke to Sky News on Tuesday about the border.'],
    [[], 'Ana Ruiz spoke to reporters on Tuesday.'],
    [['other 2025-06-02 occurred'], 'The union issued a call for calm on Monday.'],
    [[], 'The decision was welcomed by President Pablo Soto on Monday.'],
  ]);
});

describe('a call on which results or views are told to an audience is the words’ medium, not a meeting', () => {
  expectLines([
    [
      'statement 2025-06-03 occurred [Ana Ruiz]',
      'Chief executive Ana Ruiz told analysts on a conference call on Tuesday that margins would improve.',
    ],
    [
      'statement 2025-06-03 occurred [Ruiz]',
      'Ruiz said on a call with analysts on Tuesday that margins would improve.',
    ],
  ]);
  it.each([
    'Chief executive Ana Ruiz told analysts on a conference call on Tuesday that margins would improve.',
    'Ruiz said on a call with analysts on Tuesday that margins would improve.',
    'Speaking on a call with reporters on Monday, Ruiz said the border would reopen.',
  ])('no meeting: %s', (text) => {
    expect(eventLines(text).filter((line) => line.startsWith('meeting '))).toEqual([]);
  });
  // A call hosted for analysts is still a meeting that is planned.
  expectTold([
    [['meeting 2025-06-05 scheduled'], 'Vantor Motors will host a conference call for analysts on Thursday.'],
  ]);
});

describe("a government's diplomatic note is an announcement; an airline's flights are no trip", () => {
  expectLines([
    [
      'announcement 2025-06-03 occurred [foreign ministry]',
      'The foreign ministry sent a diplomatic note to Caracas on Tuesday.',
    ],
    ['announcement 2025-06-02 occurred [Peru]', 'Peru sent a protest note to Chile on Monday.'],
    [
      'other 2025-05-29 occurred [Ethiopian Airlines]',
      'Ethiopian Airlines flew to Asmara on Thursday for the first time in 19 months.',
    ],
    ['other 2025-06-20 scheduled [Norse Air]', 'Norse Air will fly to Tromso from June 20.'],
    ['travel 2025-05-29 occurred [Ana Ruiz]', 'Ana Ruiz flew to Asmara on Thursday.'],
  ]);
  expectTold([[['other 2025-06-02 occurred'], 'Ana Ruiz sent a note to her staff on Monday.']]);
});

describe("a chamber's debate and a mediation's sessions are meetings; a rate announced is the decision", () => {
  expectTold([
    [['meeting 2025-06-10 scheduled'], 'MPs will debate the bill next Tuesday.'],
    [['meeting 2025-06-03 occurred'], 'The Senate debated the bill on Tuesday.'],
    [
      ['meeting 2025-06-02 cancelled', 'meeting 2025-06-09 scheduled'],
      'The assembly that was to debate a water law on Monday was postponed until next week.',
    ],
    [['meeting 2025-06-02 occurred'], 'The mediation sessions began in Antofagasta on Monday.'],
    [['policy 2025-06-05 scheduled'], 'The Bank of Tanzania announces its policy rate on Thursday.'],
    [['policy 2025-06-05 scheduled'], 'The central bank will announce its rate decision on Thursday.'],
    // Others who debate argue; a forecast of rates announced is figures.
    [['other 2025-06-03 occurred'], 'Economists debated the figures on Tuesday.'],
    [['announcement 2025-06-03 occurred'], 'The bank announced its interest rate forecast on Tuesday.'],
  ]);
});

describe("a standing body's meeting of several days is a meeting; delegations' is a summit", () => {
  expectTold([
    [
      ['announcement 2025-06-04 occurred', 'meeting 2025-06-03 occurred'],
      'The decision, taken by the Monetary Policy Committee (MPC) at the end of a two-day meeting that began on Tuesday, was announced by Governor Agnes Nakiyimba.',
    ],
    [
      ['summit 2025-06-02 occurred'],
      'Health officials from 12 countries gathered in Geneva for a three-day emergency meeting on Monday.',
    ],
  ]);
});

describe('a gathering an act was done at is its setting; a signing ceremony is the signing', () => {
  expectTold([
    [
      ['conflict 2025-06-04 occurred'],
      'Police in Arusha arrested Juma Kisanga, the deputy chairman of the opposition party Chadema, at a roadside rally on Wednesday.',
    ],
    [['policy 2025-06-06 scheduled'], 'The governor will sign the bill at a ceremony on Friday.'],
    [['policy 2025-06-12 scheduled'], 'A signing ceremony is planned for next Thursday.'],
    [['policy 2025-06-08 scheduled'], 'The signing ceremony for the treaty will take place in Lisbon on Sunday.'],
    // A gathering held, or one someone speaks at, is still a happening; so is another ceremony.
    [['other 2025-06-02 occurred'], 'About 20 supporters held a vigil outside the court on Monday morning.'],
    [['other 2025-05-31 occurred'], 'Ana Ruiz spoke at a rally in Brno on Saturday.'],
    [['other 2025-06-12 scheduled'], 'The awards ceremony is planned for next Thursday.'],
  ]);
});
