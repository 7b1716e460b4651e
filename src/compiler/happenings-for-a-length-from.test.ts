/**
 * A happening's length, then the day it starts, right after its verb ("will strike for 48 hours from
 * next Tuesday", "will close for two weeks from Monday") is dated by that day: "from" there opens
 * the happening, it bounds no state.
 */
import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

describe('a happening for a length from a day', () => {
  expectTold([
    [
      ['other 2025-06-10 scheduled'],
      "Train drivers will strike for 48 hours from next Tuesday, the drivers' union said.",
    ],
    [['other 2025-06-09 scheduled'], 'The museum will close for two weeks from Monday.'],
    [[], 'The minister has been in office for two years from 2019.'],
  ]);
});
