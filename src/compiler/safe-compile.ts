/**
 * One article's compile, fenced: an exception thrown by any stage becomes an error diagnostic for
 * that article (`file:1:1: error: internal error ...`), so one bad article never crashes a run and
 * the others are still checked. Used by the single-threaded path and by the worker threads alike.
 */
import { compileArticle, type ArticleResult } from './compile.ts';
import type { ArticleInput } from './types.ts';

export function compileArticleSafely(
  input: ArticleInput,
  compile: (input: ArticleInput) => ArticleResult = compileArticle,
): ArticleResult {
  try {
    return compile(input);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      actors: [],
      events: [],
      diagnostics: [
        {
          file: input.file,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'internal-error',
          message: `internal error in the compiler while reading this article (${detail}); please report it with the article`,
        },
      ],
    };
  }
}
