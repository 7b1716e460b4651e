/**
 * A planned happening named with a possessive among its modifiers ("the regional bloc's summit")
 * or told by where and when it was to be held ("which had been due to take place on June 12") is
 * the happening called off and the one ahead; the verbs of its fate ("take place", "pushed back")
 * are no happenings of their own.
 */
import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

describe('a planned happening held or moved', () => {
  expectTold([
    [
      ['summit 2025-06-12 cancelled', 'summit 2025-07 scheduled'],
      "The regional bloc's summit, which was scheduled for June 12, has been postponed until July.",
    ],
    [
      ['summit 2025-06-12 cancelled', 'summit 2025-07 scheduled'],
      'The Nordic summit, which had been due to take place on June 12, has been postponed until July.',
    ],
    [
      ['summit 2025-06-12 cancelled', 'summit 2025-07 scheduled'],
      "The regional bloc's heads-of-state summit in Nairobi, which had been due to take place on June 12, has been pushed back to July, its secretariat said on Monday.",
    ],
    [
      ['other 2025-06-06 cancelled', 'other 2025-07 scheduled'],
      "The club's annual dinner, which had been due to take place on Friday, has been pushed back to July.",
    ],
    [['other 2025-08 cancelled'], 'The festival, which was due to be held in August, has been cancelled.'],
  ]);
});
