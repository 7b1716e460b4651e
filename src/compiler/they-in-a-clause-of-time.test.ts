import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * "They" as the subject of a clause of time after the main clause ("when they meet", "after they
 * meet") is the main clause's subject: a body through its people, or the sides named together.
 * Invented sentences (dateline Wednesday 2025-06-04).
 */
describe('"they" in a clause of time is the main clause subject', () => {
  it.each([
    [
      'NATO defence ministers will review the plan when they meet in Brussels on June 18.',
      'meeting 2025-06-18 scheduled [NATO]',
    ],
    [
      'Halcrest Foods and Pellmark Dairies will sign the merger when they meet in Oslo on Friday.',
      'meeting 2025-06-06 scheduled [Halcrest Foods, Pellmark Dairies]',
    ],
    [
      'Kenya and Uganda will sign the border accord when they meet in Kampala on Friday.',
      'meeting 2025-06-06 scheduled [Kenya, Uganda]',
    ],
  ])('%s', (sentence, line) => {
    expect(eventLines(sentence)).toContain(line);
  });

  it('is nobody when one person is the main clause subject', () => {
    expect(eventLines('Ruiz said he would raise the dispute when they meet in Lima on Friday.')).toContain(
      'meeting 2025-06-06 scheduled []',
    );
  });

  it('leaves the people of the last meeting told to a meeting of "they" that follows it', () => {
    const found = eventLines(
      [
        'Foreign Minister Ana Ruiz met her Estrian counterpart, Ivo Lind, in Lima on Monday.',
        'NATO defence ministers will take up the plan when they meet in Brussels on June 18.',
      ].join('\n\n'),
    );
    expect(found).toContain('meeting 2025-06-18 scheduled [Ana Ruiz, Ivo Lind]');
  });
});
