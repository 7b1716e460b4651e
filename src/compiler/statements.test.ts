import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { eventLines } from './event-lines.ts';

/**
 * Announcements and statements (indirect speech that is itself the news) in many outlets' shapes.
 * Every sentence is invented; the dateline is Wednesday 2025-06-04, so "on Tuesday" is 2025-06-03.
 */
function eventsOf(text: string): string[] {
  return eventLines(text, (kind) => kind === 'statement' || kind === 'announcement');
}

const TOLD: readonly [string, string][] = [
  [
    'announcement 2025-06-02 occurred [Orvel Motors]',
    'Orvel Motors confirmed plans on Monday to build a plant in Ohio.',
  ],
  [
    'announcement 2025-05-29 occurred [Kestrel Airways]',
    'Kestrel Airways said last Thursday it would cut 800 jobs at its Leeds base.',
  ],
  [
    'announcement 2025-06-03 occurred [Meteorological Institute of Maravia]',
    'The Meteorological Institute of Maravia upgraded its wind warning for the west coast to red on Tuesday.',
  ],
  [
    'statement 2025-06-03 occurred [Ivo Brandt]',
    'Chancellor Ivo Brandt welcomed the decision in a statement on Tuesday.',
  ],
  [
    'statement 2025-06-01 occurred [Ivo Brandt]',
    'Chancellor Ivo Brandt criticised the ruling in a televised address on Sunday.',
  ],
  ['statement 2025-06-01 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt addressed the nation on Sunday evening.'],
  ['statement 2025-05-29 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt delivered a speech at Harvard on Thursday.'],
  [
    'statement 2025-06-02 occurred [Ivo Brandt]',
    'Chancellor Ivo Brandt gave an interview to the Daily Herald on Monday.',
  ],
  ['statement 2025-06-02 occurred [Ivo Brandt]', 'Chancellor Ivo Brandt wrote on X on Monday that the deal was dead.'],
  [
    'statement 2025-06-03 occurred [Kestrel Airways]',
    'In a statement on Tuesday, Kestrel Airways said that the strike had cost it $20 million.',
  ],
  [
    'statement 2025-06-03 occurred [Halvard Strand]',
    'Halvard Strand, the prime minister, told parliament on Tuesday that the deficit would narrow.',
  ],
  [
    'statement 2025-05-30 occurred [Southern Ports Authority]',
    'The Southern Ports Authority, which Kestrel Shipping left in 2023, welcomed the ruling in a statement on Friday.',
  ],
];

/** Sourcing, negation and speech without a speaker: no statement or announcement of their own. */
const NOT_TOLD: readonly string[] = [
  'Her daughter, Kari Berg, said the cause was heart failure.',
  'The commission welcomed the sentence in a statement afterward.',
  'Chancellor Ivo Brandt did not announce a decision on Monday.',
  'The Met Service issued a warning that roads would be icy.',
];

describe('announcements and statements', () => {
  it.each(TOLD)('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });
  it.each(NOT_TOLD)('none: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('who says what a coordinated verb of saying reports', () => {
  const speakersOf = (text: string): string[] => {
    const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${text}` }]);
    const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
    return (
      list.events
        // "said the authority would report back": a plan of the speaker's own body, an announcement.
        .filter((event) => event.kind === 'statement' || event.kind === 'announcement')
        .flatMap((event) => event.actors.map((id) => names.get(id) ?? id))
    );
  };

  it.each([
    [
      'Hadiza Bello',
      "Kestrel Airways grounded a jet on Monday.||Aviation Minister Hadiza Bello ordered an audit of the airline's fleet on Tuesday and said the authority would report back within a month.",
    ],
    [
      'Lena Ortiz',
      "Senator Lena Ortiz toured the Orvel Motors plant and said the company's workers would get help within a month.",
    ],
  ])('%s: %s', (speaker, text) => {
    expect(speakersOf(text.split('||').join('\n\n'))).toEqual([speaker]);
  });

  it('keeps the speaker that stands right before the verb', () => {
    expect(
      speakersOf('After meeting Mayor Ana Ruiz on Tuesday, Chancellor Ivo Brandt said the bridge would be rebuilt.'),
    ).toEqual(['Ivo Brandt']);
  });
});

describe('a nameless speaker whose relative clause gives the name he goes by', () => {
  it.each([
    [
      'statement 2025-05-31 occurred [Commandant Ruvo]',
      "The militia's spokesman, who calls himself Commandant Ruvo, said on Saturday that its fighters had left the town.",
    ],
    [
      'statement 2025-05-31 occurred [Abu Tarek]',
      'The group’s leader, who is known as Abu Tarek, said on Saturday that the hostages were safe.',
    ],
  ])('%s: %s', (expected, text) => {
    expect(eventsOf(text)).toEqual([expected]);
  });

  it('gives no speaker that the relative clause only names', () => {
    expect(
      eventsOf("The town's mayor, who met Ivo Ruiz in 2019, said on Saturday that the bridge would reopen."),
    ).not.toContain('statement 2025-05-31 occurred [Ivo Ruiz]');
  });
});
