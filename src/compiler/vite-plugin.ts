/**
 * Vite plugin: compiles seeds/ when the dev server starts and on every build, recompiles when an
 * article changes (the page reloads its data), and shows compile errors in Vite's overlay with
 * their file:line:col. The app fetches `events.json` from the site root (the base path).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { DEFAULT_OUTPUT, DEFAULT_SOURCES, compileToFile } from './io.ts';

export interface DatelinePluginOptions {
  /** Article files or folders, relative to the project root. */
  sources?: string[];
  /** The compiled output, relative to the project root. */
  output?: string;
}

export const EVENTS_FILE = 'events.json';
export const EVENTS_UPDATED = 'dateline:events-updated';

class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'DatelineCompileError';
  }
}

export function dateline(options: DatelinePluginOptions = {}): Plugin {
  const sources = options.sources ?? DEFAULT_SOURCES;
  const output = options.output ?? DEFAULT_OUTPUT;
  let root = process.cwd();

  const build = (): void => {
    const outcome = compileToFile(root, sources, output);
    const errors = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    for (const warning of outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')) {
      console.warn(formatDiagnostic(warning));
    }
    if (!outcome.written) throw new CompileError(errors);
  };

  const reportToOverlay = (server: ViteDevServer, error: unknown): void => {
    const first = error instanceof CompileError ? error.diagnostics[0] : undefined;
    server.config.logger.error(error instanceof Error ? error.message : String(error));
    server.ws.send({
      type: 'error',
      err: {
        message: error instanceof Error ? error.message : String(error),
        stack: '',
        plugin: 'dateline',
        ...(first
          ? {
              id: resolve(root, first.file),
              loc: { file: resolve(root, first.file), line: first.line, column: first.column },
            }
          : {}),
      },
    });
  };

  return {
    name: 'dateline',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      try {
        build();
      } catch (error) {
        if (this.meta.watchMode) this.warn(error instanceof Error ? error.message : String(error));
        else this.error(error instanceof Error ? error.message : String(error));
      }
    },
    configureServer(server) {
      const watched = sources.map((source) => resolve(root, source));
      server.watcher.add(watched);
      const onChange = (path: string): void => {
        if (!watched.some((source) => path === source || path.startsWith(`${source}/`)) || !path.endsWith('.txt'))
          return;
        try {
          build();
          server.ws.send({ type: 'custom', event: EVENTS_UPDATED });
        } catch (error) {
          reportToOverlay(server, error);
        }
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (path !== `${server.config.base}${EVENTS_FILE}`) {
          next();
          return;
        }
        try {
          response.setHeader('Content-Type', 'application/json');
          response.setHeader('Cache-Control', 'no-store');
          response.end(readFileSync(resolve(root, output)));
        } catch {
          response.statusCode = 404;
          response.end();
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: EVENTS_FILE, source: readFileSync(resolve(root, output), 'utf8') });
    },
  };
}
