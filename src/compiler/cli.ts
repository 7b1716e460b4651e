/**
 * `npm run --silent compile -- [--out FILE] [PATH ...]`
 * Compiles article files or folders (default seeds/) into the event list the app loads.
 * Exit 0 after writing a validated file (warnings, if any, on stderr); exit 1 with one
 * `file:line:col: error: message [code]` line per problem otherwise, leaving the previous output
 * byte-for-byte as it was.
 */
import { diagnosticsToPrint, formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { DEFAULT_OUTPUT, DEFAULT_SOURCES, compileToFile } from './io.ts';
import { createProgressReporter, type ProgressReporter } from './progress.ts';

const USAGE = 'usage: npm run --silent compile -- [--out FILE] [--all-warnings] [PATH ...]';

interface CliOptions {
  output: string;
  paths: string[];
  allWarnings: boolean;
}

function parseArguments(argv: readonly string[]): CliOptions | 'help' | { problem: string } {
  let output = DEFAULT_OUTPUT;
  let allWarnings = false;
  const paths: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--out') {
      const value = argv[index + 1];
      if (!value) return { problem: '--out needs a file name' };
      output = value;
      index += 1;
    } else if (argument.startsWith('--out=')) output = argument.slice('--out='.length);
    else if (argument === '--all-warnings') allWarnings = true;
    else if (argument === '--help' || argument === '-h') return 'help';
    else if (argument === '--') continue;
    else if (argument.startsWith('-')) return { problem: `unknown option ${argument}` };
    else paths.push(argument);
  }
  if (output === '') return { problem: '--out needs a file name' };
  return { output, paths: paths.length > 0 ? paths : DEFAULT_SOURCES, allWarnings };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

/**
 * Errors first (they are what a person must fix), then warnings; each in file and line order.
 * Past 20 warnings of one code the rest are counted, unless `--all-warnings`.
 */
function printDiagnostics(diagnostics: readonly Diagnostic[], allWarnings: boolean): void {
  const { shown, hidden } = diagnosticsToPrint([...diagnostics].sort(compareDiagnostics), allWarnings);
  for (const diagnostic of shown) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  for (const { code, count } of hidden) {
    process.stderr.write(`dateline: ${count} more ${code} warnings not shown (--all-warnings shows them)\n`);
  }
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('problem' in options) {
    process.stderr.write(`dateline: error: ${options.problem}\n${USAGE}\n`);
    return 1;
  }
  let progress: ProgressReporter | undefined;
  const outcome = await compileToFile(process.cwd(), options.paths, options.output, {
    onProgress(done, total) {
      progress ??= createProgressReporter(process.stderr, total);
      progress.update(done, total);
    },
  });
  progress?.finish();
  printDiagnostics(outcome.diagnostics, options.allWarnings);
  const errors = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (!outcome.written) {
    process.stderr.write(`dateline: ${errors} error${errors === 1 ? '' : 's'}; ${options.output} was not changed\n`);
    return 1;
  }
  const list = outcome.result?.list;
  process.stderr.write(
    `dateline: ${list?.articles.length ?? 0} articles, ${list?.events.length ?? 0} events -> ${options.output}` +
      (outcome.threads > 1 ? ` (${outcome.threads} threads)\n` : '\n'),
  );
  return 0;
}

// Last line of defence: whatever happens, one readable line and exit 1, never a stack trace dump.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `dateline: error: internal error: ${error instanceof Error ? error.message : String(error)} [internal-error]\n`,
    );
    process.exitCode = 1;
  },
);
