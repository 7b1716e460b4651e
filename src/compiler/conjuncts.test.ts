import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/** The events of a one-paragraph article dated 2024-03-01 (a Friday), in time order. */
function eventsOf(body: string) {
  const { list } = compileArticles([{ file: 'conjuncts.txt', text: ` date 2024-03-01\n${body}\n` }]);
  const nameOf = (id: string): string => list.actors.find((actor) => actor.id === id)?.name ?? id;
  return list.events.map((event) => ({ ...event, names: event.actors.map(nameOf) }));
}

describe('one verb, several objects each with its own date', () => {
  const closures = 'The Marlow district closed Lincoln Elementary in 2019 and Oak Hill Elementary in June 2021.';

  it('tells one closure per school, each at its own date and sourced to the sentence', () => {
    const events = eventsOf(closures).filter((event) => event.kind === 'policy');
    expect(events.map((event) => [event.date.start, event.date.precision])).toEqual([
      ['2019', 'year'],
      ['2021-06', 'month'],
    ]);
    expect(events.map((event) => event.title)).toEqual([
      expect.stringContaining('closed Lincoln Elementary'),
      expect.stringContaining('closed Oak Hill Elementary'),
    ]);
    expect(events.map((event) => event.status)).toEqual(['occurred', 'occurred']);
    for (const event of events) expect(event.sources.map((source) => source.sentence)).toEqual([closures]);
  });

  it('gives the two events distinct ids that an unrelated sentence does not change', () => {
    const ids = eventsOf(closures).map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    const edited = eventsOf(`${closures}\n\nThe weather in Marlow was mild all week.`).map((event) => event.id);
    expect(edited).toEqual(expect.arrayContaining(ids));
  });

  it('tells one ban per company for "banned X on Monday and Y on Friday"', () => {
    const events = eventsOf('The city council banned Acme Corp on Monday and Zeta Labs on Friday.');
    const bans = events.filter((event) => event.kind === 'policy');
    expect(bans.map((event) => [event.date.start, event.title])).toEqual([
      ['2024-02-26', expect.stringContaining('banned Acme Corp')],
      ['2024-03-01', expect.stringContaining('banned Zeta Labs')],
    ]);
  });

  it('tells one visit per city, with the same traveller', () => {
    const events = eventsOf('Prime Minister Tomas Varga visited Paris on Tuesday and Berlin on Thursday.');
    const visits = events.filter((event) => event.kind === 'travel');
    expect(visits.map((event) => [event.date.start, event.title])).toEqual([
      ['2024-02-27', expect.stringContaining('visited Paris')],
      ['2024-02-29', expect.stringContaining('visited Berlin')],
    ]);
    for (const visit of visits) expect(visit.names).toContain('Tomas Varga');
  });

  it('reads a list of three, "A in 2019, B in 2020 and C in 2021"', () => {
    const events = eventsOf(
      'The Marlow district closed Lincoln Elementary in 2019, Oak Hill Elementary in 2020 and Bay View Middle School in 2022.',
    );
    expect(events.filter((event) => event.kind === 'policy').map((event) => event.date.start)).toEqual([
      '2019',
      '2020',
      '2022',
    ]);
  });

  it('does not read an attribution after a comma as a further object', () => {
    const events = eventsOf(
      'The Marlow district closed Lincoln Elementary in 2019, district officials said on Tuesday.',
    );
    expect(events.filter((event) => event.kind === 'policy').map((event) => event.date.start)).toEqual(['2019']);
  });

  it('keeps one meeting when the people met share one date', () => {
    const events = eventsOf('Foreign Minister Ilse Brandt met Omar Haddad and Lena Sorel on Monday.');
    expect(events.filter((event) => event.kind === 'meeting')).toHaveLength(1);
  });

  it('leaves two verbs to their own clauses: "closed in 2019 and reopened in 2021"', () => {
    const events = eventsOf('The Harbor Street library closed in 2019 and reopened in 2021.');
    const dates = events.map((event) => event.date.start);
    expect(new Set(dates).size).toBe(dates.length);
    expect(events.filter((event) => event.title.includes('closed'))).toHaveLength(1);
  });

  it('does not split when the second date has a subject and verb of its own', () => {
    const events = eventsOf('The Marlow district closed Lincoln Elementary in 2019 and it was sold in 2021.');
    expect(events.filter((event) => event.title.includes('closed'))).toHaveLength(1);
  });
});

describe('conjuncts told at their own time, and clauses that are not conjuncts', () => {
  it.each([
    ['Tarn Foods opened a plant in Ohio in 2019 and another in Texas in 2027.', ['occurred', 'scheduled']],
    [
      'The Marlow district closed Lincoln Elementary in 2019 and Oak Hill Elementary in 2026.',
      ['occurred', 'scheduled'],
    ],
  ])('each conjunct has the status of its own date: %s', (body, statuses) => {
    const events = eventsOf(body).filter((event) => event.kind === 'policy' || event.kind === 'other');
    expect(events.map((event) => event.status)).toEqual(statuses);
  });

  it.each([
    'The Ethics Commission opened an inquiry into the fund in May, and its officers searched the finance offices on June 3.',
    'The Marlow board closed the depot in 2019 and the drivers walked out in June 2021.',
    'Harbor Freight sold its Akron plant in 2019, and workers occupied the site in 2021.',
  ])('a second clause with its own verb is not an object of the first: %s', (body) => {
    const titles = eventsOf(body).map((event) => event.title);
    // The first verb is never given the second clause's words as an object.
    expect(
      titles.filter((title) => /\b(?:opened|closed|sold)\b.*\b(?:searched|walked|occupied)\b/.test(title)),
    ).toEqual([]);
  });
});
