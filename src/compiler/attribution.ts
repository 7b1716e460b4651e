/**
 * The text around a quotation that attributes it: speech verbs ("said", "wrote", "according to"),
 * whether a stretch between two quoted runs is only their attribution, whether a quoted term is a
 * scare quote rather than someone's words, and the medium it was given in.
 */
import type { Span } from './types.ts';

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
