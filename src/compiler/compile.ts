/**
 * The compiler's pipeline, wired: article -> sentences -> actors -> events -> merged, validated list.
 * Pure: no fs, no clock. The same inputs always give byte-identical output.
 */
import { eventListSchema, type EventList, type TimelineEvent } from '../model/event-list.ts';
import { parseArticle } from './article.ts';
import { findActors } from './actors.ts';
import { diagnosticAt, type Diagnostic } from './diagnostics.ts';
import { extractEvents } from './events.ts';
import { splitSentences } from './sentences.ts';
import { shortHash, slugify } from './slug.ts';
import type { ActorDraft, ArticleInput, EventDraft } from './types.ts';

export interface CompileResult {
  list: EventList;
  diagnostics: Diagnostic[];
}

function eventId(draft: EventDraft): string {
  const who = draft.actors.slice(0, 2).join('-');
  const base = slugify(`${draft.date.start}-${draft.kind}-${who}`);
  return draft.kind === 'quote' && draft.quote ? `${base}-${shortHash(draft.quote.text)}` : base;
}

export function compileArticles(inputs: readonly ArticleInput[]): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const list: EventList = { version: 1, articles: [], actors: [], events: [] };
  const actorsById = new Map<string, ActorDraft>();
  const eventsById = new Map<string, TimelineEvent>();
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  for (const input of sorted) {
    const parsed = parseArticle(input);
    diagnostics.push(...parsed.diagnostics);
    const article = parsed.article;
    if (!article) continue;
    list.articles.push({ file: article.file, published: article.published, text: article.text });
    const sentences = splitSentences(article);
    const { actors, mentions } = findActors(sentences);
    for (const actor of actors) {
      const known = actorsById.get(actor.id);
      if (!known) actorsById.set(actor.id, { ...actor, roles: [...actor.roles], aliases: [...actor.aliases] });
      else {
        for (const role of actor.roles) if (!known.roles.includes(role)) known.roles.push(role);
        for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      }
    }
    for (const draft of extractEvents({ article, sentences, actors, mentions })) {
      const id = eventId(draft);
      const source = { file: draft.file, published: draft.published, ...draft.source };
      const existing = eventsById.get(id);
      if (existing) {
        existing.sources.push(source);
        continue;
      }
      eventsById.set(id, {
        id,
        kind: draft.kind,
        title: draft.title,
        date: draft.date,
        status: draft.status,
        actors: draft.actors,
        ...(draft.place ? { place: draft.place } : {}),
        ...(draft.quote ? { quote: draft.quote } : {}),
        sources: [source],
      });
    }
  }
  const used = new Set([...eventsById.values()].flatMap((event) => event.actors));
  list.actors = [...actorsById.values()].filter((actor) => used.has(actor.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  list.events = [...eventsById.values()].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
  );

  const checked = eventListSchema.safeParse(list);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      diagnostics.push(
        diagnosticAt('<output>', '', 0, 'error', 'invalid-output', `${issue.path.join('.')}: ${issue.message}`),
      );
    }
  }
  return { list, diagnostics };
}
