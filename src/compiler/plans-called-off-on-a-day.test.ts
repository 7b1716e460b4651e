/**
 * A happening whose relative clause gives the day it was planned for, called off on another day
 * ("A concert that had been planned for Thursday was cancelled on Tuesday"), is the happening
 * called off, on the day it was planned for; a day it took place instead stays its own.
 */
import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

describe('a plan called off on a day of its own', () => {
  expectTold([
    [['other 2025-06-05 cancelled'], 'A concert that had been planned for Thursday was cancelled on Tuesday.'],
    [['other 2025-06-05 cancelled'], 'A walkout that had been planned for Thursday was called off on Tuesday.'],
    [['other 2025-06-05 cancelled'], 'The strike, which had been planned for Thursday, was called off on Tuesday.'],
    [
      ['meeting 2025-06-05 cancelled'],
      'A meeting between Ana Ruiz and the regional ministers, which had been set for Thursday, was called off on Saturday after six regions said they would not attend.',
    ],
    [['policy 2025-05-05 occurred'], 'The vote, which was scheduled for May 3, took place on May 5.'],
  ]);
});
