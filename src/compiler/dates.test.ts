import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixtures from './__fixtures__/dates/hard-sentences.json' with { type: 'json' };
import { addDays, formatAt, isRealDay, parseIsoDay, weekdayOf, type Day } from './calendar.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from './article.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import {
  anaphoraGateOf,
  datesDependOnPrevious,
  dayMonthRanges,
  dayOfMonth,
  easterSunday,
  findDateMentions,
  findDurations,
  followingWeekday,
  monthDayRanges,
  monthDays,
  monthGate,
  months,
  sameTimeAnaphora,
  shiftedAnaphora,
  weekdayFor,
  yearFor,
} from './dates.ts';
import { splitSentences } from './sentences.ts';
import type { Sentence } from './types.ts';

function sentenceOf(text: string, start = 0): Sentence {
  return { index: 0, paragraph: 0, start, end: start + text.length, text };
}

describe('findDateMentions on hard sentences', () => {
  for (const fixture of fixtures.cases) {
    it(fixture.name, () => {
      const mentions = findDateMentions(sentenceOf(fixture.sentence), { published: fixture.published });
      expect(mentions.map((m) => ({ text: m.text, date: m.date, ...(m.inQuote ? { inQuote: true } : {}) }))).toEqual(
        fixture.mentions,
      );
    });
  }

  it('gives exact offsets into the file', () => {
    const text = 'Trump met Putin in Alaska on Aug. 15.';
    const file = `xxxxxxxxxx ${text}`;
    const [mention] = findDateMentions(sentenceOf(text, 11), { published: '2025-09-24' });
    expect(mention && file.slice(mention.start, mention.end)).toBe('Aug. 15');
  });

  it('uses the article-wide quotations when given (second sentence of a quotation)', () => {
    const text = 'Now he trusts me more since Monday," Zelensky said.';
    const outside = findDateMentions(sentenceOf(text, 100), { published: '2025-09-24', quotations: [] });
    const inside = findDateMentions(sentenceOf(text, 100), {
      published: '2025-09-24',
      quotations: [{ start: 40, end: 136 }],
    });
    expect(outside.map((m) => m.inQuote)).toEqual([false]);
    expect(inside.map((m) => m.inQuote)).toEqual([true]);
    // Without any article-wide quotations, the stray closing mark shows the quotation.
    expect(findDateMentions(sentenceOf(text), { published: '2025-09-24' }).map((m) => m.inQuote)).toEqual([true]);
  });

  it('marks the tense it used', () => {
    const [past, future] = findDateMentions(sentenceOf('They met on Monday and will meet on Friday.'), {
      published: '2025-09-24',
    });
    expect([past?.tense, future?.tense]).toEqual(['past', 'future']);
  });
});

describe('anaphora against the previous event', () => {
  const previous = { start: '2025-09-23', precision: 'day' as const };
  for (const fixture of fixtures.anaphora) {
    it(`${fixture.text} -> ${fixture.shift} days`, () => {
      const mentions = findDateMentions(sentenceOf(fixture.sentence), { published: '2025-09-24', previous });
      const expected = addDays({ year: 2025, month: 9, day: 23 }, fixture.shift);
      expect(mentions.map((m) => [m.text, m.date.start, m.anchor])).toEqual([
        [fixture.text, formatAt(expected.year, expected.month, expected.day, 'day'), 'previous-event'],
      ]);
    });
    it(`${fixture.text} without a previous event gives nothing`, () => {
      expect(findDateMentions(sentenceOf(fixture.sentence), { published: '2025-09-24' })).toEqual([]);
    });
  }

  it('"the following week" is the Monday-Sunday week after the previous event\'s week', () => {
    // 2025-09-23 is a Tuesday: its week is Sept. 22-28, the following one Sept. 29 - Oct. 5.
    const [mention] = findDateMentions(sentenceOf('The following week, the union will meet.'), {
      published: '2025-09-24',
      previous,
    });
    expect(mention?.date).toEqual({ start: '2025-09-29', end: '2025-10-05', precision: 'day', approximate: true });
  });

  it('"a week after <clause>" dates the clause a week before the previous event', () => {
    const [mention] = findDateMentions(
      sentenceOf('The visit comes a week after Secretary of State Marco Rubio met NATO chief Mark Rutte.'),
      { published: '2025-09-24', previous },
    );
    expect([mention?.text, mention?.date.start]).toEqual(['a week after', '2025-09-16']);
  });

  it('keeps the precision of a month-precision previous event for "the same day"', () => {
    const [mention] = findDateMentions(sentenceOf('The same day, prices fell.'), {
      published: '2025-09-24',
      previous: { start: '2022-02', precision: 'month' },
    });
    expect(mention?.date).toEqual({ start: '2022-02', precision: 'month' });
  });
});

describe('findDurations', () => {
  it('reads week-long, three-day and nearly 12 hours as durations, not dates', () => {
    const sentence = sentenceOf(
      'After the week-long summit and a three-day visit, the flight took nearly 12 hours; two days later he left.',
    );
    expect(findDurations(sentence).map((d) => [d.text, d.amount, d.unit, d.qualifier])).toEqual([
      ['week-long', 1, 'week', undefined],
      ['three-day', 3, 'day', undefined],
      ['nearly 12 hours', 12, 'hour', 'nearly'],
    ]);
    expect(findDateMentions(sentence, { published: '2025-09-24' })).toEqual([]);
  });

  it('reads a month of a named year ("January this year", "in late March last year")', () => {
    const mentions = findDateMentions(
      sentenceOf('It flooded in January this year and in late March last year; elections are due in May next year.'),
      { published: '2024-09-27' },
    );
    expect(mentions.map((m) => [m.text, m.date.start, m.date.precision])).toEqual([
      ['January this year', '2024-01', 'month'],
      ['late March last year', '2023-03', 'month'],
      ['May next year', '2025-05', 'month'],
    ]);
  });

  it('reads an age ("a 19-year-old man", "the 40-year-old mill") as no length of time', () => {
    const sentence = sentenceOf('Police arrested a 19-year-old man after a 12-hour search of the 40-year-old mill.');
    expect(findDurations(sentence).map((d) => d.text)).toEqual(['12-hour']);
  });

  it('reads a fortnight as two weeks', () => {
    const sentence = sentenceOf('A fortnight-long strike ended after almost a fortnight of talks.');
    expect(findDurations(sentence).map((d) => [d.text, d.amount, d.unit, d.qualifier])).toEqual([
      ['fortnight-long', 2, 'week', undefined],
      ['almost a fortnight', 2, 'week', 'almost'],
    ]);
  });
});

describe('year and weekday resolution (properties)', () => {
  const published = fc
    .record({
      year: fc.integer({ min: 1990, max: 2090 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map((d) => formatAt(d.year, d.month, d.day, 'day'));
  const monthDay = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
  const names = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

  it('past-tense explicit dates are real days never after the dateline, and within a year of it', () => {
    fc.assert(
      fc.property(published, monthDay, (pub, { month, day }) => {
        const text = `The ministers met on ${names[month - 1]} ${day} in Geneva.`;
        for (const mention of findDateMentions(sentenceOf(text), { published: pub })) {
          const resolved = parseIsoDay(mention.date.start);
          expect(resolved && isRealDay(resolved)).toBe(true);
          expect(mention.date.start <= pub).toBe(true);
          expect(Number(pub.slice(0, 4)) - Number(mention.date.start.slice(0, 4))).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('a weekday given with a date never moves a past event after the dateline, nor a future one before it', () => {
    const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(published, monthDay, fc.integer({ min: 0, max: 6 }), (pub, { month, day }, weekday) => {
        const date = `${weekdays[weekday]}, ${names[month - 1]} ${day}`;
        const past = findDateMentions(sentenceOf(`The ministers met on ${date} in Geneva.`), { published: pub });
        const future = findDateMentions(sentenceOf(`The ministers will meet on ${date} in Geneva.`), {
          published: pub,
        });
        for (const mention of past) expect(mention.date.start <= pub).toBe(true);
        for (const mention of future) expect(mention.date.start >= pub).toBe(true);
      }),
    );
  });

  it('future-tense explicit dates are never before the dateline', () => {
    fc.assert(
      fc.property(published, monthDay, (pub, { month, day }) => {
        const text = `The ministers will meet on ${names[month - 1]} ${day} in Geneva.`;
        for (const mention of findDateMentions(sentenceOf(text), { published: pub })) {
          expect(mention.date.start >= pub).toBe(true);
        }
      }),
    );
  });

  it('a plan\'s date ("planned for") is the occurrence nearest the dateline: six months and a few days either way', () => {
    fc.assert(
      fc.property(published, monthDay, (pub, { month, day }) => {
        const text = `The meeting, planned for ${names[month - 1]} ${day}, was called off.`;
        for (const mention of findDateMentions(sentenceOf(text), { published: pub })) {
          const days = (Date.parse(mention.date.start) - Date.parse(pub)) / 86_400_000;
          expect(Math.abs(days)).toBeLessThanOrEqual(214);
        }
      }),
    );
  });

  it('a weekday is within the week before (past) or after (future) the dateline', () => {
    fc.assert(
      fc.property(published, fc.integer({ min: 0, max: 6 }), (pub, weekday) => {
        const day = parseIsoDay(pub);
        if (!day) throw new Error('bad dateline');
        const iso = (d: Day): string => formatAt(d.year, d.month, d.day, 'day');
        const past = weekdayFor(weekday, 'past', day);
        const future = weekdayFor(weekday, 'future', day);
        expect(iso(past) <= pub && iso(addDays(past, 6)) >= pub).toBe(true);
        expect(iso(future) >= pub && iso(addDays(future, -6)) <= pub).toBe(true);
        expect([weekdayOf(past), weekdayOf(future)]).toEqual([weekday, weekday]);
      }),
    );
  });

  it('yearFor: a month alone follows tense the same way', () => {
    const pub = { year: 2026, month: 1, day: 3 };
    expect(yearFor(12, undefined, 'past', pub)).toBe(2025);
    expect(yearFor(1, undefined, 'past', pub)).toBe(2026);
    expect(yearFor(12, undefined, 'future', pub)).toBe(2026);
    expect(yearFor(11, undefined, 'present', pub)).toBe(2025);
  });
});

describe('news-style dates, one rule each', () => {
  // 2025-06-10 is a Tuesday; 2026-01-10 a Saturday; 2025-08-18 a Monday.
  it.each([
    [
      'a weekday before its date names that day',
      '2025-06-10',
      'They will meet on Tuesday, June 17.',
      [['Tuesday, June 17', '2025-06-17']],
    ],
    [
      'the weekday picks the year',
      '2026-01-10',
      'The vote was held on Tuesday, Nov. 18.',
      [['Tuesday, Nov. 18', '2025-11-18']],
    ],
    [
      'day before month, weekday first',
      '2025-08-07',
      'The hearing, set down for Monday, 11 August, was adjourned.',
      [['Monday, 11 August', '2025-08-11']],
    ],
    [
      '"likely to" points ahead across the year',
      '2025-12-27',
      'The minister is likely to visit Chennai in the third week of January.',
      [['January', '2026-01']],
    ],
    [
      '"had been due to" is a plan ahead',
      '2025-09-30',
      'The headset, which had been due to go on sale on October 14, was delayed.',
      [['October 14', '2025-10-14']],
    ],
    [
      'a timeline heading is in the past, what its entry reports ahead notwithstanding',
      '2026-03-31',
      'Dec. 2: The operator announces it will close the mill.',
      [['Dec. 2', '2025-12-02']],
    ],
    [
      'a timeline heading six months away is still past',
      '2026-03-31',
      'Sept. 24: Ottawa files a challenge.',
      [['Sept. 24', '2025-09-24']],
    ],
    [
      'a timeline heading whose entry says "will" is ahead',
      '2026-03-31',
      'May 4: Talks will resume in Ottawa.',
      [['May 4', '2026-05-04']],
    ],
    [
      "a called-off event's own day is the one planned",
      '2025-08-18',
      "Saturday's opener was called off on Sunday.",
      [
        ['Saturday', '2025-08-23'],
        ['Sunday', '2025-08-17'],
      ],
    ],
  ])('%s', (_rule, published, text, expected) => {
    const mentions = findDateMentions(sentenceOf(text), { published });
    expect(mentions.map((m) => [m.text, m.date.start])).toEqual(expected);
  });

  it.each([
    // 2025-06-13 is a Friday: its week is June 9-15.
    ['later this week', 'They will meet later this week.', { start: '2025-06-13', end: '2025-06-15' }],
    ['earlier this week', 'They met earlier this week.', { start: '2025-06-09', end: '2025-06-13' }],
    ['late last year', 'He left office late last year.', { start: '2024', approximate: true, qualifier: 'late' }],
    ['the eve of a dated event', 'They met on the eve of the June 12 vote.', { start: '2025-06-11' }],
  ])('"%s"', (_rule, text, expected) => {
    const [mention] = findDateMentions(sentenceOf(text), { published: '2025-06-13' });
    expect(mention?.date).toMatchObject(expected);
  });

  it.each([
    ['a timetable verb points ahead across the year', 'The council meets on Jan. 22.', '2026-01-22'],
    ['a timetable verb points to the coming weekday', 'The court hears the case on Tuesday.', '2025-06-17'],
    [
      'a timetable verb in a relative clause does not date the main verb',
      'The minister, who visits Kyiv often, met Zelensky on Tuesday.',
      '2025-06-10',
    ],
    ['"in two weeks" with a future verb', 'They will meet in two weeks.', '2025-06-27'],
  ])('%s', (_rule, text, start) => {
    const mentions = findDateMentions(sentenceOf(text), { published: '2025-06-13' });
    expect(mentions.map((m) => m.date.start)).toEqual([start]);
  });

  it('"in two weeks" names no day when the verb is past ("the first time in two weeks")', () => {
    expect(
      findDateMentions(sentenceOf('Prices rose for the first time in two weeks.'), { published: '2025-06-13' }),
    ).toEqual([]);
  });

  it('"afterward" is the previous event\'s day, approximately; "hours later" is that day', () => {
    const previous = { start: '2025-06-05', precision: 'day' as const };
    const [afterward] = findDateMentions(sentenceOf('She wrote on social media afterward.'), {
      published: '2025-06-10',
      previous,
    });
    const [hours] = findDateMentions(sentenceOf('Hours later, she left.'), { published: '2025-06-10', previous });
    expect(afterward?.date).toEqual({ ...previous, approximate: true });
    expect(hours?.date).toEqual(previous);
  });
});

describe('seasons and quarters without a year', () => {
  // Dateline 2026-03-11: winter 2025-26 is under way, summer 2025 is the last one over.
  it.each([
    ['last summer', 'Director Hana Obi visited Lagos last summer.', ['2025-06', '2025-08']],
    ['last winter (just over)', 'The canal froze last winter.', ['2025-12', '2026-02']],
    ['this past autumn', 'The mill closed this past autumn.', ['2025-09', '2025-11']],
    ['next spring', 'The bridge will reopen next spring.', ['2027-03', '2027-05']],
    ['"this spring" ahead', 'Talks will resume this spring.', ['2026-03', '2026-05']],
    ['"in the autumn" ahead', 'The plant will open in the autumn.', ['2026-09', '2026-11']],
    ['"in the autumn" past', 'The plant opened in the autumn.', ['2025-09', '2025-11']],
    ['"over the summer" past', 'Prices climbed over the summer.', ['2025-06', '2025-08']],
    ['"in early summer" keeps its qualifier', 'Work will start in early summer.', ['2026-06', '2026-08']],
    ['second quarter, ahead', 'The firm will list its shares in the second quarter.', ['2026-04', '2026-06']],
    ['Q3, past', 'Sales of the Tarn X2 rose sharply in Q3.', ['2025-07', '2025-09']],
    ['a quarter with its year', 'The merger closed in the fourth quarter of 2024.', ['2024-10', '2024-12']],
    ['"by Q4 2026"', 'Shipments will resume by Q4 2026.', ['2026-10', '2026-12']],
  ])('%s', (_rule, text, [start, end]) => {
    const mentions = findDateMentions(sentenceOf(text), { published: '2026-03-11' });
    expect(mentions.map((m) => [m.date.start, m.date.end, m.date.precision])).toEqual([[start, end, 'month']]);
  });

  it.each([
    ['the fall of a city', 'The fall of Kabul shocked allies in August.', ['August']],
    ['a verb', 'Prices will fall next week.', ['next week']],
    ['a name', 'The Prague Spring began in 1968.', ['1968']],
    ['a quarter of a match', 'Osei scored twice in the first quarter of the match.', []],
    ['a quarter that describes a noun', 'Nordvik reported third-quarter sales on Tuesday.', ['Tuesday']],
  ])('is no season or quarter: %s', (_rule, text, expected) => {
    const mentions = findDateMentions(sentenceOf(text), { published: '2026-03-11' });
    expect(mentions.map((m) => m.text)).toEqual(expected);
  });

  it('"last <season>" has ended before the dateline and "next <season>" begins after it (property)', () => {
    const seasons = ['spring', 'summer', 'autumn', 'fall', 'winter'];
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1990, max: 2090 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
        }),
        fc.constantFrom(...seasons),
        (pub, season) => {
          const published = formatAt(pub.year, pub.month, pub.day, 'day');
          const dateline = published.slice(0, 7);
          const [last] = findDateMentions(sentenceOf(`They met last ${season}.`), { published });
          const [next] = findDateMentions(sentenceOf(`They will meet next ${season}.`), { published });
          const [inThe] = findDateMentions(sentenceOf(`They met in the ${season}.`), { published });
          expect(last?.date.end && last.date.end < dateline).toBe(true);
          expect(next && next.date.start > dateline).toBe(true);
          expect(inThe && inThe.date.start <= dateline).toBe(true);
          // The latest one over: the same season a year later has not ended yet.
          const end = last?.date.end ?? '';
          expect(`${Number(end.slice(0, 4)) + 1}${end.slice(4)}` >= dateline).toBe(true);
        },
      ),
    );
  });
});

describe('days told against the event before', () => {
  // 2026-03-04 is a Wednesday.
  const previous = { start: '2026-03-04', precision: 'day' as const };
  it.each([
    ['the following Monday', 'They met again the following Monday.', '2026-03-09'],
    ['the following Wednesday (a week on, not the same day)', 'The board met the following Wednesday.', '2026-03-11'],
    ['the previous Friday', 'Ostrova had flown in the previous Friday.', '2026-02-27'],
    ['the next Sunday', 'Fans returned to the stadium the next Sunday.', '2026-03-08'],
    ['on the 9th (the same month)', 'The council voted on the 9th.', '2026-03-09'],
    ['on the 28th (a past event is not after the dateline)', 'The council voted on the 28th.', '2026-02-28'],
    ['on the 28th, ahead', 'The council will vote on the 28th.', '2026-03-28'],
  ])('%s', (_rule, text, start) => {
    const mentions = findDateMentions(sentenceOf(text), { published: '2026-03-11', previous });
    expect(mentions.map((m) => m.date.start)).toEqual([start]);
  });

  it('"on the 14th" without an event before is the latest 14th for a past event, the next one ahead', () => {
    const past = findDateMentions(sentenceOf('The vote took place on the 14th.'), { published: '2026-03-11' });
    const ahead = findDateMentions(sentenceOf('The vote will take place on the 14th.'), { published: '2026-03-11' });
    expect([past[0]?.date.start, ahead[0]?.date.start]).toEqual(['2026-02-14', '2026-03-14']);
  });

  it('is no day of the month: "the 14th hole", "the 20th century", "the 5th of the month"', () => {
    for (const text of [
      'He birdied the 14th hole.',
      'It was built on the 20th century model.',
      'She won on the 3rd attempt.',
    ])
      expect(findDateMentions(sentenceOf(text), { published: '2026-03-11', previous })).toEqual([]);
  });
});

describe('holidays', () => {
  it.each([
    ['2026-01-09', 'By Christmas Eve the two had agreed the outline.', ['Christmas Eve', '2025-12-24']],
    ['2026-01-09', 'Police arrested him on Boxing Day.', ['Boxing Day', '2025-12-26']],
    ['2025-12-02', 'The mayor will light the tree on Christmas Eve.', ['Christmas Eve', '2025-12-24']],
    ['2025-12-02', "Officials expect the bridge to reopen by New Year's Day.", ["New Year's Day", '2026-01-01']],
    ['2026-01-09', 'The rally took place on Good Friday.', ['Good Friday', '2025-04-18']],
    ['2026-03-11', 'The march is planned for Easter Monday.', ['Easter Monday', '2026-04-06']],
    ['2026-11-20', 'Trick-or-treaters were out in force on Halloween.', ['Halloween', '2026-10-31']],
  ])('dateline %s: %s', (published, text, expected) => {
    const mentions = findDateMentions(sentenceOf(text), { published });
    expect(mentions.map((m) => [m.text, m.date.start])).toEqual([expected]);
  });

  it('a bare "Christmas" or "Easter" is only around its day', () => {
    const [christmas] = findDateMentions(sentenceOf('Sales rose over Christmas.'), { published: '2026-01-09' });
    expect(christmas?.date).toEqual({ start: '2025-12-25', precision: 'day', approximate: true });
  });

  it.each([
    'The Christmas truce ended in 1914.',
    'Shoppers flocked to the Christmas market.',
    'He wrote a book about the Easter Rising.',
    'Queues formed for Christmas shopping.',
  ])('is no date: %s', (text) => {
    expect(findDateMentions(sentenceOf(text), { published: '2026-01-09' }).map((m) => m.text)).not.toContain(
      'Christmas',
    );
  });

  it('Easter Sunday is a Sunday between March 22 and April 25 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const easter = easterSunday(year);
        expect(weekdayOf(easter)).toBe(0);
        const monthDay = easter.month * 100 + easter.day;
        expect(monthDay >= 322 && monthDay <= 425).toBe(true);
      }),
    );
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
  });
});

describe('a present-simple verb with a weekday is a fixture (2025-06-10 is a Tuesday)', () => {
  const dayOf = (sentence: string): string | undefined =>
    findDateMentions(sentenceOf(sentence), { published: '2025-06-10' })[0]?.date.start;
  it.each([
    ['Harlow Town play Dunmore on Saturday.', '2025-06-14'],
    ['Kestrel Rovers face Alder Vale on Sunday.', '2025-06-15'],
    ['The tribunal hears the appeal from Nils Garde on Thursday.', '2025-06-12'],
    ['The retrospective of Ilse Marr opens on Friday.', '2025-06-13'],
    ['Judge Amara Oduya sentences the pair on Monday.', '2025-06-16'],
  ])('%s', (sentence, day) => {
    expect(dayOf(sentence)).toBe(day);
  });
  it.each([
    ['A quiet Monday for fans of Selwyn Park.', '2025-06-09'],
    ['Dray Mills says the talks on Monday went well.', '2025-06-09'],
  ])('no present verb of its own, or an attribution: %s', (sentence, day) => {
    expect(dayOf(sentence)).toBe(day);
  });
});

describe('"in the early hours of <weekday>" is that day, early (2025-06-10 is a Tuesday)', () => {
  it.each([
    ['Gunmen attacked a border post in the early hours of Sunday.', 'in the early hours of Sunday', '2025-06-08'],
    [
      'The fire at the Orwell mill broke out in the small hours of Monday.',
      'in the small hours of Monday',
      '2025-06-09',
    ],
    ['Early hours of Saturday saw clashes in Port Lenn.', 'Early hours of Saturday', '2025-06-07'],
  ])('%s', (sentence, text, start) => {
    const mentions = findDateMentions(sentenceOf(sentence), { published: '2025-06-10' });
    expect(mentions.map((m) => [m.text, m.date])).toEqual([[text, { start, precision: 'day', qualifier: 'early' }]]);
  });
});

describe('dates that depend on the event told before', () => {
  const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
  const folder = join(PROJECT, 'src/compiler/__fixtures__/eval');
  const inputs = [
    ...readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ file: name, text: readFileSync(join(folder, name), 'utf8') })),
    ...generateCorpus(40, 11),
    {
      file: 'invented.txt',
      text:
        ' date 2025-03-12\n\nThe mayor opened the bridge after the storm, and the council met the next day. ' +
        'Two weeks later the bridge closed again. Ms Orla Finch arrived the following Monday and spoke on the 14th. ' +
        'Officials met before noon and again shortly afterwards. The next round is due in April. ' +
        'That same evening, the board resigned; a day earlier it had met in private.',
    },
  ];
  const sentences = inputs.flatMap((input) => {
    const article = parseArticle(input).article;
    return article ? splitSentences(article).map((sentence) => ({ sentence, published: article.published })) : [];
  });
  const previousEvents = [
    undefined,
    { start: '2025-01-31', precision: 'day' as const },
    { start: '2024-06', precision: 'month' as const },
    { start: '2025-03-15', precision: 'day' as const, approximate: true },
  ];

  it('are read again for each event told before only where the sentence holds anaphora', () => {
    expect(sentences.length).toBeGreaterThan(500);
    for (const { sentence, published } of sentences) {
      // A fresh copy per reading: a sentence's dates are remembered per sentence object.
      const readings = previousEvents.map((previous) =>
        JSON.stringify(findDateMentions({ ...sentence }, { published, ...(previous ? { previous } : {}) })),
      );
      if (new Set(readings).size > 1)
        expect(datesDependOnPrevious({ ...sentence }, published), sentence.text).toBe(true);
    }
  });

  it('gate the month recognisers: they find nothing in a text the gate holds back', () => {
    const published = { year: 2025, month: 3, day: 12 };
    const invented = [
      'Mark Junior met Marta on Jan. 5, and again on 5 Jan. and the 3rd of Oct.',
      'The Sept. 22-26 talks, held 28-29 December, follow the May 2021 deal and mid-September plans.',
      'Aug 15: the port reopened; on 12, 13 and 14 March crews struck; March this year was dry.',
      'Junior Decker, Janet Marsh and Octavia Novak met 5 Janet Street in Augsburg.',
    ].map((text) => sentenceOf(text));
    let heldBack = 0;
    for (const sentence of [...sentences.map((item) => item.sentence), ...invented]) {
      if (monthGate().test(sentence.text)) continue;
      heldBack += 1;
      for (const recogniser of [monthDayRanges, dayMonthRanges, monthDays, months]) {
        expect(recogniser(sentence.text, { published, tenseAt: () => 'past' }), sentence.text).toEqual([]);
      }
    }
    expect(heldBack).toBeGreaterThan(100);
    for (const sentence of invented.slice(0, 3)) expect(monthGate().test(sentence.text), sentence.text).toBe(true);
  });

  it('gate each anaphora recogniser: it finds nothing in a text its gate holds back', () => {
    const published = { year: 2025, month: 3, day: 12 };
    for (const recogniser of [shiftedAnaphora, followingWeekday, dayOfMonth, sameTimeAnaphora]) {
      const gate = anaphoraGateOf(recogniser);
      for (const { sentence } of sentences) {
        if (gate.test(sentence.text)) continue;
        for (const previous of previousEvents) {
          const found = recogniser(sentence.text, { published, tenseAt: () => 'past', previous });
          expect(found, sentence.text).toEqual([]);
        }
      }
    }
  });
});
