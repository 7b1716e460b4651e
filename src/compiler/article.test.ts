import { describe, expect, it } from 'vitest';
import { isRealDay, parseArticle } from './article.ts';

describe('parseArticle', () => {
  it('reads the dateline and the paragraphs with their offsets', () => {
    const text = ' date 2025-09-24 First paragraph.\n\nSecond one.\n';
    const { article, diagnostics } = parseArticle({ file: 'a.txt', text });
    expect(diagnostics).toEqual([]);
    expect(article?.published).toBe('2025-09-24');
    expect(article?.paragraphs.map((span) => text.slice(span.start, span.end))).toEqual([
      'First paragraph.',
      'Second one.',
    ]);
  });

  it('reports a missing dateline at 1:1', () => {
    const { article, diagnostics } = parseArticle({ file: 'a.txt', text: 'Just a body.' });
    expect(article).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 1, severity: 'error', code: 'missing-dateline' });
  });

  it('reports an impossible date at the date’s column', () => {
    const { diagnostics } = parseArticle({ file: 'a.txt', text: ' date 2025-02-30 Body.' });
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 7, code: 'impossible-date' });
  });

  it('reports an empty body', () => {
    expect(parseArticle({ file: 'a.txt', text: ' date 2025-01-01 \n\n' }).diagnostics[0]?.code).toBe('empty-body');
  });
});

describe('isRealDay', () => {
  it('knows leap years', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
  });
});
