/**
 * An office or a body named by its common noun speaks as news on a day the text gives, however
 * many words its noun phrase has, when the day is fronted without a comma ("On Friday the housing
 * minister said ...", "Last week the ministry said ..."), as with one ("On Friday, the housing
 * minister said ...").
 */
import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

describe('a role speaking after a fronted time with no comma', () => {
  it.each([
    ['On Friday the housing minister said that the talks had failed.', 'statement 2025-05-30 occurred []'],
    [
      'On Friday the housing minister told a news conference in Madrid that the government would cap rents on new leases.',
      'announcement 2025-05-30 occurred []',
    ],
    [
      'On Monday evening the deputy health minister told reporters that the review had found no fraud.',
      'statement 2025-06-02 occurred []',
    ],
    [
      'Housing Minister Ana Ruiz met tenants in Madrid on Monday. On Friday the housing minister told a news conference that the talks had failed.',
      'statement 2025-05-30 occurred [Ana Ruiz]',
    ],
  ])('%s', (body, expected) => {
    expect(eventLines(body)).toContain(expected);
  });

  it('no time, no news: "The housing minister said the talks had failed"', () => {
    expect(eventLines('The housing minister said the talks had failed.')).toEqual([]);
  });
});
