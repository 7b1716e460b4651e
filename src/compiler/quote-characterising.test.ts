import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Quoted words that sum something up ("dismissed the report as “fantasy”", "branded the strikers
 * “wreckers”"): a quote of the one who said them, and the thing summed up is no event of its own.
 * Every sentence is invented; the dateline is Thursday 2026-03-12.
 */
function eventsOf(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2026-03-12 ${sentence}\n` }]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return list.events.map((event) =>
    event.quote
      ? `quote ${names.get(event.quote.speaker ?? '') ?? '?'}: ${event.quote.text}`
      : `${event.kind} ${event.date.start}`,
  );
}

const CHARACTERISED: readonly [string, string][] = [
  ['quote Ivo Brandt: fantasy', 'Chancellor Ivo Brandt dismissed the report as “fantasy”.'],
  ['quote Ivo Brandt: wreckers', 'Chancellor Ivo Brandt branded the striking drivers “wreckers” on Monday.'],
  ['quote Ivo Brandt: historic', 'Chancellor Ivo Brandt hailed the deal as “historic”.'],
  [
    'quote Ivo Brandt: cowardly and barbaric',
    'Chancellor Ivo Brandt condemned the shooting as “cowardly and barbaric”.',
  ],
  ['quote Mara Voss: a con', 'Opposition leader Mara Voss slammed the budget as “a con”.'],
  ['quote Ivo Brandt: a disgrace', 'Chancellor Ivo Brandt described the vote as “a disgrace” on Monday.'],
  ['quote Mara Voss: a betrayal', 'Opposition leader Mara Voss called the decision “a betrayal”.'],
];

describe('words that sum something up are a quote, and what they sum up no event', () => {
  it.each(CHARACTERISED)('%s', (expected, sentence) => {
    expect(eventsOf(sentence)).toEqual([expected]);
  });

  it('keeps a dismissal told without quoted words as no quote', () => {
    expect(eventsOf('The court dismissed the appeal on Monday.').some((line) => line.startsWith('quote'))).toBe(false);
  });
});

/** Denials: what is denied is no happening, and the denial is a statement. */
const DENIALS: readonly [string[], string][] = [
  [['statement 2026-03-10'], 'The Kremlin on Tuesday denied that its troops had crossed the border.'],
  [['statement 2026-03-10'], 'The Kremlin denied on Tuesday that its soldiers had attacked the village.'],
  [['statement 2026-03-09'], 'Mara Voss denied on Monday reports that the talks had collapsed.'],
];

describe('a denial is a statement, and what it denies no event', () => {
  it.each(DENIALS)('%s: %s', (expected, sentence) => {
    expect(eventsOf(sentence)).toEqual(expected);
  });

  it('keeps an act of denying something as that act', () => {
    expect(eventsOf('The court denied bail to the two men on Monday.')).toHaveLength(1);
  });
});
