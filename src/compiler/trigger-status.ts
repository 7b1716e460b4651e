/**
 * The status of the event a trigger names, read from the words that govern it. A verb's status
 * words stand before it ("is set to meet", "did not meet", "could meet"); a noun's are its own
 * modifiers ("the planned visit") and, when the noun is the subject, its predicate ("The meeting
 * was called off", "The talks are expected to resume"). Words inside the noun's own complements
 * ("the meeting on the proposed closure") say nothing of the noun.
 */
import type { EventDate, EventStatus } from '../model/event-list.ts';
import { readStatus, withFollowingClause, type Reading } from './status.ts';
import type { TriggerMatch } from './triggers.ts';
import type { Span } from './types.ts';

/** How far before a verb its status words may stand. */
const VERB_REACH = 80;

/** A preposition or a verb before a noun: the noun is an object or in a phrase, not the subject. */
const NOT_SUBJECT_BEFORE =
  /\b(?:after|before|at|in|on|for|with|during|from|to|by|of|about|over|since|following|ahead|amid|into|until|under|is|are|was|were|will|would|did|does|do|has|have|had|be|been|said|says|told|confirmed|attend\w*|cancel\w*|postpone\w*|announced|\w+ed)\s+(?:\S+\s+){0,4}$/i;

/** A verb of saying and its "that", right before a clause: "said on Monday that". */
const SAYING_THAT =
  /\b(?:said|says|told|tells|announced|confirmed|added|stated|indicated|wrote|decided|agreed|reported|disclosed|revealed)\b[^.;:!?]{0,60}?\bthat\s*$/i;

/** A determiner and its modifiers open the clause: "A planned meeting", "The proposed talks". */
const MODIFIERS_ONLY = /^\s*(?:a|an|the|its|his|her|their|our|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** A preposition of time, then the noun phrase up to the noun (captured). */
const TIME_PHRASE = /\b(?:after|before|since|following|until|ahead of|despite|amid)\s+((?:\S+\s+){0,4}\S+)$/i;

/**
 * The first finite verb after a subject noun and its complements: where its predicate starts. A
 * "never" before it is part of it ("The talks never took place": no talks).
 */
const PREDICATE =
  /\b(?:never|is|are|was|were|will|would|could|might|may|must|shall|should|can|has|have|had|did|does|do|took|takes|take|went|goes|began|begins|ended|ends|remains?|remained)\b/i;

/**
 * A purpose clause, from its "so as" or "in order" to the clause's end: "has been moved from May 11
 * to May 18 so as not to clash with the poll campaign" (its "not" denies the clash, not the move).
 */
const PURPOSE = /\s+(?:so\s+as|in\s+order)\s+(?:not\s+)?to\b[\s\S]*$/i;

/** A second predicate of the same subject, from its "and" to the clause's end. */
const SECOND_PREDICATE = /\s+(?:and|but)\s+(?:is|are|was|were|will|would|could|might|may|has|have|had)\b[\s\S]*$/i;

/**
 * "and" (or "but", or a subordinator) that opens a clause with a subject of its own, then that
 * subject's auxiliary: "and the club was", "but 300 workers were", "after its system had". Not "and
 * is expected to" (the same subject's verb).
 */
const NEW_SUBJECT_AFTER_AND =
  /\b(?:and|but|after|before|when|because|since|until|while)\s+(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?!(?:is|are|was|were|has|have|had|will|would|could|may|might|then|also|later)\b)[\w'’-]+\s+(?:[\w'’-]+\s+){0,2}?(?:is|are|was|were|has|have|had|will|would|could|may|might)\b)/gi;

/** "and the federation", "after its computer system" right before the verb: the verb's own subject. */
const SUBJECT_AFTER_AND =
  /\b(?:and|but|after|before|when|because|since|until|while)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?!(?:is|are|was|were|has|have|had|will|would|could|may|might|then|also|later|to)\b)[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+$/i;

/**
 * The words before a verb from the last "and" that opens a clause of its own subject: "The match was
 * abandoned on Saturday and the club was fined on Monday", "... and the federation fined the club"
 * give the fine none of the abandonment's status words.
 */
function afterNewSubject(before: string): string {
  let from = 0;
  NEW_SUBJECT_AFTER_AND.lastIndex = 0;
  for (let found = NEW_SUBJECT_AFTER_AND.exec(before); found; found = NEW_SUBJECT_AFTER_AND.exec(before))
    from = found.index;
  const subject = SUBJECT_AFTER_AND.exec(before);
  return before.slice(subject && subject.index > from ? subject.index : from);
}

/** A subordinate clause put before its main clause, up to its comma: "After the match was abandoned, ". */
const FRONTED_SUBORDINATE =
  /^\s*(?:After|Before|When|Once|Since|Although|Though|While|Because|Until|Following)\s[^,;]{1,120}?\b(?:is|are|was|were|had|has|have|\w+ed)\b[^,;]{0,60},\s*/;

/**
 * Where the main clause starts after a fronted subordinate clause, when `at` stands in the main
 * clause; 0 otherwise. "After the match was abandoned, the federation fined the club": the fine
 * was not called off.
 */
function frontedSubordinateEnd(masked: string, at: number): number {
  const fronted = FRONTED_SUBORDINATE.exec(masked);
  return fronted && fronted[0].length <= at ? fronted[0].length : 0;
}

/** True when a noun trigger is its clause's subject: only modifiers stand before it. */
export function isClauseSubject(masked: string, clause: Span, match: Span): boolean {
  const head = masked.slice(clause.start, match.start);
  return MODIFIERS_ONLY.test(head) || !NOT_SUBJECT_BEFORE.test(head);
}

const OBJECT_UP_TO_SUBORDINATE =
  /^(?:(?!\b(?:after|because|when|since|while|once|following|until|although|though)\s)[^,;])*/i;

/** The words that say a trigger's status: see the file's header. */
export function statusWords(masked: string, clause: Span, match: TriggerMatch): { before: string; around: string } {
  if (!match.trigger.nominal) {
    // "(will|to) host" keeps its "to": "is set to host" is scheduled.
    const lead = /^(?:will|to)\b/i.exec(match.text)?.[0] ?? '';
    // A verb is called off by words before it ("canceled plans to meet"), not by another verb of
    // its clause ("Lumora, the startup founded by X, has postponed the launch").
    const from = Math.max(clause.start, frontedSubordinateEnd(masked, match.start), match.start - VERB_REACH);
    const own = `${afterNewSubject(masked.slice(from, match.start))}${lead}`;
    // "said on Monday that Renn would travel": the verb of saying stands before the "that" clause.
    const saying = /\bwould\b/.test(own)
      ? (SAYING_THAT.exec(masked.slice(Math.max(0, clause.start - VERB_REACH), clause.start))?.[0] ?? '')
      : '';
    const before = ownSubordinateClause(`${saying}${own}`);
    // The verb's object, up to a subordinate clause of its own: "will strike on Friday after talks
    // were cancelled" is not called off by the talks' cancelling.
    const object = OBJECT_UP_TO_SUBORDINATE.exec(masked.slice(match.end, clause.end))?.[0] ?? '';
    return { before, around: `${before}${masked.slice(match.start + lead.length, match.end)}${object}` };
  }
  const head = masked.slice(clause.start, match.end);
  const tail = masked.slice(match.end, clause.end);
  if (!isClauseSubject(masked, clause, match)) {
    // "after the meeting, ..." or "did not attend the talks": only what governs the noun counts.
    const phrase = /^[^,;]*/.exec(tail)?.[0] ?? '';
    // A noun in a time phrase ("postponed after the death of X") is told as a fact: the clause's
    // verb is about something else, only the noun's own modifiers ("after the planned visit") count.
    const own = TIME_PHRASE.exec(head);
    if (own) return { before: own[1] ?? '', around: `${own[1] ?? ''}${phrase}` };
    return { before: head, around: `${head}${phrase}` };
  }
  const predicate = PREDICATE.exec(tail);
  // "A strike ... began on Monday and is expected to last a week": only the first predicate says
  // whether the happening took place; a second one tells what is expected of it next.
  const verbs = predicate ? tail.slice(predicate.index).replace(SECOND_PREDICATE, '').replace(PURPOSE, '') : '';
  return { before: `${head} ${verbs}`, around: masked.slice(clause.start, clause.end) };
}

/**
 * The last "after", "because", "when" or "since" before a verb that opens a clause with its own
 * subject ("postponed the vote after the mayor resigned"), and the words after it: what the verb
 * was done before or because of is told as a fact, not called off or denied by the main verb.
 */
const SUBORDINATE_OPENING =
  /^[\s\S]*\b(?:after|because|when|since|once|following)\s+(?=(?:the|a|an|his|her|its|their|[A-Z][\w'’.-]*|he|she|it|they|we)\s)/;

/**
 * The words that govern a verb, from its own subordinate clause when it stands in one: the main
 * clause's "postponed" or "did not" says nothing of it. Only what calls off or denies is cut
 * away: a future main clause ("will vote after the mayor resigns") still puts its clause ahead.
 */
function ownSubordinateClause(before: string): string {
  const opening = SUBORDINATE_OPENING.exec(before);
  if (!opening) return before;
  const main = opening[0];
  const own = before.slice(main.length);
  // "plans a rally, its first since the police ban was lifted last week": a clause told in a past
  // verb group of its own is a fact, whatever the main clause plans.
  return NOT_TOLD_AS_FACT.test(main) || OWN_PAST_GROUP.test(own) ? own : before;
}

/** A past auxiliary that ends a subordinate clause's words before its verb: "the ban was", "the talks had". */
const OWN_PAST_GROUP = /\b(?:was|were|had)\s+(?:\w+ly\s+)?(?:been\s+)?$/i;

/** What a main clause may say that its subordinate clause does not share: a calling off or a denial. */
const NOT_TOLD_AS_FACT =
  /\b(?:cancel(?:l)?ed|cancels|called off|calls off|postponed|postpones|scrapped|scraps|axed|shelved|abandoned|adjourned|pushed back|put off|deferred|delayed|suspended|not|never|n['’]t|declined|refused|denied)\b/i;

/** The status of the event a trigger names. */
export function triggerStatus(masked: string, clause: Span, match: TriggerMatch): Reading {
  // A planned happening is found only when its sentence calls it off or moves it (planned-happenings.ts).
  if (match.trigger.name === 'planned') return 'cancelled';
  const { before, around } = statusWords(masked, clause, match);
  const reading = withFollowingClause(readStatus(before, around), masked.slice(clause.end));
  // "The meeting, which had been scheduled for July 9, was called off": the subject's own predicate
  // follows the aside that closes its clause.
  return match.trigger.nominal &&
    (reading === 'occurred' || reading === 'scheduled') &&
    isClauseSubject(masked, clause, match) &&
    CALLED_OFF_AFTER_ASIDE.test(masked.slice(clause.end))
    ? 'cancelled'
    : reading;
}

/**
 * An aside or a restrictive "that" clause that a subject noun's clause ends before, then the noun's
 * predicate calling it off: "which had been scheduled for July 9, was called off", "planned for
 * Tuesday, did not take place", "that had been planned for Friday was cancelled".
 */
const CALLED_OFF_AFTER_ASIDE =
  /^\s*(?:[^,;()]{1,100},|that\s+[^,;()]{1,100}?)\s*(?:(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:(?:now|since|later|then|abruptly|eventually|quietly|also|again|officially|formally)\s+)?(?:cancel(?:l)?ed|called off|postponed|scrapped|scrubbed|shelved|abandoned|put off|put back|pushed back|delayed|deferred|axed|dropped|suspended)|did not (?:take place|go ahead|happen|hold)|never (?:took place|went ahead|happened))\b/i;

const DEFINITE_HEAD =
  /(?:\b(?:the|this|that|these|those|its|their|his|her|our)|[A-Za-z.]['’]s)\s+(?:[\w.,'’-]+\s+){0,3}$/i;

/**
 * A noun trigger with a definite determiner or a possessive ("the Dec. 28 meeting", "Tuesday's
 * talks"): it may point at an event told elsewhere rather than tell a new one.
 */
export function isDefiniteNoun(masked: string, match: TriggerMatch): boolean {
  return match.trigger.nominal === true && DEFINITE_HEAD.test(masked.slice(Math.max(0, match.start - 40), match.start));
}

/**
 * An event the text dates after the dateline has not happened yet, whatever the tense ("when the
 * committee meets on Jan. 22"): scheduled. Month and year dates count only when the whole month or
 * year is after the dateline.
 */
export function statusByDate(status: EventStatus, date: EventDate, published: string): EventStatus {
  if (status !== 'occurred') return status;
  return date.start > published.slice(0, date.start.length) ? 'scheduled' : status;
}
