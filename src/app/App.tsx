import { useEffect, type ReactNode } from 'react';
import { ArticleReader } from '../features/article-reader/ArticleReader.tsx';
import { EventDetail } from '../features/event-detail/EventDetail.tsx';
import { EventList } from '../features/event-list/EventList.tsx';
import { FilterPanel } from '../features/filters/FilterPanel.tsx';
import { EventNavigation } from '../features/navigation/EventNavigation.tsx';
import { Notices } from '../features/notices/Notices.tsx';
import { CopyLinkButton } from '../features/share/CopyLinkButton.tsx';
import { TimelineView } from '../features/timeline/TimelineView.tsx';
import { useDatelineStore } from '../store/store.ts';
import { useUrlSync } from '../url/use-url-sync.ts';
import { FeatureBoundary } from './FeatureBoundary.tsx';
import { loadEventList } from './load-event-list.ts';

const EVENTS_URL = `${import.meta.env.BASE_URL}events.json`;

export function App() {
  const loadStatus = useDatelineStore((state) => state.loadStatus);
  const loadError = useDatelineStore((state) => state.loadError);
  useUrlSync();

  useEffect(() => {
    const load = (): void => {
      loadEventList(EVENTS_URL).then(
        (list) => useDatelineStore.getState().setEventList(list),
        (error: unknown) =>
          useDatelineStore.getState().setLoadError(error instanceof Error ? error.message : String(error)),
      );
    };
    load();
    // The dev server's Dateline plugin says when the articles were recompiled.
    import.meta.hot?.on('dateline:events-updated', load);
    return () => import.meta.hot?.off('dateline:events-updated', load);
  }, []);

  return (
    <div className="app">
      <header className="app__header">
        <h1>Dateline</h1>
        {loadStatus === 'ready' && <CopyLinkButton />}
      </header>
      <main className="app__main">
        {loadStatus === 'loading' && <p role="status">Loading events…</p>}
        {loadStatus === 'error' && <p role="alert">{loadError}</p>}
        <Notices />
        {loadStatus === 'ready' && <FilterPanel />}
        <TimelineView />
        <div className="app__browse">
          <div className="app__list">
            <FeatureBoundary name="Event navigation">
              <EventNavigation />
            </FeatureBoundary>
            <FeatureBoundary name="The list of events">
              <EventList />
            </FeatureBoundary>
          </div>
          <div className="app__detail">
            <SelectionBoundary name="The event details" regionLabel="Event details">
              <EventDetail />
            </SelectionBoundary>
          </div>
        </div>
        <SelectionBoundary name="The article">
          <ArticleReader />
        </SelectionBoundary>
      </main>
    </div>
  );
}

/** A feature boundary that starts afresh when another event is selected. */
function SelectionBoundary({
  name,
  regionLabel,
  children,
}: {
  name: string;
  regionLabel?: string;
  children: ReactNode;
}) {
  const selectedEventId = useDatelineStore((state) => state.selectedEventId);
  return (
    <FeatureBoundary name={name} resetKey={selectedEventId} {...(regionLabel === undefined ? {} : { regionLabel })}>
      {children}
    </FeatureBoundary>
  );
}
