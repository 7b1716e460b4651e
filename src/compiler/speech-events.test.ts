import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { eventLines } from './event-lines.ts';

/**
 * Speech that is itself an event: quotations whose speaker stands before a relative clause, and
 * indirect speech read as an announcement or a statement. Every sentence is invented; the dateline
 * is Wednesday 2025-06-04, so "Tuesday" is 2025-06-03.
 */
function quotesOf(text: string): string[] {
  const { list } = compileArticles([
    { file: 'invented.txt', text: ` date 2025-06-04 ${text.split('||').join('\n\n')}` },
  ]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return list.events
    .filter((event) => event.kind === 'quote')
    .map((event) => `${event.date.start} ${names.get(event.quote?.speaker ?? '') ?? '?'}: ${event.quote?.text ?? ''}`);
}

/**
 * A relative clause between the speaker and the speech verb ("X, which ..., said") is an aside:
 * the speaker stands before it, whatever it holds (a figure's thousands comma, a title in quotes),
 * and its dates are not the day the words were said.
 */
const ACROSS_A_RELATIVE: readonly [string, string][] = [
  [
    '2025-06-03 Harlow Tenants Association: appalled.',
    'The Harlow Tenants Association, which spent $12,500 on legal fees last year, said Tuesday it was “appalled.”',
  ],
  [
    '2025-06-02 Kellin Port Authority: an act of sabotage',
    'The Kellin Port Authority, whose cranes the strikers occupied last month, called the blockade "an act of sabotage" on Monday.',
  ],
  [
    '2025-06-02 Petra Lindqvist: a gift to censors.',
    'Petra Lindqvist lost her appeal on Monday.||Lindqvist, whose memoir "Cold Harbour" sold 80,000 copies in 2019, wrote on Facebook on Monday that the ruling was "a gift to censors."',
  ],
  [
    '2025-06-03 Amara Eze: better than we dared hope',
    'Dr Amara Eze, who led the trial at three hospitals in 2023, told reporters on Tuesday that the results were "better than we dared hope".',
  ],
  [
    '2025-05-30 Borvik Fishermen’s Cooperative: a death sentence for the fleet',
    'The Borvik Fishermen’s Cooperative, which lobbied against the quota for two years, on Friday called it “a death sentence for the fleet”.',
  ],
];

describe('a quotation whose speaker stands before a relative clause', () => {
  it.each(ACROSS_A_RELATIVE)('%s', (expected, text) => {
    expect(quotesOf(text)).toEqual([expected]);
  });
});

/** The events of an invented sentence as `kind start [actors]` (quotes left out). */
function toldIn(text: string): string[] {
  return eventLines(text).map((line) => line.replace(/ (?:occurred|scheduled|cancelled) /, ' '));
}

/**
 * Indirect speech whose words hold a happening's word but tell no event of their own (a forecast,
 * a view, a refusal told) is the news; when they do tell one (a happening on a day of its own), the
 * saying is its source. A name that heads its subject speaks whatever description follows it.
 */
const SAYING_OR_SOURCE: readonly [string[], string][] = [
  [
    ['statement 2025-06-04 [Ray Okafor]'],
    'Councillor Ray Okafor, one of the two no votes, said the ban would fall hardest on small landscaping firms.',
  ],
  [
    ['statement 2025-06-04 [Lena Ortiz]'],
    'Senator Lena Ortiz, who chairs the finance committee, said the cuts would hit rural schools first.',
  ],
  [['statement 2025-06-04 [Mara Voss]'], 'Opposition leader Mara Voss said the budget would collapse within a year.'],
  [
    ['statement 2025-06-04 [Tomas Berg]'],
    "Farmers' leader Tomas Berg said the drought would cut the harvest by a third.",
  ],
  [
    ['policy 2025-05-12 [Department for Transport]'],
    'Rail Minister Kofi Adeyemi, who gave evidence after the chief executive, told MPs the Department for Transport had issued Northline with a formal warning on May 12.',
  ],
  [['conflict 2025-06-02 []'], 'Police said the man was arrested on Monday.'],
];

describe('indirect speech: the news, or the source of a happening it tells', () => {
  it.each(SAYING_OR_SOURCE)('%s: %s', (expected, text) => {
    expect(toldIn(text)).toEqual(expected);
  });

  it('keeps a name given after a description as no speaker of news when undated', () => {
    expect(toldIn('Her brother, Nils Berg, said the fall would have killed anyone.')).toEqual([]);
  });
});

/**
 * Ruling something out is a statement, a refusal put on the record, and what is ruled out no
 * happening: no meeting, no election, no ruling.
 */
const RULED_OUT: readonly [string[], string][] = [
  [
    ['statement 2025-06-02 [Ana Ruiz]'],
    'Central bank governor Ana Ruiz ruled out on Monday that the board will hold an extraordinary session in July.',
  ],
  [['statement 2025-06-03 [Ivo Brandt]'], 'Finance Minister Ivo Brandt ruled out a snap election on Tuesday.'],
  [
    ['statement 2025-05-30 [Kellin Rovers]'],
    'Kellin Rovers ruled out the sale of their stadium to the developer on Friday.',
  ],
];

describe('what is ruled out', () => {
  it.each(RULED_OUT)('%s: %s', (expected, text) => {
    expect(toldIn(text)).toEqual(expected);
  });
});

/**
 * Announcement or statement, read from the reported words: a step the speaker's side takes told in
 * the passive, a future put on the record by "confirmed", a result of the speaker's own made public
 * are announcements; the same words from an outside voice (an economist, an analyst) a statement.
 */
const ANNOUNCED_OR_SAID: readonly [string[], string][] = [
  [
    ['announcement 2025-06-04 [Kestrel Airways]'],
    'Kestrel Airways said the Skylark brand would be retired by the end of next year.',
  ],
  [
    ['announcement 2025-06-02 [Maravia Transport Authority]'],
    'The Maravia Transport Authority said on Monday the paper tickets would be phased out.',
  ],
  [
    ['announcement 2025-06-01 [Ruan de Klerk]'],
    'Captain Ruan de Klerk confirmed on Sunday that fast bowler Lwazi Dube would miss the second Test.',
  ],
  [['announcement 2025-06-04 [Halden Bank]'], 'Halden Bank said it had cut 300 jobs.'],
  [
    ['announcement 2025-06-03 [Simu Holdings]'],
    'Simu Holdings said on Tuesday that its Ethiopian unit had broken even for the first time.',
  ],
  [
    ['statement 2025-06-04 [Lina Sarr]'],
    'Economist Lina Sarr said the Skylark brand would be retired by the end of next year.',
  ],
  [['statement 2025-06-04 [Mara Voss]'], 'Opposition leader Mara Voss said the plan would be rejected.'],
  [['statement 2025-06-04 [Halden Bank]'], 'Halden Bank said it had not been consulted.'],
];

describe('announcement or statement', () => {
  it.each(ANNOUNCED_OR_SAID)('%s: %s', (expected, text) => {
    expect(toldIn(text)).toEqual(expected);
  });
});
