/**
 * A verb's kind goes by its object also when the day stands between them: "confirmed on Monday 12
 * new cases of cholera" makes figures public as "confirmed 12 new cases on Monday" does.
 */
import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

describe('a day between a verb and its object', () => {
  expectTold([
    [
      ['announcement 2025-06-02 occurred'],
      'The Ministry of Health confirmed on Monday 12 new cases of cholera in the north.',
    ],
    [['announcement 2025-06-03 occurred'], 'The health ministry reported on Tuesday 40 new infections.'],
    [['announcement 2025-06-02 occurred'], 'The Ministry of Health confirmed 12 new cases of cholera on Monday.'],
    [['policy 2025-06-03 occurred'], 'The council approved on Tuesday a ban on leaf blowers.'],
  ]);
});
