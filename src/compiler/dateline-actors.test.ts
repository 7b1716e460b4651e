import { describe, expect, it } from 'vitest';
import { wordAfterDateline } from './actors.ts';
import { eventLines } from './event-lines.ts';
import { tokenize } from './tokens.ts';

/** The actors of the invented article's events, one list per event. */
function actorsOf(body: string): string[] {
  return eventLines(body).map((line) => line.slice(line.indexOf('[')));
}

describe('a wire dateline before the first sentence', () => {
  it.each([
    ['KESTREL (Reuters) - Zentro unveiled a new chip on Tuesday.', '[Zentro]'],
    ['KESTREL (Reuters) — Zentro unveiled a new chip on Tuesday.', '[Zentro]'],
    ['OSLO, March 3 (AP) - Halvik resigned on Tuesday.', '[Halvik]'],
    ['LAGOS - Zentro unveiled a new chip on Tuesday.', '[Zentro]'],
    ['LAGOS -- Zentro unveiled a new chip on Tuesday.', '[Zentro]'],
    ['NEW DELHI: Zentro unveiled a new chip on Tuesday.', '[Zentro]'],
    ['Brussels, 4 June – Zentro unveiled a new chip on Tuesday.', '[Zentro]'],
  ])('leaves the first name after it an actor: %s', (body, actors) => {
    expect(actorsOf(body)).toEqual([actors]);
  });

  it.each([
    'LAGOS - Rescuers pulled 12 people from the rubble on Tuesday, and rescuers said more were trapped.',
    'LAGOS — Rescuers pulled 12 people from the rubble on Tuesday, and rescuers said more were trapped.',
    'TARVO (AP) - Protesters marched on Tuesday. The protesters said they would return.',
  ])('keeps a common word that opens the text after it no name: %s', (body) => {
    expect(actorsOf(body)[0]).toBe('[]');
  });

  it.each([
    ['LAGOS - Zentro unveiled', 2],
    ['OSLO, March 3 (AP) - Halvik resigned', 8],
    ['LAGOS -- Zentro unveiled', 3],
    ['NEW DELHI: Zentro unveiled', 3],
    ['Brussels, 4 June – Zentro unveiled', 5],
    ['Sino-Zentro talks resumed', -1],
    ['Zentro unveiled a chip - Halvik said', -1],
    ['KESTREL -based Zentro', -1],
    ['Prices rose 3-4 percent', -1],
  ])('finds the first word after the dateline of "%s" at %i', (text, at) => {
    expect(wordAfterDateline(tokenize(text), text, 0)).toBe(at);
  });
});
