/**
 * A small tokenizer for the actor stage: words (with inner hyphens and apostrophes), dotted
 * acronyms ("U.S.", "J.D."), abbreviations that keep their period ("Gen.", "Dr."), numbers and
 * single punctuation marks, each with its offsets. A trailing "'s" is split off a word and
 * recorded, so "Russia's" is the token "Russia" with `possessive` set.
 */

import { ABBREVIATIONS } from './abbreviations.ts';

export interface Token {
  /** The token's text, without a possessive "'s". */
  text: string;
  /** Offsets of `text` (not of the "'s") in the same coordinates as the input's `base`. */
  start: number;
  end: number;
  /** True when "'s" or "’s" followed the word; `end + 2` is then where the possessive ends. */
  possessive: boolean;
  /** Starts with an upper-case letter (or is a name particle joined by a hyphen: "al-Assad"). */
  capitalized: boolean;
  /** A word (letters), not a number or punctuation. */
  isWord: boolean;
  /** `text` in lower case, for word-list lookups. */
  key: string;
}

const TOKEN =
  /((?:\p{Lu}\.){2,}|\p{Lu}{2,}\+|[\p{L}\p{M}]+s['’](?=\s\p{Lu}))|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\u2010-][\p{L}\p{M}\p{N}]+)*)(\.)?|(\p{N}(?:[\p{N},.]*\p{N})?)|(\S)/gu;
/** "Chevron-led", "Shenzhen-based": adjectives, never part of a name. */
const ADJECTIVE_SUFFIXES =
  /[-\u2010](?:led|based|owned|backed|run|controlled|made|born|funded|linked|allied|aligned|bound|style|era|area|wide)$/i;
const UPPER = /^\p{Lu}/u;

/** `/['’]s$/.test(word)`, without a regular expression: it runs for every word of an article. */
function endsInPossessive(word: string): boolean {
  const apostrophe = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

/** `UPPER.test(word)`, answered without the regular expression for an ASCII first letter. */
function startsUpper(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : UPPER.test(word);
}
const JOINED_PARTICLE = /^(?:al|el|bin|ibn|abu|ben|de|di|da|du|van|von|le|la|d|o)['’\u2010-]\p{Lu}/iu;

/** Tokens of `text`; offsets are `base` plus the position in `text`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const at = base + match.index;
    const [, acronym, word, period, number, punct] = match;
    if (acronym !== undefined) {
      tokens.push(makeToken(acronym, at, false, startsUpper(acronym), true));
    } else if (word !== undefined) {
      const keepsPeriod = period !== undefined && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word));
      const possessive = endsInPossessive(word) && word.length > 2;
      const bare = possessive ? word.slice(0, -2) : word;
      const shown = keepsPeriod ? `${word}.` : bare;
      const capitalized = (startsUpper(bare) || JOINED_PARTICLE.test(bare)) && !ADJECTIVE_SUFFIXES.test(bare);
      tokens.push(makeToken(shown, at, possessive && !keepsPeriod, capitalized, true));
      if (period !== undefined && !keepsPeriod) tokens.push(makeToken('.', at + word.length, false, false, false));
    } else if (number !== undefined) {
      tokens.push(makeToken(number, at, false, false, false));
    } else if (punct !== undefined) {
      tokens.push(makeToken(punct, at, false, false, false));
    }
  }
  return tokens;
}

function makeToken(text: string, start: number, possessive: boolean, capitalized: boolean, isWord: boolean): Token {
  return { text, start, end: start + text.length, possessive, capitalized, isWord, key: text.toLowerCase() };
}

/** Lower-case key for looking a token up in word lists: "Gen." -> "gen.", "U.S." -> "u.s.". */
export function keyOf(token: Token): string {
  return token.key;
}
