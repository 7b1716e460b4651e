import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collectArticleFiles,
  decodeArticle,
  eventListPieces,
  firstInvalidUtf8Byte,
  looksLikeUtf16,
  readArticle,
  serializeEventList,
  writeAtomically,
} from './io.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { compileArticles } from './compile.ts';

const folders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dateline-io-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('firstInvalidUtf8Byte', () => {
  it('accepts ASCII, accents, curly quotes and emoji', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('plain “café” 🗞️'))).toBe(-1);
  });

  it('finds a Latin-1 byte, a stray continuation byte and a truncated sequence', () => {
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xe9, 0x61]))).toBe(1); // "aéa" in Latin-1
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0x62, 0x80]))).toBe(2);
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xe2, 0x80]))).toBe(1); // "“" cut short
  });

  it('rejects overlong forms, surrogates and code points above U+10FFFF', () => {
    expect(firstInvalidUtf8Byte(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});

describe('decodeArticle', () => {
  it('reports the line and column of the first bad byte, counting columns as an editor does', () => {
    // Line 2 is "“Hé” 🗞 " (emoji = 2 UTF-16 units) before the bad byte: column 1 + 8.
    const bytes = Buffer.concat([Buffer.from(' date 2025-01-01 x\n“Hé” 🗞 '), Buffer.from([0xff])]);
    const { input, diagnostics } = decodeArticle('a.txt', bytes);
    expect(input).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'a.txt', line: 2, column: 9, severity: 'error', code: 'not-utf8' }),
    ]);
  });

  it('tells UTF-16 text (with or without a byte-order mark) from a binary file', () => {
    const text = ' date 2025-03-01 Ada Lind met Omar Peel.\n';
    for (const bytes of [
      new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le')),
      new Uint8Array(Buffer.from(text, 'utf16le')),
      new Uint8Array(Buffer.from(text, 'utf16le').swap16()),
    ]) {
      expect(decodeArticle('a.txt', bytes).diagnostics[0]).toMatchObject({ code: 'not-utf8', line: 1, column: 1 });
      expect(decodeArticle('a.txt', bytes).diagnostics[0]?.message).toContain('UTF-16');
    }
    expect(looksLikeUtf16(new Uint8Array(Buffer.from(text)))).toBe(false);
  });

  it('calls a file with NUL bytes binary', () => {
    const { diagnostics } = decodeArticle('a.txt', Buffer.from([0x20, 0x64, 0, 0x61]));
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 1, code: 'binary-file' });
  });

  it('keeps a byte-order mark and every character of valid text', () => {
    const text = '\uFEFF date 2025-01-01 “Quoted,” she said.\n';
    expect(decodeArticle('a.txt', Buffer.from(text)).input).toEqual({ file: 'a.txt', text });
  });
});

describe('readArticle', () => {
  it('refuses a file above the size limit without reading it', () => {
    const root = temporaryFolder();
    writeFileSync(join(root, 'big.txt'), Buffer.alloc(1024 * 1024 + 1, 'a'));
    expect(readArticle(root, 'big.txt').diagnostics[0]).toMatchObject({ code: 'too-large', line: 1, column: 1 });
  });

  it('reports a file that vanished since it was listed', () => {
    const root = temporaryFolder();
    expect(readArticle(root, 'gone.txt').diagnostics[0]).toMatchObject({ file: 'gone.txt', code: 'unreadable' });
  });

  it('refuses a folder whose name ends in .txt', () => {
    const root = temporaryFolder();
    mkdirSync(join(root, 'odd.txt'));
    expect(readArticle(root, 'odd.txt').diagnostics[0]).toMatchObject({ code: 'not-a-file' });
  });
});

describe('collectArticleFiles', () => {
  it('finds *.txt in folders, sorted, skipping README.md, hidden and editor files', () => {
    const root = temporaryFolder();
    mkdirSync(join(root, 'seeds/sub'), { recursive: true });
    for (const name of ['b.txt', 'a.txt', 'README.md', '.#a.txt', 'notes.md', 'sub/c.txt']) {
      writeFileSync(join(root, 'seeds', name), 'x');
    }
    expect(collectArticleFiles(root, ['seeds'])).toEqual({
      files: ['seeds/a.txt', 'seeds/b.txt', 'seeds/sub/c.txt'],
      diagnostics: [],
    });
  });
});

describe('writeAtomically', () => {
  it('replaces the file whole and leaves no temporary file behind', () => {
    const root = temporaryFolder();
    const path = join(root, 'out/events.json');
    writeAtomically(path, 'first');
    writeAtomically(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(join(root, 'out'))).toEqual(['events.json']);
  });

  it('keeps the old file and cleans up when the new one cannot be put in place', () => {
    const root = temporaryFolder();
    // A non-empty folder where the file should go: the rename fails.
    mkdirSync(join(root, 'events.json/inside'), { recursive: true });
    expect(() => writeAtomically(join(root, 'events.json'), 'new')).toThrow();
    expect(readdirSync(root)).toEqual(['events.json']);
  });
});

describe('eventListPieces', () => {
  it('gives, joined, the bytes of the whole list stringified at once', () => {
    // Curly and straight quotes, line breaks and backslashes inside strings, optional fields.
    const result = compileArticles(generateCorpus(12, 3));
    expect(result.list.events.length).toBeGreaterThan(12);
    expect([...eventListPieces(result.list)].join('')).toBe(serializeEventList(result));
  });

  it('writes empty lists and nested values as JSON.stringify does', () => {
    const list = { version: 1 as const, articles: [], actors: [], events: [] };
    expect([...eventListPieces(list)].join('')).toBe(serializeEventList({ list, diagnostics: [] }));
    const odd = { ...list, extra: { a: [1, { b: 'x\ny' }], c: undefined }, gone: undefined };
    expect([...eventListPieces(odd)].join('')).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it('is written to a file piece by piece', () => {
    const root = temporaryFolder();
    const result = compileArticles(generateCorpus(3, 5));
    writeAtomically(join(root, 'events.json'), eventListPieces(result.list));
    expect(readFileSync(join(root, 'events.json'), 'utf8')).toBe(serializeEventList(result));
  });
});
