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
];

/** Sentences that tell no event of the given kind: the word is used of someone else, or not as the act. */
const NOT_FOUND: readonly [string, string][] = [
  ['policy', 'Castlebridge moved quickly, signing the Brazilian forward Thiago Lemos on Monday.'],
  ['policy', 'The ball was passed back to the goalkeeper on Saturday.'],
  ['other', 'Lars Olsen did not resign on Monday, his office said.'],
  ['other', 'After refusing to resign on Monday, Lars Olsen stayed in office.'],
  ['other', 'Mayor Ana Pike refused on Monday to resign.'],
  ['other', 'The minister declined again to step down.'],
  ['travel', 'The money went to charity on Monday.'],
  ['travel', 'The contract went to a Dutch firm on Monday.'],
  ['travel', 'The trophy returned to Glasgow on Sunday.'],
  ['travel', 'The tanker left port on Tuesday.'],
  ['travel', 'The president usually flies to Brussels on Fridays.'],
];

describe('coverage of news happenings', () => {
  it.each(FOUND)('finds %s in %j', (expected, sentence) => {
    expect(kindDateStatus(sentence)).toContain(expected);
  });

  it.each(NOT_FOUND)('finds no %s event in %j', (kind, sentence) => {
    expect(kindDateStatus(sentence).filter((line) => line.startsWith(`${kind} `))).toEqual([]);
  });
});
