/**
 * "Previous event" / "Next event" through the visible events in time order, and the same moves on
 * the keyboard (see use-keyboard-navigation.ts).
 */
import { useShallow } from 'zustand/react/shallow';
import { selectNeighbours } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import { useKeyboardNavigation } from './use-keyboard-navigation.ts';
import './navigation.css';

export function EventNavigation() {
  const neighbours = useDatelineStore(useShallow(selectNeighbours));
  const selectedEventId = useDatelineStore((state) => state.selectedEventId);
  const selectEvent = useDatelineStore((state) => state.selectEvent);
  useKeyboardNavigation();
  // With nothing selected, "Next" starts at the first event and "Previous" at the last.
  const previous = selectedEventId === null ? undefined : neighbours.previous;
  const next = selectedEventId === null ? neighbours.first : neighbours.next;

  return (
    <nav className="event-navigation" aria-label="Event navigation">
      <button type="button" disabled={!previous} onClick={() => previous && selectEvent(previous.id)}>
        <span aria-hidden="true">← </span>Previous event
      </button>
      <p className="event-navigation__position" aria-live="polite">
        {neighbours.position > 0 ? `Event ${neighbours.position} of ${neighbours.count}` : `${neighbours.count} events`}
      </p>
      <button type="button" disabled={!next} onClick={() => next && selectEvent(next.id)}>
        Next event<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
