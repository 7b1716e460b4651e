/**
 * An event's status from the words of its clause. Besides the three statuses of the schema, a
 * reading can be `negated` ("did not meet", "declined to comment") or `hypothetical` ("could meet",
 * "if they meet"): such events did not happen and are not planned, so they are dropped rather than
 * shown on a timeline of things that happened or will happen.
 */
import type { EventStatus } from '../model/event-list.ts';

export type Reading = EventStatus | 'negated' | 'hypothetical';

/**
 * Words that call an event off; pulling out of a trip or a meeting is calling one's part off, and
 * a vote or a bill that "was pulled" is off ("was pulled from the rubble" is not).
 */
const CANCELLED =
  /\b(?:cancel(?:l)?ed|cancels|called off|calls off|postponed|postpones|scrapped|scraps|scrubbed|scrubs|axed|shelved|abandoned|adjourned|pushed back|put off|deferred|(?:was|were|been)\s+delayed(?!\s+by\b)|(?:was|were|been)\s+pulled(?!\s+(?:out|from|over|down|up|back|into|off|apart|together|through|in|away|to|by)\b)|(?:pulled|pulls|pulling) out of(?=\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|journey|summit|talks|meeting|conference|debate)\b))\b/i;
/** Adverbs that may stand inside a verb group: "is also due to", "are now expected to". */
const ADVERB = String.raw`(?:(?:also|still|now|currently|reportedly|already|then|originally|initially|widely|tentatively)\s+)?`;
const SCHEDULED = new RegExp(
  [
    String.raw`\b(?:will|shall|upcoming|scheduled|planned|tomorrow|next\s+(?:week|month)|later\s+this\s+(?:week|month|year))\b`,
    String.raw`\b(?:is|are|was|were)\s+${ADVERB}(?:set|expected|scheduled|due|poised|slated|likely|going|about)\s+to\b`,
    String.raw`\b(?:is|are)\s+${ADVERB}to\b`,
    // "The verdict is expected on Friday", "The vote is due next week": a noun's plan told by its predicate.
    String.raw`\b(?:is|are)\s+${ADVERB}(?:expected|due|set|slated)\s+(?:on|for|at|in|next|later|this|tomorrow)\b`,
    String.raw`\b(?:set|due|expected|slated|poised|likely)\s+to\s*$`,
    String.raw`\b(?:plans?|planning|intends?|going)\s+to\b`,
    // "next spring she hopes to open a training school": a plan of the subject's own, with its day.
    String.raw`\b(?:hopes?|aims?)\s+to\b`,
    // "Port workers plan a one-day strike on Nov. 26": a planned happening named by its noun.
    String.raw`\b(?:plan|plans|planning|prepare|prepares|preparing)\s+(?:an?|the|its|their|his|her)\s`,
  ].join('|'),
  'i',
);
/**
 * A negation before a trigger: "did not meet", "No vote was held", "refused to attend". Not the
 * "no" of a vote of no confidence ("The motion of no confidence was defeated on Tuesday").
 */
const NEGATED =
  /^\s*no\s+(?!\d|doubt\b|sooner\b|longer\b|less\b|more than\b|confidence\b)|\bno (?:immediate |firm |concrete )?(?:plans?|intention|date|decision) (?:to|for|has|had|was|is)\b|\b(?:not|never|no longer|n['’]t|(?:declined|declining|refused|refusing|failed|failing)(?:\s+(?:(?:late |early )?on\s+[A-Z]\w+|yesterday|today|again|once more))?\s+to|without(?=\s*$|\s+(?:\w+ly\s+)?\w+ing\b)|neither|nor|denied (?:that|having)|ruled out)\b|\bno\s+(?!confidence\b)(?:\w+\s+)?$|\b(?:no\s+(?!confidence\b)(?:[\w-]+\s+){1,3}|nobody\s+|no one\s+|none\s+(?:of\s+(?:[\w-]+\s+){1,3})?)(?:was|were|is|are|has been|have been|had been|will be)\s+(?:\w+ly\s+)?$/i;
/**
 * What a hope names that is an outcome, not a step of the subject's own: "hopes to win the title",
 * "aims to double its sales" (no plan, whatever its day).
 */
export const HOPED_OUTCOME =
  /^(?:win|secure|reach|achieve|see|get|become|be|have|make|find|avoid|keep|stay|remain|regain|double|triple|grow|increase|raise|boost|attract|sell|hit|top|break)$/i;
/** A hope's or an aim's words right before its verb: "hopes to ", "aims to ". */
export const HOPE_BEFORE = /\b(?:hopes?|aims?)\s+to\s+$/i;

const HYPOTHETICAL =
  /\b(?:could|might|would|should|if|unless|whether|hoped to|wants? to|wanted to|seeks? to|sought to|proposed|offered to|threatened to|threatens to|urged|(?:called|calls) for(?!\s+(?:(?:next|this|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d+|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|tomorrow)\b)|asked (?:\w+ )?to|considering|consider|possible|potential|would-be|unlikely)\b/i;

/**
 * "would" after a verb of saying or deciding is the future of indirect speech ("said on Monday
 * that Renn would travel to Lagos", "announced the plant would close in June"): what was said lies
 * ahead of the saying, it is not a condition. A wish ("would like to") or a past condition ("would
 * have") stays hypothetical, and so does anything else that makes it one ("said he would if ...").
 */
const REPORTED_WOULD =
  /(\b(?:said|says|told|tells|announced|announces|confirmed|confirms|added|stated|indicated|signal(?:l)?ed|explained|wrote|decided|agreed|promised|pledged|vowed|insisted|reported|disclosed|revealed|informed|assured|notified)\b[^.;?!]*?\b)would\b(?!\s+(?:(?:\w+ly\s+)?(?:have|like|love|prefer|rather|welcome|want|consider|need|be\s+(?:willing|ready|open|able|happy|prepared|glad)))\b)/i;

const WOULD = /would/i;

/** The words before a trigger with a reported "would" read as "will" (see `REPORTED_WOULD`). */
function withoutReportedFuture(before: string): string {
  // Most words before a trigger hold no "would": one plain search instead of the pattern at every offset.
  return WOULD.test(before) ? before.replace(REPORTED_WOULD, '$1will') : before;
}

/** The modal "may", in lower case: "May" is a month ("had been planned for May"). */
const MAY = /\bmay\b/;

/**
 * Reads the status of an event. `before` is the clause's text before the trigger (where "will",
 * "is set to", "did not", "could" sit), `around` the whole clause (for "the meeting was called off").
 */
export function readStatus(before: string, around: string): Reading {
  if (NEGATED.test(before)) return 'negated';
  const told = withoutReportedFuture(before);
  if (HYPOTHETICAL.test(told) || MAY.test(told)) return 'hypothetical';
  if (told !== before) return CANCELLED.test(around) ? 'cancelled' : 'scheduled';
  if (CANCELLED.test(around)) return 'cancelled';
  if (SCHEDULED.test(before)) return 'scheduled';
  return 'occurred';
}

/**
 * A coordinated clause that takes the event back: "had been planned for April but was postponed",
 * "was to visit Lund on Friday but the trip was cancelled" (the happening named again by its noun),
 * "was set for Monday, only to be called off", "was originally set for Feb. 5 but was pushed back"
 * (a plan moved: it no longer happens on the day it was set for).
 */
const TAKEN_BACK =
  /^\s*,?\s*(?:but|and|only to be|before being)\s+(?:(?:it|they|we|he|she|was|were|has|have|had|been|is|later|then|since|abruptly|eventually|quietly|the\s+(?:trip|visit|tour|meeting|talks|vote|ballot|match|game|summit|event|plan|plans|ceremony|hearing|launch|strike|rally|concert|session))\s+){0,3}(?:cancel(?:l)?ed|called (?:it |them )?off|postponed|scrapped|scrubbed|shelved|abandoned|put off|put back|pushed back|delayed|deferred|axed)\b/i;

/**
 * The reading of an event, given the text that follows its clause: a planned or told event that
 * the next clause calls off ("but was postponed") is cancelled. Only a clause that continues the
 * event's own subject counts, so another clause's "canceled" does not leak into this event.
 */
export function withFollowingClause(reading: Reading, following: string): Reading {
  return (reading === 'occurred' || reading === 'scheduled') && TAKEN_BACK.test(following) ? 'cancelled' : reading;
}

/** True for readings that are shown as events. */
export function isShown(reading: Reading): reading is EventStatus {
  return reading === 'occurred' || reading === 'scheduled' || reading === 'cancelled';
}
