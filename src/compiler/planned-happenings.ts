/**
 * Planned happenings that were called off or moved, named by any noun: "A stop in Flagstaff
 * planned for Wednesday was postponed to Saturday", "A sale of bonds set for Monday, Jan. 18, was
 * postponed to Jan. 25", "A handover of four prisoners, which had been planned for Friday, did not
 * take place". The trigger table knows the usual event nouns (a meeting, a vote, a concert); news
 * of a changed plan makes any noun with a planned date an event, whatever its word. Only a noun
 * that the sentence both gives a planned date and tells called off, moved or not held counts: "the
 * deadline set for Friday" alone is no event.
 */
import type { EventKind } from '../model/event-list.ts';
import type { Trigger, TriggerMatch } from './triggers.ts';
import type { Span } from './types.ts';

const planned = (kind: EventKind): Trigger => ({
  kind,
  name: 'planned',
  pattern: /$^/,
  nominal: true,
  happening: true,
});

/** One trigger object per kind, so that events found this way compare and merge like the table's. */
const PLANNED: Partial<Record<EventKind, Trigger>> = {
  travel: planned('travel'),
  summit: planned('summit'),
  other: planned('other'),
};

/** A cheap test first: most sentences tell no plan called off. */
const CHANGE_GATE =
  /\b(?:postponed|delayed|cancell?ed|called off|scrapped|axed|dropped|shelved|put off|pushed back|rescheduled|brought forward|abandoned|did not (?:hold|go ahead|take place|happen))\b/;

/**
 * A plan told by where or when it was to be held or to open: "had been due to take place on", "is
 * set to be held in", "which was to open on", "had been expected to begin on".
 */
const HELD_ON = String.raw`(?:(?:planned|scheduled|set|slated|due|expected|supposed)\s+)?to\s+(?:take\s+place|be\s+held|open|start|begin|convene|run)\s+(?:on|in|from)`;

/**
 * A noun (after a determiner and at most three modifiers, a possessive among them, or opening the clause), its complement,
 * and the date it was planned for: "A stop in Flagstaff planned for", "a handover of four
 * prisoners to the Red Cross, which had been planned for".
 */
const PLANNED_NOUN = new RegExp(
  String.raw`(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(?:(?!(?:had|has|have|was|were|is|are|been|be|being|will|would)\b)[\w'’-]+\s+){0,3}?|(?:^|[,;:]\s)\s*)(?!(?:been|being|had|has|have|was|were|is|are|[a-z]+ly)\b)([a-z][a-z-]{2,})(?:\s+(?:of|in|to|at|with|for|on|between|by|from)\s+[^,;.]{1,80}?)?,?\s+(?:(?:which|that)\s+(?:(?:is|was|were|had|has|have|been)\s+){1,2})?(?:(?:originally|initially|first|previously|tentatively)\s+)?(?:(?:planned|scheduled|set|slated|due|booked|arranged|chartered)\s+(?:for|on)|${HELD_ON})\s`,
  'dg',
);

/**
 * A happening named by a proper name with an event's head word, then the date it was planned for:
 * "The Ba District Primary Schools Sports Festival, which had been scheduled for".
 */
const NAMED_PLANNED = new RegExp(
  String.raw`\b(?:[A-Z][\w'’&-]*\s+){1,6}(Festival|Games|Championships?|Cup|Show|Fair|Conference|Summit|Congress|Forum|Marathon|Concert|Parade|Awards|Gala|Exhibition|Expo|Tournament|Regatta|Carnival|Rally)\b,?\s+(?:(?:which|that)\s+(?:(?:is|was|were|had|has|have|been)\s+){1,2})?(?:(?:originally|initially|first|previously|tentatively)\s+)?(?:(?:planned|scheduled|set|slated|due|booked|arranged)\s+(?:for|on)|${HELD_ON})\s`,
  'dg',
);

/** What became of the plan, after its date ("Monday, Jan. 18,": a date's period goes on): called off, moved, or not held. */
const CHANGED_AFTER =
  /^(?:[^.;]|\.(?=\s+\d)){0,80}?\b(?:(?:was|were|has been|have been|had been|is|are|will be)\s+(?:(?:now|then|also|later|abruptly|quietly|since)\s+)?(?:postponed|delayed|cancell?ed|called off|scrapped|axed|dropped|shelved|put off|pushed back|moved|rescheduled|brought forward|abandoned)|did not (?:hold|go ahead|take place|happen))\b/;

/**
 * A verb that calls off or moves its object, right before the noun: "Kestrav has postponed the move
 * of its systems to Groningen, which had been scheduled for December 12".
 */
const CHANGED_BEFORE =
  /\b(?:postponed|delayed|cancell?ed|called off|scrapped|axed|dropped|shelved|put off|pushed back|rescheduled|abandoned)\s+$/;

/** Nouns with a planned date that name no happening: a deadline, a price, a target. */
const NOT_HAPPENING =
  /^(?:deadline|target|date|dates|price|prices|rate|rates|limit|goal|budget|figure|level|cap|fee|sum|amount|payment|time|day|week|month|year|plan|plans|schedule|timetable|programme|program|agenda|one|ones|that|which|this|report|results)$/;

const COMPLEMENT_BEFORE = /\b(?:on|of|about|over|for|with|to|in|at|into|against|by)\s*$/i;

/** A trip's stop or visit is travel; anything else is a happening. */
const TRAVEL_NOUN =
  /^(?:stop|stopover|leg|visit|trip|tour|journey|flight|crossing|departure|arrival|return|pickup|pick-up|sailing|drop-off)$/;

/** A summit's or a conference's own noun: the plan called off is the summit's ("The summit, set for May 2, was cancelled"). */
const SUMMIT_NOUN = /^(?:summit|conference|congress|symposium|convention|forum)$/;

/**
 * The nouns of `masked` that name a planned happening called off or moved, as triggers, where no
 * trigger of `triggers` already names it.
 */
export function findPlannedHappenings(masked: string, triggers: readonly Span[]): TriggerMatch[] {
  if (!CHANGE_GATE.test(masked)) return [];
  const found: TriggerMatch[] = [];
  const matches = [...masked.matchAll(PLANNED_NOUN), ...masked.matchAll(NAMED_PLANNED)];
  for (const match of matches) {
    const word = match[1] ?? '';
    const noun = word.toLowerCase();
    const end = match.index + match[0].length;
    const changed =
      CHANGED_AFTER.test(masked.slice(end)) ||
      CHANGED_BEFORE.test(masked.slice(Math.max(0, match.index - 24), match.index));
    if (NOT_HAPPENING.test(noun) || !changed) continue;
    // A preposition's object is the complement of another noun: "the meeting on the proposed cuts, planned for".
    if (COMPLEMENT_BEFORE.test(masked.slice(Math.max(0, match.index - 12), match.index))) continue;
    const start = match.indices?.[1]?.[0] ?? match.index;
    // A trigger in the noun's phrase ("A board meeting planned for ...") already names the event.
    const phrase = { start: match.index, end };
    if (triggers.some((trigger) => trigger.start < phrase.end && trigger.end > phrase.start)) continue;
    const trigger = PLANNED[TRAVEL_NOUN.test(noun) ? 'travel' : SUMMIT_NOUN.test(noun) ? 'summit' : 'other'];
    if (trigger) found.push({ start, end: start + word.length, trigger, text: word });
  }
  return found;
}

/** A verb that tells whether or when a planned happening is held: "take place", "pushed back", "postponed". */
const FATE_VERB =
  /^(?:(?:take|takes|took|taken|taking)\s+place|(?:pushed|put|called)\s+(?:back|off)|(?:held|postponed|delayed|deferred|moved|cancell?ed|scrapped|rescheduled)\b)/i;

/**
 * True when the verb at `verb` tells only the fate of a planned happening the sentence names before
 * it in the same sentence part (`planned`, a trigger of this module or a happening's noun): "The Nordic summit, which had
 * been due to take place on June 12, has been pushed back to July" is the summit called off and the
 * summit ahead, not two happenings of their own.
 */
export function isFateOfPlanned(masked: string, planned: Span, verb: Span): boolean {
  if (verb.start < planned.end || verb.start - planned.end > 160) return false;
  return !/[;:]|\.\s/.test(masked.slice(planned.end, verb.start)) && FATE_VERB.test(masked.slice(verb.start));
}
