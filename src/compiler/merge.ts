/**
 * Merging: one event reported by several sentences or articles becomes one event with several
 * sources, and every event gets a stable id. Rules, in order:
 * 1. same kind, actors, date, status (and, for kinds where one day holds several events, the same
 *    trigger; for quotes, the same speaker and words) -> one event; reports without actors only
 *    within an article, or across articles at the same place; one person's trips to two places on
 *    one day stay two;
 * 2. a range ("the week-long summit", Sept. 22-28) absorbs reports of the same kind dated inside it,
 *    and a definite reference ("confirmed the Dec. 28 meeting") joins the event of that day;
 * 3. a report without a date of its own ("Moscow announced Lavrov is set to meet Rubio") joins the
 *    dated report of the same kind, status and actors ("Rubio is set to meet Lavrov on Sept. 24");
 *    reports in neighbouring sentences may name fewer actors ("Ukraine's allies have barred ..." /
 *    "Canada and EU member states have banned ..."), and the lede's undated news joins the later
 *    sentence that dates it at any distance ("Mills has resigned ..." / "Mills resigned on
 *    Monday"); a report dated only by its dateline never joins one dated long before it;
 * 4. what is still without any date is dropped, with a warning (see events.ts for why).
 * Ids are slugs of the best report's date, kind and actors (plus a short hash of a quote's words),
 * so they depend only on the sentences that report the event.
 */
import type { EventDate, TimelineEvent } from '../model/event-list.ts';
import { shortHash, slugify } from './slug.ts';
import { titleFor } from './event-titles.ts';
import { findDestination } from './place.ts';
import { addDays, formatAt, parseIsoDay } from './calendar.ts';
import type { ActorDraft, EventDraft } from './types.ts';

export interface MergedEvents {
  events: TimelineEvent[];
  /** Events no report of which gives a date: left off the timeline. */
  dropped: EventDraft[];
}

/** `representative`'s answer for a cluster, with the cluster's length and first report then. */
interface KeptRepresentative {
  length: number;
  first: EventDraft;
  best: EventDraft;
}

/**
 * Reports of one event. `kept` is `representative`'s memo, kept on the cluster itself: a WeakMap
 * keyed by the cluster cost a hashed lookup and a new record each time merging asked.
 */
type Cluster = EventDraft[] & { kept?: KeptRepresentative };

const BASIS_RANK = { text: 3, anaphora: 2, estimate: 1, none: 0 } as const;
/** Kinds where one actor can have several different events on one day. */
const BY_TRIGGER = new Set(['policy', 'conflict', 'announcement', 'statement', 'other']);

/**
 * BASIS_RANK of the draft's basis, by a switch: looked up by a key that takes four values, the
 * table's read went through V8's slow generic path, and merging asks this for every report of
 * every cluster it looks at.
 */
function rank(draft: EventDraft): number {
  switch (draft.dateBasis) {
    case 'anaphora':
      return BASIS_RANK.anaphora;
    case 'estimate':
      return BASIS_RANK.estimate;
    case 'none':
      return BASIS_RANK.none;
    default:
      return BASIS_RANK.text;
  }
}

function isWeak(draft: EventDraft): boolean {
  return rank(draft) <= BASIS_RANK.estimate;
}

const sortedActorsCache = new WeakMap<EventDraft, string>();

/** The draft's actor ids, sorted and joined; cached, as merging asks for it many times per draft. */
function sortedActors(draft: EventDraft): string {
  let sorted = sortedActorsCache.get(draft);
  if (sorted === undefined) {
    sorted = [...draft.actors].sort().join(',');
    sortedActorsCache.set(draft, sorted);
  }
  return sorted;
}

function normaliseQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const quoteWordsCache = new WeakMap<EventDraft, string>();

/** A draft's quote words, normalised; cached, as step 3 compares a quote with many of its speaker's. */
function quoteWords(draft: EventDraft, text: string): string {
  let words = quoteWordsCache.get(draft);
  if (words === undefined) {
    words = normaliseQuote(text);
    quoteWordsCache.set(draft, words);
  }
  return words;
}

/**
 * A happening read by its own clause with no actor and dated only from the event told before
 * ("Hours later, two boats sank", "At 2 p.m., a firefighter was taken to hospital"): a narrative
 * that goes on tells a new happening, which kind, day and the clause reader's one trigger name
 * alone would join to whatever nameless happening that day held. Its own sentence keeps it apart.
 */
function toldOn(draft: EventDraft): string {
  if (draft.trigger !== 'clause' || draft.dateBasis !== 'anaphora' || draft.actors.length > 0) return '';
  return `|${draft.file}@${draft.source.start}`;
}

function identity(draft: EventDraft): string {
  if (draft.kind === 'quote' && draft.quote)
    return `quote|${draft.quote.speaker ?? ''}|${quoteWords(draft, draft.quote.text)}`;
  const trigger = BY_TRIGGER.has(draft.kind) ? (draft.trigger ?? '') : '';
  return `${draft.kind}|${trigger}${toldOn(draft)}|${sortedActors(draft)}`;
}

/** Kind, actors (or trigger), date and status: what reports of one event on one day share. */
function dayKey(draft: EventDraft): string {
  // A range's end is part of its day: "a three-day forum from Sept. 28" and "a week-long
  // conference opened on Sept. 28" are two events; step 2 joins a range with a day inside it.
  return `${identity(draft)}|${draft.date.start}|${draft.date.end ?? ''}|${draft.date.precision}|${draft.status}`;
}

function exactKey(draft: EventDraft): string {
  if (draft.kind === 'quote') return identity(draft);
  // Without actors, a kind and a date say too little to be one event across articles ("a meeting
  // on March 3" in two articles is two meetings): such reports are the same only within an article,
  // or, across articles, at the same place (`joinByPlace`).
  const where = draft.actors.length === 0 ? `|${draft.file}` : '';
  return `${dayKey(draft)}${where}`;
}

/**
 * 1a. One person's trips to two places on one day are two trips ("flew to Nairobi on Monday. She
 * then travelled to Kampala"), and so are two attacks or two happenings told by their own verbs at
 * two places ("Rebels attacked an army post in Kalemie on Monday." ... "On the same day, gunmen
 * attacked a police station in Uvira"): such a cluster whose reports name different places is
 * split by place; reports that name none, and an attack or happening named again by its definite
 * noun ("The arrests were made after a raid on a house in Harehills"), stay with the first place told.
 */
function splitByPlace(clusters: readonly Cluster[]): Cluster[] {
  return clusters.flatMap((cluster) => {
    const kind = cluster[0]?.kind;
    if (cluster.length < 2 || (kind !== 'travel' && kind !== 'conflict' && kind !== 'other')) return [cluster];
    const places = cluster.map((draft) =>
      kind === 'travel'
        ? (draft.place ?? findDestination(draft.clause ?? ''))?.toLowerCase()
        : draft.reference
          ? undefined
          : draft.place?.toLowerCase(),
    );
    const byPlace = new Map<string, Cluster>();
    for (const place of places) if (place !== undefined && !byPlace.has(place)) byPlace.set(place, []);
    if (byPlace.size < 2) return [cluster];
    const firstPlace = [...byPlace.values()][0]!;
    cluster.forEach((draft, index) => {
      const place = places[index];
      (place === undefined ? firstPlace : byPlace.get(place)!).push(draft);
    });
    return [...byPlace.values()];
  });
}

/**
 * 1a'. "Kotek flew over the burn area by helicopter on Friday and then visited a shelter": two
 * reports of one sentence told in sequence by verbs of their own are two happenings of one day;
 * the later verb's reports leave the cluster for one of their own.
 */
function splitSequences(clusters: readonly Cluster[]): Cluster[] {
  return clusters.flatMap((cluster) => {
    if (cluster.length < 2 || BY_TRIGGER.has(cluster[0]?.kind ?? 'other')) return [cluster];
    const pair = cluster
      .flatMap((a) => cluster.map((b): [EventDraft, EventDraft] => [a, b]))
      .find(
        ([a, b]) =>
          a.file === b.file &&
          a.source.start === b.source.start &&
          (a.triggerAt ?? 0) < (b.triggerAt ?? 0) &&
          inSequence(a, b),
      );
    if (!pair) return [cluster];
    const later = pair[1].trigger;
    return [cluster.filter((draft) => draft.trigger !== later), cluster.filter((draft) => draft.trigger === later)];
  });
}

/**
 * 1b. Reports without actors from different articles are one event only when they name the same
 * place ("a hearing in Porvik on March 3" twice): clusters of no actors with the same kind, date,
 * status and place join the first such cluster.
 */
function joinByPlace(clusters: readonly Cluster[]): void {
  const byPlace = new Map<string, Cluster>();
  for (const cluster of clusters) {
    const rep = representative(cluster);
    if (rep.kind === 'quote' || rep.actors.length > 0) continue;
    const place = cluster.find((draft) => draft.place)?.place;
    if (place === undefined) continue;
    const key = `${dayKey(rep)}|${place.toLowerCase()}`;
    const target = byPlace.get(key);
    if (target) target.push(...cluster.splice(0));
    else byPlace.set(key, cluster);
  }
}

/**
 * 1c. One sentence tells a meeting, a trip or a summit once: two reports of the same kind, day and
 * status from one sentence, the actors of one among the other's, are one event ("Brik hosted
 * Reyes for talks on Tuesday" read by "hosted" and by "talks").
 */
function joinWithinSentence(clusters: readonly Cluster[]): void {
  const bySentence = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    const rep = cluster[0];
    if (!rep || cluster.length === 0 || BY_TRIGGER.has(rep.kind) || rep.kind === 'quote') continue;
    const key = `${rep.file}|${rep.source.start}|${rep.kind}|${rep.date.start}|${rep.date.end ?? ''}|${rep.status}`;
    const others = bySentence.get(key) ?? [];
    const wider = others.find((other) => {
      const actors = representative(other).actors;
      return (subset(rep.actors, actors) || subset(actors, rep.actors)) && !inSequence(representative(other), rep);
    });
    if (wider) wider.push(...cluster.splice(0));
    else bySentence.set(key, [...others, cluster]);
  }
}

/** Words that put one happening after another: "flew over the area and then visited a shelter". */
const SEQUENCE = /\b(?:and then|then|and later|later|before|after|afterwards?)\b/i;

/**
 * Two reports of one sentence told one after the other by their own verbs ("Kotek flew over the
 * burn area by helicopter and then visited a shelter"): two happenings, not one told twice.
 */
function inSequence(a: EventDraft, b: EventDraft): boolean {
  if (a.trigger === b.trigger || a.triggerAt === undefined || b.triggerAt === undefined) return false;
  const sentence = a.source.sentence;
  const [from, to] = a.triggerAt < b.triggerAt ? [a.triggerAt, b.triggerAt] : [b.triggerAt, a.triggerAt];
  return SEQUENCE.test(sentence.slice(from, to));
}

/**
 * How well a date tells an event's span, among reports of one basis: a range the text gives (a
 * summit's "Sept. 22-28") before a day, and a day before a vague stretch ("last week", "earlier
 * this month"), which a more precise report of the same event replaces ("last week" / "on May 27").
 */
function spanScore(date: EventDate): number {
  if (!date.end) return 1;
  return date.approximate ? 0 : 2;
}

/**
 * The report that speaks for the cluster: best dated, a range before a day before a vague stretch, then the first.
 * Merging asks it of a cluster many times (step 2 of every candidate of every range, step 3 of every
 * candidate of every undated report), so the answer is kept: a cluster only grows at its end or is
 * emptied, so with the same first report it is the kept best against the reports added since.
 */
export function representative(cluster: Cluster): EventDraft {
  const first = cluster[0];
  if (!first) throw new Error('empty cluster');
  const known = cluster.kept;
  const fresh = known !== undefined && known.first === first && known.length <= cluster.length;
  if (fresh && known.length === cluster.length) return known.best;
  let best = fresh ? known.best : first;
  for (let at = fresh ? known.length : 0; at < cluster.length; at += 1) {
    const draft = cluster[at];
    if (!draft) continue;
    const better = rank(draft) - rank(best) || spanScore(draft.date) - spanScore(best.date);
    if (better > 0) best = draft;
  }
  if (known) {
    known.length = cluster.length;
    known.first = first;
    known.best = best;
  } else cluster.kept = { length: cluster.length, first, best };
  return best;
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((id) => b.includes(id));
}

function sameQuote(a: EventDraft, b: EventDraft): boolean {
  if (!a.quote || !b.quote || a.quote.speaker !== b.quote.speaker) return false;
  const x = quoteWords(a, a.quote.text);
  const y = quoteWords(b, b.quote.text);
  return x.includes(y) || y.includes(x);
}

function near(a: EventDraft, b: EventDraft, sentences: number): boolean {
  return a.file === b.file && Math.abs((a.sentenceIndex ?? -99) - (b.sentenceIndex ?? 99)) <= sentences;
}

/** Reports in two articles can be of one happening only for these: meetings, trips... of two or more. */
function pairsAcrossArticles(draft: EventDraft): boolean {
  return !BY_TRIGGER.has(draft.kind) && draft.actors.length >= 2;
}

/**
 * True when two reports may be of one event, leaving dates aside. Meetings and trips of the same
 * people are one event across the article (or across articles for two or more people); policy,
 * conflict and other acts only in neighbouring sentences ("Russia attacked ..." twice in a day
 * is two attacks unless told side by side).
 */
function sameHappening(a: EventDraft, b: EventDraft, neighbours: number): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'quote') return sameQuote(a, b);
  if (BY_TRIGGER.has(a.kind) && a.trigger !== b.trigger) return false;
  if (a.status !== b.status) return false;
  const equal = sortedActors(a) === sortedActors(b) && a.actors.length > 0;
  const specific = a.file === b.file ? !BY_TRIGGER.has(a.kind) : pairsAcrossArticles(a);
  if (equal && (specific || near(a, b, neighbours))) return true;
  return near(a, b, neighbours) && (subset(a.actors, b.actors) || subset(b.actors, a.actors));
}

/** How many days before the dateline a lede's undated news may have happened ("has resigned"). */
const LEDE_NEWS_DAYS = 14;

/**
 * 3b. A news story tells its news undated first and dates it further down: "Harlan Mills has
 * resigned as chief executive of Tolvane Foods." ... "Mills resigned on Monday evening after a
 * board meeting." The lede's report, dated only by the dateline (`weak`), is the later report
 * (`dated`) of the same kind, trigger and status in the same article, at any distance, when the
 * lede names someone, their actors agree (one's among the other's) and the later one's day lies in
 * the fortnight up to the dateline, where a present perfect's news lies (a resignation dated "in
 * 2019" is another).
 */
export function retoldLater(weak: EventDraft, dated: EventDraft): boolean {
  if (weak.file !== dated.file || weak.kind !== dated.kind || weak.kind === 'quote') return false;
  if (weak.trigger !== dated.trigger || weak.status !== dated.status || weak.status !== 'occurred') return false;
  if (rank(dated) !== BASIS_RANK.text || (weak.sentenceIndex ?? 99) > 1) return false;
  if ((dated.sentenceIndex ?? -1) <= (weak.sentenceIndex ?? 99)) return false;
  // A lede that names nobody ("Estonia election live: ...") says too little to be one report.
  if (weak.actors.length === 0 || (!subset(weak.actors, dated.actors) && !subset(dated.actors, weak.actors)))
    return false;
  const first = firstNewsDay(dated.published);
  if (!first || dated.date.precision !== 'day' || dated.date.end) return false;
  return dated.date.start >= first && dated.date.start <= dated.published;
}

/** The first day of the fortnight before a dateline (ISO days compare as text). */
function firstNewsDay(published: string): string | undefined {
  const day = parseIsoDay(published);
  if (!day) return undefined;
  const first = addDays(day, -LEDE_NEWS_DAYS);
  return formatAt(first.year, first.month, first.day, 'day');
}

/** The last day a date may fall on, as ISO text: its end, or the end of its month or year. */
function lastDayOf(date: EventDate): string {
  const last = date.end ?? date.start;
  if (last.length === 4) return `${last}-12-31`;
  if (last.length === 7) return `${last}-31`;
  return last;
}

/**
 * True when `date` ends long before the news a report dated only by its dateline tells ("Mills has
 * resigned" is not "Mills also resigned in 2019"): before the fortnight up to the dateline, where a
 * present perfect's news lies. Reports with no date at all ("the meeting was called off") may be
 * of any day.
 */
export function longBefore(date: EventDate, weak: EventDraft): boolean {
  if (weak.dateBasis !== 'estimate') return false;
  const first = firstNewsDay(weak.published);
  return first !== undefined && lastDayOf(date) < first;
}

function within(date: EventDate, range: EventDate): boolean {
  if (!range.end) return false;
  const start = date.start.slice(0, range.start.length);
  return start >= range.start && start <= range.end;
}

/**
 * Whether a summit told in an article may be the article's range-dated summit without sharing its
 * actors ("the summit" in a later sentence): not when the two are told at different places, nor
 * when it is a range of other days ("a three-day forum from Sept. 28" and "the week-long
 * conference opened on Monday, Sept. 28" are two).
 */
function mayBeOneSummit(report: EventDraft, range: EventDraft): boolean {
  const place = (draft: EventDraft): string | undefined => draft.place?.toLowerCase();
  if (place(report) !== undefined && place(range) !== undefined && place(report) !== place(range)) return false;
  return (
    report.date.end === undefined || (report.date.start === range.date.start && report.date.end === range.date.end)
  );
}

/** Code-unit order, as the comparisons in `within` use. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First index in [0, length) where `test` turns true (`test` must be false, then true, in order). */
function firstWhere(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Where the clusters a range may absorb are: a range absorbs only reports of its own kind from its
 * own article or with its own actors, dated within it. So clusters are listed under their
 * representative's kind and file and under its kind and actors, each list sorted by start date:
 * the clusters dated within a range are one contiguous run of it (`within` compares prefixes of
 * the start in code-unit order, which keeps that order). Step 2 looks at those two runs instead of
 * every cluster of the corpus dated within the range. Only the lists the ranges (`heads`) look at
 * are made: a cluster is listed only under a kind, file or set of actors some range has, which
 * rules most clusters out by comparing strings the reports already hold. A cluster whose
 * representative changes after absorbing is listed again under its new keys, in `moved`, and
 * always looked at there.
 */
function createRangeIndex(clusters: readonly Cluster[], heads: readonly EventDraft[]) {
  const byKey = new Map<string, { start: string; index: number }[]>();
  const moved = new Map<string, Set<number>>();
  const keysOf = (rep: EventDraft): string[] => [
    `file|${rep.kind}|${rep.file}`,
    ...(rep.actors.length > 0 ? [`actors|${rep.kind}|${sortedActors(rep)}`] : []),
  ];
  for (const head of heads) for (const key of keysOf(head)) byKey.set(key, []);
  const kinds = new Set(heads.map((head) => head.kind));
  const files = new Set(heads.map((head) => head.file));
  const actorSets = new Set(heads.filter((head) => head.actors.length > 0).map(sortedActors));
  clusters.forEach((cluster, index) => {
    const rep = representative(cluster);
    if (!kinds.has(rep.kind)) return;
    if (files.has(rep.file)) byKey.get(`file|${rep.kind}|${rep.file}`)?.push({ start: rep.date.start, index });
    if (rep.actors.length > 0 && actorSets.has(sortedActors(rep)))
      byKey.get(`actors|${rep.kind}|${sortedActors(rep)}`)?.push({ start: rep.date.start, index });
  });
  for (const entries of byKey.values()) entries.sort((a, b) => compareStrings(a.start, b.start) || a.index - b.index);
  /** Indices, in cluster order, of every cluster that `head`'s range may absorb. */
  const candidates = (head: EventDraft): number[] => {
    const range = head.date;
    const end = range.end ?? '';
    const found = new Set<number>();
    for (const key of keysOf(head)) {
      const entries = byKey.get(key) ?? [];
      const from = firstWhere(entries.length, (at) => (entries[at]?.start ?? '') >= range.start);
      const to = firstWhere(entries.length, (at) => (entries[at]?.start ?? '').slice(0, range.start.length) > end);
      for (let at = from; at < to; at += 1) {
        const entry = entries[at];
        if (entry) found.add(entry.index);
      }
      for (const index of moved.get(key) ?? []) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  };
  /** The cluster at `index` has a new representative: list it under that one's keys too. */
  const move = (index: number, rep: EventDraft): void => {
    for (const key of keysOf(rep)) {
      const indices = moved.get(key) ?? new Set<number>();
      indices.add(index);
      moved.set(key, indices);
    }
  };
  return { candidates, move };
}

/** Groups drafts into clusters of reports of one event. */
export function clusterDrafts(drafts: readonly EventDraft[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const draft of callOffPlannedEvents(drafts)) {
    const key = exactKey(draft);
    const cluster = byKey.get(key);
    if (cluster) cluster.push(draft);
    else byKey.set(key, [draft]);
  }
  const first = splitSequences(splitByPlace([...byKey.values()]));
  joinByPlace(first);
  joinWithinSentence(first);
  let clusters = first.filter((cluster) => cluster.length > 0);
  // 2. Ranges absorb what is dated inside them. A cluster only grows at its own turn, so the
  // ranges are the clusters whose representative has an end before the step begins.
  const rangeAt = clusters.flatMap((cluster, at) => (representative(cluster).date.end ? [at] : []));
  const index = createRangeIndex(
    clusters,
    rangeAt.map((at) => representative(clusters[at] ?? [])),
  );
  for (const rangeIndex of rangeAt) {
    const range = clusters[rangeIndex];
    if (!range || range.length === 0) continue;
    const head = representative(range);
    for (const otherIndex of index.candidates(head)) {
      const other = clusters[otherIndex];
      if (!other || other === range || other.length === 0) continue;
      const rep = representative(other);
      if (rep.kind !== head.kind || rep.status !== head.status) continue;
      if (!within(rep.date, head.date)) continue;
      const sameActors = sortedActors(rep) === sortedActors(head) && head.actors.length > 0;
      // A nameless happening is not part of a named one's span ("the inquest opened on Monday and is
      // expected to last three days" does not absorb "a car was driven into a dairy on Wednesday").
      const nameless = rep.actors.length === 0 && head.actors.length > 0 && !head.date.approximate;
      const neighbour =
        rep.file === head.file && !nameless && (subset(rep.actors, head.actors) || subset(head.actors, rep.actors));
      const sameArticleSummit = head.kind === 'summit' && rep.file === head.file;
      if (!sameActors && !neighbour && !sameArticleSummit) continue;
      if (!sameActors && head.kind === 'summit' && !mayBeOneSummit(rep, head)) continue;
      range.push(...other.splice(0));
    }
    const newHead = representative(range);
    if (newHead !== head) index.move(rangeIndex, newHead);
  }
  clusters = clusters.filter((cluster) => cluster.length > 0);
  joinPlanToItsDay(clusters);
  clusters = clusters.filter((cluster) => cluster.length > 0);
  joinReferences(clusters);
  clusters = clusters.filter((cluster) => cluster.length > 0);
  // 3. Reports without a date of their own join a dated report of the same happening.
  const happenings = createHappeningIndex(clusters);
  clusters.forEach((weak, weakIndex) => {
    if (weak.length === 0) return;
    const rep = representative(weak);
    if (!isWeak(rep)) return;
    const candidates = happenings.candidates(rep);
    const clusterAt = (at: number): Cluster => clusters[at] ?? [];
    // The first candidate, in cluster order, that passes `wanted` and tells the same happening:
    // `wanted` first, as it is the cheaper test (a speaker's quotes are compared across the corpus).
    const first = (wanted: (other: Cluster) => boolean): number | undefined =>
      candidates.find((at) => {
        const other = clusterAt(at);
        return (
          other !== weak &&
          other.length > 0 &&
          wanted(other) &&
          other.some(
            (draft) => (sameHappening(rep, draft, 2) || retoldLater(rep, draft)) && !longBefore(draft.date, rep),
          )
        );
      });
    const target =
      first((other) => !isWeak(representative(other)) && other.some((draft) => draft.file === rep.file)) ??
      first((other) => !isWeak(representative(other))) ??
      first((other) => other.some((draft) => near(rep, draft, 1)));
    if (target === undefined) return;
    happenings.moveTo(weak, target, weakIndex);
    clusterAt(target).push(...weak.splice(0));
  });
  return clusters.filter((cluster) => cluster.length > 0);
}

/**
 * 2b. A plan told by its month and again by its day in one article ("announced on Monday that she
 * would resign in July" ... "Brik will step down on July 31, her office said") is one planned
 * event, dated by the day (a more precise date of the same event replaces the vaguer one). Only
 * plans of the same kind and the same named actors, and only when that month holds one such day:
 * two meetings of a pair in one month stay two.
 */
function joinPlanToItsDay(clusters: readonly Cluster[]): void {
  const keyOf = (rep: EventDraft, month: string): string => `${rep.file}|${rep.kind}|${sortedActors(rep)}|${month}`;
  const isPlan = (rep: EventDraft): boolean =>
    rep.status === 'scheduled' && rep.kind !== 'quote' && rep.actors.length > 0 && !rep.date.end;
  const days = new Map<string, Cluster[]>();
  for (const cluster of clusters) {
    const rep = representative(cluster);
    if (!isPlan(rep) || rep.date.precision !== 'day') continue;
    const key = keyOf(rep, rep.date.start.slice(0, 7));
    days.set(key, [...(days.get(key) ?? []), cluster]);
  }
  if (days.size === 0) return;
  for (const cluster of clusters) {
    const rep = cluster[0] && representative(cluster);
    if (!rep || !isPlan(rep) || rep.date.precision !== 'month') continue;
    const targets = days.get(keyOf(rep, rep.date.start));
    if (targets?.length === 1) targets[0]!.push(...cluster.splice(0));
  }
}

/**
 * 0. "Varga was due to meet Tamm on Friday, but the meeting was canceled." / "... on Friday. The
 * meeting was called off on Wednesday.": a definite reference to an event of a kind, called off,
 * in the sentence of a scheduled report of that kind or the sentence after it, calls that report's
 * event off. The event keeps its own date (the day it was planned for, not the day it was called
 * off) and actors, and the reference becomes one of its sources.
 */
export function callOffPlannedEvents(drafts: readonly EventDraft[]): EventDraft[] {
  const result = [...drafts];
  const absorbed = new Set<EventDraft>();
  result.forEach((draft, index) => {
    if (draft.status !== 'cancelled' || !draft.reference || draft.sentenceIndex === undefined) return;
    const at = draft.sentenceIndex;
    let target = -1;
    for (let other = index - 1; other >= 0; other -= 1) {
      const candidate = result[other];
      if (!candidate || candidate.file !== draft.file) continue;
      const sentence = candidate.sentenceIndex ?? -99;
      if (sentence < at - 1) break;
      if (candidate.kind !== draft.kind || candidate.status !== 'scheduled' || absorbed.has(candidate)) continue;
      if (candidate.actors.length === 0 || !subset(draft.actors, candidate.actors)) continue;
      // "will vote on July 14. The vote had been set for June 23 but was pushed back.": a plan
      // called off for a day of its own still ahead (no day of calling off, which is past) is the
      // old plan, not the one told before.
      const ownDayAhead = draft.dateBasis === 'text' && draft.date.start > draft.published;
      if (ownDayAhead && draft.date.start !== candidate.date.start) continue;
      target = other;
      break;
    }
    const planned = result[target];
    if (!planned) return;
    result[target] = {
      ...planned,
      status: 'cancelled',
      alsoReportedBy: [...(planned.alsoReportedBy ?? []), draft.source],
    };
    absorbed.add(draft);
  });
  return result.filter((draft) => !absorbed.has(draft));
}

/**
 * 2b. A definite noun phrase dated by the text ("confirmed the Dec. 28 meeting") points at an event
 * the article tells elsewhere: it joins the report of the same kind, day and status in the same
 * article whose actors include its own, and is news of its own only when there is none.
 */
function joinReferences(clusters: Cluster[]): void {
  const references = clusters.filter((cluster) => cluster.length > 0 && cluster.every((draft) => draft.reference));
  if (references.length === 0) return;
  // Only the articles that hold a reference are listed by day: a report joins only its own article's.
  const files = new Set(references.map((cluster) => cluster[0]?.file));
  const byDay = new Map<string, Cluster[]>();
  const dayOf = (draft: EventDraft): string =>
    `${draft.file}|${draft.kind}|${draft.date.start}|${draft.date.precision}|${draft.status}`;
  for (const cluster of clusters) {
    const rep = representative(cluster);
    if (!files.has(rep.file)) continue;
    const key = dayOf(rep);
    const sameDay = byDay.get(key);
    if (sameDay) sameDay.push(cluster);
    else byDay.set(key, [cluster]);
  }
  // A cluster of references only stays one until its turn (it is no other's target), and no other
  // cluster becomes one: the list made first is the list of those to join.
  for (const cluster of references) {
    const rep = cluster[0];
    if (!rep) continue;
    const target = (byDay.get(dayOf(rep)) ?? []).find(
      (other) =>
        other !== cluster &&
        other.length > 0 &&
        !other.every((draft) => draft.reference) &&
        subset(rep.actors, representative(other).actors),
    );
    if (target) target.push(...cluster.splice(0));
  }
}

/**
 * Where the drafts that `sameHappening` may pair with a report are, so step 3 looks at those
 * clusters instead of every cluster: a quote pairs only with the same speaker's quotes; anything
 * else only with reports of the same kind in the same article, or, when it may pair across
 * articles, with the same actors.
 */
function createHappeningIndex(clusters: readonly Cluster[]) {
  const where = new Map<string, Set<number>>();
  const keysOf = (draft: EventDraft): string[] =>
    draft.kind === 'quote'
      ? [`quote|${draft.quote?.speaker ?? ''}`]
      : [
          `file|${draft.kind}|${draft.file}`,
          ...(pairsAcrossArticles(draft) ? [`actors|${draft.kind}|${sortedActors(draft)}`] : []),
        ];
  // Step 3 asks only for the keys of undated reports (a cluster whose representative is undated
  // holds nothing else), so only those keys are listed, and a report is looked at only when a
  // speaker, file or set of actors of theirs is its own.
  const weak = clusters.flatMap((cluster) => cluster.filter(isWeak));
  for (const draft of weak) for (const key of keysOf(draft)) where.set(key, new Set<number>());
  const speakers = new Set(weak.map((draft) => draft.quote?.speaker ?? ''));
  const files = new Set(weak.map((draft) => draft.file));
  const actorSets = new Set(weak.filter(pairsAcrossArticles).map(sortedActors));
  const add = (draft: EventDraft, index: number): void => {
    if (draft.kind === 'quote') {
      if (speakers.has(draft.quote?.speaker ?? '')) where.get(`quote|${draft.quote?.speaker ?? ''}`)?.add(index);
      return;
    }
    if (files.has(draft.file)) where.get(`file|${draft.kind}|${draft.file}`)?.add(index);
    if (pairsAcrossArticles(draft) && actorSets.has(sortedActors(draft)))
      where.get(`actors|${draft.kind}|${sortedActors(draft)}`)?.add(index);
  };
  if (weak.length > 0) {
    clusters.forEach((cluster, index) => {
      for (const draft of cluster) add(draft, index);
    });
  }
  /** Indices, in cluster order, of every cluster that may hold a report of the same happening. */
  const candidates = (rep: EventDraft): number[] => {
    const found = new Set<number>();
    for (const key of keysOf(rep)) for (const index of where.get(key) ?? []) found.add(index);
    return [...found].sort((a, b) => a - b);
  };
  const moveTo = (cluster: Cluster, target: number, from: number): void => {
    if (target < 0 || target === from) return;
    for (const draft of cluster) add(draft, target);
  };
  return { candidates, moveTo };
}

function eventIdBase(rep: EventDraft): string {
  const who = [...rep.actors].sort().slice(0, 3).join('-');
  const what =
    rep.kind === 'quote' && rep.quote
      ? shortHash(rep.quote.text)
      : rep.kind === 'summit'
        ? slugify(rep.clause ?? '').slice(0, 40)
        : BY_TRIGGER.has(rep.kind)
          ? (rep.trigger ?? '')
          : '';
  return slugify([rep.date.start, rep.kind, what, who].filter((part) => part !== '').join('-'));
}

/**
 * `base-2`, `base-3`, ...: the first of them not taken. `next` keeps, per base, the suffix below
 * which every one is taken (ids are only ever added), so the k-th event of one base looks at one
 * or two suffixes instead of counting up from 2 again: a corpus that tells one event alike in many
 * articles made that count quadratic.
 */
function freeSuffixed(base: string, taken: ReadonlySet<string>, next: Map<string, number>): string {
  let suffix = next.get(base) ?? 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  next.set(base, suffix + 1);
  return `${base}-${suffix}`;
}

export function mergeEvents(drafts: readonly EventDraft[], actorsById: ReadonlyMap<string, ActorDraft>): MergedEvents {
  const clusters = clusterDrafts(drafts);
  const events: TimelineEvent[] = [];
  const dropped: EventDraft[] = [];
  const taken = new Set<string>();
  const nextSuffix = new Map<string, number>();
  for (const cluster of clusters) {
    const rep = representative(cluster);
    if (rank(rep) === BASIS_RANK.none) {
      // A reference nobody else reports ("after the meeting") was never news of its own.
      if (!cluster.every((draft) => draft.reference)) dropped.push(rep);
      continue;
    }
    const actors = actorsOf(rep, cluster);
    const base = eventIdBase(rep);
    let id = base;
    if (taken.has(id)) id = `${id}-${shortHash(rep.source.sentence)}`;
    if (taken.has(id)) id = freeSuffixed(base, taken, nextSuffix);
    taken.add(id);
    const place = rep.place ?? cluster.find((draft) => draft.place)?.place;
    const placePhrase = rep.placePhrase ?? cluster.find((draft) => draft.placePhrase)?.placePhrase;
    const title =
      rep.kind === 'meeting'
        ? titleFor({
            kind: 'meeting',
            status: rep.status,
            names: actors.map((actorId) => actorsById.get(actorId)?.name ?? actorId),
            ...(placePhrase ? { placePhrase } : {}),
            clause: rep.clause ?? rep.title,
          })
        : rep.title;
    // The optional fields are assigned in the event's key order rather than spread into the
    // literal: V8 adds every property after a spread on a slow path.
    const event: Omit<TimelineEvent, 'sources'> = {
      id,
      kind: rep.kind,
      title,
      date: rep.date,
      status: rep.status,
      actors,
    };
    if (place) event.place = place;
    if (rep.quote) event.quote = rep.quote;
    events.push(Object.assign(event, { sources: sourcesOf(cluster) }));
  }
  return { events, dropped };
}

/** The representative's actors, then every other report's new ones, in the order they are told. */
function actorsOf(rep: EventDraft, cluster: Cluster): string[] {
  const actors = new Set(rep.actors);
  for (const draft of cluster) for (const actor of draft.actors) actors.add(actor);
  return [...actors];
}

function sourcesOf(cluster: Cluster): TimelineEvent['sources'] {
  const seen = new Set<string>();
  const sources: TimelineEvent['sources'] = [];
  for (const draft of cluster) {
    for (const span of [draft.source, ...(draft.alsoReportedBy ?? [])]) {
      const key = `${draft.file}|${span.start}|${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push({
        file: draft.file,
        published: draft.published,
        sentence: span.sentence,
        start: span.start,
        end: span.end,
      });
    }
  }
  return sources.sort((a, b) =>
    a.published !== b.published
      ? a.published < b.published
        ? -1
        : 1
      : a.file !== b.file
        ? a.file < b.file
          ? -1
          : 1
        : a.start - b.start,
  );
}
