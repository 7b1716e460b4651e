/**
 * Which words a regular expression's match can start with: the first letters of the words every
 * match begins with, read from the pattern's source ("to mee" for "to meet", "will vis" for "will
 * visit"). The events stage uses it to try only the trigger patterns whose first words occur in a
 * sentence (most sentences hold a handful of the table's hundred-odd verbs), instead of scanning the
 * sentence once per pattern.
 *
 * The reading is conservative: a pattern it cannot read (a match that may begin with punctuation or
 * with nothing, a back-reference, a flag it does not model) gets `undefined`, "try it on every
 * sentence". Lookarounds and anchors are read as matching nothing, which can only add prefixes.
 *
 * Letters are folded to lower case, digits to "0" and every run of other characters to one space,
 * the way `PrefixTrie` reads a text, so one prefix stands for every case a case-insensitive pattern
 * accepts (and for the one a case-sensitive one does: a superset is still sound).
 */

/**
 * How far a prefix reaches into a match: at most `length` symbols, over at most `words` words; a
 * pattern with more than `most` possible prefixes is not read that far.
 */
export interface PrefixReach {
  length: number;
  words: number;
  most: number;
}

/** The first three letters of the first word: what any pattern that starts with a word gives. */
export const FIRST_WORD: PrefixReach = { length: 3, words: 1, most: 4096 };
/** Stands for any run of characters that are not word characters (`\w`): it ends a word. */
const BREAK = ' ';
/** The folded alphabet: every character a pattern can match is one of these. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WORD_SYMBOLS = [...LETTERS, '0', '_'];
const ALL_SYMBOLS = [...WORD_SYMBOLS, BREAK];

class Unreadable extends Error {}

/** A set of prefixes: strings over the folded alphabet, closed once as long or as many words as the reach allows. */
type Prefixes = Set<string>;

/** A pattern read into the parts that decide its prefixes. */
type Node =
  | { type: 'symbols'; symbols: readonly string[] }
  | { type: 'empty' }
  | { type: 'sequence'; parts: Node[] }
  | { type: 'alternation'; branches: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number };

const EMPTY: Node = { type: 'empty' };

function isClosed(prefix: string, reach: PrefixReach): boolean {
  if (prefix.length >= reach.length) return true;
  if (!prefix.endsWith(BREAK)) return false;
  let words = 0;
  for (const symbol of prefix) if (symbol === BREAK) words += 1;
  return words >= reach.words;
}

/** A prefix with one more symbol; a run of breaks is one break, as `PrefixTrie` reads a text. */
function append(head: string, symbol: string): string {
  return symbol === BREAK && head.endsWith(BREAK) ? head : head + symbol;
}

/**
 * The prefixes that `heads` become when `node` is matched after them. Closed heads pass through
 * untouched, so what follows the reach is never expanded.
 */
function extend(heads: Prefixes, node: Node, reach: PrefixReach): Prefixes {
  if (![...heads].some((head) => !isClosed(head, reach))) return heads;
  switch (node.type) {
    case 'empty':
      return heads;
    case 'symbols': {
      const result: Prefixes = new Set();
      for (const head of heads) {
        if (isClosed(head, reach)) result.add(head);
        else for (const symbol of node.symbols) result.add(append(head, symbol));
      }
      if (result.size > reach.most) throw new Unreadable('too many prefixes');
      return result;
    }
    case 'sequence':
      return node.parts.reduce((result, part) => extend(result, part, reach), heads);
    case 'alternation': {
      const result: Prefixes = new Set();
      for (const branch of node.branches) for (const prefix of extend(heads, branch, reach)) result.add(prefix);
      return result;
    }
    case 'repeat': {
      // As many repeats as the reach has symbols are as many as a prefix can show.
      let result = heads;
      for (let count = 0; count < Math.min(node.min, reach.length); count += 1)
        result = extend(result, node.node, reach);
      let optional = result;
      for (let count = node.min; count < Math.min(node.max, node.min + reach.length); count += 1) {
        optional = extend(optional, node.node, reach);
        result = new Set([...result, ...optional]);
      }
      return result;
    }
  }
}

/** The folded symbol of one character. */
function symbolOf(char: string): string {
  if (/^[A-Za-z]$/.test(char)) return char.toLowerCase();
  if (/^\d$/.test(char)) return '0';
  if (char === '_') return '_';
  return BREAK;
}

const CLASS_ESCAPES: Record<string, readonly string[]> = {
  d: ['0'],
  w: WORD_SYMBOLS,
  s: [BREAK],
  D: ALL_SYMBOLS,
  W: [BREAK],
  S: ALL_SYMBOLS,
};

const CONTROL_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f', '0': '\0' };

/** A recursive-descent reader of a regular expression's source (the syntax of non-unicode mode). */
class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  /**
   * The prefixes of a pattern that asks for a word boundary before anything else (`\b...`, with
   * no `|` outside a group): its matches then start where a word starts, not inside one.
   */
  read(): Node {
    if (!this.source.startsWith('\\b')) throw new Unreadable('no word boundary first');
    const node = this.sequence();
    if (this.at < this.source.length) throw new Unreadable(`unexpected ${this.source.charAt(this.at)}`);
    return node;
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.at + offset);
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { type: 'alternation', branches };
  }

  private sequence(): Node {
    const parts: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      parts.push(this.quantified());
    }
    return { type: 'sequence', parts };
  }

  private quantified(): Node {
    const atom = this.atom();
    const quantifier = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    const [, sign, low, comma, high] = quantifier;
    if (sign === '?') return { type: 'repeat', node: atom, min: 0, max: 1 };
    if (sign === '*') return { type: 'repeat', node: atom, min: 0, max: Infinity };
    if (sign === '+') return { type: 'repeat', node: atom, min: 1, max: Infinity };
    const min = Number(low);
    const max = comma === undefined ? min : high === '' ? Infinity : Number(high);
    return { type: 'repeat', node: atom, min, max };
  }

  private atom(): Node {
    const char = this.peek();
    this.at += 1;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '.':
        return { type: 'symbols', symbols: ALL_SYMBOLS };
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unreadable('nothing to repeat');
      default:
        return { type: 'symbols', symbols: [symbolOf(char)] };
    }
  }

  private group(): Node {
    const lookaround = /^\?(?:[=!]|<[=!])/.exec(this.source.slice(this.at));
    const named = /^\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
    if (lookaround) this.at += lookaround[0].length;
    else if (named) this.at += named[0].length;
    else if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.peek() === '?') throw new Unreadable('unknown group');
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Unreadable('unclosed group');
    this.at += 1;
    // A lookaround matches no characters: reading it as empty can only allow more.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Node {
    const char = this.peek();
    this.at += 1;
    if (char === 'b' || char === 'B') return EMPTY;
    return { type: 'symbols', symbols: this.escapedSymbols(char) };
  }

  /** The symbols of an escape after its backslash (shared by atoms and classes). */
  private escapedSymbols(char: string): readonly string[] {
    const classEscape = CLASS_ESCAPES[char];
    if (classEscape) return classEscape;
    if (/^[1-9k]$/.test(char)) throw new Unreadable('back-reference');
    if (char === 'p' || char === 'P') throw new Unreadable('property escape');
    const control = CONTROL_ESCAPES[char];
    if (control !== undefined) return [symbolOf(control)];
    if (char === 'u' || char === 'x') {
      const digits = /^[\da-fA-F]+/.exec(this.source.slice(this.at, this.at + (char === 'u' ? 4 : 2)))?.[0] ?? '';
      if (digits.length !== (char === 'u' ? 4 : 2)) return [symbolOf(char)];
      this.at += digits.length;
      return [symbolOf(String.fromCharCode(parseInt(digits, 16)))];
    }
    if (char === 'c') throw new Unreadable('control escape');
    return [symbolOf(char)];
  }

  private characterClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const symbols = new Set<string>();
    let first = true;
    while (this.peek() !== ']' || first) {
      if (this.at >= this.source.length) throw new Unreadable('unclosed class');
      first = false;
      const low = this.classCharacter();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '' && typeof low === 'string') {
        this.at += 1;
        const high = this.classCharacter();
        if (typeof high !== 'string') throw new Unreadable('class range of a class escape');
        for (let code = low.charCodeAt(0); code <= high.charCodeAt(0); code += 1) {
          symbols.add(symbolOf(String.fromCharCode(code)));
          if (symbols.size === ALL_SYMBOLS.length) break;
        }
      } else if (typeof low === 'string') symbols.add(symbolOf(low));
      else for (const symbol of low) symbols.add(symbol);
    }
    this.at += 1;
    // A negated class can match any symbol whose characters it does not list in full: allow all.
    return { type: 'symbols', symbols: negated ? ALL_SYMBOLS : [...symbols] };
  }

  /** One character of a class (a string), or the symbols of a class escape (`\d`, `\s`). */
  private classCharacter(): string | readonly string[] {
    const char = this.peek();
    this.at += 1;
    if (char !== '\\') return char;
    const escaped = this.peek();
    this.at += 1;
    if (escaped === 'b') return '\b';
    if (CLASS_ESCAPES[escaped]) return CLASS_ESCAPES[escaped];
    const control = CONTROL_ESCAPES[escaped];
    if (control !== undefined) return control;
    if (escaped === 'u' || escaped === 'x') {
      const length = escaped === 'u' ? 4 : 2;
      const digits = /^[\da-fA-F]+/.exec(this.source.slice(this.at, this.at + length))?.[0] ?? '';
      if (digits.length === length) {
        this.at += length;
        return String.fromCharCode(parseInt(digits, 16));
      }
      return escaped;
    }
    if (/^[pPck1-9]$/.test(escaped)) throw new Unreadable('escape in a class');
    return escaped;
  }
}

/**
 * The prefixes (folded as `PrefixTrie` reads a text, a space for a break between words) that every
 * match of `pattern` starts with, as far as `reach` goes: "to mee" when the first word is "to" and
 * the second starts with "mee"; "to " when the word "to" is followed by anything. Undefined when the
 * pattern's matches cannot be told by their first word: then try it everywhere. A match starting at
 * a word's first character, this is all that `PrefixTrie` needs.
 */
export function wordPrefixes(pattern: RegExp, reach: PrefixReach = FIRST_WORD): ReadonlySet<string> | undefined {
  // Unicode mode changes what `\w`, `\b` and case folding mean; it is not modelled.
  if (pattern.unicode || pattern.flags.includes('v')) return undefined;
  let prefixes: Prefixes;
  try {
    prefixes = extend(new Set(['']), new Reader(pattern.source).read(), reach);
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
  // A match that may start with nothing, or with a non-word character, is not at a word's start.
  for (const prefix of prefixes) if (prefix === '' || prefix.startsWith(BREAK)) return undefined;
  return prefixes;
}

/** The folded symbol code of a character code: a-z 1..26, digits 27, "_" 28, anything else (a break) 0. */
function symbolCode(char: number): number {
  if (char >= 97 && char <= 122) return char - 96;
  if (char >= 65 && char <= 90) return char - 64;
  if (char >= 48 && char <= 57) return 27;
  if (char === 95) return 28;
  return 0;
}

/** How many symbol codes there are. */
const SYMBOL_CODES = 29;

interface TrieNode<T> {
  /** By symbol code. */
  next: (TrieNode<T> | undefined)[];
  /** The values of the prefix that ends at this node. */
  values: T[];
}

const newNode = <T>(): TrieNode<T> => ({
  next: new Array<TrieNode<T> | undefined>(SYMBOL_CODES).fill(undefined),
  values: [],
});

/**
 * A trie packed into one typed array for walking: a row of `STRIDE` slots per node (the root is
 * row 0, so 0 in a symbol's slot means "no such prefix"), the next node by symbol code, then where
 * the node's values start and end in `values`. A walk reads one row per symbol, one cache line,
 * instead of a node object, its array of children and its array of values.
 */
interface PackedTrie<T> {
  rows: Uint16Array | Uint32Array;
  values: T[];
}

const STRIDE = 32;
const VALUES_START = SYMBOL_CODES;
const VALUES_END = SYMBOL_CODES + 1;

function pack<T>(root: TrieNode<T>): PackedTrie<T> {
  // Rows in breadth-first order from the root; the values of each node in the order they were added.
  const nodes = [root];
  for (let index = 0; index < nodes.length; index += 1)
    for (const child of nodes[index]?.next ?? []) if (child) nodes.push(child);
  const values = nodes.flatMap((node) => node.values);
  const size = nodes.length * STRIDE;
  const rows = Math.max(nodes.length, values.length) < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  const rowOf = new Map(nodes.map((node, index) => [node, index]));
  let valueAt = 0;
  nodes.forEach((node, index) => {
    node.next.forEach((child, code) => {
      if (child) rows[index * STRIDE + code] = rowOf.get(child) ?? 0;
    });
    rows[index * STRIDE + VALUES_START] = valueAt;
    valueAt += node.values.length;
    rows[index * STRIDE + VALUES_END] = valueAt;
  });
  return { rows, values };
}

/**
 * Values by prefix (`wordPrefixes`), to find which values may match at each word of a text: one
 * walk from each word's start down the prefixes the text spells there, instead of a lookup per
 * pattern or per prefix length.
 */
export class PrefixTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  /** The trie packed for walking, made at the first walk after a change. */
  private packed: PackedTrie<T> | undefined;

  add(prefix: string, value: T): void {
    let node = this.root;
    for (let index = 0; index < prefix.length; index += 1) {
      const code = symbolCode(prefix.charCodeAt(index));
      node = node.next[code] ??= newNode();
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.packed = undefined;
  }

  /**
   * Calls `visit` with every value one of whose prefixes the text spells at a word's start, and the
   * word's offset, in the order of the text (a word being a run of `\w` characters as a regular
   * expression's `\b` sees them). A value may be visited more than once at one offset.
   */
  forEachAt(text: string, visit: (value: T, at: number) => void): void {
    const { rows, values } = (this.packed ??= pack(this.root));
    let previous = 0;
    for (let at = 0; at < text.length; at += 1) {
      const first = symbolCode(text.charCodeAt(at));
      const startsWord = first !== 0 && previous === 0;
      previous = first;
      if (!startsWord) continue;
      let row = 0;
      for (let index = at; index < text.length; index += 1) {
        const code = symbolCode(text.charCodeAt(index));
        // A run of breaks is one break.
        if (code === 0) while (index + 1 < text.length && symbolCode(text.charCodeAt(index + 1)) === 0) index += 1;
        row = rows[row * STRIDE + code] ?? 0;
        if (row === 0) break;
        const end = rows[row * STRIDE + VALUES_END] ?? 0;
        for (let value = rows[row * STRIDE + VALUES_START] ?? 0; value < end; value += 1) visit(values[value] as T, at);
      }
    }
  }
}
