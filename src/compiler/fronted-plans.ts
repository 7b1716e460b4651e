/**
 * Plans told before their attribution: "Halden Motors will cut 400 jobs at its Coldridge plant,
 * the company said on Thursday", "Brantwell plans to build a wind farm off Skerry, it said". Wire
 * copy puts what was said first and who said it after a comma; when the plan is the speaker's own
 * (its subject is the speaker, or the speaker is told by a pronoun, a common noun or a voice:
 * "it said", "the company said", "a spokeswoman said"), the sentence tells an announcement, as
 * "the company said on Thursday it would cut 400 jobs" does (conventions: `announcement`).
 *
 * Not a plan: a negation, a state, a wish or a prediction after the modal ("will not", "will be",
 * "would remain": triggers.ts NOT_A_PLAN), nor a plan whose subject is a thing or nobody ("The
 * economy will shrink 2%, the bank said" is a forecast).
 */
import { NOT_A_PLAN, STEP_UNDER_WAY } from './triggers.ts';
import type { Span } from './types.ts';

export interface FrontedPlan {
  /** The modal and the planned verb: "will cut", "plans to build". */
  plan: Span;
  /** The attribution after the comma, to the sentence's end: " the company said on Thursday." */
  attribution: Span;
  /** The verb of saying in the attribution. */
  saying: Span;
}

/**
 * The trailing attribution: a comma, a short subject and a verb of saying, the verb first ("said
 * the company"), or the passive with no one named ("it was confirmed today", "it was announced on
 * Monday").
 */
const TRAILING_ATTRIBUTION =
  /,\s+(?:it\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(announced|confirmed)|(?:[\w'’.&-]+\s+){1,6}?(?:also\s+)?(said|says|announced|confirmed|told)|(said|says|announced|confirmed)\s+(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)(?:\s+[^,;:]{0,60})?[.!]?\s*$/;

/** Words of a subject in the attribution that would make it no attribution: a verb or a conjunction. */
const NOT_ATTRIBUTION_SUBJECT =
  /\b(?:and|but|which|who|that|because|after|before|when|while|if|is|are|was|were|has|have|had|will|would|not)\b/i;

/**
 * A modal of a plan and the planned verb, or a step already under way ("is cutting 300 jobs", "are
 * closing two plants": STEP_UNDER_WAY), which a body tells as its plan as "said it is cutting" does.
 */
const PLAN_MODAL = new RegExp(
  String.raw`\b(?:(?:will|plans? to|planned to|intends? to|intended to|(?:is|are) (?:planning|preparing|set|due|poised|about) to|(?:is|are) to|(?:has|have) (?:decided|agreed) to|aims? to)\s+(?:(?:also|now|soon|still|then|eventually|further)\s+)?(?!${NOT_A_PLAN})([a-z]{2,})\b|${STEP_UNDER_WAY})`,
  'g',
);

/**
 * The plan and its trailing attribution in a masked sentence, or undefined when the sentence is
 * not of that shape: the attribution must close the sentence after a comma, and the plan's modal
 * must stand in the words before that comma, in the sentence's first clause (no comma or
 * semicolon before the modal other than an apposition's pair).
 */
export function frontedPlan(masked: string): FrontedPlan | undefined {
  const trailing = TRAILING_ATTRIBUTION.exec(masked);
  if (!trailing) return undefined;
  const verbWord = trailing[1] ?? trailing[2] ?? trailing[3] ?? '';
  const attributionStart = trailing.index + 1;
  const attribution = masked.slice(attributionStart);
  const verbAt = attributionStart + attribution.search(new RegExp(String.raw`\b${verbWord}\b`));
  const subject = masked.slice(attributionStart, verbAt);
  // The passive's "it was" is no subject to check.
  if (trailing[2] && NOT_ATTRIBUTION_SUBJECT.test(subject)) return undefined;
  const head = masked.slice(0, trailing.index);
  PLAN_MODAL.lastIndex = 0;
  const modal = PLAN_MODAL.exec(head);
  if (!modal) return undefined;
  // The plan is the main clause's: nothing but an apposition between commas before it.
  const lead = head.slice(0, modal.index).replace(/,[^,;]{1,60},/g, ' ');
  if (/[,;:]/.test(lead)) return undefined;
  return {
    plan: { start: modal.index, end: modal.index + modal[0].length },
    attribution: { start: attributionStart, end: masked.length },
    saying: { start: verbAt, end: verbAt + verbWord.length },
  };
}
