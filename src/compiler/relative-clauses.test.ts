import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/** The events read from one invented sentence (dateline Wednesday 2025-06-04): kind, date and actors. */
function eventsOf(sentence: string): string[] {
  const { list } = compileArticles([{ file: 'invented.txt', text: ` date 2025-06-04 ${sentence}` }]);
  return list.events
    .filter((event) => event.kind !== 'quote')
    .map((event) => `${event.kind} ${event.date.start ?? '-'} ${event.actors.join(',')}`);
}

/**
 * A parenthetical relative clause after the subject: the main verb after its closing comma is
 * the subject's, dated by its own clause, never by the relative clause's date.
 */
const MAIN_VERB_AFTER_RELATIVE: readonly [string, string][] = [
  ['Anna Grieg, who founded the company in 1961, retired on Saturday.', 'other 2025-05-31 anna-grieg'],
  ['Anna Grieg, who founded the company, retired on Saturday.', 'other 2025-05-31 anna-grieg'],
  ['Anna Grieg, who founded the company in 1961, resigned on Saturday.', 'other 2025-05-31 anna-grieg'],
  ['Erik Lind, who has run the firm since 2019, resigned on Tuesday.', 'other 2025-06-03 erik-lind'],
  ['Tomas Vell, who was arrested in 2019, was released on Thursday.', 'other 2025-05-29 tomas-vell'],
  ['Tomas Vell, who was arrested last year, was released on Thursday.', 'other 2025-05-29 tomas-vell'],
  ['Paulo Serra, whose party won the 2022 election, was arrested on Friday.', 'conflict 2025-05-30 paulo-serra'],
  ['Kofi Adjei, who was elected in 2020, died on Sunday.', 'other 2025-06-01 kofi-adjei'],
  ['Ines Moura, who joined the board in March, was appointed chair on Monday.', 'other 2025-06-02 ines-moura'],
  ['Mara Osk, who visited Oslo in May, traveled to Paris on Monday.', 'travel 2025-06-02 mara-osk'],
  [
    'Lena Brandt, 61, who led the agency from 2015 to 2021, was charged with fraud on Tuesday.',
    'other 2025-06-03 lena-brandt',
  ],
  [
    'Juno Halvorsen, who won gold in 2016, announced her retirement on Friday.',
    'announcement 2025-05-30 juno-halvorsen',
  ],
  ['Sami Okafor, who was sacked in 2023, sued the club on Thursday.', 'other 2025-05-29 sami-okafor'],
  ['Rita Vasquez, who moved to Lisbon in 2010, was detained on Monday.', 'conflict 2025-06-02 rita-vasquez'],
  ['Omar Haddad, who resigned in January, was arrested on Saturday.', 'conflict 2025-05-31 omar-haddad'],
  ['Anna Grieg, who is 84, retired on Saturday.', 'other 2025-05-31 anna-grieg'],
  ['Norvik Steel, which was founded in 1921, filed for bankruptcy on Wednesday.', 'other 2025-06-04 norvik-steel'],
];

/** The same after a name's dated apposition: "Vell, a former minister jailed in 2019, ...". */
const MAIN_VERB_AFTER_APPOSITION: readonly [string, string][] = [
  ['Tomas Vell, a former minister jailed in 2019, was released on Thursday.', 'other 2025-05-29 tomas-vell'],
  ['Rita Vasquez, the mayor elected in 2018, visited Paris on Monday.', 'travel 2025-06-02 rita-vasquez'],
];

/** The relative clause holds the only event verb: the main predicate is a state, no event. */
const STATE_AFTER_RELATIVE: readonly string[] = [
  'Anna Grieg, who founded the company in 1961, is 84.',
  'Norvik Steel, which was founded in 1921, employs 4,000 people.',
  'Kofi Adjei, who was elected in 2020, remains popular.',
  'Tomas Vell, who was arrested in 2019, has denied the charges.',
  'Rita Vasquez, the mayor elected in 2018, is 61.',
];

describe('a main verb after a parenthetical relative clause', () => {
  it.each(MAIN_VERB_AFTER_RELATIVE)('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toContain(expected);
  });

  it.each(MAIN_VERB_AFTER_APPOSITION)('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toContain(expected);
  });

  it.each(STATE_AFTER_RELATIVE)('%s tells no event of its own', (sentence) => {
    // Only the relative clause's own past (before 2025) may be read; nothing on the dateline's days.
    expect(eventsOf(sentence).filter((event) => event.split(' ')[1]?.startsWith('2025'))).toEqual([]);
  });
});

/**
 * What a person did, told with its own year in a relative clause of a sentence that goes on to
 * tell news of them, is a happening of its own (and the news keeps its own date): also when the
 * relative clause sits inside an apposition ("the soprano who sang ...").
 */
const DEED_IN_RELATIVE: readonly [string, string[]][] = [
  [
    'Marguerite Oyelaran, the soprano who sang at the reopening of the opera house in 1999, died on Tuesday.',
    ['other 1999 marguerite-oyelaran', 'other 2025-06-03 marguerite-oyelaran'],
  ],
  [
    'Rina Holt, the skier who won gold in 2016, announced her retirement on Friday.',
    ['other 2016 rina-holt', 'announcement 2025-05-30 rina-holt'],
  ],
  [
    'Chief Adewale Ogunsanya, who contested the governorship ticket in 2022, defected on Tuesday.',
    ['other 2022 adewale-ogunsanya', 'other 2025-06-03 adewale-ogunsanya'],
  ],
  [
    'Governor Aleš Pokorný, the economist who has led the bank since 2022, is due to meet the budget committee next Tuesday.',
    ['meeting 2025-06-10 ales-pokorny'],
  ],
];

describe('a dated deed in a relative clause', () => {
  it.each(DEED_IN_RELATIVE)('%s', (sentence, expected) => {
    expect(eventsOf(sentence)).toEqual(expect.arrayContaining(expected));
  });
  it('stays background in a profile whose main verb is a state', () => {
    expect(eventsOf('Ilse Frehner, who married her college sweetheart in 2001, lives in Zug.')).toEqual([]);
  });
});
