/** The messages between the compile pool and its worker threads, checked on arrival. */
import { z } from 'zod';
import type { ArticleResult } from './compile.ts';
import type { ArticleInput, EventDraft } from './types.ts';

export const batchRequestSchema = z.object({
  batch: z.number().int().nonnegative(),
  inputs: z.array(z.object({ file: z.string(), text: z.string() })),
});
export type BatchRequest = z.infer<typeof batchRequestSchema>;

/**
 * A result made by our own compileArticle in another thread: checking its outline is enough (the
 * merged list is validated against the event-list schema before anything is written).
 */
function looksLikeArticleResult(value: unknown): value is ArticleResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'actors' in value &&
    Array.isArray(value.actors) &&
    'events' in value &&
    Array.isArray(value.events) &&
    'diagnostics' in value &&
    Array.isArray(value.diagnostics)
  );
}

export const batchReplySchema = z.object({
  batch: z.number().int().nonnegative(),
  results: z.array(z.custom<ArticleResult>(looksLikeArticleResult)),
});
export type BatchReply = z.infer<typeof batchReplySchema>;

/** A source span whose sentence is the article's text between its offsets. */
type Spanned = { start: number; end: number; sentence: string };

/**
 * A result as a worker sends it back: without the text the main thread has already. A message is
 * a copy, and a copied string shares nothing: the article's text would come back a second time,
 * and every source's sentence as a string of its own instead of a slice of that text (a result
 * about 80% larger in the main thread, which keeps them all until the merge). `textFromInput`: the
 * article's text is the input's; a sentence left out (empty) is the text between its offsets.
 */
export function packResult(result: ArticleResult, input: ArticleInput): ArticleResult & { textFromInput?: true } {
  const article = result.article;
  if (!article || article.text !== input.text) return result;
  const text = article.text;
  const pack = <T extends Spanned>(span: T): T =>
    span.sentence === text.slice(span.start, span.end) ? { ...span, sentence: '' } : span;
  return {
    ...result,
    article: { ...article, text: '' },
    events: result.events.map((draft) => {
      const packed: EventDraft = { ...draft, source: pack(draft.source) };
      if (draft.alsoReportedBy) packed.alsoReportedBy = draft.alsoReportedBy.map(pack);
      return packed;
    }),
    textFromInput: true,
  };
}

/** The result `packResult` made, whole again: its text and sentences are slices of the input's text. */
export function unpackResult(result: ArticleResult & { textFromInput?: true }, input: ArticleInput): ArticleResult {
  const { textFromInput, ...rest } = result;
  if (!textFromInput || !rest.article) return rest;
  const text = input.text;
  const unpack = (span: Spanned): void => {
    if (span.sentence === '') span.sentence = text.slice(span.start, span.end);
  };
  rest.article.text = text;
  for (const draft of rest.events) {
    unpack(draft.source);
    for (const span of draft.alsoReportedBy ?? []) unpack(span);
  }
  return rest;
}
