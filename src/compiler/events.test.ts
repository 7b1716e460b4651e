import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventDateSchema, eventKindSchema, eventStatusSchema } from '../model/event-list.ts';
import { parseArticle } from './article.ts';
import { findActors } from './actors.ts';
import { compileArticles } from './compile.ts';
import { anaphoraDate } from './event-dates.ts';
import { extractEventsWith, isParticipant, readSentence } from './events.ts';
import { splitSentences } from './sentences.ts';

/** Hard sentences with the reading a careful editor expects, written by hand before the rules. */
const FIXTURES = join(import.meta.dirname, '__fixtures__', 'events');

const expectedSchema = z.object({
  why: z.string(),
  events: z.array(
    z.object({
      kind: eventKindSchema,
      date: eventDateSchema,
      status: eventStatusSchema,
      actors: z.array(z.string()),
      place: z.string().optional(),
      quote: z.object({ speaker: z.string(), medium: z.string().optional(), textStartsWith: z.string() }).optional(),
      evidence: z.string(),
    }),
  ),
});

const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));

describe('event fixtures (hand-written readings of hard sentences)', () => {
  it.each(fixtures)('%s reads as expected, with no extra events', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const expected = expectedSchema.parse(
      JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.expected.json')), 'utf8')),
    );
    const { list } = compileArticles([{ file: name, text }]);
    const nameOf = (id: string): string => list.actors.find((actor) => actor.id === id)?.name ?? id;
    for (const want of expected.events) {
      // One sentence may tell two events of a kind (a date called off and the new one): the one of
      // the expected day is the one a reader would check.
      const told = list.events.filter(
        (event) => event.kind === want.kind && event.sources.some((source) => source.sentence.includes(want.evidence)),
      );
      const found = told.find((event) => event.date.start === want.date.start) ?? told[0];
      expect(found, `${want.kind} "${want.evidence}"`).toBeDefined();
      if (!found) continue;
      const precise = { start: found.date.start, end: found.date.end, precision: found.date.precision };
      expect(precise, want.evidence).toEqual({
        start: want.date.start,
        end: want.date.end,
        precision: want.date.precision,
      });
      if (want.date.approximate !== undefined)
        expect(found.date.approximate, want.evidence).toBe(want.date.approximate);
      expect(found.status, want.evidence).toBe(want.status);
      expect(found.actors.map(nameOf).sort(), want.evidence).toEqual([...want.actors].sort());
      if (want.place !== undefined) expect(found.place, want.evidence).toBe(want.place);
      if (want.quote) {
        expect(nameOf(found.quote?.speaker ?? ''), want.evidence).toBe(want.quote.speaker);
        expect(found.quote?.medium, want.evidence).toBe(want.quote.medium);
        expect(found.quote?.text.startsWith(want.quote.textStartsWith), found.quote?.text).toBe(true);
      }
    }
    expect(list.events.map((event) => event.title)).toHaveLength(expected.events.length);
  });
});

describe('anaphoraDate', () => {
  const previous = { start: '2025-09-23', precision: 'day' } as const;
  it('takes the day of the event told before for "the same day"', () => {
    expect(anaphoraDate('The same day, she spoke', previous)).toEqual({ start: '2025-09-23', precision: 'day' });
  });
  it('moves one day on for "the next day"', () => {
    expect(anaphoraDate('the next day', previous)).toEqual({ start: '2025-09-24', precision: 'day' });
  });
  it('marks "afterward" as approximate', () => {
    expect(anaphoraDate('wrote afterward', previous)).toEqual({ ...previous, approximate: true });
  });
  it('gives nothing without an event before', () => {
    expect(anaphoraDate('the same day', undefined)).toBeUndefined();
  });
});

describe('isParticipant', () => {
  const kinds = new Map([
    ['united-states', { id: 'united-states', name: 'United States', kind: 'country' as const, roles: [], aliases: [] }],
    ['marco-rubio', { id: 'marco-rubio', name: 'Marco Rubio', kind: 'person' as const, roles: [], aliases: [] }],
    ['russia', { id: 'russia', name: 'Russia', kind: 'country' as const, roles: [], aliases: [] }],
  ]);
  it('treats a country in a title before a name as part of the title', () => {
    const text = 'U.S. Secretary of State Marco Rubio met him.';
    const country = { start: 0, end: 4, actorId: 'united-states', form: 'capital' as const };
    const person = { start: 24, end: 35, actorId: 'marco-rubio', form: 'name' as const };
    expect(isParticipant(country, text, [country, person], kinds)).toBe(false);
    expect(isParticipant(person, text, [country, person], kinds)).toBe(true);
  });
  it('treats a capital after "from" as a place', () => {
    const text = 'His flight from Moscow landed.';
    const moscow = { start: 16, end: 22, actorId: 'russia', form: 'capital' as const };
    expect(isParticipant(moscow, text, [moscow], kinds)).toBe(false);
  });
  it('keeps a possessive agent even after a preposition', () => {
    const text = 'in response to Russia’s invasion';
    const russia = { start: 15, end: 21, actorId: 'russia', form: 'name' as const };
    expect(isParticipant(russia, text, [russia], kinds)).toBe(true);
  });
});

describe('a sentence that cannot be read', () => {
  it('gives a warning at its line and column, and the rest of the article compiles', () => {
    const text =
      ' date 2026-03-12 Ingrid Falk met Pedro Alves on March 3.\n\nThis one breaks.\n\nAlves met Nadia Haddad on March 4.\n';
    const { article } = parseArticle({ file: 'a.txt', text });
    if (!article) throw new Error('fixture has no article');
    const sentences = splitSentences(article);
    const { actors, mentions } = findActors(sentences);
    const result = extractEventsWith({ article, sentences, actors, mentions }, (reading, view) => {
      if (view.sentence.text.includes('breaks')) throw new Error('boom');
      return readSentence(reading, view);
    });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'a.txt', line: 3, column: 1, severity: 'warning', code: 'sentence-unreadable' }),
    ]);
    expect(result.events.map((event) => event.date.start)).toEqual(['2026-03-03', '2026-03-04']);
  });
});
