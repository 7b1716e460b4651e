/**
 * The date of an event read from its sentence: the date stage's mentions (dates.ts) resolved
 * against the event told before, the mention that belongs to the event's own trigger, anaphora,
 * and the honest estimate for undated events (see events.ts' header for the rules).
 */
import type { EventDate, EventKind } from '../model/event-list.ts';
import { datesDependOnPrevious, findDateMentions, FIXING_BEFORE, mentionWithDate, type DateContext } from './dates.ts';
import type { ArticleReading, Dated, SentenceView } from './events.ts';
import { clauseAround, relativeClosedBefore, type TriggerMatch } from './triggers.ts';
import type { DateMention, Sentence, Span } from './types.ts';
import { isShown, type Reading } from './status.ts';
import { triggerStatus } from './trigger-status.ts';
import { isOwnTime, mayTime } from './time-attachment.ts';
import { tripAsideDate } from './trip-asides.ts';
import { inStoryYear } from './story-year.ts';
import {
  coordinatedDate,
  offsetParticipleDate,
  participleAfterDated,
  purposeOfDatedTrip,
  whenClauseDate,
} from './shared-dates.ts';

/** What the date stage resolves against: the dateline, the event told before, the quotations. */
function dateContext(reading: ArticleReading, sentence: Sentence): DateContext {
  const context: DateContext = {
    published: nowOf(reading, sentence),
    quotations: reading.runs,
    recall: (noun) => recallDay(reading, sentence, noun),
  };
  // Set, not spread in: this runs for every sentence read.
  const previous = anaphoraAnchor(reading, sentence);
  if (previous) context.previous = previous;
  if (reading.previousAt && reading.previousAt.paragraph < sentence.paragraph) context.previousElsewhere = true;
  return context;
}

/** Words that tell a plan or what lies ahead: "will", "is due to", "scheduled", "plans to". */
const AHEAD_TOLD =
  /\b(?:will|would|shall|going to|due to|due on|set to|set for|scheduled|expected to|plans? to|planned|intends? to|is to|are to)\b|['’]ll\b/i;
/** A verb told in the past: a regular past, or a common irregular one. */
const PAST_TOLD =
  /\b(?:[a-z]{3,}ed|was|were|had|did|met|said|told|went|came|left|took|made|held|gave|began|won|lost|fled|sent|spent|quit|resigned|rose|fell|struck|shut|sold|flew|spoke|wrote)\b/i;

/**
 * The date a sentence's anaphora ("a day later", "the next day") counts from: the event told before;
 * but past narration after a plan told in between counts from the last event that happened: "The
 * ministry opened an inquiry on May 12. The minister will visit the site on May 30. A day later, the
 * chief engineer resigned." (May 13, not May 31).
 */
function anaphoraAnchor(reading: ArticleReading, sentence: Sentence): EventDate | undefined {
  const at = reading.previousAt;
  if (!at || at.occurred || !at.occurredBefore) return reading.previous;
  if (AHEAD_TOLD.test(sentence.text) || !PAST_TOLD.test(sentence.text)) return reading.previous;
  return at.occurredBefore;
}

/** How many sentences back a noun is looked for ("after the fault was discovered"), besides the lede's. */
const RECALL_REACH = 12;

/**
 * The day the latest earlier sentence that names `noun` gives ("The fault was found during a test
 * on Sept. 26." for "three days after the fault was discovered"), read without anaphora.
 */
function recallDay(reading: ArticleReading, sentence: Sentence, noun: string): EventDate | undefined {
  const names = namePattern(reading, noun);
  // The lede tells the story's occasion: it is recalled however far back it is.
  const earlier = reading.sentences.filter(
    (other) => other.index < sentence.index && (other.index >= sentence.index - RECALL_REACH || other.paragraph === 0),
  );
  for (const other of earlier.reverse()) {
    if (!names.test(other.text)) continue;
    const day = dayTold(reading, other);
    if (day) return day;
  }
  return undefined;
}

const namePatterns = new WeakMap<ArticleReading, Map<string, RegExp>>();

/** The pattern of a noun and its plural, made once per article and noun. */
function namePattern(reading: ArticleReading, noun: string): RegExp {
  let patterns = namePatterns.get(reading);
  if (!patterns) {
    patterns = new Map();
    namePatterns.set(reading, patterns);
  }
  let pattern = patterns.get(noun);
  if (!pattern) {
    const names = (OCCASION_SYNONYMS[noun] ?? [noun]).flatMap((name) => toldForms(name.replace(/[^a-z -]/g, '')));
    pattern = new RegExp(String.raw`\b(?:${names.join('|')})\b`, 'i');
    patterns.set(noun, pattern);
  }
  return pattern;
}

/**
 * Nouns a story uses for the same occasion: a committee "session" is told again as "the hearing",
 * a "news conference" as "the briefing"; and the verbs that tell it ("Parliament voted on June 12"
 * for "the eve of the vote", "was sworn in on June 10" for "the inauguration", "approved a bill on
 * Tuesday" for "after the vote", "Rovers beat Dunmore on Saturday" for "after the match").
 */
const OCCASION_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  hearing: ['hearing', 'session', 'sitting'],
  session: ['session', 'hearing', 'sitting'],
  briefing: ['briefing', 'news conference', 'press conference'],
  match: ['match', 'game', 'fixture', 'beat', 'won', 'lost', 'drew'],
  game: ['game', 'match', 'fixture', 'beat', 'won', 'lost', 'drew'],
  election: ['election', 'elected', 'polls', 'went to the polls'],
  meeting: ['meeting', 'met'],
  talks: ['talks', 'met'],
  inauguration: ['inauguration', 'inaugurated', 'sworn in', 'swearing-in'],
  swearing: ['swearing-in', 'sworn in', 'inauguration', 'inaugurated'],
  referendum: ['referendum', 'voted'],
  vote: ['vote', 'approve', 'pass', 'reject'],
  ruling: ['ruling', 'ruled'],
  verdict: ['verdict', 'convicted', 'acquitted', 'found guilty', 'cleared'],
  sentencing: ['sentencing', 'sentenced', 'jailed'],
  decision: ['decision', 'decided', 'ruled', 'voted'],
  announcement: ['announcement', 'announce'],
  crash: ['crash', 'collision', 'collided', 'derailed', 'derailment'],
  collision: ['collision', 'collided', 'crash'],
  derailment: ['derailment', 'derailed', 'crash'],
  blast: ['blast', 'explosion', 'exploded'],
  explosion: ['explosion', 'blast', 'exploded'],
  quake: ['quake', 'earthquake'],
  earthquake: ['earthquake', 'quake'],
  resignation: ['resignation', 'resign'],
  arrest: ['arrest'],
  attack: ['attack'],
  defeat: ['defeat', 'lost', 'beaten'],
  win: ['win', 'won', 'beat', 'victory'],
  victory: ['victory', 'win', 'won', 'beat'],
};

/** A noun made of a verb and its particle: "walkout", "lockout", "shutdown", "pullout", "takeover". */
const PHRASAL_NOUN = /^([a-z]{3,})(out|down|over|off|back)$/;

/**
 * A name of an occasion and the forms a sentence tells it in: the plural, and, as a verb, the past
 * and the "-ing" form ("vote": "votes", "voted", "voting"; "march": "marched").
 */
function toldForms(name: string): string[] {
  if (/[ -]/.test(name)) return [name];
  // "walkout", "lockout", "shutdown", "crackdown": the phrasal verb they are made of ("walked out").
  const phrasal = PHRASAL_NOUN.exec(name);
  if (phrasal) return [name, `${name}s`, String.raw`${phrasal[1]}\w{0,4}\s+${phrasal[2]}`];
  if (!/^[a-z]{4,}$/.test(name) || name.endsWith('ing')) return [name, `${name}s`];
  const stem = name.endsWith('e') ? name.slice(0, -1) : name;
  return [name, `${name}s`, `${name}es`, `${stem}ed`, `${stem}ing`];
}

const daysTold = new WeakMap<Sentence, { reading: ArticleReading; day: EventDate | undefined }>();

/** The first day an earlier sentence gives outside quotations, read without anaphora: once per sentence. */
function dayTold(reading: ArticleReading, sentence: Sentence): EventDate | undefined {
  const made = daysTold.get(sentence);
  if (made?.reading === reading) return made.day;
  const day = findDateMentions(sentence, { published: nowOf(reading, sentence), quotations: reading.runs }).find(
    (mention) => !mention.inQuote && mention.date.precision === 'day' && mention.date.end === undefined,
  )?.date;
  daysTold.set(sentence, { reading, day });
  return day;
}

/**
 * The day a sentence is told on: the day of its paragraph's entry, for a log, a diary, a timeline or
 * a live blog told day by day ("Dec. 13 — This morning our pilot set us down": the morning of 13
 * December, not of the dateline), else the dateline's.
 */
export function nowOf(reading: ArticleReading, sentence: Sentence): string {
  return reading.entryDays?.[sentence.paragraph] ?? reading.article.published;
}

/**
 * The sentence's date mentions with the entry's heading dated by the heading itself: read against
 * its own day, "Saturday, 7 a.m. —" could be the Saturday after it.
 */
function withHeadingDay(reading: ArticleReading, found: DateMention[]): DateMention[] {
  const heads = reading.headings;
  if (!heads || heads.size === 0) return found;
  return found.map((mention) => {
    const date = heads.get(mention.start);
    return date && !mention.inQuote ? mentionWithDate(mention, date) : mention;
  });
}

const datesCache = new WeakMap<ArticleReading, Map<Sentence, Map<string, DateMention[]>>>();

/** The JSON of each date told before, made once per date (dates of drafts are never changed). */
const previousKeys = new WeakMap<EventDate, string>();

function previousKey(previous: EventDate | undefined): string {
  if (!previous) return 'null';
  let key = previousKeys.get(previous);
  if (key === undefined) {
    key = JSON.stringify(previous);
    previousKeys.set(previous, key);
  }
  return key;
}

/**
 * `findDateMentions` for a sentence of the article, remembered per sentence and per event told
 * before (the only part of the date context that changes while an article is read): a sentence
 * is asked for its dates once per trigger, and recognising dates is the costly part.
 */
export function datesIn(reading: ArticleReading, sentence: Sentence): DateMention[] {
  const now = nowOf(reading, sentence);
  if (!datesDependOnPrevious(sentence, now)) {
    return withHeadingDay(reading, findDateMentions(sentence, dateContext(reading, sentence)));
  }
  let bySentence = datesCache.get(reading);
  if (!bySentence) {
    bySentence = new Map();
    datesCache.set(reading, bySentence);
  }
  let byPrevious = bySentence.get(sentence);
  if (!byPrevious) {
    byPrevious = new Map();
    bySentence.set(sentence, byPrevious);
  }
  const elsewhere = reading.previousAt !== undefined && reading.previousAt.paragraph < sentence.paragraph;
  const key = `${now}|${previousKey(anaphoraAnchor(reading, sentence))}|${elsewhere}`;
  let found = byPrevious.get(key);
  if (!found) {
    found = withHeadingDay(reading, findDateMentions(sentence, dateContext(reading, sentence)));
    byPrevious.set(key, found);
  }
  return found;
}

const SAME_DAY =
  /\b(?:the same day|that same day|that day|later that day|later in the day|earlier that day|hours later)\b/i;
/** "shortly after", "soon after(wards)": not before a clock time ("shortly after 4pm" is a time of day). */
const SAME_TIME =
  /\b(?:afterwards?|(?:shortly|soon) after(?:wards?\b|(?!\s+(?:\d|noon|midday|midnight)))|at the same time|at the time(?!\s+of\b)|then|later|after (?:the|their|his|her|that|this) (?:meeting|talks|call|visit|summit|session|conversation))\b/i;
/** "after the meeting": the anaphora points at the last event of that kind, not just the last one. */
export const NAMED_EVENT =
  /\bafter (?:the|their|his|her|that|this) (meeting|talks|call|visit|trip|summit|session|conversation)\b/i;

export function kindOfNoun(noun: string): EventKind {
  if (/visit|trip/i.test(noun)) return 'travel';
  if (/summit/i.test(noun)) return 'summit';
  return 'meeting';
}

/** A bare "later" ("She later told the BBC"), not "hours later" or "later that day". */
const BARE_LATER = /\blater\b(?!\s+(?:that|the same|in the|on|this|last|in)\b)/i;
const TIMED_LATER =
  /\b(?:\w+\s+(?:hours|minutes|days|weeks|months|years)|moments|a\s+(?:day|week|month|year))\s+later\b/i;
/** A bare "said"/"says" in narration: what the article reports was said in its own news cycle. */
const BARE_SAID = /(?:,\s*[^,.;"“”]{1,60}\s(?:said|says)|\b(?:said|says)\s+(?:that\s+)?(?:it|he|she|they|the)\b)/i;

/**
 * "The minister resigned on Tuesday, her office said. She later told the BBC ...": speech told
 * "later" than an earlier day, in an article that reports what was said in its own news cycle
 * (a bare "said" in the sentence before), is later than that "said" too: the dateline, roughly,
 * never the earlier day of the event told before.
 */
export function saidLaterThanTold(reading: ArticleReading, sentence: Sentence, text: string): boolean {
  const previous = reading.previous;
  if (!previous || !BARE_LATER.test(text) || TIMED_LATER.test(text)) return false;
  if (previous.start.slice(0, 10) >= reading.article.published) return false;
  const before = reading.sentences[sentence.index - 1];
  return before !== undefined && BARE_SAID.test(before.text);
}

/**
 * "at the start of the hearing", "during the visit", "after the session", "shortly before the roll
 * call", "at the post-match presentation": speech or an act placed at an occasion the story told
 * before. The noun (and its modifier), and whether the act came after it.
 */
const OCCASION =
  /\b(at|during|after|following|in|on|before)\s+(?:the\s+(?:start|end|close|opening|beginning|sidelines|course)\s+of\s+)?(?:the|that|this|their|his|her|its)\s+((?!roll\s)[\w-]+\s+)?(roll\s+call|hearing|visit|trip|tour|meeting|talks|session|summit|conference|briefing|debate|rally|match|game|trial|ceremony|inquest|vote|call|event|occasion|ruling|verdict|sentencing|decision|announcement|defeat|win|victory|election|presentation)\b/i;

/**
 * "After the vote, the mayor resigned", "Following the meeting, two aides quit": the sentence opens
 * on an occasion told before, which times the clause of the verb at `at` after its comma.
 */
export function isFrontedOccasion(masked: string, at: number): boolean {
  const lead = masked.slice(0, at);
  const occasion = OCCASION.exec(lead);
  return (
    occasion?.index !== undefined &&
    /^[\s"“]*$/.test(lead.slice(0, occasion.index)) &&
    /^[^,;:]*,[^,;:]*$/.test(lead.slice(occasion.index))
  );
}

/**
 * The happening an occasion's noun is part of: a roll call is the vote's ("said shortly before the
 * roll call": the day of the vote), a post-match or post-race presentation the match's or race's.
 */
function occasionNoun(modifier: string | undefined, noun: string): string | undefined {
  if (/^roll\s+call$/.test(noun)) return 'vote';
  const after = /^post-(\w+)/i.exec(modifier?.trim() ?? '')?.[1]?.toLowerCase();
  if (noun === 'presentation') return after;
  return noun;
}

/**
 * The date of the occasion a clause names ("told NRK during the visit", "said at the start of the
 * hearing"): the last trip, meeting or summit told, for those kinds; for other occasions, the day
 * an earlier sentence that names the noun gives ("opened the hearing on Tuesday"). Approximate
 * after the occasion ("in a statement after the hearing"). Nothing when the story told none.
 */
export function occasionDate(reading: ArticleReading, sentence: Sentence, text: string): EventDate | undefined {
  const occasion = OCCASION.exec(text);
  const noun = occasion?.[3] ? occasionNoun(occasion[2], occasion[3].toLowerCase()) : undefined;
  if (!occasion || !noun) return undefined;
  const kind = /^(?:visit|trip|tour)$/.test(noun)
    ? 'travel'
    : /^(?:meeting|talks|call)$/.test(noun)
      ? 'meeting'
      : noun === 'summit'
        ? 'summit'
        : undefined;
  // "at the event": the one just told.
  const told =
    noun === 'event' || noun === 'occasion'
      ? reading.previous
      : kind
        ? reading.lastByKind.get(kind)
        : recallDay(reading, sentence, noun);
  if (!told) return undefined;
  const after = /^(?:after|following)$/i.test(occasion[1] ?? '');
  return { start: told.start, precision: told.precision, ...(after || told.approximate ? { approximate: true } : {}) };
}

/**
 * A time of day with no day: "At 3:30 p.m.,", "by 6 p.m.", "at a 7 a.m. briefing", "shortly after
 * midnight", "at noon". A clock time alone is no date ("at 10 a.m." names no day).
 */
const TIME_OF_DAY =
  /\b(?:at|by|until|from|after|before|around|about)\s+(?:(?:about|around|roughly|shortly|just|an?)\s+)*(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\d{1,2}[:.]\d{2}\b|noon|midday|midnight)/i;
/** How many sentences back the day a clock time goes on from may be told. */
const CLOCK_REACH = 3;

/**
 * "The fire was first reported at 2:14 p.m. Thursday. ... Gov. Kotek declared an emergency at 9
 * p.m.": an event told by its time of day alone, with no date in its clause, happened on the day
 * the story is at: the day of the event told just before, or, when sentences after it moved the
 * story on without telling an event ("The next morning, the loss became clear."), the day the
 * latest of them gives. Only in past narrative, within the paragraph or the one before, a few
 * sentences back; no day is invented when none is told.
 */
export function clockDay(reading: ArticleReading, sentence: Sentence, text: string): EventDate | undefined {
  // "will visit the town at 3 p.m." is later today, not on the day the story is at.
  if (!TIME_OF_DAY.test(text) || NOT_NARRATIVE.test(text)) return undefined;
  const at = reading.previousAt;
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - CLOCK_REACH); index -= 1) {
    const other = reading.sentences[index];
    if (!other || sentence.paragraph - other.paragraph > 1) break;
    if (at && at.sentence >= index) break;
    const day = datesIn(reading, other).findLast(
      (mention) => !mention.inQuote && mention.date.precision === 'day' && mention.date.end === undefined,
    );
    if (day) return { start: day.date.start, precision: 'day' };
  }
  const previous = reading.previous;
  if (!at || !previous || previous.precision !== 'day' || previous.end !== undefined) return undefined;
  if (sentence.index - at.sentence > CLOCK_REACH || sentence.paragraph - at.paragraph > 1) return undefined;
  return { start: previous.start, precision: 'day' };
}

/**
 * "23:20 — The premier phoned her rival to concede shortly before 11pm": in a live blog's
 * time-stamped entry, a happening told by its time of day alone happened on the entry's day (its
 * day precise, not an estimate), and "minutes later" in the next sentence counts from it. So does a
 * happening told "minutes later" when nothing dated was told before it in the blog.
 */
function liveClockDay(reading: ArticleReading, view: SentenceView, text: string): EventDate | undefined {
  if (!view.paragraphStartsWithTime || NOT_NARRATIVE.test(text)) return undefined;
  if (!TIME_OF_DAY.test(text) && !MINUTES_LATER.test(text)) return undefined;
  return { start: nowOf(reading, view.sentence), precision: 'day' };
}

/** "Minutes later,", "moments after": within the hour of what was told before it. */
const MINUTES_LATER = /\b(?:minutes|moments|seconds)\s+(?:later|after(?:wards?)?)\b/i;

const NEXT_DAY = /\b(?:(?:the )?next day|the following day|a day later|one day later)\b/i;
/** Words that place an undated event in the article's own news cycle. */
const NEWS_CYCLE = /\b(?:overnight|this (?:morning|afternoon|evening)|tonight|today|earlier today|last night)\b/i;
const REPORT_TAIL =
  /^\s*,[^,]{0,80}\b(?:said|says|told|tells|reported|reports|claimed|claims|added|confirmed|announced)\b/i;

/**
 * The lede (first paragraph) tells the news of the dateline, and a live blog's time-stamped entry
 * ("08:15 — ...") the news of its day: their undated events are around the dateline.
 */
function isLiveOrLede(view: SentenceView): boolean {
  return view.sentence.paragraph === 0 || view.paragraphStartsWithTime;
}

const PRESENT_OR_PERFECT =
  /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t|wn|ne|de)\b|\b(?:is|are|am)\s+(?:in|at|on|attending|visiting|meeting|holding|hosting)\b/i;

/**
 * A minimal reading of discourse anaphora ("the same day", "afterward", "the next day") against the
 * date of the event told before. Used only when the date stage found no date in the clause.
 */
export function anaphoraDate(text: string, previous: EventDate | undefined): EventDate | undefined {
  if (!previous) return undefined;
  if (SAME_DAY.test(text)) return { start: previous.start, precision: previous.precision };
  if (NEXT_DAY.test(text) && previous.precision === 'day') {
    return { start: addDays(previous.start, 1), precision: 'day' };
  }
  if (SAME_TIME.test(text)) return { start: previous.start, precision: previous.precision, approximate: true };
  // "In March, the council voted ... The next day, the mayor announced a review": no day to count
  // from, so the month (or year) told, approximately; never a day of its own.
  if (previous.precision !== 'day' && SHIFT_FROM_TOLD.test(text))
    return { start: previous.start, precision: previous.precision, approximate: true };
  return undefined;
}

/**
 * A short step on from the event told before, as its sentence opens: "The next day,", "Two weeks
 * later,", "The following weekend,", "After the vote,", "Following the announcement,".
 */
const SHIFT_FROM_TOLD =
  /\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|weekend|week)|(?:[\w-]+\s+)?(?:days?|weeks?|fortnight)\s+(?:later|after(?:wards?)?)|a\s+(?:day|week|fortnight)\s+later)\b|^\s*(?:after|following)\s+(?:the|that|this|their|its|his|her)\s+[\w-]+(?:\s+[\w-]+)?\s*,/i;

export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/**
 * A date mention with its offsets counted from `origin` (a sentence's start). Built, not spread:
 * this runs for every date of every sentence, and V8 builds a spread object on a slow path.
 */
export function movedBack(mention: DateMention, origin: number): DateMention {
  return {
    start: mention.start - origin,
    end: mention.end - origin,
    text: mention.text,
    date: mention.date,
    anchor: mention.anchor,
    inQuote: mention.inQuote,
    // Always given (undefined when unknown): one shape for every mention a view holds.
    tense: mention.tense,
  };
}

/**
 * `currentDates` as last made: for which view, from which mentions. One slot: each trigger of the
 * sentence being read asks.
 */
let currentDatesMade: { view: SentenceView; found: readonly DateMention[]; dates: readonly DateMention[] } | undefined;

/** The sentence's dates, resolved against the event told most recently. */
function currentDates(reading: ArticleReading, view: SentenceView): readonly DateMention[] {
  // Mentions that do not depend on the event told before are the view's own.
  if (!datesDependOnPrevious(view.sentence, nowOf(reading, view.sentence))) return view.dates;
  const found = datesIn(reading, view.sentence);
  const made = currentDatesMade;
  if (made?.view === view && made.found === found) return made.dates;
  const starts = new Set(view.dates.map((mention) => mention.start + view.sentence.start));
  const dates = found
    .filter((mention) => starts.has(mention.start))
    .map((mention) => movedBack(mention, view.sentence.start));
  currentDatesMade = { view, found, dates };
  return dates;
}

/** `statusIn`'s readings for the view last asked about, by trigger and clause (one slot, as above). */
let statusMade: { view: SentenceView; byTrigger: Map<TriggerMatch, Map<string, Reading>> } | undefined;

/**
 * `triggerStatus` of `trigger` in `clause`, read once per sentence, trigger and clause: the
 * trigger's own event asks it, and dateFor asks it again of every trigger in the clause, for each
 * trigger it dates (`shownIn`).
 */
export function statusIn(view: SentenceView, clause: Span, trigger: TriggerMatch): Reading {
  if (statusMade?.view !== view) statusMade = { view, byTrigger: new Map() };
  const { byTrigger } = statusMade;
  let byClause = byTrigger.get(trigger);
  if (!byClause) byTrigger.set(trigger, (byClause = new Map()));
  const key = `${clause.start}:${clause.end}`;
  let status = byClause.get(key);
  if (status === undefined) byClause.set(key, (status = triggerStatus(view.masked, clause, trigger)));
  return status;
}

/** Whether `trigger` tells of an event shown in `clause`. */
function shownIn(view: SentenceView, clause: Span, trigger: TriggerMatch): boolean {
  return isShown(statusIn(view, clause, trigger));
}

/**
 * A clause after the past event that tells how things stand now ("..., but the rebuilding has
 * fallen a year behind schedule", "... and has stayed shut since"): a perfect or a present after a
 * comma or a coordinating word.
 */
const BACK_TO_NOW =
  /(?:,|\band\b|\bbut\b)\s+(?:(?:but|and|yet|while|though)\s+)?(?:[^,;:.]|\d[,.]\d){0,80}?\b(?:has|have)\s+(?:(?:not|never|since|already|now|still)\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t|ck|ng|id)\b/i;

/**
 * A mention's date, in the year of the past story told just before (story-year.ts); not when the
 * sentence that told it came back to the present ("was awarded the event in November 2023, but the
 * rebuilding has fallen behind. An inspection team visited the site on July 14": this July).
 */
function storyDate(reading: ArticleReading, view: SentenceView, mention: DateMention): EventDate {
  const at = reading.previousAt;
  const told =
    at && reading.previous ? { date: reading.previous, sentence: at.sentence, paragraph: at.paragraph } : undefined;
  const date = inStoryYear(mention, told, view.sentence);
  if (date === mention.date || !at) return date;
  return BACK_TO_NOW.test(reading.sentences[at.sentence]?.text ?? '') ? mention.date : date;
}

/**
 * A year between a determiner and a lower-case noun: "the 2026 budget", "its 2025 report"; the
 * year that tells which of a series is meant: "its final meeting of 2025", "the first session of
 * 2026"; or a period longer than a day told as a noun's possessive: "next year's championships",
 * "last month's vote", "next week's summit" (a day's possessive, "Wednesday night's premiere", may
 * be the day of the happening a verb calls off, and stays).
 */
function isAttributiveYear(masked: string, mention: DateMention): boolean {
  const after = masked.slice(mention.end, mention.end + 4);
  if (/^['’]s\s+[a-z]/.test(after)) return mention.date.precision !== 'day' || mention.date.end !== undefined;
  // "will publish the April figures tomorrow": a bare month's name as a noun's modifier, as a year is.
  const bareMonth = mention.date.precision === 'month' && /^[A-Z][a-z]{2,8}\.?$/.test(mention.text);
  if (mention.date.precision !== 'year' && !bareMonth) return false;
  const before = masked.slice(Math.max(0, mention.start - 40), mention.start);
  return (
    (/\b(?:the|its|their|his|her|our|a|an|this|that)\s+$/i.test(before.slice(-8)) &&
      /^\s+[a-z]/.test(after.slice(0, 3))) ||
    ORDINAL_OF_YEAR.test(before)
  );
}
/** "final meeting of", "first rate decision of": which one of a year's series. */
const ORDINAL_OF_YEAR =
  /\b(?:first|second|third|fourth|fifth|last|final|next|only|penultimate|(?:[a-z]+est))\s+(?:[\w-]+\s+){0,2}?[a-z]+s?\s+of\s+$/i;

/**
 * The words that set or make public a noun's day, up to the noun: "set a date for the", "announced
 * the dates of the", "agreed a new date for its". Not a day the text gives the noun itself ("the
 * date of the referendum, June 5").
 */
const DAY_BEING_SET =
  /\b(?:set|sets|setting|fixed|fixes|fixing|named|names|naming|announced|announces|confirmed|confirms|agreed|agrees|revealed|reveals|proposed|proposes)\s+(?:(?:a|the|an|its|their|new|final)\s+){0,2}(?:date|dates|deadline|venue|timetable|schedule)\s+(?:for|of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A happening's noun whose day is being set (`DAY_BEING_SET`). */
function isDayBeingSet(masked: string, noun: Span): boolean {
  return DAY_BEING_SET.test(masked.slice(Math.max(0, noun.start - 48), noun.start));
}

/** The date of an event whose trigger is at `at` in `clause`, by the rules in this file's header. */
export function dateFor(
  reading: ArticleReading,
  view: SentenceView,
  clause: Span,
  at: Span,
  speech: boolean,
  nominal = false,
): Dated {
  // "set a date for the referendum on Tuesday": the noun whose day is being set owns no day of its clause.
  if (nominal && isDayBeingSet(view.masked, at))
    return { date: { start: reading.article.published, precision: 'day', approximate: true }, basis: 'none' };
  // Anaphora ("a week later") depends on the event told just before, which may be in this sentence.
  const told = view.dates.length === 0 ? view.dates : currentDates(reading, view);
  // "the Finance Bill 2025", "for the quarter ending March 31", "Since taking office in January",
  // "the levy, introduced in March,": dates that time no verb, or only their own phrase's
  // (time-attachment.ts).
  const dates = told.some((mention) => !mayTime(view.masked, mention, at))
    ? told.filter((mention) => mayTime(view.masked, mention, at))
    : told;
  // A trigger that tells of no event ("the proposed closure") owns no date. Read only when the
  // clause has a date to own.
  let anchors: Span[] | undefined;
  const anchorsOf = (): Span[] =>
    (anchors ??= [
      ...view.triggers.filter(
        (trigger) =>
          trigger.start >= clause.start &&
          trigger.end <= clause.end &&
          !isPurposeOf(view.masked, trigger, at) &&
          !isPurposeOf(view.masked, at, trigger) &&
          !isSettingOf(view.masked, trigger, at) &&
          !(trigger.trigger.nominal && isDayBeingSet(view.masked, trigger)) &&
          shownIn(view, clause, trigger),
      ),
      at,
    ]);
  const owned = dates.filter(
    (mention) =>
      mention.start >= clause.start &&
      mention.end <= clause.end &&
      ownerOf(mention, anchorsOf(), view.masked) === at.start &&
      !ofAnotherNoun(view.masked, mention, at, view.triggers) &&
      !(
        speech &&
        (inReportedClause(view.masked, at, mention) ||
          inParentheticalRelative(view.masked, mention, reading.article.published) ||
          isPlanDateOfDatedSaying(view.masked, at, mention, dates))
      ) &&
      !reportedByCoordinatedSpeech(view.masked, at, mention),
  );
  // "extended the deadline to June 30 on Monday", "kept rates on hold yesterday, pausing after
  // February's cut": a new time set or a point of reference, not the verb's, when the clause has
  // the verb's own (time-attachment.ts).
  const ownTimes = owned.filter((mention) => isOwnTime(view.masked, mention));
  const times = ownTimes.length > 0 ? ownTimes : owned;
  // "the third increase since last summer", "its biggest drop since March 2022": a bound of a
  // stretch, never the day of an event.
  const bounded = times.filter(
    (mention) => !SINCE.test(view.masked.slice(Math.max(0, mention.start - 8), mention.start)),
  );
  // "was called off Tuesday": the day of the calling off, not of the event, when the clause has another.
  const ofEvent = bounded
    .filter((mention) => !CANCELLED_ON.test(view.masked.slice(clause.start, mention.start)))
    .filter((mention) => !isDayFixedAfter(view.masked, at, mention));
  // "reported a record profit for 2024 on Thursday": the year the figures cover is not the report's day.
  const timed = ofEvent.filter((mention) => !coversPeriod(view.masked, mention));
  // "approved the 2026 budget on Tuesday": a year that names a noun ("its 2026 budget") dates no act
  // when the clause gives another date.
  const unnamed = timed.filter((mention) => !isAttributiveYear(view.masked, mention));
  const inClause = unnamed.length > 0 ? unnamed : timed.length > 0 ? timed : ofEvent.length > 0 ? ofEvent : bounded;
  // News puts an event's date after its verb ("met Putin in Alaska on Aug. 15"): the nearest date
  // after the trigger wins; a date before it ("On Sept. 19, Moscow announced") only when none follows.
  const after = inClause.filter((mention) => mention.start >= at.start);
  const pool = after.length > 0 ? after : inClause;
  const nearest = [...pool].sort((a, b) => distance(a, at) - distance(b, at))[0];
  if (nearest)
    return {
      date: storyDate(reading, view, nearest),
      basis: nearest.anchor === 'previous-event' ? 'anaphora' : 'text',
    };
  const counted = shiftedClauseDate(view.masked, dates, at);
  if (counted) return { date: storyDate(reading, view, counted), basis: 'anaphora' };
  const fronted = SPEECH_BEFORE.test(view.masked.slice(clause.start, at.start))
    ? undefined
    : frontedDate(view.masked, dates, clause);
  if (fronted)
    return {
      date: storyDate(reading, view, fronted),
      basis: fronted.anchor === 'previous-event' ? 'anaphora' : 'text',
    };
  const subject = speech || nominal ? undefined : subjectDayDate(view.masked, dates, clause, at);
  if (subject) return { date: subject.date, basis: 'text' };
  const beyond = nominal ? undefined : frontedBeyondAside(view.masked, dates, clause);
  if (beyond) return { date: beyond.date, basis: beyond.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const trip = nominal ? tripAsideDate(view.masked, dates, at, clause) : undefined;
  if (trip) return { date: trip.date, basis: trip.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const course = nominal ? courseDate(view.masked, dates, at) : undefined;
  if (course) return { date: course.date, basis: course.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const setting = nominal ? undefined : settingDate(view.masked, dates, at);
  if (setting) return { date: setting.date, basis: setting.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const resumed = dateAfterRelative(view.masked, dates, clause, nominal);
  if (resumed) return { date: resumed.date, basis: resumed.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const shared =
    coordinatedDate(view.masked, dates, at) ??
    participleAfterDated(view.masked, dates, at) ??
    // "since the spring of 2022, when the last ferry was withdrawn": a bound's date still dates the
    // "when" clause after it.
    whenClauseDate(view.masked, told, at) ??
    purposeOfDatedTrip(view.masked, dates, view.triggers, at) ??
    offsetParticipleDate(view.masked, dates, at);
  if (shared) return { date: shared.date, basis: shared.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const there = dateOfPlaceBefore(view.masked, dates, at);
  if (there) return { date: there.date, basis: there.anchor === 'previous-event' ? 'anaphora' : 'text' };
  // "Dec. 2: X announces it will close the mill": the heading dates the announcement, not the closure.
  const heading = /\b(?:will|would|to)\s/i.test(view.masked.slice(clause.start, at.end))
    ? undefined
    : headingDate(view.masked, dates);
  if (heading) return { date: heading.date, basis: heading.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const cleft = cleftDate(view.masked, dates, at);
  if (cleft) return { date: cleft.date, basis: cleft.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const clauseText = view.masked.slice(clause.start, clause.end);
  const sentenceHead = view.masked.slice(0, Math.max(clause.start, at.start));
  const previous = reading.previous;
  const named = NAMED_EVENT.exec(clauseText);
  const referent = named?.[1] ? reading.lastByKind.get(kindOfNoun(named[1])) : undefined;
  if (speech && saidLaterThanTold(reading, view.sentence, `${sentenceHead.slice(0, 40)} ${clauseText}`)) {
    return { date: { start: reading.article.published, precision: 'day', approximate: true }, basis: 'estimate' };
  }
  const occasion = occasionDate(reading, view.sentence, `${sentenceHead.slice(0, 40)} ${clauseText}`);
  if (occasion) return { date: occasion, basis: 'anaphora' };
  const anaphora = anaphoraDate(
    `${sentenceHead.slice(0, 40)} ${clauseText}`,
    referent ?? anaphoraAnchor(reading, view.sentence),
  );
  if (anaphora) return { date: anaphora, basis: 'anaphora' };
  const section = sectionDate(reading, view, clauseText);
  if (section) return { date: section, basis: 'text' };
  const perfect = PRESENT_OR_PERFECT.test(clauseText);
  if (perfect && REPORT_TAIL.test(view.masked.slice(clause.end))) {
    // "X has arrived in New York, state media reported on Sept. 24": as of the report's date.
    const tail = dates.find((mention) => mention.start >= clause.end && mention.anchor !== 'previous-event');
    if (tail) {
      // The report's time ("reported early on Sept. 24") bounds the event, it is not its time.
      const day: EventDate = { start: tail.date.start, precision: tail.date.precision, approximate: true };
      return { date: day, basis: 'text' };
    }
  }
  const reported = perfect ? undefined : reportDate(view.masked, dates, clause);
  if (reported) return { date: reported, basis: 'text' };
  const framed = speech ? undefined : framingSpeechDate(view.masked, dates, clause);
  if (framed) return { date: framed, basis: 'estimate' };
  // The entry's own time stamp gives its day, as a date in the text would.
  const live = liveClockDay(reading, view, `${sentenceHead} ${clauseText}`);
  if (live) return { date: live, basis: 'text' };
  const clock = clockDay(reading, view.sentence, `${sentenceHead} ${clauseText}`);
  if (clock) return { date: clock, basis: 'anaphora' };
  const cause = causeOfDated(view.masked, dates, at, reading.article.published);
  if (cause) return { date: cause, basis: 'anaphora' };
  const scene = frontedWhenDate(view.masked, dates, at);
  if (scene) return { date: scene, basis: 'text' };
  if (speech && previous && !perfect && (speaksAtToldScene(reading, view) || saysMoreOfTold(reading, view, clause, at)))
    return { date: withoutQualifier(previous), basis: 'anaphora' };
  const goesOn = !speech && !perfect && !NEWS_CYCLE.test(clauseText) && followsOn(reading, view, clauseText);
  if (goesOn && previous) return { date: { ...withoutQualifier(previous), approximate: true }, basis: 'anaphora' };
  if (speech || perfect || NEWS_CYCLE.test(clauseText) || isLiveOrLede(view)) {
    // "attacked the town overnight": the night before the dateline's day, kept as its qualifier.
    const overnight = /\bovernight\b/i.test(clauseText) ? { qualifier: 'overnight' } : {};
    const around: EventDate = { start: reading.article.published, precision: 'day', approximate: true, ...overnight };
    return { date: around, basis: 'estimate' };
  }
  return { date: { start: reading.article.published, precision: 'day', approximate: true }, basis: 'none' };
}

/**
 * The attribution that ends a sentence, up to its date: ", the army said on", ", officials told
 * Reuters late on", ", according to a statement issued on".
 */
const ATTRIBUTION_TO_DATE =
  /^\s*(?:,\s*[^,;:()]{0,80}?\b(?:said|says|told\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|told\s+(?:reporters|journalists)|reported|confirmed|announced)(?:\s+(?:in\s+a\s+statement|on|late|early|late\s+on|early\s+on))*|,?\s*according\s+to\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|filing|notice|letter|post|announcement|release|bulletin)(?:\s+(?:issued|released|published|posted|filed|sent|made|dated))?(?:\s+(?:on|late|early|late\s+on|early\s+on))*)\s+$/;

const PRESENT_STATE = /\b(?:is|are|am|remains?|continues?|stays?)\b/i;

/**
 * "Gunmen attacked a police post, killing four officers, the army said on Monday": a past clause
 * with no date of its own, closed by an attribution with one, happened as of the report's date
 * (approximate: the report bounds the event, it does not time it). Not a plan ("X will meet Y,
 * officials said on Monday"), a state ("The talks are continuing"), a relative clause, or a date
 * in what was said.
 */
export function reportDate(masked: string, dates: readonly DateMention[], clause: Span): EventDate | undefined {
  const words = masked.slice(clause.start, clause.end);
  // "The talks are continuing, a spokesman said on Monday": a state told in the present has no day.
  if (NOT_NARRATIVE.test(words) || PRESENT_STATE.test(words)) return undefined;
  if (/\b(?:who|which|that)\s*$/i.test(masked.slice(Math.max(0, clause.start - 8), clause.start))) return undefined;
  const tail = dates.find((mention) => mention.start >= clause.end);
  if (!tail || tail.anchor === 'previous-event' || tail.date.precision !== 'day') return undefined;
  if (!ATTRIBUTION_TO_DATE.test(masked.slice(clause.end, tail.start))) return undefined;
  // The attribution ends the sentence.
  if (!/^[^,;:]{0,40}$/.test(masked.slice(tail.end))) return undefined;
  return { start: tail.date.start, precision: tail.date.precision, approximate: true };
}

/** A verb of saying or making known, in the past, at the end of a text: what frames a reported clause. */
const FRAMING_SPEECH =
  /\b(?:said|announced|confirmed|told\s+(?:[\w.'’-]+\s+){0,3}?|reported|disclosed|revealed|stated|added|wrote)\s*$/i;
/** The attribution's own words between a speech verb and its date: "said in a statement on". */
const ATTRIBUTION_BEFORE_DATE = /\s+(?:in\s+a\s+(?:[\w-]+\s+)?statement\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/**
 * From a speech verb's date to the reported clause's verb: "that" and the clause's subject,
 * perhaps with an apposition ("that its finance chief, Petra Lind,"), and no verb of its own.
 */
const TO_REPORTED_VERB = /^\s*,?\s*(?:that\b)?[^;:()]{0,80}$/i;
/**
 * A reported clause that tells a past deed: a pluperfect or a present perfect ("had resigned", "has
 * closed", "had met"), not a possession ("had a meeting", "has two sons") or a duty ("had to").
 */
const PAST_DEED =
  /\b(?:had|has|have)\s+(?:(?:also|already|just|now|recently|been)\s+)*(?!(?:a|an|the|no|not|never|any|some|its|his|her|their|our|my|your|this|that|these|those|to|one|two|three|many|more|much|little|few|enough|long|good|bad|less)\b)[a-z]{2,}\b/i;

/**
 * "The company announced on Monday that its finance chief had resigned", "On Tuesday, officials
 * confirmed that the bridge had been closed": a deed told in the pluperfect or present perfect in
 * a clause reported by a dated verb of saying, with no date of its own, happened by the day of
 * the saying; the report's date is the text's best reading of it (approximate: the saying bounds
 * the deed, it does not time it), as a report's date closing the sentence is ("..., the army said
 * on Monday": `reportDate`). Not a plan or a prediction ("said on Monday it would close").
 */
export function framingSpeechDate(masked: string, dates: readonly DateMention[], clause: Span): EventDate | undefined {
  if (clause.start === 0) return undefined;
  const words = masked.slice(clause.start, clause.end);
  if (NOT_NARRATIVE.test(words) || !PAST_DEED.test(words)) return undefined;
  const head = masked.slice(0, clause.start);
  // The last date before the clause, of a day the text tells outright.
  let mention: DateMention | undefined;
  for (const date of dates) if (date.end <= clause.start) mention = date;
  if (!mention || mention.inQuote || mention.anchor === 'previous-event' || mention.date.precision !== 'day')
    return undefined;
  const afterDate = head.slice(mention.end);
  if (!TO_REPORTED_VERB.test(afterDate)) return undefined;
  // "said on Monday that": the verb before the date; "On Monday, the ministry confirmed that",
  // "Police on Tuesday said": the verb after it, before the reported clause.
  const verbBefore = FRAMING_SPEECH.test(head.slice(0, mention.start).replace(ATTRIBUTION_BEFORE_DATE, ''));
  const verbAfter = FRAMING_SPEECH.test(afterDate.replace(/\s*(?:that\s*)?$/i, ''));
  if (!verbBefore && !verbAfter) return undefined;
  return { start: mention.date.start, precision: mention.date.precision, approximate: true };
}

/**
 * Between a speech verb and a date, what opens the reported clause: "that", an auxiliary or a
 * pronoun subject ("said it had hired 85 drivers since November", "said the budget was cut in
 * January"). An attribution's own adverbials ("said on Thursday", "told reporters in a statement
 * on Monday") have none of them.
 */
export const REPORTED_CLAUSE_OPENING =
  /\b(?:that|had|has|have|was|were|is|are|would|will|could|should|might|may|can|did|does|do|it|he|she|they|we|i)\b/i;

/** Verbs of saying that take no listener ("said", not "told"), as alternatives of a pattern. */
export const SAYING_WORDS =
  'said|says|added|adds|warned|warns|stressed|stresses|insisted|insists|argued|argues|noted|notes';
const SAYING_ONLY = new RegExp(`^(?:${SAYING_WORDS})$`, 'i');
/**
 * A determiner and a noun right after a verb of saying, or a name and its verb: the subject of what
 * it reports ("said the measure", "said Kessler stole $2.3 million between 2019 and 2022"); not the
 * speaker of an inverted attribution ("said Kessler on Tuesday").
 */
const REPORTED_SUBJECT =
  /^\s+(?:(?:the|a|an|its|his|her|their|this|these|those)\s+[a-z]|(?:[A-Z][\w.'’-]*\s+){1,3}(?!(?:on|in|at|late|early|last|this|next|during|to|after|before|from|for|with|of|and|or|but|as)\b)[a-z]{3,}\b)/;

/** "said it would reopen", "confirmed that they will close": a trigger that holds the opening of the plan it tells. */
const SAYING_WITH_REPORT = /^(?:said|says|confirmed|confirms)\b.*\b(?:would|will|plans?|intends?|planning|decided)\b/i;

/**
 * "In a statement on Monday, the ministry said it would reopen the bridge in July": a date after an
 * announcement's trigger that holds the plan's opening is the plan's, and the saying takes the date
 * told before it. With no date before it ("said it would reopen the bridge in July") the plan's date
 * stays the announcement's.
 */
function isPlanDateOfDatedSaying(masked: string, at: Span, mention: Span, dates: readonly Span[]): boolean {
  return (
    mention.start >= at.end &&
    SAYING_WITH_REPORT.test(masked.slice(at.start, at.end)) &&
    dates.some((date) => date.end <= at.start)
  );
}

/**
 * True when `date` lies in the clause a speech verb at `verb` reports: it dates what was said, not
 * the saying. "said the measure, first floated in January, would be reviewed": a noun phrase after
 * "said" is the reported clause's subject, whatever stands between it and its verb.
 */
export function inReportedClause(masked: string, verb: Span, date: Span): boolean {
  if (date.start < verb.end) return false;
  const between = masked.slice(verb.end, date.start);
  if (REPORTED_CLAUSE_OPENING.test(between)) return true;
  return SAYING_ONLY.test(masked.slice(verb.start, verb.end).trim()) && REPORTED_SUBJECT.test(between);
}

/** A speech verb coordinated with the event's verb: "and said", "but warned", ", saying". */
const COORDINATED_SPEECH =
  /(?:\b(?:and|but)\s+(?:also\s+|later\s+)?|,\s*)(?:said|says|told\s+[\w-]+|announced|added|warned|insisted|promised|pledged|vowed|saying|adding|warning)\b/gi;

/**
 * "ordered an audit of the fleet and said the authority would report back by Jan. 15": a date in
 * what a coordinated speech verb reports dates what was said, not the event before it.
 */
function reportedByCoordinatedSpeech(masked: string, at: Span, date: Span): boolean {
  const between = masked.slice(at.end, date.start);
  // The last verb of speech between them.
  let last: RegExpExecArray | undefined;
  COORDINATED_SPEECH.lastIndex = 0;
  for (let match = COORDINATED_SPEECH.exec(between); match; match = COORDINATED_SPEECH.exec(between)) last = match;
  if (!last) return false;
  const verb = { start: at.end + last.index, end: at.end + last.index + last[0].length };
  return inReportedClause(masked, verb, date);
}

/** How many days before the dateline a day is still one of the story's own. */
const RECENT_DAYS = 14;
/** The first of the story's own days for the dateline last asked about: each day mention asks. */
let recentDays: { published: string; first: string } | undefined;

/** The earliest day within RECENT_DAYS before the dateline (ISO days compare as text). */
function firstRecentDay(published: string): string {
  if (recentDays?.published !== published) recentDays = { published, first: addDays(published, -RECENT_DAYS) };
  return recentDays.first;
}

/**
 * An open parenthetical relative clause before a point: ", who ran for governor in ", also with a
 * title in quotes or a figure in it (", whose memoir "Salt" sold 80,000 copies in "): a quoted run
 * of up to three words is a name and a thousands comma a figure's, neither ends the clause.
 */
const RELATIVE_OPEN = /,\s*(?:who|which|whose|whom)\b(?:[^,;:()“”"]|,(?=\d{3}\b)|[“"](?:[^\s,;:“”"]+\s?){1,3}[”"])*$/i;
/** A relative clause that tells the speaking itself: ", who was speaking at a rally on Tuesday,". */
const SPEAKING = /\b(?:speak|spoke|talk|address|told|tell|said|says|interview|briefing|conference|rally|statement)/i;

/**
 * True when `date` lies in a parenthetical relative clause (", who ran for governor in 2022,"): it
 * dates what the clause tells of the noun, not the sentence's speech ("Ogun, who ran for governor
 * in 2022, said ..." was not said in 2022); unless the clause tells the speaking (", who was
 * speaking at a rally on Tuesday,").
 */
export function inParentheticalRelative(
  text: string,
  date: DateMention,
  published: string,
  toSentenceEnd = false,
): boolean {
  // A day of the story's own days may be the occasion ("The ministry, which announced the ban on
  // Monday, said"); only an older or vaguer date is the noun's background.
  if (date.date.precision === 'day' && date.date.start >= firstRecentDay(published)) return false;
  const open = RELATIVE_OPEN.exec(text.slice(Math.max(0, date.start - 150), date.start));
  // Closed by a comma, or, when `toSentenceEnd`, by the end of the sentence (“...,” said Ogun, who
  // ran for governor in 2022.).
  const close = (toSentenceEnd ? /^[^;:“”"]*?(?:,|\.(?=\s*$|\s+[A-Z“"]))/ : /^[^;:“”"]*?,/).exec(
    text.slice(date.end, date.end + 150),
  );
  return open !== null && close !== null && !SPEAKING.test(`${open[0]} ${close[0]}`);
}

/**
 * The date the heading of the sentence's paragraph gives (section-dates.ts: "Day 3, Tuesday 14 July
 * — We reached the glacier."), for a clause told as the narrative of that day: not a plan or a
 * forecast ("We will try again"), which the heading does not date.
 */
function sectionDate(reading: ArticleReading, view: SentenceView, clauseText: string): EventDate | undefined {
  const date = reading.sections?.[view.sentence.paragraph];
  if (!date || NOT_NARRATIVE.test(clauseText)) return undefined;
  // "Thursday, 11 June — The river burst its banks overnight": the night before the entry's day, as
  // the dateline's "overnight" is.
  return /\bovernight\b/i.test(clauseText) && date.precision === 'day' ? { ...date, qualifier: 'overnight' } : date;
}

/** Words that put a clause ahead of the story's time or out of it. */
const NOT_NARRATIVE =
  /\b(?:will|would|shall|could|might|may|can|set to|due to|expected to|plans? to|planned to|if|unless|usually|often|always|never)\b/i;

/** "After that,", "Subsequently,": a sentence told as the next step of the story before it. */
const SUCCESSION_OPENING =
  /^(?:after that|subsequently|thereafter|soon after(?:wards?)?|shortly after(?:wards?)?)\b,?\s*/i;
/**
 * A pronoun subject, or a pair told before ("The two leaders", "Both men"): the story's actors
 * again; after a fronted phrase with no date of its own ("In a letter to councillors, she ...") or
 * an adverb of place or order ("There he met ...", "Then they drove ...").
 */
const PRONOUN_SUBJECT =
  /^(?:(?:in|at|during|after|before|speaking|writing|later|then|afterwards?)\b[^,;:.]{0,60},\s*|(?:there|then|later|afterwards|next)\s+)?(?:he|she|they|it|(?:the two|both)\s+(?:men|women|leaders|ministers|officials|sides|parties|presidents|countries|companies|teams|clubs|groups)|the pair)\s/i;

/**
 * Who steps in for the person just told of: "His deputy, Anna Sellick, was appointed interim chair",
 * "Her successor", "Their replacement".
 */
const SUCCESSOR_OPENING =
  /^(?:his|her|its|their)\s+(?:deputy|successor|replacement|stand-in|number two|second-in-command)\b/i;

/**
 * "Police arrested Jared Paku on Tuesday. He was charged and remanded in custody.": a sentence of
 * past narrative with no date of its own, right after a dated event of its paragraph, goes on at
 * about that time (approximate: the text gives the order, not the day) when it is told as the next
 * step of the same story: its subject is a pronoun or an actor of that event ("Paku was charged"),
 * or it opens with a connective of succession ("After that, ...", "Subsequently, ..."), or with who
 * stepped in ("His deputy was appointed interim chair"). A sentence about someone else with no such
 * connective ("Her predecessor resigned") may be background.
 */
function followsOn(reading: ArticleReading, view: SentenceView, clauseText: string): boolean {
  const at = reading.previousAt;
  if (!at) return false;
  // A paragraph of its own right after the event's sentence goes on with it too: news prose breaks
  // its paragraphs after each sentence or two. Not after a span ("a four-day tour"), which gives
  // the next step no day.
  const nextParagraph =
    at.paragraph === view.sentence.paragraph - 1 &&
    view.sentence.index === at.sentence + 1 &&
    reading.previous?.end === undefined;
  if (at.paragraph !== view.sentence.paragraph && !nextParagraph) return false;
  if (view.sentence.index - at.sentence > 1) return false;
  if (NOT_NARRATIVE.test(clauseText)) return false;
  const text = view.sentence.text;
  if (PRONOUN_SUBJECT.test(text)) return true;
  if (at.occurred && SUCCESSOR_OPENING.test(text)) return true;
  // The next sentence, after an event that happened: a plan told before starts no narrative.
  if (view.sentence.index !== at.sentence + 1 || !at.occurred) return false;
  return (
    SUCCESSION_OPENING.test(text) ||
    opensWithActorOf(view, at.actors) ||
    opensWithNounOf(text, reading.sentences[at.sentence]?.text ?? '')
  );
}

/** A participle of speaking that opens a sentence and sets its scene: "Speaking to reporters at SK Manek Urai, ". */
const SPEAKING_SCENE =
  /^(?:speaking|talking|addressing|answering|briefing)\b[^,;:.“”"]{0,80},\s*(?:(?:he|she|they)\b|(?=[A-Z]))/i;

/**
 * "Kamal visited three relief centres yesterday. || Speaking to reporters at SK Manek Urai, Kamal
 * announced an allocation": speech whose sentence opens with a participle of speaking, right after a
 * dated event that happened (in its paragraph or the one before), by that event's actor (named, or
 * a pronoun), was given on that occasion: the event's day.
 */
function speaksAtToldScene(reading: ArticleReading, view: SentenceView): boolean {
  const at = reading.previousAt;
  if (!at?.occurred || view.sentence.index !== at.sentence + 1 || view.sentence.paragraph - at.paragraph > 1)
    return false;
  const scene = SPEAKING_SCENE.exec(view.masked);
  if (!scene) return false;
  if (/\b(?:he|she|they)\s*$/i.test(scene[0])) return true;
  const subject = view.mentions.find((mention) => !mention.inQuote && mention.start >= scene[0].length);
  // A title may stand before the name: "..., Home Minister Kamal announced".
  const title = subject ? view.masked.slice(scene[0].length, subject.start) : '';
  return subject !== undefined && /^(?:[A-Z][\w.'’-]*\s+){0,3}$/.test(title) && at.actors.includes(subject.actorId);
}

/** "also" or "further" right before a verb of saying: "Velk also announced", "She further said". */
const MORE_SAID_BEFORE = /\b(?:also|further)\s+$/i;
const PRONOUN_OPENING = /^\s*(?:he|she|they)\b/i;

/**
 * "Governor Ana Velk held the key rate on Wednesday. || Velk also announced that ...": what the actor
 * of a dated event that happened "also" said, a sentence or two later (in its paragraph or the
 * next), is more of what was said on that occasion: the event's day, not the dateline's.
 */
function saysMoreOfTold(reading: ArticleReading, view: SentenceView, clause: Span, at: Span): boolean {
  const told = reading.previousAt;
  if (!told?.occurred || view.sentence.index - told.sentence > 2 || view.sentence.paragraph - told.paragraph > 1)
    return false;
  if (!MORE_SAID_BEFORE.test(view.masked.slice(clause.start, at.start))) return false;
  return PRONOUN_OPENING.test(view.masked) || opensWithActorOf(view, told.actors);
}

/** A definite subject and its head noun, then "also" or a verb: "The storm killed", "The company also announced". */
const DEFINITE_SUBJECT = /^the\s+(?:[a-z-]+\s+)??([a-z]{3,})\s+(also\s+)?[a-z]/i;

/**
 * "Storm Hedda hit the coast on Monday. The storm killed three people.": a definite subject whose
 * noun the sentence before used is that sentence's story again; so is one that "also" acted ("The
 * company also announced 300 job cuts").
 */
function opensWithNounOf(text: string, before: string): boolean {
  const subject = DEFINITE_SUBJECT.exec(text);
  if (!subject?.[1]) return false;
  if (subject[2]) return true;
  return new RegExp(String.raw`\b${subject[1]}\b`, 'i').test(before);
}

/** The sentence opens with a name or title of one of `actors` ("Paku was charged", "The governor flew"). */
function opensWithActorOf(view: SentenceView, actors: readonly string[]): boolean {
  const first = view.mentions.find((mention) => !mention.inQuote && !mention.titleOf);
  if (!first || first.form === 'possessive' || first.possessive) return false;
  // "Her predecessor resigned": a possessive determiner names someone else.
  if (/^(?:his|her|its|their)\b/i.test(view.masked.slice(first.start, first.end))) return false;
  if (!/^(?:the\s+)?$/i.test(view.masked.slice(0, first.start))) return false;
  return actors.includes(first.actorId);
}

/** The date without its qualifier ("overnight", "nearly three hours" were the other event's). */
function withoutQualifier(date: EventDate): EventDate {
  const rest = { ...date };
  delete rest.qualifier;
  return rest;
}

/** A phrase that opens a sentence before its subject: "In a statement on Tuesday, X said ...". */
const FRONTED_PHRASE =
  /^\s*(?:(?:in|at|during|on|late on|early on|speaking|writing|later|earlier)\b[^,;:]{0,60}|(?:on|late on|early on)?\s*[A-Z][a-z]+day(?: (?:morning|afternoon|evening|night))?),\s*$/i;
/** Nothing but a preposition or a qualifier before a fronted date: "Last week,", "In November,", "Late on Monday,". */
const FRONTED_DATE_LEAD = /^[\s"“‘']*(?:(?:on|in|at|during|early|late|earlier|later)\s+)*$/i;

/**
 * A verb of saying before an event's trigger: the event is what was said ("Warsaw said the tour had
 * shown"): the verbs of SAYING_WORDS and those that may take a listener or an object.
 */
const SPEECH_BEFORE = new RegExp(
  `\\b(?:${SAYING_WORDS}|told|tells|announced|announces|confirmed|confirms|reported|reports|claimed|claims|stated|wrote|writes)\\b`,
  'i',
);

/**
 * The date of a phrase that opens the sentence before the clause's subject, when a clause boundary
 * cut it off from its clause: "In November, Hutnik announced ...", "Last week, the ministry
 * confirmed ...", "In a statement on Tuesday, X said ...". Only when the clause starts right after
 * the phrase's comma: "On Monday, the ministry said that police had detained two men" dates the
 * saying, not the detention.
 */
export function frontedDate(masked: string, dates: readonly DateMention[], clause: Span): DateMention | undefined {
  if (clause.start === 0) return undefined;
  const mention = dates.find((date) => date.end <= clause.start);
  if (!mention) return undefined;
  // "That evening, she announced ...": fronted anaphora dates the main clause as a fronted date does.
  const bare =
    FRONTED_DATE_LEAD.test(masked.slice(0, mention.start)) && /^\s*,\s*$/.test(masked.slice(mention.end, clause.start));
  if (bare || FRONTED_PHRASE.test(masked.slice(0, clause.start))) return mention;
  // "On Tuesday, Ana Ruiz, the finance minister, announced ...": the clause starts after the
  // subject's aside, which the fronted date stands before.
  const subject = masked.slice(mention.end, clause.start);
  return FRONTED_DATE_LEAD.test(masked.slice(0, mention.start)) &&
    (SUBJECT_WITH_ASIDE.test(subject) || DESCRIPTION_WITH_NAME.test(subject))
    ? mention
    : undefined;
}

/**
 * Between a fronted date and its clause's verb, a subject told by its description with the name
 * after it between commas: ", the finance minister, Ivo Rask,", ", the club's owner, Ana Ruiz,"
 * ("On Monday, the finance minister, Ivo Rask, said ..."). The description opens with a
 * determiner or a possessive and tells no saying.
 */
const DESCRIPTION_WITH_NAME =
  /^\s*,\s*(?:the|a|an|his|her|its|their|[A-Z][\w'’-]*['’]s)\s+(?![^,;:()]*\b(?:said|says|told|tells|announced|reported)\b)[^,;:()]{1,60}?,\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*,\s*$/;

/**
 * Between a fronted date and its clause's verb, a subject named with an aside between commas: ",
 * Ana Ruiz, the finance minister, and Pablo Soto", " Lena Holt, who chairs the board,", " Lena
 * Holt, elected in March,". A name (capitalised words), then an appositive that opens with a
 * determiner, a relative pronoun or a participle and tells no saying, then perhaps "and" and
 * another name.
 */
const SUBJECT_WITH_ASIDE =
  /^\s*,?\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*,\s*(?:the|a|an|his|her|its|their|who|which|[A-Z][\w'’-]*['’]s|(?:re-)?[a-z]{3,}(?:ed|en|wn))\s+(?![^,;:()]*\b(?:said|says|told|tells|announced|reported)\b)[^,;:()]{1,80}?,\s*(?:and(?:\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)?\s*)?$/;

/** A count of days or weeks "after" or "before", as the date stage reads it: "three days after". */
const COUNTED_SHIFT = /\b(?:days?|weeks?|months?|years?|fortnight|hours?)\s+(?:after|before)$/i;
/**
 * The subject of the clause a counted shift opens, up to its verb: "the right-wing liberal VVD",
 * "two Republican senators, Dale Ostrowski of Wausau and Carla Brenner of Stevens Point," (names
 * in an aside).
 */
const SHIFTED_SUBJECT =
  /^\s+(?:[\w'’.-]+\s+){0,5}[\w'’.-]+(?:\s*,\s*(?:(?:[A-Z][\w'’.-]*|of|and|the)\s+){0,10}[A-Z][\w'’.-]*\s*,)?\s+(?:(?:had|has|was|were)\s+)?$/;

/**
 * "The walkout came three days after the VVD presented a plan", "Rask resigned on Monday, two days
 * after the party published the report": the verb of the clause a counted shift opens happened
 * that many days before the event it is counted from, which the date stage has already worked
 * out for the shift ("three days after" reads as the walkout's day less three).
 */
function shiftedClauseDate(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  const mention = dates.findLast((date) => date.end <= at.start);
  if (!mention || !COUNTED_SHIFT.test(mention.text)) return undefined;
  return SHIFTED_SUBJECT.test(masked.slice(mention.end, at.start)) ? mention : undefined;
}

/**
 * The day of a subject named by it, "Tuesday's attack on the convoy killed 12 soldiers", "Sunday's
 * storm forced ...": what the subject did (the killing) happened in that happening, on its day.
 * Only a day written as the possessive that opens the clause, before the trigger.
 */
function subjectDayDate(
  masked: string,
  dates: readonly DateMention[],
  clause: Span,
  at: Span,
): DateMention | undefined {
  const mention = dates.find((date) => date.start >= clause.start && date.end <= at.start);
  if (!mention || mention.anchor === 'previous-event' || mention.date.end !== undefined) return undefined;
  if (!/^[\s"“‘']*$/.test(masked.slice(clause.start, mention.start))) return undefined;
  return /^['’]s\s/.test(masked.slice(mention.end, mention.end + 3)) ? mention : undefined;
}

/** Between a dated event and a clause of what came before it: "after the company", "following its". */
const AFTER_DATED = /^[^,;:.()]{0,40}?\b(?:after|following)\s+[^,;:()]{1,60}$/;

/**
 * "Shares fell on Monday after the company cut its forecast": what a dated event came after
 * happened by that day, not at the dateline; the text gives no more (approximate, no day invented
 * beyond the latest it can be). Only a finite past clause with no date of its own, after a day gone by.
 */
function causeOfDated(
  masked: string,
  dates: readonly DateMention[],
  at: Span,
  published: string,
): EventDate | undefined {
  const mention = dates.findLast((date) => date.end <= at.start);
  if (!mention || mention.anchor === 'previous-event' || mention.date.end !== undefined) return undefined;
  // What came before a day still ahead ("was postponed to Saturday after a snowstorm closed the road") is not bounded by it.
  if (mention.date.start > published) return undefined;
  if (!AFTER_DATED.test(masked.slice(mention.end, at.start))) return undefined;
  if (!/^[a-z]+(?:ed|t|d|wn|ew|ung|ook|ose|ame|ave|ut|ot)\b/.test(masked.slice(at.start, at.end + 10)))
    return undefined;
  return { start: mention.date.start, precision: mention.date.precision, approximate: true };
}

/**
 * A fronted clause of the same time whose subject is the main clause's, told ahead by a pronoun, up
 * to its date: "When she arrived in Oslo on", "As he left the talks late on".
 */
const FRONTED_WHEN_BEFORE = /^[\s"“‘']*(?:when|as|while|once)\s+(?:he|she|they)\s[^,;:()]*$/i;
/** From that clause's date to the main clause's verb: the clause's comma, then the subject. */
const FRONTED_WHEN_AFTER = /^[^,;:()]{0,40},\s*[^,;:()]{1,60}$/;

/**
 * "When she arrived in Oslo on Monday, Mayor Lena Fiske met Ivo Rask", "As he left the talks late
 * on Sunday, Rask said ...": a fronted clause of the same time, of the main clause's subject, dates
 * the main clause that has no date of its own. (What others did meanwhile, "As the meeting ended on
 * Tuesday, protesters gathered outside", and a reduced clause, "When contacted on Wednesday, a
 * spokesman said", are left alone.)
 */
function frontedWhenDate(masked: string, dates: readonly DateMention[], at: Span): EventDate | undefined {
  const mention = dates.find((date) => date.end <= at.start);
  if (!mention || mention.anchor === 'previous-event' || mention.date.end !== undefined) return undefined;
  if (!FRONTED_WHEN_BEFORE.test(masked.slice(0, mention.start))) return undefined;
  const between = masked.slice(mention.end, at.start);
  // "As she arrived on Monday, Fiske said the talks had failed": not what the main clause reports.
  if (!FRONTED_WHEN_AFTER.test(between) || SPEECH_BEFORE.test(between)) return undefined;
  return { start: mention.date.start, precision: mention.date.precision };
}

/** An aside between two dashes right before a clause, then "and": "— about 9 million koruna — and". */
const DASH_ASIDE_BEFORE = /(?:[\u2014\u2013]|\s--\s)[^\u2014\u2013;:]{1,80}(?:[\u2014\u2013]|\s--\s)\s*(?:and\s+)?$/;
/** What may open a sentence before its fronted date: "Then, in", "On", "Early on". */
const SENTENCE_OPENING_BEFORE_DATE =
  /^[\s"“‘']*(?:(?:then|and|but|so|later|finally)\s*,?\s*)?(?:(?:on|in|at|during|early|late|by)\s+)*(?:the\s+)?$/i;

/**
 * "Then, in the summer of 2021, 46 former workers pooled their severance pay — about 9 million
 * koruna — and founded a cooperative": a date fronted before the sentence's subject dates a verb
 * coordinated after a dash aside too (the dashes cut the clause, not the sentence).
 */
function frontedBeyondAside(masked: string, dates: readonly DateMention[], clause: Span): DateMention | undefined {
  const aside = DASH_ASIDE_BEFORE.exec(masked.slice(0, clause.start));
  if (!aside) return undefined;
  const first = dates[0];
  if (!first || first.end > aside.index || first.anchor === 'previous-event') return undefined;
  if (!SENTENCE_OPENING_BEFORE_DATE.test(masked.slice(0, first.start))) return undefined;
  return /^\s*,/.test(masked.slice(first.end)) ? first : undefined;
}

/**
 * A fronted phrase that sets the scene of its sentence's main clause: "At its previous meeting on
 * Nov. 12,", "During a visit to Kyiv on Monday,", "On a trip to Oslo last week,", a participle
 * ("Arriving in Jakarta on Wednesday,", "After meeting Tran on Tuesday,", "Upon arriving in Ankara on
 * Tuesday,", "Shortly after landing in Oslo on Monday,"). Not a time phrase that
 * orders events ("After the talks on Monday,", "Before meeting Tran on Tuesday,", "Since the vote
 * in May,").
 */
const FRONTED_SETTING =
  /^[\s"“‘']*(?:(?:[Aa]t|[Dd]uring|[Oo]n|[Ii]n|[Ww]hile on|[Ss]peaking at)\s+(?:an?|the|its|their|his|her|this|that)\s+|(?:(?:(?:[Ss]hortly|[Ss]oon|[Jj]ust|[Ii]mmediately)\s+after|[Aa]fter|[Uu]pon|[Oo]n)\s+[a-z]{3,}ing|[A-Z][a-z]{2,}ing)\s+)[^,;:()]{1,80},\s/;

/**
 * An event noun, its complement, then a relative clause that tells its course: "a meeting that
 * began on Monday evening", "a meeting of the launch review board that lasted nearly three hours
 * on Wednesday", "The talks, which opened in Geneva on Monday,".
 */
const COURSE_AFTER =
  /^(?:\s+(?:of|on|between|with|in|at|over|about)\s+[^,;]{1,60}?)?,?\s+(?:that|which)\s+(?:(?:had|has|have|was|were|finally|eventually)\s+)?(?:began|begun|started|opened|lasted|ended|ran|continued|took\s+place|held|got\s+under\s+way|concluded|resumed|stretched|dragged\s+on)\b[^,;]*/i;

/** The day a relative clause of an event noun's course gives it (`COURSE_AFTER`). */
function courseDate(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  const course = COURSE_AFTER.exec(masked.slice(at.end));
  if (!course) return undefined;
  const end = at.end + course[0].length;
  // "The talks, which began in March, are expected to continue": a month or a year is background.
  return dates.find((mention) => mention.start >= at.end && mention.end <= end && mention.date.precision === 'day');
}

/** A scene named as one before the story's: "its previous meeting", "an earlier visit". */
const EARLIER_SCENE = /\b(?:previous|last|earlier|prior|preceding)\b/i;

/**
 * The date of the scene a fronted phrase sets (`FRONTED_SETTING`), for an event of the main clause
 * after it that its clause gives no date: "At its previous meeting on Nov. 12, the board also held
 * rates" held them on Nov. 12.
 */
function settingDate(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  const setting = FRONTED_SETTING.exec(masked);
  if (!setting || at.start < setting[0].length) return undefined;
  return dates.find((mention) => mention.end <= setting[0].length);
}

/** ", where" or ", when" and the words up to an event's trigger, with no clause break between. */
const WHERE_BEFORE = /,\s*(?:where|when)\s+[^,;:()]*$/i;

/**
 * "flew to Nairobi on Monday, where she met Amina Wekesa", "will travel to Tallinn on Friday,
 * where he is expected to meet X", "fighting broke out on Sunday, when militia attacked a post": an
 * event told after ", where" or ", when" with no date of its own happens at the place and on the
 * day of what the words before the comma tell.
 */
function dateOfPlaceBefore(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  const where = WHERE_BEFORE.exec(masked.slice(0, at.start));
  if (!where) return undefined;
  return dates.filter((mention) => mention.end <= where.index && mention.anchor !== 'previous-event').at(-1);
}

/** A parenthetical relative clause right after a clause, up to its closing comma. */
const RELATIVE_AFTER = /^(?:which|who|whom|whose)\b[^,;()]{1,150},/;
/** A short parenthetical phrase right after a clause: "closed it, after a long dispute, in March 2021". */
const PHRASE_AFTER = /^\s*,?\s*(?:after|following|amid|despite|with|without|under|against)\s[^,;()\d]{1,60},/i;
/** Only a preposition between the comma closing a relative clause and a date: an adverbial. */
const ADVERBIAL_LEAD = /^\s*(?:(?:on|in|at|during|early|late|earlier|later)\s+)*$/i;
/** What a noun's own predicate says of it: "took place", "was held", "opened", "will go ahead". */
const HAPPENING_PREDICATE =
  /^\s*(?:(?:finally|eventually|now|then|also|instead)\s+)?(?:(?:will|would|is|are|was|were|has|have|had|to|be|been|finally|now|expected|due|set|scheduled)\s+){0,4}(?:took|takes|take|taking)\s+place\b|^\s*(?:(?:will|would|is|are|was|were|has|have|had|be|been|finally|now|eventually)\s+){0,3}(?:held|staged|happened|occurred|went\s+ahead|goes\s+ahead|go\s+ahead|opened|opens|open|began|begins|begin|started|starts|start|ended|ends|end|closed|closes|concluded|concludes|convened|convenes|met|meets|meet|passed|scheduled|planned|set|due|slated)\b/i;

/**
 * True when the clause at `at`, right after a parenthetical relative clause, is the predicate of
 * the noun before it ("The vote, which was delayed twice, | took place on March 5"): the noun's
 * event, not one of its own.
 */
export function isNounPredicateAfterRelative(masked: string, at: number): boolean {
  return relativeClosedBefore(masked, at) !== undefined && HAPPENING_PREDICATE.test(masked.slice(at));
}

/**
 * The date a clause takes up again after a parenthetical relative clause: "Leaders gathered for a
 * summit, which was chaired by Portugal, on Dec. 12" (a date adverbial right after the closing
 * comma dates what came before the relative clause); "The vote, which was delayed twice, took
 * place on March 5" (a noun's own predicate after it dates the noun). A date inside the relative
 * clause is never the one taken.
 */
export function dateAfterRelative(
  masked: string,
  dates: readonly DateMention[],
  clause: Span,
  nominal: boolean,
): DateMention | undefined {
  const relative = RELATIVE_AFTER.exec(masked.slice(clause.end)) ?? PHRASE_AFTER.exec(masked.slice(clause.end));
  if (!relative) return undefined;
  const close = clause.end + relative[0].length;
  const after = dates.filter((mention) => mention.start >= close);
  const adverbial = after.find((mention) => ADVERBIAL_LEAD.test(masked.slice(close, mention.start)));
  if (adverbial) return adverbial;
  if (!nominal || !HAPPENING_PREDICATE.test(masked.slice(close))) return undefined;
  const predicate = clauseAround(masked, { start: close + 1, end: close + 1 });
  return after.find((mention) => mention.end <= predicate.end);
}

/** "for talks", "for a two-day state visit": a noun phrase that says what a verb's event was for. */
const PURPOSE_BEFORE =
  /\bfor\s+(?:(?:an?|the|their|his|her|its|further|fresh|[\w]+-[\w-]+|state|official|crisis|emergency)\s+){0,3}$/i;

/**
 * True when `trigger` says what the verb at `at` was for ("flew to Geneva for talks on Monday",
 * "arrived in Hanoi for a state visit on Tuesday", "was in Paris on Monday for talks with Duval"):
 * the two are one occasion, so a date of either dates both.
 */
function isPurposeOf(masked: string, trigger: Span | TriggerMatch, at: Span): boolean {
  // A summit's name is a noun too: "met in Geneva on Monday for a week-long conference".
  // Where it stands first: most pairs of triggers are in the other order or far apart.
  if (trigger.start <= at.end || trigger.start - at.end > 80) return false;
  const nominal = !('trigger' in trigger) || trigger.trigger.nominal === true;
  return (
    /^for\s/i.test(masked.slice(trigger.start, trigger.end)) ||
    (nominal && PURPOSE_BEFORE.test(masked.slice(Math.max(0, trigger.start - 40), trigger.start)))
  );
}

/**
 * "at a", "during the stormy", "told a" (a rally, a meeting), "told analysts on a", "said in a" (a
 * call): what puts a noun as the place and time another event was done in, or the audience or the
 * medium words were told to.
 */
const SETTING_BEFORE =
  /\b(?:at|during|told|tells|telling|(?:(?:told|tells|telling)\s+(?:analysts|investors|shareholders|reporters|journalists|staff|employees)|said|says|saying|speaking|spoke)\s+(?:on|in|during))\s+(?:an?|the|their|his|her|its|this|that)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * True when `trigger` is a noun told as the occasion the verb at `at` was done at ("Councillors
 * voted seven to four at a meeting on Monday night", "The judge jailed Coyle at a hearing on
 * Tuesday"): the occasion's date is the verb's, so the noun does not take it from the verb.
 */
export function isSettingOf(masked: string, trigger: Span | TriggerMatch, at: Span): boolean {
  const nominal = !('trigger' in trigger) || trigger.trigger.nominal === true;
  return (
    nominal &&
    trigger.start > at.end &&
    trigger.start - at.end <= 80 &&
    SETTING_BEFORE.test(masked.slice(Math.max(0, trigger.start - 40), trigger.start))
  );
}

/**
 * A preposition that makes an event a point of reference: "since the Alaska summit in August", "82
 * days after the June 10 general election" (a day and adjectives may stand before its noun).
 */
const BACKGROUND_BEFORE =
  /\b(?:since|after|before|following|ahead of|until|like|unlike|than)\s+(?:(?:the|a|an|its|his|her|their|this|that|last|[A-Z][\w.'’-]*|\d{1,2}(?:st|nd|rd|th)?,?|[a-z]+(?:al|ary|ic|ive))\s+){0,4}$/;

/**
 * True when the event at `at` is named as a point of reference ("their first meeting since the
 * Alaska summit in August"): it is told, but the story's time does not move to it, so "afterward"
 * in the next sentence still means after the sentence's main event.
 */
export function isBackground(masked: string, at: number): boolean {
  // "At its previous meeting on Nov. 12, the board held rates": a scene set earlier is a flashback.
  const setting = FRONTED_SETTING.exec(masked);
  if (setting && EARLIER_SCENE.test(setting[0])) return true;
  const before = masked.slice(Math.max(0, at - 60), at);
  // "before meeting Zelensky later that day" is a gerund: an event of the story itself.
  const gerund = /^\w+ing\b/.test(masked.slice(at)) && /\b(?:since|after|before|following|until)\s+$/.test(before);
  return (
    (!gerund && BACKGROUND_BEFORE.test(before)) ||
    PLACED_AFTER_BEFORE.test(before) ||
    REFERENCE_RELATIVE_BEFORE.test(before) ||
    (!gerund && TRAILING_REFERENCE_CLAUSE.test(before)) ||
    isAside(masked, at) ||
    isPassingYearAside(masked, at)
  );
}

/**
 * A relative clause on the noun of a point of reference: "weeks after the fire that killed two
 * workers in March", "since the strike which shut the port in 2023". What it tells is the
 * reference's own past; "three days later" in the next sentence counts from the sentence's event.
 */
const REFERENCE_RELATIVE_BEFORE =
  /\b(?:since|after|before|following|ahead of)\s+(?:the|a|an|its|his|her|their|this|that|last)\s+(?:[\w-]+\s+){1,3}?(?:that|which|who)\s+(?:(?:had|has|was|were)\s+)?$/i;

/**
 * A clause of reference that trails the main clause's date or comma: "resigned on Thursday, a week
 * after parliament rejected her budget", "struck on May 4 after talks collapsed", "her first defeat
 * since the party lost". What it tells is the point the main event is told from; "the next day"
 * in the next sentence counts from the main event. A "since" clause is one wherever it stands. (A
 * fronted "After talks collapsed, ..." opens no such clause: the main clause follows it.)
 */
const TRAILING_REFERENCE_CLAUSE =
  /\bsince\s+(?:[\w'’.-]+\s+){1,5}$|(?:,|\b(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|days|weeks|months|years|hours|just|shortly|only|soon|day|week|month|year|fortnight)\s+)*(?:since|after|following|before)\s+(?:[\w'’.-]+\s+){1,6}$/;

/**
 * A noun, its comma, and perhaps an adverb of time before a participle: "the bridge, ", "the firm,
 * first "; or a relative "which" and its auxiliary before a past verb: "The union, which ", "the
 * plant, which was ".
 */
const NOUN_COMMA_BEFORE =
  /[\w'’)]\s*,\s+(?:(?:first|originally|initially|once|previously|later)\s+|which\s+(?:(?:had|has|was|were)\s+)?(?:been\s+)?(?:(?:first|originally|last|previously|also)\s+)?)?$/;
/**
 * A passive participle dated by a year (or a month of a year) only, closing its aside: "built in
 * 1911,", "founded in 2009.", "opened in March 1998,".
 */
const PARTICIPLE_OF_A_YEAR =
  /^(?:[a-z]{3,}(?:ed|en|wn)|built|made|set|held|sold|bought|won|lost|struck|shut|laid|led|left|kept|founded)\s+(?:back\s+)?(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d\b(?=\s*(?:[,.;)]|$))/;

/**
 * "On May 12, the council closed the bridge, built in 1911, after ...", "The union, which struck in
 * 2019, called a strike the same day": a year said in passing of a noun, in a participle or a
 * relative aside, is the noun's past. It is told, but the story's time stays where it
 * was, so "two days later" in the next sentence counts from the closure, not from 1911.
 */
function isPassingYearAside(masked: string, at: number): boolean {
  return NOUN_COMMA_BEFORE.test(masked.slice(Math.max(0, at - 40), at)) && PARTICIPLE_OF_A_YEAR.test(masked.slice(at));
}

/**
 * "The vote came a week after the lower house approved it": the clause a counted shift opens after
 * a verb that places the event told ("came", "follows") is the point it is counted from; the
 * story's time stays with the event placed.
 */
const PLACED_AFTER_BEFORE =
  /\b(?:comes?|came|follows?|followed)\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?|fortnight|hours?)\s+(?:after|before)\s+[^,;:]{1,60}$/i;

/** A relative clause about a person, opened after a comma: ", who contested the ticket in". */
const PERSON_ASIDE_OPEN = /,\s*(?:who|whose|whom)\b[^,;:()“”"]*$/i;

/**
 * True when `at` lies in a relative clause about a person set off by commas ("Ogunsanya, who
 * contested the ticket in 2022, said"): the person's past is background, and "at the event" after
 * it still means the event told before. (A thing's aside may tell the story's own day: "The rodeo,
 * which was to have opened on Sunday, was called off.")
 */
function isAside(masked: string, at: number): boolean {
  return (
    PERSON_ASIDE_OPEN.test(masked.slice(Math.max(0, at - 100), at)) && /^[^;:“”"]*?,/.test(masked.slice(at, at + 150))
  );
}

/**
 * A date that heads its sentence, as in a timeline or a live blog ("Dec. 2: Coastline Timber
 * announces ...", "Monday — Troops crossed ..."): it dates every event of the sentence.
 */
function headingDate(masked: string, dates: readonly DateMention[]): DateMention | undefined {
  const first = dates[0];
  if (!first || !/^[\s\u2022*-]*$/.test(masked.slice(0, first.start))) return undefined;
  return /^\s*(?::|\s[-\u2013\u2014]\s?)/.test(masked.slice(first.end)) ? first : undefined;
}

/** "It was on Monday evening that": a cleft that puts a date first, up to the date. */
const CLEFT_BEFORE = /^\s*(?:It|This)\s+(?:is|was)\s+(?:only\s+|not\s+until\s+)?(?:on|in|at|during)?\s*$/;
/** The end of a cleft after its date: "that" (or "when") opening the clause it dates. */
const CLEFT_AFTER = /^\s*,?\s*(?:that|when)\b/;

/**
 * "It is on Monday evening that the decree was signed", as translated copy puts it: the date of a
 * cleft that opens the sentence dates the event of its "that" clause.
 */
function cleftDate(masked: string, dates: readonly DateMention[], at: Span): DateMention | undefined {
  const first = dates[0];
  if (!first || first.end > at.start || !CLEFT_BEFORE.test(masked.slice(0, first.start))) return undefined;
  return CLEFT_AFTER.test(masked.slice(first.end)) ? first : undefined;
}

const SINCE = /\bsince\s+$/i;

/**
 * A date in the possessive dates the event noun after it ("had agreed the outline of what became
 * Friday's announcement"): not another event told before that noun, unless the noun is where the
 * event took place ("spoke at Monday's rally").
 */
/** "'s announcement", "'s surprise decision": a noun that names a happening, after a possessive date. */
const EVENT_NOUN_AFTER =
  /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:announcement|decision|ruling|verdict|vote|election|meeting|talks|summit|speech|address|statement|hearing|session|debate|match|game|final|opener|race|attack|strike|protest|rally|march|launch|visit|trip|ceremony|conference|briefing|interview|call|report|referendum|budget|funeral|parade|festival|concert|deadline|raid|arrest|crash|explosion|fire|storm|earthquake)s?\b/;

function ofAnotherNoun(masked: string, date: Span, at: Span, triggers: readonly Span[]): boolean {
  if (!/^['’]s\s/.test(masked.slice(date.end))) return false;
  const noun = triggers.find((trigger) => trigger.start >= date.end && trigger.start - date.end <= 30);
  if (noun?.start === at.start) return false;
  if (!noun && !EVENT_NOUN_AFTER.test(masked.slice(date.end, date.end + 40))) return false;
  return !/\b(?:at|during|in|from|to|into|out of|after|following)\s+$/i.test(
    masked.slice(Math.max(0, date.start - 12), date.start),
  );
}

/**
 * A participle of fixing a day after the verb's comma: ", fixing February 20, 2027 for the
 * presidential poll", ", setting the vote for May 3". The day it fixes is the plan's, not when the
 * verb before the comma was done ("released the timetable, fixing February 20, 2027 for ...").
 */
function isDayFixedAfter(masked: string, at: Span, mention: Span): boolean {
  return mention.start > at.end && FIXING_BEFORE.test(masked.slice(at.end, mention.start));
}

/** A date right after a verb of calling off: "was called off Tuesday", "canceled on Monday". */
/** "for 2024", "for the year 2024": a period something is about, not (after a plan's word) its day. */
const FOR_PERIOD = /\bfor\s+(?:the\s+(?:(?:full|financial|fiscal)\s+)?year\s+)?$/i;
const PLANNED_FOR =
  /\b(?:planned|scheduled|set|slated|due|earmarked|pencilled|penciled|booked|targeted|aimed|pushed back|postponed|delayed|moved|rescheduled)\s+(?:\w+\s+)?for\s+(?:the\s+)?(?:year\s+)?$/i;

/** A year told as the period figures or plans are for ("profit for 2024"), not an event's time. */
function coversPeriod(masked: string, mention: DateMention): boolean {
  // "will publish the April figures tomorrow": a bare month's name as a noun's modifier, as a year is.
  const bareMonth = mention.date.precision === 'month' && /^[A-Z][a-z]{2,8}\.?$/.test(mention.text);
  if (mention.date.precision !== 'year' && !bareMonth) return false;
  const before = masked.slice(Math.max(0, mention.start - 40), mention.start);
  return FOR_PERIOD.test(before) && !PLANNED_FOR.test(before);
}

const CANCELLED_ON =
  /\b(?:cancel(?:l)?ed|called off|scrapped|shelved|postponed|put off|axed|dropped)\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+|last\s+)?$/i;
/** An apposition that gives a noun's planned date: "the special meeting on X, planned for Thursday,". */
const PLAN_APPOSITION =
  /,\s*(?:(?:originally|initially|first|previously|tentatively)\s+)?(?:planned|scheduled|slated|set|due)\s+(?:for|on)\s+$/i;

/**
 * The event a date belongs to: the nearest trigger before it ("met Putin in Alaska on Aug. 15";
 * "banned ... in response to Russia's invasion of Ukraine in February 2022"), else the nearest
 * after it ("On Sept. 19, Moscow announced"). A plan's date set off by commas belongs to the head
 * of the noun phrase, the clause's first trigger ("The meeting on the closure of the school,
 * planned for Thursday,": the meeting's date, not the closure's).
 */
function ownerOf(date: Span, anchors: readonly Span[], text: string): number | undefined {
  // "founded the party and in 2021 she was elected mayor": a date that opens a conjunct dates the
  // verb after it, not the one before the "and".
  if (CONJUNCT_OPENING.test(text.slice(Math.max(0, date.start - 16), date.start))) {
    const next = anchors.filter((anchor) => anchor.start >= date.end).sort((a, b) => a.start - b.start)[0];
    if (next && CONJUNCT_SUBJECT.test(text.slice(date.end, next.start))) return next.start;
  }
  const earlier = anchors.filter((anchor) => anchor.start < date.start);
  if (earlier.length > 1 && PLAN_APPOSITION.test(text.slice(Math.max(0, date.start - 60), date.start))) {
    return Math.min(...earlier.map((anchor) => anchor.start));
  }
  const before = earlier.sort((a, b) => b.start - a.start)[0];
  if (before) return before.start;
  const after = anchors.filter((anchor) => anchor.start >= date.end).sort((a, b) => a.start - b.start);
  // "Two days after the referendum was held, Ilves resigned": a fronted phrase dates the main
  // clause after its comma, not an event named inside it.
  const comma = OPENS_SENTENCE.test(text.slice(0, date.start)) ? mainClauseComma(text, date.end) : -1;
  const main =
    comma >= 0 ? after.find((anchor) => anchor.start > comma && !opensParticipleAside(text, anchor)) : undefined;
  return (main ?? after[0])?.start;
}

/** A participle that opens an aside between commas: ", elected in March,", ", re-elected in 2023,". */
const PARTICIPLE_ASIDE = /^(?:re-)?[a-z]{3,}(?:ed|en|wn)\b[^,;:()]{0,60},\s*\S/;

/**
 * "On Monday, Mayor Lena Fiske, elected in March, met union leaders": the participle of the
 * subject's aside is no main clause for a fronted date; the verb after the aside is.
 */
function opensParticipleAside(text: string, anchor: Span): boolean {
  return (
    /,\s*(?:re-)?$/.test(text.slice(Math.max(0, anchor.start - 6), anchor.start)) &&
    PARTICIPLE_ASIDE.test(text.slice(anchor.start))
  );
}

/**
 * The comma after which the main clause starts, past any further fronted subordinate clause ("On
 * Monday, after the talks collapsed, Ilves resigned"); -1 when there is none.
 */
function mainClauseComma(text: string, from: number): number {
  let comma = text.indexOf(',', from);
  while (comma >= 0 && SUBORDINATE_OPENING.test(text.slice(comma + 1, comma + 40))) {
    comma = text.indexOf(',', comma + 1);
  }
  return comma;
}

const SUBORDINATE_OPENING =
  /^\s*(?:after|before|when|while|as|since|until|following|because|amid|despite|once|with)\b/i;

/** "and in", "but on", "and then in": a conjunction and a preposition before a date that opens a conjunct. */
const CONJUNCT_OPENING = /\b(?:and|but)\s+(?:then\s+)?(?:on|in|at|by|early|late)\s+$/i;
/**
 * Between a conjunct's date and its verb, a subject of a few words and no clause break ("in 2021
 * she was", "on Tuesday the court"); not a comma, which makes the date an afterthought of the
 * verb before ("met on Monday and on Tuesday, officials said").
 */
const CONJUNCT_SUBJECT = /^,?\s+(?:[\w'’.-]+\s+){0,5}$/;

/** Nothing but a preposition before a date: it opens the sentence. */
const OPENS_SENTENCE = /^[\s"“‘']*(?:(?:on|in|at|by|early|late)\s+)?$/i;

export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end + 0.5;
  return 0;
}

export function baseOf(reading: ArticleReading, view: SentenceView) {
  return {
    file: reading.article.file,
    published: reading.article.published,
    source: { start: view.sentence.start, end: view.sentence.end, sentence: view.sentence.text },
    sentenceIndex: view.sentence.index,
  };
}
