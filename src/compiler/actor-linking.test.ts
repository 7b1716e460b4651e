import { describe, expect, it } from 'vitest';
import { linkActorsAcrossArticles, mergeLinkedActors } from './actor-linking.ts';
import { compileArticles } from './compile.ts';
import type { ActorDraft } from './types.ts';

function person(name: string, roles: string[] = [], kind: ActorDraft['kind'] = 'person'): ActorDraft {
  const id = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return { id, name, kind, roles, aliases: [] };
}

describe('linkActorsAcrossArticles', () => {
  it('links a bare surname in one article to the full name introduced in another', () => {
    const first = [person('Sergey Lavrov', ['Russian Foreign Minister'])];
    const second = [person('Lavrov', ['Foreign Minister'])];
    expect([...linkActorsAcrossArticles([first, second])]).toEqual([['lavrov', 'sergey-lavrov']]);
    expect([...linkActorsAcrossArticles([second, first])]).toEqual([['lavrov', 'sergey-lavrov']]);
  });

  it('links a one-word speaker that was read as an organisation', () => {
    const links = linkActorsAcrossArticles([[person('Prado', [], 'organization')], [person('Helena Prado')]]);
    expect(links.get('prado')).toBe('helena-prado');
  });

  it('does not link a surname shared by two people', () => {
    const links = linkActorsAcrossArticles([[person('Lena Ortiz'), person('Carlos Ortiz')], [person('Ortiz')]]);
    expect(links.size).toBe(0);
  });

  it('links a title-only counterpart to the one person holding that role', () => {
    const links = linkActorsAcrossArticles([
      [person('Estonian Foreign Minister', ['Estonian Foreign Minister'])],
      [person('Margus Tsahkna', ['Estonian Foreign Minister'])],
    ]);
    expect(links.get('estonian-foreign-minister')).toBe('margus-tsahkna');
  });

  it('links a one-word business to the one business whose name starts with it', () => {
    const links = linkActorsAcrossArticles([
      [person('Halden', [], 'organization')],
      [person('Halden Group', [], 'organization'), person('Harwick City Council', [], 'organization')],
      [person('Harwick', [], 'organization')],
    ]);
    expect([...links]).toEqual([['halden', 'halden-group']]);
  });

  it('does not link a word that is both a surname and a business', () => {
    const links = linkActorsAcrossArticles([
      [person('Prado', [], 'organization')],
      [person('Helena Prado'), person('Prado Foods', [], 'organization')],
    ]);
    expect(links.size).toBe(0);
  });

  it('never links countries', () => {
    const links = linkActorsAcrossArticles([[person('Georgia', [], 'country')], [person('Anna Georgia')]]);
    expect(links.size).toBe(0);
  });
});

describe('mergeLinkedActors', () => {
  it('folds the short name into the full one as an alias and keeps roles', () => {
    const actors = [person('Sergey Lavrov', ['Russian Foreign Minister']), person('Lavrov', ['Foreign Minister'])];
    const merged = mergeLinkedActors(actors, new Map([['lavrov', 'sergey-lavrov']]));
    expect(merged).toEqual([
      {
        id: 'sergey-lavrov',
        name: 'Sergey Lavrov',
        kind: 'person',
        roles: ['Russian Foreign Minister', 'Foreign Minister'],
        aliases: ['Lavrov'],
      },
    ]);
    expect(actors[0]?.aliases).toEqual([]);
  });
});

describe('compiling several articles', () => {
  it('gives the events of a short name the actor another article names in full', () => {
    const { list } = compileArticles([
      { file: 'a.txt', text: ' date 2026-02-03 Halden Group plc named Orla Brandt chief executive on Feb. 2.\n' },
      { file: 'b.txt', text: ' date 2026-02-05 Halden said on Feb. 4 that it would cut 300 jobs.\n' },
      { file: 'c.txt', text: ' date 2026-02-05 Brandt met union leaders in Oslo on Feb. 5.\n' },
    ]);
    const actorsOf = (file: string): string[] =>
      list.events
        .filter((event) => event.sources.some((source) => source.file === file))
        .flatMap((event) => event.actors);
    expect(actorsOf('b.txt')).toContain('halden-group');
    expect(actorsOf('c.txt')).toContain('orla-brandt');
    expect(list.actors.map((actor) => actor.id)).not.toContain('halden');
    expect(list.actors.find((actor) => actor.id === 'halden-group')?.aliases).toContain('Halden');
  });
});
