/**
 * Dated clauses: a clause that carries its own date ("The mill closed in 2009", "results are due
 * on Feb. 5", "the death of the pope on April 21") tells of a happening even when no trigger knows
 * its verb. For each clause of a sentence that has a date outside quotations and gave no event by
 * the trigger table, this module finds the predicate the date belongs to (a finite verb, or an
 * event noun that the date follows) and names it as a trigger of the kind its meaning gives
 * (a small lexicon, `other` by default). The events stage then reads it like any trigger: actors
 * from the clause's subject, status from its auxiliaries, date from the clause.
 *
 * What is deliberately not an event here: attributions ("officials said on Tuesday"), speech in
 * general (statements and quotes have their own readers), measurements over a period ("pumped
 * 1.8 million barrels per day in November", "sales rose 9% in the quarter"), states ("is up 12%
 * this year", "employs 4,300 people"), participial openers ("Founded in 1962, X is ..."), and
 * press-release boilerplate ("About X:" and "Forward-looking statements" paragraphs).
 */
import type { EventDate, EventKind } from '../model/event-list.ts';
import { idiomOf, isIdiom, isSourceParticiple } from './background.ts';
import { isForceUsed } from './agent-kind.ts';
import type { SentenceView } from './events.ts';
import { isNounPredicateAfterRelative } from './event-dates.ts';
import { movedClauseBefore, RESERVING } from './noun-dates.ts';
import {
  clauseAround,
  clausesOf,
  findSummits,
  POLICY_INSTRUMENT_WORDS,
  relativeClosedBefore,
  type Trigger,
  type TriggerMatch,
} from './triggers.ts';
import { HOPE_BEFORE, HOPED_OUTCOME, type Reading } from './status.ts';
import { whenClauseAfter } from './shared-dates.ts';
import { NEVER_PAST, PLANNED_PROGRESSIVE } from './tense.ts';
import { triggerStatus } from './trigger-status.ts';
import type { ActorDraft, DateMention, Span } from './types.ts';
import { isTracing, traceReason } from './reason-trace.ts';

const predicate = (kind: EventKind, name: string, nominal = false): Trigger => ({
  kind,
  name,
  pattern: /$^/,
  nominal,
});

/** One trigger object per kind, so events found this way compare and merge like the table's. */
const PREDICATES: Record<EventKind, Trigger> = {
  meeting: predicate('meeting', 'clause'),
  quote: predicate('quote', 'clause'),
  travel: predicate('travel', 'clause'),
  announcement: predicate('announcement', 'clause'),
  statement: predicate('statement', 'clause'),
  policy: predicate('policy', 'clause'),
  conflict: predicate('conflict', 'clause'),
  summit: predicate('summit', 'clause'),
  other: predicate('other', 'clause'),
};
const NOUN_NAME = 'clause-noun';
const NOUN_PREDICATES: Partial<Record<EventKind, Trigger>> = {
  policy: predicate('policy', NOUN_NAME, true),
  other: predicate('other', NOUN_NAME, true),
};

// ---------------------------------------------------------------------------------------------
// The lexicon: a verb (with the words right after it) -> the kind of the event it tells.

const POLICY_INSTRUMENT = String.raw`(?:${POLICY_INSTRUMENT_WORDS})\b`;
/**
 * An instrument named as what is lacking is no object of the verb: "The deadline passed on Friday
 * without a deal", "ended with no agreement".
 */
const NOT_LACKED = String.raw`(?<!\b(?:without|with no|no)\s+(?:(?:an?|any|the)\s+)?(?:[\w-]+\s+)?)`;

/** Kinds by meaning, tested on the verb and up to six words after it; the first that matches wins. */
const VERB_KINDS: readonly [EventKind, RegExp][] = [
  // A letter that promises: "wrote to every household to promise a new play area".
  [
    'announcement',
    /^wr(?:o|i)tes?\s+to\s+(?:\S+\s+){0,8}?to\s+(?:promise|pledge|announce|offer|unveil|outline|set out)\b/i,
  ],
  // Speech on paper or on the record, told by its own verb: "objected to the scheme in a letter",
  // "wrote to the company asking for its data", "complained to the council", "replied in a letter",
  // "withdrew its objection".
  [
    'statement',
    /^(?:object(?:ed|s)\s+to|complain(?:ed|s)\s+(?:to|about|in|that)|wr(?:o|i)tes?\s+to|(?:repl(?:ied|ies)|respond(?:ed|s))\s+(?:(?:on|to)\s+(?:\S+\s+){0,3}?)?in\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+)?letter|withdr[ae]w\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:objections?|complaints?|criticism|allegations?))\b/i,
  ],
  // A reaction told with its own date: "on Tuesday blasted the decision to close the plant",
  // "condemned Saturday's attack": what someone said of an act, not the act.
  [
    'statement',
    /^(?:criticis|criticiz|condemn|denounc|slamm|blast|lambast|decri|deplor|rebuk|attack|welcom|prais|hail|castigat|berat)\w*\s+(?:the|his|her|its|their|this|these|those|[A-Z][\w.'’-]*['’]s)\s/i,
  ],
  // A charge made in words: "accused the minister of lying to parliament", "accused the service of ordering evacuations too late".
  ['statement', /^accus(?:ed|es)\s+(?:(?!of\b)\S+\s+){1,5}?of\s/i],
  // A pledge made public: "pledged $5 million on Monday", "promised on Tuesday to fund a new stand".
  [
    'announcement',
    /^(?:pledg|promis|committ?)(?:e|es|ed|s)?\s+(?:(?!to\b)\S+\s+){0,4}?(?:to\s+(?:fund|pay|give|donate|build|provide|send|spend|invest|hire|create|match|cover)\b|[$€£¥]\s?\d|\d[\d,.]*\s+(?:million|billion))/i,
  ],
  // A sentence commuted is a pardon's kin: "commuted the death sentences of 40 prisoners" (not "commuted to work").
  ['policy', /^commut\w*\s+(?:\S+\s+){0,3}?(?:sentences?|death penalt(?:y|ies))\b/i],
  // Acts that only a government, a legislature or a regulator performs, whatever their object, and
  // the same acts done again ("reimposed the curfew", "re-adopted the rules").
  [
    'policy',
    /^(?:re-?)?(?:adopt|approv|vot|impos|ratif|deport|lift(?!\w*\s+(?:(?:off|them|him|her|us|me)\b|(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:outlook|forecasts?|guidance|targets?|estimates?|dividend|payout|stake|holding|offer|bid|output|production|prices?|sales)\b))|extend|suspend|enact|repeal|revok|legislat|decree|exit|abolish|outlaw|overr[oi]d|nationali[sz]|privati[sz]|blacklist|legali[sz]|decriminali[sz]|criminali[sz]|annul|rescind|veto|embargo|pardon|expel|designat|greenlit|greenlight|rubber-stamp|authori[sz]|proscrib|promulgat|exempt|rezon)\w*|^(?:receiv|won|gain|given|granted)\w*\s+(?:royal|presidential|final|legislative)\s+assent\b|^(?:sign(?:ed|s)?(?!\s+up\b)(?!\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:petitions?|letters?|books? of condolence|autographs?|shirts?|copies)\b)|ban(?:ned|s)?|fined|fines|quit|withdr[ae]w from)\b/i,
  ],
  // Making, granting or ending a policy instrument: "introduced a congestion charge", "passes the budget", "issued a
  // decree", "granted Norvane a licence", "scrapped the speed limit", "cleared the merger".
  [
    'policy',
    new RegExp(
      String.raw`^(?:introduc|pass|tabl|submit|impos|slap|plac|levi|scrap|issu|grant|giv|gave|hand|endors|renew|withdr[ae]w|withdrawn|reinstat|restor|sever|tighten|relax|loosen|eas|freez|froze|establish|publish|gazett|clear(?!\w*\s+of\b))\w*\s+(?:\S+\s+){0,4}?${NOT_LACKED}${POLICY_INSTRUMENT}`,
      'i',
    ),
  ],
  // What an authority grants, told from the side of who receives it (Levin's verbs of obtaining with
  // a public source): "received a €12 million rescue loan from the State", "secured a licence from
  // the regulator", "won approval from the Commission", "obtained a permit from the city council".
  [
    'policy',
    new RegExp(
      String.raw`^(?:receiv|won\b|wins?\b|winning|secur|obtain|got\b|gets?\b|getting)\w*\s+(?:\S+\s+){0,5}?(?:${POLICY_INSTRUMENT}|loans?\b|grants?\b|funding\b|bail-?outs?\b|rescue\b|aid\b|concessions?\b)(?:\s+\S+){0,3}?\s+from\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:State|[Gg]overnment|Commission|[Mm]inistry|Treasury|[Rr]egulator|Authority|authorities|[Cc]ouncil|Parliament|Congress|IMF|International Monetary Fund|World Bank|European Union|EU|Executive)\b`,
    ),
  ],
  // A bill or a plan put before a legislature: "will send the water bill to Congress on Tuesday".
  [
    'policy',
    /^(?:sen[dt]|submit|present|tabl|forward|refer)\w*\s+(?:\S+\s+){0,12}?to\s+(?:the\s+)?(?:Congress|[Pp]arliament|Senate|[Ll]awmakers|[Ll]egislators|(?:National\s+)?Assembly|House|Bundestag|Sejm|Diet|Knesset|Dáil|Duma|[Ll]egislature|MPs)\b/,
  ],
  // A regulator's enforcement: "issued Northline with a formal warning", "served the firm with a notice".
  [
    'policy',
    /^(?:issu|serv)\w*\s+(?:\S+\s+){1,4}?with\s+(?:an?\s+)?(?:formal\s+|final\s+|written\s+|official\s+)?(?:warning|(?:enforcement\s+|improvement\s+|penalty\s+)?notice|fine|penalty)\b/i,
  ],
  // Showing a product to the press makes it public: "showed the device to reporters in San Francisco".
  [
    'announcement',
    /^(?:show|present|demonstrat|unveil)\w*\s+(?:\S+\s+){0,4}?to\s+(?:reporters|journalists|the\s+press|the\s+media|investors|analysts)\b/i,
  ],
  // Settling a treaty's text: "finalised the text of a bilateral investment treaty", "concluded a trade agreement".
  [
    'policy',
    /^(?:finali[sz]|conclud)\w*\s+(?:the\s+(?:text|terms|wording)\s+of\s+)?(?:\S+\s+){0,3}?(?:treat(?:y|ies)|agreements?|accords?|pacts?|conventions?)\b/i,
  ],
  // Opening or closing a country's border or a mission; dissolving a parliament or the parties.
  [
    'policy',
    /^(?:reopen|open|clos|shut|seal)\w*\s+(?:its|the|their|a|an)\s+(?:\S+\s+){0,2}?(?:borders?|airspace|crossings?|embass(?:y|ies)|consulates?|frontier)\b/i,
  ],
  [
    'policy',
    /^dissolv\w*\s+(?:\S+\s+){0,3}?(?:parliament|assembly|parties|party|government|cabinet|legislature|congress|senate|commission)\b/i,
  ],
  // Capping what people pay: "capped rents", "will cap fares".
  [
    'policy',
    /^cap(?:s|ped|ping)?\s+(?:\S+\s+){0,2}?(?:rents?|prices?|fees|fares|bonuses|pay|salaries|wages|interest|energy bills)\b/i,
  ],
  // An authority ruling on what was put to it: "had been due to decide the application in July",
  // "will determine the licence application on Tuesday".
  [
    'policy',
    /^(?:decid|determin)\w*\s+(?:on\s+)?(?:an?|the|its|their|his|her)\s+(?:\S+\s+){0,3}?(?:application|licen[cs]e|permit)s?\b/i,
  ],
  // An authority turning down what was put to it: "rejected the bill", "rejected the nominee".
  [
    'policy',
    /^(?:reject|overturn|struck down|strike down|strikes down)\w*\s+(?:an?|the|its|their|his|her)\s+(?:\S+\s+){0,3}?(?:bill|law|motion|budget|nominee|nomination|application|appeal|merger|takeover|planning application|ban|decree|ruling|resolution|amendment)\b/i,
  ],
  // Recalling or expelling a country's envoy.
  [
    'policy',
    /^(?:recall|withdr[ae]w|summon)\w*\s+(?:its|their|the|his|her)\s+(?:\S+\s+){0,2}?(?:ambassador|envoy|diplomats?|charg[eé] d['’]affaires)\b/i,
  ],
  // An authority's order: "ordered all schools to close".
  ['policy', /^order(?:ed|s)\s+(?:\S+\s+){0,5}?to\s+\w/i],
  // Money let go by an authority: "released $40 million in aid", "allocated 2bn rupees" (not a year:
  // "was released in 2021" is a prisoner's release).
  [
    'policy',
    /^(?:releas|allocat|earmark|disburs|sanction)\w*\s+(?:(?!(?:in|on|at|by|from|since|after|before|until|last|this)\b)\S+\s+){0,2}?(?:[$€£₹¥]|(?!(?:1[89]|20)\d\d\b)\d|funds|money|grants?)/i,
  ],
  [
    'policy',
    /^(?:rais|cut|lower|hik|held|hold|kept|keep|left|leav|set|increas|reduc|doubl|halv|slash|trim|maintain)\w*\s+(?:\S+\s+){0,4}?(?:rates?|dut(?:y|ies)|tariffs?|levies|levy|taxe?s?|quotas?|caps?|limits?|minimum wage|pensions?|subsid(?:y|ies))\b/i,
  ],
  ['policy', /^(?:add|put|plac)\w*\s+(?:\S+\s+){0,8}?to (?:its|the|a) (?:\S+\s+){0,2}?(?:list|blacklist)\b/i],
  ['policy', /^(?:fil)\w*\s+(?:an? )?(?:formal )?(?:challenge|appeal|complaint|case|lawsuit)\b/i],
  ['policy', /^(?:begin|began|begun|start)\w*\s+(?:screening|enforcing|imposing|checking|testing)\b/i],
  // What a rule makes of a thing or an act: "made masks mandatory", "made it illegal to sell knives".
  [
    'policy',
    /^(?:made|makes|make)\s+(?:\S+\s+){1,5}?(?:mandatory|compulsory|obligatory|illegal|unlawful|legal|free|a (?:criminal )?offen[cs]e)\b/i,
  ],
  // A governing body's sanction: "stripped Dinamo Klos of its title", "stripped the firm of its licence".
  [
    'policy',
    /^strip\w*\s+(?:\S+\s+){1,4}?of\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:titles?|licen[cs]es?|citizenship|medals?|accreditation|status|powers|membership|honou?rs?|knighthood|franchise)\b/i,
  ],
  // Information made public: results, a report, a timetable, a video, a write-off ("released a
  // video of the hostages", "disclosed the $48 million write-off", "released CCTV images of the
  // suspect", "issued guidance", "published league tables", "confirmed 12 new cases on Monday");
  // not people released, nor a profit warning (a happening of the business).
  [
    'announcement',
    /^(?:report|publish|post|disclos|unveil|announc|releas|present|issu|reveal|confirm|declar|tabl|circulat|list)\w*\s+(?:(?:its|their|the|a|an|new|first|second|third|fourth|full-year|quarterly|annual|[\w-]+-quarter)\s+)*(?:[$€£]?[\d.,]+%?\s+(?:million|billion|bn|m)?\s*)?(?:[\w-]+\s+){0,2}?(?:results|earnings|profits?|sales|revenues?|figures?|post-?mortems?|audits?|assessments?|analys[ie]s|bulletins?|white papers?|reviews?|kits?|logos?|livery|outlook|forecasts?|guidance|advice|loss|cases?|deaths|infections|fatalities|deliveries|shipments|bookings|orders|report|plans?|proposals|strategy|prices?|videos?|footage|images|photo(?:graph)?s|pictures|recordings?|timetable|schedule|data|statistics|estimates|projections|write-?offs?|write-?downs?|accounts|minutes|transcripts?|list|tables|rankings|line-?up|squad|poll|survey|study|findings|details|names?|manifesto|calendar|agenda|fixtures|draft|documents?|dossier|notices?|targets|papers|memo|map|register)\b(?!\s+warnings?\b)/i,
  ],
  // A count or a result put on record by who keeps it: "The health ministry recorded 40 new cases on
  // Monday", "recorded a $12 million loss" (not "recorded an album", nor a temperature: a measure).
  [
    'announcement',
    /^record(?:ed|s)\s+(?:(?:its|their|a|an|the|first|new|record)\s+)*(?:[$€£]?[\d.,]+%?\s+(?:million|billion|bn|m)?\s*)?(?:[\w-]+\s+){0,2}?(?:cases|deaths|infections|fatalities|profits?|loss(?:es)?|sales|revenues?|deliveries|orders)\b/i,
  ],
  // Verbs whose every object is made public, not a work of its author ("published a novel"): "disclosed
  // the fines on Monday". (With the thing made public as the subject, "The report was published on
  // Monday", ANNOUNCED_SUBJECT reads it; a rule published is made: the policy rows above.)
  [
    'announcement',
    /^(?:publish|disclos)\w*\s+(?!(?:an?|the|his|her|their|its|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?(?:books?|novels?|memoirs?|albums?|songs?|poems?|poetry|collection|biography|cookbook|magazine|newspaper|paper|article|essay|photos?|photographs?|pictures?)\b)(?!(?:that|how|what|whether|on|in|at|last|this|yesterday|earlier|by)\b)/i,
  ],
  // An update given: "The Ministry will give its next update at a press conference on Monday".
  ['announcement', /^(?:giv|gave)\w*\s+(?:an?|its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:update|briefing)\b/i],
  // A disclosure: "revealed on Tuesday that it had cut 300 jobs", "disclosed in a filing that".
  [
    'announcement',
    /^(?:reveal|disclos)\w*\s+(?:(?:on|late on|early on|in|last|this|yesterday|earlier)\s+(?:\S+\s+){0,3}?)?that\b/i,
  ],
  // Proposals made public: "put forward proposals on Monday to reform social care".
  ['announcement', /^(?:put|puts|putting)\s+forward\s+(?:\S+\s+){0,3}?(?:plans?|proposals?|ideas|options)\b/i],
  [
    'announcement',
    /^(?:rais|lift|cut|lower|trim|upgrad|downgrad|revis|updat)\w*\s+(?:its|their|the)\s+(?:\S+\s+){0,2}?(?:outlook|forecasts?|guidance|projections?|estimates?)\b/i,
  ],
  // Things named to make them public, not to a post: "The Met Office named Storm Ida on Saturday",
  // "named his squad for the tour", "Police named the victim" (not "the eighth named storm", an
  // adjective); and notices put out: "put out a notice".
  [
    'announcement',
    /^(?:named|names|name|naming)\s+(?:(?:the|a|an|his|her|their|its|a new|the new)\s+(?:[\w'’-]+\s+){0,2}?(?:storms?|squads?|teams?|line-?ups?|sides?|shortlists?|victims?|dead|suspects?|winners?|finalists|nominees)\b|Storm\s+[A-Z])|^(?:put|puts|putting)\s+out\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:notices?|bulletins?|updates?|advisor(?:y|ies)|alerts?|warnings?|figures|reports?|lists?|appeals?|calls?)\b/,
  ],
  // Force used on people by other verbs: "Gunmen took two journalists hostage", "A suicide bomber
  // blew himself up", "Police tear-gassed demonstrators", "Fighters overran the town", "The army
  // bombarded the city".
  [
    'conflict',
    /^(?:taken|took|takes|take|held)\s+(?:\S+\s+){0,3}?hostage\b|^(?:blew|blows|blow)\s+(?:himself|herself|themselves)\s+up\b|^(?:tear-?gass\w*|overran|overruns|overrun|bombarded|bombards|bombard)\b/i,
  ],
  // Not a seizure or a capture in a fight: "seized on the remarks", "captured the title", "attacked the
  // budget" ("were seized on 2 February": "on" before a date tells when).
  [
    'conflict',
    /^(?:arrest|detain|captur|seiz|abduct|kidnap|shell|bomb|attack|struck|kill|shot|invad|raid)\w*(?!\w)(?!\s+(?:on|upon)\b(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s))|\s+(?:down|off|what)\b|\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?(?:titles?|crown|championship|cup|trophy|medals?|gold|imagination|attention|mood|initiative|opportunity|moment|plans?|budget|proposals?|polic(?:y|ies)|decision|bill|reform|remarks|comments|record|report|idea|ruling|strategy|handling|speech|claims?|verdict)\b)/i,
  ],
  // Only a move to or from a place: "went back to Petorca", "drove a truck to the river", not a
  // place in a table ("moved to within two points of the top", "went to the top of the league"), not
  // "went public" or "returned to profit", nor an aim ("moved to block the bill": a verb and its object).
  [
    'travel',
    /^(?:went|goes|go|drove|drives|flew|flies|sailed|travell?ed|travels|returned|returns|came|comes|headed|heads|moved)\b(?:\s+(?!to\b|into\b|from\b)\S+){0,8}?\s+(?:back\s+)?(?:to|into|from)\s+(?![a-z]+\s+(?:the|a|an|his|her|their|its|it|them|him|us|up|out|off|down)\b)(?!(?:profit|growth|normal|power|office|work|court|trial|the polls|war|the market|market|administration|receivership|liquidation|bankruptcy|effect|force|recession|default|decline|production|service|operation|retirement|hiding|talks|overtime|labou?r|light|an end|a halt|a head|a standstill|a close|blows|terms|life|rest|nothing|prominence|fame|grief|within|(?:the\s+)?(?:top|bottom|head|foot|lead|summit)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?:\s+place)?|safety|the\s+(?:negotiating\s+)?table|training|practice|action|duty|play|the\s+(?:pitch|field|stage|squad|side|team))\b)(?:the\s+)?\S/,
  ],
  // People on the move on foot, by ski, bike or boat, to or off a place: "The team walked off the ice
  // on Saturday", "hiked back to the trailhead", "paddled across the lake", "trekked into the
  // valley"; not a walkout ("walked off the job", "walked out of the talks").
  [
    'travel',
    /^(?:walked|hiked|trekked|skied|paddled|rowed|cycled|trudged|limped|hitchhiked|scrambled|sledded|snowshoed)\s+(?:back\s+)?(?:off|out\s+of|down|up|across|over|onto|to|into|from|through)\s+(?!(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:job|jobs|pitch|field|set|stage|court|picket|line|talks|meeting|negotiations|studio|show|interview|deal|contract|agreement|government|coalition|party)\b)(?:the\s+|a\s+|an\s+)?[\w'’-]/i,
  ],
  // A place reached, a call paid or a stop made on a trip: "reached Tucson on Thursday", "dropped in
  // on a food bank", "made a stopover in Dubai", "went on a walkabout in Harwick".
  [
    'travel',
    /^reach(?:ed|es)\s+(?!(?:An?|The|Its|Their)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?![\w'’-])(?!['’]s)(?!\s+[a-z]+ed\b)/,
  ],
  [
    'travel',
    /^(?:dropp|call|stopp|popp)\w*\s+(?:in\s+(?:on|at)|off\s+in|by\s+at)\b|^(?:made|makes|make)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:stopover|stop)\s+(?:in|at)\b|^(?:went|goes|go)\s+on\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:walkabout|tour)\b/i,
  ],
  // People on the move by other verbs: "Thousands of families fled the city", "will stop in Cairo",
  // "jetted into Perth", "shuttled between Cairo and Jerusalem", "emigrated to Canada", "will make a
  // pilgrimage to Fatima".
  [
    'travel',
    /^(?:fled|flees|flee|fleeing)\b(?!\s+(?:the\s+)?(?:scene|country's\s+(?:economy|market))\b)|^(?:stop|stops|stopped|stopping)\s+(?:off\s+|over\s+)?(?:in|at)\s+[A-Z]|^(?:jetted|jets|jet|jetting)\s+(?:off\s+|out\s+|back\s+)?(?:to|into|in)\b|^(?:shuttled|shuttles|shuttle)\s+between\b|^(?:emigrated|emigrates|emigrate|immigrated|relocated|relocates|relocate)\s+to\s+[A-Z]|^(?:made|makes|make|making)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:pilgrimage|trip|journey|voyage|visit|tour)\s+(?:to|of)\b/,
  ],
  [
    'meeting',
    /^(?:met|meet|talked|conferred|(?:re)?convened|(?:re)?convenes?)\b|^\w+\s+(?:\S+\s+){0,6}?in talks with\b/i,
  ],
  [
    'meeting',
    /^(?:hold|held|host)\w*\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:call|talks|meeting|session|consultations?)\b/i,
  ],
  // "will hold its Capital Markets Day", "held an Investor Day": a named day of meetings.
  ['meeting', /^(?:hold|held|host)\w*\s+(?:its|their|the|an?)\s+(?:[A-Z][\w-]*\s+){1,3}Day\b/],
  [
    'summit',
    /^(?:hold|held|host)\w*\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:conference|summit|forum|congress|convention)\b/i,
  ],
  ['policy', /^\w+\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:vote|ballot|referendum)\b/i],
];

/** Event nouns a date can follow directly: "the death of X on April 21", "a lightning strike on July 9". */
const EVENT_NOUN =
  /\b(?:(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?)(murder|fire|blaze|wildfire|explosion|blast|earthquake|flood|crash|collision|derailment|outbreak|coup|(?<!\b(?:on|for|during|from)\s+(?:an?|the|his|her|their|a\s+[\w-]+)\s+)hike|rate cut|retirement|bankruptcy|takeover|listing|debut)\b/gi;
const POLICY_NOUN = /^(?:hike|rate cut)$/i;

// ---------------------------------------------------------------------------------------------
// Finite verbs

/** Irregular simple pasts that tell of a happening (the regular ones end in -ed). */
const IRREGULAR_PAST =
  'greenlit|overrode|upheld|withheld|forbade|overthrew|blew|burst|spread|caught|drew|overcame|rebuilt|began|fell|rose|slid|slipped|sank|went|left|took|made|gave|held|met|ran|won|lost|sold|bought|found|struck|quit|set|cut|put|hit|spoke|drove|flew|broke|came|sent|led|paid|laid|grew|kept|shut|stood|spent|built|brought|chose|became|swept|tore|threw|froze|stole|shot|fought|sought|split|spun|sank|rang|sprang|withdrew|overran|overtook|underwent|undertook|beat|bore|burnt|dealt|dug|fled|forgave|hung|lent|lit|rode|shook|slid|stuck|stung|swore|swung|wove|swam|sang|drank|wore|woke|shrank|strode|strove|wept|knelt|leapt|crept|clung|flung|sped|bled|bred|forgot|foresaw|oversaw|outran|outsold|mistook|withstood|wrote|told|said|saw|thought|knew|felt|heard|meant|got';
/** "relit", "retook", "rewrote": a repeated act is told by the same irregular past. */
const PAST = new RegExp(String.raw`\b(?:[a-z]{2,}(?:ed|ied)|(?:re)?(?:${IRREGULAR_PAST}))\b`, 'g');
/** "ruled out an early election on Monday": what is ruled out is said, no ruling and no happening. */
const RULED_OUT = /^(?:ruled|rules)\s+out\b/i;
/**
 * Feelings ("feared the worst", "The decision surprised many observers") and the base forms of
 * states after an auxiliary ("will remain", "will want", "was expected to cost"): no act of a day.
 */
const FEELING_OR_STATE =
  'feared|fear|surprised|shocked|stunned|angered|pleased|delighted|disappointed|worried|alarmed|frustrated|puzzled|enjoyed|loved|liked|hated|preferred|wondered|realised|realized|remain|stay|want|wish|cost|costs|worth|seem|mean|own|know|believe|like|love|prefer|deserve|matter|depend|belong|contain|include|require|exist';
/** Words ending in -ed that are not verbs, or verbs that tell of no happening of their own. */
const NOT_EVENT_VERB = new RegExp(
  String.raw`^(?:resent|relent|need|needed|based|used|aged|red|bed|shed|led|feed|seed|speed|deed|weed|indeed|hundred|proceed|succeed|exceed|naked|wicked|sacred|beloved|alleged|so-called|related|expected|scheduled|planned|set|slated|due|said|told|thought|knew|felt|heard|meant|saw|got|wanted|seemed|appeared|remained|stayed|continued|owned|employed|included|reported|quoted|cited|noted|added|stated|claimed|confirmed|recounted|remembered|explained|conceded|described|called|asked|urged|warned|argued|insisted|estimated|believed|hoped|considered|decided|tried|attempted|intended|averaged|totalled|totaled|amounted|compared|accounted|equalled|equaled|represented|ranked|measured|recorded|marked|worked|lived|served|focused|aimed|designed|trained|studied|involved|covered|contained|concerned|declined|refused|failed|denied|rejected|welcomed|praised|criticized|criticised|blamed|accused|defended|supported|opposed|wrote|spoke|signalled|signaled|responded|reacted|replied|commented|indicated|communicated|expressed|manifested|affirmed|assured|reiterated|underlined|emphasised|emphasized|stressed|specified|clarified|acknowledged|remarked|mentioned|lamented|regretted|attended|stood|boycotted|skipped|missed|traded|hovered|briefed|proposed|suggested|floated|mooted|pledged|promised|vowed|threatened|sought|spent|ignored|neglected|overlooked|${FEELING_OR_STATE})$`,
  'i',
);
/**
 * Turning down an offer or a proposal put to the one deciding is a decision, not speech: "rejected
 * a £30m offer from the German club", "Voters rejected the school levy", "The court rejected the
 * appeal" (rejecting a report, a claim or criticism stays speech).
 */
const OFFER_DECISION =
  /^(?:rejected|declined|refused)\s+(?:an?|the|its|their|his|her)\s+(?:\S+\s+){0,3}?(?:offers?|bids?|approach|proposals?|takeover|levy|plans?|applications?|bill|motion|measure|scheme|budget|deal|agreement|amendment|appeals?|request|petition|merger|contract|resolution|ordinance|initiative|nomination)\b/i;
/**
 * Verbs of speech or of a state in the sense of an act: a request made to a body for a thing
 * ("asked the Labour Directorate for mediation", "asked the High Court for an injunction"),
 * something added to a list ("added three cases to its docket"), a fire or an outbreak contained
 * ("contained the blaze"); a case confirmed by its tester, a fire first reported (`PASSIVE_ACT`).
 */
const VERB_AS_ACT =
  /^(?:contained\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:fires?|blaze|wildfire|outbreak|spill|leak|spread|flames|riot|unrest)\b|asked\s+(?:the|a|an|its|their|his|her|[A-Z])[^,;]{0,60}?\s+for\s+(?:an?\s+|the\s+)?(?!(?:comment|comments|details|clarification|information|an explanation|explanation|views|reaction|response|help|patience|calm|understanding|forgiveness)\b)\w|added\s+(?!(?:weight|fuel|pressure|impetus|urgency|momentum|his|her|their|its)\b)(?:[\w'’$€£.,-]+\s+){1,5}?to\s+(?:its|their|the|his|her)\s)/;
/** A passive of a case confirmed by a tester or a fire first reported: "was confirmed by the laboratory", "was first reported at 2:14". */
const PASSIVE_ACT_BEFORE = /\b(?:was|were|been)\s+(?:first\s+)?$/i;
const PASSIVE_ACT = /^(?:confirmed\s+by\b|reported\s+(?:at|on|by|shortly|just)\b)/i;
/** A failure that is itself a happening: "a similar proposal failed to pass" (a vote was held and lost). */
const FAILED_VOTE = /^failed to (?:pass|win|clear|secure|gain)\b/i;
/**
 * A happening told again ("The detentions took place on Saturday", "The decision came a week
 * after ..."): a further source of an event told before.
 */
/** A state come about, not a happening: "the scale of the loss became clear", "it became known". */
const BECAME_STATE =
  /^(?:became|become|becomes)\s+(?:\w+ly\s+)?(?:clear|apparent|evident|known|obvious|visible|plain|public)\b/i;
const TOLD_BEFORE =
  /^(?:took place|happened|occurred|came(?=\s+(?:(?:less|more) than\s+|just\s+|only\s+|barely\s+)?(?:an?|\d+|one|two|three|four|five|six|days?|hours?|weeks?|months?|years?)\b[^,;]{0,20}?\b(?:after|before|later|earlier)\b))\b/i;
/** "she recalled in an interview last week": recalling as speech, with no thing recalled (a product recall has one). */
const RECALLED_AS_SPEECH = /^recalled\s+(?:in|on|at|during|to|last|this|that|how|when|yesterday|earlier)\b/i;

/** An auxiliary chain before a base form or participle: "will pay", "is planned to begin", "had staged". */
const AUXILIARY_CHAIN =
  /\b(?:will|shall|is|are|was|were|has|have|had|did|does|do|to)\s+(?:(?:not|also|still|now|already|then|first|finally|formally|be|been|being|set to|due to|expected to|planned to|scheduled to|poised to|likely to)\s+)*$/i;
/** A determiner or possessive right before a participle makes it an adjective: "the planned closure". */
const ADJECTIVE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|no)|['’]s)\s+$/i;

/** A verb of a state right before a participle makes it an adjective: "will remain shut", "stayed closed". */
const COPULA_BEFORE =
  /\b(?:remain|remains|remained|stay|stays|stayed|seem|seems|seemed|look|looks|looked|appear|appears|appeared|become|becomes|became|keep|keeps|kept|feel|feels|felt|sound|sounds|sounded)\s+(?:\w+ly\s+)?$/i;

const VERB_FOLLOWER = /^\s+(?:the|a|an|its|their|his|her|on|in|at|last|this|by|as)\b/i;

/**
 * A simple past or an auxiliary chain's verb in `text` (a masked clause) at `index`. `afterVerb`:
 * the clause has a finite verb before it, so a past form right after a noun is a participle
 * ("closed the plant it bought in 2019" is finite; "data released on Monday" is not).
 */
function isFiniteAt(text: string, index: number, word: string, afterVerb: boolean): boolean {
  // "Two hundred families fled the town": a count is no verb, and must not make "fled" a participle.
  if (NEVER_PAST.has(word.toLowerCase())) return false;
  const before = text.slice(Math.max(0, index - 60), index);
  // Part of a compound adjective ("Shenzhen-based Hanjiang", "a state-owned firm"), unless an
  // object or a time follows, as after a compound verb ("rubber-stamped the plan", "re-elected on Sunday").
  if (before.endsWith('-') && !VERB_FOLLOWER.test(text.slice(index + word.length))) return false;
  if (AUXILIARY_CHAIN.test(before)) return true;
  if (ADJECTIVE_BEFORE.test(before) || COPULA_BEFORE.test(before)) return false;
  // "will begin as planned", "reopened as scheduled": an adverb of the plan.
  if (/\bas\s+$/i.test(before) && /ed$/.test(word)) return false;
  // A participle alone between commas is an aside: "several executives mention, unprompted, ...".
  if (/,\s*$/.test(before) && /^\s*,/.test(text.slice(index + word.length))) return false;
  // A participle after a noun with "by" after it is a reduced relative: "a round led by a fund".
  if (/ed$/.test(word) && /^\s+by\b/.test(text.slice(index + word.length))) return false;
  if (afterVerb && /\b(?!(?:and|or|then|but|also|later|first)\b)[a-z]+\s+$/.test(before)) return false;
  return PAST_FORM.test(word);
}

const PAST_FORM = new RegExp(String.raw`^(?:[a-z]{2,}(?:ed|ied)|(?:re)?(?:${IRREGULAR_PAST}))$`);
const BASE_AFTER_AUX =
  /\b(?:will|would|shall|must|did|does|do|(?:set|due|expected|expects?|planned|scheduled|poised|likely|going|about|plans?|intends?|hopes?|aims?|is|are|was|were|has|have) to|(?:directed|instructed|required)\s+(?:[\w'’.()-]+\s+){1,5}?to)\s+(?:(?:not|also|still|now|first|finally|formally|be|be formally)\s+)*([a-z]{3,})\b/g;

/** Irregular participles, verbs only after an auxiliary: "The licence was withdrawn on Monday", "had given". */
const PASSIVE_PARTICIPLE =
  /\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:(?:not|also|then|later|formally|officially|finally|\w+ly)\s+)?(taken|given|shown|withdrawn|driven|broken|stolen|chosen|sworn|beaten|frozen|written|thrown|overthrown|overridden|drawn|torn|forbidden|blown|flown|undertaken|overtaken|shaken|ridden|sunk|struck|spun|laid|upheld|withheld|shut|hit|cut|set|quit)\b/g;

interface Verb extends Span {
  word: string;
  /** Read as a present of an entry or of the calendar (`HISTORICAL_PRESENT`), not by its tense's form. */
  present?: boolean;
}

/**
 * Present tenses that news uses for the calendar: "The vaccination campaign starts on Monday",
 * "Lind's contract expires on June 30", "The case returns to court on Thursday", "Rovers host
 * Dunfermline on Saturday" (a plural only right after a capitalised name or a plural noun).
 */
const TIMETABLE_PRESENT =
  /(?<=\b(?:[A-Z][\w'’-]*|[a-z]+s)\s+)(?:host|play|face|meet|resume|return|open|reopen|start|begin|strike|march|walk out|kick off)\b|\b(?:starts|begins|opens|reopens|closes|shuts|ends|finishes|concludes|resumes|returns|expires|lapses|hosts|plays|faces|meets|launches|premieres|debuts|docks|sails|departs|retires|kicks off|gets under way|goes on sale|goes live|goes to the polls|takes place|takes office|takes over|steps down|strikes|marches|walks out|sits(?=\s+(?:again|next|on|from|for the first time)\b))\b/g;

/**
 * A present progressive told of a date: "The shop is closing on Thursday", "Nurses are striking on
 * Friday": a plan (only verbs of a plan: "Police are investigating a fire on Tuesday" is no plan).
 */
const PROGRESSIVE = /\b(?:is|are)\s+(?:(?:also|now|still)\s+)?([a-z]{3,}ing)\b/g;

/** Present verbs of a state, a wait or speech: no happening of a timeline's entry ("Water levels stay high"). */
const STATE_PRESENT = String.raw`(?:stay|remain|wait|continue|seem|look|appear|hope|expect|want|need|face|have|has|is|are|be|get|keep|say|tell|think|know|feel|lie|stand|sit|live|work|plan|try|call|urge|warn)s?`;

/**
 * A timeline's entry or a dated section told in the historical present ("June 3: Parliament passes
 * the budget", "A ferry capsizes off Kallo island", "Police close the road"): the first lower-case
 * word after the subject's words, in "-s" after a singular noun or a name, or after a plural or a
 * name ("Police", "Rescuers"), that stands before an object, a preposition or the end of the clause.
 * Not a noun after its determiner or preposition ("The weather in the valley"), nor a state.
 */
const HISTORICAL_PRESENT = new RegExp(
  String.raw`^[\s,:\u2014\u2013-]*(?:[\w'’.-]+\s+){0,4}?(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|of|for|in|on|at|to|from|with|by|and|or|but|than)\s)(?!${STATE_PRESENT}\b)(?:(?<=(?:[A-Z][\w'’.-]*|\b[a-z]*[^s\s'’])\s)([a-z]{3,}s)|(?<=(?:\b[a-z]+s|\b[A-Z][\w'’.-]*)\s)([a-z]{3,}))(?=\s+(?:the|a|an|its|their|his|her|to|on|in|at|off|after|from|into|with|for|over|up|down|out|back|\d)\b|\s*[,.;]|\s*$)`,
);

/**
 * The finite verbs of a clause (offsets into the sentence). `entryFrom`: where the entry starts
 * when the clause is a dated entry of a timeline or a dated section, which may be told in the present.
 */
function finiteVerbs(masked: string, clause: Span, entryFrom?: number): Verb[] {
  const text = masked.slice(0, clause.end);
  const verbs: Verb[] = [];
  PAST.lastIndex = clause.start;
  for (let match = PAST.exec(text); match; match = PAST.exec(text)) {
    if (
      isFiniteAt(text, match.index, match[0], verbs.length > 0) &&
      !verbs.some((verb) => verb.start === match.index)
    ) {
      verbs.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
    }
  }
  BASE_AFTER_AUX.lastIndex = clause.start;
  for (let match = BASE_AFTER_AUX.exec(text); match; match = BASE_AFTER_AUX.exec(text)) {
    const word = match[1] ?? '';
    const start = match.index + match[0].length - word.length;
    if (/^(?:be|been|being|have|has|the|a|an)$/.test(word)) continue;
    if (!verbs.some((verb) => verb.start === start)) verbs.push({ start, end: start + word.length, word });
  }
  PASSIVE_PARTICIPLE.lastIndex = clause.start;
  for (let match = PASSIVE_PARTICIPLE.exec(text); match; match = PASSIVE_PARTICIPLE.exec(text)) {
    const word = match[1] ?? '';
    const start = match.index + match[0].length - word.length;
    if (!verbs.some((verb) => verb.start === start)) verbs.push({ start, end: start + word.length, word });
  }
  for (const pattern of [TIMETABLE_PRESENT, PROGRESSIVE]) {
    pattern.lastIndex = clause.start;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const word = match[1] ?? match[0];
      if (pattern === PROGRESSIVE && !PLANNED_PROGRESSIVE.test(word)) continue;
      const start = match.index + match[0].length - word.length;
      if (!verbs.some((verb) => verb.start <= start && verb.end >= start))
        verbs.push({ start, end: start + word.length, word });
    }
  }
  // Only where no verb of the other tenses is found: a past verb or an auxiliary's is the predicate.
  if (entryFrom !== undefined && !verbs.some((verb) => verb.start >= entryFrom)) {
    const present = HISTORICAL_PRESENT.exec(text.slice(entryFrom));
    const word = present?.[1] ?? present?.[2];
    if (present && word && !NOT_EVENT_VERB.test(word)) {
      const start = entryFrom + present[0].length - word.length;
      verbs.push({ start, end: start + word.length, word, present: true });
    }
  }
  return verbs.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// What is not a dated happening

/**
 * A quantity over a period: "pumped 1.8 million barrels per day", "1.8 million barrels a day",
 * "averaged 3%". "a day" is a rate only after a quantity: "for a year", "a week-long sit-in" and
 * "lasted a day" are spans of one happening.
 */
const RATE =
  /\bper (?:day|week|month|year|hour|share)\b|(?:\d|\b(?:million|billion|thousand|hundred|dozen|once|twice|times))[\w,.%]*(?:\s+[\w-]+){0,2}\s+a (?:day|week|month|year|hour|share)\b|\b(?:average|averaged|on average|annuali[sz]ed)\b|\b(?:annual|yearly|quarterly|monthly) (?:rate|pace)\b/i;
/** A quantity right after a verb of change: "rose 9%", "fell to 2.1 per cent", "grew by 300 jobs". */
const NUMERIC_CHANGE =
  /^\s+(?:by\s+|to\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+|a record\s+)?[$€£₹]?\d/i;
const CHANGE_VERB =
  /^(?:rose|fell|grew|increased|decreased|declined|climbed|dropped|slowed|slipped|jumped|gained|lost|eased|edged|reached|hit|totall?ed|surged|plunged|tumbled|soared|shrank|expanded|contracted|improved|worsened)$/i;

/** Verbs of change that over a month or a year tell a trend, whatever the amount. */
const TREND_VERB =
  /^(?:rose|fell|grew|increased|decreased|climbed|dropped|slowed|slipped|jumped|edged|eased|surged|plunged|tumbled|soared|shrank|contracted|improved|worsened|weakened|strengthened|peaked|ballooned|spiked|dipped|slumped|rebounded|recovered|stabili[sz]ed|bottomed|doubled|tripled|halved)$/i;
/** A level after the verb: "traded at $81", "stood at 5.1%", "hovered around 3%". */
const LEVEL_AT = /^\s+(?:at|around|near|above|below)\s+(?:about\s+|nearly\s+|a record\s+)?[$€£₹]?\d/i;

/** Verbs of a state, whose level on a day is a measurement. */
const STATE_VERB = /^(?:stood|remained|stayed|hovered|held|was|were|sat|closed|ended|finished)$/i;
/** No change: "was little changed", "remained unchanged", "held steady". */
const UNCHANGED = /^\s+(?:little\s+changed|unchanged|flat|steady|stable)\b/i;
/** A measure as a subject that reaches a level: "Temperatures reached 41C", "The death toll hit 50". */
const LEVEL_SUBJECT =
  /\b(?:temperatures?|the mercury|(?:death |casualty )?toll|number of [\w\s-]{1,30}|water levels?|river levels?|turnout|inflation|unemployment|prices?|rates?|yields?|gusts?|winds?|rainfall|queues?)\s+(?:(?:had|has|have|also|then|later)\s+)*$/i;

/** Verbs that count what passed through over a period. */
const VOLUME_VERB =
  /^(?:handled|sold|produced|shipped|exported|imported|processed|carried|served|attracted|welcomed|generated|earned|delivered|mined|pumped|harvested|registered|logged|drew|scored|collected|gathered|tested|treated|vaccinated|hired|made|played|won|lost|gained|planted|built|caught|sampled|surveyed|screened|received|raised|spent|paid|recorded|reported|counted|lent|borrowed|invested|donated|recruited|trained|rescued|evacuated|admitted|enrolled)$/i;
/** A place in a ranking: "finished fourth", "placed 12th", "ended the season third". */
const RANKING =
  /^(?:finished|placed|ended|came|ranked)\s+(?:the (?:season|year|race|tournament)\s+)?(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|bottom|top|joint|\d+(?:st|nd|rd|th))\b/i;
/** A result set against a standard: "met expectations", "beat estimates", "missed its target". */
const AGAINST_STANDARD =
  /^(?:met|beat|missed|exceeded|topped|matched|surpassed)\s+(?:(?:the|its|their|his|her|our|all|most|a|an|market|consensus|analysts['’]?|investors['’]?|economists['’]?)\s+)*(?:[\w-]+\s+)?(?:expectations|estimates|forecasts?|targets?|goals?|projections|guidance)\b/i;
/** A count after the verb: "12 million passengers", "40,000 cars", "a record 3 tonnes". */
const VOLUME =
  /^\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+|a record\s+|an estimated\s+|roughly\s+|around\s+|at least\s+|close to\s+)?[$€£₹]?\d[\d,.]*\s*(?:million|billion|thousand|tonnes?|%|per ?cent|\w+)|^\s+(?:twice|double|triple|half|three times|four times)\s+(?:the|its|their|his|her|a|an)\b/i;
/**
 * A result over a period: "made a profit of $3m in the third quarter", "posted a net loss of €12
 * million in the first half". On a day ("reported a loss on Tuesday") it is the day the figures came out.
 */
const RESULT_OVER_PERIOD =
  /^\s+(?:an?\s+)?(?:(?:net|pre-?tax|operating|record|small|smaller|big|bigger|combined|first|quarterly|annual|half-year|full-year|underlying)\s+)*(?:profits?|loss(?:es)?|surplus|deficit|revenues?|turnover|earnings)\s+(?:of|totalling|totaling)\b/i;

/** A subject that denies the act: "Nobody", "No one", "None of the ...", "Neither side". */
const DENYING_SUBJECT = /^\W*(?:\w+\s+)?(?:nobody|no one|none|neither|nothing)\b/i;
/**
 * A stretch the act filled: "for years", "for months"; a run of days of a change: "for a third
 * week", "for the fifth straight day". A length of one act ("for 48 hours") is no stretch.
 */
const LASTING = /^[^,;]*?\bfor\s+(?:(?:many|several|some)\s+)?(?:years|decades|months|weeks)\b/i;
const RUN_OF_DAYS =
  /^[^,;]*?\bfor\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?:day|week|month|year|quarter|session)\b/i;

/** A number of times after the verb: a tally of repetitions, not one happening. */
const REPEATED =
  /^\s+(?:(?:more than|over|about|nearly|almost|some|at least|roughly|around)\s+)?[\d,.]+(?:\s+(?:million|billion|thousand))?\s+times\b/i;

/** An editor's note about the article itself: "This article was updated on October 15 to ...". */
const EDITORS_NOTE =
  /^\s*(?:\W\s*)?(?:This|An earlier version of this|The) (?:article|story|report|post|version) (?:was|has been|is) (?:updated|corrected|amended|changed|edited|published)\b/i;

/** A subject that is a quantity or a mood, whose changes over a period are trends, not happenings. */
const MEASURE_SUBJECT =
  /^\s*(?:(?:the|its|their|overall|average|annual|monthly)\s+)*(?:[\w-]+\s+){0,2}?(?:levels?|prices?|costs?|support|demand|supply|sales|exports|imports|output|production|turnout|inflation|unemployment|growth|tensions?|interest|confidence|shares?|volumes?|numbers?|population|spending|revenues?|profits?|earnings|debt|deficit|yields?|ratings?|popularity|morale|sentiment)\b(?:\s+(?:of|for|in|at)\s+[^,;]{1,40}?)?\s+(?:\w+ly\s+|also\s+|again\s+)?$/i;

/** Paragraphs of boilerplate in press releases. */
const BOILERPLATE =
  /^\s*(?:About\s+[A-Z][^:]{0,60}:|Forward[- ]looking statements?|Safe harbou?r|Media contact|Contacts?:|Investor (?:contact|relations))/i;

// ---------------------------------------------------------------------------------------------

export interface DatedClauseInput {
  view: SentenceView;
  /** Where events were already found in the sentence (offsets into it): their clauses are covered. */
  covered: readonly number[];
  /** The text of the sentence's paragraph up to the sentence, to tell boilerplate. */
  paragraphHead: string;
  /** The date a heading gives the sentence's paragraph (section-dates.ts): it dates its clauses that have none. */
  sectionDate?: EventDate | undefined;
  /** The day the article (or its dated entry) was published: a present told of a later date is a plan. */
  published?: string | undefined;
}

/**
 * A clause that a subordinator or a relative pronoun opens ("when the night shift ended", "who lost
 * their homes"): background to the clause it hangs on, which the heading dates.
 */
const SUBORDINATOR =
  '(?:when|while|as|after|before|because|since|until|till|if|unless|although|though|whereas|once|where|who|whom|whose|which|that)';
const SUBORDINATOR_BEFORE_CLAUSE = new RegExp(String.raw`\b${SUBORDINATOR}\s*$`, 'i');
const SUBORDINATOR_OPENING_CLAUSE = new RegExp(String.raw`^[\s,;:(\u2014\u2013-]*${SUBORDINATOR}\b`, 'i');

/**
 * The clauses of a sentence under a dated heading that hold no date of their own, each dated by the
 * heading: a mention of no width at the clause's start ("Day 3, Tuesday 14 July — We reached the
 * glacier. Henrik fell into a crevasse." are two dated clauses).
 */
function headedClauses(masked: string, dates: readonly DateMention[], date: EventDate): DateMention[] {
  return clausesOf(masked)
    .filter(
      (clause) =>
        !dates.some((mention) => mention.start >= clause.start && mention.end <= clause.end) &&
        !SUBORDINATOR_BEFORE_CLAUSE.test(masked.slice(Math.max(0, clause.start - 12), clause.start)) &&
        !SUBORDINATOR_OPENING_CLAUSE.test(masked.slice(clause.start, clause.end)),
    )
    .map((clause) => ({ start: clause.start, end: clause.start, text: '', date, anchor: 'absolute', inQuote: false }));
}

/**
 * The "when" clauses that a dated phrase right before them dates, each as a mention of no width at
 * the clause's start ("The last visit was in November 2017, when his predecessor attended the
 * Dubai Airshow": the airshow visit is of November 2017). Only a clause with no date of its own.
 */
function whenClausesOf(masked: string, dates: readonly DateMention[], covered: readonly number[]): DateMention[] {
  if (!/\bwhen\b/.test(masked)) return [];
  const borrowed: DateMention[] = [];
  for (const date of dates) {
    if (date.text === '' || date.anchor === 'previous-event') continue;
    const start = whenClauseAfter(masked, date);
    if (start === undefined) continue;
    const clause = clauseAround(masked, { start, end: start });
    if (dates.some((other) => other.start >= clause.start && other.end <= clause.end)) continue;
    // "The board last cut rates in August, when it lowered the benchmark by half a point": the same
    // doer again, after an act already told, tells how that act was done.
    const dated = clauseAround(masked, date);
    if (PRONOUN_SUBJECT.test(masked.slice(clause.start)) && covered.some((at) => at >= dated.start && at < dated.end))
      continue;
    borrowed.push({
      start,
      end: start,
      text: '',
      date: date.date,
      anchor: date.anchor,
      inQuote: date.inQuote,
      tense: date.tense,
    });
  }
  return borrowed;
}

/** The verb of a relative clause that tells an event's course: "which ran from Thursday to Sunday". */
const COURSE_CLAUSE =
  /^\s*(?:(?:had|has|have|was|were|finally|eventually)\s+)?(?:began|begun|started|opened|lasted|ended|ran|continued|took\s+place|held|got\s+under\s+way|concluded|stretched|dragged\s+on)\b/i;
/** An event noun's complement up to the relative pronoun: " of the ruling party that", " in Barcelona, which". */
const NOUN_TO_RELATIVE = /^(?:\s+(?:of|on|between|with|in|at|over|about)\s+[^,;]{1,60}?)?,?\s*(?:that|which)\s*$/i;

/**
 * "presented the data at the International Vaccine Congress in Barcelona, which ran from Thursday
 * to Sunday", "a plenary meeting of the party that ran from Dec. 23 to 27": a relative clause of an
 * event noun (a summit or a happening's noun) that tells its course gives the noun its dates; its
 * verb is no happening of its own.
 */
function isCourseOfNoun(view: SentenceView, clause: Span): boolean {
  const { masked } = view;
  if (!/\b(?:that|which)\s*$/.test(masked.slice(Math.max(0, clause.start - 8), clause.start))) return false;
  if (!COURSE_CLAUSE.test(masked.slice(clause.start, clause.end))) return false;
  const nouns = [...view.triggers.filter((trigger) => trigger.trigger.nominal === true), ...findSummits(masked)];
  return nouns.some((noun) => noun.end <= clause.start && NOUN_TO_RELATIVE.test(masked.slice(noun.end, clause.start)));
}

/** A clause that opens with a personal pronoun as its subject. */
const PRONOUN_SUBJECT = /^\s*(?:it|he|she|they|we)\b/i;

/** The predicates of the sentence's uncovered dated clauses, as trigger matches (see the header). */
export function findDatedClauses({
  view,
  covered,
  paragraphHead,
  sectionDate,
  published,
}: DatedClauseInput): TriggerMatch[] {
  const passed = (reason: string): void => traceReason(view.sentence.text, reason);
  if (view.dates.length === 0 && !sectionDate) {
    passed('no date found in the sentence');
    return [];
  }
  if (BOILERPLATE.test(paragraphHead) || EDITORS_NOTE.test(view.masked)) {
    passed("boilerplate or an editor's note");
    return [];
  }
  const { masked } = view;
  const found: TriggerMatch[] = [];
  const seen = new Set<number>();
  const own = sectionDate ? [...view.dates, ...headedClauses(masked, view.dates, sectionDate)] : view.dates;
  const dates = [...own, ...whenClausesOf(masked, own, covered)];
  for (const date of dates) {
    const whole = clauseAround(masked, date);
    // "stopped payments in 2022 and filed for bankruptcy on Aug. 3, 2023": each dated conjunct.
    // An aside's split only where no event was told: "A hearing for Ida Marsh, set down for June 20,
    // was adjourned on Tuesday" is the hearing's own fate.
    // An event told by an aside's own participle ("The company, founded in 1987, was sold on Friday")
    // leaves the subject's own verb after the aside to be read.
    const asides = asideSpans(masked, whole);
    const told = covered.some(
      (at) => at >= whole.start && at < whole.end && !asides.some((aside) => at >= aside.start && at < aside.end),
    );
    const conjunct = subordinateOfDate(masked, datedConjunct(masked, whole, date, view.dates, !told), date, dates);
    const clause = covered.some((at) => at >= conjunct.start && at < conjunct.end)
      ? untoldConjunct(masked, conjunct, date, covered)
      : conjunct;
    if (seen.has(clause.start)) continue;
    if (isCurrentStretch(masked, date) || isAttributive(masked, date)) {
      passed('a date of the present stretch, or of a noun ("the 2019 law")');
      continue;
    }
    seen.add(clause.start);
    if (covered.some((at) => at >= clause.start && at < clause.end)) {
      passed('its clause told an event already');
      continue;
    }
    // "The match was due on Saturday but was postponed to March 28": the move of the clause before.
    const movedFrom = movedClauseBefore(masked, clause.start);
    if (movedFrom !== undefined) {
      const moved = clauseAround(masked, { start: movedFrom - 1, end: movedFrom });
      if (
        covered.some((at) => at >= moved.start && at < moved.end) ||
        found.some((at) => at.start >= moved.start && at.start < moved.end)
      ) {
        passed('the move of a plan told before');
        continue;
      }
    }
    // "The vote, which was delayed twice, took place on March 5": the vote's own predicate.
    const opened = relativeClosedBefore(masked, clause.start);
    if (opened !== undefined && isNounPredicateAfterRelative(masked, clause.start)) {
      const antecedent = clauseAround(masked, { start: opened, end: opened });
      if (covered.some((at) => at >= antecedent.start && at < antecedent.end)) {
        passed("the predicate of a relative clause's antecedent, told already");
        continue;
      }
    }
    if (isCourseOfNoun(view, clause)) {
      passed('the course of an event noun');
      continue;
    }
    // A trigger of the clause that gave no event (a closure with no named agent) is its predicate.
    const triggers = view.triggers.filter((trigger) => trigger.start >= clause.start && trigger.end <= clause.end);
    // Any other trigger's reading stands (a negated meeting stays negated).
    if (triggers.some((trigger) => trigger.trigger.kind !== 'other')) {
      passed('a trigger of another kind stands (its own reading decides)');
      continue;
    }
    const match =
      triggers.length > 0
        ? (triggers.filter((trigger) => trigger.end <= date.start).at(-1) ??
          actBeforeDate(masked, clause, date) ??
          actBeforePurpose(masked, clause, date, triggers) ??
          triggers[0])
        : predicateOf(masked, clause, date, published !== undefined && date.date.start > published);
    // A date that names no predicate (the day of a saying: "said on Monday the library will reopen in
    // September") leaves the clause to its next date.
    if (!match) {
      if (SAYING_BEFORE.test(masked.slice(clause.start, date.start))) seen.delete(clause.start);
      passed(`no predicate: ${refusal ?? 'a predicate refused'}`);
      refusal = undefined;
      continue;
    }
    if (isBackground(masked, clause, match, date)) {
      passed('background (isBackground)');
      continue;
    }
    if (isMessageOfWords(view, clause, match)) {
      passed('the message of words told');
      continue;
    }
    // A table verb ("fell", "plunged") is held to the same test as any verb: "Exports fell 4% in March" is a measurement.
    if (triggers.length > 0 && !match.trigger.nominal && !isHappening(masked, clause, asVerb(match), date)) {
      passed('a table verb that tells no happening');
      continue;
    }
    if (
      match.trigger.nominal ||
      hasSubject(masked, clause, match) ||
      sharesSubject(masked, whole, clause) ||
      isGerundOfTime(masked, match)
    ) {
      found.push(match);
      passed(`a predicate read (${match.trigger.kind}): the events stage decides`);
    } else passed('no subject');
  }
  return found;
}

/** A verb of saying right before a date: "said on Monday", "told reporters on Tuesday". */
const SAYING_BEFORE =
  /\b(?:said|says|told|tells|added|stated|confirmed|announced)\b(?:\s+[\w'’-]+){0,3}?\s+(?:on|late on|early on|last|this|yesterday)?\s*$/i;

/**
 * "and" and a simple past or a passive ("and was demolished in 2014"): a verb coordinated with the
 * one before it, sharing its subject.
 */
const AND_PAST_VERB = new RegExp(
  String.raw`,?\s+and\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?(?=(?:(?:was|were)\s+)?(?:[a-z]{2,}(?:ed|ied)|(?:re)?(?:${IRREGULAR_PAST}))\b)`,
  'g',
);

/**
 * "and", then a subject of its own (a short noun phrase) and its auxiliary or simple past: "Parliament
 * was dissolved on Thursday and elections were set for July 20", "The plant closed in March and 300
 * workers were laid off in April". Two clauses, each with its own subject (split only between two dates,
 * so "Ola Berg and Anna Sellick were appointed on Monday" is one).
 */
const AND_NEW_SUBJECT = new RegExp(
  String.raw`,?\s+and\s+(?=(?:(?:the|a|an|its|their|his|her|some|about|nearly|more than|over|all)\s+)?(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|will|had|has|have)\s+(?:(?:also|then|later|now|been|be)\s+)*(?:[a-z]{2,}(?:ed|ied|en|wn)|(?:${IRREGULAR_PAST}))\b)`,
  'g',
);

/**
 * A subordinator, then a subject of its own and its verb: "The line reopened on Tuesday after a
 * landslide closed it in April". Two clauses (split only between two dates).
 */
const SUBORDINATE_NEW_SUBJECT = new RegExp(
  String.raw`\s+(?:after|before|when|because|until|since)\s+(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){1,3}?(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:[a-z]{2,}(?:ed|ied)|(?:${IRREGULAR_PAST}))\b)`,
  'g',
);

/** A counted shift ("a week after", "two days before") that opens a clause. */
const SHIFT_OPENING = /\b(?:days?|weeks?|months?|years?|fortnight|hours?)\s+(?:after|before)$/i;
/** A subject of its own and its verb: "the Assembly approved", "one of the drones lost". */
const OWN_SUBJECT_AND_VERB = new RegExp(
  String.raw`^\s+(?:(?:the|a|an|its|their|his|her|one of the|two of the)\s+)?(?:[\w'’-]+\s+){1,3}?(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?(?:[a-z]{2,}(?:ed|ied)|(?:${IRREGULAR_PAST}))\b`,
);

/**
 * The subordinate clause that holds `date` when the clause before its subordinator has no date of
 * its own: "It was their first win there since they beat Arbroath in April 2022", "The vote came a
 * week after the Assembly approved the bill" (the shift dates the clause it opens). The subordinate
 * clause has its own subject and verb, and tells its own happening; the clause it hangs on is read
 * by its own words. Else the clause as it was.
 */
function subordinateOfDate(masked: string, clause: Span, date: DateMention, dates: readonly DateMention[]): Span {
  if (SHIFT_OPENING.test(date.text))
    return OWN_SUBJECT_AND_VERB.test(masked.slice(date.end, clause.end))
      ? { start: date.end, end: clause.end }
      : clause;
  if (!/\b(?:after|before|since|until|because)\s/i.test(masked.slice(clause.start, date.start))) return clause;
  const split = splitsOf(SUBORDINATE_NEW_SUBJECT, masked.slice(0, date.start), clause.start).at(-1);
  if (!split) return clause;
  const start = split.index + split[0].length;
  // The main clause dates itself: the two-date splits (`datedConjunct`) read it.
  if (dates.some((other) => other !== date && other.start >= clause.start && other.end <= split.index)) return clause;
  // The subordinate's own verb stands before the date ("since 2019 the firm ..." is a bound).
  const verb = finiteVerbs(masked, { start, end: date.start })[0];
  return verb ? { start, end: clause.end } : clause;
}

/**
 * A participle's phrase that opens the clause, up to its comma: "Born in Kessling in 1941, ",
 * "Elected in 2015, ", "Having sold the business in 2015, ". Its own date is its own.
 */
const FRONTED_PARTICIPLE_PHRASE = /^\s*(?:Born|Having\s+[a-z]+|[A-Z][a-z]+(?:ed|en|wn))\b[^,;]{1,80}?,\s*/;

/** The fronted phrase's comma as a split like the others: at the comma, as long as the spaces after it. */
function frontedSplit(fronted: RegExpExecArray, from: number): RegExpExecArray {
  const comma = fronted[0].lastIndexOf(',');
  const split = Object.assign([fronted[0].slice(comma)], { index: from + comma, input: '' }) as RegExpExecArray;
  return split;
}

/**
 * A comma and a simple past that goes on a list of the subject's verbs: "joined the BBC in 1971,
 * became its chief correspondent in 1980 and retired in 2004" (split only between two dates).
 */
const LIST_PAST_VERB = new RegExp(
  String.raw`,\s+(?:then\s+|later\s+)?(?=(?:[a-z]{2,}(?:ed|ied)|(?:re)?(?:${IRREGULAR_PAST}))\s+(?!by\b))`,
  'g',
);

/**
 * The conjunct of a clause that holds `date`, when the clause coordinates simple pasts that each
 * have a date of their own ("Harborline stopped making interest payments in 2022 and filed for
 * bankruptcy on Aug. 3, 2023", "ordered twelve ships in 2023 and took delivery of the first two in
 * May"): each conjunct is read as a clause, with the first one's subject. Else the clause itself.
 */
function datedConjunct(masked: string, clause: Span, date: Span, dates: readonly Span[], asides: boolean): Span {
  const inClause = dates.filter((other) => other.start >= clause.start && other.end <= clause.end);
  if (inClause.length < 2) return clause;
  let start = clause.start;
  let end = clause.end;
  const text = masked.slice(0, clause.end);
  const fronted = FRONTED_PARTICIPLE_PHRASE.exec(text.slice(clause.start));
  const splits = [
    ...(fronted ? [frontedSplit(fronted, clause.start)] : []),
    ...splitsOf(AND_PAST_VERB, text, clause.start),
    ...splitsOf(AND_NEW_SUBJECT, text, clause.start),
    ...splitsOf(SUBORDINATE_NEW_SUBJECT, text, clause.start),
    ...splitsOf(LIST_PAST_VERB, text, clause.start),
    ...(asides ? asideCloses(text, clause.start) : []),
  ].sort((a, b) => a.index - b.index);
  for (const match of splits) {
    const at = match.index;
    // A split only between two dates: each side dates its own verb.
    const datedBefore = inClause.some((other) => other.end <= at && other.start >= start);
    const datedAfter = inClause.some((other) => other.start >= at + match[0].length);
    if (!datedBefore || !datedAfter) continue;
    if (at + match[0].length <= date.start) start = at + match[0].length;
    else if (at >= date.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/**
 * "Ada Lund won the title on Sunday and announced her retirement": the dated verb before "and" and a
 * second verb of the same subject that a trigger told (the announcement). The conjunct that holds
 * the date is read on its own when no event was told in it; else the clause as it was.
 */
function untoldConjunct(masked: string, clause: Span, date: Span, covered: readonly number[]): Span {
  const text = masked.slice(0, clause.end);
  const split = splitsOf(AND_PAST_VERB, text, clause.start).find((match) => match.index >= date.end);
  if (!split) return clause;
  const own = { start: clause.start, end: split.index };
  return covered.some((at) => at >= own.start && at < own.end) ? clause : own;
}

/** Every match of a global pattern in `text` from `from`. */
function splitsOf(pattern: RegExp, text: string, from: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match);
  return found;
}

/** A participle that opens an aside after its noun: ", introduced on Dec. 14,". */
const ASIDE_OPEN = new RegExp(String.raw`,\s+(?:[a-z]{2,}(?:ed|ied)|(?:${IRREGULAR_PAST})|[a-z]+(?:en|wn))\b[^,;]*$`);
/** The comma that closes it, before the noun's own verb: ", was abandoned", ", collapsed". */
const ASIDE_CLOSE = new RegExp(
  String.raw`,\s+(?=(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?(?:[a-z]{2,}(?:ed|ied)|(?:${IRREGULAR_PAST}))\b)`,
  'g',
);

/**
 * "The timetable, introduced on Dec. 14, was abandoned on Jan. 19": the comma that closes a
 * participle's aside after the subject, before the subject's own verb, parts two dated predicates.
 */
function asideCloses(text: string, from: number): RegExpExecArray[] {
  return splitsOf(ASIDE_CLOSE, text, from).filter((match) => ASIDE_OPEN.test(text.slice(from, match.index)));
}

/** The asides of a clause (`asideCloses`), from the comma that opens each to the comma that closes it. */
function asideSpans(masked: string, clause: Span): Span[] {
  const text = masked.slice(0, clause.end);
  return asideCloses(text, clause.start).flatMap((close) => {
    const open = ASIDE_OPEN.exec(text.slice(clause.start, close.index));
    return open ? [{ start: clause.start + open.index, end: close.index }] : [];
  });
}

/**
 * The verb the date follows, when the lexicon knows it for an act of a kind of its own: "published
 * figures on Tuesday showing inflation fell", "annulled the election results on Tuesday". A
 * happening's trigger after the date ("fell", "election") is what the act was about, not what the
 * date dates.
 */
function actBeforeDate(masked: string, clause: Span, date: DateMention): TriggerMatch | undefined {
  const act = predicateOf(masked, clause, date);
  return act && act.end <= date.start && act.trigger.kind !== 'other' ? act : undefined;
}

/** "to consider its verdict", "in order to review the plans": a purpose, told after the act's date. */
const PURPOSE_OPENING = /^[^,;]*?\b(?:in order )?to\s+[a-z]{3,}\b[^,;]*$/;

/**
 * "The jury retired on Thursday afternoon to consider its verdict": the verb the date follows is the
 * act, and a happening's noun in the purpose after the date ("verdict") is what the act was for.
 */
function actBeforePurpose(
  masked: string,
  clause: Span,
  date: DateMention,
  triggers: readonly TriggerMatch[],
): TriggerMatch | undefined {
  const first = triggers[0];
  if (!first || first.start < date.end || !PURPOSE_OPENING.test(masked.slice(date.end, first.start))) return undefined;
  const act = predicateOf(masked, clause, date);
  return act && act.end <= date.start ? act : undefined;
}

/**
 * The act a happening's trigger is the matter of: "published figures on Tuesday showing inflation
 * fell", "annulled the election results on Tuesday", "Veltra published its results on Monday after
 * sales fell". A dated clause whose first event word is a happening's ("fell", "election") but whose
 * finite verb before it is one the lexicon gives a kind of its own (an announcement, a policy act, a
 * trip) tells that act; undefined when another trigger stands before, or the verb tells no act.
 */
export function actBeforeHappening(view: SentenceView, match: TriggerMatch): TriggerMatch | undefined {
  // A union's ballot on a strike stays a labour happening, whatever verb holds it.
  if (match.trigger.kind !== 'other' || match.trigger.happening || match.trigger.name === 'strike-vote')
    return undefined;
  const { masked } = view;
  const clause = clauseAround(masked, match);
  if (!view.dates.some((date) => date.start >= clause.start && date.end <= clause.end)) return undefined;
  if (view.triggers.some((other) => other !== match && other.start >= clause.start && other.start < match.start))
    return undefined;
  const verb = finiteVerbs(masked, { start: clause.start, end: match.start }).at(-1);
  if (!verb || !hasSubject(masked, clause, verb)) return undefined;
  const kind = kindOfVerb(masked, verb);
  if (kind !== 'policy' && kind !== 'announcement') return undefined;
  if (NOT_ASSERTED.test(masked.slice(clause.start, verb.start))) return undefined;
  if (idiomOf(masked, { start: verb.start, end: verb.end, text: verb.word }) === 'none') return undefined;
  return { start: verb.start, end: verb.end, text: verb.word, trigger: PREDICATES[kind] };
}

/** A message as a verb's object: "sent a voice note", "posted a video", "wrote a letter to staff". */
const MESSAGE_SENT =
  /^(?:sent|sends|posted|posts|emailed|texted|tweeted|recorded|wrote|writes|circulated|issued|released)\s+(?:\S+\s+){0,4}?(?:notes?|messages?|e-?mails?|letters?|texts?|tweets?|posts?|videos?|memos?|circulars?|statements?)\b/i;
/** A message named before its own participle: "In an email to all students sent the same afternoon". */
const MESSAGE_BEFORE =
  /\b(?:notes?|messages?|e-?mails?|letters?|texts?|tweets?|posts?|videos?|memos?|circulars?|statements?)\b[^,;]{0,60}$/i;
const MESSAGE_PARTICIPLE = /^(?:sent|posted|emailed|circulated|published|released|issued|recorded|written)$/i;
/** Words said or quoted after the clause: a quotation mark, or a verb of saying. */
const WORDS_AFTER = /[“"‘]|\b(?:said|says|told|tells|wrote|writes|added|announced|warned|urged)\b/;

/**
 * "In an email to all students sent the same afternoon, the vice-chancellor said ...", "the rector
 * sent a voice note on Tuesday: “The whole university is following you.”": the message is the
 * medium of the words the sentence reports (a quote or a statement), not a happening of its own.
 */
function isMessageOfWords(view: SentenceView, clause: Span, match: TriggerMatch): boolean {
  const { masked } = view;
  const sent =
    MESSAGE_SENT.test(masked.slice(match.start, clause.end)) ||
    (MESSAGE_PARTICIPLE.test(match.text) && MESSAGE_BEFORE.test(masked.slice(clause.start, match.start)));
  return sent && WORDS_AFTER.test(view.sentence.text.slice(clause.end));
}

/** Talks or negotiations named as a subject: "Talks on forming a government", "The negotiations in 2022". */
const TALKS_NOUN = /^(?:talks|negotiations)(?=$|\s+(?:between|with)$)/i;
/** The breakdown of talks: a happening named by its verb, news without a named agent. */
const BREAKDOWN: Trigger = { ...PREDICATES.other, name: 'breakdown', happening: true };
/** From the talks to their verb of failure: " on forming a new government broke down", " in 2022 collapsed". */
const TALKS_BROKE_DOWN =
  /^(?:\s+(?:on|in|over|between|with|about|at|for)\b[^,;:]{0,60}?|\s*,[^,;]{1,60},)?\s+(?:(?:finally|then|later|again|abruptly|suddenly|have|has|had)\s+)*(broke down|break down|breaks down|collapsed|collapses|fell apart|falls apart|foundered|founders|stalled|stalls|ran aground|failed)\b/i;

/**
 * "Talks on forming a new government broke down on Monday", "Talks in 2022 collapsed in October of
 * that year": talks as the subject of their failure tell one happening, the breakdown (`other`, as
 * the eval's conventions read it), not a meeting as well. The verb of failure, as a predicate of
 * kind other; undefined when the noun is not talks failing, or its clause gives no date.
 */
export function breakdownOfTalks(view: SentenceView, match: TriggerMatch): TriggerMatch | undefined {
  if (match.trigger.kind !== 'meeting' || !match.trigger.nominal) return undefined;
  const noun = TALKS_NOUN.exec(match.text);
  if (!noun) return undefined;
  const from = match.start + noun[0].length;
  const failed = TALKS_BROKE_DOWN.exec(view.masked.slice(from, from + 120));
  const word = failed?.[1];
  if (!failed || !word) return undefined;
  const start = from + failed[0].length - word.length;
  const verb = { start, end: start + word.length };
  // "The talks have stalled": undated, a state of the talks, not the day they failed.
  const clause = clauseAround(view.masked, verb);
  if (!view.dates.some((date) => date.start >= clause.start && date.end <= clause.end)) return undefined;
  return { ...verb, text: word, trigger: BREAKDOWN };
}

/**
 * Where the entry starts when a date heads its clause as a timeline's entry ("June 3: ...", "Sunday,
 * June 1 — ...") or a dated section's clause (a mention of no width at the clause's start,
 * `headedClauses`) that opens its sentence; undefined for any other date.
 */
function entryStart(masked: string, clause: Span, date: DateMention): number | undefined {
  // Only the entry's first clause: what follows it ("; 240 workers lose their jobs") tells its course.
  if (!/^\s*$/.test(masked.slice(0, date.start))) return undefined;
  if (date.text === '' && date.start === clause.start) return clause.start;
  const mark = /^\s*(?:,\s*\d{1,2}[:.]\d{2}\s*)?[:\u2014\u2013-]/.exec(masked.slice(date.end));
  return mark ? date.end + mark[0].length : undefined;
}

/**
 * Where a present of the calendar may start: the sentence's first clause, from its start or past a
 * fronted date and its comma ("On Monday, the bridge carries ..."); undefined for a later clause.
 */
function calendarStart(masked: string, clause: Span, date: DateMention): number | undefined {
  if (masked.slice(0, clause.start).trim() !== '') return undefined;
  if (!FRONTED_DATE_OPENING.test(masked.slice(clause.start, date.start))) return clause.start;
  const comma = /^\s*,/.exec(masked.slice(date.end));
  return comma ? date.end + comma[0].length : undefined;
}
/** A verb of another form before a present's word makes that word no verb: "Pike is facing charges". */
const VERB_GROUP_BEFORE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|[a-z]{2,}ing)\b/i;
/**
 * What follows a present of the calendar: its object ("carries its first traffic", "lists its
 * shares") or where it goes ("transfers to Glasgow"); not "for" or "in" ("Markets brace for a
 * decision", "Traders price in a cut"), nor a bare noun ("promises fireworks").
 */
const CALENDAR_FOLLOWER = /^\s+(?:the|a|an|its|their|his|her|to|into)\s/i;
const FRONTED_DATE_OPENING = /^\s*(?:(?:on|from|in|at|this|next|early|late|by)\s+)*$/i;

/**
 * Presents told of a day ahead that are no plan of a happening: a showing or a forecast ("The
 * forecast shows heavy rain on Friday"), a cost, a need, a level or a trend ("Temperatures reach 30C").
 */
const NOT_CALENDAR_PRESENT =
  /^(?:show|suggest|predict|forecast|mean|cost|require|allow|cover|apply|affect|involve|depend|promise|threaten|mark|see|give|bring|make|take|offer|include|contain|expect|need|lack|leave|rain|snow|run|last)$/i;

/** A present (its base or its "-s" form) that can tell a plan on a day ahead. */
function isCalendarVerb(word: string): boolean {
  const bases = [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
  return !bases.some((base) => NOT_CALENDAR_PRESENT.test(base) || STATE_OR_TREND_BASE.test(base));
}

/**
 * A verb of a later conjunct shares the subject of the clause it belongs to; so does a verb right
 * after ", and" that opens a clause of its own, the subject of the clause before the comma ("The
 * study was paused in March after two participants fell ill, and resumed in May").
 */
function sharesSubject(masked: string, whole: Span, clause: Span): boolean {
  if (clause.start > whole.start) return hasSubject(masked, whole, { start: clause.start, end: clause.start });
  const and = AND_OPENING_BEFORE.exec(masked.slice(Math.max(0, whole.start - 24), whole.start));
  if (!and) return false;
  const comma = whole.start - and[0].length;
  const before = clauseAround(masked, { start: comma, end: comma });
  const verb = finiteVerbs(masked, { start: before.start, end: comma })[0];
  return verb !== undefined && hasSubject(masked, before, verb);
}

/** ", and" (perhaps "then", "later") right before a clause: a conjunct with the subject before. */
const AND_OPENING_BEFORE = /,\s*and(?:\s+(?:then|later|also|subsequently))?\s*$/;

/** Why `predicateOf` last gave no predicate, kept only while a reason trace listens (reason-trace.ts). */
let refusal: string | undefined;

/** No predicate, for `reason`: noted for the reason trace when one listens. */
function refused(reason: string): undefined {
  if (isTracing()) refusal = reason;
  return undefined;
}

/**
 * The predicate a date belongs to: the nearest event noun or finite verb before it, else after it.
 * `ahead`: the date lies after the dateline, so a present of the sentence's first clause may be of
 * the calendar ("The new bridge carries its first traffic on Monday").
 */
function predicateOf(masked: string, clause: Span, date: DateMention, ahead = false): TriggerMatch | undefined {
  const noun = eventNounBefore(masked, clause, date);
  if (noun) return noun;
  const due = dueBefore(masked, clause, date) ?? reservedUntil(masked, clause, date);
  if (due) return due;
  const gerund = gerundOfDate(masked, clause, date);
  if (gerund) return gerund;
  const entry = entryStart(masked, clause, date);
  const calendar = entry === undefined && ahead ? calendarStart(masked, clause, date) : undefined;
  const verbs = finiteVerbs(masked, clause, entry ?? calendar).filter(
    (verb) => !(verb.start >= date.start && verb.end <= date.end),
  );
  const verbAfter = verbs.find((v) => v.start >= date.end);
  // "studied hydrology and in 2016 joined a consulting firm": a date that opens a conjunct dates its verb.
  const opensConjunct = verbAfter && CONJUNCT_OPENER.test(masked.slice(clause.start, date.start));
  const verb = opensConjunct
    ? verbAfter
    : (verbs.filter((candidate) => candidate.end <= date.start).at(-1) ?? verbAfter);
  if (!verb) return refused('no finite verb found for the date');
  if (
    calendar !== undefined &&
    verb.present &&
    (!isCalendarVerb(verb.word) ||
      VERB_GROUP_BEFORE.test(masked.slice(calendar, verb.start)) ||
      !CALENDAR_FOLLOWER.test(masked.slice(verb.end)))
  )
    return refused('a present that tells no calendar');
  if (HOPED_OUTCOME.test(verb.word) && HOPE_BEFORE.test(masked.slice(Math.max(0, verb.start - 12), verb.start)))
    return refused('a hoped outcome');
  // "Under the act, which took effect in January 2025, firms must notify supervisors": a duty is
  // dated by its own date after it ("must stop using gas blowers on Jan. 1"), not by one before.
  if (verb.start >= date.end && DUTY_BEFORE.test(masked.slice(Math.max(0, verb.start - 20), verb.start)))
    return refused('a duty dated by a date of its own');
  const kind = kindOfVerb(masked, verb);
  const head = masked.slice(clause.start, date.start);
  // "will cap rents from March 1": the day a policy act takes effect dates it; "from 2019" bounds a state.
  // So does the day a planned change starts: "Fares will rise by 5% from April 1".
  const takesEffect =
    ((kind === 'policy' || (date.date.precision === 'day' && PLANNED_CHANGE.test(verb.word))) &&
      FROM_DATE.test(head) &&
      /\b(?:will|would|shall)\b/i.test(head)) ||
    LENGTH_FROM.test(masked.slice(verb.end, date.start));
  if (
    BOUNDING_DATE.test(head) &&
    !takesEffect &&
    !isDoneByDeadline(masked, clause, verb, head) &&
    !isDoneByDay(masked, verb, head, date)
  )
    return refused('a date that bounds a state ("since", "until", "from")');
  if (NOT_ASSERTED.test(masked.slice(clause.start, verb.start))) return refused('not asserted');
  if (FORECAST_BEFORE.test(masked.slice(Math.max(0, clause.start - 40), clause.start))) return refused('a forecast');
  if (
    idiomOf(masked, { start: verb.start, end: verb.end, text: verb.word }) === 'none' ||
    isSourceParticiple(masked, verb)
  )
    return refused('an idiom, or the participle of a source');
  const failedVote = FAILED_VOTE.test(masked.slice(verb.start));
  if (
    kind === 'other' &&
    !failedVote &&
    !OFFER_DECISION.test(masked.slice(verb.start)) &&
    !isActSense(masked, verb) &&
    // "set up the charity in 2019" founds it, whatever "set" alone tells.
    ((NOT_EVENT_VERB.test(verb.word) &&
      !setsUp(masked, verb) &&
      !isCaseHeard(masked.slice(clause.start, verb.start), verb) &&
      !concedesContest(masked, verb, clause) &&
      !FLOATED_SHARES.test(masked.slice(verb.start))) ||
      TOLD_BEFORE.test(masked.slice(verb.start)) ||
      RULED_OUT.test(masked.slice(verb.start)) ||
      BECAME_STATE.test(masked.slice(verb.start)) ||
      RECALLED_AS_SPEECH.test(masked.slice(verb.start)))
  )
    return refused('a verb of speech, of a state or of a measure (NOT_EVENT_VERB and its kin)');
  // A participle of a state ("The reforms of 2016 were meant to ...") is none whatever its subject.
  if (
    kind !== 'other' &&
    /^(?:meant|designed|intended|supposed|aimed|seen|considered|thought|believed|known|deemed|regarded|viewed|described)$/i.test(
      verb.word,
    ) &&
    !VERB_KINDS.some(([, pattern]) => pattern.test(masked.slice(verb.start, verb.start + 140)))
  )
    return refused('a participle of a state');
  if (kind === 'other' && isCurrentStretch(masked, date)) return refused('a date of the present stretch');
  if (kind === 'other' && !isHappening(masked, clause, verb, date)) return refused('no happening (isHappening)');
  return { start: verb.start, end: verb.end, text: verb.word, trigger: PREDICATES[kind] };
}

/** A verb of speech or of a state told in the sense of an act (`VERB_AS_ACT`, `PASSIVE_ACT`). */
function isActSense(masked: string, verb: Verb): boolean {
  const phrase = masked.slice(verb.start, verb.start + 120);
  if (VERB_AS_ACT.test(phrase)) return true;
  const before = masked.slice(Math.max(0, verb.start - 16), verb.start);
  // "was first reported": a first report is when the happening came to light; "was confirmed by".
  return (
    PASSIVE_ACT.test(phrase) &&
    PASSIVE_ACT_BEFORE.test(before) &&
    (/^confirmed/i.test(verb.word) || /\bfirst\s+$/i.test(before))
  );
}

/**
 * "Ann Ruiz set up the charity in 2019": a founding, whatever "set" alone tells; so is a start of a
 * journey ("The climbers set off from Zermatt on Monday", "set out for the coast", "set sail"), not "set out
 * its plans" (made public: the announcement rows). Not the participle of an apposition ("The
 * trust, first set up in 2011, manages ...").
 */
const SET_UP_OR_OFF =
  /^set\s+(?:up|off|sail|out\s+(?:from|for|on|at|in|to|towards?|across|early|late|before|after|again|overland)|out\s*[,.;]|out$)\b/i;
function setsUp(masked: string, verb: Verb): boolean {
  return (
    SET_UP_OR_OFF.test(masked.slice(verb.start)) &&
    !/(?:,|\b(?:first|originally|initially|was|were|been|be|being))\s*$/i.test(masked.slice(0, verb.start))
  );
}

/**
 * "The matter will be heard again on December 10", "The appeal is due to be heard in March",
 * "Those cases are likely to be argued in March": a case heard or argued is a court's sitting on
 * it, a happening, whatever "heard" or "argued" alone tells (a sound, news, speech).
 */
function isCaseHeard(head: string, verb: Verb): boolean {
  return /^(?:heard|argued)$/i.test(verb.word) && CASE_HEARD_BEFORE.test(head);
}
/** A case's noun as the subject of a passive "heard": "The matter will be (again) ". */
const CASE_HEARD_BEFORE =
  /\b(?:case|cases|matter|matters|appeal|appeals|petition|application|challenge|plea|motion|suit|lawsuit|claim|complaint|charges?|trial|bail application|writ)\b[^,;]{0,60}?\b(?:be|been|being|is|are|was|were)\s+(?:(?:again|next|further|formally|finally|only)\s+)?$/i;

/**
 * "The company floated on the stock exchange in 2014", "floated its shares on Nasdaq": a listing, whatever "floated" tells of an idea ("floated the plan").
 */
const FLOATED_SHARES =
  /^floated\s+(?:(?:its|their)\s+shares\s+)?(?:on\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:stock\s+(?:exchange|market)|bourse|Nasdaq|NYSE|AIM))\b/i;

/**
 * "Mercer conceded on Dec. 12": "conceded" with no object and no reported clause concedes a contest
 * (an election, a race); "conceded that ..." and "conceded the point" are speech.
 */
function concedesContest(masked: string, verb: Verb, clause: Span): boolean {
  const rest = masked.slice(verb.end, clause.end);
  return (
    /^conceded$/i.test(verb.word) &&
    /^\s*(?:on|late|early|last|yesterday|shortly|hours|minutes|[,.;]|$)/i.test(rest) &&
    !/^[^;]{0,40}?\bthat\b/i.test(masked.slice(verb.end))
  );
}

/** A change planned from a day on: "will rise", "will double", "will go up". */
/**
 * A happening's length, then the day it starts, right after its verb: "will strike for 48 hours from
 * next Tuesday", "will close for two weeks from Monday". The day dates the happening; it bounds no state.
 */
const LENGTH_FROM =
  /^\s+for\s+(?:(?:a|an|the|about|up to|at least|\d+|[a-z]+)[\s-]+){1,3}(?:hours?|days?|nights?|weeks?|months?)\s+(?:starting\s+|beginning\s+)?(?:from|on)\s+$/i;

const PLANNED_CHANGE = /^(?:rise|fall|increase|decrease|go|double|triple|halve|drop|climb|change)$/i;

/** A coordinator, perhaps a preposition, right before a date: "and in 2016", "then on Monday". */
const CONJUNCT_OPENER = /\b(?:and|then|but)\s+(?:(?:in|on|at|during|last|early|late|later)\s+)?$/i;

/** Dates that bound a state rather than date a happening: "since 2011", "by 2028", "until March". */
const BOUNDING_DATE =
  /\b(?:since|by|until|till|through|throughout|before|after|from|between|as of)\s+(?:(?:early|late|mid|the end of|the start of)[\s-]+)?$/i;
/**
 * A verb group that puts an act ahead, right before the verb: "will", "is due to", "expects to",
 * "plans to", "must", "has to", "directed the regulator to".
 */
const PLANNED_GROUP =
  /\b(?:will|shall|must|(?:is|are|am)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?(?:(?:due|set|expected|scheduled|slated|planned|going|poised|required|obliged)\s+)?to|(?:expects?|plans?|intends?|aims?|hopes?|promises?|pledges?|(?:has|have)\s+(?:promised|pledged|agreed|undertaken))\s+to|(?:has|have)\s+to|(?:directed|ordered|instructed|told|asked|required)\s+(?:[\w'’.()-]+\s+){1,5}?to)\s+(?:(?:also|then|now|first|finally|be)\s+)?$/i;
/** Base forms of a state or a trend: what a forecast says of a level, no act ("is expected to ease by March"). */
const STATE_OR_TREND_BASE =
  /^(?:be|remain|stay|have|keep|continue|reach|ease|slow|grow|rise|fall|climb|decline|improve|worsen|recover|stabili[sz]e|peak|level|return|top|exceed|hit|approach|near|shrink|expand|contract|weaken|strengthen|narrow|widen|moderate|cool|pick)$/i;
/** A duty's modal right before its verb: "must", "must also". */
const DUTY_BEFORE = /\bmust\s+(?:(?:also|now|then|first|still)\s+)?$/i;
/**
 * A sentence that opens on the rule it tells of: "Under the ordinance, ...", "Under the new rules,
 * ...". A duty it lays on people ("landscapers must stop using gas blowers on Jan. 1") is the rule's
 * act: policy.
 */
const UNDER_A_RULE = new RegExp(
  String.raw`^\W*Under\s+(?:the|a|an|its|their|this|these|new)\s+(?:[\w'’-]+\s+){0,3}?(?:${POLICY_INSTRUMENT_WORDS})\b`,
);

/** "by" or "by the end of" right before a date: a deadline. */
const BY_DATE = /\bby\s+(?:(?:early|late|mid|the end of|the start of|the middle of)[\s-]+)?$/i;

/**
 * "is due to report by the end of February", "expects to file its report by December 11": a
 * deadline dates an act that a verb group puts ahead; after a state or a trend ("is expected to
 * ease by March") it bounds what is no happening.
 */
function isDoneByDeadline(masked: string, clause: Span, verb: Verb, head: string): boolean {
  return (
    BY_DATE.test(head) &&
    PLANNED_GROUP.test(masked.slice(Math.max(clause.start, verb.start - 80), verb.start)) &&
    !TREND_VERB.test(verb.word) &&
    !PLANNED_CHANGE.test(verb.word) &&
    !STATE_OR_TREND_BASE.test(verb.word)
  );
}

/**
 * "Firefighters contained the blaze by Sunday evening", "Crews restored power by Tuesday night": a
 * simple past done by a day is done that day. Not a pluperfect ("had sold 300 flats by Friday", a
 * state reached), a change or a level ("reached 40C by noon"), nor a month or a year (a stretch).
 */
function isDoneByDay(masked: string, verb: Verb, head: string, date: DateMention): boolean {
  return (
    BY_DATE.test(head) &&
    date.date.precision === 'day' &&
    verb.end <= date.start &&
    PAST_FORM.test(verb.word) &&
    !/\b(?:had|has|have|was|were|been)\s+(?:\w+ly\s+|already\s+|also\s+)?$/i.test(
      masked.slice(Math.max(0, verb.start - 24), verb.start),
    ) &&
    !CHANGE_VERB.test(verb.word) &&
    !TREND_VERB.test(verb.word) &&
    !STATE_VERB.test(verb.word) &&
    !VOLUME_VERB.test(verb.word)
  );
}

const FROM_DATE = /\b(?:from|as of|starting|beginning)\s+$/i;
/** A forecast or a source stands before the verb: "economists expect prices to have ...", "according to". */
/** A clause that a forecast governs: "Analysts predict that the bank will cut rates in July". */
const FORECAST_BEFORE =
  /\b(?:expects?|expected|forecasts?|forecast|predicts?|predicted|projects?|projected|estimates?|anticipates?|bets?|believes?|hopes?|fears?|doubts?)\s+(?:that\s*)?$/i;
const NOT_ASSERTED =
  /\b(?:expects?(?! to\b)|forecasts?|predicts?|projects?|estimates?|according to|based on|hope(?!s?\s+to\b)|hopes(?!\s+to\b)|fear|fears|believe|believes|doubt|doubts|wish|wishes|want|wants)\b/i;

const asVerb = (match: TriggerMatch): Verb => ({ start: match.start, end: match.end, word: match.text });

/**
 * Background, not news: a happening told in a relative clause ("The ministry, which was created in
 * 2019, oversees ...") or an appositive participle ("The plan, first floated in 2021, would ...").
 * Only for happenings of kind `other`: a dated meeting or policy act in a relative clause stays.
 */
function isBackground(masked: string, clause: Span, match: TriggerMatch, date: DateMention): boolean {
  if (match.trigger.kind !== 'other' || match.trigger.nominal) return false;
  // "The talks, which began in March, are expected to continue": a year or a month in a relative
  // clause is background; but what a person did ("the soprano who sang at the reopening in 1999")
  // is a happening of that person's life, told with its own date.
  if (isRelative(masked, clause) && date.date.precision !== 'day' && !isPersonsDeed(masked, clause, match)) return true;
  if (
    isRelative(masked, clause) &&
    /^\s*(?:was|were|had been|has been)\s+$/.test(masked.slice(clause.start, match.start))
  )
    return true;
  return APPOSITIVE_PARTICIPLE.test(masked.slice(Math.max(0, match.start - 40), match.start)) && /ed$/.test(match.text);
}
/** A noun phrase, a comma, an adverb of time and the participle: "The plan, first floated". */
const APPOSITIVE_PARTICIPLE =
  /^(?:[A-Z][\w'’-]*|the|an?)(?:\s+[\w'’-]+){0,3},\s+(?:first|originally|initially|once|previously|long)\s+$|[a-z],\s+(?:first|originally|initially|once|previously)\s+$/;

/** A verb at its clause's start has no subject: "Founded in 1962, the firm ..." is a participle. */
function hasSubject(masked: string, clause: Span, verb: Span): boolean {
  if (isRelative(masked, clause)) return true; // "The fire, which started ...": its antecedent
  // "Grieg, who founded the firm in 1961, retired on Saturday": the relative clause's antecedent.
  if (relativeClosedBefore(masked, clause.start) !== undefined) return true;
  const head = masked.slice(clause.start, verb.start);
  return /[A-Za-z0-9]/.test(head.replace(NOT_A_SUBJECT, ''));
}

/**
 * Words before a verb that are no subject: conjunctions, prepositions and adverbs ("and then",
 * "Separately,", "quickly"); a name that ends in -ly is one ("Italy recalled", "Kelly resigned").
 */
const NOT_A_SUBJECT =
  /\b(?:[Aa]nd|[Oo]r|[Bb]ut|[Tt]hen|[Aa]lso|[Ii]n|[Oo]n|[Aa]t|[Bb]y|[a-z]+ly|[A-Z][a-z]+ly(?=\s*,))\b/g;

/**
 * A year or a bare month that qualifies a noun ("the 2023 rehabilitation programme", "its 2026
 * budget", "will publish the April figures tomorrow": the figures of April) dates no verb.
 */
function isAttributive(masked: string, date: DateMention): boolean {
  return (
    (date.date.precision === 'year' || (date.date.precision === 'month' && BARE_MONTH.test(date.text))) &&
    /\b(?:the|its|their|his|her|our|a|an|this|that)\s+$/i.test(masked.slice(Math.max(0, date.start - 8), date.start)) &&
    /^\s+[a-z]/.test(masked.slice(date.end, date.end + 3))
  );
}

/** A month's name alone, with no year or day: "April", "Sept.". */
const BARE_MONTH = /^[A-Z][a-z]{2,8}\.?$/;

/** "this year", "earlier this week": the current stretch goes with states and trends, not happenings. */
function isCurrentStretch(masked: string, date: Span): boolean {
  const words = masked.slice(Math.max(0, date.start - 8), date.end);
  // "earlier this month" dates a past happening; "this year" alone goes with a state or a trend.
  return /\bthis (?:year|month|week|season)\b/i.test(words) && !/\b(?:earlier|later)\b/i.test(words);
}

/** A table verb of kind `other` over a month or a year that tells a trend: "Exports fell 4% in March". */
export function isTrendOverPeriod(masked: string, clause: Span, match: TriggerMatch, date: DateMention): boolean {
  if (match.trigger.nominal || match.trigger.kind !== 'other' || date.date.precision === 'day') return false;
  // "Support for the party collapsed in 2020": any verb of a measure is a trend, also as what a
  // source reports ("Figures ... showed exports fell in April").
  if (MEASURE_SUBJECT.test(reportedSubject(masked.slice(clause.start, match.start)))) return true;
  return TREND_VERB.test(match.text) && NUMERIC_CHANGE.test(masked.slice(match.end, clause.end));
}

/**
 * The words before a verb, from after a verb of reporting if there is one: "Figures showed
 * [exports]", "The bank said on Monday [inflation would]", "forecast that [growth will]"; a modal
 * before the verb is left out, as a measure's change ahead is a forecast ("inflation would fall to
 * 3% next year").
 */
function reportedSubject(head: string): string {
  const report =
    /^.*\b(?:showed|shows|found|finds|suggested|suggests|indicated|indicates|revealed|reveals|said|says|predicted|predicts|forecast|forecasts|projected|projects|expects|expected|estimated|estimates)(?:\s+(?:on|late on|early on)\s+[A-Z]\w+)?\s+(?:that\s+)?/i.exec(
      head,
    );
  const subject = report ? head.slice(report[0].length) : head;
  return subject.replace(/\b(?:would|will|could|may|might|should)\s+(?:\w+ly\s+)?$/i, '');
}

function isHappening(masked: string, clause: Span, verb: Verb, date: DateMention): boolean {
  const clauseText = masked.slice(clause.start, clause.end);
  if (RATE.test(clauseText)) return false;
  // "Nobody answered the phone on Monday": a subject that denies the act.
  if (DENYING_SUBJECT.test(masked.slice(clause.start, verb.start))) return false;
  // "Rents rose for months in 2023", "campaigned for years": a stretch, no point in time; so is a
  // change or a state over a run of days ("climbed for a third week", "The ceasefire held for a second
  // day on Monday"; "struck for a second day" is a strike).
  const rest = masked.slice(verb.end, clause.end);
  if (LASTING.test(rest) || ((TREND_VERB.test(verb.word) || STATE_VERB.test(verb.word)) && RUN_OF_DAYS.test(rest)))
    return false;
  const phrase = masked.slice(verb.start, clause.end);
  if (RANKING.test(phrase) || AGAINST_STANDARD.test(phrase)) return false;
  // A change by a number over a month or a year is a measurement; on a day, a market move.
  const after = masked.slice(verb.end, clause.end);
  // A reaction to the news just told ("rose 6% after the announcement") is of that news's day.
  const period =
    !(date.anchor === 'previous-event' && date.date.precision === 'day') &&
    !/\b(?:on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/i.test(
      masked.slice(Math.max(clause.start, date.start - 4), date.end),
    );
  if (CHANGE_VERB.test(verb.word) && NUMERIC_CHANGE.test(after) && period) return false;
  // A level over a month or a year: "grew by a fifth in 2024", "traded at $81 a barrel in late May".
  if (period && (TREND_VERB.test(verb.word) || LEVEL_AT.test(after))) return false;
  // A level on any day: "The death toll stood at 31 on Tuesday evening", "Temperatures reached 41C
  // in Seville on Sunday", "The pound was little changed on Tuesday".
  if (STATE_VERB.test(verb.word) && (LEVEL_AT.test(after) || UNCHANGED.test(after))) return false;
  if (
    verb.word === 'changed' &&
    /\b(?:little|barely|hardly|largely|broadly)\s+$/i.test(masked.slice(clause.start, verb.start))
  )
    return false;
  if (
    /^(?:reached|hit|topped|exceeded|passed)$/i.test(verb.word) &&
    LEVEL_SUBJECT.test(masked.slice(clause.start, verb.start))
  )
    return false;
  // A volume over a period: "handled 12 million passengers in 2023", "sold 40,000 cars in May".
  if (period && VOLUME_VERB.test(verb.word) && VOLUME.test(after)) return false;
  if (period && RESULT_OVER_PERIOD.test(after)) return false;
  // A count of times: "was viewed more than 12 million times", "has been shared 40,000 times".
  if (REPEATED.test(after)) return false;
  // A measure as the subject: "Support for the party collapsed in 2020", "Tensions flared in May".
  if (period && MEASURE_SUBJECT.test(reportedSubject(masked.slice(clause.start, verb.start)))) return false;
  return true;
}

/**
 * A passive whose subject is a measure of policy: "The duty is raised to 27.4 per cent", "Its
 * mandate is due to be renewed by the UN Security Council in November".
 */
const POLICY_SUBJECT = new RegExp(
  String.raw`\b(?:rates?|${POLICY_INSTRUMENT_WORDS})(?:\s+(?:on|for|of|against)\s+[^,;]{1,40}?)?\s+(?:is|are|was|were|has been|have been|will be|(?:is|are|was|were)\s+(?:set\s+|due\s+|expected\s+)?to(?:\s+be)?)\s+(?:\w+ly\s+)?$`,
  'i',
);

/**
 * A passive whose subject is news to be made public: "The next update to this bulletin will be
 * issued at 21:00 on Sunday", "The figures were released on Tuesday", and a warning, an alert or a
 * notice issued ("A Status Yellow wind warning has been issued for the whole country", as the eval's
 * conventions read a weather warning issued: an announcement).
 */
const ANNOUNCED_SUBJECT =
  /\b(?:update|updates|bulletin|results|figures|report|data|statistics|minutes|findings|statement|forecast|outlook|list|shortlist|line-?up|timetable|schedule|warnings?|alerts?|notices?|advisor(?:y|ies)|guidance|calendar)(?:\s+(?:on|for|of|to|from)\s+[^,;]{1,40}?)?\s+(?:is|are|was|were|has been|have been|will be|(?:is|are|was|were)\s+(?:set\s+|due\s+|expected\s+)?to\s+be)\s+(?:\w+ly\s+)?$/i;
const MADE_PUBLIC =
  /^(?:issued|published|released|announced|unveiled|revealed|disclosed|posted|made|presented|tabled|given)$/i;
/**
 * A thing made public as the antecedent of a relative clause whose verb makes it public: "according
 * to a post-mortem that Kestrav published on Monday", "the report, which the ministry released on
 * Friday,". The verb's object stands before it, so the rows of VERB_KINDS, which read after it, miss it.
 */
const ANNOUNCED_ANTECEDENT =
  /\b(?:report|post-?mortem|review|audit|study|survey|poll|findings|figures|data|statistics|results|bulletin|update|statement|minutes|calendar|timetable|schedule|list|plan|proposals?|strategy|document|dossier|paper|assessment|analysis|forecast|outlook)\s*,?\s+(?:that|which)\s+(?:[^,;]{1,60}?\s)?$/i;
const PUBLISHING_VERB = /^(?:issued|published|released|unveiled|posted|presented|tabled|disclosed|circulated)$/i;
/** "under an order from the Department of Education", "under the new ban": what the act is done under. */
export const UNDER_AN_ORDER =
  /^[^,;]{0,60}?\bunder\s+(?:an?|the|its|their|a\s+new|new)\s+(?:[\w-]+\s+){0,2}?(?:order|decree|directive|ban|law|ordinance|regulation|regulations|rules|by-?law|injunction)\b/i;
/** A committee, a panel or an inquiry right before its verb group. */
const COMMITTEE_BEFORE =
  /\b(?:committee|subcommittee|panel|inquiry|commission)\b[^,;]{0,60}?\s+(?:(?:will|would|is|are|to|also|then|due|set|expected)\s+)*$/i;

/**
 * A policy instrument or a rate as the object of a relative clause: "The bill, which the assembly
 * passed", "the 16% VAT rate on bread that MPs had scrapped".
 */
const POLICY_OBJECT_BEFORE = new RegExp(
  String.raw`\b(?:rates?|${POLICY_INSTRUMENT_WORDS})(?:\s+(?:on|for|of)\s+[^,;]{1,30}?)?,?\s+(?:which|that)\s+(?:[\w'’.-]+\s+){1,6}$`,
  'i',
);
/** A government body right before its verb: "The government cut the price to 38,000 cedis". */
const GOVERNMENT_SUBJECT =
  /\b(?:government|ministry|cabinet|parliament|legislature|senate|congress|regulator|central bank|treasury|junta)\s+(?:\w+ly\s+|also\s+|then\s+)?$/i;
/** A body that decides by vote, right before its verb: "Councillors", "The planning committee", "Shareholders". */
const DECIDING_BODY_SUBJECT =
  /\b(?:council|councillors|councilors|committee|parliament|legislature|lawmakers|legislators|senators|MPs|assembly|senate|congress|shareholders|members)\s+(?:\w+ly\s+|also\s+|then\s+)?$/i;
/** What such a body does with what is put to it. */
const DECIDING_VERB = /^(?:rejected|refused|approved|backed|endorsed|passed|adopted|overturned)$/i;

/** Verbs by which an authority sets what others pay or may do. */
const SETTING_VERB = /^(?:rais|cut|lower|hik|set|fix|increas|reduc|freez|froze|doubl|halv|slash|cap)\w*$/i;

/** Verbs that make, pass or end an instrument of policy, whatever stands after them. */
const ENACTING_VERB =
  /^(?:pass|approv|adopt|sign|enact|introduc|impos|ratif|issu|grant|publish|scrap|abolish|repeal|revok|lift|suspend|extend|reinstat|restor|rais|cut|lower|hik|increas|reduc|cap)\w*$/i;

/** A day told right after a verb, before its object: " on Monday", " late on Tuesday evening", " yesterday". */
const DAY_AFTER_VERB =
  /^\s+(?:(?:late|early)\s+)?(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)(?=\s+[\w$€£])/;

/**
 * The verb's phrase with a day between the verb and its object left out: "confirmed on Monday 12
 * new cases of cholera" is read as "confirmed 12 new cases", as the verb's kind goes by its object.
 */
function withoutDayAfterVerb(phrase: string, verbEnd: number): string {
  const day = DAY_AFTER_VERB.exec(phrase.slice(verbEnd));
  return day ? `${phrase.slice(0, verbEnd)}${phrase.slice(verbEnd + day[0].length)}` : phrase;
}

function kindOfVerb(masked: string, verb: Verb): EventKind {
  // A compound verb is read whole: "rubber-stamped", "fast-tracked".
  const prefix = /[A-Za-z]+-$/.exec(masked.slice(Math.max(0, verb.start - 20), verb.start))?.[0].length ?? 0;
  const phrase = withoutDayAfterVerb(masked.slice(verb.start - prefix, verb.start + 140), prefix + verb.word.length);
  // A verb in a sense that tells no act of its kind ("lifted the trophy") is a plain happening.
  if (isIdiom(masked, { start: verb.start, end: verb.end, text: verb.word })) return 'other';
  const kind = VERB_KINDS.find(([, pattern]) => pattern.test(phrase))?.[0] ?? 'other';
  if (kind !== 'other') return kind;
  const before = masked.slice(Math.max(0, verb.start - 80), verb.start);
  if (isForceUsed(phrase, before)) return 'conflict';
  if (DUTY_BEFORE.test(before) && UNDER_A_RULE.test(masked)) return 'policy';
  if (POLICY_SUBJECT.test(before)) return 'policy';
  if (ANNOUNCED_SUBJECT.test(before) && MADE_PUBLIC.test(verb.word)) return 'announcement';
  if (ANNOUNCED_ANTECEDENT.test(before) && PUBLISHING_VERB.test(verb.word)) return 'announcement';
  // "Schools will close on Monday under an order from the Department of Education": a rule's act.
  if (UNDER_AN_ORDER.test(masked.slice(verb.end, verb.end + 120))) return 'policy';
  // "The standing committee will hold hearings on the hospital wing from July 14 to 16".
  if (COMMITTEE_BEFORE.test(before) && /^hold\w*\s+(?:\S+\s+){0,2}?hearings?\b/i.test(phrase)) return 'meeting';
  if (GOVERNMENT_SUBJECT.test(before) && SETTING_VERB.test(verb.word)) return 'policy';
  // "Councillors rejected the plan on Tuesday": a body that decides by vote, deciding.
  if (DECIDING_BODY_SUBJECT.test(before) && DECIDING_VERB.test(verb.word)) return 'policy';
  // "The cabinet decided on Tuesday to freeze public-sector pay": a government's decision to act.
  if (
    GOVERNMENT_SUBJECT.test(before) &&
    /^(?:decided|resolved)$/i.test(verb.word) &&
    /^\s+(?:\S+\s+){0,4}?to\s/i.test(masked.slice(verb.end, verb.end + 60))
  )
    return 'policy';
  const decided = decidedStepKind(masked.slice(verb.end, verb.end + 140), verb.word);
  if (decided) return decided;
  return ENACTING_VERB.test(verb.word) && POLICY_OBJECT_BEFORE.test(before) ? 'policy' : kind;
}

/** A decision's verb, and the words up to the infinitive of the step decided: "decided on Monday to ". */
const DECIDING_TO = /^(?:decided|resolved|opted|chose)$/i;
const TO_STEP = /^\s+(?:(?!to\b)\S+\s+){0,4}?to\s+/i;

/**
 * A decision to take a step is of the step's kind: "The city council decided on Monday to scrap the
 * parking fee" is a policy act, "resolved to publish the report" an announcement. `after`: the words
 * after the verb. Undefined when the step is of no kind of its own (a happening, "decided to close the
 * shop", which the trigger table reads, or speech).
 */
function decidedStepKind(after: string, word: string): EventKind | undefined {
  if (!DECIDING_TO.test(word)) return undefined;
  const to = TO_STEP.exec(after);
  if (!to) return undefined;
  const step = after.slice(to[0].length);
  return VERB_KINDS.find(([, pattern]) => pattern.test(step))?.[0];
}

/**
 * What is due or expected on (or by) a date, its noun perhaps with a complement: "Results are due
 * on Feb. 5", "Second-season data from a subset of 3,000 participants are expected next summer",
 * "A decision on their future is expected by mid-February"; and one due in court: "He is due in
 * magistrate court on Jan. 12" (an appearance, a court's sitting).
 */
const DUE =
  /\b(?!(?:it|this|that|which|what|who|there)\s)(results|earnings|figures|data|report|statement|ruling|verdict|decision|\w+)(?:\s+(?:from|of|for|on)\s+(?:[^,;]|(?<=\d),(?=\d{3}\b)){1,60}?)?\s+(?:(?:is|are)\s+(?:now\s+|also\s+|still\s+)?(due|scheduled|slated|set|expected|planned|timetabled|pencil(?:l)?ed in)|(?:was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(scheduled|slated|set|called|fixed|timetabled)(?=\s+for\b))\s+(?:(?:to\s+(?:take\s+place|be\s+held|be\s+delivered|be\s+announced|be\s+published)\s+|(?:to\s+appear\s+)?(?:back\s+)?(?:in|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?court\s+)?(?:on|in|at|for|out on|out in|back on|by(?:\s+(?:the\s+(?:end|start|middle)\s+of|early|late|mid)[\s-]*)?))?\s*$/i;
const REPORTED_THINGS = /^(?:results|earnings|figures|data|report|statement)$/i;
/**
 * A subject whose head is a thing made public, before a phrase that says whose or about what:
 * "Second-season data from a subset of about 3,000 participants (are expected next summer)",
 * "Results from the phase 3 trial (are due in September)", "The findings of the inquiry".
 */
const REPORTED_SUBJECT =
  /\b(?:results|earnings|figures?|data|reports?|statements?|findings|minutes|numbers|estimates|accounts)\s+(?:from|of|on|for|about|into)\b(?:[^,;]|\d,\d)*$/i;

/** "Fourth-quarter results are due on Feb. 5": what is due on a date is told (or decided) then. */
function dueBefore(masked: string, clause: Span, date: Span): TriggerMatch | undefined {
  const found = DUE.exec(masked.slice(clause.start, date.start));
  const word = found?.[2] ?? found?.[3];
  if (!found || !word) return undefined;
  const start = clause.start + found.index + found[0].lastIndexOf(word);
  const subject = masked.slice(clause.start, clause.start + found.index) + (found[1] ?? '');
  const kind: EventKind =
    REPORTED_THINGS.test(found[1] ?? '') || REPORTED_SUBJECT.test(subject) ? 'announcement' : 'other';
  return { start, end: start + word.length, text: word, trigger: PREDICATES[kind] };
}

/**
 * "District Judge Helen Okafor reserved her judgment until July 21": a court that reserves its
 * judgment names the day it will give it; the judgment is the happening of that day.
 */
const RESERVED_UNTIL = new RegExp(
  String.raw`${RESERVING}(judge?ment|ruling|decision|verdict|sentence|sentencing|orders?)\s+(?:\w+\s+){0,3}?(?:until|till|to|for)\s+$`,
  'i',
);

function reservedUntil(masked: string, clause: Span, date: Span): TriggerMatch | undefined {
  // "until" ends a clause: the words before the date reach back past the clause's start.
  const from = Math.max(0, clause.start - 80);
  const found = RESERVED_UNTIL.exec(masked.slice(from, date.start));
  const noun = found?.[1];
  const trigger = NOUN_PREDICATES.other;
  if (!found || !noun || !trigger) return undefined;
  const start = from + found.index + found[0].lastIndexOf(noun);
  return { start, end: start + noun.length, text: noun, trigger };
}

/** An event noun whose own phrase holds the date: "the death of X on April 21", "a hike in mid-April". */
function eventNounBefore(masked: string, clause: Span, date: Span): TriggerMatch | undefined {
  const text = masked.slice(0, date.start);
  EVENT_NOUN.lastIndex = clause.start;
  let last: RegExpExecArray | undefined;
  for (let match = EVENT_NOUN.exec(text); match; match = EVENT_NOUN.exec(text)) last = match;
  const noun = last?.[1];
  if (!last || !noun) return undefined;
  const start = last.index + last[0].length - noun.length;
  const between = masked.slice(start + noun.length, date.start);
  // Only "of ..." and a preposition may stand between the noun and its date.
  if (!/^(?:\s+of\s+[^,;]{1,50}?)?\s+(?:on|in|at|of|since)?\s*$/i.test(between)) return undefined;
  const kind: EventKind = POLICY_NOUN.test(noun) ? 'policy' : 'other';
  const trigger = NOUN_PREDICATES[kind];
  if (!trigger) return undefined;
  return { start, end: start + noun.length, text: noun, trigger };
}

/** A gerund right after a preposition of time: "before joining", "since leaving", "after first winning". */
const GERUND_OF_TIME =
  /\b(?:after|before|since|following|upon)\s+(?:(?:first|finally|formally|officially)\s+)?([a-z]{3,}ing)\b/gi;
/** A gerund at the start of a text, right after a shift that ends in "after" or "before". */
const GERUND_AFTER_SHIFT = /^\s+(?:(?:first|finally|formally|officially)\s+)?([a-z]{3,}ing)\b/i;
/** Gerunds of a state, an activity or speech, and nouns in -ing: no happening of a day. */
const NOT_EVENT_GERUND =
  /^(?:being|having|doing|saying|telling|seeing|hearing|thinking|trying|looking|talking|speaking|waiting|working|living|studying|serving|spending|playing|training|staying|remaining|reading|watching|considering|reviewing|meeting|during|morning|evening|spring|nothing|something|anything|everything|wedding|briefing|building|funding|ruling|bombing|shooting|ceiling|feeling|king|ring|thing)$/i;

/** A gerund right after a preposition of time, whose subject is its main clause's: "..., before selling the unit". */
function isGerundOfTime(masked: string, match: Span): boolean {
  return GERUND_BEFORE.test(masked.slice(Math.max(0, match.start - 30), match.start));
}
const GERUND_BEFORE = /\b(?:after|before|since|following|upon)\s+(?:(?:first|finally|formally|officially)\s+)?$/i;

/**
 * A gerund after a preposition of time whose own phrase holds the date ("scored 19 goals before
 * joining Kessling in January", "has not spoken since leaving office in 2019") or that the date's
 * shift names ("retired on Friday, two weeks after winning her third world title", dated two weeks
 * before Friday): the gerund is the date's predicate, a happening of the clause's subject.
 */
function gerundOfDate(masked: string, clause: Span, date: DateMention): TriggerMatch | undefined {
  const gerund = (start: number, word: string): TriggerMatch | undefined => {
    if (NOT_EVENT_GERUND.test(word)) return undefined;
    const verb = { start, end: start + word.length, word };
    return { ...verb, text: word, trigger: PREDICATES[kindOfVerb(masked, verb)] };
  };
  if (/(?:after|before)$/i.test(date.text)) {
    const shifted = GERUND_AFTER_SHIFT.exec(masked.slice(date.end, clause.end));
    const word = shifted?.[1];
    if (shifted && word) return gerund(date.end + shifted[0].length - word.length, word);
  }
  const head = masked.slice(0, date.start);
  // A clause boundary (", before") may have taken the preposition: look from just before the clause.
  GERUND_OF_TIME.lastIndex = Math.max(0, clause.start - 12);
  let last: RegExpExecArray | undefined;
  for (let match = GERUND_OF_TIME.exec(head); match; match = GERUND_OF_TIME.exec(head)) last = match;
  const word = last?.[1];
  if (!last || !word) return undefined;
  const start = last.index + last[0].length - word.length;
  // Only the gerund's own phrase stands between it and the date: no comma, no other clause.
  const between = masked.slice(start + word.length, date.start);
  if (/[,;:]|\b(?:and|but|or|when|while|as|because|who|which|that)\b/i.test(between) || between.length > 80)
    return undefined;
  if (finiteVerbs(masked, { start: start + word.length, end: date.start }).length > 0) return undefined;
  return gerund(start, word);
}

/** The status of a dated clause's predicate: its trigger's, except that what "is due" is to come. */
export function datedClauseStatus(masked: string, clause: Span, match: TriggerMatch): Reading {
  const reading = cancellingActStatus(masked, clause, match) ?? triggerStatus(masked, clause, match);
  // What "is due" on a date is still to come.
  return reading === 'occurred' && /^due$/i.test(match.text) ? 'scheduled' : reading;
}

const CANCELLING_VERB = /^(?:cancel(?:l)?ed|scrapped|shelved|abandoned|called off)$/i;
const ADJOURNING_VERB = /^adjourn(?:ed|s)$/i;
const MOVING_VERB = /^(?:pushed|put|postponed|delayed|deferred|moved|brought|extended)(?:\s+(?:back|forward))?$/i;
const DEADLINE_OBJECT =
  /^\s+(?:back\s+|forward\s+)?(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:deadline|cut-?off|closing date)\b/i;
/** A passive's auxiliary ("was scrapped", "has been shelved"); a perfect's "had" is active ("that MPs had scrapped"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i;

/**
 * "The council scrapped the speed limit on Monday": a cancelling verb in the active voice that
 * tells a policy act is itself the act, which occurred. (A cancelled happening, "Aer Lingus
 * cancelled 34 flights", stays cancelled: the flights are the event.) Undefined when the verb is not such an act (the trigger's own reading stands).
 */
function cancellingActStatus(masked: string, clause: Span, match: TriggerMatch): Reading | undefined {
  if (match.trigger.nominal) return undefined;
  // "The court on Monday adjourned the case to Friday", "pushed back the deadline to July 15":
  // adjourning a case or moving a deadline is the act, which occurred; what is put off goes on
  // later, and a deadline is no happening. ("The hearing was adjourned" stays put off.)
  const adjourning =
    ADJOURNING_VERB.test(match.text) ||
    (MOVING_VERB.test(match.text) && DEADLINE_OBJECT.test(masked.slice(match.end, clause.end)));
  if (!adjourning && (match.trigger.kind !== 'policy' || !CANCELLING_VERB.test(match.text))) return undefined;
  if (PASSIVE_BEFORE.test(masked.slice(clause.start, match.start))) return undefined;
  const blanked = `${masked.slice(0, match.start)}${' '.repeat(match.end - match.start)}${masked.slice(match.end)}`;
  return triggerStatus(blanked, clause, match);
}

/**
 * A verb of the trigger table read in a parenthetical relative clause before a main clause of a
 * state ("The plant, which closed in 2009, is now a museum"): background, as `isBackground` reads a
 * dated clause's verb there. The caller checks that the date is a month's or a year's.
 */
export function isBackgroundDeed(masked: string, clause: Span, match: TriggerMatch): boolean {
  return (
    !match.trigger.nominal &&
    isRelative(masked, clause) &&
    STATE_MAIN_CLAUSE.test(masked.slice(clause.end)) &&
    !isPersonsDeed(masked, clause, match)
  );
}

/** A main clause in the present after the relative clause's comma: "is now a museum", "owes", "lives in". */
const STATE_MAIN_CLAUSE = /^\s*,\s*(?:(?:now|still|also)\s+)?(?:is|are|remains?|(?!was\b|has\b|does\b)[a-z]{2,}s)\b/;

/**
 * "the soprano who sang at the reopening in 1999, died on Tuesday", "Hessler, which sold its last
 * plant in 2023, declined to comment", "Hanzal, who left office that year, did not reply": an active
 * verb right after "who" or "which", in a sentence whose main clause goes on in the past, telling what
 * the antecedent did or did not do. In a profile whose main verb is a state ("Frehner, who married in
 * 2001, lives in Zug"; "The talks, which began in March, are expected to continue") the relative
 * clause stays background.
 */
function isPersonsDeed(masked: string, clause: Span, match: TriggerMatch): boolean {
  return (
    /\b(?:who|which)\s*$/.test(masked.slice(Math.max(0, clause.start - 8), clause.start)) &&
    /^\s*$/.test(masked.slice(clause.start, match.start)) &&
    PAST_MAIN_CLAUSE.test(masked.slice(clause.end))
  );
}

/**
 * The main clause after a relative clause's closing comma, told in the past: a simple past ("died",
 * "declined to comment", "won") or a past or perfect denied ("did not reply", "has not commented").
 */
const PAST_MAIN_CLAUSE =
  /^\s*,\s*(?:\w+ly\s+)?(?:(?:did|could|would|has|have|had)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?[a-z]+|[a-z]+ed|said|told|won|lost|left|met|fled|flew|went|came|wrote|spoke|gave|took|made|quit)\b/;

function isRelative(masked: string, clause: Span): boolean {
  return /\b(?:which|who)\s*$/.test(masked.slice(Math.max(0, clause.start - 8), clause.start));
}

/** A run of capitalised words ("Nordvik", "Verdant Cells") that opens the clause, then what may stand before its verb. */
const NAME_BEFORE_VERB =
  /(?:^|,)\s*(?:[•*–—-]\s*)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})(?:\s+(?:first|also|then|later|\w+ly))?(?:\s+(?:was|were|is|are|has|have|had|will|would)(?:\s+(?:be|been))?)?\s*$/;
const NAME_BEFORE_RELATIVE = /([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}),?\s*(?:which|who)\s*$/;

/**
 * The organisation a clause's subject names by a short form the actors stage did not link
 * ("Nordvik completed ..." for Nordvik Oyj; "Orbis, which employs ..., was spun out" for Orbis
 * Silicon): the one known organisation whose name or alias starts with the subject's words.
 */
export function shortFormSubject(
  masked: string,
  clause: Span,
  match: Span,
  actors: Iterable<ActorDraft>,
): string | undefined {
  const name = isRelative(masked, clause)
    ? NAME_BEFORE_RELATIVE.exec(masked.slice(0, clause.start))?.[1]
    : NAME_BEFORE_VERB.exec(masked.slice(clause.start, match.start))?.[1];
  if (!name || /^(?:The|A|An|On|In|At|By|Last|This|Next|Its|Their|His|Her)\b/.test(name)) return undefined;
  const starts = (full: string): boolean => full === name || full.startsWith(`${name} `);
  const found = [...actors].filter(
    (actor) => actor.kind !== 'person' && (starts(actor.name) || actor.aliases.some(starts)),
  );
  return found.length === 1 ? found[0]?.id : undefined;
}
