import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { eventLines } from './event-lines.ts';

const first = {
  file: 'a.txt',
  text: ' date 2026-02-01 Oskar Lind is set to meet Mira Salo on Feb. 10, the ministry said.\n\nThe weather was cold.\n',
};
const second = {
  file: 'b.txt',
  text: ' date 2026-02-03 Helsinki announced the plan on Feb. 2.\n\nMira Salo is set to meet Oskar Lind, officials said.\n',
};

describe('merging reports of one event', () => {
  it('makes one scheduled meeting of two articles, dated by the dated report', () => {
    const { list } = compileArticles([first, second]);
    const meetings = list.events.filter((event) => event.kind === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.status).toBe('scheduled');
    expect(meetings[0]?.date).toEqual({ start: '2026-02-10', precision: 'day' });
    expect(meetings[0]?.sources.map((source) => source.file)).toEqual(['a.txt', 'b.txt']);
    expect(list.events.find((event) => event.kind === 'announcement')?.date.start).toBe('2026-02-02');
  });

  it("keeps a nameless happening out of a named event's span", () => {
    const text =
      ' date 2026-03-12 The inquest into the death of kayaker Tomas Rink opened on Monday and is expected to last three days.\n\n' +
      'A car was driven through the front of a bakery on Wednesday.\n';
    const { list } = compileArticles([{ file: 'c.txt', text }]);
    const dates = list.events.map((event) => `${event.date.start}${event.date.end ? `..${event.date.end}` : ''}`);
    expect(dates).toEqual(['2026-03-09..2026-03-11', '2026-03-11']);
  });

  it('drops an event no report of which gives a date, with a warning', () => {
    const { list, diagnostics } = compileArticles([second]);
    expect(list.events.map((event) => event.kind)).toEqual(['announcement']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'b.txt', severity: 'warning', code: 'undated-event', line: 3 }),
    ]);
  });
});

describe('a planned event called off', () => {
  const meetingsOf = (body: string): [string, string, number][] =>
    compileArticles([{ file: 'called-off.txt', text: ` date 2026-04-16\n\n${body}\n` }])
      .list.events.filter((event) => event.kind === 'meeting')
      .map((event) => [event.date.start, event.status, event.sources.length]);

  it.each([
    [
      'in the same sentence',
      'Foreign Minister Lena Varga was due to meet Jonas Tamm on Saturday, but the meeting was canceled.',
      [['2026-04-18', 'cancelled', 1]],
    ],
    [
      'in the next sentence, dated by the day it was planned for',
      'Foreign Minister Lena Varga was expected to meet Jonas Tamm on Friday. The meeting was called off on Wednesday.',
      [['2026-04-17', 'cancelled', 2]],
    ],
  ])('is one cancelled event when the call-off is told %s', (_where, body, expected) => {
    expect(meetingsOf(body)).toEqual(expected);
  });

  it('reads one meeting from a sentence that tells it by a verb and by a noun', () => {
    expect(meetingsOf('Premier Ona Brik hosted Governor Tal Reyes for talks at her residence on Tuesday.')).toEqual([
      ['2026-04-14', 'occurred', 1],
    ]);
  });

  it('leaves a meeting that happened alone when a later sentence calls another off', () => {
    expect(
      meetingsOf(
        'Foreign Minister Lena Varga met Jonas Tamm on Tuesday.\n\nA second meeting planned for Friday was called off.',
      ),
    ).toContainEqual(['2026-04-14', 'occurred', 1]);
  });
});

describe('summits as ranges', () => {
  const summitsOf = (body: string): [string, string | undefined, number][] =>
    compileArticles([{ file: 'summits.txt', text: ` date 2026-10-02\n\n${body}\n` }])
      .list.events.filter((event) => event.kind === 'summit')
      .map((event) => [event.date.start, event.date.end, event.sources.length]);

  it('keeps two summits of one article apart when their ranges differ', () => {
    expect(
      summitsOf(
        'Leaders gathered in Suva for a three-day summit from Sept. 28 to Sept. 30.\n\nThe week-long climate conference opened in Lima on Monday.',
      ),
    ).toEqual([
      ['2026-09-28', '2026-09-30', 1],
      ['2026-09-28', '2026-10-04', 1],
    ]);
  });

  it('joins a later day of the summit to its range', () => {
    expect(
      summitsOf(
        'Leaders gathered in Suva for a three-day summit from Sept. 28 to Sept. 30.\n\nThe summit closed on Sept. 30 with a joint statement.',
      ),
    ).toEqual([['2026-09-28', '2026-09-30', 2]]);
  });
});

describe('stable output', () => {
  it('gives byte-identical output for the same input, in any order', () => {
    const once = JSON.stringify(compileArticles([first, second]).list);
    const again = JSON.stringify(compileArticles([first, second]).list);
    const reversed = JSON.stringify(compileArticles([second, first]).list);
    expect(again).toBe(once);
    expect(reversed).toBe(once);
  });

  it('keeps an event id when an unrelated sentence is edited', () => {
    const ids = (articles: (typeof first)[]): string[] =>
      compileArticles(articles).list.events.map((event) => event.id);
    const edited = {
      ...first,
      text: first.text.replace('The weather was cold.', 'Snow fell all week, and the roads closed to traffic.'),
    };
    const before = ids([first, second]);
    const after = ids([edited, second]);
    for (const id of before) expect(after).toContain(id);
    expect(before).toContain('2026-02-10-meeting-mira-salo-oskar-lind');
  });
});

describe('definite references to an event', () => {
  it('joins "the <date> meeting" to the meeting of that day, and keeps it when nothing else reports it', () => {
    const told = {
      file: 'c.txt',
      text: ' date 2026-05-08 Ines Moro met Paul Vik on May 4.\n\nVik confirmed the May 4 meeting on his blog.\n',
    };
    const meetings = compileArticles([told]).list.events.filter((event) => event.kind === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.sources).toHaveLength(2);
    const alone = { file: 'd.txt', text: ' date 2026-05-08 Vik confirmed the May 4 meeting on his blog.\n' };
    const kept = compileArticles([alone]).list.events.filter((event) => event.kind === 'meeting');
    expect(kept.map((event) => event.date.start)).toEqual(['2026-05-04']);
  });

  it('drops a bare "after the meeting" nobody else reports, without a warning', () => {
    const bare = { file: 'e.txt', text: ' date 2026-05-08 Vik spoke to reporters after the meeting.\n' };
    const { list, diagnostics } = compileArticles([bare]);
    expect(list.events.filter((event) => event.kind === 'meeting')).toEqual([]);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'undated-event')).toEqual([]);
  });
});

describe('reports without actors', () => {
  const hearing = (file: string, sentence: string) => ({ file, text: ` date 2026-03-05 ${sentence}\n` });
  const meetingsOf = (articles: { file: string; text: string }[]) =>
    compileArticles(articles).list.events.filter((event) => event.kind === 'meeting');

  it('keeps two articles’ meetings of the same day apart when nothing but the date is shared', () => {
    const meetings = meetingsOf([
      hearing('a.txt', 'A public hearing on the harbour plan was held in Porvik on March 3.'),
      hearing('b.txt', 'Parents met in Dunmere on March 3 to discuss the school closure.'),
      hearing('c.txt', 'Residents met on March 3 to discuss the flood defences.'),
    ]);
    expect(meetings.map((event) => event.sources.map((source) => source.file))).toEqual([
      ['a.txt'],
      ['b.txt'],
      ['c.txt'],
    ]);
  });

  it('joins them across articles when they name the same place', () => {
    const meetings = meetingsOf([
      hearing('a.txt', 'A public hearing on the harbour plan was held in Porvik on March 3.'),
      hearing('b.txt', 'Dozens of fishermen met in Porvik on March 3 to oppose the harbour plan.'),
    ]);
    expect(meetings.map((event) => event.sources.map((source) => source.file))).toEqual([['a.txt', 'b.txt']]);
  });
});

describe('trips of one person on one day', () => {
  const tripsOf = (body: string): string[][] =>
    compileArticles([{ file: 't.txt', text: ` date 2025-09-26 Regional news.\n\n${body}\n` }])
      .list.events.filter((event) => event.kind === 'travel')
      .map((event) => event.sources.map((source) => source.sentence));

  it('keeps trips to two places apart', () => {
    expect(
      tripsOf('Marisol Okafor flew to Nairobi on Monday. She then travelled to Kampala, where she opened a clinic.'),
    ).toHaveLength(2);
  });

  it('still joins two reports of one trip, with or without its place', () => {
    expect(
      tripsOf('Marisol Okafor flew to Nairobi on Monday.\n\nOkafor arrived in Nairobi on Monday to open a clinic.'),
    ).toHaveLength(1);
  });
});

describe('the order of events', () => {
  it('tells the events of one day in the order the article tells them, whatever their ids', () => {
    const text =
      ' date 2026-04-08 Zora Mbeki resigned as finance minister on Tuesday.\n\n' +
      'Hours later, Prime Minister Aldo Ferrante met union leaders in Lusaka.\n\n' +
      '"We will not be rushed," Ferrante told reporters after the meeting on Tuesday.\n';
    const { list } = compileArticles([{ file: 'order.txt', text }]);
    const sameDay = list.events.filter((event) => event.date.start === '2026-04-07');
    expect(sameDay.length).toBeGreaterThanOrEqual(3);
    const offsets = sameDay.map((event) => event.sources[0]?.start ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('puts an earlier article first on a shared day, and earlier days before later ones', () => {
    const one = { file: 'b-one.txt', text: ' date 2026-04-08 Lina Osei met Piet Vos in Accra on Monday.\n' };
    const two = {
      file: 'a-two.txt',
      text: ' date 2026-04-08 Ruth Ade resigned on Monday. Kofi Ade arrived in Lome on Sunday.\n',
    };
    const { list } = compileArticles([one, two]);
    expect(list.events.map((event) => `${event.date.start} ${event.sources[0]?.file}`)).toEqual([
      '2026-04-05 a-two.txt',
      '2026-04-06 a-two.txt',
      '2026-04-06 b-one.txt',
    ]);
  });
});

describe('a plan moved to another day', () => {
  it('keeps the new plan and the called-off old one apart, each on its own day', () => {
    const text =
      ' date 2026-06-10 Shareholders of Zuivel Group will vote on the offer in Ghent on July 14. ' +
      'The vote had originally been set for June 23 but was pushed back to leave time for the regulator.\n';
    const { list } = compileArticles([{ file: 'moved.txt', text }]);
    expect(list.events.map((event) => `${event.status} ${event.date.start}`).sort()).toEqual([
      'cancelled 2026-06-23',
      'scheduled 2026-07-14',
    ]);
  });
});

/** Kinds and days of the events of one invented article (dateline Wednesday 2025-06-04). */
function kindsOfArticle(text: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${text}` }]);
  return list.events.map((event) => `${event.kind} ${event.date.start}`);
}

describe('one sentence, two happenings in sequence', () => {
  it('keeps a flyover and the visit after it apart', () => {
    expect(
      kindsOfArticle(
        'Gov. Lena Hart flew over the flooded valley by helicopter on Friday and then visited a shelter in Marlow.',
      ),
    ).toEqual(['travel 2025-05-30', 'travel 2025-05-30']);
  });
  it('still tells one meeting by its two words', () => {
    expect(
      kindsOfArticle('Prime Minister Ana Brik hosted Chancellor Ivo Reyes for talks on Tuesday before a state dinner.'),
    ).toEqual(['meeting 2025-06-03']);
  });
});

describe('two happenings of one kind and day at two places', () => {
  const linesOf = (body: string): string[] => eventLines(body.split('||').join('\n\n'));

  it.each([
    [
      'two attacks by their own verbs in two towns are two',
      'Rebels attacked an army post in Kalemie on Monday.||On Monday, gunmen also attacked a police station in Uvira.',
      ['conflict 2025-06-02 occurred []', 'conflict 2025-06-02 occurred []'],
    ],
    [
      'an arrest told again by its noun, with the street it was made in, is one',
      'Police arrested two men in Leeds on Tuesday.||The arrests were made after a raid on a house in Harehills, police said.',
      ['conflict 2025-06-03 occurred []'],
    ],
    [
      'a meeting told again with where it was held is one',
      'Foreign Minister Lena Varga met Jonas Tamm in Riga on Tuesday.||The talks, held at the foreign ministry, lasted three hours.',
      ['meeting 2025-06-03 occurred [Lena Varga, Jonas Tamm]'],
    ],
    [
      'a vote told again by its noun is one',
      'The city council voted to ban e-scooters on Monday.||The vote, which took place on Monday evening, passed 7-2.',
      ['policy 2025-06-02 occurred [city council]'],
    ],
    [
      'a trip told again by another verb of arriving is one',
      'President Ilse Maran arrived in Nairobi on Monday.||Maran, who landed at Jomo Kenyatta airport on Monday afternoon, was greeted by Kenyan officials.',
      ['travel 2025-06-02 occurred [Ilse Maran]'],
    ],
    [
      'a plan told by its month, then by its day, is one plan on that day',
      'Mayor Ona Brik announced on Monday that she would resign in July.||Brik will step down on July 31, her office said.',
      ['announcement 2025-06-02 occurred [Ona Brik]', 'other 2025-07-31 scheduled [Ona Brik]'],
    ],
    [
      'a plan of a month that holds two such days stays apart from both',
      'Varga will meet Jonas Tamm in July.||Varga will meet Tamm in Riga on July 14.||Varga will meet Tamm in Vilnius on July 28.',
      [
        'meeting 2025-07 scheduled [Varga, Jonas Tamm]',
        'meeting 2025-07-14 scheduled [Varga, Jonas Tamm]',
        'meeting 2025-07-28 scheduled [Varga, Jonas Tamm]',
      ],
    ],
  ])('%s', (_what, body, lines) => {
    expect(linesOf(body)).toEqual(lines);
  });
});
