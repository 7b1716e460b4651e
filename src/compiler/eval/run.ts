/**
 * `npm run eval`: compiles the evaluation corpus and the seed together, scores the result against
 * the hand-written expected lists and prints the figures, the misses and the false positives.
 * A measurement: exits 0 whatever the score, 1 only when the corpus is unreadable or the compiler
 * crashes. Flags: `--set tuning|holdout` (default `tuning`: the evaluation corpus and the seed;
 * `holdout`: the held-out articles, compiled and scored on their own, for measuring only),
 * `--article NAME` (report only the articles whose file name starts with NAME, or else contains
 * it; everything in the set is still compiled together), `--verbose`, `--any-kind` (match events
 * whatever their kinds: not the score, a measure of how many misses are kind confusions),
 * `--shape` (print only the figures and the error shape: misses and false positives counted by
 * cause, no article text; the way to look at the held-out set, see `shape.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileArticles } from '../compile.ts';
import { withReasonTrace } from '../reason-trace.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import {
  expectedFileSchema,
  scoreCorpus,
  type ArticleScore,
  type ExpectedArticle,
  type ExpectedEvent,
  type ProducedSummary,
  type Ratios,
} from './score.ts';
import { errorShape, formatShape } from './shape.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The article sets `--set` chooses from. The held-out set measures how well the rules generalise. */
const corpusDirs = {
  tuning: 'src/compiler/__fixtures__/eval',
  holdout: 'src/compiler/__fixtures__/holdout',
} as const;
type CorpusSet = keyof typeof corpusDirs;

function isCorpusSet(name: string): name is CorpusSet {
  return Object.hasOwn(corpusDirs, name);
}

/** Reads every `*.expected.json` of the corpus, validated, with its article's text. */
function loadCorpus(corpusDir: string): ExpectedArticle[] {
  const names = readdirSync(join(projectRoot, corpusDir))
    .filter((name) => name.endsWith('.expected.json'))
    .sort();
  return names.map((name) => {
    const raw: unknown = JSON.parse(readFileSync(join(projectRoot, corpusDir, name), 'utf8'));
    const parsed = expectedFileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${corpusDir}/${name}: ${parsed.error.message}`);
    }
    const file = parsed.data.article.includes('/') ? parsed.data.article : posix.join(corpusDir, parsed.data.article);
    const text = readFileSync(join(projectRoot, file), 'utf8');
    return { file, text, events: parsed.data.events };
  });
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(6);

function row(name: string, expected: number, produced: number, strict: Ratios, lenient: Ratios): string {
  return [
    name.padEnd(40),
    String(expected).padStart(4),
    String(produced).padStart(5),
    String(strict.matched).padStart(4),
    percent(strict.precision),
    percent(strict.recall),
    percent(strict.f1),
    ' |',
    String(lenient.matched).padStart(4),
    percent(lenient.precision),
    percent(lenient.recall),
    percent(lenient.f1),
  ].join(' ');
}

function describeExpected(event: ExpectedEvent): string {
  const date = event.date ? `${event.date.start}${event.date.end ? `..${event.date.end}` : ''}` : 'undated';
  const evidence = typeof event.evidence === 'string' ? event.evidence : event.evidence.join(' | ');
  return `${event.kind} ${date} ${event.status} [${event.actors.join(', ')}] «${evidence}»`;
}

function describeProduced(event: ProducedSummary): string {
  return `${event.kind} ${event.date} ${event.status} [${event.actors.join(', ')}] "${event.title}"`;
}

function shortName(file: string): string {
  return posix.basename(file).replace(/\.txt$/, '');
}

function printDetails(score: ArticleScore, verbose: boolean): void {
  if (score.misses.length === 0 && score.falsePositives.length === 0 && !verbose) return;
  console.log(`\n== ${score.file}`);
  for (const miss of score.misses) {
    console.log(`  MISS (${miss.reason}) ${describeExpected(miss.expected)}`);
    for (const detail of miss.details) console.log(`       ${detail}`);
    if (verbose && miss.nearest) console.log(`       nearest: ${describeProduced(miss.nearest)}`);
    console.log(`       > ${miss.sentence}`);
  }
  for (const produced of score.falsePositives) {
    console.log(`  FALSE POSITIVE ${describeProduced(produced)}`);
    console.log(`       > ${produced.sentence}`);
  }
  for (const match of score.matches) {
    if (verbose || match.notes.length > 0) {
      console.log(`  ${verbose ? 'MATCH' : 'NOTE '} ${describeExpected(match.expected)}`);
      for (const note of match.notes) console.log(`       ${note}`);
    }
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'tuning' },
      article: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'any-kind': { type: 'boolean', default: false },
      shape: { type: 'boolean', default: false },
    },
  });
  if (!isCorpusSet(values.set)) {
    console.error(`eval: unknown set "${values.set}" (expected ${Object.keys(corpusDirs).join(' or ')})`);
    return 1;
  }
  let corpus: ExpectedArticle[];
  try {
    corpus = loadCorpus(corpusDirs[values.set]);
  } catch (error) {
    console.error(`eval: cannot read the corpus: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  // Always compile everything together: events reported by two articles are merged across them.
  let result: ReturnType<typeof compileArticles>;
  const reasons = new Map<string, Set<string>>();
  try {
    const inputs = corpus.map(({ file, text }) => ({ file, text }));
    // With --shape, the dated-clause reader's reasons for passing over sentences are counted too.
    result = values.shape
      ? withReasonTrace(
          (sentence, reason) => reasons.set(sentence, (reasons.get(sentence) ?? new Set()).add(reason)),
          () => compileArticles(inputs),
        )
      : compileArticles(inputs);
  } catch (error) {
    console.error('eval: the compiler crashed');
    console.error(error);
    return 1;
  }
  if (!values.shape) for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));

  const filter = values.article;
  // A prefix ("04") beats a substring, so that "04" does not also select the seed's hash name.
  const byPrefix = corpus.filter((article) => filter !== undefined && posix.basename(article.file).startsWith(filter));
  const selected =
    filter === undefined
      ? corpus
      : byPrefix.length > 0
        ? byPrefix
        : corpus.filter((article) => posix.basename(article.file).includes(filter));
  if (selected.length === 0) {
    console.error(`eval: no article matches "${filter ?? ''}"`);
    return 1;
  }
  const anyKind = values['any-kind'];
  const score = scoreCorpus(selected, result.list, { anyKind });
  if (anyKind) console.log('\n(--any-kind: events matched whatever their kinds; not the score)');

  console.log(`\n${''.padEnd(40)}  exp  prod |------------ strict ------------ | ------------ lenient -----------`);
  console.log(
    `${'article'.padEnd(40)} ${'exp'.padStart(4)} ${'prod'.padStart(5)} ${'ok'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  | ${'ok'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
  );
  for (const article of score.articles) {
    console.log(row(shortName(article.file), article.expected, article.produced, article.strict, article.lenient));
  }
  const { overall } = score;
  console.log(row('OVERALL (micro)', overall.expected, overall.produced, overall.strict, overall.lenient));
  console.log(
    `near misses (kind + evidence right): wrong date ${score.nearMisses.wrongDate}, missing actors ${score.nearMisses.missingActors}`,
  );
  const { given, unexpected } = score.actors;
  console.log(
    `actors of matched events: ${given} given, ${unexpected} not expected (actor precision ${percent(given === 0 ? 1 : (given - unexpected) / given).trim()})`,
  );

  if (values.shape) {
    const texts = new Map(corpus.map((article) => [article.file, article.text]));
    for (const line of formatShape(
      errorShape({ score, list: result.list, texts, diagnostics: result.diagnostics, reasons }),
    )) {
      console.log(line);
    }
    return 0;
  }
  for (const article of score.articles) printDetails(article, values.verbose);
  return 0;
}

process.exitCode = main();
