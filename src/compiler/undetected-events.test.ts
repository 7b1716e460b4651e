import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Events that news prose tells in ways the trigger verbs alone miss: a happening named by its noun
 * with "took place" or "occurred", a person named after "said that". Every sentence is invented
 * (people, places and bodies too); the dateline is Wednesday 2025-06-04.
 */

/** [expected event line, sentence]: the line must be among the sentence's events. */
const TOLD: readonly [string, string][] = [
  // A happening named by its noun, with the verb that says it happened.
  ['conflict 2025-06-01 occurred []', 'The attack, which killed 12, took place on Sunday.'],
  ['conflict 2025-06-01 occurred []', 'The attack took place on Sunday near the border.'],
  ['conflict 2025-06-02 occurred []', 'The ambush, which left three soldiers dead, happened on Monday.'],
  ['conflict 2025-05-31 occurred []', 'The attack against the military post took place last Saturday.'],
  ['other 2025-06-03 occurred []', 'The crash occurred shortly after 6 a.m. on Tuesday.'],
  ['other 2025-05-31 occurred []', 'The collision happened on Saturday evening on the A1.'],
  ['other 2025-06-02 occurred []', 'The explosion, which was heard across the city, occurred on Monday.'],
  ['other 2025-05-30 occurred []', 'The incident happened on Friday at about 10pm.'],
  ['other 2025-06-02 occurred []', 'The accident occurred on Monday on the road between Tetouan and Chefchaouen.'],
  ['other 2025-06-03 occurred []', 'The wedding took place on Tuesday at St Mary’s church.'],
  // A captive or a prisoner let go, also beside another event of the same clause.
  ['other 2025-06-03 occurred [Lina Moretz]', 'Journalist Lina Moretz was freed on Tuesday and flown to Lagos.'],
  ['other 2025-06-02 occurred []', 'The two sailors were released on Monday and returned home.'],
  ['other 2025-06-01 occurred []', 'The hostages were set free on Sunday.'],
  // A live blog's time-stamped entry: the stamp opens the clause, and its news is of the stamp's day.
  ['other 2025-06-04 occurred []', '15:20 A large fire has broken out at a factory in Tilbury.'],
  ['other 2025-06-04 occurred []', '15:20 Heavy flooding has hit the village of Stanby.'],
  ['other 2025-06-04 occurred []', '15:20 An earthquake has struck the island.'],
  ['other 2025-06-04 occurred []', '15:20 The bridge collapsed.'],
  ['other 2025-06-04 occurred []', '09:12 The prime minister has resigned.'],
  // A dismissal decided: "decided to sack" is the sacking done.
  [
    'other 2025-06-02 occurred [Dynamo Tirana, Ivan Petrak]',
    'Dynamo Tirana decided to sack coach Ivan Petrak on Monday.',
  ],
  ['other 2025-06-02 occurred [Ivo Lind]', 'The board decided on Monday to dismiss chief executive Ivo Lind.'],
  // A plan called off after an aside or a restrictive clause that gives its date.
  ['meeting 2025-07-09 cancelled []', 'The meeting, which had been scheduled for July 9, was called off.'],
  // A plan called off is a cancelled event (README: "was canceled", "called off"), not a plan ruled out.
  ['meeting 2025-06-04 cancelled []', 'The meeting, which had been set for Wednesday, was called off on Saturday.'],
  ['policy 2025-06-03 cancelled []', 'The vote, which was scheduled for Tuesday, did not take place.'],
  ['meeting 2025-07-09 cancelled []', 'A meeting with the mayor that had been scheduled for July 9 was called off.'],
  ['travel 2025-06-06 cancelled []', 'A visit to Accra that had been planned for Friday was cancelled.'],
  // A person named after "that" is the subject of the clause it opens.
  ['travel 2025-06-06 scheduled [Tano]', 'The ministry said on Monday that Tano will visit Cotonou on Friday.'],
  ['other 2025-05-30 occurred [Aya Sato]', 'Officials said that Aya Sato resigned on Friday.'],
  ['conflict 2025-05-30 occurred [Kofi Mensah]', 'Police said that Kofi Mensah, 34, was arrested on Friday.'],
  ['other 2025-06-03 occurred [John Miller]', 'It emerged that John Miller had resigned on Tuesday.'],
];

/** Sentences that tell no event of their own: background, habits, opinions, figures. */
const NOT_TOLD: readonly string[] = [
  'Attacks on police posts have become more common in the region.',
  'Fires are common in the hills during the dry season.',
  'Police said the motive for the attack remained unclear.',
  'Investigators are still trying to establish the cause of the crash.',
  'Most accidents on the road happen at night.',
  'The incident has raised questions about security at the port.',
  'The new rules freed up funds for schools.',
  'Prisoners are usually released after serving half their sentence.',
  'The report was released to coincide with the anniversary.',
  'The judge decided to dismiss the case.',
  'The meeting, which was held in private, is an annual event.',
];

describe('events told in ways the trigger verbs miss', () => {
  it.each(TOLD)('%s: %s', (expected, sentence) => {
    expect(eventLines(sentence)).toContain(expected);
  });
});

describe('sentences that tell no event', () => {
  it.each(NOT_TOLD)('%s gives no event', (sentence) => {
    expect(eventLines(sentence)).toEqual([]);
  });
});
