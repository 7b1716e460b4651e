import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Who takes part in events, on invented sentences in several styles: the agent of a passive, bare
 * surnames, places that look like names, people described before they are named.
 */
function eventsOf(body: string): { kind: string; actors: string[] }[] {
  const { list } = compileArticles([{ file: 'event-actors.txt', text: ` date 2026-03-04\n\n${body}\n` }]);
  const nameOf = (id: string): string => list.actors.find((actor) => actor.id === id)?.name ?? id;
  return list.events.map((event) => ({ kind: event.kind, actors: event.actors.map(nameOf) }));
}

/** The actors of the first event of `kind`. */
function actorsOf(body: string, kind: string): string[] | undefined {
  return eventsOf(body).find((event) => event.kind === kind)?.actors;
}

describe('the agent of a passive', () => {
  it.each([
    ['The bill was vetoed on Wednesday by President Lena Ortiz.', 'policy', ['Lena Ortiz']],
    ['The contract was signed on Friday by Ivo Brandt and Sara Lind.', 'policy', ['Ivo Brandt', 'Sara Lind']],
    ['The embassy was attacked late on Sunday by gunmen loyal to Colonel Amadou Diallo.', 'conflict', []],
  ])('%s', (body, kind, actors) => {
    expect(actorsOf(body, kind) ?? []).toEqual(expect.arrayContaining(actors));
  });

  it('takes no agent from a "by" that is not one ("by the time ...")', () => {
    expect(actorsOf('The airport was closed on Monday by the time Ivo Brandt landed in Oslo.', 'other')).not.toContain(
      'Ivo Brandt',
    );
  });
});
