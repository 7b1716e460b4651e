import { describe, expect, it } from 'vitest';
import { eventSummaries } from './event-lines.ts';

/**
 * The borders between kinds that the eval README draws ("Which kind"), each read from both sides:
 * the same verb or the same speech is one kind or another by who acts or what is said. Every
 * sentence is invented (people, bodies and places too); the dateline is Wednesday 2025-06-04, so
 * "on Monday" is 2025-06-02 and "on Tuesday" 2025-06-03.
 */

/** [kind date status, sentence]: one event each. */
type Row = readonly [string, string];

/** Speech that tells a step the speaker's own side is taking is an announcement; a view or a state is a statement. */
const SPEECH: readonly Row[] = [
  ['announcement 2025-06-02 occurred', 'Halvard Group said on Monday it is cutting 200 jobs at its Tesk plant.'],
  ['announcement 2025-06-03 occurred', 'Brenmoor Council said on Tuesday it was scrapping the bus lane.'],
  ['announcement 2025-06-03 occurred', 'Orbitel said on Tuesday it is to close three stores in the north.'],
  [
    'announcement 2025-06-03 occurred',
    'The Varnian government said on Tuesday it is sending 200 troops to the border.',
  ],
  ['announcement 2025-06-03 occurred', 'Tavira Bank said on Tuesday it is closing 12 branches in the north.'],
  ['announcement 2025-06-02 occurred', 'The Ostrava club said on Monday it was selling its training ground.'],
  ['statement 2025-06-03 occurred', 'Orbitel said on Tuesday it was working with police.'],
  ['statement 2025-06-02 occurred', 'Senator Ana Ruiz said on Monday she would fight the plan.'],
  ['statement 2025-06-03 occurred', 'Kestrel Foods said on Tuesday it would not cut jobs.'],
];

/**
 * The rules others live by, changed by a public authority or a governing body, are policy; the same
 * verbs from a company about its own business, a crowd or the weather are happenings.
 */
const RULES: readonly Row[] = [
  ['policy 2025-06-02 occurred', 'The state government waived tuition fees for nursing students on Monday.'],
  ['policy 2025-06-02 occurred', 'The health authority introduced mandatory masks in hospitals on Monday.'],
  ['policy 2025-06-03 occurred', 'The council raised parking charges on Tuesday.'],
  ['policy 2025-06-02 cancelled', 'The Education Ministry postponed the national exams on Monday.'],
  ['policy 2025-06-03 occurred', 'The municipality shut all schools on Tuesday because of the heat.'],
  ['policy 2025-06-02 occurred', 'The government reopened schools on Monday.'],
  ['policy 2025-06-02 occurred', 'The city allowed restaurants to reopen on Monday.'],
  ['policy 2025-06-02 occurred', 'The Football League deducted 12 points from Harbour City on Monday.'],
  ['policy 2025-06-03 occurred', 'The Bar Council disbarred lawyer Piet Olen on Tuesday.'],
  ['other 2025-06-02 occurred', 'Orbitel introduced a new phone on Monday.'],
  ['other 2025-06-02 occurred', 'The retailer waived delivery charges on Monday.'],
  ['other 2025-06-03 occurred', 'Dunmore Steel shut its Harwick plant on Tuesday.'],
  ['other 2025-06-02 occurred', 'The hospital reopened its emergency ward on Monday.'],
  ['other 2025-06-02 occurred', 'Protesters forced the minister to leave on Monday.'],
  // In the passive, who is banned or ordered out is not who acts: the act is an authority's.
  ['policy 2025-06-02 occurred', 'Protesters were banned from the main square on Monday.'],
  ['policy 2025-06-03 occurred', 'Farmers were barred from the capital on Tuesday.'],
  ['policy 2025-06-02 occurred', 'Residents of the valley were ordered to evacuate on Monday.'],
  ['policy 2025-06-03 occurred', 'Schools across the region were ordered shut on Tuesday.'],
  ['other 2025-06-02 occurred', 'Striking workers were suspended by the company on Monday.'],
  // A crowd, an accident or a body that governs no one acts on its own affairs.
  ['other 2025-06-02 occurred', 'Parents blocked the school gates on Monday.'],
  ['other 2025-06-03 occurred', 'A fallen tree blocked the railway line on Tuesday.'],
  ['other 2025-06-02 occurred', 'The university banned alcohol from its campus on Monday.'],
  ['other 2025-06-02 occurred', 'The church banned its priests from speaking to the press on Monday.'],
  ['other 2025-05-31 occurred', 'The referee suspended the match for 20 minutes on Saturday.'],
  ['other 2025-06-02 occurred', 'The hospital suspended all routine operations on Monday.'],
  ['other 2025-06-02 occurred', 'The band withdrew from the festival on Monday.'],
  ['policy 2025-06-02 occurred', 'Police closed the high street on Monday after a suspicious package was found.'],
  ['policy 2025-06-03 occurred', 'The Transport Ministry blocked the sale of the port on Tuesday.'],
];

/** People on the move, named or counted, are a trip; water, money, shares and prisoners sent to jail are not. */
const MOVES: readonly Row[] = [
  ['travel 2025-06-03 occurred', 'Thousands of pilgrims poured into the holy city on Tuesday.'],
  ['travel 2025-06-02 occurred', 'Hundreds of migrants streamed across the border on Monday.'],
  ['travel 2025-06-03 occurred', 'More than 200 migrants reached the island of Porva on Tuesday.'],
  ['travel 2025-06-03 occurred', 'The hostages were repatriated on Tuesday.'],
  ['travel 2025-06-02 occurred', 'Tens of thousands of people left the capital on Monday ahead of the storm.'],
  ['travel 2025-06-02 occurred', 'Lars Odeby slipped out of the country on Monday.'],
  ['travel 2025-06-03 occurred', 'Ambassador Teo Rusk was escorted to the border on Tuesday.'],
  ['other 2025-06-03 occurred', 'Floodwater poured into the old town on Tuesday.'],
  ['other 2025-06-02 occurred', 'Money poured into the fund on Monday.'],
  ['other 2025-06-03 occurred', 'Shares in Orbitel surged to a record on Tuesday.'],
  ['other 2025-06-02 occurred', 'Mara Kell was sent to prison on Monday.'],
  // A goal right after the verb, a place by its capital or by a noun of places.
  ['travel 2025-06-02 occurred', "Varn's motorcade swept into the capital on Monday afternoon."],
  ['travel 2025-06-02 occurred', 'The 80 evacuees were taken by bus to a shelter in Oltra on Monday.'],
  ['travel 2025-05-03 occurred', 'The expedition reached the summit of Mount Kell on May 3.'],
  ['other 2025-06-02 occurred', 'Ilse Varn reached out to Oltra on Monday.'],
  ['other 2025-06-02 occurred', 'Ilse Varn turned to Oltra for help on Monday.'],
  ['other 2025-06-02 occurred', 'Ilse Varn defected to the Liberals on Monday.'],
  ['other 2025-06-02 occurred', 'Lars Odeby was admitted to hospital on Monday.'],
];

describe.each([
  ['speech: announcement or statement', SPEECH],
  ['rules: policy or a happening', RULES],
  ['moves: a trip or a happening', MOVES],
])('kind boundaries, %s', (_name, rows) => {
  it.each(rows)('%s: %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toEqual([expected]);
  });
});
