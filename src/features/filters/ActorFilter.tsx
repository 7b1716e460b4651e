/**
 * The "Actors" group: a checkbox per actor, named by the actor's name alone so that
 * `getByRole('checkbox', { name: 'Marco Rubio' })` and screen readers find it; the event count is
 * its description (aria-describedby), read after the name.
 */
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectActorCounts } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import { formatEventCount } from './filter-text.ts';
import { actorMatchesSearch } from './match-actor.ts';

export function ActorFilter() {
  const idPrefix = useId();
  const [search, setSearch] = useState('');
  const actorCounts = useDatelineStore(useShallow(selectActorCounts));
  const actorFilter = useDatelineStore((state) => state.actorFilter);
  const matchMode = useDatelineStore((state) => state.matchMode);
  const toggleActor = useDatelineStore((state) => state.toggleActor);
  const setMatchMode = useDatelineStore((state) => state.setMatchMode);
  const shown = actorCounts.filter(({ actor }) => actorMatchesSearch(actor, search));

  return (
    <fieldset className="filters__group">
      <legend>Actors</legend>
      <label className="filters__search">
        <span>Find an actor</span>
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {shown.length === 0 ? (
        <p className="filters__empty">
          {actorCounts.length === 0 ? 'No actors.' : `No actor matches “${search.trim()}”.`}
        </p>
      ) : (
        <ul className="filters__options">
          {shown.map(({ actor, count }) => {
            const inputId = `${idPrefix}-actor-${actor.id}`;
            const countId = `${inputId}-count`;
            return (
              <li key={actor.id}>
                <input
                  type="checkbox"
                  id={inputId}
                  checked={actorFilter.includes(actor.id)}
                  onChange={() => toggleActor(actor.id)}
                  aria-describedby={countId}
                />
                <label htmlFor={inputId}>{actor.name}</label>
                <span id={countId} className="filters__count">
                  {formatEventCount(count)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <fieldset className="filters__match">
        <legend>Match mode</legend>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-match`}
            checked={matchMode === 'any'}
            onChange={() => setMatchMode('any')}
          />
          Match any
        </label>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-match`}
            checked={matchMode === 'all'}
            onChange={() => setMatchMode('all')}
          />
          Match all
        </label>
      </fieldset>
    </fieldset>
  );
}
