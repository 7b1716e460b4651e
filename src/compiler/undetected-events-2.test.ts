import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Events that news prose tells in shapes the readers missed, grouped by shape, each with texts
 * where the rule must not fire. Every sentence is invented (people, places and bodies too), in the
 * styles of wire copy, local papers, sports pages, court reports and translated copy; the dateline
 * is Wednesday 2025-06-04, so "on Tuesday" in the past is 2025-06-03.
 */

/** [expected event line, text]: the line must be among the text's events. */
type Told = readonly [string, string];

function expectTold(table: readonly Told[]): void {
  it.each(table)('%s: %s', (expected, text) => {
    expect(eventLines(text)).toContain(expected);
  });
}

function expectNone(table: readonly string[]): void {
  it.each(table)('none: %s', (text) => {
    expect(eventLines(text)).toEqual([]);
  });
}

describe('a subject with its age or an apposition before the verb', () => {
  expectTold([
    ['other 2024-12-15 occurred [Rask]', 'Rask, 54, was sworn in on December 15 after a disputed vote.'],
    ['other 2025-06-03 occurred []', 'Dale, the former finance minister, resigned on Tuesday after a vote.'],
    ['other 2025-06-03 occurred []', 'The mayor, 61, resigned on Tuesday after a no-confidence vote.'],
    ['other 2025-06-03 occurred []', 'The bridge, a Victorian landmark, collapsed on Tuesday after a storm.'],
  ]);
  expectNone(['The mayor, 61, is a keen cyclist.', 'Dale, the former finance minister, has long opposed the vote.']);
});

describe('a cleft puts the date first: "It was on Sunday that ..."', () => {
  expectTold([
    ['other 2025-06-01 occurred []', 'It was on Sunday that the minister resigned.'],
    ['conflict 2025-06-03 occurred []', 'It was only on Tuesday that police arrested the suspect.'],
    ['other 2025-06-01 occurred [Ruiz]', 'It was on Sunday that Ruiz resigned.'],
  ]);
  expectNone(['It was clear on Sunday that the minister would not resign.']);
});

describe('a body named only by its common noun that speaks on the record on a given day', () => {
  expectTold([
    [
      'statement 2025-06-02 occurred [army]',
      'The army said in a statement on Monday that its troops had come under fire.',
    ],
    ['statement 2025-06-02 occurred []', 'The ministry said in a statement on Monday that the claims were false.'],
    ['statement 2025-06-03 occurred []', 'Police told reporters on Tuesday that the investigation was continuing.'],
    ['statement 2025-06-03 occurred []', 'The hospital said at a news conference on Tuesday that the boy was stable.'],
    ['announcement 2025-06-03 occurred []', 'The club said in a statement on Tuesday that it would appeal the ban.'],
  ]);
  expectNone([
    'Police said the motive for the attack remained unclear.',
    'Police said in a statement that the motive for the attack remained unclear.',
    'Officials said on Tuesday that the death toll remained unclear.',
  ]);
});

describe("a contest named by its noun: 'Sunday's final', 'Rovers' defeat'", () => {
  expectTold([
    ['other 2025-06-01 occurred [Leinster]', "Sunday's final was won by Leinster."],
    ['other 2025-06-01 occurred [Dunmore]', "Rovers' victory over Dunmore on Sunday lifted them to third."],
    ['other 2025-06-01 occurred []', "Sunday's defeat by Dunmore sent Rovers bottom of the table."],
    ['other 2025-06-03 occurred []', 'The semi-final on Tuesday was watched by 40,000 fans.'],
    ['other 2025-06-07 scheduled []', 'The final will be played on Saturday at Croke Park.'],
  ]);
  expectNone([
    'The final report runs to 400 pages.',
    'Kamau plays a video game every evening.',
    'Rovers have won only one game this season.',
    'It was a victory for common sense.',
    'The government faces defeat in parliament.',
    'Okonjo averaged 22 points a game in March.',
    'The win lifted Rovers to the top of the table.',
  ]);
  it('leaves the date to the event a contest is the setting of', () => {
    expect(eventLines('Ruiz met Lind at the game on Sunday.')).toEqual(['meeting 2025-06-01 occurred [Ruiz, Lind]']);
    expect(eventLines('Ruiz met Lind on Sunday before the final.')).toEqual([
      'meeting 2025-06-01 occurred [Ruiz, Lind]',
    ]);
  });
});

describe('a timeline entry told in the historical present', () => {
  expectTold([
    ['policy 2025-06-03 occurred []', 'How the week unfolded.\n\nJune 3: Parliament passes the emergency budget.'],
    ['other 2025-06-02 occurred []', 'How the week unfolded.\n\nJune 2: Rescuers reach the trapped miners.'],
    ['other 2025-06-03 occurred []', 'How the week unfolded in Kellin.\n\nTuesday, June 3\n\nThe mayor resigns.'],
  ]);
  it('reads only the entry, not what follows it', () => {
    expect(eventLines('Timeline of the dispute.\n\nJan. 15: The mill closes; 240 workers lose their jobs.')).toEqual([
      'other 2025-01-15 occurred []',
    ]);
  });
  expectNone([
    'How the week unfolded.\n\nJune 2: The weather in the valley. That is all.',
    'How the week unfolded.\n\nJune 2: Water levels stay high.',
    'How the week unfolded.\n\nJune 2: Residents of Ferrow wait for news.',
    'How the week unfolded.\n\nJune 2: The river is still rising.',
    'The council meets every month.',
  ]);
});

describe("a plan of the speaker's own side told as speech is an announcement", () => {
  expectTold([
    ['announcement 2025-06-02 occurred [Veltra Motors]', 'Veltra Motors said on Monday it plans to cut 500 jobs.'],
    [
      'announcement 2025-06-02 occurred [Veltra Motors]',
      'Veltra Motors said on Monday that it had decided to sell its bus unit.',
    ],
    ['announcement 2025-06-02 occurred []', 'The company said on Monday it plans to cut 500 jobs.'],
    ['announcement 2025-06-03 occurred []', 'The council said on Tuesday that it intends to sell the old town hall.'],
    [
      'announcement 2025-06-02 occurred [Ruiz]',
      'Ruiz told reporters on Monday that she would be stepping down at the end of the month.',
    ],
  ]);
  it('a prediction, a state or a refusal stays a statement', () => {
    expect(eventLines('Veltra Motors said on Monday it plans to remain in Leeds.')).toEqual([
      'statement 2025-06-02 occurred [Veltra Motors]',
    ]);
    expect(eventLines('Ruiz said on Monday that she would not seek a second term.')).toEqual([
      'statement 2025-06-02 occurred [Ruiz]',
    ]);
  });
  expectNone(['Analysts said the company would probably cut jobs.']);
});

describe('indirect speech without "that" also tells the dated happening it reports', () => {
  expectTold([
    ['other 2025-09 scheduled [Kellin council]', 'Kellin council said on Monday the library will reopen in September.'],
    ['other 2025-09 scheduled []', 'The council said the library will reopen in September.'],
  ]);
});

describe('a reaction to the news just told takes its day: "after the decision"', () => {
  expectTold([
    [
      'other 2025-06-02 occurred []',
      'The central bank of Dravia raised its key rate to 9% on Monday. The dravo fell 1.2% against the dollar in the hour after the decision.',
    ],
    [
      'other 2025-06-02 occurred [Veltra Motors]',
      'Veltra Motors announced 500 job cuts on Monday. Its shares fell 8% after the announcement.',
    ],
  ]);
  expectNone([
    "Veltra's shares have fallen 30% this year.",
    'Shares in Veltra fell 12% in the first quarter.',
    'Prices have risen steadily after the decision, analysts said.',
  ]);
});

describe('the verb after a restrictive relative clause is the main clause\'s: "A man who ... has been jailed"', () => {
  expectTold([
    [
      'other 2025-06-04 occurred []',
      'A former councillor who took bribes from a developer has been jailed for three years.',
    ],
    ['other 2025-06-04 occurred []', 'A man who stabbed his neighbour has been jailed for life.'],
    ['conflict 2025-06-04 occurred []', 'A man who threatened staff at a bank has been arrested.'],
    ['other 2025-06-04 occurred []', 'A woman who was rescued from the sea has died in hospital.'],
  ]);
  expectNone([
    'Anyone who breaks the rules will be fined.',
    'People who have been arrested are usually released within a day.',
    'The firm that won the contract has been criticised.',
  ]);
});

describe('people on the move by more verbs of a journey', () => {
  expectTold([
    ['travel 2025-06-02 occurred []', 'More than 2,000 migrants crossed the Channel on Monday.'],
    ['travel 2025-06-02 occurred []', 'Thousands of refugees fled across the border on Monday.'],
    ['travel 2025-06-02 occurred []', 'The squad departed for the World Cup on Monday.'],
    ['travel 2025-06-02 occurred []', 'The evacuees were bussed to Kellin on Monday.'],
    ['travel 2025-06-02 occurred [Ana Ruiz]', 'Ana Ruiz was airlifted to Lagos on Monday.'],
  ]);
  expectNone([
    'Inflation crossed the 5% threshold in March.',
    'The bill crossed the finish line in the Senate.',
    'Investors fled to safety.',
    'Supplies were airlifted to the region.',
  ]);
});

describe('meetings told by other words of talking together', () => {
  expectTold([
    ['meeting 2025-06-02 occurred [Ana Ruiz]', 'Ana Ruiz held a roundtable with nurses in Leeds on Monday.'],
    ['meeting 2025-06-02 occurred [Ana Ruiz, Ivo Kamau]', 'Ana Ruiz held a bilateral with Ivo Kamau on Monday.'],
    ['meeting 2025-06-02 occurred [Ana Ruiz, Ivo Kamau]', 'Ana Ruiz and Ivo Kamau exchanged views on trade on Monday.'],
    [
      'meeting 2025-06-02 occurred [Ana Ruiz, Ivo Kamau]',
      'Ana Ruiz called on President Ivo Kamau at State House on Monday.',
    ],
  ]);
  expectNone(['Ana Ruiz consulted the documents.', 'The party holds discussions every week.']);
  it('fire exchanged is no meeting (it is an armed act)', () => {
    expect(eventLines('Troops exchanged fire with rebels.')).not.toContainEqual(expect.stringMatching(/^meeting/));
  });
  it('an appeal to act stays no meeting', () => {
    expect(eventLines('Ana Ruiz called on President Ivo Kamau to resign on Monday.')).not.toContainEqual(
      expect.stringMatching(/^meeting/),
    );
  });
});
