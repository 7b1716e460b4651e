import { describe, expect, it } from 'vitest';
import { generateCorpus } from './bench/generate-corpus.ts';
import { compileArticle } from './compile.ts';
import { packResult, unpackResult } from './worker-messages.ts';

describe('packResult / unpackResult (a worker sends no text the main thread has)', () => {
  const inputs = generateCorpus(6, 21);

  it('leaves the article text and the sentences out, and unpacking gives the result back equal', () => {
    for (const input of inputs) {
      const result = compileArticle(input);
      const packed = packResult(result, input);
      expect(packed.article?.text).toBe('');
      expect(packed.events.map((draft) => draft.source.sentence)).toEqual(result.events.map(() => ''));
      expect(unpackResult(structuredClone(packed), input)).toEqual(result);
    }
  });

  it('keeps a sentence that is not the text between its offsets, and a text that is not the input', () => {
    const [input] = inputs;
    if (!input) throw new Error('no input');
    const result = compileArticle(input);
    const [first] = result.events;
    if (!first || !result.article) throw new Error('no event');
    const odd = { ...result, events: [{ ...first, source: { ...first.source, sentence: 'Something else.' } }] };
    expect(unpackResult(structuredClone(packResult(odd, input)), input)).toEqual(odd);
    const other = { ...input, text: `${input.text} ` };
    expect(unpackResult(structuredClone(packResult(result, other)), other)).toEqual(result);
  });
});
