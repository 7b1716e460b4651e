import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Invented sentences (dateline Wednesday 2025-06-04) that by the annotation conventions tell no
 * event, or exactly one event of a given kind: the compiler must not add events the text does not
 * tell (precision). Each row: what the sentence is, the text (paragraphs split by `||`), and the
 * kinds of the events expected, quotes included, in any order.
 */
type Row = readonly [pattern: string, text: string, kinds: readonly string[]];

function kindsOf(text: string): string[] {
  return eventLines(text.split('||').join('\n\n'), () => true)
    .map((line) => line.split(' ')[0] ?? '')
    .sort();
}

function check(rows: readonly Row[]): void {
  it.each(rows)('%s: %s', (_pattern, text, kinds) => {
    expect(kindsOf(text)).toEqual([...kinds].sort());
  });
}

/** Rows whose events, whatever else they are, are none of the kind `not`. */
function checkNone(not: string, rows: readonly (readonly [pattern: string, text: string])[]): void {
  it.each(rows)(`%s (no ${not}): %s`, (_pattern, text) => {
    expect(kindsOf(text)).not.toContain(not);
  });
}

describe('notices about the article itself tell no event', () => {
  check([
    [
      'a correction that repeats a wrong date',
      'The blockade began on March 4, police said.||Correction: An earlier version of this story said the blockade began on March 5.',
      ['other'],
    ],
    [
      'a correction of who met whom',
      'Correction: last week we said the mayor met union leaders on Tuesday. She met their lawyers.',
      [],
    ],
    [
      'an earlier version that misstated a vote',
      'An earlier version of this article incorrectly stated that the council voted on Monday.',
      [],
    ],
    [
      'a note of an amendment',
      "This article was amended on 3 June 2025 to correct the spelling of Ms Okafor's name.",
      [],
    ],
    ['an editor’s note', "Editor's note: This story has been updated with comment from the ministry on Tuesday.", []],
    ['a live blog update is news, not a notice', 'Update: Police arrested two men in Leeds on Tuesday.', ['conflict']],
    ['when the story was first published', 'This article was first published on Tuesday.', []],
    [
      'when the story was originally published, and updated',
      'This story was originally published on Monday and has been updated.',
      [],
    ],
    ['a first-published stamp', 'First published on Tue 3 Jun 2025 10.02 BST', []],
    ['a photo caption', 'Pictured: Mayor Ona Brik arrives at City Hall on Monday.', []],
    ['a caption in capitals', 'PHOTO: Protesters marched through Lima on Saturday. (Reuters)', []],
    ['a broadcaster’s image caption', 'Image caption, Protesters gathered outside the embassy on Saturday', []],
    [
      'a caption under the story',
      'Police arrested two men in Leeds on Tuesday.||Caption: Firefighters battled a blaze in Dunmore on Sunday.',
      ['conflict'],
    ],
    ['a wire’s sign-off', 'Reporting by Ana Ruiz; Editing by Tom Hale', []],
  ]);
});

describe('a body named like a gathering, and a mountain top, are no summit', () => {
  check([
    ['a forum’s representatives met', 'Tane met representatives of the Road Transport Forum on Monday.', ['meeting']],
    ['a congress that acts', 'The African National Congress expelled the councillor on Friday.', ['policy']],
    [
      'a forum’s own annual meeting is the summit, once',
      "Leaders gathered in Davos on Tuesday for the World Economic Forum's annual meeting.",
      ['summit'],
    ],
    ['a summit is still a summit', 'The G20 summit opened in Rio on Monday.', ['summit']],
  ]);
  checkNone('summit', [
    ['a forum that speaks', 'The Pacific Islands Forum said on Monday it would open an office in Suva in July.'],
    [
      'a spokesman for a conference',
      'A spokesman for the Conference of Bishops said on Sunday that the law was unjust.',
    ],
    ['a congress’s members', 'Members of the Indian National Congress marched in Delhi on Monday.'],
    ['a summit reached by climbers', 'The climbers reached the summit on Tuesday.'],
    ['the summit of a mountain', 'Two hikers died near the summit of Mount Kenya on Sunday.'],
  ]);
});

describe('sides that meet or host each other in a match play a match, not a meeting', () => {
  check([
    ['a named opponent in the final', 'Liverpool met Arsenal in the cup final on Saturday.', ['other']],
    ['a return leg', 'The sides meet again in the return leg on Tuesday.', ['other']],
    ['hosting the league leaders', 'Rovers will host leaders Eastfield next Saturday.', ['other']],
    ['a final round of talks is talks', 'The negotiators met in the final round of talks on Monday.', ['meeting']],
  ]);
});

describe('verbs of policy used of something else', () => {
  check([
    ['a government lifts a curfew', 'The government lifted the curfew on Tuesday.', ['policy']],
    ['an armed attack', 'Gunmen attacked a police station in the north on Tuesday.', ['conflict']],
  ]);
  checkNone('conflict', [
    ['an attack on words, not people', 'The mayor on Tuesday attacked what he called a land grab by developers.'],
    ['a car that struck a cyclist', 'His car struck Dr Helen Tran on the night of March 9.'],
    ['a lorry that hit a bridge', 'A lorry hit the railway bridge on Monday.'],
  ]);
  checkNone('policy', [
    ['a company lifts its outlook', 'Halvard Foods lifted its profit outlook on Thursday.'],
    ['a headline: a company lifts its outlook', 'Halvard Foods lifts outlook as snack sales jump'],
    ['a company lifts its stake', 'Halvard lifted its stake in Ondo to 30% on Monday.'],
    ['a band closes a show', "The band closed Saturday's show with an old favourite."],
  ]);
});

describe('a meeting that is only where another act took place is no meeting of its own', () => {
  check([
    ['a vote at a meeting', 'The council approved the plan at a meeting on Tuesday.', ['policy']],
    [
      'a vote at a special meeting',
      'The board voted 5-2 to close the school at a special meeting on Monday night.',
      ['policy'],
    ],
    ['approval in a session', 'The measure was approved by the municipal board in its session on Monday.', ['policy']],
    ['words told to a meeting', '"We have no choice," Okafor told a meeting of shareholders on Tuesday.', ['quote']],
    ['a meeting that is the news', 'Okafor met shareholders at a meeting in Leeds on Tuesday.', ['meeting']],
  ]);
});

describe('a happening told by its noun and its verb is one event', () => {
  check([
    ['a strike that killed', 'A drone strike killed five people in Kherson on Tuesday.', ['conflict']],
    ['a strike dated between noun and verb', 'A drone strike on Tuesday killed five people in Kherson.', ['conflict']],
    ['an attack that killed', 'The attack on Tuesday killed 12 people.', ['conflict']],
    ['a strike that closed schools is no policy', 'The strike closed 300 schools on Thursday.', ['other']],
    ['a strike by its subject', 'The strike on Monday closed 300 schools.', ['other']],
    [
      'a strike named in another clause is no subject',
      "A strike planned by port pilots for Saturday was called off after the Sines Pilots' Association signed a pay agreement with the port authority on Wednesday.",
      ['other', 'policy'],
    ],
  ]);
});

describe('words written on a thing are no quote', () => {
  check([
    [
      'placards after a quoted speaker',
      '"We will fight this all the way," said councillor Dana Reyes on Friday.||About 300 residents marched to the town hall on Saturday, carrying placards reading "Hands off our hospital".',
      ['quote', 'other'],
    ],
    [
      'a banner that read',
      '"This is a disgrace," said union leader Tom Okafor on Monday.||Protesters gathered outside the court on Tuesday with a banner that read "Justice for Amara".',
      ['quote', 'other'],
    ],
    [
      'a sign that reads',
      '"We are ready," Mayor Ruth Hale said on Monday.||A sign on the library door now reads "Closed until further notice".',
      ['quote'],
    ],
    [
      'words said after are still a quote',
      '"We are ready," Mayor Ruth Hale said on Monday.||She later told the BBC that the plan was "dead in the water".',
      ['quote', 'quote'],
    ],
  ]);
});

describe('a happening named only as a point of comparison is no event', () => {
  check([
    ['below an election', 'Turnout at 6pm was 58.1%, slightly below the 2023 election.', []],
    ['than in an election', 'Turnout was higher than in the 2019 election.', []],
    ['since an election of a year', "It was the party's worst result since the 2010 election.", []],
    ['an election that is the news', 'The 2023 election was won by the Liberals.', ['other']],
    [
      'an undated happening a record counts from',
      'Orvel Bank shares dropped 9% on Tuesday, their steepest fall since the lender cut its forecast.',
      [],
    ],
    [
      'an undated happening a first counts from',
      'It is the first visit by a Malvanian president since the two countries signed a border treaty.',
      [],
    ],
    [
      'an undated happening a level counts from',
      'Unemployment rose to its highest level since the government raised taxes, figures showed on Friday.',
      [],
    ],
    [
      'an undated noun a defeat counts from',
      'On Sunday the Greens suffered their worst defeat since the referendum.',
      ['other'],
    ],
    [
      'a happening a first counts from, told with its date',
      'It was the first strike at the Brenna mill since workers walked out in May 2019.',
      ['other'],
    ],
    ['"since" as an adverb of the verb', 'The levy, approved on Monday, has since been withdrawn.', ['policy']],
    [
      'a meeting that ended as something else began',
      'As the meeting ended on Tuesday, protesters gathered outside.',
      ['meeting'],
    ],
  ]);
});

describe('people on the move and force used, by verbs outside the trigger table', () => {
  check([
    ['families fled', 'Thousands of families fled the city on Sunday.', ['travel']],
    ['a stop on a trip', 'The minister will stop in Cairo on Thursday.', ['travel']],
    ['jetted into', 'The premier jetted into Perth on Friday.', ['travel']],
    ['a pilgrimage made', 'The pope will make a pilgrimage to Fatima in May.', ['travel']],
    ['troops that opened fire', 'Troops opened fire on protesters in the capital on Friday.', ['conflict']],
    ['a gunman who opened fire is a crime', 'A gunman opened fire in a school in Ohio on Tuesday.', ['other']],
    ['clashes that erupted', 'Clashes erupted between rival militias in Tripoli on Monday.', ['conflict']],
    ['fighting that broke out', 'Fighting broke out in the north on Tuesday.', ['conflict']],
    [
      'a quarrel that broke out is no fighting',
      'The fighting over the budget broke out into the open on Tuesday.',
      ['other'],
    ],
    ['a town overrun', 'Houthi fighters overran the town on Thursday.', ['conflict']],
  ]);
});

describe('acts of a public authority or a sport’s governing body are policy, not plain happenings', () => {
  check([
    ['a player charged by the FA', 'The FA charged the player with misconduct on Tuesday.', ['policy']],
    ['points docked by a league', 'The league docked Rovers 12 points on Monday.', ['policy']],
    ['a contract awarded', 'The council awarded the contract to Hale Construction on Monday.', ['policy']],
    ['a plan endorsed by a cabinet', 'The cabinet endorsed the plan on Tuesday.', ['policy']],
    ['a square renamed', 'The city council renamed the square after the poet on Monday.', ['policy']],
    ['candidates disqualified', 'The electoral commission disqualified two candidates on Monday.', ['policy']],
    ['the army deployed', 'The government deployed the army to the border on Sunday.', ['policy']],
    ['vaccines recalled by a ministry', 'The health ministry recalled the batch of vaccines on Friday.', ['policy']],
    ['cars recalled by a carmaker', 'Hale Motors recalled 40,000 cars on Friday.', ['other']],
    ['a company that opened a plant', 'Hale Motors opened a new plant in Leeds on Friday.', ['other']],
  ]);
});

describe('a headline tells again what the story tells', () => {
  check([
    [
      'a business headline in the present tense',
      'Halvard Foods lifts outlook as snack sales jump||Halvard Foods raised its full-year profit forecast on Thursday after sales rose 14%.',
      ['announcement'],
    ],
    [
      'a live blog headline',
      'Storm Imogen live: schools shut as gusts top 90mph||Cornwall Council closed all schools in the county on Monday.',
      ['policy'],
    ],
    [
      'a dateline and a headline',
      'ABEOKUTA — Nine lawmakers defect to APC as crisis rocks party||Nine members of the State House of Assembly joined the APC at a rally in Abeokuta on Tuesday.',
      ['other'],
    ],
    [
      'a first paragraph that is a sentence is the story',
      'Halvard Foods raised its profit forecast on Thursday.||Its shares rose 9% in Oslo on Thursday.',
      ['announcement', 'other'],
    ],
    ['a story of one paragraph', 'Police arrested two men in Leeds on Tuesday', ['conflict']],
  ]);
});

describe('meetings that are not', () => {
  check([
    ['a jury that met', 'The jury met for six hours on Tuesday before reaching a verdict.', ['other']],
    ['a group’s ministers meet', 'The G7 finance ministers will meet in Tokyo on Friday.', ['meeting']],
    ['a summit of the group', 'The G7 summit opened in Tokyo on Friday.', ['summit']],
    ['a cabinet that met', 'The cabinet met on Tuesday.', ['meeting']],
  ]);
});

describe('a sum or a count over a year is a measurement, not a happening', () => {
  check([
    [
      'a share of an appeal received in a year',
      'The agency received 12% of the money it asked for this year. In 2025, it received 41%.',
      [],
    ],
    ['money raised in a year', 'The charity raised £2 million last year.', []],
    ['people rescued on a day are a happening', 'Coastguards rescued 12 people off Cornwall on Tuesday.', ['other']],
  ]);
});

describe('votes being counted are no vote held', () => {
  check([
    ['counting of votes', 'Counting of votes for the municipal elections began at 8am on Thursday.', ['other']],
    ['a board that votes', 'The board votes on Tuesday on the offer.', ['policy']],
  ]);
});

describe('speech told by a verb of saying is no dated happening', () => {
  check([
    ['indicated that (translated style)', 'The minister indicated on Monday that the increase is inevitable.', []],
    ['stressed that', 'The governor stressed on Tuesday that the state was ready.', []],
    ['reiterated a position', 'The company reiterated on Friday its opposition to the plan.', []],
    ['informed someone is a happening', 'Arianespace informed its insurers on Monday.', ['other']],
  ]);
});

describe('what a company, a club or a union does of its own business is no policy', () => {
  check([
    [
      'a player signed from a club',
      'Penrose, signed from Dunmore in January, scored twice against Albion on Saturday.',
      // The signing in January, and the match after the aside, on Saturday.
      ['other', 'other'],
    ],
    ['a book deal signed', 'Okafor signed a book deal with Penguin on Monday.', ['other']],
    ['a school that closed early', 'The school closed early on Friday because of snow.', ['other']],
    ['a share buyback suspended', 'Halvard suspended its share buyback on Wednesday.', ['other']],
    ['a strike suspended by its union', 'The union suspended its strike on Monday.', ['other']],
    ['a ministry that closed a school', 'The education ministry closed the school on Friday.', ['policy']],
    [
      'a government that suspended its plans',
      'The government suspended its plans for a new runway on Monday.',
      ['policy'],
    ],
  ]);
});

describe('a level on a day is a measurement, not a happening', () => {
  check([
    ['a death toll', 'The death toll stood at 31 on Tuesday evening.', []],
    ['temperatures reached', 'Temperatures reached 41C in Seville on Sunday.', []],
    ['a currency little changed', 'The pound was little changed against the dollar on Tuesday.', []],
    ['a death is a happening', 'The death of the former mayor on April 21 shocked the town.', ['other']],
    ['a finalist is a happening', 'Okafor reached the final on Sunday.', ['other']],
  ]);
});

describe('a summit’s course told on is the summit', () => {
  check([
    ['opened and will close', 'The summit opened in Geneva on Monday and will close on Wednesday.', ['summit']],
    [
      'a summit, then another subject’s act',
      'The summit opened on Monday and Brandt closed the plant on Tuesday.',
      ['summit', 'other'],
    ],
  ]);
});

describe('"the hosts" is a side or a host, not the verb "hosts"', () => {
  check([
    ['the hosts of a fixture act', 'The hosts named a new captain on Tuesday.', ['other']],
    ['their hosts greet a delegation', 'Their hosts greeted the delegation warmly.', []],
    ['a country that hosts talks', 'Norway hosts the talks next week.', ['meeting']],
    ['a council that hosts a meeting', 'Arden Council hosts a public meeting on Thursday.', ['meeting']],
  ]);
});

describe('a plan made public in a dated statement is one announcement', () => {
  check([
    [
      'a statement dated before its subject',
      'In a statement on Monday, Northwind Rail said it would suspend services on the coastal line.',
      ['announcement'],
    ],
    [
      'two plans after one saying',
      'In a statement on Tuesday, Halvard Energy said it would suspend dividend payments and sell its shipping arm.',
      ['announcement'],
    ],
    [
      'a ministry’s letter',
      'In a letter on Tuesday, the Ministry of Health said it would suspend the licence of the Arbor clinic.',
      ['announcement'],
    ],
    [
      'a vague week before the plan',
      'Tessaly Dairy said last week it would vote in favour of the offer.',
      ['announcement'],
    ],
  ]);
});

describe('what is lacking, and what is unveiled in place, are not what they name', () => {
  check([
    ['a deadline passed without a deal', 'The deadline passed on Friday without a deal.', ['other']],
    ['a deadline passed with no deal', 'The deadline for a settlement passed on Monday with no deal.', ['other']],
    ['a museum’s new wing', 'The Harlow Museum unveiled a new wing on Saturday.', ['other']],
    ['a statue of a poet', 'Mayor Lena Broch unveiled a bronze statue of the poet Ada Lusk on Sunday.', ['other']],
    ['a product is still made public', 'Nokara unveiled a new phone on Tuesday.', ['announcement']],
    ['a budget is still made public', 'Finance Minister Dara Quinn unveiled her budget on Tuesday.', ['announcement']],
  ]);
});

describe('a happening told again in an aside is one event', () => {
  check([
    [
      'a bakery, which opened',
      'Dunmore Foods opened a new bakery in Leeds on Monday.||The bakery, which opened on Monday, will employ 200 people.',
      ['other'],
    ],
    [
      'a blaze, which broke out',
      'A fire destroyed a warehouse in Kumasi on Saturday.||The blaze, which broke out on Saturday night, took six hours to control.',
      ['other'],
    ],
    [
      'sanctions, imposed',
      'The European Union imposed sanctions on three Belarusian officials on Monday.||The sanctions, imposed on Monday, freeze their assets.',
      ['policy'],
    ],
    [
      'a strike, which began',
      'Nurses in Accra went on strike on Monday.||The strike, which began on Monday, is the first in a decade.',
      ['other'],
    ],
    [
      'an aside of another day is another event',
      'Dunmore Foods opened a new bakery in Leeds on Monday.||The firm, which opened its first shop on May 2, 2019, employs 900 people.',
      ['other', 'other'],
    ],
  ]);
});

describe('a happening named by its record or its mark is not dated by it', () => {
  check([
    ['the minutes of a meeting', 'The minutes of the meeting will be published on June 19.', []],
    ['a recording of talks', 'A recording of the talks was released on Tuesday.', []],
    ['the anniversary of an invasion', 'Ostavians marked the anniversary of the invasion on Monday.', []],
    ['the outcome of a vote', 'The outcome of the vote will be known on Friday.', []],
    [
      'a record with the noun’s own date',
      'The minutes of the March 12 meeting were published on Tuesday.',
      ['meeting'],
    ],
  ]);
});

describe('a border closed in the passive is a state’s act', () => {
  check([
    ['a border was closed', 'The border was closed in August 2023 after a dispute over water rights.', ['policy']],
    ['a crossing at a town', 'The main border crossing at Halm was closed on Monday.', ['policy']],
    ['a mill was closed', 'The Dunmore mill was closed in 2009.', ['other']],
  ]);
});

describe('a place in a table is no trip', () => {
  check([
    [
      'moved to within two points',
      'Harlow Rovers moved to within two points of the top of League One with a win over Castlebridge at Mill Park on Saturday.',
      ['other'],
    ],
    ['went to the top of the table', 'Harlow Rovers went to the top of the table on Saturday.', ['other']],
    ['went to second place', 'Dunmore Athletic went to second place on Saturday.', ['other']],
    ['a trip is still a trip', 'President Lara Voss went to Paris on Monday.', ['travel']],
  ]);
});

describe('a plan of the speaker’s own body, named by a possessive, is an announcement', () => {
  check([
    [
      'her ministry would publish',
      "Health Minister Amina Wekesa said on Monday her ministry would publish the names of the clinics' owners.",
      ['announcement'],
    ],
    ['his company would cut', 'Tor Lien said on Tuesday his company would cut 400 jobs.', ['announcement']],
    [
      'their union will ballot',
      'Union leaders said on Friday their union would hold a strike ballot.',
      ['announcement'],
    ],
    ['a refusal stays a statement', 'Dara Quinn said on Tuesday her party would not back the budget.', ['statement']],
  ]);
});

describe('what is made public, and deaths in an accident, by their own words', () => {
  check([
    [
      'told analysts his company would',
      'Tor Lien told analysts on Tuesday that his company would cut 400 jobs.',
      ['announcement'],
    ],
    [
      'names to be published',
      "The Ministry of Health will publish the names of the clinics' owners on Friday.",
      ['announcement'],
    ],
    ['a manifesto published', 'The Green Party published its manifesto on Monday.', ['announcement']],
    ['results declared', 'The electoral commission declared the results on Monday.', ['announcement']],
    ['a name released', 'Police on Sunday released the name of the man killed in the crash.', ['announcement']],
    [
      'a state of emergency is still declared',
      'Governor Tom Reyes declared a state of emergency on Sunday.',
      ['policy'],
    ],
    ['an attack still kills', 'Gunmen killed four soldiers in an attack on Sunday.', ['conflict']],
  ]);
});

describe('a vote’s tally is no plan: the vote keeps its past day', () => {
  it.each([
    ['The board backed the plan by five votes to two on Monday.', 'policy 2025-06-02 occurred []'],
    ['The council voted by 6 to 3 on Tuesday to close the library.', 'policy 2025-06-03 occurred []'],
    [
      'The planning committee backed the scheme by six votes to three on Tuesday evening.',
      'policy 2025-06-03 occurred []',
    ],
    ['The council votes on Tuesday.', 'policy 2025-06-10 scheduled []'],
  ])('%s', (sentence, line) => {
    expect(eventLines(sentence)).toEqual([line]);
  });
});

describe('what did not happen, and habits, are no events', () => {
  check([
    ['a meeting that never took place', 'The talks never took place.', []],
    ['a gathering not held since a year', 'The ruling party has not held a congress since 2019.', []],
    ['a summit never hosted', 'Chile has never hosted a summit of Pacific leaders.', []],
    ['a habit told in an aside', 'The town holds a parade on the first Sunday of May, as it does every year.', []],
    [
      'a habit told in an aside, in the perfect',
      'Farmers marched through Brussels on Monday, as they have done each December since 2015.',
      [],
    ],
    ['a meeting not held', 'Minister Tavi Ronn did not meet the protesters on Tuesday.', []],
    ['no talks held', 'No talks were held on Monday.', []],
    ['a visit yet to come', 'The prime minister has yet to visit the flooded region.', []],
    ['a question', 'Will the council approve the budget on Tuesday?', []],
    ['a modal could', 'The board could approve the merger as early as Friday.', []],
    ['a rumour', 'Halvard Group is reportedly considering a bid for Ostmark.', []],
    ['a condition', 'If approved, the law would ban smoking in parks.', []],
    ['a call for a ban', 'Critics called for a ban on the pesticide.', []],
    ['a long-held view', 'The senator has long opposed the pipeline.', []],
    ['a first that would be', 'It would be the first time a Kenyan president has visited Tehran.', []],
    [
      'press-release boilerplate',
      'About Velmora: Velmora is a leading maker of industrial pumps, founded in 1998 and headquartered in Lyon.',
      [],
    ],
    ['a meeting still held', 'The talks took place on Tuesday.', ['meeting']],
    ['a congress still held', 'The ruling party held its congress in Lima on Tuesday.', ['summit']],
    ['what a bill would do', 'The president vowed to veto any bill that raises taxes.', []],
    ['an act once done, as a condition', 'The agreement, once signed, would end a decade of dispute.', []],
    [
      'a bill’s content beside its passage',
      'The bill, which would ban TikTok, passed the Senate on Tuesday.',
      ['policy'],
    ],
    [
      'the start of a record’s stretch',
      'Temperatures reached 41C on Tuesday, the highest since records began in 1884.',
      [],
    ],
    ['a strike’s start is still one', 'Since the strike began on Monday, no trains have run.', ['other']],
    [
      'a date in what nameless speakers report dates no saying',
      'Prosecutors said Kessler stole $2.3 million between 2019 and 2022.',
      [],
    ],
    ['the ruling party is no ruling', 'The ruling Unity Party expelled two senators on Tuesday.', ['policy']],
    ['a court’s ruling is still one', "The court's ruling on Monday surprised lawyers.", ['other']],
    ['a parade on one day', 'The town held a parade on Sunday to mark its 500th anniversary.', ['other']],
  ]);
});

describe('a participle with its agent that describes a thing, with no date of its own, is no event', () => {
  check([
    [
      'a startup founded by',
      'BERLIN — Quorra, the battery startup founded by former Siemens engineer Jana Holt, has delayed the launch of its first cell, the company said on Tuesday.',
      ['other'],
    ],
    [
      'a document signed by',
      'The report, signed by finance director Olga Brun, says the bank cut 300 jobs on Friday.',
      ['other'],
    ],
    ['a treaty ratified by', 'The treaty, ratified by the Senate, took effect on Sunday.', ['policy']],
    [
      'founded with its own date is read',
      'Velo Labs, a robotics firm founded in 2015 by Tomas Rieck, said on Monday it would cut 200 jobs.',
      ['announcement', 'other'],
    ],
    ['a passive verb with its agent is news', 'The levy was approved by the assembly on Monday.', ['policy']],
    ['a margin is no agent', 'The bill passed by 182 votes to 97 on Tuesday.', ['policy']],
    ['a means is no agent', 'Mayor Ines Kaur resigned by letter, the council said on Monday.', ['other']],
    [
      'a gathering’s host tells the gathering',
      'A dinner hosted by the Danish ambassador was held in Riga on Monday.',
      ['meeting'],
    ],
  ]);
});

describe('what a happening called off was to be is the happening', () => {
  check([
    [
      'a summit that was to bring together',
      'A regional summit that was to bring together ten West African leaders in Accra on 4 June has been postponed, the host government said.',
      ['summit'],
    ],
    [
      'a conference that was due to open',
      'A peace conference that was due to open in Nairobi on Friday has been called off.',
      ['summit'],
    ],
    [
      'a ceremony told only by its plan',
      'A ceremony that was to mark the opening of the bridge on Saturday was cancelled because of rain.',
      ['other'],
    ],
  ]);
});

describe('the fate of a happening its noun told, with the day of the calling off, is that happening', () => {
  check([
    [
      'an election postponed on a day',
      'The election, which had been due on June 20, was postponed on Tuesday.',
      ['other'],
    ],
    [
      'a referendum put off on a day',
      'The referendum on the new constitution, which had been scheduled for June 20, was put off on Monday.',
      ['other'],
    ],
    ['a vote postponed on a day, no plan told', 'The vote was postponed on Tuesday.', ['policy']],
  ]);
});
