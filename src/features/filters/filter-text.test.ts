import { describe, expect, it } from 'vitest';
import { describeCount, formatEventCount } from './filter-text.ts';

describe('filter texts', () => {
  it('counts events in the singular and plural', () => {
    expect(formatEventCount(1)).toBe('1 event');
    expect(formatEventCount(0)).toBe('0 events');
    expect(formatEventCount(3)).toBe('3 events');
  });

  it('says how many of all events the filter shows, only while filtering', () => {
    expect(describeCount(4, 11, true)).toBe('4 of 11 events');
    expect(describeCount(11, 11, false)).toBe('11 events');
    expect(describeCount(0, 1, true)).toBe('0 of 1 event');
  });
});
