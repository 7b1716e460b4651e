/**
 * What a verb of speech tells, read from the words around it: a standing position ("has said it
 * will not block the plan"), an attribution with nothing said after it ("..., the speaker told the
 * House shortly after 6pm"), or a pledge made public ("told the Echo he would put up £15,000"). General English news patterns, no names.
 */
import { NOT_A_PLAN, OWN_BODY, STEP_UNDER_WAY } from './triggers.ts';

/**
 * A perfect of speech with no date of its own is a position held, not a happening: "Austria has
 * said it will not block the plan", "The minister has repeatedly called for a ceasefire".
 */
const PERFECT_BEFORE =
  /\b(?:has|have)\s+(?:(?:long|repeatedly|previously|already|also|often|always|consistently|publicly|\w+ly)\s+)*$/i;

/** `before`: the clause's words before the verb; `dated`: the clause has a date. */
export function isStandingPosition(before: string, dated: boolean): boolean {
  return !dated && PERFECT_BEFORE.test(before);
}

/**
 * An attribution closing a sentence with nothing said after it: "Forty-one members voted for the
 * motion, the speaker told the House shortly after 6pm." `after`: the sentence after the verb;
 * `lead`: the sentence before the verb's clause.
 */
export function isBareAttribution(lead: string, after: string): boolean {
  if (!/,\s*$/.test(lead)) return false;
  const rest = after.replace(/[\s.!"”’]+$/, '');
  // Any clause after the verb is what was said: "..., who met Ruiz in 2019, said on Monday she would resign".
  if (
    /\bthat\b|[,;:]|\b(?:he|she|it|they|we|I|there|would|will|was|were|is|are|had|has|have|could|should|must|did|can)\b/.test(
      rest,
    )
  )
    return false;
  return rest.trim().split(/\s+/).filter(Boolean).length <= 7;
}

/**
 * A pledge of the speaker's own, told as speech: "told the Echo he would put up £15,000 towards the
 * bill", "said on Monday she would donate her prize money". `said`: the words after the verb.
 */
const PLEDGE =
  /^(?:[^,;:]{0,50}?\s)?(?:he|she|they|we|I)\s+(?:would|will)\s+(?:personally\s+|also\s+)?(?:put up|donate|give|pay|fund|contribute|cover|match|invest|spend|provide|offer)\b/;

/**
 * A plan of the speaker's own side made public: "said on Monday it would cut 900 jobs", "told
 * reporters she would resign in July", "said they would reopen the crossing", "told a news conference
 * that the government would cap rents", "said the airline would cut 300 jobs" (OWN_BODY), "told
 * analysts his company would cut 400 jobs" (the speaker's own body), "said it plans to cut 500
 * jobs", "said it had decided to sell the unit", "said it is cutting 200 jobs" (STEP_UNDER_WAY); not
 * NOT_A_PLAN ("would fight the plan", "would be a disaster", "would not"), nor a plan in the speaker's
 * quoted words ("would reschedule "every lost class"": the quotation, blanked, is the quote event).
 */
const OWN_PLAN = new RegExp(
  String.raw`^(?:[^,;:]{0,50}?\s)?(?:he|she|they|we|it|I|the ${OWN_BODY}|(?:his|her|their|its|our) (?:company|firm|government|ministry|department|administration|party|team|club|union|agency|office|council|board|bank|group|campaign|cabinet))\s+(?:(?:(?:would|will)\s+(?!${NOT_A_PLAN})|(?:plans?|intends?|expects?|(?:is|are|was|were)\s+(?:planning|going|due|set)|(?:has|have|had)\s+decided)\s+to\s+(?!(?:be|have|stay|remain|continue)\b))\w+\b(?!\s{3,}|\s*["“‘])|${STEP_UNDER_WAY})`,
);

/** Participles of a step a body takes with its staff or its things: "cut", "closed", "sold", "laid off". */
const STEP_PARTICIPLE =
  'cut|closed|shut|scrapped|axed|built|opened|reopened|delayed|postponed|suspended|introduced|moved|sold|extended|launched|replaced|merged|halted|expanded|frozen|hired|laid off|transferred|relocated|phased out|rolled out|demolished|upgraded|refunded|compensated|withdrawn|recalled|shed|created|added|invested|spent|offered|paid|listed|renamed|restructured|wound down|mothballed|cancell?ed|retired|rebranded|deployed|dissolved|disbanded|abolished|reintroduced|resumed';

/**
 * A step of the speaker's own side told by what it does to the speaker's staff or things (its jobs, "its",
 * "their"), in the passive, or with its operations as subject: "said 300 jobs would be cut at its plant", "said production would begin in
 * 2027", "told staff that 120 roles would go", "said its depot will be closed". Not a judgment or a
 * forecast of others' acts ("would be rejected", "would be a disaster", "prices would rise").
 */
const OWN_STEP = new RegExp(
  String.raw`^(?:[^,;:]{0,60}?\s)?(?:(?:(?:(?:\d[\d,]*|hundreds of|thousands of|some|about|around|up to)\s+)*(?:jobs|roles|posts|positions|staff|workers|employees)|(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:would|will)\s+be\s+(?:\w+ly\s+)?(?:${STEP_PARTICIPLE})|(?:production|construction|work|works|operations|services|flights|sailings|deliveries|shipments|trading|output|drilling|mining|testing|trials|sales)\s+(?:would|will)\s+(?:begin|start|resume|restart|stop|cease|halt|end)|(?:jobs|roles|posts|positions)\s+(?:would|will)\s+go)\b`,
);

/**
 * A decision on a named thing's fate or date made public: "said the brand would be retired next
 * year", "said the premiere in November would go ahead as planned", "said the depot would be closed in
 * March". The thing is named with a determiner or a possessive, and what becomes of it is its going
 * ahead, its date or its end; not a judgment ("would be a disaster", "would be rejected"), a
 * trend ("prices would rise") or a cut that others may make ("the budget would be cut"). What it will
 * do by itself ("the library will reopen in September") is a happening the statement reports.
 */
const THING_PLANNED = new RegExp(
  String.raw`^(?:[^,;:]{0,60}?\s)?(?:the|this|that|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,6}?(?:would|will)\s+(?:(?:now|still|also)\s+)?(?:be\s+(?:\w+ly\s+)?(?:retired|held|staged|rescheduled|postponed|delayed|cancell?ed|scrapped|closed|shut|reopened|renamed|replaced|demolished|phased out|wound down|mothballed)|go\s+ahead)\b`,
);

/** What a body counts of its own business: "its profits", "their exports", "our passenger numbers". */
const FIGURE_NOUN = String.raw`(?:profits?|sales|revenues?|earnings|income|turnover|output|production|exports|imports|losses|orders|bookings|deliveries|shipments|margins?|passenger numbers|passengers|visitor numbers|membership|subscribers|enrol?ments|admissions|cases|deaths|arrivals|applications|takings|receipts|collections)`;
/** How a figure moved, in the simple past or the participle: "rose", "had doubled", "has fallen". */
const FIGURE_CHANGE = String.raw`(?:rose|risen|fell|fallen|jumped|climbed|increased|decreased|doubled|halved|tripled|trebled|grew|grown|dropped|slumped|plunged|surged|soared|declined|shrank|shrunk|contracted|expanded|reached|hit|topped|exceeded|totall?ed|came\s+in|slipped|dipped|edged\s+(?:up|down))`;

/**
 * Figures of the speaker's own side made public: "said it had recorded 312 cases since January",
 * "said it had carried 2.1 million passengers in May", "said its Kenyan unit had broken even for the
 * first time", "said its profits had doubled", "said their exports fell 9% in May". A count or a
 * result in a perfect whose subject is the speaker's side, or the move of a figure of its own; not
 * what it has not done ("it had not been consulted"), nor a judgment ("had been constructive"), nor a
 * position in a negotiation ("said it had offered 4.5% over two years"), nor a figure of others'
 * ("said prices had risen": whose prices is the speaker's view).
 */
const OWN_FIGURES = new RegExp(
  String.raw`^(?:[^,;:]{0,50}?\s)?(?:(?:it|they|we|(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:had|has|have)\s+(?:(?:now|also|already)\s+)?(?:broken\s+even\b|(?!(?:been|offered|proposed|asked|demanded|sought|requested)\b)[a-z]+(?:ed|en|t|d)\s+(?:[^,;:]{0,40}?\s)?(?:[$€£]\s?)?\d)|(?:its|their|our)\s+(?:[\w-]+\s+){0,3}?${FIGURE_NOUN}\s+(?:(?:had|has|have)\s+)?(?:(?:more\s+than|almost|nearly)\s+)?${FIGURE_CHANGE}\b)`,
);

/** Verbs that make a plan public; "signalled", "hinted" or "warned" only let it be guessed. */
const TELLING = /^(?:said|says|told|tells|wrote|writes|stated|states|confirmed|confirms)$/i;

/** Verbs that put a decision on the record: "confirmed that Dube would miss the second Test". */
const CONFIRMING = /^(?:confirmed|confirms|announced|announces)$/i;

/** A future told as settled, not a pledge to oppose or a state: "would miss the second Test", "will step down". */
const SETTLED_FUTURE = new RegExp(String.raw`^(?:[^,;:]{0,60}?\s)?(?:would|will)\s+(?!${NOT_A_PLAN})\w+`);

/**
 * Who speaks from outside a decision: an economist's or an analyst's "the brand would be retired"
 * is a forecast, not the brand owner's plan (`lead`: the words before the verb of saying).
 */
const OUTSIDE_VOICE =
  /\b(?:economists?|analysts?|strategists?|experts?|observers?|commentators?|pundits?|academics?|professors?|researchers?|critics?|forecasters?)\b/i;

/**
 * True when indirect speech is an announcement: a pledge, or (`verb` a plain verb of telling) a plan
 * of the speaker's own, or (`verb` "confirmed", "announced") a future made public. `said`: the
 * words after the verb; `lead`: the words before it.
 */
export function isPledge(said: string, verb = '', lead = ''): boolean {
  if (PLEDGE.test(said)) return true;
  if (OUTSIDE_VOICE.test(lead) && !/^(?:[^,;:]{0,50}?\s)?(?:he|she|I|we)\s+(?:would|will)\b/.test(said)) return false;
  if (CONFIRMING.test(verb) && SETTLED_FUTURE.test(said)) return true;
  return (
    TELLING.test(verb) &&
    (OWN_PLAN.test(said) || OWN_STEP.test(said) || THING_PLANNED.test(said) || OWN_FIGURES.test(said))
  );
}
