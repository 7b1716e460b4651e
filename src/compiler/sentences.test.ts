import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import tricky from './__fixtures__/sentences/tricky.json' with { type: 'json' };
import { parseArticle } from './article.ts';
import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences.ts';
import type { ParsedArticle } from './types.ts';

function articleOf(body: string): ParsedArticle {
  const { article } = parseArticle({ file: 'test.txt', text: ` date 2025-09-24 ${body}` });
  if (!article) throw new Error('fixture did not parse');
  return article;
}

describe('splitSentences', () => {
  for (const fixture of tricky) {
    it(`splits: ${fixture.name}`, () => {
      expect(splitSentences(articleOf(fixture.text)).map((s) => s.text)).toEqual(fixture.sentences);
    });
  }

  it('reads a run-on stretch in pieces cut at clause boundaries, flagging its first piece', () => {
    const runOn = 'Ada Lind spoke, the crowd cheered and '.repeat(100);
    const text = `${runOn}left. Then she went home.`;
    const article = articleOf(text);
    const sentences = splitSentences(article);
    expect(sentences.every((sentence) => sentence.text.length <= MAX_SENTENCE_LENGTH)).toBe(true);
    expect(sentences.filter((sentence) => sentence.overlong !== undefined)).toEqual([
      expect.objectContaining({ index: 0, overlong: runOn.length + 'left.'.length }),
    ]);
    // Every piece but the last of the run-on ends at a comma; the pieces still tile the text.
    expect(sentences.slice(0, -2).every((sentence) => sentence.text.endsWith(','))).toBe(true);
    expect(sentences.map((sentence) => sentence.text).join(' ')).toBe(text);
    expect(sentences.at(-1)?.text).toBe('Then she went home.');
    for (const sentence of sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('cuts a stretch without spaces at the limit, never inside a surrogate pair', () => {
    const article = articleOf('\u{1F600}'.repeat(900));
    const sentences = splitSentences(article);
    expect(sentences.map((sentence) => sentence.text).join('')).toBe('\u{1F600}'.repeat(900));
    expect(sentences.every((sentence) => !/^[\uDC00-\uDFFF]/.test(sentence.text))).toBe(true);
  });

  it('never crosses a paragraph and numbers paragraphs', () => {
    const sentences = splitSentences(articleOf('First one. Second one\n\nThird one. Fourth one.'));
    expect(sentences.map((s) => [s.paragraph, s.index, s.text])).toEqual([
      [0, 0, 'First one.'],
      [0, 1, 'Second one'],
      [1, 2, 'Third one.'],
      [1, 3, 'Fourth one.'],
    ]);
  });

  it('splits the seed paragraph with "U.N." and "Sept." into its two sentences', () => {
    const text =
      'World leaders, including President Volodymyr Zelensky, arrived for the week-long annual U.N. summit on Sept. 22. Russian President Vladimir Putin is not in attendance.';
    expect(splitSentences(articleOf(text)).map((s) => s.text)).toEqual([
      'World leaders, including President Volodymyr Zelensky, arrived for the week-long annual U.N. summit on Sept. 22.',
      'Russian President Vladimir Putin is not in attendance.',
    ]);
  });

  const word = fc.constantFrom(
    'U.S.',
    'Sept.',
    '24.',
    'said.',
    '"Now',
    'he',
    'Dr.',
    'J.D.',
    'F.',
    'No.',
    '10',
    '3.5',
    'Why?',
    'win!"',
    '\u201cWe',
    'go.\u201d',
    '...',
    'Officials',
    'The',
    'met',
  );
  const paragraph = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
  const body = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((ps) => ps.join('\n\n'));

  it('tiles each paragraph: sentences are exact slices separated only by white space', () => {
    fc.assert(
      fc.property(body, (text) => {
        const article = articleOf(text);
        const sentences = splitSentences(article);
        for (const sentence of sentences) {
          expect(sentence.text).toBe(article.text.slice(sentence.start, sentence.end));
          expect(sentence.text.trim()).toBe(sentence.text);
          expect(sentence.text.length).toBeGreaterThan(0);
        }
        article.paragraphs.forEach((span, index) => {
          const inside = sentences.filter((s) => s.paragraph === index);
          expect(inside[0]?.start).toBe(span.start);
          expect(inside.at(-1)?.end).toBe(span.end);
          for (let i = 1; i < inside.length; i += 1) {
            const gap = article.text.slice(inside[i - 1]?.end, inside[i]?.start);
            expect(gap.trim()).toBe('');
          }
        });
        expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
      }),
    );
  });
});
