/**
 * The error shape of a scored corpus: the misses and false positives counted by cause, with no
 * article text. `npm run eval -- --shape` prints it; it is the one view of the held-out set the
 * team may look at besides the OVERALL line, so it says where the compiler fails on text nobody
 * tuned on (which stage, which kind) without showing the text to tune against.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { EventDate, EventList } from '../../model/event-list.ts';
import {
  actorIsNamed,
  normalizeName,
  normalizeText,
  type CorpusScore,
  type ExpectedEvent,
  type Miss,
} from './score.ts';

/** Named counters, printed largest first. */
export type Tally = Map<string, number>;

export interface ErrorShape {
  notDetected: {
    total: number;
    byKind: Tally;
    byStatus: Tally;
    byDate: Tally;
    bySentence: Tally;
    byPlace: Tally;
    /** For an event whose sentence gave nothing: the date words of that sentence. */
    silentByWords: Tally;
    /** For an event whose sentence gave nothing: why the dated-clause reader passed over it. */
    silentByReason: Tally;
  };
  wrongDate: {
    total: number;
    byCause: Tally;
    byStatus: Tally;
    byWords: Tally;
    /** Each cause with the expected status and the date words of its sentence: where a kind of wrong date comes from. */
    byCauseStatusWords: Tally;
  };
  missingActors: { events: number; names: number; byEvent: Tally; byName: Tally; byActorKind: Tally };
  falsePositives: { total: number; byKind: Tally; bySentence: Tally; byKindForExpected: Tally };
}

function count(tally: Tally, key: string): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

function evidenceOf(expected: ExpectedEvent): string[] {
  return typeof expected.evidence === 'string' ? [expected.evidence] : expected.evidence;
}

/** Offset of a diagnostic in its text, from its 1-based line and column. */
function offsetOf(text: string, diagnostic: Diagnostic): number {
  let offset = 0;
  for (let line = 1; line < diagnostic.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + diagnostic.column - 1;
}

const PRECISIONS = ['day', 'month', 'year'];

/** How a produced date differs from the expected one: one cause per wrong date. */
export function dateCause(expected: NonNullable<ExpectedEvent['date']>, produced: EventDate): string {
  if (expected.precision !== produced.precision) {
    const finer = PRECISIONS.indexOf(produced.precision) < PRECISIONS.indexOf(expected.precision);
    return `${finer ? 'finer' : 'coarser'} precision than the text gives (${expected.precision} expected)`;
  }
  const [ey, em, ed] = expected.start.split('-');
  const [py, pm, pd] = produced.start.split('-');
  if (ey !== py && em === pm && ed === pd)
    return `wrong year, same ${expected.precision === 'year' ? 'precision' : 'month and day'}`;
  if (expected.precision === 'day' && ed !== undefined && pd !== undefined) {
    const days = (Date.parse(produced.start) - Date.parse(expected.start)) / 86_400_000;
    const direction = days > 0 ? 'later' : 'earlier';
    if (Math.abs(days) % 7 === 0) return `whole weeks ${direction} (weekday resolution)`;
    if (Math.abs(days) <= 3) return `1-3 days ${direction}`;
    return `more than 3 days ${direction}`;
  }
  return `wrong ${expected.precision}`;
}

/** The form of an expected date: undated, a range, or its precision. */
function dateForm(expected: ExpectedEvent): string {
  if (expected.date === null) return 'undated';
  if (expected.date.end !== undefined) return `a range (${expected.date.precision})`;
  return expected.date.precision;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/**
 * Classes of date words, by what a reader resolves them against. A sentence's words are counted in
 * every class they belong to, so that a wrong date is placed in the grammar of dates that told it
 * ("the next day" counts as an anaphor, "Monday" as a weekday) without showing the words.
 */
const DATE_WORDS: readonly [string, RegExp][] = [
  ['a weekday', /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/],
  [
    'a month with its day',
    new RegExp(String.raw`\b${MONTH}\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\b`),
  ],
  ['a month without a day', new RegExp(String.raw`(?<!\d(?:st|nd|rd|th)?(?: of)? )\b${MONTH}\b(?!\.? \d{1,2}\b)`)],
  ['a day of the month alone ("the 5th")', /\bthe \d{1,2}(?:st|nd|rd|th)\b/],
  ['a year', /\b(?:1[89]|20)\d{2}\b/],
  ['yesterday, today, tonight or tomorrow', /\b(?:yesterday|today|tonight|tomorrow)\b/],
  [
    'a week, month, year or weekend counted from now (last, this, next, earlier this)',
    /\b(?:last|this|next|past|coming|earlier this|later this|end of the|end of this)\s+(?:week|weekend|month|year|fortnight|quarter|spring|summer|autumn|fall|winter)\b/,
  ],
  [
    'an anaphor (the same day, later, the next day, after, before)',
    /\b(?:same|next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b|\b(?:(?:later|earlier)(?! this)|afterwards?|after|before|ago|since)\b/,
  ],
  [
    'a time of day',
    /\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|\b(?:morning|afternoon|evening|night|midnight|noon|dawn)\b/,
  ],
];

/** The classes of date words a sentence holds (`DATE_WORDS`), or 'no date words'. */
export function dateWordsOf(sentence: string): string[] {
  const text = normalizeText(sentence);
  const classes = DATE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return classes.length > 0 ? classes : ['no date words'];
}

/** Subordinating words that open a clause inside a sentence. */
const SUBORDINATORS = new Set(
  'when where which who whom whose that after before since until as while because although though if once'.split(' '),
);
/** Coordinators that open a second clause. */
const COORDINATORS = new Set(['and', 'but', 'or', 'then']);

/**
 * Which clause of its sentence an undetected event's evidence is in, from the nearest clause
 * boundary before it (or the evidence's own first word): the main clause (nothing but words since
 * the sentence's start), a subordinate clause (when, which, who, after, since, ...), a coordinated
 * clause (and, but), the part after a comma, colon or dash (an aside, a fronted phrase, a second
 * clause), or a quotation. It tells how many missed events sit in clauses the rules do not read,
 * without showing any text.
 */
export function placeInSentence(miss: Pick<Miss, 'expected' | 'sentence'>): string {
  const sentence = normalizeText(miss.sentence);
  const at = Math.max(...evidenceOf(miss.expected).map((piece) => sentence.indexOf(normalizeText(piece))));
  if (at < 0) return 'evidence not in its sentence';
  const before = sentence.slice(0, at);
  if ((before.match(/"/g) ?? []).length % 2 === 1) return 'in a quotation';
  const firstWord = /^[a-z]+/.exec(sentence.slice(at))?.[0] ?? '';
  const tokens = [...(before.match(/[a-z]+|[.!?](?=\s)|[,;:\u2014]/g) ?? []), firstWord];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] ?? '';
    if (SUBORDINATORS.has(token)) return 'in a subordinate clause (when, which, who, after, since, ...)';
    if (COORDINATORS.has(token)) return 'in a coordinated clause (and, but, ...)';
    if (/^[,;:\u2014]$/.test(token)) return 'after a comma, colon or dash';
    if (/^[.!?]$/.test(token)) break;
  }
  return 'in the main clause';
}

interface ShapeInput {
  score: CorpusScore;
  list: EventList;
  /** The articles' texts by file, to place the compiler's warnings. */
  texts: ReadonlyMap<string, string>;
  diagnostics: readonly Diagnostic[];
  /** Why the dated-clause reader passed over each sentence, by sentence text (reason-trace.ts). */
  reasons?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The reasons given for the sentence of a miss whose sentence gave nothing: those of every
 * compiled sentence inside the miss's sentence (a paragraph, when no event was made there) that
 * holds its evidence. 'never read by the dated-clause reader' when there are none.
 */
function reasonsOf(miss: Miss, reasons: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const evidence = evidenceOf(miss.expected).map(normalizeText);
  const found = new Set<string>();
  for (const [sentence, given] of reasons) {
    if (!miss.sentence.includes(sentence)) continue;
    const text = normalizeText(sentence);
    if (evidence.some((piece) => text.includes(piece))) for (const reason of given) found.add(reason);
  }
  return found.size > 0 ? [...found] : ['never read by the dated-clause reader'];
}

/** Where in the text a miss's sentence is: [start, end) offsets, or undefined when not found. */
function sentenceSpan(text: string, miss: Miss): [number, number] | undefined {
  const start = text.indexOf(miss.sentence);
  return start === -1 ? undefined : [start, start + miss.sentence.length];
}

export function errorShape({ score, list, texts, diagnostics, reasons }: ShapeInput): ErrorShape {
  const shape: ErrorShape = {
    notDetected: {
      total: 0,
      byKind: new Map(),
      byStatus: new Map(),
      byDate: new Map(),
      bySentence: new Map(),
      byPlace: new Map(),
      silentByWords: new Map(),
      silentByReason: new Map(),
    },
    wrongDate: { total: 0, byCause: new Map(), byStatus: new Map(), byWords: new Map(), byCauseStatusWords: new Map() },
    missingActors: { events: 0, names: 0, byEvent: new Map(), byName: new Map(), byActorKind: new Map() },
    falsePositives: { total: 0, byKind: new Map(), bySentence: new Map(), byKindForExpected: new Map() },
  };
  const eventsById = new Map(list.events.map((event) => [event.id, event]));
  const actorsById = new Map(list.actors.map((actor) => [actor.id, actor]));
  const dropped = diagnostics.filter((diagnostic) => diagnostic.code === 'undated-event');

  for (const article of score.articles) {
    const text = texts.get(article.file) ?? '';
    const articleEvents = list.events.filter((event) => event.sources.some((source) => source.file === article.file));
    const sentencesWithEvents = articleEvents.flatMap((event) =>
      event.sources.filter((source) => source.file === article.file).map((source) => normalizeText(source.sentence)),
    );
    const droppedOffsets = dropped
      .filter((diagnostic) => diagnostic.file === article.file)
      .map((diagnostic) => offsetOf(text, diagnostic));

    for (const miss of article.misses) {
      const { expected } = miss;
      if (miss.reason === 'not detected') {
        shape.notDetected.total++;
        count(shape.notDetected.byKind, expected.kind);
        count(shape.notDetected.byStatus, expected.status);
        count(shape.notDetected.byDate, dateForm(expected));
        const evidence = evidenceOf(expected).map(normalizeText);
        const span = sentenceSpan(text, miss);
        const gaveEvent = sentencesWithEvents.some((sentence) => evidence.some((piece) => sentence.includes(piece)));
        const gaveDropped = span !== undefined && droppedOffsets.some((at) => at >= span[0] && at < span[1]);
        count(
          shape.notDetected.byPlace,
          `${placeInSentence(miss)}, ${gaveEvent ? 'its sentence gave another event' : 'its sentence gave nothing'}`,
        );
        if (!gaveEvent && !gaveDropped) {
          for (const words of dateWordsOf(miss.sentence)) count(shape.notDetected.silentByWords, words);
          if (reasons) for (const reason of reasonsOf(miss, reasons)) count(shape.notDetected.silentByReason, reason);
        }
        count(
          shape.notDetected.bySentence,
          gaveEvent
            ? 'its sentence gave another event (other kind, or taken by another expected event)'
            : gaveDropped
              ? 'its sentence gave an event dropped as undated'
              : 'its sentence gave nothing',
        );
        continue;
      }
      const nearest = miss.nearest ? eventsById.get(miss.nearest.id) : undefined;
      if (miss.reason.includes('wrong date') && expected.date && nearest) {
        shape.wrongDate.total++;
        count(shape.wrongDate.byCause, dateCause(expected.date, nearest.date));
        count(shape.wrongDate.byStatus, expected.status);
        const cause = dateCause(expected.date, nearest.date);
        for (const words of dateWordsOf(miss.sentence)) {
          count(shape.wrongDate.byWords, words);
          count(shape.wrongDate.byCauseStatusWords, `${cause}, ${expected.status}, ${words}`);
        }
        if (nearest.date.approximate) count(shape.wrongDate.byCause, '(of these, the compiler called approximate)');
      }
      if (miss.reason.includes('missing actors') && nearest) {
        shape.missingActors.events++;
        const attached = nearest.actors.flatMap((id) => actorsById.get(id) ?? []);
        count(
          shape.missingActors.byEvent,
          attached.length === 0 ? 'the event had no actors' : 'the event had other actors',
        );
        const sentence = normalizeName(miss.sentence);
        for (const name of expected.actors) {
          if (attached.some((actor) => actorIsNamed(actor, name))) continue;
          shape.missingActors.names++;
          const known = list.actors.find((actor) => actorIsNamed(actor, name));
          count(shape.missingActors.byActorKind, known ? known.kind : 'never an actor in the output');
          const inArticle = articleEvents.some((event) =>
            event.actors.some((id) => {
              const actor = actorsById.get(id);
              return actor !== undefined && actorIsNamed(actor, name);
            }),
          );
          const words = normalizeName(name).split(' ');
          const named = ` ${sentence} `.includes(` ${words.at(-1) ?? ''} `);
          count(
            shape.missingActors.byName,
            `${named ? 'named in the sentence' : 'not named in the sentence'}, ${inArticle ? 'an actor of other events of the article' : 'an actor of no event of the article'}`,
          );
        }
      }
    }

    const expectedEvidence = article.misses
      .map((miss) => miss.expected)
      .concat(article.matches.map((match) => match.expected))
      .flatMap((expected) => evidenceOf(expected).map(normalizeText));
    const undetected = article.misses.filter((miss) => miss.reason === 'not detected').map((miss) => miss.expected);
    const nearMisses = new Set(article.misses.flatMap((miss) => (miss.nearest ? [miss.nearest.id] : [])));
    for (const produced of article.falsePositives) {
      shape.falsePositives.total++;
      count(shape.falsePositives.byKind, produced.kind);
      const sentence = normalizeText(produced.sentence);
      const inSentence = (expected: ExpectedEvent) =>
        evidenceOf(expected).some((piece) => sentence.includes(normalizeText(piece)));
      const missedHere = undetected.filter(inSentence);
      for (const expected of missedHere)
        count(shape.falsePositives.byKindForExpected, `${produced.kind} for ${expected.kind}`);
      count(
        shape.falsePositives.bySentence,
        nearMisses.has(produced.id)
          ? 'a near miss (right kind and sentence, wrong date or actors)'
          : missedHere.length > 0
            ? 'its sentence holds an expected event not detected (the wrong kind, or one event read as another)'
            : expectedEvidence.some((piece) => sentence.includes(piece))
              ? 'its sentence holds only expected events found (a duplicate or an extra event)'
              : 'its sentence holds no expected event',
      );
    }
  }
  return shape;
}

function formatTally(tally: Tally): string {
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} ${n}`)
    .join('; ');
}

/** The shape as lines of counts. */
export function formatShape(shape: ErrorShape): string[] {
  const { notDetected, wrongDate, missingActors, falsePositives } = shape;
  return [
    'error shape (counts only, no text):',
    `  not detected ${notDetected.total}`,
    `    by kind: ${formatTally(notDetected.byKind)}`,
    `    by status: ${formatTally(notDetected.byStatus)}`,
    `    by expected date: ${formatTally(notDetected.byDate)}`,
    `    by sentence: ${formatTally(notDetected.bySentence)}`,
    `    by the clause its evidence is in: ${formatTally(notDetected.byPlace)}`,
    `    its sentence gave nothing, by the date words of that sentence: ${formatTally(notDetected.silentByWords)}`,
    `    its sentence gave nothing, by why the dated-clause reader passed over it (an event counts in each reason its sentence was given): ${formatTally(notDetected.silentByReason)}`,
    `  wrong date ${wrongDate.total}`,
    `    by cause: ${formatTally(wrongDate.byCause)}`,
    `    by expected status: ${formatTally(wrongDate.byStatus)}`,
    `    by the date words of its sentence (a sentence counts in each class it has): ${formatTally(wrongDate.byWords)}`,
    `    by cause, expected status and date words: ${formatTally(wrongDate.byCauseStatusWords)}`,
    `  missing actors ${missingActors.events} events, ${missingActors.names} names`,
    `    by event: ${formatTally(missingActors.byEvent)}`,
    `    by name: ${formatTally(missingActors.byName)}`,
    `    by the kind of actor the output has for the name: ${formatTally(missingActors.byActorKind)}`,
    `  false positives ${falsePositives.total}`,
    `    by kind: ${formatTally(falsePositives.byKind)}`,
    `    by sentence: ${formatTally(falsePositives.bySentence)}`,
    `    produced kind for the missed expected kind of its sentence: ${formatTally(falsePositives.byKindForExpected)}`,
  ];
}
