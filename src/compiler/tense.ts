/**
 * The tense of the clause a date belongs to, which decides its year ("met on Dec. 28" in an
 * article of Jan. 3 is last year's) and a weekday's direction ("will meet on Monday" is the coming
 * Monday, "met on Monday" the last one).
 *
 * The clause is the stretch of the sentence around the date between clause breaks (";", a dash,
 * ", ", "that", "but", "while", "as", "after", "before", "when", "because"). Within it, the verb
 * group nearest the date decides; when the clause has none, the nearest one in the sentence does.
 */
import { COUNT_WORDS, WEEKDAY_NAME } from './calendar.ts';
import { infinitiveOwnsDate, isHappeningNoun } from './time-attachment.ts';
import type { ClauseTense } from './types.ts';

/** Single words that point ahead. */
const FUTURE_WORDS = new Set([
  'will',
  'shall',
  "won't",
  'won’t',
  'would',
  'upcoming',
  'planned',
  'forthcoming',
  'coming',
  'next',
]);
/** "is set to", "are expected to", "was scheduled for", "is due to", "is going to". */
const BE = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being']);
const FUTURE_PARTICIPLES = new Set([
  'set',
  'expected',
  'scheduled',
  'due',
  'slated',
  'poised',
  'going',
  'planning',
  'preparing',
  'about',
  'likely',
  // "was supposed to start on Tuesday", "were meant to open on Monday": a plan as it stood.
  'supposed',
  'meant',
]);
/** Periods a possessive may name after "next": "next year's championships", "next week's vote". */
const POSSESSIVE_PERIODS = new Set([
  'year',
  'week',
  'month',
  'season',
  'weekend',
  'summer',
  'winter',
  'spring',
  'autumn',
]);
const PAST_BE = new Set(['was', 'were', 'been']);
/** Verbs of planning in the present, before the planned thing: "plan a strike", "are preparing a bid". */
const PLAN_VERBS = new Set(['plan', 'plans', 'planning', 'prepare', 'prepares', 'preparing']);
/** "is due to" is read whole by the "be" rule; after "had been" ("had been due to") it is not. */
const FINITE_BE = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'being']);
const PRESENT_BE = new Set(['is', 'are', 'am']);
/** Progressives that tell a plan when a date follows: "The shop is closing on Thursday". */
export const PLANNED_PROGRESSIVE =
  /^(?:closing|opening|reopening|shutting|leaving|retiring|starting|beginning|resuming|returning|launching|striking|marching|quitting|stepping|departing|relocating|moving|holding|hosting|playing|meeting|visiting|travelling|traveling|flying|heading|arriving|touring)$/;
/**
 * "The verdict is expected on Friday", "is due on Jan. 4", "A decision is expected Monday" (no "on",
 * as wire copy writes a weekday), "is due by Friday", "is expected in court next week": a noun's
 * day still ahead, told in the present.
 */
function expectedOn(be: string, participle: string, after: string): boolean {
  return (
    PRESENT_BE.has(be) &&
    /^(?:expected|due|set|slated|scheduled)$/.test(participle) &&
    /^(?:on|by|in|before|within|next|this|later|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
      after,
    )
  );
}
/** Participles of a plan: "planned for", "scheduled for", "set for". */
const PLANNED_PARTICIPLES = new Set(['planned', 'scheduled', 'slated', 'set', 'due', 'pencilled', 'penciled', 'fixed']);
/** Participles that point ahead without "be" before them: "set to tour", "due to arrive". */
const BARE_FUTURE_PARTICIPLES = new Set(['set', 'due', 'slated', 'poised', 'expected', 'scheduled', 'likely']);
/**
 * Past forms of intent: the promising or deciding lies before, the promised or decided thing ahead
 * ("on Wednesday agreed to delay", "voted to hold elections on January 9").
 */
const PAST_INTENT = new Set([
  'promised',
  'pledged',
  'vowed',
  'threatened',
  'agreed',
  'voted',
  'decided',
  'resolved',
  'opted',
  'chose',
]);
/** "plans to" after a past verb is the noun: "approved plans to raise the levy", "unveiled a plan to". */
const PLAN_NOUNS = new Set(['plan', 'plans']);

/** A past verb form: "approved", "unveiled", "backed", "drew up" ("drew"). */
function isPastVerb(word: string): boolean {
  return PAST_WORDS.has(word) || isPastEdWord(word);
}

/** "plans to", "vowed to", "agreed to": intent now, and its past forms. */
const INTENT = new Set([
  'plan',
  'plans',
  'intend',
  'intends',
  'aim',
  'aims',
  'hope',
  'hopes',
  // The present of a promise or a threat: "Workers threaten to strike on Monday", "vows to appeal".
  'promise',
  'promises',
  'pledge',
  'pledges',
  'vow',
  'vows',
  'threaten',
  'threatens',
  'agree',
  'agrees',
  'decide',
  'decides',
  ...PAST_INTENT,
]);
const HAVE = new Set(['has', 'have', 'had']);
const ADVERBS = new Set([
  'also',
  'already',
  'since',
  'now',
  'not',
  'never',
  'previously',
  'recently',
  'just',
  'still',
  'first',
  'finally',
]);
const PAST_WORDS = new Set(
  (
    'was were did had ago yesterday last met said told held took made went came gave spoke wrote left flew saw began became ' +
    'brought sent won lost fought struck led kept thought found chose rose fell ran drew broke sat stood paid sold bought got ' +
    'withdrew swore stole hid shot fled sought taught caught overtook undertook beat bid cut hit quit shut split spread let ' +
    'upheld withheld oversaw arose forgot forbade froze rang sang shook threw woke wore knew grew blew drove rode spent built ' +
    'lent meant heard felt dealt slept read burst cast hung swam dug lit bore bled fed sank slid spun sprang stung swung wept ' +
    'underwent withstood forgave overcame strode knelt leapt crept clung flung sped bred shrank tore swept stuck ' +
    'ate drank laid overthrew overran rebuilt retook rewrote shone'
  ).split(' '),
);
/**
 * "-ed" words that are never a past tense: counts, adverbs, nouns, adjectives and presents ("Two
 * hundred families fled the town", "Indeed, the ministry closed the road", "Nurses need support").
 */
export const NEVER_PAST = new Set(
  'need speed indeed hundred proceed succeed exceed feed seed breed bleed creed greed naked wicked sacred kindred hatred'.split(
    ' ',
  ),
);
/** "-ed" words that are not past tenses, or are adjectives before a noun in news ("armed forces"). */
const NOT_PAST = new Set([
  ...NEVER_PAST,
  ...(
    'expected scheduled planned slated proposed unnamed armed united based related alleged called limited detailed ' +
    'advanced elected embattled disputed occupied unprecedented renewed required unexpected unidentified unspecified ' +
    'undisclosed declared used supposed concerned interested involved experienced qualified skilled talented'
  ).split(' '),
]);

/** Endings of past participles after has/have/had: "arrived", "taken", "flown", "begun", "held". */
const PARTICIPLE = /(?:ed|en|wn|ne|un|ld|ht|st|de|id|et|ot|ut|it)$/;

const CLAUSE_BREAK =
  /[;:\u2014\u2013]|\s-\s|,\s|\b(?:that|but|while|whereas|because|although|though|after|before|when|whereupon|which|who)\b/gi;

/** A verb group (or time word) that shows a tense, at its offsets in the sentence. */
export interface TenseMarker {
  at: number;
  end: number;
  tense: ClauseTense;
  /** A present-tense verb of a timetable ("The council meets on Jan. 22"): ahead, but weakly. */
  timetable?: true;
  /**
   * A past verb of intent ("agreed to", "vowed to"): what it governs lies ahead, but a date told
   * before it ("on Wednesday agreed to delay the rules") is the day of the agreeing itself.
   */
  pastHead?: true;
  /** A future seen from the past ("would meet", "agreed on Monday to meet"): ahead of a day gone by. */
  inPast?: true;
  /** An infinitive a past verb governs across its object ("ordered Fenwick to sell"): see `clauseTense`. */
  governed?: true;
}

/**
 * Present-tense verbs that news uses for what is on the calendar: "The court hears the case on
 * Tuesday", "The council meets on Jan. 22". A date they govern lies ahead.
 */
const TIMETABLE = new Set(
  'meets convenes reconvenes opens reopens begins starts resumes hosts visits travels returns votes hears launches arrives departs expires kicks heads flies leaves lands tours plays faces closes ends finishes concludes premieres debuts docks sails retires lapses appears sits unveils'.split(
    ' ',
  ),
);

/**
 * The same verbs in the plural ("Schools reopen on Monday", "Talks resume on Friday", "Polls close
 * on Sunday"): read as a timetable only after a plural subject (`isPluralSubject`), since the base
 * form also follows "to", "did" and the modals ("travelled to Brussels to meet X on Monday").
 */
const PLURAL_TIMETABLE = new Set(
  'meet convene reconvene open reopen begin start resume host visit travel return vote hear launch arrive depart expire kick head fly leave land tour close end appear sit'.split(
    ' ',
  ),
);
const PLURAL_TIMETABLE_PHRASE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['take', new Set(['effect', 'office', 'place'])],
  ['come', new Set(['into'])],
  ['enter', new Set(['into'])],
  ['go', new Set(['on', 'into', 'to'])],
  ['step', new Set(['down'])],
  ['stand', new Set(['down'])],
]);
/**
 * A relative pronoun as the subject of a base-form verb ("the new rules, which take effect on Jan.
 * 12, ...", "talks that resume on Monday"): after it the verb is finite, so a plural present.
 */
const RELATIVE_SUBJECT = new Set(['which', 'that', 'who']);
/** Words ending in "s" that are no plural subject. */
const NOT_PLURAL = new Set(
  'is was has does as us its his this thus plus less yes always perhaps news whereas unless series'.split(' '),
);

/**
 * A verb right after the comma that closes an apposition or a reduced relative ("The new rules,
 * approved on Tuesday, take effect on Jan. 1"): the predicate of the subject before it.
 */
function afterApposition(text: string, at: number): boolean {
  return /[a-z\d],\s+$/i.test(text.slice(Math.max(0, at - 4), at)) && /,/.test(text.slice(0, at - 2));
}

/** A plural subject right before a verb: "schools", "the two leaders", "they"; not a possessive ("Friday's vote"). */
function isPluralSubject(word: string): boolean {
  if (word === 'they' || word === 'we') return true;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !/['’]s$/.test(word) && !NOT_PLURAL.has(word);
}

/**
 * The present progressive of an arrangement: "is meeting X on Friday", "are holding talks on
 * Monday", "is flying to Oslo on Sunday". With a day, it tells what is arranged, ahead. The verbs
 * are the timetable's, and those of hosting, attending and addressing; not a state ("is recovering
 * after surgery on Monday").
 */
const ARRANGED_ING = new Set(
  'meeting convening opening reopening beginning starting resuming hosting visiting travelling traveling returning voting hearing launching arriving departing heading flying leaving landing touring playing facing holding attending addressing staging signing'.split(
    ' ',
  ),
);

/** Participles of an arrangement in the present progressive passive: "is being held on Friday". */
const ARRANGED_PASSIVE = new Set(['held', 'staged', 'hosted', 'played', 'convened', 'organised', 'organized']);

/**
 * Past verbs that govern an infinitive after their object or a date ("agreed on Monday to meet X",
 * "invited Duval on Monday to visit Lund", "voted last week to hold a referendum"): what the
 * infinitive tells lies ahead of them.
 */
const INFINITIVE_GOVERNORS = new Set([
  ...PAST_INTENT,
  'planned',
  'invited',
  'summoned',
  'asked',
  'urged',
  'ordered',
  'directed',
  'instructed',
  'required',
  'told',
  'called',
  'offered',
  'proposed',
  'arranged',
]);
/** Verbs that bring people to a happening: "invited both sides to a meeting", "summoned him to a hearing". */
const INVITING = new Set(['invited', 'summoned', 'called']);
/** How many words may stand between a governing verb and its "to": an object and a date. */
const GOVERNED_REACH = 6;
/** Words that end a governed stretch: a new clause or a verb group of its own. */
const NOT_IN_GOVERNED_STRETCH = new Set(['that', 'and', 'but', 'which', 'who', 'when', 'after', 'before', 'because']);

/**
 * Modals that put what they govern ahead ("could vote as early as Thursday", "must be submitted by
 * Friday"), unless a perfect or a negation follows ("may have met", "could not attend").
 */
const MODALS_AHEAD = new Set(['may', 'might', 'must', 'should', 'could', 'can']);
const NOT_AHEAD_AFTER_MODAL = new Set(['have', 'not', 'never']);

/**
 * Present-tense phrases of a timetable: "takes effect", "comes into force", "goes on sale". A Map,
 * not an object: the key is any word of the text, and "constructor" must not find Object's.
 */
const TIMETABLE_PHRASE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['takes', new Set(['effect', 'office', 'place', 'over'])],
  ['comes', new Set(['into'])],
  ['enters', new Set(['into'])],
  ['goes', new Set(['on', 'into', 'to'])],
  ['steps', new Set(['down'])],
  ['stands', new Set(['down'])],
]);

/** Prepositions: an "-ed" word right after one is an adjective ("to flooded districts"). */
const PREPOSITIONS = new Set(
  'in on at of for with from into among across near around over under between through about against without toward towards'.split(
    ' ',
  ),
);
/** Modals and "to": the word after them is a base verb, so an "-ed" word after that is an adjective. */
const BASE_VERB_BEFORE = new Set(['will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'to']);

/** Words before an adjective: "the repeated overruns", "its planned visit", "Russia's renewed push". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'any',
  'some',
  'no',
]);

/**
 * An "-ed" word after a determiner or possessive is an adjective ("the repeated overruns"); after a
 * form of "be" or "to" it is a passive participle whose tense the auxiliary carries ("is expected
 * to be rescheduled", "was postponed": "was" already counts).
 */
function isAdjectiveOrPassive(wordBefore: string): boolean {
  // "The strike that began on Dec. 22": after the relative "that", a verb.
  const determiner = DETERMINERS.has(wordBefore) && wordBefore !== 'that';
  return (
    determiner || QUANTIFIERS.has(wordBefore) || /['’]s$/.test(wordBefore) || BE.has(wordBefore) || wordBefore === 'to'
  );
}

/** Words of number before an "-ed" word that make it a noun or an adjective: "the two accused", "many displaced". */
const QUANTIFIERS = new Set(
  'one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several many few both other'.split(
    ' ',
  ),
);

/**
 * An "-ed" word that modifies a noun: after a preposition ("in flooded districts") or after a base
 * verb that follows a modal ("will visit injured workers"), where no finite past verb can stand.
 */
function isAttributive(wordBefore: string, twoBefore: string): boolean {
  // "to protesters angered unions": a plural noun, not a base verb, stands after that "to".
  const baseVerb = !BE.has(wordBefore) && (!wordBefore.endsWith('s') || wordBefore.endsWith('ss'));
  return PREPOSITIONS.has(wordBefore) || (BASE_VERB_BEFORE.has(twoBefore) && baseVerb);
}

function isPastEdWord(word: string): boolean {
  return word.length >= 4 && word.endsWith('ed') && !NOT_PAST.has(word);
}

const WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

/**
 * Every word a marker can start at, but the "-ed" past forms and "'ll" contractions: the scan in
 * `tenseMarkers` skips any other word at once (most words of a sentence), with one lookup instead
 * of a dozen.
 */
/** Verbs whose past is their base form, read as past before a particle: "set out", "put forward". */
const PHRASAL_PAST = new Set(['set', 'put']);
const PHRASAL_PARTICLES = new Set(['out', 'up', 'forward', 'forth', 'aside', 'down']);
/** The start of an object after "set" or "put": "The government set a cap on rents on Tuesday". */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new']);
/** Participles of a plan after "had", before its "to": "had planned to", "had hoped to". */
const PLAN_AS_IT_STOOD = new Set(['planned', 'intended', 'hoped', 'meant', 'aimed', 'wanted']);
/**
 * "-ed" words of `NOT_PAST` that are as often a verb's past as an adjective ("declared force
 * majeure", "advanced on the town", "occupied the building", "Voters elected a new council", "The
 * ministry detailed its plans"): a past verb before its object or its preposition of direction, an
 * adjective before a noun ("declared candidates", "advanced economies", "an elected official").
 */
const PAST_OR_ADJECTIVE = new Set([
  'declared',
  'advanced',
  'occupied',
  'elected',
  'renewed',
  'disputed',
  'detailed',
  'proposed',
]);
/** The words that open a past verb's object or its direction, and the object of "declared". */
const OBJECT_OR_DIRECTION = new Set([
  ...OBJECT_OPENERS,
  'on',
  'into',
  'toward',
  'towards',
  'him',
  'her',
  'them',
  'it',
  'force',
  'martial',
  'war',
  'bankruptcy',
  'independence',
  'victory',
]);

/** A `PAST_OR_ADJECTIVE` word read as a past verb by the word after it. */
function isPastBeforeObject(word: string, after: string): boolean {
  return PAST_OR_ADJECTIVE.has(word) && OBJECT_OR_DIRECTION.has(after);
}

/** The end of a quotation and its comma: `,"` `?”` `!"`, what a speech tag comes after. */
const QUOTATION_CLOSED = /[,!?]\s*["”’']\s*$/;
const DO_WORDS = new Set(['do', 'does', 'did', 'not']);

const MARKER_HEADS: ReadonlySet<string> = new Set([
  ...BE,
  ...PHRASAL_PAST,
  ...PLANNED_PARTICIPLES,
  ...BARE_FUTURE_PARTICIPLES,
  ...INTENT,
  ...PLAN_VERBS,
  ...TIMETABLE,
  ...TIMETABLE_PHRASE.keys(),
  ...PLURAL_TIMETABLE,
  ...PLURAL_TIMETABLE_PHRASE.keys(),
  ...FUTURE_WORDS,
  ...MODALS_AHEAD,
  'could',
  "couldn't",
  'couldn’t',
  ...HAVE,
  ...PAST_WORDS,
  ...PAST_OR_ADJECTIVE,
]);

/** `/['’]ll$/.test(word)`, without a regular expression: it was asked of every word. */
function endsInWill(word: string): boolean {
  const apostrophe = word.charCodeAt(word.length - 3);
  return word.endsWith('ll') && (apostrophe === 39 || apostrophe === 0x2019);
}

function mayHeadMarker(word: string): boolean {
  return MARKER_HEADS.has(word) || isPastEdWord(word) || endsInWill(word);
}

const DUE_WORDS = new Set(['due', 'expected']);
const DUE_PLACES = new Set(['in', 'at', 'back', 'home']);

/**
 * Every tense marker of a sentence: compute once, then ask `clauseTense` about each date. One scan
 * of the words with set lookups (a dozen regular expressions over the sentence cost ten times more).
 */
export function tenseMarkers(text: string): TenseMarker[] {
  const words: { word: string; at: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    words.push({ word: match[0].toLowerCase(), at: match.index, end: match.index + match[0].length });
  }
  const markers: TenseMarker[] = [];
  const wordAt = (index: number): string => words[index]?.word ?? '';
  // The word just before, when only spaces part them: "who met Ruiz in 2019, said" has no
  // preposition before "said" (numbers and punctuation are not words here).
  const joinedBefore = (index: number): string => {
    const previous = words[index - 1];
    const current = words[index];
    return previous && current && /^\s+$/.test(text.slice(previous.end, current.at)) ? previous.word : '';
  };
  // "Vik's visit to Paris", "the votes", "by 300 votes to 250": a timetable verb's form as a noun.
  const nounForm = (index: number): boolean => {
    const before = joinedBefore(index);
    // "by five votes to two": a count in words is a determiner too.
    if (DETERMINERS.has(before) || /['’]s$/.test(before) || Object.hasOwn(COUNT_WORDS, before)) return true;
    const at = words[index]?.at ?? 0;
    // A count, not a day's number: "by 300 votes", not "on Dec. 30 takes effect".
    return /\b(?:by|with|of|than|about|nearly|almost|some|over|under|just|only|and|to)\s+\d[\d,.]*\s+$/i.test(
      text.slice(Math.max(0, at - 24), at),
    );
  };
  // "The vote, which is planned for April 9, was called off": a called-off plan is not ahead.
  // Asked only when a plan's words are met: most sentences have none.
  let calledOffFound: boolean | undefined;
  const calledOff = (): boolean => (calledOffFound ??= CALLED_OFF.test(text));
  // A capitalised word after the sentence's first, and not opening a quotation or a heading's entry.
  const isNameWord = (index: number): boolean => {
    const at = words[index]?.at ?? 0;
    const first = text.charCodeAt(at);
    return (
      index > 0 &&
      first >= 65 &&
      first <= 90 &&
      !/[.:;!?"“‘(\u2014\u2013-]\s*$/.test(text.slice(Math.max(0, at - 3), at))
    );
  };
  // The word right after a closed quotation opens its tag: "“..., Nobody would vote with a cool
  // head,” declared Falcão to journalists this Tuesday" (a past verb of saying, not an adjective).
  const isTagAfterQuotation = (index: number): boolean => {
    const at = words[index]?.at ?? 0;
    return QUOTATION_CLOSED.test(text.slice(Math.max(0, at - 4), at));
  };
  // "stripped Oslo of next year's championships on Thursday", "approved next year's budget": a
  // period's possessive names a noun's time, not the tense of the verb that acts on it.
  const isPossessivePeriod = (index: number): boolean => {
    const possessive = /^([a-z]+)['’]s$/.exec(wordAt(index));
    return possessive !== null && POSSESSIVE_PERIODS.has(possessive[1] ?? '');
  };
  // "approved the budget for next year on Tuesday", "released its fixtures for next season": a
  // period after a noun and "for" names what the noun covers, not the tense of the clause's verb
  // (after a plan's participle it is the plan's time: "scheduled for next week").
  const isNounsPeriod = (index: number): boolean => {
    const noun = wordAt(index - 2);
    return (
      wordAt(index - 1) === 'for' &&
      POSSESSIVE_PERIODS.has(wordAt(index + 1)) &&
      joinedBefore(index - 1) === noun &&
      noun !== '' &&
      !noun.endsWith('ed') &&
      !BE.has(noun) &&
      !FUTURE_PARTICIPLES.has(noun) &&
      !PAST_WORDS.has(noun)
    );
  };
  // The word at `index` as a modal may be: "May" with a capital is the month ("On May 12, it hired
  // 200 workers" has no "may it hired"), so it is no word here.
  const modalAt = (index: number): string =>
    wordAt(index) === 'may' && text.charAt(words[index]?.at ?? 0) === 'M' ? '' : wordAt(index);
  const mark = (from: number, to: number, tense: ClauseTense): void => {
    const first = words[from];
    const last = words[to];
    if (first && last) markers.push({ at: first.at, end: last.end, tense });
  };
  /**
   * Words after a plan's participle up to its "for": 1 for "planned for", 2 for "set down for"; in
   * a plan called off, "due on Jan. 4" too (elsewhere "set on" and "planned on" are no plan's day).
   */
  const planFor = (index: number): number =>
    wordAt(index + 1) === 'for' || (wordAt(index + 1) === 'on' && calledOff())
      ? 1
      : wordAt(index + 1) === 'down' && wordAt(index + 2) === 'for'
        ? 2
        : 0;
  for (let index = 0; index < words.length; index += 1) {
    const word = wordAt(index);
    // Each branch below starts at a word of MARKER_HEADS, an "-ed" past or a "'ll": a new branch
    // adds its words there.
    if (!mayHeadMarker(word)) continue;
    const next = ADVERBS.has(wordAt(index + 1)) ? index + 2 : index + 1;
    // Future groups first: they hold past-looking words ("was expected to", "had planned").
    // "is due in Lima on Friday", "are expected back in Oslo": an arrival ahead.
    const dueIn = DUE_WORDS.has(wordAt(next)) && DUE_PLACES.has(wordAt(next + 1));
    if ((word === 'was' || word === 'were') && wordAt(index + 1) === 'to' && wordAt(index + 2) === 'have') {
      // "which was to have opened on Sunday": a plan as it stood, not a day already past.
      mark(index, index + 2, 'planned');
      index += 2;
    } else if (
      BE.has(word) &&
      FUTURE_PARTICIPLES.has(wordAt(next)) &&
      (/^(?:to|for)$/.test(wordAt(next + 1)) || dueIn || expectedOn(word, wordAt(next), wordAt(next + 1)))
    ) {
      // "was scheduled for Jan. 9" says what the plan was, not whether the day is still ahead.
      const planned = wordAt(next + 1) === 'for' && (PAST_BE.has(word) || calledOff());
      // "is expected Monday", "is due next week": the date that follows is not part of the verb group.
      const through = /^(?:to|for|on|by|in|before|within)$/.test(wordAt(next + 1)) || dueIn ? next + 1 : next;
      mark(index, through, planned ? 'planned' : 'future');
      // "was expected to arrive": a future seen from the past.
      const last = markers.at(-1);
      if (last && !planned && PAST_BE.has(word)) last.inPast = true;
      index = through;
    } else if (
      PLANNED_PARTICIPLES.has(word) &&
      planFor(index) > 0 &&
      (!PRESENT_BE.has(wordAt(index - 1)) || calledOff())
    ) {
      // "the meeting planned for Nov. 20", "had been planned for April", "set down for Monday".
      const length = planFor(index);
      mark(index, index + length, 'planned');
      index += length;
    } else if (BARE_FUTURE_PARTICIPLES.has(word) && wordAt(index + 1) === 'to' && !FINITE_BE.has(wordAt(index - 1))) {
      // Headline and apposition style: "Governor set to tour the fire zone on Friday". After "had
      // been" it is a plan as it stood, its day the nearest ("had been due to decide the
      // application in July": the July just gone, the plan since changed).
      const pluperfect = wordAt(index - 1) === 'been' && wordAt(index - 2) === 'had';
      mark(index, index + 1, pluperfect ? 'planned' : 'future');
      index += 1;
    } else if (
      (INTENT.has(word) || word === 'is' || word === 'are' || word === 'was' || word === 'were') &&
      wordAt(index + 1) === 'to' &&
      // "voted 88 to 40 on Tuesday": a tally's "to" after a number is no intent's.
      joinedBefore(index + 1) !== '' &&
      wordAt(index + 2) !== 'be'
    ) {
      mark(index, index + 1, 'future');
      const last = markers.at(-1);
      // "Talks were to resume on Monday": a plan as it stood, a future seen from the past.
      if (last && PAST_BE.has(word)) last.inPast = true;
      // "approved plans to raise the levy": a plan made, as a past verb of intent makes one.
      if (last && (PAST_INTENT.has(word) || (PLAN_NOUNS.has(word) && isPastVerb(wordAt(index - 1))))) {
        last.pastHead = true;
        last.inPast = true;
      }
      index += 1;
    } else if (PAST_INTENT.has(word) && wordAt(index + 1).endsWith('ly') && wordAt(index + 2) === 'to') {
      // "voted unanimously to ban": intent with its manner.
      mark(index, index + 2, 'future');
      const last = markers.at(-1);
      if (last) {
        last.pastHead = true;
        last.inPast = true;
      }
      index += 2;
    } else if (
      PRESENT_BE.has(word) &&
      wordAt(index + 1) === 'to' &&
      wordAt(index + 2) === 'be' &&
      (PARTICIPLE.test(wordAt(index + 3)) || PAST_WORDS.has(wordAt(index + 3)))
    ) {
      // "The final is to be played on Sunday": a plan in the passive.
      mark(index, index + 3, 'future');
      index += 3;
    } else if (PRESENT_BE.has(word) && ARRANGED_ING.has(wordAt(next))) {
      // "is meeting Duval on Friday": an arrangement ahead.
      mark(index, next, 'future');
      index = next;
    } else if (PRESENT_BE.has(word) && wordAt(next) === 'being' && ARRANGED_PASSIVE.has(wordAt(next + 1))) {
      // "The summit is being held in Oslo on Friday": an arrangement ahead, in the passive.
      mark(index, next + 1, 'future');
      index = next + 1;
    } else if (
      PLAN_VERBS.has(word) &&
      /^(?:a|an|the|its|their|his|her)$/.test(wordAt(index + 1)) &&
      !/^(?:a|an|the|its|their|his|her|this|that)$/.test(wordAt(index - 1))
    ) {
      // "Port workers plan a one-day strike on Nov. 26": a plan points ahead.
      mark(index, index, 'future');
    } else if (
      ((TIMETABLE.has(word) || TIMETABLE_PHRASE.get(word)?.has(wordAt(index + 1))) && index > 0) ||
      ((PLURAL_TIMETABLE.has(word) || PLURAL_TIMETABLE_PHRASE.get(word)?.has(wordAt(index + 1))) &&
        (isPluralSubject(joinedBefore(index)) ||
          /['’]s$/.test(joinedBefore(index)) ||
          RELATIVE_SUBJECT.has(joinedBefore(index)))) ||
      (PLURAL_TIMETABLE_PHRASE.get(word)?.has(wordAt(index + 1)) && afterApposition(text, words[index]?.at ?? 0))
    ) {
      const first = words[index];
      // A noun's plan called off ("Rask's visit to Oslo on June 10 was cancelled") keeps its day ahead.
      if (nounForm(index)) {
        if (calledOff()) mark(index, index, 'planned');
      } else if (first) markers.push({ at: first.at, end: first.end, tense: 'future', timetable: true });
    } else if (PRESENT_BE.has(word) && PLANNED_PROGRESSIVE.test(wordAt(next))) {
      // "The shop is closing on Thursday", "Nurses are striking on Friday": a plan, told weakly.
      const first = words[index];
      const last = words[next];
      if (first && last) markers.push({ at: first.at, end: last.end, tense: 'future', timetable: true });
      index = next;
    } else if (
      (FUTURE_WORDS.has(word) && !(word === 'next' && (isPossessivePeriod(index + 1) || isNounsPeriod(index)))) ||
      endsInWill(word) ||
      // "may" in lower case: "in May" is a month.
      (MODALS_AHEAD.has(word) &&
        !NOT_AHEAD_AFTER_MODAL.has(wordAt(index + 1)) &&
        (word !== 'may' || text.charAt(words[index]?.at ?? 0) === 'm'))
    ) {
      mark(index, index, 'future');
      // "said it would strike on Friday": a future seen from the saying.
      const last = markers.at(-1);
      if (last && word === 'would') last.inPast = true;
    } else if ((word === 'could' && wordAt(index + 1) === 'not') || word === "couldn't" || word === 'couldn’t') {
      // "could not be reached on Monday", "could not say on Tuesday": told of a day gone by.
      mark(index, index, 'past');
    } else if (word === 'had' && PLAN_AS_IT_STOOD.has(wordAt(next)) && wordAt(next + 1) === 'to') {
      // "Thailand had planned to host it from May 12 to 14": a plan as it stood, its day the
      // nearest (not a year back for a day just ahead of the dateline).
      mark(index, next + 1, 'planned');
      index = next + 1;
    } else if ((word === 'was' || word === 'were') && calledToAct(text, words, next) !== undefined) {
      // "was ordered to appear in court on Friday", "were bailed to appear on Jan. 5": what the
      // order asks for lies ahead of it, as in the perfect below; a weekday after an act with no
      // time of its own is the order's ("was told to resign on Monday"), as for a governed
      // infinitive (`clauseTense`).
      const to = calledToAct(text, words, next) ?? next;
      mark(index, next, 'past');
      mark(to, to + 1, 'future');
      const last = markers.at(-1);
      if (last) {
        last.inPast = true;
        last.governed = true;
      }
      index = to + 1;
    } else if (HAVE.has(word) && (PARTICIPLE.test(wordAt(next)) || PAST_WORDS.has(wordAt(next)))) {
      mark(index, next, 'past');
      // "has agreed to meet X on Sunday", "have invited both sides to talks on Friday": the perfect
      // of a verb of intent or of inviting governs what lies ahead, as its past does; its
      // participle is read again as that past.
      // ("had agreed to meet" is a plan as it stood, left to its past.)
      index = word !== 'had' && INFINITIVE_GOVERNORS.has(wordAt(next)) ? next - 1 : next;
      // "has been summoned to appear before the committee on Tuesday": what the order or the
      // invitation asks for lies ahead of it.
      const to = wordAt(next) === 'been' ? calledToAct(text, words, next + 1) : undefined;
      if (to !== undefined) {
        mark(to, to + 1, 'future');
        index = to + 1;
      }
    } else if (
      PHRASAL_PAST.has(word) &&
      (PHRASAL_PARTICLES.has(wordAt(index + 1)) || OBJECT_OPENERS.has(wordAt(index + 1))) &&
      !isAdjectiveOrPassive(joinedBefore(index)) &&
      !BASE_VERB_BEFORE.has(joinedBefore(index)) &&
      !DO_WORDS.has(joinedBefore(index))
    ) {
      // "The ministry set out plans on Monday", "The government set a cap on rents on Tuesday": "set"
      // or "put" before its particle or its object, with no auxiliary, is told of a day gone by.
      mark(index, index + 1, 'past');
      index += 1;
    } else if (
      (PAST_WORDS.has(word) ||
        isPastEdWord(word) ||
        isPastBeforeObject(word, wordAt(next)) ||
        (PAST_OR_ADJECTIVE.has(word) && isTagAfterQuotation(index))) &&
      // "President Sheikh Mohamed bin Zayed", "Said Hamdan": a capitalised word inside the sentence is a name.
      !isNameWord(index) &&
      // The words before a tag are the quotation's ("'... listen to us,' said Wolny"): they do not
      // make its verb a base form or an adjective.
      (isTagAfterQuotation(index) ||
        // "will be held", "to be sent": the auxiliary carries the tense of a passive.
        (!isAdjectiveOrPassive(joinedBefore(index)) &&
          // "will cut", "could hit", "did not quit": a base form that looks like a past one.
          !BASE_VERB_BEFORE.has(joinedBefore(index)) &&
          !DO_WORDS.has(joinedBefore(index)) &&
          !isAttributive(joinedBefore(index), modalAt(index - 2))))
    ) {
      mark(index, index, 'past');
      const to = governedInfinitive(text, words, index);
      if (to !== undefined) {
        // "agreed on Monday to meet X on Thursday": the meeting lies ahead of the agreeing.
        mark(to, to + 1, 'future');
        const last = markers.at(-1);
        if (last) {
          last.inPast = true;
          last.governed = true;
        }
      }
    }
  }
  // "Ministers to meet in Oslo on Friday", "Lund council to vote on pool closure on Monday": a
  // headline's or a bullet's infinitive after its subject, with no verb of its own, tells a plan.
  if (markers.length === 0) {
    const headline = HEADLINE_INFINITIVE.exec(text);
    if (headline) {
      const at = headline.index + headline[0].length - 2;
      markers.push({ at, end: at + 2, tense: 'future' });
    }
  }
  return markers;
}

/**
 * A subject then "to" and a base verb, opening a text with no verb of its own: "Ministers to meet",
 * "Fiske to resign", "• Lund council to vote". Not "According to police", "Due to rain", "Next to",
 * nor a past verb's object and adverbials ("Macron called Scholz on Monday to discuss the war").
 */
const HEADLINE_INFINITIVE =
  /^[\s\u2022*-]*(?!(?:according|due|next|close|thanks|prior|owing|up|back|in|on|at|with|from|ahead)\b)(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|(?!(?:on|in|at|for|with|by|of|from|after|before)\b)[a-z]+(?<!ed))){0,5}?\s+to(?=\s+[a-z]+\b)/;

/** Participles of a passive that asks for an act: "has been summoned to appear", "have been told to leave". */
const CALLED_TO = new Set([
  'summoned',
  'bailed',
  'ordered',
  'asked',
  'invited',
  'told',
  'called',
  'urged',
  'instructed',
  'directed',
  'required',
]);

/**
 * The index of the "to" after a passive participle that asks for an act (`CALLED_TO`) at `index`
 * ("summoned to appear"), when a base verb follows it; undefined otherwise.
 */
function calledToAct(
  text: string,
  words: readonly { word: string; at: number; end: number }[],
  index: number,
): number | undefined {
  if (!CALLED_TO.has(words[index]?.word ?? '') || words[index + 1]?.word !== 'to') return undefined;
  const verb = words[index + 2];
  if (
    !verb ||
    !/^[a-z]+$/.test(text.slice(verb.at, verb.end)) ||
    DETERMINERS.has(verb.word) ||
    verb.word.endsWith('ed')
  ) {
    return undefined;
  }
  return index + 1;
}

/**
 * The index of the "to" of an infinitive that the past verb at `index` governs across its object
 * or a date ("invited Duval on Monday to visit Lund", not "invited Duval to visit", which the
 * verb's own marker reads), within the clause; undefined when there is none.
 */
function governedInfinitive(
  text: string,
  words: readonly { word: string; at: number; end: number }[],
  index: number,
): number | undefined {
  const governor = words[index];
  if (!governor || !INFINITIVE_GOVERNORS.has(governor.word) || words[index + 1]?.word === 'to') return undefined;
  for (let at = index + 1; at <= index + GOVERNED_REACH; at += 1) {
    const current = words[at];
    if (!current || NOT_IN_GOVERNED_STRETCH.has(current.word)) return undefined;
    if (/[;:,]/.test(text.slice(words[at - 1]?.end ?? governor.end, current.at))) return undefined;
    if (current.word !== 'to') continue;
    // "voted by 6 to 3 on Tuesday": a number after "to" is a tally, whatever word follows it.
    if (!/^\s+$/.test(text.slice(current.end, words[at + 1]?.at ?? current.end))) return undefined;
    const verb = words[at + 1]?.word ?? '';
    // "to meet", "to visit": a base verb, not "to Paris", "to the talks" or a tally ("voted
    // seven to four").
    const base = /^[a-z]+$/.test(text.slice(words[at + 1]?.at ?? 0, words[at + 1]?.end ?? 0));
    const count = Object.hasOwn(COUNT_WORDS, verb);
    // "invited both sides to a meeting at the ministry on Monday": the happening one is invited to.
    if (DETERMINERS.has(verb) && INVITING.has(governor.word)) {
      const nouns = words.slice(at + 2, at + 5).map((word) => word.word);
      return nouns.some((noun) => isHappeningNoun(noun)) ? at : undefined;
    }
    return base && !count && !DETERMINERS.has(verb) && !verb.endsWith('ed') ? at : undefined;
  }
  return undefined;
}

/** The clause breaks of the text last asked about (start, end, start, end, ...): a sentence's dates ask in turn. */
let breaksOf: { text: string; breaks: number[] } | undefined;

function clauseBreaks(text: string): readonly number[] {
  if (breaksOf?.text === text) return breaksOf.breaks;
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(text); match; match = CLAUSE_BREAK.exec(text)) {
    breaks.push(match.index, match.index + match[0].length);
  }
  breaksOf = { text, breaks };
  return breaks;
}

/** The clause of `text` that holds offset `at`: from the last break before it to the next one. */
export function clauseAround(text: string, at: number, end = at): { start: number; end: number } {
  let start = 0;
  let stop = text.length;
  const breaks = clauseBreaks(text);
  for (let index = 0; index < breaks.length; index += 2) {
    const breakStart = breaks[index] ?? 0;
    const breakEnd = breaks[index + 1] ?? 0;
    if (breakEnd <= at) start = breakEnd;
    else if (breakStart >= end) {
      stop = breakStart;
      break;
    }
  }
  return { start, end: stop };
}

function distance(marker: TenseMarker, start: number, end: number): number {
  if (marker.end <= start) return start - marker.end;
  if (marker.at >= end) return marker.at - end;
  return 0;
}

/** "since", then at most a noun phrase, before a date: "since March", "since the death of its member in". */
const SINCE_BEFORE = /\bsince\s+(?:[^,;:()]{0,60}?\s)?$/i;

/** Tense of the verb group nearest the text between `start` and `end`, within its clause. */
export function clauseTense(
  text: string,
  start: number,
  end: number,
  all: readonly TenseMarker[] = tenseMarkers(text),
): ClauseTense {
  const markers = all.filter((marker) => marker.end <= start || marker.at >= end);
  const clause = clauseAround(text, start, end);
  const inClause = markers.filter((marker) => marker.at >= clause.start && marker.end <= clause.end);
  // "Saturday's opener was called off": the day of a called-off event is the day it was planned for.
  if (/^['’]s\b/.test(text.slice(end)) && CALLED_OFF.test(text.slice(clause.start, clause.end))) return 'planned';
  if (isInSubjectOfCalledOff(text, end, clause.end, inClause)) return 'planned';
  if (PERFECT_CALLED_OFF_OBJECT.test(text.slice(clause.start, start))) return 'planned';
  // A heading ("Dec. 2: Coastline announces ...") is a timeline's entry: told in the historical
  // present, it lies before the dateline unless its entry says it is ahead ("Jan. 9: Talks will ...").
  if (inClause.length === 0 && isHeading(text, start, end)) {
    const entry = /^\s*(?::|[-\u2013\u2014])(?:\s*\S+){0,6}/.exec(text.slice(end))?.[0] ?? '';
    const ahead = markers.find((marker) => marker.at >= end && marker.end <= end + entry.length && !marker.timetable);
    // "Dec. 2: X announces it will close": what is announced lies ahead, not the entry.
    const reported = ahead && REPORTING_VERB.test(text.slice(end, ahead.at));
    if (ahead?.tense === 'future' && !reported) return 'future';
    // "Sunday: Harlow Town play Dunmore Rovers": a fixture list's day lies ahead.
    return WEEKDAY_DATE.test(text.slice(start, end)) && FIXTURE_ENTRY.test(entry) ? 'future' : 'past';
  }
  // "A byelection in the riding, vacant since the death of its member in March, will be held on June
  // 22": a stretch with no verb of its own that runs since a date runs from a day gone by, whatever
  // the verb around it tells.
  if (inClause.length === 0 && SINCE_BEFORE.test(text.slice(clause.start, start))) return 'past';
  // A fronted adverbial with no verb of its own ("..., and on Tuesday, on the eve of the recess,
  // she will send ...") belongs to the clause that follows it.
  const fronted =
    inClause.length === 0 &&
    /^\s*,/.test(text.slice(clause.end)) &&
    FRONTED.test(text.slice(clause.start, start)) &&
    !ATTRIBUTION_TAIL.test(text.slice(clause.end))
      ? markers.find((marker) => marker.at >= clause.end)
      : undefined;
  const candidates = inClause.length > 0 ? inClause : fronted ? [fronted] : markers;
  // A date adverbial follows its verb ("will meet X in Riyadh on Jan. 6 to discuss the repeated
  // overruns"): the nearest verb group before the date decides, one after it only when none is.
  const before = candidates.filter((marker) => marker.end <= start);
  let best: TenseMarker | undefined;
  for (const marker of before.length > 0 ? before : candidates) {
    if (!best || distance(marker, start, end) < distance(best, start, end)) best = marker;
  }
  // "EU ambassadors on Wednesday agreed to push back the rules": the day of the agreeing.
  // "The regulator ordered Fenwick to sell 40 stores on Tuesday": the day of the order, the
  // infinitive telling no happening with a time of its own (time-attachment.ts). Only a weekday,
  // whose week the tense picks: "agreed to acquire X on July 1" in June is no July gone by.
  const decided =
    (best?.pastHead || best?.governed) &&
    best.end <= start &&
    WEEKDAY_DATE.test(text.slice(start, end)) &&
    !infinitiveOwnsDate(text.slice(best.at, start));
  const tense = decided || (best?.pastHead && best.at >= end) ? 'past' : (best?.tense ?? 'present');
  return tense === 'past' && RESCHEDULED_TO.test(text.slice(Math.max(0, start - 80), start)) ? 'future' : tense;
}

/**
 * A date that heads its entry, as in a timeline: "Dec. 2: Coastline announces ...", and, when it
 * opens the sentence, "Dec. 28 — Rask meets Duval".
 */
function isHeading(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (/^\s*:/.test(after)) return true;
  return /^\s*[-\u2013\u2014]\s/.test(after) && /^[\s\u2022*-]*$/.test(text.slice(0, start));
}

const WEEKDAY_DATE = new RegExp(String.raw`^(?:on\s+)?${WEEKDAY_NAME}\b`, 'i');
/**
 * A called-off predicate in the present or the present perfect: "has been scrapped", "is
 * cancelled", "have been postponed". ("was cancelled" may tell of a day gone by: "The match on
 * Saturday was called off at half-time".)
 */
const CALLED_OFF_PREDICATE =
  /^[^,;:]*?\b(?:(?:has|have)\s+been|is|are)\s+(?:\w+ly\s+)?(?:cancel(?:l)?ed|called off|scrapped|scrubbed|postponed|put off|shelved|axed|dropped)\b/i;

/**
 * "has cancelled its open day on 20 February", "have postponed their cup tie against Dunmore on
 * February 1": a perfect takes no day gone by of its own, so a date after the object it calls off
 * is that happening's planned day (the nearest such day), not a day of the calling off.
 */
const PERFECT_CALLED_OFF_OBJECT =
  /\b(?:has|have)\s+(?:\w+ly\s+)?(?:cancel(?:l)?ed|called off|scrapped|scrubbed|postponed|put off|shelved|axed|dropped)\s+(?:the|its|their|his|her|our|this|next|a|an)\s+[^,;:.]{1,60}?\s(?:on|for)\s+$/i;

/**
 * "A visit to Nogales on Friday has been scrapped", "The minister's June 10 visit to Oslo has been
 * cancelled": a date in the subject of a predicate that calls it off now (no verb before it in its
 * clause) is the day the plan was for, not a day gone by.
 */
function isInSubjectOfCalledOff(
  text: string,
  end: number,
  clauseEnd: number,
  inClause: readonly TenseMarker[],
): boolean {
  if (inClause.some((marker) => marker.end <= end)) return false;
  return CALLED_OFF_PREDICATE.test(text.slice(end, clauseEnd));
}

/**
 * An attribution that ends the sentence: ", officials said.", ", the ministry said in a statement.".
 * A date before it, after an aside ("will meet Omar Said, the Egyptian foreign minister, on Monday,
 * officials said"), closes the clause before the aside, not a fronted date of the saying.
 */
const ATTRIBUTION_TAIL =
  /^\s*,\s*[^,;:]{0,60}?\b(?:said|says|told|added|reported|reports|confirmed|announced)\b[^,;:]{0,40}$/;

/** What may stand before a fronted date: a conjunction and a preposition ("and on Tuesday,"). */
const FRONTED = /^\s*(?:(?:and|but|or|then|yet|so)\s+)?(?:(?:on|in|at|by|during|from|early|late|earlier|later)\s+)?$/i;

/** A fixture told in a list's entry: "Harlow Town play Dunmore", "Kestrel Bay v Marlow Springs". */
const FIXTURE_ENTRY =
  /^\s*(?::|[-\u2013\u2014])\s*(?:[A-Z][\w'’.-]*\s+){1,4}(?:v|vs\.?|play|face|host|take on)\s+[A-Z]/;

const REPORTING_VERB = /\b(?:announces|says|tells|warns|confirms|reports|unveils|pledges|promises|vows)\b/i;
const CALLED_OFF = /\b(?:cancel(?:l)?ed|called off|scrapped|scrubbed|postponed|put off|shelved|axed)\b/i;

/** "has moved the launch to March 12", "was postponed until Jan. 9": the new date lies ahead. */
const RESCHEDULED_TO =
  /\b(?:postponed|delayed|moved|pushed(?:\s+back)?|rescheduled|re-scheduled|rearranged|re-arranged|adjourned|put\s+off|brought\s+forward|deferred|extended|remanded)\b[^,.;]{0,60}\b(?:to|until|till|for)\s+(?:on\s+)?$/i;
