import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/** Compiles one invented article (dateline Wednesday 2025-06-04) and lists its events readably. */
function eventsOf(...paragraphs: string[]) {
  const text = ` date 2025-06-04 ${paragraphs.join('\n\n')}`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  const nameOf = (id: string): string => list.actors.find((actor) => actor.id === id)?.name ?? id;
  return list.events.map((event) => ({
    kind: event.kind,
    start: event.date.start,
    precision: event.date.precision,
    status: event.status,
    actors: event.actors.map(nameOf),
    sentence: event.sources[0]?.sentence ?? '',
  }));
}

/** The events reported by the sentence that contains `words`. */
function about(events: ReturnType<typeof eventsOf>, words: string) {
  return events.filter((event) => event.sentence.includes(words));
}

describe('dated clauses: happenings no trigger knows', () => {
  it('a closure with no named agent, dated by a year', () => {
    const events = eventsOf('The Harwick paper mill shut its gates in 2011, ending 90 years of production.');
    expect(about(events, 'Harwick')).toMatchObject([
      { kind: 'other', start: '2011', precision: 'year', status: 'occurred' },
    ]);
  });

  it('a market move on a weekday is an event of that day', () => {
    const events = eventsOf('The Norwegian krone slid to a record low on Monday as oil prices tumbled.');
    expect(about(events, 'krone')).toMatchObject([{ kind: 'other', start: '2025-06-02', precision: 'day' }]);
  });

  it('a scheduled step down names its subject and reads "will" as scheduled', () => {
    const events = eventsOf(
      'Chief Operating Officer Lena Whitcombe will step down on June 30 after nine years at Harlow Freight.',
    );
    expect(about(events, 'step down')).toMatchObject([
      { kind: 'other', start: '2025-06-30', status: 'scheduled', actors: ['Lena Whitcombe'] },
    ]);
  });

  it('a passive names its agent: "will be succeeded ... by X"', () => {
    const events = eventsOf(
      'Chief Operating Officer Lena Whitcombe is retiring. She will be succeeded on July 1 by Tomas Brandt.',
    );
    const succession = about(events, 'succeeded');
    expect(succession).toHaveLength(1);
    expect(succession[0]?.actors).toContain('Tomas Brandt');
    expect(succession[0]).toMatchObject({ start: '2025-07-01', status: 'scheduled' });
  });

  it('an event noun holds its own date even in a clause about something else', () => {
    const events = eventsOf(
      'The ceremony was postponed after the death of Bishop Anselm Okoro on May 28, the diocese said.',
    );
    expect(about(events, 'death')).toContainEqual(
      expect.objectContaining({ kind: 'other', start: '2025-05-28', status: 'occurred', actors: ['Anselm Okoro'] }),
    );
  });

  it('money released by a ministry is a policy act; a protest staged on a weekday is a happening', () => {
    const events = eventsOf(
      'Last week, the Ministry of Water Resources released 40 million euros for flood repairs.',
      'Farmers had staged a protest outside the regional assembly on Saturday.',
    );
    expect(about(events, 'released')).toMatchObject([{ kind: 'policy', start: '2025-05-26', precision: 'day' }]);
    expect(about(events, 'protest')).toMatchObject([{ kind: 'other', start: '2025-05-31', status: 'occurred' }]);
  });

  it('results that are due on a date are an announcement then', () => {
    const events = eventsOf(
      'Harlow Freight Ltd. warned on Tuesday that fuel costs would weigh on earnings.',
      'The company’s half-year results are due on July 24.',
    );
    expect(about(events, 'results')).toMatchObject([
      { kind: 'announcement', start: '2025-07-24', status: 'scheduled' },
    ]);
  });

  it('a short form of a known organisation opening the clause is its subject; a place is not', () => {
    const events = eventsOf(
      'Brenner Logistik GmbH said on Monday that it would cut 300 jobs.',
      'Brenner was spun off from a rail group in 1994. A depot in Brenner shut its doors in 2011.',
    );
    expect(about(events, 'spun off')).toMatchObject([{ start: '1994', actors: ['Brenner Logistik'] }]);
    expect(about(events, 'depot')).toMatchObject([{ start: '2011', actors: [] }]);
  });

  it('a clause that a trigger already reported gives no second event', () => {
    const events = eventsOf('Prime Minister Ana Lobo met union leaders on Tuesday and praised their restraint.');
    expect(about(events, 'Lobo').map((event) => event.kind)).toEqual(['meeting']);
  });
});

describe('dated clauses: what is not a happening', () => {
  it.each([
    ['a rate over a period', 'The Kessel refinery pumped 1.2 million barrels per day in October.'],
    ['a change over a quarter', 'Exports of frozen fish rose 4% in the third quarter.'],
    ['a state this year', 'Shares of Corvel Tools are up 12% this year and have climbed every month.'],
    ['a participial opener', 'Founded in 1962, Corvel Tools makes hand tools in three countries.'],
    ['a negated clause', 'The Vossberg ferry service did not resume on Monday.'],
    ['a hypothetical clause', 'Without the subsidy, the Tarn mine would have shut in 2015.'],
    ['a state bounded by a date', 'Rents in the old town have doubled since 2019.'],
    ['a forecast', 'Economists expect inflation to have slowed in May.'],
  ])('%s', (_, sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });

  it('a signal is no signing', () => {
    const events = eventsOf('The Brenner rail group signalled in March that it would sell depots.');
    expect(events.map((event) => event.kind)).not.toContain('policy');
  });

  it('an attribution is a source, not an event of its own', () => {
    const events = eventsOf('The Kessel refinery will shut for repairs next month, company officials said on Tuesday.');
    expect(events.filter((event) => event.start === '2025-06-03')).toEqual([]);
  });

  it('a happening told inside a quotation is not an event', () => {
    const events = eventsOf('“We opened the depot in 2004 with six trucks,” said Ilse Marek, the depot manager.');
    expect(events.map((event) => event.kind)).toEqual(['quote']);
  });

  it('press-release boilerplate ("About X:") gives no events', () => {
    const events = eventsOf(
      'Corvel Tools said on Tuesday it would open a plant in Ohio.',
      'About Corvel Tools: Corvel Tools built its first workshop in 1962 and employs 800 people.',
    );
    expect(about(events, '1962')).toEqual([]);
  });
});
