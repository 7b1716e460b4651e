import { describe, expect, it } from 'vitest';
import { forEachWordPrefix, prefixKey, wordPrefixes } from './word-prefixes.ts';

const sorted = (prefixes: ReadonlySet<string> | undefined): string[] | undefined =>
  prefixes ? [...prefixes].sort() : undefined;

describe('wordPrefixes', () => {
  it('reads the first letters of each alternative, folded to lower case', () => {
    expect(sorted(wordPrefixes(/\b(?:met|Meets|go|held talks)\b/gi))).toEqual(['go', 'hel', 'mee', 'met']);
  });

  it('follows optional and repeated parts into the words after them', () => {
    expect(sorted(wordPrefixes(/\b(?:(?:full |special )*meeting|an? (?:drone|air) strike)\b/gi))).toEqual([
      'a',
      'an',
      'ful',
      'mee',
      'spe',
    ]);
  });

  it('reads lookaheads as matching nothing and does not expand what follows the first word', () => {
    expect(sorted(wordPrefixes(/\b(?:left(?= [A-Z])|to(?: [\w-]+){0,3} ban)\b/gi))).toEqual(['lef', 'to']);
  });

  it('folds digits and reads classes', () => {
    expect(sorted(wordPrefixes(/\b(?:\d+-day|[Ww]eek-long)\b/g))).toEqual(['0', '00', '000', 'wee']);
  });

  it('gives up (try everywhere) on what it cannot tell by a first word', () => {
    expect(wordPrefixes(/met/gi)).toBeUndefined(); // may match inside "comet"
    expect(wordPrefixes(/\bmet|\bheld/gi)).toBeUndefined(); // a `|` outside a group
    expect(wordPrefixes(/\b(?:met)?\b/gi)).toBeUndefined(); // may match nothing
    expect(wordPrefixes(/\b(?:\$\d+|met)/gi)).toBeUndefined(); // may start with punctuation
    expect(wordPrefixes(/\b(\w+) \1/gi)).toBeUndefined(); // a back-reference
    expect(wordPrefixes(/\b(?:met|\p{Lu}\w+)/giu)).toBeUndefined(); // unicode mode
  });
});

describe('forEachWordPrefix', () => {
  it("visits the one-, two- and three-letter prefix of every word, at the word's offset", () => {
    const seen: [number, number][] = [];
    forEachWordPrefix('He met 2 ex-MPs.', (key, at) => seen.push([key, at]));
    const expected: [string, number][] = [
      ['h', 0],
      ['he', 0],
      ['m', 3],
      ['me', 3],
      ['met', 3],
      ['0', 7],
      ['e', 9],
      ['ex', 9],
      ['m', 12],
      ['mp', 12],
      ['mps', 12],
    ];
    expect(seen).toEqual(expected.map(([prefix, at]) => [prefixKey(prefix), at]));
  });
});
