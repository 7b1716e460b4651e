import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

function compile(articles: Record<string, string>) {
  const { list } = compileArticles(
    Object.entries(articles).map(([file, body]) => ({ file, text: ` date 2025-06-04 ${body}\n` })),
  );
  const names = new Map(list.actors.map((actor) => [actor.id, actor.name]));
  return {
    list,
    events: list.events.map(
      (event) =>
        `${event.kind} ${event.date.start} [${event.actors.map((id) => names.get(id)).join(', ')}] x${event.sources.length}`,
    ),
  };
}

describe('bodies named only by their kind belong to their own article', () => {
  it('two countries’ central banks acting on one day are two events, each with its own bank', () => {
    const { list, events } = compile({
      'lima.txt': "LIMA - Peru's economy grew 3% in April. The central bank raised its key rate on Tuesday.",
      'abuja.txt': "ABUJA - Nigeria's inflation slowed in May. The central bank raised its key rate on Tuesday.",
    });
    expect(events.filter((line) => line.startsWith('policy'))).toEqual([
      'policy 2025-06-03 [central bank (abuja.txt)] x1',
      'policy 2025-06-03 [central bank (lima.txt)] x1',
    ]);
    expect(list.actors.find((actor) => actor.name === 'central bank (lima.txt)')?.aliases).toContain('central bank');
  });

  it('keeps the plain name, and one actor, when only one article names such a body', () => {
    const { events } = compile({
      'town.txt':
        'The city council voted on Monday to close the Hallow Lane baths. The city council will meet again on June 20.',
      'other.txt': 'Mira Sorel, the mayor of Tarnby, met union leaders on Tuesday.',
    });
    expect(events.filter((line) => line.includes('city council'))).toEqual([
      'policy 2025-06-02 [city council] x1',
      'meeting 2025-06-20 [city council] x1',
    ]);
  });

  it('capitalised kind names ("the Senate", "the City Council") are per article too', () => {
    const { list } = compile({
      'a.txt': 'The Senate passed the budget bill on Monday.',
      'b.txt': 'The Senate passed the budget bill on Monday.',
    });
    expect(list.actors.map((actor) => actor.name).sort()).toEqual(['Senate (a.txt)', 'Senate (b.txt)']);
  });

  it('a body with a name of its own is one body in every article', () => {
    const { list } = compile({
      'a.txt': 'The World Bank approved a $40 million loan on Monday.',
      'b.txt': 'The World Bank approved a $40 million loan on Monday.',
      'c.txt': 'The European Space Agency delayed the launch on Monday.',
      'd.txt': 'The European Space Agency delayed the launch on Monday.',
      'e.txt': 'Millbrook City Council approved the plan on Monday.',
      'f.txt': 'Millbrook City Council approved the plan on Monday.',
    });
    expect(list.actors.map((actor) => actor.name).sort()).toEqual([
      'European Space Agency',
      'Millbrook City Council',
      'World Bank',
    ]);
    expect(list.events.every((event) => event.sources.length === 2)).toBe(true);
  });

  it("a body's id does not change when an unrelated sentence of its article is edited", () => {
    const before = compile({ 'a.txt': 'The central bank raised its key rate on Tuesday. Markets rose.' });
    const after = compile({ 'a.txt': 'The central bank raised its key rate on Tuesday. Markets fell sharply.' });
    expect(after.list.actors.map((actor) => actor.id)).toEqual(before.list.actors.map((actor) => actor.id));
    expect(after.list.events[0]?.id).toBe(before.list.events[0]?.id);
  });
});
