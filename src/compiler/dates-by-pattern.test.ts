import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Dates and statuses a reader gives events, on sentences invented for this test (invented people,
 * many outlets' styles), grouped by the pattern that dates them. Each row: dateline, article
 * (paragraphs split by `||`), words of the sentence that tells the event, and the reading expected
 * of one of that sentence's events: `start precision status`. Datelines: Wed 2025-06-04, Fri
 * 2025-01-31, Fri 2025-02-28, Thu 2025-11-27, Tue 2025-12-30, Mon 2026-01-05.
 */
type Row = readonly [published: string, article: string, evidence: string, reading: string];

/** The `start precision status` of each event told by a sentence holding `evidence`. */
function readingsOf(published: string, article: string, evidence: string): string[] {
  const text = ` date ${published} ${article.split('||').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  return list.events
    .filter((event) => event.sources.some((source) => source.sentence.includes(evidence)))
    .map((event) => `${event.date.start} ${event.date.precision} ${event.status}`);
}

function check(rows: readonly Row[]): void {
  it.each(rows)('%s: %s [%s] -> %s', (published, article, evidence, reading) => {
    expect(readingsOf(published, article, evidence)).toContain(reading);
  });
}

describe('a month and day without a year, told on in the past year a paragraph has moved to', () => {
  check([
    [
      '2025-06-04',
      'In March 2022, Dunn resigned from the cabinet. On April 4 he announced his candidacy.',
      'On April 4',
      '2022-04-04 day occurred',
    ],
    [
      '2025-06-04',
      'In 2023, Dunn founded the Civic Party. On March 3 he held its first rally in Leeds.',
      'first rally',
      '2023-03-03 day occurred',
    ],
    [
      '2025-06-04',
      'Dunn founded the Civic Party in 2023. He held its first rally on March 3, drawing 5,000 people.',
      'first rally',
      '2023-03-03 day occurred',
    ],
    // Forward from the event told: a November then a February is the February after.
    [
      '2025-06-04',
      'The mill closed in November 2019. Its owners sold the site on Feb. 12 to a developer.',
      'sold the site',
      '2020-02-12 day occurred',
    ],
  ]);
  describe('but not', () => {
    check([
      // A new paragraph may go back to the news.
      [
        '2025-06-04',
        'The ban followed the invasion of February 2022. || The ministry announced on May 12 that it would end the ban.',
        'announced on May 12',
        '2025-05-12 day occurred',
      ],
      // Within one sentence the coordinated month is as likely the dateline's year.
      [
        '2025-06-04',
        'Dunn was appointed chief executive in 2021 and stepped down in May.',
        'stepped down',
        '2025-05 month occurred',
      ],
      // "last September" is told from the dateline, whatever the story.
      [
        '2026-06-24',
        'Grissom resigned from the board in November 2023. The fund sold its stake in the hotel last September.',
        'sold its stake',
        '2025-09 month occurred',
      ],
      // A story that reaches the dateline's year already stays there.
      [
        '2026-01-05',
        'Police arrested Dunn on Dec. 28. On Jan. 2 he was charged with fraud.',
        'charged',
        '2026-01-02 day occurred',
      ],
    ]);
  });
});

describe('a weekday of a plan called off: the coming one when called off now, the nearest when told as past', () => {
  check([
    [
      '2025-06-04',
      'The strike that was due to begin on Monday has been suspended.',
      'strike',
      '2025-06-09 day cancelled',
    ],
    [
      '2025-01-31',
      'The strike, which was due to start on Monday, has been called off.',
      'strike',
      '2025-02-03 day cancelled',
    ],
    ['2025-06-04', 'The concert planned for Saturday has been cancelled.', 'concert', '2025-06-07 day cancelled'],
    ['2025-06-04', "Saturday's concert has been cancelled.", 'concert', '2025-06-07 day cancelled'],
    ['2025-06-04', "Monday's planned strike has been called off.", 'strike', '2025-06-09 day cancelled'],
    ['2025-06-04', 'The union has postponed the strike planned for Friday.', 'strike', '2025-06-06 day cancelled'],
    // Told in the past tense: yesterday's plan, or tomorrow's.
    ['2025-06-04', 'The vote, which had been due on Tuesday, was postponed.', 'postponed', '2025-06-03 day cancelled'],
    ['2026-10-22', 'A stop in Flagstaff planned for Wednesday was postponed.', 'stop', '2026-10-21 day cancelled'],
    ['2025-06-04', 'The vote, due on Thursday, was postponed.', 'postponed', '2025-06-05 day cancelled'],
    // Called off on a day of its own: the plan lies after that day.
    ['2025-08-18', "Saturday's opener was called off on Sunday.", 'opener', '2025-08-23 day cancelled'],
    [
      '2025-01-31',
      'The match, originally scheduled for Saturday, was postponed because of a frozen pitch.',
      'postponed',
      '2025-02-01 day cancelled',
    ],
  ]);
});

describe('a weekday of a week named with it', () => {
  check([
    ['2025-02-28', 'The defendant will be sentenced on Friday next week.', 'sentenced', '2025-03-07 day scheduled'],
    ['2025-06-04', 'The council will vote on Tuesday next week.', 'vote', '2025-06-10 day scheduled'],
    ['2025-06-04', 'The council will vote next week on Tuesday.', 'vote', '2025-06-10 day scheduled'],
    ['2025-06-04', 'The council voted on Tuesday last week.', 'voted', '2025-05-27 day occurred'],
    ['2025-06-04', 'The council voted on Friday of last week.', 'voted', '2025-05-30 day occurred'],
    // British: "Monday week" and "a week on Tuesday" are a week after the coming one.
    ['2025-06-04', 'The council will vote on Monday week.', 'vote', '2025-06-16 day scheduled'],
    ['2025-06-04', 'The council will vote a week on Tuesday.', 'vote', '2025-06-17 day scheduled'],
    ['2025-06-04', 'The council will vote on the Tuesday after next.', 'vote', '2025-06-17 day scheduled'],
    // A week after "by" or "for" is a length, and its weekday is read alone.
    [
      '2025-06-04',
      'The Velmar ministry extended the curfew by a week on Tuesday.',
      'extended',
      '2025-06-03 day occurred',
    ],
    ['2025-06-04', 'The Kessel council put back the vote by a week on Monday.', 'put back', '2025-06-02 day occurred'],
    // "this Monday" ahead of a Wednesday's plan is next week's.
    ['2025-06-04', 'The board will meet this Monday.', 'meet', '2025-06-09 day scheduled'],
    ['2025-06-04', 'The board will meet this Friday.', 'meet', '2025-06-06 day scheduled'],
    ['2025-06-04', 'The board met this Monday.', 'met', '2025-06-02 day occurred'],
  ]);
});

describe('the eve of, or the day before, an occasion an earlier sentence told with a verb', () => {
  check([
    [
      '2025-06-20',
      'Parliament voted on the bill on June 12. || On the eve of the vote, Premier Hal Dunn met union leaders.',
      'eve',
      '2025-06-11 day occurred',
    ],
    [
      '2025-06-20',
      'Voters elected a new parliament on June 15. || On the eve of the election, Dunn held a final rally.',
      'rally',
      '2025-06-14 day occurred',
    ],
    [
      '2025-06-20',
      'The summit opened on June 16. || A day before the summit, police arrested 20 activists.',
      'arrested',
      '2025-06-15 day occurred',
    ],
    [
      '2025-06-04',
      'Parliament will vote on the bill on June 12. || On the eve of the vote, Premier Hal Dunn will meet union leaders.',
      'eve',
      '2025-06-11 day scheduled',
    ],
  ]);
});

describe('a reporting period named by its last month', () => {
  check([
    ['2025-06-04', 'Koro Minerals cut 400 jobs in the quarter to March.', 'cut', '2025-01 month occurred'],
    ['2025-01-31', 'The firm cut 200 jobs in the three months to December.', 'cut', '2024-10 month occurred'],
    [
      '2025-06-04',
      'Koro Minerals closed two mines in the three months to the end of March.',
      'closed',
      '2025-01 month occurred',
    ],
    ['2025-06-04', 'Koro Minerals closed two mines in the quarter ended March 31.', 'closed', '2025-01 month occurred'],
    [
      '2025-06-04',
      'Orvana completed the acquisition in the six months to 31 March.',
      'completed',
      '2024-10 month occurred',
    ],
  ]);
});

describe("a fixture list's weekday lies ahead; a timeline's lies behind", () => {
  check([
    ['2025-06-04', 'Fixtures. || Sunday: Harlow Town play Dunmore Rovers.', 'Harlow', '2025-06-08 day scheduled'],
    [
      '2025-06-04',
      'Coming up. || Saturday: Kestrel Bay face Marlow Springs at home.',
      'Kestrel',
      '2025-06-07 day scheduled',
    ],
    [
      '2025-06-04',
      "This week's fixtures. || Saturday — Kestrel Bay host Marlow Springs.",
      'Kestrel',
      '2025-06-07 day scheduled',
    ],
    [
      '2025-06-04',
      'How the crisis unfolded. || Sunday: Rebels seized the airport.',
      'seized',
      '2025-06-01 day occurred',
    ],
    [
      '2025-06-04',
      'How the crisis unfolded. || Sunday: Rebels seized the airport. || Monday: The army retakes the airport.',
      'retakes',
      '2025-06-02 day occurred',
    ],
  ]);
});

describe('a launch scrubbed is called off', () => {
  check([
    ['2025-06-04', 'The launch, which had been set for June 12, was scrubbed.', 'launch', '2025-06-12 day cancelled'],
    ['2025-06-04', 'The June 12 launch has been scrubbed.', 'launch', '2025-06-12 day cancelled'],
  ]);
});

describe('a weekday ahead of a present that tells a plan', () => {
  check([
    // What an order or an invitation asks for lies ahead of it.
    [
      '2025-06-04',
      'He has been summoned to appear before the committee on Tuesday.',
      'appear',
      '2025-06-10 day scheduled',
    ],
    ['2025-06-04', 'He has been ordered to appear in court on Monday.', 'appear', '2025-06-09 day scheduled'],
    // A timetable told in the present, by a plural subject too.
    ['2025-06-04', 'The festival gets under way on Friday.', 'festival', '2025-06-06 day scheduled'],
    ['2025-06-04', 'Ministers gather in Brussels on Friday for the summit.', 'gather', '2025-06-06 day scheduled'],
    ['2025-06-04', 'The talks kick off in Geneva on Monday.', 'talks', '2025-06-09 day scheduled'],
  ]);
  describe('but not', () => {
    check([
      ['2025-06-04', 'Ministers gathered in Brussels on Friday for the summit.', 'gathered', '2025-05-30 day occurred'],
      // A verb whose past is the same word.
      ['2025-06-04', 'Voters cast their ballots on Sunday.', 'ballots', '2025-06-01 day occurred'],
      ['2025-06-04', 'Investors cut their bets on Monday.', 'cut', '2025-06-02 day occurred'],
      ['2025-06-04', 'Police shut the bridge on Monday.', 'shut', '2025-06-02 day occurred'],
    ]);
  });
});

describe('a cleft that puts the date first, as translated copy does', () => {
  check([
    [
      '2025-06-04',
      'It is on Monday evening that the decree was signed by the head of state.',
      'signed',
      '2025-06-02 day occurred',
    ],
    [
      '2025-06-04',
      'It was on Tuesday that the minister announced his resignation.',
      'announced',
      '2025-06-03 day occurred',
    ],
    ['2025-06-04', 'It was not until Tuesday that police arrested the suspect.', 'arrested', '2025-06-03 day occurred'],
  ]);
});

describe('a year the figures or the plan are for is not the day of the act that tells them', () => {
  check([
    ['2025-01-31', 'The company reported a record profit for 2024 on Thursday.', 'reported', '2025-01-30 day occurred'],
    ['2025-01-31', 'The council approved its budget for 2025 on Tuesday.', 'approved', '2025-01-28 day occurred'],
    // A plan's year is its time.
    ['2025-01-31', 'The election, scheduled for 2026, will decide the matter.', 'election', '2026 year scheduled'],
  ]);
});

describe("a weekday's happening named by its possessive, told in the present, lies ahead", () => {
  check([
    ['2025-06-04', "Friday's vote is seen as a test of Dunn's authority.", 'vote', '2025-06-06 day scheduled'],
    ['2025-06-04', "Dunn is campaigning hard before Sunday's election.", 'election', '2025-06-08 day scheduled'],
    ['2025-06-04', "Dunn faces Friday's confidence vote with little support.", 'vote', '2025-06-06 day scheduled'],
  ]);
  describe('but not in the past', () => {
    check([
      ['2025-06-04', "Friday's vote was seen as a test of Dunn's authority.", 'vote', '2025-05-30 day occurred'],
      ['2025-06-04', "Dunn survived Friday's confidence vote.", 'vote', '2025-05-30 day occurred'],
    ]);
  });
});
