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

  it('points at a dateline that is not on the first line', () => {
    const { diagnostics } = parseArticle({ file: 'a.txt', text: '\nBreaking\n date 2025-03-01\n\nBody.' });
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 1, code: 'missing-dateline' });
    expect(diagnostics[0]?.message).toContain('first line');
  });

  it('does not take a body line about dates for a misplaced dateline', () => {
    const { diagnostics } = parseArticle({ file: 'a.txt', text: 'Hello.\nDates were set for the talks.' });
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 1, code: 'missing-dateline' });
  });

  it('refuses a dateline before the year 1000 instead of reading it as 19xx', () => {
    const { diagnostics } = parseArticle({ file: 'a.txt', text: ' date 0099-03-01 Body.' });
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 7, code: 'bad-dateline' });
  });

  it('reports an empty body', () => {
    expect(parseArticle({ file: 'a.txt', text: ' date 2025-01-01 \n\n' }).diagnostics[0]?.code).toBe('empty-body');
  });
});

describe('isRealDay', () => {
  it('knows leap years', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('1900-02-29')).toBe(false);
    expect(isRealDay('2000-02-29')).toBe(true);
  });

  it('reads years below 100 as they are written', () => {
    expect(isRealDay('0096-02-29')).toBe(true);
    expect(isRealDay('0099-02-29')).toBe(false);
  });
});
