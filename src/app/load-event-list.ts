import { eventListSchema, type EventList } from '../model/event-list.ts';

/** Fetches and validates the compiled event list; rejects with a readable message. */
export async function loadEventList(url: string): Promise<EventList> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load the events (${response.status} ${response.statusText}).`);
  const parsed = eventListSchema.safeParse(await response.json());
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`The event list is not valid: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'}`);
  }
  return parsed.data;
}
