import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeByPattern } from './tokens.ts';

const words = (text: string) =>
  tokenize(text)
    .filter((token) => token.isWord)
    .map(({ text: word, possessive, capitalized }) => ({ word, possessive, capitalized }));

describe('tokenize', () => {
  it("splits a straight or curly possessive off a word, but not a plural's apostrophe", () => {
    expect(words("Norland's and Estovia’s ports, the Smiths' boats")).toEqual([
      { word: 'Norland', possessive: true, capitalized: true },
      { word: 'and', possessive: false, capitalized: false },
      { word: 'Estovia', possessive: true, capitalized: true },
      { word: 'ports', possessive: false, capitalized: false },
      { word: 'the', possessive: false, capitalized: false },
      { word: 'Smiths', possessive: false, capitalized: true },
      { word: 'boats', possessive: false, capitalized: false },
    ]);
  });

  it('reads capitals beyond ASCII, and lower-case letters beyond it as lower case', () => {
    expect(words('Émile Ölund met Łukasz, not élan or ßig')).toEqual([
      { word: 'Émile', possessive: false, capitalized: true },
      { word: 'Ölund', possessive: false, capitalized: true },
      { word: 'met', possessive: false, capitalized: false },
      { word: 'Łukasz', possessive: false, capitalized: true },
      { word: 'not', possessive: false, capitalized: false },
      { word: 'élan', possessive: false, capitalized: false },
      { word: 'or', possessive: false, capitalized: false },
      { word: 'ßig', possessive: false, capitalized: false },
    ]);
  });

  it('scans a text into the very tokens its pattern reads (acronyms, possessives, joined words, numbers, spaces)', () => {
    // Pieces that sit on the pattern's edges: capitals and points, plural possessives before a
    // capital, joiners, marks and numbers beyond ASCII, Unicode spaces, abbreviations.
    const piece = fc.constantFrom(
      ...['a', 's', 'S', 'A', 'Z', 'é', 'É', 'ß', 'Ł', 'ǅ', '\u0301', '1', '½', '²', 'Ⅻ', '.', ',', "'", '’'],
      ...['\u2010', '-', '+', ' ', '\u00a0', '\n', '\u2003', '\ufeff', '(', '—', '“', 'al', 'Gen', 'Dr', 'U.S.'],
      ...["s'", 'Inc', 'O', '3.5', '2,000', '\u{1D400}'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text, 5)).toEqual(tokenizeByPattern(text, 5));
      }),
      { numRuns: 3000 },
    );
  });
});
