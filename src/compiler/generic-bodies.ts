/**
 * Actors named only by what kind of body they are: "the central bank", "the city council", "the
 * Senate", "the High Court". Every country or town has one, so the same words in two articles need
 * not name the same body: the Peruvian and the Nigerian central bank raising rates on one day are
 * two events, not one event with two sources. Such an actor belongs to its own article: its id
 * carries a hash of the article's file (stable: editing a sentence does not change it), and where
 * several articles name bodies alike, each name says which article's it is.
 * A body the gazetteer knows ("World Bank", "Federal Reserve") is one body everywhere.
 */
import { entryNamed } from './gazetteer.ts';
import { shortHash } from './slug.ts';
import { COMMON_CAPITALISED, ORG_SUFFIXES, TITLE_MODIFIERS } from './titles.ts';
import type { ActorDraft } from './types.ts';

/** Words of a region that make a name one body: the "European" of the European Space Agency. */
const REGION_WORDS = new Set(['european', 'african', 'asian', 'arab', 'nordic', 'pacific', 'caribbean', 'latin']);

/** A word that says what kind of body, not which: "central", "Council", "Supreme", "Senate". */
function isKindWord(word: string): boolean {
  if (!/\p{Lu}/u.test(word)) return true;
  const key = word.toLowerCase();
  return (ORG_SUFFIXES.has(key) || TITLE_MODIFIERS.has(key)) && !COMMON_CAPITALISED.has(key) && !REGION_WORDS.has(key);
}

/** Whether an actor's name says only what kind of body it is (and so not which one). */
export function namesOnlyAKindOfBody(actor: ActorDraft): boolean {
  if (actor.kind === 'person' || actor.kind === 'country' || entryNamed(actor.name)) return false;
  return actor.name.split(' ').every(isKindWord);
}

/** One article's actors and the map from the ids of its kind-named bodies to their own ids. */
export interface ScopedActors {
  actors: ActorDraft[];
  links: Map<string, string>;
}

/**
 * The actors of each article (`articles[i]` read from `files[i]`) with their kind-named bodies
 * given ids of their own article; a name two articles share gets the article's file after it:
 * "central bank (peru-rates.txt)".
 */
export function scopeKindNamedBodies(
  files: readonly string[],
  articles: readonly (readonly ActorDraft[])[],
): ScopedActors[] {
  // Each actor is judged once: the gazetteer lookup is the costly part.
  const kindNamed = new Set(articles.flatMap((actors) => actors.filter(namesOnlyAKindOfBody)));
  const filesByName = new Map<string, Set<string>>();
  articles.forEach((actors, index) => {
    for (const actor of actors) {
      if (!kindNamed.has(actor)) continue;
      const key = actor.name.toLowerCase();
      filesByName.set(key, (filesByName.get(key) ?? new Set()).add(files[index] ?? ''));
    }
  });
  return articles.map((actors, index) => {
    const file = files[index] ?? '';
    const links = new Map<string, string>();
    const scoped = actors.map((actor) => {
      if (!kindNamed.has(actor)) return actor;
      const id = `${actor.id}-${shortHash(file)}`;
      links.set(actor.id, id);
      const shared = (filesByName.get(actor.name.toLowerCase())?.size ?? 0) > 1;
      if (!shared) return { ...actor, id };
      return { ...actor, id, name: `${actor.name} (${file})`, aliases: [actor.name, ...actor.aliases] };
    });
    return { actors: scoped, links };
  });
}
