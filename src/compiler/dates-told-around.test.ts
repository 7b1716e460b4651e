import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { dateLines } from './event-lines.ts';

/**
 * Dates an event takes from what is told around it: the calling off that governs a plan's day, an
 * anaphora that counts back from the event told before, a past act after a dated happening, and
 * the year a narration set, which a day named from the dateline leaves. Sentences invented for this test, about invented people and places,
 * written before any tuning miss was read. Each row: dateline, article (paragraphs split by `||`),
 * and the event expected among its events as `kind status start[..end] [~]`. Weekdays: 2025-06-04
 * is a Wednesday, 2025-06-05 a Thursday.
 */
type Row = readonly [published: string, article: string, event: string];

/**
 * A plan's own calling off is the one after its day: "was cancelled" (told after the fact, so the
 * day may be gone by), not the "has been called off" (news of now) of another plan later in the
 * sentence.
 */
const CALLED_OFF: readonly Row[] = [
  [
    '2025-06-05',
    'A concert in Tarvik planned for Wednesday was cancelled, and a show in Brenna on Saturday has been called off.',
    'other cancelled 2025-06-04',
  ],
  [
    '2025-06-05',
    'A visit to Holmvik planned for Wednesday was postponed, while a trip to Sandvær on Friday has been scrapped.',
    'travel cancelled 2025-06-04',
  ],
  [
    '2025-06-05',
    'The ferry strike set for Tuesday was called off, and a rail strike on Monday has been suspended.',
    'other cancelled 2025-06-03',
  ],
];

/** "Hours earlier", "moments earlier", "earlier in the day", "the week before": counted from the event told before. */
const COUNTED_BACK: readonly Row[] = [
  [
    '2025-06-04',
    'Culture Minister Ada Lind resigned on Monday. Hours earlier, she had met the prime minister.',
    'meeting occurred 2025-06-02',
  ],
  [
    '2025-06-04',
    'Ivo Rask landed in Riga on Sunday. Earlier in the day, he met the Estonian prime minister in Tallinn.',
    'meeting occurred 2025-06-01',
  ],
  [
    '2025-06-04',
    'Ada Lind resigned on Monday. The week before, she had met the prime minister.',
    'meeting occurred 2025-05-26..2025-06-01 ~',
  ],
  [
    '2025-06-04',
    'The two sides signed a truce on Friday. The week after, fighting resumed.',
    'other occurred 2025-06-02..2025-06-08 ~',
  ],
];

/** A past act "after" or "following" a dated happening: the happening took place before it. */
const AFTER_HAPPENING: readonly Row[] = [
  ['2025-02-10', 'Coalition talks stalled after the March 3 election.', 'other occurred 2024-03-03'],
  ['2025-02-10', 'Ivo Rask resigned as party leader following the March 3 election.', 'other occurred 2024-03-03'],
];

/**
 * A day named from the dateline ("on Monday") is this week's, even after a story told
 * in another year: a weekday names no day of another year.
 */
const FROM_DATELINE: readonly Row[] = [
  [
    '2025-06-04',
    'In March 2022, Lise Dunn resigned from the cabinet. On Monday she announced her candidacy.',
    'announcement occurred 2025-06-02',
  ],
  [
    '2025-06-04',
    'Ivo Rask left the Orvana board in November 2021. He met the Latvian prime minister on Friday.',
    'meeting occurred 2025-05-30',
  ],
  // A month and day goes on in the story's year, as before.
  [
    '2025-06-04',
    'Ivo Rask left the Orvana board in November 2021. He arrived in Riga on Dec. 3 for talks.',
    'travel occurred 2021-12-03',
  ],
  // Within one sentence, after a day of the story: "and on Jan. 4" is the January that follows it.
  [
    '2025-11-20',
    'The strike began in late 2023. On Dec. 28, talks between the union and Meridian Rail broke down, and on Jan. 4 the union announced a second walkout.',
    'announcement occurred 2024-01-04',
  ],
  [
    '2025-09-10',
    'Talks over the Varn dam opened in Oslo on March 3, 2022, and on May 19 the two sides signed a water accord.',
    'policy occurred 2022-05-19',
  ],
];

/**
 * A happening "called" or "set" for a day in the past tense is a plan for that day, not a call
 * for something (hypothetical) nor a day gone by: "Snap elections were called for Nov. 9", "A
 * general strike was called for Monday". Dateline Friday 2025-10-17.
 */
const CALLED_FOR: readonly Row[] = [
  [
    '2025-10-17',
    'Prime Minister Odile Varn dissolved parliament on Thursday. Snap elections were called for Nov. 9.',
    'other scheduled 2025-11-09',
  ],
  ['2025-10-17', 'A referendum on the new constitution has been called for Dec. 14.', 'other scheduled 2025-12-14'],
  ['2025-10-17', 'A general strike was called for Monday by the three main unions.', 'other scheduled 2025-10-20'],
  ['2025-10-17', 'An emergency session of the assembly was called for Tuesday.', 'meeting scheduled 2025-10-21'],
  ['2025-10-17', 'The runoff was set for Nov. 23 after no candidate won a majority.', 'other scheduled 2025-11-23'],
];

/**
 * A timeline's entry, headed by its date and a dash ("Dec. 30 — Thousands are evacuated"), dates the
 * news told in the historical present after it, as a colon does; the heading is no clause of its own.
 */
const HEADINGS: readonly Row[] = [
  [
    '2026-01-10',
    'How the fire spread.||Dec. 30 — Thousands are evacuated from villages near Valencia.',
    'other occurred 2025-12-30',
  ],
  ['2026-01-10', 'Key dates.||June 12 — Parliament passes the reform by two votes.', 'policy occurred 2025-06-12'],
  ['2026-01-10', 'Key dates.||June 2024 — Parliament passes the reform.', 'policy occurred 2024-06'],
];

/** "In the new year": the year ahead of a late-year dateline, the year just begun early in one; roughly. */
const NEW_YEAR: readonly Row[] = [
  ['2025-12-29', 'The new tariff takes effect in the new year.', 'policy scheduled 2026 ~'],
  ['2025-12-29', 'Parliament will vote on the budget early in the new year.', 'policy scheduled 2026 ~ (early)'],
  ['2026-01-05', 'The two presidents will meet in the new year.', 'meeting scheduled 2026 ~'],
];

describe('dates told around an event', () => {
  for (const [name, rows] of [
    ['a plan takes the calling off after its day', CALLED_OFF],
    ['an anaphora counts back from the event told before', COUNTED_BACK],
    ['a past act after a dated happening puts it in the past', AFTER_HAPPENING],
    ['a day named from the dateline is not carried into a story of another year', FROM_DATELINE],
    ['a happening called or set for a day is planned for it', CALLED_FOR],
    ["a timeline's dated heading dates its entry", HEADINGS],
    ['the new year is the year ahead, or the one just begun', NEW_YEAR],
  ] as const) {
    describe(name, () => {
      it.each(rows)('%s: %s has %s', (published, article, event) => {
        expect(dateLines(published, article)).toContain(event);
      });
    });
  }
});

describe('a call for something', () => {
  it('is still no event of its own when no day follows "called for"', () => {
    expect(dateLines('2025-10-17', 'Opposition leaders called for a ban on the rallies on Tuesday.')).toEqual([]);
  });
});

describe("a timeline's heading", () => {
  it('is no words of the title of the event it dates', () => {
    const { list } = compileArticles([
      { file: 'x.txt', text: ' date 2026-01-10 Key dates.\n\nJune 12: Parliament passes the reform by two votes.\n' },
    ]);
    expect(list.events.map((event) => event.title)).toEqual(['Parliament passes the reform']);
  });
});

describe('the New Year holidays', () => {
  it('are a holiday, not the year they open', () => {
    expect(
      dateLines(
        '2025-12-29',
        'Ivo Rask spoke by phone with Emil Duval on Monday, and the two agreed to meet after the New Year holidays.',
      ),
    ).toEqual(['meeting occurred 2025-12-29']);
  });
});

describe('a subject named by its day', () => {
  it.each([
    ["Tuesday's attack on the convoy killed 12 soldiers.", 'conflict occurred 2025-06-03'],
    ["Sunday's storm forced the evacuation of 3,000 people.", 'other occurred 2025-06-01'],
  ])('dates what it did, and nothing falls back to the dateline: %s', (sentence, event) => {
    const events = dateLines('2025-06-04', sentence);
    expect(events).toContain(event);
    expect(events.filter((line) => line.includes('2025-06-04'))).toEqual([]);
  });
});

describe('what a dated event came after', () => {
  it.each([
    [
      'Shares in Halvard Foods fell on Monday after the company cut its profit forecast.',
      'announcement occurred 2025-06-02 ~',
    ],
    ['Protesters marched on Sunday after police arrested two activists.', 'conflict occurred 2025-06-01 ~'],
  ])('happened by its day, not at the dateline: %s', (sentence, event) => {
    const events = dateLines('2025-06-04', sentence);
    expect(events).toContain(event);
    expect(events.filter((line) => line.includes('2025-06-04'))).toEqual([]);
  });
});
