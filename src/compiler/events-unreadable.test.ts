/**
 * The events stage finds every sentence's triggers and dates in a pass before it reads any
 * sentence (events.ts `wordsOf`): a sentence that breaks there must still give its warning at its
 * own place, with the rest of the article compiled, as a sentence that breaks while it is read.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from './article.ts';
import { findActors } from './actors.ts';
import type * as Triggers from './triggers.ts';
import { extractEvents } from './events.ts';
import { splitSentences } from './sentences.ts';

vi.mock('./triggers.ts', async (importOriginal) => {
  const original = await importOriginal<typeof Triggers>();
  return {
    ...original,
    findTriggers: (masked: string) => {
      if (masked.includes('breaks')) throw new Error('boom');
      return original.findTriggers(masked);
    },
  };
});

describe('a sentence whose triggers cannot be found', () => {
  it('gives a warning at its line and column, and the sentences before and after it are read', () => {
    const text =
      ' date 2026-03-12 Ingrid Falk met Pedro Alves on March 3.\n\nThis one breaks.\n\nAlves met Nadia Haddad on March 4.\n';
    const { article } = parseArticle({ file: 'a.txt', text });
    if (!article) throw new Error('fixture has no article');
    const sentences = splitSentences(article);
    const { actors, mentions } = findActors(sentences);
    const result = extractEvents({ article, sentences, actors, mentions });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'a.txt',
        line: 3,
        column: 1,
        severity: 'warning',
        code: 'sentence-unreadable',
        message: expect.stringContaining('boom'),
      }),
    ]);
    expect(result.events.map((event) => event.date.start)).toEqual(['2026-03-03', '2026-03-04']);
  });
});
