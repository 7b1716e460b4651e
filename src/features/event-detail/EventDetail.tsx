import { selectSelectedEvent } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';

export function EventDetail() {
  const event = useDatelineStore(selectSelectedEvent);
  if (!event) return null;
  return (
    <section className="event-detail" aria-label="Event details">
      <h2>{event.title}</h2>
      <p>
        <time dateTime={event.date.start}>{event.date.start}</time> ({event.date.precision} precision, {event.status})
      </p>
    </section>
  );
}
