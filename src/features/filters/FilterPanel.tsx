/**
 * Filters: the "N of M events" status, a "Filters" disclosure (collapsed by default on narrow
 * screens so the timeline keeps the room), the Actors and Kinds groups and "Clear filters".
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectEvents, selectIsFiltered, selectVisibleEvents } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import { ActorFilter } from './ActorFilter.tsx';
import './filters.css';
import { describeCount } from './filter-text.ts';
import { KindFilter } from './KindFilter.tsx';

const NARROW_SCREEN = '(max-width: 720px)';

function startsOpen(): boolean {
  return typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_SCREEN).matches;
}

export function FilterPanel() {
  const panelId = useId();
  const [open, setOpen] = useState(startsOpen);
  const visibleCount = useDatelineStore(useShallow(selectVisibleEvents)).length;
  const totalCount = useDatelineStore(selectEvents).length;
  const filtered = useDatelineStore(selectIsFiltered);
  const clearFilters = useDatelineStore((state) => state.clearFilters);

  return (
    <section className="filters" aria-label="Filters">
      <div className="filters__bar">
        <button
          type="button"
          className="filters__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          Filters <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <p role="status" className="filters__status">
          {describeCount(visibleCount, totalCount, filtered)}
        </p>
      </div>
      <div id={panelId} className="filters__panel" hidden={!open}>
        <ActorFilter />
        <KindFilter />
        <button type="button" className="filters__clear" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    </section>
  );
}
