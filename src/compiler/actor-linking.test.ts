import { describe, expect, it } from 'vitest';
import { linkActorsAcrossArticles, mergeLinkedActors } from './actor-linking.ts';
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
