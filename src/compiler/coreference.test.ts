import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';
import { quoteRanges } from './coreference.ts';
import { splitSentences } from './sentences.ts';

/** The quoted text of each sentence of a body, as the actor stage sees it. */
function quotedPerSentence(body: string): string[][] {
  const { article } = parseArticle({ file: 'test.txt', text: ` date 2025-03-02 ${body}` });
  if (!article) throw new Error('fixture did not parse');
  const sentences = splitSentences(article);
  return quoteRanges(sentences).map((ranges) => ranges.map(([from, to]) => article.text.slice(from, to)));
}

describe('quoteRanges', () => {
  it('gives each sentence its share of a quotation that spans two sentences', () => {
    expect(quotedPerSentence('“He came late. She left early,” Mora said. Rios agreed.')).toEqual([
      ['“He came late.'],
      ['She left early,”'],
      [],
    ]);
  });

  it('reads straight single marks but not apostrophes', () => {
    expect(quotedPerSentence("Rios's aide said 'he is not coming back' to us. Mora's office didn't comment.")).toEqual([
      ["'he is not coming back'"],
      [],
    ]);
  });
});
