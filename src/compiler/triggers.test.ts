import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { splitSentences } from './sentences.ts';
import {
  clauseAround,
  durationDays,
  findSummits,
  findTriggers,
  findTriggersAt,
  isNounUse,
  maskSpans,
  TRIGGERS,
} from './triggers.ts';
import { wordPrefixes } from './word-prefixes.ts';

function kinds(text: string): string[] {
  return findTriggers(text).map((match) => `${match.trigger.kind}:${match.text}`);
}

/** The reading without the index: every row searched through the whole text. */
const everyRowEverywhere = (text: string) =>
  findTriggersAt(
    text,
    TRIGGERS.map(() => undefined),
  );

function sentencesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && name !== 'README.md')
    .flatMap((name) => {
      const { article } = parseArticle({ file: name, text: readFileSync(join(dir, name), 'utf8') });
      return article ? splitSentences(article).map((sentence) => sentence.text) : [];
    });
}

describe('the trigger index (only rows whose first words occur are tried)', () => {
  it('indexes every row of the table by the words its matches start with', () => {
    const unindexed = TRIGGERS.filter((trigger) => !wordPrefixes(trigger.pattern)).map((trigger) => trigger.name);
    // Such a row still works (it is searched in every sentence), only slower: start its pattern
    // with words, not with a class like [\w-]+ or an optional part that may match nothing.
    expect(unindexed).toEqual([]);
  });

  it('finds what searching every row everywhere finds, in the corpus and generated articles', () => {
    const root = join(import.meta.dirname, '..', '..');
    const sentences = [
      ...sentencesOf(join(import.meta.dirname, '__fixtures__', 'eval')),
      ...sentencesOf(join(root, 'seeds')),
      ...generateCorpus(40, 11).flatMap(({ file, text }) => {
        const { article } = parseArticle({ file, text });
        return article ? splitSentences(article).map((sentence) => sentence.text) : [];
      }),
    ];
    expect(sentences.length).toBeGreaterThan(500);
    const found = sentences.filter((sentence) => findTriggers(sentence).length > 0).length;
    expect(found).toBeGreaterThan(sentences.length / 3);
    for (const sentence of sentences) expect(findTriggers(sentence), sentence).toEqual(everyRowEverywhere(sentence));
  });

  it('finds what searching every row everywhere finds, in any arrangement of the words of the table', () => {
    const vocabulary = [
      ...new Set(TRIGGERS.flatMap((trigger) => trigger.pattern.source.match(/[A-Za-z]{2,}/g) ?? [])),
      'Ana Rios',
      'Moscow',
      'the',
      'a',
      '3-day',
      '$5',
      ',',
      '.',
      "'s",
      'Monday',
    ];
    // Mostly single spaces between words, as the table's patterns have them; sometimes other breaks,
    // which the index reads as one break between two words.
    const separator = fc.constantFrom(' ', ' ', ' ', ' ', '  ', ', ', '-', ' (', '\n');
    const word = fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom('lower', 'upper', 'title'), separator);
    const sentence = fc
      .array(word, { minLength: 1, maxLength: 14 })
      .map((words) =>
        words
          .map(
            ([text, casing, after]) =>
              (casing === 'upper'
                ? text.toUpperCase()
                : casing === 'title'
                  ? text.charAt(0).toUpperCase() + text.slice(1)
                  : text) + after,
          )
          .join(''),
      );
    fc.assert(
      fc.property(sentence, (text) => {
        expect(findTriggers(text)).toEqual(everyRowEverywhere(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findTriggers', () => {
  it.each([
    ['Ana Rios met Luis Mora in Quito.', 'meeting:met'],
    ['They held talks on Monday.', 'meeting:held talks'],
    ['She hosted the delegation.', 'meeting:hosted'],
    ['He spoke by phone with the king.', 'meeting:spoke by phone with'],
    ['She sat down with the mayor.', 'meeting:sat down with'],
    ['Rios is set to meet Mora.', 'meeting:meet'],
    ['The minister arrived in Lima.', 'travel:arrived in'],
    ['He flew to Oslo.', 'travel:flew to'],
    ['She will travel to Rome.', 'travel:travel to'],
    ['The firm unveiled a plan.', 'announcement:unveiled'],
    ['The city banned cars.', 'policy:banned'],
    ['Ottawa imposed sanctions on the bank.', 'policy:imposed sanctions'],
    ['He vetoed the bill.', 'policy:vetoed'],
    ['The army shelled the town.', 'conflict:shelled'],
    ['Police detained two men.', 'conflict:detained'],
    ['after the invasion of the island', 'conflict:invasion of'],
    ['The board voted 5-2 in March to sell.', 'policy:voted'],
    ['after the death of the king on May 2', 'other:death of'],
    ['The detentions took place on Saturday.', 'conflict:detentions'],
    ['Tonga quit the alliance in 2024.', 'policy:quit'],
    ['Saturday’s season opener was called off.', 'other:season opener'],
    ['She used her address to the assembly to warn Moscow.', 'statement:address to'],
    ['The mayor welcomed Ana Rios to City Hall.', 'meeting:welcomed'],
    ['She left for Oslo on Monday.', 'travel:left for'],
    ['Lisbon raised its steel duty to 9%.', 'policy:raised its steel duty'],
    ['The two leaders discussed trade by phone.', 'meeting:discussed trade by phone'],
    ['Mayors will hold a video call on Friday.', 'meeting:will hold a video call'],
    ['She flew back to Accra.', 'travel:flew back to'],
    ['The firm reported third-quarter earnings.', 'announcement:reported third-quarter earnings'],
    ['The bank raised its full-year guidance.', 'announcement:raised its full-year guidance'],
    ['Quito filed a formal challenge at the WTO.', 'policy:filed a formal challenge'],
    ['The governor ordered the evacuation of two towns.', 'policy:ordered the'],
    ['He pleaded guilty in May.', 'other:pleaded guilty'],
    ['She will be sentenced on June 4.', 'other:will be sentenced'],
    ['The board will pay a special dividend.', 'other:pay a special dividend'],
  ])('%s -> %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it('asks for the capitals a pattern names: no guest in "welcomed the ruling", no trip in "left the party"', () => {
    // "the ruling" is a happening noun (news only when dated); "welcomed" is no meeting here.
    expect(kinds('The mayor welcomed the ruling.').filter((kind) => kind.startsWith('meeting'))).toEqual([]);
    expect(kinds('She left the party early.')).toEqual([]);
    expect(kinds('Ukraine attacks oil depots.')).toEqual([]);
  });

  it('does not read a deal as a strike or a closed-door meeting as a closure', () => {
    const found = kinds('They struck a deal at a closed-door session.');
    expect(found).toContain('policy:struck a deal');
    expect(found.filter((kind) => kind.startsWith('conflict') || kind.startsWith('policy:closed'))).toEqual([]);
  });
});

describe('isNounUse', () => {
  const meeting = (text: string) => {
    const match = findTriggers(text).find((found) => /^meeting/i.test(found.text));
    if (!match) throw new Error(text);
    return match;
  };
  it.each([
    'Ruiz spoke after the meeting.',
    "Tuesday's meeting ended early.",
    'Her office confirmed the March 2 meeting.',
    'It was their first meeting with the mayor.',
  ])('reads "meeting" in "%s" as a noun', (text) => {
    expect(meeting(text).trigger.nominal).toBe(true);
  });
  it.each(['Ruiz will fly home before meeting Duda.', 'She said that he is meeting the mayor.'])(
    'reads "meeting" in "%s" as a verb',
    (text) => {
      expect(meeting(text).trigger.nominal).toBe(false);
      expect(isNounUse(text, meeting(text))).toBe(false);
    },
  );
});

describe('clauseAround', () => {
  it('keeps the date of an announcement out of the meeting announced', () => {
    const text = 'Moscow announced on Sept. 19 that Lavrov is set to meet Rubio.';
    const meet = text.indexOf('meet');
    const clause = clauseAround(text, { start: meet, end: meet + 4 });
    expect(text.slice(clause.start, clause.end).trim()).toBe('Lavrov is set to meet Rubio.');
  });
});

describe('clause boundaries', () => {
  const clauseOf = (text: string, word: string): string => {
    const at = text.indexOf(word);
    const clause = clauseAround(text, { start: at, end: at + word.length });
    return text.slice(clause.start, clause.end).trim();
  };
  it('does not cut after a timeline entry\'s date or at ", as" after an age', () => {
    expect(clauseOf('Aug. 8, 2025: Oslo sets the duty at 20%.', 'sets')).toBe(
      'Aug. 8, 2025: Oslo sets the duty at 20%.',
    );
    expect(clauseOf('Soto appointed Ruiz, 38, as minister in March.', 'appointed')).toBe(
      'Soto appointed Ruiz, 38, as minister in March.',
    );
  });

  it('does not cut at a colon inside parentheses', () => {
    expect(clauseOf('Kelso Ltd. (LSE: KLS) today announced a buyback.', 'announced')).toBe(
      'Kelso Ltd. (LSE: KLS) today announced a buyback.',
    );
  });
  it('starts a clause at ", two days after" and at "when"', () => {
    const text = 'Ruiz resigned on Friday, two days after he met the mayor.';
    expect(clauseOf(text, 'met')).toBe('two days after he met the mayor.');
    expect(clauseOf('Rates will fall when the board meets on May 3.', 'meets')).toBe('the board meets on May 3.');
  });
});

describe('maskSpans', () => {
  it('blanks quotations and keeps offsets', () => {
    expect(maskSpans('He said "we met" today', [{ start: 8, end: 16 }])).toBe('He said          today');
  });
});

describe('findSummits', () => {
  it('finds summit names but not press conferences', () => {
    const text = 'She spoke at a press conference before the week-long annual U.N. summit.';
    expect(findSummits(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'the week-long annual U.N. summit',
    ]);
  });
});

describe('findSummits: what is not a summit', () => {
  it('reads Congress after a preposition as the legislature', () => {
    expect(findSummits('She will send the bill to Congress on Tuesday.')).toEqual([]);
  });
  it('reads a meeting of several days as a summit', () => {
    const text = 'They met for a three-day emergency meeting.';
    expect(findSummits(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'a three-day emergency meeting',
    ]);
  });
});

describe('durationDays', () => {
  it.each([
    ['week-long summit', 7],
    ['three-day conference', 3],
    ['2-day forum', 2],
  ])('%s -> %d', (phrase, days) => {
    expect(durationDays(phrase)).toBe(days);
  });
  it('gives nothing without a duration', () => {
    expect(durationDays('annual summit')).toBeUndefined();
  });
});
