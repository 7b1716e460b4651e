import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * A speaker whose name has an initial or a title's abbreviation ("M. Ramachandran", "Justice P.K.
 * Anilkumar", "Dr. Ana Ruiz") speaks the words the sentence quotes: the point after the initial
 * ends no clause, so the quotation is theirs (a quote event), not indirect speech read as a
 * statement, nor nobody's words. Sentences invented in the styles of an Indian court report, a
 * wire and a local paper; dateline Wednesday 2025-06-04.
 */
describe('a quotation spoken by a name with an initial', () => {
  it.each([
    ['M. Ramachandran said on Friday: "The display is essential."', 'quote 2025-05-30 occurred [M. Ramachandran]'],
    [
      'Senior advocate M. Ramachandran argued that the display was “an essential part of the festival”.',
      'quote 2025-06-04 occurred [M. Ramachandran]',
    ],
    [
      'Justice P.K. Anilkumar, hearing a writ petition filed by the temple committee, said in Friday\'s order that the ban was "disproportionate".',
      'quote 2025-05-30 occurred [P.K. Anilkumar]',
    ],
    [
      'Ana M. Ruiz said on Friday that the display was "essential to the festival".',
      'quote 2025-05-30 occurred [Ana M. Ruiz]',
    ],
  ])('%s', (text, event) => {
    expect(eventLines(text, () => true)).toEqual([event]);
  });
});

/**
 * A meeting of a body whose name ends in Forum or Conference is that body's meeting, not a summit;
 * a deal agreed and told before its announcement ("has agreed to buy ..., the companies announced
 * on Thursday") is the announcement, as a plan is.
 */
describe('one event of the kind of its head', () => {
  it.each([
    [
      'The closure will be discussed at the meeting of the Regional Health Forum West in Galway on Friday.',
      'meeting 2025-06-06 scheduled []',
    ],
    ['A meeting of the Tolland Business Forum will be held on Monday.', 'meeting 2025-06-09 scheduled []'],
    [
      'Harlow Foods has agreed to buy the regional grocer Penmart for £80 million, the companies announced on Thursday.',
      'announcement 2025-05-29 occurred [Harlow Foods]',
    ],
  ])('%s', (text, event) => {
    expect(eventLines(text)).toEqual([event]);
  });
});
