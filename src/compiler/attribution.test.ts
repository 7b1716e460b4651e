import { describe, expect, it } from 'vitest';
import { findMedium, isQuotedTitle, isScareQuote } from './attribution.ts';

describe('isScareQuote', () => {
  it('treats three words or fewer as a scare quote', () => {
    expect(isScareQuote('total failure')).toBe(true);
    expect(isScareQuote('the most serious conversation')).toBe(false);
  });
});

describe('isQuotedTitle', () => {
  it.each([
    'A Life on the Northern Line',
    'Letters From a Quiet Harbour,',
    'Build Back Stronger',
    'The Art of the Deal',
  ])('"%s" is a title', (words) => {
    expect(isQuotedTitle(words)).toBe(true);
  });

  it.each([
    'We will not move',
    'No more lies',
    'Stop!',
    'Never',
    'Nobody Is Safe. We Know It.',
    'the Art of the Deal',
    'I said it, Ana',
  ])('"%s" is not', (words) => {
    expect(isQuotedTitle(words)).toBe(false);
  });
});

describe('findMedium', () => {
  it.each([
    ['Trump wrote on his Truth Social platform afterward.', 'Truth Social'],
    ['she wrote on X:', 'X'],
    ['he said on social media', 'social media'],
    ['Zelensky said at a press conference.', 'a press conference'],
    ['she said in a televised address on Monday', 'a televised address'],
    ['the ministry said in a statement', 'a statement'],
    ['he told the BBC in an interview with the BBC', 'an interview with the BBC'],
    ['Rios told a news conference in Lyon on Friday', 'a news conference'],
    ['Rios told AFP.', 'AFP'],
    ['Mora told The Harbor Ledger in an interview on Monday that', 'an interview with The Harbor Ledger'],
    ['he said in his weekly video address', 'his weekly video address'],
    ['Speaking on state television hours later, he said', 'state television'],
    ['he told the BBC.', 'the BBC'],
    ['Rios told the Harbor Ledger:', 'the Harbor Ledger'],
    ['Rios said in a post on Bluesky', 'Bluesky'],
    ['she told Reuters by telephone from the picket line', 'telephone'],
    ['she told RTÉ radio this morning', 'RTÉ radio'],
    ['Kask told the public broadcaster ERR that he', 'ERR'],
    ['he told state television on Tuesday', 'state television'],
    ['he told the Gazette.', 'the Gazette'],
    ['he said on a call with analysts on Wednesday', 'a call with analysts'],
    ['she told reporters on a call later on Tuesday', 'a call'],
    ['she said in her closing argument on Thursday', 'her closing argument'],
    ['the two held a joint news conference.', 'a joint news conference'],
    ['The union issued a statement on Tuesday.', 'a statement'],
  ])('%s -> %s', (attribution, medium) => {
    expect(findMedium(attribution)).toBe(medium);
  });

  it.each([
    'Rios said.',
    'Rios told Mora that',
    'Mora told NATO allies that',
    'she told reporters in Lyon',
    'he told News that',
    'she said in a call to action',
    'he said in a call for calm',
  ])('finds no medium in "%s"', (attribution) => {
    expect(findMedium(attribution)).toBeUndefined();
  });
});

describe('findMedium with the article\u2019s actors', () => {
  const isActorName = (name: string): boolean => ['Ana', 'Rios'].includes(name);

  it.each([
    ['Rios told Reuters.', 'Reuters'],
    ['Rios told Kommersant in an interview', 'an interview with Kommersant'],
  ])('%s -> %s', (attribution, medium) => {
    expect(findMedium(attribution, isActorName)).toBe(medium);
  });

  it.each(['Mora told Rios.', 'Mora told Rios in Lyon', 'Mora told Reuters that he'])(
    'finds no outlet in "%s"',
    (attribution) => {
      expect(findMedium(attribution, isActorName)).toBeUndefined();
    },
  );
});
