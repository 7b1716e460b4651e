import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Who acts when the event's sentence does not name them, but the article named them before (or
 * elsewhere in the sentence): a pair called by a plural noun ("the airlines announced", "Both
 * firms said"). Invented articles; paragraphs separated by blank lines.
 */
function lines(...paragraphs: string[]): string[] {
  return eventLines(paragraphs.join('\n\n'), () => true, '2026-03-12');
}

describe('a pair called by a plural noun that speaks', () => {
  it.each([
    [
      [
        'Tarnwick Foods and Belsey Dairies announced a merger on Monday.',
        'Both companies said on Tuesday that no jobs would be lost.',
      ],
      'statement 2026-03-10 occurred [Tarnwick Foods, Belsey Dairies]',
    ],
    [
      [
        'Tarnwick Foods and Belsey Dairies announced a merger on Monday.',
        'The two firms told analysts on Tuesday that prices would not rise.',
      ],
      'statement 2026-03-10 occurred [Tarnwick Foods, Belsey Dairies]',
    ],
    [
      [
        'Tarnwick Foods and Belsey Dairies announced a merger on Monday.',
        'The companies said on Tuesday that the deal was fair.',
      ],
      'statement 2026-03-10 occurred [Tarnwick Foods, Belsey Dairies]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it.each([
    [
      'Skyreach Airways has agreed to buy Galway-based carrier Corran Air for €300 million, the airlines announced on Wednesday.',
    ],
    ['Skyreach Airways has agreed to buy Corran Air for €300 million, the two carriers said on Wednesday.'],
  ])('names both in a trailing attribution: %s', (sentence) => {
    expect(lines(sentence)).toContain('announcement 2026-03-11 occurred [Skyreach Airways, Corran Air]');
  });

  it('takes the two clubs a sentence named, one as a title of the player', () => {
    const found = lines(
      "Kofi Mensah's long saga is over. The Harlow Rovers striker flew to Lyon on Monday and signed a contract with FC Belmont.",
      'The clubs agreed a fee of £30m late on Sunday.',
    );
    expect(found).toContain('policy 2026-03-08 occurred [Harlow Rovers, FC Belmont]');
  });

  it('is nobody when the sentence before named three', () => {
    const found = lines(
      'Tarnwick Foods, Belsey Dairies and Orvel Motors bid for the site on Monday.',
      'The companies said on Tuesday that the process was unfair.',
    );
    expect(found.filter((line) => line.startsWith('statement '))).toEqual([]);
  });

  it('is not a generic plural with no verb after it', () => {
    const found = lines(
      'Tarnwick Foods and Belsey Dairies announced a merger on Monday.',
      'The companies that import steel said on Tuesday that prices would rise.',
    );
    expect(found.filter((line) => line.startsWith('statement '))).toEqual([]);
  });
});

describe('a kind of body named again by a noun its name does not hold', () => {
  it.each([
    [
      [
        'The Baltic Maritime Security Centre reported the boarding on Monday.',
        'The agency issued an advisory to ships on Tuesday.',
      ],
      'announcement 2026-03-10 occurred [Baltic Maritime Security Centre]',
    ],
    [
      [
        'Sindicato Minero Andino called a strike on Monday.',
        'The union asked the labour ministry for mediation on Tuesday.',
      ],
      'other 2026-03-10 occurred [Sindicato Minero Andino, labour ministry]',
    ],
    [
      [
        'The Pellworth Nurses Guild voted to strike on Monday.',
        'The union said on Tuesday it would march to parliament on Friday.',
      ],
      'announcement 2026-03-10 occurred [Pellworth Nurses Guild]',
    ],
    [
      [
        'The Ostland Hockey Federation fined Tarn City on Monday.',
        'The governing body said on Tuesday it would review its rules.',
      ],
      'announcement 2026-03-10 occurred [Ostland Hockey Federation]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is no body for "the body" without "governing"', () => {
    const found = lines(
      'The Ostland Hockey Federation fined Tarn City on Monday.',
      'The body of a man was found near the rink on Tuesday.',
    );
    expect(found).toContain('other 2026-03-10 occurred []');
  });
});

describe('"the North", "the South" for the country named with that word', () => {
  it.each([
    [
      ['North Korea fired two missiles on Monday, South Korea said.', 'The North last fired missiles on Feb. 5.'],
      'other 2026-02-05 occurred [North Korea]',
    ],
    [
      [
        'North Korea fired two missiles on Monday.',
        'The North, which has tested 20 missiles this year, will hold a parade on Friday.',
      ],
      'other 2026-03-13 scheduled [North Korea]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is no country in a name or with a place after it', () => {
    const found = lines('North Korea fired two missiles on Monday.', 'Storms closed the North Sea ports on Tuesday.');
    expect(found.filter((line) => line.includes('2026-03-10'))).not.toContainEqual(
      expect.stringContaining('North Korea'),
    );
  });
});

describe('a definite subject of a planned passive: the parties of the act told before', () => {
  it.each([
    [
      [
        'Lorania and Vesta finalised the text of a trade treaty on Monday.',
        'The treaty is expected to be signed on Sunday.',
      ],
      'policy 2026-03-15 scheduled [Lorania, Vesta]',
    ],
    [
      ['Lorania and Vesta agreed a ceasefire on Saturday.', 'The truce is due to be signed in Geneva on Friday.'],
      'policy 2026-03-13 scheduled [Lorania, Vesta]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });
});

describe("a body's people, as a bare plural, for the one body of that kind named before", () => {
  it.each([
    [
      [
        'The Velmar City Council approved a leaf-blower ban on Monday.',
        'Councillors also voted on Tuesday to raise parking fees.',
      ],
      'policy 2026-03-10 occurred [Velmar City Council]',
    ],
    [
      [
        'The Ostland Parliament passed the budget on Monday.',
        'Lawmakers narrowly voted to extend the state of emergency on Tuesday.',
      ],
      'policy 2026-03-10 occurred [Ostland Parliament]',
    ],
    [
      ['The Bank of Lorania cut its main rate on Monday.', 'Policymakers will meet again on April 9.'],
      'meeting 2026-04-09 scheduled [Bank of Lorania]',
    ],
    [
      [
        "The Velmar Prosecutor's Office charged two men on Monday.",
        'The prosecutors said on Tuesday they would seek jail terms.',
      ],
      "announcement 2026-03-10 occurred [Velmar Prosecutor's Office]",
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is nobody when two banks were named', () => {
    const found = lines(
      'The Bank of Lorania cut its main rate on Monday, while Halden Bank raised its savings rate.',
      'Policymakers will meet again on April 9.',
    );
    expect(found).toContain('meeting 2026-04-09 scheduled []');
  });
});

describe('a kind of body before the plural of those who speak for it', () => {
  it.each([
    [
      [
        'The Transport Workers Union rejected the offer on Monday.',
        'Union leaders said on Tuesday they would call a strike on Friday.',
      ],
      'announcement 2026-03-10 occurred [Transport Workers Union]',
    ],
    [
      [
        'The Ministry of Health of Lorania declared an outbreak on Monday.',
        'Ministry officials said on Tuesday that the schools were safe.',
      ],
      'statement 2026-03-10 occurred [Ministry of Health of Lorania]',
    ],
  ])('%s', (paragraphs, line) => {
    expect(lines(...paragraphs)).toContain(line);
  });

  it('is nobody when no body of that kind was named', () => {
    expect(lines('Union leaders said on Tuesday they would call a strike on Friday.')).toContain(
      'announcement 2026-03-10 occurred []',
    );
  });
});
