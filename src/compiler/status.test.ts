import { describe, expect, it } from 'vitest';
import { readStatus } from './status.ts';

describe('readStatus', () => {
  it.each([
    ['Rubio is set to ', 'scheduled'],
    ['She will ', 'scheduled'],
    ['The leaders are expected to ', 'scheduled'],
    ['He plans to ', 'scheduled'],
    ['They did not ', 'negated'],
    ['The company declined to ', 'negated'],
    ['They could ', 'hypothetical'],
    ['If they ', 'hypothetical'],
    ['Rubio ', 'occurred'],
    ['The trip had been planned for May but ', 'scheduled'],
    ['She may ', 'hypothetical'],
    ['Sakai is also due to ', 'scheduled'],
    ['The minister is likely to ', 'scheduled'],
  ])('"%s…" reads as %s', (before, status) => {
    expect(readStatus(before, `${before}meet`)).toBe(status);
  });

  it('reads a called-off or postponed event as cancelled, even when it was planned', () => {
    expect(readStatus('A planned ', 'A planned meeting was called off')).toBe('cancelled');
    expect(readStatus('The ', 'The launch was postponed')).toBe('cancelled');
  });
});

describe('the month of May', () => {
  it('is not the modal "may"', () => {
    expect(readStatus('The vote will be held on May 4', 'The vote will be held on May 4')).toBe('scheduled');
    expect(readStatus('The board may vote', 'The board may vote')).toBe('hypothetical');
  });
});
