import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Events that the readers lost, and the texts that must still tell nothing. Every sentence is
 * invented (people, places and bodies too), in the styles of wire copy, broadsheets, local papers,
 * court reports and business pages; the dateline is Wednesday 2025-06-04, so "on Tuesday" in the
 * past is 2025-06-03.
 */

/** [expected event line, text]: the line must be among the text's events. */
type Told = readonly [string, string];

function expectTold(table: readonly Told[]): void {
  it.each(table)('%s: %s', (expected, text) => {
    expect(eventLines(text)).toContain(expected);
  });
}

/** [unexpected kind, text]: no event of that kind. */
function expectNoKind(table: readonly (readonly [string, string])[]): void {
  it.each(table)('no %s: %s', (kind, text) => {
    expect(eventLines(text).filter((line) => line.startsWith(`${kind} `))).toEqual([]);
  });
}

describe('a call to someone, whatever follows the day', () => {
  expectTold([
    ['meeting 2025-06-02 occurred [Ana Ruiz, Pablo Soto]', 'Ana Ruiz called Pablo Soto on Monday to discuss the war.'],
    ['meeting 2025-06-02 occurred [Macron, Scholz]', 'Macron called Scholz on Monday to discuss the war.'],
    [
      'meeting 2025-06-02 occurred [Ana Ruiz, Pablo Soto]',
      'Ana Ruiz called her Chilean counterpart, Pablo Soto, on Monday to discuss the war.',
    ],
    ['meeting 2025-06-02 occurred [Ana Ruiz, Chile]', 'Ana Ruiz called the Chilean president on Monday.'],
    ['meeting 2025-06-02 occurred [Ana Ruiz, Pablo Soto]', 'Ana Ruiz rang Pablo Soto on Monday to congratulate him.'],
    ['meeting 2025-06-04 occurred [Ana Ruiz, Pablo Soto]', 'Ana Ruiz called Pablo Soto hours after the vote.'],
  ]);
  expectNoKind([
    ['meeting', 'Ana Ruiz called a snap election on Monday.'],
    ['meeting', 'Ana Ruiz called Pablo Soto a liar on Monday.'],
    ['meeting', 'The bell rang on Monday to mark the opening.'],
  ]);
});

describe('a body named by its common noun, an aside between it and its verb', () => {
  expectTold([
    ['announcement 2025-06-03 occurred []', 'The agency, led by Ana Ruiz, announced cuts on Tuesday.'],
    [
      'announcement 2025-06-03 occurred []',
      'The ministry, which oversees ports, said on Tuesday that it would close two terminals.',
    ],
    [
      'announcement 2025-06-02 occurred []',
      'The council, under pressure from residents, said on Monday it would reopen the library in July.',
    ],
    [
      'announcement 2025-06-03 occurred []',
      'The company, based in Oslo, announced on Tuesday that it would cut 300 jobs.',
    ],
    ['announcement 2025-06-02 occurred []', 'The union, which represents 4,000 drivers, announced a strike on Monday.'],
    [
      'statement 2025-06-03 occurred []',
      'The hospital, which treated the injured, said in a statement on Tuesday that the boy was stable.',
    ],
  ]);
  it('takes no subject from the aside', () => {
    expect(eventLines('Ana Ruiz, the finance minister, said on Tuesday she would resign in July.')).toContain(
      'announcement 2025-06-03 occurred [Ana Ruiz]',
    );
    expect(eventLines('Prices will rise, the report, published by the bank, announced.')).toEqual([]);
  });
});

describe('criticism turned away is a statement', () => {
  expectTold([
    [
      'statement 2025-06-03 occurred [Ana Ruiz]',
      'Ana Ruiz rejected the criticism on Tuesday, saying the plan was fair.',
    ],
    ['statement 2025-06-04 occurred [Ana Ruiz]', 'Ana Ruiz rejected the criticism, saying the plan was fair.'],
    ['statement 2025-06-03 occurred []', 'The minister on Tuesday rejected the criticism, saying the plan was fair.'],
    ['statement 2025-06-03 occurred []', 'The ministry rejected the allegations on Tuesday.'],
    ['statement 2025-06-03 occurred [Ana Ruiz]', 'Ana Ruiz dismissed the criticism on Tuesday.'],
    ['statement 2025-06-04 occurred [Ana Ruiz]', 'Ana Ruiz dismissed the allegations as politically motivated.'],
    ['statement 2025-06-03 occurred []', 'The minister welcomed the ruling on Tuesday.'],
    // A denial, as "denied the claims" is (event-detection.test.ts had it as no event).
    ['statement 2025-06-02 occurred [Ada Lindqvist]', 'Ada Lindqvist rejected the claims on Monday.'],
  ]);
  expectNoKind([
    ['statement', 'Ana Ruiz rejected the offer on Tuesday.'],
    ['statement', 'The judge dismissed the claims on Tuesday.'],
    ['statement', 'Halden Group dismissed the chief executive on Tuesday.'],
    ['statement', 'The minister rejected the criticism.'],
  ]);
});

describe('an arrest and a charge told by two verbs are two events', () => {
  expectTold([
    ['other 2025-06-04 occurred [Tomas Vidal]', 'Police arrested Tomas Vidal and charged him with fraud.'],
    ['other 2025-06-02 occurred [Tomas Vidal]', 'Police arrested Tomas Vidal on Monday and charged him with fraud.'],
    ['other 2025-05-30 occurred []', 'Police arrested two men on Friday and charged them with theft.'],
    [
      'other 2025-06-01 occurred []',
      'Detectives detained the driver on Sunday and charged him with dangerous driving.',
    ],
    ['other 2025-06-02 occurred [Tomas Vidal]', 'Prosecutors charged Tomas Vidal with fraud on Monday.'],
  ]);
  it('keeps the arrest', () => {
    expect(eventLines('Police arrested Tomas Vidal on Monday and charged him with fraud.')).toContain(
      'conflict 2025-06-02 occurred [Tomas Vidal]',
    );
  });
  it('leaves a regulator charging a company a policy act', () => {
    const lines = eventLines('The regulator charged Meridian Bank with breaching capital rules on Monday.');
    expect(lines.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['policy 2025-06-02']);
  });
});

describe('a body named by a capitalised noun in "-ly" is no adverb', () => {
  expectTold([
    ['policy 2025-06-03 occurred [Assembly]', 'The Assembly approved the bill on Tuesday.'],
    ['policy 2025-06-03 occurred [Assembly]', 'The Assembly approved the bill 55-42 on Tuesday.'],
  ]);
  it('still reads a participle after a lower-case adverb as an adjective', () => {
    expect(eventLines('The newly elected mayor resigned on Tuesday.')).toEqual(['other 2025-06-03 occurred []']);
  });
});

describe('calls told with an adverb, in the plural, or one to each of several', () => {
  expectTold([
    ['meeting 2025-05-31 occurred [Ana Ruiz, Pablo Soto]', 'Ana Ruiz spoke twice with Pablo Soto on Saturday.'],
    ['meeting 2025-05-31 occurred [Ana Ruiz, Pablo Soto]', 'Ana Ruiz spoke again with Pablo Soto on Saturday.'],
    ['meeting 2025-05-31 occurred [Ana Ruiz, Pablo Soto]', 'Ana Ruiz had two calls with Pablo Soto on Saturday.'],
  ]);
  it.each([
    'Ana Ruiz held separate calls on Saturday with Pablo Soto and Jorge Paz.',
    'Ana Ruiz met separately with Pablo Soto and Jorge Paz on Saturday.',
  ])('one meeting with each: %s', (text) => {
    expect(eventLines(text).sort()).toEqual([
      'meeting 2025-05-31 occurred [Ana Ruiz, Jorge Paz]',
      'meeting 2025-05-31 occurred [Ana Ruiz, Pablo Soto]',
    ]);
  });
  it('keeps one meeting of all when nothing says apart', () => {
    expect(eventLines('Ana Ruiz held talks on Saturday with Pablo Soto and Jorge Paz.')).toEqual([
      'meeting 2025-05-31 occurred [Ana Ruiz, Pablo Soto, Jorge Paz]',
    ]);
  });
  it('takes no talk with reporters for a meeting', () => {
    expect(eventLines('Ana Ruiz spoke twice with reporters on Saturday.')).toEqual([]);
  });
});

describe('a plan told before an attribution in the passive', () => {
  expectTold([
    [
      'announcement 2025-06-04 occurred [Halden Stores]',
      'Halden Stores is to close 12 of its 40 shops, it was confirmed today.',
    ],
    [
      'announcement 2025-06-02 occurred [Halden Stores]',
      'Halden Stores will close 12 shops, it was announced on Monday.',
    ],
    [
      'announcement 2025-06-04 occurred [Halden Stores]',
      'Homeware chain Halden Stores is to close 23 of its 61 stores, including three in Kestrel, after administrators failed to find a buyer, it was confirmed today.',
    ],
  ]);
  it('reads no forecast as a plan', () => {
    expect(eventLines('The economy will shrink 2%, it was announced on Monday.')).toEqual([]);
  });
});

describe('force told by verbs shared with accidents and beginnings', () => {
  expectTold([
    ['conflict 2025-05-29 occurred [Venezuela]', 'Venezuelan aircraft struck a police post on Thursday.'],
    ['conflict 2025-06-04 occurred []', 'The clashes began on Wednesday near the border.'],
  ]);
  expectNoKind([
    ['conflict', 'His car struck a cyclist on Thursday.'],
    ['conflict', 'A ferry struck a pier on Thursday.'],
    ['conflict', 'The trial began on Wednesday.'],
  ]);
});

describe('a budget read and a report delivered are made public', () => {
  expectTold([
    [
      'announcement 2025-06-11 scheduled [Ana Ruiz]',
      'Finance Minister Ana Ruiz will read the national budget in parliament on June 11.',
    ],
    [
      'announcement 2025-06-06 scheduled [Ana Ruiz]',
      'Ana Ruiz is due to deliver her final report to the speaker on Friday.',
    ],
    ['announcement 2025-06-02 occurred []', 'The inquiry submitted its findings to parliament on Monday.'],
  ]);
  expectNoKind([['announcement', 'The choir will read poems on Friday.']]);
});
