import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/** What a reader checks of a quote event: who, which words, when, and where it was said. */
interface QuoteSeen {
  speaker: string;
  text: string;
  date: string;
  approximate: boolean;
  medium?: string;
}

/** The quote events of a small article (dateline 2026-03-12, a Thursday), in text order. */
function quotesOf(body: string): QuoteSeen[] {
  const { list } = compileArticles([{ file: 'quotes.txt', text: ` date 2026-03-12 ${body}\n` }]);
  const nameOf = (id: string): string => list.actors.find((actor) => actor.id === id)?.name ?? id;
  return list.events.flatMap((event) =>
    event.quote
      ? [
          {
            speaker:
              event.quote.speaker === undefined ? (event.quote.speakerDescription ?? '') : nameOf(event.quote.speaker),
            text: event.quote.text,
            date: event.date.start,
            approximate: event.date.approximate === true,
            ...(event.quote.medium ? { medium: event.quote.medium } : {}),
          },
        ]
      : [],
  );
}

describe('which quoted words are quote events', () => {
  it('takes a short partial quotation given by a speech verb, dated by its attribution', () => {
    const [quote] = quotesOf(
      'Governor Ilse Marchetti wrote on Telegram on Monday that relief for the valley was “on the way”.',
    );
    expect(quote).toMatchObject({
      speaker: 'Ilse Marchetti',
      text: 'on the way',
      date: '2026-03-09',
      medium: 'Telegram',
    });
  });

  it('leaves out a scare quote that no speech verb gives as anyone’s words', () => {
    expect(quotesOf('Mayor Oskar Lindgren unveiled the “green corridor” plan for the harbour on Monday.')).toEqual([]);
  });

  it('leaves out a term after "so-called", even in a sentence with a speech verb', () => {
    expect(quotesOf('Mayor Oskar Lindgren said on Monday that the so-called “green corridor” would wait.')).toEqual([]);
  });

  it('reads straight single marks as a quotation without breaking on apostrophes', () => {
    const [quote] = quotesOf(
      "Mayor Oskar Lindgren's deputy left early. 'We don't have the money for the harbour's repairs,' Lindgren said on Tuesday.",
    );
    expect(quote).toMatchObject({
      speaker: 'Oskar Lindgren',
      text: "We don't have the money for the harbour's repairs",
      date: '2026-03-10',
    });
  });
});

describe('who speaks', () => {
  it('is the subject of the speech verb, not a name in the words it reports', () => {
    const [quote] = quotesOf(
      'The Port Authority of Vessa said on Wednesday that the strike at Calder Quay was “over for now, but not settled”.',
    );
    expect(quote?.speaker).toBe('Port Authority of Vessa');
  });

  it('is the name after an inverted verb', () => {
    const [quote] = quotesOf('“We will reopen the bridge before the floods come,” said Mayor Oskar Lindgren.');
    expect(quote?.speaker).toBe('Oskar Lindgren');
  });

  it('is the name in the apposition of an inverted subject, not the paper it works for', () => {
    const [quote] = quotesOf(
      '"The harbour is not for sale," wrote the editor of the Vessa Ledger, Ute Kamm, in a column on Sunday.',
    );
    expect(quote).toMatchObject({ speaker: 'Ute Kamm', medium: 'a column', date: '2026-03-08' });
  });

  it('is not the client after "the lawyer for"', () => {
    const quotes = quotesOf('"My client will appeal the ruling," said the lawyer for Oskar Lindgren.');
    expect(quotes.map((quote) => quote.speaker)).not.toContain('Oskar Lindgren');
  });

  it('is the subject of the clause a speaking participle hangs on, dated by that clause', () => {
    const [quote] = quotesOf(
      'Finance Minister Adaeze Okonjo resigned on Tuesday, telling reporters that she had “no wish to hold the cabinet hostage”.',
    );
    expect(quote).toMatchObject({ speaker: 'Adaeze Okonjo', date: '2026-03-10' });
  });

  it('is never the owner of a possessive ("his aide told")', () => {
    const quotes = quotesOf(
      'Mayor Oskar Lindgren met the harbour workers on Monday. His aide told reporters that the talks had been “long and useful in every way”.',
    );
    expect(quotes.map((quote) => quote.speaker)).not.toContain('Oskar Lindgren');
  });

  it('is not an organisation that only qualifies the noun that speaks ("a County Court judge")', () => {
    const quotes = quotesOf(
      'A former harbour clerk was jailed on Friday, with a Vessa County Court judge telling him that he had “sold the town’s trust by the metre”.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual([]);
  });

  it('is the organisation whose spokesman speaks', () => {
    const [quote] = quotesOf(
      'A Port Authority of Vessa spokesman said on Monday that the quay was “closed until further notice”.',
    );
    expect(quote?.speaker).toBe('Port Authority of Vessa');
  });

  it('is the organisation a spokesman speaks for', () => {
    const [quote] = quotesOf(
      '"The quay stays closed until the repairs are done," a spokesman for the Port Authority of Vessa said.',
    );
    expect(quote?.speaker).toBe('Port Authority of Vessa');
  });

  it('is named by the sentence before a quotation that has no attribution of its own', () => {
    const [quote] = quotesOf(
      'Governor Ilse Marchetti spoke in a televised address on Sunday night. “The floods will not wait for us. We must move now.”',
    );
    expect(quote).toMatchObject({ speaker: 'Ilse Marchetti', date: '2026-03-08', medium: 'a televised address' });
  });

  it('is the subject of a colon that ends the paragraph before the quotation', () => {
    const [quote] = quotesOf(
      'Mayor Oskar Lindgren told reporters on Tuesday:\n\n“We will rebuild the bridge before winter.”',
    );
    expect(quote).toMatchObject({ speaker: 'Oskar Lindgren', date: '2026-03-10' });
  });

  it('is not the last person named when the description names an office nobody was given', () => {
    const quotes = quotesOf(
      'Marta Ellison, the head of the Dunmore port authority, spoke on Monday.\n\n"We are done here," the minister said on Tuesday.',
    );
    expect(quotes.map((quote) => quote.speaker)).not.toContain('Marta Ellison');
  });

  it('is the person the text gave the office a description names', () => {
    const [quote] = quotesOf(
      'Transport Minister Kai Brenner toured the harbour on Monday with Marta Ellison. "It went well," the minister said.',
    );
    expect(quote?.speaker).toBe('Kai Brenner');
  });

  it('is the subject before a colon that introduces the quotation', () => {
    const [quote] = quotesOf('Councillor Petra Novak put it bluntly: “Nobody here will pay for a bridge twice.”');
    expect(quote?.speaker).toBe('Petra Novak');
  });
});

describe('one quotation, one event', () => {
  it('joins two runs around a long attribution of one sentence', () => {
    const quotes = quotesOf(
      '“We will not sell the harbour,” Mayor Oskar Lindgren said at a news conference on Tuesday, flanked by councillors who had opposed him for a year. “Not this year and not next year.”',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Oskar Lindgren', date: '2026-03-10', medium: 'a news conference' });
    expect(quotes[0]?.text).toBe('We will not sell the harbour. Not this year and not next year.');
  });

  it('keeps two quotations of one speaker in one sentence apart', () => {
    const quotes = quotesOf(
      "Councillor Petra Novak called the plan 'a fairy tale' on Monday; 'nobody will pay for a bridge twice' she said.",
    );
    expect(quotes.map((quote) => quote.text).sort()).toEqual(['a fairy tale', 'nobody will pay for a bridge twice']);
  });

  it('runs over paragraphs that re-open the quotation mark', () => {
    const quotes = quotesOf(
      'Mayor Oskar Lindgren spoke at length on Tuesday.\n\n“The harbour was built by our grandparents.\n\n“We will not be the ones who sell it,” Lindgren said.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('The harbour was built by our grandparents. We will not be the ones who sell it');
  });
});

describe('when and where it was said', () => {
  it('takes date and medium from the sentence that introduces the quotation', () => {
    const [quote] = quotesOf(
      'Governor Ilse Marchetti spoke in a televised address on Sunday night. “The floods will not wait for us,” she said.',
    );
    expect(quote).toMatchObject({ speaker: 'Ilse Marchetti', date: '2026-03-08', medium: 'a televised address' });
  });

  it('takes date and medium from an introducing sentence that names only the occasion', () => {
    const [quote] = quotesOf(
      'At a press conference on Monday, Governor Ilse Marchetti defended her record. “I was elected to fix the dams,” she said.',
    );
    expect(quote).toMatchObject({ speaker: 'Ilse Marchetti', date: '2026-03-09', medium: 'a press conference' });
  });

  it('is not dated by a date in what the sentence before reports', () => {
    const [quote] = quotesOf(
      'Mayor Oskar Lindgren said the levy, first floated in January, would be reviewed after a year. “We gave every chance to dialogue,” he told a news conference.',
    );
    expect(quote).toMatchObject({ speaker: 'Oskar Lindgren', date: '2026-03-12', approximate: true });
  });

  it('is never dated by a date inside the quoted words', () => {
    const [quote] = quotesOf('“The bridge will open on Friday, March 20,” Mayor Oskar Lindgren said.');
    expect(quote).toMatchObject({ date: '2026-03-12', approximate: true });
  });

  it('is not dated by a scheduled appearance told after it', () => {
    const [quote] = quotesOf(
      'Governor Ilse Marchetti spoke to reporters on Tuesday. “We are not done,” she said. Marchetti is scheduled to address the assembly on Saturday.',
    );
    expect(quote?.date).toBe('2026-03-10');
  });

  it.each([
    [
      'Governor Ilse Marchetti met the dam engineers on Tuesday, according to a statement from her office. “We are not done,” Marchetti told reporters afterward.',
    ],
    [
      'Governor Ilse Marchetti toured the dam on Tuesday, her office said in a statement. “We are not done,” she told journalists at the site.',
    ],
  ])('takes no medium from the sentence before when the attribution says whom the speaker told: %s', (text) => {
    const [quote] = quotesOf(text);
    expect(quote).toMatchObject({ speaker: 'Ilse Marchetti', text: 'We are not done' });
    expect(quote?.medium).toBeUndefined();
  });

  it.each([
    ['told a news conference in Vessa on Monday', 'a news conference'],
    ['told the Vessa Herald on Monday', 'the Vessa Herald'],
    ['said in his weekly video address on Monday', 'his weekly video address'],
    ['said on state television on Monday', 'state television'],
  ])('names the medium in "Lindgren %s"', (attribution, medium) => {
    const [quote] = quotesOf(`Mayor Oskar Lindgren ${attribution} that the harbour was “not for sale at any price”.`);
    expect(quote?.medium).toBe(medium);
    expect(quote?.date).toBe('2026-03-09');
  });
});

/**
 * A demanding reader's table: one invented quotation per line, in the styles news outlets use
 * (attribution before, after, around; inverted; pronouns; colons; curly, straight and single
 * marks), with who said it, the words, the day and the medium a reader would write down.
 * Dateline Thursday 2026-03-12.
 */
describe('quotations in many styles (invented)', () => {
  it.each([
    [
      'after, with a medium and a day',
      '"We came to listen, not to lecture," Mayor Irena Koval said at a press conference on Tuesday.',
      {
        speaker: 'Irena Koval',
        text: 'We came to listen, not to lecture',
        date: '2026-03-10',
        medium: 'a press conference',
      },
    ],
    [
      'before, with a colon',
      'Mayor Irena Koval said: "The bridge will be rebuilt by spring."',
      { speaker: 'Irena Koval', text: 'The bridge will be rebuilt by spring.' },
    ],
    [
      'around, resuming in the same sentence',
      'Mayor Irena Koval spoke on Monday. "Nobody," she said, "is above the rules."',
      { speaker: 'Irena Koval', text: 'Nobody is above the rules.', date: '2026-03-09' },
    ],
    [
      'around, resuming in a new sentence',
      '“We will win,” said union leader Hana Brisk. “We always do.”',
      { speaker: 'Hana Brisk', text: 'We will win. We always do.' },
    ],
    [
      'inverted "said X" before the quotation',
      'Said Trade Minister Oskar Lind: "It is time."',
      { speaker: 'Oskar Lind', text: 'It is time.' },
    ],
    [
      '"X wrote on social media:"',
      'Trade Minister Oskar Lind wrote on social media: "Good talks with the mayor today."',
      { speaker: 'Oskar Lind', medium: 'social media' },
    ],
    [
      'a post on X, dated',
      '"The talks are over," Trade Minister Oskar Lind posted on X on Monday.',
      { speaker: 'Oskar Lind', text: 'The talks are over', date: '2026-03-09', medium: 'X' },
    ],
    [
      'Truth Social',
      'Governor Ada Vance posted on Truth Social: "A great day for Dunmore!"',
      { speaker: 'Ada Vance', medium: 'Truth Social' },
    ],
    [
      'a statement, curly marks',
      '“We will respond,” Trade Minister Oskar Lind said in a statement on Wednesday.',
      { speaker: 'Oskar Lind', text: 'We will respond', date: '2026-03-11', medium: 'a statement' },
    ],
    [
      'a televised address, single marks',
      "'We are close to a deal,' President Noor Ashby said in a televised address.",
      { speaker: 'Noor Ashby', text: 'We are close to a deal', medium: 'a televised address' },
    ],
    [
      'an interview with the BBC',
      '"Enough is enough," Senator Felix Dane said in an interview with the BBC.',
      { speaker: 'Felix Dane', medium: 'an interview with the BBC' },
    ],
    [
      'told the BBC in an interview',
      'Senator Felix Dane told the BBC in an interview: "We see a path forward."',
      { speaker: 'Felix Dane', medium: 'an interview with the BBC' },
    ],
    [
      'a letter',
      'In a letter to members, union leader Hana Brisk wrote: "Our patience is exhausted."',
      { speaker: 'Hana Brisk', medium: 'a letter to members' },
    ],
    [
      'an outlet told by a one-word name',
      '"We regret the decision," Senator Felix Dane told Reuters.',
      { speaker: 'Felix Dane', text: 'We regret the decision', medium: 'Reuters' },
    ],
    [
      'a newspaper told by name',
      'Senator Felix Dane told the Harbor Ledger: "My door is open."',
      { speaker: 'Felix Dane', medium: 'the Harbor Ledger' },
    ],
    [
      'a nested quotation',
      '"I said \'never\' and I meant it," union leader Hana Brisk told reporters.',
      { speaker: 'Hana Brisk', text: "I said 'never' and I meant it" },
    ],
    [
      'a pronoun speaker after the person is named',
      'Defence Minister Pavel Ostrowski spoke in Gdansk on Monday. "Our borders are safe," he said. "Nobody should doubt it."',
      { speaker: 'Pavel Ostrowski', text: 'Our borders are safe. Nobody should doubt it.', date: '2026-03-09' },
    ],
  ])('%s', (_style, body, expected) => {
    const quotes = quotesOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject(expected);
  });

  it.each([
    ['a book title after its noun', 'Senator Felix Dane released her memoir "A Life on the Northern Line" in April.'],
    [
      'a title given in a reported clause',
      'Senator Felix Dane said her new book, "Letters From a Quiet Harbour," would be out in June.',
    ],
    ['a film title', 'The film "Long Night Home" premiered in Dunmore on Friday.'],
    ['a scare quote', 'Critics called the plan of Senator Felix Dane a "fantasy" on Monday.'],
    ['a slogan', 'The slogan "Build Back Stronger" appeared on posters of Senator Felix Dane.'],
    ['a chant', 'Protesters chanted "No more lies" outside the office of Senator Felix Dane.'],
  ])('takes no quotation from %s', (_style, body) => {
    expect(quotesOf(body)).toEqual([]);
  });
});

describe('a statement beside quotations', () => {
  it('is a source of the quotation of its own sentence, not of the one before it', () => {
    const { list } = compileArticles([
      {
        file: 'quotes.txt',
        text: ' date 2026-03-12 Trade Minister Oskar Lind wrote on social media: "Good talks today."\n\nLind later told the BBC in an interview: "We see a path forward."\n',
      },
    ]);
    const quotes = list.events.filter((event) => event.kind === 'quote');
    expect(quotes.map((event) => [event.quote?.text, event.sources.length])).toEqual(
      expect.arrayContaining([
        ['Good talks today.', 1],
        ['We see a path forward.', 1],
      ]),
    );
  });

  it('adds no second source inside the quotation’s own sentences', () => {
    const { list } = compileArticles([
      {
        file: 'quotes.txt',
        text: ' date 2026-03-12 "I am not going anywhere," Mayor Irena Koval told a news conference on Tuesday. "Not now."\n',
      },
    ]);
    expect(list.events.find((event) => event.kind === 'quote')?.sources).toHaveLength(1);
  });
});
