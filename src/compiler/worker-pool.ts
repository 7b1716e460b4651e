/**
 * Compiles a large corpus on every core: articles go out in batches to worker threads, and the main
 * thread compiles batches too (it has the compiler loaded already, while a worker needs a moment to
 * start). Results come back in input order, so merging them gives the same bytes as compiling on
 * one thread. If a worker cannot start or dies, its batch is compiled again by the others.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleResult } from './compile.ts';
import { compileArticleSafely } from './safe-compile.ts';
import type { ArticleInput } from './types.ts';
import { batchReplySchema, type BatchRequest } from './worker-messages.ts';

/** Below this many articles a worker's start-up (loading the NLP model) costs more than it saves. */
export const WORKER_THRESHOLD = 200;

export function shouldUseWorkers(articles: number, cores = availableParallelism()): boolean {
  return articles > WORKER_THRESHOLD && cores > 1;
}

export interface PoolOptions {
  /** Worker threads to start (the main thread works as well). Default: one per extra core. */
  workers?: number;
  /** Articles per message. */
  batchSize?: number;
  /** Whether the main thread compiles batches too (default true; false leaves it all to workers). */
  mainThread?: boolean;
}

/**
 * The worker script next to this file. From the TypeScript sources (tsx), a worker thread does not
 * inherit tsx's loader, so it starts from a small .mjs file that registers tsx first.
 */
function workerScript(): URL | undefined {
  const url = new URL(
    import.meta.url.endsWith('.ts') ? './compile-worker.mjs' : './compile-worker.js',
    import.meta.url,
  );
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
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
  const script = workerScript();
  const mainThread = options.mainThread ?? true;
  const wanted = options.workers ?? availableParallelism() - 1;
  const workerCount = script ? Math.max(0, Math.min(wanted, mainThread ? queue.length - 1 : queue.length)) : 0;

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
      let current: number | undefined;
      const sendNext = (): void => {
        current = queue.shift();
        if (current === undefined) {
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        const request: BatchRequest = { batch: current, inputs: batchAt(current) };
        worker.postMessage(request);
      };
      const giveUp = (): void => {
        if (!workers.delete(worker)) return;
        if (current !== undefined) queue.unshift(current);
        current = undefined;
        void worker.terminate();
        void runMain();
      };
      worker.on('message', (message: unknown) => {
        const reply = batchReplySchema.safeParse(message);
        if (!reply.success || reply.data.batch !== current) {
          giveUp();
          return;
        }
        current = undefined;
        productive.add(worker);
        record(reply.data.batch, reply.data.results);
        sendNext();
      });
      worker.on('error', giveUp);
      worker.on('exit', giveUp);
      sendNext();
    };

    if (total === 0) {
      finished = true;
      resolve({ results: [], threads: 1 });
      return;
    }
    for (let index = 0; index < workerCount && script; index += 1) {
      try {
        const worker = new Worker(script);
        workers.add(worker);
        startWorker(worker);
      } catch {
        // No worker: the main thread does the work.
      }
    }
    // Without workers (none wanted, or none could start) the main thread does it all.
    if (mainThread || workers.size === 0) void runMain();
  });
}
