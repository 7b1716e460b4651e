/**
 * Quote events: a direct quotation of an article (found by `quotations.ts`) becomes a quote event with
 * its speaker, medium and date, read from the text that attributes it (between its runs, after
 * it, before it) or from the sentence that introduces it; indirect speech next to a quote of the
 * same speaker becomes a further source of that quote (`mergeParaphrases`).
 */
import { titleFor } from './event-titles.ts';
import {
  findMedium,
  hasSpeechVerb,
  isInvertible,
  isQuotedTitle,
  isScareQuote,
  speechVerbOffsets,
} from './attribution.ts';
import {
  anaphoraDate,
  clockDay,
  datesIn,
  distance,
  inParentheticalRelative,
  inReportedClause,
  kindOfNoun,
  NAMED_EVENT,
  occasionDate,
  REPORTED_CLAUSE_OPENING,
  saidLaterThanTold,
  SAYING_WORDS,
} from './event-dates.ts';
import { isParticipant, mentionAt, type ArticleReading, type DateBasis, type Dated } from './events.ts';
import { quotationText, type Quotation } from './quotations.ts';
import { relativeClosedBefore } from './triggers.ts';
import type { ActorMention, DateMention, EventDraft, QuoteDraft, Sentence, Span } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Quotations

/** An attribution that names whom the words were spoken to: "told reporters", "telling the crowd". */
const TOLD_SOMEONE = /\b(?:told|telling|tells)\s+(?!(?:him|her|them)self\b)\S/;

/** True when a span lies inside the quoted words of a quotation (not in its attribution). */
function insideRun(reading: ArticleReading, span: Span): boolean {
  // The runs are in text order and never overlap: the last one starting at or before `span`.
  const { runs } = reading;
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runs[middle]?.start ?? 0) <= span.start) low = middle + 1;
    else high = middle;
  }
  const run = runs[low - 1];
  return run !== undefined && span.start < run.end;
}

/** The mentions of the article that lie within `span` (they are in text order). */
function mentionsWithin(reading: ArticleReading, span: Span): ActorMention[] {
  const mentions = reading.allMentions;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < span.start) low = middle + 1;
    else high = middle;
  }
  const found: ActorMention[] = [];
  for (let at = low; at < mentions.length; at += 1) {
    const mention = mentions[at];
    if (!mention || mention.start >= span.end) break;
    if (mention.end <= span.end) found.push(mention);
  }
  return found;
}

interface Region extends Span {
  role: 'between' | 'after' | 'before';
}

function sentencesOf(reading: ArticleReading, span: Span): Sentence[] {
  return reading.sentences.filter((sentence) => sentence.start < span.end && sentence.end > span.start);
}

/** The text around a quotation that may attribute it: between its runs, after it, before it. */
function attributionRegions(quotation: Quotation, first: Sentence, last: Sentence): Region[] {
  const regions: Region[] = [];
  quotation.runs.slice(1).forEach((run, index) => {
    const previous = quotation.runs[index];
    if (previous) regions.push({ start: previous.end, end: run.start, role: 'between' });
  });
  if (quotation.end < last.end) regions.push({ start: quotation.end, end: last.end, role: 'after' });
  if (first.start < quotation.start) regions.push({ start: first.start, end: quotation.start, role: 'before' });
  return regions;
}

/**
 * Words that end the stretch of a sentence in which a speech verb's subject stands. A point after an
 * initial or a title's abbreviation ends nothing: "M. Ramachandran said", "Justice P.K. Anilkumar
 * said", "Dr. Ana Ruiz told" name their speaker across it.
 */
const CLAUSE_BREAK =
  /[;:!?]\s|(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Rev|Hon|Gov|Sen|Rep|Capt|Maj|Adm|Supt|Insp|Det|Cllr|Fr|Mgr|Jnr|Snr))\.\s|\b(?:that|which|whom|whose|but|while|whereas)\s/g;

/** An attribution found for a quotation: the region and speech verb that attribute it, and who speaks. */
interface Attribution {
  region: Region;
  /** The speech verb (offsets into the file); none for a colon that introduces the quotation. */
  verb?: Span;
  speaker: string;
}

/** Mentions of a region that may speak: outside the quoted words, participants or pronouns. */
function speakersIn(reading: ArticleReading, region: Region): ActorMention[] {
  const text = reading.article.text.slice(region.start, region.end);
  return mentionsWithin(reading, region).filter((mention) => {
    if (insideRun(reading, mention)) return false;
    const local = mentionAt(mention, region.start);
    if (mention.form === 'pronoun') {
      const word = reading.article.text.slice(mention.start, mention.end);
      // "he" or "she" speaks only as a person: never as the fort or firm a pronoun was tied to.
      const person = !/^(?:he|she)$/i.test(word) || reading.actorsById.get(mention.actorId)?.kind === 'person';
      return SUBJECT_PRONOUN.test(word) && person;
    }
    return isParticipant(local, text, [], reading.actorsById) || VOICE_FOR.test(text.slice(0, local.start));
  });
}

/** "a spokesman for the Socialist Party": the organisation speaks through its spokesman. */
const VOICE_FOR = /\b(?:spokes\w+|officials?|representatives?|envoys?|aides?)\s+(?:for|of|from|at)\s+(?:the\s+)?$/i;

/** Pronouns that can be a subject: "his barrister said" and "told her" do not make him or her the speaker. */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/**
 * The subject of a speech verb at `at` (offset into the file) in a region: the mentions before it
 * back to the last clause break ("that", ";", a sentence end), people first ("Ana Rios, the
 * agency's director, said"), else the nearest one.
 */
function subjectBefore(
  reading: ArticleReading,
  region: Region,
  mentions: readonly ActorMention[],
  at: number,
): string | undefined {
  const head = reading.article.text.slice(region.start, at);
  // "Carl Moen, who met Rita Sand last week, said:": whom a relative clause or an apposition closed
  // right before the verb names is not its subject, and its "which" or "whose" ("The Council,
  // which spent $300,000 lobbying, said") opens no clause of the verb's: the subject stands before it.
  const closed = relativeClosedBefore(head, head.length - (ADVERBIAL_BEFORE_VERB.exec(head)?.[0].length ?? 0));
  const until = closed === undefined ? at : region.start + closed;
  const lead = closed === undefined ? head : head.slice(0, closed);
  let from = region.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(lead); match; match = CLAUSE_BREAK.exec(lead)) {
    from = region.start + match.index + match[0].length;
  }
  const before = mentions.filter(
    (mention) =>
      mention.start >= from && mention.end <= until && !modifiesSpeaker(reading.article.text.slice(mention.end, at)),
  );
  const people = before.filter((mention) => reading.actorsById.get(mention.actorId)?.kind === 'person');
  return (people.length > 0 ? people : before).at(-1)?.actorId;
}

/**
 * A day or an adverb between a closed aside and its verb: "The union, which ..., on Friday called",
 * "..., later told". The aside is closed before it.
 */
const ADVERBIAL_BEFORE_VERB =
  /(?<=,)(?:\s+(?:(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|also|later|then|again|\w+ly))+\s*$/;

/** Words that may stand between a speaker and the speech verb ("Rios also said", "Rios has said"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:also|later|then|again|earlier|first|finally|once|has|had|have|was|is|were|are|will|would|could|did|does|himself|herself|itself|themselves|only|just|never|often|still|already|today|yesterday|tonight|\w+ly)$/;
/** Nouns through which an organisation itself speaks ("a Kremlin spokesman said"). */
const VOICE_OF = /^(?:spokes\w*|officials?|representatives?|sources?|envoys?|delegation|aides?)$/;

/**
 * True when the words between a mention and the speech verb are one common noun that the
 * mention only qualifies: "a District Court judge said" is the judge speaking, not the court.
 */
function modifiesSpeaker(between: string): boolean {
  const noun = /^\s+([a-z]+)\s+$/.exec(between)?.[1];
  return noun !== undefined && !BETWEEN_SUBJECT_AND_VERB.test(noun) && !VOICE_OF.test(noun);
}

/**
 * The subject of a participle that adds speech to a clause after a comma ("resigned on Thursday,
 * telling reporters that ..."): the subject of the clause it hangs on, the first that may speak.
 * ("with a judge telling him" has its own subject, the judge.)
 */
function mainSubject(mentions: readonly ActorMention[], at: number): string | undefined {
  return mentions.find((mention) => mention.end <= at)?.actorId;
}

/** Words right after a speech verb that show its subject is not after it ("said on Monday that"). */
const NOT_INVERTED = /^[\s,]*(?:on|in|at|during|after|before|from|to|that|this|last|late|early|earlier|later|it|so)\b/i;
/**
 * Where an inverted subject ends: a comma before a preposition or relative word, "that", "for" (the
 * lawyer for Rios is not Rios, a spokesman for the ministry speaks for it), a clause end.
 */
const INVERTED_END =
  /,\s*(?:in|on|at|during|after|before|from|who|which|when|as|while|adding|saying|according)\b|\bthat\b|(?<!spokes\w*|officials?|representatives?)\s+for\b|[;:!?]|\.(?=\s*$)|\.\s+(?=[“"‘'])/;

/**
 * The subject after an inverted speech verb, to the end of its noun phrase: “...,” said Ana Rios;
 * wrote the editor of the Harbor Ledger, Ute Kamm; according to a readout from the ministry.
 * People first, for the name in an apposition.
 */
function subjectAfter(reading: ArticleReading, mentions: readonly ActorMention[], verb: Span): string | undefined {
  const rest = reading.article.text.slice(verb.end, verb.end + 160);
  if (NOT_INVERTED.test(rest)) return undefined;
  const stop = INVERTED_END.exec(rest);
  const end = verb.end + (stop ? stop.index : rest.length);
  const { text } = reading.article;
  const inPhrase = mentions.filter((mention) => mention.start >= verb.end && mention.end <= end);
  // The head of the phrase, not a complement ("the editor of the Ledger") or an owner ("Rios's deputy").
  const heads = inPhrase.filter(
    (mention) =>
      !/\b(?:of|at|from|with)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, mention.start - 12), mention.start)) &&
      !/^['’]s\b/.test(text.slice(mention.end, mention.end + 3)),
  );
  const inSubject = heads.length > 0 ? heads : inPhrase;
  const people = inSubject.filter((mention) => reading.actorsById.get(mention.actorId)?.kind === 'person');
  return (people[0] ?? inSubject[0])?.actorId;
}

/**
 * Who speaks through a speech verb of a region: its subject before it ("Rios said", "she told"),
 * else after it when the verb allows (“...,” said Rios; according to the ministry).
 */
function speakerOfVerb(reading: ArticleReading, region: Region, verb: Span): string | undefined {
  const mentions = speakersIn(reading, region);
  const word = reading.article.text.slice(verb.start, verb.end);
  return (
    subjectBefore(reading, region, mentions, verb.start) ??
    (isInvertible(word) ? subjectAfter(reading, mentions, verb) : undefined) ??
    (/ing$/i.test(word) && /,\s*$/.test(reading.article.text.slice(region.start, verb.start))
      ? mainSubject(mentions, verb.start)
      : undefined) ??
    describedSpeaker(reading, region, verb, isInvertible(word))
  );
}

/**
 * A person described rather than named right at the speech verb: "the 42-year-old said", "the
 * Scot added", "said the veteran striker". The description stands for the person the story was
 * just about (the last person named before, in this paragraph or the one before); an organisation's
 * noun ("the airline said") is the coreference stage's, and a description with a name of its own
 * was read above.
 */
const DESCRIPTION = /(?:^|[\s,])the\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*$/i;
/** Heads of a description of one person: an age, a nationality, a kin word, a trade or a role. */
const PERSON_NOUN =
  /(?:\b[\w-]+-year-old|\b[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i|ch|Scot|Swede|Dane|Finn|Pole|Turk|Greek|Czech|Slovak)|\b(?:Scot|Swede|Dane|Finn|Pole|Turk|Greek|Czech|Kiwi|Aussie|Yank|Brit)|\b(?:man|woman|boy|girl|mother|father|mum|mom|dad|son|daughter|wife|husband|widow|widower|grandmother|grandfather|veteran|manager|coach|boss|striker|midfielder|defender|goalkeeper|keeper|captain|player|winger|forward|skipper|minister|president|premier|chancellor|leader|chief|executive|founder|director|chairman|chairwoman|mayor|governor|senator|lawmaker|congressman|congresswoman|councillor|councilor|judge|lawyer|barrister|solicitor|attorney|teacher|nurse|doctor|surgeon|farmer|owner|landlord|tenant|actor|actress|singer|author|novelist|writer|artist|star|champion|pensioner|grandad|grandma|mp|economist|analyst|scientist|researcher|professor|historian|activist|campaigner|survivor|victim|witness|officer|detective|candidate|incumbent|envoy|ambassador|diplomat|general|commander)s?)$/;

/** Offices a description may name ("the minister said"): only someone the text gave that office. */
const OFFICE =
  /\b(minister|president|premier|chancellor|mayor|governor|senator|congressman|congresswoman|councillor|councilor|judge|ambassador|envoy|general|commander|secretary|prosecutor|speaker)s?$/i;

/**
 * Whether a person with `roles` may be the one a description names: any person for an age, a
 * nationality or a trade ("the 42-year-old", "the striker"); for an office ("the minister"), only
 * one whose roles name it, or whose roles the text did not give.
 */
function mayHoldOffice(roles: readonly string[], description: string): boolean {
  const office = OFFICE.exec(description)?.[1]?.toLowerCase();
  if (!office || roles.length === 0) return true;
  return roles.some((role) => role.toLowerCase().includes(office));
}

function describedSpeaker(
  reading: ArticleReading,
  region: Region,
  verb: Span,
  invertible: boolean,
): string | undefined {
  const { text } = reading.article;
  const before = DESCRIPTION.exec(text.slice(Math.max(region.start, verb.start - 50), verb.start));
  const after = invertible
    ? /^\s+the\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:[,.;]|$)/i.exec(text.slice(verb.end, verb.end + 50))
    : null;
  const noun = before?.[1] ?? after?.[1];
  if (!noun || !PERSON_NOUN.test(noun) || /[A-Z]\w*\s+[A-Z]/.test(noun)) return undefined;
  const paragraph = reading.sentences.find(
    (sentence) => sentence.start <= verb.start && sentence.end >= verb.start,
  )?.paragraph;
  if (paragraph === undefined) return undefined;
  const earlier = reading.allMentions.filter(
    (mention) =>
      mention.end <= region.start &&
      reading.actorsById.get(mention.actorId)?.kind === 'person' &&
      !insideRun(reading, mention),
  );
  const last = earlier.at(-1);
  if (!last || !mayHoldOffice(reading.actorsById.get(last.actorId)?.roles ?? [], noun)) return undefined;
  const lastParagraph = reading.sentences.find(
    (sentence) => sentence.start <= last.start && sentence.end >= last.end,
  )?.paragraph;
  return lastParagraph !== undefined && paragraph - lastParagraph <= 1 ? last.actorId : undefined;
}

/**
 * The order in which a quotation's regions may attribute it. A quotation that ends in “...,” or
 * stands alone in its sentence is attributed after it (“...,” she said) or between its runs; a
 * partial quotation inside a sentence (wrote that help was “on the way”) by the speech verb before it.
 */
function attributionOrder(reading: ArticleReading, quotation: Quotation, regions: readonly Region[]): Region['role'][] {
  const { text } = reading.article;
  const lastRun = quotation.runs.at(-1);
  const lastPart = lastRun?.parts.at(-1);
  const endsUtterance = lastPart !== undefined && /[,?!]\s*$/.test(text.slice(lastPart.start, lastPart.end));
  const beforeRegion = regions.find((region) => region.role === 'before');
  const opensSentence =
    !beforeRegion ||
    /^[\s\p{P}]*$/u.test(text.slice(beforeRegion.start, beforeRegion.end).replace(/^\s*\S+\s+[-\u2014\u2013]\s*/, ''));
  return endsUtterance || opensSentence ? ['between', 'after', 'before'] : ['between', 'before', 'after'];
}

/**
 * The attribution of a quotation, its regions tried in `attributionOrder`. Verbs nearest the
 * quotation are tried first; a colon that introduces the quotation ("Rios wrote:") attributes it too.
 */
function attributionOf(
  reading: ArticleReading,
  quotation: Quotation,
  regions: readonly Region[],
): Attribution | undefined {
  const { text } = reading.article;
  for (const role of attributionOrder(reading, quotation, regions)) {
    for (const region of regions.filter((r) => r.role === role)) {
      const local = speechVerbOffsets(text.slice(region.start, region.end)).map((verb) => ({
        start: verb.start + region.start,
        end: verb.end + region.start,
      }));
      const verbs = role === 'before' ? local.reverse() : local;
      for (const verb of verbs) {
        if (insideRun(reading, verb)) continue;
        const speaker = speakerOfVerb(reading, region, verb);
        if (speaker) return { region, verb, speaker };
      }
      const colon = role === 'before' ? /:\s*$/.exec(text.slice(region.start, region.end)) : null;
      if (colon) {
        const speaker = subjectBefore(reading, region, speakersIn(reading, region), region.start + colon.index);
        if (speaker) return { region, speaker };
      }
    }
  }
  return undefined;
}

/**
 * Heads of a description that stands for a speaker the text does not name: a body or an office by
 * its common noun ("the ministry", "police", "a council spokesperson", "the mayor") or a person by
 * what they are ("one resident", "a senior official", "a witness"). Documents ("the report", "the
 * statement") are no speakers.
 */
const SPEAKER_HEAD = String.raw`(?:spokes(?:man|men|woman|women|person|people)|officials?|sources?|aides?|advis[eo]rs?|insiders?|diplomats?|negotiators?|envoys?|representatives?|police|authorities|ministry|government|department|council|agency|office|embassy|presidency|palace|military|army|company|firm|airline|club|union|party|hospital|school|university|charity|organi[sz]ers?|residents?|witness(?:es)?|eyewitness(?:es)?|neighbou?rs?|locals|villagers?|shopkeepers?|passengers?|commuters?|fans?|supporters?|parents?|students?|teachers?|nurses?|doctors?|workers?|employees?|staffers?|volunteers?|protesters?|demonstrators?|survivors?|relatives?|analysts?|economists?|traders?|investors?|lawyers?|officers?|firefighters?|paramedics?|rescuers?|soldiers?|commanders?|fishermen|fisherman|farmers?|owners?|mayor|governor|minister|president|premier|chancellor|secretary|prosecutors?|investigators?|judge|coach|manager|man|woman|men|women)`;

/** A word of a description before its head: not a joiner that starts a clause of its own. */
const DESCRIPTION_WORD = String.raw`(?!(?:and|or|but|as|when|while|after|before|because|if|so|then|who|which|that|he|she|they|it|we|i)\b)[\w'’-]+`;

/** A description as a whole: determiner, up to four words, the head, and a complement ("for the hospital"). */
const SPEAKER_DESCRIPTION = String.raw`(?:(?:a|an|the|one|another|two|three|several|some|many|other)\s+)?(?:${DESCRIPTION_WORD}\s+){0,4}?${SPEAKER_HEAD}(?:\s+(?:for|of|at|from|in|with|close to|familiar with)\s+(?:the\s+)?[\w'’ -]{1,40}?)?`;

/**
 * What a sentence may put before its described speaker: a phrase closed by a comma ("On Tuesday,
 * a port official said:", "Asked about the plan, one resident said") or a day word ("Yesterday a
 * port official said"); none of it is the speaker's description.
 */
const FRONTED_BEFORE_SPEAKER = String.raw`(?:[^,“”"]{1,40},\s+|(?:yesterday|today|tonight|later|afterwards?|earlier)\s+)?`;

/** The description right before a speech verb, an aside between commas allowed ("a diplomat, speaking anonymously, told"). */
const DESCRIBED_BEFORE = new RegExp(
  String.raw`^[\s,”"’']*${FRONTED_BEFORE_SPEAKER}(${SPEAKER_DESCRIPTION})(?:\s*,[^,“”"]{1,80},)?\s+(?:(?:also|later|then|\w+ly)\s+)?$`,
  'i',
);
/** A day told after an inverted speaker ("said a resident of the estate on Tuesday"): no part of who. */
const DAY_AFTER_SPEAKER = String.raw`(?:\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+(?:night|week)|this\s+(?:morning|afternoon|evening|week))(?:\s+(?:morning|afternoon|evening|night))?)?`;
/** The description right after an inverted speech verb (“...,” said one witness). */
const DESCRIBED_AFTER = new RegExp(String.raw`^\s+(${SPEAKER_DESCRIPTION})${DAY_AFTER_SPEAKER}\s*(?:[,.;:!?]|$)`, 'i');

/** An attribution to a speaker the text only describes: the region and verb, and the description as written. */
interface DescribedAttribution {
  region: Region;
  verb: Span;
  description: string;
}

/**
 * “...,” a council spokesperson said; "one resident said:"; “...,” said a spokeswoman for the
 * hospital: when no actor speaks the words, the description at the speech verb is the speaker, as
 * the text writes it (its leading article in lower case). Regions are tried as `attributionOf` does.
 */
function describedAttributionOf(
  reading: ArticleReading,
  regions: readonly Region[],
  order: readonly Region['role'][],
): DescribedAttribution | undefined {
  const { text } = reading.article;
  for (const role of order) {
    for (const region of regions.filter((r) => r.role === role)) {
      const local = speechVerbOffsets(text.slice(region.start, region.end));
      for (const offsets of role === 'before' ? local.reverse() : local) {
        const verb = { start: offsets.start + region.start, end: offsets.end + region.start };
        if (insideRun(reading, verb)) continue;
        const head = text.slice(region.start, verb.start);
        let from = 0;
        CLAUSE_BREAK.lastIndex = 0;
        for (let match = CLAUSE_BREAK.exec(head); match; match = CLAUSE_BREAK.exec(head))
          from = match.index + match[0].length;
        const before = DESCRIBED_BEFORE.exec(head.slice(from));
        const word = text.slice(verb.start, verb.end);
        const after = before || !isInvertible(word) ? null : DESCRIBED_AFTER.exec(text.slice(verb.end, region.end));
        const description = (before ?? after)?.[1];
        if (description) return { region, verb, description: lowerArticle(description.trim()) };
      }
    }
  }
  return undefined;
}

/** "A council spokesperson" -> "a council spokesperson": a description's leading article as in running text. */
function lowerArticle(description: string): string {
  return description.replace(/^(?:A|An|The|One|Another|Two|Three|Several|Some|Many|Other)\b/, (word) =>
    word.toLowerCase(),
  );
}

/** A short quoted term right after "so-called" is the writer's distance from a word, not anyone's quotation. */
const SO_CALLED = /\b(?:so-called|so called|known as|nicknamed|dubbed|titled|entitled|named)\s*$/i;

export function quoteEvent(reading: ArticleReading, quotation: Quotation): EventDraft | undefined {
  const { article } = reading;
  const words = quotationText(article.text, quotation);
  if (words === '') return undefined;
  const sentences = sentencesOf(reading, quotation);
  const first = sentences[0];
  const last = sentences.at(-1);
  if (!first || !last) return undefined;
  const regions = attributionRegions(quotation, first, last);
  const found = attributionOf(reading, quotation, regions);
  // A short quoted term ("a “special operation”") is a scare quote unless a speech verb gives it
  // as someone's words (called the decision “unjustified and unjust”; said it was “on the way”).
  // A title in quotes ("her memoir “A Life on the Northern Line”") is nobody's words.
  if (isQuotedTitle(words)) return undefined;
  // No actor speaks at the speech verb: a description may ("one resident said").
  const described = found
    ? undefined
    : describedAttributionOf(reading, regions, attributionOrder(reading, quotation, regions));
  if (isScareQuote(words)) {
    const lead = article.text.slice(Math.max(first.start, quotation.start - 30), quotation.start);
    if (!(found ?? described)?.verb || SO_CALLED.test(lead)) return undefined;
  }
  let speaker = found?.speaker;
  let description = described?.description;
  const paragraph = first.paragraph;
  const attributed = regions.some((region) => hasSpeechVerb(article.text.slice(region.start, region.end)));
  // “...,” it said: a bare "it" or "they" is the body the sentence before named speaking.
  const bodyPronoun = regions.some((region) => BODY_PRONOUN_SPEAKS.test(article.text.slice(region.start, region.end)));
  if (!speaker && !description && (!attributed || bodyPronoun)) speaker = speakerIntroduced(reading, first);
  const previous = reading.lastSpeaker;
  if (!speaker && !description && !attributed && previous && paragraph - previous.paragraph <= 1) {
    // a quotation continuing the previous speaker's words
    speaker = previous.id;
    description = previous.description;
  }
  // “...,” they said: the people of the event told just before, when it had several.
  const together = speaker
    ? jointSpeakers(reading, found, speaker)
    : description
      ? []
      : theyWhoSpoke(reading, first, regions);
  speaker ??= together[0];
  if (!speaker && !description) return undefined;
  reading.lastSpeaker = speaker
    ? { id: speaker, paragraph: last.paragraph }
    : { description: description ?? '', paragraph: last.paragraph };
  const attribution = regions.map((region) => article.text.slice(region.start, region.end)).join(' ');
  let dated = quoteDate(reading, regions, found ?? described);
  const introduction = speaker ? introducingSentence(reading, first, speaker) : undefined;
  // "..., she later told the BBC": later than the day the sentence before gives.
  if (introduction?.dated && dated.basis === 'estimate' && !saidLaterThanTold(reading, first, attribution))
    dated = introduction.dated;
  const isActorName = (name: string): boolean =>
    [...reading.actorsById.values()].some(
      (actor) => actor.name.split(' ').includes(name) || actor.aliases.includes(name),
    );
  // "... according to a statement. “...,” she told reporters.": whom she told is the occasion, so
  // the sentence before gives no medium for these words.
  const medium =
    findMedium(attribution, isActorName) ??
    (introduction && !TOLD_SOMEONE.test(attribution)
      ? findMedium(introduction.source.sentence, isActorName)
      : undefined);
  const reportedBy = introduction && (introduction.dated || medium) ? [introduction.source] : [];
  const name = speaker ? (reading.actorsById.get(speaker)?.name ?? speaker) : (description ?? '');
  const quote: QuoteDraft = { text: words };
  if (speaker) quote.speaker = speaker;
  else if (description) quote.speakerDescription = description;
  if (medium) quote.medium = medium;
  // Optional fields are assigned after the literal, not spread inside it: V8 adds every property
  // after a spread on a slow path.
  const draft: EventDraft = {
    file: article.file,
    published: article.published,
    source: { start: first.start, end: last.end, sentence: article.text.slice(first.start, last.end) },
    sentenceIndex: last.index,
    kind: 'quote',
    title: titleFor({ kind: 'quote', status: 'occurred', names: [name], quote, clause: words }),
    date: dated.date,
    status: 'occurred',
    actors: together.length > 1 ? together : speaker ? [speaker] : [],
    quote,
    dateBasis: dated.basis,
    trigger: 'quote',
  };
  if (reportedBy.length > 0) draft.alsoReportedBy = reportedBy;
  return draft;
}

/** Between two speakers of one attribution: "and", or nothing ("The two" and "leaders" read apart). */
const SPEAKERS_JOINED = /^\s*(?:,\s*|and\s+|,\s*and\s+)?$/;

/**
 * Everyone who speaks the words together with `speaker`: "Ruiz and Soto said in a joint
 * statement", "the two leaders said". The people joined to the speaker's mention in the
 * attribution; just the speaker otherwise.
 */
function jointSpeakers(reading: ArticleReading, found: Attribution | undefined, speaker: string): string[] {
  if (!found?.verb) return [speaker];
  const { text } = reading.article;
  const verb = found.verb;
  const people = speakersIn(reading, found.region).filter(
    (mention) => mention.end <= verb.start && reading.actorsById.get(mention.actorId)?.kind === 'person',
  );
  const at = people.findLastIndex((mention) => mention.actorId === speaker);
  if (at < 0) return [speaker];
  const chain = [people[at]];
  for (let index = at - 1; index >= 0; index -= 1) {
    const mention = people[index];
    const next = chain[0];
    if (!mention || !next || !SPEAKERS_JOINED.test(text.slice(mention.end, next.start))) break;
    chain.unshift(mention);
  }
  return [...new Set(chain.flatMap((mention) => (mention ? [mention.actorId] : [])))];
}

/** “...,” they said; they told reporters: a bare "they" speaking. */
const THEY_SPEAK = /(?:^|[,\s])they\s+(?:(?:also|later|then)\s+)?(?:said|say|added|told|wrote|insisted|warned)\b/i;

/**
 * The speakers of “...,” they said: the people of the event told in the sentence before, in the
 * same or the previous paragraph, when there were two to four.
 */
function theyWhoSpoke(reading: ArticleReading, first: Sentence, regions: readonly Region[]): string[] {
  const { text } = reading.article;
  if (!regions.some((region) => THEY_SPEAK.test(text.slice(region.start, region.end)))) return [];
  const told = reading.previousAt;
  if (!told || first.index - told.sentence !== 1 || first.paragraph - told.paragraph > 1) return [];
  const people = told.actors.filter((id) => reading.actorsById.get(id)?.kind === 'person');
  return people.length >= 2 && people.length <= 4 ? people : [];
}

/** An attribution whose speaker is a bare "it" or "they" (“...,” it said; they added:). */
const BODY_PRONOUN_SPEAKS = /(?:^|[,\s])(?:it|they)\s+(?:said|says|added|adds|wrote|writes|stated|warned|insisted)\b/i;

const INTRODUCES_SPEECH =
  /\b(?:said|says|told|spoke|speaks|speaking|addressed|briefed|wrote|posted|appeared|gave|held|issued|released|published)\b/i;

/**
 * The speaker of a quotation with no attribution of its own, named by the sentence before it
 * as speaking: "Rios spoke in a televised address on Sunday." or "Rios told reporters:" then the
 * quotation alone, in the same or the next paragraph.
 */
function speakerIntroduced(reading: ArticleReading, first: Sentence): string | undefined {
  const before = reading.sentences[first.index - 1];
  if (!before || first.paragraph - before.paragraph > 1) return undefined;
  if (reading.runs.some((run) => run.start < before.end && run.end > before.start)) return undefined;
  const region: Region = { start: before.start, end: before.end, role: 'before' };
  const mentions = speakersIn(reading, region);
  const colon = /:\s*$/.test(before.text) ? before.text.lastIndexOf(':') : -1;
  if (colon >= 0) return subjectBefore(reading, region, mentions, before.start + colon);
  const verb = INTRODUCES_SPEECH.exec(before.text);
  if (!verb) return subjectOfSameParagraph(reading, before, first, mentions);
  return subjectBefore(reading, region, mentions, before.start + verb.index);
}

/**
 * "Brandt was blunt. “The deal is dead.”": a quotation with no attribution at all, in the paragraph
 * of a sentence whose subject is a person, is that person's.
 */
function subjectOfSameParagraph(
  reading: ArticleReading,
  before: Sentence,
  first: Sentence,
  mentions: readonly ActorMention[],
): string | undefined {
  if (before.paragraph !== first.paragraph) return undefined;
  const subject = mentions[0];
  if (!subject || reading.actorsById.get(subject.actorId)?.kind !== 'person') return undefined;
  const lead = reading.article.text.slice(before.start, subject.start);
  return /^(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$/.test(lead) ? subject.actorId : undefined;
}

/**
 * "Ana Rios spoke in a televised address on Sunday." then “...,” she said: the sentence before a
 * quotation that names its speaker speaking reports the quotation, and may date it and give its
 * medium.
 */
function introducingSentence(
  reading: ArticleReading,
  first: Sentence,
  speaker: string,
): { dated?: Dated; source: Span & { sentence: string } } | undefined {
  const before = reading.sentences[first.index - 1];
  if (!before || first.paragraph - before.paragraph > 1) return undefined;
  if (reading.quotations.some((quotation) => quotation.start < before.end && quotation.end > before.start))
    return undefined;
  const names = mentionsWithin(reading, before).some((mention) => mention.actorId === speaker);
  // "At a press conference on Monday, Rios defended her record.": an occasion of speech introduces too.
  if (!names || (!INTRODUCES_SPEECH.test(before.text) && !findMedium(before.text))) return undefined;
  const source = { start: before.start, end: before.end, sentence: before.text };
  const mention = datesIn(reading, before).find(
    (date) => !insideRun(reading, date) && !inWhatIsSaid(before.text, date.start - before.start),
  );
  if (!mention) return { source };
  return { dated: { date: mention.date, basis: mention.anchor === 'previous-event' ? 'anaphora' : 'text' }, source };
}

/** A verb of saying, or of announcing. */
const SAYING = new RegExp(String.raw`\b(?:${SAYING_WORDS}|announced|announces)\b`, 'g');

/**
 * True when offset `at` of a sentence lies in what a verb of saying before it reports ("Dubois said
 * the measure, first floated in January, would be reviewed"): a date there is of what was said,
 * not of the saying, so it does not date the words quoted after the sentence.
 */
function inWhatIsSaid(text: string, at: number): boolean {
  for (const verb of text.matchAll(SAYING)) {
    const end = verb.index + verb[0].length;
    if (end > at) return false;
    if (inReportedClause(text, { start: verb.index, end }, { start: at, end: at })) return true;
  }
  return false;
}

/**
 * True when offset `at` of a sentence lies in a clause that a verb of saying before it opens with
 * "that", an auxiliary or a pronoun ("Northline said it had recruited 85 drivers since November"),
 * not in the saying's own words ("warned the board in a memo dated Oct. 12, 2018, that ...").
 */
function inReportedWords(text: string, at: number): boolean {
  for (const verb of text.matchAll(SAYING)) {
    const end = verb.index + verb[0].length;
    if (end > at) return false;
    const between = text.slice(end, at);
    if (REPORTED_CLAUSE_OPENING.test(between) && !SAYING_CIRCUMSTANCE.test(between)) return true;
  }
  return false;
}

/**
 * A clause of the time or the occasion of the saying, right after its verb: "said as she left the
 * town hall on Monday", "told reporters when he arrived in Oslo on Monday": its date is the
 * saying's, whatever pronoun or auxiliary it holds.
 */
const SAYING_CIRCUMSTANCE = /^\s*(?:(?:reporters|journalists)\s+)?,?\s*(?:as|when|while|after|before|upon|once)\s/i;

/** A quotation is said by the dateline: a day after it ("ahead of Friday's vote") is not the saying's. */
function saidByDateline(mention: DateMention, published: string): boolean {
  return mention.date.start.slice(0, 10) <= published;
}

/**
 * A quotation is dated by its attribution ("said on Monday", "wrote ... afterward"), never by its
 * words: the date nearest its speech verb first, then any date of the text around it.
 */
function quoteDate(
  reading: ArticleReading,
  regions: readonly Region[],
  found: { region: Region; verb?: Span } | undefined,
): Dated {
  const datesOf = (region: Region): DateMention[] =>
    sentencesOf(reading, region).flatMap((sentence) =>
      datesIn(reading, sentence).filter(
        (mention) =>
          mention.start >= region.start &&
          mention.end <= region.end &&
          !insideRun(reading, mention) &&
          // "Ogun, who ran for governor in 2022, said": the relative clause's date is not the saying's.
          !inParentheticalRelative(reading.article.text, mention, reading.article.published, true) &&
          // "Northline said it had recruited 85 drivers since November": the date of what was said.
          !inReportedWords(sentence.text, mention.start - sentence.start) &&
          saidByDateline(mention, reading.article.published),
      ),
    );
  const verb = found?.verb;
  const own = found && verb ? datesOf(found.region).sort((a, b) => distance(a, verb) - distance(b, verb)) : [];
  const mention = own[0] ?? regions.map(datesOf).find((mentions) => mentions.length > 0)?.[0];
  if (mention) return { date: mention.date, basis: mention.anchor === 'previous-event' ? 'anaphora' : 'text' };
  const attribution = regions.map((region) => reading.article.text.slice(region.start, region.end)).join(' ');
  const first = regions[0] && sentencesOf(reading, regions[0])[0];
  if (first && saidLaterThanTold(reading, first, attribution)) {
    return { date: { start: reading.article.published, precision: 'day', approximate: true }, basis: 'estimate' };
  }
  const occasion = first ? occasionDate(reading, first, attribution) : undefined;
  if (occasion) return { date: occasion, basis: 'anaphora' };
  const named = NAMED_EVENT.exec(attribution);
  const referent = named?.[1] ? reading.lastByKind.get(kindOfNoun(named[1])) : undefined;
  const anaphora = anaphoraDate(attribution, referent ?? reading.previous);
  if (anaphora) return { date: anaphora, basis: 'anaphora' };
  // "... told reporters at a 7 a.m. briefing": the day the story is at.
  const clock = first ? clockDay(reading, first, attribution) : undefined;
  if (clock) return { date: clock, basis: 'anaphora' };
  return { date: { start: reading.article.published, precision: 'day', approximate: true }, basis: 'estimate' };
}

// ---------------------------------------------------------------------------------------------
// Paraphrases

const BASIS_RANK: Record<DateBasis, number> = { text: 3, anaphora: 2, estimate: 1, none: 0 };

/**
 * A statement next to a direct quote of the same speaker ("Zelensky told reporters that ..." then
 * “...,” Zelensky said) reports the same remarks: it becomes a further source of the quote, and
 * dates it when the quote's own attribution does not.
 */
export function mergeParaphrases(drafts: readonly EventDraft[], sentences: readonly Sentence[]): EventDraft[] {
  const firstIndex = (draft: EventDraft): number =>
    sentences.find((sentence) => sentence.start === draft.source.start)?.index ?? draft.sentenceIndex ?? -99;
  // Copies of the quotations only: they are the drafts changed below.
  const result: EventDraft[] = drafts.map((draft) => (draft.kind === 'quote' ? { ...draft } : draft));
  const merged = new Set<EventDraft>();
  for (const statement of result) {
    // Only remarks already made can be the same remarks as a quotation ("is scheduled to address").
    if (statement.kind !== 'statement' || statement.status !== 'occurred') continue;
    const speaker = statement.actors[0];
    if (speaker === undefined) continue;
    const at = statement.sentenceIndex ?? -99;
    const candidates = result.filter(
      (draft) =>
        draft.kind === 'quote' &&
        draft.quote?.speaker === speaker &&
        draft.file === statement.file &&
        at >= firstIndex(draft) - 1 &&
        at <= (draft.sentenceIndex ?? -99) + 1,
    );
    // The quotation of the statement's own sentence ("Lind told the BBC: “...”") is the one it
    // reports; a neighbour's quotation only when its sentence quotes no one.
    const own = candidates.find((draft) => at >= firstIndex(draft) && at <= (draft.sentenceIndex ?? -99));
    const quotesOwnWords = result.some(
      (draft) =>
        draft.kind === 'quote' &&
        draft.file === statement.file &&
        at >= firstIndex(draft) &&
        at <= (draft.sentenceIndex ?? -99),
    );
    const quote = own ?? (quotesOwnWords ? undefined : candidates[0]);
    if (!quote) continue;
    // A statement told inside the quotation's own sentences adds no source of its own.
    const within = statement.source.start >= quote.source.start && statement.source.end <= quote.source.end;
    const known = (quote.alsoReportedBy ?? []).some((source) => source.start === statement.source.start);
    if (!within && !known) quote.alsoReportedBy = [...(quote.alsoReportedBy ?? []), statement.source];
    if (BASIS_RANK[statement.dateBasis ?? 'none'] > BASIS_RANK[quote.dateBasis ?? 'none']) {
      quote.date = statement.date;
      quote.dateBasis = statement.dateBasis ?? 'none';
    }
    merged.add(statement);
  }
  return result.filter((draft) => !merged.has(draft));
}
