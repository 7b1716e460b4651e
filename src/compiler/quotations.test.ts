import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';
import { findQuotations, quotationsInText } from './quotations.ts';

function quotesOf(body: string): { whole: string[]; parts: string[][] } {
  const { article } = parseArticle({ file: 'test.txt', text: ` date 2025-09-24 ${body}` });
  if (!article) throw new Error('fixture did not parse');
  const quotations = findQuotations(article);
  return {
    whole: quotations.map((q) => article.text.slice(q.start, q.end)),
    parts: quotations.map((q) => q.parts.map((p) => article.text.slice(p.start, p.end))),
  };
}

describe('findQuotations', () => {
  it('spans a quotation across two sentences, straight marks', () => {
    const { whole } = quotesOf(
      '"Putin was far from the truth on the battlefield. Now he trusts me much more," Zelensky said. He left.',
    );
    expect(whole).toEqual(['"Putin was far from the truth on the battlefield. Now he trusts me much more,"']);
  });

  it('handles curly marks, nested single quotes and apostrophes', () => {
    const { parts } = quotesOf(
      'Russia\u2019s envoy said: \u201cThey told us \u2018no deal\u2019 and we didn\u2019t agree.\u201d The leaders\u2019 aides left.',
    );
    expect(parts).toEqual([['They told us \u2018no deal\u2019 and we didn\u2019t agree.']]);
  });

  it('keeps a quotation interrupted by its attribution as two quotations', () => {
    const { parts } = quotesOf('\u201cWe are ready,\u201d said Anna Berg. \u201cThe talks go on.\u201d');
    expect(parts).toEqual([['We are ready,'], ['The talks go on.']]);
  });

  it('continues a quotation into the next paragraph that reopens it', () => {
    const { parts, whole } = quotesOf(
      '\u201cWe will not give up our land, and we will not be rushed.\n\n\u201cBy Friday we will know more,\u201d she said.\n\nNo quote here.',
    );
    expect(parts).toEqual([
      ['We will not give up our land, and we will not be rushed.', 'By Friday we will know more,'],
    ]);
    expect(whole[0]?.endsWith('more,\u201d')).toBe(true);
  });

  it('closes an unterminated quotation at its paragraph end when the next does not reopen it', () => {
    const { parts } = quotesOf('"We will win the war, he said.\n\nOfficials agreed "fully."');
    expect(parts).toEqual([['We will win the war, he said.'], ['fully.']]);
  });

  it('reads single marks as outer quotation marks (British style)', () => {
    const { parts } = quotesOf("'We are ready,' the minister said. It's over.");
    expect(parts).toEqual([['We are ready,']]);
  });
});

describe('quotationsInText', () => {
  it('treats a closing mark with no opening one as a quotation from the start', () => {
    const text = 'Now he trusts me much more," Zelensky said on Monday.';
    const [quote] = quotationsInText(text);
    expect(text.slice(quote?.start, quote?.end)).toBe('Now he trusts me much more,"');
  });
});

describe('findQuotations (properties)', () => {
  const token = fc.constantFrom(
    '"',
    '\u201c',
    '\u201d',
    "'",
    '\u2018',
    '\u2019',
    'we',
    'won.',
    "don't",
    'Russia\u2019s',
    '(',
    ')',
    ',',
    '\n\n',
  );
  it('gives ordered, non-overlapping quotations whose parts lie inside them', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 40 }), (tokens) => {
        const { article } = parseArticle({ file: 't.txt', text: ` date 2025-09-24 x ${tokens.join(' ')}` });
        if (!article) return;
        const quotations = findQuotations(article);
        let last = article.bodyStart;
        for (const quotation of quotations) {
          expect(quotation.start).toBeGreaterThanOrEqual(last);
          expect(quotation.end).toBeGreaterThan(quotation.start);
          for (const part of quotation.parts) {
            expect(part.start).toBeGreaterThanOrEqual(quotation.start);
            expect(part.end).toBeLessThanOrEqual(quotation.end);
          }
          last = quotation.end;
        }
      }),
    );
  });
});
