/**
 * `npm run --silent compile -- [--out FILE] [PATH ...]`
 * Compiles article files or folders (default seeds/) into the event list the app loads.
 * Exit 0 after writing a validated file; exit 1 with `file:line:col: error: ...` lines otherwise,
 * leaving the previous output as it was.
 */
import { DEFAULT_OUTPUT, DEFAULT_SOURCES, compileToFile } from './io.ts';
import { formatDiagnostic } from './diagnostics.ts';

interface CliOptions {
  output: string;
  paths: string[];
}

function parseArguments(argv: readonly string[]): CliOptions | string {
  let output = DEFAULT_OUTPUT;
  const paths: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--out') {
      const value = argv[index + 1];
      if (!value) return '--out needs a file name';
      output = value;
      index += 1;
    } else if (argument.startsWith('--out=')) output = argument.slice('--out='.length);
    else if (argument === '--help' || argument === '-h') return 'help';
    else if (argument.startsWith('-')) return `unknown option ${argument}`;
    else paths.push(argument);
  }
  return { output, paths: paths.length > 0 ? paths : DEFAULT_SOURCES };
}

function main(): number {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    const usage = 'usage: npm run --silent compile -- [--out FILE] [PATH ...]';
    if (options === 'help') {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    process.stderr.write(`dateline: error: ${options}\n${usage}\n`);
    return 1;
  }
  try {
    const outcome = compileToFile(process.cwd(), options.paths, options.output);
    for (const diagnostic of outcome.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    if (!outcome.written) return 1;
    const list = outcome.result?.list;
    process.stderr.write(
      `dateline: ${list?.articles.length ?? 0} articles, ${list?.events.length ?? 0} events -> ${options.output}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`dateline: error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = main();
