import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * One happening per clause: a clause whose subject names a happening and whose verb tells what
 * became of it tells that one happening, of the kind its head gives, not a second event for the
 * noun. Sentences invented for these tests in the styles of a wire, a broadsheet, a business page
 * and a sports page; dateline Wednesday 2025-06-04.
 */
describe('talks that break down are one happening, their breakdown', () => {
  it.each([
    ['Talks on forming a new government broke down on Monday.', 'other 2025-06-02 occurred'],
    ['Talks between the two sides broke down on Monday, 82 days after the election.', 'other 2025-06-02 occurred'],
    ['Negotiations with the dockers collapsed on Friday over pay.', 'other 2025-05-30 occurred'],
    ['Coalition talks stalled on Thursday.', 'other 2025-05-29 occurred'],
    ['Talks in 2022 collapsed in October of that year over the value of the leases.', 'other 2022-10 occurred'],
  ])('%s', (text, event) => {
    const lines = eventLines(text).map((line) => line.replace(/ \[.*\]$/, ''));
    expect(lines).toContain(event);
    expect(lines.filter((line) => line.startsWith('meeting'))).toEqual([]);
  });
  it('talks that resume are still a meeting', () => {
    expect(eventLines('Talks will resume on Monday.')).toEqual(['meeting 2025-06-09 scheduled []']);
  });
});

describe('a noun inside a hyphenated modifier names no happening', () => {
  it.each([
    'Premier Alan Dorr, speaking at an end-of-session news conference on Friday morning, called the sitting "the best in a decade."',
    'Ruiz, speaking at a post-summit briefing on Friday, called the deal "a fair one."',
  ])('%s', (text) => {
    expect(eventLines(text, () => true).map((line) => line.split(' ')[0])).toEqual(['quote']);
  });
  it('a by-election stays a happening', () => {
    expect(eventLines('Voters in Harwick go to the polls in a by-election on Thursday.')).not.toEqual([]);
  });
});

describe('a rally addressed is where the words were said', () => {
  it.each([
    [
      'Addressing a rally in Leeds on Saturday, Ruiz promised to cut rail fares.',
      'announcement 2025-05-31 occurred [Ruiz]',
    ],
    [
      'Addressing a crowd of supporters in Tolland on Friday, Ana Ruiz said the fares were far too high.',
      'statement 2025-05-30 occurred [Ana Ruiz]',
    ],
  ])('%s', (text, event) => {
    expect(eventLines(text)).toEqual([event]);
  });
});

describe('a congress or a conference that meets is one summit, on its days', () => {
  it.each([
    ['The party congress will meet in Lisbon on Oct. 17-18 to elect a new leader.', 'summit 2025-10-17 scheduled'],
    ['The annual conference meets in Cardiff from Sept. 5 to 7.', 'summit 2025-09-05 scheduled'],
  ])('%s', (text, event) => {
    expect(eventLines(text).map((line) => line.replace(/ \[.*\]$/, ''))).toEqual([event]);
  });
});

describe('a message that carries the words is their medium, not a happening', () => {
  it.each([
    'In an email to all students sent the same afternoon, the vice-chancellor, Ana Ruiz, said the university would reschedule "as much lost teaching as possible".',
    'The rector, Claudia Venegas, sent a voice note on Tuesday: "The whole university is following you."',
    'In a video posted on Sunday night, the coach, Ivo Rask, said: "We will be back."',
  ])('%s', (text) => {
    expect(eventLines(text, () => true).map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['quote']));
    expect(eventLines(text)).toEqual([]);
  });
  it('a letter sent with no words told is still news', () => {
    expect(eventLines('The minister sent a letter to the council on Monday.')).toEqual([
      'other 2025-06-02 occurred []',
    ]);
  });
});

describe("a court's order is a step of its case", () => {
  it.each([
    [
      'The Split Municipal Court issued the order on Tuesday at the request of the shipyard.',
      'other 2025-06-03 occurred',
    ],
    ['A judge granted an order on Monday blocking the strike.', 'other 2025-06-02 occurred'],
  ])('%s', (text, event) => {
    expect(eventLines(text).map((line) => line.replace(/ \[.*\]$/, ''))).toEqual([event]);
  });
  it('a court suspending a levy stays policy', () => {
    expect(eventLines('The court suspended the levy on Tuesday pending a full hearing.')[0]).toMatch(/^policy /);
  });
});
