import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Stable output, as a reader who bookmarks an event checks it: the event told by a sentence keeps
 * its id however the other paragraphs of the article are edited (other events, other quotes,
 * abbreviations, stray quotation marks, random text), and the same input always gives the same
 * bytes. Every sentence is invented.
 */
const FIXED = [
  'Prime Minister Idris Falk met Chancellor Vera Holm in Oslo on Monday.',
  '"We will rebuild every school," Prime Minister Idris Falk said at a press conference on Tuesday.',
  'The Norland government banned fishing in the Kessel Sea on March 3.',
  'President Noor Ashby is set to meet Prime Minister Idris Falk in Riga on March 20.',
];

/** What an editor might put between them: events of others, the same people on other days, noise. */
const OTHER_PARAGRAPHS = [
  'The weather was cold.',
  'Snow fell all week, and the roads closed to traffic.',
  'President Noor Ashby met Chancellor Vera Holm in Bergen on Tuesday.',
  '"Nothing has changed," Chancellor Vera Holm said on Monday.',
  '"We will rebuild every school," Chancellor Vera Holm said at a rally on Wednesday.',
  'Idris Falk met Vera Holm in Oslo last week.',
  'Falk, 61, is a former teacher.',
  'Norland banned fishing in the Kessel Sea in 2019.',
  'Rebels attacked a convoy near Tarsk on Sunday, officials said.',
  'The meeting was canceled.',
  'He left early.',
  'The U.S. envoy, Gen. Tomas K. Varga, arrived in Lisbon on Sept. 3.',
  '"It was a good day," Falk said.',
  'Critics called the plan a "fantasy."',
  '"Unfinished',
  '":',
  'It cost 3.5 million. Another 2.1 million followed on Jan. 12.',
];

function articleWith(others: readonly string[]): string {
  const paragraphs = FIXED.flatMap((sentence, index) => [sentence, others[index] ?? ''].filter(Boolean));
  return ` date 2026-03-12\n\n${paragraphs.join('\n\n')}\n`;
}

/** The id of the event each fixed sentence reports. */
function idsOf(text: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const event of compileArticles([{ file: 'edited.txt', text }]).list.events) {
    for (const source of event.sources) if (FIXED.includes(source.sentence)) ids.set(source.sentence, event.id);
  }
  return ids;
}

describe('stable ids under edits of other paragraphs', () => {
  const before = idsOf(articleWith([]));

  it('finds an event in every fixed sentence to begin with', () => {
    expect([...before.keys()].sort()).toEqual([...FIXED].sort());
  });

  it('keeps each fixed sentence’s event id whatever the other paragraphs say', () => {
    const paragraph = fc.oneof(
      fc.constantFrom(...OTHER_PARAGRAPHS),
      // Random text without double quotation marks: a paragraph that opens one and ends a sentence
      // ('"0.') legitimately starts the quotation the next paragraph re-opens, so it is no longer an
      // unrelated edit. Stray marks are covered by the fixed paragraphs above.
      fc.string({ maxLength: 80 }).map((text) => text.replace(/\s+/g, ' ').replace(/["\u201C\u201D\u201E]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: FIXED.length, maxLength: FIXED.length }), (others) => {
        const after = idsOf(articleWith(others));
        for (const [sentence, id] of before) expect(after.get(sentence), sentence).toBe(id);
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('gives byte-identical output for the same edited article', () => {
    const text = articleWith(['"Unfinished', 'The weather was cold.', '', 'He left early.']);
    const once = JSON.stringify(compileArticles([{ file: 'edited.txt', text }]));
    expect(JSON.stringify(compileArticles([{ file: 'edited.txt', text }]))).toBe(once);
  });
});
