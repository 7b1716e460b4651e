/**
 * `npx tsx src/compiler/bench/output-hash.ts`: sha256 of the compiler's whole output (event list and
 * diagnostics) on the tuning corpus with the seed, the held-out corpus, and a generated corpus, so a
 * change meant for speed can be checked to leave the output byte-identical. Prints hashes only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileArticles } from '../compile.ts';
import type { ArticleInput } from '../types.ts';
import { generateCorpus } from './generate-corpus.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function articlesIn(dir: string): ArticleInput[] {
  return readdirSync(join(projectRoot, dir))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(join(projectRoot, dir, name), 'utf8') }));
}

function hashOf(inputs: readonly ArticleInput[]): string {
  const { list, diagnostics } = compileArticles(inputs);
  return createHash('sha256').update(JSON.stringify({ list, diagnostics })).digest('hex');
}

const sets: Record<string, ArticleInput[]> = {
  tuning: [...articlesIn('src/compiler/__fixtures__/eval'), ...articlesIn('seeds')],
  holdout: articlesIn('src/compiler/__fixtures__/holdout'),
  generated: generateCorpus(Number(process.argv[2] ?? 400), 7),
};
for (const [name, inputs] of Object.entries(sets)) console.log(`${name.padEnd(10)} ${inputs.length} ${hashOf(inputs)}`);
