/**
 * Coreference helpers for the actor stage: where the quotations are, which person a sentence is
 * about (its subject), and which person a he/she/his/her/him points to.
 *
 * Pronouns inside a quotation are the speaker's words ("Now he trusts me"): they are left
 * unresolved on purpose, as are I/me/my (the speaker, whom events.ts knows better).
 */
import type { Token } from './tokens.ts';
import { scanQuotations } from './quotations.ts';
import type { ActorMention, Sentence, Span } from './types.ts';

/** Person mentions seen so far, in text order. */
export type PersonHistory = { actorId: string; sentence: number; start: number; subject: boolean }[];

/**
 * For each sentence, the spans (absolute offsets) that are inside quotation marks, as
 * `scanQuotations` finds them: a quotation may run over several sentences and paragraphs.
 */
export function quoteRanges(sentences: readonly Sentence[]): [number, number][][] {
  // The sentences with what lies between them blanked: enough to read the marks at their offsets.
  const pieces: string[] = [];
  let length = 0;
  const paragraphs: Span[] = [];
  let paragraph = -1;
  for (const sentence of sentences) {
    pieces.push(' '.repeat(Math.max(0, sentence.start - length)), sentence.text);
    length = sentence.end;
    const current = paragraphs.at(-1);
    if (current && sentence.paragraph === paragraph) current.end = sentence.end;
    else paragraphs.push({ start: sentence.start, end: sentence.end });
    paragraph = sentence.paragraph;
  }
  const runs = scanQuotations(pieces.join(''), paragraphs);
  let first = 0; // runs and sentences are both in text order: one sweep
  return sentences.map((sentence) => {
    while ((runs[first]?.end ?? Infinity) <= sentence.start) first += 1;
    const ranges: [number, number][] = [];
    for (let at = first; (runs[at]?.start ?? Infinity) < sentence.end; at += 1) {
      const run = runs[at];
      if (run) ranges.push([Math.max(run.start, sentence.start), Math.min(run.end, sentence.end)]);
    }
    return ranges;
  });
}

/** Words before a person that make them an object rather than the subject ("met with X"). */
const OBJECT_MARKERS = new Set([
  'with',
  'to',
  'by',
  'from',
  'for',
  'against',
  'between',
  'about',
  'on',
  'at',
  'of',
  'met',
  'meet',
  'meets',
  'called',
  'hosted',
  'thanked',
  'praised',
  'criticized',
  'criticised',
  'told',
  'urged',
  'than',
  'like',
  'as',
  'toward',
  'towards',
  'into',
  'onto',
  'over',
  'under',
  'including',
]);

/** A lower-case word in the past tense of a regular verb: "arrested", "sacked", "named". */
const PAST_VERB = /^[a-z]{3,}ed$/;

/**
 * The person a sentence is about: its first person mention outside quotation marks that is not
 * part of a title and not the object of a preposition or verb ("met with X"). events.ts can use it
 * to find who acts; for a quote's speaker, prefer the person next to the speech verb.
 */
export function sentenceSubject(
  mentions: readonly ActorMention[],
  tokens: readonly Token[],
  isPerson: (actorId: string) => boolean,
): ActorMention | undefined {
  // "arrested Juma Kisanga, the deputy chairman of the party,": an object's apposition is the object too.
  const objects = new Set<string>();
  for (const mention of mentions) {
    if (!isPerson(mention.actorId) || mention.inQuote || mention.titleOf || objects.has(mention.actorId)) continue;
    const index = tokens.findIndex((token) => token.start >= mention.start);
    const before = index > 0 ? tokens[index - 1] : undefined;
    // "Police arrested Juma Kisanga ..., accusing him": right after a past verb, its object.
    if (
      (before && OBJECT_MARKERS.has(before.text.toLowerCase())) ||
      (before?.isWord && !before.capitalized && PAST_VERB.test(before.key))
    ) {
      objects.add(mention.actorId);
      continue;
    }
    return mention;
  }
  return undefined;
}

export interface PronounQuery {
  gender: 'male' | 'female';
  /** Offset of the pronoun. */
  position: number;
  sentence: number;
  /** Mentions already found in the pronoun's sentence. */
  found: readonly ActorMention[];
  history: PersonHistory;
  tokens: readonly Token[];
  isPerson: (actorId: string) => boolean;
  /** A person's gender as the text or their given name tells it: who may be the antecedent. */
  genderOf: (actorId: string) => 'male' | 'female' | undefined;
  /**
   * A person's gender as the text told it (an honorific, a he or she taken up): who is the better
   * antecedent. A given name only rules people out: a name missing from the list tells nothing.
   */
  toldGenderOf?: (actorId: string) => 'male' | 'female' | undefined;
  /** People described without a name so far (unnamedPeople), by sentence. */
  unnamed?: readonly { sentence: number; start: number; gender: 'male' | 'female' }[];
  /** Sentences that are wholly a quotation, which the reach back does not count. */
  quoted?: ReadonlySet<number>;
  /**
   * The pronoun is an object ("Fry showed her the wing", "thanked him"): it is not the subject of
   * its own sentence, whom a reflexive ("herself") would name.
   */
  object?: boolean;
}

/** Words that open another clause between a subject and a pronoun: a verb of saying, "that", a subordinator. */
const CLAUSE_OPENERS = new Set(
  `said says told tells added that who whom which whose because after before when while if although though and but or so until since as`.split(
    ' ',
  ),
);

/** Whether another clause opens between offsets `from` and `to`. */
function clauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.some(
    (token) => token.start >= from && token.end <= to && (CLAUSE_OPENERS.has(token.key) || token.text === ';'),
  );
}

/** How many sentences back a pronoun may reach. */
const PRONOUN_REACH = 4;

/**
 * The person a pronoun points to: in its own sentence the subject, else the latest compatible
 * person before it; otherwise, in the nearest earlier sentence with a compatible person, that
 * sentence's subject, else its first compatible person. Gender must agree when known.
 */
export function resolvePronoun(query: PronounQuery): string | undefined {
  // A person known to have the pronoun's gender is a better antecedent than one of unknown gender
  // in the same sentence: "Boric appointed Urrutia [she, before], and she will send ...".
  const told = query.toldGenderOf ?? query.genderOf;
  const agrees = (id: string): boolean => query.isPerson(id) && told(id) === query.gender;
  const compatible = (id: string): boolean => {
    if (!query.isPerson(id)) return false;
    const gender = query.genderOf(id);
    return gender === undefined || gender === query.gender;
  };
  const mentioned = query.found
    .filter((mention) => mention.start < query.position && !mention.inQuote && !mention.titleOf)
    .sort((a, b) => a.start - b.start);
  const own = sentenceSubject(mentioned, query.tokens, query.isPerson);
  // "Its director, Tom Fry, showed her the wing": an object pronoun is someone else than the
  // subject of its own clause ("Ruiz said the party had chosen her" is Ruiz: another clause).
  const bound = query.object && own !== undefined && !clauseBetween(query.tokens, own.end, query.position);
  const before = bound ? mentioned.filter((mention) => mention.actorId !== own.actorId) : mentioned;
  const subject = bound ? undefined : own;
  // "said a 32-year-old man had been arrested. He was charged ...": someone unnamed of the
  // pronoun's gender is a better antecedent than a named person of unknown gender.
  const unnamed = (sentence: number, until = Infinity): boolean =>
    (query.unnamed ?? []).some(
      (entry) => entry.sentence === sentence && entry.gender === query.gender && entry.start < until,
    );
  if (before.some((mention) => agrees(mention.actorId))) return resolveAmong(subject, before, agrees);
  if (unnamed(query.sentence, query.position)) return undefined;
  const here = resolveAmong(subject, before, compatible);
  if (here) return here;
  // Sentences that are all quotation ("“I leave with no regrets. The party is strong.”") name
  // nobody outside their marks: the reach goes back past them.
  for (let back = 1, counted = 1; counted <= PRONOUN_REACH && back <= query.sentence; back += 1) {
    const sentence = query.sentence - back;
    if (query.quoted?.has(sentence)) continue;
    counted += 1;
    const entries = query.history.filter((entry) => entry.sentence === sentence && compatible(entry.actorId));
    const known = entries.filter((entry) => agrees(entry.actorId));
    if (known.length === 0 && unnamed(sentence)) return undefined;
    if (entries.length === 0) continue;
    const pool = known.length > 0 ? known : entries;
    return (pool.find((entry) => entry.subject) ?? pool[0])?.actorId;
  }
  return undefined;
}

/** How many sentences back "the defendant", "the singer" may reach. */
export const DESCRIPTION_REACH = 2;

/**
 * The person "the defendant", "the singer" or "the woman" stands for at a sentence's start: in the
 * nearest of the last sentences that names a person of the noun's gender (when it tells one), that
 * sentence's subject, or its only such person. Undefined when that sentence names several and
 * none is its subject, or describes someone unnamed of the gender asked.
 */
export function resolveDescribedPerson(query: {
  gender?: 'male' | 'female';
  sentence: number;
  history: PersonHistory;
  genderOf: (actorId: string) => 'male' | 'female' | undefined;
  /** The gender the text told (see PronounQuery): who is the better antecedent. */
  toldGenderOf?: (actorId: string) => 'male' | 'female' | undefined;
  unnamed?: readonly { sentence: number; gender: 'male' | 'female' }[];
  /** Sentences that are wholly a quotation, which the reach back does not count. */
  quoted?: ReadonlySet<number>;
}): string | undefined {
  const compatible = (id: string): boolean => {
    const gender = query.genderOf(id);
    return query.gender === undefined || gender === undefined || gender === query.gender;
  };
  for (let back = 1, counted = 1; counted <= DESCRIPTION_REACH && back <= query.sentence; back += 1) {
    const sentence = query.sentence - back;
    if (query.quoted?.has(sentence)) continue;
    counted += 1;
    if (
      (query.unnamed ?? []).some(
        (entry) => entry.sentence === sentence && entry.gender === (query.gender ?? entry.gender),
      )
    )
      return undefined;
    const compatibles = query.history.filter((entry) => entry.sentence === sentence && compatible(entry.actorId));
    // One known to be of the noun's gender is a better antecedent than one of unknown gender.
    const told = query.toldGenderOf ?? query.genderOf;
    const agreeing = compatibles.filter((entry) => query.gender && told(entry.actorId) === query.gender);
    const entries = agreeing.length > 0 ? agreeing : compatibles;
    const people = new Set(entries.map((entry) => entry.actorId));
    if (people.size === 0) continue;
    const subject = entries.find((entry) => entry.subject);
    if (subject) return subject.actorId;
    return people.size === 1 ? entries[0]?.actorId : undefined;
  }
  return undefined;
}

/** The sentence's subject if it fits, else the latest mention before the pronoun that fits. */
function resolveAmong(
  subject: ActorMention | undefined,
  before: readonly ActorMention[],
  fits: (id: string) => boolean,
): string | undefined {
  if (subject && fits(subject.actorId)) return subject.actorId;
  return before.filter((mention) => fits(mention.actorId)).at(-1)?.actorId;
}

/** Nouns of an unnamed person that tell their gender: "a 32-year-old man", "a woman". */
const GENDERED_PERSON_NOUNS = new Map<string, 'male' | 'female'>([
  ...'man boy father grandfather businessman husband son brother'.split(' ').map((noun) => [noun, 'male'] as const),
  ...'woman girl mother grandmother businesswoman wife daughter sister'
    .split(' ')
    .map((noun) => [noun, 'female'] as const),
]);

/** Words before "a man" that make it a description of someone named: ", a father of three", "is a mother". */
const DESCRIBES_BEFORE = new Set([',', '(', 'is', 'was', 'as', 'became', 'becomes', 'remains', 'remained']);

/**
 * The nouns `nounOf` knows that a sentence uses for someone it describes without a name ("a
 * 32-year-old man", "an elderly woman", "a suspect"), with what `nounOf` tells of each, where each
 * description starts. Not one named at once ("a man, Ivo Brandt,") nor one describing someone
 * named ("Ivo Brandt, a father of three,", "Brandt is a father").
 */
export function unnamedDescriptions<T>(
  tokens: readonly Token[],
  nounOf: (key: string) => T | undefined,
): { start: number; noun: string; value: T }[] {
  const found: { start: number; noun: string; value: T }[] = [];
  // An index loop: `entries()` makes a pair for every word of every sentence.
  for (let at = 0; at < tokens.length; at += 1) {
    const article = tokens[at];
    if (!article || (article.key !== 'a' && article.key !== 'an')) continue;
    if (DESCRIBES_BEFORE.has(tokens[at - 1]?.key ?? '')) continue;
    for (let cursor = at + 1; cursor <= at + 6 && cursor < tokens.length; cursor += 1) {
      const token = tokens[cursor];
      if (!token || (!token.isWord && !/^(?:\d{1,3}|-)$/.test(token.text)) || token.capitalized) break;
      const value = nounOf(token.key);
      if (value === undefined) continue;
      const named = tokens[cursor + 1]?.text === ',' && tokens[cursor + 2]?.capitalized === true;
      if (!named) found.push({ start: article.start, noun: token.key, value });
      break;
    }
  }
  return found;
}

/**
 * People a sentence describes without a name ("a 32-year-old man", "an elderly woman"), with the
 * gender their noun tells: a he or she after them may be them.
 */
export function unnamedPeople(tokens: readonly Token[]): { start: number; gender: 'male' | 'female' }[] {
  return unnamedDescriptions(tokens, (key) => GENDERED_PERSON_NOUNS.get(key)).map(({ start, value }) => ({
    start,
    gender: value,
  }));
}

/** Nouns for one of a body's people: "the Castlebridge United striker", "the Orvel chief". */
export const MEMBER_NOUNS = new Set(
  `striker midfielder defender goalkeeper keeper winger forward captain manager coach boss player star
  chairman chairwoman chair founder owner chief spokesman spokeswoman spokesperson executive director
  president secretary leader head`.split(/\s+/),
);

/**
 * After a run of one to four capitalised words starting at `from` (a body's name), the lower-case
 * nouns for one of its people ("Castlebridge United striker", "Orvel chief executive"): the indexes
 * of the first and the last; otherwise undefined.
 */
export function memberNounAfter(tokens: readonly Token[], from: number): { noun: number; last: number } | undefined {
  let at = from;
  while (at - from < 4 && tokens[at]?.isWord && tokens[at]?.capitalized && !tokens[at]?.possessive) at += 1;
  const noun = tokens[at];
  if (at === from || !noun?.isWord || noun.capitalized || !MEMBER_NOUNS.has(noun.key)) return undefined;
  let last = at;
  while (last - at < 2 && isMemberNoun(tokens[last + 1])) last += 1;
  return { noun: at, last };
}

function isMemberNoun(token: Token | undefined): boolean {
  return token?.isWord === true && !token.capitalized && (MEMBER_NOUNS.has(token.key) || token.key === 'officer');
}

/**
 * The one person a description that opens a new fact may point back to ("Kwame Osei's saga is
 * over. The Castlebridge United striker flew ...", "Derek Mallory appeared in court. The
 * 54-year-old was remanded"): the only person named in the nearest earlier sentence (at most
 * `reach` back) that names anyone; two people there, or none, and it is unknown.
 */
export function lonePersonBefore(
  history: PersonHistory,
  sentence: number,
  reach = 2,
  quoted: ReadonlySet<number> = new Set(),
): string | undefined {
  for (let back = 1, counted = 1; counted <= reach && back <= sentence; back += 1) {
    if (quoted.has(sentence - back)) continue;
    counted += 1;
    const people = new Set(history.filter((entry) => entry.sentence === sentence - back).map((entry) => entry.actorId));
    if (people.size > 1) return undefined;
    const [only] = people;
    if (only !== undefined) return only;
  }
  return undefined;
}
