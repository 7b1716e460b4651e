import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant-format.ts';

describe('instants in links', () => {
  it('writes a midnight as a day and anything else to the minute, in UTC', () => {
    expect(formatInstant(Date.UTC(2025, 8, 20))).toBe('2025-09-20');
    expect(formatInstant(Date.UTC(2025, 8, 20, 13, 45))).toBe('2025-09-20T13:45Z');
    // 13:45:40 is nearer 13:46 than 13:45.
    expect(formatInstant(Date.UTC(2025, 8, 20, 13, 45, 40))).toBe('2025-09-20T13:46Z');
  });

  it('reads days, minutes and full ISO times', () => {
    expect(parseInstant('2025-09-20')).toBe(Date.UTC(2025, 8, 20));
    expect(parseInstant('2025-09-20T13:45Z')).toBe(Date.UTC(2025, 8, 20, 13, 45));
    expect(parseInstant('2025-09-20T13:45')).toBe(Date.UTC(2025, 8, 20, 13, 45));
    expect(parseInstant('2025-09-20T13:45:00.000Z')).toBe(Date.UTC(2025, 8, 20, 13, 45));
  });

  it('refuses what is not a real day and time', () => {
    for (const text of [
      '',
      'yesterday',
      '2025-02-30',
      '2025-13-01',
      '2025-09-20T24:00Z',
      '20250920',
      '2025-9-2',
      '1e12',
    ]) {
      expect(parseInstant(text), text).toBeNull();
    }
    expect(formatInstant(Number.NaN)).toBeNull();
    expect(formatInstant(Date.UTC(10000, 0, 1))).toBeNull();
    expect(parseInstant('0099-01-01')).toBe(new Date('0099-01-01T00:00Z').getTime());
  });

  it('gives back the same text when what it read is written again', () => {
    const years = { min: new Date('0001-01-01T00:00Z').getTime(), max: new Date('9999-12-31T23:59Z').getTime() };
    fc.assert(
      fc.property(fc.integer(years), (epochMs) => {
        const text = formatInstant(epochMs);
        expect(text).not.toBeNull();
        const parsed = parseInstant(text ?? '');
        expect(parsed).not.toBeNull();
        expect(formatInstant(parsed ?? Number.NaN)).toBe(text);
        // Never more than half a minute away from the instant it stands for.
        expect(Math.abs((parsed ?? 0) - epochMs)).toBeLessThanOrEqual(30_000);
      }),
    );
  });
});
