/**
 * Announcements told without a name for who made them: by a body or an office named only by its
 * common noun ("The ministry announced on Tuesday ...", "Organisers unveiled the line-up on
 * Monday", "The prime minister unveiled a housing plan on Monday") or in the passive ("The results
 * were announced on Monday evening", "It was announced on Tuesday that ..."). Coreference names
 * the body when the article did before; when it did not, the announcement is still news, with no
 * actor, as long as the text dates it (events.ts checks the date).
 */
import type { TriggerMatch } from './triggers.ts';
import type { Span } from './types.ts';

/**
 * A body or an office by its common noun, the head of an announcement's subject: "the ministry",
 * "the company's board", "organisers", "a police spokesman", "the prime minister".
 */
const BODY_OR_OFFICE =
  /\b(?:government|ministry|ministries|department|cabinet|council|parliament|senate|assembly|legislature|regulators?|watchdog|inspectorate|ombudsman|auditors?|authority|authorities|administration|agency|commission|committee|board|panel|inquiry|tribunal|court|police|force|army|military|navy|embassy|office|bureau|institute|service|trust|charity|foundation|university|college|school|hospital|palace|presidency|company|firm|group|carrier|airline|retailer|supermarket|chain|bank|lender|insurer|manufacturer|(?:car|auto|drug|chip|plane|steel|phone|toy|game|film|tool|truck|bus|train|ship|software|handset|bike|scooter|van)?maker|shipbuilder|brewer|miner|exporter|importer|grocer|utility|conglomerate|giant|brand|label|platform|exchange|producer|operator|developer|start-?up|club|federation|association|league|union|party|organi[sz]ers|officials|investigators|prosecutors|diplomats|negotiators|researchers|scientists|museum|gallery|theat(?:re|er)|library|zoo|orchestra|studio|publisher|broadcaster|network|newspaper|spokes(?:man|woman|person)|minister|president|prime minister|premier|chancellor|mayor|governor|secretary|commissioner|chief executive|chairman|chairwoman|chair|director|coach|manager|owners?)s?\b/i;

/** Words that end a subject before its verb: auxiliaries, adverbs, a time and an aside between commas. */
const BEFORE_VERB =
  /^\s*(?:[^,;]*?)?(?:,[^,;]*,)?\s*(?:(?:on|late on|early on|last|this|earlier|yesterday)\b[^,;]*?\s*)?(?:(?:will|would|is|are|was|were|has|have|had|also|then|later|again|finally|formally|officially|jointly|\w+ly|(?:is|are|was|were) (?:due|set|expected|scheduled|poised) to)\s+)*$/i;

/**
 * True when the clause's words before an announcing verb make a body or an office its subject:
 * "The ministry on Tuesday ", "Organisers of the fair have ", "The club's new owners ". Not a clause
 * whose subject is a thing ("Data ", "Shares ") or nobody.
 */
export function isAnnouncedByRole(lead: string): boolean {
  const head = BODY_OR_OFFICE.exec(lead);
  if (!head) return false;
  return BEFORE_VERB.test(lead.slice(head.index + head[0].length));
}

/**
 * A clause's lead that is only a role's noun phrase before its verb: "Investigators ", "The
 * minister ", "A police spokesman ", "A spokeswoman for the council ", "The club's owners also ".
 */
const ROLE_PHRASE = new RegExp(
  String.raw`^\s*(?:(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:${BODY_OR_OFFICE.source.slice(2, -2)})(?:\s+(?:for|of|at|from)\s+(?:the\s+)?[\w'’ -]{1,40}?)?\s+(?:(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+day\s+|yesterday\s+)?(?:(?:also|later|then|\w+ly)\s+)?$`,
  'i',
);

/** True when the words before a verb are a role's noun phrase and nothing else (see ROLE_PHRASE). */
export function isRolePhrase(lead: string): boolean {
  return ROLE_PHRASE.test(lead);
}

/** An auxiliary of the passive right before the verb: "were ", "was formally ", "had been ", "will be ". */
const PASSIVE_AUXILIARY = /\b(?:was|were|be|been|being|is|are)\s+(?:\w+ly\s+)?$/i;

/** Results, data or figures as what is due: "Results from the trial are due", "Second-season data are due". */
const FIGURES_DUE = /\b(?:results|data|figures|earnings|findings|statistics|numbers)\b/i;

/**
 * True when an announcing verb is told in the passive, or results or figures are due: "The results
 * were announced", "It was announced", "Results from the trial are due in September" (a report that
 * is due, with no one named, is no news yet).
 */
export function isPassiveAnnouncement(lead: string, verb: string): boolean {
  const word = verb.split(/\s+/)[0] ?? '';
  if (/^due$/i.test(word)) return PASSIVE_AUXILIARY.test(lead) && FIGURES_DUE.test(lead);
  return PASSIVE_AUXILIARY.test(lead) && /(?:ed|shed|d)$/i.test(word);
}

/** A lead with no subject of its own: a time, adverbs ("on Tuesday ", "later "), or nothing. */
const NO_SUBJECT =
  /^\s*(?:(?:on|late on|early on|last|this|yesterday|also|then|later|[a-z]+ly)\s+(?:[A-Z][a-z]+\s+)?)*$/;

/**
 * A sentence's opening noun phrase (at most five words) and an aside between commas after it, up to
 * where a clause boundary cut them off: "The agency, led by Ana Ruiz,", "The union, which
 * represents 4,000 drivers," (a figure's comma is no end of the aside).
 */
const SUBJECT_THEN_ASIDE = /^\s*((?:[\w'’.-]+\s+){0,4}[\w'’.-]+)\s*,(?:[^,;]|\d,\d{3}){1,150},\s*$/;

/**
 * A time fronted without a comma before a subject that opens with an article: "On Friday the housing
 * minister said", "Last week the regional health authority announced". It is no part of the subject.
 */
const FRONTED_TIME =
  /^\s*(?:(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier this|later this)\s+(?:week|month|year|weekend)|yesterday|on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})|later\s+that\s+(?:day|morning|afternoon|evening|night|week)|(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening)|(?:an?|one|two|three|four|five|several|a\s+few)\s+(?:hours?|days?)\s+later|hours\s+later|afterwards?|later)\s*,?\s+(?=(?:the|a|an)\s)/i;

/**
 * The words before a verb that may hold its subject. A clause boundary cuts a subject off from its
 * verb when an aside stands between them ("The agency, led by Ana Ruiz, announced cuts", "The
 * ministry, which oversees ports, said on Tuesday ..."): the clause then starts after the aside's
 * closing comma with no subject, and the subject is the sentence's opening noun phrase, read here
 * with the clause's own lead (the aside left out: it may name a body that is not the subject).
 */
export function subjectLead(masked: string, clause: Span, verbStart: number): string {
  const lead = masked.slice(clause.start, verbStart).replace(FRONTED_TIME, '');
  if (clause.start === 0 || !NO_SUBJECT.test(lead)) return lead;
  const subject = SUBJECT_THEN_ASIDE.exec(masked.slice(0, clause.start))?.[1];
  return subject === undefined ? lead : `${subject} ${lead.trimStart()}`;
}

/** An announcing verb (not a noun) whose clause gives it a body or an office, or no one in the passive. */
export function announcedWithoutName(masked: string, clause: Span, match: TriggerMatch): boolean {
  if (match.trigger.nominal) return false;
  const lead = subjectLead(masked, clause, match.start);
  return isAnnouncedByRole(lead) || isPassiveAnnouncement(lead, match.text);
}
