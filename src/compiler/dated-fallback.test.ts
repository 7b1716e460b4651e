import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * The fallback for verbs no trigger knows (dated-clauses.ts), in many styles: a finite verb whose
 * clause gives its own date is a dated happening; a clause with no date of its own, a state, a
 * measure, a rate, a count, a happening told again, speech, a negation or a hypothesis is not.
 * Every sentence is invented (people, firms, places); the dateline is Wednesday 2025-06-04, so a
 * past "on Tuesday" is 2025-06-03 and a future "on Friday" is 2025-06-06.
 */
function eventsOf(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote' && event.kind !== 'statement')
    .map((event) => `${event.kind} ${event.date.start ?? '-'} ${event.status}`);
}

/** [the event expected, the sentence]: verbs of every sort with a date of their own clause. */
const DATED: readonly [string, string][] = [
  ['other 2025-06-03 occurred', 'Marisol Okafor took the helm of the Vantre Orchestra on Tuesday.'],
  ['other 2025-06-02 occurred', 'Kellan Drewitt auctioned his stamp collection in Lyon on Monday.'],
  ['other 2025-05-30 occurred', 'The Brisk Valley cooperative harvested its first saffron crop on Friday.'],
  ['other 2025-05 occurred', 'In May, some 40 tenants occupied the lobby of the Harrowgate tower.'],
  ['other 2020-01 occurred', 'In January 2020 some 80 of them occupied the mill in a week-long sit-in.'],
  ['other 2025-06-03 occurred', 'A Dunmere man was disqualified from driving for a year on Tuesday.'],
  ['other 2025-06-02 occurred', 'The Tamsel ferry ran aground off Cape Liss on Monday.'],
  ['other 2025-05-31 occurred', 'Bruna Vetter swam the Kessel Strait on Saturday.'],
  ['other 2025-06-03 occurred', 'Quarry workers unearthed a Roman mosaic near Vellby on Tuesday.'],
  ['other 2023 occurred', 'Teodora Lisk sailed single-handed around the world in 2023.'],
  ['other 2025-06-06 scheduled', 'The Oster Bridge will reopen to cyclists on Friday.'],
  ['announcement 2025-06-06 scheduled', 'Halden Rail is set to unveil a new sleeper carriage on Friday.'],
  ['other 2025-06-03 occurred', 'Tomas Greve overtook the race leader on the final climb on Tuesday.'],
  ['other 2025-06-02 occurred', 'A landslide buried the road to Kesswick on Monday.'],
  ['other 2025-06-03 occurred', 'Police evacuated the Lindqvist arena on Tuesday after a bomb threat.'],
  ['other 2025-05-31 occurred', 'Firefighters rescued a family of five from a burning flat on Saturday.'],
  ['other 2025-06-02 occurred', 'Veska Pharma withdrew its cough syrup from pharmacies on Monday.'],
  ['other 2019 occurred', 'Ingrid Solberg founded the Solberg Trust in 2019.'],
  ['other 2025-06-03 occurred', 'The Marrow Street bakery burned down early on Tuesday.'],
  ['other 2025-05-29 occurred', 'Sabine Holt crossed the finish line first on May 29.'],
  ['other 2025-06-03 occurred', 'The Kestrel Gallery acquired a lost Vermeer sketch on Tuesday.'],
  ['other 2025-06-03 occurred', 'Shares in Dorvan Mining plunged 18% on Tuesday.'],
  ['other 2025-06-02 occurred', 'It stopped selling the Ferro 3 scooter in Spain on Monday.'],
  ['other 2018 occurred', 'Halvard Moe retired from the national team in 2018.'],
  ['other 2025-06-03 occurred', 'Yusuf Kanté broke the national 800m record in Oslo on Tuesday.'],
  ['other 2025-06-02 occurred', 'Lumen Grid switched off its last coal boiler on Monday.'],
  ['policy 2025-06-03 occurred', 'Olwen Pryce was banned from keeping animals for a year on Tuesday.'],
  ['other 2025-06-03 occurred', 'The Vellby Rovers sacked their manager, Ansel Marr, on Tuesday.'],
  ['other 2025-05-31 occurred', 'Corinne Abadie sang at the reopening of the Lisk opera house on Saturday.'],
  ['other 2025-06-02 occurred', 'Thousands of pilgrims crept up the steps of the Vessa shrine on Monday.'],
  ['other 2025-05-30 occurred', 'The Marlow twins swam across the Tessaly lake on Friday.'],
  ['other 2025-06-01 occurred', 'A cargo plane skidded off the runway at Orvik airport on Sunday.'],
  ['other 2025-06-07 scheduled', 'Brann Foods will open its first store in Accra on Saturday.'],
  ['other 2025-05-29 occurred', 'Dr Oona Reyes performed the first hand transplant in the region on May 29.'],
  ['other 2025-06-03 occurred', 'A stray dog delayed the Vellby marathon by twenty minutes on Tuesday.'],
  ['other 2016 occurred', 'Piet Ravel sold the family vineyard to a Danish investor in 2016.'],
  ['other 2025-06-02 occurred', 'Striking nurses at Halden General returned to work on Monday.'],
];

/** Sentences that tell no dated happening, whatever their verbs. */
const NOT_DATED: readonly string[] = [
  // No date in the clause of the verb.
  'Marisol Okafor took the helm of the Vantre Orchestra.',
  'Kellan Drewitt auctioned his stamp collection in Lyon.',
  // States, copulas and levels.
  'The Brisk Valley cooperative was profitable in 2023.',
  'Dorvan Mining remained the largest employer in the region in 2022.',
  'Tessaly had 40,000 inhabitants in 2021.',
  'The index stood at 4,210 points on Tuesday.',
  'Lena Corvo lived in Vellby until 2015.',
  // Measures, rates, counts and trends over a period.
  'The Kessel field pumped 1.8 million barrels a day in May.',
  'The refinery processed 4,000 tonnes of crude a week in March.',
  'The clip was viewed more than 12 million times on Tuesday.',
  'Exports of salmon fell 4% in April.',
  'The port handled 12 million tonnes of cargo in 2024.',
  'The Orla vineyards averaged 3 tonnes per hectare in 2023.',
  // Told again, or relative to another happening.
  'The decision came less than a week after Orvik Air cut 200 jobs.',
  // Negation, hypotheses, forecasts, habits.
  'Veska Pharma did not withdraw its cough syrup on Monday.',
  'Had the council acted in 2019, the bridge would have been saved.',
  'Analysts expect Dorvan Mining to cut its dividend in July.',
  'The choir rehearses every Tuesday in the old chapel.',
  // Bounding dates and the current stretch.
  'The museum has been closed since 2019.',
  'Sales of the Ferro 3 have doubled this year.',
  // Reduced relatives and participial openers.
  'Founded in 1962, Halden Rail employs 4,300 people.',
  'Data released on Tuesday showed a slowdown in hiring.',
  'If the Kessel tunnel closed in July, traffic would double on the coast road.',
  'Inflation stood at 3.1% in April.',
  'Kellan Drewitt seemed tired on Tuesday.',
  'Halden Rail usually raises its fares in January.',
  'The krone traded at 11.6 per euro in late May.',
  'The Orla trust, first set up in 2011, manages four farms.',
  // A medium described by a participle: its words are the news, not its release.
  'In a statement released on Tuesday, Orvik Air said demand had fallen.',
  'In a report published in May, the Kessel Institute said rents were rising.',
  'In a video posted online late on Monday, Lena Corvo said she was tired.',
  'According to figures compiled by the Tessaly ministry in April, rents rose.',
];

describe('the dated-clause fallback: invented sentences in many styles', () => {
  it.each(DATED)('%s: %s', (expected, sentence) => {
    expect(eventsOf(sentence)).toContain(expected);
  });

  it.each(NOT_DATED)('%s gives no event', (sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });
});
