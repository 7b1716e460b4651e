/**
 * Event lists built directly (not compiled) for timeline tests that need kinds, precisions and
 * statuses the seed articles may not have, or thousands of events. Validated by the real schema.
 */
import { type EventList, eventListSchema, type TimelineEvent } from '../../src/model/event-list.ts';

const FILE = 'e2e/synthetic.txt';
const SENTENCE = 'A synthetic sentence.';

export type EventSpec = Pick<TimelineEvent, 'id' | 'kind' | 'title' | 'date'> &
  Partial<Pick<TimelineEvent, 'status' | 'quote'>>;

/** A valid event list holding `specs`, with two actors (alice, bob) everyone can refer to. */
export function eventList(specs: readonly EventSpec[]): EventList {
  return eventListSchema.parse({
    version: 1,
    articles: [{ file: FILE, published: '2026-01-01', text: SENTENCE }],
    actors: [
      { id: 'alice', name: 'Alice Archer', kind: 'person', roles: ['Mayor'], aliases: [] },
      { id: 'bob', name: 'Bob Baker', kind: 'person', roles: [], aliases: [] },
    ],
    events: specs.map((spec) => ({
      status: 'occurred',
      actors: ['alice', 'bob'],
      sources: [{ file: FILE, published: '2026-01-01', sentence: SENTENCE, start: 0, end: SENTENCE.length }],
      ...spec,
    })),
  });
}

const KINDS = [
  'meeting',
  'quote',
  'travel',
  'announcement',
  'statement',
  'policy',
  'conflict',
  'summit',
  'other',
] as const;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** `count` day-precision events of mixed kinds, spread evenly over `years` years from 2020. */
export function manyEvents(count: number, years = 3): EventList {
  const start = Date.UTC(2020, 0, 1);
  const step = (years * 365 * 24 * 3600 * 1000) / count;
  return eventList(
    Array.from({ length: count }, (_, index) => ({
      id: `event-${index}`,
      kind: KINDS[index % KINDS.length] ?? 'other',
      title: `Event number ${index}`,
      date: { start: isoDay(start + index * step), precision: 'day' as const },
    })),
  );
}
