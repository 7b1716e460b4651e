import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * The events the compiler reads from one invented sentence (dateline Wednesday 2025-06-04),
 * besides quotes: a quotation is always one quote event, what it tells is not an event of its own.
 */
function eventsOf(sentence: string) {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote')
    .map((event) => `${event.kind} ${event.date.start ?? '-'} ${event.status}`);
}

/** Sentences in news style that, by the annotation conventions, tell of no event. */
const NON_EVENTS: readonly [string, string][] = [
  ['a change over a month', 'Exports fell 4% in March from a year earlier.'],
  ['a position held, in the perfect', 'Austria has said it will not block the plan.'],
  ['a call made again and again', 'The minister has repeatedly called for a ceasefire.'],
  ['a denial kept up', 'The company has long denied any wrongdoing.'],
  [
    'what councillors told a paper about a stretch of time',
    'Several councillors told the Herald on Monday that they had been receiving complaints since last year.',
  ],
  ['a change over a year', 'Output at the Veltra smelter grew by a fifth in 2024.'],
  ['an ongoing state since a year', 'The company has operated in Kenya since 2012.'],
  ['a forecast', 'The fund expects inflation to ease in 2027.'],
  ['a target', 'The government aims to cut emissions by half by 2030.'],
  ['background in a relative clause', 'The ministry, which was created in 2019, oversees water supply in the north.'],
  ['a level on a date', 'Unemployment stood at 5.1% in June.'],
  ['a proposal floated before', 'The plan, first floated in 2021, would merge the two agencies.'],
  ['a running count by a date', 'By Friday, more than 300 people had signed the petition.'],
  ['a comparison with the past', 'It was the first such visit since 2018.'],
  ['a level reached over a year', 'Inflation averaged 3.2% in 2024, the central bank said.'],
  ['a state of being in a year', 'The region was home to about 40,000 people in 2020.'],
  ['a long-running trend', 'Prices have risen steadily since January.'],
  ['a forecast with "could"', 'The new line could open in 2028, officials said.'],
  ['a plan only proposed', 'Under the proposal, fares would rise in September.'],
  ['an attribution', 'The deal was worth about $2 billion, two people familiar with the matter said on Tuesday.'],
  ['a generic statement', 'Floods usually peak in April in the delta.'],
  ['a measurement with a rate', 'The refinery processed 200,000 barrels a day in May.'],
  ['an event inside a quotation', '“We closed the plant in 2019 and never looked back,” Dana Morrow said.'],
  ['boilerplate', 'About Harlow Freight: Founded in 1962, Harlow Freight operates 40 depots.'],
  ['a prediction', 'Analysts predict that the bank will cut rates in July.'],
  ['a hope', 'Residents hope the bridge reopens in August.'],
  ['a record kept by a year', 'The club has won the league four times since 2010.'],
  ['a share of a total', 'Imports accounted for 40% of supply in 2023.'],
  ['a ranking', 'The city ranked third in the survey in 2022.'],
  ['a condition', 'If approved, the rules would take effect in January.'],
  ['a population count', 'The town had 12,000 inhabitants in 1990.'],
  ['a price level', 'Brent crude traded at $81 a barrel in late May.'],
  ['a volume over a year', 'The airport handled 12 million passengers in 2023.'],
  ['a proposal dated by what it proposes', 'The government has proposed raising the tax in 2026.'],
  ['a law in a reduced relative', 'The law, passed in 2019, requires companies to disclose emissions.'],
  ['rules in a prepositional phrase', 'Under rules adopted in 2022, banks must hold more capital.'],
  ['a treaty as background', 'The treaty signed in 1994 set the border.'],
  ['a generic count of meetings', 'Most of the meetings held in 2024 were online.'],
  ['meetings counted since a year', 'The two leaders have met three times since 2021.'],
  ['a ban in force since a year', 'Since 2020, the city has banned cars from the centre.'],
  ['an editor’s note', 'This article was updated on June 3 to include comment from the mayor.'],
  ['the source of a report', 'The talks have stalled, according to two officials who briefed reporters on Monday.'],
  ['background in a relative clause with a month', 'The talks, which began in March, are expected to continue.'],
  ['regular talks since a year', 'The two countries have held regular talks since 2015.'],
  ['a recurring meeting', 'The council meets every Tuesday.'],
  ['a level that peaked', 'Water levels peaked in April.'],
  ['a cost that ballooned', 'Costs ballooned in 2022.'],
  ['support that collapsed', 'Support for the party collapsed in 2020.'],
  ['a change of an export total', 'Exports to China fell 3% in May.'],
  ['a habit', 'Ministers usually meet in Brussels in December.'],
  ['a yearly meeting', 'Leaders meet annually in the spring.'],
  ['a count of talks', 'He has held talks with Ortega several times in 2024.'],
  ['a rule about meetings', 'The law requires that the board meet at least twice a year.'],
  ['a non-response', 'The company failed to respond to a request for comment on Tuesday.'],
  ['a rate of growth', 'The economy expanded at an annual rate of 2.4% in the first quarter.'],
  ['a description of a period', 'The years after 2008 were hard for the town.'],
  ['a possession', 'Ortega has held the seat since 2016.'],
];

/** Controls: real happenings that must still be read. */
const EVENTS: readonly [string, string][] = [
  ['a proposal that failed', 'In 2023, a similar proposal failed to pass the senate.'],
  ['a closure dated by a year', 'The Harwick paper mill shut its gates in 2011.'],
  ['a market move on a weekday', 'The Norwegian krone slid to a record low on Monday.'],
  ['an arrest on a day', 'Police arrested two men in Lyon on Saturday.'],
  ['a treaty signed on a day', 'The treaty signed on Monday takes effect in July.'],
  ['a relative clause dated by a day', 'The fire, which started on Monday, destroyed 40 homes.'],
  ['a bridge that collapsed in a year', 'The bridge collapsed in 2018, killing 43 people.'],
  ['a sale dated by a year', 'The firm sold its Kenyan unit in 2019.'],
  ['a first meeting', 'Ana Duarte and Pavel Kron met for the first time in Vienna on Tuesday.'],
  ['a meeting', 'Foreign ministers Ana Duarte and Pavel Kron met in Vienna on Tuesday.'],
];

describe('non-events: measurements, states, forecasts, background', () => {
  it.each(NON_EVENTS)('%s gives no event', (_, sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });
});

describe('a happening that is only planned', () => {
  it('is scheduled on the coming date', () => {
    expect(eventsOf('Port workers plan a one-day strike on Nov. 26, their union said.')).toEqual([
      'other 2025-11-26 scheduled',
    ]);
    expect(eventsOf('Farmers plan a protest outside parliament on Friday.')).toEqual(['other 2025-06-06 scheduled']);
  });
});

describe('non-events: controls that are events', () => {
  it.each(EVENTS)('%s gives an event', (_, sentence) => {
    expect(eventsOf(sentence)).not.toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Per style: invented sentences about invented people, in the voice of each kind of news page.
// Each table lists sentences that by the annotation conventions tell of no event (negated or
// never happened, ongoing, a measurement, a habit, a state, background, an attribution,
// boilerplate), and each has its controls below: happenings in the same style that must stay.

const PROFILES: readonly [string, string][] = [
  [
    'a childhood and a decade of study',
    'Quental grew up in a fishing village and studied law in Coimbra in the 1990s.',
  ],
  ['a year spent on a task', 'He spent most of 2019 writing a memoir that he never published.'],
  [
    'a trade kept since a year',
    'She has run the family bakery since 1988 and still opens the shop at 5 a.m. every day.',
  ],
  ['a standing reached by a year', 'By 2015 he had become one of the best-known chefs in Ghent.'],
  ['a habit of youth', 'As a teenager in the 1980s, Odile Marchetti sang in a church choir in Lyon.'],
  ['a refusal', 'Marchetti rarely gives interviews and declined to be photographed for this profile in May.'],
  [
    'a marriage in a relative clause',
    'Frehner, who married his college sweetheart in 2001, lives with their three children in Zug.',
  ],
  ['a name a thing bears', 'The bridge is named after a 19th-century engineer.'],
];

const SPORTS: readonly [string, string][] = [
  ['goals counted over a year', 'Kessler scored 14 goals in 2024, the most by any defender in the league.'],
  ['a run without a win', 'The Harriers have not beaten Dunmore at home since 2009.'],
  ['an average over a month', 'Okonjo averaged 22 points a game in March.'],
  ['a final placing', 'The club finished fourth in the league in 2023.'],
  ['a tally of appearances', 'Voss, who joined the club in 2020, has made 112 appearances.'],
  ['a run of form', 'The team has won five of its last six games.'],
  ['a player who did not play', 'Linden did not play on Sunday after feeling tightness in his calf during warm-ups.'],
  ['an unbeaten run', 'The Rovers remain unbeaten since April.'],
  ['a save inside a match', 'The goalkeeper blocked a penalty in the 89th minute on Saturday.'],
  ['a goal inside a match', 'Vidal opened the scoring in the 12th minute on Sunday.'],
  ['a deficit inside a match', 'The Rovers fell behind in the 30th minute on Saturday.'],
  ['a routine training session', 'The squad held a light training session on Friday.'],
  ['a manager in charge since a year', 'Harriers manager Pieter Hals has been in charge since 2021.'],
];

const OBITUARIES: readonly [string, string][] = [
  ['the survivors', 'He is survived by his wife, Ines, and two daughters.'],
  ['a pastime in retirement', 'In retirement he kept bees and wrote poetry.'],
  ['a private funeral with no date', 'A funeral will be private, the family said.'],
  ['arrangements not yet announced', 'Funeral arrangements have not been announced.'],
  ['a request for donations', 'In lieu of flowers, the family asks that donations be made to a hospice in Porto.'],
];

const LIVE_BLOGS: readonly [string, string][] = [
  ['a promise of updates', 'We will bring you updates throughout the day.'],
  ['a blog that is closed', 'This live blog is now closed; our coverage continues here.'],
  ['a reader instruction', 'Refresh this page for the latest updates.'],
  ['a welcome', 'Good morning and welcome to our live coverage of the confidence vote.'],
  ['a pause in coverage', 'We are pausing our live coverage here; thanks for following along.'],
];

const OPINION: readonly [string, string][] = [
  ['a counterfactual', 'Had the ministry acted in March, the shortages could have been avoided.'],
  ['an open question', 'The question is whether the minister will resign before Christmas.'],
  ['a decision as a topic', 'The decision to close the plant looks, in hindsight, like a mistake.'],
  ['a ban judged', 'Critics say the ban, introduced in 2021, has done little to curb smuggling.'],
  ['an expectation that failed', 'Few expected the coalition to survive the winter of 2023.'],
  ['a recommendation', 'The government should ban the sale of energy drinks to children.'],
  ['reforms as background', 'The reforms of 2016 were meant to end such disputes.'],
  ['a refusal as a topic', 'Ortega’s refusal to sign the treaty in 2019 angered allies.'],
  ['an attempt that failed', 'Her attempt to ban plastic bags in 2021 failed.'],
];

const EXPLAINERS: readonly [string, string][] = [
  ['a question about a vote', 'What happens if the parliament rejects the budget on Thursday?'],
  ['a question about a date', 'When will the new rules take effect?'],
  ['a quota under an agreement', 'Under the 2019 agreement, each country may fish up to 40,000 tonnes a year.'],
  ['a power a law gives', 'A state of emergency allows the government to ban public gatherings for up to 30 days.'],
  ['a power of a court', 'The court can suspend the law if it finds it unconstitutional.'],
  ['what a law says', 'The law bans the sale of alcohol after 10 p.m.'],
  ['what a treaty says', 'The treaty bans nuclear tests.'],
  ['what rules say', 'The rules prohibit companies from paying bonuses in cash.'],
  ['a power held', 'The authority has the power to ban any demonstration.'],
  ['what a ruling allows', 'The ruling allows the government to close schools for up to two weeks.'],
  ['a protected right', 'The right to protest is protected by the constitution.'],
  ['opening hours', 'The museum is closed on Mondays.'],
  ['a sitting calendar', 'Parliament sits on Mondays and Tuesdays.'],
  ['a usual weekday', 'The committee usually meets on Thursdays.'],
  ['a restriction in force', 'Access to the area is restricted.'],
  [
    'a ban in force, dated in a relative clause',
    'The ban on smoking in bars, which came into force in 2007, is popular.',
  ],
];

const MARKETS: readonly [string, string][] = [
  ['a gain this year', 'Shares of Valdris Mining have gained 18% this year.'],
  ['a yield level', 'The yield on the 10-year bond stood at 3.1% in late May.'],
  ['a trading range', 'Brent has traded between $70 and $85 a barrel since January.'],
  ['a loss of value since a year', 'The currency has lost a third of its value against the dollar since 2022.'],
  ['thin trading', 'Trading volumes were thin ahead of a holiday on Thursday.'],
  ['profit that met expectations', 'Quarterly profit met expectations on Tuesday.'],
  ['profit over a quarter', 'Profit met analysts’ expectations in the second quarter.'],
  ['job openings over a month', 'Job openings fell to 7.1 million in April.'],
  ['data that show a level', 'Data released on Tuesday showed unemployment rose to 5.2% in April.'],
  ['a share price short of a record', 'Shares fell short of their record high on Monday.'],
  ['a vote share', 'The party won 48% of the vote in 2019.'],
];

const SCIENCE: readonly [string, string][] = [
  ['an orbit since a year', 'The probe has been orbiting Jupiter since 2016.'],
  ['a change between two years', 'Temperatures in the region rose by 1.2C between 1990 and 2020.'],
  ['samples counted over a year', 'The team collected 4,000 samples from the lake in 2023.'],
  ['a study’s method', 'The study, published in May, followed 12,000 adults for a decade.'],
  ['a study as a source', 'Bees can count to four, according to a study published in May.'],
  ['a survey as a source', 'A survey published on Monday found that four in ten tenants had fallen behind on rent.'],
  ['a condition since a year', 'She has suffered from hearing loss since 2019.'],
  ['a capability', 'The telescope can detect planets as small as Earth.'],
  ['figures as a source', 'Figures published by the statistics office on Friday showed exports fell in April.'],
];

const COURTS: readonly [string, string][] = [
  ['a denial', 'Delacroix has denied all the charges.'],
  ['a trial in progress', 'The trial, which opened in March, is expected to last six weeks.'],
  ['a step not taken', 'Prosecutors did not oppose bail on Monday.'],
  ['evidence heard of a failure', 'The jury has heard that the company ignored safety warnings in 2021.'],
  ['a maximum penalty', 'The maximum penalty for fraud is ten years in prison.'],
];

const PRESS_RELEASES: readonly [string, string][] = [
  ['a founding in a participial opener', 'Founded in 1998, Keldor Systems employs 2,300 people in 14 countries.'],
  ['a pointer to a website', 'For more information, visit the company’s website.'],
  [
    'a company description',
    'Keldor Systems is a leading provider of warehouse software and serves more than 500 customers.',
  ],
  ['forward-looking statements', 'This press release contains forward-looking statements that involve risks.'],
  ['a correction', 'Correction: An earlier version of this article misstated the year in which the plant closed.'],
  ['a wire credit', '(Reporting by Ana Reis; Editing by Tom Hale)'],
];

const NOT_HAPPENED: readonly [string, string][] = [
  ['no date set', 'No date has been set for a meeting between Aurelio Santos and Nadia Brom.'],
  ['a vote yet to come', 'The senate has yet to vote on the bill.'],
  ['no plans to ban', 'The government has no plans to ban the import of used cars.'],
  ['no plans to close, reported', 'The company said it had no plans to close the plant.'],
  ['no arrests', 'There were no arrests, police said on Sunday.'],
  ['a visit never made', 'Santos never visited the region during his term.'],
  ['an approval refused', 'The board did not approve the merger on Thursday.'],
  ['a signature declined', 'The mayor declined to sign the petition on Monday.'],
  ['a threat', 'The union threatened to close the port on Monday.'],
  ['an appeal to act', 'Campaigners urged the council to ban cars from the old town in May.'],
  ['a call for a ban', 'Opposition leaders called for a ban on the rallies on Tuesday.'],
  ['a campaign promise', 'If elected, Ortega would ban fracking.'],
  ['a wish', 'The company wants to close two plants next year.'],
];

const ONGOING: readonly [string, string][] = [
  ['negotiations for months', 'The ministry has been negotiating with the unions for months.'],
  ['an investigation under way', 'The police are investigating the fire.'],
  ['a restriction continued', 'The agency continues to restrict exports of rare earths.'],
  ['inspections stepped up', 'Officials have stepped up inspections in recent weeks.'],
  ['a ban under consideration', 'The government is considering a ban on disposable vapes.'],
  ['talks that dragged on', 'The peace talks have dragged on for months.'],
  [
    'a company in talks',
    'The company is in talks to buy Brevik Data, people familiar with the matter said on Tuesday.',
  ],
  ['talks continuing', 'The talks are continuing, a spokesman said on Monday.'],
  ['a border closed since a month', 'The border has remained closed since March.'],
  ['a border closed for most of a year', 'The border was closed for most of 2021.'],
  ['protests that died down', 'The protests died down in May.'],
];

const ATTRIBUTIONS: readonly [string, string][] = [
  ['an interview with a news agency', 'Ferreira spoke with The Associated Press on condition of anonymity on Tuesday.'],
  ['a word with reporters', 'Brom spoke with reporters in Vienna on Monday.'],
  ['agreement among economists', 'Most economists agreed that the outlook had worsened in May.'],
];

const STYLES: readonly [string, readonly [string, string][]][] = [
  ['profiles', PROFILES],
  ['sports reports', SPORTS],
  ['obituaries', OBITUARIES],
  ['live blogs', LIVE_BLOGS],
  ['opinion and analysis', OPINION],
  ['explainers', EXPLAINERS],
  ['markets', MARKETS],
  ['science', SCIENCE],
  ['court reports', COURTS],
  ['press releases', PRESS_RELEASES],
  ['things that did not happen', NOT_HAPPENED],
  ['ongoing processes', ONGOING],
  ['attributions and opinions', ATTRIBUTIONS],
];

describe.each(STYLES)('non-events in %s', (_, table) => {
  it.each(table)('%s gives no event', (__, sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });
});

/** Sentences that tell one event, and a word or a phrase in them that must not add another or change its kind. */
const ONLY: readonly [string, string, string[]][] = [
  [
    'a man named X is arrested',
    'A man named Hugo Brandt was arrested in Ghent on Tuesday.',
    ['conflict 2025-06-03 occurred'],
  ],
  [
    'a meeting behind closed doors',
    'The talks were held behind closed doors in Geneva on Friday.',
    ['meeting 2025-05-30 occurred'],
  ],
  [
    'a summit he did not meet at',
    'The two ministers did not meet during the summit in Geneva on Friday.',
    ['summit 2025-05-30 occurred'],
  ],
  [
    'a tally of votes',
    'The parliament approved the budget on Thursday by 201 votes to 150.',
    ['policy 2025-05-29 occurred'],
  ],
  ['a vote to close', 'The council voted on Tuesday to close the Marsh Lane library.', ['policy 2025-06-03 occurred']],
  ['a ban that is lifted', 'Kessler lifted the ban on public gatherings on Monday.', ['policy 2025-06-02 occurred']],
  [
    'an index that closed higher',
    'The index closed 0.4% higher on Tuesday at 7,812 points.',
    ['other 2025-06-03 occurred'],
  ],
  [
    'an index past a mark',
    'The index passed the 8,000 mark on Tuesday for the first time.',
    ['other 2025-06-03 occurred'],
  ],
  ['a trophy lifted', 'Okonjo lifted the trophy at Ridgeway Park on Saturday.', ['other 2025-05-31 occurred']],
  [
    'a vote with its attribution after it',
    'Forty-one members voted for the motion and 19 against on Tuesday, Speaker Joyce Odhiambo told the House.',
    ['policy 2025-06-03 occurred'],
  ],
  [
    'a suspended sentence',
    'Halvorsen received a suspended sentence on Monday for the assault.',
    ['other 2025-06-02 occurred'],
  ],
];

describe('a sentence that tells one event tells only that one', () => {
  it.each(ONLY)('%s', (_, sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

/** Words of another kind that must not make a policy act or a meeting of what the sentence tells. */
const NOT_OF_KIND: readonly [string, string, string][] = [
  ['a declaration that is speech', 'The archbishop declared that the war was a sin on Sunday.', 'policy'],
  ['a request to a court', 'The prosecutor asked the court to suspend the licence on Monday.', 'policy'],
  ['a proposal met with protests', 'The proposal was met with protests when it was unveiled in March.', 'meeting'],
  ['a trading session', 'In Tuesday’s trading session, the index slipped 0.2%.', 'meeting'],
  ['an attack condemned', 'Prime Minister Elena Sorvino condemned the attack on Tuesday.', 'conflict'],
  ['a decision questioned', 'MPs questioned the decision on Tuesday.', 'meeting'],
  ['signing forms', 'Ravi Oduya signed the transfer forms without reading them, the court heard.', 'policy'],
  ['test data', 'The regulator wrote to Quillon Foods on June 3 asking for its test data.', 'other'],
  ['demand not met', 'The utility failed to meet demand during the heatwave in July.', 'meeting'],
];

describe('a word that names another kind', () => {
  it.each(NOT_OF_KIND)('%s is no %s', (_, sentence, kind) => {
    expect(eventsOf(sentence).filter((event) => event.startsWith(`${kind} `))).toEqual([]);
  });
});

/** Controls in the same styles: happenings that must still be read, with their kind, date and status. */
const STYLE_EVENTS: readonly [string, string, string][] = [
  [
    'a career move after a degree',
    'After graduating in 1994, Tobias Frehner joined a small architecture practice in Basel.',
    'other 1994 occurred',
  ],
  ['a swearing-in', 'Marisa Quental was sworn in as mayor of Braga on Tuesday.', 'other 2025-06-03 occurred'],
  ['a resignation', 'Tobias Frehner resigned as chairman of Keldor Systems on Friday.', 'other 2025-05-30 occurred'],
  ['a founding by a named founder', 'Keldor Systems was founded in 1998 by Ana Reis.', 'other 1998 occurred'],
  ['a result', 'The Harriers beat Dunmore 3-1 on Saturday.', 'other 2025-05-31 occurred'],
  ['a sacking', 'The club sacked its manager, Pieter Hals, on Sunday.', 'other 2025-06-01 occurred'],
  ['a coach appointed', 'The Rovers appointed Jonas Ekdahl as head coach on Monday.', 'other 2025-06-02 occurred'],
  ['a transfer', 'The Rovers signed striker Tomas Vidal from Dunmore on Friday.', 'other 2025-05-30 occurred'],
  [
    'a death in a relative clause',
    'Alban Ferreira, who died on Monday at 88, taught mathematics in Oporto for four decades.',
    'other 2025-06-02 occurred',
  ],
  [
    'a road closed in a live blog',
    '10:42 Police have closed the A12 in both directions after a lorry overturned.',
    'policy 2025-06-04 occurred',
  ],
  ['an arrest', 'Police arrested a 43-year-old man in Ghent on Tuesday.', 'conflict 2025-06-03 occurred'],
  ['a charge', 'Prosecutors charged Delacroix with fraud on Monday.', 'other 2025-06-02 occurred'],
  ['a plea', 'Delacroix pleaded not guilty on Tuesday.', 'other 2025-06-03 occurred'],
  ['a sentence', 'The judge sentenced Alvarado to six years in prison on Friday.', 'other 2025-05-30 occurred'],
  ['an acquittal', 'A jury acquitted the two officers on Thursday.', 'other 2025-05-29 occurred'],
  ['a jailing', 'The judge jailed Ivo Marsh for four years on Friday.', 'other 2025-05-30 occurred'],
  ['a share-price fall', 'Valdris Mining shares fell 9% on Tuesday.', 'other 2025-06-03 occurred'],
  [
    'an acquisition announced',
    'Keldor Systems today announced the acquisition of Brevik Data for $120 million.',
    'announcement 2025-06-04 occurred',
  ],
  ['an office to open', 'Keldor Systems will open a new office in Lisbon in September.', 'other 2025-09 scheduled'],
  ['a factory opened in a year', 'Keldor Systems opened its first factory in Porto in 2004.', 'other 2004 occurred'],
  ['a ban', 'The government banned the import of used cars on Monday.', 'policy 2025-06-02 occurred'],
  [
    'a closure to come',
    'The city will close the Marsh Lane bridge for repairs on June 16.',
    'policy 2025-06-16 scheduled',
  ],
  [
    'a border crossing closed',
    'The ministry closed the border crossing at Vrata on Monday.',
    'policy 2025-06-02 occurred',
  ],
  ['a curfew lifted', 'The government lifted the curfew on Sunday.', 'policy 2025-06-01 occurred'],
  [
    'a licence suspended',
    'The regulator suspended Valdris Mining’s licence on Thursday.',
    'policy 2025-05-29 occurred',
  ],
  ['a state of emergency', 'The president declared a state of emergency on Sunday.', 'policy 2025-06-01 occurred'],
  ['a bill passed', 'The senate passed the bill on Thursday.', 'policy 2025-05-29 occurred'],
  ['an agreement signed', 'The two countries signed a fishing agreement on Friday.', 'policy 2025-05-30 occurred'],
  [
    'a road blocked by protesters',
    'Protesters blocked the main road into the capital on Monday.',
    'other 2025-06-02 occurred',
  ],
  ['a meeting of two people', 'Aurelio Santos met Nadia Brom in Geneva on Friday.', 'meeting 2025-05-30 occurred'],
  ['talks held', 'Santos and Brom held talks in Geneva on Friday.', 'meeting 2025-05-30 occurred'],
  ['a meeting to come', 'Santos will meet Brom in Geneva next week.', 'meeting 2025-06-09 scheduled'],
  ['a phone call', 'The two leaders spoke by phone on Tuesday.', 'meeting 2025-06-03 occurred'],
  ['a launch', 'The probe launched from French Guiana on Monday.', 'other 2025-06-02 occurred'],
  ['a landing', 'The probe landed on the asteroid on Sunday.', 'other 2025-06-01 occurred'],
  ['an attack', 'Rebels attacked a convoy near Goma on Sunday, killing five soldiers.', 'conflict 2025-06-01 occurred'],
  ['a protest', 'Thousands of people protested outside parliament on Saturday.', 'other 2025-05-31 occurred'],
  ['a strike called off', 'The union called off the strike planned for Friday.', 'other 2025-06-06 cancelled'],
];

describe('controls in the same styles', () => {
  it.each(STYLE_EVENTS)('%s is read', (_, sentence, event) => {
    expect(eventsOf(sentence)).toContain(event);
  });
});
