/**
 * Compiles a large corpus on every core: articles go out in batches to worker threads, and the main
 * thread compiles batches too (it has the compiler loaded already, while a worker needs a moment to
 * start). Results come back in input order, so merging them gives the same bytes as compiling on
 * one thread. If a worker cannot start or dies, its batch is compiled again by the others.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleResult } from './compile.ts';
import { compileArticleSafely } from './safe-compile.ts';
import type { ArticleInput } from './types.ts';
import { batchReplySchema, unpackResult, type BatchRequest } from './worker-messages.ts';

/**
 * Below this many articles a worker costs more than it saves: it takes work about 0.3 s after the
 * start (bundling its script, loading it: about 0.15 s of CPU, 30-40 articles' worth), and
 * merging stays on the main thread.
 */
export const WORKER_THRESHOLD = 200;

export function shouldUseWorkers(articles: number, cores = availableParallelism()): boolean {
  return articles > WORKER_THRESHOLD && cores > 1;
}

/**
 * Batches a worker holds at a time: the one it compiles and the next. The main thread, which
 * compiles batches too, hears a worker's reply only between two of its own batches (a quarter of a
 * second each); with one batch a worker sat idle for half of that, on average, after each of its own.
 */
const BATCHES_IN_FLIGHT = 2;

export interface PoolOptions {
  /** Worker threads to start (the main thread works as well). Default: one per extra core. */
  workers?: number;
  /** Articles per message. */
  batchSize?: number;
  /** Whether the main thread compiles batches too (default true; false leaves it all to workers). */
  mainThread?: boolean;
}

/**
 * The script a worker thread runs. Bundled (`npm run compile` and `bench` run the bundle
 * launch.mjs makes), the compiler has `compile-worker.js` next to this file. From the TypeScript
 * sources (tests, eval and scripts run through vitest or tsx), the worker and the stages it
 * imports are bundled into one ES module with esbuild (the bundler tsx and Vite use) under
 * node_modules/.cache/dateline/, named by a hash of its content, so runs at the
 * same time or after an edit never load a stale or half-written file. A worker loads the bundle in
 * about 0.1 s of CPU; registering tsx in the worker and loading the sources through it took
 * seconds on a busy machine. Bundling runs in esbuild's own process while the main thread
 * compiles. Undefined when there is no script: the main thread then does all the work.
 */
export function workerScript(): Promise<URL | undefined> {
  preparedScript ??= findWorkerScript().catch(() => undefined);
  return preparedScript;
}

let preparedScript: Promise<URL | undefined> | undefined;

async function findWorkerScript(): Promise<URL | undefined> {
  if (!import.meta.url.startsWith('file:')) return undefined;
  const built = new URL('./compile-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  const source = fileURLToPath(new URL('./compile-worker.ts', import.meta.url));
  return existsSync(source) ? bundleWorker(source) : undefined;
}

async function bundleWorker(entry: string): Promise<URL> {
  const { build } = await import('esbuild');
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules, found from the bundle's place inside the project.
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild gave no output');
  const folder = fileURLToPath(new URL('../../node_modules/.cache/dateline/', import.meta.url));
  const file = `${folder}compile-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    removeOldBundles(folder);
  } else {
    // In use again: not old.
    const now = new Date();
    utimesSync(file, now, now);
  }
  return pathToFileURL(file);
}

/** Bundles of earlier versions of the sources, left by runs more than an hour ago. */
function removeOldBundles(folder: string): void {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(folder)) {
    if (!/^compile-worker-[0-9a-f]+\.mjs(?:\.\d+\.partial)?$/.test(name)) continue;
    try {
      if (statSync(`${folder}${name}`).mtimeMs < hourAgo) rmSync(`${folder}${name}`);
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Compiles `inputs` on the main thread and worker threads; results are in input order. */
export function compileInParallel(
  inputs: readonly ArticleInput[],
  onProgress?: (done: number, total: number) => void,
  options: PoolOptions = {},
): Promise<{ results: ArticleResult[]; threads: number }> {
  const total = inputs.length;
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const results = new Array<ArticleResult | undefined>(total);
  const queue: number[] = [];
  for (let start = 0; start < total; start += batchSize) queue.push(start);
  const mainThread = options.mainThread ?? true;
  const wanted = options.workers ?? availableParallelism() - 1;

  return new Promise((resolve) => {
    let done = 0;
    // Threads that delivered at least one batch: the main thread, and each worker that did.
    const productive = new Set<Worker | 'main'>();
    let mainBusy = false;
    let finished = false;
    const workers = new Set<Worker>();

    const record = (start: number, batchResults: readonly ArticleResult[]): void => {
      batchResults.forEach((result, offset) => {
        results[start + offset] = result;
      });
      done += batchResults.length;
      onProgress?.(done, total);
      if (done >= total && !finished) {
        finished = true;
        for (const worker of workers) void worker.terminate();
        resolve({
          results: results.map(
            (result, index) => result ?? compileArticleSafely(inputs[index] ?? { file: '', text: '' }),
          ),
          threads: Math.max(1, productive.size),
        });
      }
    };

    const batchAt = (start: number): ArticleInput[] => inputs.slice(start, start + batchSize);

    // The main thread takes a batch, compiles it, then yields so workers' replies are handled.
    const runMain = async (): Promise<void> => {
      if (mainBusy) return;
      mainBusy = true;
      for (let start = queue.shift(); start !== undefined; start = queue.shift()) {
        productive.add('main');
        record(
          start,
          batchAt(start).map((input) => compileArticleSafely(input)),
        );
        await nextTick();
      }
      mainBusy = false;
    };

    const startWorker = (worker: Worker): void => {
      // Batches sent and not answered yet, oldest first: a worker answers them in that order.
      const sent: number[] = [];
      const sendNext = (): void => {
        const start = queue.shift();
        if (start === undefined) {
          if (sent.length > 0) return;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        sent.push(start);
        const request: BatchRequest = { batch: start, inputs: batchAt(start) };
        worker.postMessage(request);
      };
      const giveUp = (): void => {
        if (!workers.delete(worker)) return;
        queue.unshift(...sent.splice(0));
        void worker.terminate();
        void runMain();
      };
      worker.on('message', (message: unknown) => {
        const reply = batchReplySchema.safeParse(message);
        if (!reply.success || reply.data.batch !== sent[0]) {
          giveUp();
          return;
        }
        sent.shift();
        productive.add(worker);
        record(
          reply.data.batch,
          reply.data.results.map((result, offset) =>
            unpackResult(result, inputs[reply.data.batch + offset] ?? { file: '', text: '' }),
          ),
        );
        sendNext();
      });
      worker.on('error', giveUp);
      worker.on('exit', giveUp);
      for (let index = 0; index < BATCHES_IN_FLIGHT && workers.has(worker); index += 1) sendNext();
    };

    if (total === 0) {
      finished = true;
      resolve({ results: [], threads: 1 });
      return;
    }
    // The main thread starts at once; workers join when their script is ready, if work is left.
    const script = wanted > 0 ? workerScript() : Promise.resolve(undefined);
    if (mainThread) void runMain();
    const startWorkers = (url: URL | undefined): void => {
      const count = finished || !url ? 0 : Math.min(wanted, mainThread ? queue.length - 1 : queue.length);
      for (let index = 0; index < count && url; index += 1) {
        try {
          // No Node options: the parent's would load tsx again in every worker (a third of a
          // second each) for a script that is plain JavaScript.
          const worker = new Worker(url, { execArgv: [] });
          workers.add(worker);
          startWorker(worker);
        } catch {
          // No worker: the main thread does the work.
        }
      }
      // Without workers (none wanted, or none could start) the main thread does it all.
      if (workers.size === 0) void runMain();
    };
    void script.then(startWorkers);
  });
}
