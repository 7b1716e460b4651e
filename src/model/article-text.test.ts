import { describe, expect, it } from 'vitest';
import { articleParagraphs, bodyStart, markText, mergeMarks, paragraphAround } from './article-text.ts';

const ARTICLE = ' date 2026-01-03 First one. Second one.\n\nNext paragraph here.\n \nLast.';

function texts(spans: { start: number; end: number }[]): string[] {
  return spans.map((span) => ARTICLE.slice(span.start, span.end));
}

describe('articleParagraphs', () => {
  it('skips the dateline and splits the body at blank lines', () => {
    expect(ARTICLE.slice(bodyStart(ARTICLE))).toMatch(/^First one/);
    expect(texts(articleParagraphs(ARTICLE))).toEqual(['First one. Second one.', 'Next paragraph here.', 'Last.']);
  });

  it('reads a text without a dateline from its start', () => {
    expect(articleParagraphs('Only.\n\nTwo.').length).toBe(2);
  });
});

describe('paragraphAround', () => {
  it('finds the paragraph holding a sentence', () => {
    const start = ARTICLE.indexOf('Next');
    const paragraph = paragraphAround(ARTICLE, { start, end: start + 4 });
    expect(paragraph && ARTICLE.slice(paragraph.start, paragraph.end)).toBe('Next paragraph here.');
  });

  it('gives nothing for offsets outside the text', () => {
    expect(paragraphAround(ARTICLE, { start: 5, end: 10_000 })).toBeUndefined();
    expect(paragraphAround(ARTICLE, { start: 9, end: 9 })).toBeUndefined();
  });
});

describe('mergeMarks and markText', () => {
  it('cuts a paragraph into plain and marked pieces that join back into it', () => {
    const paragraph = articleParagraphs(ARTICLE)[0]!;
    const second = ARTICLE.indexOf('Second');
    const pieces = markText(ARTICLE, paragraph, [{ start: second, end: second + 'Second one.'.length, keys: ['b'] }]);
    expect(pieces.map((piece) => piece.text).join('')).toBe('First one. Second one.');
    expect(pieces.filter((piece) => piece.keys).map((piece) => [piece.text, piece.keys])).toEqual([
      ['Second one.', ['b']],
    ]);
  });

  it('merges overlapping marks so no text is marked twice', () => {
    expect(
      mergeMarks([
        { start: 5, end: 10, keys: ['a'] },
        { start: 0, end: 3, keys: ['c'] },
        { start: 8, end: 12, keys: ['b'] },
        { start: 5, end: 10, keys: ['a'] },
      ]),
    ).toEqual([
      { start: 0, end: 3, keys: ['c'] },
      { start: 5, end: 12, keys: ['a', 'b'] },
    ]);
  });
});
