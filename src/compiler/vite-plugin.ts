/**
 * Vite plugin: `npm run dev` and `npm run build` compile the articles themselves.
 * - dev: compiles when the server starts and whenever an article is saved, added or deleted; on
 *   success the page is told (`dateline:events-updated`) and refetches `events.json`; on errors the
 *   diagnostics show in Vite's overlay with the first one's file:line:col, and the last good output
 *   is still served.
 * - build: a compile error fails the build with every diagnostic; the output becomes `events.json`
 *   at the site root (the base path).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { DEFAULT_OUTPUT, DEFAULT_SOURCES, compileToFile } from './io.ts';

export interface DatelinePluginOptions {
  /** Article files or folders, relative to the project root (or absolute). Default `seeds`. */
  sources?: string[];
  /** The compiled output, relative to the project root (or absolute). */
  output?: string;
}

export const EVENTS_FILE = 'events.json';
export const EVENTS_UPDATED = 'dateline:events-updated';

/** Wait this long after a save before compiling, so an editor's burst of events compiles once. */
const SETTLE_MILLISECONDS = 50;

interface CompileReport {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** The payload of Vite's error overlay for a failed compile: every diagnostic, the first one's location. */
export function overlayError(root: string, errors: readonly Diagnostic[]) {
  const first = errors[0];
  const message = errors.map(formatDiagnostic).join('\n');
  const location = first ? { file: resolve(root, first.file), line: first.line, column: first.column } : undefined;
  return {
    message: `Dateline could not compile the articles; the page shows the last good version.\n${message}`,
    stack: '',
    plugin: 'dateline',
    ...(location ? { id: location.file, loc: location } : {}),
  };
}

export function dateline(options: DatelinePluginOptions = {}): Plugin {
  const sources = options.sources ?? DEFAULT_SOURCES;
  const output = options.output ?? DEFAULT_OUTPUT;
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';

  const compile = async (): Promise<CompileReport> => {
    const outcome = await compileToFile(root, sources, output);
    const errors = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const warnings = outcome.diagnostics.filter((diagnostic) => diagnostic.severity !== 'error');
    return { errors: outcome.written ? [] : errors, warnings };
  };

  return {
    name: 'dateline',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    async buildStart() {
      // The dev server compiles in configureServer, where it can report to the page.
      if (command !== 'build') return;
      const report = await compile();
      for (const warning of report.warnings) this.warn(formatDiagnostic(warning));
      if (report.errors.length > 0) this.error(report.errors.map(formatDiagnostic).join('\n'));
    },
    async configureServer(server) {
      const watched = sources.map((source) => resolve(root, source));
      let lastErrors: Diagnostic[] = [];
      let running: Promise<void> | undefined;
      let again = false;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const showErrors = (): void => {
        if (lastErrors.length > 0) server.ws.send({ type: 'error', err: overlayError(root, lastErrors) });
      };

      const compileAndReport = async (): Promise<void> => {
        const hadErrors = lastErrors.length > 0;
        let report: CompileReport;
        try {
          report = await compile();
        } catch (error) {
          // compileToFile reports bad input as diagnostics; this is a bug, shown rather than lost.
          const message = error instanceof Error ? error.message : String(error);
          report = {
            errors: [{ file: '<compiler>', line: 1, column: 1, severity: 'error', code: 'internal-error', message }],
            warnings: [],
          };
        }
        for (const warning of report.warnings) server.config.logger.warn(formatDiagnostic(warning));
        lastErrors = report.errors;
        if (lastErrors.length > 0) {
          server.config.logger.error(lastErrors.map(formatDiagnostic).join('\n'), { timestamp: true });
          showErrors();
          return;
        }
        server.config.logger.info('dateline: articles compiled', { timestamp: true });
        // An empty update closes the error overlay of a fixed compile.
        if (hadErrors) server.ws.send({ type: 'update', updates: [] });
        server.ws.send({ type: 'custom', event: EVENTS_UPDATED });
      };

      // One compile at a time; saves during a compile are folded into one more compile after it.
      const schedule = (): void => {
        if (running) {
          again = true;
          return;
        }
        running = compileAndReport().finally(() => {
          running = undefined;
          if (again) {
            again = false;
            schedule();
          }
        });
      };

      const isArticle = (path: string): boolean =>
        path.endsWith('.txt') && watched.some((source) => path === source || path.startsWith(`${source}/`));
      const onChange = (path: string): void => {
        if (!isArticle(path)) return;
        clearTimeout(timer);
        timer = setTimeout(schedule, SETTLE_MILLISECONDS);
      };

      server.watcher.add(watched);
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      // A page opened (or reloaded) while the articles are broken still gets the overlay.
      server.ws.on('connection', () => showErrors());

      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (path !== `${server.config.base}${EVENTS_FILE}`) {
          next();
          return;
        }
        try {
          const body = readFileSync(resolve(root, output));
          response.setHeader('Content-Type', 'application/json');
          response.setHeader('Cache-Control', 'no-store');
          response.end(body);
        } catch {
          response.statusCode = 404;
          response.end();
        }
      });

      schedule();
      await running;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: EVENTS_FILE, source: readFileSync(resolve(root, output), 'utf8') });
    },
  };
}
