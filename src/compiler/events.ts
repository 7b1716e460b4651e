/**
 * Stage 4: sentences + dates + actors -> EventDraft[]. A first version: meetings by verb, direct
 * quotations with their speaker, dated by the sentence's first date outside quotation marks.
 */
import type { EventDate, EventStatus } from '../model/event-list.ts';
import { findDateMentions, quotationSpans } from './dates.ts';
import type { ActorDraft, ActorMention, EventDraft, ParsedArticle, Sentence } from './types.ts';

const MEETING = /\b(met|meet|meets|meeting with|held talks|hosted|sat down with|spoke by phone)\b/i;
const SCHEDULED = /\b(is set to|are set to|will|is expected to|are expected to|planned|plans to|scheduled)\b/i;
const CANCELLED = /\b(was|were|has been|have been) (canceled|cancelled|called off)\b/i;
const SAME_DAY = /\b(the same day|afterward|afterwards|later that day|hours later)\b/i;
const MEDIUM =
  /\b(?:on (?:his|her|their) ([A-Z][\w ]+?) (?:platform|account)|at an? ([a-z ]*press conference)|in an? ([a-z ]*(?:statement|address|interview)))/;

export interface EventContext {
  article: ParsedArticle;
  sentences: readonly Sentence[];
  actors: readonly ActorDraft[];
  mentions: readonly ActorMention[];
}

function statusOf(text: string): EventStatus {
  if (CANCELLED.test(text)) return 'cancelled';
  return SCHEDULED.test(text) ? 'scheduled' : 'occurred';
}

export function extractEvents(context: EventContext): EventDraft[] {
  const { article, sentences, actors, mentions } = context;
  const kindOf = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const drafts: EventDraft[] = [];
  let previousDate: EventDate | undefined;

  for (const sentence of sentences) {
    const inSentence = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
    const dated = findDateMentions(sentence, {
      published: article.published,
      ...(previousDate ? { previous: previousDate } : {}),
    }).find((mention) => !mention.inQuote);
    const date: EventDate =
      dated?.date ??
      (SAME_DAY.test(sentence.text) && previousDate
        ? previousDate
        : { start: article.published, precision: 'day', approximate: true });
    const base = {
      file: article.file,
      published: article.published,
      source: { start: sentence.start, end: sentence.end, sentence: sentence.text },
    };
    const quotes = quotationSpans(sentence.text).filter((quote) => quote.end - quote.start > 20);
    const outside = inSentence.filter(
      (mention) =>
        !quotes.some(
          (quote) => mention.start - sentence.start >= quote.start && mention.end - sentence.start <= quote.end,
        ),
    );
    const people = [...new Set(outside.filter((m) => kindOf.get(m.actorId) === 'person').map((m) => m.actorId))];

    if (MEETING.test(sentence.text) && people.length >= 1) {
      const participants = [...new Set(outside.map((m) => m.actorId))].filter((id) => kindOf.get(id) === 'person');
      drafts.push({
        ...base,
        kind: 'meeting',
        title: `Meeting: ${participants.map((id) => actors.find((a) => a.id === id)?.name ?? id).join(' and ')}`,
        date,
        status: statusOf(sentence.text),
        actors: participants,
      });
      previousDate = date;
    }
    for (const quote of quotes) {
      const speaker = people.at(-1) ?? people[0];
      if (!speaker) continue;
      const text = sentence.text.slice(quote.start + 1, quote.end - 1).trim();
      const medium = MEDIUM.exec(sentence.text);
      const mediumText = medium?.[1] ?? medium?.[2] ?? medium?.[3];
      const name = actors.find((actor) => actor.id === speaker)?.name ?? speaker;
      drafts.push({
        ...base,
        kind: 'quote',
        title: `${name}: “${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`,
        date,
        status: 'occurred',
        actors: [speaker],
        quote: { text, speaker, ...(mediumText ? { medium: mediumText.trim() } : {}) },
      });
      previousDate = date;
    }
  }
  return drafts;
}
