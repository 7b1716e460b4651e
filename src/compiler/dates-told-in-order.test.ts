import { describe, expect, it } from 'vitest';
import { lastSentenceStarts } from './event-lines.ts';

/**
 * Each row: dateline, article (paragraphs split by `||`), words of the last sentence, and the day
 * expected among the starts of the last sentence's events. Weekdays: 2026-03-18 is a Wednesday.
 */
type Row = readonly [published: string, article: string, evidence: string, day: string];

/**
 * "two days later" in a clause counts from the event told before it in the text, not from one told
 * after it in the same sentence ("... retook it two days later, and peace talks are due to resume
 * on Friday": two days after Sunday's seizure, not after Friday).
 */
const COUNTED_FROM_THE_EVENT_BEFORE: readonly Row[] = [
  [
    '2026-03-18',
    'Conflict news.||Rebels seized the town of Kamo on Sunday. Government troops retook it two days later, and peace talks are due to resume on Friday.',
    'retook',
    '2026-03-17',
  ],
  [
    '2026-05-29',
    'FREDERICTON — Bill 12 passed third reading on Thursday afternoon. Lt.-Gov. Marguerite Cormier gave it royal assent two hours later, and it takes effect on Sept. 1.',
    'assent',
    '2026-05-28',
  ],
  [
    '2026-03-18',
    'Shipping news.||The ferry Skarv ran aground off Vardo on Tuesday evening. Passengers were taken off the next morning, and an inquiry will open on May 4.',
    'taken off',
    '2026-03-18',
  ],
];

/**
 * A plan told as it stood ("had planned to", "was to") keeps a weekday that may be gone by: the
 * nearest one, and "this Monday" is this week's, not next week's.
 */
const PLANS_AS_THEY_STOOD: readonly Row[] = [
  [
    '2026-06-30',
    'HONG KONG — Voltcore shelved its listing. The company had planned to fix the offer price on Monday evening.',
    'offer price',
    '2026-06-29',
  ],
  [
    '2026-03-22',
    'Business news.||Kessel had planned to announce the merger on Friday, but the deal fell apart.',
    'announce',
    '2026-03-20',
  ],
  [
    '2026-09-30',
    'Radio news.||Meanwhile, the session of the regional assembly that was to debate a water law this Monday was postponed until next week for lack of quorum.',
    'session',
    '2026-09-28',
  ],
  [
    '2026-03-18',
    'Council news.||The council vote, which was to take place this Monday, was put off.',
    'vote',
    '2026-03-16',
  ],
];

/** A plan ahead keeps its weekday ahead: "this Monday" after the dateline's Monday is next week's. */
const PLANS_AHEAD: readonly Row[] = [
  ['2026-03-18', 'Council news.||The council will vote on the budget this Monday.', 'vote', '2026-03-23'],
  ['2026-03-18', 'Council news.||The planning committee is due to meet this Monday.', 'meet', '2026-03-23'],
];

describe('dates told in the order of the text', () => {
  for (const [name, rows] of [
    ['a count of days from the event told before in the text', COUNTED_FROM_THE_EVENT_BEFORE],
    ['a plan as it stood keeps a weekday gone by', PLANS_AS_THEY_STOOD],
    ['a plan ahead keeps its weekday ahead', PLANS_AHEAD],
  ] as const) {
    describe(name, () => {
      it.each(rows)('%s: %s', (published, article, evidence, day) => {
        expect(lastSentenceStarts(published, article, evidence)).toContain(day);
      });
    });
  }
});
