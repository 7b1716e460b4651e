/** Buttons for everything the pointer can do on the timeline, so nothing needs a drag or a wheel. */
export interface TimelineControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onEarlier: () => void;
  onLater: () => void;
  onFitAll: () => void;
}

export function TimelineControls({ onZoomIn, onZoomOut, onEarlier, onLater, onFitAll }: TimelineControlsProps) {
  return (
    <div className="timeline__controls" role="group" aria-label="Timeline controls">
      <button type="button" onClick={onEarlier}>
        <span aria-hidden="true">← </span>Earlier
      </button>
      <button type="button" onClick={onLater}>
        Later<span aria-hidden="true"> →</span>
      </button>
      <button type="button" onClick={onZoomIn}>
        <span aria-hidden="true">+ </span>Zoom in
      </button>
      <button type="button" onClick={onZoomOut}>
        <span aria-hidden="true">− </span>Zoom out
      </button>
      <button type="button" onClick={onFitAll}>
        Fit all
      </button>
    </div>
  );
}
