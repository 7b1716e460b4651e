/**
 * A stage that throws for one article must not crash the run: that article gets an
 * `internal-error` diagnostic at 1:1, the others are still compiled, and nothing is written.
 * A stage's warning, on the other hand, lets the output be written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as CompileModule from './compile.ts';
import { compileToFile } from './io.ts';

vi.mock('./compile.ts', async (importOriginal) => {
  const original = await importOriginal<typeof CompileModule>();
  return {
    ...original,
    compileArticle: (input: { file: string; text: string }) => {
      if (input.text.includes('EXPLODE')) throw new RangeError('offset out of range');
      const result = original.compileArticle(input);
      if (!input.text.includes('HEDGE')) return result;
      const warning = {
        file: input.file,
        line: 1,
        column: 18,
        severity: 'warning' as const,
        code: 'vague',
        message: 'x',
      };
      return { ...result, diagnostics: [...result.diagnostics, warning] };
    },
  };
});

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function project(articles: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dateline-internal-'));
  folders.push(root);
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(root, name), text);
  return root;
}

describe('compileToFile', () => {
  it('turns an exception inside a stage into an error for that article only', async () => {
    const root = project({
      'a.txt': ' date 2025-03-01 EXPLODE. Mayor Ada Lind met Governor Omar Peel on March 3.\n',
      'b.txt': ' date 2025-03-01 Mayor Ada Lind met Governor Omar Peel on March 3.\n',
    });
    const outcome = await compileToFile(root, ['.'], 'events.json', { workers: false });
    expect(outcome.written).toBe(false);
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({ file: 'a.txt', line: 1, column: 1, severity: 'error', code: 'internal-error' }),
    ]);
    expect(outcome.diagnostics[0]?.message).toContain('RangeError: offset out of range');
    expect(outcome.result?.list.articles.map((article) => article.file)).toEqual(['b.txt']);
    expect(existsSync(join(root, 'events.json'))).toBe(false);
  });

  it('writes the output when there are only warnings, and returns them', async () => {
    const root = project({ 'a.txt': ' date 2025-03-01 HEDGE. Mayor Ada Lind met Governor Omar Peel on March 3.\n' });
    const outcome = await compileToFile(root, ['.'], 'events.json', { workers: false });
    expect(outcome.written).toBe(true);
    expect(outcome.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'vague' })]);
    expect(JSON.parse(readFileSync(join(root, 'events.json'), 'utf8'))).toMatchObject({
      articles: [{ file: 'a.txt' }],
    });
  });
});
