/**
 * Linking actors across articles, for the merge in compile.ts. Each article is read on its own
 * (so articles can be compiled in parallel); an article that only says "Lavrov said" yields a
 * one-word actor "lavrov", which belongs to "Sergey Lavrov" when another article introduces him.
 * Pure: the same drafts, in any order, give the same links.
 */
import { PUBLIC_BODY_WORDS } from './titles.ts';
import type { ActorDraft } from './types.ts';

function lastWord(name: string): string {
  return (name.split(' ').at(-1) ?? '').toLowerCase();
}

/** Role texts compared without case or a leading "the". */
function roleKey(role: string): string {
  return role.toLowerCase().replace(/^the\s+/, '');
}

/**
 * Which actor ids should become which: a map from an id to the id it is the same actor as.
 * - a one-word person or organisation ("Lavrov", "Prado") that is the surname of exactly one
 *   person with a fuller name anywhere in the corpus;
 * - a one-word organisation ("Halden") that is the first word of exactly one business ("Halden
 *   Group"; not a public body: "Millbrook" is not the Millbrook City Council);
 * - a person known only by a title ("Estonian Foreign Minister", from "his Estonian
 *   counterpart") when exactly one named person holds that role.
 * Links never chain: every target is an actor that is itself kept.
 */
export function linkActorsAcrossArticles(articles: readonly (readonly ActorDraft[])[]): Map<string, string> {
  const all = new Map<string, ActorDraft>();
  for (const actors of articles) for (const actor of actors) if (!all.has(actor.id)) all.set(actor.id, actor);
  const named = [...all.values()].filter((actor) => actor.kind === 'person' && actor.name.includes(' '));
  const bySurname = new Map<string, Set<string>>();
  // "Halden" in one article, "Halden Group" in another: businesses by their first word.
  const byFirstWord = new Map<string, Set<string>>();
  for (const actor of all.values()) {
    const [first, ...rest] = actor.name.split(' ');
    if (actor.kind !== 'organization' || !first || rest.length === 0) continue;
    if (!rest.every((word) => /^\p{Lu}/u.test(word) && !PUBLIC_BODY_WORDS.has(word.toLowerCase()))) continue;
    const key = first.toLowerCase();
    byFirstWord.set(key, (byFirstWord.get(key) ?? new Set()).add(actor.id));
  }
  const byRole = new Map<string, Set<string>>();
  for (const person of named) {
    const surname = lastWord(person.name);
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(person.id));
    for (const role of person.roles) {
      byRole.set(roleKey(role), (byRole.get(roleKey(role)) ?? new Set()).add(person.id));
    }
  }
  const links = new Map<string, string>();
  const only = (ids: Set<string> | undefined, except: string): string | undefined => {
    const candidates = [...(ids ?? [])].filter((id) => id !== except);
    return candidates.length === 1 ? candidates[0] : undefined;
  };
  for (const actor of [...all.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (actor.kind === 'country' || actor.kind === 'group') continue;
    const oneWord = !actor.name.includes(' ');
    const surnameOf = oneWord ? only(bySurname.get(actor.name.toLowerCase()), actor.id) : undefined;
    const businessOf =
      oneWord && actor.kind === 'organization' ? only(byFirstWord.get(actor.name.toLowerCase()), actor.id) : undefined;
    // A word that is both someone's surname and a business's first word is neither, knowably.
    const bySurnameTarget = surnameOf && businessOf ? undefined : (surnameOf ?? businessOf);
    // A title-only person: named after its own role.
    const titleOnly = actor.kind === 'person' && actor.roles.some((role) => roleKey(role) === roleKey(actor.name));
    const byRoleTarget = titleOnly ? only(byRole.get(roleKey(actor.name)), actor.id) : undefined;
    const target = bySurnameTarget ?? byRoleTarget;
    if (target) links.set(actor.id, target);
  }
  return links;
}

/**
 * Applies links to a set of drafts: linked actors disappear into their targets, whose roles and
 * aliases gain theirs (the short name becomes an alias). Returns new drafts; inputs are unchanged.
 */
export function mergeLinkedActors(actors: readonly ActorDraft[], links: ReadonlyMap<string, string>): ActorDraft[] {
  const kept = new Map<string, ActorDraft>();
  for (const actor of actors) {
    if (!links.has(actor.id) && !kept.has(actor.id)) {
      kept.set(actor.id, { ...actor, roles: [...actor.roles], aliases: [...actor.aliases] });
    }
  }
  for (const actor of actors) {
    const target = kept.get(links.get(actor.id) ?? '');
    if (!target) continue;
    for (const role of actor.roles) if (!target.roles.includes(role) && role !== actor.name) target.roles.push(role);
    for (const alias of [actor.name, ...actor.aliases]) {
      if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    }
  }
  return [...kept.values()];
}
