import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * The kind of an event, read the way a careful editor reads the corpus conventions
 * (`__fixtures__/eval/README.md`): every sentence is invented (people, companies, countries too) in
 * the style of some outlet, and each gives the kinds of every event (quotes aside) it tells, in any
 * order. The dateline is Wednesday 2025-06-04.
 *
 * Where the conventions are silent, the reading chosen here is the one most editors would give:
 * - policy is an act of public authority: a government, a ministry, a legislature, a regulator, a
 *   central bank, the police or a school board bans, closes, sanctions, taxes, votes, declares,
 *   orders, agrees or signs. The same verb from a company ("closed its plant", "suspended flights",
 *   "halted production", "adopted a four-day week") is `other`.
 * - every vote is policy (a board's or shareholders' too: the README lists votes as policy acts),
 *   except a union's vote or ballot to strike, which belongs to the strike (`other`).
 * - agreements and treaties are policy, whoever signs them; a commercial contract, and a company's
 *   agreement to buy or sell a business, is `other` (an acquisition).
 * - courts are `other`: rulings, sentences, hearings, appeals (as in the court reports of the
 *   corpus); "home detention" in a sentence is no detention.
 * - appointments, resignations, elections, strikes, launches, openings and share moves are `other`,
 *   also when a government appoints.
 * - "unveiled" or "announced" something new, a plan or a product, is an announcement; a weather
 *   service's warning is one too.
 * - a crowd (protesters, strikers, residents) that blocks or closes something makes no policy;
 *   a labour strike that "hit" services is no attack, nor is "attacked the budget".
 * - a meeting needs two parties who meet or talk (a phone call counts); "called for" is a
 *   statement; a team hosting a match, a name like "Met Office", or meeting a target is no meeting.
 */
function kindsOf(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote')
    .map((event) => event.kind)
    .sort();
}

type Row = readonly [kinds: string, sentence: string];

/** Acts of public authority. */
const POLICY: readonly Row[] = [
  ['policy', 'Ruritania closed its border with Veldoria on Tuesday.'],
  ['policy', 'The Interior Ministry closed three crossings on the northern border on Monday.'],
  ['policy', 'Veldoria closed its airspace to Ruritanian aircraft on Sunday.'],
  ['policy', 'Authorities in Kestrel Province shut down all schools on Monday as the storm approached.'],
  ['policy', 'Police closed the M4 motorway for six hours on Tuesday after a crash.'],
  ['policy', 'The school board voted on Monday to close Harwick Elementary.'],
  ['policy', 'The city council voted 7-2 on Tuesday to ban fireworks in public parks.'],
  ['policy', 'Parliament voted on Tuesday to extend the state of emergency by 30 days.'],
  ['policy', 'The Senate passed the budget bill late on Monday.'],
  ['policy', 'The European Union imposed sanctions on 14 Veldorian officials on Friday.'],
  ['policy', 'Washington raised tariffs on imported steel to 40% on Monday.'],
  ['policy', 'President Ana Velasco declared a state of emergency in three provinces on Sunday.'],
  ['policy', 'Veldoria declared independence from Ruritania on Sunday.'],
  ['policy', 'Ruritania and Veldoria signed a treaty on Friday ending a decades-old border dispute.'],
  ['policy', 'The two governments agreed on Monday to reopen the border.'],
  ['policy', 'Veldoria and the IMF reached an agreement on a $3 billion loan on Friday.'],
  ['policy', 'The central bank cut its benchmark rate by half a point on Thursday.'],
  ['policy', 'The regulator fined Norvane Telecom 12 million euros on Monday.'],
  ['policy', 'The health ministry banned the sale of menthol cigarettes on Friday.'],
  ['policy', "The government revoked the broadcaster's licence on Tuesday."],
  ['policy', 'Veldoria expelled two Ruritanian diplomats on Saturday.'],
  ['policy', 'The governor vetoed the bill on Tuesday.'],
  ['policy', 'The Competition Authority cleared the merger of Tavira Bank and Onyx Financial on Friday.'],
  ['policy', 'Lawmakers approved the spending package on Tuesday by 212 votes to 190.'],
  ['policy', 'Ruritania withdrew from the Paris Agreement on Friday.'],
  ['policy', 'The Transport Ministry suspended all flights to Veldoria on Monday.'],
  ['policy', 'Police imposed a curfew on the old town on Saturday.'],
  ['policy', 'The agriculture ministry lifted the ban on poultry imports on Tuesday.'],
  ['policy', 'The new rules take effect on July 1.'],
  ['policy', 'The government cut the price of diesel by 10% on Monday.'],
  ['policy', 'The mayor ordered all bars to close at midnight on Friday.'],
  ['policy', 'The trade ministry halted all exports of rice on Monday.'],
  ['policy', 'Ruritania suspended imports of Veldorian beef on Tuesday.'],
  ['policy', 'The finance ministry introduced a 2% levy on bank deposits on Monday.'],
  ['policy', 'The union signed a pay agreement with the port authority on Tuesday.'],
  ['policy', 'Shareholders of Onyx Financial voted on Tuesday to approve the takeover.'],
  ['policy', 'The board of Tavira Bank voted on Monday to approve the merger.'],
  ['policy', 'Workers at the Dunmore plant voted on Monday to accept the pay offer.'],
  ['policy', 'Parliament will hold a confidence vote on Thursday.'],
  ['policy', 'The Environment Agency on Monday banned fishing in the Tarn estuary.'],
  ['policy', 'The Federal Reserve raised interest rates by a quarter point on Wednesday.'],
  ['policy', 'Ruritania recognised the new government in Veldoria on Tuesday.'],
  ['policy', 'The county banned the burning of garden waste on Monday.'],
  ['policy', 'The government will close the state-owned Harwick coal mine in September.'],
  ['policy', "Veldoria's parliament ratified the free-trade agreement on Friday."],
  ['policy', 'Portugal recalled its ambassador from Angola on Monday.'],
  ['policy', 'The aviation authority grounded all Kestrel Air jets on Monday.'],
  // A fire service is no fire, a federation on ice no ice.
  ['policy', 'The fire service closed the A9 on Monday.'],
  ['policy', 'The Ice Hockey Federation banned Tomas Ekwall for a year on Monday.'],
  ['policy', 'Ruritania withdrew from the Paris climate agreement on Friday.'],
  // A bill put before a legislature, a regulator's enforcement, a deportation.
  ['policy', 'The government will submit the draft constitution to parliament on Monday.'],
  ['policy', 'The transport minister will send the rail bill to parliament next week.'],
  ['policy', 'The Department for Transport issued Northline with a formal warning on Feb. 6.'],
  ['policy', 'The Home Office deported 40 Veldorian nationals on Sunday.'],
  // A government calling a vote; the vote itself stays a happening.
  ['policy', 'Prime Minister Kadri Lepp called a snap election on Monday.'],
  ['policy', 'President Ana Velasco called a referendum on the new constitution on Friday.'],
  // A meeting named only as the setting of the act told after it.
  ['policy', "At its previous meeting on May 12, the Czech National Bank's board also held rates."],
];

/** Companies, people and places: the same verbs, other actors. */
const OTHER: readonly Row[] = [
  ['other', 'Dunmore Steel closed its plant in Ashby on Friday, cutting 400 jobs.'],
  ['other', 'Quillon Foods will close its Hartwell factory in September.'],
  ['other', 'Kestrel Mining closed the Harwick mine on Friday.'],
  ['other', 'The Dunmore mill closed in 2009.'],
  ['other', 'Orvel Motors halted production at its Ghent plant on Monday.'],
  ['other', 'Kestrel Air suspended flights to Veldoria on Monday.'],
  ['other', 'Kestrel Air cancelled 300 flights on Tuesday because of the storm.'],
  ['other', 'Kestrel Air grounded its fleet of 20 jets on Monday.'],
  ['other', 'Tavira Bank raised its mortgage rates by half a point on Monday.'],
  ['other', 'Norvane Telecom launched its 5G network on Monday.'],
  ['other', 'The space agency launched a weather satellite on Tuesday.'],
  ['other', 'Tavira Bank shares fell 8% on Tuesday.'],
  ['other', 'Harlan Vossberg was appointed chief executive of Quillon Foods on Tuesday.'],
  ['other', 'The government appointed Mara Lind as central bank governor on Monday.'],
  ['other', 'The president named Tomas Berg as ambassador to Veldoria on Tuesday.'],
  ['other', 'Ravi Oduya resigned as finance minister on Friday.'],
  ['other', 'Kerrow Energy filed for bankruptcy on Monday.'],
  ['other', 'Brightwater Mining won a $2 billion contract to supply iron ore to Calder Rail on Tuesday.'],
  ['other', 'Brightwater Mining signed a $2 billion contract with Calder Rail on Tuesday.'],
  ['other', 'Tavira Bank agreed on Monday to buy Onyx Financial for $2 billion.'],
  ['other', 'Dock workers at the port of Varna went on strike on Monday.'],
  ['other', 'Members of the nurses’ union voted on Friday to go on strike.'],
  ['other', 'The union will hold a strike ballot next week.'],
  ['other', 'Teachers in Marek walked out on Monday.'],
  ['other', 'The Supreme Court ruled on Monday that the levy was unconstitutional.'],
  ['other', 'A court sentenced Cal Redding to five years in prison on Friday.'],
  ['other', "Jared Moss was sentenced to 11 months' home detention on Thursday."],
  ['other', 'The Court of Appeal will hear the case on June 12.'],
  ['other', 'Veldoria held a presidential election on Sunday.'],
  ['other', 'Voters in Marek elected Ana Ruiz as mayor on Sunday.'],
  ['other', 'Teodor Vashti was sworn in as president on Sunday.'],
  ['other', 'Quillon Foods opened a new factory in Penang on Monday.'],
  ['other', 'The Tessaly bridge opened to traffic on May 28.'],
  ['other', 'Hundreds of farmers protested outside parliament on Tuesday.'],
  ['other', 'Kestrel Foods declared a dividend of 12 cents a share on Tuesday.'],
  ['other', 'Halvorsen Logistics adopted a four-day week on Monday.'],
  ['other', 'The airline introduced a fee for cabin bags on Monday.'],
  ['other', 'The rocket lifted off from Kourou on Tuesday.'],
  ['other', 'A fire broke out at the Halvorsen warehouse on Tuesday.'],
  ['other', 'Onyx Financial was founded in 1998.'],
  ['other', 'The strike began on Monday.'],
  ['other', 'Strikes hit rail services across Veldoria on Tuesday.'],
  ['other', 'Unions launched a general strike on Monday.'],
  ['other', 'Protesters blocked the main road into Marek on Tuesday.'],
  ['other', 'Kestrel Air was declared bankrupt on Friday.'],
  ['other', 'Kestrel Foods went to court on Monday to block the takeover.'],
  // A request turned down is a ruling, not speech.
  ['other', 'On Wednesday, Judge Karen Holm denied a defense motion to throw out four of the counts.'],
  ['other', 'The judge rejected a request to delay the trial on Friday.'],
  ['other', 'Judge Amos Teller denied bail to the two men on Monday.'],
  // An election's own machinery and its voters, whoever they are, make no policy.
  ['other', 'Polls closed across Veldoria at 8 p.m. on Sunday.'],
  ['other', 'Polling stations opened at 7 a.m. on Sunday.'],
  ['other', 'Prime Minister Kadri Lepp cast her ballot in Tallinn on Sunday morning.'],
  // Weather and accidents close and block things, but make no policy; a contest left, or a
  // happening stopped with no one named, is a happening of that contest or happening.
  ['other', 'A landslide blocked the main road into Cressing on Monday.'],
  ['other', 'Storm Brenna closed schools across Tarvo on Monday.'],
  ['other', 'Hollins Rovers withdrew from the cup on Tuesday.'],
  ['other', 'Senator Ana Ruiz withdrew from the presidential race on Monday.'],
  ['other', 'The Tarvo Marathon was suspended on Sunday because of the heat.'],
  // A rocket lifting off lifts no ban.
  ['other', 'The spacecraft had been due to lift off from Kourou on Dec. 16.'],
  ['other', 'The rocket is scheduled to lift off on Friday.'],
];

/** Announcements, statements and speeches. */
const SPEECH: readonly Row[] = [
  ['announcement', 'Quillon Foods announced on Tuesday that it would cut 600 jobs.'],
  ['announcement', 'The Health Ministry announced a vaccination campaign on Monday.'],
  ['announcement', 'Tavira Bank reported a 12% rise in quarterly profit on Tuesday.'],
  ['announcement', "Portugal's government unveiled a plan on Monday to build 50,000 homes."],
  ['announcement', 'Tavira Bank unveiled a new savings account on Monday.'],
  ['announcement', 'Orvel Motors unveiled its first electric pickup at a launch event in Detroit on Tuesday.'],
  ['announcement', 'The Met Office issued a red warning for the Cornish coast on Tuesday.'],
  ['announcement', 'The National Weather Service upgraded its storm warning to red on Monday.'],
  ['announcement', 'Quillon Foods said last week it would sell its bakery arm.'],
  ['statement', 'Sorvino called for an immediate ceasefire on Monday.'],
  ['statement', 'Foreign Minister Lena Holt called on Veldoria to release the detained journalists on Tuesday.'],
  ['statement', 'The Kestrel Party called for the resignation of the finance minister on Tuesday.'],
  ['statement', 'Opposition leader Marta Ruiz warned on Sunday that the budget would fail.'],
  ['statement', 'Oduya denied on Monday that he had taken bribes.'],
  ['statement', 'Prime Minister Elena Sorvino insisted on Monday that her government would see out its term.'],
  ['statement', 'President Ana Velasco addressed the nation on Sunday evening.'],
  ['', 'Economist Lara Wend agreed that the rate cut was premature.'],
  ['statement', 'The Foreign Ministry said in a statement on Tuesday that it regretted the decision.'],
  // Speech on paper or on the record, told by its own verb.
  ['statement', 'The Environment Agency objected to the scheme in a letter in August.'],
  ['statement', 'Forty MPs wrote to the prime minister on Monday urging a rethink of the cuts.'],
  ['statement', 'The Environment Agency withdrew its objection to the scheme last week.'],
  [
    'statement',
    "The Marek Residents' Association complained in a letter to the council on Tuesday that the noise was unbearable.",
  ],
  ['statement', 'Quillon Foods replied in a letter on May 26, saying the fault had been fixed.'],
  [
    'statement',
    'The next day, his former deputy, Tom Reyes, testified that he had signed the forms without reading them.',
  ],
  ['statement', 'Nurse Ana Ruiz testified on Tuesday that the ward had been short of staff for months.'],
  ['statement', 'Opposition leader Marta Ruiz said on Sunday she would fight the plan in every court in the land.'],
  // A reaction told with its day is speech; the attack it names is an attack told before.
  ['statement', 'Prime Minister Elena Sorvino condemned the attack on Tuesday.'],
  ['statement', 'Mayor Ana Ruiz apologised to residents on Friday for the delays.'],
  ['statement', 'Foreign Minister Lena Holt welcomed the ceasefire late on Sunday.'],
  // Speech that makes public what the speaker's own side will do is an announcement; a prediction, a
  // wish, a refusal or a vow to oppose is a statement.
  ['announcement', 'Mayor Ruth Pinder told reporters on Monday she would resign in July.'],
  ['announcement', 'Coach Ana Brill said on Friday they would appeal the ban.'],
  ['statement', 'Prime Minister Oskar Vell said on Monday it would be a disaster.'],
  ['statement', 'Kestair said on Monday it would not cut jobs.'],
  ['statement', 'Mayor Ruth Pinder said on Monday the plan would be a disaster.'],
  ['statement', 'Foreign Minister Lena Holt signalled on Tuesday that she would back the sanctions.'],
  // A notice published by a regulator is an announcement.
  ['announcement', 'The Consumer Safety Commission is expected to publish its own recall notice next Monday.'],
  // A pledge made public, in a letter, in speech or by its own verb.
  ['announcement', 'Quillon Foods wrote to every household in Marek on Friday to promise a new play area.'],
  [
    'announcement',
    'Arcade owner Lee Tomlinson told the Valley Echo on Tuesday he would put up 15,000 pounds towards the repairs.',
  ],
  ['announcement', 'Businesswoman Dana Morrow said on Monday she would donate her prize money to the hospice.'],
  ['announcement', 'Club owner Dana Morrow pledged on Monday to fund a new stand.'],
  ['announcement', 'Japan pledged $40 million to the relief effort on Thursday.'],
];

/** Meetings and what only looks like one. */
const MEETINGS: readonly Row[] = [
  ['meeting', 'Prime Minister Elena Sorvino spoke by phone with Chancellor Dieter Kahl on Monday.'],
  ['meeting', 'Sorvino met Chancellor Dieter Kahl in Berlin on Monday.'],
  ['meeting', 'The two foreign ministers held talks in Geneva on Tuesday.'],
  ['meeting', 'Foreign ministers of Ruritania and Veldoria will meet in Oslo next week.'],
  ['meeting', 'Chancellor Dieter Kahl hosted Prime Minister Elena Sorvino at the chancellery on Monday.'],
  ['meeting', 'The union and the port authority held talks on Tuesday.'],
  ['meeting', 'Chancellor Dieter Kahl discussed the crisis by phone with Elena Sorvino on Monday.'],
  ['meeting', 'Chancellor Dieter Kahl held a video call with Nordic leaders on Tuesday.'],
  ['meeting', 'Prime Minister Elena Sorvino phoned Chancellor Dieter Kahl on Monday.'],
  ['meeting', 'Chancellor Dieter Kahl called Prime Minister Elena Sorvino on Monday to congratulate her.'],
  ['meeting', 'The finance committee will hold a public hearing on the bill on Thursday.'],
  ['', 'Tavira Bank met its profit target for the quarter, it said on Tuesday.'],
  ['', 'Prime Minister Elena Sorvino spoke with reporters in Brussels on Monday.'],
  // A committee's hearing told by its questions; a local public forum.
  ['meeting', 'The Commons Transport Committee will question Northline Rail chief executive Fiona Hale next Tuesday.'],
  ['meeting', 'MPs questioned Northline Rail chief executive Fiona Hale for three hours on Tuesday.'],
  ['meeting', 'A public forum on the county budget, planned for Sept. 15, has been postponed.'],
  // A hearing of a committee, a legislature or a council is a meeting; a court's is a step of its case.
  ['meeting', 'The select committee will hold a hearing on the Tarvo bridge collapse next Tuesday.'],
  ['meeting', 'A congressional hearing on the crash is set for June 18.'],
  ['meeting', 'The planning committee will hold a hearing on the scheme on July 9.'],
  ['other', 'A preliminary hearing in the case is set for June 18.'],
  ['other', 'The court will hold a bail hearing on Friday.'],
  // Sides that meet or host each other in a fixture play a match; a host of a festival or of games
  // holds a happening; neither is a meeting.
  ['other', 'The two sides met in the cup final on Sunday.'],
  ['other', 'The teams meet again in the league on Saturday.'],
  ['other', 'Rovers will host Dunmere United on Saturday.'],
  ['other', 'Borland will host Dravia in a World Cup qualifier on Tuesday.'],
  ['other', 'Marrowby hosted the national folk festival last weekend.'],
  ['other', 'Kestavia hosted the Song Contest in May.'],
  ['meeting', 'Prime Minister Oskar Vell met President Ilse Marten in the capital on Monday.'],
  // A trial's sitting is a happening of the trial.
  ['other', 'Friday’s session of the trial on Dec. 12 was called off after one of the lawyers fell ill.'],
  ['meeting', 'The cabinet will hold a special session on the budget on Friday.'],
];

/** Travel, and travel that includes a meeting. */
const TRAVEL: readonly Row[] = [
  ['travel', 'Chancellor Dieter Kahl visited a refugee camp near the border on Tuesday.'],
  ['travel', 'President Ana Velasco will tour flood-hit areas on Friday.'],
  ['travel', 'Foreign Minister Lena Holt left for Brussels on Monday.'],
  ['travel', 'King Aldric returned to the capital on Sunday.'],
  ['travel', 'Prime Minister Elena Sorvino arrived in Tokyo on Monday.'],
  ['meeting travel', 'Prime Minister Elena Sorvino visited Berlin on Monday, where she met Chancellor Dieter Kahl.'],
  // People on the move, named or counted, by any verb of a journey's end; a trip completed is travel.
  ['travel', 'Residents of Cressing returned to their homes on Monday.'],
  ['travel', 'About 4,000 residents were allowed back into Cressing on Friday.'],
  ['travel', 'Some 200 Borland nationals were flown home from Dravia on Monday.'],
  ['travel', 'The freed hostages were flown to Lorin on Tuesday.'],
  ['travel', 'Foreign Minister Ada Kroll reached Lorin on Monday after a 12-hour journey.'],
  ['travel', 'Passengers disembarked in Tromso on Monday.'],
  ['travel', 'Prime Minister Oskar Vell completed a three-day tour of the region on Friday.'],
  ['other', 'The cruise ship docked in Reykjavik on Tuesday.'],
];

/** Conflict events, and what only looks like one. */
const CONFLICT: readonly Row[] = [
  ['conflict', 'Veldorian forces shelled the town of Marek on Monday.'],
  ['conflict', 'Police arrested 40 protesters in the capital on Saturday.'],
  ['conflict', 'Rebels seized the airport on Sunday.'],
  ['conflict', 'A drone strike hit a fuel depot on Monday.'],
  ['conflict', 'A second strike hit a substation near Marek on Monday.'],
  ['conflict', 'Rebels attacked a convoy near Marek on Monday.'],
  ['conflict', "Veldoria's army launched a missile strike on Marek on Sunday."],
  ['other', 'Teachers went on strike on Monday.'],
  ['conflict', 'Rebels launched an attack on the airport on Sunday.'],
  ['conflict', 'The attack on Tuesday killed 12 soldiers.'],
];

const TABLES: readonly [string, readonly Row[]][] = [
  ['policy acts', POLICY],
  ['other happenings', OTHER],
  ['speech', SPEECH],
  ['meetings', MEETINGS],
  ['travel', TRAVEL],
  ['conflict', CONFLICT],
];

describe.each(TABLES)('event kinds: %s', (_name, rows) => {
  it.each(rows)('%s: %s', (kinds, sentence) => {
    expect(kindsOf(sentence)).toEqual(kinds.split(' ').filter(Boolean).sort());
  });
});
