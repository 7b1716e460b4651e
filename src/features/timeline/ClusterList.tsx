/** The events of a cluster that zooming cannot pull apart (same day), as buttons to pick one. */
import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../model/event-list.ts';

export interface ClusterListProps {
  events: readonly TimelineEvent[];
  onSelect: (eventId: string) => void;
  onClose: () => void;
}

export function ClusterList({ events, onSelect, onClose }: ClusterListProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="timeline__cluster-list" aria-labelledby="timeline-cluster-heading">
      <h3 id="timeline-cluster-heading" ref={headingRef} tabIndex={-1}>
        {events.length} events close together
      </h3>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <button type="button" onClick={() => onSelect(event.id)}>
              {event.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close the list
      </button>
    </section>
  );
}
