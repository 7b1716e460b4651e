/**
 * Happenings told of a role or a thing instead of a named actor: "the prime minister resigned",
 * "The trial opened", "Polls closed at 10pm", "The strike began at dawn". News prose names the
 * person or the body once and then goes on by role ("the minister", "the club") or tells what
 * happened to a thing ("the bridge collapsed"): such a clause names the happening's subject even
 * when no actor is recognised in it.
 */
import { TIME_ZONES } from './titles.ts';
import type { Span } from './types.ts';

/** Auxiliaries and adverbs that may stand between a subject and its verb. */
const BETWEEN_SUBJECT_AND_VERB =
  /\s+(?:has|have|had|was|were|is|are|been|will|shall|finally|formally|officially|also|then|later|eventually|abruptly|suddenly|quietly|again|just|already|reportedly|duly|briefly|initially|first|only|now|subsequently|promptly|unexpectedly|partially|partly|temporarily|permanently)$/i;

/**
 * Words after which a clause's subject starts: punctuation, reporting verbs and conjunctions, and a
 * live blog's time stamp ("14:05 The bridge has collapsed", "9.40am BST: Police have closed ..."),
 * with any of the time zones the actors stage knows (titles.ts TIME_ZONES), not a list of its own.
 */
const SUBJECT_OPENING = new RegExp(
  String.raw`(?:\b(?:said|says|told|tells|reported|reports|confirmed|announced|added|that|and|but|when|after|before|as|because|while|until|since|where|then|once|so)\b|[,;:()\u2014\u2013]|^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:${[...TIME_ZONES].join('|')}|local time))?(?=\s)|^)\s*`,
  'gi',
);

/**
 * An age or an apposition closed right before the verb, after a word of the subject: ", 54,", ", the
 * former finance minister,". Not after a fronted adverbial ("On Tuesday, the minister ..." has no
 * comma after the subject).
 */
const APPOSITION_AFTER_SUBJECT = /(?<=[\p{L}\d.'’])\s*,\s*(?:\d{1,3}|(?:an?|the)\s[^,;()]{1,60}?),$/u;

/** A determiner that cannot stand alone as a subject. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/i;

/** Prepositions that may open a fronted adverbial without a comma ("On Tuesday the strike began"). */
const FRONTED_PREPOSITION =
  /^(?:on|in|at|by|during|last|this|early|late|later|earlier|overnight|shortly|soon|hours|days|minutes)$/i;

/** Words that end a fronted time adverbial: "Hours later", "That night", "On Tuesday". */
const TIME_WORD =
  /^(?:later|earlier|ago|afterwards?|morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|hours|minutes|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight|then|meanwhile)$/i;

/** Prepositions inside a subject: "the trial of Dario Fenn", "the strike at the plant". */
const INNER_PREPOSITION = /^(?:of|at|in|for|from|on|over|against|between)$/i;

/**
 * Words that make the phrase no subject of a happening told as news: pronouns (the subject is
 * someone told before), modals and negation (no happening asserted), generic quantifiers ("every
 * chief executive"), and "there".
 */
const NOT_SUBJECT_WORD =
  /^(?:he|she|it|they|we|i|you|him|them|us|who|whom|which|what|there|here|would|could|should|might|may|must|can|cannot|not|never|no|none|nobody|nothing|neither|nor|every|each|any|many|most|few|such|if|whether|unless|to|do|does|did|being|one)$/i;

/**
 * The noun phrase right before a verb trigger, within its clause, when it is the verb's subject:
 * a determiner and its noun ("the prime minister", "The trial of Dario Fenn", "Tuesday's
 * walkout"), or a bare noun ("Polls", "Counting", "Construction"). Undefined when the words
 * before the verb are a pronoun, an adverbial, or include a modal or a negation.
 */
export function nounSubjectBefore(masked: string, clause: Span, verbStart: number): Span | undefined {
  let end = verbStart;
  let before = masked.slice(clause.start, end).replace(/\s+$/, '');
  for (let aux = BETWEEN_SUBJECT_AND_VERB.exec(before); aux; aux = BETWEEN_SUBJECT_AND_VERB.exec(before)) {
    before = before.slice(0, aux.index);
  }
  // "Rask, 54, was sworn in", "Dale, the former finance minister, resigned": the subject stands
  // before its age or its apposition.
  const apposition = APPOSITION_AFTER_SUBJECT.exec(before);
  if (apposition) before = before.slice(0, apposition.index);
  end = clause.start + before.length;
  let opening = 0;
  SUBJECT_OPENING.lastIndex = 0;
  for (let match = SUBJECT_OPENING.exec(before); match; match = SUBJECT_OPENING.exec(before)) {
    if (match[0] === '') SUBJECT_OPENING.lastIndex += 1;
    else opening = match.index + match[0].length;
  }
  const words = [...before.slice(opening).matchAll(/[^\s]+/g)];
  // "On Tuesday the strike began": a fronted adverbial ends at the subject's determiner.
  if (words[0] && FRONTED_PREPOSITION.test(words[0][0])) {
    const determiner = words.findIndex((word, index) => index > 0 && /^(?:the|a|an|its|their)$/i.test(word[0]));
    if (determiner < 0) return undefined;
    words.splice(0, determiner);
  }
  // "Three days later the prime minister resigned", "That night the roof fell in": a fronted time
  // ends where a determiner follows a word of time.
  const afterTime = words.findLastIndex(
    (word, index) =>
      index > 0 && /^(?:the|a|an|its|their)$/i.test(word[0]) && TIME_WORD.test(words[index - 1]?.[0] ?? ''),
  );
  if (afterTime > 0) words.splice(0, afterTime);
  if (words.length === 0 || words.length > 8) return undefined;
  for (const [index, word] of words.entries()) {
    const text = word[0];
    if (NOT_SUBJECT_WORD.test(text)) return undefined;
    if (!/^[\p{L}\d][\p{L}\p{M}\d.'’&-]*$/u.test(text)) return undefined;
    // A determiner opens the phrase or a prepositional phrase inside it, nowhere else.
    const previous = words[index - 1]?.[0];
    if (index > 0 && /^(?:the|a|an)$/i.test(text) && previous !== undefined && !INNER_PREPOSITION.test(previous))
      return undefined;
  }
  const head = words.at(-1)?.[0] ?? '';
  // The subject's head is a noun, not a preposition or a determiner left alone.
  if (INNER_PREPOSITION.test(head) || DETERMINER.test(head)) return undefined;
  const first = words[0];
  if (!first) return undefined;
  return { start: clause.start + opening + first.index, end };
}

/** Verbs that tell only that something began or ended: news only for a happening's noun. */
const ASPECTUAL =
  /^(?:began|begins|begin|started|starts|start|ended|ends|end|completed|completes|complete|finished|finishes)$/i;

/**
 * Nouns of happenings whose start or end is news: "The trial began", "Counting started at 11pm",
 * "The strike ended" (not "The fire season began", "The tour began": a season is no happening,
 * a tour is told as a trip).
 */
const HAPPENING_HEAD =
  /^(?:trials?|hearings?|inquests?|inquiry|retrial|deliberations|sentencing|strikes?|walkouts?|stoppages?|protests?|demonstrations?|marches|march|rally|rallies|sit-ins?|blockades?|occupation|count|counting|recount|voting|polling|ballot|ballots|vote|votes|elections?|referendum|construction|demolition|works|work|excavation|repairs|evacuation|evacuations|search|rescue|operation|cleanup|clean-up|match|game|final|race|festival|ceremony|funeral|concert|tournament|championship|exhibition|auction|campaign|rollout|roll-out|deliveries|flights|services|production|sales|trading|session|shooting|filming|eruption|outage|blackout|siege|ceasefire|truce|lockdown|curfew)$/i;

/**
 * Whether the verb at `verb` tells a happening of `subject`: any verb does ("The minister
 * resigned", "The bridge collapsed"), but one that tells only a beginning or an end needs a
 * happening's noun ("The trial began", not "The fire season began").
 */
export function isHappeningOf(masked: string, subject: Span, verb: string): boolean {
  if (!ASPECTUAL.test(verb)) return true;
  const head = /([\p{L}-]+)\s*$/u.exec(masked.slice(subject.start, subject.end))?.[1] ?? '';
  return HAPPENING_HEAD.test(head);
}

/** A subordinate clause's opening before its subject: "after", "when", "as", "because". */
const SUBORDINATOR_BEFORE = /\b(?:after|when|as|because|since|before|until|while|once|if|though|although)\s*$/i;

/** True when the subject opens a subordinate clause ("after the talks broke down", "when a tree fell"). */
export function opensSubordinate(masked: string, clause: Span, subject: Span): boolean {
  return SUBORDINATOR_BEFORE.test(masked.slice(Math.max(0, clause.start - 12), subject.start));
}

/** A noun phrase right before "who" or "that", with no comma: the antecedent of a restrictive relative clause. */
const RESTRICTIVE_ANTECEDENT =
  /(?:^|[,;:(]\s*|\b(?:and|but|after|when|as)\s+)((?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)\s+(?:who|that)\s*$/i;
/** The relative clause's own words, then the main clause's auxiliary right before the verb. */
const RELATIVE_THEN_AUXILIARY = /^\s*\S+\s[^,;]*?\b(?:has|have|had|was|were|is|are|will)(?:\s+been)?\s+(?:\w+ly\s+)?$/i;

/**
 * The antecedent of a restrictive relative clause that is the subject of the verb after it: "A
 * former councillor who took bribes from a developer has been jailed", "A man who threatened staff
 * at a bank has been arrested". The clause of such a verb starts after "who"; its subject is the
 * noun phrase before "who", when the relative clause has words of its own and the verb follows
 * an auxiliary of the main clause (not "A man who was arrested": that verb is the relative's).
 */
export function restrictiveAntecedent(masked: string, clause: Span, verbStart: number): Span | undefined {
  if (!RELATIVE_THEN_AUXILIARY.test(masked.slice(clause.start, verbStart))) return undefined;
  const from = Math.max(0, clause.start - 80);
  const head = RESTRICTIVE_ANTECEDENT.exec(masked.slice(from, clause.start));
  const phrase = head?.[1];
  if (!head || !phrase) return undefined;
  const start = from + head.index + head[0].indexOf(phrase);
  return { start, end: start + phrase.length };
}

/** "has been jailed", "have resigned": a present perfect of the main clause right before its verb. */
export const PERFECT_AUXILIARY_BEFORE = /\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?$/i;
