import { describe, expect, it } from 'vitest';
import { clauseAround, clauseTense } from './tense.ts';

function tenseOf(sentence: string, date: string): string {
  const at = sentence.indexOf(date);
  if (at < 0) throw new Error(`"${date}" is not in the sentence`);
  return clauseTense(sentence, at, at + date.length);
}

describe('clauseTense', () => {
  it.each([
    ['Moscow first announced on Sept. 19 that Lavrov is set to meet Rubio.', 'Sept. 19', 'past'],
    ['Moscow announced that Lavrov is set to meet Rubio on Sept. 24.', 'Sept. 24', 'future'],
    ['Rubio is set to meet Lavrov on Sept. 24, according to his schedule.', 'Sept. 24', 'future'],
    ['Trump met Putin in Alaska on Aug. 15, but has since voiced discontent.', 'Aug. 15', 'past'],
    ['The talks, which were scheduled for Monday, were called off.', 'Monday', 'planned'],
    ['The board meeting planned for Nov. 20 has been canceled.', 'Nov. 20', 'planned'],
    ['The trip had been planned for April but was postponed.', 'April', 'planned'],
    ['The vote is scheduled for Jan. 9.', 'Jan. 9', 'future'],
    ['Governor set to tour the fire zone on Friday.', 'Friday', 'future'],
    ['The minister is expected to arrive on Friday.', 'Friday', 'future'],
    ['She plans to visit Kyiv on Tuesday.', 'Tuesday', 'future'],
    ['The ban has taken effect on Monday.', 'Monday', 'past'],
    ['Officials said on Monday that the plant would close.', 'Monday', 'past'],
    ['Officials said the plant would close on Monday.', 'Monday', 'future'],
    ['The summit is due to open on Sept. 30.', 'Sept. 30', 'future'],
    ['Prices rose sharply on Tuesday.', 'Tuesday', 'past'],
    ['On Monday, the two leaders spoke by phone.', 'Monday', 'past'],
    ['The company’ll announce results on Thursday.', 'Thursday', 'future'],
    ['The meeting is expected to be rescheduled for March 12, Bishop said.', 'March 12', 'future'],
    ['The hearing was postponed until Friday.', 'Friday', 'future'],
    ['The hearing was held on Friday.', 'Friday', 'past'],
  ])('%s (%s) -> %s', (sentence, date, expected) => {
    expect(tenseOf(sentence, date)).toBe(expected);
  });

  it.each([
    // A passive's participle does not carry the tense: its auxiliary does.
    ['The vote will be held in mid-April.', 'mid-April', 'future'],
    ['The final is to be played on Sunday.', 'Sunday', 'future'],
    ['Ballots will be sent out on Friday, the commission said.', 'Friday', 'future'],
    ['The ceremony was held on Friday.', 'Friday', 'past'],
    // A base verb after "to" that looks like a past ("to cut", "to shut").
    ['The bank is poised to cut rates on Thursday.', 'Thursday', 'future'],
    ['Unions plan to shut the docks on Monday.', 'Monday', 'future'],
    // An "-ed" word before a noun, after a preposition or a modal's verb, is an adjective.
    ['Rescue teams will return to flooded districts on Friday.', 'Friday', 'future'],
    ['The governor will visit injured workers in hospital on Saturday.', 'Saturday', 'future'],
    ['Aid is due to reach displaced families in the north on Tuesday.', 'Tuesday', 'future'],
    ['Crews reached flooded districts on Friday.', 'Friday', 'past'],
    // A past verb of intent: the day before it is the agreeing, the one after it what was agreed.
    ['Ministers on Wednesday agreed to delay the rules.', 'Wednesday', 'past'],
    ['On Monday the two parties vowed to pass the budget.', 'Monday', 'past'],
    ['The two parties agreed to meet again on Friday.', 'Friday', 'future'],
    // Present-tense phrases of a timetable point ahead; a reduced relative keeps its own tense.
    ['The treaty signed on Monday takes effect in July.', 'July', 'future'],
    ['The treaty signed on Monday takes effect in July.', 'Monday', 'past'],
    ['The new mayor takes office on Jan. 2.', 'Jan. 2', 'future'],
    ['The headset goes on sale on Friday.', 'Friday', 'future'],
    // A fronted date phrase with no verb of its own belongs to the clause after it.
    ['Ruiz was appointed in March, and on Tuesday, before the recess, she will present the bill.', 'Tuesday', 'future'],
    ['Ruiz was appointed in March, and in June she will present the bill.', 'March', 'past'],
    ['Ostrova, 51, joined the board as chair in May, and on Friday she will chair it.', 'May', 'past'],
    // A preposition before a number and a comma is not the verb's: "in 2019, said" is a past verb.
    ['Carla Benz, who met Ruiz in 2019, said on Monday she would resign.', 'Monday', 'past'],
    ['Boateng, elected in 2021, told reporters on Friday that he would stand again.', 'Friday', 'past'],
    ['Nwosu, hired in March, sold his shares on Tuesday, a filing showed.', 'Tuesday', 'past'],
  ])('%s (%s) -> %s', (sentence, date, expected) => {
    expect(tenseOf(sentence, date)).toBe(expected);
  });

  it('is present when no verb group shows a tense', () => {
    expect(tenseOf('Talks on Monday.', 'Monday')).toBe('present');
  });

  it('reads words that name properties of plain objects like any other word', () => {
    expect(tenseOf('The constructor finished the bridge on Monday.', 'Monday')).toBe('past');
    expect(tenseOf('The hasOwnProperty and valueOf words met on Friday.', 'Friday')).toBe('past');
  });
});

describe('clauseAround', () => {
  it('stops at "that" and commas', () => {
    const text = 'Moscow announced on Sept. 19 that Lavrov, the minister, is set to go.';
    const at = text.indexOf('Sept.');
    const clause = clauseAround(text, at, at + 8);
    expect(text.slice(clause.start, clause.end)).toBe('Moscow announced on Sept. 19 ');
  });
});
