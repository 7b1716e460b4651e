import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Actor, EventList, TimelineEvent } from '../../model/event-list.ts';
import {
  actorIsNamed,
  expectedEventSchema,
  expectedFileSchema,
  normalizeText,
  ratios,
  scoreArticle,
  scoreCorpus,
  type ExpectedArticle,
  type ExpectedEvent,
} from './score.ts';

const fileA = 'a.txt';
const fileB = 'b.txt';
const textA =
  ' date 2025-09-24 Rubio is set to meet Lavrov on Sept. 24. “We will talk,” Rubio said on Tuesday.\n\nTrump met Putin in Alaska on Aug. 15.';
const textB = ' date 2025-09-26 Rubio and Lavrov met on Wednesday.';

const actors: Actor[] = [
  { id: 'marco-rubio', name: 'Marco Rubio', kind: 'person', roles: [], aliases: ['Rubio'] },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', roles: [], aliases: ['Lavrov'] },
  { id: 'donald-trump', name: 'U.S. President Donald Trump', kind: 'person', roles: [], aliases: ['Trump'] },
  { id: 'russia', name: 'Russia', kind: 'country', roles: [], aliases: ['Moscow'] },
];

function source(file: string, text: string, sentence: string): TimelineEvent['sources'][number] {
  const start = text.indexOf(sentence);
  if (start === -1) throw new Error(`test setup: "${sentence}" is not in ${file}`);
  return { file, published: '2025-09-24', sentence, start, end: start + sentence.length };
}

const meeting: TimelineEvent = {
  id: 'rubio-lavrov',
  kind: 'meeting',
  title: 'Meeting: Marco Rubio and Sergey Lavrov',
  date: { start: '2025-09-24', precision: 'day' },
  status: 'scheduled',
  actors: ['marco-rubio', 'sergey-lavrov'],
  sources: [
    source(fileA, textA, 'Rubio is set to meet Lavrov on Sept. 24.'),
    source(fileB, textB, 'Rubio and Lavrov met on Wednesday.'),
  ],
};
const quote: TimelineEvent = {
  id: 'rubio-quote',
  kind: 'quote',
  title: 'Rubio: We will talk',
  date: { start: '2025-09-23', precision: 'day' },
  status: 'occurred',
  actors: [],
  quote: { text: 'We will talk', speaker: 'marco-rubio', medium: 'an interview' },
  sources: [source(fileA, textA, '“We will talk,” Rubio said on Tuesday.')],
};
const alaska: TimelineEvent = {
  id: 'trump-putin',
  kind: 'meeting',
  title: 'Meeting: Trump and Putin',
  date: { start: '2025-09-24', precision: 'day' },
  status: 'occurred',
  actors: ['donald-trump'],
  sources: [source(fileA, textA, 'Trump met Putin in Alaska on Aug. 15.')],
};

function list(events: TimelineEvent[]): EventList {
  return {
    version: 1,
    articles: [
      { file: fileA, published: '2025-09-24', text: textA },
      { file: fileB, published: '2025-09-26', text: textB },
    ],
    actors,
    events,
  };
}

function expected(overrides: Partial<ExpectedEvent> & Pick<ExpectedEvent, 'evidence'>): ExpectedEvent {
  return expectedEventSchema.parse({
    kind: 'meeting',
    date: { start: '2025-09-24', precision: 'day' },
    actors: [],
    ...overrides,
  });
}

function article(file: string, events: ExpectedEvent[]): ExpectedArticle {
  return { file, text: file === fileA ? textA : textB, events };
}

describe('scoreArticle', () => {
  it('matches on kind, evidence, date and actors (by name or alias, ignoring case)', () => {
    const score = scoreArticle(
      article(fileA, [
        expected({ evidence: 'set to meet Lavrov', actors: ['marco rubio', 'Lavrov'], status: 'scheduled' }),
      ]),
      list([meeting]),
    );
    expect(score.strict).toEqual({ matched: 1, precision: 1, recall: 1, f1: 1 });
    expect(score.misses).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.matches[0]?.notes).toEqual([]);
  });

  it('counts a wrong kind as a miss and a false positive, and matches it only with anyKind', () => {
    const wanted = article(fileA, [
      expected({ kind: 'travel', evidence: 'set to meet Lavrov', actors: ['Marco Rubio'], status: 'scheduled' }),
    ]);
    const normal = scoreArticle(wanted, list([meeting]));
    expect(normal.strict.matched).toBe(0);
    expect(normal.lenient.matched).toBe(0);
    expect(normal.misses[0]?.reason).toBe('not detected');
    expect(normal.falsePositives).toHaveLength(1);
    const anyKind = scoreArticle(wanted, list([meeting]), { anyKind: true });
    expect(anyKind.strict.matched).toBe(1);
    expect(anyKind.falsePositives).toEqual([]);
  });

  it('accepts a produced name that contains the expected name as whole words', () => {
    const score = scoreArticle(
      article(fileA, [
        expected({ evidence: 'met Putin in Alaska', actors: ['Donald Trump'], date: null }),
        expected({ evidence: 'met Putin in Alaska', actors: ['Trum'], date: null }),
      ]),
      list([alaska, { ...alaska, id: 'trump-putin-2' }]),
    );
    expect(score.matches).toHaveLength(1);
    expect(score.misses[0]?.reason).toBe('missing actors');
  });

  it('counts the actors a matched event gives that the expected event does not list', () => {
    // The meeting gives Rubio and Lavrov; the annotator listed Rubio only: Lavrov is not expected.
    const one = scoreArticle(
      article(fileA, [expected({ evidence: 'set to meet Lavrov', actors: ['Marco Rubio'] })]),
      list([meeting]),
    );
    expect(one.actors).toEqual({ given: 2, unexpected: 1 });
    // The speaker of a quote is one of its actors; an event expected with nobody named gives one too many.
    const both = scoreArticle(
      article(fileA, [
        expected({ evidence: 'set to meet Lavrov', actors: ['Rubio', 'Sergey Lavrov'] }),
        expected({ kind: 'quote', evidence: 'We will talk', date: null, actors: [] }),
      ]),
      list([meeting, quote]),
    );
    expect(both.actors).toEqual({ given: 3, unexpected: 1 });
    // Events that match nothing are not counted: their actors are not compared with anyone's.
    const none = scoreArticle(article(fileA, [expected({ kind: 'travel', evidence: 'Alaska' })]), list([alaska]));
    expect(none.actors).toEqual({ given: 0, unexpected: 0 });
  });

  it('reports a wrong date as a near miss: lenient match, strict miss and false positive', () => {
    const score = scoreArticle(
      article(fileA, [expected({ evidence: 'met Putin in Alaska', date: { start: '2025-08-15', precision: 'day' } })]),
      list([alaska]),
    );
    expect(score.strict.matched).toBe(0);
    expect(score.lenient.matched).toBe(1);
    expect(score.misses[0]?.reason).toBe('wrong date');
    expect(score.misses[0]?.details[0]).toContain('expected 2025-08-15 (day), got 2025-09-24 (day)');
    expect(score.misses[0]?.sentence).toBe('Trump met Putin in Alaska on Aug. 15.');
    expect(score.falsePositives.map((event) => event.id)).toEqual(['trump-putin']);
  });

  it('compares precision as well as start', () => {
    const score = scoreArticle(
      article(fileA, [
        expected({ evidence: 'met Putin in Alaska', date: { start: '2025-09-24', precision: 'month' } }),
      ]),
      list([alaska]),
    );
    expect(score.misses[0]?.reason).toBe('wrong date');
  });

  it('accepts any date when the expected date is null', () => {
    const score = scoreArticle(
      article(fileA, [expected({ evidence: 'met Putin in Alaska', date: null })]),
      list([alaska]),
    );
    expect(score.strict.matched).toBe(1);
  });

  it('reports an event nobody produced as not detected, with the paragraph as its sentence', () => {
    const score = scoreArticle(
      article(fileA, [expected({ kind: 'travel', evidence: 'met Putin in Alaska', date: null })]),
      list([]),
    );
    expect(score.misses[0]?.reason).toBe('not detected');
    expect(score.misses[0]?.sentence).toBe('Trump met Putin in Alaska on Aug. 15.');
    expect(score.strict).toEqual({ matched: 0, precision: 1, recall: 0, f1: 0 });
  });

  it('matches greedily and one to one', () => {
    const score = scoreArticle(
      article(fileA, [
        expected({ evidence: 'set to meet Lavrov', status: 'scheduled' }),
        expected({ evidence: 'set to meet Lavrov', status: 'scheduled' }),
      ]),
      list([meeting]),
    );
    expect(score.strict.matched).toBe(1);
    expect(score.lenient.matched).toBe(1);
    expect(score.misses[0]?.details[0]).toContain('went to another expected event');
  });

  it('accepts any of several evidence strings and ignores curly versus straight quotes', () => {
    const score = scoreArticle(
      article(fileA, [
        expected({
          kind: 'quote',
          date: { start: '2025-09-23', precision: 'day' },
          actors: ['Marco Rubio'],
          evidence: ['not in the text', '"We will talk," Rubio said'],
          quote: { speaker: 'Marco Rubio', medium: 'an interview', textStartsWith: 'We will' },
        }),
      ]),
      list([quote]),
    );
    expect(score.strict.matched).toBe(1);
    expect(score.matches[0]?.notes).toEqual([]);
  });

  it('notes status and quote details without changing the score', () => {
    const score = scoreArticle(
      article(fileA, [
        expected({
          kind: 'quote',
          date: { start: '2025-09-23', precision: 'day' },
          status: 'scheduled',
          evidence: 'Rubio said on Tuesday',
          quote: { speaker: 'Sergey Lavrov', medium: 'Truth Social', textStartsWith: 'We shall' },
        }),
      ]),
      list([quote]),
    );
    expect(score.strict.matched).toBe(1);
    expect(score.matches[0]?.notes).toEqual([
      'status: expected scheduled, got occurred',
      'quote speaker: expected Sergey Lavrov, got Marco Rubio',
      'quote medium: expected "Truth Social", got "an interview"',
      'quote text: expected to start "We shall", got "We will talk"',
    ]);
  });

  it('only looks at the sources in the article being scored', () => {
    const score = scoreArticle(
      article(fileB, [expected({ evidence: 'set to meet Lavrov', status: 'scheduled' })]),
      list([meeting]),
    );
    expect(score.strict.matched).toBe(0);
    expect(score.produced).toBe(1);
    expect(score.falsePositives[0]?.sentence).toBe('Rubio and Lavrov met on Wednesday.');
  });

  it("quotes a near miss's own sentence in this article, not another article's", () => {
    const score = scoreArticle(
      article(fileB, [
        expected({
          evidence: ['set to meet Lavrov', 'Lavrov met on Wednesday'],
          date: { start: '2025-09-24', precision: 'month' },
        }),
      ]),
      list([meeting]),
    );
    expect(score.misses[0]?.reason).toBe('wrong date');
    expect(score.misses[0]?.sentence).toBe('Rubio and Lavrov met on Wednesday.');
  });
});

describe('scoreCorpus', () => {
  it('lets an event reported by two articles match once in each, and sums the figures', () => {
    const score = scoreCorpus(
      [
        article(fileA, [
          expected({ evidence: 'set to meet Lavrov' }),
          expected({ kind: 'travel', evidence: 'Alaska' }),
        ]),
        article(fileB, [expected({ evidence: 'Lavrov met on Wednesday', actors: ['Russia'] })]),
      ],
      list([meeting, alaska]),
    );
    expect(score.articles.map((a) => a.strict.matched)).toEqual([1, 0]);
    expect(score.overall.expected).toBe(3);
    expect(score.overall.produced).toBe(3);
    expect(score.overall.strict.matched).toBe(1);
    expect(score.overall.lenient.matched).toBe(2);
    expect(score.nearMisses).toEqual({ wrongDate: 0, missingActors: 1 });
    expect(score.actors).toEqual({ given: 2, unexpected: 2 });
  });
});

describe('helpers', () => {
  it('computes F1 as the harmonic mean', () => {
    expect(ratios(1, 2, 4).f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
    expect(ratios(0, 3, 3)).toEqual({ matched: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('normalises typography but not wording', () => {
    expect(normalizeText('“Hi,”  she\nsaid ’til')).toBe('"hi," she said \'til');
  });

  it('names actors accent- and dot-insensitively', () => {
    const lula: Actor = { id: 'lula', name: 'Luiz Inácio Lula da Silva', kind: 'person', roles: [], aliases: [] };
    expect(actorIsNamed(lula, 'Luiz Inacio Lula da Silva')).toBe(true);
    expect(actorIsNamed(lula, 'Lula')).toBe(true);
    expect(actorIsNamed(lula, 'Silv')).toBe(false);
    const vance: Actor = { id: 'vance', name: 'Vice President J.D. Vance', kind: 'person', roles: [], aliases: [] };
    expect(actorIsNamed(vance, 'J.D. Vance')).toBe(true);
  });

  it('rejects malformed expected events', () => {
    expect(
      expectedEventSchema.safeParse({ kind: 'party', date: null, actors: [], evidence: 'valid text' }).success,
    ).toBe(false);
    expect(expectedEventSchema.safeParse({ kind: 'meeting', date: null, actors: [], evidence: 'tiny' }).success).toBe(
      false,
    );
    expect(
      expectedEventSchema.safeParse({
        kind: 'meeting',
        date: { start: 'Sept. 24', precision: 'day' },
        actors: [],
        evidence: 'valid text',
      }).success,
    ).toBe(false);
    expect(
      expectedEventSchema.safeParse({ kind: 'meeting', date: null, actors: [], evidence: 'valid text', extra: 1 })
        .success,
    ).toBe(false);
  });
});

/** Checks a folder of articles and expected lists: valid, verbatim evidence, article format. */
function describeCorpus(title: string, folder: string, minimumFiles: number): void {
  describe(title, () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
    const dir = join(root, 'src/compiler/__fixtures__', folder);
    const files = readdirSync(dir).filter((name) => name.endsWith('.expected.json'));

    it(`has at least ${minimumFiles} expected lists`, () => {
      expect(files.length).toBeGreaterThanOrEqual(minimumFiles);
    });

    it.each(files)('%s is valid and its evidence is verbatim in its article', (name) => {
      const parsed = expectedFileSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      const path = parsed.article.includes('/') ? join(root, parsed.article) : join(dir, parsed.article);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(/^ date \d{4}-\d{2}-\d{2} /);
      const paragraphs = text.split(/\n\s*\n/).length;
      expect(paragraphs).toBeGreaterThanOrEqual(5);
      expect(paragraphs).toBeLessThanOrEqual(14);
      for (const event of parsed.events) {
        const evidence = typeof event.evidence === 'string' ? [event.evidence] : event.evidence;
        for (const piece of evidence) expect(text).toContain(piece);
        expect(event.quote === undefined).toBe(event.kind !== 'quote');
      }
    });
  });
}

// 108 articles plus the seed.
describeCorpus('the evaluation corpus', 'eval', 109);
// Scored only with `npm run eval -- --set holdout`; never tuned against.
describeCorpus('the held-out corpus', 'holdout', 110);
