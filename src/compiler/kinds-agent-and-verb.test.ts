import { describe, expect, it } from 'vitest';
import { eventSummaries } from './event-lines.ts';

/**
 * Kinds read from who acts and what the verb does, in the styles of many outlets: a public
 * authority's means besides rules (money in a market, payments to the public, a deal brokered, a
 * demand put in writing) are policy, the same verbs of a company, a person or a crowd are not; speech
 * that makes a decision on a thing's fate or the speaker's own figures public is an announcement; a
 * happening a meeting is about is the meeting's matter; people who walk, ski or paddle to a place
 * travel. Every person, body and place is invented; the dateline is Wednesday 2025-06-04. Each line is
 * `kind start status`.
 */

/** [the kind, date and status the sentence must give, sentence]. */
type Row = readonly [string, string];

function expectGiven(table: readonly Row[]): void {
  it.each(table)('%s: %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toContain(expected);
  });
}

describe("a public authority's means besides rules are policy", () => {
  expectGiven([
    // Central banks and treasuries in a market (business wire, markets blog, translated report).
    [
      'policy 2025-06-03 occurred',
      'The central bank sold $300 million on the foreign exchange market on Tuesday to support the kwacha.',
    ],
    [
      'policy 2025-06-02 occurred',
      'The Reserve Bank of Malavia injected 40 billion kwacha into the banking system on Monday.',
    ],
    ['policy 2025-05-30 occurred', 'The Bank of Tarvos bought government bonds worth 2 billion crowns on Friday.'],
    ['policy 2025-05-29 occurred', 'The monetary authority auctioned $50 million to importers on Thursday.'],
    ['policy 2025-06-02 occurred', 'The treasury sold its remaining 12% stake in Halvard Telecom on Monday.'],
    // A regulator's demand in writing (trade press, broadsheet).
    [
      'policy 2025-05-30 occurred',
      'The regulator wrote to the airline on Friday demanding a full explanation of the delays.',
    ],
    [
      'policy 2025-06-02 occurred',
      'The ministry wrote to all 40 hospitals on Monday instructing them to cancel routine surgery.',
    ],
    // Payments offered to the public (city paper, government release).
    ['policy 2025-07 scheduled', 'The city will offer rebates of up to $200 toward heat pumps starting in July.'],
    ['policy 2025-12 scheduled', 'The ministry will give every pensioner a one-off payment of 100 euros in December.'],
    ['policy 2025-01 occurred', 'The county began offering free school meals in January.'],
    // A deal brokered, and the deal as what ends a strike (transcript, wire).
    ['policy 2025-06-02 occurred', "A deal brokered by the Ministry of Labour ended the dockers' strike on Monday."],
    ['policy 2025-05-30 occurred', 'The Ministry of Culture brokered an agreement on Friday that ended the walkout.'],
    ['policy 2025-06-01 occurred', 'Qatar brokered a ceasefire between the two sides on Sunday.'],
    // A cycle of rate moves (translated central-bank story).
    ['policy 2024-03 occurred', 'The central bank began its cycle of rate cuts in March 2024.'],
  ]);
});

describe('the same verbs of a company, a person or a broker are no policy', () => {
  expectGiven([
    ['other 2025-06-03 occurred', 'Halvard sold its shipping arm for $300 million on Tuesday.'],
    ['other 2025-05-30 occurred', 'Dunmore Steel bought $40 million of its own shares on Friday.'],
    ['other 2025-06-03 occurred', 'The pension fund sold $300 million of bonds on Tuesday.'],
    ['other 2025-06-02 occurred', 'The club offered fans refunds on Monday.'],
    ['other 2025-03 occurred', 'The agent brokered the sale of the villa in March.'],
    ['statement 2025-05-30 occurred', 'Ana Ruiz wrote to the minister on Friday demanding an apology.'],
  ]);
});

describe("a decision on a named thing's fate, or the speaker's own figures, made public is an announcement", () => {
  expectGiven([
    ['announcement 2025-06-03 occurred', 'The airline said on Tuesday the brand would be retired next year.'],
    [
      'announcement 2025-06-02 occurred',
      "The festival's organisers said on Monday the event would go ahead as planned.",
    ],
    [
      'announcement 2025-05-30 occurred',
      'Kinoport said on Friday the premiere in Lisbon in November would go ahead as planned.',
    ],
    ['announcement 2025-06-03 occurred', "The club said on Tuesday that Saturday's match would go ahead."],
    [
      'announcement 2025-05-30 occurred',
      'The agency said on Friday it had recorded 312 cases of cholera since January.',
    ],
    [
      'announcement 2025-05-29 occurred',
      'The company said on Thursday that its Kenyan unit had broken even for the first time.',
    ],
    ['announcement 2025-06-02 occurred', 'Tarvos Air said on Monday it had carried 2.1 million passengers in May.'],
  ]);
});

describe('a view, a trend, a denial or an offer in a negotiation stays a statement', () => {
  expectGiven([
    ['statement 2025-06-02 occurred', 'The minister said on Monday the plan would be a disaster.'],
    ['statement 2025-06-03 occurred', 'The union said on Tuesday it would fight the closure.'],
    ['statement 2025-06-02 occurred', 'The mayor said on Monday the decision had been taken without consultation.'],
    ['statement 2025-06-02 occurred', 'The company said on Monday it had not been consulted.'],
    ['statement 2025-05-30 occurred', 'Vela Ports said on Friday it had offered 4.5% over two years.'],
    ['statement 2025-06-03 occurred', 'Ola Berg said on Tuesday that the budget would be cut.'],
  ]);
});

describe('a happening a meeting is about is its matter, and the day is the meeting’s', () => {
  expectGiven([
    ['meeting 2025-06-05 scheduled', 'The council will meet on the launch on Thursday.'],
    [
      'meeting 2025-06-05 scheduled',
      'The Security Council will hold an emergency meeting on the missile launch on Thursday.',
    ],
    [
      'meeting 2025-06-05 scheduled',
      'The U.N. Security Council is expected to hold a closed-door meeting on the launch Thursday at the request of Norway.',
    ],
  ]);
  it('gives no happening of its matter', () => {
    expect(eventSummaries('The council will meet on the launch on Thursday.')).toEqual([
      'meeting 2025-06-05 scheduled',
    ]);
  });
});

describe('people who walk, ski or paddle to or off a place travel; a walkout does not', () => {
  expectGiven([
    ['travel 2025-05-31 occurred', 'The team walked off the ice on Saturday.'],
    ['travel 2025-06-01 occurred', 'The hikers hiked back to the trailhead on Sunday.'],
    ['travel 2025-06-02 occurred', 'Two fishermen paddled across the lake to Kesto on Monday.'],
    ['travel 2025-06-03 occurred', 'The patrol trekked into the valley on Tuesday.'],
    ['travel 2025-05-30 occurred', 'We skied down to the hut on Friday.'],
    ['other 2025-05-31 occurred', 'The players walked off the pitch on Saturday after racist chants.'],
    ['other 2025-06-02 occurred', 'Dockers walked off the job on Monday.'],
  ]);
});

describe("the public's vote, a body's own rule and a sign-up are no policy; a council's are", () => {
  expectGiven([
    ['other 2024 occurred', 'Voters approved a sales tax for parks in 2024.'],
    ['other 2025-06-02 occurred', 'The school banned mobile phones from Monday.'],
    ['other 2025-06-03 occurred', 'The museum lifted its ban on photography on Tuesday.'],
    ['other 2025-06-02 occurred', 'More than 200 people signed up to speak at the hearing on Monday.'],
    ['other 2025-06-02 occurred', 'Ruiz signed up for the marathon on Monday.'],
    ['policy 2025-06-02 occurred', 'The council banned mobile phones in schools from Monday.'],
    ['policy 2025-06-02 occurred', 'The ministry suspended flights to Kesto on Monday.'],
    ['policy 2025-06-03 occurred', 'The league lifted its ban on the club on Tuesday.'],
    ['policy 2025-06-03 occurred', 'Councillors voted on Tuesday to approve the sales tax.'],
  ]);
  it('gives the sign-up no policy', () => {
    expect(eventSummaries('More than 200 people signed up to speak at the hearing on Monday.')).not.toContain(
      'policy 2025-06-02 occurred',
    );
  });
});

describe('figures, data and reports made public, or results due to be, are announcements', () => {
  expectGiven([
    [
      'announcement 2025-06-12 scheduled',
      'The statistics office will publish the November inflation figure on June 12.',
    ],
    [
      'announcement 2026-06 scheduled',
      'Second-season data from a subset of about 3,000 participants are expected next summer.',
    ],
    ['announcement 2025-09 scheduled', 'Results from the phase 3 trial are due in September.'],
    ['announcement 2026-02-05 scheduled', 'Full-year figures for the group are expected on Feb. 5.'],
    ['announcement 2025-06-02 occurred', 'Kestrav published a post-mortem on Monday.'],
    ['announcement 2025-05-30 occurred', 'The club revealed its new kit on Friday.'],
    [
      'announcement 2025-05-29 occurred',
      'The agency said in a report published on Thursday that 1.4 million people needed food aid.',
    ],
  ]);
  it('tells a report once, as its publication', () => {
    expect(
      eventSummaries('The agency said in a report published on Thursday that 1.4 million people needed food aid.'),
    ).toEqual(['announcement 2025-05-29 occurred']);
  });
});
