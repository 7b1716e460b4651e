import { beforeEach, describe, expect, it } from 'vitest';
import type { EventList, TimelineEvent } from '../model/event-list.ts';
import { selectActorCounts, selectIsFiltered, selectKindCounts, selectVisibleEvents } from './selectors.ts';
import { initialDatelineState, useDatelineStore } from './store.ts';

function event(id: string, kind: TimelineEvent['kind'], actors: string[]): TimelineEvent {
  return {
    id,
    kind,
    title: id,
    date: { start: '2025-09-24', precision: 'day' },
    status: 'occurred',
    actors,
    sources: [{ file: 'a.txt', published: '2025-09-24', sentence: 'x', start: 0, end: 1 }],
  };
}

function actor(id: string, name: string): EventList['actors'][number] {
  return { id, name, kind: 'person', roles: [], aliases: [] };
}

const list: EventList = {
  version: 1,
  articles: [],
  actors: [
    actor('rubio', 'Marco Rubio'),
    actor('lavrov', 'Sergey Lavrov'),
    actor('abe', 'Abe Zed'),
    actor('nobody', 'No One'),
  ],
  events: [
    event('e1', 'meeting', ['rubio', 'lavrov']),
    event('e2', 'quote', ['rubio']),
    event('e3', 'meeting', ['lavrov']),
    event('e4', 'quote', ['abe']),
    event('e5', 'meeting', ['rubio', 'abe']),
  ],
};

describe('filter selectors', () => {
  beforeEach(() => {
    useDatelineStore.setState(initialDatelineState, true);
    useDatelineStore.getState().setEventList(list);
  });

  it('counts each actor’s events, most first then by name, leaving out actors with none', () => {
    const counts = selectActorCounts(useDatelineStore.getState()).map(({ actor, count }) => [actor.name, count]);
    expect(counts).toEqual([
      ['Marco Rubio', 3],
      ['Abe Zed', 2],
      ['Sergey Lavrov', 2],
    ]);
  });

  it('counts the kinds present, most first', () => {
    expect(selectKindCounts(useDatelineStore.getState())).toEqual([
      { kind: 'meeting', count: 3 },
      { kind: 'quote', count: 2 },
    ]);
  });

  it('keeps events with any or all of the checked actors, and of the checked kinds', () => {
    const store = useDatelineStore.getState();
    store.setActorFilter(['lavrov', 'abe']);
    const ids = () => selectVisibleEvents(useDatelineStore.getState()).map((entry) => entry.id);
    expect(ids()).toEqual(['e1', 'e3', 'e4', 'e5']);
    store.setMatchMode('all');
    expect(ids()).toEqual([]);
    store.setActorFilter(['rubio', 'abe']);
    expect(ids()).toEqual(['e5']);
    store.setMatchMode('any');
    store.setKindFilter(['quote']);
    expect(ids()).toEqual(['e2', 'e4']);
    expect(selectIsFiltered(useDatelineStore.getState())).toBe(true);
    store.clearFilters();
    expect(ids()).toHaveLength(5);
    expect(selectIsFiltered(useDatelineStore.getState())).toBe(false);
  });
});
