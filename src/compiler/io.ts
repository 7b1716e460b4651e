/**
 * The compiler's only contact with the file system: collecting article files, reading them as
 * strict UTF-8, and writing the output atomically. Used by cli.ts and the Vite plugin.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { fsyncSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { EventList } from '../model/event-list.ts';
import { mergeArticleResults, type ArticleResult, type CompileResult } from './compile.ts';
import { hasErrors, type Diagnostic } from './diagnostics.ts';
import { compileArticleSafely } from './safe-compile.ts';
import type { ArticleInput } from './types.ts';
import { compileInParallel, shouldUseWorkers } from './worker-pool.ts';

export const DEFAULT_SOURCES = ['seeds'];
export const DEFAULT_OUTPUT = 'src/generated/events.json';

/**
 * Largest article the compiler reads, in bytes. A long news article is 10-50 KB; a 1 MiB file is
 * some twenty long reads pasted together and compiles in a few seconds. Anything bigger is almost
 * certainly not an article (a dump, a log, a mistake) and is refused before it is read, so a huge
 * file can neither hang the compiler nor fill its memory.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

function toProjectPath(root: string, path: string): string {
  const projectPath = relative(root, path);
  // Files outside the project keep their absolute path, so diagnostics point at the real file.
  return (projectPath.startsWith('..') ? path : projectPath).split(sep).join('/');
}

function fileError(file: string, code: string, message: string, line = 1, column = 1): Diagnostic {
  return { file, line, column, severity: 'error', code, message };
}

function describeFsError(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'ENOENT') return 'the file does not exist (any more)';
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
    if (error.code === 'EISDIR') return 'this is a folder, not a file';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Folders are searched for `*.txt`; `README.md` and other files sit next to articles unharmed. */
function isArticleName(name: string): boolean {
  // Editors' lock and backup files (".#a.txt", "._a.txt") are not articles.
  return name.endsWith('.txt') && !name.startsWith('.');
}

/** Article files under the given paths (folders are searched for *.txt), sorted, as project paths. */
export function collectArticleFiles(
  root: string,
  paths: readonly string[],
): { files: string[]; diagnostics: Diagnostic[] } {
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(
        fileError(toProjectPath(root, folder), 'unreadable', `cannot list the folder: ${describeFsError(error)}`),
      );
      return;
    }
    for (const entry of entries) {
      const child = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(child);
      } else if (isArticleName(entry.name)) files.add(toProjectPath(root, child));
    }
  };
  for (const path of paths) {
    const absolute = resolve(root, path);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
      diagnostics.push(
        fileError(
          path,
          missing ? 'not-found' : 'unreadable',
          missing ? `no such file or folder: ${path}` : describeFsError(error),
        ),
      );
      continue;
    }
    if (isFolder) walk(absolute);
    else files.add(toProjectPath(root, absolute));
  }
  return { files: [...files].sort(), diagnostics };
}

/**
 * Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (the WHATWG decoder's rules: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}

/** 1-based line and column (UTF-16 code units, as editors count) of a byte offset in valid UTF-8 prefix. */
function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) line += 1;
  return { line, column: before.length - lineStart + 1 };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * True for text saved as UTF-16 (what some editors on Windows call "Unicode"): a UTF-16 byte-order
 * mark, or ASCII letters with a NUL byte beside every one of them.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [first, second] = [bytes[0], bytes[1]];
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, 200) & ~1);
  if (sample.length < 8) return false;
  for (const parity of [0, 1]) {
    let zeros = 0;
    for (let index = parity; index < sample.length; index += 2) if (sample[index] === 0) zeros += 1;
    if (zeros === sample.length / 2) return true;
  }
  return false;
}

/** Turns an article's bytes into text: strict UTF-8, no NUL bytes. */
export function decodeArticle(file: string, bytes: Uint8Array): { input?: ArticleInput; diagnostics: Diagnostic[] } {
  if (looksLikeUtf16(bytes)) {
    return {
      diagnostics: [fileError(file, 'not-utf8', 'the file is UTF-16 text, not UTF-8; save it as UTF-8 text')],
    };
  }
  // Text never contains NUL; images, archives and office documents almost always do.
  if (bytes.includes(0)) {
    return {
      diagnostics: [
        fileError(file, 'binary-file', 'this is a binary file (it contains NUL bytes), not a text article'),
      ],
    };
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad !== -1) {
    const { line, column } = lineColumnOfByte(bytes, bad);
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      diagnostics: [
        fileError(file, 'not-utf8', `the file is not valid UTF-8 (byte 0x${hex}); save it as UTF-8 text`, line, column),
      ],
    };
  }
  // ignoreBOM keeps a byte-order mark in the text, so offsets stay offsets into the file.
  return { input: { file, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }, diagnostics: [] };
}

/** Reads an article as strict UTF-8; missing, special, huge, binary and mis-encoded files become diagnostics. */
export function readArticle(root: string, file: string): { input?: ArticleInput; diagnostics: Diagnostic[] } {
  const absolute = resolve(root, file);
  try {
    const stats = statSync(absolute);
    // A FIFO or device named *.txt would block or never end; only regular files are articles.
    if (!stats.isFile()) return { diagnostics: [fileError(file, 'not-a-file', 'this is not a regular file')] };
    if (stats.size > MAX_ARTICLE_BYTES) {
      return {
        diagnostics: [
          fileError(
            file,
            'too-large',
            `the file is ${formatSize(stats.size)}; an article may be at most ${formatSize(MAX_ARTICLE_BYTES)}`,
          ),
        ],
      };
    }
    return decodeArticle(file, readFileSync(absolute));
  } catch (error) {
    return { diagnostics: [fileError(file, 'unreadable', `cannot read the file: ${describeFsError(error)}`)] };
  }
}

/** Text written to the file at a time: large enough for few system calls, small next to an output. */
const WRITE_CHUNK = 1 << 20;

/**
 * Writes `content` (a string, or pieces of it in order) to `path` through a temporary file in the
 * same folder and a rename, so readers (and a crash half-way) never see half a file: the old file
 * stays until the new one is complete. Pieces are written as they come, so the whole text is never
 * one string in memory.
 */
export function writeAtomically(path: string, content: string | Iterable<string>): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const descriptor = openSync(temporary, 'w');
    try {
      if (typeof content === 'string') writeSync(descriptor, content);
      else {
        let pending = '';
        for (const piece of content) {
          pending += piece;
          if (pending.length >= WRITE_CHUNK) {
            writeSync(descriptor, pending);
            pending = '';
          }
        }
        if (pending !== '') writeSync(descriptor, pending);
      }
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing to clean up.
    }
    throw error;
  }
}

/**
 * The output file's text, `JSON.stringify(list, null, 2)` and a newline, in pieces: the arrays'
 * elements one at a time. For 10,000 articles the text is some 150 million characters (twice that
 * in bytes in memory when an article has a curly quote); as pieces, no more than one element's is
 * held at once. JSON.stringify writes no raw line break inside a string, so indenting each line of
 * an element's own text gives the bytes the whole list's would.
 */
export function* eventListPieces(list: EventList): Generator<string> {
  // JSON.stringify leaves out what JSON cannot hold.
  const entries = Object.entries(list).filter(
    ([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol',
  );
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [index, [key, value]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [at, element] of value.entries()) {
        const text = (JSON.stringify(element, null, 2) as string | undefined) ?? 'null';
        yield `${at === 0 ? '' : ','}\n    ${text.replaceAll('\n', '\n    ')}`;
      }
      yield '\n  ]';
    } else yield JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
  }
  yield '\n}\n';
}

/** The output file's text as one string (what `eventListPieces` gives piece by piece). */
export function serializeEventList(result: CompileResult): string {
  return `${JSON.stringify(result.list, null, 2)}\n`;
}

export interface BuildOutcome {
  result?: CompileResult;
  diagnostics: Diagnostic[];
  written: boolean;
  /** How many articles were read and compiled. */
  articles: number;
  /** Threads that compiled articles (1: the main thread alone). */
  threads: number;
}

export interface CompileOptions {
  /** Compile in worker threads: `true`/`false`, or `'auto'` (above a corpus size). Default `'auto'`. */
  workers?: boolean | 'auto';
  /** Called as articles finish: done so far, and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads the articles: inputs in file order, and the diagnostics of those that could not be read. */
export function readArticles(
  root: string,
  paths: readonly string[],
): { inputs: ArticleInput[]; diagnostics: Diagnostic[] } {
  const collected = collectArticleFiles(root, paths);
  const diagnostics = [...collected.diagnostics];
  const inputs: ArticleInput[] = [];
  for (const file of collected.files) {
    const read = readArticle(root, file);
    diagnostics.push(...read.diagnostics);
    if (read.input) inputs.push(read.input);
  }
  if (collected.files.length === 0 && collected.diagnostics.length === 0) {
    diagnostics.push(
      fileError(paths.join(' '), 'no-articles', `no articles (*.txt files) found in ${paths.join(', ')}`),
    );
  }
  return { inputs, diagnostics };
}

/** Compiles the inputs, one article at a time or in worker threads; an article that throws gets a diagnostic. */
export async function compileInputs(
  inputs: readonly ArticleInput[],
  options: CompileOptions = {},
): Promise<CompileResult & { threads: number }> {
  const workers = options.workers ?? 'auto';
  let results: ArticleResult[];
  let threads = 1;
  if (workers === true || (workers === 'auto' && shouldUseWorkers(inputs.length))) {
    const parallel = await compileInParallel(inputs, options.onProgress);
    results = parallel.results;
    threads = parallel.threads;
  } else {
    results = [];
    for (const input of inputs) {
      results.push(compileArticleSafely(input));
      options.onProgress?.(results.length, inputs.length);
    }
  }
  try {
    return { ...mergeArticleResults(results), threads };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      list: { version: 1, articles: [], actors: [], events: [] },
      diagnostics: [fileError('<output>', 'internal-error', `internal error while merging the articles: ${message}`)],
      threads,
    };
  }
}

/**
 * Reads, compiles and (only when there are no errors) validates and writes the output. Never
 * throws for bad input: every problem is a diagnostic, and on any error the old output is untouched.
 */
export async function compileToFile(
  root: string,
  paths: readonly string[],
  output: string,
  options: CompileOptions = {},
): Promise<BuildOutcome> {
  const read = readArticles(root, paths);
  const diagnostics = [...read.diagnostics];
  const result = await compileInputs(read.inputs, options);
  diagnostics.push(...result.diagnostics);
  const outcome = { result, diagnostics, articles: read.inputs.length, threads: result.threads };
  if (hasErrors(diagnostics)) return { ...outcome, written: false };
  try {
    writeAtomically(resolve(root, output), eventListPieces(result.list));
  } catch (error) {
    diagnostics.push(fileError(output, 'write-failed', `cannot write the output: ${describeFsError(error)}`));
    return { ...outcome, written: false };
  }
  return { ...outcome, written: true };
}
