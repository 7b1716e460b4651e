/**
 * Who acts when a sentence lists its people or names its bodies as a group, on invented sentences:
 * each person of a list told with ages and hometowns, and no town of such a list.
 */
import { describe, expect, it } from 'vitest';
import { eventActorNames } from './event-lines.ts';

describe('a list of people with ages and hometowns: each person acts, no town', () => {
  it.each([
    [
      'On Monday, Clara Voss, 34, of Tucson, and Piet Harlan, 41, were arrested in Flagstaff.',
      ['Clara Voss', 'Piet Harlan'],
    ],
    [
      'Clara Voss, of East Lansing, and Piet Harlan, of Grand Rapids, were charged on Tuesday.',
      ['Clara Voss', 'Piet Harlan'],
    ],
    ['Ines Moreau, 52, from Port Ellery, and Olaf Brandt, 47, resigned on Friday.', ['Ines Moreau', 'Olaf Brandt']],
  ])('%s', (sentence, expected) => {
    expect(eventActorNames(sentence)).toEqual(expected);
  });
});
