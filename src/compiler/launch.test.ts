/**
 * launch.mjs, which `npm run compile` and `npm run bench` run: the bundle it runs is always made
 * from the sources as they are now. On a copy of the project's sources, so the real cache is left
 * alone.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const copy = mkdtempSync(join(tmpdir(), 'dateline-launch-'));
beforeAll(() => {
  for (const folder of ['src/compiler', 'src/model']) {
    cpSync(join(PROJECT, folder), join(copy, folder), {
      recursive: true,
      filter: (path) => !path.includes('__fixtures__'),
    });
  }
  cpSync(join(PROJECT, 'package.json'), join(copy, 'package.json'));
  // The project's packages, but a cache of the copy's own.
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name !== '.cache') symlinkSync(join(PROJECT, 'node_modules', name), join(copy, 'node_modules', name));
  }
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function launch(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['src/compiler/launch.mjs', ...args], { cwd: copy }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      done({ code, stdout, stderr });
    });
  });
}

describe('launch.mjs', () => {
  it('runs the compiler bundled from the sources as they are, after every edit', { timeout: 60_000 }, async () => {
    const first = await launch('cli', '--help');
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: npm run --silent compile') });

    const cli = join(copy, 'src/compiler/cli.ts');
    writeFileSync(cli, readFileSync(cli, 'utf8').replace("'usage: npm run", "'Usage (edited): npm run"));
    const edited = await launch('cli', '--help');
    expect(edited.stdout).toContain('Usage (edited): npm run --silent compile');

    // A file the bundle was made from is gone: a clear error from the bundler, not the old bundle.
    rmSync(join(copy, 'src/compiler/diagnostics.ts'));
    const broken = await launch('cli', '--help');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('dateline: error: could not bundle the compiler');
    expect(broken.stdout).not.toContain('usage');
  });

  it('names what it can run when asked for something else', async () => {
    const result = await launch('eval');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: node src/compiler/launch.mjs cli|bench');
  });
});
