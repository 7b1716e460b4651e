/**
 * Background, not news: a verb that only describes the thing a sentence is about. Two general
 * English shapes, for any trigger (the table's or a dated clause's):
 * - a reduced relative, a participle that modifies a noun and carries a year or month: "The treaty
 *   signed in 1994 set the border", "The law, passed in 2019, requires ...", "Under rules adopted in
 *   2022, banks must ..." (a day date is kept: "the treaty signed on Monday takes effect" is news, and so is a participle
 *   that names its agent: "the startup founded by Priya Raghunathan in 2019");
 * - a perfect dated only by "since" or "by": "The two leaders have met three times since 2021",
 *   "Since 2020, the city has banned cars", "By Friday, 300 people had signed the petition" (a state
 *   or a running count, not a happening on that date).
 */
import type { TriggerMatch } from './triggers.ts';
import type { DateMention, Span } from './types.ts';

/** Words that make what stands before the participle a clause with its own verb. */
const VERB_BEFORE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|did|does|do|to|that|which|who|whom|when|where)\b|[a-z]ed\s+\S+\s+$/i;
/** A preposition opening the clause: the noun after it is an object, its participle a modifier. */
const PREPOSITION_OPENING = /^\s*(?:under|with|after|following|despite|unlike|like|of)\s+/i;
/** The participle's dated phrase, then the sentence's own verb: "signed in 1994 set", "passed in 2019, requires". */
const MAIN_VERB_AFTER =
  /^\s*,?\s+(?:in|during|last|earlier|late|early)\b[^,;]{0,30}?,?\s+(?:is|are|was|were|has|have|had|remains?|remained|will|would|must|can|could|may|might|should|requires?|required|sets?|covers?|covered|allows?|allowed|gives?|gave|bars?|barred|makes?|made|means?|meant|took|takes|became|becomes)\b/;
const CLAUSE_END_AFTER = /^\s*,?\s+(?:in|during|last|earlier|late|early)\b[^,;]{0,30}?,/;
const PARTICIPLE = /(?:ed|en|wn|ld|ght|set|put|cut|made)$/i;

/** "The treaty signed in 1994 set the border": the participle modifies a noun; its year is background. */
export function isReducedRelative(
  masked: string,
  clause: Span,
  match: TriggerMatch,
  dates: readonly DateMention[],
): boolean {
  if (match.trigger.nominal || match.trigger.kind === 'conflict' || !PARTICIPLE.test(match.text)) return false;
  // The clause may start after its relative pronoun: "the route that Bulgaria closed in January 2024".
  const before = masked.slice(Math.max(0, clause.start - 8), match.start);
  if (masked.slice(clause.start, match.start).trim() === '' || VERB_BEFORE.test(before)) return false;
  const after = masked.slice(match.end);
  const date = dates.find((mention) => mention.start >= match.end && mention.start - match.end < 60);
  if (!date || date.date.precision === 'day') return false;
  // The noun phrase before may end in a comma: "The law, passed in 2019, requires".
  const appositive = /,\s*(?:first|originally|initially|once|previously)?\s*$/.test(masked.slice(0, match.start));
  if (MAIN_VERB_AFTER.test(after)) return true;
  return (
    (appositive || PREPOSITION_OPENING.test(masked.slice(clause.start, match.start))) && CLAUSE_END_AFTER.test(after)
  );
}

const PERFECT_BEFORE =
  /\b(?:has|have|had)\s+(?:(?:\w+ly|also|already|not|been)\s+)*(?:(?:\w+(?:ed|en|wn|ld|ght|ne|un|de))\s+(?:[\w-]+\s+){0,2})?$/i;

/** "The council meets every Tuesday": a date that recurs dates no one happening. */
export function isRecurring(masked: string, dates: readonly DateMention[]): boolean {
  return (
    dates.length > 0 &&
    dates.every(
      (mention) =>
        /\b(?:every|each)\s+$/i.test(masked.slice(0, mention.start)) ||
        /^(?:every|each)\b/i.test(masked.slice(mention.start, mention.end)),
    )
  );
}

/** "since 2021", "By Friday": a date that bounds a stretch of time rather than dating a happening. */
const BOUND_BEFORE = /\b(?:since|by)\s+(?:(?:early|late|mid|the end of)[\s-]+)?$/i;

/** "have met three times since 2021", "By Friday, 300 people had signed": a perfect whose every date is a bound. */
export function isPerfectSince(masked: string, clause: Span, match: Span, dates: readonly DateMention[]): boolean {
  if (dates.length === 0) return false;
  // The perfect may stand before the trigger's object noun: "have held regular talks since 2015".
  if (!PERFECT_BEFORE.test(masked.slice(clause.start, match.start))) return false;
  return dates.every((mention) => BOUND_BEFORE.test(masked.slice(0, mention.start)));
}

/** Habits and counts: "Ministers usually meet in December", "meets monthly", "has held talks several times in 2024". */
const HABITUAL =
  /\b(?:usually|typically|normally|generally|regularly|routinely|customarily|annually|monthly|weekly|fortnightly|(?:every|each) (?:year|month|week|day|spring|summer|autumn|fall|winter)|(?:once|twice|\w+ times) (?:a|per|each|every) (?:year|month|week|day)|(?:several|many|multiple|numerous|\d+|two|three|four|five|six|seven|eight|nine|ten) times(?! (?:the|as|more|higher|larger|over)\b))\b/i;

/** The trigger's clause tells a habit or a count of happenings, not one happening. */
export function isHabitual(masked: string, clause: Span): boolean {
  return HABITUAL.test(masked.slice(clause.start, clause.end));
}
