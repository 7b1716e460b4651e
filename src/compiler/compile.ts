/**
 * The compiler's pipeline, wired: article -> sentences -> actors -> events -> merged, validated list.
 * Pure: no fs, no clock. The same inputs always give byte-identical output.
 */
import { z } from 'zod';
import {
  crossReferenceIssues,
  eventListSchema,
  type Article,
  type EventList,
  type ListIssue,
  type TimelineEvent,
} from '../model/event-list.ts';
import { parseArticle } from './article.ts';
import { linkActorsAcrossArticles, mergeLinkedActors } from './actor-linking.ts';
import { findActors } from './actors.ts';
import { diagnosticAt, type Diagnostic } from './diagnostics.ts';
import { extractEvents } from './events.ts';
import { scopeKindNamedBodies } from './generic-bodies.ts';
import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences.ts';
import { mergeEvents } from './merge.ts';
import type { ActorDraft, ArticleInput, EventDraft, ParsedArticle, Sentence } from './types.ts';

export interface CompileResult {
  list: EventList;
  diagnostics: Diagnostic[];
}

/** What one article contributes: serialisable, so articles can be compiled in worker threads. */
export interface ArticleResult {
  article?: Article;
  actors: ActorDraft[];
  events: EventDraft[];
  diagnostics: Diagnostic[];
}

/** The stages of compiling one article, as `compileArticleTimed` names them to its timer. */
export type ArticleStage = 'article' | 'sentences' | 'actors' | 'events' | 'diagnostics';

/** Runs one stage and answers its value; the bench passes one that adds up the time each stage takes. */
export type StageTimer = <T>(stage: ArticleStage, run: () => T) => T;

const untimed: StageTimer = (_stage, run) => run();

/** Compiles one article on its own (stages 1-4). */
export function compileArticle(input: ArticleInput): ArticleResult {
  return compileArticleTimed(input, untimed);
}

/**
 * `compileArticle` with each stage run through `time`, so that the bench's per-stage figures are
 * the stages as they are wired here and add up to the whole.
 */
export function compileArticleTimed(input: ArticleInput, time: StageTimer): ArticleResult {
  const parsed = time('article', () => parseArticle(input));
  const article = parsed.article;
  if (!article) return { actors: [], events: [], diagnostics: parsed.diagnostics };
  const sentences = time('sentences', () => splitSentences(article));
  const { actors, mentions } = time('actors', () => findActors(sentences));
  const { events, diagnostics } = time('events', () => extractEvents({ article, sentences, actors, mentions }));
  return time('diagnostics', () => ({
    article: { file: article.file, published: article.published, text: article.text },
    actors,
    events,
    diagnostics: [...parsed.diagnostics, ...overlongSentences(article, sentences), ...diagnostics],
  }));
}

/** A warning for each sentence read in pieces because it ran on with no full stop. */
function overlongSentences(article: ParsedArticle, sentences: readonly Sentence[]): Diagnostic[] {
  return sentences.flatMap((sentence) =>
    sentence.overlong === undefined
      ? []
      : [
          diagnosticAt(
            article.file,
            article.text,
            sentence.start,
            'warning',
            'overlong-sentence',
            `a sentence of ${sentence.overlong} characters, with no full stop; it was read in pieces of at most ${MAX_SENTENCE_LENGTH}, so its events may be incomplete`,
          ),
        ],
  );
}

/**
 * Merges per-article results (in any order) into one validated event list: actors by id, events
 * reported by several sentences or articles into one event with several sources.
 */
export function mergeArticleResults(results: readonly ArticleResult[]): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const list: EventList = { version: 1, articles: [], actors: [], events: [] };
  const actorsById = new Map<string, ActorDraft>();
  const sorted = scopeBodies([...results].sort((a, b) => compareFiles(a.article?.file ?? '', b.article?.file ?? '')));
  for (const result of sorted) {
    diagnostics.push(...result.diagnostics);
    if (!result.article) continue;
    list.articles.push(result.article);
    for (const actor of result.actors) {
      const known = actorsById.get(actor.id);
      if (!known) actorsById.set(actor.id, { ...actor, roles: [...actor.roles], aliases: [...actor.aliases] });
      else {
        for (const role of actor.roles) if (!known.roles.includes(role)) known.roles.push(role);
        for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      }
    }
  }
  // "Lavrov said" in one article is the Sergey Lavrov another introduces (see actor-linking.ts).
  const links = linkActorsAcrossArticles(sorted.map((result) => result.actors));
  const linkedActors = links.size > 0 ? mergeLinkedActors([...actorsById.values()], links) : [...actorsById.values()];
  const linkedById = new Map(linkedActors.map((actor) => [actor.id, actor]));
  const textOf = new Map(list.articles.map((article) => [article.file, article.text]));
  const merged = mergeEvents(
    sorted.flatMap((result) => (links.size > 0 ? result.events.map((draft) => relink(draft, links)) : result.events)),
    linkedById,
  );
  for (const dropped of merged.dropped) {
    diagnostics.push(
      diagnosticAt(
        dropped.file,
        textOf.get(dropped.file) ?? '',
        dropped.source.start,
        'warning',
        'undated-event',
        `the text gives no date for this ${dropped.kind} ("${dropped.title}"), so it is left off the timeline`,
      ),
    );
  }
  // Event ids are unique (mergeEvents gives each its own), so the events need no map by id.
  const used = new Set<string>();
  for (const event of merged.events) for (const actor of event.actors) used.add(actor);
  list.actors = linkedActors.filter((actor) => used.has(actor.id)).sort((a, b) => compareFiles(a.id, b.id));
  list.events = merged.events.sort(compareEvents);

  for (const { path, message } of outputIssues(list)) {
    diagnostics.push(diagnosticAt('<output>', '', 0, 'error', 'invalid-output', `${path.join('.')}: ${message}`));
  }
  return { list, diagnostics };
}

/**
 * The merged list checked against the event-list schema, its arrays element by element: a parse
 * answers with a copy of what it checked, and a copy of one event is garbage at once, where a copy
 * of the whole list (some 70 MB for 10,000 articles) would be kept until the last event was checked.
 */
export function outputIssues(list: EventList): ListIssue[] {
  const issues: ListIssue[] = [];
  const check = (schema: z.ZodType, value: unknown, path: (string | number)[]): void => {
    const checked = schema.safeParse(value);
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      issues.push({
        path: [...path, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
        message: issue.message,
      });
    }
  };
  const fields: Record<string, unknown> = list;
  for (const [key, schema] of Object.entries(eventListSchema.shape)) {
    const value = fields[key];
    if (schema instanceof z.ZodArray && Array.isArray(value)) {
      value.forEach((element: unknown, index) => check(schema.element, element, [key, index]));
    } else check(schema, value, [key]);
  }
  return [...issues, ...crossReferenceIssues(list)];
}

/** The results with each article's kind-named bodies ("the central bank") its own (generic-bodies.ts). */
function scopeBodies(results: readonly ArticleResult[]): ArticleResult[] {
  const scoped = scopeKindNamedBodies(
    results.map((result) => result.article?.file ?? ''),
    results.map((result) => result.actors),
  );
  return results.map((result, index) => {
    const { actors, links } = scoped[index] ?? { actors: result.actors, links: new Map<string, string>() };
    if (links.size === 0) return result;
    return { ...result, actors, events: result.events.map((draft) => relink(draft, links)) };
  });
}

/** A draft with its actors (and its quote's speaker) replaced by the actors they are linked to. */
function relink(draft: EventDraft, links: ReadonlyMap<string, string>): EventDraft {
  const actors = [...new Set(draft.actors.map((id) => links.get(id) ?? id))];
  const speaker = draft.quote?.speaker === undefined ? undefined : links.get(draft.quote.speaker);
  const changed = speaker !== undefined || actors.some((id, index) => id !== draft.actors[index]);
  if (!changed) return draft;
  return { ...draft, actors, ...(draft.quote && speaker ? { quote: { ...draft.quote, speaker } } : {}) };
}

/**
 * Time order; events of one day in the order their first report tells them (its file, then its
 * offset), as a reader met them, and the id last so that the order is total.
 */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  // Two constants, not a destructured pair: sorting calls this some n log n times.
  const first = a.sources[0];
  const second = b.sources[0];
  return (
    compareFiles(a.date.start, b.date.start) ||
    compareFiles(first?.file ?? '', second?.file ?? '') ||
    (first?.start ?? 0) - (second?.start ?? 0) ||
    compareFiles(a.id, b.id)
  );
}

/** Code-unit order, independent of the locale, so output is byte-identical everywhere. */
function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compiles a set of articles into one event list. */
export function compileArticles(inputs: readonly ArticleInput[]): CompileResult {
  return mergeArticleResults(inputs.map(compileArticle));
}
