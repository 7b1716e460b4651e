import { describe, expect, it } from 'vitest';
import { generateCorpus } from './bench/generate-corpus.ts';
import { compileArticle } from './compile.ts';
import { compileInParallel, shouldUseWorkers } from './worker-pool.ts';

describe('compileInParallel', () => {
  it('gives each article the same result as compiling it alone, in input order', { timeout: 60_000 }, async () => {
    const corpus = generateCorpus(24, 3, 500);
    const progress: number[] = [];
    // Workers only, so the test fails if a worker thread cannot load the TypeScript sources.
    const { results, threads } = await compileInParallel(corpus, (done) => progress.push(done), {
      workers: 2,
      batchSize: 4,
      mainThread: false,
    });
    expect(threads).toBe(2);
    expect(results).toEqual(corpus.map((input) => compileArticle(input)));
    expect(progress.at(-1)).toBe(24);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('counts the main thread and the workers that delivered', { timeout: 60_000 }, async () => {
    const corpus = generateCorpus(6, 5, 300);
    const { results, threads } = await compileInParallel(corpus, undefined, { workers: 0, batchSize: 2 });
    expect(threads).toBe(1);
    expect(results).toEqual(corpus.map((input) => compileArticle(input)));
  });

  it('returns nothing for nothing', async () => {
    expect(await compileInParallel([])).toEqual({ results: [], threads: 1 });
  });
});

describe('shouldUseWorkers', () => {
  it('uses workers only for large corpora on a machine with a second core', () => {
    expect(shouldUseWorkers(200, 2)).toBe(false);
    expect(shouldUseWorkers(201, 2)).toBe(true);
    expect(shouldUseWorkers(10_000, 1)).toBe(false);
  });
});
