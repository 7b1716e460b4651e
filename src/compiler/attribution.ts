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

/** Short words a title leaves in lower case ("A Life on the Northern Line"). */
const TITLE_LOWER = /^(?:a|an|the|and|or|nor|but|of|on|in|at|to|for|from|by|with|as|into|onto|over|upon|via|vs?)$/;

/**
 * A title or slogan in quotes ("A Life on the Northern Line", "Build Back Stronger"), not someone's
 * words: two words or more, each capitalised but for short function words, and no sentence inside.
 */
export function isQuotedTitle(text: string): boolean {
  const words = text.replace(/[,.!?;:]+$/, '').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2 || /[.!?;:]\s/.test(text)) return false;
  return words.every((word, index) => /^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && TITLE_LOWER.test(word)));
}

/**
 * Verbs that sum something up in someone's words only when the words follow ("dismissed the report
 * as “fantasy”", "branded the strikers “wreckers”", "hailed the deal as “historic”"): a quotation
 * (or the end of the text before it) within a few words.
 */
const CHARACTERISING = String.raw`(?:dismissed|dismisses|hailed|hails|branded|brands|condemned|condemns|slammed|slams|decried|decries|derided|derides|blasted|lambasted)(?=\s+(?:[\w'’-]+\s+){0,6}?(?:as\s+)?(?:[“"‘']|$))`;

const SPEECH_VERB = new RegExp(
  String.raw`\b(said|says|say|saying|wrote|writes|write|writing|added|adds|adding|told|tells|telling|asked|asks|asking|stated|states|posted|posts|posting|tweeted|declared|declares|declaring|insisted|insists|insisting|warned|warns|warning|explained|explains|explaining|continued|noted|notes|noting|recalled|remarked|replied|replies|answered|argued|argues|arguing|stressed|stresses|stressing|claimed|claims|claiming|shouted|called|calls|calling|described|describes|describing|dubbed|labell?ed|termed|accused|accuses|accusing|urged|urges|urging|promised|vowed|pledged|denounced|praised|critici[sz]ed|announced|conceded|admitted|confirmed|concluded|reiterated|assured|laughed|joked|quipped|cautioned|complained|countered|retorted|acknowledged|predicted|boasted|lamented|observed|fumed|snapped|sighed|mused|pleaded|recounted|reflected|conceded|recalls|recounts|remembers|remembered|admits|concedes|jokes|quips|laughs|acknowledges|observes|reflects|muses|sighs|continues|answers|predicts|boasts|laments|cautions|confirms|according to|${CHARACTERISING})\b`,
  'i',
);

/** The same, for finding every one (a global pattern, compiled once). */
const SPEECH_VERBS = new RegExp(SPEECH_VERB.source, 'gi');

/**
 * Speech verbs whose subject may follow them in an attribution (“...,” said Ana Rios; according to
 * the ministry). After the others the name is the one spoken to or about ("told Rios", "called Rios").
 */
const INVERTIBLE =
  /^(?:said|says|wrote|writes|added|adds|asked|asks|continued|explained|explains|noted|notes|recalled|replied|replies|answered|insisted|insists|declared|stated|warned|warns|argued|remarked|stressed|vowed|promised|conceded|admitted|confirmed|concluded|reiterated|cautioned|complained|countered|retorted|acknowledged|predicted|boasted|lamented|observed|fumed|snapped|sighed|mused|pleaded|recounted|reflected|laughed|joked|quipped|recalls|recounts|remembers|remembered|admits|concedes|jokes|quips|laughs|acknowledges|observes|reflects|muses|sighs|continues|answers|predicts|boasts|laments|cautions|confirms|according to)$/i;

/** True when the speech verb `verb` may have its subject after it. */
export function isInvertible(verb: string): boolean {
  return INVERTIBLE.test(verb.replace(/\s+/g, ' '));
}

/** True when `between` (the text separating two quoted runs) is only an attribution: `, said X. `. */
export function isAttributionOnly(between: string): boolean {
  const trimmed = between.trim();
  if (trimmed === '' || trimmed.length > 300) return false;
  if (!SPEECH_VERB.test(trimmed)) return false;
  // An attribution is one sentence, however long: no second sentence of its own.
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
  const offsets: Span[] = [];
  SPEECH_VERBS.lastIndex = 0;
  for (let match = SPEECH_VERBS.exec(text); match; match = SPEECH_VERBS.exec(text))
    offsets.push({ start: match.index, end: match.index + match[0].length });
  return offsets;
}

/** Platforms people post on, by name. */
export const PLATFORMS =
  'Truth Social|X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|LinkedIn|Weibo|WeChat';
const NAMED_PLATFORM = new RegExp(String.raw`\b(?:on|via|in a post on)\s+(${PLATFORMS})\b`);
const OWN_PLATFORM =
  /\bon (?:his|her|their|its) ([A-Z][\w-]*(?: [A-Z][\w-]*)*) (?:platform|account|page|channel|feed)\b/;
const SOCIAL = /\bon social media\b/i;
const NOT_MEDIUM_NAME =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const EVENT_MEDIUM = new RegExp(
  String.raw`\b(?:[Aa]t|[Dd]uring|[Ii]n|[Ff]rom|[Tt]o|[Ww]ith|[Oo]n|told|telling|according to|issued|issues|released|releases|published|publishes|put out|gave|gives|delivered|delivers|held|holds|hosted)\s+(an?|the|his|her|their|its)\s+((?:[a-z-]+\s+){0,2}?(?:press|news)\s+(?:conference|briefing)|(?:[a-z-]+\s+){0,2}(?:briefing|address|speech|statement|interview|post|broadcast|letter|op-ed|podcast|news release|press release|rally|hearing|tweet|video|memo|email|newsletter|readout|transcript|column|editorial|essay|blog post|call(?! (?:to action|to arms|for\b))|argument|testimony|sermon|eulogy|lecture)(?:\s+(?:with|to|on)\s+(?:(?:the\s+)?(?!${NOT_MEDIUM_NAME})[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*|(?:reporters|journalists|analysts|investors|supporters|students|members|staff|donors)\b))?)\b`,
);
/** A broadcaster named by its kind: "on state television", "told national radio". */
const BROADCASTER =
  /\b(?:on|told|telling|speaking to) ((?:state|national|public|local|regional) (?:television|TV|radio))\b/i;
/** A broadcaster named before its kind ("told RTÉ radio") or after it ("told the public broadcaster ERR"). */
const NAMED_BROADCASTER =
  /\b(?:on|told|telling|speaking to) (?:(\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*)? (?:radio|television|TV))\b|the (?:state |national |public |local |regional )?broadcaster (\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*)?))/u;
/** Spoken by telephone: "told Reuters by telephone", "said over the phone". */
const TELEPHONE = /\b(?:by|over the|on the) (telephone|phone)\b/;
/**
 * A news outlet spoken to: "told AFP", "told The Verge", "told the Daily Herald". Its name is an
 * acronym, starts with "The", or ends in a word that names a medium; it stands alone (not "told
 * NATO allies").
 */
const OUTLET = new RegExp(
  String.raw`\b(?:told|telling|speaking to|in an interview with)\s+((?:(?:the\s+)?[A-Z]{2,}[0-9]*)|The (?:[A-Z][\w&'’-]*\s?)+|(?:the\s+)?(?:[A-Z][\w&'’-]*\s)+(?:News|Times|Post|Journal|Television|TV|Radio|Herald|Telegraph|Tribune|Gazette|Agency|Press|Magazine|Ledger|Chronicle|Courier|Observer|Guardian|Standard|Mail|Express|Review|Monitor|Examiner|Dispatch|Inquirer|Register|Bulletin|Daily|Weekly|Wire)|the\s+(?:News|Times|Post|Journal|Television|TV|Radio|Herald|Telegraph|Tribune|Gazette|Agency|Press|Magazine|Ledger|Chronicle|Courier|Observer|Guardian|Standard|Mail|Express|Review|Monitor|Examiner|Dispatch|Inquirer|Register|Bulletin|Daily|Weekly|Wire))(?=\s*(?:[,.;:]|$|\s(?:in|on|that|at|during|after|before|last|this|earlier|late|early|when|while|and)\b))`,
);

/**
 * An outlet told by a one-word name of its own ("told Reuters.", "told Kommersant in an
 * interview"): only when the caller knows the name is no actor of the article ("told Rios").
 */
const NAMED_OUTLET =
  /\b(?:told|telling|speaking to|in an interview with)\s+([A-Z][a-z][\w'’-]*)(?=\s*(?:[,.;:]|$|\s(?:in|on|at|during|after|before|last|this|earlier|late|early|when|while)\b))/;

/**
 * Where a quotation was given, from its attribution: a platform ("Truth Social", "X", "social
 * media"), a broadcaster ("state television"), an occasion with its article ("a press
 * conference", "a televised address", "a statement", "an interview with the BBC"), or a news
 * outlet spoken to ("told AFP").
 */
export function findMedium(attribution: string, isActorName?: (name: string) => boolean): string | undefined {
  const own = OWN_PLATFORM.exec(attribution);
  if (own?.[1]) return own[1];
  const named = NAMED_PLATFORM.exec(attribution);
  if (named?.[1]) return named[1];
  if (SOCIAL.test(attribution)) return 'social media';
  const broadcaster = BROADCASTER.exec(attribution);
  if (broadcaster?.[1]) return broadcaster[1];
  const namedBroadcaster = NAMED_BROADCASTER.exec(attribution);
  if (namedBroadcaster) return namedBroadcaster[1] ?? namedBroadcaster[2];
  const telephone = TELEPHONE.exec(attribution)?.[1];
  if (telephone) return telephone;
  const outletName = NAMED_OUTLET.exec(attribution)?.[1];
  const outlet =
    OUTLET.exec(attribution)?.[1]?.trim() ??
    (outletName && isActorName && !isActorName(outletName) ? outletName : undefined);
  const occasion = EVENT_MEDIUM.exec(attribution);
  if (occasion?.[1] && occasion[2]) {
    const determiner = occasion[1].toLowerCase();
    const article = determiner === 'the' ? articleFor(occasion[2]) : determiner;
    const what = occasion[2].replace(/\s+/g, ' ');
    // "told The Verge in an interview": the interview is with the outlet.
    if (outlet && /^(?:[a-z-]+\s+)*interview$/.test(what)) return `${article} ${what} with ${outlet}`;
    return `${article} ${what}`;
  }
  return outlet;
}

function articleFor(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}
