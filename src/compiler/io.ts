/**
 * The compiler's only contact with the file system: collecting article files, reading them as
 * strict UTF-8, and writing the output atomically. Used by cli.ts and the Vite plugin.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { compileArticles, type CompileResult } from './compile.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ArticleInput } from './types.ts';

export const DEFAULT_SOURCES = ['seeds'];
export const DEFAULT_OUTPUT = 'src/generated/events.json';

function toProjectPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function fileError(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', code, message };
}

/** Article files under the given paths (folders are searched for *.txt), sorted, as project paths. */
export function collectArticleFiles(
  root: string,
  paths: readonly string[],
): { files: string[]; diagnostics: Diagnostic[] } {
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const walk = (absolute: string): void => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const child = join(absolute, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.txt')) files.add(toProjectPath(root, child));
    }
  };
  for (const path of paths) {
    const absolute = resolve(root, path);
    try {
      if (statSync(absolute).isDirectory()) walk(absolute);
      else files.add(toProjectPath(root, absolute));
    } catch {
      diagnostics.push(fileError(path, 'not-found', `no such file or folder: ${path}`));
    }
  }
  return { files: [...files].sort(), diagnostics };
}

/** Reads an article as strict UTF-8; binary files and bad bytes become diagnostics. */
export function readArticle(root: string, file: string): { input?: ArticleInput; diagnostics: Diagnostic[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(root, file));
  } catch (error) {
    return { diagnostics: [fileError(file, 'unreadable', `cannot read the file: ${String(error)}`)] };
  }
  if (bytes.includes(0)) {
    return { diagnostics: [fileError(file, 'binary-file', 'this is a binary file, not a text article')] };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { input: { file, text }, diagnostics: [] };
  } catch {
    return { diagnostics: [fileError(file, 'not-utf8', 'the file is not valid UTF-8 text')] };
  }
}

/** Writes `content` to `path` through a temporary file and a rename, so readers never see half a file. */
export function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

export function serializeEventList(result: CompileResult): string {
  return `${JSON.stringify(result.list, null, 2)}\n`;
}

export interface BuildOutcome {
  result?: CompileResult;
  diagnostics: Diagnostic[];
  written: boolean;
}

/** Reads, compiles and (only when there are no errors) writes the output. */
export function compileToFile(root: string, paths: readonly string[], output: string): BuildOutcome {
  const collected = collectArticleFiles(root, paths);
  const diagnostics = [...collected.diagnostics];
  const inputs: ArticleInput[] = [];
  for (const file of collected.files) {
    const read = readArticle(root, file);
    diagnostics.push(...read.diagnostics);
    if (read.input) inputs.push(read.input);
  }
  const result = compileArticles(inputs);
  diagnostics.push(...result.diagnostics);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    return { result, diagnostics, written: false };
  }
  writeAtomically(resolve(root, output), serializeEventList(result));
  return { result, diagnostics, written: true };
}
