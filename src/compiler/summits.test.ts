import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Summits and conferences: named, held, opening and closing, as ranges. Every sentence is invented
 * (forums and people too); the dateline is Wednesday 2025-06-04.
 */
function eventsOf(text: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${text}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote')
    .map((event) => `${event.kind} ${event.date.start}${event.date.end ? `..${event.date.end}` : ''} ${event.status}`);
}

const SUMMITS: readonly [string, string][] = [
  ['summit 2025-06-03 occurred', 'The annual Kelvin Energy Forum opened in Oslo on Tuesday.'],
  ['summit 2025-06-02 occurred', 'The Kelvin Energy Forum kicked off in Oslo on Monday.'],
  ['summit 2025-06-09..2025-06-11 scheduled', 'The three-day World Water Congress begins in Lisbon on Monday.'],
  ['summit 2025-11-09 scheduled', 'The conference of the parties, known as COP31, opens in Antalya on Nov. 9.'],
  [
    'summit 2025-09-08..2025-09-12 scheduled',
    "The Pacific Islands Forum leaders' meeting will take place in Suva from Sept. 8 to 12.",
  ],
  ['summit 2025-06-06 scheduled', 'Chancellor Ivo Brandt will host a summit of Nordic leaders in Oslo on Friday.'],
  // A summit's plan called off is one summit cancelled, not a summit and a happening.
  ['summit 2025-06-09..2025-06-15 cancelled', 'The summit, scheduled for next week, was cancelled.'],
  ['summit 2025-06-12 cancelled', 'The Ostmark summit, which had been planned for June 12, was called off.'],
  ['summit 2025-07 cancelled', 'The Nordic summit in Tarvo, planned for next month, has been postponed.'],
];

describe('summits', () => {
  it.each(SUMMITS)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it('dates a conference by the day its delegates met for it', () => {
    expect(
      eventsOf('Delegates from 40 countries met in Geneva on Monday for a week-long conference on plastic pollution.'),
    ).toContain('summit 2025-06-02..2025-06-08 occurred');
  });
  it('reads a summit on whose margins people meet as a place, not news of its own', () => {
    expect(
      eventsOf(
        'Foreign Minister Boris Kallas will hold a bilateral meeting with Prime Minister Inga Ozola on the margins of the summit on Friday.',
      ),
    ).toEqual(['meeting 2025-06-06 scheduled']);
  });
  it('keeps a conference call a meeting', () => {
    expect(eventsOf('Vantor Motors will host a conference call for analysts on Thursday.')).toEqual([
      'meeting 2025-06-05 scheduled',
    ]);
  });
});

describe('who takes part in a summit', () => {
  const summitActors = (text: string): string[] => {
    const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${text}` }]);
    const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
    return list.events
      .filter((event) => event.kind === 'summit')
      .flatMap((event) => event.actors.map((id) => names.get(id) ?? id));
  };

  it.each([
    'Belarusian President Anton Kaliuta was not at the regional summit in Astana on Thursday, state media said.',
    'The Estonian government skipped the Nordic summit in Oslo on Tuesday.',
    'Latvia boycotted the Baltic summit in Riga on Monday.',
  ])('leaves out whoever stayed away: %s', (text) => {
    expect(summitActors(text)).toEqual([]);
  });

  it('keeps the countries of a clause that goes to the summit', () => {
    expect(summitActors('Latvia and Estonia attended the Baltic summit in Riga on Monday.')).toEqual([
      'Latvia',
      'Estonia',
    ]);
  });
});
