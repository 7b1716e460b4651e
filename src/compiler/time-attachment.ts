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
 * The tense stage asks `infinitiveOwnsDate` of a governed infinitive; the date stage asks
 * `timeRoleOf` of each date mention of a clause, read once per sentence (`timeRoles`).
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
  if (verb === 'hold' || verb === 'keep') return !HELD_SETTINGS.test(infinitive[2] ?? '');
  return OWN_TIME_VERBS.has(verb);
}

/** What a date mention of a clause is to the event told there. */
export type TimeRole =
  /** The time of a verb of the clause: a candidate for the event's date. */
  | 'time'
  /** The new time a verb of moving a time sets: "extended the deadline to June 30". */
  | 'target'
  /** A year inside a name: "the Finance Bill 2025". */
  | 'name'
  /** The period that figures cover: "for the quarter ending March 31". */
  | 'period'
  /** The start of a stretch, told by a participle after "since": "Since taking office in January". */
  | 'bound';

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
 * "Since taking office in January, the governor has vetoed six bills", "has cut 300 jobs since
 * buying the firm in 2022": the day a stretch starts, told by its participle, times no verb of the
 * clause (what "since" bounds is a tally over the stretch, and the participle's happening is
 * background).
 */
const SINCE_PARTICIPLE = /\bsince\s+[a-z]+ing\b[^,;:.()]{0,50}$/i;

/** The role of the date mention `mention` in `masked`, by the rules of this file's header. */
export function timeRoleOf(masked: string, mention: DateMention): TimeRole {
  const before = masked.slice(Math.max(0, mention.start - 90), mention.start);
  if (/\bfor\s+$/i.test(before) && PERIOD_COVERED.test(masked.slice(mention.start, mention.end))) return 'period';
  if (SINCE_PARTICIPLE.test(before)) return 'bound';
  if (/^\d{4}$/.test(mention.text) && isYearOfName(masked, mention)) return 'name';
  if (MOVED_TO.test(before)) return 'target';
  return 'time';
}

/** The roles of the sentence last read, by mention start: each trigger of a sentence asks in turn. */
let rolesMade: { masked: string; roles: Map<number, TimeRole> } | undefined;

/** `timeRoleOf` for the mention at `mention`, read once per sentence and mention. */
export function timeRoles(masked: string, mention: DateMention): TimeRole {
  if (rolesMade?.masked !== masked) rolesMade = { masked, roles: new Map() };
  let role = rolesMade.roles.get(mention.start);
  if (role === undefined) rolesMade.roles.set(mention.start, (role = timeRoleOf(masked, mention)));
  return role;
}

/** Whether a date of `role` may time some verb of its clause: a verb's own time, or a new time set. */
export function timesAVerb(role: TimeRole): boolean {
  return role === 'time' || role === 'target';
}
