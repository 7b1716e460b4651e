import { describe, expect, it } from 'vitest';
import { paragraphSpans } from './article.ts';
import { findMedium, findQuotedRuns, groupQuotations, isScareQuote, quotationText } from './quotes.ts';

function quotations(text: string): string[] {
  const runs = findQuotedRuns(text, paragraphSpans(text, 0));
  return groupQuotations(text, runs).map((quotation) => quotationText(text, quotation));
}

describe('quotations', () => {
  it('finds curly and straight quotations', () => {
    expect(quotations('“One two three four,” she said. He said: "Five six seven eight."')).toEqual([
      'One two three four,',
      'Five six seven eight.',
    ]);
  });

  it('joins a quotation interrupted by its own attribution', () => {
    expect(quotations('“We cannot sign this,” said Ana Rios. “Our farmers deserve better.”')).toEqual([
      'We cannot sign this, Our farmers deserve better.',
    ]);
  });

  it('keeps quotations of two paragraphs apart when the first is closed', () => {
    expect(quotations('“We cannot sign this,” said Ana Rios.\n\nLuis Mora wrote: “It is over for now.”')).toHaveLength(
      2,
    );
  });

  it('continues a quotation over paragraphs when the mark is re-opened without closing', () => {
    expect(quotations('“This is a new chapter for us.\n\n“We waited a long time,” said Luis Mora.')).toEqual([
      'This is a new chapter for us. We waited a long time,',
    ]);
  });
});

describe('isScareQuote', () => {
  it('treats three words or fewer as a scare quote', () => {
    expect(isScareQuote('total failure')).toBe(true);
    expect(isScareQuote('the most serious conversation')).toBe(false);
  });
});

describe('findMedium', () => {
  it.each([
    ['Trump wrote on his Truth Social platform afterward.', 'Truth Social'],
    ['she wrote on X:', 'X'],
    ['he said on social media', 'social media'],
    ['Zelensky said at a press conference.', 'a press conference'],
    ['she said in a televised address on Monday', 'a televised address'],
    ['the ministry said in a statement', 'a statement'],
    ['he told the BBC in an interview with the BBC', 'an interview with the BBC'],
  ])('%s -> %s', (attribution, medium) => {
    expect(findMedium(attribution)).toBe(medium);
  });

  it('finds no medium in a bare attribution', () => {
    expect(findMedium('Rios said.')).toBeUndefined();
  });
});
