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
            speaker: nameOf(event.quote.speaker),
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
      text: "We don't have the money for the harbour's repairs,",
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
    expect(quotes[0]?.text).toBe('We will not sell the harbour, Not this year and not next year.');
  });

  it('keeps two quotations of one speaker in one sentence apart', () => {
    const quotes = quotesOf(
      "Councillor Petra Novak called the plan 'a fairy tale' on Monday; 'nobody will pay for a bridge twice,' she said.",
    );
    expect(quotes.map((quote) => quote.text).sort()).toEqual(['a fairy tale', 'nobody will pay for a bridge twice,']);
  });

  it('runs over paragraphs that re-open the quotation mark', () => {
    const quotes = quotesOf(
      'Mayor Oskar Lindgren spoke at length on Tuesday.\n\n“The harbour was built by our grandparents.\n\n“We will not be the ones who sell it,” Lindgren said.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('The harbour was built by our grandparents. We will not be the ones who sell it,');
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
