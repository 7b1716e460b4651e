import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from './dates.ts';
import { dateLines } from './event-lines.ts';

/**
 * The grammar of dates in news as a matrix: datelines near a year end, a month end and mid-month on
 * each weekday, crossed with the forms of a day and the tenses of the verb that tells it, on
 * sentences invented for this file. A row of the matrix that the compiler read wrongly names the
 * rule it broke; the properties hold for any dateline.
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The ISO day `days` after `iso`. */
function shifted(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The weekday number of an ISO day (0 Sunday). */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** Days from `from` to `to`. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Any dateline from 2020 to 2030, as an ISO day. */
const dateline = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const weekday = fc.constantFrom(...WEEKDAYS);

/** The start of the first event of `kind` compiled from `body` under `published`. */
function startOf(published: string, body: string, kind: string): string | undefined {
  const line = dateLines(published, body).find((candidate) => candidate.startsWith(`${kind} `));
  return line?.split(' ')[2]?.split('..')[0];
}

/** Datelines of the matrix: a year's end and start, a month's end, mid-month; every weekday. */
const DATELINES = [
  '2025-12-29',
  '2025-12-31',
  '2026-01-01',
  '2026-01-03',
  '2026-01-04',
  '2025-06-30',
  '2025-07-01',
  '2025-06-11',
  '2025-06-13',
] as const;

describe('a weekday told in the past is the last such day, however it is named', () => {
  it('"on <weekday>", "<weekday>", "this <weekday>" with a past verb fall in the 7 days up to any dateline', () => {
    fc.assert(
      fc.property(dateline, weekday, fc.constantFrom('on ', '', 'this '), (published, day, lead) => {
        const start = startOf(published, `Mayor Lena Fiske met union leaders ${lead}${day}.`, 'meeting');
        expect(start).toBeDefined();
        const back = daysBetween(start ?? '', published);
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThan(7);
        expect(WEEKDAYS[weekdayOf(start ?? '')]).toBe(day);
      }),
      { numRuns: 60 },
    );
  });

  it.each(DATELINES.flatMap((published) => WEEKDAYS.map((day) => [published, day] as const)))(
    '%s: resigned this %s',
    (published, day) => {
      const start = startOf(published, `Mayor Lena Fiske resigned this ${day}.`, 'other');
      const back = daysBetween(start ?? '', published);
      expect([back >= 0 && back < 7, WEEKDAYS[weekdayOf(start ?? '')]]).toEqual([true, day]);
    },
  );

  it('leaves "this <weekday>" of a plan in the week ahead', () => {
    // Monday 2025-12-29: the plan's Sunday ends the dateline's week.
    expect(dateLines('2025-12-29', 'Mayor Lena Fiske will resign this Sunday.')).toContain(
      'other scheduled 2026-01-04',
    );
  });
});

describe('a weekday something was arranged "for" is a plan\'s day, whatever the tense of the arranging', () => {
  it.each([
    // Tuesday 2025-06-03.
    [
      'The book fair that the Lund library had organised for this Saturday has been cancelled.',
      'other cancelled 2025-06-07',
    ],
    ['The Lund library had booked the town hall for Friday, but the fair has been called off.', '2025-06-06'],
  ] as const)('%s', (body, line) => {
    expect(dateLines('2025-06-03', body).some((candidate) => candidate.includes(line))).toBe(true);
  });
});

/** The matrix kept whole: for each dateline and weekday, a past and a future form of each kind. */
describe('the weekday matrix', () => {
  const PAST = [
    ['Mayor Lena Fiske resigned on {W}.', 'other'],
    ['On {W}, Mayor Lena Fiske resigned.', 'other'],
    ['Mayor Lena Fiske met union leaders on {W} night.', 'meeting'],
    ['Two men were arrested by police on {W}.', 'conflict'],
    ['The council voted on {W} to close the pool.', 'policy'],
    ['Lena Fiske said on {W} that the talks had failed.', 'statement'],
    ['When she met union leaders on {W}, Mayor Lena Fiske promised a deal.', 'meeting'],
  ] as const;
  const FUTURE = [
    ['Mayor Lena Fiske will meet union leaders on {W}.', 'meeting'],
    ['Mayor Lena Fiske is set to meet union leaders {W}.', 'meeting'],
    ['Mayor Lena Fiske is expected to meet union leaders on {W}.', 'meeting'],
    ['On {W}, Mayor Lena Fiske will meet union leaders.', 'meeting'],
    ['Lena Fiske will travel to Oslo on {W}.', 'travel'],
  ] as const;
  const rows = DATELINES.flatMap((published) =>
    WEEKDAYS.flatMap((day, number) => {
      const back = (weekdayOf(published) - number + 7) % 7;
      const ahead = (number - weekdayOf(published) + 7) % 7;
      return [
        ...PAST.map(([form, kind]) => [published, form.replace('{W}', day), kind, shifted(published, -back)] as const),
        ...FUTURE.map(
          ([form, kind]) => [published, form.replace('{W}', day), kind, shifted(published, ahead)] as const,
        ),
      ];
    }),
  );
  it('dates every row by its tense', () => {
    const wrong = rows.filter(([published, body, kind, start]) => startOf(published, body, kind) !== start);
    expect(wrong).toEqual([]);
  });
});

/** The days of a sentence's date mentions, in order. */
function mentionDays(published: string, sentence: string): string[] {
  const text = ` ${sentence}`;
  return findDateMentions({ index: 0, paragraph: 0, start: 0, end: text.length, text }, { published }).map(
    ({ date }) => date.start,
  );
}

describe('what a promise, a threat or an invitation governs lies ahead, in any tense of the promising', () => {
  const FORMS = [
    'Lena Fiske has agreed to meet union leaders on {W}.',
    'Lena Fiske has promised to meet union leaders on {W}.',
    'Lena Fiske has decided to meet union leaders on {W}.',
    'Lena Fiske has invited union leaders to a meeting on {W}.',
    'Lena Fiske has summoned union leaders to a meeting on {W}.',
    'Lena Fiske summoned union leaders to a meeting on {W}.',
    'Workers have threatened to strike on {W}.',
    'Workers threatened to strike on {W}.',
    'Workers threaten to strike on {W}.',
    'Lena Fiske promises to meet union leaders on {W}.',
    'Lena Fiske vows to appeal the ruling on {W}.',
    'Lena Fiske and union leaders agree to meet on {W}.',
  ];
  it.each(FORMS)('dates the governed act in the 7 days from any dateline: %s', (form) => {
    fc.assert(
      fc.property(dateline, weekday, (published, day) => {
        const [start = ''] = mentionDays(published, form.replace('{W}', day));
        const ahead = daysBetween(published, start);
        expect([ahead >= 0 && ahead < 7, WEEKDAYS[weekdayOf(start)]]).toEqual([true, day]);
      }),
      { numRuns: 25 },
    );
  });

  it.each([
    // Wednesday 2025-06-04: a day told before the infinitive is the promising's own.
    ['Lena Fiske on Sunday agreed to meet union leaders.', '2025-06-01'],
    ['Lena Fiske has agreed on Sunday to meet union leaders.', '2025-06-01'],
    ['Workers on Sunday threatened to strike.', '2025-06-01'],
    // A pluperfect plan is told as it stood, its day not moved ahead.
    ['Lena Fiske had agreed to meet union leaders on Sunday.', '2025-06-01'],
  ] as const)('%s', (sentence, day) => {
    expect(mentionDays('2025-06-04', sentence)).toEqual([day]);
  });
});

describe('a date adverbial in any of its forms between a verb of saying and what it reports', () => {
  // Wednesday 2025-06-04. "said on Monday that" was read; the other forms of the slot were not.
  it.each([
    ['on Monday', '2025-06-02'],
    ['Monday', '2025-06-02'],
    ['late Monday', '2025-06-02'],
    ['early on Monday', '2025-06-02'],
    ['yesterday', '2025-06-03'],
    ['today', '2025-06-04'],
    ['last Friday', '2025-05-30'],
    ['on May 28', '2025-05-28'],
    ['last week', '2025-05-26'],
    ['earlier this month', '2025-06'],
  ] as const)('said %s that ...', (adverbial, start) => {
    for (const body of [
      `Mayor Lena Fiske said ${adverbial} that the plan was a disaster.`,
      `Mayor Lena Fiske told reporters ${adverbial} that the plan was a disaster.`,
      `Mayor Lena Fiske said ${adverbial} the plan was a disaster.`,
    ]) {
      expect(startOf('2025-06-04', body, 'statement')).toBe(start);
    }
  });
});

describe('a weekday inside what a present state came after is gone by', () => {
  const FORMS = [
    'Lena Fiske remains in custody after her arrest on {W}.',
    'Lena Fiske stays in hospital after the crash on {W}.',
    "Lena Fiske remains in hospital after {W}'s crash.",
    'Lena Fiske is in hospital following the crash on {W}.',
    "Lena Fiske remains defiant in the wake of {W}'s vote.",
  ];
  it.each(FORMS)('in the 7 days up to any dateline: %s', (form) => {
    fc.assert(
      fc.property(dateline, weekday, (published, day) => {
        const [start = ''] = mentionDays(published, form.replace('{W}', day));
        const back = daysBetween(start, published);
        expect([back >= 0 && back < 7, WEEKDAYS[weekdayOf(start)]]).toEqual([true, day]);
      }),
      { numRuns: 25 },
    );
  });

  it('leaves a timetable ahead, and what it comes after before it', () => {
    // Wednesday 2025-06-04.
    expect(mentionDays('2025-06-04', 'The festival opens on Saturday after the parade on Friday.')).toEqual([
      '2025-06-07',
      '2025-06-06',
    ]);
    expect(mentionDays('2025-06-04', 'Harlow Town play Dunmore on Saturday after the cup tie on Tuesday.')).toEqual([
      '2025-06-07',
      '2025-06-03',
    ]);
  });
});

describe('the written forms of a day', () => {
  // Wednesday 2025-06-04.
  it.each([
    ['Lena Fiske met union leaders on Jun 2.', '2025-06-02'],
    ['Lena Fiske met union leaders on 2 Jun in Oslo.', '2025-06-02'],
    ['Lena Fiske met union leaders on Mar 28.', '2025-03-28'],
    ['Lena Fiske will meet union leaders on Jul 7.', '2025-07-07'],
    ['Lena Fiske met union leaders a fortnight ago.', '2025-05-21'],
  ] as const)('%s', (body, start) => {
    expect(startOf('2025-06-04', body, 'meeting')).toBe(start);
  });

  it('reads "Mar", "Jun" and "Jul" as months only beside a day', () => {
    expect(mentionDays('2025-06-04', 'Lena Fiske met Jun Park on Monday.')).toEqual(['2025-06-02']);
    expect(mentionDays('2025-06-04', 'Critics said the tower would Mar the view.')).toEqual([]);
  });
});

describe('what an order or a bail asks for, told in the past passive, lies ahead of it', () => {
  const FORMS = [
    'Lena Fiske was ordered to appear in court on {W}.',
    'Lena Fiske was bailed to appear at Lund Crown Court on {W}.',
    'Two men were summoned to appear before the committee on {W}.',
    'Lena Fiske was invited to speak at the congress on {W}.',
  ];
  it.each(FORMS)('in the 7 days from any dateline: %s', (form) => {
    fc.assert(
      fc.property(dateline, weekday, (published, day) => {
        const [start = ''] = mentionDays(published, form.replace('{W}', day));
        const ahead = daysBetween(published, start);
        expect([ahead >= 0 && ahead < 7, WEEKDAYS[weekdayOf(start)]]).toEqual([true, day]);
      }),
      { numRuns: 25 },
    );
  });

  it.each([
    // Monday 2025-12-29: a day of the month ahead is the coming year's.
    ['2025-12-29', 'Lena Fiske was bailed to appear in court on Jan. 5.', '2026-01-05'],
    // Wednesday 2025-06-04: an act with no time of its own leaves the day to the order.
    ['2025-06-04', 'Lena Fiske was told to resign on Monday.', '2025-06-02'],
    ['2025-06-04', 'Lena Fiske was asked on Monday to resign.', '2025-06-02'],
  ] as const)('%s: %s', (published, sentence, day) => {
    expect(mentionDays(published, sentence)).toEqual([day]);
  });
});

describe('a state told in the present lasts until a weekday ahead', () => {
  const FORMS = [
    'The Lund museum is closed until {W}.',
    'Lena Fiske is in Oslo until {W}.',
    'The ban on fishing in the fjord lasts until {W}.',
  ];
  it.each(FORMS)('in the 7 days from any dateline: %s', (form) => {
    fc.assert(
      fc.property(dateline, weekday, (published, day) => {
        const [start = ''] = mentionDays(published, form.replace('{W}', day));
        const ahead = daysBetween(published, start);
        expect([ahead >= 0 && ahead < 7, WEEKDAYS[weekdayOf(start)]]).toEqual([true, day]);
      }),
      { numRuns: 25 },
    );
  });

  it('leaves a stretch told in the past to the day gone by', () => {
    // Wednesday 2025-06-04.
    expect(mentionDays('2025-06-04', 'The Lund museum was closed until Monday.')).toEqual(['2025-06-02']);
  });
});

describe('"on the Nth" after a day told before is the Nth nearest that day, across a month end', () => {
  it.each([
    [
      '2026-01-06',
      'Lena Fiske met Ivo Rask in Oslo on Dec. 29. She flew to Riga on the 2nd.',
      'travel occurred 2026-01-02',
    ],
    [
      '2026-01-06',
      'Lena Fiske met Ivo Rask in Oslo on Dec. 29. She had flown in on the 22nd.',
      'other occurred 2025-12-22',
    ],
    [
      '2025-07-08',
      'Lena Fiske met Ivo Rask in Oslo on June 28. She flew to Riga on the 3rd.',
      'travel occurred 2025-07-03',
    ],
    [
      '2025-07-08',
      'Lena Fiske met Ivo Rask in Oslo on July 2. She had flown in on the 30th.',
      'other occurred 2025-06-30',
    ],
    // A past day stays on or before the dateline.
    [
      '2025-07-02',
      'Lena Fiske met Ivo Rask in Oslo on June 28. She flew to Riga on the 3rd.',
      'travel occurred 2025-06-03',
    ],
  ] as const)('%s: %s', (published, body, line) => {
    expect(dateLines(published, body)).toContain(line);
  });
});

describe('what the actor of a dated event "also" said is more of that occasion', () => {
  // Thursday 2025-06-05; the occasion was Wednesday.
  it.each([
    [
      'Governor Ana Velk held the key rate at 9.75% on Wednesday.||Velk also announced that from July the bank will publish the minutes of its meetings.',
      'announcement occurred 2025-06-04',
    ],
    [
      'Governor Ana Velk held the key rate at 9.75% on Wednesday.||She also said the bank would publish the minutes of its meetings.',
      'announcement occurred 2025-06-04',
    ],
  ] as const)('%s', (body, line) => {
    expect(dateLines('2025-06-05', body)).toContain(line);
  });

  it('leaves speech by someone else, or without "also", to the dateline', () => {
    const body =
      'Governor Ana Velk held the key rate at 9.75% on Wednesday.||Finance Minister Ivo Rask also said the government would cut fuel duty.';
    expect(dateLines('2025-06-05', body)).toContain('announcement occurred 2025-06-05 ~');
  });
});

describe("a wire story's own dateline is the writer's today", () => {
  // The file's date is Wednesday 2025-06-04; the story was written on Tuesday 2025-06-03.
  it.each([
    ['OSLO, June 3 (Reuters) - Mayor Lena Fiske resigned yesterday.', 'other occurred 2025-06-02'],
    ['OSLO, June 3 (Reuters) - Mayor Lena Fiske resigned today.', 'other occurred 2025-06-03'],
    ['OSLO, June 3 (Reuters) - Mayor Lena Fiske met Ivo Rask on Wednesday.', 'meeting occurred 2025-05-28'],
    ['OSLO, June 3 (Reuters) - Mayor Lena Fiske will meet Ivo Rask on Wednesday.', 'meeting scheduled 2025-06-04'],
    ['LUND, Sweden, June 3 — Mayor Lena Fiske met Ivo Rask yesterday.', 'meeting occurred 2025-06-02'],
  ] as const)('%s', (body, line) => {
    expect(dateLines('2025-06-04', body)).toContain(line);
  });

  it("counts across a year end, and leaves a dateline of the file's own day alone", () => {
    expect(dateLines('2026-01-01', 'SEOUL, Dec. 31 (Yonhap) -- North Korea fired a missile on Tuesday.')).toContain(
      'other occurred 2025-12-30',
    );
    expect(dateLines('2025-06-04', 'OSLO, June 4 (Reuters) - Mayor Lena Fiske resigned yesterday.')).toContain(
      'other occurred 2025-06-03',
    );
  });
});

describe("a subject's participle aside owns its own date, not the verb after it", () => {
  // Wednesday 2025-06-04.
  it.each([
    ['On Monday, Mayor Lena Fiske, elected in March, met union leaders.', 'meeting occurred 2025-06-02'],
    ['On Monday, Mayor Lena Fiske, re-elected in 2023, met union leaders.', 'meeting occurred 2025-06-02'],
    ['Last Thursday, Lena Fiske, appointed in 2019, met union leaders.', 'meeting occurred 2025-05-29'],
    ['On Monday, Mayor Lena Fiske, elected last year, met union leaders.', 'meeting occurred 2025-06-02'],
    // With no date of its own, the verb after the aside is not the aside's day.
    ['Lena Fiske, chosen on May 20, met union leaders.', 'meeting occurred 2025-06-04 ~'],
    // The subject's own happening keeps the aside's day; so does a copula's subject.
    ['The talks, held on Tuesday, ended without a deal.', 'meeting occurred 2025-06-03'],
    ['The verdict, delivered on Tuesday, was unanimous.', 'other occurred 2025-06-03'],
  ] as const)('%s', (body, line) => {
    expect(dateLines('2025-06-04', body)).toContain(line);
  });
});

describe('a quotation is dated by the circumstance of its saying, never by a day after the dateline', () => {
  const QUOTE = '"We will not give up on this town,"';
  // Wednesday 2025-06-04.
  it.each([
    [`${QUOTE} Mayor Lena Fiske said as she left the town hall on Monday.`, '2025-06-02'],
    [`${QUOTE} Mayor Lena Fiske told reporters when she arrived in Oslo on Monday.`, '2025-06-02'],
    [`${QUOTE} Mayor Lena Fiske said after she met union leaders on Monday.`, '2025-06-02'],
    [`${QUOTE} Mayor Lena Fiske said ahead of Friday's vote.`, '2025-06-04'],
  ] as const)('%s', (body, start) => {
    expect(startOf('2025-06-04', body, 'quote')).toBe(start);
  });

  it('leaves a date of the words said to the words', () => {
    expect(
      startOf(
        '2025-06-04',
        `${QUOTE} Mayor Lena Fiske said, adding that she had met union leaders on Monday.`,
        'quote',
      ),
    ).toBe('2025-06-04');
  });
});

describe("a fronted clause of the same time, of the main clause's subject, dates the main clause", () => {
  // Wednesday 2025-06-04.
  it.each([
    ['When she arrived in Oslo on Monday, Mayor Lena Fiske met Ivo Rask.', 'meeting occurred 2025-06-02'],
    ['As she arrived in Oslo on Monday, Mayor Lena Fiske said the talks had failed.', 'statement occurred 2025-06-02'],
    ['As he left the talks late on Sunday, Ivo Rask met his rival Emil Duval.', 'meeting occurred 2025-06-01 (late)'],
  ] as const)('%s', (body, line) => {
    expect(dateLines('2025-06-04', body)).toContain(line);
  });

  it('leaves what the main clause reports, and what others did meanwhile, undated', () => {
    const lines = dateLines(
      '2025-06-04',
      'As she arrived in Oslo on Monday, Mayor Lena Fiske said the talks had failed.',
    );
    expect(lines.filter((line) => line.startsWith('meeting'))).toEqual([]);
    expect(
      dateLines('2025-06-04', 'When the talks collapsed on Friday, Mayor Lena Fiske said the town would appeal.'),
    ).toContain('announcement occurred 2025-06-04 ~');
  });
});

describe("a headline's or a bullet's infinitive after its subject tells a plan", () => {
  const FORMS = [
    'Finance ministers to meet in Oslo on {W} to discuss the budget.',
    'Mayor Lena Fiske to resign on {W}, aides say.',
    '• Lund council to vote on pool closure on {W}.',
  ];
  it.each(FORMS)('in the 7 days from any dateline: %s', (form) => {
    fc.assert(
      fc.property(dateline, weekday, (published, day) => {
        const [start = ''] = mentionDays(published, form.replace('{W}', day));
        const ahead = daysBetween(published, start);
        expect([ahead >= 0 && ahead < 7, WEEKDAYS[weekdayOf(start)]]).toEqual([true, day]);
      }),
      { numRuns: 25 },
    );
  });

  it('leaves a preposition\'s "to" alone', () => {
    // Wednesday 2025-06-04.
    expect(mentionDays('2025-06-04', 'According to police on Monday, two men were arrested.')).toEqual(['2025-06-02']);
    expect(mentionDays('2025-06-04', 'Visitors to Oslo on Friday queued for hours.')).toEqual(['2025-05-30']);
  });
});
