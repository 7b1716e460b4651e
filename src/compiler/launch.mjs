/**
 * `node src/compiler/launch.mjs ENTRY [ARGS ...]` (ENTRY: cli or bench): what `npm run compile` and
 * `npm run bench` run. It runs the compiler from an esbuild bundle of the TypeScript sources
 * instead of loading them through tsx, whose transform wraps every function created at run time
 * (`keepNames`): a compile through tsx takes about a third more CPU per article than the bundle.
 *
 * Never stale: the bundle is made from the very bytes that are hashed. esbuild reads every source
 * file of the project through this script, which hashes the paths and contents it hands over; the
 * bundle goes to node_modules/.cache/dateline/bundle-<hash>/ and the list of files it was made
 * from to bundle.json next to it. A run hashes the listed files again (a few milliseconds) and
 * bundles again when any of them changed or is gone; a file that is not listed can only matter
 * once a listed file imports it, which changes that file. Folders and the list are written under
 * temporary names and renamed, so runs at the same time never see half a bundle.
 *
 * Plain JavaScript because it is what runs before any TypeScript can (Node 20 runs no .ts).
 *
 * package.json runs it with `node --no-regexp-tier-up`. V8 otherwise runs a regular expression in
 * its interpreter at first, on bytecode it makes and optimises for that one run, and compiles it
 * to machine code at its second run. For the compiler's long case-insensitive patterns (rows of
 * the trigger table run to 2,000 characters) optimising the bytecode costs far more than the
 * machine code: the trigger table took 2.4 s to be ready, 0.7 s compiled to machine code at once,
 * and every process and worker thread pays it. The compiler runs its patterns on every sentence,
 * so they may as well go to machine code at once; what a pattern matches is the same either way.
 * A V8 setting is given when the process starts: set later (`v8.setFlagsFromString`), Node
 * warns, it may crash.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Entry name -> source, relative to src/compiler. The worker is bundled next to them: the pool finds it there. */
const ENTRIES = { cli: 'cli.ts', bench: 'bench/run.ts', 'compile-worker': 'compile-worker.ts' };
const RUNNABLE = ['cli', 'bench'];

const compilerFolder = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(compilerFolder, '..', '..');

/** @param {Iterable<[string, Buffer | string]>} files path (relative to the project) and content */
function hashOf(files) {
  const hash = createHash('sha256');
  // The build's own settings: this script, and the esbuild it runs.
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(`\0${process.version}\0`);
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${path}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex').slice(0, 20);
}

/** The bundle folder of the last build, if every file it was made from is still as it was. */
function currentBundle(cache) {
  try {
    const { key, inputs } = JSON.parse(readFileSync(join(cache, 'bundle.json'), 'utf8'));
    const folder = join(cache, `bundle-${key}`);
    if (!Array.isArray(inputs) || typeof key !== 'string') return undefined;
    const files = inputs.map((path) => [path, readFileSync(join(projectRoot, path))]);
    if (hashOf(files) !== key) return undefined;
    for (const name of Object.keys(ENTRIES)) statSync(join(folder, `${name}.js`));
    return folder;
  } catch {
    // No list yet, a listed file is gone, or a bundle file was removed: bundle again.
    return undefined;
  }
}

async function bundle(cache) {
  const { build } = await import('esbuild');
  /** @type {Map<string, Buffer>} */
  const read = new Map();
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: Object.entries(ENTRIES).map(([out, source]) => ({ out, in: join(compilerFolder, source) })),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild's tables do not credit Node with `\p{...}` in regular expressions, so for any Node
    // target it rewrites every such literal as `new RegExp(...)`, which then builds the pattern
    // again on each call (the tokenizer's and every name test's: about 3% of a compile). Node has
    // had them since version 10.
    supported: { 'regexp-unicode-property-escapes': true },
    // Packages load from node_modules, found from the bundle's place inside the project.
    packages: 'external',
    outdir: 'bundle',
    write: false,
    // A source that does not parse: esbuild's file:line:col errors on stderr.
    logLevel: 'error',
    plugins: [
      {
        name: 'hash-what-is-read',
        setup(builder) {
          builder.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
            const contents = readFileSync(args.path);
            read.set(relative(projectRoot, args.path).split(sep).join('/'), contents);
            return { contents, loader: /\.[cm]?tsx?$/.test(args.path) ? 'ts' : 'js' };
          });
        },
      },
    ],
  });
  const key = hashOf(read);
  const folder = join(cache, `bundle-${key}`);
  const partial = `${folder}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const file of result.outputFiles)
    writeFileSync(join(partial, relative(join(projectRoot, 'bundle'), file.path)), file.contents);
  try {
    renameSync(partial, folder);
  } catch {
    // Another run made the same bundle meanwhile.
    rmSync(partial, { recursive: true, force: true });
  }
  const list = join(cache, `bundle.json.${process.pid}.partial`);
  writeFileSync(list, `${JSON.stringify({ key, inputs: [...read.keys()].sort() })}\n`);
  renameSync(list, join(cache, 'bundle.json'));
  removeOldBundles(cache, folder);
  return folder;
}

/** Bundles of earlier versions of the sources, last used more than an hour ago. */
function removeOldBundles(cache, keep) {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (!name.startsWith('bundle-') || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

/** The folder of an up-to-date bundle, made first if needed. */
async function bundledCompiler() {
  const cache = join(projectRoot, 'node_modules', '.cache', 'dateline');
  mkdirSync(cache, { recursive: true });
  const folder = currentBundle(cache) ?? (await bundle(cache));
  try {
    // In use again: not old.
    const now = new Date();
    utimesSync(folder, now, now);
  } catch {
    // Removed meanwhile by a run that saw it unused for an hour: it runs from the loaded files.
  }
  return folder;
}

const [entry] = process.argv.splice(2, 1);
if (!entry || !RUNNABLE.includes(entry)) {
  process.stderr.write(`usage: node src/compiler/launch.mjs ${RUNNABLE.join('|')} [ARGS ...]\n`);
  process.exitCode = 2;
} else {
  let folder;
  try {
    folder = await bundledCompiler();
  } catch (error) {
    process.stderr.write(
      `dateline: error: could not bundle the compiler: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    process.exitCode = 1;
  }
  if (folder) await import(pathToFileURL(join(folder, `${entry}.js`)).href);
}
