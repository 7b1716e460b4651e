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

  it('is present when no verb group shows a tense', () => {
    expect(tenseOf('Talks on Monday.', 'Monday')).toBe('present');
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
