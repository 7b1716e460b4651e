import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/**
 * Who takes part in events, on sentences invented for the purpose in many news styles (wire,
 * British local, sports, court, business, translated) about invented people and bodies: names a
 * reader sees plainly are actors of the right kind, attached to the events they take part in.
 */
function compiled(body: string) {
  const { list } = compileArticles([{ file: 'in-styles.txt', text: ` date 2026-03-04\n\n${body}\n` }]);
  const byId = new Map(list.actors.map((actor) => [actor.id, actor]));
  return {
    /** Every actor the article names, as "name (kind)". */
    actors: list.actors.map((actor) => `${actor.name} (${actor.kind})`),
    /** The actors of the events told by the sentence containing `phrase`. */
    actorsOf(phrase: string): string[] {
      const events = list.events.filter((event) => event.sources.some((source) => source.sentence.includes(phrase)));
      return [...new Set(events.flatMap((event) => event.actors.map((id) => byId.get(id)?.name ?? id)))];
    },
  };
}

describe('a month that is also a given name', () => {
  it.each([
    ['June Sarpong met the culture secretary on Wednesday.', 'June Sarpong'],
    ['April Ashworth resigned as chair of the trust on Friday.', 'April Ashworth'],
    ['May Tanaka was appointed director of the museum on Monday.', 'May Tanaka'],
    ['On Monday, August Lindqvist signed the agreement in Oslo.', 'August Lindqvist'],
  ])('%s', (body, name) => {
    expect(compiled(body).actors).toContain(`${name} (person)`);
    expect(compiled(body).actorsOf(body.slice(0, 12))).toContain(name);
  });

  it.each([
    ['In June Kenya signed the deal with Ethiopia.', 'Kenya (country)'],
    ['On 5 June Kenya signed the deal with Ethiopia.', 'Kenya (country)'],
    ['In May Halvorsen Shipping Group cut 400 jobs at its Bergen yard.', 'Halvorsen Shipping Group (organization)'],
  ])('keeps the month a date in "%s"', (body, actor) => {
    const { actors } = compiled(body);
    expect(actors).toContain(actor);
    expect(actors.some((name) => /^(?:June|May) /.test(name))).toBe(false);
  });
});

describe('a surname that opens with a lower-case particle, after a title', () => {
  it.each([
    ['Mr de Villiers told the court on Tuesday that he had never seen the documents.', 'de Villiers'],
    ['President von der Leyen met Chancellor Ilse Kramer on Monday.', 'von der Leyen'],
    ['Ms van der Merwe resigned from the board on Friday.', 'van der Merwe'],
  ])('%s', (body, name) => {
    expect(compiled(body).actorsOf(body.slice(0, 10))).toContain(name);
  });

  it('finds the person again by the surname with its particle', () => {
    const { actorsOf } = compiled(
      'Pieter van der Berg met the mayor of Utrecht on Monday.\n\nOn Tuesday, van der Berg flew to Brussels.',
    );
    expect(actorsOf('flew to Brussels')).toEqual(['Pieter van der Berg']);
  });
});

describe('a party named by what its members are', () => {
  it.each([
    ['The Greens walked out of the coalition talks on Thursday.', 'Greens'],
    ['The Liberal Democrats announced on Monday that they would field a candidate.', 'Liberal Democrats'],
    ['Labour selected Priya Shah as its candidate on Monday.', 'Labour'],
    ['The Conservatives won the by-election in Harlow on Thursday.', 'Conservatives'],
    ['Senate Republicans blocked the bill on Tuesday.', 'Senate Republicans'],
  ])('%s', (body, party) => {
    const { actors, actorsOf } = compiled(body);
    expect(actors).toContain(`${party} (organization)`);
    expect(actorsOf(body.slice(0, 12))).toContain(party);
  });

  it('keeps a title that names a field of government a title', () => {
    expect(compiled('Labour Minister Ana Soto resigned on Monday.').actorsOf('Ana Soto')).toEqual(['Ana Soto']);
  });
});

describe('a body named again by the capitalised word its name is built on', () => {
  it.each([
    [
      'The European Commission fined Lumen Tech on Monday.\n\nThe Commission said on Tuesday it would not reopen the case.',
      'The Commission said',
      'European Commission',
    ],
    [
      'The High Court of Kenya suspended the levy on Monday.\n\nThe Court said on Friday that it would rule in May.',
      'The Court said',
      'High Court of Kenya',
    ],
    [
      'The Czech National Bank held rates on Thursday.\n\nThe Bank said on Friday that inflation was falling.',
      'The Bank said',
      'Czech National Bank',
    ],
    [
      'Harlow District Council approved the budget on Monday, and Essex Police backed it.\n\nThe Council said on Friday it would raise parking charges.',
      'The Council said',
      'Harlow District Council',
    ],
  ])('%s', (body, sentence, named) => {
    expect(compiled(body).actorsOf(sentence)).toContain(named);
  });

  it('names the body by its word when none named before is built on it', () => {
    expect(compiled('The Commission said on Tuesday it would appeal.').actors).toEqual(['Commission (organization)']);
  });

  it('leaves "the Bank of England" a name of its own', () => {
    const { actors } = compiled(
      'The Czech National Bank held rates on Thursday.\n\nThe Bank of England cut rates on Friday.',
    );
    expect(actors).toContain('Bank of England (organization)');
  });
});

describe('"the defendant", "the teenager", "the singer": someone the story is about, named before', () => {
  it.each([
    [
      'Leanne Carr was charged on Monday with fraud.\n\nThe defendant was remanded in custody on Wednesday.',
      'The defendant',
      'Leanne Carr',
    ],
    [
      'Olu Bankole was arrested in Ibadan on Monday.\n\nThe accused was released on bail on Thursday.',
      'The accused',
      'Olu Bankole',
    ],
    [
      'Jayden Price, 17, was arrested on Monday.\n\nThe teenager was released on Tuesday.',
      'The teenager',
      'Jayden Price',
    ],
    [
      'Doris Hale, 84, was robbed in Leeds on Monday.\n\nThe pensioner died in hospital on Wednesday.',
      'The pensioner',
      'Doris Hale',
    ],
    [
      'Singer Amaka Obi cancelled her tour on Monday.\n\nThe singer said on Tuesday that she was unwell.',
      'The singer',
      'Amaka Obi',
    ],
    [
      'Kevin Doyle was jailed on Friday for attacking Jason Reed.\n\nThe defendant will appeal on Monday.',
      'The defendant',
      'Kevin Doyle',
    ],
  ])('%s', (body, sentence, person) => {
    expect(compiled(body).actorsOf(sentence)).toContain(person);
  });

  it('leaves "the man" to someone described but not named in the sentence before', () => {
    const { actorsOf } = compiled(
      'Police arrested a man on Monday after Ana Ruiz was attacked.\n\nThe man was charged on Tuesday.',
    );
    expect(actorsOf('The man was charged')).toEqual([]);
  });

  it('takes the gender the noun tells', () => {
    const { actorsOf } = compiled(
      'Tomas Berg met Ms Ingrid Sol in Oslo on Monday.\n\nThe woman was arrested on Tuesday.',
    );
    expect(actorsOf('The woman was arrested')).toEqual(['Ingrid Sol']);
  });
});

describe('a club or a company whose name ends or opens with a common word', () => {
  it.each([
    ['Real Oviedo sacked their manager on Sunday after a fifth straight defeat.', 'Real Oviedo'],
    ['Atlético Serrano appointed Iker Sola as coach on Monday.', 'Atlético Serrano'],
    ['Harlow Town signed the striker Dean Fowler on Friday.', 'Harlow Town'],
    ['Hollis Brothers closed their last store on Saturday.', 'Hollis Brothers'],
    ['Lumen Tech cut 300 jobs on Wednesday.', 'Lumen Tech'],
    ['Dalgety Water was fined 3 million pounds on Monday.', 'Dalgety Water'],
  ])('%s', (body, name) => {
    expect(compiled(body).actors).toContain(`${name} (organization)`);
  });

  it('finds the club again as "the club"', () => {
    const { actorsOf } = compiled(
      'Harlow Town sacked their manager on Sunday.\n\nThe club appointed Kevin Marsh as caretaker on Monday.',
    );
    expect(actorsOf('The club appointed')).toContain('Harlow Town');
  });

  it('names no body "Town" for "Town officials"', () => {
    expect(compiled('Town officials approved the new parking scheme on Tuesday.').actors).toEqual([]);
  });
});

describe('a possessive inside a body name that opens with a common word', () => {
  it.each([
    ["The People's Democratic Party nominated Aisha Bello on Saturday.", "People's Democratic Party"],
    ["The People's Liberation Army held drills near the strait on Monday.", "People's Liberation Army"],
  ])('%s', (body, name) => {
    expect(compiled(body).actors).toContain(`${name} (organization)`);
  });
});

describe('a title with a lower-case complement before the name it introduces', () => {
  it.each([
    'The minister of mines, Grace Tembo, visited the mine on Monday.\n\nThe minister announced on Tuesday that the mine would close.',
    'The minister for humanitarian action, Grace Tembo, visited the camp on Monday.\n\nThe minister announced on Tuesday that the camp would close.',
  ])('%s', (body) => {
    expect(compiled(body).actorsOf('The minister announced')).toEqual(['Grace Tembo']);
  });
});

describe("a live blog's time stamp with a time zone", () => {
  it.each([
    ['14:05 GMT Police closed the Harnell bridge after a crash.', 'GMT'],
    ['9.40am BST The hospital said it had closed its emergency department.', 'BST'],
    ['3.15pm AEST Kellford Council closed the beach on Sunday.', 'AEST'],
  ])('%s: the time zone names nobody', (body, zone) => {
    expect(compiled(body).actors.filter((actor) => actor.includes(zone))).toEqual([]);
  });

  it('a body whose name holds the letters is still read', () => {
    expect(compiled('The EST Group said on Monday it had bought Kelvar Foods.').actors).toContain(
      'EST Group (organization)',
    );
  });
});

describe('a participle clause opening the sentence', () => {
  it.each([
    ['Having sold the family business in 2015, Thabo Ndlovu moved to Durban.', 'Thabo Ndlovu'],
    ['Having lost the confidence vote, Prime Minister Ola Berg resigned on Monday.', 'Ola Berg'],
    ['Being the only bidder, Corvane Freight won the port contract on Tuesday.', 'Corvane Freight'],
  ])('%s', (body, name) => {
    const { actors, actorsOf } = compiled(body);
    expect(actors.some((actor) => /^(?:Having|Being)\b/.test(actor))).toBe(false);
    expect(actorsOf(body.slice(0, 12))).toContain(name);
  });
});
