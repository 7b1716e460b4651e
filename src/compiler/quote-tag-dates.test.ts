import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * A quotation's tag told with "declared" after the quotation ("“…,” declared Falcão to journalists
 * this Tuesday"): the tag's verb is a past verb of saying, so the weekday is the one gone by, and
 * the tag is no declaration of a policy. Dateline Wednesday 2026-09-30 (this week's Monday is
 * 2026-09-28, its Tuesday 2026-09-29).
 */
function eventsOf(body: string): string[] {
  const text = ` date 2026-09-30 News of the day.\n\n${body}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  return list.events.map((event) => `${event.kind} ${event.date.start}`);
}

const TAGS: readonly (readonly [body: string, day: string])[] = [
  [
    '"There is no climate to vote on this. Nobody would vote with a cool head," declared Deputy Renato Falcão to journalists this Tuesday, at the entrance of the Chamber.',
    '2026-09-29',
  ],
  ['"The talks will resume in April," declared Prime Minister Ana Velk on Monday.', '2026-09-28'],
  ['“We will not sign this deal,” declared Interior Minister Tomas Halvik this Monday.', '2026-09-28'],
  [
    "'The strike goes on until they listen to us,' declared union leader Marta Wolny on Tuesday, outside the ministry.",
    '2026-09-29',
  ],
];

/**
 * The words that end a quotation are the quotation's, not the tag's: "... listen to us," said Wolny
 * on Tuesday" is a past "said", whatever "to" or "will" stands before the quotation's close.
 */
const TAGS_AFTER_VERB_WORDS: readonly (readonly [body: string, day: string])[] = [
  [
    "'The strike goes on until they listen to us,' said union leader Marta Wolny on Tuesday, outside the ministry.",
    '2026-09-29',
  ],
  ['"This is the only thing we can do," said Kalle Ostrand, the mayor of Vardby, on Monday.', '2026-09-28'],
  ['“We only want the water to come back,” said Teófilo Choque, a farmer, on Tuesday.', '2026-09-29'],
];

describe('a quotation tagged with "declared" after it', () => {
  it.each(TAGS)('is a quote dated the day gone by: %s', (body, day) => {
    expect(eventsOf(body)).toContain(`quote ${day}`);
  });

  it.each(TAGS)('is no policy declared: %s', (body) => {
    expect(eventsOf(body).filter((line) => line.startsWith('policy'))).toEqual([]);
  });

  it('still reads a state of emergency declared as a policy act', () => {
    expect(eventsOf('The government of Orlan declared a state of emergency on Monday.')).toContain('policy 2026-09-28');
  });

  it.each(TAGS_AFTER_VERB_WORDS)('dates the tag by its own verb: %s', (body, day) => {
    expect(eventsOf(body)).toContain(`quote ${day}`);
  });
});
