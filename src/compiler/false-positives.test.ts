import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Invented sentences (dateline Wednesday 2025-06-04) that by the annotation conventions tell no
 * event, or exactly one event of a given kind: the compiler must not add events the text does not
 * tell (precision). Each row: what the sentence is, the text (paragraphs split by `||`), and the
 * kinds of the events expected, quotes included, in any order.
 */
type Row = readonly [pattern: string, text: string, kinds: readonly string[]];

function kindsOf(text: string): string[] {
  return eventLines(text.split('||').join('\n\n'), () => true)
    .map((line) => line.split(' ')[0] ?? '')
    .sort();
}

function check(rows: readonly Row[]): void {
  it.each(rows)('%s: %s', (_pattern, text, kinds) => {
    expect(kindsOf(text)).toEqual([...kinds].sort());
  });
}

/** Rows whose events, whatever else they are, are none of the kind `not`. */
function checkNone(not: string, rows: readonly (readonly [pattern: string, text: string])[]): void {
  it.each(rows)(`%s (no ${not}): %s`, (_pattern, text) => {
    expect(kindsOf(text)).not.toContain(not);
  });
}

describe('notices about the article itself tell no event', () => {
  check([
    [
      'a correction that repeats a wrong date',
      'The blockade began on March 4, police said.||Correction: An earlier version of this story said the blockade began on March 5.',
      ['other'],
    ],
    [
      'a correction of who met whom',
      'Correction: last week we said the mayor met union leaders on Tuesday. She met their lawyers.',
      [],
    ],
    [
      'an earlier version that misstated a vote',
      'An earlier version of this article incorrectly stated that the council voted on Monday.',
      [],
    ],
    [
      'a note of an amendment',
      "This article was amended on 3 June 2025 to correct the spelling of Ms Okafor's name.",
      [],
    ],
    ['an editor’s note', "Editor's note: This story has been updated with comment from the ministry on Tuesday.", []],
    ['a live blog update is news, not a notice', 'Update: Police arrested two men in Leeds on Tuesday.', ['conflict']],
  ]);
});

describe('a body named like a gathering, and a mountain top, are no summit', () => {
  check([
    ['a forum’s representatives met', 'Tane met representatives of the Road Transport Forum on Monday.', ['meeting']],
    ['a congress that acts', 'The African National Congress expelled the councillor on Friday.', ['policy']],
    [
      'a forum’s own annual meeting is the summit, once',
      "Leaders gathered in Davos on Tuesday for the World Economic Forum's annual meeting.",
      ['summit'],
    ],
    ['a summit is still a summit', 'The G20 summit opened in Rio on Monday.', ['summit']],
  ]);
  checkNone('summit', [
    ['a forum that speaks', 'The Pacific Islands Forum said on Monday it would open an office in Suva in July.'],
    [
      'a spokesman for a conference',
      'A spokesman for the Conference of Bishops said on Sunday that the law was unjust.',
    ],
    ['a congress’s members', 'Members of the Indian National Congress marched in Delhi on Monday.'],
    ['a summit reached by climbers', 'The climbers reached the summit on Tuesday.'],
    ['the summit of a mountain', 'Two hikers died near the summit of Mount Kenya on Sunday.'],
  ]);
});

describe('sides that meet or host each other in a match play a match, not a meeting', () => {
  check([
    ['a named opponent in the final', 'Liverpool met Arsenal in the cup final on Saturday.', ['other']],
    ['a return leg', 'The sides meet again in the return leg on Tuesday.', ['other']],
    ['hosting the league leaders', 'Rovers will host leaders Eastfield next Saturday.', ['other']],
    ['a final round of talks is talks', 'The negotiators met in the final round of talks on Monday.', ['meeting']],
  ]);
});

describe('verbs of policy used of something else', () => {
  check([
    ['a government lifts a curfew', 'The government lifted the curfew on Tuesday.', ['policy']],
    ['an attack on words, not people', 'The mayor on Tuesday attacked what he called a land grab by developers.', []],
    ['an armed attack', 'Gunmen attacked a police station in the north on Tuesday.', ['conflict']],
  ]);
  checkNone('policy', [
    ['a company lifts its outlook', 'Halvard Foods lifted its profit outlook on Thursday.'],
    ['a headline: a company lifts its outlook', 'Halvard Foods lifts outlook as snack sales jump'],
    ['a company lifts its stake', 'Halvard lifted its stake in Ondo to 30% on Monday.'],
    ['a band closes a show', "The band closed Saturday's show with an old favourite."],
  ]);
});

describe('a meeting that is only where another act took place is no meeting of its own', () => {
  check([
    ['a vote at a meeting', 'The council approved the plan at a meeting on Tuesday.', ['policy']],
    [
      'a vote at a special meeting',
      'The board voted 5-2 to close the school at a special meeting on Monday night.',
      ['policy'],
    ],
    ['approval in a session', 'The measure was approved by the municipal board in its session on Monday.', ['policy']],
    ['words told to a meeting', '"We have no choice," Okafor told a meeting of shareholders on Tuesday.', ['quote']],
    ['a meeting that is the news', 'Okafor met shareholders at a meeting in Leeds on Tuesday.', ['meeting']],
  ]);
});
