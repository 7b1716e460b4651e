import { describe, expect, it } from 'vitest';
import { findPlace } from './place.ts';

describe('findPlace', () => {
  it.each([
    [' Putin in Alaska on Aug. 15', 'Alaska', 'in Alaska'],
    [' in New York to attend', 'New York', 'in New York'],
    [' Zelensky at the White House on Monday', 'the White House', 'at the White House'],
    [
      ' Lavrov on the sidelines of the U.N. General Assembly on Sept. 24',
      'the U.N. General Assembly',
      'at the U.N. General Assembly',
    ],
    [' in the U.S.', 'the U.S.', 'in the U.S.'],
  ])('"%s" -> %s', (text, name, phrase) => {
    expect(findPlace(text)).toEqual({ name, phrase });
  });

  it('does not take a date for a place', () => {
    expect(findPlace(' in February 2022')).toBeUndefined();
    expect(findPlace(' on Monday')).toBeUndefined();
  });
});
