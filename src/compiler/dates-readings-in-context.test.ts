import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Dates a reader gives events from what the sentence itself tells around the date: a year written
 * before "of that year", a plan called off after the fact, a fronted day beyond an aside. Sentences
 * invented for this test in several outlets' styles, about invented people and places. Each row:
 * dateline, article (paragraphs split by `||`), words of the event's source sentence (the
 * article's last), and the date start a reader gives it.
 */
type Row = readonly [published: string, article: string, evidence: string, start: string];

/** The date starts of the events whose source is the article's last sentence and holds `evidence`. */
function startsOf(published: string, article: string, evidence: string): string[] {
  const text = ` date ${published} ${article.split('||').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  const last = (sentence: string) => sentence.includes(evidence) && text.trimEnd().endsWith(sentence.trimEnd());
  return list.events
    .filter((event) => event.sources.some((source) => last(source.sentence)))
    .map((event) => event.date.start);
}

describe('a month or a day "of that year" falls in the year the sentence wrote before it', () => {
  it.each<Row>([
    [
      '2025-06-04',
      'The flood of 2019 destroyed the old bridge, and the county closed the river road in October of that year.',
      'closed the river road',
      '2019-10',
    ],
    ['2025-06-04', 'Merger talks in 2021 collapsed in March of that year.', 'collapsed', '2021-03'],
    ['2026-02-10', 'Ivo Rask was elected mayor in 2018 and resigned in May of the same year.', 'resigned', '2018-05'],
    ['2025-06-04', 'The Tarnow plant opened in 2012, and it closed on March 3 of that year.', 'closed', '2012-03-03'],
    [
      '2025-06-04',
      'Ivo Rask joined the board in 2016. || The regulator fined the bank in 2020 and banned Rask in June that year.',
      'banned',
      '2020-06',
    ],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a weekday whose happening a past verb called off is the nearest such day', () => {
  it.each<Row>([
    // Dateline Thursday: the premiere was the night before, not six days ahead.
    [
      '2025-06-05',
      "The Lindqvist Film Festival cancelled Wednesday night's premiere of the film.",
      'premiere',
      '2025-06-04',
    ],
    ['2025-06-05', "Organisers scrapped Monday's harbour parade after the storm.", 'parade', '2025-06-02'],
    // The nearest Saturday from a Thursday is still ahead.
    ['2025-06-05', "The league called off Saturday's match between Rovers and Dunmore.", 'match', '2025-06-07'],
  ])('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it('keeps a calling off told as news of now ahead', () => {
    expect(
      startsOf('2025-06-05', "The Lindqvist Film Festival has cancelled Wednesday's screening.", 'screening'),
    ).toContain('2025-06-11');
  });
});
