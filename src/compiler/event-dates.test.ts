import { describe, expect, it } from 'vitest';
import { compileArticle, compileArticles } from './compile.ts';

/**
 * Sentences invented for each rule, and the events a careful editor reads in them: kind, status
 * and date (as `start[..end] precision[~]`, `~` for approximate). Weekdays: 2025-06-10 is a
 * Tuesday, 2025-12-30 a Tuesday, 2026-01-03 a Saturday, 2025-03-05 a Wednesday.
 */
function eventsOf(published: string, body: string): string[] {
  const { events } = compileArticle({ file: 'rule.txt', text: ` date ${published} ${body}` });
  return events.map((event) => {
    const { start, end, precision, approximate } = event.date;
    return `${event.kind} ${event.status} ${start}${end ? `..${end}` : ''} ${precision}${approximate ? '~' : ''}`;
  });
}

describe('status of an event', () => {
  it.each([
    [
      '"is set to host": the auxiliary inside the trigger still counts',
      '2025-06-10',
      'Foreign Minister Ana Ruiz is set to host Prime Minister Tomas Berg in Lisbon on Thursday.',
      ['meeting scheduled 2025-06-12 day'],
    ],
    [
      '"is also due to meet": an adverb inside the verb group',
      '2025-06-10',
      'Governor Ana Ruiz is also due to meet Mayor Tomas Berg on Friday.',
      ['meeting scheduled 2025-06-13 day'],
    ],
    [
      '"set to tour" without "is" (headline style) is ahead, weekday included',
      '2025-06-10',
      'Governor Ana Ruiz set to tour the fire zone on Friday.',
      ['travel scheduled 2025-06-13 day'],
    ],
    [
      '"plans to visit" in a month ahead',
      '2025-06-10',
      'Governor Ana Ruiz plans to visit Madrid in July.',
      ['travel scheduled 2025-07 month'],
    ],
    [
      'a noun\'s status follows it: "is expected to be rescheduled for"',
      '2025-06-10',
      'The meeting is expected to be rescheduled for June 19, officials said.',
      ['meeting scheduled 2025-06-19 day'],
    ],
    [
      'an event the text dates after the dateline has not happened yet',
      '2025-06-10',
      'EU leaders will discuss the budget at a summit in Brussels on June 26-27.',
      ['summit scheduled 2025-06-26..2025-06-27 day'],
    ],
    [
      '"had been planned for May but was postponed": cancelled, dated by the plan (month only)',
      '2025-06-10',
      "Governor Ana Ruiz's trip had been planned for May but was postponed after the floods.",
      ['travel cancelled 2025-05 month'],
    ],
    [
      "one clause's status does not leak into the other's event",
      '2025-06-10',
      'Governor Ana Ruiz met Mayor Tomas Berg on Monday, and she will visit Madrid on Friday.',
      ['meeting occurred 2025-06-09 day', 'travel scheduled 2025-06-13 day'],
    ],
    ['a negated event is not an event', '2025-06-10', 'Governor Ana Ruiz did not meet Mayor Tomas Berg on Monday.', []],
    [
      '"proposed" qualifying another noun of the clause does not make the meeting hypothetical',
      '2025-03-05',
      "The Riverton school board's special meeting on the proposed closure of Eastside Elementary, planned for Thursday, was called off Tuesday.",
      ['meeting cancelled 2025-03-06 day'],
    ],
    [
      '"A planned meeting ... has been postponed": a modifier is not a verb, the noun is the subject',
      '2025-06-10',
      "A planned meeting of the two governments' interior ministers, set for Monday, has been postponed until further notice, an official said.",
      ['meeting cancelled 2025-06-16 day'],
    ],
  ])('%s', (_rule, published, body, expected) => {
    expect(eventsOf(published, body)).toEqual(expected);
  });
});

describe('dates and statuses that stay with their own event', () => {
  it('a timeline heading dates the announcement, not the closure it announces', () => {
    const events = eventsOf('2026-03-31', 'Dec. 2: Timber company Coastline Timber announces it will close its mill.');
    expect(events).toContain('announcement occurred 2025-12-02 day');
    expect(events.filter((event) => event.includes('2025-12-02'))).toHaveLength(1);
  });

  it("another verb's postponement does not call off a founding told in an apposition", () => {
    const events = eventsOf(
      '2025-09-30',
      'Lumora, the startup founded by engineer Priya Raghunathan in 2019, has postponed the launch of its headset.',
    );
    expect(events).toContain('other occurred 2019 year');
    expect(events.filter((event) => event.includes('cancelled'))).toHaveLength(1);
  });
});

describe('the event "afterward" follows', () => {
  it('is the main event of the sentence before, not a summit it names as a point of reference', () => {
    const events = eventsOf(
      '2025-09-26',
      "Foreign Minister Ana Ruiz and Prime Minister Tomas Berg met in Lisbon on Wednesday, their first encounter since the Madrid summit in August.\n\nBerg's office said in a statement afterward that the talks were useful.",
    );
    expect(events).toContain('summit occurred 2025-08 month');
    expect(events).toContain('statement occurred 2025-09-24 day~');
  });
});

describe('the date of a planned or cancelled event', () => {
  it.each([
    [
      'a future day early in the next year',
      '2025-12-30',
      'Governor Ana Ruiz will meet Mayor Tomas Berg in Geneva on Jan. 6.',
      ['meeting scheduled 2026-01-06 day'],
    ],
    [
      'a past day late in the previous year',
      '2026-01-03',
      'Governor Ana Ruiz met Mayor Tomas Berg in Geneva on Dec. 28.',
      ['meeting occurred 2025-12-28 day'],
    ],
    [
      "a cancelled plan's date is the nearest one to the dateline, not the cancellation's year",
      '2026-01-03',
      "Governor Ana Ruiz's meeting with Mayor Tomas Berg, planned for Nov. 20, has been canceled.",
      ['meeting cancelled 2025-11-20 day'],
    ],
    [
      'a plan across the year boundary, called off before it',
      '2025-12-30',
      "Governor Ana Ruiz's meeting with Mayor Tomas Berg, planned for Jan. 4, was called off.",
      ['meeting cancelled 2026-01-04 day'],
    ],
    [
      'the day of calling off is not the day of the event when the plan gives one',
      '2025-03-05',
      "The school board's special meeting, planned for Thursday, was called off on Tuesday.",
      ['meeting cancelled 2025-03-06 day'],
    ],
  ])('%s', (_rule, published, body, expected) => {
    expect(eventsOf(published, body)).toEqual(expected);
  });
});

describe('a date in the possessive dates its own noun', () => {
  // 2026-01-12 is a Monday.
  it.each([
    [
      'the outline agreed before Friday’s announcement is dated by its own date',
      'By Christmas Eve, Governor Ana Ruiz had agreed the outline of what became Friday’s announcement.',
      'policy occurred 2025-12-24 day',
    ],
    [
      'a verb with no date of its own is not dated by a later noun’s',
      'Governor Ana Ruiz signed the outline of what became Friday’s announcement.',
      undefined,
    ],
    [
      'the noun is where the event took place',
      'Governor Ana Ruiz met Mayor Tomas Berg at Friday’s summit.',
      'meeting occurred 2026-01-09 day',
    ],
  ])('%s', (_rule, body, expected) => {
    const events = eventsOf('2026-01-12', body).filter((event) => !event.startsWith('summit'));
    if (expected === undefined) expect(events.filter((event) => event.includes('2026-01-09'))).toEqual([]);
    else expect(events).toContain(expected);
  });
});

describe('events recalled by their noun', () => {
  // 2026-03-11 is a Wednesday.
  it.each([
    [
      '"N days after the X was ..." counts from the day an earlier sentence gave X, not from the last event',
      'Engineers found a crack in the Orsa dam on March 2. Mayor Tom Ilves met Governor Ada Renn on March 4. Ilves closed the dam road three days after the crack was found.',
      'policy occurred 2026-03-05 day',
    ],
    [
      'with no such sentence, from the event told before',
      'Mayor Tom Ilves met Governor Ada Renn on March 4. Ilves closed the dam road two days after the talks were held.',
      'policy occurred 2026-03-06 day',
    ],
    [
      '"two days after <clause>," opening the sentence',
      'Voters rejected the Orsa dam plan in a referendum on March 1. Two days after the referendum was held, Mayor Tom Ilves resigned.',
      'other occurred 2026-03-03 day',
    ],
    [
      '"on the eve of the vote" is the day before the vote an earlier sentence dates',
      'Parliament will vote on the budget on March 19. On the eve of the vote, Premier Lina Holt will meet union leaders in Tarnow.',
      'meeting scheduled 2026-03-18 day',
    ],
  ])('%s', (_rule, body, expected) => {
    expect(eventsOf('2026-03-11', body)).toContain(expected);
  });

  it('"on the eve of the vote" with no dated vote invents no day, nor puts a plan on the dateline', () => {
    const { list } = compileArticles([
      {
        file: 'eve.txt',
        text: ' date 2026-03-11 Premier Lina Holt will meet union leaders in Tarnow on the eve of the vote.',
      },
    ]);
    expect(list.events.filter((event) => event.kind === 'meeting')).toEqual([]);
  });

  it('a plan for later today ("will meet again at 4pm") stays on the dateline', () => {
    expect(eventsOf('2026-03-11', 'Premier Lina Holt will meet union leaders again at 4pm.')).toContain(
      'meeting scheduled 2026-03-11 day~',
    );
  });
});

describe('a pronoun for an event called off in the sentence before', () => {
  /** `kind status start precision[~] [actors]` of each event of an invented article. */
  function withActors(body: string): string[] {
    const { events } = compileArticle({ file: 'pronoun.txt', text: ` date 2026-03-11 ${body}` });
    return events.map(
      (event) =>
        `${event.kind} ${event.status} ${event.date.start} ${event.date.precision}${event.date.approximate ? '~' : ''} [${event.actors.join(',')}]`,
    );
  }

  it.each([
    [
      'The hearing for former mayor Dana Whitcombe, set for Monday, was adjourned on Tuesday. It is now expected to take place in mid-April.',
      'other scheduled 2026-04 month~ [dana-whitcombe]',
    ],
    [
      "Governor Ada Renn's meeting with Mayor Tom Ilves was postponed on Monday. It will now be held on March 20.",
      'meeting scheduled 2026-03-20 day [ada-renn,tom-ilves]',
    ],
    [
      "Governor Ada Renn's visit to Oslo was called off on Monday. It is expected to take place in late April instead.",
      'travel scheduled 2026-04 month~ [ada-renn]',
    ],
  ])('%s', (body, expected) => {
    expect(withActors(body)).toContain(expected);
  });

  it('not when nothing was called off just before', () => {
    const events = withActors('Mayor Tom Ilves met Governor Ada Renn on Monday. It is expected to take place in May.');
    expect(events.filter((event) => event.includes('2026-05'))).not.toContainEqual(
      expect.stringContaining('tom-ilves'),
    );
  });
});

describe('an event noun with a length in days', () => {
  // 2026-03-09 is a Monday.
  it.each([
    [
      'President Ilse Varga will make a three-day state visit to Ghana from March 20.',
      '2026-03-20..2026-03-22 three-day',
    ],
    ['President Ilse Varga will begin a week-long trip to Ghana on March 20.', '2026-03-20..2026-03-26 week-long'],
    ['Dockworkers will stage a two-day strike at the port on March 20.', '2026-03-20..2026-03-21 two-day'],
  ])('%s', (body, expected) => {
    const { events } = compileArticle({ file: 'length.txt', text: ` date 2026-03-11 ${body}` });
    expect(
      events.map((event) => `${event.date.start}..${event.date.end ?? ''} ${event.date.qualifier ?? ''}`),
    ).toContain(expected);
  });

  it('a length without a day the text gives is no range ("a three-day visit" around the dateline)', () => {
    const { events } = compileArticle({
      file: 'length.txt',
      text: ' date 2026-03-11 President Ilse Varga is on a three-day visit to Ghana.',
    });
    expect(events.filter((event) => event.date.end !== undefined)).toEqual([]);
  });
});

describe('a verb coordinated with a dated verb', () => {
  it.each([
    ['Tomas Brill was arrested on Monday and charged with fraud.', '2025-06-09'],
    ['Mira Voss was detained on June 2 and charged with arson.', '2025-06-02'],
    ['Minister Ilse Moor flew to Tarvik on Monday and met Mayor Jon Brenna.', '2025-06-09'],
    ['Envoy Kari Lund arrived in Holmvik on June 2 and met the Orvana premier, Ivo Rask.', '2025-06-02'],
  ])('%s', (sentence, day) => {
    const events = eventsOf('2025-06-10', sentence);
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.endsWith(`occurred ${day} day`))).toBe(true);
  });

  it('a new subject after "and" keeps its own date', () => {
    const events = eventsOf('2025-06-10', 'Inspectors closed the plant on Monday and workers protested.');
    expect(events.some((event) => event.includes('2025-06-10 day~'))).toBe(false);
  });
});
