import { describe, expect, it } from 'vitest';
import type { Actor } from '../../model/event-list.ts';
import { actorMatchesSearch } from './match-actor.ts';

const lavrov: Actor = {
  id: 'sergey-lavrov',
  name: 'Sergey Lavrov',
  kind: 'person',
  roles: ['Russian Foreign Minister'],
  aliases: ['Lavrov'],
};
const jose: Actor = { id: 'jose-alvarez', name: 'José Álvarez', kind: 'person', roles: [], aliases: [] };

describe('actorMatchesSearch', () => {
  it('matches any part of the name, ignoring case and surrounding spaces', () => {
    expect(actorMatchesSearch(lavrov, '  lav ')).toBe(true);
    expect(actorMatchesSearch(lavrov, 'SERGEY')).toBe(true);
    expect(actorMatchesSearch(lavrov, 'rubio')).toBe(false);
  });

  it('matches the roles and other names the articles use', () => {
    expect(actorMatchesSearch(lavrov, 'foreign minister')).toBe(true);
  });

  it('ignores accents both ways', () => {
    expect(actorMatchesSearch(jose, 'jose alvarez')).toBe(true);
    expect(actorMatchesSearch(jose, 'José')).toBe(true);
  });

  it('treats an empty search as matching everyone', () => {
    expect(actorMatchesSearch(jose, '   ')).toBe(true);
  });
});
