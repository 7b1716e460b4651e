/**
 * Stage 3b: sentences -> actors and their mentions. A first version: gazetteer places and
 * organisations, capitalised name sequences as people (with the title in front as a role),
 * surnames and he/she resolved to the last person named.
 */
import { GAZETTEER } from './gazetteer.ts';
import { slugify } from './slug.ts';
import type { ActorDraft, ActorMention, Sentence } from './types.ts';

const TITLE_WORDS =
  /((?:(?:[A-Z][a-z]+|U\.S\.|U\.N\.|U\.K\.)\s+)*(?:President|Minister|Secretary(?: of State)?|Chancellor|Prime Minister|Foreign Minister|Senator|Governor|Mayor|General|Gen\.|CEO|Ambassador|Spokesperson|Spokesman|Chief))\s+$/;
const NAME = /\b([A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][a-z'\u2019-]+)+)/g;
const NOT_NAME_WORD = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'And',
  'But',
  'After',
  'Before',
  'When',
  'While',
  'Now',
  'Then',
  'Gradually',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'General',
  'Assembly',
  'Truth',
  'Social',
  'Military',
  'Economic',
  'European',
  'Union',
  'World',
  'President',
  'Minister',
  'Secretary',
  'Foreign',
  'State',
  'Russian',
  'Ukrainian',
  'American',
  'Prime',
]);

export interface ActorIndex {
  actors: ActorDraft[];
  mentions: ActorMention[];
}

export function findActors(sentences: readonly Sentence[]): ActorIndex {
  const byId = new Map<string, ActorDraft>();
  const mentions: ActorMention[] = [];
  const addActor = (draft: ActorDraft): ActorDraft => {
    const existing = byId.get(draft.id);
    if (existing) return existing;
    byId.set(draft.id, draft);
    return draft;
  };
  const addAlias = (actor: ActorDraft, alias: string): void => {
    if (alias !== actor.name && !actor.aliases.includes(alias)) actor.aliases.push(alias);
  };
  let lastPerson: ActorDraft | undefined;

  for (const sentence of sentences) {
    const found: ActorMention[] = [];
    const taken = (start: number, end: number): boolean =>
      found.some((mention) => start < mention.end && end > mention.start);

    // People: capitalised sequences, with a title before them as the role.
    for (const match of sentence.text.matchAll(NAME)) {
      const words = match[1]?.split(/\s+/) ?? [];
      while (words.length > 0 && NOT_NAME_WORD.has(words[0] ?? '')) words.shift();
      if (words.length < 2 || words.some((word) => NOT_NAME_WORD.has(word))) continue;
      const name = words.join(' ');
      if (GAZETTEER.some((entry) => entry.name === name || entry.aliases.includes(name))) continue;
      const start = sentence.start + (match.index ?? 0) + (match[1] ?? '').indexOf(name);
      const actor = addActor({ id: slugify(name), name, kind: 'person', roles: [], aliases: [] });
      const title = TITLE_WORDS.exec(sentence.text.slice(0, start - sentence.start))?.[1];
      if (title && !actor.roles.includes(title)) actor.roles.push(title);
      found.push({ start, end: start + name.length, actorId: actor.id, form: 'name' });
      lastPerson = actor;
    }
    // Surnames of people already met.
    for (const actor of byId.values()) {
      if (actor.kind !== 'person') continue;
      const surname = actor.name.split(' ').at(-1) ?? '';
      for (const match of sentence.text.matchAll(new RegExp(`\\b${surname}\\b`, 'g'))) {
        const start = sentence.start + (match.index ?? 0);
        if (taken(start, start + surname.length)) continue;
        addAlias(actor, surname);
        found.push({ start, end: start + surname.length, actorId: actor.id, form: 'alias' });
      }
    }
    // Countries and institutions, by name, alias or demonym.
    for (const entry of GAZETTEER) {
      const forms: [string, ActorMention['form']][] = [
        [entry.name, 'name'],
        ...entry.aliases.map((alias): [string, ActorMention['form']] => [alias, 'capital']),
        ...entry.demonyms.map((demonym): [string, ActorMention['form']] => [demonym, 'demonym']),
      ];
      for (const [form, kind] of forms) {
        const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        for (const match of sentence.text.matchAll(new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'g'))) {
          const start = sentence.start + (match.index ?? 0);
          if (taken(start, start + form.length)) continue;
          const actor = addActor({
            id: slugify(entry.name),
            name: entry.name,
            kind: entry.kind,
            roles: [],
            aliases: [],
          });
          if (kind === 'capital') addAlias(actor, form);
          found.push({ start, end: start + form.length, actorId: actor.id, form: kind });
        }
      }
    }
    // Pronouns: the last person named.
    for (const match of sentence.text.matchAll(/\b(he|she|He|She|his|her|His|Her)\b/g)) {
      const person = [...found].reverse().find((mention) => byId.get(mention.actorId)?.kind === 'person');
      const target = person ? byId.get(person.actorId) : lastPerson;
      if (!target) continue;
      const start = sentence.start + (match.index ?? 0);
      found.push({ start, end: start + (match[0]?.length ?? 0), actorId: target.id, form: 'pronoun' });
    }
    found.sort((a, b) => a.start - b.start);
    mentions.push(...found);
    const lastNamed = [...found].reverse().find((mention) => byId.get(mention.actorId)?.kind === 'person');
    if (lastNamed) lastPerson = byId.get(lastNamed.actorId);
  }
  return { actors: [...byId.values()], mentions };
}
