import type { EventKind } from '../../model/event-list.ts';
import { KIND_APPEARANCE } from './event-kinds.ts';

/** The kind's icon, the same drawing the timeline items use. Decorative: the name says it. */
export function KindIcon({ kind }: { kind: EventKind }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="timeline-item__icon">
      <path d={KIND_APPEARANCE[kind].iconPath} fillRule="evenodd" />
    </svg>
  );
}
