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
