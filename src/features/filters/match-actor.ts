import type { Actor } from '../../model/event-list.ts';

/** Lower-cases and strips accents, so "zelen" finds "Zelenskyy" and "jose" finds "José". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Does the actor's name, or any other name the articles use for them, contain the search text? */
export function actorMatchesSearch(actor: Actor, search: string): boolean {
  const needle = foldForSearch(search.trim());
  if (needle === '') return true;
  return [actor.name, ...actor.aliases, ...actor.roles].some((name) => foldForSearch(name).includes(needle));
}
