import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';
import { joinNames, prepositionFor, shorten, titleFor } from './event-titles.ts';

describe('titleFor', () => {
  it('titles a meeting by its participants and place', () => {
    expect(
      titleFor({
        kind: 'meeting',
        status: 'scheduled',
        names: ['Marco Rubio', 'Sergey Lavrov'],
        placePhrase: 'at the U.N. General Assembly',
        clause: '',
      }),
    ).toBe('Marco Rubio and Sergey Lavrov meet at the U.N. General Assembly');
  });

  it('titles a quote by its speaker, platform and first words', () => {
    expect(
      titleFor({
        kind: 'quote',
        status: 'occurred',
        names: ['Donald Trump'],
        quote: { text: 'We will win.', medium: 'Truth Social' },
        clause: '',
      }),
    ).toBe('Donald Trump on Truth Social: “We will win.”');
    expect(
      titleFor({
        kind: 'quote',
        status: 'occurred',
        names: ['Ana Rios'],
        quote: { text: 'No.', medium: 'a press conference' },
        clause: '',
      }),
    ).toBe('Ana Rios at a press conference: “No.”');
  });

  it('says when a meeting was called off', () => {
    expect(titleFor({ kind: 'meeting', status: 'cancelled', names: ['A', 'B'], clause: '' })).toBe(
      'A and B meeting called off',
    );
  });

  it('titles an event by its main clause, leaving out a relative clause after the subject', () => {
    const title = (clause: string) => titleFor({ kind: 'other', status: 'occurred', names: [], clause });
    expect(title('Tomas Grieg, who founded the company in 1961, was arrested on Friday')).toBe(
      'Tomas Grieg was arrested on Friday',
    );
    expect(title('Norvik Steel which was founded in 1921, filed for bankruptcy')).toBe(
      'Norvik Steel filed for bankruptcy',
    );
    // Not a parenthetical before the main verb: kept as written.
    expect(title('The board chose the bidder whose offer was higher, Halden Group')).toBe(
      'The board chose the bidder whose offer was higher, Halden Group',
    );
  });
});

describe('shorten', () => {
  it('cuts at a word and adds an ellipsis', () => {
    expect(shorten('one two three four five', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});

describe('joinNames', () => {
  it('joins with commas and "and"', () => {
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('prepositionFor (a quote title’s medium)', () => {
  it.each([
    ['Truth Social', 'on'],
    ['state television', 'on'],
    ['RTÉ radio', 'on'],
    ['a call with analysts', 'on'],
    ['telephone', 'by'],
    ['a press conference', 'at'],
    ['a statement', 'in'],
    ['her closing argument', 'in'],
    ['AFP', 'to'],
    ['the Gazette', 'to'],
    ['Reuters', 'to'],
  ])('%s -> %s', (medium, preposition) => {
    expect(prepositionFor(medium)).toBe(preposition);
  });
});

describe('titles of compiled events', () => {
  it.each([
    [
      'Graham Pellow, 58, who ran the water company from 2017 until his resignation, will appear in court on Jan. 21.',
      'Graham Pellow will appear in court',
    ],
    [
      'Ingrid Solvang, the soprano whose recordings of Grieg sold millions across Europe, died on Tuesday.',
      'Ingrid Solvang died',
    ],
  ])('names who acted when a long subject stands before the verb: %s', (sentence, title) => {
    const { list } = compileArticles([{ file: 'titles.txt', text: ` date 2026-01-06 ${sentence}\n` }]);
    expect(list.events.map((event) => event.title)).toContain(title);
  });
});

/** Each event of an invented article (dateline Wednesday 2025-06-04) as `title [actor names]`. */
function titledEvents(body: string): string[] {
  const { list } = compileArticles([{ file: 'titles.txt', text: ` date 2025-06-04 ${body}\n` }]);
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return list.events.map((event) => `${event.title} [${event.actors.map((id) => names.get(id) ?? id).join(', ')}]`);
}

describe('a quote whose speaker is described, not named', () => {
  it.each([
    [
      '“We will not back down,” a council spokesperson said on Monday.',
      'A council spokesperson: “We will not back down”',
    ],
    ['“Nobody warned us,” said a resident of the estate on Tuesday.', 'A resident of the estate: “Nobody warned us”'],
  ])('opens its title with a capital: %s', (body, title) => {
    const { list } = compileArticles([{ file: 'titles.txt', text: ` date 2025-06-04 ${body}\n` }]);
    expect(list.events.filter((event) => event.kind === 'quote').map((event) => event.title)).toEqual([title]);
  });
});

describe('what a title says of who acted', () => {
  it.each([
    // Ages and hometowns beside the names of a list stay out of the title.
    [
      'On Monday, Marit Lune, 29, of Bergen, and Osvald Krey, 63, were detained at the airport.',
      'Marit Lune and Osvald Krey were detained [Marit Lune, Osvald Krey]',
    ],
    [
      'Tove Sandhu, 52, from Port Ellery, and Bram Oduya, 47, of East Lansing, resigned on Friday.',
      'Tove Sandhu and Bram Oduya resigned [Tove Sandhu, Bram Oduya]',
    ],
    // A family is one group, whoever of it was named before.
    [
      'Lucan Abernathy founded the bakery in 1988. Abernathy family members sued the council on Monday.',
      'Abernathy family members sued the council [Abernathy family]',
    ],
    // A number the name's last word calls for is the name's.
    [
      'Sindicato N°4 members voted on Monday to strike.',
      'Sindicato N°4 members voted on Monday to strike [Sindicato N°4]',
    ],
    ['SEIU Local 2230 voted on Tuesday to strike.', 'SEIU Local 2230 voted on Tuesday to strike [SEIU Local 2230]'],
    // A country that owns a person's title acts beside her, but the title names her.
    ["Croatia's central bank governor Vesna Marić resigned on Monday.", 'Vesna Marić resigned [Croatia, Vesna Marić]'],
    // "the country's housing minister": the minister named before.
    [
      "Housing Minister Efua Mensah unveiled the plan on Monday. On Friday the country's housing minister said that rents would fall.",
      'Efua Mensah: rents would fall [Efua Mensah]',
    ],
    // A person's age, and the description after it, stay out of the title.
    [
      'Idris Folau, 58, a retired harbour pilot from Napier, took office on Tuesday.',
      'Idris Folau took office [Idris Folau]',
    ],
    // A list of three is said as one; a relative clause with a number in it is left out.
    [
      'Soren Alm, Ivo Rask and Nadia Berg signed the pact on Monday.',
      'Soren Alm, Ivo Rask and Nadia Berg signed the pact [Soren Alm, Ivo Rask, Nadia Berg]',
    ],
    ['Velda Systems, which employs 4,300 people, was sold on Monday.', 'Velda Systems was sold [Velda Systems]'],
    // A subject's possessive is its own.
    ["Ivo Rask's own advisers rejected the plan on Wednesday.", "Ivo Rask's own advisers rejected the plan [Ivo Rask]"],
    // Whom a speaker told is not what was said.
    [
      'Mayor Ottilie Brand told the council on Monday she would not seek re-election.',
      'Ottilie Brand: she would not seek re-election [Ottilie Brand]',
    ],
    [
      'Kofi Anane told reporters in Kumasi on Tuesday the mine would close.',
      'Kofi Anane: the mine would close [Kofi Anane]',
    ],
    // A speaker no actor stands for is told in the text's words.
    ['On Friday the ministry said that the rents would fall.', 'The ministry: the rents would fall []'],
    [
      'Late on Friday, a police spokeswoman told reporters that the road had reopened.',
      'A police spokeswoman: the road had reopened []',
    ],
  ])('%s', (body, expected) => {
    expect(titledEvents(body)).toContain(expected);
  });
});
