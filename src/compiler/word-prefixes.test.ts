import { describe, expect, it } from 'vitest';
import { PrefixTrie, wordPrefixes } from './word-prefixes.ts';

const sorted = (prefixes: ReadonlySet<string> | undefined): string[] | undefined =>
  prefixes ? [...prefixes].sort() : undefined;

const TWO_WORDS = { length: 6, words: 2, most: 512 };

describe('wordPrefixes', () => {
  it('reads the first letters of each alternative, folded to lower case', () => {
    expect(sorted(wordPrefixes(/\b(?:met|Meets|go|held talks)\b/gi))).toEqual(['go', 'hel', 'mee', 'met']);
  });

  it('follows optional and repeated parts into the words after them; a space ends a whole word', () => {
    expect(sorted(wordPrefixes(/\b(?:(?:full |special )*meeting|an? (?:drone|air) strike)\b/gi))).toEqual([
      'a ',
      'an ',
      'ful',
      'mee',
      'spe',
    ]);
  });

  it('reads lookaheads as matching nothing and does not expand what follows the first word', () => {
    expect(sorted(wordPrefixes(/\b(?:left(?= [A-Z])|to(?: [\w-]+){0,3} ban)\b/gi))).toEqual(['lef', 'to ']);
  });

  it('folds digits and reads classes', () => {
    expect(sorted(wordPrefixes(/\b(?:\d+-day|[Ww]eek-long)\b/g))).toEqual(['0 ', '00 ', '000', 'wee']);
  });

  it('reads into the second word as far as the reach goes, a run of breaks as one space', () => {
    expect(sorted(wordPrefixes(/\b(?:(?:will|to) visit|was\s+briefed|held talks|met)\b/gi, TWO_WORDS))).toEqual([
      'held t',
      'met',
      'to vis',
      'was br',
      'will v',
    ]);
    expect(sorted(wordPrefixes(/\b(?:to, +meet|an? (?:drone|air) strike)\b/gi, TWO_WORDS))).toEqual([
      'a air ',
      'a dron',
      'an air',
      'an dro',
      'to mee',
    ]);
  });

  it('gives up (try everywhere) on what it cannot tell by a first word', () => {
    expect(wordPrefixes(/met/gi)).toBeUndefined(); // may match inside "comet"
    expect(wordPrefixes(/\bmet|\bheld/gi)).toBeUndefined(); // a `|` outside a group
    expect(wordPrefixes(/\b(?:met)?\b/gi)).toBeUndefined(); // may match nothing
    expect(wordPrefixes(/\b(?:\$\d+|met)/gi)).toBeUndefined(); // may start with punctuation
    expect(wordPrefixes(/\b(\w+) \1/gi)).toBeUndefined(); // a back-reference
    expect(wordPrefixes(/\b(?:met|\p{Lu}\w+)/giu)).toBeUndefined(); // unicode mode
    expect(wordPrefixes(/\b(?:to [^,.]{1,40} meet)/gi, TWO_WORDS)).toBeUndefined(); // too many second words
  });
});

describe('PrefixTrie', () => {
  it("visits, at each word's offset, the values whose prefix the text spells there, in the text's order", () => {
    const trie = new PrefixTrie<string>();
    trie.add('to vis', 'to visit');
    trie.add('to ', 'to');
    trie.add('met', 'met');
    trie.add('0 ', 'number');
    const seen: [string, number][] = [];
    trie.forEachAt('Told to  visit, METTLE and 2 ex-MPs; to', (value, at) => seen.push([value, at]));
    expect(seen).toEqual([
      // "to  visit": two spaces are one break; "Told" is not "to ".
      ['to', 5],
      ['to visit', 5],
      // "met" may be the start of a longer word.
      ['met', 16],
      ['number', 27],
      // The last "to" has no break after it.
    ]);
  });
  it('finds a value added after a walk, and visits the values of one prefix in the order they were added', () => {
    const trie = new PrefixTrie<string>();
    trie.add('mee', 'meet');
    const seen: string[] = [];
    trie.forEachAt('to meet', (value) => seen.push(value));
    trie.add('mee', 'meeting');
    trie.add('to ', 'to');
    trie.add('mee', 'meet');
    trie.forEachAt('to meet', (value) => seen.push(value));
    expect(seen).toEqual(['meet', 'to', 'meet', 'meeting']);
  });
});
