/**
 * Stage 4: sentences + dates + actors -> EventDraft[]. For each sentence (quotations blanked out):
 * triggers give events, each read in its own clause for its actors, date, status and place;
 * summits are found by name; direct quotations (which may span sentences) become quote events
 * with their speaker; indirect speech becomes a statement, or a further source of a quote by the
 * same speaker next to it. A sentence that throws gives a warning and the rest compiles.
 *
 * Dating (the honest treatment of undated events):
 * 1. a date in the event's own clause (outside quotations), nearest the trigger;
 * 2. anaphora ("the same day", "afterward", "the next day") -> the date of the event told just
 *    before (only events dated by the text count as "told before");
 * 3. otherwise an estimate only where the text supports one: present perfect ("has arrived"),
 *    present tense, or a speech verb ("said", "wrote") in an article are about the article's own
 *    news cycle: the dateline, `approximate: true`;
 * 4. otherwise no date (`dateBasis: 'none'`): the event is kept only when another report of it
 *    gives a date (merging), and else dropped with a warning, never given an invented day.
 */
import type { EventDate, EventKind, EventStatus } from '../model/event-list.ts';
import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles.ts';
import { diagnosticAt, type Diagnostic } from './diagnostics.ts';
import { agentOf, agentOfClause, isCourtSitting, isLegislativeHearing, kindByAgent } from './agent-kind.ts';
import {
  baseOf,
  dateAfterRelative,
  dateFor,
  datesIn,
  framingSpeechDate,
  frontedDate,
  isBackground,
  isFrontedOccasion,
  movedBack,
  statusIn,
} from './event-dates.ts';
import { datesDependOnPrevious, monthNumber } from './dates.ts';
import { compareDays, formatAt, isRealDay, parseIsoDay } from './calendar.ts';
import {
  isHabitual,
  isIdiom,
  isNotAsserted,
  isPartOfAnotherAct,
  isOwnPlanOfAnnouncement,
  isPerfectSince,
  isRecurring,
  isReducedRelative,
} from './background.ts';
import {
  actBeforeHappening,
  breakdownOfTalks,
  isBackgroundDeed,
  isTrendOverPeriod,
  datedClauseStatus,
  findDatedClauses,
  UNDER_AN_ORDER,
  shortFormSubject,
} from './dated-clauses.ts';
import { datedConjuncts, repeatedDates } from './conjuncts.ts';
import { findPlace } from './place.ts';
import { isArticleNotice, isHeadline } from './notices.ts';
import { isWrittenOnAThing } from './written-words.ts';
import { frontedPlan } from './fronted-plans.ts';
import { announcedWithoutName, isAnnouncedByRole, isRolePhrase, subjectLead } from './nameless-agents.ts';
import { FRONTED_TRIP, TRIP_ASIDE } from './trip-asides.ts';
import {
  PERFECT_AUXILIARY_BEFORE,
  isHappeningOf,
  nounSubjectBefore,
  opensSubordinate,
  restrictiveAntecedent,
} from './happening-subjects.ts';
import { findPlannedHappenings, isFateOfPlanned } from './planned-happenings.ts';
import { sectionDates } from './section-dates.ts';
import { isBareAttribution, isPledge, isStandingPosition } from './speech-acts.ts';
import { withLength } from './event-lengths.ts';
import { countryInPhrase } from './gazetteer.ts';
import { slugify } from './slug.ts';
import { foldLetters } from './letter-folding.ts';
import { mergeParaphrases, quoteEvent } from './quote-events.ts';
import { groupQuotations, scanQuotations, type Quotation } from './quotations.ts';
import { isShown, readStatus, withFollowingClause } from './status.ts';
import { joinNames, titleFor } from './event-titles.ts';
import { isDefiniteNoun, statusByDate } from './trigger-status.ts';
import {
  calledOffOn,
  dateInNounPhrase,
  forwardForPlan,
  movedFromDate,
  movedToDate,
  moveReach,
  plannedDate,
  planYear,
  relativePlanDate,
} from './noun-dates.ts';
import {
  clauseAround,
  durationDays,
  findSummits,
  findTriggers,
  maskSpans,
  relativeClosedBefore,
  type TriggerMatch,
} from './triggers.ts';
import { countryOf } from './gazetteer.ts';
import type { ActorDraft, ActorMention, DateMention, EventDraft, ParsedArticle, Sentence, Span } from './types.ts';

export interface EventContext {
  article: ParsedArticle;
  sentences: readonly Sentence[];
  actors: readonly ActorDraft[];
  mentions: readonly ActorMention[];
}

export interface EventsResult {
  events: EventDraft[];
  diagnostics: Diagnostic[];
}

/** A sentence prepared for reading: offsets in `masked` are relative to the sentence. */
export interface SentenceView {
  sentence: Sentence;
  /** The sentence with every quotation blanked out. */
  masked: string;
  /** Actor mentions outside quotations, offsets relative to the sentence. */
  mentions: ActorMention[];
  /** Date mentions outside quotations, offsets relative to the sentence. */
  dates: DateMention[];
  /** Event triggers of the sentence: a date belongs to the trigger nearest to it. */
  triggers: TriggerMatch[];
  /** The sentence's paragraph starts with a time stamp ("08:15 —"), as live blogs do. */
  paragraphStartsWithTime: boolean;
}

export type DateBasis = NonNullable<EventDraft['dateBasis']>;

export interface Dated {
  date: EventDate;
  basis: DateBasis;
}

/** Finds the events of an article. */
export function extractEvents(context: EventContext): EventsResult {
  return extractEventsWith(context, readSentence);
}

/** The per-sentence reader, replaceable in tests to check that one failing sentence is contained. */
export type SentenceReader = (reading: ArticleReading, view: SentenceView) => EventDraft[];

/**
 * What the per-sentence reader can see of the article. Every field is given when a reading is made
 * (`extractEventsWith`), the ones not known yet as undefined: properties added later, in an order
 * that differs between articles, gave the readings of a run of articles many shapes, and the rules'
 * reads of them went through V8's slow (megamorphic) property lookups.
 */
export interface ArticleReading {
  article: ParsedArticle;
  actorsById: ReadonlyMap<string, ActorDraft>;
  quotations: readonly Quotation[];
  /** Every quoted run of the article (offsets into the file). */
  runs: readonly Span[];
  sentences: readonly Sentence[];
  allMentions: readonly ActorMention[];
  /** The date of the last event the text dated, for anaphora. */
  previous?: EventDate | undefined;
  /** Where the event of `previous` was told: a follow-on sentence of its paragraph goes on from it. */
  previousAt?:
    | {
        sentence: number;
        paragraph: number;
        actors: readonly string[];
        occurred: boolean;
        /** When that event is a plan: the date of the last event told that happened, if only plans came after it. */
        occurredBefore?: EventDate | undefined;
      }
    | undefined;
  /** The same, per kind, for events that happened: "after the meeting" points at the last meeting. */
  lastByKind: Map<EventKind, EventDate>;
  /** Who met in the last meeting told, for "the two sides met again". */
  lastMeetingActors?: readonly string[] | undefined;
  /** Who acted in the last policy act told, for "The measures will take effect". */
  lastPolicyActors?: readonly string[] | undefined;
  /** The last event told as called off or postponed, for "It is now expected to take place in May". */
  lastCalledOff?: { kind: EventKind; actors: readonly string[]; sentence: number } | undefined;
  /** Policy acts and announcements told so far (their source sentence and actors), for "The levy". */
  acts?: { sentence: string; actors: readonly string[] }[] | undefined;
  /** Events told so far that name someone (sentence index and text, kind, actors), for "The strike will begin". */
  told?: { index: number; sentence: string; kind: EventKind; actors: readonly string[] }[] | undefined;
  /** The first sentence that told an event of each kind and date (`kind|start|precision`), for an aside that tells it again. */
  toldOnDay?: Map<string, number> | undefined;
  /** Speaker of the last quotation (an actor, or a description: "one resident"), for a following unattributed one. */
  lastSpeaker?: { id?: string; description?: string; paragraph: number } | undefined;
  /** The date each paragraph's heading gives it, by paragraph (section-dates.ts). */
  sections?: readonly (EventDate | undefined)[] | undefined;
  /** The day each paragraph is told on, by paragraph: its entry's day, or the dateline (see `entryArticles`). */
  entryDays?: readonly string[] | undefined;
  /** The date of each heading, by the file offset of its date mention. */
  headings?: ReadonlyMap<number, EventDate> | undefined;
}

export function extractEventsWith(context: EventContext, reader: SentenceReader): EventsResult {
  const { article, sentences, actors, mentions } = context;
  const runs = scanQuotations(article.text, article.paragraphs);
  const quotations = groupQuotations(article.text, runs);
  const reading: ArticleReading = {
    article,
    actorsById: new Map(actors.map((actor) => [actor.id, actor])),
    quotations,
    runs,
    sentences,
    allMentions: mentions,
    previous: undefined,
    previousAt: undefined,
    lastByKind: new Map(),
    lastMeetingActors: undefined,
    lastPolicyActors: undefined,
    lastCalledOff: undefined,
    acts: undefined,
    told: undefined,
    toldOnDay: undefined,
    lastSpeaker: undefined,
    sections: undefined,
    entryDays: undefined,
    headings: undefined,
  };
  // Each stage's patterns over every sentence in turn, while its code is warm (see `wordsOf`).
  for (const sentence of sentences) prepareDates(sentence, article.published);
  const headings = new Map<number, EventDate>();
  reading.sections = sectionDates(article, sentences, (sentence) => datesIn(reading, sentence), headings);
  const entries = entryArticles(article, reading.sections) ?? wireDatelineArticles(article);
  if (entries) {
    reading.entryDays = entries.map((entry) => entry.published);
    reading.headings = headings;
  }
  const drafts: EventDraft[] = [];
  const diagnostics: Diagnostic[] = [];
  const mentionsOf = mentionsBySentence(sentences, mentions);
  const words = sentences.map((sentence) => wordsOf(sentence, runs));
  const notices = article.paragraphs.map((paragraph) =>
    isArticleNotice(article.text.slice(paragraph.start, paragraph.start + 120)),
  );
  // The headline tells again what the story tells: its events are the story's.
  if (isHeadline(article.paragraphs.slice(0, 2).map((paragraph) => article.text.slice(paragraph.start, paragraph.end))))
    notices[0] = true;
  for (const [index, sentence] of sentences.entries()) {
    // "Correction: An earlier version of this story said ...": about the article, not news.
    if (notices[sentence.paragraph]) continue;
    // A sentence of a dated entry is told on the entry's day: its "yesterday", its present tense and
    // its undated happenings are of that day (`entryArticles`).
    if (entries) reading.article = entries[sentence.paragraph] ?? article;
    try {
      const view = viewOf(reading, sentence, words[index], mentionsOf[index]);
      const told = reader(reading, view);
      drafts.push(...told);
      if (told.length === 0) moveToDayTold(reading, view);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(
        diagnosticAt(
          article.file,
          article.text,
          sentence.start,
          'warning',
          'sentence-unreadable',
          `could not read events from this sentence (${reason}); the rest of the article is compiled`,
        ),
      );
    }
  }
  reading.article = article;
  return { events: withOwnerCountries(mergeParaphrases(drafts, sentences), actors), diagnostics };
}

/**
 * "Armenia's foreign ministry said ...": a country's body named by what it is (`readCountryBody`,
 * actors.ts) acts beside its country, whichever of the two a sentence's reading took: a speaker is
 * one mention, the body's, and the country, the government that speaks through it, was lost. Each
 * event with such a body gets its country too, when the article has the country as an actor.
 */
function withOwnerCountries(events: EventDraft[], actors: readonly ActorDraft[]): EventDraft[] {
  const owners = new Map<string, string>();
  for (const actor of actors) {
    const owner = actor.kind === 'organization' ? /^(.+)'s /.exec(actor.name)?.[1] : undefined;
    const country = owner === undefined ? undefined : countryOf(owner);
    const countryActor = country && actors.find((other) => other.kind === 'country' && other.name === country.name);
    if (countryActor) owners.set(actor.id, countryActor.id);
  }
  if (owners.size === 0) return events;
  return events.map((event) => {
    const missing = event.actors.flatMap((id) => {
      const owner = owners.get(id);
      return owner !== undefined && !event.actors.includes(owner) ? [owner] : [];
    });
    return missing.length === 0 ? event : { ...event, actors: [...new Set([...missing, ...event.actors])] };
  });
}

/**
 * The article as each paragraph tells it, by paragraph, when a heading dates a day of it: a log's,
 * a diary's, a timeline's or a live blog's entry ("Dec. 13 — The flight planned for Friday was
 * called off, and so was yesterday's. This morning our pilot set us down ...") is told on its own
 * day, which is the "now" of its relative dates, its present tense and its undated happenings, as
 * the dateline is of a news story's. A heading of a month or a span ("March 2019 —") dates its
 * events but is no day to count from; nor is one after the dateline (a programme of days to come).
 * `undefined` when no paragraph is an entry of a day.
 */
function entryArticles(
  article: ParsedArticle,
  sections: readonly (EventDate | undefined)[],
): ParsedArticle[] | undefined {
  let made: Map<string, ParsedArticle> | undefined;
  const entries = sections.map((section) => {
    if (!section || section.precision !== 'day' || section.end || section.start > article.published) return article;
    made ??= new Map();
    let entry = made.get(section.start);
    if (!entry) {
      // Every field in the article's own order, not `{ ...article, published }`: one shape for the
      // rules that read it (see `draftOf`).
      entry = {
        file: article.file,
        published: section.start,
        text: article.text,
        bodyStart: article.bodyStart,
        paragraphs: article.paragraphs,
      };
      made.set(section.start, entry);
    }
    return entry;
  });
  return made ? entries : undefined;
}

/**
 * A wire story's own dateline: "OSLO, June 3 (Reuters) -", "SEOUL, Dec. 29 (Yonhap) --", "LONDON,
 * June 3 —": the city, the month and the day the story was written, before its first words.
 */
const WIRE_DATELINE =
  /^\s*[A-Z][A-Za-z .'’-]*(?:,\s*[A-Z][A-Za-z .'’-]*)?,\s*([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\s*(?:\([A-Za-z .]+\)\s*)?(?:[-\u2014\u2013]+)\s/;
/** How many days before the file's date a story's own dateline may fall: a story filed late, or fetched later. */
const WIRE_DATELINE_REACH = 7;

/**
 * The article as told on its own dateline, by paragraph, when the wire dateline at the head of its
 * text ("OSLO, June 3 (Reuters) - Mayor Lena Fiske resigned yesterday") names a day up to a week
 * before the file's date: the writer's "today", from which "yesterday", "on Monday" and "last
 * week" count. `undefined` when the text has no such dateline or it names the file's own day.
 */
function wireDatelineArticles(article: ParsedArticle): ParsedArticle[] | undefined {
  const first = article.paragraphs[0];
  if (!first) return undefined;
  const head = WIRE_DATELINE.exec(article.text.slice(first.start, first.start + 80));
  const month = monthNumber(head?.[1] ?? '');
  const published = parseIsoDay(article.published);
  if (!head || !month || !published) return undefined;
  const day = Number(head[2]);
  const candidates = [published.year, published.year - 1]
    .map((year) => ({ year, month, day }))
    .filter((candidate) => isRealDay(candidate));
  const told = candidates.find((candidate) => {
    const before = compareDays(published, candidate);
    return before > 0 && before <= WIRE_DATELINE_REACH;
  });
  if (!told) return undefined;
  const entry: ParsedArticle = {
    file: article.file,
    published: formatAt(told.year, told.month, told.day, 'day'),
    text: article.text,
    bodyStart: article.bodyStart,
    paragraphs: article.paragraphs,
  };
  return article.paragraphs.map(() => entry);
}

/**
 * "Firefighters were called to the depot on Sunday. Hours later, police arrested a man.": a
 * sentence that tells no event at all but a day moves the story to that day, and the anaphora after
 * it ("hours later", "the next day") counts from there, not from the event told before it. (A day
 * told by anaphora, "The next morning, the loss became clear.", is already counted from that event.)
 */
function moveToDayTold(reading: ArticleReading, view: SentenceView): void {
  const day = view.dates.findLast(
    (mention) =>
      !mention.inQuote &&
      mention.anchor !== 'previous-event' &&
      mention.date.precision === 'day' &&
      mention.date.end === undefined,
  );
  if (day) reading.previous = { start: day.date.start, precision: 'day' };
}

const WIRE_HEADER = /^[A-Z][A-Za-z .'’-]*,[^()\n]{0,24}\((?:[A-Za-z .]+)\)\s*[-\u2014\u2013]+\s*/;
const LIVE_STAMP = /^\s*\d{1,2}[:.]\d{2}\b/;

/**
 * The mentions that lie inside each sentence (in the order given), by the sentence's place in
 * `sentences`: one pass when the sentences are in order and apart, as the sentence stage makes
 * them, instead of a look at every mention of the article for every sentence.
 */
function mentionsBySentence(
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
): (readonly ActorMention[] | undefined)[] {
  const ordered = sentences.every(
    (sentence, index) => index === 0 || sentence.start >= (sentences[index - 1]?.end ?? 0),
  );
  if (!ordered) return [];
  const found = sentences.map((): ActorMention[] => []);
  for (const mention of mentions) {
    // The last sentence starting at or before the mention: the only one that can hold it.
    let low = 0;
    let high = sentences.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((sentences[middle]?.start ?? 0) <= mention.start) low = middle;
      else high = middle - 1;
    }
    const sentence = sentences[low];
    if (sentence && mention.start >= sentence.start && mention.end <= sentence.end) found[low]?.push(mention);
  }
  return found;
}

/**
 * Recognises a sentence's own dates ahead of its reading, in the pass over every sentence (see
 * `SentenceWords`). A sentence whose dates cannot be read fails again when it is read, and is
 * reported there.
 */
function prepareDates(sentence: Sentence, published: string): void {
  try {
    datesDependOnPrevious(sentence, published);
  } catch {
    // Reported when the sentence is read.
  }
}

/**
 * What a sentence tells by its words alone, before it is read in the article's course: the
 * sentence with its quotations blanked out and its triggers. Found for every sentence of an
 * article in one pass before any is read (`extractEventsWith`): the trigger table's patterns then
 * run one sentence after another while their code is in the processor's caches, instead of once
 * between all the other stages' patterns of each sentence, each time out of the caches. An error
 * is kept, to be raised when the sentence is read, so that it is contained there as before.
 */
interface SentenceWords {
  /** Quoted runs of the sentence, offsets relative to it. */
  relative: Span[];
  masked: string;
  triggers: TriggerMatch[] | { error: unknown };
}

function wordsOf(sentence: Sentence, runs: readonly Span[]): SentenceWords {
  const relative = runs
    .filter((run) => run.start < sentence.end && run.end > sentence.start)
    .map((run) => ({ start: run.start - sentence.start, end: run.end - sentence.start }));
  // Quotations blanked, and letters folded to ASCII for the rules' `\w` and `\b` ("Erdoğan").
  const masked = foldLetters(maskSpans(sentence.text, relative));
  let triggers: SentenceWords['triggers'];
  try {
    triggers = triggersOf(masked);
  } catch (error) {
    triggers = { error };
  }
  return { relative, masked, triggers };
}

/** The triggers of a masked sentence: idioms and complements left out, planned happenings added. */
function triggersOf(masked: string): TriggerMatch[] {
  return withPlannedHappenings(
    masked,
    withoutComplements(
      masked,
      findTriggers(masked).filter((match) => !isIdiom(masked, wordOf(match))),
    ),
  );
}

function viewOf(
  reading: ArticleReading,
  sentence: Sentence,
  words: SentenceWords | undefined,
  sentenceMentions: readonly ActorMention[] | undefined,
): SentenceView {
  const { relative, masked, triggers } = words ?? wordsOf(sentence, reading.runs);
  const inQuote = (start: number): boolean => relative.some((run) => start >= run.start && start < run.end);
  const mentions = (
    sentenceMentions ??
    reading.allMentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end)
  )
    .map((mention) => mentionAt(mention, sentence.start))
    .filter((mention) => !inQuote(mention.start));
  const dates = datesIn(reading, sentence)
    .filter((mention) => !mention.inQuote && !inQuote(mention.start - sentence.start))
    .map((mention) => movedBack(mention, sentence.start));
  const paragraph = reading.article.paragraphs[sentence.paragraph];
  const paragraphStartsWithTime =
    paragraph !== undefined && LIVE_STAMP.test(reading.article.text.slice(paragraph.start, paragraph.start + 12));
  // A wire dateline ("ASTANA, Dec 30 (Reuters) -") dates the story, not an event.
  const header = sentence.index === 0 ? (WIRE_HEADER.exec(masked)?.[0].length ?? 0) : 0;
  if (!Array.isArray(triggers)) throw triggers.error;
  return {
    sentence,
    masked: withAliasBracketsBlanked(masked, mentions),
    mentions,
    dates: dates.filter((mention) => mention.start >= header),
    triggers,
    paragraphStartsWithTime,
  };
}

/**
 * `mention` with its offsets counted from `origin`. A new literal with every field, in one order:
 * the actors stage gives its mentions fields in orders of its own (`{ ...mention, start, end }`
 * kept each of those shapes), and every rule that reads a mention then went through V8's slow
 * lookups for the many shapes it saw.
 */
export function mentionAt(mention: ActorMention, origin: number): ActorMention {
  return {
    start: mention.start - origin,
    end: mention.end - origin,
    actorId: mention.actorId,
    form: mention.form,
    inQuote: mention.inQuote,
    titleOf: mention.titleOf,
    possessive: mention.possessive,
  };
}

/**
 * `view` with other triggers and dates. A new literal with every field, in one order, not
 * `{ ...view, triggers }`: one shape for every view the rules read (see `mentionAt`).
 */
function viewWith(view: SentenceView, triggers: TriggerMatch[], dates: DateMention[]): SentenceView {
  return {
    sentence: view.sentence,
    masked: view.masked,
    mentions: view.mentions,
    dates,
    triggers,
    paragraphStartsWithTime: view.paragraphStartsWithTime,
  };
}

/**
 * `masked` with the brackets around an alias the text defines right after a name blanked: "the
 * Monetary Policy Committee (MPC) met", "the navy of the Islamic Revolutionary Guard Corps (IRGC)
 * said". The acronym is the name again, so the clause reads on as if it were not there: what
 * follows the name follows the acronym with only spaces between, as it follows the name without
 * it. The same length, so every offset holds.
 */
function withAliasBracketsBlanked(masked: string, mentions: readonly ActorMention[]): string {
  if (!masked.includes('(')) return masked;
  let blanked = masked;
  for (const [index, mention] of mentions.entries()) {
    const name = mentions[index - 1];
    if (mention.form !== 'alias' || name?.actorId !== mention.actorId) continue;
    const open = masked.lastIndexOf('(', mention.start);
    if (open < name.end || masked.slice(name.end, open).trim() !== '' || masked.slice(open + 1, mention.start).trim())
      continue;
    if (masked[mention.end] !== ')') continue;
    blanked = `${blanked.slice(0, open)} ${blanked.slice(open + 1, mention.end)} ${blanked.slice(mention.end + 1)}`;
  }
  return blanked;
}

/**
 * A trigger match as the idiom reader sees it. A new literal, not `{ ...match, nominal }`: V8 adds a
 * property that follows an object spread on a slow path (see `draftOf`).
 */
function wordOf(match: TriggerMatch): { start: number; end: number; text: string; nominal: boolean | undefined } {
  return { start: match.start, end: match.end, text: match.text, nominal: match.trigger.nominal };
}

/** The triggers with the planned happenings called off or moved that no trigger names (planned-happenings.ts). */
function withPlannedHappenings(masked: string, triggers: TriggerMatch[]): TriggerMatch[] {
  const planned = findPlannedHappenings(masked, triggers);
  return planned.length === 0 ? triggers : [...triggers, ...planned].sort((a, b) => a.start - b.start);
}

/** A determiner and at most two modifiers: the start of a verb's object ("lifted the ban"). */
const OBJECT_HEAD =
  /^\s+(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z][\w.'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}$/;
/** Looser after a reaction: "welcomed the court's ruling", "condemned Tuesday's attack". */
const REACTION_OBJECT_HEAD =
  /^\s+(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|[\w.-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A determiner before a participle, which makes it an adjective (not a capitalised "An" that ends a name: "Le Van An resigned"). */
const PARTICIPLE_AS_ADJECTIVE =
  /(?<!\p{Lu}[\p{L}'’-]*\s)\b(?:[tT]he|[aA]|[aA]n|[iI]ts|[tT]heir|[hH]is|[hH]er|[oO]ur|[tT]hese|[tT]hose|[nN]ewly|[rR]ecently)\s+$/u;
/** What a date, a venue or details are made public for: "(the date) of the ", "(details) for next year's ". */
const DISCLOSED_FOR =
  /^\s+(?:of|for|on|about)\s+(?:the|a|an|its|their|his|her|this|next|[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}$/;
/** What is ordered into a state, before the state's participle: "(ordered) all schools (closed)". */
const ORDERED_OBJECT = /^\s+(?:[\w'’-]+\s+){1,4}$/;
/** From a meeting's word to the noun of what it is about: " on the ", " about Sunday's ", " over the missile ". */
const MATTER_OF_MEETING =
  /^\s+(?:on|about|over|regarding|concerning)\s+(?:the|a|an|this|that|its|their|his|her|[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}$/;
/** The words between a verb and its infinitive: "voted 7-2 on Tuesday to ban". */
const TO_INFINITIVE = /^(?:\s+[\w.-]+){0,6}\s+$/;

/** From a trip's verb to a noun it is made for: " Lyon for the festival's closing ", " Split for a ". */
const FOR_THE_HAPPENING =
  /^(?:\s+[\w'’.-]+){0,4}?\s+for\s+(?:the|a|an|this|next|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * A happening named as what a trip is made for: "will travel to Split for the festival's closing
 * ceremony on Saturday". The trip is the news and the day is the trip's; the ceremony is its purpose,
 * as "the summit" is the place in "arrived for the summit".
 */
function isTripPurpose(masked: string, triggers: readonly TriggerMatch[], index: number): boolean {
  const match = triggers[index];
  if (!match || match.trigger.name !== 'happening') return false;
  for (let at = index - 1; at >= 0; at -= 1) {
    const before = triggers[at];
    if (!before) break;
    if (before.trigger.name === 'happening') continue;
    return (
      before.trigger.kind === 'travel' &&
      !before.trigger.nominal &&
      FOR_THE_HAPPENING.test(masked.slice(before.end, match.start))
    );
  }
  return false;
}

/** The start of a hyphenated compound that a noun ends: "end-of-", "post-", "pre-", "mid-", "anti-". */
const COMPOUND_LEAD = /(?:-(?:of|to|and)|\b(?:pre|post|mid|anti|pro|non|inter|intra|cross))-$/i;

/**
 * A noun inside a hyphenated compound that modifies another noun: "an end-of-session news
 * conference", "post-summit talks", "pre-election rallies", "a meeting-room booking". The compound
 * names a time or a kind of the head noun, not a happening of its own ("a by-election" or
 * "re-election" stays one: neither lead is a modifier's).
 */
function isInCompoundModifier(masked: string, match: TriggerMatch): boolean {
  if (!match.trigger.nominal) return false;
  if (masked.charAt(match.end) === '-' && /^-[a-z]/.test(masked.slice(match.end, match.end + 2))) return true;
  return (
    masked.charAt(match.start - 1) === '-' &&
    COMPOUND_LEAD.test(masked.slice(Math.max(0, match.start - 12), match.start))
  );
}

/** What the verb "Met" takes, unlike the Met's name ("Met police", "Met Office"): "Met two rangers", "Met the ferryman", "Met with". */
const MET_OBJECT =
  /^\s+(?:the|a|an|our|my|his|her|their|its|him|them|us|with|up|again|briefly|some|several|both|two|three|four|five|six|\d+)\b/;

/**
 * "Dec. 28 — Met two rangers at the hut": a diary's or a log's entry that opens, after its heading,
 * with the writer's verb and no subject. "Met" there is the verb, not the Met Office, when it opens
 * the sentence, or follows a heading's dash or colon and takes an object as a verb does.
 */
function isEntryOpening(masked: string, match: TriggerMatch): boolean {
  const before = masked.slice(0, match.start);
  if (!/\S/.test(before)) return true;
  return /[\u2014\u2013:-]\s*$/.test(before) && MET_OBJECT.test(masked.slice(match.end));
}

/**
 * Triggers that are what another trigger acts on, not events of their own: the noun object of a
 * verb ("lifted the ban on", "cleared the merger of", "announced the closure of": the lifting,
 * the clearing, the announcement; a reaction's object, "welcomed the ruling", names an event told
 * elsewhere), and a policy act's policy content ("voted on Monday to close
 * the school", "ordered all bars to close": one vote, one order).
 */
export function withoutComplements(masked: string, triggers: readonly TriggerMatch[]): TriggerMatch[] {
  return triggers.filter((match, index) => {
    // "the Met Office", "Met Éireann": a capital inside the sentence makes the word a name.
    if (match.trigger.kind === 'meeting' && /^Met\b/.test(match.text) && !isEntryOpening(masked, match)) return false;
    // "the detained journalists", "the agreed deal": a participle after a determiner is an adjective.
    // So is "visiting" in "the visiting prime minister": the visit is the setting, not the news.
    if (
      !match.trigger.nominal &&
      (/^[a-z]+ed$/i.test(match.text) || /^visiting$/i.test(match.text)) &&
      PARTICIPLE_AS_ADJECTIVE.test(masked.slice(0, match.start))
    )
      return false;
    if (isTripPurpose(masked, triggers, index)) return false;
    if (isInCompoundModifier(masked, match)) return false;
    const verb = triggers[index - 1];
    if (!verb) return true;
    const between = masked.slice(verb.end, match.start);
    // "will hold a closed-door meeting on the launch Thursday", "met about the strike on Monday": the
    // happening a meeting is about is its matter, told (and dated) elsewhere, not news of its own.
    if (
      match.trigger.nominal &&
      match.trigger.kind === 'other' &&
      verb.trigger.kind === 'meeting' &&
      MATTER_OF_MEETING.test(between)
    )
      return false;
    if (verb.trigger.nominal) return true;
    // "goes to a vote", "arrived for the summit": a preposition's noun is where, not what.
    const noun = match.trigger.nominal || /^(?:ban on|meeting)$/i.test(match.text);
    const head = verb.trigger.name === 'react' ? REACTION_OBJECT_HEAD : OBJECT_HEAD;
    // "withdrew from the race", "pulled out of the talks": the withdrawal is the news, not what is left.
    if (
      noun &&
      verb.trigger.name === 'withdraw' &&
      /^\s+(?:the|a|an|its|their|his|her|this|next)\s+(?:[\w-]+\s+){0,2}$/i.test(between)
    )
      return false;
    // "confirmed the date of the festival", "gave details of the vote": what a date or details are
    // made public for is the announcement's complement.
    if (noun && verb.trigger.name === 'disclose' && DISCLOSED_FOR.test(between)) return false;
    if (noun) return / (?:to|for|from|at|in|on|with|into)$/i.test(verb.text) || !head.test(between);
    // "approved the package by 212 votes to 190": the tally of the act, not another vote.
    if (match.trigger.name === 'vote' && verb.trigger.kind === 'policy' && /\bby\s+[\d,]+\s+$/.test(between))
      return false;
    // "ordered all schools closed on Tuesday": the state ordered is the order's content.
    if (verb.trigger.name === 'order' && ORDERED_OBJECT.test(between)) return false;
    const content = /^to\s/i.test(match.text) && verb.trigger.kind === 'policy' && match.trigger.kind === 'policy';
    return !(content && TO_INFINITIVE.test(between));
  });
}

/** A candidate event found in a sentence, before it is dated. */
interface Candidate {
  at: number;
  build: (reading: ArticleReading) => EventDraft | readonly EventDraft[] | undefined;
  /**
   * Indirect speech: what it reports may be read again by its own date (below); 'words dated' when
   * what it reports has a date of its own.
   */
  speech?: true | 'words dated';
}

/** What `reading.previous` and `reading.previousAt` hold: the event told before, and where. */
type Told = Pick<ArticleReading, 'previous' | 'previousAt'>;

/**
 * The events a sentence has told so far, by where their words stand in it. A clause read after the
 * sentence's other events ("The governor gave it royal assent two hours later, and it takes effect
 * on Sept. 1": the assent is read after the taking effect) is told from the event before it in the
 * text, not from the one read last: its "two hours later" counts from the third reading, not from
 * Sept. 1.
 */
function toldInSentence(reading: ArticleReading) {
  const atStart: Told = { previous: reading.previous, previousAt: reading.previousAt };
  const told: { at: number; told: Told }[] = [];
  return {
    /** Notes the event just made `reading.previous`, told at `at`. */
    record(at: number): void {
      told.push({ at, told: { previous: reading.previous, previousAt: reading.previousAt } });
    },
    /**
     * Sets `reading` to the event told last before `at` in the text; returns the event read last,
     * for `restore`, when one told after `at` had been read (else undefined: nothing changes).
     */
    toldBefore(at: number): Told | undefined {
      if (!told.some((entry) => entry.at > at)) return undefined;
      const last: Told = { previous: reading.previous, previousAt: reading.previousAt };
      const before = told
        .filter((entry) => entry.at < at)
        .reduce<{ at: number; told: Told } | undefined>(
          (latest, entry) => (latest === undefined || entry.at >= latest.at ? entry : latest),
          undefined,
        );
      Object.assign(reading, (before ?? { told: atStart }).told);
      return last;
    },
    /** Puts back the event told last in the text, after a clause read out of order. */
    restore(last: Told | undefined): void {
      if (!last) return;
      const latest = told.reduce<{ at: number; told: Told } | undefined>(
        (found, entry) => (found === undefined || entry.at >= found.at ? entry : found),
        undefined,
      );
      Object.assign(reading, latest?.told ?? last);
    },
  };
}

/** The default per-sentence reader: triggers, summits, statements and the quotations ending here. */
export function readSentence(reading: ArticleReading, view: SentenceView): EventDraft[] {
  const candidates: Candidate[] = [];
  const triggers = view.triggers;
  const summits = findSummits(view.masked);
  const predicates = triggers.filter((match) =>
    summits.some((summit) => isSummitPredicate(view.masked, summit, match)),
  );
  // "The summit opened in Geneva on Monday and will close on Wednesday": its course, told on.
  for (const match of triggers) {
    const last = predicates.at(-1);
    if (
      last &&
      match.start > last.end &&
      COURSE_END.test(match.text) &&
      COURSE_GOES_ON.test(view.masked.slice(last.end, match.start))
    )
      predicates.push(match);
  }
  const toldByItsSubject = toldTwiceByNounAndVerb(view, triggers);
  // "Talks collapsed on Monday": the verb of failure that tells the talks' breakdown (one event).
  const brokenDown: TriggerMatch[] = [];
  for (const match of triggers) {
    // "a three-day emergency meeting" is told once, as a summit.
    const inSummit = summits.some((summit) => match.start >= summit.start && match.end <= summit.end);
    if (match.trigger.kind === 'meeting' && inSummit) continue;
    // "will host a summit of Nordic leaders" and "The forum opened on Tuesday" tell the summit.
    if (match.trigger.kind === 'meeting' && summits.some((summit) => holdsSummit(view.masked, match, summit))) continue;
    if (predicates.includes(match)) continue;
    if (isInName(view.masked, match)) continue;
    if (toldByItsSubject.has(match)) continue;
    if (isFrontedTimeOfHappening(view, match)) continue;
    if (isUndatedSinceReference(view, match)) continue;
    if (isUndatedDescribingParticiple(view, match)) continue;
    if (brokenDown.some((verb) => match.start >= verb.start && match.start < verb.end)) continue;
    const breakdown = breakdownOfTalks(view, match);
    if (breakdown) {
      brokenDown.push(breakdown);
      const breakdownView = { ...view, triggers: view.triggers.map((other) => (other === match ? breakdown : other)) };
      candidates.push({ at: breakdown.start, build: (r) => eventFromTrigger(r, breakdownView, breakdown) });
      continue;
    }
    // "published figures on Tuesday showing inflation fell": the act, not what it was about, and
    // the act takes the date.
    const act = actBeforeHappening(view, match);
    if (act) {
      const actView = viewWith(
        view,
        view.triggers.map((other) => (other === match ? act : other)),
        view.dates,
      );
      candidates.push({ at: act.start, build: (r) => eventFromTrigger(r, actView, act) });
      continue;
    }
    candidates.push({ at: match.start, build: (r) => eventFromTrigger(r, view, match) });
  }
  for (const summit of summits) {
    // "The summit, scheduled for next week, was cancelled": the plan called off tells the summit.
    if (
      triggers.some(
        (match) => match.trigger.name === 'planned' && match.start >= summit.start && match.end <= summit.end,
      )
    )
      continue;
    // The summit's own words and its course ("The Forum leaders' meeting", "opened on Tuesday")
    // are no other events' anchors for its date.
    const summitView = viewWith(
      view,
      triggers.filter((t) => !predicates.includes(t) && !(t.start >= summit.start && t.end <= summit.end)),
      view.dates,
    );
    candidates.push({
      at: summit.start,
      build: (r) =>
        withMoves(summitView, reading.article.published, summit, (seen, given) => summitEvent(r, seen, summit, given)),
    });
  }
  // Speech whose words may tell a happening waits until the sentence's events are read (below).
  const reporting: StatementVerb[] = [];
  for (const statement of findStatements(view, triggers, summits)) {
    if (statement.words) reporting.push(statement);
    else
      candidates.push({
        at: statement.start,
        build: (r) => statementEvent(r, view, statement),
        speech: statement.wordsDated ? 'words dated' : true,
      });
  }
  const { sentence } = view;
  for (const quotation of reading.quotations) {
    // A quotation is read in the sentence where it ends.
    if (quotation.end <= sentence.start || quotation.end > sentence.end) continue;
    // "placards reading “Hands off our hospital”": words on a thing, said by nobody.
    if (isWrittenOnAThing(reading.article.text.slice(Math.max(0, quotation.start - 120), quotation.start))) continue;
    candidates.push({ at: quotation.start - sentence.start, build: (r) => quoteEvent(r, quotation) });
  }
  candidates.sort((a, b) => a.at - b.at);
  const drafts: EventDraft[] = [];
  const covered: number[] = [];
  // Where a candidate told a happening its text dated (for the plan's clause of it, `isPlanOfToldHappening`).
  const datedAt: number[] = [];
  const toldHere = toldInSentence(reading);
  const record = (draft: EventDraft, at: number): void => {
    drafts.push(draft);
    if (draft.dateBasis === 'text' || draft.dateBasis === 'anaphora') {
      if (!isBackground(view.masked, at)) {
        // Only across plans: a call-off tells an act of its own (the calling off) with the plan's date.
        const before = reading.previousAt;
        const occurredBefore =
          draft.status !== 'scheduled' ? undefined : before?.occurred ? reading.previous : before?.occurredBefore;
        reading.previous = draft.date;
        reading.previousAt = {
          sentence: view.sentence.index,
          paragraph: view.sentence.paragraph,
          actors: draft.actors,
          occurred: draft.status === 'occurred',
          occurredBefore,
        };
        toldHere.record(at);
      }
      if (draft.status === 'occurred') reading.lastByKind.set(draft.kind, draft.date);
    }
    if (draft.dateBasis === 'text' && draft.kind !== 'quote') {
      const days = (reading.toldOnDay ??= new Map());
      const key = `${draft.kind}|${draft.date.start}|${draft.date.precision}`;
      if (!days.has(key)) days.set(key, view.sentence.index);
    }
    if (draft.kind === 'meeting' && draft.actors.length > 0) reading.lastMeetingActors = draft.actors;
    if (draft.status === 'cancelled')
      reading.lastCalledOff = { kind: draft.kind, actors: draft.actors, sentence: view.sentence.index };
    if (draft.kind === 'policy' && draft.actors.length > 0) reading.lastPolicyActors = draft.actors;
    if ((draft.kind === 'policy' || draft.kind === 'announcement') && draft.actors.length > 0)
      (reading.acts ??= []).push({ sentence: draft.source.sentence, actors: draft.actors });
    if (draft.actors.length > 0 && draft.kind !== 'quote')
      (reading.told ??= []).push({
        index: view.sentence.index,
        sentence: draft.source.sentence,
        kind: draft.kind,
        actors: draft.actors,
      });
  };
  for (const candidate of candidates) {
    const built = candidate.build(reading);
    const told = (built === undefined ? [] : 'kind' in built ? [built] : built).filter(
      (draft) => !isRetoldInAside(reading, view, draft),
    );
    for (const draft of told) record(draft, candidate.at);
    // A dated statement does not cover what it reports: "Kellin council said on Monday the library
    // will reopen in September" also tells the reopening. An announcement of the speaker's own plan
    // is that plan ("told reporters on Monday she would resign in July"), an undated saying its source.
    // Words with a date of their own tell their happening on that date: "told MPs the department
    // had issued a warning on Feb. 6" (an undated saying, the warning of Feb. 6).
    const reports =
      candidate.speech &&
      told.every(
        (draft) => draft.kind === 'statement' && (draft.dateBasis === 'text' || candidate.speech === 'words dated'),
      );
    if (told.length > 0 && !reports) covered.push(candidate.at);
    if (told.some((draft) => draft.dateBasis === 'text')) datedAt.push(candidate.at);
  }
  for (const match of findDatedClauses({
    view,
    covered,
    paragraphHead: paragraphHead(reading, sentence),
    sectionDate: reading.sections?.[sentence.paragraph],
    published: reading.article.published,
  })) {
    // "The summit, which had been due to take place on June 12, has been pushed back": the planned
    // happening told tells its own fate, and so does one its noun told and dated ("The election, which
    // had been due on June 20, was postponed on Tuesday" is the election called off, no postponement).
    if (
      view.triggers.some(
        (planned) =>
          (planned.trigger.name === 'planned'
            ? covered.includes(planned.start)
            : planned.trigger.nominal === true && datedAt.includes(planned.start)) &&
          isFateOfPlanned(view.masked, planned, match),
      )
    )
      continue;
    if (isPlanOfToldHappening(view.masked, datedAt, match)) continue;
    // Read after the sentence's other events, a clause is told from the event before it in the text.
    const last = toldHere.toldBefore(match.start);
    for (const draft of eventFromTrigger(reading, view, match, true)) {
      if ((draft.dateBasis === 'text' || draft.dateBasis === 'anaphora') && !isRetoldInAside(reading, view, draft))
        record(draft, match.start);
    }
    toldHere.restore(last);
  }
  // "Halden will cut 400 jobs, the company said on Thursday": a sentence that told nothing else.
  if (drafts.length === 0) {
    const plan = frontedPlanEvent(reading, view);
    if (plan) record(plan, plan.triggerAt ?? 0);
  } else if (drafts.every((draft) => draft.kind === 'quote' || draft.status === 'scheduled' || isAgreedDeal(draft))) {
    const announced = announcedOwnPlans(reading, view, drafts);
    if (announced) {
      drafts.splice(0, drafts.length, ...announced.kept);
      record(announced.plan, announced.plan.triggerAt ?? 0);
    }
  }
  // "Okafor said the ban would fall hardest on small firms", "Vilches said the company had refused
  // to move": speech is the source of the happening it tells only when that happening is an event
  // of the sentence; when nothing was read there (a view, a forecast, a refusal told), the saying
  // is the news.
  for (const statement of reporting) {
    const draft = statementEvent(reading, view, statement);
    if (!draft || isRetoldInAside(reading, view, draft)) continue;
    const { words } = statement;
    const toldInWords =
      words !== undefined &&
      drafts.some(
        (told) =>
          told.kind !== 'quote' &&
          told.triggerAt !== undefined &&
          told.triggerAt >= words.start &&
          told.triggerAt < words.end,
      );
    if (!toldInWords) record(draft, statement.start);
  }
  return withoutUndatedSaying(
    dedupeInSentence(withoutAgreementOfMeeting(plansCalledOffLater(drafts, view.masked), view.masked)),
    view.masked,
  );
}

/**
 * The parties of a meeting as the subject of what they agreed, after "and": "..., and the two
 * agreed", "and both sides agreed", "and they agreed", or the meeting's own subject ("spoke by phone
 * on Friday and agreed").
 */
const AGREED_BY_THE_PARTIES =
  /(?:,\s*|\s)and\s+(?:(?:the|both)\s+(?:two|three|four|sides|parties|leaders|ministers|delegations|men|women)(?:\s+(?:sides|parties|leaders|ministers|delegations|countries|governments))?\s+|they\s+)?(?:(?:also|then|later)\s+)?$/i;

/**
 * "Liu held talks with Abenov in Beijing on Tuesday, and the two sides agreed to deepen
 * cooperation", "held phone talks with Rourke, and the two agreed to coordinate closely": an
 * agreement of a meeting's parties, with no day of its own, is what the meeting came to, not a
 * policy act of its own (a summit they agree to hold is read from its own noun; an agreement
 * signed, "signed an agreement on fishing rights", is a document and stays).
 */
function withoutAgreementOfMeeting(drafts: EventDraft[], masked: string): EventDraft[] {
  if (drafts.length < 2) return drafts;
  return drafts.filter((draft) => {
    if (draft.kind !== 'policy' || draft.trigger !== 'agree' || draft.dateBasis === 'text') return true;
    const at = draft.triggerAt;
    if (at === undefined || !AGREED_BY_THE_PARTIES.test(masked.slice(Math.max(0, at - 60), at))) return true;
    return !drafts.some(
      (meeting) => meeting.kind === 'meeting' && meeting.triggerAt !== undefined && meeting.triggerAt < at,
    );
  });
}

/**
 * The plan's happening, named again by a definite noun and called off later in the sentence: "The
 * two leaders were due to meet on Friday but the meeting was called off", "The committee had been
 * due to decide the application in July, but the decision was deferred".
 */
const PLAN_CALLED_OFF_LATER =
  /\bbut\s+(?:the|that|this|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|talks|call|visit|trip|tour|journey|stop|vote|ballot|decision|hearing|session|announcement|launch|signing|ceremony|event|rally|debate)\s+(?:itself\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:later\s+|then\s+|subsequently\s+|abruptly\s+|hastily\s+|quietly\s+)?(?:cancell?ed|called\s+off|postponed|scrapped|delayed|deferred|put\s+off|pushed\s+back|shelved|dropped|axed|abandoned|adjourned)\b/i;

/**
 * One event for a plan and its calling off told in one sentence (`PLAN_CALLED_OFF_LATER`): the plan
 * told before "but" is called off, and the noun that names it again is no event of its own (a new
 * day it was moved to still is: "... but the vote was delayed until July").
 */
function plansCalledOffLater(drafts: EventDraft[], masked: string): EventDraft[] {
  if (drafts.length === 0 || !/\bbut\b/i.test(masked)) return drafts;
  const calledOff = PLAN_CALLED_OFF_LATER.exec(masked);
  if (!calledOff) return drafts;
  const from = calledOff.index;
  const to = from + calledOff[0].length;
  const plan = drafts.findLast(
    (draft) => draft.kind !== 'quote' && draft.status === 'scheduled' && (draft.triggerAt ?? to) < from,
  );
  if (!plan) return drafts;
  return drafts
    .filter(
      (draft) =>
        draft === plan ||
        draft.triggerAt === undefined ||
        draft.triggerAt < from ||
        draft.triggerAt >= to ||
        (draft.status === 'scheduled' && draft.date.start !== plan.date.start),
    )
    .map((draft) => (draft === plan ? { ...plan, status: 'cancelled' } : draft));
}

/**
 * A deal agreed and not yet done, told by its verb of agreeing ("has agreed to buy Penmart"): as a
 * plan, the announcement of a trailing attribution may stand for it.
 */
function isAgreedDeal(draft: EventDraft): boolean {
  const at = draft.triggerAt;
  return draft.kind === 'other' && at !== undefined && /^agreed\b/i.test(draft.source.sentence.slice(at, at + 7));
}

/**
 * "Orvel Motors will close its Tarn plant in December, the company said on Tuesday": the speaker's
 * own plan told before a dated attribution is its announcement, as "said on Tuesday it would close
 * the plant in December" is (one event: the plan is what was announced). The plan's events before
 * the attribution give way to the announcement; undefined when the sentence is not of that shape or
 * its attribution gives no date (then the dated plan stands and the saying is its source).
 */
function announcedOwnPlans(
  reading: ArticleReading,
  view: SentenceView,
  drafts: readonly EventDraft[],
): { plan: EventDraft; kept: EventDraft[] } | undefined {
  const found = frontedPlan(view.masked);
  if (!found) return undefined;
  const plan = frontedPlanEvent(reading, view);
  if (plan?.dateBasis !== 'text') return undefined;
  const told = drafts.filter(
    (draft) => draft.kind !== 'quote' && (draft.triggerAt ?? Infinity) < found.attribution.start,
  );
  if (told.length === 0) return undefined;
  return { plan, kept: drafts.filter((draft) => !told.includes(draft)) };
}

/**
 * An aside on a noun phrase, between commas, right before its verb: "The bakery, which opened on
 * Monday, will ...", "Adeyemi, who was appointed on Monday, ...", "The sanctions, imposed on Monday,
 * ...".
 */
/** A verb and its object: "held a vigil", "staged two protests". */
const OBJECT_AFTER_VERB =
  /^[\w-]+\s+(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s(?!(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|weekend|same|next|following|previous|last|first|hours?|minutes?)\b)/i;
const ASIDE_OPENING =
  /[\p{L}\p{N})’']\s*,\s*(?:(?:which|who)\s+)?(?:(?:was|were|had|has|have|been|is|are|first|only|also|originally|officially|formally)\s+)*$/iu;

/**
 * A happening told in an aside that an earlier sentence already told on the same day ("Dunmore
 * Foods opened a bakery on Monday. The bakery, which opened on Monday, will employ 200 people"): the
 * aside reminds the reader of it, it is no second event.
 */
function isRetoldInAside(reading: ArticleReading, view: SentenceView, draft: EventDraft): boolean {
  if (draft.kind === 'quote' || draft.status !== 'occurred' || draft.dateBasis !== 'text') return false;
  // A month or a year holds many happenings: "Hessler Glas, which sold its last plant in 2023, ..."
  // retells nothing because another company placed an order in 2023.
  if (draft.date.precision !== 'day') return false;
  const at = draft.triggerAt;
  const opening = at === undefined ? null : ASIDE_OPENING.exec(view.masked.slice(Math.max(0, at - 60), at));
  if (at === undefined || !opening) return false;
  // "About 20 supporters, including his mother, Denise, held a vigil on Monday": a verb with an
  // object after a subject's apposition is the sentence's own verb; a participle of an aside
  // ("The talks, held on Monday, ...") takes none.
  if (!/\b(?:which|who)\b/i.test(opening[0]) && OBJECT_AFTER_VERB.test(view.masked.slice(at))) return false;
  // The aside closes before the sentence's own verb: "..., which opened on Monday, will employ".
  if (!/,/.test(view.masked.slice(at))) return false;
  const first = reading.toldOnDay?.get(`${draft.kind}|${draft.date.start}|${draft.date.precision}`);
  return first !== undefined && first < view.sentence.index;
}

/** Between a plan's subject and its modal: an apposition between commas, an adverb. */
const SUBJECT_TO_MODAL = /^\s*(?:,[^,;]{1,60},)?\s*(?:(?:also|now|\w+ly)\s+)?$/;

/**
 * The announcement of a plan told before its attribution (fronted-plans.ts): "Halden Motors will
 * cut 400 jobs, the company said on Thursday". The plan's subject is an actor of the sentence; the
 * attribution names that actor, or a person who speaks for it, or no actor ("it", "the company", "a
 * spokeswoman"). Another body's words ("..., the union said") are its claim, not an announcement.
 */
function frontedPlanEvent(reading: ArticleReading, view: SentenceView): EventDraft | undefined {
  const found = frontedPlan(view.masked);
  if (!found) return undefined;
  const { masked } = view;
  const subject = view.mentions
    .filter((mention) => mention.end <= found.plan.start && mention.form !== 'pronoun')
    .filter((mention) => isParticipant(mention, view.sentence.text, view.mentions, reading.actorsById))
    .at(-1);
  if (!subject || !SUBJECT_TO_MODAL.test(masked.slice(subject.end, found.plan.start))) return undefined;
  // "the company", "it": an anaphor of the attribution is the plan's subject told again.
  const voices = view.mentions.filter(
    (mention) =>
      mention.start >= found.attribution.start &&
      mention.actorId !== subject.actorId &&
      mention.form !== 'pronoun' &&
      mention.form !== 'title',
  );
  if (voices.some((mention) => reading.actorsById.get(mention.actorId)?.kind !== 'person')) return undefined;
  // "..., the airlines announced on Thursday": a pair that holds the subject speaks as both.
  const pair = pairReadAfter(masked, view.mentions, found.attribution.start);
  const actors = unique([
    subject.actorId,
    ...(pair.includes(subject.actorId) ? pair : []),
    ...voices.map((mention) => mention.actorId),
  ]);
  const dated = dateFor(reading, view, found.attribution, found.saying, true);
  const said = masked.slice(0, found.attribution.start - 1).trim();
  const names = namesOf(reading, actors);
  const words = `${names[0] ?? ''}: ${said}`;
  return draftOf(reading, view, {
    kind: 'announcement',
    title: titleFor({ kind: 'announcement', status: 'occurred', names, clause: words }),
    date: dated.date,
    status: 'occurred',
    actors,
    dateBasis: dated.basis,
    trigger: 'say',
    triggerAt: found.saying.start,
    clause: words,
  });
}

/** The saying's own noun object, not a clause it reports: "announced the closure of 40 branches". */
const SAYING_OBJECT =
  /^\S+\s+(?:also\s+)?(?:the|a|an|its|their|his|her|this)\s+(?:(?!(?:would|will|had|has|have|was|were|is|are|could|should|to)\b)[\w-]+\s+){0,2}$/i;

/** The first verb of saying in a sentence: where reported speech, and what it reports, begins. */
const SAYING_VERB = /\b(?:said|says|told|tells|announced|announces|added|stated|confirmed)\b/i;

/**
 * "Solheim said the board would meet the mayor on Aug. 20", "Judge Whitfield said she would
 * announce her verdict on Jan. 9": a saying with no date of its own that reports a dated event is
 * that event's source, not news of its own; the reported event stands, the saying is dropped. A
 * dated saying ("said on Tuesday it would close the plant in December") is news and stays.
 */
export function withoutUndatedSaying(drafts: EventDraft[], masked: string): EventDraft[] {
  const reported = drafts.filter(
    (draft) =>
      draft.kind !== 'quote' &&
      draft.kind !== 'statement' &&
      draft.triggerAt !== undefined &&
      (draft.dateBasis === 'text' || draft.dateBasis === 'anaphora'),
  );
  if (reported.length === 0) return drafts;
  const saying = SAYING_VERB.exec(masked)?.index;
  return drafts.filter((draft) => {
    if ((draft.kind !== 'statement' && draft.kind !== 'announcement') || draft.dateBasis !== 'estimate') return true;
    const at = draft.triggerAt ?? saying;
    if (at === undefined) return true;
    return !reported.some(
      (other) =>
        other !== draft && (other.triggerAt ?? -1) > at && !SAYING_OBJECT.test(masked.slice(at, other.triggerAt)),
    );
  });
}

/** What may stand between a happening's noun and its verb: a date, a place, a parenthesis. */
const NOUN_TO_VERB =
  /^(?:\s*,[^,;]{1,60},|\s+(?:on|in|at|near|against|outside|inside|overnight|late|early|last|this|of)\b[^,;:]{0,40}?)?\s+(?:(?:also|reportedly|then|later|had|has|have|was|were)\s+)?$/i;

/**
 * "A drone strike killed five people", "A missile strike on Tuesday hit a school": the noun is the
 * subject of a verb that tells the same happening, told once. The verb's event stays, unless a date
 * stands between them ("A drone strike on Tuesday killed"): then the noun's, which that date dates.
 */
function toldTwiceByNounAndVerb(view: SentenceView, triggers: readonly TriggerMatch[]): Set<TriggerMatch> {
  const dropped = new Set<TriggerMatch>();
  for (const noun of triggers) {
    // "the strike", or a row that spells its determiner ("a drone strike").
    if (!noun.trigger.nominal && !/^(?:an?|the)\s/i.test(noun.text)) continue;
    const verb = triggers.find((other) => other.start >= noun.end && !other.trigger.nominal);
    if (!verb || verb.trigger.kind !== noun.trigger.kind) continue;
    if (!NOUN_TO_VERB.test(view.masked.slice(noun.end, verb.start))) continue;
    const datedBetween = view.dates.some((date) => date.start >= noun.end && date.end <= verb.start);
    dropped.add(datedBetween ? verb : noun);
  }
  return dropped;
}

/** A fronted phrase of time around a definite noun: "At the end of the meeting,", "After the talks,". */
const FRONTED_TIME_OF =
  /^\s*(?:At|After|Before|During|Following|Since|Until|Throughout|Ahead of|Later in|Early in|Late in)\s+(?:(?:the\s+)?(?:end|start|close|conclusion|opening|beginning|middle|height|eve|wake|course)\s+of\s+)?(?:the|that|this|its|their|his|her|Tuesday['’]s|Monday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s|Sunday['’]s)\s+(?:[\w-]+\s+){0,2}$/;

/**
 * "At the end of the meeting, City Manager Helen Strand told the council she will retire on March
 * 31": a definite noun in a fronted phrase of time, with no date of its own, is when the main clause
 * happened (a happening told before, or the one the article is about), not a happening the main
 * clause's date dates.
 */
function isFrontedTimeOfHappening(view: SentenceView, match: TriggerMatch): boolean {
  if (!match.trigger.nominal) return false;
  const { masked } = view;
  if (!FRONTED_TIME_OF.test(masked.slice(0, match.start))) return false;
  const comma = /^[^,;]{0,30}?,/.exec(masked.slice(match.end));
  if (!comma) return false;
  const end = match.end + comma[0].length;
  return !view.dates.some((date) => date.start < end);
}

/**
 * "since", then the happening it counts from: a subject of its own and the trigger ("since the city
 * opened its tram line") or the trigger's noun ("since the election"). Not the adverb of a verb
 * ("has since been withdrawn", "was since replaced").
 */
const SINCE_OPENING = new RegExp(
  String.raw`(?<!\b(?:has|have|had|is|are|was|were|been|be|long|not|never)\s+)\bsince\s+(?!(?:been|then|become|became|risen|fallen)\b)(?:[\w'’-]+\s+){0,5}?(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?$`,
  'i',
);

/**
 * "Ridership fell to its lowest level since the city opened its new tram line", "her first defeat
 * since the election": a happening told as the point a comparison counts from, with no date of its
 * own in its clause, is a reference, not news; it happened some time before the clause it hangs on,
 * whose date is not its own. Told with its date ("since they beat Arbroath in April 2022") it is read.
 */
function isUndatedSinceReference(view: SentenceView, match: TriggerMatch): boolean {
  const { masked } = view;
  const from = Math.max(0, match.start - 80);
  const since = SINCE_OPENING.exec(masked.slice(from, match.start));
  if (!since) return false;
  const start = from + since.index;
  const rest = masked.slice(match.end);
  const end = match.end + (/[,;:.?!]|\s(?:and|but|while|as|after|before|when)\s/.exec(rest)?.index ?? rest.length);
  return !view.dates.some((date) => date.start >= start && date.start < end);
}

/** A noun (or its comma) before a past participle with its agent: "the startup founded by", "The document, signed by". */
const NOUN_BEFORE_AGENT_PARTICIPLE = /(?:[\w'’-]|,)\s+$/;
/** An auxiliary or a pronoun before the participle, which make it a verb: "was founded by", "it signed by". */
const VERB_BEFORE_AGENT_PARTICIPLE =
  /\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|he|she|it|they|we|I|you|who|which|that)\s+(?:(?:\w+ly|later|also|then|since|now|not|never|just|already)\s+)*$/i;
/**
 * The agent after the participle: "by", not a margin ("passed by 182 votes", "won by a single vote")
 * or a means ("resigned by letter", "announced by video link"), which go with a verb.
 */
const AGENT_AFTER_PARTICIPLE =
  /^\s+by\s+(?!(?:[\w'’-]+\s+){0,3}?(?:\d|votes?\b|margin\b|points?\b|percent\b|goals?\b|runs?\b|seats?\b))(?!(?:(?:a|an|the)\s+)?(?:phone|telephone|letter|e-?mail|video|text|post|fax|mail|hand|car|train|plane|air|road|sea|boat|bus|decree|referendum|consensus|acclamation|default|mistake|accident|force|law|chance|noon|midnight|then|now)\b)/i;

/** Kinds whose participle with an agent names a gathering's host or leader, and so tells the gathering. */
const GATHERINGS: ReadonlySet<EventKind> = new Set<EventKind>(['meeting', 'summit', 'travel']);

/**
 * "Quorra, the battery startup founded by former Siemens engineer Jana Holt, has delayed its launch",
 * "The document, signed by finance director Olga Brun, says": a participle with its agent that
 * describes a noun tells what the thing is, not news; with no date in its phrase, the main clause's
 * date is not its own. Dated ("a firm founded in 2015 by Tomas Rieck") it is read.
 */
function isUndatedDescribingParticiple(view: SentenceView, match: TriggerMatch): boolean {
  if (match.trigger.nominal || !/^[a-z]+(?:ed|en|wn|lt|nt|ght)$/.test(match.text)) return false;
  // "a dinner hosted by the minister", "talks chaired by Norway": a gathering's host is the gathering.
  if (GATHERINGS.has(match.trigger.kind)) return false;
  const { masked } = view;
  const head = masked.slice(0, match.start);
  if (!NOUN_BEFORE_AGENT_PARTICIPLE.test(head) || VERB_BEFORE_AGENT_PARTICIPLE.test(head)) return false;
  const rest = masked.slice(match.end);
  if (!AGENT_AFTER_PARTICIPLE.test(rest)) return false;
  const end = match.end + (/[,;:.?!]/.exec(rest)?.index ?? rest.length);
  return !view.dates.some((date) => date.start >= match.start && date.start < end);
}

/** From a happening's noun to the verb of its plan, in a relative clause: " that was to ", ", which had been due to ". */
const PLAN_OF_HAPPENING =
  /^[^,;:.]{0,40}?,?\s+(?:that|which)\s+(?:was|were|is|are|had\s+been)\s+(?:(?:due|set|scheduled|planned|expected|supposed|meant|slated|going)\s+)?to\s+$/i;

/**
 * "A regional summit that was to bring together ten leaders in Accra on 4 June has been postponed",
 * "A peace conference that was due to open in Nairobi on Friday has been called off": the plan's
 * clause of a happening the sentence told and dated (at a `datedAt` position) tells what that
 * happening was to be, not a happening of its own. "The council vote, which was to take place this
 * Monday, was put off" is dated by the plan's clause alone, which is read.
 */
function isPlanOfToldHappening(masked: string, datedAt: readonly number[], clause: Span): boolean {
  return datedAt.some((at) => at < clause.start && PLAN_OF_HAPPENING.test(masked.slice(at, clause.start)));
}

/**
 * A capitalised verb before another capitalised word is part of a name, not a verb: "Met Éireann
 * upgraded its warning", "the Met Office said".
 */
function isInName(masked: string, match: TriggerMatch): boolean {
  // "Visiting Oslo on Tuesday, Brandt met ...": a participle that opens the sentence is no name.
  if (
    /^[A-Z][a-z]+ing\b/.test(match.text) &&
    /^\s*$/.test(masked.slice(0, match.start)) &&
    /^[^,;]{1,80},/.test(masked.slice(match.end))
  )
    return false;
  // "Dec. 2 — Reached Susa at noon": a diary's note opens with the writer's verb of travel.
  if (
    match.trigger.kind === 'travel' &&
    /^[A-Z][a-z]+ed$/.test(match.text) &&
    WRITER_UNSAID.test(masked.slice(0, match.start))
  )
    return false;
  return !match.trigger.nominal && /^[A-Z][a-z]+\s+\p{Lu}/u.test(masked.slice(match.start, match.end + 3));
}

/**
 * Verbs that tell a summit's own course: "The forum opened in Oslo on Tuesday", "COP31 opens on Nov.
 * 9", "The party congress will meet in Lisbon on Oct. 17-18" (the congress meeting is the congress).
 */
const SUMMIT_PREDICATE =
  /^(?:opened|opens|open|began|begins|begin|started|starts|start|ended|ends|closed|closes|concluded|concludes|runs|ran|kicked off|kicks off|kick off|got under way|gets under way|wrapped up|wraps up|resumed|resumes|convened|convenes|reconvened|reconvenes|meets|meet|met)\b/i;

/** The end of a summit's course, after its opening: "and will close on Wednesday", "and ended". */
const COURSE_END =
  /^(?:(?:will|to)\s+)?(?:close|end|conclude|wrap up|run|finish)\b|^(?:closed|closes|ended|ends|concluded|concludes|finished|finishes|ran|runs)\b/i;

/** Words between two verbs of one summit's course: "opened in Geneva on Monday and will close". */
const COURSE_GOES_ON = /^[^,;.]{0,60}?\s+and\s+(?:(?:will|would|has|had|is|was|then|later|finally)\s+)*$/i;

/** A verb right after a summit's name (an apposition or a place between) that tells its course. */
function isSummitPredicate(masked: string, summit: Span, match: TriggerMatch): boolean {
  return (
    match.start >= summit.end &&
    SUMMIT_PREDICATE.test(match.text) &&
    /^(?:\s*,[^,;]{1,60},|\s*,)?\s+(?:(?:will|would|has|have|had|is|was|finally|formally|officially|also)\s+)*$/i.test(
      masked.slice(summit.end, match.start),
    )
  );
}

/**
 * A summit's clause with the relative clause right after its name, which tells its days and its
 * fate: "A regional conference that Thailand had planned to host in Bangkok from May 12 to 14 was
 * postponed last week".
 */
function withRelativeAfter(masked: string, summit: Span, clause: Span): Span {
  // A restrictive one only: ", which Portugal hosted, ended on Dec. 12" has its own predicate after it.
  const relative = /^\s*(?:that|which)\s+/.exec(masked.slice(summit.end, summit.end + 12));
  if (!relative || clause.end > summit.end + relative.index + 2) return clause;
  const next = summit.end + relative[0].length;
  const end = clauseAround(masked, { start: next, end: next }).end;
  // Up to the attribution's comma: "..., the ministry said, without giving a new date".
  const comma = masked.indexOf(',', next);
  return { start: clause.start, end: comma >= 0 && comma < end ? comma : end };
}

/**
 * "will host a summit of ...", "held an emergency summit": the meeting verb's object is the summit.
 * So is the summit that people meet for: "EU leaders will meet in Brussels for a two-day summit" (a
 * meeting "at the summit" is one held on its sidelines, an event of its own).
 */
function holdsSummit(masked: string, match: TriggerMatch, summit: Span): boolean {
  if (match.trigger.nominal) return false;
  // "A conference that Thailand had planned to host in Bangkok": the relative clause's host holds it.
  if (summit.end <= match.start)
    return match.trigger.name === 'host' && HOSTED_IN_RELATIVE.test(masked.slice(summit.end, match.start));
  if (summit.start < match.end) return false;
  const between = masked.slice(match.end, summit.start);
  return /^\s*(?:an?|the|its|their)?\s*$/i.test(between) || (match.trigger.name === 'meet' && MEETS_FOR.test(between));
}

/** From a summit to the verb of its host in a relative clause: " that Thailand had planned to ". */
const HOSTED_IN_RELATIVE =
  /^\s*(?:that|which)\s+(?:[\w'’.-]+\s+){1,4}?(?:(?:had|has|have|was|were|is|are|will|would|also)\s+)*(?:(?:planned|plans|hoped|hopes|intended|intends|due|set|scheduled|expected|agreed|offered|offers)\s+to\s+)?$/;

/** From "meet" to the summit it is for: " in Brussels for a", " on Thursday for the". */
const MEETS_FOR =
  /^(?:\s+(?:in|on|at|next|this|later)\b[^,;.]{1,40}?)?\s+for\s+(?:an?|the|their|its|this year['’]s)?\s*$/i;

/** The first words of the sentence's paragraph: boilerplate paragraphs announce themselves there. */
function paragraphHead(reading: ArticleReading, sentence: Sentence): string {
  const paragraph = reading.article.paragraphs[sentence.paragraph];
  return paragraph ? reading.article.text.slice(paragraph.start, paragraph.start + 80) : '';
}

/**
 * One event per kind, trigger, actors and status in a sentence ("barred ... and banned" in one
 * clause); "met at 10am and will meet again at 4pm" is two meetings.
 */
function dedupeInSentence(drafts: EventDraft[]): EventDraft[] {
  // One draft is no duplicate (most sentences tell one event).
  if (drafts.length < 2) return drafts;
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    // Two quotations of one speaker in a sentence are two quotes: their words tell them apart.
    const key = `${draft.kind}|${draft.trigger ?? ''}|${[...draft.actors].sort().join(',')}|${draft.date.start}|${draft.status}|${draft.quote?.text ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Participants

const GROUP_NOUN =
  /^\s+(?:(?:health|finance|defen[cs]e|trade|foreign|interior|justice|security|education|transport|agriculture|energy|environment|immigration|customs|border|treasury|fisheries|labou?r|fighter|combat|military|naval|attack|special)\s+)?(?:forces|troops|military|army|navy|air force|coastguard|coast guard|guards|government|officials|authorities|diplomats|police|soldiers|marines|commandos|paratroopers|artillery|tanks|counterparts?|leaders?|delegation|negotiators|regulators|lawmakers|parliament|ministry|cabinet|ministers|envoys|presidents|side(?!\s+of\b)|embassy|consulate)\b/i;
/**
 * A country's machines of war: "Venezuelan aircraft struck a police post", "Russian drones hit
 * Kharkiv". The demonym stands for the country only as the clause's subject (CLAUSE_OPENS_BEFORE):
 * "Ukraine's allies have barred Russian aircraft" bars them, and Russia does nothing.
 */
const WEAPON_NOUN =
  /^\s+(?:(?:fighter|combat|military|naval|attack|navy|army|air force)\s+)?(?:jets?|aircraft|warplanes?|planes|bombers?|helicopters?|gunships?|gunboats?|drones?|missiles?|rockets?|warships?|artillery|tanks)\b/i;
/** What may stand before a clause's subject: nothing, a comma or a conjunction, then a count or an article. */
const CLAUSE_OPENS_BEFORE =
  /(?:^|[,;:\u2014\u2013]|\b(?:and|but|as|when|after|before|while|then|where|since|because|that|which|until)\b)\s*(?:(?:the|a|an|two|three|four|five|several|some|\d+)\s+)?$/i;
/**
 * "The Irish minister arrived", "the Kenyan president flew": a demonym before an office that the
 * text gives to nobody named (a named holder takes the demonym as the title's, `titleOf`) stands
 * for the country, as "Spain's prime minister" does.
 */
const UNNAMED_OFFICE =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:minister|president|premier|chancellor|king|queen|emir|monarch|ambassador|envoy|secretary|foreign secretary)\b(?!\s*,?\s*\p{Lu})/u;
const NOT_AGENT_AFTER_POSSESSIVE =
  /^['’]s\s+(?:allies|partners|neighbou?rs|critics|opponents|rivals|friends|enemies|supporters|territory|airspace|economy|people|citizens|capital|border|war)\b/i;
/** A possessive's noun phrase set off by a comma before a name: "'s larger rival, " (group 0). */
const OWNED_NOUN_APPOSED = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+,\s*(?:the\s+)?(?=\p{Lu})/u;

/** The same noun phrase closed by its comma, after a name: "Ganjiang Power, Voltcore's larger rival, ". */
const OWNED_NOUN_CLOSED = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+,/u;

/**
 * "Voltcore's larger rival, Ganjiang Power, raised $4 billion", "Orvel's parent company, Dunmore
 * Holdings, said": a possessive whose noun a name in apposition names is only how that name is
 * described; the apposed name acts, not the owner.
 */
function namesApposedOwned(
  mention: ActorMention,
  before: string,
  after: string,
  all: readonly ActorMention[],
  kinds: ReadonlyMap<string, ActorDraft>,
): boolean {
  // "Norway's development minister, Eirik Solbakken,": a person holds the owner's office and acts
  // for it, so the owner stays.
  const body = (other: ActorMention): boolean =>
    other.form !== 'pronoun' && kinds.get(other.actorId)?.kind === 'organization';
  const owned = OWNED_NOUN_APPOSED.exec(after);
  if (owned) {
    const nameAt = mention.end + owned[0].length;
    return all.some((other) => other.start === nameAt && body(other));
  }
  // "Ganjiang Power, Voltcore's larger rival, opened": the apposition after the name.
  const comma = /,\s*$/.exec(before);
  if (!comma || !OWNED_NOUN_CLOSED.test(after)) return false;
  const nameEnd = mention.start - comma[0].length;
  return all.some((other) => other.end === nameEnd && body(other));
}

/** "according to the", before a source's name. */
const SOURCE_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/i;
/** What stands between a name and the "which" or "who" of its relative clause: its initials, a comma. */
const RIGHT_BEFORE_RELATIVE = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:who|which)\s*$/;

const LOCATIVE_BEFORE =
  /\b(?:in|to|from|at|into|over|across|near|toward|towards|through|via|around|inside|outside|within|for)\s+(?:the\s+)?$/i;

/**
 * People who stand for a body named after them: "Officials from the health ministry", "negotiators
 * for the union", "a spokesman for Orvel", "Officers from Harlow Police", "inspectors of the
 * agency": the body is no place but who acts.
 */
const SPOKEN_FOR =
  /\b(?:officials|representatives|negotiators|delegates|delegations?|envoys|diplomats|executives|lawyers|spokes(?:man|woman|person)|members|staff|workers|teams?|officers|detectives|investigators|inspectors|troops|soldiers|engineers|experts|scientists|monitors|ministers|leaders|lawmakers|legislators|ambassadors|commanders)\s+(?:from|for|at|of)\s+(?:the\s+)?$/i;

/**
 * "won approval from the European Commission", "a $200 million loan from the World Bank", "lost to
 * the Springboks": who gives what is won or received, and who wins, is no place it comes from or
 * goes to.
 */
const GIVER_BEFORE =
  /\b(?:(?:approval|backing|support|clearance|consent|permission|go-ahead|nod|loans?|grants?|funding|financing|investment|bailout|offers?|bids?|warnings?|letters?|complaints?|orders?|summons|invitations?|assurances?|guarantees?|pledges?|donations?)\s+from|(?:lost|lose|loses|losing|fell|succumbed|bowed\s+out)\s+(?:\d+-\d+\s+)?to)\s+(?:the\s+)?$/i;

/** "a loan to Zambia", "aid to the Philippines": who receives money is no destination. */
const FUNDS_TO = /\b(?:loans?|grants?|aid|credit|bailout|financing|funding|funds|tranche)\s+to\s+(?:the\s+)?$/i;

/**
 * Mentions that name a participant rather than qualify a noun: "U.S." in "U.S. Secretary of State
 * Marco Rubio" and "Russian" in "Russian state media" qualify; "Moscow" in "from Moscow" is a place.
 */
export function isParticipant(
  mention: ActorMention,
  text: string,
  all: readonly ActorMention[],
  kinds: ReadonlyMap<string, ActorDraft>,
): boolean {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = text.slice(mention.end, mention.end + 60);
  const kind = kinds.get(mention.actorId)?.kind;
  if (mention.titleOf !== undefined) return false; // "Russian" in "Russian Foreign Minister Sergey Lavrov"
  // Both possessive patterns open with an apostrophe: most mentions have none after them.
  const apostrophe = after.startsWith("'") || after.startsWith('’');
  const possessive = apostrophe && /^['’]s\b/.test(after);
  if (
    kind !== 'person' &&
    !possessive &&
    LOCATIVE_BEFORE.test(before) &&
    !SPOKEN_FOR.test(before) &&
    !FUNDS_TO.test(before) &&
    !GIVER_BEFORE.test(before)
  )
    return false;
  if (apostrophe && NOT_AGENT_AFTER_POSSESSIVE.test(after)) return false;
  if (possessive && namesApposedOwned(mention, before, after, all, kinds)) return false;
  if (kind !== 'person') {
    // A title between a country and a person: "U.S. Secretary of State Marco Rubio".
    const person = all.find((other) => other.start >= mention.end && kinds.get(other.actorId)?.kind === 'person');
    if (person) {
      const between = text.slice(mention.end, person.start);
      if (/^(?:\s+(?:[A-Z][\w.'’-]*|of|the|for|and)){0,6}\s+$/.test(between) && !/\band\b/.test(between)) return false;
    }
    if (mention.form === 'demonym') {
      const shared = afterCoordinatedDemonyms(mention, text, all);
      return (
        GROUP_NOUN.test(shared) ||
        UNNAMED_OFFICE.test(shared) ||
        (WEAPON_NOUN.test(shared) && CLAUSE_OPENS_BEFORE.test(text.slice(0, mention.start)))
      );
    }
  }
  return true;
}

/**
 * The text after the demonyms coordinated with `mention` ("Russian and Ukrainian negotiators",
 * "French, German and Italian ministers"): the noun they share, which says whether each stands for
 * its country.
 */
function afterCoordinatedDemonyms(mention: ActorMention, text: string, all: readonly ActorMention[]): string {
  let end = mention.end;
  for (;;) {
    const next = all.find(
      (other) =>
        other.start > end &&
        other.form === 'demonym' &&
        /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(end, other.start)),
    );
    if (!next) break;
    end = next.end;
  }
  return text.slice(end, end + 60);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

interface Participants {
  actors: string[];
  /** Actor ids of the subject, and where the subject ends in the sentence. */
  subject: string[];
  subjectEnd?: number;
  subjectStart?: number;
  /** Where the trigger's object ends. */
  objectEnd: number;
}

/**
 * The antecedent of a ", who/which/whose …," clause closed right before `clause`: the name right
 * before its opening comma, or before its age ("Ashby, 58, who ..."). Not "Arrieta" in "a meeting
 * between Arrieta and the ministers, which ...".
 */
function antecedentOfClosedRelative(masked: string, eligible: readonly ActorMention[], clause: Span): ActorMention[] {
  const opening = relativeClosedBefore(masked, clause.start);
  if (opening === undefined) return [];
  const antecedent = eligible
    .filter((mention) => mention.end <= opening && /^(?:,\s*\d{1,3})?\s*$/.test(masked.slice(mention.end, opening)))
    .slice(-1);
  return withJoinedBefore(masked, eligible, antecedent);
}

/**
 * "and filed for", "and then held", "and made a": a verb joined by "and" to the clause's first,
 * right before an event noun it governs.
 */
const COORDINATED_LIGHT_VERB =
  /\band\s+(?:(?:then|later|also|subsequently|eventually)\s+)?(?:[a-z]+ed|held|made|won|took|sought|began|gave|struck|went|paid|set)\s+(?:(?:for|into|on|a|an|the|its|his|her|their|new|fresh|formal)\s+){0,3}$/;

/** `first` with the mentions after it, before `end`, joined to it by "and" or commas: "Halcrest and Pellmark". */
function withJoinedAfter(
  masked: string,
  mentions: readonly ActorMention[],
  first: ActorMention,
  end: number,
): ActorMention[] {
  const chain = [first];
  for (const mention of mentions) {
    const last = chain.at(-1);
    if (!last || mention.start < last.end || mention === last || mention.end > end) continue;
    if (!CONJOINED.test(masked.slice(last.end, mention.start))) break;
    chain.push(mention);
  }
  return chain;
}

/**
 * `last` (one mention or none) with the mentions right before it that are one phrase with it:
 * "The two leaders" read as two mentions side by side, "Ruiz and Soto" joined by "and".
 */
function withJoinedBefore(masked: string, eligible: readonly ActorMention[], last: ActorMention[]): ActorMention[] {
  const chain = [...last];
  for (let index = last[0] ? eligible.indexOf(last[0]) - 1 : -1; index >= 0; index -= 1) {
    const mention = eligible[index];
    const next = chain[0];
    if (!mention || !next || !/^\s*(?:and\s+)?$/.test(masked.slice(mention.end, next.start))) break;
    chain.unshift(mention);
  }
  return chain;
}

/**
 * The eligible mentions of the view last asked about: one slot, not a WeakMap, since the triggers
 * of a sentence are read one after another (a WeakMap entry per view cost more than the filter).
 */
let eligibleMade: { view: SentenceView; eligible: readonly ActorMention[] } | undefined;

/** The sentence's mentions that can take part in an event: the same for each of its triggers, so found once. */
function eligibleMentions(reading: ArticleReading, view: SentenceView): readonly ActorMention[] {
  if (eligibleMade?.view !== view) {
    const eligible = view.mentions.filter((mention) =>
      isParticipant(mention, view.sentence.text, view.mentions, reading.actorsById),
    );
    eligibleMade = { view, eligible };
  }
  return eligibleMade.eligible;
}

/** An announcement's words that run on to a reported plan's subject: "said its board would". */
const REPORTED_PLAN = /^(?:said|says|confirmed|confirms)\b.*\s(?:would|will|to)\s*$/;

/**
 * Whether a trigger's words are part of a name the actors stage read ("Festival" in "The Velmont
 * Festival opened", "Strike" in "Strike Force Seven"): no verb or noun of the clause, so no bound
 * of the subject before the next one.
 */
function isWordOfName(view: SentenceView, trigger: TriggerMatch): boolean {
  return view.mentions.some(
    (mention) => mention.form !== 'pronoun' && mention.start <= trigger.start && trigger.end <= mention.end,
  );
}

/**
 * A clause's lead that ends in an aside opened by a past participle: "The festival, founded in
 * 2009, " (group 1 is what stands before the aside's comma).
 */
const PARTICIPLE_ASIDE_BEFORE = /^([^,;]+),\s*(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|lt|nt)\b[^,;]{0,60},\s*(?:\w+ly\s+)?$/;

/** The same aside, then a verb and at most two small words before an event noun: ", founded in 1921, filed for ". */
const NOUN_AFTER_PARTICIPLE_ASIDE =
  /^([^,;]+),\s*(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|lt|nt)\b[^,;]{0,60},\s*(?:\w+ly\s+)?[a-z]+(?:\s+(?:for|a|an|the|its|their|his|her|into|on))*\s+$/;

/**
 * A verb that calls off or makes a plan, its object, and a relative clause telling what the plan
 * was, up to the planned verb: "postponed a combined air exercise that had been set to ".
 */
const PLAN_CALLED_OFF_BEFORE =
  /\b(?:postponed|postpones|cancell?ed|cancels|called\s+off|calls\s+off|scrapped|scraps|delayed|delays|rescheduled|organi[sz]ed|organi[sz]es|planned|plans|announced)\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:that|which)\s+(?:had\s+been|has\s+been|was|were|is|are)\s+(?:set|due|scheduled|planned|expected|slated)\s+to\s+$/;

/** Participants of an event found by a trigger, most central first. */
function participantsOf(reading: ArticleReading, view: SentenceView, match: TriggerMatch, clause: Span): Participants {
  const result = (actors: string[]): Participants => {
    const participants: Participants = { actors, subject: ids(subject), objectEnd };
    // Assigned, not spread into the literal: see `draftOf`.
    const last = subject.at(-1);
    if (last) participants.subjectEnd = last.end;
    const first = subject[0];
    if (first) participants.subjectStart = first.start;
    return participants;
  };
  const eligible = eligibleMentions(reading, view);
  const inClause = eligible.filter((mention) => mention.start >= clause.start && mention.end <= clause.end);
  const kind = match.trigger.kind;
  let subject: ActorMention[];
  let partners: ActorMention[] = [];
  if (match.trigger.nominal && /\bbetween$/.test(match.text)) {
    // "said talks between A and B would resume": the noun's own complement names every side.
    subject = [];
  } else if (match.trigger.nominal) {
    const close = inClause.filter((mention) => mention.end <= match.start && match.start - mention.end <= 30);
    // "the U.S.-China talks": a name joined by a hyphen to the next is a side too.
    subject = close.filter((mention) => /^(?:['’]s)?\s|^[-\u2010\u2013]\p{Lu}/u.test(view.masked.slice(mention.end)));
    const possessive = subject.some((mention) => /^['’]s\s/.test(view.masked.slice(mention.end)));
    const lead = view.masked.slice(clause.start, match.start);
    if (
      !possessive &&
      (SETTING.test(lead) ||
        (match.trigger.kind === 'travel' && TRIP_ASIDE.test(lead)) ||
        (CALL_NOUN.test(match.text) && ON_A_CALL.test(lead)))
    ) {
      // "Stalin reviewed the plans at a meeting at the Secretariat", "Brandt and Reyes held a
      // meeting": the clause's subject (and those joined to it) was there.
      const before = inClause.filter((mention) => mention.end <= match.start && !isObjectOf(view.masked, mention));
      const chain = subjectChain(view.masked, before);
      // "raised the transfers with Ashby at a meeting": whom the subject acted with was there too.
      // A side of its own: "Ilse Vroom will brief members of the Dutch Payments Association on a
      // call" (the association stays a side though a person is named on the other).
      if (chain.length > 0 && kind === 'meeting') partners = partnersBeforeSetting(view.masked, inClause, match);
      if (chain.length > 0) subject = chain;
      else if (
        /^\s*(?:[\w-]+\s+){0,2}?(?:after|before|while|since|upon|without)\s+\w+ing\b/.test(
          view.masked.slice(clause.start, match.start),
        )
      ) {
        // ", hours after losing a confidence vote": the main clause's subject lost it.
        const main = mainClauseStart(view.masked, clause.start);
        subject = eligible
          .filter(
            (mention) => mention.start >= main && mention.end <= clause.start && !isObjectOf(view.masked, mention),
          )
          .slice(0, 1);
      }
    }
    // "Dahl flew to Kyiv on Monday for talks on grain": those who travel for a meeting hold it (not
    // "for the first meeting of a joint commission": the body's).
    const trip = view.triggers.find(
      (other) =>
        other.trigger.kind === 'travel' &&
        !other.trigger.nominal &&
        other.start >= clause.start &&
        other.end <= match.start,
    );
    if (
      subject.length === 0 &&
      (kind === 'meeting' || kind === 'summit') &&
      trip &&
      PURPOSE_FOR.test(lead) &&
      !/^\s+of\b/.test(view.masked.slice(match.end)) &&
      !/\bof$/.test(match.text)
    ) {
      subject = subjectEndingBy(view.masked, inClause, trip.start);
    }
    // A verb of saying in the main clause tells the speech already ("In a speech on Monday, X said ...").
    if (
      subject.length === 0 &&
      FRONTED_SPEECH.test(view.masked.slice(0, match.end)) &&
      !MAIN_CLAUSE_SAYING.test(view.masked.slice(match.end))
    ) {
      subject = subjectAfterFronted(view, eligible, match);
    }
    // "During a visit to Warsaw on Tuesday, Vik pledged more aid": the main clause's subject travelled.
    if (subject.length === 0 && FRONTED_TRIP.test(view.masked.slice(0, match.end))) {
      subject = subjectAfterFronted(view, eligible, match);
    }
    if (FRONTED_JOINING.test(view.masked.slice(0, match.start))) {
      subject = joinedAndJoining(view, eligible, match);
    }
    const coordinated =
      subject.length === 0 ? COORDINATED_LIGHT_VERB.exec(view.masked.slice(clause.start, match.start)) : null;
    if (coordinated) {
      // "Pellmark stopped paying suppliers in May and filed for bankruptcy": the noun is the
      // object of a verb joined to the clause's first, whose subject is the clause's own.
      const and = clause.start + coordinated.index;
      const first = inClause.find((mention) => mention.end <= and);
      if (first && !isObjectOf(view.masked, first)) subject = withJoinedAfter(view.masked, inClause, first, and);
    }
    // "In a phone call on Tuesday, Vinter told Aydin ...", "During talks in Ankara, Lucas said ...":
    // the main clause's subject took part, and whom its verb addresses ("..., the Kremlin said" did not).
    if (subject.length === 0 && kind === 'meeting' && FRONTED_MEETING.test(view.masked.slice(0, match.start))) {
      subject = subjectAfterFronted(view, eligible, match);
      const speaker = subject[0];
      const addressed = speaker
        ? eligible.find(
            (mention) => mention.start > speaker.end && ADDRESSED.test(view.masked.slice(speaker.end, mention.start)),
          )
        : undefined;
      if (addressed) subject = [...subject, addressed];
    }
    const asideLead =
      subject.length === 0 ? NOUN_AFTER_PARTICIPLE_ASIDE.exec(view.masked.slice(clause.start, match.start)) : null;
    if (asideLead) {
      // "Norvik Steel, founded in 1921, filed for bankruptcy": the subject before the aside acts.
      const commaAt = clause.start + asideLead[1]!.length;
      subject = subjectEndingBy(view.masked, inClause, commaAt);
    }
    if (subject.length === 0 && (kind === 'meeting' || kind === 'summit'))
      subject = agentAtSettingAfterBy(view, inClause, match);
    if (subject.length === 0 && match.start - clause.start <= 30) {
      // "Norvik Steel, which was founded in 1921, filed for bankruptcy": the antecedent files.
      subject = antecedentOfClosedRelative(view.masked, eligible, clause);
    }
  } else {
    // The subject is what stands between the previous trigger of the clause and this one.
    const previousTrigger = view.triggers
      .filter((other) => other.end <= match.start && other.start >= clause.start && !isWordOfName(view, other))
      .at(-1);
    const from = previousTrigger?.end ?? clause.start;
    subject = inClause.filter((mention) => mention.end <= match.start && mention.start >= from);
    if (subject.length === 0 && previousTrigger && REPORTED_PLAN.test(previousTrigger.text)) {
      // "Orvel Bank said its board would meet on Thursday": the announcement's words hold the
      // reported clause's subject, a body ("its board", "the bank").
      subject = inClause.filter(
        (mention) =>
          mention.start > previousTrigger.start &&
          mention.end <= match.start &&
          reading.actorsById.get(mention.actorId)?.kind !== 'person',
      );
    }
    const head = view.masked.slice(clause.start, match.start);
    if (
      previousTrigger &&
      /\b(?:before|after|while|when|since|without|by|upon)\s+$/.test(head) &&
      /ing\b/.test(match.text)
    ) {
      // "is set to meet Duda before flying to Vilnius": the one who flies is the one who meets.
      subject = inClause.filter((mention) => mention.end <= previousTrigger.start);
    } else if (
      previousTrigger &&
      previousTrigger.trigger.kind === 'travel' &&
      !previousTrigger.trigger.nominal &&
      subject.every((mention) => isObjectOf(view.masked, mention)) &&
      /\bto\s+$/.test(head)
    ) {
      // "flew to Oslo on Tuesday to meet Sara Lind": who travels is who meets (a purpose infinitive).
      subject = inClause.filter((mention) => mention.end <= previousTrigger.start && !isObjectOf(view.masked, mention));
    } else if (
      previousTrigger &&
      !previousTrigger.trigger.nominal &&
      (COORDINATED_VERB.test(head) ||
        SEQUENCED_VERB_BEFORE.test(head) ||
        (subject.length === 0 && !match.trigger.nominal && LISTED_VERB_BEFORE.test(head)))
    ) {
      // "Lumora raised $210 million from Sequoia and opened a factory": the subject of the first verb.
      // So in a list of verbs: "Vane was arrested on Monday, charged on Tuesday and ...".
      const before = view.triggers.filter((other) => other.end <= previousTrigger.start && other.start >= clause.start);
      const start = before.at(-1)?.end ?? clause.start;
      subject = inClause.filter((mention) => mention.start >= start && mention.end <= previousTrigger.start);
    }
    const relativeOpen = /\b(?:who|which)\s*$/.test(view.masked.slice(Math.max(0, clause.start - 8), clause.start));
    const closing = /,\s*(?:\w+ly\s+)?$/.exec(view.masked.slice(clause.start, match.start));
    // The relative clause has a verb of its own before its comma ("which Niger quit in 2025,"), not
    // only a subject in apposition ("which Nigeria's president, Bola Tinubu, visited").
    const relativeEnd = clause.start + (closing?.index ?? 0);
    const relativeVerb =
      closing !== null &&
      (view.triggers.some((other) => other.start >= clause.start && other.end <= relativeEnd) ||
        /\b(?:is|are|was|were|has|have|had|will|would|can|could|[a-z]{3,}ed)\b/.test(
          view.masked.slice(clause.start, relativeEnd),
        ) ||
        inClause.some(
          (mention) =>
            mention.end <= relativeEnd &&
            /^\s+(?:\w+ly\s+)?(?!and\b|or\b|of\b|the\b)[a-z]{2,}\b/.test(view.masked.slice(mention.end, relativeEnd)),
        ));
    const antecedent = eligible.filter((mention) => mention.end <= clause.start).at(-1);
    if (
      relativeOpen &&
      relativeVerb &&
      antecedent !== undefined &&
      /^(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s*,?\s*(?:who|which)\s*$/.test(
        view.masked.slice(antecedent.end, clause.start),
      ) &&
      /,\s*(?:\w+ly\s+)?$/.test(view.masked.slice(from, match.start))
    ) {
      // "ECOWAS, which Niger quit along with Mali, welcomed the deal": the relative clause ends at
      // its comma, and the verb after it is its antecedent's.
      subject = [antecedent];
    } else if (subject.length === 0 && relativeClosedBefore(view.masked, clause.start) !== undefined) {
      // "Grieg, who founded the firm in 1961, retired": the verb after the relative clause is its
      // antecedent's.
      subject = antecedentOfClosedRelative(view.masked, eligible, clause);
    } else if (subject.length === 0 && relativeOpen) {
      // "Sakai, who arrived in London on Tuesday": the relative clause's subject is its antecedent.
      subject = withJoinedBefore(
        view.masked,
        eligible,
        eligible.filter((mention) => mention.end <= clause.start).slice(-1),
      );
      // "..., according to the Uganda Bureau of Statistics (Ubos), which will publish the April
      // figures tomorrow": a source named right before the relative clause is its antecedent.
      const source = view.mentions.filter((mention) => mention.end <= clause.start).at(-1);
      if (
        source &&
        !subject.includes(source) &&
        SOURCE_BEFORE.test(view.masked.slice(Math.max(0, source.start - 30), source.start)) &&
        RIGHT_BEFORE_RELATIVE.test(view.masked.slice(source.end, clause.start))
      )
        subject = [source];
    }
    if (
      subject.length === 0 &&
      (isParticipleClause(view.masked, clause, match) || isCoordinatedVerb(view.masked, clause, match))
    ) {
      // "Trump addressed the assembly, before meeting Zelensky": the main clause's subject meets;
      // after ", and" the main clause is the second one ("Hungary vetoed it, and Lendvai said, after
      // meeting Brandt, ...").
      const main = mainClauseStart(view.masked, clause.start);
      const first = eligible.find(
        (mention) => mention.start >= main && mention.end <= clause.start && !isObjectOf(view.masked, mention),
      );
      // "two senators, Dale Ostrowski of Wausau and Carla Brenner, announced": those joined to it too.
      subject = first ? withJoinedAfter(view.masked, eligible, first, clause.start) : [];
    }
    const aside =
      previousTrigger && subject.length === 0
        ? PARTICIPLE_ASIDE_BEFORE.exec(view.masked.slice(clause.start, match.start))
        : null;
    if (aside && previousTrigger && previousTrigger.start > clause.start + aside[1]!.length) {
      // "The festival, founded in 2009, opened on Friday": the verb after a participle's aside is
      // the subject's before it.
      const commaAt = clause.start + aside[1]!.length;
      subject = subjectEndingBy(view.masked, inClause, commaAt);
    }
    if (subject.length === 0 && previousTrigger?.trigger.nominal === true) {
      // "Brandt, on a trip to Mexico, met Reyes": a noun in an apposition is not the subject.
      subject = inClause.filter((mention) => mention.end <= previousTrigger.start && !isObjectOf(view.masked, mention));
    }
    if (subject.length === 0 && FRONTED_BIRTH.test(view.masked.slice(0, match.end))) {
      // "Born in Alesund in March 1935, the youngest of five, Solvang spent ...": the main clause's
      // subject, the first person named after the participle's phrase.
      const comma = view.masked.indexOf(',', match.end);
      subject = inClause
        .filter((mention) => comma >= 0 && mention.start > comma && !isObjectOf(view.masked, mention))
        .filter((mention) => reading.actorsById.get(mention.actorId)?.kind === 'person')
        .slice(0, 1);
    }
    if (subject.length === 0 && FRONTED_PARTICIPLE.test(view.masked.slice(0, match.end))) {
      subject = subjectAfterFronted(view, eligible, match);
    }
    if (subject.length === 0 && /^in\s/i.test(match.text)) {
      // "stayed up until 3 a.m. in talks with X": an adjunct shares the sentence's subject.
      subject = eligible
        .filter((mention) => mention.end <= match.start && !isObjectOf(view.masked, mention))
        .slice(0, 1);
    }
    const calledOff = subject.length === 0 ? PLAN_CALLED_OFF_BEFORE.exec(view.masked.slice(0, match.start)) : null;
    if (calledOff) {
      // "South Korea and the United States postponed a combined air exercise that had been set to
      // begin Monday": who called the plan off or made it holds the happening.
      subject = subjectEndingBy(view.masked, eligible, calledOff.index);
    }
    const adjacent = adjacentSubject(view.masked, inClause, match);
    const chainStart = adjacent[0]?.start;
    const firstSubject = subject[0];
    // "Aydemir will cut rates when the bank's committee meets": a subordinate clause the clause
    // reader did not cut off has its own subject, the noun right before the verb.
    if (
      chainStart !== undefined &&
      firstSubject &&
      firstSubject.start < chainStart &&
      SUBORDINATOR.test(view.masked.slice(firstSubject.end, chainStart))
    ) {
      subject = adjacent;
    }
  }
  subject = [...listBefore(view.masked, eligible, subject), ...subject, ...companions(view.masked, inClause, match)];
  const objectEnd = objectLimit(view, match, clause);
  // A list the object's apposition goes on with may run past the clause's ", and" ("with his U.S.
  // counterpart, Daniel Rourke, and Japan's Hiroki Sato").
  const object = [
    ...inClause.filter((mention) => mention.start >= match.end && mention.start < objectEnd),
    ...eligible.filter(
      (mention) =>
        mention.start >= clause.end &&
        mention.start < objectEnd &&
        /,\s*and\s+(?:[\p{L}.-]+['’]s\s+)?$/u.test(view.masked.slice(clause.end, mention.start)),
    ),
  ];
  const person = (mention: ActorMention): boolean => reading.actorsById.get(mention.actorId)?.kind === 'person';
  const ids = (list: ActorMention[]): string[] => unique(list.map((mention) => mention.actorId));
  switch (kind) {
    case 'meeting': {
      // People meet for their countries and organisations: those count only on a side without
      // a person ("held talks with Arianespace executives", "the committee meets").
      const side = (mentions: ActorMention[]): ActorMention[] => {
        // "her Peruvian counterpart": a possessive pronoun before another mention is not a side.
        const list = mentions.filter(
          (mention) =>
            mention.form !== 'pronoun' ||
            !mentions.some((other) => other.start > mention.end && other.start <= mention.end + 1),
        );
        return list.some(person) ? list.filter(person) : list;
      };
      // "is due to appear before the Oireachtas transport committee": the trigger's own words name
      // the body a witness appears before.
      const within = match.trigger.nominal
        ? []
        : inClause.filter((mention) => mention.start > match.start && mention.end <= match.end);
      return result(
        ids([
          ...side(subject),
          ...side(partners),
          ...side(object),
          ...side(within),
          ...side(passiveAgents(view, match, inClause)),
          ...side(nounAgents(view, match, inClause)),
        ]),
      );
    }
    case 'travel':
      return result(
        ids([
          ...(match.trigger.name === 'visit'
            ? [
                ...subject,
                ...object.filter((mention) => !isPlaceVisited(reading, mention)),
                ...nounAgents(view, match, inClause),
                ...passiveAgents(view, match, inClause),
              ]
            : subject),
          ...(subject.length > 0 && !match.trigger.nominal ? fellowTravellers(view, match, inClause, reading) : []),
        ]),
      );
    case 'policy':
    case 'conflict':
      // "The bill was vetoed on Wednesday by President Lena Ortiz": a passive's agent acts too.
      return result(
        ids([
          ...subject,
          ...object,
          ...passiveAgents(view, match, inClause),
          ...recipients(view.masked, match, match.trigger.nominal ? inClause : receivers(view, clause)),
          ...rivalsBeaten(view.masked, match, eligible, view.mentions),
          ...giversAfter(reading, view.masked, match, clauseMentions(view, clause)),
        ]),
      );
    case 'other':
      // Who is appointed, acquired or named follows the verb; a noun's participants follow it too
      // ("the death of Pope Francis", "the opener between A and B"); a passive's agent too ("was
      // founded in 2019 by X", "will be succeeded on Jan. 1 by Y").
      return result(
        ids([
          ...subject,
          ...object,
          ...passiveAgents(view, match, inClause),
          ...withCompanions(view, match, inClause, reading),
          ...giversAfter(reading, view.masked, match, clauseMentions(view, clause)),
          ...recipients(view.masked, match, match.trigger.nominal ? inClause : receivers(view, clause)),
          ...rivalsBeaten(view.masked, match, eligible, view.mentions),
          ...predecessorsReplaced(view.masked, match, eligible),
        ]),
      );
    default: {
      // "The ban was announced on Tuesday by Health Minister Rosa Paz", "the announcement by the
      // ministry": who is named after "by" made it.
      const agents = match.trigger.nominal ? nounAgents(view, match, inClause) : passiveAgents(view, match, inClause);
      if (subject.length === 0 && !match.trigger.nominal)
        return result(ids([...reportedSubject(view.masked, match, inClause), ...agents]));
      return result(ids(match.trigger.nominal ? [...subject, ...object, ...agents] : [...subject, ...agents]));
    }
  }
}

/**
 * "will visit Berlin next week", "visited France": the country or capital visited is where the trip
 * goes, not a side of it (its government is met only when someone of it is named). A person or a
 * body visited is ("visited Lena Holt", "visited the commission").
 */
function isPlaceVisited(reading: ArticleReading, mention: ActorMention): boolean {
  return reading.actorsById.get(mention.actorId)?.kind === 'country' && !mention.possessive;
}

/** Someone unnamed who speaks for a body, as the subject of a saying: "A spokeswoman", "Officials", "a statement". */
const UNNAMED_VOICE_BEFORE =
  /\b(?:spokes(?:man|woman|person|people)|officials?|sources?|representatives?|aides?|statement)\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?$/i;

/** A verb of saying that opens a trigger's words: "said the company would", "told staff it will". */
const SAYING_OPENS = /^(?:said|says|told|tells|announced|confirmed|added)\b/i;

/**
 * Who a plan told by someone unnamed is of: the subject of the reported clause inside the
 * trigger's words ("A spokeswoman said the company would close its plant": the company). Not
 * when a body says it ("The watchdog said it would": "it" is the watchdog, named or not).
 */
function reportedSubject(masked: string, match: TriggerMatch, inClause: readonly ActorMention[]): ActorMention[] {
  if (
    !SAYING_OPENS.test(match.text) ||
    !UNNAMED_VOICE_BEFORE.test(masked.slice(Math.max(0, match.start - 60), match.start))
  )
    return [];
  return inClause.filter(
    (mention) =>
      mention.start > match.start &&
      mention.end <= match.end &&
      /^(?:['’]s?\s+(?:[a-z-]+\s+){0,2})?\s*(?:will|would|is|was|plans|planned|intends|intended)\b/.test(
        masked.slice(mention.end, match.end),
      ),
  );
}

/** Between two names of a list, perhaps after the first one's age: ", ", " and ", ", 29, and ". */
const LIST_LINK = /^(?:,\s*\d{1,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * "Ravi Rao, 24, Mohan Rakesh, 29, and Anil Kumar, 31, were produced": the clause reader cuts the
 * list at ", and"; the names before, joined to the subject by commas (and ages), are subjects too,
 * when the list opens the sentence.
 */
function listBefore(
  masked: string,
  eligible: readonly ActorMention[],
  subject: readonly ActorMention[],
): ActorMention[] {
  const first = subject[0];
  if (!first) return [];
  const chain: ActorMention[] = [];
  let next = first;
  for (let index = eligible.indexOf(first) - 1; index >= 0; index -= 1) {
    const mention = eligible[index];
    if (!mention || !isListLink(masked.slice(mention.end, next.start))) break;
    chain.unshift(mention);
    next = mention;
  }
  const opening = chain[0];
  if (!opening) return [];
  const lead = masked.slice(0, opening.start);
  return LIST_OPENING.test(lead) || isTitleApposition(lead) ? chain : [];
}

/**
 * What joins two names of a list: LIST_LINK, perhaps with the next one's title after it ("Sam
 * Boateng, and chief executive Julia Hart", "Lindner and Prime Minister Tomas Varga").
 */
function isListLink(between: string): boolean {
  if (LIST_LINK.test(between)) return true;
  // "Ana Ruiz, the finance minister, and Pablo Soto": a title in apposition to the one before.
  const apposed = APPOSED_TITLE_LINK.exec(between)?.[1]?.toLowerCase().split(/\s+/);
  if (apposed && TITLE_HEADS.has(apposed.at(-1) ?? '')) return true;
  const link = /^(?:,\s*\d{1,3})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)/.exec(between);
  const title = link ? between.slice(link[0].length) : '';
  return title.trim() !== '' && /^(?:[\p{L}.'’-]+\s+){1,5}$/u.test(title) && isTitleLead(title);
}

/** ", the finance minister, and ", ", its chief executive, ": a title in apposition, then the list goes on. */
const APPOSED_TITLE_LINK =
  /^,\s*(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}.-]+['’]s\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s*(?:and\s+)?$/u;

/**
 * What may come before a list that is a sentence's subject: nothing or a time ("On Tuesday, "), the "the" of a body's name
 * ("The Transport Workers Union and Metrolink broke off their talks"), or "The accused, identified as".
 */
const LIST_OPENING =
  /^\s*(?:(?:on|late on|early on|last|earlier|later|this)\s+[a-z]+(?:\s+[a-z]+)?,\s*)?(?:(?:the|three|two|four|five|six)\s+[a-z]+(?:\s+[a-z]+)?,\s*(?:identified|named)\s+as\s+|the\s+)?$/i;

/** A title in apposition before the name, opening the sentence: "The union's leader, ", "Peru's foreign minister, ". */
const TITLE_APPOSITION =
  /^\s*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[\p{L}.-]+['’]s\s+)?((?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+),\s*$/u;

/** Whether `lead` is only a title in apposition before a name (its last word a title's head). */
function isTitleApposition(lead: string): boolean {
  const words = TITLE_APPOSITION.exec(lead)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  const head = words.at(-1);
  return head !== undefined && TITLE_HEADS.has(head) && words.slice(0, -1).every((word) => TITLE_MODIFIERS.has(word));
}

/**
 * "at a meeting", "during talks", "held a call", "cancelled Wednesday night's premiere", "organised a
 * fair": a noun that is where the clause's subject acted, or what it staged or called off.
 */
const SETTING =
  /\b(?:at|during|in|(?:held|holds|hold|holding|had|has|have|convened|convenes|chaired|chairs|attended|attends|attend|attending|called|calls|calling|won|wins|winning|lost|loses|losing|survived|survives|surviving|faced|faces|face|facing|staged|stages|launched|launches|ordered|orders|organi[sz]ed|organi[sz]es|cancell?ed|cancels|postponed|postpones|scrapped|scraps|called\s+off|calls\s+off|pulled|pulls)(?:\s+\w+ly)?)\s+(?:an?|the|their|his|her|its|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|evening))?['’]s)\s+(?:[\w'’-]+\s+){0,3}$|\b(?:at|during|in)\s+$/;

/** A call as a meeting's noun: "call", "video call", "phone call". */
const CALL_NOUN = /^(?:(?:video|phone|telephone|conference|zoom)\s+)?calls?\b/i;

/**
 * "will brief members of the association on a call", "were on a video call": who was on a call
 * held it, as at a meeting (`SETTING`); only for a call, since "reported on the talks" is no
 * setting.
 */
const ON_A_CALL = /\bon\s+(?:an?|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,2}$/i;

/** The first of `mentions` and those joined to it by "and" or commas: a clause's subject ("Brandt and Reyes"). */
function subjectChain(masked: string, mentions: readonly ActorMention[]): ActorMention[] {
  const chain = mentions.slice(0, 1);
  for (const mention of mentions.slice(1)) {
    const last = chain.at(-1);
    if (!last || !CONJOINED.test(masked.slice(last.end, mention.start))) break;
    chain.push(mention);
  }
  return chain;
}

/** The subject chain (`subjectChain`) of the mentions that end by `end` and are no verb's object. */
function subjectEndingBy(masked: string, mentions: readonly ActorMention[], end: number): ActorMention[] {
  return subjectChain(
    masked,
    mentions.filter((mention) => mention.end <= end && !isObjectOf(masked, mention)),
  );
}

/** A purpose adjunct up to its noun, after a trip: "for talks", "for a two-day summit", "for further talks". */
const PURPOSE_FOR = /\bfor\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}$/;

/**
 * "Born in Alesund in 1935, ...": a birth told by the participle that opens the sentence ("Founded
 * in 1962, Corvel makes tools" is background, not news).
 */
const FRONTED_BIRTH = /^\s*[Bb]orn$/;
/** Who travels, named by role or as the narrator: "The prime minister, who ..., flies to Brussels", "the squad flew to Chicago", a diary's "We left Tarvik". */
const TRAVELLING_PARTY =
  /\b(?:(?:he|she|they|we|I)\b|(?:\d[\d,]*|hundreds|thousands|dozens|scores|millions|tens of thousands)\s+(?:of\s+)?people|minister|president|premier|chancellor|king|queen|prince|princess|pope|envoy|delegation|team|squad|side|players|leaders?|secretary|officials?|ambassador|governor|mayor|senator|candidate|couple|family|pilgrims|crews?|astronauts|residents|evacuees|villagers|families|refugees|migrants|passengers|tourists|hostages|nationals|citizens|survivors|firefighters|rescuers|fans|supporters|climbers|hikers|walkers|trekkers|skiers|mountaineers|explorers|fishermen|sailors|rowers|patrols?|rangers|scouts|porters|cosmonauts|troops|soldiers|peacekeepers|monarch|emperor|empress|sheikh|emir|sultan|cardinal|bishop|archbishop|patriarch|general|commander|chief|head|director|executives?|negotiators?|diplomats?|lawmakers|legislators|inspectors|investigators|observers|monitors|expedition|motorcade|entourage|riders|cyclists|runners|athletes|journalist|reporter|patient|student|pupil|children|aid worker|volunteer|doctor|nurse|wounded|delegates|visitors|guests|travell?ers|holidaymakers|spectators|participants|civilians|asylum seekers|worshippers|mourners)(?:e?s)?\b[^,]*(?:,[^,]*,)?\s*(?:(?:will|would|is|are|was|were|has|have|had|also|then|later|again|finally|(?:is|are|was|were) (?:due|set|expected|scheduled) to)\s+)*$/i;

/**
 * Before a verb that opens a diary's or a log's note with no subject ("Reached Susa at noon.",
 * "Dec. 28 — Left the hut at five"): nothing, or only the entry's heading (a date or a time and a
 * dash or a colon). The writer is the one who travels, as "We reached Susa" says in full.
 */
const WRITER_UNSAID =
  /^\s*(?:[^.!?,;]{1,24}?\s[\u2014\u2013]\s*|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[:\u2014\u2013-]?\s*)?$/;

/**
 * The main clause's subject after a phrase that opens the sentence ("After resigning on Monday,
 * Olsen flew to Oslo", "In a televised address on Saturday, Varga urged calm"): the first name
 * that follows one of the phrase's commas and stands before a verb.
 */
function subjectAfterFronted(
  view: SentenceView,
  eligible: readonly ActorMention[],
  match: TriggerMatch,
): ActorMention[] {
  const first = eligible.find(
    (mention) =>
      mention.start > match.end &&
      /,\s*(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,3}$/.test(view.masked.slice(match.end, mention.start)) &&
      /^(?:['’]s)?\s+(?:\w+ly\s+)?[a-z]/.test(view.masked.slice(mention.end)) &&
      !isObjectOf(view.masked, mention),
  );
  if (!first) return [];
  // "In a call on Monday, Ana Ruiz and Pablo Soto discussed the border": a coordinated subject.
  const subject = [first];
  for (const mention of eligible) {
    const last = subject.at(-1);
    if (
      last &&
      mention.start > last.end &&
      /^\s*(?:,|and|,\s*and)\s*$/.test(view.masked.slice(last.end, mention.start))
    )
      subject.push(mention);
  }
  return subject;
}

/** A sentence that opens with joining someone at an event noun: "Joining Ana Ruiz at the summit". */
const FRONTED_JOINING =
  /^\s*(?:Joining|Accompanying)\s+[^,;]*?\b(?:at|for|on|during)\s+(?:(?:the|a|an|this|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}$/;
/** After the event noun of FRONTED_JOINING, the verb of an inverted sentence: "... in Lima on Monday were". */
const INVERTED_BE = /^[^,;]*?\s(?:were|was)\s+(?:(?:[A-Z][\w.'’-]*|the|of)\s+){0,4}$/;

/**
 * "Joining Ana Ruiz at the summit on Monday, Pablo Soto pledged $2m", "Joining Ana Ruiz at the
 * summit were Pablo Soto and Jorge Paz": those the participle joins and those who join them both
 * took part; the joiners are the main clause's subject, or those after an inverted "were".
 */
function joinedAndJoining(view: SentenceView, eligible: readonly ActorMention[], match: TriggerMatch): ActorMention[] {
  const joined = eligible.filter((mention) => mention.end <= match.start && !mention.inQuote);
  const first = eligible.find(
    (mention) => mention.start > match.end && INVERTED_BE.test(view.masked.slice(match.end, mention.start)),
  );
  const joining = first
    ? eligible.filter(
        (mention) =>
          mention.start >= first.start &&
          /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?:(?:[A-Z][\w.'’-]*|the|of)\s+)*$/.test(
            view.masked.slice(first.end, mention.start),
          ),
      )
    : subjectAfterFronted(view, eligible, match);
  return [...joined, ...joining];
}

/** A sentence that opens with a phrase around a meeting noun: "In a phone call on Tuesday,", "During talks in". */
const FRONTED_MEETING =
  /^\s*(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing) (?:(?:a|an|the|his|her|their|its) )?(?:[\w'’-]+ ){0,3}$/;

/** Verbs that address someone: "told", "urged", "assured". */
const ADDRESSING = String.raw`(?:told|tells?|urged|urges?|assured|reassured|assures?|thanked|thanks|warned|warns?|asked|asks?|invited|invites?|congratulated|pressed|briefed|briefs?|promised)`;
/**
 * What may stand between such a verb and the name: "the", "his", a title, and the people of a
 * body ("will brief members of the Dutch Payments Association").
 */
const ADDRESSEE_LEAD = String.raw`(?:(?:members|representatives|officials|staff|executives|leaders)\s+of\s+)?(?:(?:the|his|her|their|[A-Z][\w.'’-]*)\s+){0,4}`;
/** A verb that addresses someone, between a subject and them: "told", "urged", "assured the". */
const ADDRESSED = new RegExp(String.raw`^\s+(?:\w+ly\s+)?${ADDRESSING}\s+${ADDRESSEE_LEAD}$`);
/** The same, right before the one addressed: "Vinter told President Kemal Aydin". */
const ADDRESSED_RIGHT_BEFORE = new RegExp(String.raw`\b${ADDRESSING}\s+${ADDRESSEE_LEAD}$`);

const MAIN_CLAUSE_SAYING =
  /\b(?:said|says|told|tells|announced|announces|declared|declares|insisted|insists|added|adds|stated|states|confirmed|confirms)\b/;

/** A sentence that opens with the speech its subject gave: "In a televised address on Saturday, Varga ...". */
const FRONTED_SPEECH =
  /^\s*(?:[Ii]n|[Dd]uring) (?:a|an|his|her|their|its) (?:[\w'’-]+ ){0,3}(?:address|speech|broadcast)$/;

/**
 * A sentence that opens with a participle: "After resigning", "Shortly before signing", "On arriving
 * in", "Arriving in Oslo on Tuesday".
 */
const FRONTED_PARTICIPLE =
  /^\s*(?:(?:shortly|just|soon|only|hours|days|minutes|moments|weeks)\s+)?(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]pon|[Oo]n|[Ww]hile|[Ww]hen|[Ff]ollowing|[Hh]aving)\s+(?:(?:first|formally|officially|briefly|finally|also)\s+)?[a-z]+ing\b[^,]*$|^\s*[A-Z][a-z]+ing\b[^,]*$/;

/**
 * "... and met", "..., and then opened", "... and will meet again", "... and is expected to meet", "...
 * and re-elected in 2019": a verb (with its auxiliaries) that shares the subject of the verb before it.
 */
const COORDINATED_VERB =
  /\band\s+(?:(?:then|later|also|subsequently|again|since|already|just|now|will|would|shall|could|can|may|might|must|did|does|has|have|had|is|are|was|were|be|been|(?:set|scheduled|expected|due|slated|poised|likely|going|planning|hoping|preparing|about)(?:\s+to)?|(?:plans?|planned|hopes?|hoped|wants?|wanted|agreed|intends?|intended)\s+to)\s+)*(?:re-|co-)?$/;

/** A comma that goes on a list of the subject's verbs: "was arrested on Monday, [charged]". */
const LISTED_VERB_BEFORE = /,\s*(?:then\s+|later\s+)?$/;

/**
 * ", then" or ", later" right before a verb: the next step of the subject before it ("Mensah met
 * the Ghanaian president in Accra, then flew to Abuja"), whatever names the first verb's object
 * holds; a subject of its own would stand between the adverb and the verb.
 */
const SEQUENCED_VERB_BEFORE = /,\s*(?:then|later|afterwards|subsequently)\s+$/;

/** Words between a subject and its verb: "will", "is set to", "has also". */
const AUXILIARIES =
  /^\s+(?:(?:will|would|shall|should|could|can|may|might|must|did|does|do|has|have|had|is|are|was|were|be|been|also|then|later|again|still|jointly|separately|finally|reportedly|formally|briefly|(?:set|scheduled|expected|due|slated|poised|likely|going|planning|hoping|preparing|about)\s+to|(?:plans?|planned|hopes?|hoped|wants?|wanted|agreed|intends?|intended|is|are|was|were)\s+to)\s+)*$/;
const SUBORDINATOR = /\b(?:when|as|while|if|once|after|before|until|since|because|whereas|where|so that)\b/;
/** "and", then perhaps the next one's title: "Rubio and Russian Foreign Minister Sergey Lavrov". */
const CONJOINED =
  /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:[\p{L}.'’-]+\s+){0,6}$/u;

/**
 * The mentions that stand right before a verbal trigger, with only auxiliaries between, and those
 * joined to them by "and" or commas: "Nigeria and Niger agreed", "the committee will meet".
 */
function adjacentSubject(masked: string, mentions: readonly ActorMention[], match: TriggerMatch): ActorMention[] {
  const before = mentions.filter((mention) => mention.end <= match.start);
  let index = before.length - 1;
  const last = before[index];
  if (!last || !AUXILIARIES.test(masked.slice(last.end, match.start)) || isObjectOf(masked, last)) return [];
  const chain = [last];
  for (index -= 1; index >= 0; index -= 1) {
    const mention = before[index];
    if (!mention || !CONJOINED.test(masked.slice(mention.end, chain[0]!.start))) break;
    chain.unshift(mention);
  }
  return chain;
}

/** Where the main clause before `at` starts: after the last ", and", ", but" or ";" before it. */
function mainClauseStart(masked: string, at: number): number {
  let start = 0;
  for (const found of masked.slice(0, at).matchAll(/(?:,\s*(?:and|but)|;)\s+/g)) start = found.index + found[0].length;
  return start;
}

/**
 * A clause that is a participle phrase after a comma: ", before meeting Zelensky", ", shortly after
 * meeting X", ", a year after beating Omar Tully".
 */
function isParticipleClause(masked: string, clause: Span, match: TriggerMatch): boolean {
  const lead = masked.slice(clause.start, match.start);
  if (PARTICIPLE_LEAD.test(lead))
    return /ing\b/.test(match.text) && /,\s*$/.test(masked.slice(Math.max(0, clause.start - 4), clause.start));
  return (
    /ing\b/.test(match.text) &&
    lead.trim() === '' &&
    /,\s*(?:\w+ly\s+)?(?:before|after|while|since|when|upon|without)\s*$/.test(
      masked.slice(Math.max(0, clause.start - 24), clause.start),
    )
  );
}

/** What opens a participle phrase: "before", "shortly after", "two weeks after", "a year before". */
const PARTICIPLE_LEAD =
  /^\s*(?:\w+ly\s+|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?(?:before|after|while|when|upon|without)\s+$/;

/** Adverbs and auxiliaries that may stand before a verb sharing the subject before its comma. */
const VERB_LEAD_WORDS = String.raw`(?:later|then|also|subsequently|eventually|since|was|were|is|are|has|have|had|will|would|be|been)\s+`;
/** Adverbs and auxiliaries before a verb: "later", "was", "has since been" (", and was arrested"). */
const VERB_LEAD = new RegExp(String.raw`\s*(?:${VERB_LEAD_WORDS})*$`);
/** What may open a clause whose verb shares the subject before its comma: ", and was arrested", ", then flew". */
const COORDINATED_OPENING = new RegExp(String.raw`^\s*(?:and\s+)?(?:${VERB_LEAD_WORDS})*$`);

/** A verb right after ", and" with no subject of its own: "Ruiz was arrested in March, and pleaded guilty". */
function isCoordinatedVerb(masked: string, clause: Span, match: TriggerMatch): boolean {
  return (
    !match.trigger.nominal &&
    COORDINATED_OPENING.test(masked.slice(clause.start, match.start)) &&
    /,\s*(?:and\s*)?$/.test(masked.slice(Math.max(0, clause.start - 8), match.start).replace(VERB_LEAD, ''))
  );
}

/** Whether a mention is the object of a preposition or verb ("with Lavrov", "met Lavrov"). */
function isObjectOf(masked: string, mention: ActorMention): boolean {
  return /\b(?:with|to|by|from|for|against|between|about|on|at|of|in|met|meet|meets|hosted|called|told|urged)\s+(?:the\s+)?$/i.test(
    masked.slice(Math.max(0, mention.start - 20), mention.start),
  );
}

/**
 * The agent named right after a "by" that ends at `from`: the first mention there (after at most a
 * few capitalised words or "the"), and, for "by Australia's trade minister, Owen Hartigan", also
 * the person the title names.
 */
function agentsAfterBy(view: SentenceView, from: number, inClause: ActorMention[]): ActorMention[] {
  const lead = inClause.find((mention) => mention.start >= from);
  if (!lead || !isTitleLead(view.masked.slice(from, lead.start))) return [];
  // "by Galway businessman Declan Furey": a place or body before a lower-case title qualifies it.
  const titled = inClause.find(
    (mention) => mention.start > lead.end && isQualifiedTitle(view.masked.slice(lead.end, mention.start)),
  );
  const first = titled ?? lead;
  const named = inClause.find(
    (mention) =>
      mention.start > first.end &&
      /^['’]s\s+(?:[\w.-]+\s+){0,4}?(?:[\w.-]+),?\s+$/.test(view.masked.slice(first.end, mention.start)),
  );
  const agents = named ? [first, named] : [first];
  // "signed by Ivo Brandt and Sara Lind": every agent joined by "and".
  for (const mention of inClause) {
    const last = agents.at(-1);
    if (!last || mention.start < last.end || mention === last) continue;
    if (!BY_CONJOINED.test(view.masked.slice(last.end, mention.start))) break;
    agents.push(mention);
  }
  return agents;
}

/** Lower-case title words between a qualifier and a name: " businessman ", " chief executive " (not " and its chairman "). */
function isQualifiedTitle(between: string): boolean {
  if (!/^\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+$/.test(between)) return false;
  const words = between.trim().split(/\s+/);
  const head = words.at(-1) ?? '';
  return (
    (TITLE_HEADS.has(head) || AGENT_NOUN_HEAD.test(head)) &&
    words.slice(0, -1).every((word) => TITLE_MODIFIERS.has(word) && !/^(?:of|and|for|the)$/.test(word))
  );
}

/** Between two agents of one "by": "and", or a comma, perhaps with a title before the next. */
const BY_CONJOINED =
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:[\p{L}.'’-]+\s+){0,4}|[\p{L}.-]+['’]s\s+(?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+,\s+)$/u;

/**
 * What may stand between "by" and the agent's name: a determiner and a title, capitalised or not
 * ("by the Scottish engineer Angus McLeod", "by former president Joyce Banda", "by the then
 * education minister, Aoife Ní Chonaill"), but no other words ("by the time Ruiz arrived").
 */
/** A lower-case noun for who someone is, heading a description: "industrialist", "philanthropist". */
const AGENT_NOUN_HEAD = /^\p{Ll}+(?:ist|ian|er|or|man|woman)$/u;

function isTitleLead(text: string): boolean {
  const words = text
    .replace(/,\s*$/, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  return (
    words.length <= 6 &&
    words.every(
      (word, index) =>
        (index === words.length - 1 && AGENT_NOUN_HEAD.test(word)) ||
        /^(?:the|a|an|then|late)$/.test(word) ||
        /^\p{Lu}/u.test(word) ||
        TITLE_HEADS.has(word) ||
        (TITLE_MODIFIERS.has(word) && !/^(?:of|and|for)$/.test(word)),
    )
  );
}

/** A passive's auxiliary right before its participle: "was founded", "were formally charged". */
const PASSIVE_AUXILIARY_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/i;
/** A trigger whose own words open with the auxiliary: "was sentenced", "will be sentenced". */
const PASSIVE_AUXILIARY_OPENING = /^(?:(?:will|to|has|have|had)\s+)?(?:was|were|is|are|be|been|being)\s/i;

/**
 * Whether a verbal trigger is a passive: its auxiliary stands right before it ("was founded") or
 * opens its own words ("was sentenced to six years by Judge Ellen Marsh").
 */
function isPassiveTrigger(masked: string, match: TriggerMatch): boolean {
  if (match.trigger.nominal) return false;
  if (PASSIVE_AUXILIARY_OPENING.test(match.text)) return true;
  return PASSIVE_AUXILIARY_BEFORE.test(masked.slice(Math.max(0, match.start - 30), match.start));
}

/** The agent of a passive verb ("was founded ... by X"): the mentions right after its "by". */
function passiveAgents(view: SentenceView, match: TriggerMatch, inClause: ActorMention[]): ActorMention[] {
  if (!isPassiveTrigger(view.masked, match)) return [];
  const by = /\bby\s+/.exec(view.masked.slice(match.end));
  if (!by) return [];
  const from = match.end + by.index + by[0].length;
  return agentsAfterBy(view, from, inClause);
}

/**
 * What stands between a passive's agent and the meeting noun it was at: "at the close of a
 * three-hour ", "during its ", "at a ".
 */
const SETTING_AFTER_AGENT =
  /^\s*(?:at|during|in)\s+(?:the\s+(?:end|close|conclusion|start|opening|sidelines|margins)\s+of\s+)?(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$/;

/**
 * "The plan, approved by the Tarno City Council at the close of a three-hour meeting on Monday",
 * "The cut, agreed by the panel at its two-day meeting": whoever did the passive's deed at the
 * meeting held it. The agent is the mentions after the clause's last "by" before the noun.
 */
function agentAtSettingAfterBy(view: SentenceView, inClause: ActorMention[], match: TriggerMatch): ActorMention[] {
  const lead = view.masked.slice(0, match.start);
  const by = lead.lastIndexOf(' by ');
  if (by < 0) return [];
  const agents = agentsAfterBy(view, by + 4, inClause);
  const named = agents.at(-1);
  if (!named) return [];
  // The acronym the text defines right after the name is the name again.
  const alias = inClause.find((mention) => mention.start >= named.end && mention.actorId === named.actorId);
  const end = alias && view.masked.slice(named.end, alias.start).trim() === '' ? alias.end : named.end;
  return SETTING_AFTER_AGENT.test(view.masked.slice(end, match.start)) ? agents : [];
}

/** After an event noun, its complement and then "by": "a planned visit to Jakarta by Ivo Brandt". */
const NOUN_AGENT_BY = /^(?:\s+(?:(?:to|of|in)\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s+by\s+/;

/**
 * After an event noun, a participle of leading it and "by", in apposition: "The talks, chaired by
 * Norwegian envoy Tor Hansen,", "The ceasefire, brokered by Qatar,", "a delegation led by".
 */
const NOUN_LED_BY =
  /^\s*,?\s+(?:\w+ly\s+)?(?:led|chaired|hosted|brokered|mediated|convened|organi[sz]ed|sponsored|headed|co-chaired|co-hosted)\s+by\s+/;

/** The agent of an event noun, named after "by" ("the visit to Jakarta by Brandt", "talks chaired by Hansen"). */
function nounAgents(view: SentenceView, match: TriggerMatch, inClause: ActorMention[]): ActorMention[] {
  if (!match.trigger.nominal) return [];
  const rest = view.masked.slice(match.end);
  const by = NOUN_AGENT_BY.exec(rest) ?? NOUN_LED_BY.exec(rest);
  if (!by) return [];
  const from = match.end + by[0].length;
  return agentsAfterBy(view, from, inClause);
}

/** A person's age right after their name, before a comma: ", 31" in "Mark Tilden, 31, and". */
const AGE_AFTER_NAME = /^,\s*\d{1,3}(?=\s*,)/;

/** Where the object of a trigger ends: at the first preposition or punctuation after it. */
function objectLimit(view: SentenceView, match: TriggerMatch, clause: Span): number {
  let end = titledObjectEnd(view.masked, match, clause) ?? objectStop(view.masked, match, clause);
  // "met Pablo Soto of Chile and Juan Vidal": the first one's country does not end the object.
  const affiliated = affiliationEnd(view, end);
  if (affiliated !== undefined) end = stopAfter(view.masked, affiliated, clause);
  // An apposition names the object: "hosted Japan's trade minister, Haruto Sakai, at No. 10";
  // so does a list with ages: "arrested Mark Tilden, 31, and Joanne Price, 28, in Leeds".
  for (let aged = false, apposed = false; ;) {
    const after = view.masked.slice(end);
    const age = AGE_AFTER_NAME.exec(after);
    if (age && view.mentions.some((mention) => mention.end === end)) {
      end += age[0].length;
      aged = true;
      continue;
    }
    if (!after.startsWith(',')) return end;
    // "with his U.S. counterpart, Daniel Rourke, and Japan's Hiroki Sato": after an apposition,
    // ", and" adds the list's last name, which may follow its country's possessive.
    const link = (aged || apposed ? /^,\s*(?:and\s+)?/ : /^,\s*/).exec(after)?.[0] ?? ',';
    const named = ownedAfter(
      view,
      view.mentions.find((mention) => mention.start === end + link.length),
    );
    if (!named) return end;
    apposed = true;
    const namedEnd = affiliationEnd(view, named.end) ?? named.end;
    const rest = view.masked.slice(namedEnd);
    // "..., Daniel Rourke, and Rosa Paz said": after an apposition, ", and" and a verb opens a clause.
    if (
      apposed &&
      !aged &&
      /\band\s+$/.test(link) &&
      !/^\s*(?:,|$|\.|(?:in|at|on|for|during|to|by|over|about)\b)/.test(rest)
    )
      return end;
    // The last of a list ("..., 31, and Joanne Price in Leeds") may go on with anything.
    if (/\band\s+$/.test(link) || /^\s*(?:,|$|\.$)/.test(rest)) {
      end = namedEnd;
      continue;
    }
    // "met Pablo Soto, Juan Vidal and Rosa Paz on Monday": the list goes on to its last name.
    const and = /^\s+and\s+/.exec(rest);
    if (!and || !view.mentions.some((mention) => mention.start === namedEnd + and[0].length)) return end;
    end = stopAfter(view.masked, namedEnd + and[0].length, clause);
  }
}

/**
 * The name after `mention` when `mention` is its country's or body's possessive ("Japan's Hiroki
 * Sato": Sato), else `mention` itself.
 */
function ownedAfter(view: SentenceView, mention: ActorMention | undefined): ActorMention | undefined {
  if (!mention) return undefined;
  const owner = /^['’]s\s+/.exec(view.masked.slice(mention.end));
  if (!owner) return mention;
  return view.mentions.find((named) => named.start === mention.end + owner[0].length) ?? mention;
}

/**
 * Where " of Chile", " of the Green Party" ends after a person's name that ends at or right before
 * `at`: the country, party or employer the actor reader took for the person's own (`titleOf`).
 */
function affiliationEnd(view: SentenceView, at: number): number | undefined {
  const person = view.mentions.find(
    (mention) => mention.end <= at && /^\s*(?:of\s*)?$/.test(view.masked.slice(mention.end, at)),
  );
  if (!person) return undefined;
  const of = /^\s+of\s+(?:the\s+)?/.exec(view.masked.slice(person.end));
  if (!of) return undefined;
  const owner = view.mentions.find(
    (mention) => mention.start === person.end + of[0].length && mention.titleOf === person.actorId,
  );
  return owner?.end;
}

/** The first stop of an object (a preposition or a punctuation mark) at or after `from` in the clause. */
function stopAfter(masked: string, from: number, clause: Span): number {
  const stop = OBJECT_STOP.exec(masked.slice(from, clause.end));
  return from + (stop ? stop.index : Math.max(0, clause.end - from));
}

/**
 * "met the minister for humanitarian action, Fatimé Haroun,": an object that is a title with its
 * complement, named in the apposition after it. Where the title ends (its comma), so that the
 * apposition counts as the object; undefined for any other object.
 */
function titledObjectEnd(masked: string, match: TriggerMatch, clause: Span): number | undefined {
  const rest = masked.slice(match.end, clause.end);
  const title =
    /^\s+(?:the|a|an|his|her|their|its)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:for|of)\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,3}(?=,\s*\p{Lu})/u.exec(
      rest,
    );
  const words = title?.[1]?.split(/\s+/) ?? [];
  const head = words.at(-1);
  if (!title || !head || !TITLE_HEADS.has(head) || !words.slice(0, -1).every((word) => TITLE_MODIFIERS.has(word)))
    return undefined;
  return match.end + title[0].length;
}

/** Prepositions that introduce a trigger's object rather than end it, by kind. */
const LEADING_PREPOSITION: Partial<Record<EventKind, RegExp>> = {
  meeting: /^\s*(?:with|between|by)\b/,
  conflict: /^\s*(?:of|against|on|by)\b/,
  travel: /^\s*(?:by)\b/,
  policy: /^\s*(?:on|against|by)\b/,
};

/** What introduces a meeting noun's sides, in apposition too: "talks with", "the talks, between". */
const NOUN_SIDES_LEAD = /^\s*(?:,\s*(?=with\b|between\b))?(?:with|between|by)\b/;

/** Titles whose stop does not end a trigger's object ("met Ms. Lakshmi Priya"). */
const TITLE_STOP = [...TITLE_ABBREVIATIONS, 'jr', 'sr']
  .map((title) => title.charAt(0).toUpperCase() + title.slice(1))
  .join('|');

/** Where a trigger's object ends, compiled once: with "of" as a stop, and without it. */
const objectStopPattern = (allowOf: boolean): RegExp =>
  new RegExp(
    String.raw`\b(?:in|at|on|during|for|after|before|about|over|amid|as|to|from|since|following|when|while|ahead|until|by|${allowOf ? '' : 'of|'}because)\b|[,;:](?=\s|$)|(?<![A-Z])(?<!\b(?:${TITLE_STOP}))\.(?=\s|$)`,
  );
const OBJECT_STOP = objectStopPattern(false);
const OBJECT_STOP_ALLOWING_OF = objectStopPattern(true);

function objectStop(masked: string, match: TriggerMatch, clause: Span): number {
  const rest = masked.slice(match.end, clause.end);
  const allowOf = match.trigger.kind === 'conflict' || match.trigger.nominal === true;
  // "The talks, between Ana Ruiz and Pablo Soto, lasted": a meeting noun's sides in apposition.
  const leading =
    match.trigger.kind === 'meeting' && match.trigger.nominal
      ? NOUN_SIDES_LEAD
      : (LEADING_PREPOSITION[match.trigger.kind] ?? /^\s*(?:with|of|by)\b/);
  // "agreed to buy Frostway Storage": the infinitive's object is the event's too.
  let words = blanked(rest, match.trigger.kind === 'travel' || match.trigger.nominal ? undefined : INFINITIVE_AFTER);
  words = blanked(words, leading);
  // "a sentencing hearing for a former councillor, Rachel Ng,": whom the happening is for.
  words = blanked(words, match.trigger.nominal && match.trigger.kind === 'other' ? /^\s*for\b/ : undefined);
  words = blanked(words, match.trigger.kind === 'meeting' ? ADJUNCT_BEFORE_WITH : undefined);
  words = blanked(words, leading);
  words = blanked(words, match.trigger.kind === 'meeting' ? MEMBERS_OF : undefined);
  const stop = (allowOf ? OBJECT_STOP_ALLOWING_OF : OBJECT_STOP).exec(words);
  return match.end + (stop ? stop.index : rest.length);
}

/**
 * "agreed to buy", "voted on Monday to sack", "agreed in principle to acquire": a verb's infinitive
 * right after it (not "to the capital", "to Oslo", "to be"), whose object the event takes.
 */
const INFINITIVE_AFTER =
  /^(?:\s+(?:on\s+\p{Lu}[\p{L}]+|in\s+principle|\w+ly))?\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your|some|all|any|each|every|be|date|what|whom?|which)\b)[a-z]+\b/u;

function blank(text: string): string {
  return ' '.repeat(text.length);
}

/**
 * `text` with `pattern`'s first match blanked out; `text` itself without a pattern or a match.
 * `pattern` is never global. An exec, not `replace` with a function: most patterns do not match.
 */
function blanked(text: string, pattern: RegExp | undefined): string {
  const match = pattern?.exec(text);
  if (!match) return text;
  return `${text.slice(0, match.index)}${blank(match[0])}${text.slice(match.index + match[0].length)}`;
}

/**
 * "held a call on Wednesday with X", "met in Lagos on Monday with X", "spoke by phone late on
 * Tuesday with X": a meeting verb without an object of its own, then a time, place or manner, then
 * "with" and whom it was with. The adjunct (no clause punctuation, a few words) does not end the
 * object; the "with" after it opens it.
 */
const ADJUNCT_BEFORE_WITH =
  /^\s*(?:\w+ly\s+)?(?:on|in|at|by|via|over|late|early|earlier|later|last|next|this|yesterday|today|again)\b(?:\s+(?!with\b|and\b|but\b|who\b|which\b|that\b)[\w'’.-]+){0,6}(?=\s+with\b)/;

/**
 * "met executives of Codelco", "met with executives from Velto", "met residents and representatives
 * of the union": the people met stand for what follows "of" or "from".
 */
const MEMBERS_OF =
  /^(?:\s+(?:the|a|an|two|three|several|senior|top|local|foreign|its|their|[a-z]+-level))*\s+(?:[a-z]+,?\s+and\s+)?(?:executives|officials|representatives|members|leaders|delegates|delegations?|envoys|ministers|heads|chiefs|staff|negotiators|managers|directors)\s+(?:of|from)\b/;

// ---------------------------------------------------------------------------------------------
// Events by trigger

function namesOf(reading: ArticleReading, ids: readonly string[]): string[] {
  return ids.map((id) => reading.actorsById.get(id)?.name ?? id);
}

/** The words of a clause, trimmed of leading connectives, for titles. */
function clauseWords(view: SentenceView, clause: Span): string {
  return view.sentence.text
    .slice(clause.start, clause.end)
    .replace(/^[\s,;:]*(?:and|but|that|while|as|with)?\s*/i, '')
    .replace(/[\s,;:.]+$/, '');
}

/**
 * The names of an event's subject, for titles: not an actor that only describes another of them
 * ("Romania's central bank governor Ana Pop resigned" → "Ana Pop resigned"), nor one another
 * name owns; "A, B and C" (`joinNames`).
 */
function subjectNames(reading: ArticleReading, view: SentenceView, participants: Participants): string {
  const { subject } = participants;
  const describing = (id: string): boolean => {
    const mentions = view.mentions.filter((mention) => mention.actorId === id);
    return mentions.length > 0 && mentions.every((mention) => describesNext(reading, view, mention, subject));
  };
  const said = subject.filter((id) => !describing(id));
  return joinNames(namesOf(reading, said.length > 0 ? said : subject));
}

/** Lower-case words of a title between an owner's possessive and a name: "'s central bank governor ". */
const TITLE_BETWEEN = /^['’]s(?:\s+(?!and\b|or\b)[a-z][\w-]*)*\s+$/;

/**
 * Whether a mention only describes a person of the subject: told as their title's owner
 * (`titleOf`), or a possessive before the lower-case words of a title and the person's name
 * ("Romania's central bank governor Ana Pop").
 */
function describesNext(
  reading: ArticleReading,
  view: SentenceView,
  mention: ActorMention,
  subject: readonly string[],
): boolean {
  if (mention.titleOf !== undefined) return subject.includes(mention.titleOf);
  if (!mention.possessive) return false;
  const next = view.mentions.find((other) => other.start >= mention.end);
  return (
    next !== undefined &&
    subject.includes(next.actorId) &&
    isPerson(reading, next.actorId) &&
    TITLE_BETWEEN.test(view.sentence.text.slice(mention.end, next.start))
  );
}

/**
 * Who speaks, in the text's words, when no actor does ("A police spokeswoman: the road had
 * reopened", "The ministry: rents would fall"): the subject before the verb, from its article,
 * without a date or what a comma sets before it, nor the auxiliaries after it.
 */
function namelessSpeaker(view: SentenceView, clause: Span, verb: Span): string {
  let lead = view.sentence.text.slice(0, verb.start);
  for (const date of view.dates) {
    if (date.start >= clause.start && date.end <= verb.start)
      lead = `${lead.slice(0, date.start)}${blank(date.text)}${lead.slice(date.end)}`;
  }
  lead = lead.slice(Math.max(clause.start, lead.lastIndexOf(',') + 1));
  const subject = /\b(?:the|an?)\s.*$/is.exec(lead)?.[0] ?? lead;
  return (
    subject
      .replace(/(?:\s+(?:has|have|had|also|then|later|again|will|would|is|are|was|were))+\s*$/i, '')
      .replace(/\s+/g, ' ')
      .trim()
      // "The union on Friday said": the blanked date's preposition is no part of the speaker.
      .replace(/\s+(?:(?:late|early)\s+)?on$/i, '')
  );
}

/**
 * What stands between a subject's last name and its verb, for titles: a possessive (kept: "Ivo
 * Rask's own advisers"), then the asides of age and hometown ("Piet Harlan, 41, were arrested",
 * "Ines Moreau, 52, from Port Ellery, resigned") and the punctuation around them (left out).
 */
const SUBJECT_ASIDES =
  /^(['’]s)?(?:\s*,\s*(?:\d{1,3}|(?:of|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=\s*,))*[\s,;:]*/u;

/**
 * `words` with the `SUBJECT_ASIDES` they open with made one space (after the possessive, if any):
 * what `.replace(SUBJECT_ASIDES, ...)` gives (the pattern always matches, if only nothing, at the
 * start), without the slower call of a replacing function.
 */
function withoutSubjectAsides(words: string): string {
  const asides = SUBJECT_ASIDES.exec(words);
  return asides ? `${asides[1] ?? ''} ${words.slice(asides[0].length)}` : words;
}

/** A verb phrase and "and" before a verb: the verb is coordinated with the one before it. */
const COORDINATED_BEFORE = /\S\s+\S[^,;]*?,?\s+and\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?$/;

/**
 * The event in the text's own words, for titles: the subject's names, then the words from the
 * subject (or the clause start) to the end of the trigger's object ("Canada and European Union
 * have banned Russian planes"). Announcements keep what was announced.
 */
function excerptOf(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  clause: Span,
  participants: Participants,
): string {
  const { text } = view.sentence;
  const end = match.trigger.kind === 'announcement' ? text.length : Math.max(participants.objectEnd, match.end);
  // "After resigning on Monday, Olsen flew to Oslo": the subject after a fronted participle; "In a
  // televised address on Saturday, Varga urged calm": what the speaker did in it.
  if (participants.subjectStart !== undefined && participants.subjectStart >= match.end) {
    const names = subjectNames(reading, view, participants);
    return match.trigger.nominal
      ? `${names} ${clauseWords(view, { start: participants.subjectEnd ?? participants.subjectStart, end: clause.end })}`
      : `${names} ${clauseWords(view, { start: match.start, end })}`;
  }
  if (match.trigger.nominal && participants.subjectStart !== undefined) {
    return clauseWords(view, { start: participants.subjectStart, end });
  }
  const startsAtSubject =
    participants.subjectEnd !== undefined && !match.trigger.nominal && match.start - participants.subjectEnd <= 40;
  if (startsAtSubject) {
    const names = subjectNames(reading, view, participants);
    // "The library closed in 2019 and reopened in 2021": the second verb's words start at its verb.
    const conjunct = COORDINATED_BEFORE.test(text.slice(participants.subjectEnd, match.start));
    const rest = withoutSubjectAsides(text.slice(conjunct ? match.start - 1 : participants.subjectEnd, end)).replace(
      /\s+/g,
      ' ',
    );
    return `${names}${rest}`.replace(/[\s,;:.]+$/, '');
  }
  // "... closed the depot in 2019 and the drivers walked out": a second subject and its verb.
  const second = /\band\s+(?=(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$)/i.exec(
    view.masked.slice(clause.start, match.start),
  );
  const from = second && !match.trigger.nominal ? clause.start + second.index + second[0].length : clause.start;
  const words = clauseWords(view, { start: from, end });
  // "Graham Pellow, 58, who ran the utility until 2024, will appear in court": the clause after a
  // long subject starts at its verb; the title names who.
  if (participants.subject.length > 0 && /^[a-z]/.test(words) && !match.trigger.nominal) {
    return `${subjectNames(reading, view, participants)} ${words}`;
  }
  return words;
}

/** "The two sides met again": the people of the meeting told before. */
const BOTH_SIDES =
  /\b(?:the two (?:sides|men|women|leaders|ministers|delegations|teams|parties|officials)|both (?:sides|men|women|leaders))\b/i;

const SIDES = /\b(?:the two|both) (?:sides|parties|delegations|teams)\b/i;

/** Nouns of PAIR_SUBJECT for the sides of a dispute, which may be bodies or countries as well as people. */
const SIDE_NOUNS = /^(?:sides|parties)$/i;

/** "the two", "both men", "the pair", "the couple", "the two countries": a pair told before, as the subject right before a verb. */
const PAIR_SUBJECT =
  /\b(?:the two|both|the pair|the duo|the couple)(?:\s+(?:(men|women|leaders|ministers|officials|politicians|sides|parties|executives|players|candidates)|(countries|nations|governments|neighbou?rs|states)|(companies|firms|groups|banks|clubs|teams|unions|carriers|airlines|lenders|businesses|organi[sz]ations)))?(?=\s)/gi;

/**
 * "The clubs agreed a fee", "The banks will hold shareholder votes", "the leaders signed": a plural
 * noun for people, countries or bodies after a bare "the", read as "the two" is (the groups are
 * PAIR_SUBJECT's). Only the nouns that news prose uses for the sides just told.
 */
const PLURAL_SUBJECT =
  /\bthe\s+(?:(men|women|leaders|ministers|presidents|brothers|sisters|suspects|defendants|officials|envoys|diplomats)|(countries|nations|governments|neighbou?rs)|(companies|firms|banks|clubs|unions|carriers|airlines|lenders|businesses))(?=\s)/gi;

/** The last match of a global pattern in `text`, if any. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) last = found;
  return last;
}

/** After "both companies" and its auxiliaries, a verb that holds the event noun: "will hold shareholder votes". */
const HOLDS_NOUN =
  /^\s+(?:(?:will|would|also|then|later|jointly|separately|each|(?:are|were)\s+(?:due|set|expected)\s+to)\s+)*(?:hold|holds|held|have|has|had|sign|signs|signed)\s+(?:[\w-]+\s+){0,2}$/;

/**
 * The actors of the event told last, in this sentence or the two before: the dated one the date
 * reader follows, or a later undated one that names someone ("Harbour Airways has agreed to buy
 * Corran Air. The airlines announced the deal on Thursday": the purchase is undated).
 */
function recentSides(reading: ArticleReading, view: SentenceView): readonly string[] {
  const dated = reading.previousAt;
  const named = reading.told?.at(-1);
  const told =
    named && (!dated || named.index > dated.sentence) ? { sentence: named.index, actors: named.actors } : dated;
  return told && view.sentence.index - told.sentence <= 2 ? told.actors : [];
}

/**
 * The actors "the two" stands for when it is the subject of a verb ("by Christmas Eve the two had
 * agreed the outline", "since the two countries signed a treaty", "Both companies will hold
 * shareholder votes"): the people of the meeting told last, else the two people (or, for "the two
 * companies", the two bodies) of the event told just before; for "the two countries", the two
 * countries those people speak for.
 */
function pairSubject(reading: ArticleReading, view: SentenceView, lead: string): string[] {
  const pair = lastMatch(PAIR_SUBJECT, lead);
  const last = pair ?? lastMatch(PLURAL_SUBJECT, lead);
  if (!last) return [];
  const rest = lead.slice(last.index + last[0].length);
  if (!AUXILIARIES.test(rest) && !HOLDS_NOUN.test(rest)) return [];
  const recent = recentSides(reading, view);
  // A bare "the companies" tells no number: the event before must have had just the two.
  if (!pair && recent.length !== 2) return [];
  if (last[3] !== undefined) {
    const bodies = recent.filter((id) => reading.actorsById.get(id)?.kind === 'organization');
    return bodies.length === 2 ? bodies : [];
  }
  const met = reading.lastMeetingActors?.filter((id) => isPerson(reading, id)) ?? [];
  const people = met.length === 2 ? met : recent.filter((id) => isPerson(reading, id));
  // "Kenya and Uganda signed a pact. The countries will ...": the two countries themselves.
  const named = recent.filter((id) => reading.actorsById.get(id)?.kind === 'country');
  if (last[2] !== undefined && people.length !== 2 && named.length === 2) return named;
  // "The government and the rebels signed a truce. Both sides will meet": sides are bodies too.
  if (people.length !== 2 && SIDE_NOUNS.test(last[1] ?? '') && recent.length === 2) return [...recent];
  if (people.length !== 2) return [];
  if (last[2] === undefined) return people;
  const countries = sidesOf(reading, people);
  return countries.length === 2 ? countries : [];
}

/** "They" opening a sentence as its subject, with only auxiliaries before the verb. */
const THEY_SUBJECT =
  /^\s*they\s+(?:(?:will|would|had|have|were|are|also|then|later|both|again|(?:are|were)\s+(?:due|set|expected)\s+to)\s+)*$/i;

/** A time adverbial that may open a sentence before its subject: "On Tuesday", "Later,", "Two days later". */
const FRONTED_TIME =
  /^\s*(?:(?:(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Dd]uring|[Aa]fter|[Bb]efore|[Ll]ater|[Ee]arlier|[Tt]hen|[Aa]fterwards?|[Nn]ext|[Tt]he\s+(?:next|following|same))\b(?:\s+[\w.'’-]+){0,4}|(?:[\w-]+\s+){1,2}later),?\s+)?(?=[Tt]hey\b)/;
/** Lower-case words from a verb to an event noun it governs: "agreed to hold a second round of". */
const VERB_TO_NOUN = /^\s*they\s+(?:[a-z-]+\s+){1,7}$/i;
/** A verb and its "to" before the event's verb: "agreed to", "then decided to". */
const VERB_TO_VERB = /^\s*they\s+(?:[a-z]+\s+){1,2}to\s+$/i;

/**
 * Whether `lead` (from the sentence's start to a trigger) is "They" as the trigger's subject: with
 * only auxiliaries between ("They will meet"), after a time adverbial ("On Tuesday they visited"),
 * and through the verb that governs it ("They agreed to hold talks", "They agreed to meet").
 */
function isTheySubject(lead: string, match: TriggerMatch): boolean {
  const fronted = FRONTED_TIME.exec(lead);
  if (!fronted) return false;
  const rest = lead.slice(fronted[0].length);
  return THEY_SUBJECT.test(rest) || (match.trigger.nominal === true ? VERB_TO_NOUN : VERB_TO_VERB).test(rest);
}

/**
 * A verb of saying, perhaps with its day, then "(that) they" and auxiliaries up to the event's verb:
 * "said on Tuesday they would", "told reporters that they will also".
 */
const SAID_THEY =
  /\b(?:said|say|says|told\s+[\w'’-]+|announced|added|confirmed|insisted|warned|promised|vowed)(?:\s+(?:on|late|early|in|at)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2})?,?\s+(?:that\s+)?they\s+(?:(?:will|would|had|have|were|are|also|then|later|both|again|(?:plan|planned|intend|intended|hope|hoped)\s+to|(?:are|were)\s+(?:due|set|expected|going)\s+to)\s+)*$/i;

/**
 * A clause of time or condition whose subject is "they", and its auxiliaries up to the event's
 * verb: "when they meet", "after they have met", "before they next travel". Its "they" is the main
 * clause's subject: "EU foreign ministers will discuss the budget when they meet on Friday".
 */
const SUBORDINATE_THEY =
  /\b(?:when|after|before|once|until|as\s+soon\s+as)\s+they\s+(?:(?:will|would|have|had|are|were|also|next|first|again|finally|then)\s+)*$/i;

/** Nothing but a time phrase and its comma, perhaps, then "the": before a sentence's subject. */
const FRONTED_TIME_ONLY =
  /^\s*(?:(?:[Oo]n|[Ii]n|[Aa]t|[Ll]ater|[Ee]arlier|[Aa]fter|[Bb]efore|[Ll]ate|[Ee]arly)\b[^,]{0,30},\s*)?(?:the\s+)?$/i;
/** "They" opening a sentence, perhaps after a time phrase and its comma. */
const THEY_OPENING =
  /^\s*(?:(?:[Oo]n|[Ii]n|[Aa]t|[Ll]ater|[Ee]arlier|[Aa]fter|[Bb]efore)\b[^,]{0,30},\s*)?they\s+(?:also\s+|later\s+|then\s+)?$/i;

/**
 * "The union's leaders said on Tuesday they would meet the minister on Friday", "Its members
 * said they would strike": "they" in what a subject says is the subject, those who said it (a
 * body through its people, several people); "They said they would meet again" is who "They" is.
 * With `SUBORDINATE_THEY`, so is "they" in a clause of time after the main clause: "Union
 * leaders will present their demands when they meet the minister". Nobody when the saying has no
 * subject in the sentence, or when one person says it.
 */
function sayersOfThey(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  theyAfter: RegExp = SAID_THEY,
): string[] {
  if (match.trigger.nominal) return [];
  const lead = view.masked.slice(0, match.start);
  const said = theyAfter.exec(lead);
  if (!said) return [];
  const before = view.mentions.filter(
    (mention) => mention.end <= said.index && !mention.titleOf && !isObjectOf(view.masked, mention),
  );
  // The saying's subject opens the sentence, perhaps after a time ("On Tuesday, ...").
  const opening = before[0];
  if (opening && FRONTED_TIME_ONLY.test(view.masked.slice(0, opening.start))) {
    const sayers = unique(subjectChain(view.masked, before).map((mention) => mention.actorId));
    // "Ruiz said they would arrive on Friday": one person's "they" is others.
    return sayers.length === 1 && isPerson(reading, sayers[0] ?? '') ? [] : sayers;
  }
  if (before.length === 0 && THEY_OPENING.test(lead.slice(0, said.index)))
    return severalOfPrevious(reading, view, true);
  return [];
}

/** "Their" and at most two modifiers opening a clause up to an event noun: "Their wedding", "their joint appeal". */
const THEIR_NOUN = /^\s*their\s+(?:[a-z-]+\s+){0,2}$/i;

/**
 * "Police arrested Ana Ruiz and Ivo Brandt on Monday. They were charged on Tuesday.": a "They"
 * that opens the next sentence of the paragraph is the people of the event just told, when there
 * were several (one person is "he" or "she").
 */
function theyOfPrevious(reading: ArticleReading, view: SentenceView, clause: Span, match: TriggerMatch): string[] {
  // "Their wedding took place in Lisbon": "their" before an event noun is as good as "they" (a
  // meeting's is the last meeting's people: theyMeet).
  const theirs =
    match.trigger.nominal === true &&
    match.trigger.kind !== 'meeting' &&
    THEIR_NOUN.test(view.masked.slice(clause.start, match.start));
  if (!theirs && (clause.start !== 0 || !isTheySubject(view.masked.slice(0, match.start), match))) return [];
  return severalOfPrevious(reading, view, true);
}

/**
 * Who "they" or "them" may be in the sentence right after another: the people of the event it told
 * (or else the bodies that acted together: "The ministry and UNICEF launched ... They will visit"),
 * when there were several; with `anyParagraph`, the next paragraph's first sentence may go on from
 * it too (news paragraphs are a sentence or two), and a sentence that told no event gives the
 * people it names ("Ruiz and Brandt have run the bakery since 2010. They were arrested").
 */
function severalOfPrevious(reading: ArticleReading, view: SentenceView, anyParagraph: boolean): string[] {
  const index = view.sentence.index;
  const at = reading.previousAt;
  const several = (ids: readonly string[]): string[] => (ids.length >= 2 && ids.length <= 4 ? [...ids] : []);
  if (at && at.sentence === index - 1 && (anyParagraph || at.paragraph === view.sentence.paragraph)) {
    const people = at.actors.filter((id) => isPerson(reading, id));
    return several(people.length > 0 ? people : at.actors);
  }
  const previous = reading.sentences[index - 1];
  if (!anyParagraph || !previous || (at && at.sentence === index - 1)) return [];
  const named = reading.allMentions.filter(
    (mention) =>
      mention.start >= previous.start &&
      mention.end <= previous.end &&
      !mention.inQuote &&
      !mention.titleOf &&
      isPerson(reading, mention.actorId),
  );
  return several(unique(named.map((mention) => mention.actorId)));
}

/** "them", "the pair", "the couple", "the two", "both" right after a verb: several told before. */
const THEM_AFTER = /^\s+(?:them|the\s+(?:pair|couple|duo|two)|both)\b/;

/**
 * "Ana Ruiz and Pablo Soto were arrested. Police released them on Monday.": "them" (or "the pair")
 * right after a verb, in the next sentence of the paragraph, is the people of the event just told,
 * when there were several.
 */
function themOfPrevious(reading: ArticleReading, view: SentenceView, match: TriggerMatch): string[] {
  if (match.trigger.nominal || !THEM_AFTER.test(view.masked.slice(match.end))) return [];
  const at = reading.previousAt;
  if (!at || at.sentence !== view.sentence.index - 1 || at.paragraph !== view.sentence.paragraph) return [];
  const people = at.actors.filter((id) => isPerson(reading, id));
  return people.length >= 2 && people.length <= 4 ? people : [];
}

/** "They" as a meeting's subject, or "their" before its noun: "They spoke again", "their next meeting". */
function theyMeet(masked: string, clause: Span, match: TriggerMatch): boolean {
  const lead = masked.slice(clause.start, match.start);
  if (match.trigger.nominal) return /\btheir\s+(?:[a-z-]+\s+){0,2}$/i.test(lead);
  return isTheySubject(lead, match);
}

/** The countries that the people among `ids` hold their roles for, when the article names them. */
function sidesOf(reading: ArticleReading, ids: readonly string[]): string[] {
  const sides: string[] = [];
  for (const id of ids) {
    const actor = reading.actorsById.get(id);
    if (actor?.kind !== 'person') continue;
    const country = actor.roles.map(countryInPhrase).find((name) => name !== undefined);
    const countryId = reading.actorsById.get(slugify(country ?? ''))?.id;
    if (countryId && !ids.includes(countryId) && !sides.includes(countryId)) sides.push(countryId);
  }
  return sides;
}

/** After an announcing verb that closes its sentence, nothing it announces: "announced.", "announced on Tuesday." */
const NOTHING_ANNOUNCED =
  /^\s*(?:(?:on|late on|early on|in|at|this|last|yesterday|today)\b(?:(?!\bthat\b)[^,;.:]){0,40})?[\s.!"”’]*$/i;

/** An indefinite article and up to two modifiers before a noun: "called a 24-hour strike". */
const INDEFINITE_HEAD = /\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$/i;

/** Kinds whose nouns are news only when dated or given a fate; a bare "the visit" is still a visit. */
const NEWS_ONLY_WHEN_TOLD = new Set<EventKind>(['meeting', 'other', 'policy', 'conflict', 'statement', 'announcement']);

/** "at 4pm", "at 10:30 a.m.", "at noon": a time of day. */
const CLOCK_TIME = /\bat\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)|noon|midnight|\d{1,2}[:.]\d{2}\b)/i;

const HELD = /\b(?:held|took place|take place|takes place|convened|was convened)\b/i;

/**
 * "The mill closed in 2009", "The school closed early on Friday because of snow": a closure
 * without an object is a happening, not a policy act.
 */
/** A way into a country or its mission abroad, in the passive: "The border was closed", "the embassy has been shut". */
const STATE_CLOSED =
  /\b(?:borders?|airspace|crossings?|border posts?|embass(?:y|ies)|consulates?|frontier)(?:\s+(?:at|on|with|between|to|into|in)\s+[^,;]{1,40}?)?\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)(?:(?:\w+ly|also|then|later|again)\s+)?$/i;

function closesItself(view: SentenceView, match: TriggerMatch): boolean {
  const clause = clauseAround(view.masked, match);
  // "a border crossing that Niamey closed in 2023": the relative pronoun is the object.
  const objectBefore =
    /\b(?:that|which)\s*$/.test(view.masked.slice(Math.max(0, clause.start - 8), clause.start)) &&
    /\S/.test(view.masked.slice(clause.start, match.start));
  // "The border was closed in August 2023": someone closed it, and only a state closes a border.
  const stateClosed = STATE_CLOSED.test(view.masked.slice(clause.start, match.start));
  return (
    match.trigger.name === 'close' &&
    !objectBefore &&
    !stateClosed &&
    // "Schools will close on Monday under an order from the Department of Education": closed by a rule.
    !UNDER_AN_ORDER.test(view.masked.slice(match.end, clause.end)) &&
    /^\s*(?:(?:its|their) (?:doors|gates)(?: for good)?\s*)?(?:(?:early|late|temporarily|permanently|briefly|abruptly|suddenly|indefinitely|again|down)\s+)?(?:in|on|at|after|before|last|this|for|because|due|[,.;]|$)/.test(
      view.masked.slice(match.end),
    )
  );
}

/**
 * The events a trigger tells: one, or two when the clause moves it to a new date ("the hearing,
 * originally set for April 20, has been postponed to June": April 20 called off, June scheduled),
 * or one per object when each has its own date ("closed A in 2019 and B in 2021", conjuncts.ts).
 * `datedClause`: found by its clause's own date (dated-clauses.ts), a happening may name no actor.
 */
function eventFromTrigger(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  datedClause = false,
): EventDraft[] {
  const drafts = withMoves(view, reading.article.published, match, (seen, given) =>
    eventOfTrigger(reading, seen, match, given, datedClause),
  );
  const first = drafts[0];
  if (first && drafts.length === 1 && first.kind === 'meeting' && SEPARATELY.test(view.masked)) {
    const apart = separateMeetings(view, match, first);
    if (apart) return apart;
  }
  if (drafts.length !== 1 || first?.dateBasis !== 'text') return drafts;
  return [first, ...conjunctEvents(reading, view, match, first)];
}

/** "met separately with", "held separate calls with", "in separate meetings with". */
const SEPARATELY = /\bseparate(?:ly)?\b/i;

/**
 * "Ruiz held separate calls on Saturday with Soto and Paz", "met separately with Soto and Paz":
 * one meeting of the subject with each of the others, not one of all three. Undefined when the
 * clause's subject before the verb names no one or fewer than two others take part.
 */
function separateMeetings(view: SentenceView, match: TriggerMatch, draft: EventDraft): EventDraft[] | undefined {
  const clause = clauseAround(view.masked, match);
  if (!SEPARATELY.test(view.masked.slice(clause.start, clause.end))) return undefined;
  const subject = new Set(
    view.mentions
      .filter((mention) => mention.start >= clause.start && mention.end <= match.start)
      .map((mention) => mention.actorId),
  );
  const mine = draft.actors.filter((id) => subject.has(id));
  const others = draft.actors.filter((id) => !subject.has(id));
  if (mine.length === 0 || others.length < 2) return undefined;
  return others.map((other) => ({ ...draft, actors: [...mine, other] }));
}

/**
 * The further events of a verb with several dated objects ("closed Lincoln Elementary in 2019 and
 * Oak Hill Elementary in June 2021"): each object at its own date, with the first event's subject
 * and status, in the text's own words.
 */
function conjunctEvents(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  first: EventDraft,
): EventDraft[] {
  const [head, ...rest] = datedConjuncts(view.masked, view.dates, view.triggers, match);
  if (!head) return repeatsOf(reading, view, match, first);
  const within = (span: Span): string[] =>
    view.mentions.filter((mention) => mention.start >= span.start && mention.end <= span.end).map((m) => m.actorId);
  const headObject = within(head.object);
  const subject = first.actors.filter((id) => !headObject.includes(id));
  const headWords = view.sentence.text.slice(head.object.start, head.object.end);
  const lead = first.clause?.endsWith(headWords) ? first.clause.slice(0, -headWords.length) : `${match.text} `;
  return rest.map(({ object, date }) => {
    const actors = unique([...subject, ...within(object)]);
    const words = `${lead}${view.sentence.text.slice(object.start, object.end)}`;
    const place = findPlace(view.sentence.text.slice(object.start, object.end));
    // "opened a plant in Ohio in 2019 and another in Texas in 2027": each at its own date.
    const status = statusByDate(first.status, date.date, reading.article.published);
    const draft: EventDraft = { ...first };
    delete draft.place;
    delete draft.placePhrase;
    return {
      ...draft,
      title: titleFor({
        kind: first.kind,
        status,
        names: namesOf(reading, actors),
        ...(place ? { placePhrase: place.phrase } : {}),
        clause: words,
      }),
      date: date.date,
      status,
      actors,
      ...(place ? { place: place.name, placePhrase: place.phrase } : {}),
      dateBasis: date.anchor === 'previous-event' ? 'anaphora' : 'text',
      clause: words,
    };
  });
}

/** "flooded in February 2020 and again in January this year": the same happening at each date. */
function repeatsOf(reading: ArticleReading, view: SentenceView, match: TriggerMatch, first: EventDraft): EventDraft[] {
  const firstDate = view.dates.find(
    (mention) =>
      mention.start >= match.end && mention.date.start === first.date.start && mention.date.end === first.date.end,
  );
  if (!firstDate) return [];
  return repeatedDates(view.masked, view.dates, match, firstDate).map((date) => ({
    ...first,
    date: date.date,
    status: statusByDate(first.status, date.date, reading.article.published),
    dateBasis: date.anchor === 'previous-event' ? 'anaphora' : 'text',
  }));
}

/**
 * Reads an event at `at`, and, when its clause moves it to a new date, the event at that date too:
 * the planned one (dated without the new date) stays when it was called off and the text dates it.
 */
function withMoves(
  view: SentenceView,
  published: string,
  at: Span,
  read: (view: SentenceView, given?: Given) => EventDraft | undefined,
): EventDraft[] {
  const own = clauseAround(view.masked, at);
  const clause = moveReach(view.masked, own, (span) => clauseAround(view.masked, span));
  const moved = movedToDate(view.masked, view.dates, at, clause);
  if (!moved) return listOf(read(view));
  const unmoved = viewWith(
    view,
    view.triggers,
    view.dates.filter((mention) => mention !== moved),
  );
  const movedTo = (status: EventStatus) => read(view, { mention: moved, status });
  // "had been due to start next Monday but has been adjourned until February": the plan the next
  // clause moves is called off, as "originally set for March 14, has been postponed to April 25" is.
  const plan =
    clause.end > own.end
      ? unmoved.dates.find(
          (mention) =>
            mention.start >= at.end &&
            mention.end <= own.end &&
            mention.date.start >= published.slice(0, mention.date.start.length),
        )
      : undefined;
  if (plan) return [...listOf(read(unmoved, { mention: plan, status: 'cancelled' })), ...listOf(movedTo('scheduled'))];
  // "was rescheduled from Monday to Thursday": the day it was moved from is called off.
  const from = movedFromDate(view.masked, unmoved.dates, at, moved, clause);
  if (from) return [...listOf(read(unmoved, { mention: from, status: 'cancelled' })), ...listOf(movedTo('scheduled'))];
  const planned = read(unmoved);
  if (planned?.status === 'cancelled' && planned.dateBasis === 'text')
    return [planned, ...listOf(movedTo('scheduled'))];
  // "The summit, set for June 10, will now be held on July 8": the plan the move replaces is called off.
  const replaced = plannedInApposition(view.masked, unmoved.dates, at, moved);
  if (replaced)
    return [...listOf(read(unmoved, { mention: replaced, status: 'cancelled' })), ...listOf(movedTo('scheduled'))];
  return listOf(movedTo(planned?.status === 'cancelled' || !planned ? 'scheduled' : planned.status));
}

/**
 * The date a move gives an event: the new date, not before the dateline; the plan it calls off, when
 * told by its month and day, in the year nearest the dateline (`planYear`), which may be gone by
 * ("The hearing set for May 28 has been rescheduled to June 16", told on June 4: May 28 of this
 * year, not of the next). A weekday called off ("rescheduled from Monday to Thursday") is the one
 * ahead, as the new date is.
 */
function givenDate(given: Given, published: string): EventDate {
  const planned = planYear(given.mention, published);
  return given.status === 'cancelled' && planned !== given.mention.date
    ? planned
    : forwardForPlan(given.mention, published);
}

/** ", set for June 10,", ", planned for Thursday,", ", due on June 16,": a plan's date told as an apposition. */
const PLAN_APPOSITION_BEFORE =
  /,\s*(?:(?:which\s+|that\s+)?(?:was|had\s+been)\s+)?(?:originally\s+|initially\s+|previously\s+)?(?:set|planned|scheduled|due|slated)(?:\s+to\s+\w+)?\s+(?:for|on)\s+$/i;

/**
 * The date of the plan a move replaces, told in an apposition between the event and its new date
 * ("The summit, set for June 10, will now be held on July 8") or right after its noun ("The hearing
 * set for May 28 has been rescheduled to June 16").
 */
function plannedInApposition(
  masked: string,
  dates: readonly DateMention[],
  at: Span,
  moved: DateMention,
): DateMention | undefined {
  return dates.find(
    (mention) =>
      mention.start >= at.end &&
      mention.end <= moved.start &&
      ((PLAN_APPOSITION_BEFORE.test(masked.slice(Math.max(at.end, mention.start - 50), mention.start)) &&
        /^\s*,/.test(masked.slice(mention.end))) ||
        (PLAN_RIGHT_AFTER.test(masked.slice(at.end, mention.start)) &&
          MOVE_RIGHT_AFTER.test(masked.slice(mention.end)))),
  );
}

/** A plan's participle right after the event's noun, with no comma: "The hearing set for", "a vote scheduled for". */
const PLAN_RIGHT_AFTER =
  /^\s+(?:(?:originally|initially|previously)\s+)?(?:set|planned|scheduled|slated|due)\s+(?:for|on)\s+$/i;

/** The noun's predicate moving it, right after the plan's day: "has been rescheduled", "was moved". */
const MOVE_RIGHT_AFTER =
  /^\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?(?:rescheduled|moved|rearranged|postponed|pushed\s+back|put\s+off|delayed|deferred|brought\s+forward)\b/i;

/** The actors of these ids (a loop, not flatMap: this runs for every trigger). */
function actorsOf(reading: ArticleReading, ids: readonly string[]): ActorDraft[] {
  const found: ActorDraft[] = [];
  for (const id of ids) {
    const actor = reading.actorsById.get(id);
    if (actor) found.push(actor);
  }
  return found;
}

function listOf<T>(item: T | undefined): T[] {
  return item === undefined ? [] : [item];
}

/** A date and status that the clause itself gives the event (its new date, after a move). */
interface Given {
  mention: DateMention;
  status: EventStatus;
}

function eventOfTrigger(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  given?: Given,
  datedClause = false,
): EventDraft | undefined {
  const clause = clauseAround(view.masked, match);
  const around = view.masked.slice(clause.start, clause.end);
  if (
    !given &&
    (isReducedRelative(view.masked, clause, match, view.dates) ||
      isPerfectSince(view.masked, clause, match, view.dates) ||
      isRecurring(view.masked, view.dates) ||
      isHabitual(view.masked, clause) ||
      isNotAsserted(view.masked, clause, match, view.dates, view.triggers) ||
      isPartOfAnotherAct(view.masked, clause, match, view.triggers, view.dates) ||
      isOwnPlanOfAnnouncement(view.masked, match, view.triggers, view.dates))
  )
    return undefined;
  // "Germany approved a package on Dec. 22, the ministry announced.": the source of another event.
  if (
    match.trigger.kind === 'announcement' &&
    !match.trigger.nominal &&
    /,\s*$/.test(view.masked.slice(0, clause.start)) &&
    NOTHING_ANNOUNCED.test(view.masked.slice(match.end))
  )
    return undefined;
  const said = datedClause ? datedClauseStatus(view.masked, clause, match) : statusIn(view, clause, match);
  if (!isShown(said)) return undefined;
  let status = said;
  const participants = participantsOf(reading, view, match, clause);
  const { actors } = participants;
  if (match.trigger.kind === 'meeting' && actors.length === 0 && BOTH_SIDES.test(around) && reading.lastMeetingActors) {
    actors.push(...reading.lastMeetingActors);
    // "The two sides" are the countries the people of that meeting speak for, as well as the people.
    if (SIDES.test(around)) actors.push(...sidesOf(reading, reading.lastMeetingActors));
  }
  if (actors.length === 0) {
    // "talks between the two": the noun's complement is the pair.
    const between = /\bbetween$/.test(match.text) && /^\s+the two\b/.test(view.masked.slice(match.end));
    const lead = between ? 'the two ' : view.masked.slice(clause.start, match.start);
    actors.push(...pairSubject(reading, view, lead));
  }
  // "They met junta leader Issa Moussa": the pair told before met, as well as the one named.
  if (participants.subject.length === 0) {
    for (const id of theyOfPrevious(reading, view, clause, match).reverse()) {
      if (!actors.includes(id)) actors.unshift(id);
    }
  }
  // "The union's leaders said on Tuesday they would meet the minister": who said it.
  if (participants.subject.length === 0 && actors.length === 0) actors.push(...sayersOfThey(reading, view, match));
  // "Police released them on Monday": the people of the event just told.
  for (const id of themOfPrevious(reading, view, match)) if (!actors.includes(id)) actors.push(id);
  // "They spoke by phone again on Wednesday", "Ruiz said their next meeting would be in Lima": a
  // meeting of "they" is the last meeting's people.
  if (match.trigger.kind === 'meeting' && theyMeet(view.masked, clause, match)) {
    for (const id of lastMeetingPeople(reading, view)) if (!actors.includes(id)) actors.push(id);
  }
  // "EU ministers will discuss the budget when they meet on Friday": the main clause's subject,
  // when no meeting told before gave its people.
  if (participants.subject.length === 0 && actors.length === 0)
    actors.push(...sayersOfThey(reading, view, match, SUBORDINATE_THEY));
  const shortForm =
    participants.subject.length === 0
      ? shortFormSubject(view.masked, clause, match, reading.actorsById.values())
      : undefined;
  if (shortForm && !actors.includes(shortForm)) actors.unshift(shortForm);
  const referent = postponedReferent(reading, view, clause, match);
  if (referent && actors.length === 0) actors.push(...referent.actors);
  const kind: EventKind =
    referent?.kind ??
    (isLegislativeHearing(view.masked.slice(clause.start, match.start), match) ? 'meeting' : undefined) ??
    (isPeopleMoving(reading, view, clause, match, participants.subject) || isTripCalledOff(view, clause, match)
      ? 'travel'
      : undefined) ??
    (closesItself(view, match) ||
    isCargoOrVehicleMove(reading, view, clause, match, participants.subject) ||
    isMemberExpelled(reading, view, clause, match, participants) ||
    leavesOrganization(reading, view, match, participants.subject) ||
    isCourtSitting(view.masked, match)
      ? 'other'
      : kindByAgent(
          match.trigger.kind,
          match.trigger.name,
          match.text,
          agentOfClause(
            match.trigger.name,
            view.masked.slice(clause.start, match.start),
            match.text,
            view.masked.slice(match.end, clause.end),
            actorsOf(reading, participants.subject),
          ),
          view.masked.slice(match.end, clause.end),
          view.masked.slice(clause.start, match.start),
        ));
  // "The tour began on Tuesday in Yuma": a trip named by a definite noun is the trip told before.
  if (kind === 'travel' && actors.length === 0 && match.trigger.nominal)
    actors.push(...actorsOfEventReferredTo(reading, view, match, clause, kind));
  // A planned news conference called off is news without a named host.
  // So is a planned stop or visit called off ("A stop in Ljubljana planned for Friday was dropped").
  const plannedBriefing =
    (match.trigger.name === 'briefing' || match.trigger.name === 'planned') && said !== 'occurred';
  // A trip is news without a name when the text dates it: a visit planned or called off ("a visit
  // to Nogales on Friday has been scrapped"), or a party named by its role ("the squad flew to Chicago").
  const namelessTrip =
    kind === 'travel' &&
    (match.trigger.nominal
      ? said !== 'occurred'
      : // "A navy helicopter flew the three climbers to Ushuaia": the passengers are its object.
        match.trigger.name === 'carried' ||
        TRAVELLING_PARTY.test(view.masked.slice(0, match.start)) ||
        WRITER_UNSAID.test(view.masked.slice(0, match.start)) ||
        isTripCalledOff(view, clause, match));
  // "The ministry announced on Tuesday", "The results were announced on Monday": news without a
  // name when the text dates it (below).
  // So is a reaction put on record by a body or an office ("The ministry rejected the allegations on
  // Tuesday", "The minister welcomed the ruling on Tuesday"): a statement with no name, when dated.
  const namelessAnnouncement =
    (kind === 'announcement' && announcedWithoutName(view.masked, clause, match)) ||
    (kind === 'statement' &&
      match.trigger.name === 'react' &&
      isAnnouncedByRole(subjectLead(view.masked, clause, match.start)));
  if (
    (kind === 'announcement' || kind === 'travel' || kind === 'statement') &&
    actors.length === 0 &&
    !plannedBriefing &&
    !namelessTrip &&
    !namelessAnnouncement
  )
    return undefined;
  if (!receivesSomeone(reading, view, match, participants)) return undefined;
  const own =
    given?.mention ??
    plannedDate(view.masked, view.dates, match, clause, reading.article.published) ??
    dateInNounPhrase(view.masked, view.dates, match) ??
    // "The ceremony, which is planned for April 9"; and "postponed its listing, which had been
    // scheduled for July 8": what a call-off calls off is the plan, on the day it was planned for.
    (match.trigger.nominal || said === 'cancelled'
      ? relativePlanDate(view.masked, view.dates, match, view.triggers, reading.article.published)
      : undefined);
  const dated: Dated = own
    ? { date: own.date, basis: own.anchor === 'previous-event' ? 'anaphora' : 'text' }
    : dateFor(reading, view, clause, match, kind === 'announcement', match.trigger.nominal === true);
  // "Exports fell 4% in March": a trend over the clause's month or year, not a happening.
  const clauseDates = view.dates.filter((mention) => mention.start >= clause.start && mention.end <= clause.end);
  const clauseDate = clauseDates.find((mention) => mention.start >= match.end) ?? clauseDates[0];
  if (!given && clauseDate && isTrendOverPeriod(view.masked, clause, match, clauseDate)) return undefined;
  // "The plant, which closed in 2009, is now a museum": a happening's month or year in a relative
  // clause before a main clause of a state is background, as the dated-clause reader has it.
  if (
    !given &&
    !datedClause &&
    kind === 'other' &&
    own === undefined &&
    dated.basis === 'text' &&
    dated.date.precision !== 'day' &&
    isBackgroundDeed(view.masked, clause, match)
  )
    return undefined;
  if (
    kind === 'travel' &&
    actors.length === 0 &&
    !plannedBriefing &&
    dated.basis !== 'text' &&
    !(namelessTrip && dated.basis === 'anaphora')
  )
    return undefined;
  if (namelessAnnouncement && actors.length === 0 && dated.basis !== 'text' && dated.basis !== 'anaphora')
    return undefined;
  const calledOff = status === 'cancelled' ? calledOffOn(view.masked, view.dates, clause) : undefined;
  const date = withLength(
    view.masked,
    clause,
    match,
    given
      ? givenDate(given, reading.article.published)
      : own && calledOff && own !== calledOff
        ? forwardForPlan(own, calledOff.date.start)
        : dated.date,
  );
  let basis = dated.basis;
  if (given) status = given.status;
  // A happening nobody is named for ("The mill closed in 2009", "a lightning strike on July 9") is
  // news when the text dates it and names the happening itself; "began" or "founded" alone is not.
  // A clause read for its own date (dated-clauses.ts) names its happening.
  const namesHappening =
    datedClause || match.trigger.nominal === true || match.trigger.happening === true || kind !== match.trigger.kind;
  // A live blog's time-stamped entry tells what happened on its day ("20:00 — Polls have closed").
  const stamped = basis === 'estimate' && view.paragraphStartsWithTime && match.trigger.happening === true;
  if (
    kind === 'other' &&
    actors.length === 0 &&
    !isToldHappening(view, clause, match, dated, { namesHappening, stamped, datedClause })
  )
    return undefined;
  // A relative clause without a date of its own ("Bao, who has pleaded guilty, will be sentenced")
  // tells background, not news.
  // "A man who threatened staff has been arrested": the verb after a restrictive relative clause is the main clause's.
  const relative =
    /\b(?:who|which)\s*$/.test(view.masked.slice(Math.max(0, clause.start - 8), clause.start)) &&
    !restrictiveAntecedent(view.masked, clause, match.start);
  if (relative && !given && basis !== 'text' && basis !== 'anaphora') return undefined;
  if (actors.length === 0) actors.push(...implicitAgents(reading, view, match, clause, kind));
  if (actors.length === 0) actors.push(...sittingBodyOf(reading, view, match, clause));
  if (actors.length === 0) actors.push(...actorsOfEventReferredTo(reading, view, match, clause, kind));
  if (actors.length === 0) actors.push(...announcerOfThingTold(reading, view, match, clause, kind));
  // "..., the bank said, and the next rate decision will be announced on February 4": who says so announces.
  if (actors.length === 0 && namelessAnnouncement) actors.push(...sayerOf(reading, view));
  if (actors.length === 0 && (kind === 'other' || kind === 'policy' || kind === 'conflict'))
    actors.push(...partiesOfClause(reading, view, clause));
  if (actors.length === 0 && kind !== 'travel' && kind !== 'conflict')
    actors.push(...chamberSitting(reading, view, clause));
  // Only a happening read from a dated clause may name nobody ("The mill closed in 2009").
  // So may people on the move counted or named by role ("Thousands of families fled the city").
  // So may an announcement by a body named by its common noun ("Researchers published the findings on Wednesday").
  // So may force used by an armed body named by its common noun ("Militants torched three villages on Sunday").
  if (
    datedClause &&
    kind !== 'other' &&
    kind !== 'policy' &&
    !(kind === 'conflict' && ARMED_BODY_BEFORE.test(view.masked.slice(clause.start, match.start))) &&
    !namelessTrip &&
    !namelessAnnouncement &&
    actors.length === 0
  )
    return undefined;
  if (basis === 'text') status = statusByDate(status, date, reading.article.published);
  // An estimate places an undated event in the article's own news cycle; an event still ahead
  // ("will meet union leaders on the eve of the vote") is not on the dateline: it has no date.
  // A time of day alone ("will meet again at 4pm") is later today.
  if (basis === 'estimate' && status === 'scheduled' && !CLOCK_TIME.test(around)) basis = 'none';
  // A meeting named by a noun ("the board's special meeting") is news only when the text dates it
  // or says what became of it; otherwise it is a reference ("after the meeting"): a definite one
  // is a further source of the meeting it points at, if merging finds it, and nothing otherwise.
  // "March 30: The duty is raised to 27.4 per cent": an agentless policy act with a definite
  // subject may retell the act an earlier sentence gave its agent; it joins that one if there is one.
  const retold =
    datedClause &&
    kind === 'policy' &&
    participants.actors.length === 0 &&
    DEFINITE_HEAD_BEFORE.test(view.masked.slice(clause.start, match.start));
  const reference = isDefiniteNoun(view.masked, match) || retold;
  // "The union called a strike the same day": an indefinite noun dated by its own clause's anaphor
  // ("the same day", "two days later") is news, as one dated by a day the text gives is; a definite
  // one ("The reopening comes a week before the fair") points at a happening told before.
  const ownAnaphor =
    datedClause && basis === 'anaphora' && INDEFINITE_HEAD.test(view.masked.slice(clause.start, match.start));
  const newsworthy = basis === 'text' || ownAnaphor || status !== 'occurred' || HELD.test(around);
  if (match.trigger.nominal && NEWS_ONLY_WHEN_TOLD.has(kind) && !newsworthy) {
    if (kind !== 'meeting') return undefined;
    if (!reference) return undefined;
    basis = 'none';
  }
  const place = findPlace(view.sentence.text.slice(match.end, clause.end));
  // "Brandt was in Paris on Monday" is a trip only for a person, somewhere, on a day the text gives.
  if (match.trigger.name === 'presence' && (basis !== 'text' || !place || !actors.some((id) => isPerson(reading, id))))
    return undefined;
  // "Castell arrived late on Monday" (no place named) is a trip only for a person; only a person is
  // born ("The idea was born in a café in 2019" is no birth).
  // A party named by its role ("Crews from Idaho arrived that evening") is people too.
  if (match.trigger.name === 'arrival' && !namelessTrip && !actors.some((id) => isPerson(reading, id)))
    return undefined;
  if (match.trigger.name === 'birth' && !actors.some((id) => isPerson(reading, id))) return undefined;
  // "Ferreira and Vik spoke on Tuesday" is a conversation of two sides; one who spoke gave a talk.
  if (match.trigger.name === 'conversation' && actors.length < 2) return undefined;
  const words = excerptOf(reading, view, match, clause, participants);
  const draft = draftOf(reading, view, {
    kind,
    title: titleFor({
      kind,
      status,
      names: namesOf(reading, actors),
      ...(place ? { placePhrase: place.phrase } : {}),
      clause: words,
    }),
    date,
    status,
    actors,
    dateBasis: basis,
    trigger: match.trigger.name,
    triggerAt: match.start,
    clause: words,
  });
  if (place) {
    draft.place = place.name;
    draft.placePhrase = place.phrase;
  }
  if (reference) draft.reference = true;
  return draft;
}

/**
 * The body that a sentence's attribution names speaking ("the bank said", "the ministry announced"),
 * when there is one: no person, whose announcing would be their own words.
 */
function sayerOf(reading: ArticleReading, view: SentenceView): string[] {
  const sayer = view.mentions.find(
    (mention) =>
      mention.form !== 'pronoun' &&
      reading.actorsById.get(mention.actorId)?.kind === 'organization' &&
      /^\s+(?:said|says|announced|confirmed)\b/.test(view.masked.slice(mention.end, mention.end + 16)),
  );
  return sayer ? [sayer.actorId] : [];
}

/**
 * An actorless happening is news when the text dates it and the clause names the happening
 * itself (`namesHappening`), or when its subject is a role or a thing ("the prime minister
 * resigned", "The trial opened", "Polls closed at 10pm") and the text dates it, directly, by
 * anaphora ("Hours later, the building collapsed") or as the news of the day (a present perfect, a
 * lede, a live blog's time-stamped entry: "14:30 — The prime minister has resigned").
 */
function isToldHappening(
  view: SentenceView,
  clause: Span,
  match: TriggerMatch,
  dated: Dated,
  told: { namesHappening: boolean; stamped: boolean; datedClause: boolean },
): boolean {
  const { basis } = dated;
  if (basis === 'none') return false;
  if (told.namesHappening && (basis === 'text' || told.stamped)) return true;
  // "Hours later, two fishing boats sank": a clause dated by its own anaphor.
  if (told.datedClause && basis === 'anaphora') return true;
  if (told.datedClause || match.trigger.nominal) return false;
  const antecedent = restrictiveAntecedent(view.masked, clause, match.start);
  const subject = antecedent ?? nounSubjectBefore(view.masked, clause, match.start);
  if (!subject || !isHappeningOf(view.masked, subject, match.text)) return false;
  // "after the representatives walked out", "when a tree fell": a cause or a setting of the main
  // clause's event, news of its own only when the text dates it.
  if (basis === 'text') return true;
  if (opensSubordinate(view.masked, clause, subject)) return false;
  // "Hours later, the prime minister resigned": dated by anaphora; a sentence that only goes on
  // from the one before (an approximate date) is not enough.
  // "After the vote, the mayor resigned": an occasion the sentence opens on is as good.
  if (basis === 'anaphora') return dated.date.approximate !== true || isFrontedOccasion(view.masked, match.start);
  // The news of the day: a present perfect ("The chief constable has resigned") or a live blog's
  // time-stamped entry.
  const perfect = antecedent
    ? PERFECT_AUXILIARY_BEFORE.test(view.masked.slice(clause.start, match.start))
    : PERFECT_BEFORE.test(view.masked.slice(subject.end, match.end));
  // "Officials said on Monday that a second child had died": a deed reported by a dated saying is
  // news of that day (`framingSpeechDate`), told in the pluperfect of reported speech.
  return view.paragraphStartsWithTime || perfect || framingSpeechDate(view.masked, view.dates, clause) !== undefined;
}

/** "has resigned", "have been cancelled": a present perfect between a subject and its verb. */
const PERFECT_BEFORE = /^\s+(?:has|have)\b/i;

/** The fields of a draft that its sentence does not give (`baseOf` gives those). */
type DraftFields = Omit<EventDraft, 'file' | 'published' | 'source' | 'sentenceIndex'>;

/**
 * A draft told in `view`'s sentence. Its fields are assigned to `baseOf`'s object rather than
 * spread after it in a literal (`{ ...baseOf(), kind, ... }`): V8 adds each property that follows
 * an object spread on a slow path (about 0.7 µs each in Node 20), which cost more than the rest
 * of building a draft.
 */
function draftOf(reading: ArticleReading, view: SentenceView, fields: DraftFields): EventDraft {
  return Object.assign(baseOf(reading, view), fields);
}

/**
 * A party, a club or a union that expels or suspends one of its people acts on its members, not
 * as a government: "the party had expelled Ogunsanya on January 28" is a happening (kind `other`);
 * "The government expelled two diplomats" stays a policy act. So is a person named by their post
 * ("The university suspended the professor", "The school expelled two pupils"), and a club that
 * signs a player ("Porto Verde signed Brazilian forward Thiago Lemos"): a signing of a person is a
 * transfer or a hiring, whoever signs.
 */
function isMemberExpelled(
  reading: ArticleReading,
  view: SentenceView,
  clause: Span,
  match: TriggerMatch,
  participants: Participants,
): boolean {
  if (match.trigger.kind !== 'policy') return false;
  const signing = /^(?:signed|signs|signing)$/i.test(match.text);
  if (!signing && !/^(?:expelled|expels|suspended|suspends)$/i.test(match.text)) return false;
  const people = participants.actors.filter((id) => !participants.subject.includes(id) && isPerson(reading, id));
  const after = view.masked.slice(match.end, match.end + 80);
  if (signing) return PERSON_BY_POST.test(after) || (people.length > 0 && personRightAfter(view, match, people));
  if (people.length === 0 && !PERSON_BY_POST.test(after)) return false;
  const subject = participants.subject.flatMap((id) => reading.actorsById.get(id) ?? []);
  return agentOf(view.masked.slice(clause.start, match.start), subject) !== 'authority';
}

/** A person's name is the verb's object, with at most a description before it ("signed Brazilian forward Thiago Lemos"). */
function personRightAfter(view: SentenceView, match: TriggerMatch, people: readonly string[]): boolean {
  const first = view.mentions.find((mention) => mention.start >= match.end && people.includes(mention.actorId));
  return (
    first !== undefined &&
    /^\s+(?:[\w'’-]+\s+){0,3}$/.test(view.masked.slice(match.end, first.start)) &&
    !INSTRUMENT_BEFORE.test(view.masked.slice(match.end, first.start))
  );
}

/** What is signed when a name follows it: "signed a pact with Kibet", "signed the bill for Marin". */
const INSTRUMENT_BEFORE =
  /\b(?:agreements?|deals?|pacts?|treat(?:y|ies)|bills?|laws?|accords?|memorand(?:um|a)|contracts?|declarations?|decrees?|orders?|letters?|petitions?|with|for|by)\b/i;

/** A person named by their post or place, as a verb's object: "the professor", "two pupils", "Brazilian forward". */
const PERSON_BY_POST =
  /^\s+(?:(?:the|a|an|its|their|his|her|two|three|four|five|six|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?(?:players?|forwards?|strikers?|midfielders?|defenders?|goalkeepers?|keepers?|wingers?|full-backs?|coach|coaches|managers?|professors?|lecturers?|teachers?|pupils?|students?|doctors?|nurses?|officers?|employees?|staff members?|workers?|councillors?|referees?|athletes?|riders?|jockeys?|fans?|supporters?)\b/i;

/** An armed body, named by its common noun, as the subject of a verb of force: "Militants", "Enemy jets". */
const ARMED_BODY_BEFORE =
  /\b(?:troops|soldiers|forces|army|militants|rebels|fighters|militias?|militiamen|insurgents|jihadists|paramilitaries|guerrillas|gunmen|pirates|hijackers|attackers|warplanes|jets|drones)\s+(?:(?:had|have|has|also|then|later|reportedly|allegedly)\s+)*$/i;

/**
 * What moves when a thing is the subject of a verb of travel: a ship, a train, a convoy, a
 * shipment or a cargo. "The first shipment left Hamburg for Yokohama", "A convoy of 40 aid trucks
 * arrived in Gao": a happening (kind `other`), not a person's trip.
 */
const CARGO_OR_VEHICLE =
  /\b(?:shipments?|consignments?|cargo(?:es)?|freight|deliver(?:y|ies)|convoys?|ships?|vessels?|tankers?|freighters?|ferr(?:y|ies)|(?:cargo |container |cruise )?liners?|barges?|trains?|trucks?|lorries|aircraft|planes?|jets?|airliners?|flights?|helicopters?|rockets?|spacecraft|probes?|satellites?|capsules?|boats?|trawlers?|submarines?|warships?|frigates?|aid|supplies|goods|containers?|parcels?|packages?)\s*$/i;

/**
 * Verbs of moving people that the trigger table leaves to the dated clause: a crowd that pours or
 * streams into a place, a place left, reached or entered, people driven, escorted or repatriated.
 * Case-sensitive: a place's name is told by its capital ("moved to Lisbon", not "moved to block").
 */
const PEOPLE_MOVE =
  /^(?:(?:poured|pours|streamed|streams|flocked|flocks|surged|surges|swarmed|thronged|trekked|trudged|slipped|sneaked|snuck|hurried|rushed|moved|walked|drove|rode|cycled|sailed|swam)\s+(?:back\s+|out\s+|off\s+|away\s+|home\s+)?(?:into|to|across|through|over|out\s+of|toward|towards|onto)\s+(?!(?:prison|jail|court|trial|hospital|detention|custody|buy|get|see|join|help|sign)\b)(?:the|an?|their|its|his|her|[A-Z\d])|(?:left|leaves|reached|reaches|entered|enters)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:capital|city|country|town|village|island|region|area|province|camp|port|coast|valley|frontier|zone|territory|enclave|mainland|summit|peak|pole)\b|(?:driven|escorted|bussed|bused|ferried|shuttled|repatriated|sent|brought)\s+(?:back\s+)?(?:home\b|(?:to|into|across|out\s+of)\s+(?!(?:prison|jail|court|trial|hospital|detention|custody)\b))|repatriated\b)/;

/**
 * Verbs of the motion of people (Levin's class 51: directed motion, leaving, manner of motion,
 * motion by vehicle), in every form: "descended to base camp", "is returning from Brussels", "will
 * fly back from Nairobi", "arrived home", "relocated to higher ground", "set off from Zermatt".
 * Marches and processions are left out: a march of protesters is a protest (a happening).
 */
const MOTION_VERB = String.raw`(?:arriv(?:e|es|ed|ing)|depart(?:s|ed|ing)?|return(?:s|ed|ing)?|c(?:ome|omes|oming|ame)|go(?:es|ing)?|went|gone|head(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|journey(?:s|ed|ing)?|commut(?:e|es|ed|ing)|fl(?:y|ies|ying|ew|own)|dr(?:ive|ives|iving|iven|ove)|r(?:ide|ides|iding|idden|ode)|sail(?:s|ed|ing)?|paddl(?:e|es|ed|ing)|cycl(?:e|es|ed|ing)|walk(?:s|ed|ing)?|hik(?:e|es|ed|ing)|trek(?:s|ked|king)?|trudg(?:e|es|ed|ing)|descend(?:s|ed|ing)?|ascend(?:s|ed|ing)?|fle(?:e|es|eing|d)|escap(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|(?:e|im)?migrat(?:e|es|ed|ing)|retreat(?:s|ed|ing)?|hurr(?:y|ies|ied|ying)|proceed(?:s|ed|ing)?|(?:dis)?embark(?:s|ed|ing)?|land(?:s|ed|ing)?|sw(?:im|ims|imming|am)|set(?:s|ting)?\s+(?:off|out))`;
/** A direction or a manner between a verb of motion and its goal: "flew back", "drove overnight", "by helicopter". */
const MOTION_MANNER = String.raw`(?:back|home|out|off|away|on|onward|onwards|together|safely|briefly|later|again|first|straight|directly|overnight|overland|inland|north|south|east|west|by\s+(?:bus|coach|car|road|train|rail|air|plane|helicopter|boat|ferry|sea|foot))`;
/** Places a trip goes to or from, by their common noun: "the capital", "a shelter", "their villages". */
const PLACE_NOUN = String.raw`(?:capital|city|country|town|village|villages|island|region|area|province|camp|port|coast|valley|frontier|border|airport|airfield|summit|peak|shelters?|mainland|hills|mountains|front line|base|hospital|clinic|embassy|consulate|station|terminal|harbou?r|quay|beach|shore|lake|hut|lodge|hotel|palace|residence|villa|homes?|house|farm|headquarters|compound|zone|district|suburbs?|continent|desert|forest|jungle|glacier|icefield|ridge|trailhead|stadium|school|church|mosque|cathedral|shrine)`;
/**
 * The goal or the source of a verb of motion: "home", "ashore", or a preposition of path before a
 * place (a name, a determiner and a place noun, or a bare place: "to base camp", "to higher
 * ground"). Not an aim or a state: "returned to profit", "came to power", "moved to block the
 * bill", "descended into chaos" (a lower-case word after "to" is a verb or no place). A departure
 * and a craft boarded or left need no goal: "departed on Tuesday for a tour", "boarded a plane for Lagos",
 * "stepped off the plane in Lima", "set sail", "crossed the Atlantic", "were resettled in Canada".
 */
const MOTION_PATH = new RegExp(
  String.raw`^${MOTION_VERB}(?:\s+${MOTION_MANNER})*(?:\s+(?:home|ashore|abroad|overseas)\b|\s+(?:to|into|from|for|towards?|out\s+of|across|through|via|onto)\s+(?:(?:the|a|an|his|her|their|its|our|my|two|three|several)\s+(?:[\w'’-]+\s+){0,2}?${PLACE_NOUN}\b|(?!(?:The|A|An|His|Her|Their|Its)\b)[A-Z][a-z]|(?:base camp|camp|higher ground|high ground|shore|land|hospital|town|school|church|port|shelters?)\b))|^depart(?:s|ed|ing)?\b(?!\s+(?:from\s+)?(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:script|text|plan|tradition|norm|policy|practice|rules?|company|firm|club|board|government|cabinet|party|post|role|job)\b)|^board(?:s|ed|ing)?\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:flight|plane|train|ferry|boat|bus|coach|ship|helicopter|jet|aircraft)\b|^(?:stepp(?:ed|ing)|steps?)\s+(?:off|onto|on\s+to|down\s+from)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:plane|aircraft|jet|ship|boat|train|ferry|bus|tarmac|gangway)\b|^set(?:s|ting)?\s+sail\b|^cross(?:es|ed|ing)?\s+(?:the\s+)?(?:Atlantic|Pacific|Indian\s+Ocean|Mediterranean|Sahara|Alps|Andes|Himalayas|ocean|sea|desert|mountains|river|lake|strait|straits|gulf|bay)\b|^resettl(?:e|es|ed|ing)\s+(?:in|to)\s+[A-Z]`,
);

/**
 * A goal right after the verb, with no object between: "swept into the capital", "were taken by bus
 * to a shelter in Oltra", "moved on to Brenmoor". A place by its capital letter or by a noun of places.
 */
const GOAL_AFTER =
  /^\s+(?:(?:back|home|off|out|on|down|up|straight|directly|together|safely|later|briefly|overland|by\s+(?:bus|coach|car|road|train|rail|air|plane|helicopter|boat|ferry|sea|motorcade))\s+)*(?:to|into|towards?)\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:capital|city|country|town|village|island|region|area|province|camp|port|coast|valley|frontier|border|airport|summit|shelter|mainland|hills|mountains|front line|base)\b|(?!(?:The|A|An)\b)[A-Z][a-z])/;
/** Verbs that take a goal but move no one: speech, trade, results, rankings, a post. */
const NO_MOVE =
  /^(?:wr[io]te|written|spoke|spoken|talked|said|told|sold|sent|handed|gave|given|lent|exported|shipped|delivered|appealed|reported|complained|apologi[sz]ed|turned|switched|promoted|demoted|sentenced|appointed|elected|named|transferred|signed|loaned|lost|won|fell|rose|dropped|slipped|added|linked|tied|compared|referred|donated|paid|owed|posted|called|listened|introduced|submitted|presented|applied|admitted|devoted|dedicated|committed|pledged|objected|responded|replied|reacted|contributed|agreed|belonged|related|attached|connected|relegated|upgraded|downgraded|recruited|hired|married|engaged|wed|beaten|beat|drew|played|scored|raised|cut|increased|reduced|changed|converted|renamed|extended|expanded|limited|restricted|opened|closed|reached|looked|warmed|pointed|alluded|reverted|defected|deferred|adapted|surrendered|yielded|succumbed)$/i;

/**
 * People on the move told by a verb that only the dated clause read ("Thousands of pilgrims poured
 * into the holy city on Tuesday", "More than 200 migrants reached the island of Porva", "The hostages
 * were repatriated on Tuesday", "Lars Odeby slipped out of the country on Monday"): a trip when a
 * person or a travelling party is the subject; floodwater that pours into a town is no one's trip.
 */
function isPeopleMoving(
  reading: ArticleReading,
  view: SentenceView,
  clause: Span,
  match: TriggerMatch,
  subject: readonly string[],
): boolean {
  if (match.trigger.kind !== 'other' || match.trigger.name !== 'clause') return false;
  const phrase = view.masked.slice(match.start, clause.end);
  const toPlace = !NO_MOVE.test(match.text) && GOAL_AFTER.test(view.masked.slice(match.end, clause.end));
  if (!toPlace && !PEOPLE_MOVE.test(phrase) && !MOTION_PATH.test(phrase)) return false;
  return (
    subject.some((id) => isPerson(reading, id)) || TRAVELLING_PARTY.test(view.masked.slice(clause.start, match.start))
  );
}

/** A trip named by its own noun as a clause's subject, and the verb that calls it off: "Sunday's flight to Geneva has been scrapped". */
const TRIP_CALLED_OFF =
  /\b(?:flight|trip|visit|journey|crossing|sailing|pickup|pick-up)(?:\s+(?:to|from|by)\s+[^,;]{1,40}?)?\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+|also\s+)?(?:been\s+)?(?:cancell?ed|scrapped|called off|axed|scrubbed)\s*$/i;

/**
 * "Sunday's flight to Geneva has been scrapped", "The 7:15 sailing to Kros was cancelled": a trip
 * called off, told by a dated clause whose subject is the trip's noun, is a cancelled trip, not an
 * unnamed happening.
 */
function isTripCalledOff(view: SentenceView, clause: Span, match: TriggerMatch): boolean {
  return match.trigger.kind === 'other' && TRIP_CALLED_OFF.test(view.masked.slice(clause.start, match.end));
}

/**
 * True when a travel trigger's subject is a thing that is carried or that carries, with no person
 * among the subject's actors: "The tanker left port on Tuesday". Not "A plane carrying the
 * minister landed in Oslo" (the minister travels).
 */
function isCargoOrVehicleMove(
  reading: ArticleReading,
  view: SentenceView,
  clause: Span,
  match: TriggerMatch,
  subject: readonly string[],
): boolean {
  if (match.trigger.kind !== 'travel' || match.trigger.nominal) return false;
  // "A navy helicopter flew the climbers to Ushuaia": the craft carries people, whose trip it is.
  if (match.trigger.name === 'carried') return false;
  if (subject.some((id) => isPerson(reading, id))) return false;
  // The subject's head: the words before the verb, without auxiliaries and a trailing "of ..." phrase.
  const head = view.masked
    .slice(clause.start, match.start)
    .replace(
      /\s+(?:(?:has|have|had|is|are|was|were|will|would|be|been|finally|also|then|later|eventually|safely|\w+ly)\s+)*$/i,
      ' ',
    )
    .replace(/\s+(?:of|from|with|for|to)\s+[^,;]*$/i, ' ');
  // "Ethiopian Airlines flew to Asmara on Thursday for the first time in 19 months": an airline's
  // flights, a service, not people on the move.
  if (AIRLINE_HEAD.test(head.trimEnd())) return true;
  return (
    CARGO_OR_VEHICLE.test(head.trimEnd()) &&
    /^\s*(?:an?|the|its|their|his|her|our|this|that|these|those|\d[\d,]*|[A-Z][\w'’-]*)\b/.test(head)
  );
}

/** An airline as a subject's head: "Ethiopian Airlines", "British Airways", "Norse Air", "the carrier". */
const AIRLINE_HEAD = /(?:\b(?:Airlines?|Airways|Air|Aviation)|\b(?:the|its|their) (?:[\w-]+ )?(?:airline|carrier))$/;

/**
 * "Ruiz left Google in 2019", "Adler quit Orvel Motors": a person who leaves an organization
 * changes jobs; it is no trip and no withdrawal of a state ("Niger quit ECOWAS" stays policy).
 */
function leavesOrganization(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  subject: readonly string[],
): boolean {
  if (!/^(?:left|leaves|leaving|quit|quits)$/i.test(match.text)) return false;
  if (subject.length === 0 || !subject.every((id) => isPerson(reading, id))) return false;
  const left = view.mentions.find((mention) => mention.start > match.end && mention.start <= match.end + 5);
  return left !== undefined && reading.actorsById.get(left.actorId)?.kind === 'organization';
}

function isPerson(reading: ArticleReading, id: string): boolean {
  return reading.actorsById.get(id)?.kind === 'person';
}

/** Someone received in a meeting by title rather than by name: "received the Ghanaian envoy". */
const RECEIVED_ROLE =
  /^\s+(?:the\s+|his\s+|her\s+|their\s+|an?\s+)?(?:[\w.'’-]+\s+){0,4}?(?:envoys?|ambassadors?|delegations?|counterparts?|ministers?|president|premier|chancellor|king|queen|prince|princess|pope|leaders?|secretary|mayor|governor|diplomats?)\b/i;

/**
 * "received the Ghanaian envoy", "was received by King Aldric" is a meeting; "received a letter"
 * or "received Chinese investment" is not: a person, or a title, must be received or receiving.
 */
function receivesSomeone(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  participants: Participants,
): boolean {
  if (match.trigger.name !== 'receive') return true;
  if (RECEIVED_ROLE.test(view.masked.slice(match.end, participants.objectEnd))) return true;
  return participants.actors.some((id) => !participants.subject.includes(id) && isPerson(reading, id));
}

/** "It is now expected to take place", "They will instead be held": a pronoun and a happening verb. */
const PRONOUN_HAPPENS =
  /^\s*(?:It|They|The event)\s+(?:(?:is|are|will|was|were|has|have|had|been|be|now|instead|still|expected|due|set|likely|scheduled|to|also|then)\s+)*(?:take\s+place|takes\s+place|held|go\s+ahead|goes\s+ahead|staged|played|heard|rescheduled|resume|resumes)\b/;

/**
 * The event a pronoun names when the sentence before called one off: "The hearing ... was
 * adjourned on Thursday. It is now expected to take place in mid-September." is the hearing,
 * with its kind and people, at its new date.
 */
function postponedReferent(
  reading: ArticleReading,
  view: SentenceView,
  clause: Span,
  match: TriggerMatch,
): { kind: EventKind; actors: readonly string[] } | undefined {
  const told = reading.lastCalledOff;
  if (!told || view.sentence.index - told.sentence > 2 || view.sentence.index === told.sentence) return undefined;
  if (clause.start > 2 || !PRONOUN_HAPPENS.test(view.masked.slice(0, Math.max(match.end, clause.end))))
    return undefined;
  return told;
}

const ALONG_WITH = /\b(?:along with|together with|alongside)\s+(?:the\s+)?$/i;

/**
 * Mentions after the trigger that share its subject's part: "which Niger quit in January along
 * with Mali and Burkina Faso".
 */
function companions(masked: string, mentions: readonly ActorMention[], match: TriggerMatch): ActorMention[] {
  const after = mentions.filter((mention) => mention.start >= match.end);
  const firstAt = after.findIndex((mention) => ALONG_WITH.test(masked.slice(match.end, mention.start)));
  const first = after[firstAt];
  if (!first) return [];
  const found = [first];
  for (const mention of after.slice(firstAt + 1)) {
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/.test(masked.slice(found.at(-1)?.end ?? 0, mention.start))) break;
    found.push(mention);
  }
  return found;
}

/** From "with" to a name in the same stretch: "with", "with the", "with Prime Minister". */
const WITH_RIGHT_BEFORE = /\bwith\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * The people a subject acted with before a meeting noun that is where it happened: "raised the
 * transfers with Glenn Ashby at a meeting", "discussed the border with Soto during talks". Those
 * joined to them by "and" too.
 */
function partnersBeforeSetting(masked: string, inClause: readonly ActorMention[], match: TriggerMatch): ActorMention[] {
  const before = inClause.filter((mention) => mention.end <= match.start);
  // "told Aydin in a phone call": whom the subject addressed spoke with them too.
  const first = before.findIndex((mention) => {
    const lead = masked.slice(Math.max(0, mention.start - 40), mention.start);
    return WITH_RIGHT_BEFORE.test(lead) || ADDRESSED_RIGHT_BEFORE.test(lead);
  });
  const partners: ActorMention[] = [];
  for (const mention of first < 0 ? [] : before.slice(first)) {
    const last = partners.at(-1);
    if (last && !CONJOINED.test(masked.slice(last.end, mention.start))) break;
    partners.push(mention);
  }
  return partners;
}

/** After a verb of travel, "with" or "accompanied by" and what stands before the name (a title, "his"). */
const TRAVELLING_WITH =
  /^[^,;:()]*?(?:\bwith|,\s*accompanied\s+by)\s+((?:(?:his|her|their)\s+)?(?:[\w.'’-]+\s+){0,3}(?:[\w.'’-]+,\s+)?)$/;
/** A "with", a lower-case title of up to six words and its comma, then perhaps a rank: "with the army chief of staff, General ". */
const TRAVELLING_WITH_TITLE =
  /^[^,;:()]*?\bwith\s+(?:the|his|her|their|its)\s+((?:[a-z-]+\s+){0,5}[a-z-]+),\s+(?:\p{Lu}[\w.'’-]*\s+){0,2}$/u;

/**
 * People who travel with the subject: "flew to Tokyo on Monday with her trade minister, Jorge Paz",
 * "travelled with Jorge Paz", "arrived in Tokyo, accompanied by Jorge Paz". Only a title may stand
 * between "with" and the name ("arrived with a message from Putin" names no companion).
 */
function fellowTravellers(
  view: SentenceView,
  match: TriggerMatch,
  inClause: readonly ActorMention[],
  reading: ArticleReading,
): ActorMention[] {
  const companion = inClause.find((mention) => {
    if (mention.start < match.end || mention.form === 'pronoun' || !isPerson(reading, mention.actorId)) return false;
    const between = view.masked.slice(match.end, mention.start);
    const lead = TRAVELLING_WITH.exec(between)?.[1];
    if (lead !== undefined && isTitleLead(lead.replace(/^(?:his|her|their)\s+/, ''))) return true;
    // "with the army chief of staff, General Rodrigue Kossi": a title of several words in apposition.
    const apposed = TRAVELLING_WITH_TITLE.exec(between)?.[1]?.split(/\s+/);
    return apposed !== undefined && apposed.some((word) => TITLE_HEADS.has(word));
  });
  return companion ? [companion] : [];
}

/** "... with former Gov. Alma Reyes", "... with his lawyer, Mia Rowe": a "with" and a title before a name. */
const WITH_BEFORE = /^[^,;:()]*?\bwith\s+(?:[\w.'’-]+\s+){0,3}(?:[\w.'’-]+,\s+)?$/;

/**
 * People who do a happening with its subject: "will hold a rally in Phoenix on Sunday with former
 * Gov. Alma Reyes", "campaigned in Tucson with Senator Lena Ortiz". Only people: "merged with
 * Halden Group" names its object already, "charged with fraud" names nobody.
 */
function withCompanions(
  view: SentenceView,
  match: TriggerMatch,
  inClause: readonly ActorMention[],
  reading: ArticleReading,
): ActorMention[] {
  const after = inClause.find(
    (mention) =>
      mention.start >= match.end &&
      mention.form !== 'pronoun' &&
      WITH_BEFORE.test(view.masked.slice(match.end, mention.start)),
  );
  // "opened on Friday with Dalibor Šimić's comedy": what a person owns opened it, not the person.
  if (after?.possessive) return [];
  return after && reading.actorsById.get(after.actorId)?.kind === 'person' ? [after] : [];
}

/** Verbs of giving, whose receiver follows "to": "granted bail to", "awarded $2 million to", "sold its striker to". */
const GIVING = /^(?:grant|award|give|gave|hand|present|sell|sold|transfer|pay|paid|offer)/i;
/** Verbs of winning, whose loser a participle after the clause names: "won the seat, defeating X". */
const WINNING =
  /^(?:won|wins|win|winning|retained|retains|clinched|clinches|secured|secures|captured|captures|(?:was\s+|were\s+)?(?:re-?)?elected)$/i;
/** From a winning verb to its loser: "the seat on Sunday, defeating", "the runoff, narrowly beating incumbent". */
const BEATING =
  /^[^;:.()]*?,\s*(?:\w+ly\s+)?(?:defeating|beating|ousting|unseating|edging\s+out|seeing\s+off)\s+(?:(?:the|incumbent|former|rival|veteran|challenger|independent|opposition)\s+)*$/i;

/** Verbs of giving someone a post. */
const APPOINTING =
  /^(?:(?:was|were|has been|had been)\s+)?(?:named|appointed|elected|chosen|picked|installed|hired|promoted|sworn in)$/i;
/** From such a verb to whom the new holder replaces: "as chief executive on Monday, replacing". */
const REPLACING =
  /^[^;:.()]*?,\s*(?:\w+ly\s+)?(?:replacing|succeeding|taking over from)\s+(?:(?:the|outgoing|former|acting|interim|sacked|ousted)\s+)*$/i;

/**
 * Whom the one appointed replaces: "The board named Ana Ruiz chief executive on Monday, replacing
 * Ivo Brandt", "Ruiz was sworn in on Tuesday, succeeding Brandt": both take part in the handover.
 */
function predecessorsReplaced(masked: string, match: TriggerMatch, eligible: readonly ActorMention[]): ActorMention[] {
  if (!APPOINTING.test(match.text.trim())) return [];
  const predecessor = eligible.find(
    (mention) => mention.start >= match.end && REPLACING.test(masked.slice(match.end, mention.start)),
  );
  return predecessor ? [predecessor] : [];
}

/** Who lost to the winner of a race or seat: "Hale won the seat on Sunday, defeating Omar Tully". */
function rivalsBeaten(
  masked: string,
  match: TriggerMatch,
  eligible: readonly ActorMention[],
  all: readonly ActorMention[] = eligible,
): ActorMention[] {
  if (match.trigger.nominal && /(?:^|\s)(?:win|victory)$/i.test(match.text)) {
    // "Halcrest's 2-1 win over Pellmark": the noun's loser follows "over" or "against" (which
    // say where of a place, so the mention is no participant by itself).
    const loser = all.find((mention) => mention.start >= match.end && !mention.titleOf);
    return loser && /^\s+(?:over|against)\s+(?:the\s+)?$/.test(masked.slice(match.end, loser.start)) ? [loser] : [];
  }
  // "retained the title on Sunday with a win over Mia Berg", "won the final with a 6-3 6-2 win over
  // Tomas Hale": the loser of the "with" phrase's win ("over" says where of a place too).
  const beatenInWin = all.find(
    (mention) =>
      mention.start >= match.end && !mention.titleOf && WIN_OVER.test(masked.slice(match.end, mention.start)),
  );
  if (beatenInWin) return [beatenInWin];
  if (!WINNING.test(match.text)) return [];
  const rival = eligible.find(
    (mention) => mention.start >= match.end && BEATING.test(masked.slice(match.end, mention.start)),
  );
  return rival ? [rival] : [];
}

/** From a winning verb to its loser in a "with" phrase: "the Open on Sunday with a 6-3 6-2 win over". */
const WIN_OVER =
  /^[^;:.()]*?\bwith\s+(?:(?:a|an|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:win|victory|triumph)\s+(?:over|against)\s+(?:the\s+)?$/i;

/** From a verb to who gives what it wins or receives: "won conditional approval from the", "secured a $2m loan from". */
const GIVEN_FROM =
  /^(?:\s+[^\s,;:]+){0,6}?\s+(?:approval|backing|support|clearance|consent|permission|go-ahead|nod|loans?|grants?|funding|financing|investment|bailout|offers?|bids?|warnings?|letters?|complaints?|orders?|summons|invitations?|assurances?|guarantees?|pledges?|donations?)\s+from\s+(?:the\s+)?$/i;
/** Verbs of losing a match or a vote, whose winner follows "to": "lost 24-19 to the Springboks". */
const LOSING = /^(?:lost|loses|lose|fell|succumbed)$/i;
const LOST_TO = /^\s+(?:(?:\d+[-\u2013]\d+|narrowly|heavily|again)\s+)?to\s+(?:the\s+)?$/i;

/**
 * Who gives what the verb's subject wins, secures or receives ("Velmar won approval from the
 * Competition Commission on Tuesday", "received a grant from the Lottery Fund"), who beats it
 * ("Ireland lost to Wales"), and whom the subject acts for ("signed on behalf of Velto"): a side of
 * the happening, named after the object's "from", "to" or "on behalf of".
 */
function giversAfter(
  reading: ArticleReading,
  masked: string,
  match: TriggerMatch,
  inClause: readonly ActorMention[],
): ActorMention[] {
  if (match.trigger.nominal) return [];
  const verb = match.text.trim();
  const losing = LOSING.test(verb);
  const getting = GETTING.test(verb);
  const giver = inClause.find((mention) => {
    if (mention.start < match.end) return false;
    const between = masked.slice(match.end, mention.start);
    if (losing) return LOST_TO.test(between);
    // "signed the deal on behalf of Velto Motors": whom the subject acts for acts too.
    if (ON_BEHALF_OF.test(between)) return true;
    // "signed Luis Ebo from Castlebridge United", "bought the plant from Velto": the club or the
    // firm that lets go of it (a country there is where goods come from: "bought gas from Norway").
    // Not a part of a name left unread: "from the Ashcombe Estate".
    if (getting && FROM_SELLER.test(between))
      return (
        reading.actorsById.get(mention.actorId)?.kind !== 'country' && !NAME_GOES_ON.test(masked.slice(mention.end))
      );
    return GIVEN_FROM.test(between);
  });
  return giver ? [giver] : [];
}

/**
 * Every mention of the clause that names someone, places too: who a thing is got from is named
 * after "from", where a body is otherwise read as a place.
 */
function clauseMentions(view: SentenceView, clause: Span): ActorMention[] {
  return view.mentions.filter(
    (mention) =>
      mention.start >= clause.start && mention.end <= clause.end && !mention.titleOf && mention.form !== 'demonym',
  );
}

/** From a verb to whom its subject acts for: "the deal on Monday on behalf of the". */
const ON_BEHALF_OF = /^[^,;:]*?\b(?:on|in)\s+behalf\s+of\s+(?:the\s+)?$/i;

/** A capitalised word right after a mention: the name goes on past what was read. */
const NAME_GOES_ON = /^\s+\p{Lu}/u;

/** Verbs of getting someone or something that another side lets go of. */
const GETTING =
  /^(?:signed|signs|sign|hired|hires|poached|poaches|recruited|bought|buys|acquired|acquires|purchased|purchases)$/i;
/** The object, then "from": "Luis Ebo from", "the Tarvik plant from the". */
const FROM_SELLER = /^(?:\s+[^\s,;:]+){1,6}?\s+from\s+(?:the\s+)?$/i;

/** Verbs that give money only when a sum or a loan is what they act on: "approved a $1.3 billion loan to". */
const FUNDING = /^(?:approv|extend|disburs|releas|unlock)/i;
/** What such a verb gives: a loan, a grant, aid, a bailout. */
const FUNDS_GIVEN = /\b(?:loans?|grants?|aid|credit|bailout|financing|funding|funds|tranche|disbursement)\s+to\b/;
/** Words between a giving verb and its receiver: what was given, then "to". */
const TO_RECEIVER = /^[^,;:()]*?\bto\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}$/;

/** Who receives what a giving verb gives: "The court granted bail to Ben Okoro". */
/**
 * The mentions of a clause that may receive what its verb gives: any that names someone, also
 * after "to" ("sold its shipping arm to Nordwave Shipping"), where a body is otherwise a place.
 * (A noun's "to" keeps its reading: "a handover of four prisoners to the Red Cross".)
 */
function receivers(view: SentenceView, clause: Span): ActorMention[] {
  return view.mentions.filter(
    (mention) =>
      mention.start >= clause.start &&
      mention.end <= clause.end &&
      mention.form !== 'demonym' &&
      mention.titleOf === undefined &&
      !mention.inQuote,
  );
}

function recipients(masked: string, match: TriggerMatch, inClause: readonly ActorMention[]): ActorMention[] {
  const funds = FUNDING.test(match.text);
  if (!GIVING.test(match.text) && !funds) return [];
  const receiver = inClause.find((mention) => {
    const between = masked.slice(match.end, mention.start);
    // "sold 40 trucks to buyers in Kenya": a place after the receiver is where it is.
    const placed = /\bto\s+\S.*\b(?:in|at|from|of|near|on|across|for)\s/.test(between);
    return mention.start >= match.end && TO_RECEIVER.test(between) && !placed && (!funds || FUNDS_GIVEN.test(between));
  });
  return receiver ? [receiver] : [];
}

/** A definite noun phrase (and its auxiliaries) right before a verb: "The duty is", "The new rules were". */
const DEFINITE_HEAD_BEFORE = /\b(?:the|these|those|this|its|their)\s+(?:[a-z-]+\s+){1,4}$/i;

/** A speech verb after an organisation that reports the sentence: "..., the agency said". */
const REPORTED_BY = /^\s+(?:said|says|announced|confirmed|reported|added)\b/;
/**
 * From a reporting body to the clause it reports: "said on Sunday that", "confirmed late on Monday
 * that", "told reporters that"; through those who speak for it ("'s chief executive said that",
 * "Its spokeswoman said that"). The clause starts after "that".
 */
const REPORTS_THAT =
  /^(?:['’]s(?:\s+[a-z-]+){1,3}|\s+(?:spokes(?:man|woman|person)|officials?|representatives?))?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:said|says|announced|confirmed|reported|added|told\s+[\w\s]{1,30}?)(?:\s+(?:on|late on|early on|late|earlier|last|this)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|night))?)?\s+that$/;
/** A definite subject that points back at an act told before: "The measures", "The treaty is expected to be". */
const DEFINITE_SUBJECT =
  /^\s*(?:the|these|those|this|its|their)\s+(?:[a-z-]+\s+){1,3}(?:(?:expected|due|set|scheduled|likely)\s+to\s+be\s+)?$/i;

/**
 * A body that reports the event in an aside inside its clause, after the trigger: "A board meeting
 * planned for December 17 has been cancelled, the bank said, and ..." (the clause runs on past
 * the aside when more follows it).
 */
function isReportingAside(view: SentenceView, match: TriggerMatch, mention: ActorMention): boolean {
  const { masked } = view;
  return (
    mention.start >= match.end &&
    /,\s*(?:the\s+|its\s+)?$/i.test(masked.slice(Math.max(match.end, mention.start - 8), mention.start)) &&
    /^\s+(?:said|says|announced|confirmed|reported|added)\s*,/.test(masked.slice(endWithAlias(view, mention)))
  );
}

/**
 * Where a name's words end, with the short form the text defines for it right after: "..., the
 * Baltic Shipping Authority (BSA) said" reads on from "BSA" as "..., the agency said" does from
 * "agency" (`masked` has the alias's brackets blanked; see `withAliasBracketsBlanked`).
 */
function endWithAlias(view: SentenceView, mention: ActorMention): number {
  const alias = view.mentions.find(
    (other) => other.form === 'alias' && other.actorId === mention.actorId && other.start >= mention.end,
  );
  return alias && view.masked.slice(mention.end, alias.start).trim() === '' ? alias.end : mention.end;
}

/**
 * Who acted in an event whose clause names nobody: the organisation or country that reports it
 * ("The launch ... has been postponed, the European Space Agency said"), or, for a policy act
 * told by a definite subject ("The measures will take effect the next day"), whoever did the
 * last policy act the article told.
 */
function implicitAgents(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  clause: Span,
  kind: EventKind,
): string[] {
  const reporter = view.mentions.find(
    (mention) =>
      (mention.start >= clause.end || isReportingAside(view, match, mention)) &&
      reading.actorsById.get(mention.actorId)?.kind !== 'person' &&
      mention.form !== 'demonym' &&
      REPORTED_BY.test(view.masked.slice(endWithAlias(view, mention))) &&
      /^[\s,]*(?:the\s+|its\s+)?$/i.test(view.masked.slice(clause.end, mention.start).replace(/^[^,]*,/, '')),
  );
  if (reporter) return [reporter.actorId];
  // "The plant will close in June, according to Halcrest": the body the sentence is sourced to.
  const source = view.mentions.find(
    (mention) =>
      mention.start >= match.end &&
      reading.actorsById.get(mention.actorId)?.kind !== 'person' &&
      mention.form !== 'demonym' &&
      /,\s*according\s+to\s+(?:the\s+)?$/i.test(view.masked.slice(match.end, mention.start)),
  );
  if (source) return [source.actorId];
  // "West Yorkshire Police said on Sunday that 12 people had been arrested": the body that reports
  // a happening nobody is named for, right before its clause.
  const reportedBy = view.mentions.findLast((mention) => mention.end <= clause.start);
  if (
    reportedBy &&
    reading.actorsById.get(reportedBy.actorId)?.kind !== 'person' &&
    reportedBy.form !== 'demonym' &&
    REPORTS_THAT.test(view.masked.slice(reportedBy.end, clause.start))
  )
    return [reportedBy.actorId];
  const subject = DEFINITE_SUBJECT.exec(view.masked.slice(clause.start, match.start))?.[0];
  if (kind !== 'policy' || subject === undefined) return [];
  if (reading.lastPolicyActors) return [...reading.lastPolicyActors];
  // "The levy will take effect" after "Ankara announced a 2% levy": the announcement that named it.
  const nouns = subject.toLowerCase().match(/[a-z-]{4,}/g) ?? [];
  const named = (reading.acts ?? [])
    .filter((act) => act.sentence !== view.sentence.text)
    .findLast((act) => nouns.some((noun) => new RegExp(String.raw`\b${noun}\b`, 'i').test(act.sentence)));
  return [...(named?.actors ?? [])];
}

/** A case before a court heard again with no court named: "The matter will be heard again on". */
const CASE_HEARD =
  /\b(?:case|matter|appeal|petition|application|suit|lawsuit|challenge|plea|trial)\s+(?:will|would|is\s+(?:due|set|expected|scheduled|likely)\s+to)\s+(?:next\s+)?be\s+(?:heard|taken\s+up|listed)\b/i;
/** A central bank's meeting with no bank named: "The next monetary policy meeting is". */
const RATE_MEETING =
  /\b(?:monetary\s+policy|rate-setting|policy-setting|interest[- ]rate)\s+(?:committee\s+)?(?:meeting|decision|review)s?$/i;
/** How many sentences back the court or the bank of a sitting nobody is named for may be named. */
const SITTING_BODY_REACH = 3;

/**
 * The body whose sitting a clause tells without naming it: "The matter will be heard again on
 * December 10" after "The Kerala High Court stayed the ban" is the court's, "The next monetary
 * policy meeting is scheduled for January 29" after "Banco de la República cut its rate" the
 * bank's. The latest court or bank named in the last few sentences; none there: nobody.
 */
function sittingBodyOf(reading: ArticleReading, view: SentenceView, match: TriggerMatch, clause: Span): string[] {
  const court = CASE_HEARD.test(view.masked.slice(clause.start, match.end));
  const bank = !court && RATE_MEETING.test(view.masked.slice(clause.start, match.end));
  if (!court && !bank) return [];
  const holder = court ? /\b(?:court|tribunal)\b/i : /\b(?:bank|banco|banque|reserve)\b/i;
  const from = reading.sentences[Math.max(0, view.sentence.index - SITTING_BODY_REACH)]?.start ?? 0;
  const body = reading.allMentions.findLast((mention) => {
    if (mention.start < from || mention.end > view.sentence.start || mention.inQuote) return false;
    const actor = reading.actorsById.get(mention.actorId);
    return actor !== undefined && actor.kind === 'organization' && holder.test(actor.name);
  });
  return body ? [body.actorId] : [];
}

/**
 * An event noun that opens its clause as a definite description of one told just before: "The
 * strike will begin on March 20" after "The union called a strike", "A second meeting is planned"
 * or "Talks will resume" after a meeting.
 */
const REFERRING_LEAD =
  /^\s*(?:(?:the|their|a\s+second|a\s+further|another|a\s+new|a\s+follow-up|the\s+next)\s+(?:[a-z-]+\s+){0,2})?$/i;

/** How many sentences back the meeting that "the talks" or "their next meeting" refers to may be told. */
const MEETING_REFERENCE_REACH = 8;

/** How many sentences back the event a definite event noun refers to may be told. */
const EVENT_REFERENCE_REACH = 3;

/**
 * Who took part in the event that a definite event noun with nobody named refers back to: the
 * latest event told in the last few sentences whose sentence holds the same noun ("called a
 * strike" for "The strike"), or for a meeting noun the last meeting. None such: nobody.
 */
function actorsOfEventReferredTo(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  clause: Span,
  kind: EventKind,
): string[] {
  // "According to Ruiz, the talks will resume": what a comma sets before the noun is an aside.
  const lead = view.masked.slice(clause.start, match.start);
  if (!match.trigger.nominal || !REFERRING_LEAD.test(lead.slice(lead.lastIndexOf(',') + 1))) return [];
  const noun = /([a-z-]{4,})$/i.exec(match.text)?.[1]?.toLowerCase();
  if (noun === undefined) return [];
  const sameNoun = new RegExp(String.raw`\b${noun}\b`, 'i');
  const told = (reading.told ?? []).findLast(
    (event) =>
      event.index < view.sentence.index &&
      view.sentence.index - event.index <= EVENT_REFERENCE_REACH &&
      (sameNoun.test(event.sentence) || ((kind === 'meeting' || kind === 'travel') && event.kind === kind)),
  );
  return [...(told?.actors ?? (kind === 'meeting' ? lastMeetingPeople(reading, view) : []))];
}

/** A definite description as the subject of a passive, up to its verb: "The move was", "The cuts were first". */
const DEFINITE_PASSIVE_SUBJECT =
  /^\s*the\s+(?:[a-z-]+\s+){1,3}(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|first\s+)?$/i;

/**
 * "Halden Group will cut 300 jobs. The move was announced on Monday.": an announcement in the
 * passive, with no agent, whose subject describes what the sentence before told is announced by
 * those who did it. Only the event told in the sentence right before.
 */
function announcerOfThingTold(
  reading: ArticleReading,
  view: SentenceView,
  match: TriggerMatch,
  clause: Span,
  kind: EventKind,
): string[] {
  if ((kind !== 'announcement' && kind !== 'statement') || match.trigger.nominal) return [];
  if (!DEFINITE_PASSIVE_SUBJECT.test(view.masked.slice(clause.start, match.start))) return [];
  if (/^\s+by\b/.test(view.masked.slice(match.end))) return [];
  const told = (reading.told ?? []).at(-1);
  return told && told.index === view.sentence.index - 1 ? [...told.actors] : [];
}

/**
 * The people of the last meeting told in the last few sentences ("The talks will resume on Friday",
 * "They spoke by phone again", "their next meeting"), when there were two to four; else nobody.
 */
function lastMeetingPeople(reading: ArticleReading, view: SentenceView): string[] {
  const met = (reading.told ?? []).findLast(
    (event) =>
      event.kind === 'meeting' &&
      event.index < view.sentence.index &&
      view.sentence.index - event.index <= MEETING_REFERENCE_REACH,
  );
  const people = met?.actors.filter((id) => isPerson(reading, id)) ?? [];
  return people.length >= 2 && people.length <= 4 ? people : [];
}

/** Words of the name of a body that sits and votes: "the Congress of Deputies", "the Transport Committee". */
const CHAMBER_WORDS =
  /\b(?:parliament|congress|senate|assembly|council|committee|house|chamber|legislature|diet|sejm|knesset|bundestag|duma|lok sabha|rajya sabha)\b/i;

/**
 * The body a happening nobody is the subject of takes place in, when it is a chamber that sits:
 * "The bill goes to a vote in the Congress of Deputies", "The motion will be debated in the
 * National Assembly". A place after "in" is otherwise where, not who.
 */
function chamberSitting(reading: ArticleReading, view: SentenceView, clause: Span): string[] {
  const chamber = view.mentions.find(
    (mention) =>
      mention.start >= clause.start &&
      mention.end <= clause.end &&
      !mention.inQuote &&
      reading.actorsById.get(mention.actorId)?.kind === 'organization' &&
      CHAMBER_WORDS.test(reading.actorsById.get(mention.actorId)?.name ?? '') &&
      /\bin\s+(?:the\s+)?$/i.test(view.masked.slice(Math.max(clause.start, mention.start - 8), mention.start)),
  );
  return chamber ? [chamber.actorId] : [];
}

/** What names a side of a happening nobody is the subject of: "filed against", "ruled in favour of", "Shares in". */
const PARTY_BEFORE =
  /\b(?:against|by|with|in\s+favou?r\s+of|[Ss](?:hares|take|tock)\s+(?:in|of))\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;

/**
 * The people and bodies a clause whose event has no subject names as a side of it: "The lawsuit
 * was filed on Friday against Brightwave Energy", "The tribunal ruled in favour of Marta Lopes",
 * "Shares in Talvik Mining fell". Countries and places are where, not who.
 */
function partiesOfClause(reading: ArticleReading, view: SentenceView, clause: Span): string[] {
  // Not only the eligible mentions: "Shares in Talvik Mining" is no place.
  const parties = view.mentions.filter((mention) => {
    if (mention.start < clause.start || mention.end > clause.end || mention.form === 'pronoun') return false;
    if (mention.titleOf !== undefined || mention.form === 'demonym') return false;
    if (reading.actorsById.get(mention.actorId)?.kind === 'country') return false;
    return PARTY_BEFORE.test(view.masked.slice(Math.max(clause.start, mention.start - 30), mention.start));
  });
  return unique(parties.map((mention) => mention.actorId));
}

// ---------------------------------------------------------------------------------------------
// Summits

const ATTENDED =
  /\b(?:attend|attends|attended|attending|arrived for|arrive for|for|at|hosts?|hosted|held|holds|opened|opens|convened|gathered for|ongoing)\b/i;

/** Staying away from a summit: "skipped", "boycotted", "stayed away from", "missed". */
const STAYED_AWAY =
  /\b(?:skip(?:ped|s)?|boycott(?:ed|s)?|stay(?:ed|s)? away from|miss(?:ed|es)?|pulled out of|withdr[ae]w from)\s+(?:\S+\s+){0,3}$/i;

/**
 * A summit its clause says was not held: "The party has not held a congress since 2019", "never
 * hosted a summit" (staying away from one, "did not attend the summit", leaves the summit).
 */
const NOT_HELD_BEFORE =
  /\b(?:not|never|n['’]t)\s+(?:\w+ly\s+|yet\s+|again\s+)?(?:hold|holds|held|host|hosts|hosted|convene|convened|stage|staged)\s+(?:\S+\s+){0,2}$/i;

/** A span of days given in figures after a summit's name, in its clause: "from May 12 to 14", "on June 26-27". */
function overDays(view: SentenceView, from: number, to: number): boolean {
  return view.dates.some(
    (mention) =>
      mention.start >= from &&
      mention.end <= to &&
      mention.date.end !== undefined &&
      mention.date.end !== mention.date.start &&
      mention.date.precision === 'day' &&
      /\d/.test(view.masked.slice(mention.start, mention.end)),
  );
}

function summitEvent(reading: ArticleReading, view: SentenceView, summit: Span, given?: Given): EventDraft | undefined {
  const phrase = view.sentence.text.slice(summit.start, summit.end);
  const before = view.masked.slice(Math.max(0, summit.start - 30), summit.start);
  if (/\b(?:sidelines|margins) of\s*$/i.test(before)) return undefined; // a place, not news of its own
  // A speech at a summit is read as a statement ("to address the General Assembly", "is to speak
  // at the Web Summit").
  if (/\b(?:address(?:ed|es|ing)?|(?:speak|speaks|spoke|speaking) (?:at|before)) (?:the )?$/i.test(before))
    return undefined;
  if (/^(?:address(?:ed|es|ing)?|speak\w*)\b/i.test(phrase)) return undefined;
  if (NOT_HELD_BEFORE.test(before)) return undefined;
  // A lowercase "forum" or "conference" is a summit only with a name or a length ("a three-day
  // conference", "the Munich Security Conference"); "an informal forum" is a meeting.
  const ownClause = clauseAround(view.masked, summit);
  const clause = withRelativeAfter(view.masked, summit, ownClause);
  // The days a relative clause gives it are its own: "that Thailand had planned to host from May 12 to 14".
  const relativeDays =
    clause.end > ownClause.end
      ? view.dates.find((mention) => mention.start >= ownClause.end && mention.end <= clause.end && mention.date.end)
      : undefined;
  // An organisation holding its conference over several days ("is set to hold its developer
  // conference in Austin on Oct. 8-9") is a summit too.
  const heldOverDays =
    /\b(?:hold|holds|held|holding|host|hosts|hosted|hosting)\s+(?:(?:its|their|his|her|an?|the)\s+)?$/i.test(before) &&
    view.dates.some(
      (mention) => mention.start >= summit.end && mention.end <= clause.end && mention.date.end !== undefined,
    );
  if (
    /^(?:(?:the|an?|this|last|next)\s+)?(?:[a-z-]+\s+)*(?:forum|conference|workshop|symposium)$/.test(phrase) &&
    !durationDays(phrase) &&
    !heldOverDays &&
    !overDays(view, summit.end, clause.end)
  ) {
    return undefined;
  }
  const days = durationDays(phrase);
  const hasDate =
    view.dates.some((mention) => mention.start >= clause.start && mention.end <= clause.end) ||
    dateAfterRelative(view.masked, view.dates, clause, true) !== undefined;
  if (!days && !hasDate && !ATTENDED.test(before) && !ATTENDED.test(phrase)) return undefined;
  // Whether someone attends ("Putin will not attend the G20 summit") is not the summit's status:
  // read it from what the clause says of the summit itself ("will still take place").
  // "The summit was due to open on Monday but has been pushed back": the next clause calls it off.
  const said = withFollowingClause(
    readStatus(view.masked.slice(summit.end, clause.end), view.masked.slice(summit.start, clause.end)),
    view.masked.slice(clause.end),
  );
  if (!isShown(said)) return undefined;
  const own =
    given?.mention ??
    relativeDays ??
    plannedDate(view.masked, view.dates, summit, clause, reading.article.published) ??
    relativePlanDate(view.masked, view.dates, summit, view.triggers, reading.article.published);
  const dated: Dated = own
    ? {
        date: given ? givenDate({ ...given, mention: own }, reading.article.published) : own.date,
        basis: own.anchor === 'previous-event' ? 'anaphora' : 'text',
      }
    : dateFor(reading, view, clause, summit, false, true);
  const status = given?.status ?? statusByDate(said, dated.date, reading.article.published);
  const date = dated.basis === 'text' ? withLength(view.masked, clause, summit, dated.date) : dated.date;
  const inPhrase = [
    ...view.mentions.filter((mention) => mention.start >= summit.start && mention.end <= summit.end),
    ...bodyOfSummit(view, summit),
  ];
  // "EU leaders will discuss the war at a summit": without a name in the summit's own words, the
  // governments and organisations of its clause are who meets.
  // "Lukashenka was not at the summit", "Brandt skipped the summit": who stays away is no party to it.
  const attendance = view.masked.slice(clause.start, summit.start);
  const absent = readStatus(attendance, attendance) === 'negated' || STAYED_AWAY.test(attendance);
  // "A conference that Thailand had planned to host": the relative clause's subject holds it.
  const relativeSubject = view.mentions.filter(
    (mention) =>
      clause.end > ownClause.end && /^\s*(?:that|which)\s+$/.test(view.masked.slice(summit.end, mention.start)),
  );
  const inClause = absent
    ? []
    : [
        ...view.mentions.filter((mention) => mention.start >= clause.start && mention.end <= summit.start),
        ...relativeSubject,
      ];
  // "Crown Prince Salim hosted the summit": who hosts, chairs or convenes it is a party to it,
  // a person too (people who attend stand for their countries, named or not).
  const hosting = HOSTING_BEFORE.exec(view.masked.slice(clause.start, summit.start));
  const hosts = hosting ? inClause.filter((mention) => mention.end <= clause.start + hosting.index) : [];
  const actors = unique([
    ...hosts.map((mention) => mention.actorId),
    ...(inPhrase.length > 0 ? inPhrase : inClause)
      .filter((mention) => reading.actorsById.get(mention.actorId)?.kind !== 'person')
      .map((mention) => mention.actorId),
  ]);
  const name = phrase.replace(/^(?:the|an?|this|last|next)\s+/i, '');
  return draftOf(reading, view, {
    kind: 'summit',
    title: titleFor({ kind: 'summit', status, names: namesOf(reading, actors), clause: name }),
    date,
    status,
    actors,
    dateBasis: dated.basis === 'none' ? 'none' : dated.basis,
    trigger: 'summit',
    clause: name,
  });
}

/** Between a summit's words and the body whose summit it is: "a summit of the", "summit of". */
const SUMMIT_OF = /^\s+of\s+(?:the\s+)?$/i;

/**
 * "A summit of the East African Community in Arusha", "the summit of ECOWAS": the body its "of"
 * names right after its words holds it, as it does in them ("the ECOWAS summit"); no person ("a
 * summit of President Ruiz's allies").
 */
function bodyOfSummit(view: SentenceView, summit: Span): ActorMention[] {
  const next = view.mentions.find((mention) => mention.start >= summit.end);
  if (!next || next.form === 'pronoun' || next.titleOf !== undefined || next.possessive) return [];
  return SUMMIT_OF.test(view.masked.slice(summit.end, next.start)) ? [next] : [];
}

/** A verb of hosting right before a summit's words: "hosted the", "will chair next week's", "co-hosts an". */
const HOSTING_BEFORE =
  /\b(?:(?:co-?)?host(?:s|ed|ing)?|chair(?:s|ed|ing)?|conven(?:e|es|ed|ing))\s+(?:(?:the|an?|this|next|its|his|her|their|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}$/i;

// ---------------------------------------------------------------------------------------------
// Statements (indirect speech)

const REPORTING =
  /\b(?:said|says|told|tells|(?:called|calls) (?:for|on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))|appealed (?:for|to)|wrote|writes|tweeted|stated|states|signal(?:l)?ed|signals|warned|warns|insisted|insists|argued|argues|stressed|stresses|acknowledged|admitted|claimed|claims|denied|denies|(?:ruled|rules) out(?=(?:\s+(?:on|late on|early on|last|this|yesterday|earlier)\b[^,;]{0,20}?)?\s+(?:that|an?|the|any|fresh|new|early|snap)\b)|asked for|asks for|testified|testifies|confirmed(?=(?:\s+(?:on|late on|early on|last|this|yesterday|earlier)\b[^,;]{0,20}?)?\s+(?:that|he|she|it|they|we|I)\b))\b/gi;
const COMPLEMENT_START =
  /^\s*(?:(?:afterwards?|later|again|separately|subsequently|earlier|previously|publicly|privately|repeatedly)\s+)?(?:(?:reporters|journalists|the press|lawmakers|legislators|parliament|supporters|voters|MPs|senators|delegates|students|workers|residents|investors|analysts|officials|diplomats|(?:its |their |the )?(?:staff|employees|shareholders|members|customers|parents|councillors|councilors|fans|unions)|the (?:committee|inquiry|meeting|conference|board|council|chamber|assembly|house|audience|crowd)|the (?:[A-Z][\w.]*\s*)+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+)?(?:(?:on|late on|early on|in|at|outside|inside|after|before|during|following|ahead of) [^,]{0,30}?\s+)?(?:that\b|(?:the|a|an|he|she|it|they|we|his|her|its|their|this|there|[A-Z]\w+)\b)/;

/**
 * The words said open with the speaker's own plan ("said it would close", "said they will
 * appeal"): an announcement, read by the triggers of plans. Not a necessity or a compulsion ("it
 * would have to", "it will need to", "they would be forced to"), which is said as a statement.
 */
const OWN_PLAN_SAID = /^\s*(?:it|they) (?:would|will)\b(?!\s+(?:have|need|be (?:forced|obliged|compelled|unable))\b)/;

/** A reporting verb that denies what it reports, or rules it out ("ruled out that the board will meet"). */
const DENIAL = /^(?:denied|denies|ruled out|rules out)$/i;

/**
 * A verb of saying that tells news. `words`: where its words lie (to the sentence's end) when a
 * happening's word follows it within a few words ("said the company had refused to move", "said
 * the ban would fall hardest"): the saying is the source of a happening read there as an event of
 * its own, and no news then. `wordsDated`: its words have a date of their own ("told MPs the
 * department had issued a warning on Feb. 6"), which the happening they tell takes.
 */
interface StatementVerb extends Span {
  words?: Span;
  wordsDated?: true;
}

function findStatements(
  view: SentenceView,
  triggers: readonly TriggerMatch[],
  summits: readonly Span[],
): StatementVerb[] {
  const spans: StatementVerb[] = [];
  REPORTING.lastIndex = 0;
  for (let match = REPORTING.exec(view.masked); match; match = REPORTING.exec(view.masked)) {
    const verb = { start: match.index, end: match.index + match[0].length };
    const rest = view.masked.slice(verb.end);
    if (!COMPLEMENT_START.test(withoutDates(view, verb.end))) continue;
    // "said it would close two clinics" is the announcement of a plan; "said it would have to
    // close them" tells a necessity, no plan, and is a statement.
    if (OWN_PLAN_SAID.test(withoutDates(view, verb.end))) continue;
    const clause = clauseAround(view.masked, verb);
    const dated = view.dates.some((date) => date.start >= clause.start && date.end <= clause.end);
    if (isStandingPosition(view.masked.slice(clause.start, verb.start), dated)) continue;
    if (isBareAttribution(view.masked.slice(0, clause.start), rest)) continue;
    // Indirect speech that reports another event is that event's source, not news of its own.
    const reach = verb.end + (/^(?:\s*\S+){0,8}/.exec(rest)?.[0].length ?? 0);
    const reportsAnother = triggers.some(
      (trigger) =>
        !trigger.trigger.nominal &&
        trigger.trigger.kind !== 'announcement' &&
        trigger.start >= verb.end &&
        trigger.start < reach,
    );
    const reportsSummit = summits.some((summit) => summit.start >= verb.end && summit.start < reach + 40);
    // "The Kremlin denied that its troops had crossed the border": what is denied is not told as a
    // happening (background.ts drops it); the denial is the news.
    const denial = DENIAL.test(match[0]);
    if (reportsSummit && !denial) continue;
    if (triggers.some((trigger) => trigger.start <= verb.start && trigger.end >= verb.end)) continue;
    const words = { start: verb.end, end: view.masked.length };
    const ownDate = view.dates.some((date) => date.start >= verb.end && !date.inQuote);
    if (reportsAnother && !denial) spans.push({ ...verb, words });
    else spans.push(ownDate ? { ...verb, wordsDated: true } : verb);
  }
  return spans;
}

/**
 * The text after `from` with its date mentions blanked out: a date adverbial may stand between a
 * verb of saying and what it reports in any of its forms ("said yesterday that", "told reporters
 * late Monday that", "said last week the plan", "said earlier this month that").
 */
function withoutDates(view: SentenceView, from: number): string {
  let text = view.masked.slice(from);
  for (const date of view.dates) {
    if (date.start < from) continue;
    text = `${text.slice(0, date.start - from)}${' '.repeat(date.end - date.start)}${text.slice(date.end - from)}`;
  }
  return text;
}

/**
 * The speaker before an apposition that a clause boundary cut off: "Halvard Strand, the prime
 * minister, told parliament on Tuesday that ..." (the clause of "told" starts after the title).
 */
function appositionHead(
  reading: ArticleReading,
  view: SentenceView,
  clause: Span,
  verb: Span,
): ActorMention | undefined {
  if (!/^\s*(?:\w+ly\s+)?$/.test(view.masked.slice(clause.start, verb.start))) return undefined;
  // "Carla Benz, who met Ivo Ruiz in 2019, said": the head is before the relative clause.
  const relative = relativeClosedBefore(view.masked, clause.start) ?? clause.start;
  const head = view.mentions.filter((mention) => mention.end <= relative).at(-1);
  if (!head || !isParticipant(head, view.sentence.text, view.mentions, reading.actorsById)) return undefined;
  // "Jo Hale KC, for the family, told the court": letters after the name are still the head's.
  return /^(?:\s+\p{Lu}{2,4}\b)*\s*,(?:[^,;:]{1,60},)?\s*$/u.test(view.masked.slice(head.end, clause.start))
    ? head
    : undefined;
}

/**
 * A name that is itself the apposition of a description before it ("Her daughter, Kari Berg,", "The
 * club's owner, Ana Ruiz,"): the description heads the subject, the name only says who it is.
 */
function isApposedName(masked: string, name: ActorMention): boolean {
  return /\S\s*,\s*$/.test(masked.slice(Math.max(0, name.start - 3), name.start));
}

/** An aside that tells the speaking itself: ", speaking at a rally in Ibadan on Saturday,". */
const SPEAKING_ASIDE = /^\s*,\s*(?:speaking|talking|addressing|writing)\b/i;

/**
 * "Okafor, speaking at a rally in Ibadan on Saturday, said the party would win": the date of an
 * aside between the speaker and the verb that tells the speaking is the day the words were said.
 */
function speakingAsideDate(view: SentenceView, head: ActorMention, clause: Span): Dated | undefined {
  if (!SPEAKING_ASIDE.test(view.masked.slice(head.end, clause.start))) return undefined;
  const mention = view.dates.find((date) => date.start >= head.end && date.end <= clause.start);
  return mention && { date: mention.date, basis: mention.anchor === 'previous-event' ? 'anaphora' : 'text' };
}

/** A list joiner between two speakers: "A and B", "A, B and C". */
const SPEAKER_JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * "Germany and Italy asked for a delay", "A, B and C said": the subject that ends right before
 * the verb, with every name of the list it ends ("after his meeting with Zelensky, he signaled" is
 * no list).
 */
function trailingSubject(masked: string, subject: readonly ActorMention[]): ActorMention[] {
  const last = subject.at(-1);
  if (!last) return [];
  const speakers = [last];
  for (const mention of subject.slice(0, -1).reverse()) {
    const next = speakers[0];
    const joiner = speakers.length === 1 ? /^\s*,?\s*and\s+$/ : /^\s*,\s*$/;
    if (!next || mention.form === 'pronoun') break;
    if (!joiner.test(masked.slice(mention.end, next.start)) && !isPairRead(masked, mention, next)) break;
    speakers.unshift(mention);
  }
  return speakers;
}

/** The actors of the first pair read (isPairRead) at or after `from`; none, and it is empty. */
function pairReadAfter(masked: string, mentions: readonly ActorMention[], from: number): string[] {
  const after = mentions.filter((mention) => mention.start >= from);
  const at = after.findIndex((mention, index) => isPairRead(masked, mention, after[index + 1]));
  return at < 0 ? [] : after.slice(at, at + 2).map((mention) => mention.actorId);
}

/** What actors.ts reads as the first of a pair told before: "Both", "The two", a bare "The" ("The clubs"). */
const PAIR_OPENING = /^(?:both|(?:the\s+)?two|the)$/i;

/**
 * "Both companies said", "the two firms told analysts", "the airlines announced": a pair told
 * before, which actors.ts reads as two mentions side by side (the first on "both", "the two" or
 * "the", the second on the noun).
 */
function isPairRead(masked: string, first: ActorMention, second: ActorMention | undefined): boolean {
  return (
    second !== undefined &&
    first.form === 'title' &&
    second.form === 'title' &&
    PAIR_OPENING.test(masked.slice(first.start, first.end)) &&
    /^\s+$/.test(masked.slice(first.end, second.start))
  );
}

/** "ordered an audit of the airline's fleet and said ...": the clause's subject, with its list. */
function leadingSubject(masked: string, subject: readonly ActorMention[]): ActorMention[] {
  const first = subject[0];
  if (!first) return [];
  const speakers = [first];
  for (const mention of subject.slice(1)) {
    const previous = speakers.at(-1);
    if (!previous || mention.form === 'pronoun' || !SPEAKER_JOINER.test(masked.slice(previous.end, mention.start)))
      break;
    speakers.push(mention);
  }
  return speakers;
}

/**
 * A verb of saying joined by "and" or "but" to a verb before it, with no subject of its own
 * ("Bello ordered an audit of the airline's fleet and said ..."): it shares the clause's subject,
 * not whoever the first verb's object names.
 */
function coordinatedWithVerbBefore(masked: string, clause: Span, verb: Span): boolean {
  const before = masked.slice(clause.start, verb.start);
  return /\S\s+(?:and|but)\s+(?:(?:also|later|then|repeatedly)\s+)?$/i.test(before);
}

/** Speech put on the record: "in a statement", "in a communiqué", "at a news conference", "told reporters". */
const ON_RECORD =
  /^\s*(?:(?:on|late on|early on|last|this|yesterday|earlier)\b[^,;]{0,20}?\s+)?(?:in\s+(?:an?|its|their|a\s+joint)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press release|news release|post|letter|filing|notice|bulletin)|at\s+(?:an?|its|their)\s+(?:[\w-]+\s+)?(?:news|press)\s+(?:conference|briefing)|(?:told|tells)\s+(?:reporters|journalists|the press))\b/i;

/**
 * "The army said in a statement on Monday that ...", "Police told reporters on Tuesday that ...": a
 * body named only by its common noun that puts its words on the record on a day the text gives is
 * news, even when the article never named the body (the caller checks the date).
 */
function isNamelessBodyOnRecord(masked: string, clause: Span, verb: Span): boolean {
  const lead = subjectLead(masked, clause, verb.start);
  const telling = masked.slice(verb.start, verb.end);
  const after = /^(?:told|tells)$/i.test(telling) ? masked.slice(verb.start) : masked.slice(verb.end);
  return isAnnouncedByRole(lead) && ON_RECORD.test(after);
}

/**
 * Verbs by which a body or an office puts a claim on the record: "said", "told", and the verbs that
 * also tell how it was said ("The ministry insisted on Monday that the vaccine was safe", "The
 * opposition leader claimed on Tuesday that the count had been rigged", "Police denied on Friday that
 * ...").
 */
const ROLE_SAYING =
  /^(?:said|says|told|tells|insisted|insists|claimed|claims|warned|warns|denied|denies|argued|argues|acknowledged|admitted)$/i;

/**
 * "Investigators said Friday that the fire was human-caused", "The minister told parliament on
 * Tuesday that ...": the speech verb's subject is a body or an office named by its common noun
 * (nameless-agents.ts), with nothing but an adverb between it and the verb.
 */
function isSpokenByRole(view: SentenceView, clause: Span, verb: Span): boolean {
  const { masked } = view;
  if (!ROLE_SAYING.test(masked.slice(verb.start, verb.end))) return false;
  // "The office said on Tuesday that it “welcomes the recall”": the quotation is the news.
  if (/[“"]/.test(view.sentence.text.slice(verb.end))) return false;
  // "Officials said on Tuesday that the death toll remained unclear": nothing is told.
  if (NOTHING_KNOWN.test(masked.slice(verb.end))) return false;
  return isRolePhrase(subjectLead(masked, clause, verb.start));
}

/** A complement that tells only that nothing is known yet. */
const NOTHING_KNOWN =
  /\b(?:remain(?:s|ed)?|is|are|was|were)\s+(?:still\s+|as yet\s+)?(?:unclear|unknown|not (?:yet )?known|under investigation)\b/i;

/** The words a verb of saying reports: what follows it, from its "that" when it has one. */
function wordsSaid(view: SentenceView, verb: Span): string {
  const after = view.sentence.text.slice(afterSayingDate(view, verb.end));
  const that = /\bthat\s+/.exec(after.slice(0, 80));
  const told = !that && TELLING.test(view.masked.slice(verb.start, verb.end)) ? ADDRESSEE.exec(after) : null;
  const from = that ? that.index + that[0].length : (told?.[0].length ?? 0);
  return after.slice(from).replace(/[\s.]+$/, '');
}

/** Verbs of saying whose object is whom they told: "told", "assured", "warned". */
const TELLING = /^(?:told|tells?|telling|informed|assured|warned|reminded|briefed)$/i;

/**
 * Whom a verb of telling told, before the words told without "that": "told the council she will
 * retire", "told reporters in Accra the plant would close": up to five words before the subject of what
 * was told (a pronoun, or a noun after its article).
 */
const ADDRESSEE =
  /^\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’.-]+\s+){1,5}?(?=(?:he|she|it|they|we|I|you|there|the|a|an|his|her|their|its)\s)/;

/** What may stand between a verb of saying and its own date: "said on Monday", "said late on Monday". */
const BEFORE_SAYING_DATE = /^\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/**
 * Where the words said begin after `from`, the end of the verb: past the saying's own date when it
 * follows the verb ("said on Monday it would have to close two clinics" says "it would have to
 * close two clinics", not "on Monday it would ...").
 */
function afterSayingDate(view: SentenceView, from: number): number {
  for (const date of view.dates) {
    if (date.start < from || date.inQuote) continue;
    if (BEFORE_SAYING_DATE.test(view.masked.slice(from, date.start))) return date.end;
  }
  return from;
}

/**
 * Words that place a saying after the event told before ("The union said afterwards that ...",
 * "Later that day the ministry said ...", "Hours later, police said ..."): the saying has a day of
 * its own, counted from that event's.
 */
const SAID_AFTER_TOLD =
  /\b(?:later|afterwards?|that\s+(?:day|morning|afternoon|evening|night)|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|the\s+same\s+day)\b/i;

/** A relative clause that gives its antecedent's name: ", who calls himself", ", who goes by the name". */
const NAMING_RELATIVE =
  /,\s*who\s+(?:calls\s+(?:himself|herself|themselves)|goes\s+by(?:\s+the\s+name(?:\s+of)?)?|is\s+known\s+as)\s+$/;

/**
 * The person a relative clause right before the verb names, when it only gives the name its
 * nameless antecedent goes by: "The group's spokesman, who calls himself Commandant Zanga, said"
 * (the spokesman speaks, and the name is his).
 */
function nameInRelative(view: SentenceView, relative: number, verb: Span): ActorMention | undefined {
  const inside = view.mentions.filter((mention) => mention.start > relative && mention.end <= verb.start);
  const [name] = inside;
  if (inside.length !== 1 || !name || !/^\s*,\s*$/.test(view.masked.slice(name.end, verb.start))) return undefined;
  return NAMING_RELATIVE.test(view.masked.slice(relative, name.start)) ? name : undefined;
}

/** A report as the medium of what is said: "said in a report", "said in its annual survey". */
const IN_A_REPORT =
  /^\s+(?:\S+\s+){0,3}?in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:report|study|survey|review|bulletin|assessment|audit|analysis|post-?mortem)\b/i;

function statementEvent(reading: ArticleReading, view: SentenceView, verb: Span): EventDraft | undefined {
  const clause = clauseAround(view.masked, verb);
  const before = view.masked.slice(Math.max(clause.start, verb.start - 80), verb.start);
  const status = readStatus(before, view.masked.slice(clause.start, clause.end));
  if (!isShown(status) || status !== 'occurred') return undefined;
  // "Carla Benz, who met Ivo Ruiz in 2019, said": whom the relative clause names does not speak.
  const relative = relativeClosedBefore(view.masked, verb.start);
  const subject = view.mentions
    .filter((mention) => mention.end <= verb.start && mention.start >= clause.start)
    .filter((mention) => relative === undefined || mention.end <= relative)
    .filter((mention) => isParticipant(mention, view.sentence.text, view.mentions, reading.actorsById));
  const apposed = subject.length === 0 ? appositionHead(reading, view, clause, verb) : undefined;
  const speakers = coordinatedWithVerbBefore(view.masked, clause, verb)
    ? leadingSubject(view.masked, subject)
    : trailingSubject(view.masked, subject);
  const named = subject.length === 0 && relative !== undefined ? nameInRelative(view, relative, verb) : undefined;
  if (speakers.length === 0 && named) speakers.push(named);
  if (speakers.length === 0 && apposed) speakers.push(apposed);
  const speaker = speakers.at(-1);
  // A body or an office by its common noun speaks as news on a day the text gives (checked below).
  const nameless =
    !speaker && (isNamelessBodyOnRecord(view.masked, clause, verb) || isSpokenByRole(view, clause, verb));
  if (!speaker && !nameless) return undefined;
  const actors = unique(speakers.map((mention) => mention.actorId));
  let dated = dateFor(reading, view, clause, verb, true);
  if (apposed && dated.basis !== 'text') dated = speakingAsideDate(view, apposed, clause) ?? dated;
  const { date, basis } = dated;
  // "Hours later, the minister said ...": a date the sentence fronts, an anaphor too, is the
  // saying's own day; so is an occasion told before ("After the meeting, the union's leader, Ivo
  // Rask, said ...").
  const subjectStart = apposed ? view.masked.lastIndexOf(',', Math.max(0, apposed.start - 3)) + 1 : verb.start;
  const ownDay =
    basis === 'text' ||
    frontedDate(view.masked, view.dates, clause) !== undefined ||
    isFrontedOccasion(view.masked, subjectStart) ||
    (basis === 'anaphora' && SAID_AFTER_TOLD.test(view.masked.slice(0, verb.end + 16)));
  if (nameless && !ownDay) return undefined;
  // "Her daughter, Kari Berg, said the cause was heart failure" sources a fact; with its own day
  // ("told parliament on Tuesday that ...") the saying is news. A name that heads its subject, a
  // description after it ("Councilmember Ray Okafor, one of the two no votes, said the ban would
  // fall hardest on small firms"), speaks as any named speaker does.
  if (apposed && !ownDay && isApposedName(view.masked, apposed)) return undefined;
  const said = wordsSaid(view, verb);
  const names = namesOf(reading, actors);
  const words = `${names[0] ?? namelessSpeaker(view, clause, verb)}: ${said.trim()}`;
  // "told the Echo he would put up £15,000": a pledge made public is an announcement.
  // "said in a report published on Thursday that ...": what a report tells is made public.
  const lead = view.masked.slice(clause.start, verb.start);
  const kind: EventKind =
    isPledge(said, view.masked.slice(verb.start, verb.end), lead) || IN_A_REPORT.test(view.masked.slice(verb.end))
      ? 'announcement'
      : 'statement';
  return draftOf(reading, view, {
    kind,
    title: titleFor({ kind, status, names, clause: words }),
    date,
    status,
    actors,
    dateBasis: basis,
    trigger: 'say',
    clause: words,
  });
}
