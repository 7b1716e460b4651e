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

/** Character classes of the token pattern, per UTF-16 code unit (bit flags). */
const LETTER = 1; // \p{L} or \p{M}
const NUMBER = 2; // \p{N}
const UPPER_LETTER = 4; // \p{Lu}
const SPACE = 8; // \s
const OTHER_CLASSES = new Map<number, number>();

/** The classes of a character as the token pattern's own classes read them. */
function readClasses(code: number): number {
  const char = String.fromCharCode(code);
  return (
    (/[\p{L}\p{M}]/u.test(char) ? LETTER : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\p{Lu}/u.test(char) ? UPPER_LETTER : 0) |
    (/\s/u.test(char) ? SPACE : 0)
  );
}
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => readClasses(code));

/** The classes of a character (asked of the pattern's classes once per character beyond ASCII). */
function classesOf(code: number): number {
  if (code < 128) return ASCII_CLASSES[code] ?? 0;
  let classes = OTHER_CLASSES.get(code);
  if (classes === undefined) OTHER_CLASSES.set(code, (classes = readClasses(code)));
  return classes;
}

/** The classes of the character at `index` of `text`; none past its end. */
function classAt(text: string, index: number): number {
  return index < text.length ? classesOf(text.charCodeAt(index)) : 0;
}

/** `['’\u2010-]`: what joins the parts of a word. */
const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 0x2010 || code === 45;

/** Tokens of `text`; offsets are `base` plus the position in `text`. */
export function tokenize(text: string, base = 0): Token[] {
  // The scanner reads UTF-16 code units; TOKEN reads code points. They agree on a text without surrogates.
  if (/[\ud800-\udfff]/.test(text)) return tokenizeByPattern(text, base);
  const tokens: Token[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    const classes = classesOf(code);
    if (classes & SPACE) {
      at += 1;
      continue;
    }
    const acronymEnd = acronymAt(text, at);
    if (acronymEnd > at) {
      const acronym = text.slice(at, acronymEnd);
      tokens.push(makeToken(acronym, base + at, false, startsUpper(acronym), true));
      at = acronymEnd;
    } else if (classes & LETTER) {
      let end = at + 1;
      while (classAt(text, end) & (LETTER | NUMBER)) end += 1;
      let joined = false;
      while (end + 1 < length && isJoiner(text.charCodeAt(end)) && classAt(text, end + 1) & (LETTER | NUMBER)) {
        joined = true;
        end += 2;
        while (classAt(text, end) & (LETTER | NUMBER)) end += 1;
      }
      const word = text.slice(at, end);
      const period = end < length && text.charCodeAt(end) === 46;
      pushWordTokens(tokens, word, base + at, period, joined);
      at = period ? end + 1 : end;
    } else if (classes & NUMBER) {
      // \p{N}(?:[\p{N},.]*\p{N})?: up to the last digit of a run of digits, commas and points.
      let end = at + 1;
      for (let index = at + 1; index < length; index += 1) {
        const next = text.charCodeAt(index);
        if (classesOf(next) & NUMBER) end = index + 1;
        else if (next !== 44 && next !== 46) break;
      }
      tokens.push(makeToken(text.slice(at, end), base + at, false, false, false));
      at = end;
    } else {
      tokens.push(makeToken(text.charAt(at), base + at, false, false, false));
      at += 1;
    }
  }
  return tokens;
}

/**
 * Where TOKEN's first group (a dotted acronym "U.S.", capitals before a plus "AI+", a plural
 * possessive before a name "Workers' Party") ends when it matches at `at`; `at` when it does not.
 */
function acronymAt(text: string, at: number): number {
  const length = text.length;
  // (?:\p{Lu}\.){2,}
  let end = at;
  while (end + 1 < length && classAt(text, end) & UPPER_LETTER && text.charCodeAt(end + 1) === 46) end += 2;
  if (end - at >= 4) return end;
  // \p{Lu}{2,}\+
  end = at;
  while (classAt(text, end) & UPPER_LETTER) end += 1;
  if (end - at >= 2 && end < length && text.charCodeAt(end) === 43) return end + 1;
  // [\p{L}\p{M}]+s['’](?=\s\p{Lu})
  end = at;
  while (classAt(text, end) & LETTER) end += 1;
  if (
    end - at >= 2 &&
    text.charCodeAt(end - 1) === 115 &&
    end < length &&
    (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) &&
    classAt(text, end + 1) & SPACE &&
    classAt(text, end + 2) & UPPER_LETTER
  )
    return end + 1;
  return at;
}

/**
 * Adds the tokens of a word TOKEN's second group matched at `at`, with the period after it if any.
 * `joined`: the word holds an apostrophe or a hyphen (no particle, adjective suffix or possessive without).
 */
function pushWordTokens(tokens: Token[], word: string, at: number, period: boolean, joined: boolean): void {
  const keepsPeriod = period && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word));
  const possessive = joined && endsInPossessive(word) && word.length > 2;
  const bare = possessive ? word.slice(0, -2) : word;
  const shown = keepsPeriod ? `${word}.` : bare;
  const capitalized =
    (startsUpper(bare) || (joined && JOINED_PARTICLE.test(bare))) && !(joined && ADJECTIVE_SUFFIXES.test(bare));
  tokens.push(makeToken(shown, at, possessive && !keepsPeriod, capitalized, true));
  if (period && !keepsPeriod) tokens.push(makeToken('.', at + word.length, false, false, false));
}

/** `tokenize` by the TOKEN pattern itself: for a text with characters beyond the BMP, and the scanner's reference. */
export function tokenizeByPattern(text: string, base = 0): Token[] {
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
  return { text, start, end: start + text.length, possessive, capitalized, isWord, key: lowerCase(text) };
}

/**
 * `text.toLowerCase()`, without calling it for a text of ASCII characters and no capital letter
 * (most words of an article), which is its own lower case: the call costs more than the loop.
 */
function lowerCase(text: string): string {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 65 && code <= 90) || code >= 128) return text.toLowerCase();
  }
  return text;
}

/** Lower-case key for looking a token up in word lists: "Gen." -> "gen.", "U.S." -> "u.s.". */
export function keyOf(token: Token): string {
  return token.key;
}
