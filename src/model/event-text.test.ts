import { describe, expect, it } from 'vitest';
import { eventSummary, formatEventDate, formatPartialDate, kindLabel, statusLabel } from './event-text.ts';

describe('formatPartialDate', () => {
  it('writes a day, a month and a year the way a reader says them', () => {
    expect(formatPartialDate('2025-09-24')).toBe('24 September 2025');
    expect(formatPartialDate('2025-09-04')).toBe('4 September 2025');
    expect(formatPartialDate('2022-02')).toBe('February 2022');
    expect(formatPartialDate('2022')).toBe('2022');
  });
});

describe('formatEventDate', () => {
  it('says nothing extra about an exact day', () => {
    expect(formatEventDate({ start: '2025-09-24', precision: 'day' })).toBe('24 September 2025');
  });

  it('names the precision when only the month or year is known', () => {
    expect(formatEventDate({ start: '2022-02', precision: 'month' })).toBe('February 2022 (month)');
    expect(formatEventDate({ start: '2022', precision: 'year' })).toBe('2022 (year)');
  });

  it('says "around" for an estimate', () => {
    expect(formatEventDate({ start: '2025-09-24', precision: 'day', approximate: true })).toBe(
      'around 24 September 2025',
    );
  });

  it('keeps the text’s qualifier', () => {
    expect(formatEventDate({ start: '2022-02', precision: 'month', qualifier: 'early' })).toBe(
      'early February 2022 (month)',
    );
    expect(formatEventDate({ start: '2025-09-22', end: '2025-09-28', precision: 'day', qualifier: 'week-long' })).toBe(
      '22–28 September 2025 (week-long)',
    );
  });

  it('writes ranges without repeating what both ends share', () => {
    expect(formatEventDate({ start: '2025-09-22', end: '2025-09-26', precision: 'day' })).toBe('22–26 September 2025');
    expect(formatEventDate({ start: '2025-09-29', end: '2025-10-03', precision: 'day' })).toBe(
      '29 September – 3 October 2025',
    );
    expect(formatEventDate({ start: '2025-12-28', end: '2026-01-03', precision: 'day' })).toBe(
      '28 December 2025 – 3 January 2026',
    );
    expect(formatEventDate({ start: '2022-02', end: '2022-04', precision: 'month' })).toBe(
      'February – April 2022 (month)',
    );
  });
});

describe('labels', () => {
  it('names kinds and statuses in words', () => {
    expect(kindLabel('meeting')).toBe('Meeting');
    expect(statusLabel('scheduled')).toBe('Scheduled');
    expect(statusLabel('cancelled')).toBe('Cancelled');
  });
});

describe('eventSummary', () => {
  it('reads kind, title, date and status as one sentence, without stray spaces', () => {
    expect(
      eventSummary({
        kind: 'meeting',
        title: 'Rubio and Lavrov meet',
        date: { start: '2025-09-24', precision: 'day' },
        status: 'occurred',
      }),
    ).toBe('Meeting: Rubio and Lavrov meet, 24 September 2025, took place');
  });

  it('does not repeat a kind the title already names, and says how precise the date is', () => {
    expect(
      eventSummary({
        kind: 'meeting',
        title: 'Meeting: Alice and Bob',
        date: { start: '2022-02', precision: 'month' },
        status: 'cancelled',
      }),
    ).toBe('Meeting: Alice and Bob, February 2022 (month), cancelled');
  });
});
