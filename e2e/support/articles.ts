/**
 * Serve the app a different article set: compiles the given article files with the real compiler
 * (in the test process) and answers the app's request for events.json with the result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { compileArticles } from '../../src/compiler/compile.ts';
import type { EventList } from '../../src/model/event-list.ts';

/** Compiles article files (paths relative to the project root, or folders of .txt files). */
export function compileFixture(paths: readonly string[]): EventList {
  const files = paths.flatMap((path) =>
    path.endsWith('.txt')
      ? [path]
      : readdirSync(path)
          .filter((name) => name.endsWith('.txt'))
          .sort()
          .map((name) => join(path, name)),
  );
  const { list, diagnostics } = compileArticles(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture does not compile: ${JSON.stringify(errors)}`);
  return list;
}

/** Makes `page` load `list` instead of the built app's events.json. Call before page.goto. */
export async function serveEventList(page: Page, list: EventList): Promise<void> {
  await page.route('**/events.json', (route) => route.fulfill({ json: list }));
}
