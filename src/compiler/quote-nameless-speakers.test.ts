import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Quotations whose speaker the text describes but never names ("a council spokesperson said", "one
 * resident said", "police said in a statement"): each is still a quote event, with no actor and the
 * speaker as written. Every text is invented; the dateline is Thursday 2026-03-12.
 */
interface NamelessQuote {
  speaker: string;
  actors: number;
  text: string;
  medium?: string;
}

function quotesOf(body: string): NamelessQuote[] {
  const text = ` date 2026-03-12 ${body.split('||').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'invented.txt', text }]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return list.events.flatMap((event) =>
    event.quote
      ? [
          {
            speaker:
              event.quote.speaker === undefined
                ? `(${event.quote.speakerDescription ?? ''})`
                : (names.get(event.quote.speaker) ?? event.quote.speaker),
            actors: event.actors.length,
            text: event.quote.text,
            ...(event.quote.medium ? { medium: event.quote.medium } : {}),
          },
        ]
      : [],
  );
}

/** [speaker as written (in brackets when described), the quoted words' start, article]. */
const DESCRIBED: readonly [string, string, string][] = [
  [
    '(a council spokesperson)',
    'We are doing everything',
    'The seafront car park in Harlow Vale stayed shut on Monday after the storm. “We are doing everything we can,” a council spokesperson said.',
  ],
  [
    '(the mayor)',
    'The water is still rising',
    'Flooding closed the ring road on Tuesday. “The water is still rising,” the mayor said.',
  ],
  [
    '(a senior official)',
    'There is no deal yet',
    'Talks resumed in Geneva on Monday. “There is no deal yet,” a senior official told reporters.',
  ],
  [
    '(one resident)',
    'We lost everything',
    'The fire destroyed six homes on Dunmore Street overnight. “We lost everything,” one resident said.',
  ],
  [
    '(police)',
    'The investigation is ongoing',
    'Two men were arrested in Calder Heights on Sunday. “The investigation is ongoing,” police said in a statement.',
  ],
  [
    '(the ministry)',
    'The cargo was inspected',
    'The shipment left port on Monday. “The cargo was inspected in full,” the ministry said in a statement.',
  ],
  // A colon after the attribution, in a tabloid's single marks.
  [
    '(a council spokesperson)',
    'We understand the disappointment',
    "The bonfire night display was axed last week.||A council spokesperson said: 'We understand the disappointment. The decision was not taken lightly.'",
  ],
  // The speaker after the verb, with a complement.
  [
    '(a spokeswoman for the hospital)',
    'Two patients remain',
    '"Two patients remain in a critical condition," said a spokeswoman for the hospital.',
  ],
  [
    '(one witness)',
    'It sounded like thunder',
    'A gas main exploded in Pell Street on Wednesday. “It sounded like thunder,” said one witness, who asked not to be named.',
  ],
  // An aside between the description and the verb.
  [
    '(a senior diplomat)',
    'Nobody expects a breakthrough',
    '“Nobody expects a breakthrough this week,” a senior diplomat, speaking on condition of anonymity, told reporters.',
  ],
  // A phrase or a day word the sentence puts before the described speaker is no part of them.
  [
    '(a harbour official)',
    'The cranes are idle',
    'Dockers walked out in Sarnby on Monday. On Tuesday, a harbour official said: “The cranes are idle.”',
  ],
  [
    '(one shopkeeper)',
    'Nobody comes here now',
    'The bridge to the old town closed in January. Asked about the closure, one shopkeeper said: “Nobody comes here now.”',
  ],
  [
    '(a hospital spokeswoman)',
    'Two patients were moved',
    'The east wing of Corran General flooded overnight. Yesterday a hospital spokeswoman said: “Two patients were moved.”',
  ],
];

describe('a quotation by a speaker the text does not name is a quote with the speaker as written', () => {
  it.each(DESCRIBED)('%s: “%s”', (speaker, words, body) => {
    const quote = quotesOf(body).find((candidate) => candidate.text.startsWith(words));
    expect(quote).toMatchObject({ speaker, actors: 0 });
  });

  it('keeps the medium of a described speaker: "police said in a statement"', () => {
    const [quote] = quotesOf('“The road will stay closed overnight,” police said in a statement on Tuesday.');
    expect(quote).toMatchObject({ speaker: '(police)', medium: 'a statement' });
  });

  it('gives the words of "the office" to the office the text named before', () => {
    const [quote] = quotesOf(
      'The Office for Rail Safety wrote to the operator on June 3. The office said on Tuesday that it “welcomes the recall”.',
    );
    expect(quote).toMatchObject({ speaker: 'Office for Rail Safety', actors: 1 });
  });

  it('gives the words to the named speaker when there is one, not to a description', () => {
    const [quote] = quotesOf('“We will rebuild,” Mayor Tova Lindqvist told a council spokesperson on Monday.');
    expect(quote?.speaker).toBe('Tova Lindqvist');
  });

  it('continues a described speaker’s words in the next paragraph, not the last named speaker’s', () => {
    const quotes = quotesOf(
      '“The harbour is safe,” said Mayor Tova Lindqvist on Monday.||“We lost everything,” one fisherman said.||“The boats are gone.”',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tova Lindqvist', '(one fisherman)', '(one fisherman)']);
  });
});

/** Quoted words a description does not make anyone's quotation. */
const NOT_SPEAKERS: readonly [string, string][] = [
  ['a report, not a speaker', '“Serious failings” were found, the report said.'],
  ['a statement, not a speaker', '“The line will reopen on Friday,” the statement said.'],
  ['a title in quotes', 'The council published “A Plan for the Harbour” on Monday, officials said.'],
];

describe('a described speaker gives no quote where no one speaks the words', () => {
  it.each(NOT_SPEAKERS)('%s', (_reading, body) => {
    expect(quotesOf(body).filter((quote) => quote.speaker.startsWith('('))).toEqual([]);
  });
});
