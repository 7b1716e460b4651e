/**
 * `npm run bench [-- --sizes 1,100,10000] [--no-workers]`
 * The compiler's throughput on a generated, varied corpus (bench/generate-corpus.ts): articles per
 * second, ms per article (wall clock, and CPU time of all threads, which a busy machine inflates
 * far less), peak memory (RSS of the process, main-thread heap), on one thread and with the worker
 * pool, plus the time spent in each stage on one thread. Prints figures; asserts nothing. Reading
 * and writing files is left out: this measures the compiler itself.
 */
import { availableParallelism } from 'node:os';
import {
  compileArticleTimed,
  mergeArticleResults,
  type ArticleResult,
  type ArticleStage,
  type StageTimer,
} from '../compile.ts';
import { compileArticleSafely } from '../safe-compile.ts';
import type { ArticleInput } from '../types.ts';
import { compileInParallel } from '../worker-pool.ts';
import { generateCorpus } from './generate-corpus.ts';

interface Figures {
  label: string;
  articles: number;
  milliseconds: number;
  /** CPU time of the whole process (every thread), which a busy machine inflates far less than wall time. */
  cpuMilliseconds: number;
  peakRss: number;
  peakHeap: number;
  threads: number;
}

/** Peak memory, sampled between batches (and by a timer while workers run). */
function createMemoryProbe() {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  sample();
  return { sample, peak: () => ({ peakRss, peakHeap }) };
}

function cpuSince(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function collectGarbage(): void {
  // Available with --expose-gc; without it, peaks include garbage of earlier runs.
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function singleThread(inputs: readonly ArticleInput[]): Figures {
  collectGarbage();
  const memory = createMemoryProbe();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results: ArticleResult[] = [];
  for (const input of inputs) {
    results.push(compileArticleSafely(input));
    if (results.length % 25 === 0) memory.sample();
  }
  mergeArticleResults(results);
  const milliseconds = performance.now() - started;
  const cpuMilliseconds = cpuSince(cpuStarted);
  memory.sample();
  return { label: '1 thread', articles: inputs.length, milliseconds, cpuMilliseconds, ...memory.peak(), threads: 1 };
}

async function withWorkers(inputs: readonly ArticleInput[]): Promise<Figures> {
  collectGarbage();
  const memory = createMemoryProbe();
  const timer = setInterval(memory.sample, 50);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { results, threads } = await compileInParallel(inputs, (done) => {
    if (done % 25 === 0) memory.sample();
  });
  mergeArticleResults(results);
  const milliseconds = performance.now() - started;
  const cpuMilliseconds = cpuSince(cpuStarted);
  clearInterval(timer);
  memory.sample();
  return { label: 'pool', articles: inputs.length, milliseconds, cpuMilliseconds, ...memory.peak(), threads };
}

/**
 * Milliseconds per article spent in each stage on one thread: the stages as compileArticle wires
 * them, the result and its diagnostics put together, and the merge of all articles' results (ids,
 * clusters, sorting, validation), so that the figures add up to the whole.
 */
function stageTimes(inputs: readonly ArticleInput[]): Record<string, number> {
  const totals: Record<ArticleStage | 'merge', number> = {
    article: 0,
    sentences: 0,
    actors: 0,
    events: 0,
    diagnostics: 0,
    merge: 0,
  };
  const time: StageTimer = (stage, run) => {
    const started = performance.now();
    const value = run();
    totals[stage] += performance.now() - started;
    return value;
  };
  const results = inputs.map((input) => compileArticleSafely(input, (article) => compileArticleTimed(article, time)));
  const started = performance.now();
  mergeArticleResults(results);
  totals.merge += performance.now() - started;
  const perArticle = Object.entries(totals).map(([stage, total]): [string, number] => [stage, total / inputs.length]);
  const whole = perArticle.reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
  return Object.fromEntries([...perArticle, ['total', whole]]);
}

const mebibytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function row(figures: Figures): string {
  const perSecond = figures.articles / (figures.milliseconds / 1000);
  return [
    String(figures.articles).padStart(6),
    `${figures.label} (${figures.threads})`.padEnd(12),
    `${perSecond.toFixed(0).padStart(6)} articles/s`,
    `${(figures.milliseconds / figures.articles).toFixed(2).padStart(8)} ms/article`,
    `CPU ${(figures.cpuMilliseconds / figures.articles).toFixed(2).padStart(6)} ms/article`,
    `${(figures.milliseconds / 1000).toFixed(2).padStart(8)} s`,
    `peak RSS ${mebibytes(figures.peakRss).padStart(8)}`,
    `peak heap ${mebibytes(figures.peakHeap).padStart(8)}`,
  ].join('  ');
}

function parseSizes(argv: readonly string[]): number[] {
  const index = argv.indexOf('--sizes');
  const value = index === -1 ? undefined : argv[index + 1];
  const sizes = (value ?? '1,100,10000').split(',').map(Number);
  return sizes.every((size) => Number.isInteger(size) && size > 0) ? sizes : [1, 100, 10_000];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const sizes = parseSizes(argv);
  const useWorkers = !argv.includes('--no-workers');
  const corpus = generateCorpus(Math.max(...sizes), 2025);
  const averageBytes = corpus.reduce((sum, input) => sum + input.text.length, 0) / corpus.length;
  console.log(
    `Dateline compiler benchmark: generated corpus (seed 2025, ~${(averageBytes / 1024).toFixed(1)} KB per article), ` +
      `${availableParallelism()} cores, Node ${process.version}. Target: <= 3 ms per article on one thread.`,
  );
  // Warm-up: load the NLP model and let the JIT see the stages before anything is timed.
  singleThread(corpus.slice(0, 20));
  for (const size of sizes) {
    const inputs = corpus.slice(0, size);
    console.log(row(singleThread(inputs)));
    if (useWorkers && size > 1) console.log(row(await withWorkers(inputs)));
  }
  const stages = stageTimes(corpus.slice(0, Math.min(200, corpus.length)));
  console.log(
    `per stage, ms/article (one thread, ${Math.min(200, corpus.length)} articles): ` +
      Object.entries(stages)
        .map(([stage, milliseconds]) => `${stage} ${milliseconds.toFixed(2)}`)
        .join(', '),
  );
}

await main();
