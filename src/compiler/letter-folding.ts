/**
 * The sentence as the event rules read it, with every accented or non-English letter replaced by a
 * plain ASCII letter of the same case, one character for one so that every offset stays put.
 *
 * Why: the rules are written with `\w`, `\b` and `[A-Z]`, which in JavaScript only know ASCII. To
 * them "Erdoğan" ends in the word "an" (read as a determiner, so "Erdoğan phoned Putin" told no
 * call) and "Erdoğan" in "Putin called Erdoğan on Monday" is no capitalised name at all. Folded,
 * "Erdogan" is one word, as a reader sees it. Only the rules' view is folded: titles, quotations and
 * actor names are taken from the text itself. (slug.ts folds differently, for ids: "ß" -> "ss".)
 */

/** Letters that have no plain letter under them in Unicode's decomposition. */
const OWN_LETTERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ł: 'l',
    Ł: 'L',
    ø: 'o',
    Ø: 'O',
    đ: 'd',
    Đ: 'D',
    ð: 'd',
    Ð: 'D',
    ß: 's',
    æ: 'a',
    Æ: 'A',
    œ: 'o',
    Œ: 'O',
    ı: 'i',
    þ: 't',
    Þ: 'T',
    ħ: 'h',
    Ħ: 'H',
  }),
);

/** Latin (with its extensions), Greek and Cyrillic: the letters of names in news written in English. */
const FOLDABLE = /[\u00C0-\u024F\u0370-\u04FF\u1E00-\u1EFF]/g;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const PLAIN_LETTER = /^[A-Za-z]$/;

/** Each foldable character's plain letter (or itself, for a sign such as "×"), worked out once. */
const folded = new Map<string, string>();

function foldLetter(character: string): string {
  let plain = folded.get(character);
  if (plain === undefined) {
    const base = character.normalize('NFD').charAt(0);
    if (!LETTER.test(character)) plain = character;
    else if (PLAIN_LETTER.test(base)) plain = base;
    else plain = OWN_LETTERS.get(character) ?? (UPPER.test(character) ? 'X' : 'x');
    folded.set(character, plain);
  }
  return plain;
}

/** `text` with its accented and non-English letters folded to plain ones of the same case (see above). */
export function foldLetters(text: string): string {
  FOLDABLE.lastIndex = 0;
  return FOLDABLE.test(text) ? text.replace(FOLDABLE, foldLetter) : text;
}
