import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findActors } from './actors.ts';
import { parseArticle } from './article.ts';
import { splitSentences } from './sentences.ts';

/** Whole articles with hand-written expected actors (src/compiler/__fixtures__/actors/). */
const expectedSchema = z.object({
  people: z.record(z.string(), z.array(z.string())),
  organizations: z.array(z.string()),
  countries: z.array(z.string()),
  resolves: z.array(z.tuple([z.string(), z.number().int(), z.string().nullable()])),
});

const FIXTURES = new URL('./__fixtures__/actors/', import.meta.url);

describe.each(['port-strike'])('fixture %s', (name) => {
  const text = readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8');
  const expected = expectedSchema.parse(JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8')));
  const article = parseArticle({ file: `${name}.txt`, text }).article;
  if (!article) throw new Error(`${name} did not parse`);
  const { actors, mentions } = findActors(splitSentences(article));
  const byName = new Map(actors.map((actor) => [actor.name, actor]));

  it('finds exactly the people, each with the expected roles', () => {
    const people = actors.filter((actor) => actor.kind === 'person').map((actor) => actor.name);
    expect(people.sort()).toEqual(Object.keys(expected.people).sort());
    for (const [person, roles] of Object.entries(expected.people)) {
      expect(byName.get(person)?.roles).toEqual(expect.arrayContaining(roles));
    }
  });

  it('finds the organisations and countries', () => {
    for (const organization of expected.organizations) expect(byName.get(organization)?.kind).toBe('organization');
    for (const country of expected.countries) expect(byName.get(country)?.kind).toBe('country');
  });

  it.each(expected.resolves)('resolves "%s" #%i to %s', (phrase, occurrence, actorName) => {
    const pattern = new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu');
    const at = [...text.matchAll(pattern)][occurrence]?.index;
    expect(at).toBeDefined();
    const mention = mentions.find((candidate) => candidate.start <= (at ?? -1) && candidate.end > (at ?? -1));
    const actor = actors.find((candidate) => candidate.id === mention?.actorId);
    expect(actor?.name ?? null).toBe(actorName);
  });
});
