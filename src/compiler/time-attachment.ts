/**
 * Time attachment: which verb of a clause's verb chain a time adverbial belongs to, and which
 * dates in a clause are no time of any verb at all.
 *
 * A clause of news has a main verb chain ("ordered", "voted", "extended"), the infinitive it may
 * govern ("ordered Fenwick Foods to sell 40 stores"), and time phrases after them. English puts a
 * reporter's date at the end of the clause whichever verb it belongs to, so the words decide:
 *
 * - After an infinitive, a date is the governing verb's unless the infinitive tells a happening
 *   with a time of its own: "The regulator ordered Fenwick Foods to sell 40 stores on Tuesday" is
 *   an order given on Tuesday; "Tarvo and Lisk agreed to meet on Friday" is a meeting on Friday.
 *   A start or a deadline ("from Monday", "by Friday") is always the infinitive's.
 * - A date after "to" or "until" that closes a verb of moving a time ("extended the deadline to
 *   June 30", "adjourned the case to Friday") is the new time, not the moving.
 * - A year inside a name ("the Finance Bill 2025", "Vision 2030") dates nothing.
 * - A period that figures cover ("for the quarter ending March 31") is no time of the report.
 *
 * The tense stage asks `infinitiveOwnsDate` of a governed infinitive; the date stage asks `mayTime`
 * and `isOwnTime` of each date mention of a clause, which read its role (`timeReadingOf`) once per
 * sentence and mention (`timeReading`).
 */
import type { DateMention, Span } from './types.ts';

/**
 * Infinitives of happenings with a time of their own: what one agrees, votes, plans or is invited
 * to do on a day is done that day ("agreed to meet on Friday", "voted to strike on Monday",
 * "invited Duval to visit Lund on Monday").
 */
const OWN_TIME_VERBS = new Set(
  (
    'meet visit travel fly go come attend host stage sign strike walk march protest rally vote appear testify ' +
    'return resume reopen open start begin launch play face speak address hear convene reconvene gather sit talk ' +
    'negotiate debate discuss tour leave depart arrive land head announce unveil publish present release ' +
    'decide rule deliver hold celebrate mark observe perform compete race fight join'
  ).split(' '),
);

/** Nouns of happenings one is invited or called to: "to a meeting", "to talks", "to a hearing". */
const HAPPENING_NOUNS = new Set(
  'meeting meetings talks summit hearing dinner lunch breakfast ceremony session conference briefing reception rally debate consultation consultations negotiations discussions celebration inauguration'.split(
    ' ',
  ),
);

/** Whether `word` (lower case) names a happening one may be invited to. */
export function isHappeningNoun(word: string): boolean {
  return HAPPENING_NOUNS.has(word);
}

/**
 * Objects of "hold" that a body decides, not a happening it holds: "voted to hold rates on
 * Thursday" is the vote; "voted to hold elections on Monday" is the elections'.
 */
const HELD_SETTINGS =
  /^(?:(?:its|the|their|interest|key|benchmark|policy|borrowing|lending)\s+)*(?:rates?|steady|firm|prices?|fares|taxe?s?|the line)\b/i;

/** A start, a deadline or an end before the date: the infinitive's time, whatever the verb. */
const OWN_BOUND = /\b(?:from|by|until|till|before|starting|effective|as\s+of|no\s+later\s+than|within)\s+$/i;

/** The infinitive's verb and what follows it: "to sell 40 stores " -> ["sell", "40 stores "]. */
const INFINITIVE = /\bto\s+([a-z]+)\b\s*(.*)$/is;

/**
 * Whether a weekday after a governed infinitive belongs to the infinitive (a happening with its own
 * time, or a start or deadline), not to the past verb that governs it. `stretch` runs from the
 * infinitive's "to" (or the governing verb before it) up to the date.
 */
export function infinitiveOwnsDate(stretch: string): boolean {
  if (OWN_BOUND.test(stretch)) return true;
  const infinitive = INFINITIVE.exec(stretch);
  if (!infinitive) return true;
  const verb = (infinitive[1] ?? '').toLowerCase();
  // "invited both sides to a meeting on Monday", "to talks on Friday": the happening's own day.
  if (/^(?:a|an|the|fresh|new|further|more)$/.test(verb) || isHappeningNoun(verb)) return true;
  if (verb === 'hold' || verb === 'keep') return !HELD_SETTINGS.test(infinitive[2] ?? '');
  return OWN_TIME_VERBS.has(verb);
}

/** What a date mention of a clause is to the event told there. */
export type TimeRole =
  /** The time of a verb of the clause: a candidate for the event's date. */
  | 'time'
  /** The new time a verb of moving a time sets: "extended the deadline to June 30". */
  | 'target'
  /** A point of reference after "after" or "before": "pausing after February's cut". */
  | 'reference'
  /** A year inside a name: "the Finance Bill 2025". */
  | 'name'
  /** The period that figures cover: "for the quarter ending March 31". */
  | 'period'
  /**
   * Inside a phrase of its own that opens at `opening`: the start of a stretch after "since"
   * ("Since taking office in January", "its first since the police ban in March"), or a participle
   * aside after a noun ("the suspension, imposed in January,"). It times only what that phrase tells.
   */
  | 'phrase';

/** A date's role, and for a `phrase` where the phrase opens. */
export interface TimeReading {
  role: TimeRole;
  opening: number;
}

/**
 * A verb of moving a time, or a time limit, up to the "to" or "until" before the new time: "extended
 * the deadline to", "adjourned the case to", "postponed the vote until", "pushed back the launch to".
 */
const MOVED_TO =
  /\b(?:extend(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|postpon(?:es|ed|ing|e)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|mov(?:es|ed|ing|e)|push(?:es|ed|ing)?\s+back|pushed|put\s+off|brought\s+forward|bring\s+forward|reschedul(?:es|ed|ing|e)|rearrang(?:es|ed|ing|e)|remand(?:s|ed|ing)?|deadline|prolong(?:s|ed|ing)?)\b[^,.;:]{0,60}?\b(?:to|until|till|through)\s+$/i;

/**
 * Capitalised words that may stand before a year without making it a name's: months and their
 * abbreviations, seasons, quarters and halves, prepositions that open a sentence ("In 2025").
 */
const NOT_A_NAME_BEFORE_YEAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Q[1-4]|H[12]|FY|In|On|By|Since|Until|From|Through|Before|After|During|And|Or|Of|For|To|Early|Late|Mid)$/;

/** A year right after a capitalised word of a name: "Finance Bill 2025", "Vision 2030", "Expo 2027". */
function isYearOfName(masked: string, mention: Span): boolean {
  const previous = /([A-Z][A-Za-z]*)\.?\s+$/.exec(masked.slice(Math.max(0, mention.start - 24), mention.start));
  if (!previous?.[1] || NOT_A_NAME_BEFORE_YEAR.test(previous[1])) return false;
  // A sentence's first word is capitalised whatever it is: "Officials 2025" is no name.
  const before = masked.slice(0, mention.start - previous[0].length);
  return /\S/.test(before) && !/[.!?:"“]\s*$/.test(before);
}

/**
 * A reporting period named by its end, after "for": "for the quarter ending March 31", "for the
 * six months ended June 30", "for the year to March" (dates.ts reads the period itself).
 */
const PERIOD_COVERED =
  /^the\s+(?:[\w-]+\s+){0,3}?(?:quarter|half|year|months?|period)\s+(?:ending|ended|to|through)\b/i;

/**
 * "Since taking office in January, the governor has vetoed six bills", "its first since the police
 * ban in March was lifted": the start of a stretch, with no finite verb between "since" and the
 * date. What "since" bounds (a tally, a first) has no day there; only the phrase's own noun or
 * participle does.
 */
const SINCE_PHRASE = /\bsince\s+(?:[\w'’-]+\s+){0,6}?(?:in|on|at|of|during)?\s*$/i;
/** Words that make a "since" stretch a clause of its own: a finite verb or an auxiliary. */
const FINITE_IN_PHRASE =
  /\b(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can)\b|\b[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her)\b/i;

/**
 * "the suspension of the federation, imposed in January over unpaid fees", "the levy, introduced in
 * March after a vote": a passive participle aside after a comma, whose date is the participle's.
 * A passive has no object, so a preposition or the date follows the participle; a past verb with
 * its object after an aside ("The tour, which ..., reached Tucson on Thursday") or in a list of
 * predicates ("grew up in Lund, studied law and in 2016 joined") is no aside.
 */
const PARTICIPLE_ASIDE =
  /,\s+(?:(?:first|originally|previously|initially|later|only|also)\s+)?(?:[a-z]+(?:ed|en|wn)|made|set|put|cut|held|built|sold|bought|won|lost|brought|taken|given|struck|hit|shut|laid|paid|led|left|kept|sent|spent|told|found)\s+(?:(?:in|on|at|by|for|into|over|after|before|during|under|from|with|amid|since|back|late|early|earlier)\s+(?:(?!(?:and|but|or|then)\b)[^,;:()]){0,40}?)?$/;

/**
 * "lifting a ban imposed in 2023", "scrapped the parking levy introduced in March 2024": a passive
 * participle right after its noun, with no comma, dated by a year, whose date is the participle's
 * ("a statement issued on Monday", "the fleet grounded on Monday" are the statement's and the
 * order's day). The noun has its determiner, no auxiliary stands before the participle ("the plant
 * was closed in 2023" is a passive verb), and the participle is no noun itself ("the petitions of
 * the other two accused").
 */
const REDUCED_RELATIVE =
  /\b(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?!(?:is|are|was|were|be|been|being|has|have|had|not|also|then)\b)[a-z]+\s+(?!(?:accused|deceased|injured|wounded|detained|displaced|unemployed|disappeared|beloved|speed|hundred|need|seed|feed|breed)\b)(?:[a-z]{2,}ed|taken|given|written|chosen|broken|driven|stolen|frozen|spoken|beaten|fallen|proven|shown|drawn|known|flown|thrown|grown|withdrawn|sworn|made|set|built|held|sold|won|struck|shut|laid|paid)\s+(?:back\s+)?(?:in|during)\s+$/;

/** A relative clause or an aside between commas: ", which was chaired by Portugal,", ", 61,". */
const ASIDE_BETWEEN_COMMAS = /,[^,]*(?=,)/g;
/** A finite verb: an auxiliary, a modal or a past form. */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|did|does|[a-z]{3,}ed|said|told|met|held|made|took|gave|sent|set|put|cut|left|kept|won|lost|struck|hit|shut|paid|led|sold|bought|began|went|came|saw|ran|rose|fell)\b/i;

/**
 * Whether the sentence has its main verb before the comma at `comma`, asides left out: "The council
 * scrapped the levy, introduced in March" has; "The verdict, delivered on Tuesday, was unanimous"
 * and "The summit, which was chaired by Portugal, opened in Lisbon" have not (the participle after
 * the comma is the subject's own, or the main verb).
 */
function hasMainVerbBefore(masked: string, comma: number): boolean {
  const clause = masked.slice(0, comma).replace(FRONTED_TIME, '');
  return FINITE_VERB.test(`${clause},`.replace(ASIDE_BETWEEN_COMMAS, ''));
}

/**
 * A time phrase that opens a sentence before its comma: "On May 12,", "Last week,", "After the
 * vote,". Its comma opens no aside: in "On May 12, the council closed the bridge, built in 1911,"
 * what stands between the two commas is the main clause, not an aside to leave out.
 */
const FRONTED_TIME =
  /^\s*(?:(?:on|in|at|by|early|late|earlier|later|last|this|next|since|during|after|before|following|until|over)\b[^,;:]{0,40}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^,;:]{0,20}|yesterday|today)\s*,/i;

/**
 * The rest of a subject's participle aside after its date, then the verb of the sentence: ", met
 * union leaders", " for a second term, appeared in court". Not a copula or an auxiliary of state.
 */
const SUBJECT_ASIDE_THEN_VERB =
  /^[^,;:()]{0,40},\s+(?!(?:is|are|was|were|will|would|has|have|had|remains?|remained|seems?|seemed|and|but|or|who|which|where|when|while|as|the|a|an)\b)[a-z]{2,}\b/;

/** "pausing after February's cut", "days before the election in May": a point of reference. */
const REFERENCE_BEFORE =
  /\b(?:after|before|following|ahead\s+of|prior\s+to)\s+(?:(?:the|a|an|its|their|his|her|this|last)\s+)?(?:[\w-]+\s+){0,2}?$/i;

/** The role of the date mention `mention` in `masked`, by the rules of this file's header. */
export function timeReadingOf(masked: string, mention: DateMention): TimeReading {
  const before = masked.slice(Math.max(0, mention.start - 90), mention.start);
  const time = { role: 'time' as const, opening: 0 };
  if (/\bfor\s+$/i.test(before) && PERIOD_COVERED.test(masked.slice(mention.start, mention.end)))
    return { ...time, role: 'period' };
  if (/^\d{4}$/.test(mention.text) && isYearOfName(masked, mention)) return { ...time, role: 'name' };
  const since = SINCE_PHRASE.exec(before);
  if (since && !FINITE_IN_PHRASE.test(since[0]))
    return { role: 'phrase', opening: mention.start - before.length + since.index };
  const aside = PARTICIPLE_ASIDE.exec(before);
  const asideAt = aside ? mention.start - before.length + aside.index : -1;
  if (aside && hasMainVerbBefore(masked, asideAt)) return { role: 'phrase', opening: asideAt + 1 };
  // "Lena Fiske, chosen on May 20, met union leaders": the subject's aside dates the subject and
  // its participle, not the verb after the aside ("The verdict, delivered on Tuesday, was
  // unanimous" is the verdict's day: a copula tells no act of its own).
  if (aside && SUBJECT_ASIDE_THEN_VERB.test(masked.slice(mention.end))) return { role: 'phrase', opening: 0 };
  const reduced = aside || !/\b\d{4}\b/.test(mention.text) ? null : REDUCED_RELATIVE.exec(before);
  const reducedAt = reduced ? mention.start - before.length + reduced.index : -1;
  if (reduced && hasMainVerbBefore(masked, reducedAt)) return { role: 'phrase', opening: reducedAt };
  if (MOVED_TO.test(before)) return { ...time, role: 'target' };
  // "February's cut", "the May election": a reference's date told as the noun's.
  if (REFERENCE_BEFORE.test(before) && /^['’]s\b/.test(masked.slice(mention.end, mention.end + 3)))
    return { ...time, role: 'reference' };
  return time;
}

/** The readings of the sentence last read, by mention start: each trigger of a sentence asks in turn. */
let readingsMade: { masked: string; readings: Map<number, TimeReading> } | undefined;

/** `timeReadingOf` for `mention`, read once per sentence and mention. */
export function timeReading(masked: string, mention: DateMention): TimeReading {
  if (readingsMade?.masked !== masked) readingsMade = { masked, readings: new Map() };
  let reading = readingsMade.readings.get(mention.start);
  if (reading === undefined) readingsMade.readings.set(mention.start, (reading = timeReadingOf(masked, mention)));
  return reading;
}

/**
 * Whether the date `mention` may time the event whose trigger is at `at`: a name's year and a
 * period covered time nothing; a phrase's date only what the phrase tells (a trigger after its
 * opening and before the date).
 */
export function mayTime(masked: string, mention: DateMention, at: Span): boolean {
  const { role, opening } = timeReading(masked, mention);
  if (role === 'name' || role === 'period') return false;
  return role !== 'phrase' || (at.start >= opening && at.start < mention.start);
}

/** Whether `mention` is a verb's own time, not a new time set or a point of reference (see `TimeRole`). */
export function isOwnTime(masked: string, mention: DateMention): boolean {
  const { role } = timeReading(masked, mention);
  return role === 'time' || role === 'phrase';
}
