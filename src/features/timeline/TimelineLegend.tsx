/** What the shapes and colours on the timeline mean. */
import { KIND_APPEARANCE, KINDS_IN_LEGEND_ORDER } from './event-kinds.ts';
import { KindIcon } from './KindIcon.tsx';

export function TimelineLegend() {
  return (
    <div className="timeline-legend">
      <ul aria-label="Legend" className="timeline-legend__list">
        {KINDS_IN_LEGEND_ORDER.map((kind) => (
          <li key={kind} className={`timeline-legend__entry kind-${kind}`}>
            <span className="timeline-item__badge">
              <KindIcon kind={kind} />
            </span>
            {KIND_APPEARANCE[kind].label}
          </li>
        ))}
        <li className="timeline-legend__entry">
          <span className="timeline-legend__swatch timeline-legend__swatch--day" aria-hidden="true" />
          Exact day
        </li>
        <li className="timeline-legend__entry">
          <span className="timeline-legend__swatch timeline-legend__swatch--span" aria-hidden="true" />
          Month or year only (the span it falls in)
        </li>
        <li className="timeline-legend__entry">
          <span className="timeline-legend__swatch timeline-legend__swatch--scheduled" aria-hidden="true" />
          Scheduled
        </li>
        <li className="timeline-legend__entry">
          <span className="timeline-legend__swatch timeline-legend__swatch--cancelled" aria-hidden="true">
            Abc
          </span>
          Cancelled
        </li>
        <li className="timeline-legend__entry">
          {/* Drawn like the timeline's count items (`clusterItem`): the number, then "events". */}
          <span className="timeline-legend__swatch timeline-legend__swatch--cluster" aria-hidden="true">
            <span className="timeline-cluster__count">7</span> events
          </span>
          Several events close together: click to zoom in
        </li>
      </ul>
    </div>
  );
}
