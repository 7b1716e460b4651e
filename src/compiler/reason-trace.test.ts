import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { isTracing, traceReason, withReasonTrace } from './reason-trace.ts';

/** The reasons the dated-clause reader gives for each sentence of an invented article. */
function reasonsFor(text: string): Map<string, string[]> {
  const reasons = new Map<string, string[]>();
  withReasonTrace(
    (sentence, reason) => reasons.set(sentence, [...(reasons.get(sentence) ?? []), reason]),
    () => compileArticles([{ file: 'a.txt', text }]),
  );
  return reasons;
}

describe('the reason trace', () => {
  it('names why the dated-clause reader passed over each sentence that gave no event', () => {
    const reasons = reasonsFor(
      ' date 2025-09-26 Snow lay thick on the hills above Ferrow on Monday. The Ferrow choir seemed tired on Tuesday. The old mill stood empty for years.',
    );
    expect(reasons.get('Snow lay thick on the hills above Ferrow on Monday.')).toEqual([
      'no predicate: no finite verb found for the date',
    ]);
    expect(reasons.get('The Ferrow choir seemed tired on Tuesday.')).toEqual([
      'no predicate: a verb of speech, of a state or of a measure (NOT_EVENT_VERB and its kin)',
    ]);
    expect(reasons.get('The old mill stood empty for years.')).toEqual(['no date found in the sentence']);
  });

  it('tells nobody, and changes nothing, when nobody listens', () => {
    const text = ' date 2025-09-26 The Ferrow council closed the mill on Monday. Snow lay on the hills on Monday.';
    expect(isTracing()).toBe(false);
    const traced = withReasonTrace(
      () => undefined,
      () => compileArticles([{ file: 'a.txt', text }]),
    );
    expect(compileArticles([{ file: 'a.txt', text }]).list).toEqual(traced.list);
    expect(() => traceReason('A sentence.', 'a reason')).not.toThrow();
  });

  it('restores the listener before it, also when the run throws', () => {
    const heard: string[] = [];
    withReasonTrace(
      (_, reason) => heard.push(`outer: ${reason}`),
      () => {
        expect(() =>
          withReasonTrace(
            (_, reason) => heard.push(`inner: ${reason}`),
            () => {
              traceReason('S.', 'one');
              throw new Error('stop');
            },
          ),
        ).toThrow('stop');
        traceReason('S.', 'two');
      },
    );
    expect(heard).toEqual(['inner: one', 'outer: two']);
    expect(isTracing()).toBe(false);
  });
});
