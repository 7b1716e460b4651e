import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * The seed's full compiled output (actors and events), reviewed by hand against the article.
 * A rule change that alters it must update `__fixtures__/seed.golden.json` deliberately:
 * `DATELINE_UPDATE_GOLDEN=1 npx vitest run src/compiler/golden.test.ts`, then
 * `npx prettier --write src/compiler/__fixtures__/seed.golden.json`, then review the diff against
 * the article before committing. Without that variable (CI) the test only compares, never writes.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'seeds/000_7a65ecbb31904dfb.txt';
const GOLDEN = join(import.meta.dirname, '__fixtures__', 'seed.golden.json');

describe('golden output of the seed article', () => {
  it('matches the reviewed event list', () => {
    const text = readFileSync(join(ROOT, SEED), 'utf8');
    const { list, diagnostics } = compileArticles([{ file: SEED, text }]);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const produced: unknown = JSON.parse(JSON.stringify({ actors: list.actors, events: list.events }));
    if (process.env['DATELINE_UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, `${JSON.stringify(produced, null, 2)}\n`);
    expect(existsSync(GOLDEN), 'seed.golden.json is missing').toBe(true);
    const golden: unknown = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    expect(produced).toEqual(golden);
  });
});
