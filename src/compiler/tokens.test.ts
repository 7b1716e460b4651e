import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

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
});
