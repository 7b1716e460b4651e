import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * The seed's full compiled output (actors and events), reviewed by hand against the article.
 * A rule change that alters it must update `__fixtures__/seed.golden.json` deliberately
 * (`npx vitest run -u src/compiler/golden.test.ts`, then review the diff); CI never updates it.
 */
const SEED = 'seeds/000_7a65ecbb31904dfb.txt';

describe('golden output of the seed article', () => {
  it('matches the reviewed event list', async () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', SEED), 'utf8');
    const { list, diagnostics } = compileArticles([{ file: SEED, text }]);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const reviewed = { actors: list.actors, events: list.events };
    await expect(`${JSON.stringify(reviewed, null, 2)}\n`).toMatchFileSnapshot('./__fixtures__/seed.golden.json');
  });
});
