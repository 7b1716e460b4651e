import { describe, expect, it } from 'vitest';
import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { parseArticle } from './article.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

function sentencesOf(body: string): string[] {
  const { article } = parseArticle({ file: 'test.txt', text: ` date 2025-09-24\n${body}` });
  if (!article) throw new Error('fixture did not parse');
  return splitSentences(article).map((sentence) => sentence.text);
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

describe('abbreviations', () => {
  it('a title before a name is one token with its stop, and its stop ends no sentence', () => {
    for (const title of TITLE_ABBREVIATIONS) {
      const text = `The talks were led by ${capitalised(title)}. Ines Varga on Monday.`;
      expect(sentencesOf(text), title).toEqual([text]);
      expect(
        tokenize(text).map((token) => token.text),
        title,
      ).toContain(`${capitalised(title)}.`);
    }
  });

  it('a company suffix keeps its stop and ends a sentence before a sentence starter', () => {
    expect(sentencesOf('Shares of Norland Grain GmbH. The company fell.')).toEqual([
      'Shares of Norland Grain GmbH.',
      'The company fell.',
    ]);
    expect(tokenize('Norland Grain Plc. said').map((token) => token.text)).toEqual([
      'Norland',
      'Grain',
      'Plc.',
      'said',
    ]);
  });

  it('a month keeps its stop and a date after it stays in the sentence', () => {
    expect(sentencesOf('They met on Sept. 24 in Vessa.')).toEqual(['They met on Sept. 24 in Vessa.']);
    expect(tokenize('Sept. 24').map((token) => token.text)).toEqual(['Sept.', '24']);
  });
});
