import { describe, expect, it } from 'vitest';
import { isBareAttribution, isPledge, isStandingPosition } from './speech-acts.ts';

describe('isStandingPosition', () => {
  it('reads an undated perfect of speech as a position held', () => {
    expect(isStandingPosition('Austria has ', false)).toBe(true);
    expect(isStandingPosition('The minister has repeatedly ', false)).toBe(true);
    expect(isStandingPosition('The firm has long ', false)).toBe(true);
  });
  it('keeps a dated perfect and a simple past', () => {
    expect(isStandingPosition('Austria has ', true)).toBe(false);
    expect(isStandingPosition('Austria ', false)).toBe(false);
  });
});

describe('isBareAttribution', () => {
  it('reads a closing attribution with nothing said after it', () => {
    expect(isBareAttribution('Forty-one members voted for the motion,', ' the House shortly after 6pm.')).toBe(true);
    expect(isBareAttribution('The talks collapsed, ', ' reporters in Lagos on Monday.')).toBe(true);
  });
  it('keeps speech that says something', () => {
    expect(isBareAttribution('Carla Benz, who met Ruiz in 2019,', ' on Monday she would resign.')).toBe(false);
    expect(isBareAttribution('In Lagos,', ' that the talks had collapsed.')).toBe(false);
    expect(isBareAttribution('', ' reporters on Monday.')).toBe(false);
  });
});

describe('isPledge', () => {
  it.each([
    'the Valley Echo on Tuesday he would put up 15,000 pounds',
    'on Monday she would donate her prize money',
    'they will fund a new stand',
  ])('a pledge: %s', (said) => expect(isPledge(said)).toBe(true));
  it.each(['she would fight the plan', 'he would resign on Friday', 'the bank would pay a dividend'])(
    'no pledge of the speaker: %s',
    (said) => expect(isPledge(said)).toBe(false),
  );
});
