import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Happenings of kind `other` told beside the sentence's main news: in a relative clause, an aside or a
 * gerund, each with a date of its own. Invented sentences, dateline Wednesday 2025-06-04.
 */

/**
 * What the antecedent of "who" or "which" did, with its own month or year, in a sentence whose main
 * clause goes on in the past (also denied: "did not reply"): a happening of its own.
 */
const DEED_BEFORE_PAST_MAIN_CLAUSE: readonly [string, string][] = [
  ['Maren Holt, who retired in March, did not respond to messages.', 'other 2025-03 occurred [Maren Holt]'],
  [
    'Brask Holdings, which sold its last Danish factory in 2021, declined to comment.',
    'other 2021 occurred [Brask Holdings]',
  ],
  [
    'Pellham Water, which lost its licence in 2019, has not commented on the findings.',
    'other 2019 occurred [Pellham Water]',
  ],
  [
    'Ondo Mining, which listed in London in 2019, said on Monday it would cut 200 jobs.',
    'other 2019 occurred [Ondo Mining]',
  ],
];

/** The same relative clause before a main clause of a state or a plan stays background. */
const DEED_BEFORE_STATE: readonly string[] = [
  'Brask Holdings, which sold its last Danish factory in 2021, is now based in Malmo.',
  'Maren Holt, who retired in March, lives in Oslo.',
  'The talks, which began in March, are expected to continue.',
  'The club, which was relegated in 2019, now plays in the fourth tier.',
  'The plant, which closed in 2009, is now a museum.',
  'Ada Lund, who died in 2019, is remembered as a pioneer.',
  'Kessel Mining, which collapsed in March, owes 40 million euros.',
];

describe('a dated deed in a relative clause before a main clause in the past', () => {
  it.each(DEED_BEFORE_PAST_MAIN_CLAUSE)('%s', (sentence, expected) => {
    expect(eventLines(sentence)).toContain(expected);
  });
  it.each(DEED_BEFORE_STATE)('%s stays background', (sentence) => {
    expect(eventLines(sentence)).toEqual([]);
  });
});

/**
 * A participle's aside after the subject that tells an event of its own ("founded in 1987") leaves
 * the subject's own verb after the aside to be read with its own date.
 */
const MAIN_VERB_AFTER_DATED_ASIDE: readonly [string, string[]][] = [
  [
    'The company, founded by Agnes Mbeki in 1987, was sold to Halvorsen Capital on Friday.',
    ['other 1987', 'other 2025-05-30'],
  ],
  [
    'The brewery, founded by Ivo Carr in 1874, was bought by Carrow Drinks on Monday.',
    ['other 1874', 'other 2025-06-02'],
  ],
];

describe('the main verb after an aside that tells an event', () => {
  it.each(MAIN_VERB_AFTER_DATED_ASIDE)('%s', (sentence, expected) => {
    const dated = eventLines(sentence).map((line) => line.split(' ').slice(0, 2).join(' '));
    expect(dated).toEqual(expect.arrayContaining(expected));
  });
});

/**
 * A gerund after "after", "before", "since" or "following" is a happening of the main clause's subject
 * when its own phrase holds a date ("before joining Kessling in January") or a shift names it ("two
 * weeks after winning": two weeks before the main clause's day).
 */
const GERUND_OF_TIME: readonly [string, string][] = [
  [
    'Ada Lund retired on Friday, two weeks after winning her third world title.',
    'other 2025-05-16 occurred [Ada Lund]',
  ],
  ['Abel Osei scored 19 goals last season before joining Kessling in January.', 'other 2025-01 occurred [Abel Osei]'],
  [
    'Halvorsen Capital made a profit of 2 million euros in 2023, before selling the unit in March.',
    'other 2025-03 occurred [Halvorsen Capital]',
  ],
  ['Police arrested Tom Vane on Monday, two days after fleeing the scene.', 'other 2025-05-31 occurred'],
];

/** Gerunds of a state or an activity, and gerunds with no date of their own, tell no dated happening. */
const NO_GERUND_EVENT: readonly [string, number][] = [
  ['Ada Lund retired on Friday after spending a decade at the top of the sport.', 1],
  ['Abel Osei joined Kessling in January after playing for Brackley.', 1],
  ['Ines Varro spoke for an hour before taking questions.', 0],
];

describe('a gerund of time with a date of its own', () => {
  it.each(GERUND_OF_TIME)('%s', (sentence, expected) => {
    expect(eventLines(sentence).some((line) => line.startsWith(expected))).toBe(true);
  });
  it.each(NO_GERUND_EVENT)('%s', (sentence, count) => {
    expect(eventLines(sentence)).toHaveLength(count);
  });
});

/**
 * Steps of a criminal case are happenings, not acts of policy: police or prosecutors charging
 * someone, a defendant cleared of charges, a prisoner released in a given year. A regulator's charge
 * and an authority's release of money stay policy.
 */
const CASE_STEPS: readonly [string, string][] = [
  ['Police charged Dean Holloway with fraud on Monday.', 'other 2025-06-02'],
  ['Dean Holloway was cleared of all charges on Friday.', 'other 2025-05-30'],
  ['Mark Hartley was convicted of manslaughter in 2015 and released in 2021.', 'other 2021'],
];
const AUTHORITY_ACTS: readonly [string, string][] = [
  ['The regulator charged Meridian Bank with breaching capital rules on Monday.', 'policy 2025-06-02'],
  ['The government released $40 million in flood aid on Monday.', 'policy 2025-06-02'],
];

describe('a step of a criminal case', () => {
  it.each(CASE_STEPS)('%s', (sentence, expected) => {
    expect(eventLines(sentence).map((line) => line.split(' ').slice(0, 2).join(' '))).toContain(expected);
  });
  it.each(AUTHORITY_ACTS)('stays policy: %s', (sentence, expected) => {
    expect(eventLines(sentence).map((line) => line.split(' ').slice(0, 2).join(' '))).toContain(expected);
  });
});

/**
 * A list of the subject's verbs, each with its own date, gives one event per verb, with the
 * subject: also after a comma with no "and", and after a fronted participle's phrase.
 */
const LISTED_VERBS: readonly [string, string][] = [
  [
    'Gunnar Moe joined the BBC in 1971, became its chief foreign correspondent in 1980 and retired in 2004.',
    'other 1980 occurred [Gunnar Moe',
  ],
  [
    'Tom Vane was arrested on Monday, charged on Tuesday and appeared in court on Wednesday.',
    'other 2025-06-03 occurred [Tom Vane]',
  ],
  [
    'Born in Kessling in 1941, Mirela Tansy joined the Evening Post in 1962 and became its first female editor in 1979.',
    'other 1962 occurred [Mirela Tansy',
  ],
  ['Carrow Foods floated on the stock exchange in 2014.', 'other 2014 occurred'],
];

describe('a dated verb in a list of verbs', () => {
  it.each(LISTED_VERBS)('%s', (sentence, expected) => {
    expect(eventLines(sentence).some((line) => line.startsWith(expected))).toBe(true);
  });
  it('an idea floated is no listing', () => {
    expect(eventLines('The minister floated the idea in March.')).toEqual([]);
  });
});

/**
 * A deed reported in the pluperfect by a dated saying is news of that day, also with no one named
 * ("Officials said on Monday that a second child had died"); so are a sentence passed, a mine
 * flooded and a crime told by its victim.
 */
const REPORTED_DEEDS: readonly [string, string][] = [
  ['Health officials said on Monday that a second child had died of measles.', 'other 2025-06-02'],
  ['The ministry said on Monday that the bridge had collapsed overnight.', 'other 2025-06-02'],
  ['State media reported on Tuesday that the former minister had been sentenced to 12 years.', 'other 2025-06-03'],
  ['Officials confirmed on Monday that the mine had flooded.', 'other 2025-06-02'],
  ['Police said on Monday that a teenager had been stabbed outside the station.', 'other 2025-06-02'],
  ['Dean Holloway has been sentenced to six years.', 'other 2025-06-04'],
];

describe('a deed reported by a dated saying', () => {
  it.each(REPORTED_DEEDS)('%s', (sentence, expected) => {
    expect(eventLines(sentence).map((line) => line.split(' ').slice(0, 2).join(' '))).toContain(expected);
  });
  it('a plan or a prediction reported is no deed', () => {
    expect(
      eventLines('Health officials said on Monday that more children would die of measles.').filter((line) =>
        line.startsWith('other'),
      ),
    ).toEqual([]);
  });
  it('a market flooded with goods is no flood', () => {
    expect(eventLines('Cheap steel has flooded the market.')).toEqual([]);
  });
});

/**
 * A happening in an aside is told again only when an earlier sentence told one of its kind on the
 * same day: a year or a month holds many ("Brask, which sold its factory in 2023" retells nothing
 * because another company opened a plant in 2023).
 */
describe('a dated deed in an aside after another of the same year', () => {
  it('is an event of its own', () => {
    const lines = eventLines(
      'Tomsk Motors opened a plant in Oxley in 2023.\n\nBrask Holdings, which sold its last Danish factory in 2023, declined to comment.',
    );
    expect(lines).toContain('other 2023 occurred [Brask Holdings]');
  });
});
