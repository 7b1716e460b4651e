import { describe, expect, it } from 'vitest';
import { eventLines, eventSummaries } from './event-lines.ts';
import { frontedPlan } from './fronted-plans.ts';

/**
 * Invented sentences (dateline Wednesday 2025-06-04) whose subject is a role, a body by its common
 * noun or a party counted, not a name, or whose plan is told before its attribution: what a reader
 * sees on the timeline, and what must stay off it.
 */
describe('a plan told before its attribution is an announcement of the plan’s subject', () => {
  it.each([
    [
      'Halden Motors will cut 400 jobs at its Coldridge plant, the company said on Thursday.',
      'announcement 2025-05-29 occurred [Halden Motors]',
    ],
    [
      'Brantwell Energy plans to build a wind farm off Skerry Head, it said on Monday.',
      'announcement 2025-06-02 occurred [Brantwell Energy]',
    ],
    [
      'Westray Lines intends to sell its two oldest ferries, the company confirmed on Tuesday.',
      'announcement 2025-06-03 occurred [Westray Lines]',
    ],
    [
      'Halden Motors will cut 400 jobs, chief executive Nadia Frost said on Thursday.',
      'announcement 2025-05-29 occurred [Halden Motors, Nadia Frost]',
    ],
  ])('%s', (sentence, line) => {
    expect(eventLines(sentence)).toEqual([line]);
  });

  it.each([
    // Another body's claim, a negation, a state, a forecast of a thing.
    'Halden Motors will cut 400 jobs, the Unite union said on Thursday.',
    'Halden Motors will not cut jobs, the company said on Thursday.',
    'Halden Motors will be a stronger company, the company said on Thursday.',
    'The economy will shrink by 2% this year, the central bank said on Thursday.',
  ])('no announcement: %s', (sentence) => {
    expect(eventSummaries(sentence).filter((line) => line.startsWith('announcement'))).toEqual([]);
  });

  it('finds the shape only with the attribution closing the sentence after the plan', () => {
    expect(frontedPlan('Orlen will sell the unit, it said.')?.plan).toEqual({ start: 6, end: 15 });
    expect(frontedPlan('Orlen said it will sell the unit.')).toBeUndefined();
    expect(frontedPlan('If talks fail, Orlen will sell the unit, it said.')).toBeUndefined();
  });
});

describe('a body or an office by its common noun speaks as news on a day the text gives', () => {
  it.each([
    ['Investigators said Friday that the fire was human-caused.', ['statement 2025-05-30 occurred']],
    ['The minister said on Tuesday that the government would not resign.', ['statement 2025-06-03 occurred']],
    ['A police spokesman said on Sunday the fire was not suspicious.', ['statement 2025-06-01 occurred']],
    // The speaker's own body's plan is an announcement (and the plan, dated, its own act).
    [
      'The minister told a news conference on Friday that the government would cap rents from March 1.',
      ['announcement 2025-05-30 occurred', 'policy 2026-03-01 scheduled'],
    ],
  ])('%s', (sentence, lines) => {
    expect(eventSummaries(sentence)).toEqual(lines);
  });

  it.each([
    // No day of its own: a source, not news.
    'The mayor said that the town would rebuild the pier.',
    // A person who is no office.
    'A man said on Monday that he had seen the car.',
  ])('no statement: %s', (sentence) => {
    expect(eventSummaries(sentence)).toEqual([]);
  });
});

describe('people on the move named by role or counted, in the plural too', () => {
  it.each([
    ['The delegations arrived in Geneva on Monday.', ['travel 2025-06-02 occurred']],
    ['Both delegations left Geneva on Tuesday.', ['travel 2025-06-03 occurred']],
    ['Rescue teams arrived on Sunday morning.', ['travel 2025-06-01 occurred']],
    ['The envoys returned to their capitals on Wednesday.', ['travel 2025-06-04 occurred']],
  ])('%s', (sentence, lines) => {
    expect(eventSummaries(sentence)).toEqual(lines);
  });

  it.each(['The storm arrived on Sunday.', 'The shipment arrived late on Monday.'])('no trip: %s', (sentence) => {
    expect(eventSummaries(sentence).filter((line) => line.startsWith('travel'))).toEqual([]);
  });
});

describe('happenings dated by their own clause, also by an anaphor', () => {
  it.each([
    ['The scandal came to light in March.', ['other 2025-03 occurred']],
    ['The fighting came to an end on Sunday.', ['other 2025-06-01 occurred']],
    ['The minister came to Paris on Monday.', ['travel 2025-06-02 occurred']],
    ['Researchers published the findings in Nature on Wednesday.', ['announcement 2025-06-04 occurred']],
    ['The gallery unveiled a portrait of the founder on Tuesday.', ['other 2025-06-03 occurred']],
  ])('%s', (sentence, lines) => {
    expect(eventSummaries(sentence)).toEqual(lines);
  });

  it('reads "conceded" with no object and no reported clause as conceding a contest', () => {
    expect(eventLines('Dale Mercer conceded on Dec. 12.')).toEqual(['other 2024-12-12 occurred [Dale Mercer]']);
    expect(eventSummaries('Dale Mercer conceded on Monday that mistakes had been made.')).toEqual([]);
    expect(eventSummaries('The minister conceded the point on Tuesday.')).toEqual([]);
  });

  it('dates a happening by "hours later", "later that day", "that evening"', () => {
    expect(
      eventLines('A storm hit the south coast on Saturday. Hours later, two fishing boats sank in the harbour.'),
    ).toEqual(['other 2025-05-31 occurred []', 'other 2025-05-31 occurred []']);
    expect(eventLines('The forest was closed on Friday. Crews from Idaho arrived that evening.')).toEqual([
      'other 2025-05-30 occurred []',
      'travel 2025-05-30 occurred []',
    ]);
  });

  it.each([
    // A state come about, a participle between commas, weather that arrives.
    ['The fire spread overnight on Friday. The next morning, the scale of the loss became clear.', 1],
    [
      'The board met on Nov. 18. It was a snub that executives mention, unprompted, within minutes of any talk about her.',
      1,
    ],
    ['The storm hit on Friday. The rain arrived that evening.', 1],
  ])('no more than the first sentence gives: %s', (text, count) => {
    expect(eventLines(text)).toHaveLength(count);
  });
});

describe('a clock time that opens the sentence goes on through the day of the event told before', () => {
  it.each([
    [
      'The fire crossed the ridge on Friday morning. At about 2 p.m., a firefighter was taken to hospital with burns.',
      ['other 2025-05-30 occurred []', 'other 2025-05-30 occurred []'],
    ],
    [
      "The fire broke out on Thursday. At 3:30 p.m., the sheriff's office issued an evacuation order for Pine Hollow.",
      ['other 2025-05-29 occurred []', 'policy 2025-05-29 occurred []'],
    ],
    [
      'The fire broke out on Thursday. Around midnight, crews from Idaho arrived.',
      ['other 2025-05-29 occurred []', 'travel 2025-05-29 occurred []'],
    ],
    // "By 6 p.m." tells a state reached by then; a clock time inside the sentence is no opener.
    [
      'The fire broke out on Thursday. By 6 p.m., the fire had spread across 1,200 acres.',
      ['other 2025-05-29 occurred []'],
    ],
    [
      'The fire broke out on Thursday. Crews reached the town at 9 p.m., officials said.',
      ['other 2025-05-29 occurred []'],
    ],
  ])('%s', (text, lines) => {
    expect(eventLines(text)).toEqual(lines);
  });
});

describe('dated happenings the clause reader let go', () => {
  it.each([
    // A reaction to the news just told is of that day, not a trend over a period.
    [
      'The central bank cut rates on Thursday. The leu firmed 0.3% to 4.97 per euro after the announcement.',
      ['policy 2025-05-29 occurred [central bank]', 'other 2025-05-29 occurred []'],
    ],
    // A planned change from a day on is dated by that day.
    ['Fares will rise by 5% from April 1.', ['other 2026-04-01 scheduled []']],
    // What will be announced, and by whom the sentence says.
    ['The winners will be announced on Friday.', ['announcement 2025-06-06 scheduled []']],
    [
      'The Czech National Bank held rates on Thursday. The next rate decision will be announced on February 4, the bank said.',
      ['policy 2025-05-29 occurred [Czech National Bank]', 'announcement 2026-02-04 scheduled [Czech National Bank]'],
    ],
    // A body that decides by vote, deciding.
    ['Councillors rejected the plan on Tuesday.', ['policy 2025-06-03 occurred []']],
    ['The committee backed the proposal on Monday.', ['policy 2025-06-02 occurred []']],
  ])('%s', (text, lines) => {
    expect(eventLines(text)).toEqual(lines);
  });

  it.each(['Exports fell 4% in March.', 'Prices will rise from 2026.', 'Analysts rejected the idea on Monday.'])(
    'no event: %s',
    (text) => {
      expect(eventLines(text)).toEqual([]);
    },
  );
});
