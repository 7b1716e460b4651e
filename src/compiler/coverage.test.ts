import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Coverage of the common happenings of news prose, by kind, in several grammatical forms: a
 * fronted participle ("After resigning on Monday, ..."), a passive, a noun whose plan is told by
 * its predicate ("The verdict is expected on Friday"), a plan delayed. Every sentence, person and
 * company is invented; the dateline is Wednesday 2025-06-04, so a past "Monday" is 2025-06-02 and
 * a coming "Friday" 2025-06-06.
 */
const kindDateStatus = (body: string): string[] => eventLines(body).map((line) => line.replace(/ \[.*$/, ''));

/** [expected `kind start status`, sentence]. */
const FOUND: readonly [string, string][] = [
  ['other 2025-06-02 occurred', 'After resigning on Monday, Lars Olsen flew to Oslo.'],
  ['travel 2025-06-01 occurred', 'After arriving in Rome on Sunday, Ian Pell met the pope.'],
  ['travel 2025-06-03 occurred', 'On arriving in Lagos on Tuesday, Ana Pike was greeted by Ola Dahl.'],
  ['policy 2025-06-02 occurred', 'After signing the decree on Monday, President Ana Pike left for Geneva.'],
  ['other 2025-05-30 occurred', 'Before stepping down on Friday, Mira Tolle approved the budget.'],
  ['policy 2025-06-03 occurred', 'Shortly after vetoing the housing bill on Tuesday, Governor Ana Pike left for Lima.'],
  ['other 2025-06-01 occurred', 'The collapse of the footbridge on Sunday killed four people.'],
  ['policy 2025-06-03 occurred', 'The pension bill was passed by the senate on Tuesday.'],
  ['other 2025-06-06 scheduled', 'The verdict is expected on Friday.'],
  ['other 2025-06-05 scheduled', 'The ruling is due on Thursday.'],
  ['other 2025-06-05 cancelled', 'The opening of the Alder bridge, set for Thursday, has been delayed.'],
  // A trip with nobody named: a party named by its role, a planned visit called off.
  ['travel 2025-06-02 occurred', 'The squad flew to Chicago on Monday for a pre-season tour.'],
  [
    'travel 2025-06-06 scheduled',
    'The prime minister, who has said little about the plan, flies to Brussels on Friday.',
  ],
  ['travel 2025-06-01 occurred', 'The president arrived in Lima on Sunday.'],
  // A plan moved, dated with an abbreviated month ("Jan." is no sentence's end).
  [
    'other 2025-06-06 cancelled',
    'A sale of 500 million euros of bonds set for Friday, June 6, was postponed to June 13.',
  ],
  [
    'other 2025-06-13 scheduled',
    'A sale of 500 million euros of bonds set for Friday, June 6, was postponed to June 13.',
  ],
  ['other 2025-09-12 cancelled', 'A fireworks display set for Friday, Sept. 12, was scrapped.'],
  // Trips, posts, courts, talks and findings in other words.
  ['travel 2025-06-02 occurred', 'Ana Pike was flown to Oslo on Monday.'],
  ['travel 2025-06-02 occurred', 'Senator Dale Whitcomb campaigned in Prescott on Monday.'],
  ['other 2025-05-31 cancelled', "The bandh called by the traders' association was called off on Saturday."],
  ['other 2025-06-02 occurred', 'Marisol Duarte became executive director of the Orvane Fund on Monday.'],
  ['other 2025-06-06 scheduled', 'The Lagos High Court will hear the bail petitions on Friday.'],
  ['other 2025-05-30 occurred', 'The talks broke up on Friday evening.'],
  ['policy 2025-05-30 occurred', 'The signing of the accord on Friday ended the dispute.'],
  ['announcement 2025-06-02 occurred', 'A Copper State University poll released on Monday showed Whitcomb ahead.'],
  ['announcement 2025-05-29 occurred', 'Zentro published its annual report on Thursday.'],
  // Appeals, vows, accusations and evidence given; acts of states and legislatures.
  ['statement 2025-06-02 occurred', 'Ana Pike urged calm on Monday.'],
  ['statement 2025-06-02 occurred', 'Ana Pike vowed on Monday to rebuild the town.'],
  ['statement 2025-06-02 occurred', 'Ana Pike accused Ola Dahl of lying on Monday.'],
  // Evidence given to a committee is its hearing, a meeting (eval README: a hearing held by a committee).
  ['meeting 2025-06-02 occurred', 'Ana Pike testified before the committee on Monday.'],
  ['policy 2025-06-02 occurred', 'Norland cut diplomatic ties with Vardia on Monday.'],
  ['policy 2025-06-02 occurred', 'The Norland parliament impeached President Ola Dahl on Monday.'],
  ['policy 2025-06-02 occurred', 'The Norland senate rejected the treaty on Monday.'],
  ['policy 2025-06-02 occurred', 'The Norland government ended the state of emergency on Monday.'],
  ['policy 2025-06-02 occurred', 'Norland and Vardia reached a trade deal on Monday.'],
  // A happening that 'began' is told by its own noun.
  ['travel 2025-06-02 occurred', 'Ana Pike began a three-day visit to Japan on Monday.'],
  ['meeting 2025-06-02 occurred', 'The union started talks with Zentro on Monday.'],
  // Fixtures, strikes, reactions and speeches in the forms news uses for them.
  ['other 2025-06-07 scheduled', 'Dunmore Rovers will play the Kestrel Hawks on Saturday.'],
  ['other 2025-06-07 scheduled', 'Kestrel plays Airdrie at home on Saturday.'],
  ['other 2025-06-10 scheduled', 'Nurses at St Olave’s hospital will go on strike next Tuesday.'],
  ['other 2025-06-02 occurred', 'Pilots at Brill Airways walked out on Monday.'],
  ['other 2025-05-30 occurred', 'Dock workers staged a 24-hour strike on Friday.'],
  ['statement 2025-06-03 occurred', 'Brill Airways apologised on Tuesday for the outage.'],
  ['statement 2025-06-03 occurred', 'Senator Ana Pike denied the report on Tuesday.'],
  ['statement 2025-05-31 occurred', 'In a televised address on Saturday, President Tomas Varga urged calm.'],
];

/** Sentences that tell no event of the given kind: the word is used of someone else, or not as the act. */
const NOT_FOUND: readonly [string, string][] = [
  ['policy', 'Castlebridge moved quickly, signing the Brazilian forward Thiago Lemos on Monday.'],
  ['policy', 'The ball was passed back to the goalkeeper on Saturday.'],
  ['other', 'Lars Olsen did not resign on Monday, his office said.'],
  ['other', 'After refusing to resign on Monday, Lars Olsen stayed in office.'],
  ['other', 'Mayor Ana Pike refused on Monday to resign.'],
  ['other', 'The minister declined again to step down.'],
  ['other', 'The delegates walked out of the meeting on Monday.'],
  ['other', 'If the nurses go on strike, hospitals will struggle.'],
  ['other', 'The union has never gone on strike.'],
  ['other', 'Voters heard the case for reform on Monday.'],
  ['other', 'Ana Pike heard the news on Monday.'],
  ['other', 'The Norland government announced a ban on fireworks on Monday.'],
  ['other', 'Ana Pike proposed a tax on concerts on Monday.'],
  ['statement', 'Ana Pike has long urged calm.'],
  ['policy', 'Voters rejected the idea on Monday.'],
  ['travel', 'The money went to charity on Monday.'],
  ['travel', 'The contract went to a Dutch firm on Monday.'],
  ['travel', 'The trophy returned to Glasgow on Sunday.'],
  ['travel', 'The tanker left port on Tuesday.'],
  ['travel', 'The president usually flies to Brussels on Fridays.'],
];

describe('coverage of news happenings', () => {
  it('tells a speech that opens the sentence once, by what was said in it', () => {
    const said = 'In a televised address on Saturday, President Tomas Varga said the war was over.';
    expect(kindDateStatus(said)).toEqual(['statement 2025-05-31 occurred']);
  });

  it.each(FOUND)('finds %s in %j', (expected, sentence) => {
    expect(kindDateStatus(sentence)).toContain(expected);
  });

  it.each(NOT_FOUND)('finds no %s event in %j', (kind, sentence) => {
    expect(kindDateStatus(sentence).filter((line) => line.startsWith(`${kind} `))).toEqual([]);
  });
});
