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
import { isStandingPosition } from './speech-acts.ts';
import type { TriggerMatch } from './triggers.ts';
import type { DateMention, Span } from './types.ts';

/** Words that make what stands before the participle a clause with its own verb. */
const VERB_BEFORE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|did|does|do|to|that|which|who|whom|when|where)\b|[a-z]ed\s+\S+\s+$/i;
/** A preposition opening the clause: the noun after it is an object, its participle a modifier. */
const PREPOSITION_OPENING = /^\s*(?:under|with|after|following|despite|unlike|like|of)\s+/i;
/**
 * The participle's dated phrase, then the sentence's own verb: "signed in 1994 set", "passed in 2019,
 * requires"; not a verb after "and", which is coordinated with a finite one ("resigned in March and
 * was replaced by"), nor the verb of a clause that "and" or a subordinator opens with a subject of
 * its own ("The plant closed in March and 300 workers were laid off", "retired in May after the club
 * was relegated": two clauses, the first one news).
 */
const MAIN_VERB_AFTER =
  /^\s*,?\s+(?:in|during|last|earlier|late|early)\b(?:(?!\b(?:(?:and|but|or|then)\s+(?!\w+ed\b)|(?:after|before|when|because|since|until|while|once)\s))[^,;]){0,30}?,?\s+(?<!\b(?:and|but|or|then)\s+)(?:is|are|was|were|has|have|had|remains?|remained|will|would|must|can|could|may|might|should|requires?|required|sets?|covers?|covered|allows?|allowed|gives?|gave|bars?|barred|makes?|made|means?|meant|took|takes|became|becomes)\b/;
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

/**
 * Habits and counts: "Ministers usually meet in December", "meets monthly", "has held talks several
 * times in 2024". "weekly" as an adjective of a thing ("reinstated the weekly bin collection on
 * Monday", "its monthly meeting") tells no habit of the act.
 */
const HABITUAL =
  /\b(?:tends? to|tended to|usually|typically|traditionally|normally|generally|regularly|routinely|customarily|annually|(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those|first|last|next|new|usual|regular)\s)(?:monthly|weekly|fortnightly)(?!\s+(?:bin|collections?|services?|meetings?|markets?|newsletters?|reports?|bulletins?|shows?|columns?|payments?|allowances?|briefings?|magazines?|podcasts?|sessions?|classes|visits?|checks?|flights?|sailings?|editions?)\b)|(?:every|each) (?:year|month|week|day|spring|summer|autumn|fall|winter|morning|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:once|twice|\w+ times) (?:a|per|each|every) (?:year|month|week|day)|(?:several|many|multiple|numerous|\d+|two|three|four|five|six|seven|eight|nine|ten) times(?! (?:the|as|more|higher|larger|over)\b))\b/i;

/**
 * A perfect of experience: "The league has fined clubs before", "have banned the march in the past"
 * (not "two days before", an anaphora).
 */
const DONE_BEFORE =
  /\b(?:has|have)\s[^.;]*\s(?<!\b(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|shortly|just|night|day|week|month|year|morning|evening|afternoon)\s)(?:before|in the past|previously)\s*[.!?]?\s*$/i;

/**
 * A habit told in an aside of the sentence: "The town holds a parade on the first Sunday of May, as
 * it does every year", "as they have done each spring since 1990": the day is one of many.
 */
const AS_EVERY =
  /\bas\s+(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:(?:usually|always|often)\s+)?(?:does|do|did|has\s+done|have\s+done|had\s+done)\s+(?:(?:almost|nearly)\s+)?(?:every|each)\b/i;

/** The trigger's clause tells a habit, a count of happenings or an experience, not one happening. */
export function isHabitual(masked: string, clause: Span): boolean {
  const text = masked.slice(clause.start, clause.end);
  return HABITUAL.test(text) || DONE_BEFORE.test(text) || isAsEvery(masked);
}

/** `AS_EVERY` of the sentence last asked about: it is asked once for each of the sentence's triggers. */
let asEveryOf: { masked: string; found: boolean } | undefined;

function isAsEvery(masked: string): boolean {
  if (asEveryOf?.masked !== masked) asEveryOf = { masked, found: AS_EVERY.test(masked) };
  return asEveryOf.found;
}

// ---------------------------------------------------------------------------------------------
// Idioms: a trigger's word used in a sense that tells no act of the trigger's kind.

interface Idiom {
  /** What the trigger matched. */
  text: RegExp;
  /** The words right after the match, if the idiom needs them. */
  after?: RegExp;
  /** The words right before the match, if the idiom needs them. */
  before?: RegExp;
  /** The idiom still tells a happening, of no particular kind ("lifted the trophy", "closed 0.4% higher"). */
  happening?: true;
}

/** A share price or an index: "closed 0.4% higher", "closed at $81". */
const MARKET_CLOSE =
  /^\s+(?:(?:up|down|higher|lower|flat|unchanged|steady|firmer|weaker|stronger)\b|at\s+(?:a\s+)?(?:record\s+)?(?:high\s+|low\s+)?[$€£¥\d]|[+-]?[\d.,]+\s*(?:%|per ?cent|points?|cents?|pence)|the (?:session|day|week|month|year)\b)/i;
/** What a sports or market report lifts, passes or blocks that no authority does. */
const NOT_POLICY_OBJECT =
  /^\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\w$€£,.'’-]+\s+){0,2}?(?:trophy|cup|title|crown|shield|medal|spirits|mood|morale|shares|stocks|index|prices|sentiment|hopes|profits?|earnings|sales|revenues?|output|mark|milestone|threshold|barrier|shot|shots|penalty|kick|pass|header|punt|ball|baton|torch|lid|veil)\b/i;
/** A standard, not a party: "met expectations", "meet demand", "met its target". */
const STANDARD =
  /^\s+(?:(?:the|its|their|his|her|our|all|most|some|these|those|this|that|a|an|market|consensus|analysts['’]?|investors['’]?|economists['’]?)\s+)*(?:[\w-]+\s+)?(?:expectations|estimates|forecasts?|targets?|demand|criteria|deadlines?|goals?|needs|requirements|standards|thresholds?|obligations|conditions|costs|quotas?|benchmarks?)\b/i;
/** A stretch of trading, training or questions, not a meeting of parties. */
const SESSION_OF_ROUTINE =
  /\b(?:trading|training|practice|photo|therapy|recording|counsell?ing|study|Q&A|question-and-answer|qualifying|warm-up|morning|afternoon|evening|overnight|Asian|European|U\.S\.|London|New York)\s+$/i;
/** The press as the other side of a conversation: an interview sources a story, it is no meeting. */
const PRESS =
  /^\s+(?:reporters|journalists|the (?:press|media)|a (?:reporter|journalist)|this (?:newspaper|reporter|website|publication)|(?:The\s+)?(?:Associated Press|Reuters|AFP|Bloomberg|BBC|CNN)\b)/i;

const IDIOMS: readonly Idiom[] = [
  // "the ruling Unity Party", "the ruling ANC": the adjective before a body's name, no court's ruling.
  {
    text: /^ruling$/i,
    after:
      /^\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:Party|Coalition|Alliance|Front|Congress|Movement|Union|League|Council)\b|^\s+[A-Z]{2,}\b/,
  },
  { text: /^closed$/i, after: MARKET_CLOSE, happening: true },
  { text: /^closed$/i, after: /^\s+doors?\b/i },
  { text: /^(?:lifted|blocked|passed (?:a|an|the))$/i, after: NOT_POLICY_OBJECT, happening: true },
  {
    text: /^passed (?:a|an|the)$/i,
    after: /^\s+(?:[\w$€£,.-]+\s+)?(?:mark|milestone|threshold|level|barrier|test)\b/i,
    happening: true,
  },
  // Opinion and speech: "Economists agreed that ...", "The archbishop declared that ...".
  { text: /^(?:agreed|agrees|agree)(?: to)?$/i, after: /^\s*(?:that|with|on the need)\b/i },
  // "the two agreed to hold a summit", "agreed to meet again": the meeting is the news, not a policy act.
  {
    text: /^(?:agreed|agrees|agree)(?: to)?$/i,
    after:
      /^\s*(?:to\s+)?(?:hold|meet|host|visit|talk|travel|resume talks|keep talking|stay in (?:close )?(?:touch|contact))\b/i,
  },

  { text: /^(?:declared|declares)$/i, after: /^\s*(?:that\b|:|,|\s+(?:it|himself|herself|themselves)\s+(?!a\b))/i },
  { text: /^(?:met|meets|meet|meeting)(?: with)?$/i, after: STANDARD },
  // "The proposal was met with protests": a reception, not a meeting.
  { text: /^met with$/i, before: /\b(?:was|were|been|be|is|are|being)\s+(?:\w+ly\s+)?$/i, after: /^\s+(?![A-Z])/ },
  { text: /^(?:spoke|speaks|speak) with$/i, after: PRESS },
  { text: /^session$/i, before: SESSION_OF_ROUTINE },
  // "The company is in talks to buy ...": a process under way, not a meeting on a day.
  {
    text: /^(?:talks|negotiations|discussions|consultations)$/i,
    before: /\b(?:is|are|was|were|remains?|remained|been|be)\s+(?:still\s+|now\s+|already\s+|currently\s+)?in\s+$/i,
  },
  // A count of votes or a share of them: "won 48% of the vote", "by 201 votes to 150".
  {
    text: /^votes?$/i,
    before:
      /(?:(?:%|per ?cent|share|majority|half|third|quarter|fifth|tenth)\s+of\s+the\s+(?:[\w-]+\s+)?|\b[\d,]+\s+)$/i,
  },
  { text: /^votes?$/i, after: /^\s+(?:share|count|tally)\b/i },
  // "fell short", "fell behind", "died down": no fall, no death.
  {
    text: /^fell$/i,
    after:
      /^\s+(?:short|behind|silent|asleep|quiet|foul|flat|victim|prey|ill|sick|apart|in love|into line|out of (?:favou?r|love|step))\b/i,
  },
  { text: /^(?:died|dies)$/i, after: /^\s+(?:down|out|away)\b/i },
  // "struck a more cautious tone", "strikes a chord with voters": a manner of speaking, no blow.
  {
    text: /^(?:struck|strikes|strike|striking)$/i,
    after:
      /^\s+(?:(?:an?|the|his|her|their|its|our)\s+)?(?:[\w-]+\s+){0,2}?(?:tone|note|chord|nerve|pose|balance|figure)s?\b/i,
  },
  // "gave no forecast", "made no comment", "set no date", "took no action": what was not done.
  {
    text: /^(?:gave|gives|give|offered|offers|provided|provides|made|makes|set|sets|issued|issues|took|takes|announced|announces|named|names)$/i,
    after: /^\s+no\s+(?!doubt\b|secret\b|mistake\b|less\b|more\b|fewer\b)/i,
  },
  // "When contacted on Wednesday, a spokesman said ...": the asking of a source, no happening.
  {
    text: /^(?:contacted|asked|reached|approached|questioned|pressed|quizzed)$/i,
    before: /\b(?:when|if|once|after|while|as)\s+$/i,
  },
  // "his attacking style of play", "an attacking midfielder": a manner of play, no attack.
  {
    text: /^attacking$/i,
    after:
      /^\s+(?:style|football|play|game|midfielder|midfielders|players?|third|options?|threat|intent|brand|flair|instincts?|qualities|talent|full-backs?|wing-backs?|minded)\b/i,
  },
  // "took aim at the government's record": criticism, no act of its own.
  { text: /^(?:took|takes|take|taking)$/i, after: /^\s+aim\b/i },
  { text: /^opened$/i, after: /^\s+(?:the scoring|the door|up\b)/i },
  // "A man named Hugo Brandt", "named after an engineer": a name, not an appointment.
  { text: /^named\b/i, before: /\b(?:a|an|one|two|three|several|some)\s+(?:[\w-]+\s+){0,2}$/i },
  { text: /^named\b/i, after: /^\s*after\b/i },
];

/**
 * Every idiom's word in one pattern, made from the table: most triggers are no idiom's word, and
 * one test rules out all of them. (Every `text` is case-insensitive and anchored at both ends.)
 */
const IDIOM_WORD = new RegExp(IDIOMS.map((idiom) => `(?:${idiom.text.source})`).join('|'), 'i');

/** The idioms whose word `text` is, in the table's order, by the word: a trigger's word is asked about again and again. */
const idiomsByWord = new Map<string, readonly Idiom[]>();

function idiomsOfWord(text: string): readonly Idiom[] {
  let idioms = idiomsByWord.get(text);
  if (idioms === undefined) {
    // The words of a run of articles are few, but any text may come: the memo stays small.
    if (idiomsByWord.size >= 1000) idiomsByWord.clear();
    idioms = IDIOMS.filter((idiom) => idiom.text.test(text));
    idiomsByWord.set(text, idioms);
  }
  return idioms;
}

/**
 * A participle right after a determiner is an adjective: "a suspended sentence", "the banned drug",
 * "the newly elected mayor". Not a capitalised "An" that ends a name ("Le Van An resigned"), nor a
 * name in "-ly" after "the" ("The Assembly approved the bill": the adverb is in lower case), nor a
 * noun in "-ly" ("The assembly approved the plan", "The family sued the council").
 */
const DETERMINER_BEFORE =
  /(?<!\p{Lu}[\p{L}'’-]*\s)\b(?:[aA]|[aA]n|[tT]he|[iI]ts|[tT]heir|[hH]is|[oO]ur)\s+(?:(?!(?:assembly|family|ally|rally|supply|reply|monopoly|anomaly|tally|bully|folly)\s)[a-z]+ly\s+)?$/u;

/** A word as the compiler reads it: a trigger match, or a verb of a dated clause. */
type Word = Span & { text: string; nominal?: boolean | undefined };

/**
 * How a trigger's word is used when it is in a sense that tells no act of its kind: `'none'` for no
 * happening at all ("met expectations", "a trading session", "fell short", "a man named X", "a
 * suspended sentence"), `'happening'` for a happening of no particular kind ("closed 0.4% higher",
 * "lifted the trophy"); `undefined` when the word has its own sense.
 */
export function idiomOf(masked: string, match: Word): 'none' | 'happening' | undefined {
  const text = match.text.trim();
  const after = masked.slice(match.end, match.end + 80);
  const before = masked.slice(Math.max(0, match.start - 60), match.start);
  if (
    !match.nominal &&
    /^[a-z]+ed$/i.test(text) &&
    DETERMINER_BEFORE.test(before) &&
    /^\s+[a-z]/.test(after) &&
    !/^\s+(?:by|on|in|at|for|to|from|with|and|or|last|this|earlier)\b/i.test(after)
  )
    return 'none';
  if (!IDIOM_WORD.test(text)) return undefined;
  const idiom = idiomsOfWord(text).find(
    (candidate) =>
      (!candidate.after || candidate.after.test(after)) && (!candidate.before || candidate.before.test(before)),
  );
  if (!idiom) return undefined;
  return idiom.happening ? 'happening' : 'none';
}

/** True when a trigger's word is used in a sense that tells no act of its kind (see `idiomOf`): it is no trigger. */
export function isIdiom(masked: string, match: Word): boolean {
  return idiomOf(masked, match) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// What a clause does not assert: a power, a wish, a rule's content, a question, a state.

/** Nouns, verbs and adjectives whose "to" infinitive is a power, a wish, a request or an attempt, not an act. */
const GOVERNOR =
  /\b(?:refusal|attempts?|bids?|efforts?|powers?|rights?|authority|ability|freedom|proposals?|calls?|demands?|requests?|pressure|push|campaign|threats?|promises?|pledges?|vows?|willingness|readiness|reluctance|failure|chance|opportunity|options?|need|reason|way|motion|bill|law|legislation|allows?|allowed|allowing|enables?|enabled|permits?|permitted|authori[sz](?:e|es|ed|ing)|empowers?|empowered|asks?|asked|asking|urges?|urged|urging|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|petitions?|petitioned|wants?|wanted|needs?|needed|tr(?:y|ies|ied|ying)|attempted|attempting|vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|propos(?:e|es|ed)|aim(?:s|ed)?|able|unable|free|entitled|eager|keen|ready|willing|unwilling|reluctant|happy|powerless)\s+(?:(?!to\b)[\w'’.-]+\s+){0,3}?to\s+$/i;

/** A decision's content is its act when the decision is dated ("the decision on Monday to ban ..."). */
const DECISION = /\b(?:decisions?|move)\s+(?:(?!to\b)[\w'’.-]+\s+){0,3}?to\s+$/i;

/**
 * "the refusal to sign", "allows the government to ban", "asked the court to suspend"; "the decision
 * to close" when no date says when it was taken. `dated`: the clause has a date.
 */
export function isGovernedInfinitive(masked: string, match: TriggerMatch, dated = false): boolean {
  const lead = /^to\s+/i.exec(match.text)?.[0] ?? '';
  const before = masked.slice(Math.max(0, match.start - 70), match.start) + lead;
  return /\bto\s+$/i.test(before) && (GOVERNOR.test(before) || (!dated && DECISION.test(before)));
}

/** "has yet to vote", "has no plans to ban": what has not happened and is not planned. */
const NOT_YET = /\b(?:yet\s+to|no\s+(?:immediate\s+|current\s+|further\s+)?(?:plans?|intention|desire)\s+to)\s+$/i;

/** A legal text as the subject: what it says is its content, not an act ("The law bans ..."). */
const INSTRUMENT_SUBJECT =
  /^\s*(?:under\s+)?(?:the|a|an|this|that|its|their|[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:law|act|bill|treaty|rules?|regulations?|directive|decree|ordinance|constitution|agreement|accord|measure|policy|code|statute|charter|ruling|amendment|legislation|provision|clause|licen[cs]e|contract|proposal|scheme)\s+(?:also\s+|effectively\s+|now\s+|still\s+)?$/i;

/** A legal text, then its relative pronoun: "any bill that", "a law which would". */
const INSTRUMENT_RELATIVE =
  /\b(?:laws?|acts?|bills?|treat(?:y|ies)|rules?|regulations?|directives?|decrees?|ordinances?|measures?|polic(?:y|ies)|statutes?|amendments?|legislation|provisions?|proposals?|plans?)\s+(?:that|which)\s+(?:(?:would|could|will|also|effectively)\s+)?$/i;

/**
 * A present-tense verb ("bans", "closes") whose subject is a legal text, or any verb of a
 * relative clause on one ("vowed to veto any bill that raises taxes").
 */
function isRuleContent(masked: string, clause: Span, match: TriggerMatch): boolean {
  if (match.trigger.nominal) return false;
  if (INSTRUMENT_RELATIVE.test(masked.slice(Math.max(0, match.start - 50), match.start))) return true;
  return (
    /^[a-z]+s$/i.test(match.text.trim()) &&
    // "The contract expires on June 30": the text's own course, not what it says.
    !/^(?:expires|lapses|ends|begins|starts)$/i.test(match.text.trim()) &&
    INSTRUMENT_SUBJECT.test(masked.slice(clause.start, match.start))
  );
}

/** "Access is restricted", "The border remains closed": a present state of a policy, not an act. */
const PRESENT_STATE = /\b(?:is|are|remains?|stays?)\s+(?:still\s+|now\s+|largely\s+|partly\s+|fully\s+)?$/i;

/** Dates that bound a stretch ("for most of 2021", "throughout May"): the clause tells a state. */
const STRETCH_BEFORE =
  /\b(?:for|during|in)\s+(?:most|much|all|part|the rest|large parts?)\s+of\s+(?:the\s+)?$|\bthroughout\s+(?:the\s+)?$/i;

/**
 * The start of the stretch a record is measured over: "the highest since records began in 1884",
 * "its worst month since the index started in 1990" (a superlative, then "since" and the start).
 */
const SINCE_IT_BEGAN =
  /\b(?:[a-z]{2,}est|most|least|first)\b[^.;:]{0,40}\bsince\s+(?:[\w'’-]+\s+){1,3}(?:began|begun|started|were first kept)$/i;

/** "Had the ministry acted in March, ...", "Were the bank to cut rates": a counterfactual. */
const INVERTED_CONDITION = /^\s*(?:Had|Were|Should)\s+(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*|he|she|they|it|we)\b/;

/**
 * Someone's forecast of another's act: "Analysts expect the central bank to cut rates in July",
 * "Economists predict that the bank will cut rates" (not "is expected to", a plan, nor "expects to
 * close the deal", the subject's own plan).
 */
const FORECAST_OF_ANOTHER =
  /\b(?:expects?|expected|forecasts?|predicts?|predicted|projects?|projected|anticipates?|anticipated|bets?|doubts?|fears?|hopes?)\s+(?:that\s+)?(?!to\b)(?:[\w'’.-]+\s+){1,5}?(?:to|will|would)\s+(?:\w+ly\s+|also\s+|again\s+|not\s+)?$/i;

/**
 * A hedged or expected act before its trigger ("is likely to raise", "could cut", "is expected to
 * hold", "will raise"), which forecasters' attribution in the sentence makes their prediction.
 */
const PREDICTED_BEFORE =
  /\b(?:(?:is|are|was|were|be)\s+(?:\w+ly\s+|still\s+|now\s+)?(?:likely|unlikely|expected|seen|tipped|forecast|predicted|poised)\s+to|could|might|may|would|will)\s+(?:\w+ly\s+|also\s+|again\s+|not\s+|then\s+)?$/i;
/**
 * Forecasters as the source of a sentence: "economists said", "analysts expect", "traders are
 * betting", "according to a Reuters poll of economists", "a Bloomberg survey showed".
 */
const FORECASTERS_SAY =
  /\b(?:(?:economists|analysts|traders|strategists|forecasters|investors|(?:money |financial )?markets)\s+(?:(?:polled|surveyed)\s+(?:by\s+[\w\s]{1,20}?\s+)?)?(?:said|say|says|expect|expected|predict|predicted|forecast|believe|believed|bet|betting|are\s+betting|see|saw|reckon|think|thought|are\s+pricing|priced|were\s+pricing)|according\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:poll|survey|economists|analysts|traders|forecasters)|(?:poll|survey)\s+(?:of\s+[\w\s]{1,30}?\s+)?(?:showed|shows|found|finds))\b/i;

/**
 * "The central bank is likely to raise rates in December, economists said", "Analysts said the bank
 * could cut rates in July": forecasters' prediction of another's act, not its plan. A plan told by
 * officials ("The minister is likely to visit Osaka next week") stays a plan.
 */
function isForecastersPrediction(masked: string, before: string): boolean {
  return PREDICTED_BEFORE.test(before) && FORECASTERS_SAY.test(masked);
}

/** "The court can suspend the law": a power, not an act. */
const ABILITY_BEFORE = /\b(?:can|cannot|can['’]t)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+|only\s+)?$/i;
/** A policy named by its noun ("the ban on smoking") with no date of its own: a reference to it, not news. */
const REFERENCE_NOUN = /^(?:ban on|closure of)$/i;
const DEFINITE_BEFORE = /(?:\b(?:the|this|that|its|their|his|her|our)|['’]s)\s+(?:[\w-]+\s+){0,2}$/i;
/** "The ban, which came into force in 2007, ...": when a rule began is background of the rule. */
const COMING_INTO_FORCE = /^(?:took|take|takes|came|come|comes) (?:effect|into force)$/i;

/** A condition after a "would": "would hold a strike vote on Thursday if no deal is reached". */
const CONDITION_AFTER = /\b(?:if|unless|provided|should)\b/i;
/** A running count: "have detained more than 40 boats this year". */
const COUNT_AFTER =
  /^\s+(?:(?:more than|over|nearly|almost|about|some|at least|roughly|around)\s+)?(?:\d|dozens\b|hundreds\b|thousands\b|scores\b)/i;

/** A speech verb right before the meeting it was said to. */
const SPOKEN_TO =
  /\b(?:told|tells|addressed|addresses|(?:will|to) address|briefed|(?:spoke|speaks|speaking|said|says)\s+(?:to|at|during))\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * A happening named only as the measure of another ("Turnout was slightly below the 2023
 * election", "higher than in the 2019 election", "its worst result since the 2010 election", "As
 * in the 2021 referendum, ..."): a point of comparison, not news told. "since" counts only with a
 * year before the noun ("since the March election" may be the only telling of that election).
 */
const COMPARISON_POINT =
  /\b(?:(?:than|below|above|like|unlike|as(?=\s+in\b)|versus|vs\.?|compared (?:with|to)|up from|down from|same as)\s+(?:(?:in|at|during|for|with)\s+)?(?:the|a|an|its|their|his|her|last|that)\s+(?:\d{4}\s+)?|since\s+(?:the|its|their|his|her)\s+\d{4}\s+)(?:[\w-]+\s+){0,2}$/i;

function isComparisonPoint(before: string): boolean {
  return COMPARISON_POINT.test(before);
}

/**
 * A meeting named as the setting of another act in its clause: "will vote on the offer at an
 * extraordinary general meeting in Ghent on July 14" tells the vote, held at the meeting; so does
 * "At its previous meeting on Nov. 12, the board also held rates".
 */
function isSetting(masked: string, clause: Span, match: TriggerMatch, triggers: readonly TriggerMatch[]): boolean {
  // Fronted: "At its previous meeting on Nov. 12, the board also held rates".
  if (/^\s*At\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$/.test(masked.slice(clause.start, match.start))) {
    const comma = masked.indexOf(',', match.end);
    return (
      comma > 0 &&
      comma < clause.end &&
      triggers.some((other) => other.trigger.kind !== 'meeting' && other.start > comma && other.end <= clause.end)
    );
  }
  const lead = masked.slice(Math.max(clause.start, match.start - 50), match.start);
  // Speech told to a meeting: "Okafor told a meeting of shareholders on Tuesday", "addressed the
  // session": the meeting is where the words were said (their medium), not a meeting of the speaker's.
  if (SPOKEN_TO.test(lead)) return true;
  // "at an extraordinary general meeting", "approved by the board in its session of 25 September"
  if (!/\b(?:at|in|during)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$/i.test(lead)) return false;
  return triggers.some(
    (other) => other.trigger.kind !== 'meeting' && other.start >= clause.start && other.end <= match.start,
  );
}

/** An event noun's complement, then a relative clause that tells its course ("of the party that ran from"). */
const OWN_COURSE =
  /^(?:\s+(?:of|on|between|with|in|at|over|about)\s+[^,;]{1,60}?)?,?\s+(?:that|which)\s+(?:(?:had|has|have|was|were)\s+)?(?:began|opened|lasted|ran|took\s+place|held|stretched|continued)\s+(?:[^,;]{0,20}?\s)?$/i;

/**
 * "in a speech on Dec. 26 at a plenary meeting of the ruling party that ran from Dec. 23 to 27": a
 * meeting whose own course the sentence dates is a happening told, whatever was done at it.
 */
function hasOwnCourse(masked: string, match: TriggerMatch, dates: readonly DateMention[]): boolean {
  return dates.some(
    (mention) =>
      mention.start > match.end &&
      mention.start - match.end < 120 &&
      OWN_COURSE.test(masked.slice(match.end, mention.start)),
  );
}

/** Gatherings that another act may be done at: "a rally", "a ceremony", "the vigil". */
const GATHERING =
  /(?:^|\s)(?:rally|rallies|ceremony|vigil|protest|demonstration|reception|dinner|gala|funeral|concert)$/i;

/**
 * "Police arrested Juma Kisanga at a roadside rally on Wednesday", "The governor signed the bill at a
 * ceremony on Friday": a gathering named after "at" as where an act of another kind was done, in
 * the act's clause, is its setting, not a happening the sentence reports.
 */
function isGatheringSetting(masked: string, match: TriggerMatch, triggers: readonly TriggerMatch[]): boolean {
  if (!GATHERING.test(match.text)) return false;
  const lead = masked.slice(Math.max(0, match.start - 40), match.start);
  if (!/\bat\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(lead)) return false;
  const from = Math.max(0, match.start - 160);
  return triggers.some(
    (other) =>
      !other.trigger.nominal &&
      other.trigger.kind !== 'other' &&
      other.start >= from &&
      other.end <= match.start &&
      !/[.;]/.test(masked.slice(other.end, match.start)),
  );
}

/**
 * A denial right before a trigger's clause: "denied that its troops had crossed the border",
 * "denies having met the envoy", "denied reports that the talks had collapsed", "ruled out that the
 * board will hold an extraordinary session". What is denied or ruled out is not told as a happening.
 */
const DENIED_BEFORE =
  /\b(?:(?:ruled|rules|ruling)\s+out\s+(?:(?:on|late on|early on|last|this|yesterday|earlier)\b[^,;]{0,20}?\s+)?(?:an?|the|any|fresh|new|early|snap)\s+(?:[\w'’-]+\s+){0,2}?$|(?:denied|denies|deny|denying|ruled out|rules out|ruling out)\s+(?:(?:on|late on|early on|last|this|yesterday|earlier)\b[^,;]{0,20}?\s+)?(?:(?:(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?|accusations?)\s+)?that\s+[^,;.]{0,60}?|having\s+(?:\w+\s+){0,2}?|(?:\w+ing)\s+(?:[^,;.]{0,40}?)?)$)/i;

/** A verb that sums up what it names in someone's words: "described the vote as", "branded the strike". */
const CHARACTERISED_BY =
  /\b(?:described|describes|called|calls|branded|brands|labell?ed|dubbed|hailed|hails|dismissed|dismisses|condemned|condemns|denounced|slammed|decried|derided)\s+(?:the|this|that|its|their|his|her|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * "Brandt described the vote as “a disgrace”", "called the ruling “deeply disappointing”": the
 * happening summed up in quoted words is the topic of the quotation, told before or known, not news
 * of its own. (The quotation is blanked in `masked`: its marks or its blank follow the noun.)
 */
function isCharacterised(masked: string, match: TriggerMatch): boolean {
  return (
    CHARACTERISED_BY.test(masked.slice(Math.max(0, match.start - 60), match.start)) &&
    /^\s*(?:as\s+)?(?:[“"‘']|\s{3,})/.test(masked.slice(match.end, match.end + 12))
  );
}

/** Gatherings that a speaker's words are told to: "a rally", "the vigil", "a crowd of supporters". */
const AUDIENCE_GATHERING = /^(?:rally|rallies|vigil|crowd|gathering|protest|demonstration|march)\b/i;
/**
 * A speech verb right before the gathering its words were told to: "told a rally", "speaking at a
 * vigil", "Addressing a rally in Leeds on Saturday, Ruiz promised ..." (the participle only: "Ruiz
 * addressed a rally" may be all the news there is).
 */
const TOLD_TO =
  /\b(?:told|tells|telling|addressing|(?:said|says|saying|speaking)\s+(?:to|at|during))\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * "Kollar told a rally in Brno on Saturday that the city would never give up", "Speaking at a vigil
 * on Friday, the mayor said ...": the gathering is where the words were said (their medium, and
 * their day), not a happening the speech reports.
 */
function isAudienceOfSpeech(masked: string, match: TriggerMatch): boolean {
  if (CALL_NOUN.test(match.text)) return isCallOfSpeech(masked, match);
  return AUDIENCE_GATHERING.test(match.text) && TOLD_TO.test(masked.slice(Math.max(0, match.start - 50), match.start));
}

/** A call named by its noun: "a conference call", "a call". */
const CALL_NOUN = /(?:^|\s)calls?$/i;
/** Those a company's results are told to on a call: analysts, investors, shareholders, reporters. */
const CALL_AUDIENCE = String.raw`(?:analysts|investors|shareholders|reporters|journalists|the media|staff|employees|bankers)`;
/** A speech verb and its audience before the call: "told analysts on a ", "said on a ". */
const TOLD_ON_CALL = new RegExp(
  String.raw`\b(?:(?:told|tells|telling|briefed|assured|reassured)\s+${CALL_AUDIENCE}|(?:said|says|saying|speaking|spoke|added|warned|cautioned))\s+(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?(?:on|during|in)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$`,
  'i',
);
/** The audience after the call: "a call with analysts", "a conference call for investors". */
const CALL_WITH_AUDIENCE = new RegExp(String.raw`^\s+(?:with|for|to)\s+${CALL_AUDIENCE}\b`, 'i');

/**
 * "Ruiz told analysts on a conference call on Tuesday that margins would improve", "said on a call
 * with investors": the call is where results are told to an audience (the words' medium), not a
 * meeting of parties. Told to a named person ("told Soto in a call on Monday") it is one.
 */
function isCallOfSpeech(masked: string, match: TriggerMatch): boolean {
  const before = masked.slice(Math.max(0, match.start - 60), match.start);
  if (!TOLD_ON_CALL.test(before)) return false;
  return (
    /\b(?:told|tells|telling|briefed|assured|reassured)\s+\w+/i.test(before) ||
    CALL_WITH_AUDIENCE.test(masked.slice(match.end, match.end + 30))
  );
}

/** A moment inside a match ("in the 89th minute"): part of the game, not an event of its own. */
const MATCH_MOMENT =
  /\b(?:in|after|before)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:minute|over|inning|lap|round)\b|\bin\s+(?:stoppage|injury|extra)\s+time\b/i;

/**
 * A trigger that its clause does not assert as a happening: a governed infinitive ("the decision to
 * close", "asked the court to suspend"), something not yet done ("has yet to vote", "no plans to
 * ban"), what a rule says ("The law bans the sale ..."), a present state ("Access is restricted"),
 * a stretch ("was closed for most of 2021"), a counterfactual ("Had the ministry acted ..."), a
 * question, or a moment inside a match.
 */
export function isNotAsserted(
  masked: string,
  clause: Span,
  match: TriggerMatch,
  dates: readonly DateMention[],
  triggers: readonly TriggerMatch[] = [],
): boolean {
  const before = masked.slice(Math.max(clause.start, match.start - 70), match.start);
  const inClause = dates.filter((mention) => mention.start >= clause.start && mention.end <= clause.end);
  if (
    isGovernedInfinitive(masked, match, inClause.length > 0) ||
    NOT_YET.test(`${before}${/^to\s+/i.exec(match.text)?.[0] ?? ''}`)
  )
    return true;
  if (isRuleContent(masked, clause, match)) return true;
  if (match.trigger.nominal && isComparisonPoint(before)) return true;
  // "Austria has said it will not block the plan": a position held, with no day of its own.
  if (match.trigger.kind === 'announcement' && /^(?:said|says|confirmed)\b/i.test(match.text)) {
    if (isStandingPosition(before, inClause.length > 0)) return true;
  }
  if (!match.trigger.nominal && PRESENT_STATE.test(before) && inClause.length === 0) return true;
  if (
    !match.trigger.nominal &&
    inClause.length > 0 &&
    inClause.every((mention) => STRETCH_BEFORE.test(masked.slice(Math.max(0, mention.start - 40), mention.start)))
  )
    return true;
  if (clause.start === 0 && INVERTED_CONDITION.test(masked)) return true;
  if (!match.trigger.nominal && SINCE_IT_BEGAN.test(masked.slice(Math.max(0, match.start - 80), match.end)))
    return true;
  // "The agreement, once signed, would end the dispute": a participle of condition.
  if (!match.trigger.nominal && /\bonce\s+$/i.test(before) && /\b(?:would|will)\b/i.test(masked.slice(match.end)))
    return true;
  if (
    /\b(?:would|could|might)\s+(?:\S+\s+){0,3}$/i.test(before) &&
    CONDITION_AFTER.test(masked.slice(match.end, clause.end))
  )
    return true;
  if (
    !match.trigger.nominal &&
    /\b(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?$/i.test(before) &&
    COUNT_AFTER.test(masked.slice(match.end, match.end + 40)) &&
    inClause.length > 0 &&
    inClause.every((mention) =>
      /\b(?:this|so far this|since)\b/i.test(masked.slice(Math.max(0, mention.start - 12), mention.end)),
    )
  )
    return true;
  if (match.trigger.nominal && EXPECTED_HAPPENING.test(before)) return true;
  if (
    match.trigger.kind === 'meeting' &&
    match.trigger.nominal &&
    isSetting(masked, clause, match, triggers) &&
    !hasOwnCourse(masked, match, dates)
  )
    return true;
  if (match.trigger.kind === 'other' && match.trigger.nominal && isGatheringSetting(masked, match, triggers))
    return true;
  if (match.trigger.nominal && isAudienceOfSpeech(masked, match)) return true;
  if (match.trigger.nominal && isCharacterised(masked, match)) return true;
  if (DENIED_BEFORE.test(masked.slice(Math.max(0, match.start - 80), match.start))) return true;
  if (!match.trigger.nominal && ABILITY_BEFORE.test(before)) return true;
  if (!match.trigger.nominal && isForecastersPrediction(masked, before)) return true;
  const wide = masked.slice(Math.max(0, match.start - 80), match.start);
  if (
    !match.trigger.nominal &&
    FORECAST_OF_ANOTHER.test(wide) &&
    !/\b(?:is|are|was|were|be|been)\s+expected\s+$/i.test(wide)
  )
    return true;
  if (REFERENCE_NOUN.test(match.text) && DEFINITE_BEFORE.test(before) && inClause.length === 0) return true;
  if (isNamedByItsRecord(masked, match, dates)) return true;
  if (
    COMING_INTO_FORCE.test(match.text) &&
    /\b(?:which|that)\s*$/i.test(masked.slice(Math.max(0, clause.start - 8), clause.start)) &&
    inClause.length > 0 &&
    inClause.every((mention) => mention.date.precision !== 'day')
  )
    return true;
  if (/\?\s*$/.test(masked)) return true;
  return !match.trigger.nominal && MATCH_MOMENT.test(masked.slice(clause.start, clause.end));
}

/**
 * A record or a mark of a happening, before its noun: "the minutes of the meeting", "a recording of
 * the talks", "the anniversary of the invasion", "the outcome of the vote".
 */
const RECORD_OF =
  /\b(?:minutes|transcripts?|recordings?|videos?|footage|photos?|photographs?|images|outcome|details|notes|readouts?|agenda|summary|anniversary|aftermath|record|memories|memory)\s+of\s+(?:(?:the|a|an|this|that|its|their|his|her|last|next)\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * "The minutes of the meeting will be published on June 19", "Ostavians marked the anniversary of
 * the invasion on Monday": the clause's date is the record's or the mark's, not the happening's, which
 * its noun only names. A date of the noun's own ("the minutes of the March 12 meeting") dates it.
 */
function isNamedByItsRecord(masked: string, match: TriggerMatch, dates: readonly DateMention[]): boolean {
  if (!match.trigger.nominal) return false;
  const before = masked.slice(Math.max(0, match.start - 60), match.start);
  const record = RECORD_OF.exec(before);
  if (!record) return false;
  const from = match.start - before.length + record.index;
  return !dates.some((mention) => mention.start >= from && mention.end <= match.end);
}

/**
 * A happening named as what is expected, feared, wagered on or asked for: "Markets are betting on a
 * rate cut in March", "Fears of a strike grew", "rumours of a takeover", "bracing for a strike next
 * week": the expectation is told, the happening is not.
 */
const EXPECTED_HAPPENING =
  /\b(?:bet(?:s|ting)?\s+on|wager(?:s|ed|ing)?\s+on|pric(?:e|es|ed|ing)\s+in|brac(?:e|es|ed|ing)\s+(?:themselves\s+|itself\s+)?for|expectations?\s+(?:of|for)|hopes?\s+(?:of|for)|fears?\s+(?:of|over)|rumou?rs?\s+(?:of|about)|speculation\s+(?:of|about|over|on)|prospects?\s+of|possibility\s+of|risks?\s+of|threats?\s+of|talk\s+of|odds\s+(?:of|on)|chances?\s+of|likelihood\s+of|calls?\s+for|demands?\s+for)\s+(?:(?:an?|the|another|further|more|any|fresh|new|early)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** What a story cites: data, a survey, a study, a report. */
const SOURCE_NOUN =
  /\b(?:data|figures|statistics|numbers|estimates|survey|poll|study|studies|report|research|analysis|paper|review|audit|findings|minutes|records|documents|statement|(?:press |news )?release|communiqu[eé]|bulletin|filing|letter|video|post|message|notice|memo|email|transcript|readout|footage|recording|broadcast)\s+$/i;
/** What a cited source does: "showed", "found", "suggests". */
const SOURCE_VERB =
  /\b(?:showed|shows|show|found|finds|find|suggested|suggests|suggest|indicated|indicates|indicate|revealed|reveals|reveal|said|says|estimated|estimates|concluded|concludes)\b/i;
/** A participle that makes a source of its noun: "released", "published", "conducted". */
const SOURCE_PARTICIPLE =
  /^(?:released|published|issued|compiled|conducted|carried out|posted|out|sent|shared|aired|circulated|obtained|dated)$/i;

/**
 * "Data released on Tuesday showed ...", "according to a study published in May", "In a statement
 * released on Wednesday, the port said ...": the release of a source is the attribution of the
 * facts or words it gives, not an event of its own.
 */
export function isSourceParticiple(masked: string, verb: Span & { word: string }): boolean {
  if (!SOURCE_PARTICIPLE.test(verb.word)) return false;
  const before = masked.slice(Math.max(0, verb.start - 60), verb.start);
  if (!SOURCE_NOUN.test(before)) return false;
  return /\baccording to\s+(?:\S+\s+){0,4}$/i.test(before) || SOURCE_VERB.test(masked.slice(verb.end));
}

/**
 * One act told by two policy words in one clause: "voted on Tuesday to close the library", "lifted
 * the ban on gatherings", "approved the budget by 201 votes to 150": one word is the content or
 * the tally of the other ("and" or a comma between them makes two acts). The word that the clause's
 * date belongs to (the nearest before it, as the date stage reads it) tells the act, else the first.
 */
export function isPartOfAnotherAct(
  masked: string,
  clause: Span,
  match: TriggerMatch,
  triggers: readonly TriggerMatch[],
  dates: readonly DateMention[],
): boolean {
  if (match.trigger.kind !== 'policy') return false;
  const inClause = triggers.filter(
    (trigger) => trigger.trigger.kind === 'policy' && trigger.start >= clause.start && trigger.end <= clause.end,
  );
  const at = inClause.indexOf(match);
  if (at < 0 || inClause.length < 2) return false;
  // "The vote came a week after the Assembly approved the bill": a subordinator before a verb opens
  // a clause of its own, with its own act.
  const joined = (a: TriggerMatch, b: TriggerMatch): boolean =>
    !/[,;]|\b(?:and|or|but|then)\b/i.test(masked.slice(a.end, b.start)) &&
    (b.trigger.nominal === true || !SUBORDINATOR_BETWEEN.test(masked.slice(a.end, b.start)));
  let first = at;
  while (first > 0 && joined(inClause[first - 1] as TriggerMatch, inClause[first] as TriggerMatch)) first -= 1;
  let last = at;
  while (last < inClause.length - 1 && joined(inClause[last] as TriggerMatch, inClause[last + 1] as TriggerMatch))
    last += 1;
  if (first === last) return false;
  const group = inClause.slice(first, last + 1);
  const date = dates.find((mention) => mention.start >= clause.start && mention.end <= clause.end);
  const owner = date
    ? (group.filter((trigger) => trigger.start < date.start).at(-1) ??
      group.find((trigger) => trigger.start >= date.end))
    : undefined;
  return (owner ?? group[0]) !== match;
}

/** A subordinator that opens a clause: what follows it is another clause's act. */
const SUBORDINATOR_BETWEEN = /\b(?:after|before|since|until|because|when|once)\s/i;

/** An announcing trigger that ends in the opening of the plan it tells: "said it would", "said on Monday they plan to". */
const SAYING_OF_OWN_PLAN =
  /^(?:said|says|confirmed|confirms)\b.*\b(?:would|will|plans?|intends?|planning|decided)\b(?:\s+to)?\s*$/i;

/**
 * "In a statement on Monday, Northwind Rail said it would suspend services": the speaker's own plan
 * made public is the announcement (its content names no happening of its own), so the plan's verb
 * right after "said it would" tells no second event. A plan with a date of its own after its verb
 * ("said on Monday it would suspend flights from July 1") is read as before.
 */
export function isOwnPlanOfAnnouncement(
  masked: string,
  match: TriggerMatch,
  triggers: readonly TriggerMatch[],
  dates: readonly DateMention[],
): boolean {
  if (match.trigger.kind === 'announcement' || match.trigger.kind === 'statement') return false;
  const saying = triggers.find(
    (other) =>
      other.trigger.kind === 'announcement' &&
      other.end <= match.start &&
      SAYING_OF_OWN_PLAN.test(other.text) &&
      /^\s*(?:(?:also|now|soon|then|\w+ly)\s+)?$/i.test(masked.slice(other.end, match.start)),
  );
  return saying !== undefined && !dates.some((mention) => !mention.inQuote && mention.start >= match.end);
}
