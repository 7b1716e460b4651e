import { describe, expect, it } from 'vitest';
import { eventListSchema, type EventList } from '../model/event-list.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { compileArticles, outputIssues } from './compile.ts';

const source = { file: 'a.txt', published: '2025-01-01', sentence: 'Ada met Omar.', start: 0, end: 13 };
function event(id: string, actors: string[]) {
  const date = { start: '2025-01-01', precision: 'day' as const };
  return {
    id,
    kind: 'meeting' as const,
    title: 'Ada met Omar',
    date,
    status: 'occurred' as const,
    actors,
    sources: [source],
  };
}
const shown = (issues: { path: PropertyKey[]; message: string }[]): string[] =>
  issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);

describe('outputIssues (the merged list checked element by element)', () => {
  it('finds what the whole-list schema finds: a bad slug, an unknown actor, a duplicate id, a missing source', () => {
    const list = {
      version: 1,
      articles: [{ file: 'a.txt', published: '2025-13-01', text: 'Ada met Omar.' }],
      actors: [{ id: 'Ada Lind', name: 'Ada Lind', kind: 'person', roles: [], aliases: [] }],
      events: [event('a', ['nobody']), event('a', []), { ...event('b', []), sources: [] }],
    } as unknown as EventList;
    const whole = eventListSchema.safeParse(list);
    expect(whole.success).toBe(false);
    expect(shown(outputIssues(list)).sort()).toEqual(shown(whole.error?.issues ?? []).sort());
    expect(shown(outputIssues(list))).toHaveLength(5);
  });

  it('finds nothing in a compiled corpus', () => {
    const { list, diagnostics } = compileArticles(generateCorpus(5, 11));
    expect(list.events.length).toBeGreaterThan(5);
    expect(outputIssues(list)).toEqual([]);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-output')).toEqual([]);
  });
});
