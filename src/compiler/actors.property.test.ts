import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findActors } from './actors.ts';
import { parseArticle } from './article.ts';
import { splitSentences } from './sentences.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** News-like text: invented names, titles, places, pronouns, quotes and filler, in any order. */
const fragment = fc.oneof(
  fc.constantFrom(
    'President',
    'Foreign Minister',
    'U.S. Secretary of State',
    'Gen.',
    'Dr.',
    'the mayor',
    'the Russian leader',
    'his Estonian counterpart',
    'Moscow',
    'Kyiv',
    "Finland's",
    'Russian',
    'the Port Authority of Salem (PAS)',
    'he',
    'she',
    'his',
    'her',
    'said',
    'met',
    'on Sept. 24',
    'in New York',
    ',',
    '.',
    '“',
    '”',
    '"',
    "'s",
    'von der',
    'J.D.',
    'and',
    'the',
    'the board',
    'the company',
    'the bloc',
    "the group's",
    'the EU',
    'OPEC+',
    'Kestrel Foods Ltd.',
    'Harwick City Council',
    'Brussels',
    'executives',
    ', a maker of pumps,',
    'Ms.',
    '&',
  ),
  fc
    .tuple(
      fc.constantFrom('K', 'M', 'Ø', 'Á', 'T', 'L'),
      fc.constantFrom('ar', 'el', 'ov', 'ø', 'ina', 'us'),
      fc.constantFrom('', 'sky', 'a', 'ez'),
    )
    .map(([initial, middle, end]) => `${initial}${middle}${end}`),
);

const body = fc
  .array(fc.array(fragment, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 })
  .map((paragraphs) => paragraphs.map((words) => words.join(' ')).join('\n\n'));

function run(text: string) {
  const parsed = parseArticle({ file: 'property.txt', text });
  if (!parsed.article) return undefined;
  const sentences = splitSentences(parsed.article);
  return { sentences, ...findActors(sentences) };
}

describe('findActors on generated news-like text', () => {
  it('gives sorted, non-overlapping mentions inside their sentences, naming known actors by slug ids', () => {
    fc.assert(
      fc.property(body, (generated) => {
        const text = ` date 2025-09-24 ${generated}`;
        const result = run(text);
        if (!result) return;
        const ids = new Set(result.actors.map((actor) => actor.id));
        expect(ids.size).toBe(result.actors.length);
        for (const id of ids) expect(id).toMatch(SLUG);
        let previousEnd = -1;
        for (const mention of result.mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          previousEnd = mention.end;
          expect(ids.has(mention.actorId)).toBe(true);
          const slice = text.slice(mention.start, mention.end);
          expect(slice.trim()).toBe(slice);
          const sentence = result.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
          expect(sentence).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('resolves "the board", "the company" and other common nouns only to organisations', () => {
    fc.assert(
      fc.property(body, (generated) => {
        const text = ` date 2025-09-24 ${generated}`;
        const result = run(text);
        if (!result) return;
        const kinds = new Map(result.actors.map((actor) => [actor.id, actor.kind]));
        for (const mention of result.mentions) {
          if (!/^the (?:board|company|bloc|group)$/i.test(text.slice(mention.start, mention.end))) continue;
          expect(['organization', 'group']).toContain(kinds.get(mention.actorId));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(body, (generated) => {
        const text = ` date 2025-09-24 ${generated}`;
        expect(run(text)).toEqual(run(text));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (generated) => {
        run(` date 2025-09-24 ${generated}`);
      }),
      { numRuns: 300 },
    );
  });
});
