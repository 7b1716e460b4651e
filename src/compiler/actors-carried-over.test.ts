import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';

/**
 * Who acts in an event whose sentence names them by what they are ("the group", "the festival")
 * or whose subject a tally could hide ("voted by nine votes to four"): invented articles in
 * several styles, each with the whole actor list a reader would accept, and the negatives where a
 * description must stay unresolved.
 */

/** The actor list of the event of `kind` whose line contains `date` (the first of that kind by default). */
function actorsOf(body: string, kind: string, date = ''): string | undefined {
  const line = eventLines(body, () => true).find((event) => event.startsWith(`${kind} `) && event.includes(date));
  return line?.slice(line.indexOf('['));
}

describe('"the group": a lobby, a charity or a movement named before, whatever heads its name', () => {
  it.each([
    [
      'a trade lobby called a council (statehouse wire)',
      'The Harlow Dairy Business Council spent $300,000 lobbying against the bill last year. The group said on Tuesday it would ask the governor to veto the measure.',
      'announcement',
      '[Harlow Dairy Business Council]',
    ],
    [
      'a charity called a council (aid agency report)',
      'The Norwegian Refugee Council delivered aid to Garo on Monday. The group said on Tuesday that it would send more trucks next week.',
      'announcement',
      '[Norwegian Refugee Council]',
    ],
    [
      'an alliance, after a relative clause (local paper)',
      'The Tarn Valley Anglers Alliance, which pushed for the ban, thanked lawmakers on Monday. The group plans a rally at the Capitol on Saturday.',
      'other',
      '[Tarn Valley Anglers Alliance]',
    ],
  ])('%s', (_, body, kind, actors) => {
    expect(actorsOf(body, kind, '2025-06-0')).toBe(actors);
  });

  it.each([
    [
      'a city council',
      'Millbrook City Council approved the budget on Monday. The group said on Tuesday it would appeal the ruling.',
    ],
    [
      'a government department',
      'The Department of Water Resources imposed limits on 41 wells on Monday. The group said on Tuesday it would appeal.',
    ],
  ])('does not make %s "the group"', (_, body) => {
    expect(actorsOf(body, 'announcement', '2025-06-03')).toBe('[]');
  });
});

describe('a tally after "voted" is no second vote', () => {
  it.each([
    [
      'Bradstow Town Council voted by nine votes to four on Monday evening to take over the library.',
      '[Bradstow Town Council]',
    ],
    ['The Velland parliament voted by 212 votes to 190 on Monday to approve the treaty.', '[Velland parliament]'],
    ['Harlow Rovers members voted by 40 votes to 12 on Monday to sell the ground.', '[Harlow Rovers]'],
  ])('%s', (body, actors) => {
    expect(actorsOf(body, 'policy')).toBe(actors);
  });

  it('still reads "votes to" after a subject as a vote', () => {
    expect(actorsOf('The Kestrel city council votes on Tuesday to set the budget.', 'policy')).toBe(
      '[Kestrel city council]',
    );
  });
});

describe('"the festival": a festival named before, which organises and cancels', () => {
  it.each([
    [
      'a trade paper, the festival in its city and country',
      'The Adriatic Film Festival in Split, Croatia, said on Tuesday it would hold a gala. The festival said it was served with the order at 3 p.m. on Wednesday.',
      'other',
      '[Adriatic Film Festival]',
      '2025-06-04',
    ],
    [
      'a local paper',
      'The Velmont Jazz Festival opened in Harlow on Friday. The festival said on Saturday that the closing concert would move to Sunday.',
      'statement',
      '[Velmont Jazz Festival]',
      '2025-05-31',
    ],
  ])('%s', (_, body, kind, actors, date) => {
    expect(actorsOf(body, kind, date)).toBe(actors);
  });

  it('leaves "the festival" unresolved when no festival was named', () => {
    const body =
      'Orvel Bank sponsored a concert in Harlow on Friday. The festival said on Saturday that the closing concert would move to Sunday.';
    expect(actorsOf(body, 'statement', '2025-05-31') ?? '[]').toBe('[]');
  });
});

describe('who stages or calls off a happening named by its noun', () => {
  it.each([
    [
      'a festival whose name holds an event noun (trade paper)',
      'The Velmont Festival opened on Friday.',
      'other',
      '[Velmont Festival]',
    ],
    [
      'a festival that calls off a concert (local paper)',
      'The Velmont Jazz Festival cancelled the concert on Friday.',
      'other',
      '[Velmont Jazz Festival]',
    ],
    [
      'a weekday possessive before the noun called off (Variety style)',
      "The Adriatic Film Festival in Split, Croatia, cancelled Wednesday night's world premiere of Mirela Kovač's documentary.",
      'other',
      '[Adriatic Film Festival, Mirela Kovač]',
    ],
    [
      'a club that calls off a match (sports page)',
      "Harlow Rovers called off Saturday's match against Kestrel Town.",
      'other',
      '[Harlow Rovers, Kestrel Town]',
    ],
    [
      'a trust that postpones its fair (community bulletin)',
      'The Velmont Arts Trust postponed its annual fair on Sunday.',
      'other',
      '[Velmont Arts Trust]',
    ],
  ])('%s', (_, body, kind, actors) => {
    expect(actorsOf(body, kind)).toBe(actors);
  });
});

describe('the subject before an aside opened by a participle', () => {
  it.each([
    [
      'a festival told again (trade paper)',
      "The Adriatic Film Festival cancelled a gala on Monday. The festival, founded in 2009, opened on Friday with Dalibor Šimić's comedy.",
      'other',
      '[Adriatic Film Festival]',
      '2025-05-30',
    ],
    [
      'a company that files for bankruptcy (business wire)',
      'Norvik Steel, founded in 1921, filed for bankruptcy on Monday.',
      'other',
      '[Norvik Steel]',
      '2025-06-02',
    ],
    [
      'a person (obituary style)',
      'Ivo Brandt, elected in 2019, resigned on Monday.',
      'other',
      '[Ivo Brandt]',
      '2025-06-02',
    ],
  ])('%s', (_, body, kind, actors, date) => {
    expect(actorsOf(body, kind, date)).toBe(actors);
  });

  it('names nobody when only a description stands before the aside', () => {
    expect(actorsOf('The company, hit by falling demand, cut 400 jobs on Monday.', 'other')).toBe('[]');
  });
});

describe('"him" after a verb whose object was named: the object, not someone before', () => {
  it.each([
    [
      'an arrest told with an apposition (newsletter)',
      'Treasury Secretary Faith Wanjala presented the budget on Tuesday. Police in Arusha arrested Juma Kisanga, the deputy chairman of the party, on Wednesday, accusing him of inciting hatred. He was freed on bail on Friday.',
      'other',
      '[Juma Kisanga]',
      '2025-05-30',
    ],
    [
      'a sacking (wire)',
      'Governor Tom Holt opened the session on Monday. The board sacked Amir Haddad, its chief executive, on Tuesday, blaming him for the losses. He resigned from the club on Wednesday.',
      'other',
      '[Amir Haddad]',
      '2025-06-04',
    ],
  ])('%s', (_, body, kind, actors, date) => {
    expect(actorsOf(body, kind, date)).toBe(actors);
  });
});

describe('a body named by one unknown word, then an aside of how it was made', () => {
  it.each([
    [
      'a payments firm (trade press)',
      'Kestrav, founded in 2014 and now the third-largest acquirer in the Benelux, said on Monday that 31,000 merchants were affected.',
      'other',
      '2014',
    ],
    [
      'a start-up (tech blog)',
      'Lumora, established in 2019 by two former engineers, said on Monday that it had raised $40 million.',
      'other',
      '2025-06-02',
    ],
  ])('%s', (_, body, kind, date) => {
    expect(actorsOf(body, kind, date)).toBe(`[${body.split(',')[0]}]`);
  });
});

describe('who called off or made a plan told in a relative clause', () => {
  it.each([
    [
      'two allies postponing an exercise (Yonhap style)',
      'South Korea and the United States postponed a combined air exercise that had been set to begin Monday, citing heavy snow.',
      '[South Korea, United States]',
    ],
    [
      'a club cancelling a friendly (sports page)',
      'Harlow Rovers cancelled the friendly that was due to take place on Saturday.',
      '[Harlow Rovers]',
    ],
  ])('%s', (_, body, actors) => {
    expect(actorsOf(body, 'other')).toBe(actors);
  });

  it('names nobody for a plan that is only reported', () => {
    expect(actorsOf('The march that was set to begin on Saturday was banned on Friday.', 'policy')).toBe('[]');
  });
});

describe('a place named after a part of a place is no person a "she" may be', () => {
  it.each([
    [
      'a fire that reached a town (Sunday profile)',
      'Fire chief Eleni Markopoulou took command on Monday. The fire reached the edge of Nea Makri by dawn on Tuesday. “You plan, or people die,” she said on Wednesday.',
    ],
    [
      'floods on the outskirts of a town (wire)',
      'Fire chief Eleni Markopoulou took command on Monday. Floods hit the outskirts of Agia Marina on Tuesday. “We were ready,” she said on Wednesday.',
    ],
  ])('%s', (_, body) => {
    expect(actorsOf(body, 'quote')).toBe('[Eleni Markopoulou]');
  });
});
