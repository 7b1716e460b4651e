import type { EventList, TimelineEvent } from '../model/event-list.ts';

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

/** A small event list for the URL tests: two actors, three events. */
export const testEventList: EventList = {
  version: 1,
  articles: [],
  actors: [
    { id: 'marco-rubio', name: 'Marco Rubio', kind: 'person', roles: [], aliases: [] },
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', roles: [], aliases: [] },
  ],
  events: [
    event('2025-09-24-meeting-marco-rubio-sergey-lavrov', 'meeting', ['marco-rubio', 'sergey-lavrov']),
    event('2025-09-24-quote-marco-rubio', 'quote', ['marco-rubio']),
    event('2025-09-25-quote-sergey-lavrov', 'quote', ['sergey-lavrov']),
  ],
};
