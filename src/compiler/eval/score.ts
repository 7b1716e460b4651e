/**
 * Scores a compiled event list against the hand-written expected lists of the evaluation corpus.
 * Pure: expected lists + event list in, figures and the list of misses and false positives out.
 * The matching rule is documented in src/compiler/__fixtures__/eval/README.md.
 */
import { z } from 'zod';
import {
  eventKindSchema,
  eventStatusSchema,
  isoPartialDateSchema,
  precisionSchema,
  type Actor,
  type EventList,
  type TimelineEvent,
} from '../../model/event-list.ts';

const evidenceSchema = z.string().min(5).max(60);

/** One event a careful human editor expects from an article. */
export const expectedEventSchema = z.strictObject({
  kind: eventKindSchema,
  /** `null` when the text gives no date for the event: any produced date is accepted. */
  date: z
    .strictObject({
      start: isoPartialDateSchema,
      end: isoPartialDateSchema.optional(),
      precision: precisionSchema,
      /** Documents the annotator's reading; not compared. */
      approximate: z.boolean().optional(),
      /** Documents the annotator's reading; not compared. */
      qualifier: z.string().optional(),
    })
    .nullable(),
  status: eventStatusSchema.default('occurred'),
  /** Canonical names of the central participants. */
  actors: z.array(z.string().min(1)),
  /** Verbatim substring of the reporting sentence; several when several sentences report it. */
  evidence: z.union([evidenceSchema, z.array(evidenceSchema).min(1)]),
  quote: z
    .strictObject({
      speaker: z.string().min(1),
      medium: z.string().min(1).optional(),
      textStartsWith: z.string().min(1),
    })
    .optional(),
});
export type ExpectedEvent = z.infer<typeof expectedEventSchema>;

/** One `*.expected.json` file. */
export const expectedFileSchema = z.strictObject({
  /** A bare name is a sibling of the expected file; a path with `/` is relative to the project root. */
  article: z.string().min(1),
  events: z.array(expectedEventSchema),
});
export type ExpectedFile = z.infer<typeof expectedFileSchema>;

/** An article to score: its project-relative file (as in the event list's sources) and expectations. */
export interface ExpectedArticle {
  file: string;
  text: string;
  events: readonly ExpectedEvent[];
}

/** A produced event as the report shows it. */
export interface ProducedSummary {
  id: string;
  kind: string;
  title: string;
  date: string;
  status: string;
  actors: string[];
  sentence: string;
}

export type MissReason = 'not detected' | 'wrong date' | 'missing actors' | 'wrong date, missing actors';

export interface Miss {
  expected: ExpectedEvent;
  /** The sentence the evidence is in (the compiler's sentence when it made one, else the paragraph). */
  sentence: string;
  reason: MissReason;
  /** What it was confused with, for the near misses (kind and evidence match, date or actors do not). */
  nearest?: ProducedSummary;
  /** Human-readable explanation: "expected 2025-12-28 (day), got 2026-12-28 (day)". */
  details: string[];
}

export interface Ratios {
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  file: string;
  expected: number;
  produced: number;
  strict: Ratios;
  lenient: Ratios;
  matches: { expected: ExpectedEvent; produced: ProducedSummary; notes: string[] }[];
  misses: Miss[];
  falsePositives: ProducedSummary[];
  /**
   * Actors of the strictly matched events (the quote's speaker included): how many the events
   * gave, and how many of them name none of the expected actors. The matching rule lets an event
   * carry actors the annotator did not list (rule 4); this figure shows what that costs.
   */
  actors: ActorCounts;
}

/** Actors given by matched events, and those among them that the expected event does not list. */
export interface ActorCounts {
  given: number;
  unexpected: number;
}

export interface CorpusScore {
  articles: ArticleScore[];
  overall: { expected: number; produced: number; strict: Ratios; lenient: Ratios };
  /** Expected events found leniently but not strictly, by reason. */
  nearMisses: { wrongDate: number; missingActors: number };
  /** Over every article: actors of matched events, and those not expected (`ArticleScore.actors`). */
  actors: ActorCounts;
}

/** Precision and recall; precision is 1 when nothing was produced (no false positives). */
export function ratios(matched: number, produced: number, expected: number): Ratios {
  const precision = produced === 0 ? 1 : matched / produced;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, precision, recall, f1 };
}

/** Straight quotes, single spaces, lower case: evidence is verbatim up to typography. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Names compared without case, accents, dots or apostrophes: "J.D. Vance" = "j.d. vance". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Whether an actor is named `expected`: its name or an alias equals it, or contains it as whole words. */
export function actorIsNamed(actor: Actor, expected: string): boolean {
  const wanted = normalizeName(expected);
  if (wanted === '') return false;
  return [actor.name, ...actor.aliases].some((name) => {
    const candidate = normalizeName(name);
    return candidate === wanted || ` ${candidate} `.includes(` ${wanted} `);
  });
}

function evidenceList(expected: ExpectedEvent): string[] {
  return typeof expected.evidence === 'string' ? [expected.evidence] : expected.evidence;
}

function formatExpectedDate(date: ExpectedEvent['date']): string {
  if (date === null) return 'undated';
  return `${date.start}${date.end ? `..${date.end}` : ''} (${date.precision})`;
}

function formatProducedDate(date: TimelineEvent['date']): string {
  return `${date.start}${date.end ? `..${date.end}` : ''} (${date.precision}${date.approximate ? ', approx.' : ''})`;
}

/** Everything the matcher needs about one produced event, restricted to one article. */
interface Candidate {
  event: TimelineEvent;
  sentences: string[];
  actors: Actor[];
  summary: ProducedSummary;
}

function makeCandidate(event: TimelineEvent, file: string, actorsById: ReadonlyMap<string, Actor>): Candidate {
  const sources = event.sources.filter((source) => source.file === file);
  const ids = [...event.actors, ...(event.quote?.speaker === undefined ? [] : [event.quote.speaker])];
  const actors = [...new Set(ids)].flatMap((id) => {
    const actor = actorsById.get(id);
    return actor ? [actor] : [];
  });
  return {
    event,
    sentences: sources.map((source) => normalizeText(source.sentence)),
    actors,
    summary: {
      id: event.id,
      kind: event.kind,
      title: event.title,
      date: formatProducedDate(event.date),
      status: event.status,
      actors: event.actors.map((id) => actorsById.get(id)?.name ?? id),
      sentence: sources[0]?.sentence ?? '',
    },
  };
}

/** How to match. `anyKind`: ignore kinds (rule 1), to measure how many misses are kind confusions. */
export interface ScoreOptions {
  anyKind?: boolean;
}

/** Rules 1 and 2 of the matching rule (rule 2 only with `anyKind`). */
type EvidenceMatch = (expected: ExpectedEvent, candidate: Candidate) => boolean;

function evidenceMatchFor(options: ScoreOptions): EvidenceMatch {
  return options.anyKind ? evidenceFound : sameKindAndEvidence;
}

function sameKindAndEvidence(expected: ExpectedEvent, candidate: Candidate): boolean {
  return expected.kind === candidate.event.kind && evidenceFound(expected, candidate);
}

function evidenceFound(expected: ExpectedEvent, candidate: Candidate): boolean {
  const evidence = evidenceList(expected).map(normalizeText);
  return candidate.sentences.some((sentence) => evidence.some((piece) => sentence.includes(piece)));
}

function dateMatches(expected: ExpectedEvent, candidate: Candidate): boolean {
  if (expected.date === null) return true;
  return (
    expected.date.start === candidate.event.date.start && expected.date.precision === candidate.event.date.precision
  );
}

function missingActors(expected: ExpectedEvent, candidate: Candidate): string[] {
  return expected.actors.filter((name) => !candidate.actors.some((actor) => actorIsNamed(actor, name)));
}

/** Actors a matched event gives that name none of the expected event's actors. */
function unexpectedActors(expected: ExpectedEvent, candidate: Candidate): Actor[] {
  return candidate.actors.filter((actor) => !expected.actors.some((name) => actorIsNamed(actor, name)));
}

function strictMatchFor(sameEvidence: EvidenceMatch): EvidenceMatch {
  return (expected, candidate) =>
    sameEvidence(expected, candidate) &&
    dateMatches(expected, candidate) &&
    missingActors(expected, candidate).length === 0;
}

/** Greedy one-to-one matching: expected events in order, each takes the first unused match. */
function greedyMatch(
  expected: readonly ExpectedEvent[],
  candidates: readonly Candidate[],
  matches: (expected: ExpectedEvent, candidate: Candidate) => boolean,
): (number | undefined)[] {
  const used = new Set<number>();
  return expected.map((wanted) => {
    const index = candidates.findIndex((candidate, i) => !used.has(i) && matches(wanted, candidate));
    if (index === -1) return undefined;
    used.add(index);
    return index;
  });
}

/** Notes on a strict match: status and quote details, which do not affect the score. */
function matchNotes(expected: ExpectedEvent, candidate: Candidate, actorsById: ReadonlyMap<string, Actor>): string[] {
  const notes: string[] = [];
  if (expected.status !== candidate.event.status) {
    notes.push(`status: expected ${expected.status}, got ${candidate.event.status}`);
  }
  if (expected.quote) {
    const produced = candidate.event.quote;
    if (!produced) {
      notes.push('quote: no quote produced');
    } else {
      const speaker = produced.speaker === undefined ? undefined : actorsById.get(produced.speaker);
      const described = produced.speakerDescription;
      const same = speaker
        ? actorIsNamed(speaker, expected.quote.speaker)
        : described !== undefined && normalizeName(described) === normalizeName(expected.quote.speaker);
      if (!same) {
        const got = speaker?.name ?? described ?? produced.speaker ?? 'none';
        notes.push(`quote speaker: expected ${expected.quote.speaker}, got ${got}`);
      }
      const medium = expected.quote.medium;
      if (medium !== undefined) {
        const wanted = normalizeName(medium).replace(/^(a|an|the|his|her|their) /, '');
        const got = normalizeName(produced.medium ?? '');
        if (got === '' || !(got.includes(wanted) || wanted.includes(got))) {
          notes.push(`quote medium: expected "${medium}", got ${produced.medium ? `"${produced.medium}"` : 'none'}`);
        }
      }
      if (!normalizeText(produced.text).startsWith(normalizeText(expected.quote.textStartsWith))) {
        notes.push(
          `quote text: expected to start "${expected.quote.textStartsWith}", got "${produced.text.slice(0, 40)}"`,
        );
      }
    }
  }
  return notes;
}

/** The sentence that holds the evidence: the compiler's own sentence if any, else the paragraph. */
function sentenceOf(expected: ExpectedEvent, article: ExpectedArticle, candidates: readonly Candidate[]): string {
  const evidence = evidenceList(expected);
  for (const candidate of candidates) {
    for (const source of candidate.event.sources.filter((each) => each.file === article.file)) {
      const sentence = normalizeText(source.sentence);
      if (evidence.some((piece) => sentence.includes(normalizeText(piece)))) return source.sentence;
    }
  }
  const paragraph = article.text.split(/\n\s*\n/).find((part) => evidence.some((piece) => part.includes(piece)));
  return (paragraph ?? evidence[0] ?? '').replace(/^ date \d{4}-\d{2}-\d{2} /, '').trim();
}

function explainMiss(
  expected: ExpectedEvent,
  article: ExpectedArticle,
  candidates: readonly Candidate[],
  taken: ReadonlySet<number>,
  sameEvidence: EvidenceMatch,
): Miss {
  // Prefer a lenient match the strict matching left unused: that is the event it should have been.
  const lenient = candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => sameEvidence(expected, candidate))
    .sort((a, b) => Number(taken.has(a.index)) - Number(taken.has(b.index)));
  const nearest = lenient[0]?.candidate;
  const sentence = sentenceOf(expected, article, nearest ? [nearest, ...candidates] : candidates);
  if (!nearest) return { expected, sentence, reason: 'not detected', details: [] };
  const details: string[] = [];
  const dateOk = dateMatches(expected, nearest);
  const missing = missingActors(expected, nearest);
  if (!dateOk) {
    details.push(`expected ${formatExpectedDate(expected.date)}, got ${formatProducedDate(nearest.event.date)}`);
  }
  if (missing.length > 0) {
    details.push(`missing actors ${missing.join(', ')}; got ${nearest.summary.actors.join(', ') || 'none'}`);
  }
  const reason: MissReason =
    !dateOk && missing.length > 0
      ? 'wrong date, missing actors'
      : !dateOk
        ? 'wrong date'
        : missing.length > 0
          ? 'missing actors'
          : // Matches on its own, but another expected event took it first.
            'not detected';
  if (reason === 'not detected') details.push(`its match ${nearest.event.id} went to another expected event`);
  return { expected, sentence, reason, nearest: nearest.summary, details };
}

/** Scores one article against the produced events that have a source in it. */
export function scoreArticle(article: ExpectedArticle, list: EventList, options: ScoreOptions = {}): ArticleScore {
  const sameEvidence = evidenceMatchFor(options);
  const actorsById = new Map(list.actors.map((actor) => [actor.id, actor]));
  const candidates = list.events
    .filter((event) => event.sources.some((source) => source.file === article.file))
    .map((event) => makeCandidate(event, article.file, actorsById));
  const strict = greedyMatch(article.events, candidates, strictMatchFor(sameEvidence));
  const lenient = greedyMatch(article.events, candidates, sameEvidence);
  const taken = new Set(strict.filter((index): index is number => index !== undefined));

  const matches: ArticleScore['matches'] = [];
  const misses: Miss[] = [];
  const actors: ActorCounts = { given: 0, unexpected: 0 };
  article.events.forEach((expected, i) => {
    const index = strict[i];
    const candidate = index === undefined ? undefined : candidates[index];
    if (candidate) {
      actors.given += candidate.actors.length;
      actors.unexpected += unexpectedActors(expected, candidate).length;
      matches.push({ expected, produced: candidate.summary, notes: matchNotes(expected, candidate, actorsById) });
    } else {
      misses.push(explainMiss(expected, article, candidates, taken, sameEvidence));
    }
  });
  const falsePositives = candidates.filter((_, index) => !taken.has(index)).map((candidate) => candidate.summary);
  const lenientMatched = lenient.filter((index) => index !== undefined).length;
  return {
    file: article.file,
    expected: article.events.length,
    produced: candidates.length,
    strict: ratios(matches.length, candidates.length, article.events.length),
    lenient: ratios(lenientMatched, candidates.length, article.events.length),
    matches,
    misses,
    falsePositives,
    actors,
  };
}

/** Scores every article; overall figures are micro averages (sums over articles). */
export function scoreCorpus(
  articles: readonly ExpectedArticle[],
  list: EventList,
  options: ScoreOptions = {},
): CorpusScore {
  const scores = articles.map((article) => scoreArticle(article, list, options));
  const sum = (pick: (score: ArticleScore) => number): number => scores.reduce((total, s) => total + pick(s), 0);
  const expected = sum((s) => s.expected);
  const produced = sum((s) => s.produced);
  const misses = scores.flatMap((s) => s.misses);
  return {
    articles: scores,
    overall: {
      expected,
      produced,
      strict: ratios(
        sum((s) => s.strict.matched),
        produced,
        expected,
      ),
      lenient: ratios(
        sum((s) => s.lenient.matched),
        produced,
        expected,
      ),
    },
    nearMisses: {
      wrongDate: misses.filter((miss) => miss.reason.includes('wrong date')).length,
      missingActors: misses.filter((miss) => miss.reason.includes('missing actors')).length,
    },
    actors: { given: sum((s) => s.actors.given), unexpected: sum((s) => s.actors.unexpected) },
  };
}
