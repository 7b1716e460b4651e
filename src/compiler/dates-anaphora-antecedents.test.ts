import { describe, expect, it } from 'vitest';
import { lastSentenceDates } from './event-lines.ts';

/**
 * What an anaphor of time ("two days later", "the day after the crash", "in the afternoon") counts
 * from, on articles invented for this test (invented people and places). Each row: dateline,
 * article (paragraphs split by `||`), words of its last sentence, and the dates of the events that
 * sentence tells as `lastSentenceDates` gives them (`~`: approximate). Datelines: Sat 2026-05-23,
 * Fri 2025-10-10.
 */
type Row = readonly [published: string, article: string, evidence: string, dates: readonly string[]];

function expectRows(rows: readonly Row[]): void {
  it.each(rows)('%s: %s', (published, article, evidence, dates) => {
    expect(lastSentenceDates(published, article, evidence)).toEqual(dates);
  });
}

describe('an occasion named by its noun is dated by the sentence that told it, not by the event told last', () => {
  expectRows([
    [
      '2026-05-23',
      'On May 4, a freight train derailed near Brask. On May 9, the rail agency opened an inquiry. The day after the crash, Governor Ilse Varga visited the site.',
      'visited',
      ['2026-05-05'],
    ],
    [
      '2026-05-23',
      'On May 4, Treasurer Omar Lindqvist announced a new budget. Farmers blocked roads around Selm on May 12. Following the announcement, the central bank raised interest rates.',
      'raised',
      ['2026-05-04'],
    ],
    [
      '2025-10-10',
      'On Sept. 15, the Dorval assembly voted to raise the fuel levy. On Sept. 22, hauliers blocked the ring road. Two days after the vote, Premier Tove Halden met union leaders.',
      'met',
      ['2025-09-17'],
    ],
  ]);
});

describe('a past anaphor counts from the last event that happened, not from a plan told in between', () => {
  expectRows([
    [
      '2026-05-23',
      "On May 12, the harbour authority opened an inquiry into the spill. Minister Rita Castell will visit the port on May 30. A day later, the authority's chief engineer Paul Ekdahl resigned.",
      'resigned',
      ['2026-05-13'],
    ],
    // Told ahead, it still counts from the plan.
    [
      '2026-05-23',
      'On May 12, the harbour authority opened an inquiry into the spill. Minister Rita Castell will visit the port on May 30. A day later, she will meet the fishermen.',
      'meet',
      ['2026-05-31'],
    ],
  ]);
});

describe('a year said in passing of a noun is no antecedent, nor a relative clause on a point of reference', () => {
  expectRows([
    [
      '2026-05-23',
      'On May 12, the Harlow county council closed the Vesk bridge, built in 1911, after engineers found cracks. Two days later, Transport Minister Anneli Roos visited the bridge.',
      'visited',
      ['2026-05-14'],
    ],
    [
      '2026-05-23',
      'On May 2, the Tolva mill reopened, weeks after the fire that killed two workers in March. Three days later, its owner Greta Sandell announced new safety rules.',
      'announced',
      ['2026-05-05'],
    ],
  ]);
  // The closing itself keeps its own day, not the year of the aside.
  it('the main clause keeps its own day', () => {
    expect(
      lastSentenceDates(
        '2026-05-23',
        'On May 12, the Harlow county council closed the Vesk bridge, built in 1911, after engineers found cracks.',
        'closed',
      ),
    ).toContain('2026-05-12');
  });
});

describe('parts of a day and weekends go on from the day of the event told before', () => {
  expectRows([
    [
      '2026-05-23',
      'On Monday, Mayor Joan Pirelli met transit workers at city hall. In the afternoon, she announced a new fare plan.',
      'announced',
      ['2026-05-18'],
    ],
    [
      '2026-05-23',
      'On Tuesday, Prime Minister Aron Blix arrived in Tallmark. The following afternoon, he met Chancellor Eda Wroth.',
      'met',
      ['2026-05-20'],
    ],
    [
      '2026-05-23',
      'On Thursday, the Orsk city council approved a new budget. The previous weekend, Mayor Joan Pirelli met residents in Lenby.',
      'met',
      ['2026-05-16..2026-05-17'],
    ],
    [
      '2025-10-10',
      'On Tuesday, the Orsk city council approved a new budget. The following weekend, Mayor Joan Pirelli met residents in Lenby.',
      'met',
      ['2025-10-11..2025-10-12'],
    ],
  ]);
});

describe('counts up to twenty, and shifts with no count are approximate', () => {
  expectRows([
    [
      '2026-05-23',
      'On May 2, a fire destroyed the Kessel paper mill. Seventeen days later, its owner Greta Sandell announced new safety rules.',
      'announced',
      ['2026-05-19'],
    ],
    [
      '2026-05-23',
      'On May 2, a fire destroyed the Kessel paper mill. Days later, its owner Greta Sandell announced new safety rules.',
      'announced',
      ['2026-05-05 ~'],
    ],
    [
      '2026-05-23',
      'On May 2, a fire destroyed the Kessel paper mill. Several days later, its owner Greta Sandell announced new safety rules.',
      'announced',
      ['2026-05-05 ~'],
    ],
  ]);
});

describe('a step on from a month or a year keeps its precision, approximately, and invents no day', () => {
  expectRows([
    [
      '2026-05-23',
      'In March, the Velmar council voted to close the Ashby library. The next day, Mayor Dana Oyelaran announced a review.',
      'announced',
      ['2026-03 month ~'],
    ],
    [
      '2026-05-23',
      'In March, the Velmar council voted to close the Ashby library. Following the vote, Mayor Dana Oyelaran announced a review.',
      'announced',
      ['2026-03 month ~'],
    ],
    [
      '2026-05-23',
      'In 2024, the Velmar council voted to close the Ashby library. Two weeks later, Mayor Dana Oyelaran announced a review.',
      'announced',
      ['2024 year ~'],
    ],
  ]);
});

describe("a live blog's entry dates what it tells by a time of day on the entry's day", () => {
  expectRows([
    [
      '2026-05-24',
      '21:10 — With half of the votes counted, the Farmers\' Party leads with 30%.||21:40 — Advance voting, which ran from May 10 to May 16, drew a record turnout.||22:20 — Premier Anton Brisk phoned Eva Lundmark to concede shortly before 10pm, a party spokesman said. In a post on X minutes later, the premier wrote: "I congratulate Eva Lundmark."',
      'minutes later',
      ['2026-05-24'],
    ],
    [
      '2026-05-24',
      '10:20 — Riot police sealed off the Torvet square at 10:05, a spokesman said. Minutes later, Interior Minister Paul Vessel arrived at the scene.',
      'arrived',
      ['2026-05-24'],
    ],
  ]);
});

describe('a clause of reference trailing the main clause is no antecedent', () => {
  expectRows([
    [
      '2026-05-23',
      'Finance Minister Nadia Ferro resigned on Thursday, a week after parliament rejected her budget on May 14. The next day, Prime Minister Odd Lukas named a successor.',
      'named',
      ['2026-05-22'],
    ],
    [
      '2026-05-23',
      'The dock strike began on May 4 after talks with the Ostra port authority collapsed on April 30. A week later, the authority made a new offer.',
      'offer',
      ['2026-05-11'],
    ],
    [
      '2026-05-23',
      'Finance Minister Nadia Ferro resigned on Thursday, her first defeat since the party lost the election in 2019. The next day, Prime Minister Odd Lukas named a successor.',
      'named',
      ['2026-05-22'],
    ],
  ]);
});

describe('parts of the week told before, and days of a stretch told before', () => {
  expectRows([
    [
      '2026-05-23',
      'On Thursday, May 14, the Brenne council approved a new budget. Later that week, Mayor Ines Kowal met union leaders.',
      'met',
      ['2026-05-15..2026-05-17 ~'],
    ],
    [
      '2026-05-23',
      'On Thursday, May 14, the Brenne council approved a new budget. Earlier that week, Mayor Ines Kowal met union leaders.',
      'met',
      ['2026-05-11..2026-05-13 ~'],
    ],
    [
      '2026-05-23',
      'The Lauter book fair ran from May 1 to May 10. On the final day, Mayor Ines Kowal announced a new venue.',
      'announced',
      ['2026-05-10'],
    ],
    [
      '2026-05-23',
      'The Lauter book fair ran from May 1 to May 10. On the second day, Mayor Ines Kowal met publishers.',
      'met',
      ['2026-05-02'],
    ],
  ]);
});
