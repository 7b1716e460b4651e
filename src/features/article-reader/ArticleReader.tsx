/**
 * "Read the article": the whole article in a modal dialog, every event's sentence marked. A marked
 * sentence is a button that selects its event; the selected event's sentence is scrolled into
 * view. The text is untrusted and is only ever rendered as React text nodes.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Article, TimelineEvent } from '../../model/event-list.ts';
import { articleParagraphs, isValidSpan, markText, type Mark } from '../../model/article-text.ts';
import { formatPartialDate, kindLabel } from '../../model/event-text.ts';
import { selectArticle, selectEvents } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';
import './article-reader.css';

export function ArticleReader() {
  const article = useDatelineStore((state) => selectArticle(state, state.readerFile));
  if (!article) return null;
  return <ReaderDialog key={article.file} article={article} />;
}

/** The file's name without its folders, which is all a reader needs to tell articles apart. */
function articleName(file: string): string {
  return file.split('/').at(-1) ?? file;
}

/** Marks for every event sentence in this article whose offsets fit its text. */
function eventMarks(article: Article, events: readonly TimelineEvent[]): Mark<string>[] {
  return events.flatMap((event) =>
    event.sources
      .filter((source) => source.file === article.file && isValidSpan(article.text, source))
      .map((source) => ({ start: source.start, end: source.end, keys: [event.id] })),
  );
}

function ReaderDialog({ article }: { article: Article }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const events = useDatelineStore(selectEvents);
  const selectedEventId = useDatelineStore((state) => state.selectedEventId);
  const closeReader = useDatelineStore((state) => state.closeReader);
  const eventById = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);
  const paragraphs = useMemo(() => {
    const marks = eventMarks(article, events);
    return articleParagraphs(article.text).map((paragraph) => ({
      start: paragraph.start,
      pieces: markText(article.text, paragraph, marks),
    }));
  }, [article, events]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    // Start keyboard users at the selected event's sentence rather than at the first button.
    dialog.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
    // Closed here, not through the dialog's close event: that event arrives a task later and would
    // close the reader StrictMode has just reopened.
    return () => dialog.close();
  }, []);

  // The selected event's sentence, in view whenever the selection changes.
  useEffect(() => {
    const current = dialogRef.current?.querySelector('[aria-current="true"]');
    current?.scrollIntoView({ block: 'center' });
  }, [selectedEventId, paragraphs]);

  const headingId = 'article-reader-heading';
  return (
    <dialog
      ref={dialogRef}
      className="article-reader"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        closeReader();
      }}
    >
      <header className="article-reader__header">
        <h2 id={headingId} className="article-reader__title">
          {articleName(article.file)}
        </h2>
        <p className="article-reader__meta">
          {article.file}, published <time dateTime={article.published}>{formatPartialDate(article.published)}</time>.
          Marked sentences are events: choose one to open it.
        </p>
        <button type="button" className="article-reader__close" onClick={closeReader}>
          Close article
        </button>
      </header>
      <div className="article-reader__body">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.pieces.map((piece) =>
              piece.keys ? (
                <MarkedSentence
                  key={piece.start}
                  text={piece.text}
                  events={piece.keys.flatMap((id) => eventById.get(id) ?? [])}
                  selectedEventId={selectedEventId}
                />
              ) : (
                <span key={piece.start}>{piece.text}</span>
              ),
            )}
          </p>
        ))}
      </div>
    </dialog>
  );
}

interface MarkedSentenceProps {
  text: string;
  events: TimelineEvent[];
  selectedEventId: string | null;
}

/**
 * A sentence that some events come from. Choosing it selects its event; when several events share
 * it, each choice moves on to the next of them.
 */
function MarkedSentence({ text, events, selectedEventId }: MarkedSentenceProps) {
  const selectEvent = useDatelineStore((state) => state.selectEvent);
  const currentIndex = events.findIndex((event) => event.id === selectedEventId);
  const isCurrent = currentIndex >= 0;
  const choose = (): void => {
    const next = events[(currentIndex + 1) % events.length];
    if (next) selectEvent(next.id);
  };
  return (
    <mark className={isCurrent ? 'article-reader__mark article-reader__mark--current' : 'article-reader__mark'}>
      <button
        type="button"
        className="article-reader__sentence"
        aria-current={isCurrent ? 'true' : undefined}
        onClick={choose}
      >
        {text}
        <span className="visually-hidden">
          {' '}
          ({events.map((event) => `${kindLabel(event.kind)}: ${event.title}`).join('; ')})
        </span>
      </button>
    </mark>
  );
}
