import { describe, expect, it } from 'vitest';
import { eventSummaries } from './event-lines.ts';

/**
 * A past verb and its date, then "and was" and a second verb ("Dunn resigned in March and was
 * replaced by Clara Holt", "The plant closed in 2009 and was demolished in 2014"): the first verb is
 * a finite verb of its own, not a participle before the sentence's main verb ("The treaty signed in
 * 1994 set the border"), and a second date after "and was" dates the second verb, as it does after
 * "and" alone. Every sentence is invented; the dateline is Wednesday 2025-06-04.
 */

/** [events expected, sorted; sentence]. */
const FINITE_BEFORE_AND_WAS: readonly [string[], string][] = [
  [['other 2025-03 occurred'], 'Dunn resigned in March and was replaced by Clara Holt.'],
  [['other 2025-01 occurred'], 'Ferreira stepped down in January and was succeeded by his deputy, Rui Lobo.'],
  [['travel 2025-03 occurred'], 'Prime Minister Ida Laine arrived in Oslo in March and was greeted by King Harald.'],
  [['meeting 2025-04 occurred'], 'Berg met Laine in April and was praised for her candour.'],
];

const DATED_PASSIVE_CONJUNCTS: readonly [string[], string][] = [
  [['other 2009 occurred', 'other 2014 occurred'], 'The plant closed in 2009 and was demolished in 2014.'],
  [['conflict 2025-03 occurred', 'other 2025-05 occurred'], 'Lind was arrested in March and was charged in May.'],
  [['other 1998 occurred', 'other 2015 occurred'], 'Kapoor joined the bank in 1998 and was named chairman in 2015.'],
  [['other 1890 occurred', 'other 2004 occurred'], 'The mill was built in 1890 and was converted into flats in 2004.'],
  [['other 2019 occurred', 'other 2021 occurred'], 'Ruiz joined Rovers in 2019 and was loaned to Dunmore in 2021.'],
  [
    ['policy 2025-05 occurred', 'policy 2025-06 occurred'],
    'The bill was tabled in May and was passed by the senate in June.',
  ],
];

/** A participle before the sentence's own verb: its year or month is background, no event. */
const REDUCED_RELATIVES: readonly string[] = [
  'The treaty signed in 1994 set the border.',
  'The law, passed in 2019, requires every landlord to register.',
  'The treaty signed in 1994 and ratified in 1996 was torn up.',
];

describe('a dated past verb, then "and was" and another verb', () => {
  it.each(FINITE_BEFORE_AND_WAS)('%j <- %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
  it.each(DATED_PASSIVE_CONJUNCTS)('%j <- %s', (expected, sentence) => {
    expect(eventSummaries(sentence)).toEqual(expected);
  });
  it.each(REDUCED_RELATIVES)('no event <- %s', (sentence) => {
    expect(eventSummaries(sentence)).toEqual([]);
  });
});
