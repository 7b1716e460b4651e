/** The messages between the compile pool and its worker threads, checked on arrival. */
import { z } from 'zod';
import type { ArticleResult } from './compile.ts';

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
