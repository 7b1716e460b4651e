/**
 * Direct quotations across a whole article: where they are (a quotation may run over several
 * sentences, and over paragraphs by the news convention of re-opening the quote mark on the next
 * paragraph without closing the previous one), which pieces form one quotation (“A,” said X. “B.”),
 * whether it is a real quotation or a scare quote, and the text around it that attributes it.
 */
import type { Span } from './types.ts';

/** One run of quoted text, marks included in `start`/`end`; `inner` excludes the marks. */
export interface QuotedRun extends Span {
  inner: Span;
}

/** A quotation: one or more runs separated only by their own attribution. */
export interface Quotation extends Span {
  runs: QuotedRun[];
}

const OPENERS = new Set(['\u201C', '"']);

/**
 * Finds quoted runs in `text` within each paragraph. Curly quotes pair “ with ”; straight quotes
 * toggle. A paragraph that ends inside an open quotation continues into the next paragraph when
 * that one starts with an opening mark (the news convention for multi-paragraph quotes);
 * otherwise the run is closed at the end of its paragraph.
 */
export function findQuotedRuns(text: string, paragraphs: readonly Span[]): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let open: number | undefined;
  paragraphs.forEach((paragraph, index) => {
    for (let offset = paragraph.start; offset < paragraph.end; offset += 1) {
      const char = text.charAt(offset);
      if (open === undefined) {
        if (OPENERS.has(char)) open = offset;
        continue;
      }
      const continuing = offset === paragraph.start && open < paragraph.start;
      if (continuing) continue; // the re-opening mark of a continued quotation
      const closes = char === '\u201D' || (char === '"' && text.charAt(open) === '"');
      if (closes) {
        runs.push({ start: open, end: offset + 1, inner: { start: open + 1, end: offset } });
        open = undefined;
      }
    }
    if (open !== undefined) {
      const next = paragraphs[index + 1];
      const nextOpens = next !== undefined && OPENERS.has(text.charAt(next.start));
      if (!nextOpens) {
        runs.push({ start: open, end: paragraph.end, inner: { start: open + 1, end: paragraph.end } });
        open = undefined;
      }
    }
  });
  return runs;
}

/** Words of a text (letters or digits runs). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** A scare quote or a title in quotes ("so-called “peace plan”"): three words or fewer. */
export function isScareQuote(text: string): boolean {
  return wordCount(text) <= 3;
}

const SPEECH_VERB =
  /\b(said|says|say|wrote|writes|write|added|adds|told|tells|asked|asks|stated|states|posted|posts|tweeted|declared|declares|insisted|insists|warned|warns|explained|explains|continued|noted|notes|recalled|remarked|replied|replies|answered|argued|argues|claimed|claims|shouted|called|calls|described|describes|dubbed|labell?ed|termed|accused|accuses|urged|urges|promised|vowed|pledged|denounced|praised|critici[sz]ed|announced|according to)\b/i;

/** True when `between` (the text separating two quoted runs) is only an attribution: `, said X. `. */
export function isAttributionOnly(between: string): boolean {
  const trimmed = between.trim();
  if (trimmed === '' || trimmed.length > 80) return false;
  if (!SPEECH_VERB.test(trimmed)) return false;
  // An attribution is one short clause: no second sentence of its own.
  const plain = trimmed
    .replace(/\b(?:[A-Z]\.)+/g, '')
    .replace(/\b(?:Gen|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\./g, '')
    .replace(/[.!?]?\s*$/, '');
  return !/[.!?]\s+["“]?[A-Z]/.test(plain);
}

/** Groups runs into quotations: runs separated only by their own attribution are one. */
export function groupQuotations(text: string, runs: readonly QuotedRun[]): Quotation[] {
  const quotations: Quotation[] = [];
  for (const run of runs) {
    const last = quotations.at(-1);
    const previous = last?.runs.at(-1);
    const between = text.slice(previous?.end ?? 0, run.start);
    // An interrupted quotation ends its first part with a comma (“A,” said X. “B.”) and resumes
    // in the same paragraph.
    const interrupted = previous !== undefined && /,\s*$/.test(text.slice(previous.inner.start, previous.inner.end));
    if (last && previous && interrupted && !between.includes('\n') && isAttributionOnly(between)) {
      last.runs.push(run);
      last.end = run.end;
    } else {
      quotations.push({ start: run.start, end: run.end, runs: [run] });
    }
  }
  return quotations;
}

/** The quoted words of a quotation, its runs joined by a space. */
export function quotationText(text: string, quotation: Quotation): string {
  return quotation.runs
    .map((run) =>
      text
        .slice(run.inner.start, run.inner.end)
        .replace(/[\u201C\u201D"]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join(' ')
    .trim();
}

/** True when the text contains a reporting verb ("said", "wrote", "according to"). */
export function hasSpeechVerb(text: string): boolean {
  return SPEECH_VERB.test(text);
}

/** Offset (into `text`) of the speech verb nearest to `from` in `text`, or undefined. */
export function speechVerbOffsets(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = new RegExp(SPEECH_VERB.source, 'gi');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

const NAMED_PLATFORM =
  /\b(?:on|via|in a post on)\s+(Truth Social|X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|LinkedIn|Weibo|WeChat)\b/;
const OWN_PLATFORM =
  /\bon (?:his|her|their|its) ([A-Z][\w-]*(?: [A-Z][\w-]*)*) (?:platform|account|page|channel|feed)\b/;
const SOCIAL = /\bon social media\b/i;
const NOT_MEDIUM_NAME =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const EVENT_MEDIUM = new RegExp(
  String.raw`\b(?:at|during|in|from|to|with|on)\s+(an?|the)\s+((?:[a-z-]+\s+){0,2}?(?:press|news)\s+conference|(?:[a-z-]+\s+){0,2}?(?:briefing|address|speech|statement|interview|post|broadcast|letter|op-ed|podcast|news release|press release)(?:\s+(?:with|to|on)\s+(?:the\s+)?(?!${NOT_MEDIUM_NAME})[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?)\b`,
);

/**
 * Where a quotation was given, from its attribution: a platform ("Truth Social", "X", "social
 * media"), or an occasion with its article ("a press conference", "a televised address",
 * "a statement", "an interview with the BBC").
 */
export function findMedium(attribution: string): string | undefined {
  const own = OWN_PLATFORM.exec(attribution);
  if (own?.[1]) return own[1];
  const named = NAMED_PLATFORM.exec(attribution);
  if (named?.[1]) return named[1];
  if (SOCIAL.test(attribution)) return 'social media';
  const occasion = EVENT_MEDIUM.exec(attribution);
  if (occasion?.[1] && occasion[2]) {
    const article = occasion[1].toLowerCase() === 'the' ? articleFor(occasion[2]) : occasion[1].toLowerCase();
    return `${article} ${occasion[2].replace(/\s+/g, ' ')}`;
  }
  return undefined;
}

function articleFor(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}
