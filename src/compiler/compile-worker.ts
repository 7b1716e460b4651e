/**
 * A worker thread of the compile pool (worker-pool.ts): receives batches of articles, answers with
 * their per-article results. Each article is fenced, so a throwing stage becomes a diagnostic.
 */
import { parentPort } from 'node:worker_threads';
import { batchRequestSchema, packResult, type BatchReply } from './worker-messages.ts';
import { compileArticleSafely } from './safe-compile.ts';

const port = parentPort;
if (port) {
  port.on('message', (message: unknown) => {
    const request = batchRequestSchema.parse(message);
    const reply: BatchReply = {
      batch: request.batch,
      results: request.inputs.map((input) => packResult(compileArticleSafely(input), input)),
    };
    port.postMessage(reply);
  });
}
