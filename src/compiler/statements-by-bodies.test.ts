import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { lastSentenceDates } from './event-lines.ts';

/**
 * Statements by a body named only by its common noun ("the union", "the federation") and sayings
 * placed after the event told before ("said afterwards", "later said", "Later that day"). Articles
 * invented for this test, about invented people and places; dateline Saturday 2026-03-14, so the
 * opening sentence's "on Thursday" is March 12.
 */
const OPENING = 'Mayor Lena Fiske of Tarrow unveiled a housing plan on Thursday. || ';
const PUBLISHED = '2026-03-14';

/** The statements of the article's last sentence, as `start[ ~] speaker-title`. */
function statementsOf(last: string): string[] {
  const text = ` date ${PUBLISHED} ${`${OPENING}${last}`.split('||').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  return list.events
    .filter((event) => event.kind === 'statement' && event.sources.some((source) => source.sentence.includes(last)))
    .map((event) => `${event.date.start}${event.date.approximate ? ' ~' : ''} ${event.title.split(':')[0]}`);
}

describe('a body by its common noun says something on a day the text gives', () => {
  it.each([
    // A fronted day with a comma, and a verb of saying other than "said".
    ['On Friday, the dockers’ union warned that the plan would change nothing.', '2026-03-13 The dockers’ union'],
    [
      'On Friday, the builders’ federation argued that the plan was unaffordable.',
      '2026-03-13 The builders’ federation',
    ],
    // The day between the subject and the verb: the speaker is not "The union on".
    ['The tenants’ association on Friday said the plan was unaffordable.', '2026-03-13 The tenants’ association'],
  ])('%s', (sentence, expected) => {
    expect(statementsOf(sentence)).toEqual([expected]);
  });
});

describe('a saying told after the event before it takes that event’s day', () => {
  it.each([
    ['The tenants’ association said afterwards that the plan would change nothing.', '2026-03-12 ~'],
    ['The tenants’ association later said the plan would change nothing.', '2026-03-12 ~'],
    ['Later that day the tenants’ association said the plan would change nothing.', '2026-03-12'],
    ['A day later the tenants’ association said the plan would change nothing.', '2026-03-13'],
  ])('%s', (sentence, expected) => {
    expect(lastSentenceDates(PUBLISHED, `${OPENING}${sentence}`, 'association')).toEqual([expected]);
  });

  it('a named speaker who says something afterwards is dated the same way', () => {
    expect(
      lastSentenceDates(PUBLISHED, `${OPENING}Ivo Rask said afterwards that the plan was unaffordable.`, 'Rask'),
    ).toEqual(['2026-03-12 ~']);
  });
});

describe('a nameless body still needs a day', () => {
  it('a bare "the union said" with no day of its own sources nothing of its own', () => {
    expect(statementsOf('The dockers’ union said the plan would change nothing.')).toEqual([]);
  });
});
