import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Dated happenings and policy acts in the many ways news prose tells them: active and agentless
 * passive, nominal, participial, with the date before the verb or in a subordinate clause. Every
 * sentence is invented (people, companies and places too); the dateline is Wednesday 2025-06-04,
 * so "on Tuesday" in the past is 2025-06-03 and a past "Aug. 1" is in 2024.
 */
function eventsOf(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote')
    .map((event) => `${event.kind} ${event.date.start ?? '-'} ${event.status}`);
}

/** Dated happenings, mostly of kind `other`: [expected event, sentence]. */
const HAPPENINGS: readonly [string, string][] = [
  ['other 2025-06-03 occurred', 'Harlan Vossberg was appointed chief executive of Quillon Foods on Tuesday.'],
  ['other 2025-06-02 occurred', 'The board named Edwina Castellanos as its new chair on Monday.'],
  ['other 2025-05-30 occurred', 'Ravi Oduya resigned as finance minister on Friday.'],
  ['other 2025-05-12 occurred', 'Mayor Lidia Brandt stepped down on May 12 after a corruption inquiry.'],
  ['other 2025-06-03 occurred', 'Voters in Kestrel County elected Amara Delacroix as sheriff on Tuesday.'],
  ['other 2025-06-02 occurred', 'The Supreme Court ruled on Monday that the levy was unconstitutional.'],
  ['other 2025-06-03 occurred', 'A judge in Lagos dismissed the case against Femi Adeyemo on Tuesday.'],
  ['other 2025-06-02 occurred', 'Norvane Telecom launched its 5G network in Accra on Monday.'],
  ['other 2025-05-28 occurred', 'The new Tessaly bridge opened to traffic on May 28.'],
  ['other 2025-05-30 occurred', 'The Dunmore steelworks closed its doors on Friday after 90 years.'],
  ['other 2025-06-01 occurred', 'The actor Bram Osterhout died on Sunday at the age of 81.'],
  ['other 2025-06-02 occurred', 'Dock workers at the port of Varna went on strike on Monday.'],
  ['policy 2025-06-03 occurred', "Members of the dockers' union voted on Tuesday to accept the offer."],
  ['other 2025-05-30 occurred', 'Tavira Bank completed its merger with Onyx Financial on May 30.'],
  ['other 2025-06-02 occurred', 'Kerrow Energy filed for bankruptcy protection on Monday.'],
  ['announcement 2025-06-03 occurred', 'Quillon Foods reported a first-quarter loss on Tuesday.'],
  ['other 2025-05-30 occurred', 'Orvel Motors recalled 40,000 vehicles on Friday over faulty brakes.'],
  [
    'other 2025-06-01 occurred',
    'Authorities evacuated 3,000 residents from the town of Belmar on Sunday as the river rose.',
  ],
  ['other 2025-06-02 occurred', 'Rescuers pulled four miners from the collapsed shaft on Monday.'],
  ['other 2025-06-03 occurred', 'A fire broke out at the Halvorsen warehouse early on Tuesday.'],
  ['other 2025-05-20 occurred', 'Floods swept through the Arno valley on May 20, destroying 200 homes.'],
  ['conflict 2025-05-31 occurred', 'Police arrested the former mayor, Ionel Vasilescu, on Saturday.'],
  ['other 2025-05-30 occurred', 'The rebels released two aid workers on Friday.'],
  ['other 2025-06-02 occurred', 'Striker Kofi Mensah joined Dynamo Tirana on a free transfer on Monday.'],
  ['policy 2025-06-03 occurred', 'Brightwater and Calder Mining signed a supply agreement on Tuesday.'],
  ['other 2025-06-01 occurred', 'Teodor Vashti was sworn in as president on Sunday.'],
  ['other 2025-05-31 occurred', 'The Bellmont Tigers won the championship on Saturday.'],
  ['other 2025-06-03 occurred', 'The rocket lifted off from Kourou at 9:14 a.m. on Tuesday.'],
  ['other 2025-05-31 occurred', 'The Orlov museum reopened on Saturday after a two-year renovation.'],
  ['other 2025-05-02 occurred', 'The Arkwright factory was shut on May 2.'],
  ['other 2025-06-01 occurred', 'The ceasefire collapsed on Sunday.'],
  ['meeting 2025-06-03 occurred', 'President Ilse Moreau received the Chilean ambassador in audience on Tuesday.'],
  [
    'meeting 2025-06-02 occurred',
    'King Aldric received Prime Minister Tomas Berg in audience at the palace on Monday.',
  ],
  ['other 2025-06-02 occurred', 'The trial of Dario Fenn opened on Monday in Milan.'],
  ['other 2025-05-30 occurred', 'Cal Redding was found guilty of fraud on Friday.'],
  ['other 2025-06-03 occurred', 'A jury acquitted Paula Renshaw on Tuesday.'],
  ['other 2025-06-02 occurred', 'Nurses in Leeds walked out on Monday over pay.'],
  ['other 2025-05-31 occurred', 'Ada Lindqvist was elected party leader on Saturday.'],
  ['other 2025-06-01 occurred', 'A ferry capsized off the coast of Sulawesi on Sunday.'],
  ['other 2025-06-02 occurred', 'An earthquake of magnitude 6.1 struck northern Peru on Monday.'],
  ['other 2025-06-03 occurred', 'Orinoco Group listed its shares on the Lagos exchange on Tuesday.'],
  ['other 2025-06-02 occurred', 'Sable Airlines cancelled 300 flights on Monday.'],
  ['other 2025-05-15 occurred', 'Vireo Health merged with Calloway Labs on May 15.'],
  ['other 2025-06-03 occurred', 'Pellham Steel laid off 1,200 workers on Tuesday.'],
  ['other 2025-06-02 occurred', 'The Tate Trust hired Gemma Ruiz as curator on Monday.'],
  ['other 2025-07-01 scheduled', 'Gemma Ruiz will take over as curator on July 1.'],
  ['other 2025-09-30 scheduled', 'Nadia Perl will retire as chief justice on Sept. 30.'],
  ['other 2025-08 scheduled', 'The old stadium will be demolished in August.'],
  ['other 2025-06-01 occurred', 'The hospital discharged Leo Marchetti on Sunday.'],
  ['other 2025-05-31 occurred', 'The coast guard rescued 14 fishermen on Saturday.'],
  ['other 2025-06-02 occurred', 'Barrow Mills was acquired by Tenfold Capital on Monday.'],
  ['other 2025-06-03 occurred', 'Thousands of teachers marched through Lisbon on Tuesday.'],
  ['other 2025-06-02 occurred', "The miners' strike ended on Monday after six weeks."],
  ['other 2025-06-03 occurred', 'A gunman opened fire at a shopping centre in Malmo on Tuesday.'],
  ['other 2025-05-31 occurred', 'Zora Halim, the novelist, passed away on Saturday.'],
  ['other 2025-06-02 occurred', 'A landslide buried a village in Yunnan on Monday.'],
  ['other 2025-06-01 occurred', 'Voters in Maravia went to the polls on Sunday.'],
  ['other 2025-06-01 occurred', "Sunday's presidential election in Maravia was won by Ivo Danek."],
  ['other 2025-06-02 occurred', 'The Velden hospital was evacuated on Monday after a gas leak.'],
  ['other 2025-06-03 occurred', 'Two climbers were rescued from Mount Kenya on Tuesday.'],
  ['other 2025-05-31 occurred', 'Three people were killed when a bus overturned near Cusco on Saturday.'],
  ['other 2025-06-02 occurred', 'Grenfell Pharma recalled a batch of insulin pens on Monday.'],
  ['other 2025-06-03 occurred', 'Kassel Airport reopened on Tuesday after the storm.'],
  ['other 2025-06-02 occurred', 'Marek Sova was released from prison on Monday.'],
  ['other 2025-06-03 occurred', 'Sanna Eklund was named the new coach of the national team on Tuesday.'],
  ['other 2025-05-30 occurred', 'On Friday, the club sacked its manager, Luis Ortega.'],
  ['other 2025-06-02 occurred', 'The mayor, Jonas Feld, was dismissed on Monday.'],
  ['other 2025-06-02 occurred', 'The Dorval plant, which opened on Monday, will employ 300 people.'],
  ['other 2025-06-03 occurred', 'After Pia Lund resigned on Tuesday, the party chose Erik Holm as leader.'],
  ['other 2025-06-03 occurred', 'Hollis Bank went bust on Tuesday.'],
  ['other 2025-06-02 occurred', 'Shares of Kerrow Energy plunged 40% on Monday.'],
  ['other 2025-06-03 occurred', 'The Ostra Group took over rival Fenwick on Tuesday.'],
  ['other 2025-06-02 occurred', 'Fenwick was bought by the Ostra Group on Monday.'],
  ['other 2025-06-01 occurred', 'A court in Porto sentenced Rui Matos to six years in prison on Sunday.'],
];

/** Policy acts: laws, bans, decrees, tariffs, sanctions, fines, licences, rate decisions, votes. */
const POLICY_ACTS: readonly [string, string][] = [
  ['policy 2025-06-03 occurred', 'The city council banned plastic bags on Tuesday.'],
  ['policy 2025-01-01 occurred', 'Plastic bags were banned in Corvale on Jan. 1.'],
  ['policy 2025-01-01 occurred', 'The ban, which took effect on Jan. 1, covers all single-use cups.'],
  ['policy 2025-06-03 occurred', 'The law was passed on Tuesday by 54 votes to 40.'],
  ['policy 2025-06-02 occurred', 'Governor Elena Park signed the bill into law on Monday.'],
  ['policy 2025-05-29 occurred', 'Parliament passed the budget on Thursday.'],
  ['policy 2025-06-03 occurred', 'The 2026 budget was approved on Tuesday.'],
  ['policy 2025-05-30 occurred', 'President Amadou Sarr issued a decree on Friday dissolving the national assembly.'],
  ['policy 2025-06-02 occurred', 'The government imposed a 25% tariff on imported steel on Monday.'],
  ['policy 2025-06-03 occurred', 'Washington slapped sanctions on three Moldovan banks on Tuesday.'],
  ['policy 2025-06-02 occurred', 'The Financial Conduct Authority fined Helix Bank $40 million on Monday.'],
  ['policy 2025-05-30 occurred', "The transport ministry revoked Skyvale Air's operating licence on Friday."],
  ['policy 2025-06-03 occurred', 'The regulator granted Norvane a licence to operate in Kenya on Tuesday.'],
  ['policy 2025-05-29 occurred', 'The central bank cut its benchmark rate by 25 basis points on Thursday.'],
  ['policy 2025-06-03 occurred', 'The central bank left interest rates unchanged on Tuesday.'],
  ['policy 2025-06-03 occurred', 'The Bank of Eldoria held rates at 4.5% on Tuesday.'],
  ['policy 2025-05-01 occurred', 'The new rules came into force on May 1.'],
  ['policy 2025-06-02 occurred', 'New import rules took effect on Monday.'],
  ['policy 2025-06-03 occurred', 'Lawmakers voted 212-198 on Tuesday to repeal the tax.'],
  ['policy 2025-06-02 occurred', 'After the council voted on Monday to close the library, residents protested.'],
  ['policy 2025-06-03 occurred', 'The senate on Tuesday approved the nominee.'],
  ['policy 2025-05-30 occurred', 'The EU on Friday imposed anti-dumping duties on Chinese bicycles.'],
  ['policy 2025-03-03 occurred', 'The measure was enacted on March 3.'],
  ['policy 2025-04-09 occurred', 'The regulation, adopted on April 9, requires labels on all imports.'],
  ['policy 2025-06-02 occurred', "Estonia's parliament ratified the treaty on Monday."],
  ['policy 2025-06-03 occurred', 'Ministers agreed on Tuesday to raise the minimum wage.'],
  ['policy 2025-06-02 occurred', 'Kenya lifted its ban on GMO crops on Monday.'],
  ['policy 2025-06-01 occurred', 'The state declared a state of emergency on Sunday.'],
  ['policy 2025-06-02 occurred', 'The city introduced a congestion charge on Monday.'],
  ['policy 2025-05-01 occurred', 'The government nationalised the railway on May 1.'],
  ['policy 2025-06-03 occurred', 'The health ministry issued new guidelines on Tuesday.'],
  ['policy 2025-05-30 occurred', 'The Food and Drug Administration approved the drug on Friday.'],
  ['policy 2025-05-29 occurred', 'Regulators cleared the merger on Thursday.'],
  ['policy 2025-06-03 occurred', "The legislature overrode the governor's veto on Tuesday."],
  ['policy 2025-05-31 occurred', 'A curfew was imposed on the city on Saturday.'],
  ['policy 2025-06-02 occurred', 'The government suspended the licence of the broadcaster on Monday.'],
  ['policy 2024-08-01 occurred', 'Tariffs on Canadian lumber were raised to 35% on Aug. 1.'],
  ['policy 2025-07-01 scheduled', 'The ban will take effect on July 1.'],
  ['policy 2025-07-01 scheduled', 'The new levy comes into force on July 1.'],
  ['policy 2025-06-02 occurred', 'On Monday, the cabinet approved a plan to privatise the port.'],
  ['policy 2025-06-03 occurred', 'The bill, which the assembly passed on Tuesday, caps rents at 3%.'],
  ['policy 2025-06-02 occurred', 'The ministry on Monday ordered all schools to close.'],
  ['policy 2025-06-03 occurred', 'Regulators on Tuesday blocked the merger of Calder and Brightwater.'],
  ['policy 2025-05-31 occurred', 'Lisbon introduced a tourist tax on Saturday.'],
  ['policy 2025-06-02 occurred', 'The monetary policy committee raised the policy rate to 6% on Monday.'],
  ['policy 2025-06-03 occurred', 'Thailand on Tuesday extended the visa waiver for Russian tourists.'],
  ['policy 2025-06-02 occurred', 'The council scrapped the speed limit on Monday.'],
  ['policy 2025-06-02 occurred', 'The licence was withdrawn on Monday.'],
  ['policy 2025-06-02 occurred', "The fine, imposed on Monday, is the largest in the regulator's history."],
  ['policy 2025-06-03 occurred', 'The government abolished the wealth tax on Tuesday.'],
  ['policy 2025-06-01 occurred', 'Mexico restored diplomatic relations with Peru on Sunday.'],
  ['policy 2025-06-03 occurred', 'Italy expelled two Russian diplomats on Tuesday.'],
  ['policy 2025-06-02 occurred', 'The Treasury blacklisted four shipping firms on Monday.'],
  ['policy 2025-05-30 occurred', 'The Bundestag adopted the climate law on Friday.'],
  ['policy 2025-06-03 occurred', 'A new speed limit was introduced on Tuesday.'],
  ['policy 2025-06-03 occurred', 'The new rules were published in the official gazette on Tuesday.'],
  ['policy 2025-06-02 occurred', 'The government raised the minimum wage by 8% on Monday.'],
  ['policy 2025-06-09 scheduled', 'The cabinet will vote on the plan next Monday.'],
  ['policy 2025-06-02 occurred', 'The authority granted planning permission for the mine on Monday.'],
];

/** Near misses that tell no event: ongoing processes, habits, negations, levels, forecasts. */
const NOT_HAPPENINGS: readonly string[] = [
  'The company has been hiring engineers since 2021.',
  'The bank typically reviews rates every six weeks.',
  'The council did not vote on the budget on Tuesday.',
  'The river was 3 metres above normal on Monday.',
  'The ban has been in place since 2019.',
  'The ceasefire has largely held since January.',
  'Nobody was arrested on Saturday.',
  'The plant was not closed on Friday, contrary to reports.',
  'The rate has been at 4.5% since March.',
  'The fire was still burning on Tuesday.',
  'Floodwaters remained high on Monday.',
  'The ministry was reviewing the licence on Tuesday.',
  'The council is expected to debate the ban at some point.',
  'The bank has cut rates four times since 2024.',
  'Rents rose 4% in May.',
  'The mayor refused to resign on Tuesday.',
  'The union did not call a strike on Monday.',
  'No decision was taken on Tuesday.',
  'The museum usually opens at 9 a.m. on Sundays.',
  'The company typically announces its results in February.',
  'Unemployment was 5.2% in April.',
  'The factory employed 400 people in 2019.',
  'Analysts expect the central bank to cut rates in July.',
  'The law has been in force since 2020.',
  'The company has long denied any wrongdoing.',
  'Traffic was heavy on Monday.',
];

describe('dated happenings', () => {
  it.each(HAPPENINGS)('%s: %s', (expected, sentence) => {
    expect(eventsOf(sentence)).toContain(expected);
  });
});

describe('policy acts', () => {
  it.each(POLICY_ACTS)('%s: %s', (expected, sentence) => {
    expect(eventsOf(sentence)).toContain(expected);
  });
});

describe('near misses', () => {
  it.each(NOT_HAPPENINGS)('%s gives no event', (sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });
});
