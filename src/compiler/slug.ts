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

/**
 * Lower-case ASCII slug: "U.S. Secretary" -> "u-s-secretary". Accents are folded, other marks
 * dropped, except "+", which tells names apart ("OPEC+" -> "opec-plus", not OPEC's "opec").
 */
export function slugify(text: string): string {
  const slug = text
    .replace(/\+/g, ' plus ')
    .replace(/[øØæÆœŒßđĐðÐłŁıþÞ]/g, (letter) => FOLDED[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
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
