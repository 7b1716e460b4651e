import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';
import { foldLetters } from './letter-folding.ts';

describe('foldLetters', () => {
  it('keeps every offset: one plain letter of the same case for each accented one', () => {
    const text = 'Erdoğan, Łukasz, Ørsted, Nguyễn, Ström, Straße, Öztürk';
    const folded = foldLetters(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('Erdogan, Lukasz, Orsted, Nguyen, Strom, Strase, Ozturk');
  });

  it('leaves quotation marks, dashes, signs and plain text alone', () => {
    expect(foldLetters('“No,” he said — 3 × 4 ’til €5')).toBe('“No,” he said — 3 × 4 ’til €5');
  });
});

/**
 * Names with letters beyond English ones, in the places where the rules read the words around a
 * name: "Erdoğan" does not end in the word "an", and is a capitalised name after "called".
 */
describe('events told around a name with accented letters', () => {
  it.each([
    ['Erdoğan phoned Putin on Monday.', 'meeting 2025-06-02 occurred [Erdoğan, Putin]'],
    ['Milan Dušan resigned on Tuesday.', 'other 2025-06-03 occurred [Milan Dušan]'],
    ['Orhan Doğan phoned the mayor on Friday.', 'meeting 2025-05-30 occurred [Orhan Doğan]'],
  ])('%s', (body, line) => {
    expect(eventLines(body)).toEqual([line]);
  });

  it('reads "called" before an accented name as a call', () => {
    expect(eventLines('Putin called Erdoğan on Monday.')[0]).toMatch(/^meeting 2025-06-02 occurred/);
  });
});

describe('the day of words said by someone with an accented name', () => {
  it.each([
    '“We will not back down,” Erdoğan said on Monday.',
    'Erdoğan said on Monday: “We will not back down.”',
    '“We will not back down,” Orhan Doğan told reporters on Monday.',
  ])('is the Monday gone by: %s', (body) => {
    expect(eventLines(body, (kind) => kind === 'quote')).toEqual([expect.stringMatching(/^quote 2025-06-02 occurred/)]);
  });
});
