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
