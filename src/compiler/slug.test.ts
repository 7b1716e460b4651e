import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['U.S. Secretary of State', 'u-s-secretary-of-state'],
    ['Nguyễn Thị Lan Hương', 'nguyen-thi-lan-huong'],
    ['Helga Bjørnstad', 'helga-bjornstad'],
    ['Łukasz Żądło', 'lukasz-zadlo'],
    ['Straße', 'strasse'],
    ['OPEC+', 'opec-plus'],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
