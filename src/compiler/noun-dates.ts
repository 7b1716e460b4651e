/**
 * Dates that an event's own phrase gives it, before the general rule (the nearest date after the
 * trigger) is asked: a date written into the noun phrase ("Saturday's season opener", "the Dec. 28
 * meeting"), the date an event was planned for ("the hearing, originally set for April 20, ..."),
 * and the new date of a postponed one ("... has been postponed to June", "will instead be held on
 * Feb. 1"), which is an event of its own: the same happening, scheduled.
 */
import { parseIsoDay } from './calendar.ts';
import { mentionWithDate, yearFor } from './dates.ts';
import { addDays } from './event-dates.ts';
import type { TriggerMatch } from './triggers.ts';
import type { DateMention, Span } from './types.ts';

/**
 * Between a date and its noun: "'s" and at most two modifiers ("Saturday's season opener"), none of
 * them a preposition or determiner ("from 2017 until her resignation" is no noun phrase).
 */
const DATE_IN_NOUN_PHRASE =
  /^(?:['’]s)?(?:\s+(?!(?:until|till|to|from|before|after|since|and|or|of|for|with|by|his|her|their|its|the|a|an|this|that)\b)[\w-]+){0,2}\s+$/i;

/** A date written into a noun trigger's phrase: "Saturday's season opener", "the Dec. 28 meeting". */
export function dateInNounPhrase(
  masked: string,
  dates: readonly DateMention[],
  match: TriggerMatch,
): DateMention | undefined {
  if (!match.trigger.nominal) return undefined;
  return dates.find(
    (mention) =>
      mention.end <= match.start &&
      match.start - mention.end <= 30 &&
      DATE_IN_NOUN_PHRASE.test(masked.slice(mention.end, match.start)) &&
      !/\b(?:on|in|at|by|from|since|until|after|before)\s*$/i.test(
        masked.slice(Math.max(0, mention.start - 4), mention.start),
      ),
  );
}

const WEEKDAY = /^(?:(?:this|next|last|on)\s+)?(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b/i;

/**
 * "originally planned for", "set down for", "scheduled for", and "due to" or "was to" with a verb
 * that only says the event happens ("had been due to go on sale on", "is expected to take place
 * in", "which was to open on"), its place between ("was due to open in Nairobi on"); another verb
 * ("is expected to return to Millbrook in") is an event of its own.
 */
const PLAN_WORDS = String.raw`\b(?:(?:originally|initially|first|previously)\s+)?(?:(?:planned|scheduled|set(?:\s+down)?|slated|due|pencil+ed\s+in|expected|supposed)(?:\s+to\s+(?:take\s+place|be\s+held|go\s+on\s+sale|go\s+ahead|come\s+into\s+force|take\s+effect|open|start|begin|launch|run))?|(?:was|were|is|are)\s+to\s+(?:take\s+place|be\s+held|open|start|begin|run))(?:\s+(?:in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?`;
const PLANNED_FOR = new RegExp(String.raw`${PLAN_WORDS}\s+(?:for|on|in)\s*$`, 'i');
/** The same words right before a day told with "this" or "next", which takes no preposition: "was to take place this Monday". */
const PLANNED_BARE = new RegExp(String.raw`${PLAN_WORDS}\s+$`, 'i');
const THIS_OR_NEXT = /^(?:this|next)\s/i;

/** True when `before`, the words right before `mention`, tell the day it was planned for. */
function isPlannedFor(before: string, mention: DateMention): boolean {
  return PLANNED_FOR.test(before) || (THIS_OR_NEXT.test(mention.text) && PLANNED_BARE.test(before));
}

/**
 * The date an event was planned for: "The vote, originally planned for Monday, was pushed back". Its
 * year, when the text gives none, is the one `planYear` gives. Not past a date of the event's own and
 * an "and": "Parliament was dissolved on Thursday and elections were set for July 20" dates the
 * dissolution on Thursday; what was set for July 20 is another event.
 */
export function plannedDate(
  masked: string,
  dates: readonly DateMention[],
  match: Span,
  clause: Span,
  published: string,
): DateMention | undefined {
  const mention = dates.find(
    (found) =>
      found.start >= match.end &&
      found.end <= clause.end &&
      isPlannedFor(masked.slice(Math.max(match.end, found.start - 60), found.start), found) &&
      !dates.some(
        (other) =>
          other.start >= match.end && other.end <= found.start && /\band\b/.test(masked.slice(other.end, found.start)),
      ),
  );
  if (!mention) return dayReservedUntil(masked, dates, match, published);
  return heldAfterPlan(masked, dates, mention) ?? mentionWithDate(mention, planYear(mention, published));
}

/**
 * A court's reserving its judgment, the words before the judgment's noun: "reserved her ",
 * "reserves ". dated-clauses.ts builds its reading of the judgment as a happening from the same words.
 */
export const RESERVING = String.raw`\b(?:reserved|reserves|reserve)\s+(?:(?:its|his|her|their|the)\s+)?(?:[\w-]+\s+)?`;
const RESERVED_BEFORE = new RegExp(`${RESERVING}$`, 'i');

/**
 * "District Judge Helen Okafor reserved her judgment until July 21": the day a court reserves its
 * judgment until is the judgment's day ("until" ends a clause, so the day stands past the noun's).
 */
function dayReservedUntil(
  masked: string,
  dates: readonly DateMention[],
  match: Span,
  published: string,
): DateMention | undefined {
  if (!RESERVED_BEFORE.test(masked.slice(Math.max(0, match.start - 40), match.start))) return undefined;
  const mention = dates.find(
    (found) =>
      found.start >= match.end && /^\s+(?:\w+\s+){0,3}?(?:until|till)\s+$/i.test(masked.slice(match.end, found.start)),
  );
  return mention && mentionWithDate(mention, planYear(mention, published));
}

/**
 * The predicate that tells a planned happening took place, right before its day, after the comma
 * that closes the plan's apposition: ", took place on", ", was finally held on", ", opened on".
 */
const HELD_ON =
  /^\s*,\s*(?:(?:finally|eventually|instead|only|then)\s+)?(?:took\s+place|went\s+ahead|(?:was|were)\s+(?:(?:finally|eventually|instead|only)\s+)?(?:held|staged|convened)|opened|began|started|happened)\s+(?:(?:on|in|at)\s+)?$/i;

/**
 * "The vote, originally planned for Monday, took place on Tuesday": the day in the plan's
 * apposition is what was planned; the day the subject's predicate says it took place is its date.
 * Without such a predicate ("The vote, planned for Monday, was postponed") the plan's day stays.
 */
function heldAfterPlan(masked: string, dates: readonly DateMention[], planned: DateMention): DateMention | undefined {
  return dates.find((mention) => mention.start > planned.end && HELD_ON.test(masked.slice(planned.end, mention.start)));
}

/** A relative clause that gives a plan: ", which had been due to go on sale on", ", which is set for". */
const RELATIVE_PLAN =
  /(?:,\s*(?:which|that)|\s+that)\s+(?:(?:is|was|are|were|had|has|have|been|now|still|originally|initially|first|previously)\s+){0,3}$/i;
/** A stop between the event and its relative clause; not the point of a figure ("its $2.1 billion listing"). */
const CLAUSE_STOP = /[;!?]|\.(?!\d)/;
/** A verb of saying before a date: "the company said on Tuesday" dates the saying, not the event. */
const SAID_ON = /\b(?:said|says|told|announced|confirmed|reported|added|stated)\s+(?:\S+\s+){0,3}$/i;

/**
 * The date a relative clause right after the event's phrase says it was planned for ("postponed
 * the launch of its first van, the Tarn E1, which had been due to go on sale on April 14"; "The
 * ceremony, which is planned for April 9, will take place in Tunis"). Only when no other trigger
 * stands between, and the sentence gives the event no date of its own after the clause ("The vote,
 * which was scheduled for May 3, took place on May 5" took place on May 5).
 */
export function relativePlanDate(
  masked: string,
  dates: readonly DateMention[],
  match: Span,
  triggers: readonly Span[],
  published: string,
): DateMention | undefined {
  const index = dates.findIndex((found) => {
    if (found.start < match.end || found.start - match.end > 160) return false;
    const between = masked.slice(match.end, found.start);
    // ", which had been set for", and a restrictive " that had been scheduled for".
    const relative = between.search(/,\s*(?:which|that)\b|\s+that\b/i);
    if (relative < 0 || CLAUSE_STOP.test(between.slice(0, relative))) return false;
    // A date before the relative clause is the event's own ("begin in spring 2026, pending ...").
    if (dates.some((other) => other.start >= match.end && other.start < match.end + relative)) return false;
    const plan = between.slice(relative);
    return (
      isPlannedFor(plan, found) &&
      RELATIVE_PLAN.test(
        plan.slice(0, plan.search(/\b(?:planned|scheduled|set|slated|due|pencil+ed|expected|supposed|to)\b/i)),
      ) &&
      !triggers.some((other) => other.start >= match.end && other.start < match.end + relative)
    );
  });
  const mention = dates[index];
  if (!mention) return undefined;
  // "A concert that had been planned for Thursday was cancelled on Tuesday": the day of the calling
  // off is no date of the event's own.
  const later = dates.slice(index + 1).some((other) => {
    const before = masked.slice(Math.max(0, other.start - 40), other.start);
    return !SAID_ON.test(before) && !CALLED_OFF_ON.test(before);
  });
  return later ? undefined : mentionWithDate(mention, planYear(mention, published));
}

/**
 * The year of a plan's date told without one, by the date stage's rule (`yearFor`), so both stages
 * agree: a plan still ahead ("is planned for April 9") is the next such day; one told as a plan, or
 * called off or moved ("originally set for March 14, has been postponed"), the one nearest the
 * dateline, since a plan is made shortly before its day.
 */
export function planYear(mention: DateMention, published: string): DateMention['date'] {
  const { date } = mention;
  const dateline = parseIsoDay(published);
  if (!dateline || /\b\d{4}\b/.test(mention.text) || date.end !== undefined || date.precision === 'year') return date;
  // A weekday is read by the date stage from the tense of its own words ("set for Monday").
  if (WEEKDAY.test(mention.text.trim())) return date;
  const [month = 1, day] = date.start.slice(5).split('-').map(Number);
  const year = yearFor(month, day, mention.tense === 'future' ? 'future' : 'planned', dateline);
  return { ...date, start: `${year}${date.start.slice(4)}` };
}

/**
 * "postponed to June", "rescheduled for March 12", "rescheduled them for next Tuesday", "will
 * instead be held online on Feb. 1".
 */
const MOVED_TO =
  /(?:\b(?:postponed|pushed\s+back|moved|delayed|rescheduled|re-scheduled|rearranged|re-arranged|reset|put\s+off|deferred|adjourned|brought\s+forward|moved\s+(?:forward|up))\s+(?:(?:it|them)\s+)?(?:from\s+[^,;.]{1,30}?\s+)?(?:(?:un)?til|to|for|until)|\b(?:instead|now)\b[^,;.]{0,40}?\b(?:on|in|for|at))\s*$/i;

/** A move's verb and "from" before the date it moves from: "rescheduled from Monday", "moved forward to June 12 from". */
const MOVED_FROM =
  /\b(?:postponed|pushed\s+back|moved|delayed|rescheduled|re-scheduled|rearranged|re-arranged|reset|put\s+off|deferred|brought\s+forward)\b[^,;.]{0,40}?\bfrom\s+$/i;

/**
 * The date a move takes an event from, in the clause of the move: "was rescheduled from Monday to
 * Thursday", "has been moved forward to June 12 from June 19". The plan on that date is called off.
 */
export function movedFromDate(
  masked: string,
  dates: readonly DateMention[],
  match: Span,
  moved: DateMention,
  clause: Span,
): DateMention | undefined {
  return dates.find(
    (mention) =>
      mention !== moved &&
      mention.start >= match.end &&
      mention.end <= clause.end &&
      MOVED_FROM.test(masked.slice(Math.max(match.end, mention.start - 60), mention.start)),
  );
}

/** "... but has been adjourned until February": a move told in the clause after "but" or "and". */
const MOVED_IN_CONJUNCT =
  /^\s*(?:but|and)\s+(?:(?:it|they|this|that)\s+)?(?:(?:has|have|had|was|were|is|are|been|now|since|instead|then|later|subsequently)\s+)*(?:postponed|pushed\s+back|moved|delayed|rescheduled|re-scheduled|rearranged|re-arranged|put\s+off|deferred|adjourned|brought\s+forward)\b/i;

/**
 * A relative aside that a subject's clause ends before, then the subject's predicate moving it:
 * "The town council's annual meeting, at | which a new mayor will be chosen, has been moved from May
 * 11 to May 18".
 */
const MOVED_AFTER_ASIDE =
  /^\s*(?:which|who|whom)\b[^,;()]{1,120},\s*(?:(?:has|have|had|was|were|is|are|been|now|since|also|then|later)\s+)*(?:postponed|pushed\s+back|moved|delayed|rescheduled|re-scheduled|rearranged|re-arranged|put\s+off|deferred|adjourned|brought\s+forward)\b/i;

/**
 * Where a clause's event may be told as moved: the clause itself, the clause after it when that
 * one only moves it ("had been due to start next Monday but has been adjourned until February"),
 * and the predicate after a relative aside (`MOVED_AFTER_ASIDE`).
 */
export function moveReach(masked: string, own: Span, clauseAt: (at: Span) => Span): Span {
  const clause = withUntilOfMove(masked, own, clauseAt);
  const moved = MOVED_IN_CONJUNCT.exec(masked.slice(clause.end)) ?? MOVED_AFTER_ASIDE.exec(masked.slice(clause.end));
  if (!moved) return clause;
  const verb = clause.end + moved[0].length - 1;
  const end = clauseAt({ start: verb, end: verb + 1 }).end;
  // "until" is a clause boundary of its own: "adjourned | until February".
  const until = /^until\b/i.test(masked.slice(end)) ? clauseAt({ start: end + 5, end: end + 6 }).end : end;
  return { start: clause.start, end: until };
}

/** A move's verb right before "until": "was postponed until June 14", "has been delayed until". */
const MOVE_BEFORE_UNTIL = /\b(?:postponed|pushed\s+back|moved|delayed|rescheduled|put\s+off|deferred|adjourned)\s*$/i;

/**
 * "Saturday's match was postponed | until June 14": "until" is a clause boundary, but after a move's
 * verb it gives the new date, so the clause reaches over it.
 */
function withUntilOfMove(masked: string, clause: Span, clauseAt: (at: Span) => Span): Span {
  if (!/^until\b/i.test(masked.slice(clause.end)) || !MOVE_BEFORE_UNTIL.test(masked.slice(clause.start, clause.end)))
    return clause;
  return { start: clause.start, end: clauseAt({ start: clause.end + 5, end: clause.end + 6 }).end };
}

/**
 * Where the clause that a move at `clauseStart` moves begins ("The match was due on Saturday | but
 * was postponed to March 28"): that clause's event is the one moved, so the move is no event of its
 * own. Undefined when the clause is no such move.
 */
export function movedClauseBefore(masked: string, clauseStart: number): number | undefined {
  const conjunction = /\b(?:but|and)\s*$/i.exec(masked.slice(Math.max(0, clauseStart - 12), clauseStart));
  if (!conjunction) return undefined;
  const at = clauseStart - (Math.min(clauseStart, 12) - conjunction.index);
  return MOVED_IN_CONJUNCT.test(masked.slice(at)) ? at : undefined;
}

/** The new date of a postponed or moved event: see `MOVED_TO`. */
export function movedToDate(
  masked: string,
  dates: readonly DateMention[],
  match: Span,
  clause: Span,
): DateMention | undefined {
  return dates.find(
    (mention) =>
      mention.start >= match.end &&
      mention.end <= clause.end &&
      MOVED_TO.test(masked.slice(Math.max(match.end, mention.start - 60), mention.start)),
  );
}

/**
 * A planned event is not before the day it was planned from: a scheduled one not before the
 * dateline ("will instead be held on Feb. 1", "postponed to Saturday"), a called-off one not before
 * the day it was called off ("Saturday's opener was called off on Sunday"). A date the text gives
 * without a year that was read as earlier is the next such day, week or year.
 */
export function forwardForPlan(mention: DateMention, notBefore: string): DateMention['date'] {
  const { date } = mention;
  if (/\b\d{4}\b/.test(mention.text) || date.start >= notBefore.slice(0, date.start.length)) return date;
  if (date.precision === 'day' && WEEKDAY.test(mention.text.trim())) {
    const moved = addDays(date.start, 7);
    return moved >= notBefore ? { ...date, start: moved } : date;
  }
  const year = Number(date.start.slice(0, 4)) + 1;
  const start = `${year}${date.start.slice(4)}`;
  const end =
    date.end && /^\d{4}/.test(date.end) ? `${Number(date.end.slice(0, 4)) + 1}${date.end.slice(4)}` : date.end;
  return start >= notBefore.slice(0, start.length) ? { ...date, start, ...(end ? { end } : {}) } : date;
}

const CALLED_OFF_ON =
  /\b(?:called off|cancel(?:l)?ed|postponed|scrapped|adjourned|pushed back|put off|delayed)\s+(?:(?:on|late on|early on)\s+)?$/i;

/** The date the clause says an event was called off ("was called off on Sunday"), if it says one. */
export function calledOffOn(masked: string, dates: readonly DateMention[], clause: Span): DateMention | undefined {
  return dates.find(
    (mention) =>
      mention.start >= clause.start &&
      mention.end <= clause.end &&
      CALLED_OFF_ON.test(masked.slice(Math.max(clause.start, mention.start - 30), mention.start)),
  );
}
