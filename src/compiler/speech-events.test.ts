import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

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
