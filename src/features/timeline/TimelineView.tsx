/**
 * The timeline feature: controls, the vis-timeline canvas and the legend. vis-timeline lives
 * behind one component (TimelineCanvas): the controller is created in one effect and destroyed in
 * its cleanup (StrictMode's mount -> unmount -> mount builds a fresh one), and later effects push
 * data, selection and window into it. An error boundary keeps a failure here from taking down the
 * list and the detail panel.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { useShallow } from 'zustand/react/shallow';
import { selectVisibleEvents } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import { dataBounds } from './data-bounds.ts';
import { ClusterList } from './ClusterList.tsx';
import { createTimelineController, type TimelineController } from './timeline-controller.ts';
import { TimelineControls } from './TimelineControls.tsx';
import { TimelineErrorBoundary } from './TimelineErrorBoundary.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import './timeline.css';

const NO_EVENTS: never[] = [];

function TimelineCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const eventList = useDatelineStore((state) => state.eventList);
  const events = useDatelineStore(useShallow(selectVisibleEvents));
  const selectedEventId = useDatelineStore((state) => state.selectedEventId);
  const visibleWindow = useDatelineStore((state) => state.visibleWindow);
  const [clusterIds, setClusterIds] = useState<string[] | null>(null);

  const speakerName = useMemo(() => {
    const names = new Map((eventList?.actors ?? []).map((actor) => [actor.id, actor.name]));
    return (actorId: string): string | undefined => names.get(actorId);
  }, [eventList]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const controller = createTimelineController(container, {
      onSelect: (eventId) => useDatelineStore.getState().selectEvent(eventId),
      onUserWindow: (window) => useDatelineStore.getState().setVisibleWindow(window),
      onClusterList: setClusterIds,
    });
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.destroy();
    };
  }, []);

  // Bounds follow every event, not the filtered ones, so filtering never changes the zoom limits.
  useEffect(() => {
    controllerRef.current?.setBounds(dataBounds(eventList?.events ?? NO_EVENTS));
  }, [eventList]);

  useEffect(() => {
    controllerRef.current?.showEvents(events, speakerName);
  }, [events, speakerName]);

  // The window before the selection: a deep link's window wins, then the selection is revealed
  // only if it is outside it.
  useEffect(() => {
    controllerRef.current?.applyWindow(visibleWindow);
  }, [visibleWindow]);

  useEffect(() => {
    controllerRef.current?.select(selectedEventId);
  }, [selectedEventId]);

  const fitAll = (): void => {
    controllerRef.current?.fitAll();
    useDatelineStore.getState().setVisibleWindow(null);
  };

  return (
    <>
      <TimelineControls
        onZoomIn={() => controllerRef.current?.zoomBy(0.5)}
        onZoomOut={() => controllerRef.current?.zoomBy(2)}
        onEarlier={() => controllerRef.current?.panBy(-0.5)}
        onLater={() => controllerRef.current?.panBy(0.5)}
        onFitAll={fitAll}
      />
      <div ref={containerRef} className="timeline__canvas" data-testid="timeline" />
      {clusterIds && (
        <ClusterList
          events={events.filter((event) => clusterIds.includes(event.id))}
          onSelect={(eventId) => {
            setClusterIds(null);
            useDatelineStore.getState().selectEvent(eventId);
          }}
          onClose={() => setClusterIds(null)}
        />
      )}
      {eventList && events.length === 0 && (
        <p className="timeline__empty" role="status">
          No events match the current filters.
        </p>
      )}
    </>
  );
}

export function TimelineView() {
  return (
    <section className="timeline" aria-label="Timeline">
      <TimelineErrorBoundary>
        <TimelineCanvas />
      </TimelineErrorBoundary>
      <TimelineLegend />
    </section>
  );
}
