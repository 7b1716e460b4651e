/**
 * Test support: one invented article compiled and its events summed up a line each, as
 * `kind start status [actor names]`, the way the invented-sentence tables of the tests read them.
 */
import { expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * The events of ` date <published> <body>` that `keep` keeps (all but quotes by default), in the
 * compiler's order.
 */
export function eventLines(
  body: string,
  keep: (kind: string) => boolean = (kind) => kind !== 'quote',
  published = '2025-06-04',
): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date ${published} ${body}` }]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return list.events
    .filter((event) => keep(event.kind))
    .map(
      (event) =>
        `${event.kind} ${event.date.start} ${event.status} [${event.actors.map((id) => names.get(id) ?? id).join(', ')}]`,
    );
}

/**
 * The actor names of the first event of `body` (of `kind`, when given), as `eventLines` shows
 * them: what the tables of who takes part in an invented sentence compare.
 */
export function eventActorNames(body: string, kind?: string): string[] {
  const lines = eventLines(body);
  const line = kind ? lines.find((candidate) => candidate.startsWith(`${kind} `)) : lines[0];
  const names = /\[(.*)\]$/.exec(line ?? '')?.[1] ?? '';
  return names === '' ? [] : names.split(', ');
}

/**
 * The events of one invented sentence (dateline Wednesday 2025-06-04), quotes left out, as
 * `kind start status`, sorted: what the tables of sentences that tell several events compare.
 */
export function eventSummaries(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote')
    .map((event) => `${event.kind} ${event.date.start} ${event.status}`)
    .sort();
}

/**
 * The events of an invented article (paragraphs separated by `||`) summed up a line each as
 * `kind status start[..end] [~] [(qualifier)]`: what an editor checks of an event's date.
 */
export function dateLines(published: string, body: string): string[] {
  const text = ` date ${published} ${body.split('||').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  return list.events.map(({ kind, status, date }) =>
    [
      kind,
      status,
      `${date.start}${date.end ? `..${date.end}` : ''}`,
      ...(date.approximate ? ['~'] : []),
      ...(date.qualifier ? [`(${date.qualifier})`] : []),
    ].join(' '),
  );
}

/**
 * The date starts of the events whose source is the article's last sentence and holds `evidence`;
 * the article's paragraphs are split by `||`, its dateline is `published`.
 */
export function lastSentenceStarts(published: string, article: string, evidence: string): string[] {
  return lastSentenceEvents(published, article, evidence).map((event) => event.date.start);
}

/**
 * The dates of the same events as `lastSentenceStarts`, as `start[..end][ ~]` (`~`: approximate),
 * with the precision when it is not a day's: what an editor checks of a date counted from another.
 */
export function lastSentenceDates(published: string, article: string, evidence: string): string[] {
  return lastSentenceEvents(published, article, evidence).map(({ date }) =>
    [
      `${date.start}${date.end ? `..${date.end}` : ''}`,
      ...(date.precision === 'day' ? [] : [date.precision]),
      ...(date.approximate ? ['~'] : []),
    ].join(' '),
  );
}

/** The events whose source is the article's last sentence and holds `evidence`. */
function lastSentenceEvents(published: string, article: string, evidence: string) {
  const text = ` date ${published} ${article.split('||').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  const last = (sentence: string) => sentence.includes(evidence) && text.trimEnd().endsWith(sentence.trimEnd());
  return list.events.filter((event) => event.sources.some((source) => last(source.sentence)));
}

/** A row of an invented-sentence table: [the sentence's events, as `eventSummaries` gives them, sentence]. */
export type Told = readonly [readonly string[], string];

/** One test per row of `table`: the sentence's events are the row's. */
export function expectTold(table: readonly Told[]): void {
  it.each(table)('%s: %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
}
