/**
 * The command line as a user runs it: a real child process on real files in a temp folder.
 * Each test spawns the CLI once or twice (about a second each), so bad inputs share a folder.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { eventListSchema } from '../model/event-list.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { compileArticles } from './compile.ts';
import { serializeEventList } from './io.ts';

const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = join(PROJECT, 'src/compiler/cli.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const SEED = readFileSync(join(PROJECT, 'seeds/000_7a65ecbb31904dfb.txt'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** `npx tsx src/compiler/cli.ts ...`, without npx's start-up cost. */
function compile(cwd: string, ...args: string[]): Promise<Run> {
  return run(process.execPath, ['--import', TSX, CLI, ...args], cwd);
}

const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('npm run compile', () => {
  it('writes a valid event list, then keeps it byte-for-byte when an article breaks', { timeout: 60_000 }, async () => {
    const folder = temporaryFolder();
    mkdirSync(join(folder, 'articles'));
    writeFileSync(join(folder, 'articles/seed.txt'), SEED);
    writeFileSync(join(folder, 'articles/README.md'), '# not an article\n');

    const first = await compile(folder, '--out', 'out/events.json', 'articles');
    expect(first.stderr).toContain('1 articles');
    expect(first.code).toBe(0);
    const written = readFileSync(join(folder, 'out/events.json'));
    const list = eventListSchema.parse(JSON.parse(written.toString('utf8')));
    expect(list.articles.map((article) => article.file)).toEqual(['articles/seed.txt']);
    expect(list.events.length).toBeGreaterThan(0);

    writeFileSync(join(folder, 'articles/broken.txt'), 'Lavrov met Rubio on Sept. 24.\n');
    const second = await compile(folder, '--out', 'out/events.json', 'articles');
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^articles\/broken\.txt:1:1: error: .+ \[missing-dateline\]$/m);
    expect(readFileSync(join(folder, 'out/events.json')).equals(written)).toBe(true);
  });

  it('reports every bad input as file:line:col and writes nothing', { timeout: 60_000 }, async () => {
    const folder = temporaryFolder();
    const put = (name: string, content: string | Buffer): void => writeFileSync(join(folder, 'in', name), content);
    mkdirSync(join(folder, 'in'));
    put('no-dateline.txt', 'Mayor Ada Lind met Governor Omar Peel on March 3.\n');
    put('impossible-date.txt', ' date 2025-02-30 Mayor Ada Lind met Governor Omar Peel on March 3.\n');
    put('empty.txt', '');
    put('empty-body.txt', ' date 2025-03-01   \n\n\n');
    // "café" is fine; the 0xFF on line 2 after "Omar " (5 characters) is not UTF-8.
    put(
      'latin1.txt',
      Buffer.concat([Buffer.from(' date 2025-03-01 Ada Lind, caf\u00e9.\nOmar '), Buffer.from([0xff, 0x41])]),
    );
    put(
      'image.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    put('huge.txt', Buffer.alloc(5 * 1024 * 1024, 'a'));
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'in', 'vanished.txt'));
    put('good.txt', SEED);

    const result = await compile(folder, '--out', 'events.json', 'in', 'missing-folder');
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    const expectLine = (pattern: RegExp): void => {
      expect(
        lines.some((line) => pattern.test(line)),
        `${pattern} in\n${result.stderr}`,
      ).toBe(true);
    };
    expectLine(/^in\/no-dateline\.txt:1:1: error: .*dateline.* \[missing-dateline\]$/);
    expectLine(/^in\/impossible-date\.txt:1:7: error: .*2025-02-30.* \[impossible-date\]$/);
    expectLine(/^in\/empty\.txt:1:1: error: .*empty.* \[empty-article\]$/);
    expectLine(/^in\/empty-body\.txt:1:17: error: .*no body.* \[empty-body\]$/);
    expectLine(/^in\/latin1\.txt:2:6: error: .*UTF-8.* \[not-utf8\]$/);
    expectLine(/^in\/image\.txt:1:1: error: .*binary.* \[binary-file\]$/);
    expectLine(/^in\/huge\.txt:1:1: error: .*5\.0 MiB.*1\.0 MiB.* \[too-large\]$/);
    expectLine(/^in\/vanished\.txt:1:1: error: .*does not exist.* \[unreadable\]$/);
    expectLine(/^missing-folder:1:1: error: no such file or folder: missing-folder \[not-found\]$/);
    // Nine problems, one line each, plus the summary; no stack trace.
    expect(lines.filter((line) => line.includes(': error: '))).toHaveLength(9);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(folder, 'events.json'))).toBe(false);
  });

  it(
    'reports what a careless editor saves as errors at the right place, never a stack trace',
    { timeout: 60_000 },
    async () => {
      const folder = temporaryFolder();
      const put = (name: string, content: string | Buffer): void => writeFileSync(join(folder, 'in', name), content);
      mkdirSync(join(folder, 'in'));
      mkdirSync(join(folder, 'in', 'folder.txt'));
      put('utf16.txt', Buffer.from('\uFEFF date 2025-03-01 Mayor Ada Lind met Governor Omar Peel.\n', 'utf16le'));
      put('late-dateline.txt', '\n\n date 2025-03-01\n\nMayor Ada Lind met Governor Omar Peel on March 3.\n');
      put('year-99.txt', ' date 0099-03-01 Mayor Ada Lind met Governor Omar Peel on March 3.\n');
      put('leap.txt', ' date 2023-02-29 Mayor Ada Lind met Governor Omar Peel on Feb. 27.\n');
      put('good.txt', ' date 2025-03-01 Mayor Ada Lind met Governor Omar Peel on Feb. 27.\n');
      writeFileSync(join(folder, 'events.json'), '{"last":"good"}\n');

      const result = await compile(folder, '--out', 'events.json', 'in');
      expect(result.code).toBe(1);
      const errors = result.stderr.split('\n').filter((line) => line.includes(': error: '));
      expect(errors).toEqual([
        expect.stringMatching(/^in\/late-dateline\.txt:3:1: error: .*first line.* \[missing-dateline\]$/),
        expect.stringMatching(/^in\/leap\.txt:1:7: error: .*2023-02-29.* \[impossible-date\]$/),
        expect.stringMatching(/^in\/utf16\.txt:1:1: error: .*UTF-16.* \[not-utf8\]$/),
        expect.stringMatching(/^in\/year-99\.txt:1:7: error: .*0099-03-01.* \[bad-dateline\]$/),
      ]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(join(folder, 'events.json'), 'utf8')).toBe('{"last":"good"}\n');
    },
  );

  it(
    'compiles a run-on line of 60,000 characters with a warning, and the rest of its article',
    { timeout: 60_000 },
    async () => {
      const folder = temporaryFolder();
      const runOn = 'Mayor Ada Lind spoke and the crowd cheered and '.repeat(1300);
      writeFileSync(
        join(folder, 'run-on.txt'),
        ` date 2025-03-01\n\n${runOn}left.\n\nMayor Ada Lind met Governor Omar Peel on Feb. 27.\n`,
      );
      const result = await compile(folder, '--out', 'events.json', 'run-on.txt');
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(
        /^run-on\.txt:3:1: warning: a sentence of 61105 characters.* \[overlong-sentence\]$/m,
      );
      const list = eventListSchema.parse(JSON.parse(readFileSync(join(folder, 'events.json'), 'utf8')));
      expect(list.events.some((event) => event.kind === 'meeting' && event.date.start === '2025-02-27')).toBe(true);
    },
  );

  it('calls a folder without articles an error', { timeout: 30_000 }, async () => {
    const folder = temporaryFolder();
    mkdirSync(join(folder, 'empty'));
    writeFileSync(join(folder, 'empty/README.md'), 'no articles here\n');
    const result = await compile(folder, '--out', 'events.json', 'empty');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^empty:1:1: error: no articles .* \[no-articles\]$/m);
    expect(existsSync(join(folder, 'events.json'))).toBe(false);
  });

  it('rejects unknown options with the usage', { timeout: 30_000 }, async () => {
    const result = await compile(temporaryFolder(), '--frobnicate');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('usage: npm run --silent compile -- [--out FILE] [--all-warnings] [PATH ...]');
  });

  it(
    'compiles a large corpus on several threads through npm run compile, byte-identical to one thread',
    {
      timeout: 120_000,
    },
    async () => {
      const folder = temporaryFolder();
      // Short articles keep the test quick; 240 is above the worker threshold (200).
      const corpus = generateCorpus(240, 42, 400).map((input) => ({ ...input, file: join(folder, input.file) }));
      mkdirSync(join(folder, 'gen'));
      for (const input of corpus) writeFileSync(input.file, input.text);
      const output = join(folder, 'events.json');

      const result = await run(
        'npm',
        ['run', '--silent', 'compile', '--', '--out', output, join(folder, 'gen')],
        PROJECT,
      );
      expect(result.stderr).toContain('240 articles');
      expect(result.code).toBe(0);
      // Whether a worker joins in time depends on the machine's load; worker-pool.test.ts checks
      // that workers load the sources. Here: the path through npm and the bundle launch.mjs makes works and agrees with one thread.

      const singleThreaded = serializeEventList(compileArticles(corpus));
      expect(readFileSync(output, 'utf8')).toBe(singleThreaded);
    },
  );
});
