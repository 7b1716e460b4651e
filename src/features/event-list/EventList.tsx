/**
 * Every visible event as a list of buttons, in time order and grouped by date: the keyboard and
 * screen-reader way through the same data as the timeline. It follows the filter and the selection.
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TimelineEvent } from '../../model/event-list.ts';
import { eventSummary, formatPartialDate, kindLabel, statusLabel } from '../../model/event-text.ts';
import { selectVisibleEventGroups, type EventDateGroup } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import './event-list.css';

function groupHeading(group: EventDateGroup): string {
  const date = formatPartialDate(group.start);
  return group.precision === 'day' ? date : `${date} (${group.precision})`;
}

export function EventList() {
  const groups = useDatelineStore(useShallow(selectVisibleEventGroups));
  const loadStatus = useDatelineStore((state) => state.loadStatus);
  if (loadStatus !== 'ready') return null;
  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading" className="event-list__heading">
        Events
      </h2>
      {groups.length === 0 ? (
        <p className="event-list__empty">No events match the filters.</p>
      ) : (
        <ol className="event-list__groups" aria-label="Events">
          {groups.map((group) => {
            const headingId = `event-list-date-${group.precision}-${group.start}`;
            return (
              <li key={`${group.precision}:${group.start}:${group.events[0]?.id ?? ''}`} className="event-list__group">
                <h3 id={headingId} className="event-list__date">
                  <time dateTime={group.start}>{groupHeading(group)}</time>
                </h3>
                <ul className="event-list__entries" aria-labelledby={headingId}>
                  {group.events.map((event) => (
                    <EventEntry key={event.id} event={event} />
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function EventEntry({ event }: { event: TimelineEvent }) {
  const selected = useDatelineStore((state) => state.selectedEventId === event.id);
  const selectEvent = useDatelineStore((state) => state.selectEvent);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Keep the selected entry in sight when the selection comes from elsewhere (timeline, keys).
  useEffect(() => {
    if (selected) buttonRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <li className="event-list__entry">
      <button
        ref={buttonRef}
        type="button"
        className="event-list__button"
        aria-current={selected ? 'true' : undefined}
        aria-label={eventSummary(event)}
        onClick={() => selectEvent(event.id)}
      >
        {/* The parts are grid cells, which screen readers would join with stray spaces ("Meeting ,
            title"): the name is given whole, holding the visible words in their order. */}
        <span className={`event-list__kind event-list__kind--${event.kind}`}>{kindLabel(event.kind)}</span>
        <span className="event-list__title">{event.title}</span>
        <span className={`event-list__status event-list__status--${event.status}`}>{statusLabel(event.status)}</span>
      </button>
    </li>
  );
}
