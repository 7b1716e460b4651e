import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Sittings set for a day, told by what the court, the committee or the council will do: a case
 * "will be heard again on December 10" (a court's sitting: other), a judge "reserved her judgment
 * until July 21" (the judgment's day), a witness "will give evidence to the committee on Tuesday"
 * and a committee that "will recall Mr Pettifer" (a committee's hearing: meeting; before a court,
 * evidence stays a statement), a mandate "due to be renewed" (policy). Sentences invented for this
 * test in the styles of an Indian high-court brief, a magistrates' court report, a Westminster
 * sketch and a UN wire, about invented people; dateline Wednesday 2025-06-04.
 */
const TOLD: readonly (readonly [text: string, event: string])[] = [
  ['The matter will be heard again on June 17.', 'other 2025-06-17 scheduled []'],
  [
    'The appeal is due to be heard by the Tolland High Court in October.',
    'other 2025-10 scheduled [Tolland High Court]',
  ],
  ['District Judge Amara Quist reserved her judgment until July 21.', 'other 2025-07-21 scheduled [Amara Quist]'],
  ['Judge Piet Hollis reserved judgment until next Friday.', 'other 2025-06-13 scheduled [Piet Hollis]'],
  [
    'Dana Morrow will give evidence to the Commons transport committee on Tuesday.',
    'meeting 2025-06-10 scheduled [Dana Morrow]',
  ],
  [
    // The body a witness appears before holds the hearing with them (the eval README's meeting).
    'Ilse Brandt testified before the Senate banking subcommittee on Tuesday.',
    'meeting 2025-06-03 occurred [Ilse Brandt, Senate]',
  ],
  ['The committee will recall Mr Okoro on June 18.', 'meeting 2025-06-18 scheduled [Okoro]'],
  [
    'Its mandate is due to be renewed by the UN Security Council in November.',
    'policy 2025-11 scheduled [U.N. Security Council]',
  ],
  ['The curfew in Kessel is expected to be lifted on Friday.', 'policy 2025-06-06 scheduled []'],
];

describe('sittings and renewals set for a day', () => {
  it.each(TOLD)('%s: %s', (text, event) => {
    expect(eventLines(text)).toContain(event);
  });
  it.each([['Ana Ruiz gave evidence to the court on Tuesday.', 'statement 2025-06-03 occurred [Ana Ruiz]']])(
    'before a court, evidence is a statement: %s',
    (text, event) => {
      expect(eventLines(text)).toContain(event);
    },
  );
  it.each([
    'The explosion was heard on Tuesday across the valley.',
    'The judge reserved the right to revisit the order.',
  ])('none: %s', (text) => {
    expect(eventLines(text)).toEqual([]);
  });
});
