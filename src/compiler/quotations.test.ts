import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';
import type { ParsedArticle } from './types.ts';
import { findQuotations, quotationText, scanQuotations, quotationsInText } from './quotations.ts';

function parse(body: string): ParsedArticle {
  const { article } = parseArticle({ file: 'test.txt', text: ` date 2025-09-24 ${body}` });
  if (!article) throw new Error('fixture did not parse');
  return article;
}

/** The quoted runs of a text: each run whole (marks included) and its quoted words per paragraph. */
function quotesOf(body: string): { whole: string[]; parts: string[][] } {
  const article = parse(body);
  const runs = scanQuotations(article.text, article.paragraphs);
  return {
    whole: runs.map((q) => article.text.slice(q.start, q.end)),
    parts: runs.map((q) => q.parts.map((p) => article.text.slice(p.start, p.end))),
  };
}

/** The words of each quotation of a text, interrupted quotations joined. */
function quotations(body: string): string[] {
  const article = parse(body);
  return findQuotations(article).map((quotation) => quotationText(article.text, quotation));
}

describe('scanQuotations', () => {
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

  it('does not continue a paragraph that stops mid-phrase into a quotation of the next', () => {
    const { parts } = quotesOf('"Unfinished\n\n"We will rebuild every school," Idris Falk said.');
    expect(parts).toEqual([['Unfinished'], ['We will rebuild every school,']]);
  });

  it('does not continue a quotation that holds no word into the next paragraph', () => {
    const { parts } = quotesOf('Falk met Holm.\n\n":\n\n"We will rebuild every school," Idris Falk said.');
    expect(parts).toEqual([[':'], ['We will rebuild every school,']]);
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

describe('scanQuotations: straight single marks and apostrophes', () => {
  it('reads straight single marks around words after a speech verb', () => {
    expect(quotesOf("The mayor wrote that relief was 'on the way' for the valley.").parts).toEqual([['on the way']]);
  });

  it.each([
    ["We don't know, and they won't say.", 'contractions'],
    ["The agency's report and the ministers' letter came late.", 'possessives'],
    ["It was the '90s, and Reuters' desk in Oslo was small.", 'a decade and a plural possessive'],
    ["Rock 'n' roll, and let 'em talk, she said.", 'elisions'],
  ])('finds no quotation in "%s" (%s)', (body) => {
    expect(quotesOf(body).parts).toEqual([]);
  });

  it('keeps a plural possessive inside a single-quoted quotation', () => {
    expect(quotesOf("'We back the farmers' union all the way,' the minister said.").parts).toEqual([
      ["We back the farmers' union all the way,"],
    ]);
  });

  it('does not let a stray apostrophe hide a double-quoted quotation after it', () => {
    expect(quotesOf('In the \'90s, rivals were \'friends, she said: "We will win this vote."').parts).toEqual([
      ['We will win this vote.'],
    ]);
  });

  it('continues a single-quoted quotation into the next paragraph that reopens it', () => {
    expect(quotesOf("'We waited a long time.\n\n'Now we move,' he said.").parts).toEqual([
      ['We waited a long time.', 'Now we move,'],
    ]);
  });

  it('reads guillemets and low-high German marks', () => {
    expect(quotesOf('She said \u00abwe are ready\u00bb and he said \u201eno chance at all\u201c today.').parts).toEqual(
      [['we are ready'], ['no chance at all']],
    );
  });
});

describe('findQuotations (grouping)', () => {
  it('finds curly and straight quotations', () => {
    expect(quotations('“One two three four,” she said. He said: "Five six seven eight."')).toEqual([
      'One two three four',
      'Five six seven eight.',
    ]);
  });

  it('joins a quotation interrupted by its own attribution', () => {
    expect(quotations('“We cannot sign this,” said Ana Rios. “Our farmers deserve better.”')).toEqual([
      'We cannot sign this. Our farmers deserve better.',
    ]);
  });

  it('does not join two quotations whose first ends a sentence', () => {
    expect(quotations('“We cannot sign this.” Ana Rios left. “Our farmers deserve better.”')).toHaveLength(2);
  });

  it('keeps quotations of two paragraphs apart when the first is closed', () => {
    expect(quotations('“We cannot sign this,” said Ana Rios.\n\nLuis Mora wrote: “It is over for now.”')).toHaveLength(
      2,
    );
  });

  it('continues a quotation over paragraphs when the mark is re-opened without closing', () => {
    expect(quotations('“This is a new chapter for us.\n\n“We waited a long time,” said Luis Mora.')).toEqual([
      'This is a new chapter for us. We waited a long time',
    ]);
  });
});

describe('quotationsInText', () => {
  it('treats a closing mark with no opening one as a quotation from the start', () => {
    const text = 'Now he trusts me much more," Zelensky said on Monday.';
    const [quote] = quotationsInText(text);
    expect(text.slice(quote?.start, quote?.end)).toBe('Now he trusts me much more,"');
  });
});

describe('scanQuotations (properties)', () => {
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
        const runs = scanQuotations(article.text, article.paragraphs);
        let last = article.bodyStart;
        for (const quotation of runs) {
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
