import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Words told to a gathering ("told a rally", "speaking at a vigil"): the gathering is where the words
 * were said, their medium and their day, not a happening of its own. Every sentence is invented;
 * the dateline is Wednesday 2025-06-04.
 */
const TOLD_TO_GATHERING: readonly [string, string][] = [
  [
    'statement 2025-05-31 occurred [Ines Kollar]',
    'Mayor Ines Kollar told a rally in Brno on Saturday that the city would never give up.',
  ],
  [
    'statement 2025-05-31 occurred [Ines Kollar]',
    'Mayor Ines Kollar said at a rally in Brno on Saturday that the city would never give up.',
  ],
  [
    'statement 2025-05-30 occurred [Ines Kollar]',
    'Mayor Ines Kollar told a vigil for the victims on Friday that the city was in mourning.',
  ],
  [
    'statement 2025-05-31 occurred [Ines Kollar]',
    'Speaking at a rally in Brno on Saturday, Mayor Ines Kollar said the city would never give up.',
  ],
  // The date of an aside that tells the speaking.
  [
    'statement 2025-05-31 occurred [Ines Kollar]',
    'Ines Kollar, speaking at a rally in Brno on Saturday, said the governor had failed the city.',
  ],
  [
    'statement 2025-05-31 occurred [Ines Kollar]',
    'Mayor Ines Kollar told a meeting of traders in Brno on Saturday that the city would never give up.',
  ],
  [
    'quote 2025-05-31 occurred [Ines Kollar]',
    '“We will never give up,” Mayor Ines Kollar told a campaign rally in Brno on Saturday.',
  ],
];

describe('words told to a gathering give one speech event, dated by the gathering', () => {
  it.each(TOLD_TO_GATHERING)('%s: %s', (expected, sentence) => {
    expect(eventLines(sentence, () => true)).toEqual([expected]);
  });

  it('keeps a rally that is told as a happening of its own', () => {
    expect(eventLines('Mayor Ines Kollar addressed a rally in Brno on Saturday.')).toEqual([
      'other 2025-05-31 occurred [Ines Kollar]',
    ]);
    expect(eventLines('Supporters of Mayor Ines Kollar held a rally in Brno on Saturday.')).toHaveLength(1);
  });
});
