/** The "Kinds" group: a checkbox per kind present in the data, with its event count as description. */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectKindCounts } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import { formatEventCount, KIND_LABELS } from './filter-text.ts';

export function KindFilter() {
  const idPrefix = useId();
  const kindCounts = useDatelineStore(useShallow(selectKindCounts));
  const kindFilter = useDatelineStore((state) => state.kindFilter);
  const toggleKind = useDatelineStore((state) => state.toggleKind);

  return (
    <fieldset className="filters__group">
      <legend>Kinds</legend>
      <ul className="filters__options">
        {kindCounts.map(({ kind, count }) => {
          const inputId = `${idPrefix}-kind-${kind}`;
          const countId = `${inputId}-count`;
          return (
            <li key={kind}>
              <input
                type="checkbox"
                id={inputId}
                checked={kindFilter.includes(kind)}
                onChange={() => toggleKind(kind)}
                aria-describedby={countId}
              />
              <label htmlFor={inputId}>{KIND_LABELS[kind]}</label>
              <span id={countId} className="filters__count">
                {formatEventCount(count)}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
