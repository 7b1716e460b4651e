/**
 * The detail panel: everything the articles say about the selected event, with its sources in
 * context, the people in it (each a way to filter by them) and the events related to it.
 * All article text is rendered as React text nodes, never as HTML.
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Actor, TimelineEvent } from '../../model/event-list.ts';
import { formatEventDate, kindLabel, statusLabel } from '../../model/event-text.ts';
import { selectActors, selectRelatedEvents, selectSelectedEvent } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import { SourceExcerpt } from './SourceExcerpt.tsx';
import './event-detail.css';

export function EventDetail() {
  const event = useDatelineStore(selectSelectedEvent);
  useFocusOnSelection(event?.id ?? null);
  useFocusAfterReader();
  if (!event) return null;
  return <EventDetailPanel event={event} />;
}

/**
 * Moves focus to the panel's heading whenever another event is selected, and gives focus back to
 * where it was when the panel closes (if that element is still on the page).
 */
function useFocusOnSelection(eventId: string | null): void {
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (eventId === null) {
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected && document.activeElement === document.body) target.focus();
      return;
    }
    const heading = document.getElementById(HEADING_ID);
    if (!heading) return;
    if (returnTo.current === null && document.activeElement instanceof HTMLElement) {
      returnTo.current = document.activeElement;
    }
    heading.focus();
  }, [eventId]);
}

const HEADING_ID = 'event-detail-heading';

/**
 * When the article reader closes, the dialog gives focus back to the button that opened it; if
 * that button is gone (another event was chosen in the reader), focus goes to the panel's heading.
 */
function useFocusAfterReader(): void {
  const readerOpen = useDatelineStore((state) => state.readerFile !== null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !readerOpen) {
      const active = document.activeElement;
      if (active === null || active === document.body || !active.isConnected) {
        document.getElementById(HEADING_ID)?.focus();
      }
    }
    wasOpen.current = readerOpen;
  }, [readerOpen]);
}

function EventDetailPanel({ event }: { event: TimelineEvent }) {
  const actors = useDatelineStore(selectActors);
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const selectEvent = useDatelineStore((state) => state.selectEvent);
  const speakerId = event.quote?.speaker;
  const speaker = speakerId === undefined ? undefined : actorById.get(speakerId);
  // A speaker the text only describes ("a council spokesperson") is shown as its words, as text.
  const speakerText = event.quote?.speakerDescription ?? speakerId;
  const participants = event.actors.flatMap((actorId) => actorById.get(actorId) ?? []);

  return (
    <section className="event-detail" aria-label="Event details">
      <header className="event-detail__header">
        <p className={`event-detail__kind event-detail__kind--${event.kind}`}>{kindLabel(event.kind)}</p>
        <h2 id={HEADING_ID} tabIndex={-1} className="event-detail__title">
          {event.title}
        </h2>
        <button type="button" className="event-detail__close" onClick={() => selectEvent(null)}>
          Close
        </button>
      </header>

      {event.quote && (
        <figure className="event-detail__quote">
          <blockquote>{event.quote.text}</blockquote>
          <figcaption>
            {speaker ? <ActorName actor={speaker} /> : speakerText}
            {event.quote.medium ? <>, in {event.quote.medium}</> : null}
          </figcaption>
        </figure>
      )}

      <dl className="event-detail__facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={event.date.start}>{formatEventDate(event.date)}</time>
        </dd>
        <dt>Status</dt>
        <dd>{statusLabel(event.status)}</dd>
        {event.place && (
          <>
            <dt>Place</dt>
            <dd>{event.place}</dd>
          </>
        )}
        {(speaker ?? speakerText) && (
          <>
            <dt>Speaker</dt>
            <dd>{speaker ? <ActorName actor={speaker} /> : speakerText}</dd>
          </>
        )}
        {event.quote?.medium && (
          <>
            <dt>Medium</dt>
            <dd>{event.quote.medium}</dd>
          </>
        )}
      </dl>

      {participants.length > 0 && <Participants actors={participants} />}

      <section className="event-detail__section" aria-labelledby="event-detail-sources">
        <h3 id="event-detail-sources">{event.sources.length === 1 ? 'Source' : `Sources (${event.sources.length})`}</h3>
        {event.sources.map((source) => (
          <SourceExcerpt key={`${source.file}:${source.start}`} source={source} />
        ))}
      </section>

      <RelatedEvents />
    </section>
  );
}

function ActorName({ actor }: { actor: Actor }) {
  const role = actor.roles[0];
  return (
    <>
      {actor.name}
      {role ? <span className="event-detail__role">, {role}</span> : null}
    </>
  );
}

function Participants({ actors }: { actors: Actor[] }) {
  const setActorFilter = useDatelineStore((state) => state.setActorFilter);
  return (
    <section className="event-detail__section" aria-labelledby="event-detail-participants">
      <h3 id="event-detail-participants">Participants</h3>
      <ul className="event-detail__participants">
        {actors.map((actor) => (
          <li key={actor.id}>
            <span className="event-detail__participant">
              <ActorName actor={actor} />
            </span>{' '}
            <button type="button" aria-label={`Filter by ${actor.name}`} onClick={() => setActorFilter([actor.id])}>
              Filter
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RelatedEvents() {
  const related = useDatelineStore(useShallow(selectRelatedEvents));
  const selectEvent = useDatelineStore((state) => state.selectEvent);
  return (
    <section className="event-detail__section" aria-labelledby="event-detail-related">
      <h3 id="event-detail-related">Related events</h3>
      {related.length === 0 ? (
        <p className="event-detail__muted">No other events with these actors.</p>
      ) : (
        <ul className="event-detail__related">
          {related.map((event) => (
            <li key={event.id}>
              <button type="button" className="event-detail__link" onClick={() => selectEvent(event.id)}>
                {event.title}
              </button>{' '}
              <span className="event-detail__muted">
                {kindLabel(event.kind)}, <time dateTime={event.date.start}>{formatEventDate(event.date)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
