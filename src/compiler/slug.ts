/** Letters that NFKD does not split into a base letter and a mark. */
const FOLDED: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
};

/** A character other than printable ASCII: a letter to fold or decompose may be among them. */
const BEYOND_ASCII = /[^ -~]/;

/**
 * Accented and special letters folded to plain ones ("Ø" -> "o", "é" -> "e", "ß" -> "ss"), other
 * marks dropped: for ids, so its length may change. letter-folding.ts's `foldLetters` is the other
 * folding, one character for one and keeping case, for the rules' view of a sentence; ids cannot
 * use it without changing ("ß" would become "s").
 * Printable ASCII is returned as it is without the Unicode decomposition (NFKD leaves it unchanged,
 * and it cost more than the rest of making a slug): most names are plain ASCII.
 */
function foldForSlug(text: string): string {
  if (!BEYOND_ASCII.test(text)) return text;
  return text
    .replace(/[øØæÆœŒßđĐðÐłŁıþÞ]/g, (letter) => FOLDED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lower-case ASCII slug: "U.S. Secretary" -> "u-s-secretary". Accents are folded, other marks
 * dropped, except "+", which tells names apart ("OPEC+" -> "opec-plus", not OPEC's "opec").
 */
export function slugify(text: string): string {
  const slug = foldForSlug(text.replace(/\+/g, ' plus '))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'x' : slug;
}

/** Short stable hash (FNV-1a, base 36) of a text, for telling apart ids that would collide. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(0, 6);
}
