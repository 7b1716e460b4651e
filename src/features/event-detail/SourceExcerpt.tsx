/**
 * One source of an event: its sentence marked within its paragraph, the article's file and
 * publication date, and a way into the whole article. Rendered as text only.
 */
import type { Source } from '../../model/event-list.ts';
import { markText, paragraphAround } from '../../model/article-text.ts';
import { formatPartialDate } from '../../model/event-text.ts';
import { selectArticle } from '../../store/selectors.ts';
import { useDatelineStore } from '../../store/store.ts';

export function SourceExcerpt({ source }: { source: Source }) {
  const article = useDatelineStore((state) => selectArticle(state, source.file));
  const openReader = useDatelineStore((state) => state.openReader);
  // Offsets that do not match the article (a stale or hand-edited list) fall back to the sentence
  // alone: the reader still sees what the source says.
  const sentenceFits = article !== undefined && article.text.slice(source.start, source.end) === source.sentence;
  const paragraph = sentenceFits ? paragraphAround(article.text, source) : undefined;
  const pieces =
    article && paragraph
      ? markText(article.text, paragraph, [{ start: source.start, end: source.end, keys: [true] }])
      : [{ text: source.sentence, start: 0, keys: [true] }];

  return (
    <figure className="source">
      <p className="source__text">
        {pieces.map((piece) =>
          piece.keys ? <mark key={piece.start}>{piece.text}</mark> : <span key={piece.start}>{piece.text}</span>,
        )}
      </p>
      <figcaption className="source__caption">
        <span>{source.file}</span>, published{' '}
        <time dateTime={source.published}>{formatPartialDate(source.published)}</time>
        {article && (
          <>
            {' '}
            <button type="button" className="source__read" onClick={() => openReader(source.file)}>
              Read the article
            </button>
          </>
        )}
      </figcaption>
    </figure>
  );
}
