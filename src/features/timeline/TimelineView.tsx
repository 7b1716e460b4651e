/**
 * vis-timeline behind one React component: created once in an effect and destroyed in its cleanup
 * (safe under StrictMode's mount -> unmount -> mount), fed data and selection by later effects.
 * Callbacks go through a ref so the timeline never needs re-creating.
 */
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataInterfaceDataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { useShallow } from 'zustand/react/shallow';
import { selectVisibleEvents } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import { toTimelineItem, type TimelineItem } from './to-timeline-items.ts';

export function TimelineView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<TimelineItem> | null>(null);
  const events = useDatelineStore(useShallow(selectVisibleEvents));
  const selectedEventId = useDatelineStore((state) => state.selectedEventId);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const items = new DataSet<TimelineItem>();
    // Created empty, items set afterwards: vis-timeline's slow path lays out items one by one
    // when they arrive inside an already-set window (see README, "Performance").
    const timeline = new Timeline(container, [], {
      stack: true,
      height: '100%',
      zoomMin: 1000 * 60 * 60,
      orientation: { axis: 'bottom', item: 'bottom' },
    });
    // vis-timeline's declarations type `content` as string; it also takes an element, which is how
    // we keep article text out of its HTML path. The cast is confined to this one call.
    timeline.setItems(items as unknown as DataInterfaceDataItem);
    timeline.on('select', (properties: { items: (string | number)[] }) => {
      const [first] = properties.items;
      useDatelineStore.getState().selectEvent(first === undefined ? null : String(first));
    });
    timelineRef.current = timeline;
    itemsRef.current = items;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
    };
  }, []);

  useEffect(() => {
    const items = itemsRef.current;
    const timeline = timelineRef.current;
    if (!items || !timeline) return;
    items.clear();
    items.add(events.map(toTimelineItem));
    if (events.length > 0) timeline.fit({ animation: false });
  }, [events]);

  useEffect(() => {
    timelineRef.current?.setSelection(selectedEventId === null ? [] : [selectedEventId]);
  }, [selectedEventId]);

  return <div ref={containerRef} className="timeline" data-testid="timeline" />;
}
