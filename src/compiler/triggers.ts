/**
 * Event triggers: the words that say an event happened ("met", "arrived in", "banned", "invasion of")
 * and the clause around them. Each trigger is a named pattern of one event kind; `nominal` triggers
 * are nouns ("his visit to", "Russia's invasion of"), whose agent is a possessive before them.
 * Triggers are searched in a sentence whose quotations are blanked out, so that events told inside a
 * quotation are not events of their own.
 */
import type { EventKind } from '../model/event-list.ts';
import { COUNT_WORDS } from './calendar.ts';
import type { Span } from './types.ts';
import { FIRST_WORD, PrefixTrie, wordPrefixes, type PrefixReach } from './word-prefixes.ts';

export interface Trigger {
  kind: EventKind;
  /** Short stable name, part of the event's id for kinds where one day can hold several events. */
  name: string;
  pattern: RegExp;
  nominal?: boolean;
  /** A noun that is one only after a determiner or a possessive ("a rally", "Saturday's match"). */
  determined?: boolean;
  /** Names the happening itself, so it is news without a named agent ("Demonstrators gathered"). */
  happening?: boolean;
}

export interface TriggerMatch extends Span {
  trigger: Trigger;
  text: string;
}

/**
 * A trigger's pattern is case-insensitive, but a capital it asks for ("left" before a place name,
 * "welcomed" before a guest) must be one: each `[A-Z]` becomes a group that `findTriggers` checks.
 */
const t = (kind: EventKind, name: string, source: string, nominal = false, determined = false): Trigger => ({
  kind,
  name,
  pattern: new RegExp(`\\b(?:${source.replaceAll('[A-Z]', '([A-Z])')})\\b`, 'gi'),
  nominal,
  ...(determined ? { determined } : {}),
});

/** True when every capital a pattern asked for is one (its `[A-Z]` groups; see `t`). */
function capitalsHold(match: RegExpExecArray): boolean {
  return match.slice(1).every((group) => group === undefined || /^[A-Z]$/.test(group));
}

/** Nouns of an armed assault: "the attack", "Sunday's ambush", "the raids". */
const ASSAULT_NOUNS =
  'attacks?|ambush(?:es)?|raids?|bombings?|assaults?|airstrikes?|air strikes?|drone strikes?|missile strikes?|massacres?|suicide bombings?|incursions?';
/** Nouns of an accident, a disaster or a crime: "the crash", "the fire", "the incident". */
const MISHAP_NOUNS =
  'accidents?|crash(?:es)?|collisions?|explosions?|blasts?|fires?|blazes?|incidents?|robber(?:y|ies)|burglar(?:y|ies)|heists?|break-ins?|kidnappings?|abductions?|landslides?|mudslides?|floods?|flooding|earthquakes?|quakes?|tremors?|attempted (?:murder|robbery)|murders?|killings?|assassinations?|weddings?|collapses?|spills?|leaks?|sinkings?';
/**
 * After an event's noun, the verb that says it happened, past a parenthesis or a short complement:
 * "The attack, which killed 12, took place on Sunday", "The crash on the A1 occurred at 6am".
 */
const HAPPENED_AFTER = String.raw`(?=(?:,[^,;]{1,80},| (?:on|against|in|at|near|outside|inside|off|by|of|involving) [^,;]{1,40}?)? (?:(?:also|reportedly|apparently|allegedly|actually|then|later|first) )?(?:took place|takes place|happened|happens|occurred|occurs|(?:was|were) (?:carried out|staged|launched|mounted)|unfolded))`;
/**
 * What follows "would" or "will" in speech that tells no plan of the speaker's own: a negation, a
 * state, a wish or a prediction ("would be a disaster", "would like to", "would remain"), a vow to
 * oppose ("would fight the plan": a statement). A step that can be taken is a plan ("would appeal
 * the ban", "would challenge the cap in court").
 */
export const NOT_A_PLAN = String.raw`(?:not|never|be(?!\s+\w+ing)|have|like|love|prefer|consider|welcome|expect|hope|need|want|wish|continue|remain|stay|fight|oppose|resist|vote\s+against)\b`;
/**
 * What follows a pledge's "to" that is no step of the speaker's own: a vow to oppose, to keep on or to
 * try ("vowed to fight the closure", "promised to continue", "pledged to do everything"), a determiner
 * or a pronoun ("pledged support to the town": a noun's complement).
 */
const NOT_A_STEP = String.raw`(?:fight|oppose|resist|block|defeat|stop|continue|keep|remain|stay|be|do|bring|hunt|avenge|crush|punish|never|not|respect|uphold|defend|protect|support|stand|work|press|push|ensure|make|seek|try|find|get|look|help|cooperate|honou?r|abide|comply|retaliate|win|the|a|an|its|their|his|her|this|that|these|those|our|my|your|some|all|any|every|each|both|him|them|us|me|it)`;

/** The instruments of policy: what a government, legislature or regulator makes, grants or ends. */
export const POLICY_INSTRUMENT_WORDS = String.raw`laws?|bills?|acts?|motions?|resolutions?|amendments?|reforms?|bans?|tax(?:es)?|tariffs?|dut(?:y|ies)|levy|levies|(?:congestion |service )?charges?|fines?|fees?|rules?(?! of law\b)|regulations?|decrees?|(?:executive )?orders?|curfews?|licen[cs]es?|permits?|permission|approval|sanctions|visas?|embargo(?:es)?|moratori(?:um|a)|quotas?|caps?|(?:speed )?limits?|subsid(?:y|ies)|state of emergency|emergency|guidelines|measures?|polic(?:y|ies)|budget|treaty|(?:diplomatic )?(?:relations|ties)|minimum wage|lockdown|restrictions|controls|curbs|mandates?|exemptions?|waivers?|asylum|citizenship|merger|takeover|acquisition|deal|clearance|go-ahead|green light|consent|assent|pacts?|accords?|conventions?|charters?|constitution|protocols?|directives?|ordinances?|by-?laws?|statutes?`;
/**
 * A body named by its common noun after "the", as the subject of the plan a speaker tells: the
 * speaker's own side or the institution they speak for ("said the airline would cut 300 jobs", "the
 * mayor said the city would appeal the ruling", "the premier said the province would cap rents").
 */
export const OWN_BODY = String.raw`(?:company|firm|government|ministry|group|agency|bank|council|board|club|union|party|airline|carrier|operator|city|town|county|state|province|region|department|hospital|university|college|school|league|federation|museum|team|police|army|military|authority|regulator|administration|cabinet|utility|railway|port|airport|charity|trust|festival|organi[sz]ers|studio|broadcaster|retailer|carmaker|insurer|lender|miner|commission|committee|service|network|project|campaign)`;

/**
 * A step of the speaker's own side told as under way: "said it is cutting 200 jobs", "said they were
 * scrapping the bus lane", "said it is to close the depot". Only verbs of a step taken (not "is
 * looking at", "was considering", "is working with", which tell a state or a wish: a statement). One space
 * between the words, so that a quotation blanked out between them ("was “doing everything” to") is no step.
 */
export const STEP_UNDER_WAY = String.raw`(?:is|are|was|were) (?:now |also |already )?(?:(?:cutting|closing|shutting|scrapping|axing|shedding|sending|deploying|selling|buying|acquiring|raising|lowering|launching|opening|reopening|moving|relocating|pulling|withdrawing|suspending|halting|recalling|ending|introducing|building|hiring|adding|dropping|delaying|postponing|cancell?ing|extending|expanding|increasing|reducing|freezing|investing|appealing|leaving|quitting|resigning|stepping down|retiring|merging|laying off|phasing out|banning|lifting|releasing|donating|doubling|halving|slashing|trimming|boosting|restoring|suing|filing|imposing|scaling back)\b|to (?!(?:be|blame|thank|credit|have)\b)[a-z]{3,}\b)`;

/**
 * A contest's own nouns, as the happening: "Saturday's game was postponed", "Sunday's final was won
 * by Leinster", "Sunday's defeat to Dunmore". Not a game that is a pastime or a product ("a video
 * game", "the game of politics", a rate: "22 points a game"), nor "final" before its noun ("the final report"); nor a contest
 * that is the setting of another event ("met Lind at the game on Sunday", "after the final"),
 * whose date is that event's.
 */
const CONTEST_NOUNS = String.raw`(?<!\b(?:at|after|before|during|of|since|until|following|in|from|for|to|into|with|despite|ahead of|watched|watch|watching|attended|attend|attending)\s+(?:\S+\s+){0,3})(?:(?<!\b(?:video|board|computer|mobile|online|card|waiting|blame|long|political|numbers|guessing|power|shell|ball|end|mind|war|party|new) )(?<!\bper |\d[\w,.]*\s+(?:[a-z]+\s+)?a )games?(?! (?:of|plan|plans|changer|changers|show|shows|theory|console|consoles|developer|developers|studio|studios|industry|engine|design|designer)\b)|(?:semi-?|quarter-?)?finals?(?= (?:was|were|is|are|will|has|had|on|at|in|between|against|of|at)\b|[,.;])|play-?offs?(?= (?:was|were|is|are|will|has|had|on|at|in|between|against)\b|[,.;])|(?:defeat|victory|win)(?= (?:over|against|to|at|in|on|by|was|had|has|left|lifted|put|sent|took|ended|kept|moved|means|meant)\b|[,.;]))`;

/**
 * What a business lifts or raises when it tells its figures, not a ban lifted: "lifted its profit
 * outlook", "lifts full-year guidance", "lifted its stake in Ondo".
 */
const FIGURES_RAISED = String.raw` (?:its |their |the )?(?:[\w-]+ ){0,2}?(?:outlook|forecasts?|guidance|targets?|estimates?|dividend|payout|stake|holding|offer|bid|output|production|prices?|sales|profits?|revenues?|earnings|shares?)\b`;

/** Sports fixtures: "the cup final", "a World Cup qualifier", "the derby". */
const FIXTURE = String.raw`(?:final|semi-finals?|semifinals?|quarter-finals?|quarterfinals?|match|play-?offs?|qualifier|friendly|derby|tie|game|fixture|league|group stage|knockout stage|round|(?:first|second|return) leg)`;
/** Not a fixture after all: "met in the final round of talks", "in the second round of negotiations". */
const NOT_FIXTURE_AFTER = String.raw`(?! (?:round |stage |phase |session )?(?:of|on) (?:the )?(?:talks|negotiations|consultations|discussions|voting|ballot)\b)`;
/** A sports team's name by its suffix: "Dunmere United", "Hollins Rovers", "Tema Harbour FC". */
const TEAM = String.raw`(?:[A-Z][\w'’-]+ ){1,3}?(?:United|Rovers|FC|AFC|Athletic|Wanderers|Albion|Rangers|Hotspur|Dynamo)\b`;
/** How a sports page names a side it puts before the side's name: "host leaders Eastfield". */
const SIDE_LABEL = String.raw`(?:leaders|champions|holders|title rivals|rivals|neighbours|neighbors|bottom side|bottom club|promoted|relegated|newly promoted|cup holders|league leaders)`;

/**
 * A date after "on": "seized on Monday", "fired two missiles on Nov. 5" tell when, not what the verb
 * acts on ("seized on the remarks", "fired on protesters").
 */
const DATE_AFTER_ON = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?= ))`;

/**
 * What is named without being given a post: a storm, a squad or a line-up, the dead, a victim or a
 * suspect, a winner ("The Met Office named Storm Ida", "named his squad for the tour", "Police named
 * the victim"). Naming these makes them public (an announcement, dated-clauses.ts), no appointment.
 */
const NAMED_NO_POST = String.raw`(?! (?:(?:the|a|an|his|her|their|its|a new|the new)\s+)?(?:[\w'’-]+\s+){0,2}?(?:storms?|Storm|squads?|teams?|line-?ups?|sides?|shortlists?|victims?|dead|suspects?|winners?|finalists|nominees|culprits?|attackers?|gunman|gunmen|driver|pilot)\b)`;

/** Armed bodies as a subject: "Troops", "rebels", "government forces". */
const ARMED_BODY = String.raw`(?:troops|soldiers|forces|army|militants|rebels|fighters|militias?|militiamen|insurgents|jihadists|paramilitaries|guerrillas)`;
/** What may stand between an armed body and its verb: "Rebels had reportedly pushed into". */
const ARMED_AUXILIARIES = String.raw`(?:(?:had|have|has|also|then|later|again|reportedly|briefly|repeatedly) )*`;

/**
 * A meeting named as what a record made public is of, or what a calendar made public is for, is no
 * meeting of its clause: "will publish the minutes of this Monday's session on December 7",
 * "released its calendar for the December argument session" tell the publishing, the day the
 * record or the calendar comes out. (As a subject, "The minutes of the meeting will be published on June 19", the noun stays and
 * the clause tells no event: false-positives.test.ts.)
 */
const NOT_A_RECORD_OF = String.raw`(?<!\b(?:publish|release|post|circulate|issue|make public)\w* (?:the|its|their|a) (?:(?:minutes|transcripts?|records?|recordings?|summary|summaries|readouts?|footage|video) of|(?:calendar|agenda|schedule|timetable|programme|program|order paper|list of cases) (?:for|of)) (?:(?:the|this|that|its|their|last|next|[\w.'’-]+['’]s|[A-Z][\w.'’-]*) ){0,3}(?:[\w-]+ ){0,2})`;

/**
 * A noun after a preposition is the setting of another happening, told before: "The leu firmed after
 * the announcement", "Shares fell following publication of the figures".
 */
const NOT_A_SETTING = String.raw`(?<!\b(?:after|before|following|since|until|despite|ahead of|amid|upon|over|about|on|at|to|of|from|in|with|by|for|into|against) (?:(?:the|this|that|its|their|his|her|[\w.'’-]+['’]s?) (?:[\w-]+ ){0,2})?)`;

/** The trigger table. Order matters only for ties at one offset (the first wins). */
/** "killed in the crash", "killed when a bus overturned": deaths in an accident or a disaster, no attack. */
const ACCIDENT_WORDS = String.raw`crash|crashed|collided|collision|collapsed|collapse|fire|blaze|wildfire|bushfire|explosion|exploded|blast|flood|floods|landslide|mudslide|earthquake|storm|tornado|hurricane|typhoon|cyclone|tsunami|avalanche|eruption|erupted|accident|derailed|derailment|capsized|sank|sinking|shipwreck|stampede|overturned`;
/** A disaster, an accident or an illness as what killed: "The sinking of the ferry killed 12", "A tornado killed four". */
const KILLER_NOUNS = String.raw`accident|crash|collision|explosion|blast|fire|blaze|wildfire|bushfire|flood|floods|flooding|landslide|mudslide|earthquake|quake|storm|tornado|hurricane|typhoon|cyclone|tsunami|blizzard|heatwave|heat wave|avalanche|eruption|derailment|sinking|shipwreck|capsizing|stampede|collapse|outbreak|epidemic`;
const NOT_IN_AN_ACCIDENT = String.raw`(?! [^.;]{0,40}?\b(?:when|after|as|in) (?:an? |the |their |his |her )?(?:[\w-]+ ){0,3}?(?:${ACCIDENT_WORDS})\b)`;

/**
 * What is unveiled in place, built or made by hand, is opened or shown, not made public as news:
 * "The museum unveiled a new wing", "unveiled a statue of the poet", "unveiled a plaque".
 */
const NOT_A_THING_UNVEILED = String.raw`(?! (?:(?:a|an|the|its|their|his|her|two|three|several) )?(?:[\w'’-]+ ){0,3}?(?:wing|statue|statues|memorial|plaque|monument|mural|portrait|sculpture|bust|gallery|building|extension|stand|pavilion|garden|fountain|headstone|stone|artwork|painting|installation|exhibit|exhibition|tapestry|stained-glass window)\b)`;

/**
 * Who is called or rung: an office after a possessive or "the", with the holder's name in
 * apposition ("her Chilean counterpart, Pablo Soto,", "the Chilean president"), or a name ("Pablo
 * Soto", "Chilean President Pablo Soto"), its words read shortest first (see the call row). The
 * office comes first: the case-blind name words would take "the Chilean president" too.
 */
const CALLEE = String.raw`(?:(?:his|her|their|its|the) (?:[\w-]+ ){0,2}?(?:counterpart|opposite number|president|prime minister|premier|chancellor|king|queen|emir|leader|foreign minister|secretary of state)(?:, [A-Z][^,.;]{1,40},)?|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)??(?: [A-Z][\w.'’-]*)??(?: [A-Z][\w.'’-]*)??(?: [A-Z][\w.'’-]*)??)`;
/** What follows the one called when the verb tells a call: a day, a purpose, or when it came. */
const AFTER_CALLEE = String.raw`(?:on|late on|early on|last|this|yesterday|to (?:offer|discuss|express|congratulate|convey)|after|shortly after|(?:[\w-]+ )?(?:hours|minutes|days) after)`;

/**
 * A count before "votes" after "voted": the tally of the vote told by the verb ("voted by nine
 * votes to four"), not a second vote, which would take the verb's subject from it. Without the
 * verb the tally tells the vote ("backed the plan by five votes to two").
 */
const VOTE_COUNT = String.raw`\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;

/**
 * A news outlet spoken to, which is no one met: "spoke to Reuters on Tuesday", "talked to Sky News",
 * "spoke to CNN". Wire services by name, and names that end in a word for a medium.
 */
const OUTLET_NAME = String.raw`(?:(?:Reuters|Bloomberg|Xinhua|Interfax|Tass|TASS|Kyodo|Yonhap|Anadolu|Politico|Axios|Bernama|Efe|EFE|AFP|AP|BBC|CNN|CNBC|NPR|PBS|ABC|CBS|NBC|ITV|RTE|RTÉ|Sky)\b|(?:[A-Z][\w'’-]* ){1,3}(?:News|Times|Post|Journal|Television|TV|Radio|Herald|Telegraph|Tribune|Gazette|Agency|Magazine|Guardian|Observer|Standard|Mail|Express)\b)`;

export const TRIGGERS: readonly Trigger[] = [
  // Sides that meet or host each other in a fixture play a match, a happening, not a meeting:
  // "The two sides met in the cup final", "Borland host Dravia in a World Cup qualifier on Tuesday",
  // "Rovers will host Dunmere United on Saturday".
  {
    ...t(
      'other',
      'match',
      String.raw`(?:met|meets|meet|meeting)(?= (?:again |for the (?:first|second|third|last) time )?in (?:the|a|an|this|last|next|their|Saturday['’]s|Sunday['’]s) (?:[\w'’-]+ ){0,3}?${FIXTURE}\b${NOT_FIXTURE_AFTER})|(?:met|meets|meet)(?= (?:[A-Z][\w'’-]+ ){1,3}(?:again )?in (?:the|a|an|this|last|next|their|Saturday['’]s|Sunday['’]s) (?:[\w'’-]+ ){0,3}?${FIXTURE}\b${NOT_FIXTURE_AFTER})|(?:hosted|hosts|(?:will |to )?host|hosting)(?= (?:[A-Z][\w'’-]+ ){1,4}?in (?:the|a|an|their) (?:[\w'’-]+ ){0,3}?${FIXTURE}\b| ${TEAM}| ${SIDE_LABEL} [A-Z])`,
    ),
    happening: true,
  },
  // Meetings.
  t(
    'meeting',
    'meet',
    String.raw`(?<!\b(?:straight|consecutive|successive|row) |\bfor (?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) )${NOT_A_RECORD_OF}(?:met|meets|meet|meeting)(?! (?:with )?(?:criticism|skepticism|scepticism|resistance|opposition|protests?|(?:the|its|their|his|her|analysts['’]|market|all|most|some) (?:[\w-]+ )?(?:target|targets|goal|goals|deadline|demands?|requirements?|expectations|criteria|estimates?|forecasts?|guidance|needs|standards?|obligations|conditions|costs?|payments?)|expectations|estimates|forecasts|targets|demand)\b)(?: with)?`,
  ),
  t(
    'meeting',
    'talks',
    String.raw`(?:held|holds|hold|holding|had|has|have) (?:(?:a|an|two|three|several|fresh|further|new|more|direct|bilateral|closed-door|private|face-to-face|lengthy|hours-long|day-long|phone|telephone|video|virtual|high-level|informal|urgent|\w+ rounds? of|a round of|another round of) )*talks|talked with|negotiated with|huddled with|huddles with|conferred with|confers with|(?:began|begins|begin|(?:will|to) begin|started|starts|start|opened|opens|open|launched|launches|launch|resumed|resumes|resume|(?:will|to) resume) (?:formal |fresh |direct |new |bilateral |coalition |exploratory )?(?:talks|consultations|negotiations) with|(?:raised|raises|(?:will|to) raise|discussed|discusses|(?:will|to) discuss) (?:it|this|that|the (?:issue|matter|question|case|subject|plan|proposal|dispute)) with(?= (?:[\w'’.-]+ ){0,5}?[A-Z])|shook hands(?: with)?|dined with|dines with|lunched with|had (?:lunch|dinner|breakfast) with|joined(?= [^,.;]{1,40}? for (?:lunch|dinner|breakfast|talks|a (?:meeting|working lunch|working dinner))\b)|(?<!\b(?:is|are|was|were|been|be|being|remain|remains|remained|stay|stays|stayed|still|now|already|months|weeks|years) )in (?:(?:fresh|further|direct|bilateral|closed-door|private|face-to-face|crisis|late-night|all-night) )?talks with`,
  ),
  t(
    'meeting',
    'host',
    // "The hosts sacked their manager", "their hosts": the noun for a side or a host, not the verb.
    String.raw`(?<!\b(?:[Tt]he|their|our|its|his|her|my|your) )(?:hosted|hosts|(?:will|to) host|hosting|(?:played|plays|(?:will|to) play|playing) host to)(?! (?:the |a |an |its |their |this year['’]s |next year['’]s )?(?:[\w'’-]+ ){0,4}?(?:festival|games|Games|contest|Contest|tournament|championships?|Championships?|[Cc]up|Olympics|concert|show|exhibition|fair|gala|competition|${FIXTURE})\b)|welcomed(?<=(?:\b(?:delegations?|ministers?|president|premier|chancellor|leaders?|envoys?|king|queen|pope|prince|princess|emir|sultan|team|squad|visitors?|guests?|mayor|governor|secretary|ambassadors?|players|pilgrims|refugees|tourists|astronauts|crew|hostages?|couple|family|troops|soldiers)|\b[A-Z][\w.'’-]*) (?:was|were) (?:\w+ly )?welcomed)(?= by (?:(?:the |his |her |their )?(?:[\w-]+ ){0,2}?(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|prince|pope|mayor|governor|host|counterpart|foreign minister)\b|(?:President |King |Queen |Prime Minister |Emir |Mayor )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?: at| in| on|,|\.|$)))|welcomed(?= [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?: to| at| in| on|,|\.|$))`,
  ),
  // "Ferreira and Vik spoke on Tuesday", "Ruiz and Ebbe negotiated on Monday", "Lind and Oduya huddled
  // on Friday": two sides that spoke,
  // talked or negotiated, with no one spoken to, held a conversation (events.ts keeps it only with
  // two participants).
  t(
    'meeting',
    'conversation',
    String.raw`(?:spoke|talked|conferred|negotiated|huddled)(?= (?:again |briefly |privately |separately |at length )?(?:on(?! condition)|late on|early on|last|yesterday|overnight)\b)`,
  ),
  // "was briefed by his generals", "will brief the intelligence committee", "convened his security
  // cabinet": a meeting by who came to it (not "briefed reporters": a news conference).
  t(
    'meeting',
    'brief',
    String.raw`(?:was|were|been|being) briefed (?:[\w-]+ ){0,3}?by|(?:briefed|briefs|(?:will|to) brief) (?:the |a |an |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:committee|cabinet|council|board|lawmakers|legislators|MPs|senators|ministers|leaders|allies|ambassadors|envoys|governors|parliament)\b|(?:convened|convenes|(?:will|to) convene)(?= (?:an? |the |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:cabinet|ministers|advisers|advisors|council|team|leaders|commanders|generals|chiefs|committee|board|envoys|ambassadors|governors|mayors)\b)`,
  ),
  // A gathering told by its verb with no one convened: "Officials from the two countries convened in
  // Cairo on Monday", "The panel reconvened on Tuesday" (not a court's or a trial's sitting); and sides
  // brought together by a third party: "Mediators brought the two delegations together on Sunday".
  t(
    'meeting',
    'convene',
    String.raw`(?<!\b(?:court|courts|trial|jury|jurors|tribunal|hearing|inquest|judge|judges|magistrates)\s(?:\w+\s)?)(?:convened|convenes|(?:will|to) convene|reconvened|reconvenes|(?:will|to) reconvene)(?=(?: again| briefly| privately| behind closed doors)?(?: (?:in|at|on|for|late|early|last|next|yesterday|overnight|this)\b|[,.;]))|(?:brought|brings|(?:will|to) bring) (?:the |both |all |rival |two |three |(?:the )?(?:two|three|four) )?(?:[\w'’-]+ ){0,2}?(?:sides|parties|delegations|leaders|negotiators|rivals|ministers|envoys|factions|governments|presidents|foreign ministers) together`,
  ),
  // Officials gathered or assembled in one place meet: "Foreign ministers from 12 countries gathered in
  // Cairo on Monday", "The envoys will assemble in Geneva next week"; not when they gather for a
  // meeting the text names ("gathered in Geneva for a three-day emergency meeting": the noun tells it).
  // A crowd's gathering is a happening (a protest, a vigil: "Demonstrators gathered outside the
  // embassy"), not among them.
  t(
    'meeting',
    'gather',
    String.raw`(?<=\b(?:ministers|leaders|heads of state|heads of government|envoys|officials|delegates|delegations|negotiators|diplomats|representatives|mediators|ambassadors|governors|mayors|premiers|chiefs|commanders|central bankers|finance chiefs)(?: (?:from|of) [^,;.]{1,40}?)? (?:(?:will|would|to|also|then|later|again|are due to|are set to|are expected to|were due to) )*)(?:gathered|gathers|gather|assembled|assembles|assemble)(?= (?:again |briefly |privately )?(?:in|at|on|for|late|early|last|next|this|yesterday|behind)\b|[,.;])(?![^.;]{0,60}?\bfor (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?(?:meeting|summit|conference|talks|session|forum|congress|negotiations|consultations)\b)`,
  ),
  // A committee's hearing told by its questions: "The committee will question Quayle next Tuesday",
  // "MPs questioned the chief executive for three hours", "grilled the rail company's chief executive"
  // (not "questioned the decision"), "The committee heard evidence from Ana Ruiz", "The committee will
  // recall Mr Pettifer on November 18"; and a witness who "appeared before the transport committee" or
  // "will give evidence to the committee" (before a court, evidence is a statement: the 'urge' row).
  t(
    'meeting',
    'hearing',
    String.raw`(?<=\b(?:[Cc]ommittee|subcommittee|panel|inquiry|MPs|senators|lawmakers|legislators|councillors|councilors)\s+(?:(?:will|would|is to|are to|to|also|then|later|again)\s+)*)(?:(?:heard|hears|hear) (?:evidence|testimony|submissions) from|(?:questioned|questions|question|grilled|grills|grill|recalled|recalls|recall)(?= (?:[A-Z]|(?:the|its|their|his|her) (?:[\w'’-]+ ){0,3}?(?:chief|head|boss|director|minister|secretary|chair|chairman|chairwoman|president|executive|governor|commissioner|officials?|executives|bosses)\b)))|(?:appeared|appears|(?:will|to) appear|testified|testifies|(?:will|to) testify|(?:gave|gives|(?:will|to) give) evidence) (?:[\w-]+ ){0,2}?(?:before|to) (?:the |a |an |MPs on the |members of the )?(?:[\w'’-]+ ){0,4}?(?:committee|subcommittee|select committee|inquiry|panel of (?:MPs|senators|lawmakers))\b`,
  ),
  // "sat down with", "Union leaders and managers will sit down on Thursday" (two sides with no one
  // sat down with), "The negotiators will return to the table on Monday" (talks resumed, no trip).
  t(
    'meeting',
    'sit-down',
    String.raw`sat down with|sit down with|sits down with|paid a courtesy call on|pays a courtesy call on|(?<=\b(?:and [^,;.]{1,40}?|(?:two|both|the) sides|the parties|(?:the )?delegations|(?:the )?negotiators) (?:(?:will|would|to|also|finally|again|are due to|are set to|are expected to) )*)(?:sat|sit) down(?= (?:on|in|at|for|together|again|next|this|last|late|early|face)\b|[,.;])|(?:returned|returns|return|returning|(?:will|to) return|came|comes|come) back to the (?:negotiating )?table|(?:returned|returns|returning|(?:will|to) return) to the (?:negotiating )?table`,
  ),
  // Meetings told by other words of talking together: "held a roundtable with nurses", "held a
  // bilateral with Kamau", "exchanged views with", "had an exchange with", "consulted opposition leaders", and, in Indian and
  // African English, "called on President Kamau at State House" (not "called on Kamau to resign").
  t(
    'meeting',
    'consult',
    String.raw`(?:held|holds|hold|holding|had|has|have|hosted|hosts|host|(?:will|to) (?:hold|host)) (?:an? |the |their |his |her )?(?:[\w-]+ )?(?:roundtable|round-table|round table|bilateral(?: meeting)?|dialogue|discussions|consultations|huddle)(?= with\b)|(?:exchanged|exchange|exchanges) (?:views|ideas|notes)(?= (?:with|on|about|over)\b)|(?:had|has|have|held|holds) (?:an? )?(?:[\w-]+ )?exchanges?(?= (?:of views )?with\b)|consulted(?: with)?(?= (?:the |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:leaders|officials|ministers|experts|allies|partners|parties|unions?|chiefs|elders|stakeholders|counterparts|governors|mayors|colleagues|advisers|advisors|aides|commanders|generals)| (?:the |his |her |their |its )?[A-Z])|called on(?= (?:[A-Z][\w.'’-]*\s+){1,5}(?:at|in|during)\b)(?![^.;]*\bto\s+(?!the\b|a\b|an\b|his\b|her\b)[a-z]+)`,
  ),
  // Sessions of a mediation or a negotiation are meetings of its sides: "The mediation sessions began
  // in Antofagasta on Monday", "a second round of negotiations opened in Doha".
  t(
    'meeting',
    'sessions',
    String.raw`(?:mediation|negotiating|negotiation|bargaining|conciliation|peace|arbitration) (?:sessions?|rounds?)(?: (?:began|begins|started|starts|opened|opens|resumed|resumes|ended|ends)\b|(?= (?:will|are|were|was|is|on|in)\b))`,
    true,
  ),
  // A chamber's debate is its sitting, a meeting of its members: "MPs will debate the bill next
  // Tuesday", "The Senate debated the measure on Tuesday", "the assembly that was to debate a water
  // law on Monday" (not "debated whether to", what someone argues over, nor a debate told as a noun).
  t(
    'meeting',
    'debate',
    String.raw`(?:debated|debates|debate)(?<=\b(?:MPs|lawmakers|legislators|senators|deputies|councillors|councilors|parliament|senate|assembly|house|chamber|Commons|Lords|Bundestag|Sejm|Congress|legislature|council)(?: [^,;.]{1,40}?)? (?:(?:will|would|is|are|was|were|to|due|set|also|then|later|again|formally|finally|briefly) )*(?:debated|debates|debate))(?= (?:the|a|an|it|this|that|these|its|their|his|her|on|in|next|last|late|early|for|[A-Z])\b)(?! (?:whether|how|why|what)\b)`,
  ),
  // "received the Ghanaian envoy", "was received by King Aldric": a meeting only with a person received
  // or receiving (events.ts checks it), never "received a letter".
  t(
    'meeting',
    'receive',
    String.raw`(?:received|receives|receiving|(?:will|to) receive)(?= (?:by |(?:the |his |her |their |a |an )?(?:[\w.'’-]+ ){0,4}?(?:envoy|envoys|ambassador|ambassadors|delegation|counterpart|minister|president|premier|chancellor|king|queen|prince|princess|pope|leaders?|secretary|mayor|governor|diplomats?)|(?:the |his |her |their |a |an )?[A-Z]))`,
  ),
  // A head of state's or a pope's formal meeting: "received the ambassador in audience", "granted him an
  // audience", and in copy translated from French or Spanish "received in audience on Tuesday the ambassador".
  t(
    'meeting',
    'audience',
    String.raw`(?:received|receives|receive|receiving)(?= (?:[\w.'’-]+ ){1,8}?in (?:a |an )?(?:private |formal |special )?audience\b)|(?:received|receives|receiving) in (?:a |an )?(?:private |formal |special )?audience\b|(?:granted|grants|gave|gives) (?:[\w.'’-]+ ){0,6}?an audience|(?:had|held|has|have) an audience with`,
  ),
  // Calls. "called Pablo Soto on Monday to discuss ...": the callee's capitalised words are read
  // shortest first, since the pattern is case-insensitive and a greedy reading took "on Monday" as
  // more of the name, which the capitals check (`capitalsHold`) then refused, losing the call.
  t(
    'meeting',
    'call',
    String.raw`(?:spoke|speak|speaks|spoken|talked|talk|talks) (?:by|over the|on the|via|through a) (?:phone|telephone|video ?link|video ?call|videoconference|video conference|video)(?: with)?|held a call with|(?:spoke|speaks)(?: (?:twice|again|briefly|separately|privately|directly|later|also))? with(?! (?:reporters|journalists|the (?:press|media|BBC|[A-Z]\w+ (?:Times|Post|Journal|News))|[A-Z]\w* (?:News|Radio|TV|Television)|(?:a|an) (?:reporter|journalist|newspaper|broadcaster|radio|television|podcast))\b)|(?:discussed|discuss|discusses|talked|talk|talks|exchanged|exchange|exchanges) (?:[\w-]+ ){0,3}?(?:by|over the|on the) (?:phone|telephone|video ?link)|(?:spoke|speaks|speak|talked|talks) to(?= [^,.;]{1,50}? (?:by|over the|on the|via) (?:phone|telephone|video))|(?:spoke|talked) to(?= (?!${OUTLET_NAME})${CALLEE} ${AFTER_CALLEE}\b)|(?:held|hold|holds|holding|will hold|had|have|has) (?:a |an )?(?:[\w-]+ )?(?:(?:video|phone|telephone|conference) (?:call|conversation|conference)|video-?conference|teleconference)|(?:held|hold|holds|had|has|have) (?:a |an )?(?:[\w-]+ )?(?:calls?|conversations?) (?=with |on [A-Z]\w+ with )|(?:received|receives|took|takes) (?:a |an )?(?:[\w-]+ )?(?:phone |telephone |video )?call from|phoned|telephoned|(?:called|rang)(?= ${CALLEE} ${AFTER_CALLEE}\b)`,
  ),
  t(
    'meeting',
    'meeting',
    '(?:meeting|(?:phone |telephone |video )?call|talks|negotiations|conversation) between',
    true,
  ),
  // "during a phone call on Monday", "a video call with Kyiv, planned for Friday,", "Brandt's talks with
  // Reyes on Monday": meetings named by nouns.
  t(
    'meeting',
    'call',
    String.raw`(?:phone|telephone|video|conference) (?:call|conversation)(?! between\b)|(?:phone|telephone|video) conference with|(?<=(?:['’]s|\bthe|\btheir|\bhis|\bher|\bits) (?:[\w-]+ )?)talks with|(?<=\b(?:in|during|on) (?:a|an|their|the|his|her|its) (?:(?!phone |telephone |video |conference )[\w-]+ )?)calls?(?= (?:on|late on|early on|last|this|with|between|that|hours|minutes|lasting|late|early)\b|,)`,
    true,
  ),
  t(
    'meeting',
    'meeting',
    String.raw`(?<!\b(?:straight|consecutive|successive|row) |\bfor (?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) )${NOT_A_RECORD_OF}(?:(?:special|ministerial|emergency|public|board|council|informal|full|next|cabinet|extraordinary)\s+)*(?:meeting|session|talks|negotiations|consultations|trilogue|(?:public|council|board) hearing|(?:public|community|town[- ]hall|residents['’]?) (?:[a-z-]+ )?forum)(?! (?:with|between))`,
    true,
  ),
  // Travel.
  t(
    'travel',
    'arrive',
    String.raw`(?:arrived|arrives|arrive|arriving)(?: back)?(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? (?:in|at|for)(?! (?:an?|the|its|their|his|her) (?:[\w-]+ )?(?:decision|agreement|conclusion|compromise|consensus|settlement|deal|verdict|figure|total|number|solution|understanding|estimate)\b)|(?:arrived|arrives|arriving)(?: back)? from(?= [A-Z])|(?:flew|flies|flying) in(?= from [A-Z]| (?:late |early )?on [A-Z]|[,.;])|(?:got|gets|getting) back to(?= [A-Z])|(?:passed|passes|passing) through(?= [A-Z])|(?:accompanied|accompanies|(?:will|to) accompany) (?:[\w.'’-]+ ){1,5}?to(?= [A-Z])|(?:landed|lands|land|(?<!\b(?:an?|the|its|their|his|her) (?:[\w-]+ )?)landing) (?:in|at)|(?:flew|flies|fly|flying) out of(?= [A-Z])|(?:jetted|jets|jetting) (?:off |out )?to|(?:made|makes|make|making) (?:his|her|their|its) way to|(?:touched|touches|touch|touching) down (?:in|at)|(?:flew|flies|fly|flying) into|(?:crossed|crosses|cross|crossing) into|(?:set|sets|setting) off for|(?:stopped|stops|stopping) (?:over )?in(?= [A-Z])|(?:flew|flies|fly|flying|flown|returned|returns|return|returning|headed|heads|heading|sailed|sails|drove|driven) (?:back )?home\b|(?:reached|reaches|(?:will|to) reach)(?= [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:on|late|early|last|this|after|before|at|in|by)\b|[,.;]))|(?:docked|docks|berthed|berths|anchored) (?:in|at|off)(?= [A-Z])|(?:disembarked|disembarks|went ashore|came ashore)(?= (?:in|at|on)\b)|(?:(?:was|were|been|being) )?allowed (?:to return )?(?:back )?(?:in|into|to)(?= [A-Z])|(?:sailed|sails|drove|drives|driven|(?:will|to) (?:sail|drive)) (?:back )?(?:to|into)(?= [A-Z])`,
  ),
  // Being somewhere on a given day: "Brandt was in Paris on Monday", "the president is due in Lima on
  // Friday". Only a person's, with a date and a place (events.ts checks them).
  t(
    'travel',
    'presence',
    String.raw`(?<=(?:\b(?:he|she|they|minister|president|chancellor|premier|secretary|leader|king|queen|pope|envoy|delegation)|[A-Z][\w'’-]+)(?:,)? (?:also |again |still )?)(?:was|were|is|are|will be|(?:is|are|was|were) (?:due|expected))(?= (?:back )?in [A-Z])`,
  ),
  t(
    'travel',
    'travel',
    String.raw`(?:traveled|travelled|travels|travel|traveling|travelling|flew|flown|flies|fly|flying|headed|heads|head|heading|returned|returns|return|returning|went|goes|go) (?:back |home |on |(?:by (?:train|car|road|air|plane|boat|ferry|helicopter|bus) ))?to(?! (?:work|school|normal|court|trial|war|bed|sleep|the polls|the drawing board|the (?:negotiating )?table|training|practice|action|duty|play|the (?:pitch|field|stage|squad|side|team|line-?up|starting (?:XI|line-?up))|profit|profitability|growth|power|office|the market|market|form|winning ways|the fold|within|(?:the )?(?:top|bottom|head|foot|summit)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?: place)?)\b)|(?:set|sets|setting) out for(?= [A-Z])|(?:led|leads|(?:will|to) lead) (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:delegation|mission) (?:[\w'’-]+ ){0,4}?to(?= )|(?:took|takes|take|taking|boarded|boards|board|boarding|caught|catches|catch|catching) (?:a|an|the|his|her|their) (?:[\w-]+ ){0,2}?(?:flight|plane|train|ferry|boat|helicopter|jet|bus|coach) (?:back )?to(?= [A-Z])|(?:continued|continues|continue|continuing) (?:on )?to(?= [A-Z])(?! (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?:set|sets|setting) foot (?:in|on)(?= (?:the )?[A-Z])|(?:proceeded|proceeds|(?:will|to) proceed)(?: (?:on [A-Z]\w+|later|then|directly|immediately))? to(?= (?:the|a)\b| [A-Z])|(?:fled|flees|flee|fleeing) to(?= [A-Z])|(?:fled|flees|fleeing) (?:across|over|into)(?= (?:the )?(?:[\w'’-]+ )??(?:border|frontier|river|sea|mountains|hills|bush|forest|[A-Z]))|(?:crossed|crosses|crossing) (?:the )?(?:[\w'’-]+ )?(?:border|frontier|Channel|Strait|Straits|Mediterranean|Aegean|Darien Gap)\b|(?:departed|departs|departing) for(?= (?:the )?[A-Z])|(?:was|were|been|being) (?:bussed|bused|airlifted|ferried|shuttled|repatriated) (?:back )?(?:to|home)\b|(?:was|were|been|being) (?:evacuated|medevaced|flown) (?:back )?(?:(?:to|from) (?=[A-Z])|home\b)|(?:left|leaves|leave|leaving|departed|departs|depart|departing)(?= (?:for |from )?[A-Z])(?: for| from)?`,
  ),
  // "Castell arrived late on Monday", "Crews from Idaho arrived that evening": an arrival with no
  // place named, only a person's or a party's (events.ts).
  t(
    'travel',
    'arrival',
    String.raw`(?:arrived|arrives)(?= (?:late |early |safely )?(?:on (?:[A-Z]|the \d)|last [a-z]+|yesterday|overnight|(?:this|that) (?:morning|afternoon|evening|night|day)|(?:hours |days |minutes )?later\b|the (?:next|following|same) (?:day|morning|afternoon|evening|night))|[,.;])`,
  ),
  t('travel', 'visit', 'visited|visits|(?:will|to) visit|visiting|toured|(?:will|to) tour|touring'),
  // People carried by a pilot, a driver or a craft: "A navy helicopter lifted him out and flew him to
  // Ushuaia", "our pilot set us down at the camp", "a jeep drove the reporters to Kigali". The trip is
  // the passengers' as much as "he flew to Ushuaia" is; the one who carries them names it.
  t(
    'travel',
    'carried',
    String.raw`(?:flew|flies|flown|flying|drove|drives|driven|driving|ferried|ferries|ferrying|airlifted|airlifts|shuttled|shuttles|bussed|bused|evacuated|medevaced|sailed|rowed) (?:him|her|them|us|me|(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w'’-]+ ){0,3}?[\w'’-]+)(?: (?:back|home|out|on|safely))? to(?= (?:the )?[A-Z]| (?:the|a) (?:[\w'’-]+ ){0,2}?(?:camp|hospital|base|airport|airfield|hut|village|town|city|island|coast|mainland|capital|port|harbou?r|station|clinic|ship)\b)|(?:set|sets|setting|put|puts|putting) (?:him|her|them|us|me) down(?= (?:at|in|on|near|beside|outside) )|(?:lifted|lifts|lifting|airlifted|airlifts|winched|plucked) (?:him|her|them|us|me) (?:out|off|clear|to safety)\b|(?:dropped|drops|dropping) (?:him|her|them|us|me) (?:off )?(?:at|in|outside)(?= (?:the )?[A-Z]| the (?:camp|hospital|base|airport|airfield|hut|station|border)\b)`,
  ),
  // A stay told by its length: "Ana Ruiz spent Monday in Lagos", "will spend two days in Nairobi".
  t(
    'travel',
    'stay',
    String.raw`(?:spent|spends|(?:will|to) spend) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the (?:day|night|weekend|morning|afternoon|evening)|(?:two|three|four|five|several|a few|\d+) (?:days|nights|hours)|(?:a|an) (?:day|night|week|hour))(?: [\w-]+)? in(?= [A-Z])`,
  ),
  // "flew over the burn area by helicopter": an aerial tour of a place, told apart from a visit.
  t(
    'travel',
    'flyover',
    String.raw`(?:flew|flies|fly|flying) over(?=[^.;]{1,60}\b(?:by|in an?|aboard an?) (?:helicopter|plane|aircraft|military aircraft)\b)`,
  ),
  t('travel', 'visit', '(?:visit|trip|journey|tour)(?: to| by| of)?', true),
  // A campaign stop: "Whitcomb campaigned in Prescott on Wednesday".
  t('travel', 'campaign', String.raw`(?:campaigned|campaigns|campaigning|(?:will|to) campaign) in(?= [A-Z])`),
  t('travel', 'arrive', '(?:arrival|departure) (?:in|at|from|for)|return (?:to|from)(?= [A-Z])', true),
  // The traveller after the noun, as after "a visit of": "the arrival of Pope Leo in Manila" (a name
  // and a place: not "the arrival of Storm Ida", nor "the arrival of spring").
  t(
    'travel',
    'visit',
    String.raw`arrival of(?! (?:Storm|Hurricane|Typhoon|Cyclone|Tropical)\b)(?= (?:[A-Z][\w.'’-]* ){1,4}(?:in|at) [A-Z])`,
    true,
  ),
  // Announcements. A plan told in the speaker's quoted words ("said the university would reschedule
  // "as much lost teaching as possible"": the quotation, blanked, follows the verb) is the quote event.
  t(
    'announcement',
    'announce',
    String.raw`announced|announces|announce|(?:unveiled|unveils|unveil)${NOT_A_THING_UNVEILED}|(?:reported|reports|report|reporting|posted|posts|post|posting) (?:its |their |a |an |the )?(?:[\w%$€£.,-]+ ){0,4}?(?:results|earnings|profit|loss|net sales|sales|revenue|case|cases)|(?:raised|raises|lowered|lowers|cut|cuts) (?:its |their )?(?:full-year |annual |\w+ )?(?:outlook|forecast|guidance)|(?:said|says|confirmed|confirms)(?: (?:on|late on|early on) [A-Z]\w+| (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day| last week| this week| yesterday| earlier this (?:week|month)| last [A-Z]\w+)?(?: that)? (?:it|they|we|the ${OWN_BODY}|(?:his|her|their|its|our) (?:company|firm|government|ministry|department|administration|party|team|club|union|agency|office|council|board|bank|group|campaign|cabinet)) (?:(?:would|will) (?!${NOT_A_PLAN})(?![a-z]+ {3,})|(?:plans?|intends?|expects?|(?:is|are|was|were) planning|(?:has|have|had) decided) to (?!(?:be|have|stay|remain|continue)\b)|${STEP_UNDER_WAY})`,
  ),
  // An announcement named by its noun: "Kestrel's announcement on Tuesday surprised investors", "the
  // publication of the report on Monday", "the release of the jobless figures" (news only when the
  // text dates it: events.ts; not "the release of the hostages" nor "of the film"), nor a setting.
  t(
    'announcement',
    'announce-noun',
    String.raw`${NOT_A_SETTING}announcement(?! (?:board|boards|screens?|system|systems)\b)`,
    true,
    true,
  ),
  t(
    'announcement',
    'announce-noun',
    String.raw`${NOT_A_SETTING}(?:publication|release|unveiling|disclosure) of (?:(?:the|its|their|his|her|a|an|new|latest|[\w'’-]+) ){0,3}?(?:reports?|figures|data|results|findings|statistics|budget|plans?|proposals?|details|accounts|minutes|poll|survey|study|review|strategy|earnings|guidance|forecasts?|manifesto|timetable|list|shortlist|line-?up)\b`,
    true,
  ),
  // A government's formal written message to another: "sent a diplomatic note on June 12", "handed
  // the ambassador a protest note", "lodged a note verbale" (making its position or plan known).
  t(
    'announcement',
    'note',
    String.raw`(?:sent|sends|send|delivered|delivers|deliver|handed|hands|hand|issued|issues|issue|lodged|lodges|lodge|presented|presents|dispatched|dispatches)(?= (?:(?:the |a |an |its |their )?(?:[\w-]+ ){0,3}?)?(?:(?:an?|the|its|their) )?(?:(?:formal|diplomatic|protest|verbal|official) )+notes?\b| (?:an?|the) notes? verbales?\b)`,
  ),
  // "confirmed plans to", "outlined its proposals", "made public the findings", "presented its budget",
  // "launched a plan to cut waiting lists", "circulated a draft" (a product or a campaign launched is
  // a happening: the 'launch' row).
  t(
    'announcement',
    'plans',
    String.raw`(?:confirmed|confirms|revealed|reveals|disclosed|discloses|outlined|outlines|set out|sets out|laid out|lays out|detailed|details|presented|presents|(?:will|to) present|made public|makes public|published|publishes|(?:will|to) publish) (?:its |their |his |her |the |a |an |new |fresh )?(?:[\w-]+ ){0,2}?(?:plans?|proposals?|strategy|budget|roadmap|timetable|findings|(?:trial |study |clinical |interim |phase \w+ )data|review|blueprint|package|white paper|opinion|assessment|recommendations?|notices?|agenda|programme|priorities|vision|manifesto|reforms)\b|(?:delivered|delivers|(?:will|to) deliver|tabled|tables|(?:will|to) table|(?<=\b(?:minister|chancellor|treasurer|secretary|[A-Z]\w+) (?:(?:will|is to|is due to|to) )?)(?:read|reads)) (?:its |their |his |her |the |a |an )?(?:[\w/-]+ ){0,2}?(?:budget|spending review|(?:autumn|spring|fiscal|budget) statement)\b|(?:delivered|delivers|(?:will|to) deliver|submitted|submits|(?:will|to) submit) (?:its |their |his |her |the |a |an )(?:[\w-]+ ){0,2}?(?:report|findings|recommendations)\b|(?:launched|launches|(?:will|to) launch|circulated|circulates|(?:will|to) circulate) (?:its |their |his |her |the |a |an |new |fresh )?(?:[\w-]+ ){0,2}?(?:plans?|proposals?|strategy|roadmap|blueprint|white paper|manifesto|vision|draft)\b|(?:made|makes|(?:will|to) make) public(?= (?:the|its|their|his|her|a|an|details|figures|data|results|documents|records|names)\b)`,
  ),
  // Proposals put to the public and advice published: "launched a consultation on short-term lets",
  // "issued new guidance for schools", "published draft rules", "will publish its decision on June 20"
  // (guidelines issued are a rule made: policy, dated-clauses.ts).
  t(
    'announcement',
    'consult',
    String.raw`(?:launched|launches|(?:will|to) launch|opened|opens|(?:will|to) open) (?:a |an |its |their |the )?(?:[\w-]+ ){0,2}?consultation\b|(?:issued|issues|(?:will|to) issue|published|publishes|(?:will|to) publish|released|releases|(?:will|to) release|updated|updates|(?:will|to) update) (?:its |their |the |a |an )?(?:(?:new|fresh|updated|revised|interim|draft|official|further|detailed|final) )*(?:[\w-]+ )?(?:guidance|advice)\b|(?:published|publishes|(?:will|to) publish|unveiled|unveils|(?:will|to) unveil|released|releases|(?:will|to) release) (?:its |their |the |a |an )?draft (?:[\w-]+ )?(?:rules|regulations|law|bill|legislation|code|guidelines|guidance|plans?|proposals?)\b|(?:published|publishes|(?:will|to) publish) (?:its |their |the )?(?:[\w-]+ ){0,2}?(?:decision|conclusions)\b`,
  ),
  // A date, a cost or details made public, and force majeure declared: "set June 28 as the date of the
  // runoff", "set a date for the vote", "put the cost of the disruption at €40 million", "gave details of
  // its new timetable", "declared force majeure on shipments"; a squad or a storm named ("named his
  // squad for the tour", "Met Éireann has named Storm Hettie").
  t(
    'announcement',
    'disclose',
    String.raw`(?:set|sets|(?:will|to) set|fixed|fixes|(?:will|to) fix|named|names) (?:a |the |an )?(?:new )?date (?:for|of)\b|(?:confirmed|confirms|(?:will|to) confirm|revealed|reveals|(?:will|to) reveal|announced|announces|(?:will|to) announce) (?:the |its |their )?(?:new |final |exact |official |full )?(?:dates?|venue|line-?up|route|schedule|timetable|squad|shortlist|nominees)\b(?! (?:had|has|have|was|were|is|are|would|will)\b)|(?:set|sets|fixed|fixes|named|names) (?:[\w.,]+ ){1,3}?as the (?:new )?(?:date|deadline)\b|(?:put|puts|estimated|estimates|valued|values) (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:cost|bill|damage|losses|value|price|toll) (?:of [^,;.]{1,40}? )?at(?= [$€£¥]| \d| (?:about|around|more than|nearly|almost|some|up to)\b)|(?:gave|gives|(?:will|to) give|provided|provides|(?:will|to) provide|released|releases|published|publishes) (?:further |more |new |fresh |full |the first |the )?details (?:of|on|about)\b|(?:declared|declares|(?:will|to) declare) force majeure|(?:named|names|(?:will|to) name) (?:(?:the|his|her|their|its) )?(?:[\w-]+ )?(?:squad|line-?up|shortlist)\b|(?:named|names|(?:will|to) name) (?:the )?[Ss]torm(?= [A-Z])`,
  ),
  // A proposal made public: "The ministry on Monday proposed raising the retirement age", "proposed a
  // 2% cut to the fuel levy", "will propose new rules". Not "the proposed merger" (an adjective), a
  // proposal told as background ("was first proposed in 2019", "has proposed"), nor a toast.
  t(
    'announcement',
    'propose',
    String.raw`(?<!\b(?:the|a|an|its|their|his|her|newly|recently|originally|first|previously|was|were|been|being|is|are|be|has|have|had)\s)(?:proposed|proposes|(?:will|to) propose)(?! (?:a )?(?:toast|marriage)\b)(?= (?:(?:on|late on|last|this|yesterday|earlier|formally|also|instead|now) (?:[\w.-]+ ){0,2}?)?(?:a|an|the|its|their|new|that|(?!(?:to|in|by|at|for|on|during)\b)[a-z]+ing)\b)`,
  ),
  // Findings made public: "released its annual report on Monday", "publishes inflation figures on
  // Friday", "A Copper State University poll released on Monday showed ..." (not "Data released on
  // Tuesday showed ...": a level, not who told it).
  t(
    'announcement',
    'publish',
    String.raw`(?:released|releases|published|publishes|(?:will|to) (?:release|publish)) (?:its |their |a |an |the |new |fresh |latest )?(?:[\w-]+ ){0,3}?(?:poll|survey|report|study|findings|figures|statistics|results)\b|(?<=\b(?:[A-Z][\w'’-]*|its|their|his|her|the|an?|new|latest)\s+(?:poll|survey|report|study|figures|data|statistics|findings)\s+)(?:released|published)(?= (?:on|last|this|yesterday|earlier|late|early)\b)`,
  ),
  // A humanitarian or fundraising appeal: "OCHA launched an appeal for $480 million on Dec. 18".
  t(
    'announcement',
    'appeal',
    String.raw`(?:launched|launches|(?:will|to) launch|issued|issues) (?:an? |its |their )?(?:[\w-]+ ){0,2}?(?:appeal|fundraising drive) for(?= (?:[$€£]|\d|funds|money|donations|help|aid)\b)`,
  ),
  // A credit rating action: "S&P affirmed Romania's BBB- rating", "Moody's downgraded the bank's debt".
  t(
    'announcement',
    'rating',
    String.raw`(?:affirmed|affirms|upgraded|upgrades|downgraded|downgrades|cut|cuts|raised|raises|lowered|lowers) (?:[\w'’&.+-]+ ){0,3}?(?:credit |sovereign |debt )?ratings?\b(?! (?:of|for) (?:the )?(?:president|government|prime minister|party|show|film)\b)`,
  ),
  // Warnings of a weather or health service: "upgraded its wind warning for Galway to red".
  t(
    'announcement',
    'warning',
    String.raw`(?:issued|issues|upgraded|upgrades|raised|raises|extended|extends|downgraded|downgrades|lifted|lifts) (?:a |an |its |the |their )?(?!(?:[\w-]+ ){0,2}?(?:profit|earnings|sales|revenue) warning)(?:[\w-]+ ){0,3}?(?:warning|alert|advisory)(?! (?:that|of|about|against)\b)`,
  ),
  // A news conference told as planned, moved or called off: "A press briefing scheduled for Thursday
  // was called off" (one told as held is the setting of what was said there, not an event).
  t(
    'announcement',
    'briefing',
    String.raw`(?<=\b(?:an?|the|its|their|his|her|[A-Za-z]+['’]s) (?:planned |scheduled |weekly |daily |regular )?)(?:press|news) (?:briefing|conference)(?=,? (?:[\w-]+ ){0,3}?(?:scheduled|planned|set|due) (?:for|on)\b)|(?<=\b(?:an?|the|its|their|[A-Za-z]+['’]s) )planned (?:press |news )?(?:briefing|conference)`,
    true,
  ),
  // Speeches: "addressed the General Assembly".
  t(
    'statement',
    'address',
    String.raw`(?:addressed|addresses|address|addressing) (?:the )?(?:(?:nation|country|parliament|lawmakers|legislators|delegates|supporters|crowd|rally|assembly|troops)\b|(?=[A-Z]))`,
  ),
  // "delivered a speech at Harvard", "gave an interview to the Herald", "issued a statement".
  t(
    'statement',
    'speech',
    String.raw`(?:delivered|delivers|deliver|delivering|gave|gives|give|giving|made|makes|issued|issues|released|releases|put out|puts out) (?:a |an |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:speech|address|keynote|lecture|statement|interview|press conference|news conference)\b`,
  ),
  // A reaction given in a statement or a speech: "welcomed the decision in a statement on Friday".
  t(
    'statement',
    'react',
    String.raw`(?:objected|objects|replied|replies|responded|responds|complained|complains|protested|protests|welcomed|welcomes|condemned|condemns|denounced|denounces|criticised|criticized|criticises|criticizes|praised|praises|hailed|hails|rejected|rejects|dismissed|dismisses|defended|defends|slammed|slams|blasted|blasts|lambasted|decried|deplored|rebuked|apologised|apologized|apologises|apologizes)(?= [^.;:]{0,80}? (?:in|during|at|on|via|through) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,2}?(?:statement|address|speech|interview|post|letter|message|briefing|news conference|press conference|video|broadcast|tweet|communiqu[eé]|op-ed|column)\b)|(?:welcomed|welcomes|condemned|condemns|denounced|denounces|criticised|criticized|criticises|criticizes|praised|praises|hailed|hails|slammed|slams|blasted|blasts|lambasted|decried|deplored|rebuked|apologised|apologized|apologises|apologizes|denied|denies|defended|defends)(?= (?:(?:the|a|an|his|her|its|their|this|these|those) |to )(?!(?:[\w-]+ )?(?:charges?|counts?|offen[cs]es)\b)[^.;:,]{0,60}? (?:on|late on|early on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|(?:welcomed|condemned|denounced|criticised|criticized|praised|hailed|slammed|blasted|lambasted|decried|deplored|rebuked|apologised|apologized|denied)(?= (?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:,? (?:the|a|an|his|her|its|their|this|these|those|to|for|that)\b))`,
  ),
  // Words turned away: "rejected the criticism", "dismissed the allegations as politically
  // motivated", "brushed aside calls to resign". Not an offer, a bid or a motion rejected (a
  // decision), nor a judge's or a court's dismissing (a ruling).
  t(
    'statement',
    'react',
    String.raw`(?<!\b(?:court|courts|judge|judges|justice|tribunal|magistrate|magistrates|jury|appeals|appeal)\s+(?:(?:also|then|later|swiftly|quickly|on \w+)\s+)?)(?:rejected|rejects|dismissed|dismisses|brushed (?:aside|off)|brushes (?:aside|off)|shrugged off|shrugs off|rebuffed|rebuffs|refuted|refutes)(?= (?:(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?(?:the |these |those |such |his |her |their |its |all |any |what |opposition |growing |mounting )?(?:[\w'’-]+ ){0,2}?(?:criticism|criticisms|claims?|allegations?|accusations?|reports?|suggestions?|speculation|rumou?rs?|concerns?|calls|demands|idea|notion|assertions?|characteri[sz]ations?|comparisons?|warnings?|fears|complaints?|critics|charges? that)\b)`,
  ),
  // Feelings put on the record: "expressed regret on Tuesday over the deaths", "voiced concern".
  t(
    'statement',
    'react',
    String.raw`(?:expressed|expresses|(?:will|to) express|voiced|voices) (?:his |her |their |its |deep |strong |serious |grave |profound |sincere )?(?:regret|concerns?|sympathy|condolences|solidarity|anger|frustration|disappointment|outrage|shock|sadness|confidence|doubts?|alarm|reservations|gratitude|dismay)\b`,
  ),
  // A letter as the news: "wrote to the company on June 3 asking for its data" (one written "to
  // promise" a play area is a pledge, an announcement: events.ts).
  t(
    'statement',
    'letter',
    String.raw`(?:wrote|writes|(?:will|to) write) to(?![^.;]{0,80}? to (?:promise|pledge|offer|announce|confirm)\b)(?= (?:the |a |an |every |all |each |its |his |her |their )?(?:[\w'’-]+ ){0,3}?(?:company|firm|government|council|ministers?|ministry|households?|residents|members|shareholders|customers|parents|regulators?|board|committee|president|prime minister|chancellor|mayor|leaders?|lawmakers|MPs|senators)\b| (?:the |a |an |every |all |each |its |his |her |their )?[A-Z])`,
  ),
  t('statement', 'address', '(?:address|speech|remarks) (?:to|before)', true),
  // Speech put out on social media, and a retort: "took to social media on Tuesday to criticise the
  // ruling", "posted on X on Monday that the bridge was safe", "hit back at her critics", "lashed out at
  // the regulator".
  t(
    'statement',
    'post',
    String.raw`(?:took|takes|(?:will|to) take) to (?:social media|X|Twitter|Facebook|Instagram|Telegram|TikTok|LinkedIn|Truth Social|Bluesky|Threads|the airwaves|state television|state TV|national television)\b|(?:posted|posts|wrote|writes|tweeted|tweets) (?:on|to) (?:social media|X|Twitter|Facebook|Instagram|Telegram|TikTok|LinkedIn|Truth Social|Bluesky|Threads)\b|(?:hit|hits|hitting|lashed|lashes|lashing) (?:back|out) at|(?:hit|hits) back(?=[,.;]| (?:on|late on|yesterday|last)\b)`,
  ),

  // "In a televised address on Saturday, Varga urged calm": a speech named by its kind that opens the
  // sentence (its speaker is the main clause's subject, events.ts).
  t(
    'statement',
    'address',
    String.raw`(?<=^\s*(?:in|during) (?:a|an|his|her|their|its) (?:[\w'’-]+ ){0,2})(?:televised|national|radio|prime-time|primetime|new year['’]?s?|farewell|inaugural|victory|concession|state of the (?:union|nation)|budget) (?:address|speech|broadcast)`,
    true,
  ),
  // A pledge of a step the speaker's own side will take is an announcement: "pledged on Monday to plant
  // 10,000 trees", "promised to hold a referendum", "committed on Tuesday to freezing prices". Not a
  // pledge to oppose or to keep on ("promised to fight the closure"), nor one held as a state ("is
  // committed to", "has long promised to"); a vow stays a statement (the 'urge' row below).
  t(
    'announcement',
    'pledge',
    String.raw`(?<!\b(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|fully|deeply|firmly|has|have|had|having)\s(?:\w+ly\s|also\s|long\s|already\s)?)(?:pledged|pledges|(?:will|to) pledge|promised|promises|(?:will|to) promise|committed|commits)(?: (?:itself|themselves|himself|herself))?(?: (?:on|late on|early on|last|this|yesterday|earlier|later|again|also|publicly|formally)(?: [\w.-]+){0,2}?)? to (?!${NOT_A_STEP}\b)(?:[a-z]+ing|[a-z]{3,})\b`,
  ),
  // An appeal, a vow or an accusation made on a day: "Pike urged calm on Monday", "vowed on Monday to
  // rebuild the town", "accused Dahl of lying on Monday"; evidence given to a court or an inquiry.
  t(
    'statement',
    'urge',
    String.raw`(?:urged|called for|vowed|accused|appealed for)(?=(?: [^.;:,]{1,50}?)? (?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|(?:testified|testifies|(?:will|to) testify|gave evidence|(?:will|to) give evidence)(?= (?:before|to|at|in|on|for|against|under)\b)`,
  ),
  t('statement', 'address', String.raw`(?:speak|speaks|spoke|speaking) (?:at|before) (?:the |an? )?(?=[A-Z])`),
  // Policy acts.
  t('policy', 'ban', 'banned|bans|(?:will|to) ban|banning|barred|(?:will|to) bar|prohibited|prohibits|outlawed|ban on'),
  // A penalty imposed: "the federation fined the club on Monday", "Quillon Bank was fined $2 million"
  // (not the noun: "fines of up to", "the fines were").
  t('policy', 'fine', String.raw`fined(?! up to\b)|(?:will|to) fine(?= (?:the |a |an |its |their |his |her |[A-Z]))`),
  // Not a show, a deal or a gap closed: "closed Saturday's show with an old favourite", "closed the gap".
  t(
    'policy',
    'close',
    String.raw`(?:(?<!behind )closed(?!-door)|closes|(?:will|to) close)(?! (?:(?:the|a|an|its|their|his|her|this|[A-Z][\w'’-]*['’]s) )?(?:[\w-]+ ){0,2}?(?:show|concert|gig|set|performance|festival|season|gap|deal|sale|round|chapter|books?|account|session|day|week|month|quarter|year|lower|higher|up|down|flat|unchanged|at \d)\b)|shut down|shuts down|closure of`,
  ),
  t(
    'policy',
    'sanction',
    String.raw`(?:imposed|imposes|impose|slapped|slaps|slap|placed|places|levied|levies) (?:new |fresh |further |additional |sweeping |targeted )?sanctions|sanctioned|(?:adopted|approved) (?:a |the |its )?(?:\w+ )?(?:package of )?sanctions`,
  ),
  t(
    'policy',
    'tariff',
    String.raw`(?:raised|raises|raise|imposed|imposes|impose|slapped|hiked|doubled|cut|lifted|set|sets|lowered|lowers) (?:[\w%$.,-]+ ){0,3}?(?:tariffs?|duty|duties|levy|levies|tax|taxes)`,
  ),
  // Approvals, and permission granted or refused: "The planning committee refused permission for the wind
  // farm", "Councillors gave the go-ahead for 400 homes" (a court that refuses permission to appeal rules
  // in a case: agent-kind.ts).
  t(
    'policy',
    'approve',
    String.raw`cleared(?= (?:the|a|an|its|their) (?:[\w-]+ ){0,2}?(?:merger|takeover|acquisition|deal|bid|purchase|sale|drug|vaccine|treatment|plan|project|bill|nominee|nomination)\b)|recogni[sz]ed(?= (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:government|independence|state(?:hood)?|sovereignty|annexation|regime|republic)\b)|` +
      String.raw`(?:refused|refuses|(?:will|to) refuse|granted|grants|(?:will|to) grant|gave|gives|(?:will|to) give) (?:[\w'’-]+ ){0,3}?(?:planning permission|permission|planning consent|consent|the go-ahead|the green light)\b|` +
      'approved|approves|(?:will|to) approve|approving|ratified|ratifies|(?:will|to) ratify|ratifying|adopted|adopts|(?:was|were|been) passed(?! (?:over|on|down|up|around|away|along|back|through|out|off)\\b)|passed (?:a|an|the)(?! (?:[\\w-]+ )?(?:milestone|mark|threshold|test|exam|ball|baton|torch|point|peak|halfway)\\b)|passed (?:its|their) (?:first|second|third|final|report) (?:reading|stage|vote)',
  ),
  // A text that passes a chamber or a stage: "The bill cleared the Senate on Tuesday", "The budget passed
  // the Assembly 212-140".
  t(
    'policy',
    'approve',
    String.raw`(?<=\b(?:bill|measure|legislation|law|budget|amendment|motion|treaty|reform|package|resolution|bills|measures|amendments|reforms)(?: [^,;.]{1,40}?)? (?:(?:has|have|had|also|finally|narrowly|easily|comfortably) )*)(?:cleared|clears|passed|passes)(?= (?:the |its |their |a )?(?:[\w-]+ ){0,2}?(?:Senate|House|Congress|Parliament|Assembly|chamber|legislature|Lords|Commons|Bundestag|Sejm|Duma|Knesset|committee|vote|reading|hurdle|stage|upper house|lower house)\b)`,
  ),
  // A signing told by its ceremony: "A signing ceremony is planned for next Thursday" (the act signed).
  t(
    'policy',
    'sign',
    String.raw`signing ceremony(?! (?:for|of) (?:the |a |an |his |her |their )?(?:[\w-]+ )?(?:contract|book|player|deal)\b)`,
    true,
  ),
  // A player's move: "Kofi Mensah signed for Dynamo Tirana" is a transfer, not a signed act.
  t('other', 'transfer', '(?:signed|signs|(?:will|to) sign) (?:for|with) (?=[A-Z])'),
  // Signing a petition, a letter or a book of condolence is no act of policy, nor is signing up
  // ("More than 200 people signed up to speak").
  t(
    'policy',
    'sign',
    String.raw`(?:signed|(?:will|to) sign|signs (?=a |an |the )|signing(?= (?:a|an|the|its|their|his|her) (?:[\w-]+ ){0,3}?(?:bill|law|decree|order|treaty|accord|agreement|deal|pact|memorandum|declaration|charter|convention|protocol|legislation|measure|budget)\b))(?! (?:a |an |the |their |his |her |its )?(?:[\w-]+ )?(?:petitions?|letters?|books? of condolence|condolence books?|autographs?|shirts?|copies|guestbook|visitors['’] book|(?:[\w-]+ )?(?:forms?|documents|papers|cheques|checks|receipts|invoices|timesheets))\b| up\b)`,
  ),
  // "witnessed the signing of 11 cooperation documents", "the signing of the accord on Friday".
  t(
    'policy',
    'sign',
    String.raw`signing of (?:the |an? |\d+ |[\w-]+ ){0,3}?(?:accords?|agreements?|deals?|treat(?:y|ies)|pacts?|decrees?|bills?|memorand(?:um|a)|declarations?|charters?|conventions?|protocols?|documents)\b`,
    true,
  ),
  // An act of policy named by its noun, with the instrument it acts on: "the approval of the bill on
  // Tuesday", "the Senate's passage of the budget", "the lifting of the curfew", "the repeal of the
  // law" (news only when the text dates it; "the introduction of a new phone" is no act of policy).
  // Not an act still wanted or got from another ("pending approval of a tax in March", "won approval
  // of its budget"), which is only its condition or told by its own verb.
  t(
    'policy',
    'act-noun',
    String.raw`(?<!\b(?:pending|awaiting|awaits?|awaited|subject to|seeking|seeks?|sought|needs?|needed|requires?|required|requiring|without|for|won|wins?|got|gets?|received|receives?|secured?|secures|gained|gains?|obtained|obtains?) (?:the )?)(?:approval|ratification|repeal|adoption|enactment|imposition|reimposition|lifting|extension|introduction|passage|revocation|abolition|rescission|suspension|easing|tightening) of (?:(?:the|a|an|its|their|this|new|[\w'’-]+) ){0,3}?(?:${POLICY_INSTRUMENT_WORDS})\b`,
    true,
  ),
  // Diplomatic ties and impeachments: "Norland cut diplomatic ties with Vardia", "impeached the president".
  t(
    'policy',
    'ties',
    String.raw`(?:cut|cuts|severed|severs|broke off|breaks off|restored|restores|(?:will|to) (?:cut|sever|break off|restore)) (?:[\w-]+ ){0,2}?(?:ties|relations)\b|impeached|impeaches|(?:will|to) impeach`,
  ),
  // A legislature that throws out a text: "The senate rejected the treaty on Monday".
  t(
    'policy',
    'reject',
    String.raw`(?:rejected|rejects|(?:will|to) reject|voted down|votes down) (?:the |a |an |its |their )?(?:[\w-]+ ){0,2}?(?:treaty|bill|budget|law|amendment|measure|legislation|motion of (?:no )?confidence|no-confidence motion)\b`,
  ),
  // A state of emergency ended or prolonged: "ended the state of emergency on Monday".
  t(
    'policy',
    'emergency',
    String.raw`(?:ended|ends|(?:will|to) end|extended|extends|(?:will|to) extend|lifted|lifts|(?:will|to) lift) (?:the |a |an |its )?(?:[\w-]+ ){0,2}?(?:state of (?:emergency|siege|disaster)|martial law|curfew)\b`,
  ),
  // A governing body's award or removal of a title or a host's right: "The federation stripped San Juan
  // of next year's championships", "Madrid was awarded the tournament in 2023", "was stripped of his
  // title". Not a prize won ("awarded the Nobel Prize"), nor a car stripped of its parts.
  t(
    'policy',
    'award',
    String.raw`stripped(?= (?:[\w'’,-]+ ){0,4}?of (?:its |his |her |their |the |next year['’]s |this year['’]s |[\w-]+ ){0,3}?(?:titles?|medals?|licen[cs]es?|championships?|tournament|hosting rights|right to host|world cup|olympics|games|final|accreditation|membership|crown|belt)\b)|(?:(?:was|were|has been|had been|is|are) awarded|(?:awarded|awards|(?:will|to) award)(?= (?:[\w'’-]+ ){0,4}?(?:the|next year['’]s|this year['’]s) ))(?= (?:[\w'’-]+ ){0,4}?(?:the |next year['’]s |this year['’]s )(?:[\w-]+ )?(?:championships?|tournament|world cup|olympics|games|event|hosting rights|right to host|final)\b)`,
  ),
  t('policy', 'veto', 'vetoed|vetoes|(?:will|to) veto|vetoing'),
  // Emergency powers and legal mechanisms put to use: "invoked the Emergency Conflagration Act",
  // "invoked Article 50" (not "invoked the memory of").
  t(
    'policy',
    'invoke',
    String.raw`(?:invoked|invokes|(?:will|to) invoke)(?= (?:the |an? |its |their |his |her )?(?:[\w'’-]+ ){0,4}?(?:Act|act|law|powers|clause|Article|article|provisions?|emergency|treaty|mechanism|procedure|rule|Rule|Section|section)\b)`,
  ),
  // "The country went into its first lockdown", "imposed a nationwide lockdown".
  t(
    'policy',
    'lockdown',
    String.raw`(?:went|goes|go|going|was put|were put|was placed|were placed) into (?:a |an |its |their )?(?:[\w-]+ ){0,2}?lockdown|(?:imposed|imposes|impose|ordered|orders|declared|declares|lifted|lifts|ended|ends|eased|eases) (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?lockdown`,
  ),
  // A union's ballot on a strike is a labour happening, not a policy vote.
  t('other', 'strike-vote', '(?:strike|industrial action) (?:vote|ballot)', true),
  t(
    'policy',
    'vote',
    String.raw`voted(?!(?: [\w,-]+){0,5} (?:to|in favou?r of|for) (?:go on |stage |hold |call |begin |start |launch |a )?(?:strike|strikes|walk ?out|industrial action)\b)|(?<!\b(?:counting of|count of|recount of|postal) )(?<!\bvoted\b[^.;]{0,40}${VOTE_COUNT} )(?:votes|vote)(?: \d+-\d+| unanimously)? (?:to|for|against|on)`,
  ),
  // A share of the vote is a result, not a vote held: "won with 62% of the vote".
  t(
    'policy',
    'vote',
    '(?<!(?:%|per ?cent|share|half|third|quarter|majority) of the )(?:confidence |final |parliamentary )?vote(?! (?:to|for|against|on)\\b)|ballot',
    true,
  ),
  t(
    'policy',
    'suspend',
    String.raw`(?<!\b(?:the|a|an|its|their) )suspended|suspends|suspend|lifted(?! (?:the )?(?:trophy|cup|title|spirits|mood)\b| (?:them|him|her|us|me)\b| (?:[\w'’-]+ ){1,3}?(?:to|into|off) (?:the )?(?:top|bottom|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|safety|victory|summit|lead|league|table)\b)(?!${FIGURES_RAISED})|lifts(?! (?:them|him|her|it|us|me|the mood|spirits)\b)(?!${FIGURES_RAISED})|revoked|revokes|expelled|expels|blocked|blocks|restricted|restricts|(?<![,!?]["”’']\s{1,3}|\s{3})(?:declared|declares)(?! (?:(?:the|its|their|final|official|provisional) )*(?:[\w-]+ )?results\b| (?:victory|defeat|bankruptcy|bankrupt|insolvent|insolvency|dead|fit|unfit|force majeure|(?:the |a )?winner|(?:his|her|their|its) (?:candidacy|intention|support|interest|innocence|assets|income))\b)`,
  ),
  t(
    'policy',
    'agree',
    '(?<!\\b(?:the|an|a|its|their|previously|already|mutually) )agreed(?! (?:that|with (?:him|her|them|me|us|the (?:view|assessment|analysis|criticism|sentiment)))\\b)|agrees to|agree to|reached (?:an |a )?(?:[\\w-]+ ){0,2}?(?:deal|agreement|accord)|struck (?:an |a )?(?:[\\w-]+ ){0,2}?(?:deal|agreement)',
  ),
  t(
    'policy',
    'tighten',
    String.raw`(?:tightened|tightens|tighten|eased|eases|loosened|loosens|expanded|extended) (?:[\w-]+ ){0,2}?(?:controls|rules|restrictions|sanctions|curbs|limits)`,
  ),
  t(
    'policy',
    'challenge',
    '(?:filed|files|file|lodged|lodges|lodge) (?:a |an )?(?:formal |legal |trade )?(?:challenge|appeal)',
  ),
  // An order told in the passive, with what is ordered shut or evacuated: "Schools across the region
  // were ordered shut on Tuesday", "Residents were ordered to evacuate" (not "was ordered to pay
  // damages", a court's order in a case).
  t(
    'policy',
    'order',
    String.raw`(?:ordered|orders) (?:the|a|an|(?:[\w'’-]+ ){1,4}?to\b)|(?:ordered|orders)(?= (?:[\w'’-]+ ){1,4}?(?:shut|closed|sealed|evacuated|demolished|reopened|suspended|grounded|halted)\b)|(?<=\b(?:was|were|been|being|is|are|be) )ordered(?= (?:shut|closed|sealed|evacuated|demolished|to (?:close|shut|stay (?:closed|shut|at home|indoors)|remain (?:closed|shut|at home|indoors)|evacuate|leave|be (?:closed|demolished|evacuated)))\b)`,
  ),
  // A person who quits without an object resigns: "Mona Adler quit on Tuesday", "quit as chief executive".
  t(
    'other',
    'resign',
    String.raw`(?<!\b(?:which|that|whom) (?:[A-Z][\w'’-]* ){1,4})(?:quit|quits)(?= (?:as|on|after|over|last|this|yesterday|today|amid)\b|[,.;])`,
  ),
  t(
    'policy',
    'withdraw',
    'quit|quits|withdrew from|withdraws from|(?:will|to) withdraw from|(?:pulled|pulls) out of(?! (?:an?|the|his|her|their|its) (?:[\\w-]+ ){0,2}?(?:trip|visit|tour|journey|summit|talks|meeting|conference|debate)\\b)',
  ),
  // A rate decision: "held its benchmark interest rate at 5.75%", "cut rates by a quarter point",
  // "left its key rate unchanged" (a lender's own rates are its business, agent-kind.ts); a rate by
  // its initials or as borrowing costs, moved by points or to a figure: "cut the CBR by 25 basis
  // points", "raised the OCR to 5.5%", "lowered borrowing costs by a quarter point"; a hold told in
  // markets' words: "stood pat", "kept policy unchanged" (not "stood pat on its offer").
  t(
    'policy',
    'rate',
    String.raw`(?:held|holds|hold|kept|keeps|keep|left|leaves|leave|raised|raises|raise|cut|cuts|lowered|lowers|lower|hiked|hikes|hike|reduced|reduces|reduce|increased|increases|increase) (?:its |their |the )?(?:(?:benchmark|key|policy|base|main|official|repo|reverse repo|lending|deposit|overnight|cash|bank|refinancing|headline|one-week|seven-day) )*(?:interest )?rates?(?! (?:of|for|on) (?!interest|hold\b)|[\w-]+ (?:forecast|outlook|target|rise|rises|fall|falls)\b)(?![^.;]{0,40}? for (?:a |the past |the last |over a |more than a |nearly a |almost a )?(?:decade|years|\d+ years|(?:two|three|four|five|six|several|many) years)\b)|(?:raised|raises|raise|cut|cuts|lowered|lowers|lower|hiked|hikes|hike|reduced|reduces|reduce|lifted|lifts|lift|trimmed|trims|trim)(?= (?:its |their |the )?(?:[A-Z]{2,6}|borrowing costs) (?:by (?:\d+|a quarter|half a|a half|three-quarters of a|one|two|three) (?:basis|percentage|full)? ?points?|to [\d.]+ ?(?:%|per ?cent)))|(?:stood|stands|stand|standing) pat\b(?! on (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\b))|(?:held|holds|hold|kept|keeps|keep|left|leaves|leave) (?:its |their )?(?:monetary )?policy (?:unchanged|steady|on hold)\b`,
  ),
  // A central bank's run of rate moves: "began its easing cycle in July".
  t(
    'policy',
    'rate-cycle',
    String.raw`(?:began|begins|begin|started|starts|start|launched|ended|ends|end|paused|resumed) (?:its|their|an?|the) (?:[\w-]+ ){0,2}?(?:easing|tightening|rate-cutting|rate-hiking|hiking|cutting|loosening) (?:cycle|campaign)`,
  ),
  t(
    'policy',
    'effect',
    '(?:took|takes|take|taking) effect|(?:came|comes|come|coming|went|goes|go|going) into (?:force|effect)|(?:entered|enters|enter) into force|(?:kicked|kicks|kick) in|(?:became|becomes|become) (?:effective|law)',
  ),
  // Conflict events.
  t('conflict', 'invade', 'invaded|invades|invade|invading'),
  t('conflict', 'invade', 'invasion of|full-scale invasion|invasion', true),
  t(
    'conflict',
    'attack',
    String.raw`(?:attacked|attacking)(?! what\b)(?! (?:the |his |her |their |its |a |an )?(?:[\w'’-]+ ){0,2}?(?:plans?|budget|proposals?|polic(?:y|ies)|decision|bill|law|reform|remarks|comments|record|report|deal|idea|move|ruling|strategy|handling|approach|stance|speech|claims?|verdict|performance)\b)|attacks(?= [A-Z])|attack(?= on (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\b|\d))|launched (?:an? )?(?!(?:[\w-]+ ){0,2}?(?:general|national|nationwide|indefinite|hunger|labou?r|rolling|wildcat|solidarity|one-day|two-day|\d+-(?:hour|day)|24-hour|48-hour) strike)(?:[\w-]+ ){0,2}?(?:attack|assault|offensive|strike|drones|missiles|rockets)|(?:strike|attack|missile|drone|shell)s? (?:hit|struck)(?! (?:[\w-]+ ){0,2}?(?:services|production|output|flights|trains|schools|transport|travel|commuters|traffic|deliveries|operations|exports|economy|businesses|ports?|hospitals)\b)`,
  ),
  t(
    'conflict',
    'strike',
    'struck(?! (?:an? |the )?(?:deal|agreement|tone|note|chord)|(?: [\\w-]+){0,3}? (?:down|off)\\b)|shelled|shelling|bombed|bombing|(?:an?|the) (?:missile|drone|air) (?:strike|attack)|an airstrike',
  ),
  // Assaults told by their own verbs: "Troops stormed the town", "Gunmen ambushed a convoy", "Police
  // raided the offices", "fired rockets at the airport", "recaptured Lessa", "clashed with
  // protesters". Not "stormed to victory", "raided the pension fund", "ambushed by reporters" or
  // "clashed with the minister over the budget"; a gunman who opens fire is a crime (a happening). Armed
  // bodies or crowds that clash, with no one named after: "Soldiers and rebels clashed near the airport";
  // armed bodies that advance on a place or take it: "Troops pushed into Lessa", "Rebels took control of Kessa".
  t(
    'conflict',
    'assault',
    String.raw`(?:stormed|storms|storming|recaptured|recaptures|retook|retakes|overran|overruns|overrunning)(?= (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:town|city|village|base|building|compound|prison|jail|parliament|capitol|palace|embassy|airport|port|harbou?r|headquarters|offices|barracks|camp|stronghold|positions?|(?:army |military |police |border )?(?:out)?posts?|hotel|school|church|mosque|temple|station|ministry|bridge|hill|district|province|region|border post|checkpoint)\b| (?:the )?[A-Z])|(?:exchanged|exchanges|exchange|traded|trades) (?:heavy |sporadic |intense |small-arms |artillery |mortar |machine-gun )?(?:gun)?fire\b|ambushed(?! by (?:reporters|journalists|the press|photographers|questions?)\b)|ambushes(?= (?:an? |the )?(?:[\w-]+ )?(?:convoy|patrol|soldiers|troops|police|bus|vehicle)\b)|raided(?! (?:the |its |their |his |her |a )?(?:[\w-]+ ){0,2}?(?:funds?|reserves|coffers|budget|kitty|savings|fridge|wardrobe|archives?|back catalogue|playbook)\b)|fired (?:[\w,-]+ ){0,3}?(?:missiles|rockets|shells|mortars|drones|tear ?gas|rubber bullets|artillery|grenades|water cannon)(?= (?:at|on|into|toward|towards)\b(?! ${DATE_AFTER_ON}))|(?<=\b(?:${ARMED_BODY}|police|protesters|demonstrators|rioters)(?: and (?:[\w-]+ ){0,2}?[\w-]+)? ${ARMED_AUXILIARIES})clashed(?! over\b)|(?<=\b${ARMED_BODY} ${ARMED_AUXILIARIES})(?:(?:pushed|pushes|push|advanced|advances|advance|swept|sweeps|sweep|rolled|rolls|moved|moves|move|marched|marches|march)(?: deeper| further| south| north| east| west)? (?:into|on|towards?)(?= (?:the )?(?:[\w'’-]+ ){0,3}?(?:town|city|village|capital|province|region|district|port|outskirts|border|enclave|territory|positions?|stronghold)\b| (?:the )?[A-Z])|(?:took|takes|take|seized|seizes|seize|gained|gains|gain|wrested) (?:full |effective |total )?control (?:of|over))|clashed with(?= (?:the )?(?:[\w-]+ )?(?:police|protesters|protestors|demonstrators|troops|soldiers|security forces|rebels|militants|fighters|insurgents|government forces|army|rioters|gunmen)\b)`,
  ),
  // Goods seized at a border or in a raid: a haul, not a capture in a war. A vessel seized at sea is
  // a capture (conflict, as the eval conventions list captures and detentions), not a haul.
  t(
    'other',
    'seizure',
    String.raw`(?:seized|seizes|seize|confiscated|confiscates|intercepted|intercepts) (?:[\w,.'’-]+ ){0,4}?(?:of )?(?:cocaine|heroin|drugs|cannabis|marijuana|fentanyl|methamphetamine|narcotics|contraband|counterfeit|cigarettes|ivory|firearms|guns|ammunition|explosives|cash)`,
  ),
  t(
    'conflict',
    'detain',
    String.raw`detained|detains|detain|arrested|arrests|arrest(?= of)|(?:captured|captures)(?! (?:the |a |an |their |its |his |her )?(?:[\w-]+ ){0,2}?(?:titles?|crown|championship|cup|trophy|medals?|gold|silver|bronze|market|imagination|attention|mood|votes?|seats?|share|record|headlines|spirit|essence|moment|images?|footage|photos?|hearts)\b)|(?:seized|seizes)(?! (?:on|upon)\b(?! ${DATE_AFTER_ON})| the (?:initiative|moment|opportunity|chance)\b)|(?<!\b(?:a|an|the|its|their|his|her) )(?:abducted|kidnapped)`,
  ),
  // "home detention" and "house arrest" are sentences, not arrests.
  t(
    'conflict',
    'detain',
    '(?<!(?:home|house|pre-?trial|immigration|preventive|youth) )(?:detentions?|arrests?(?! of))',
    true,
  ),
  // An assault named by its noun with the verb that says it happened: "The attack, which killed 12,
  // took place on Sunday", "Saturday's ambush happened near Dosso".
  t('conflict', 'attack', `(?:${ASSAULT_NOUNS})${HAPPENED_AFTER}`, true, true),
  // A captive or a prisoner let go: "was freed on Tuesday and flown to Lagos", "the rebels freed two
  // aid workers", "released the hostages", "walked free". Not "freed up funds", nor a report released.
  {
    ...t(
      'other',
      'release',
      String.raw`(?:was|were|been|being|be|is|are) (?:freed|set free)|(?<!\b(?:was|were|been|being|be|is|are|newly|recently|the|a|an) )(?:freed|frees)(?! up\b)(?= (?:the |two |three |four |five |six |all |\d+ |[A-Z])|(?: [\w-]+){0,3} (?:hostages?|prisoners?|detainees?|captives?|workers?|journalists?|sailors?|crew|tourists?|nationals?|soldiers?|activists?|students?|girls|boys|children|women|men)\b)|walked free|(?:released|releases|(?:will|to) release) (?:the |two |three |four |five |six |all |\d+ |[\w-]+ ){0,3}?(?:hostages?|prisoners?|detainees?|captives?|abductees|kidnapped)\b|(?<=\b(?:hostages?|prisoners?|detainees?|captives?|abductees|workers|journalists?|sailors|crew|tourists|nationals|soldiers|activists|students|girls|boys|children|women|men|suspects?|he|she|they|[A-Z][\w'’-]+) )(?:was|were|has been|have been|had been) released(?= (?:on|late on|early on|last|yesterday|overnight|after)\b)|(?:was|were|been|be|being) released(?= (?:on (?:bail|parole|licence|license)|from (?:prison|jail|custody|detention|captivity)|unharmed|unhurt|without charge)\b)`,
    ),
    happening: true,
  },
  t(
    'conflict',
    'kill',
    String.raw`killed${NOT_IN_AN_ACCIDENT}|kills|kill(?!ed)|(?<!\b(?:proposals?|ideas?|plans?|bills?|motions?|requests?|suggestions?|amendments?) (?:was|were|has been|had been) )shot down(?! (?:the |a |an |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:proposals?|ideas?|plans?|bills?|motions?|requests?|suggestions?|rumou?rs?|claims?|amendments?)\b)`,
  ),
  // Summits and conferences: handled by `findSummits`, they are names rather than verbs.
  // Other dated happenings.
  t(
    'other',
    'appoint',
    String.raw`appointed|appoints|appoint|named${NAMED_NO_POST} (?:as )?(?:the )?(?:new )?|nominated|nominates|elected|sworn in|fired(?! (?:on|at|upon|into|off|back|shots?|rockets?|missiles?|shells?|mortars?|tear ?gas|warning shots?|rubber bullets|live (?:rounds|ammunition)|bullets|volleys?|salvos?|(?:an?|two|three|four|several|dozens of|\d+) (?:[\w-]+ ){0,2}?(?:shots?|rounds|rockets?|missiles?|shells?|mortars?|salvos?|volleys?|bullets))\b)|(?:took|(?:will|to) take) over as|(?:succeeded|succeeds|(?:will|to) succeed)(?= [A-Z])|confirmed(?= (?:[A-Z][\w.'’-]*,? ){1,4}(?:\d{1,3},? )?as\b)|(?:was|were|has been|have been|had been) confirmed(?= as\b)`,
  ),
  // A union's vote to strike belongs to the strike, not to policy.
  t(
    'other',
    'strike-vote',
    String.raw`voted(?=(?: [\w,-]+){0,5} (?:to|in favou?r of|for) (?:go on |stage |hold |call |begin |start |launch |a )?(?:strike|strikes|walk ?out|industrial action)\b)`,
  ),
  // Taking up a post: "a month after Marisol Duarte became its executive director".
  t(
    'other',
    'appoint',
    String.raw`(?:became|becomes|(?:will|to) become) (?:the |its |their |his |her |a |an )?(?:new |first |next |interim |acting |permanent )?(?:[\w-]+ ){0,2}?(?:director|chief executive|chairman|chairwoman|chair|president|prime minister|premier|chancellor|minister|leader|governor|mayor|head|captain|coach|manager|secretary|commissioner|editor|ambassador|speaker|archbishop|bishop|pope)\b(?! (?:of|for) (?:the )?(?:year|month|future)\b)`,
  ),
  // A court that hears a case: "The Nampally Criminal Court will hear the bail petitions on January 8".
  t(
    'other',
    'court',
    String.raw`(?:heard|hears|(?:will|to) hear) (?:the |a |an |his |her |their |its )?(?:[\w'’-]+ ){0,2}?(?:case|cases|appeal|appeals|petitions?|application|arguments|challenge|motion|bail)\b(?! for\b)`,
  ),
  // Talks that end without a deal: "the talks broke up on Friday evening".
  {
    ...t(
      'other',
      'collapse',
      String.raw`(?<=\b(?:talks|negotiations|meeting|session|summit|ceasefire|truce|coalition)\s+)(?:broke|breaks) (?:up|down)`,
    ),
    happening: true,
  },
  t(
    'other',
    'resign',
    '(?<!\\bwould be )(?:resigned|resigns|(?:will|to) resign|resigning|stepped down|steps down|(?:will|to) step down|stepping down)',
  ),
  // Dismissals: "coach Ivo Brandt had been sacked", "was ousted as leader".
  t(
    'other',
    'dismiss',
    String.raw`(?:was|were|been|be|is|are) (?:sacked|dismissed|ousted|axed|removed from office|relieved of (?:his|her|their) duties)|sacked|ousted|(?:will|to) (?:sack|fire|oust|dismiss)(?= (?:(?:the|its|their|his|her) )?(?:[\w-]+ ){0,2}?(?:coach|manager|chief|head|director|minister|president|premier|secretary|chairman|chairwoman|chair|governor|commissioner|editor|captain|boss|executive|CEO)\b| (?:[\w-]+ ){0,3}?[A-Z])`,
  ),
  t('other', 'launch', 'launched|launches|lifted off'),
  // Happenings named by nouns ("Saturday's season opener", "the death of Pope Francis on April 21",
  // "a lightning strike on July 9"): news only when the text dates them or says what became of them.
  t(
    'other',
    'launch',
    '(?:launch(?! (?:event|party|date|window|price|customers?|site|pad|vehicle|ceremony)\\b))(?: of)?',
    true,
  ),
  t(
    'other',
    'happening',
    String.raw`(?:season |home |away )?opener|(?:grand |official )?opening|inauguration|groundbreaking|ceremony|concert|festival|parade|premiere|election|referendum|(?:sentencing |court |panel |committee |confirmation )?hearing|test(?: flight| launch| run)?(?! (?:data|results?|kits?|scores?|cases?|sites?|centres?|centers?|tracks?|subjects?|papers?|questions?|equipment|facilit(?:y|ies)|samples?|reports?|rigs?|pilots?|drivers?|batch|phase|period|programm?e?s?)\b)|walkout|(?:\d+-day |general |lightning )?strike|bandh|hartal|sit-in|vigil|blockade|protest|demonstration|rally|funeral|match|derby|tournament|race|marathon|regatta|fixture|exhibition|auction|gala|${CONTEST_NOUNS}`,
    true,
    true,
  ),
  {
    ...t(
      'other',
      'protest',
      String.raw`protested|rallied|marched|(?:gathered|assembled|demonstrated)(?= (?:outside|in front of|near|at)\b)|(?:staged|held) (?:a |an )?(?:[\w-]+ )?(?:protest|rally|demonstration|march|sit-in|vigil)`,
    ),
    happening: true,
  },
  // Strikes told by their verbs: "Nurses will go on strike next Tuesday", "Pilots walked out on Monday".
  {
    ...t(
      'other',
      'strike',
      String.raw`(?:went|go|goes|going|(?:will|to) go) on (?:an? |(?:their|its) )?(?:[\w-]+ ){0,2}?strike|(?:walked|walks|walking|(?:will|to) walk) out(?! (?:of|on)\b)|(?:staged|stages|staging|(?:will|to) stage) (?:a |an |their |its )?(?:[\w-]+ ){0,2}?(?:strike|walkout|stoppage)`,
    ),
    happening: true,
  },
  // Births: "was born in Alesund in 1935"; a fronted "Born in Alesund in March 1935, Solvang ..." only
  // with a year in its phrase (its subject is the main clause's, events.ts).
  t(
    'other',
    'birth',
    String.raw`(?:was|were) born(?= (?:in|on|at|to|into)\b)|(?<=^\s*)born(?= (?:in|on|at)\b[^,;]{0,60}?\b(?:1[5-9]\d\d|20\d\d)\b)`,
  ),
  t(
    'other',
    'death',
    'died|dies|was killed in|passed away|(?:was|were|been) shot dead|(?:was|were|been) shot and killed',
  ),
  // Deaths in an accident or a disaster are no attack: "The blast, which ..., killed 12 miners",
  // "Twelve miners were killed on Sunday when a shaft collapsed".
  t(
    'other',
    'death',
    String.raw`(?:${KILLER_NOUNS})(?:, [^,;]{1,60},| (?:of|on|in|at|near|off) [^,;]{1,30}?)? (?:killed|kills|has killed|have killed)`,
  ),
  t(
    'other',
    'death',
    String.raw`(?:were|was|have been|had been) killed(?= [^.;]{0,40}?\b(?:when|after|as|in) (?:an? |the |their |his |her )?(?:[\w-]+ ){0,3}?(?:${ACCIDENT_WORDS})\b)`,
  ),
  // Nature's happenings: "An earthquake of magnitude 6.1 struck northern Peru" is no attack.
  {
    ...t(
      'other',
      'disaster',
      String.raw`(?:earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|tornado|tsunami|blizzard|heatwave|heat wave|landslide|mudslide|avalanche|flood(?:s|ing|waters)?|wildfires?|lightning)(?: (?:of|measuring|with|packing) [\w.,-]+(?: [\w.,-]+){0,3}?)? (?:(?:has|have|had) )?(?:struck|strikes|hit|hits|battered|batters|lashed|lashes|swept|sweeps|tore|tears|ravaged|ravages|slammed|slams|rocked|rocks|shook|shakes|buried|buries|destroyed|destroys|made landfall)`,
    ),
    happening: true,
  },
  // What broke out: "A fire broke out at the mill", "Fighting has broken out in the north" (not
  // "broke out in tears", nor "broke out of" a prison, which is an escape told by its own words).
  {
    ...t(
      'other',
      'disaster',
      String.raw`(?:broke|breaks|(?:has|have|had) broken|(?:will|to) break) out(?! (?:of|in (?:tears|laughter|a sweat|a rash|applause|song|cheers|smiles?|a grin))\b)`,
    ),
    happening: true,
  },
  // Happenings told as what there was: "There was an explosion at a chemical plant on Monday".
  {
    ...t(
      'other',
      'disaster',
      String.raw`there (?:was|were|has been|have been|had been) (?:an? |another |a second |a third |two |three |several |a series of |a number of |dozens of |\d+ )?(?:[\w-]+ ){0,2}?(?:explosions?|blasts?|fires?|blazes?|shootings?|stabbings?|crash|crashes|collisions?|accidents?|earthquakes?|tremors?|landslides?|floods?|flooding|riots?|rioting|stampede|derailment|outages?|power cuts?|blackouts?|leaks?|spills?|eruptions?|protests?|demonstrations?|walkouts?|evacuations?)\b`,
    ),
    happening: true,
  },
  // Elections told by their voters: "Voters in Maravia went to the polls on Sunday".
  {
    ...t(
      'other',
      'election',
      'went to the polls|go to the polls|goes to the polls|cast (?:their |his |her |a |an )?(?:early |postal )?(?:ballots?|votes?)|polls (?:have |had )?(?:closed|opened)|polling stations (?:have |had )?(?:closed|opened)|(?:won|wins|win) re-?election|(?:won|wins|win) (?:a )?(?:second|third|fourth|fifth|new) term|conceded (?:defeat|the (?:election|race|vote|contest))',
    ),
    happening: true,
  },
  {
    ...t(
      'other',
      'court',
      "(?:appeared|appears|(?:will|to) appear) (?:in|before|at) (?:a |an |the )?(?:[\\w'’-]+ ){0,3}?(?:court|judge|magistrates?|tribunal|jury)\\b|(?:admitted|admits) (?:an? |two |three |four |five |six |\\d+ |all |the )?(?:[\\w-]+ ){0,2}?(?:charges?|counts?|offen[cs]es|driving|assault|theft|fraud|murder|manslaughter|burglary|robbery|harassment|stalking|possession)\\b|(?:pleaded|pleads|pled) (?:not )?guilty|(?:was|were|will be|to be|is|are|(?:has|have|had) been) sentenced|jailed|convicted|acquitted|indicted|charged with|charged(?= (?:him|her|them|(?:the|two|three|four|a|an) (?:[\\w-]+ ){0,2}?(?:man|woman|men|women|suspects?|driver|teenager|boy|girl|pair|couple|youths?|officers?)|[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,2}) with\\b)|(?:was|were) disqualified from",
    ),
    happening: true,
  },
  // A court's ruling on what a party asked: "denied a defense motion", "granted bail", "rejected the appeal".
  t(
    'other',
    'ruling',
    String.raw`(?:rejected|rejects|denied|denies|granted|grants|dismissed|dismisses|upheld|upholds|threw out|throws out|overruled|overrules) (?:an? |the |his |her |their |its )?(?:[\w'’-]+ ){0,2}?(?:request|motion|application|appeal|petition|plea|objection|bail)s?\b`,
  ),
  t('other', 'dividend', String.raw`(?:pay|paid|pays|declared|declares) (?:an? )?(?:[\w-]+ )?dividend`),
  t('other', 'halt', 'halted|halts|(?:will|to) halt'),
  // Not a count or a kind of death: "the death toll", "the death penalty", "death threats".
  t(
    'other',
    'death',
    String.raw`death of|death(?! (?:toll|tolls|rate|rates|penalty|sentence|sentences|threats?|row|certificates?|squad|squads|march|spiral|knell|trap|traps|wish)\b)`,
    true,
  ),
  t('other', 'resign', 'resignation of|resignation', true),
  t('other', 'appoint', 'appointment of|appointment', true),
  t('other', 'acquire', 'acquisition of|merger (?:of|with)', true),
  t(
    'other',
    'acquire',
    'acquired|acquires|(?:will|to) acquire|completed (?:the|its) (?:acquisition|purchase|takeover) of',
  ),
  t(
    'other',
    'office',
    String.raw`(?:took|takes) office|(?:completed|completes)(?! (?:a |an |the |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:visit|trip|tour|journey)\b)|raised \$|spun (?:out|off)|went public|(?<!\b(?:visit|visits|trip|trips|tour|tours|journey|talks|negotiations|meeting|meetings)(?:\s(?:between|with|to|of|in|on)\s[^,;.]{1,40}?)?\s)(?:began|begins|started)(?! (?:a |an |the |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:visit|trip|tour|journey|talks|negotiations|strike|walkout|hunger strike|sit-in|protest|trial|hearing)\b)`,
  ),
  // Accidents: "A ferry capsized", "two trains collided".
  t(
    'other',
    'accident',
    String.raw`crashed|collided|capsized|derailed|exploded|erupted|collapsed|ran aground|caught fire|burst its banks|(?<!\bbubble (?:has |had |have )?)burst(?= (?:on|at|after|when|overnight|early|late|last|yesterday|shortly)\b|\s*[,.;]|\s*$)|flooded(?=\s*[,.;]|\s*$| (?:on|in|at|after|when|as|overnight|last|yesterday|early|late|again)\b)`,
  ),
  // Crimes told in the passive of their victim: "A teenager has been stabbed", "The shop was robbed".
  t(
    'other',
    'crime',
    String.raw`(?:was|were|(?:has|have|had) been) (?:stabbed|mugged|robbed|burgled|burglari[sz]ed|carjacked)`,
  ),
  t('other', 'found', '(?:will|to) found|(?:will|to) set up'),
  // Cancelled happenings told by what was cancelled: "Aer Lingus has cancelled 34 flights".
  t(
    'other',
    'cancel',
    String.raw`(?:cancel(?:l)?ed|cancels|called off|calls off|axed|scrapped|postponed|suspended) (?:[\w'’,–-]+ ){0,4}?(?:flights|sailings?|ferry services|train services|trains|matches|games|fixtures|concerts?|shows|performances?|races|classes|lessons|screenings|departures)`,
  ),
  // Sports: "was sent off", "a 1-1 draw with Airdrie on March 7", "Rovers play Dunfermline next Saturday".
  t('other', 'sent-off', '(?:was|were|is|are) sent off'),
  t('other', 'match', String.raw`\d+-\d+ (?:draw|win|defeat|victory|loss|thrashing|rout)`, true),
  {
    // The words before the opponent are listed: a lazy "(?:[a-z-]+ )*?" stops at "the", whose "t" the
    // case-insensitive [A-Z] takes, and the capital check then drops the match ("play the Hawks").
    ...t(
      'other',
      'match',
      '(?:play|plays|face|faces|take on|takes on) (?:(?:the|away|at|home|to|host|hosts|rivals|leaders|champions|holders|neighbou?rs|visitors|league|bottom|top|struggling|unbeaten|local|derby) ){0,3}(?=[A-Z])',
    ),
    happening: true,
  },
  // An accident, a disaster or a crime named by its noun with the verb that says it happened: "The
  // crash occurred shortly after 6am on Tuesday", "The incident happened on Friday".
  t('other', 'happening', `(?:${MISHAP_NOUNS})${HAPPENED_AFTER}`, true, true),
  // Happenings named by a noun that a date or a fate makes news: "Monday's ruling", "the shooting on
  // Saturday". "ruling" before a body is its adjective: "the ruling party", "the ruling Labour Party".
  t(
    'other',
    'happening',
    String.raw`ruling(?! (?:part(?:y|ies)|coalitions?|juntas?|famil(?:y|ies)|class(?:es)?|elites?|bloc|alliance|council|government|military|camp|majority|regime|dynasty|generals)\b)|verdict|shooting|stabbing|riot|riots|blackout|power cut|outage|stampede|derailment|shipwreck|eruption`,
    true,
    true,
  ),
  t(
    'other',
    'happening',
    String.raw`fireworks(?: display)?|march(?= (?:on|to|through|in|from|against|for|by|of)\b|[,.;])`,
    true,
    true,
  ),
  t(
    'other',
    'found',
    'founded|opened(?! (?:a|an|his|her|their|its) (?:[\\w-]+ ){0,2}?(?:visit|trip|tour)\\b)|opens|broke ground|inaugurated|filed (?:a |an )?(?:lawsuit|complaint|suit)|sued|fell|plunged|collapsed|crashed|erupted|evacuated',
  ),
];

/**
 * Where the rows of TRIGGERS can match in a text, by the first letters of the words a match begins
 * with (word-prefixes.ts). Built once from the table's patterns, so a row added to the table is
 * indexed with it; a row whose first words cannot be read is searched in every text.
 */
interface TriggerIndex {
  /** Rows (indexes into TRIGGERS) by the prefixes their matches start with. */
  byPrefix: PrefixTrie<number>;
  /** Per row: the pattern, sticky, to try at one offset; undefined for a row searched everywhere. */
  sticky: (RegExp | undefined)[];
  /** Per row: no offset yet (`NOWHERE`), or undefined for a row searched everywhere; copied for each text. */
  noOffsets: (number[] | undefined)[];
}

/**
 * How far into its first two words a row is indexed. Many rows start with a short word that most
 * sentences hold ("to visit", "will meet", "was briefed", "the ... meeting"): keyed on the first
 * word alone, they were tried wherever "to" or "will" stands, and most tries failed (36 tries per
 * sentence of the generated corpus, 3% of them matched; about 7 this way). A row whose second
 * word may be any word ("held a [\w-]+ call") spells too many prefixes: reading them all costs more
 * when the table is first read than the tries they save, so it is keyed on its first word.
 */
const TWO_WORDS: PrefixReach = { length: 6, words: 2, most: 512 };

function indexTriggers(triggers: readonly Trigger[]): TriggerIndex {
  const byPrefix = new PrefixTrie<number>();
  const sticky = triggers.map((trigger, row) => {
    // A row whose first two words spell too many prefixes is indexed by its first word.
    const prefixes = wordPrefixes(trigger.pattern, TWO_WORDS) ?? wordPrefixes(trigger.pattern, FIRST_WORD);
    if (!prefixes) return undefined;
    for (const prefix of prefixes) byPrefix.add(prefix, row);
    return new RegExp(trigger.pattern.source, `${trigger.pattern.flags.replace('g', '')}y`);
  });
  return { byPrefix, sticky, noOffsets: sticky.map((pattern) => (pattern ? NOWHERE : undefined)) };
}

let triggerIndex: TriggerIndex | undefined;
/** No offset: shared by the rows without a candidate in a text (never added to). */
const NOWHERE: number[] = [];

/**
 * Per row of TRIGGERS, the offsets (ascending) where a match of it may start in `text`: the words
 * it can begin with; `undefined` for a row to search the whole text for.
 */
export function candidateOffsets(text: string): (number[] | undefined)[] {
  const index = (triggerIndex ??= indexTriggers(TRIGGERS));
  const offsets = index.noOffsets.slice();
  index.byPrefix.forEachAt(text, (row, at) => {
    const list = offsets[row];
    if (list === NOWHERE) offsets[row] = [at];
    else if (list && list[list.length - 1] !== at) list.push(at);
  });
  return offsets;
}

/** A verb this close after a reporting verb ("said", "told") is what is reported, not an event. */
export function findTriggers(masked: string): TriggerMatch[] {
  return findTriggersAt(masked, candidateOffsets(masked));
}

/**
 * `findTriggers` trying each row only at its candidate offsets (or everywhere, for `undefined`):
 * the leftmost match at or after the end of the last one, as a global search finds it.
 */
export function findTriggersAt(masked: string, offsets: readonly (readonly number[] | undefined)[]): TriggerMatch[] {
  const index = (triggerIndex ??= indexTriggers(TRIGGERS));
  const matches: TriggerMatch[] = [];
  const consider = (trigger: Trigger, match: RegExpExecArray): void => {
    if (!capitalsHold(match)) return;
    if (trigger.determined && !NOUN_PHRASE_HEAD.test(masked.slice(Math.max(0, match.index - 40), match.index))) return;
    matches.push({ start: match.index, end: match.index + match[0].length, trigger, text: match[0] });
  };
  TRIGGERS.forEach((trigger, row) => {
    const starts = offsets[row];
    const sticky = index.sticky[row];
    if (starts && sticky) {
      let after = 0;
      for (const start of starts) {
        if (start < after) continue;
        sticky.lastIndex = start;
        const match = sticky.exec(masked);
        if (!match) continue;
        after = start + match[0].length;
        consider(trigger, match);
      }
      return;
    }
    trigger.pattern.lastIndex = 0;
    for (let match = trigger.pattern.exec(masked); match; match = trigger.pattern.exec(masked)) {
      if (match[0] === '') {
        trigger.pattern.lastIndex += 1;
        continue;
      }
      consider(trigger, match);
    }
  });
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches: keep the first and longest.
  const kept: TriggerMatch[] = [];
  for (const match of matches) {
    const last = kept.at(-1);
    if (last && match.start < last.end) continue;
    kept.push(
      isNounUse(masked, match)
        ? { start: match.start, end: match.end, trigger: nounFormOf(match.trigger), text: match.text }
        : match,
    );
  }
  return kept;
}

/**
 * A determiner or possessive, then at most three modifiers, right before a word: "the meeting",
 * "Tuesday's meeting", "the Dec. 28 meeting", "their first meeting", "Rovers' defeat". A pronoun or an auxiliary
 * among the modifiers means a clause, not a noun phrase ("that he is meeting"); a preposition
 * means the word is another noun's complement ("a ban on fireworks").
 */
const NOUN_PHRASE_HEAD =
  /(?:\b(?:the|a|an|this|that|these|those|their|his|her|its|our|your|my|whose|another|each|every|no)|[A-Za-z.]['’]s|[A-Za-z]s['’])\s+(?:(?!(?:is|are|was|were|be|been|being|will|would|to|he|she|they|we|it|i|you|on|of|in|at|for|with|by|from|into|over|against|about)\s)[\w.'’,-]+\s+){0,3}$/i;

/** Verb triggers whose -ing form is also an event noun ("the meeting", "a hearing"). */
const GERUND_NOUN = /^meeting\b/i;

/** True when a verb trigger's word is used as a noun: "after the meeting", not "before meeting Duda". */
export function isNounUse(masked: string, match: TriggerMatch): boolean {
  if (match.trigger.nominal || !GERUND_NOUN.test(match.text)) return false;
  return NOUN_PHRASE_HEAD.test(masked.slice(Math.max(0, match.start - 40), match.start));
}

const nounForms = new WeakMap<Trigger, Trigger>();

/** The same trigger read as a noun, one object per trigger so that matches compare equal. */
function nounFormOf(trigger: Trigger): Trigger {
  let noun = nounForms.get(trigger);
  if (!noun) {
    noun = { ...trigger, nominal: true };
    nounForms.set(trigger, noun);
  }
  return noun;
}

/**
 * Strong clause boundaries: a date, an actor or a status does not cross them. "announced on
 * Sept. 19 that Lavrov is set to meet Rubio": the date belongs to the announcement only. The ", and"
 * of a list of people told with ages or hometowns is none ("Voss, 34, of Tucson, and Harlan, 41,
 * were arrested": both were). A colon
 * inside parentheses ("(NASDAQ: VRDC)") or after a timeline's date ("Aug. 8, 2025: Washington
 * sets ...") is no boundary, nor ", as" after an age ("Ruiz, 38, as minister"); ", two days after"
 * is one. So is the comma that closes a parenthetical relative clause before its antecedent's
 * verb ("Grieg, who founded the firm in 1961, retired on Saturday"): 1961 does not date the
 * retirement, nor Saturday the founding; also when the relative clause is inside an apposition
 * ("Oyelaran, the soprano who sang there in 1999, died on Tuesday"). The "that" of a cleft ("It was
 * on Sunday that the minister resigned") is no boundary: the date it puts first is its clause's.
 * Nor is a "while" before a participle ("was swept away while crossing a flooded road on Tuesday"):
 * it opens no clause with a verb of its own, and the date after it is the main verb's.
 *
 * The comma before a trailing attribution ("Flights resumed on Monday, the airline said") is one,
 * but not the comma of a body's name that holds a list ("The Ministry of Labour, Employment and
 * Social Affairs announced"): its name is the subject of the verb.
 *
 * Each look-behind stands after the character or word it guards and ends with it (`:(?<!...:)`,
 * `that(?<!...\sthat)`), not before it: the same matches, but the pattern is tried at every offset
 * of every sentence, and a look-behind placed first was run backwards from each of them (`\([^()]*`
 * back to the sentence's start) before the one character that rules most offsets out was read.
 */
const CLAUSE_BOUNDARY =
  /;|:(?<!^\s*(?:[*•·]\s*)?(?:[A-Z][a-z]{2,8}\.? (?:\d{1,2}(?:, \d{4})?|\d{4})|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?|\d{4}):)(?<!\([^()]*:)(?!(?<=\d:)\d)|[\u2014\u2013](?<!^\s*(?:[*•·]\s*)?(?:[A-Z][a-z]{2,8}\.? (?:\d{1,2}(?:, \d{4})?|\d{4})|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?|\d{4})\s*[\u2014\u2013])|\s--\s|\b(?:that(?<!\b[Ii]t\s+(?:was|is|will be|had been)\s+(?:only\s+|just\s+|not\s+until\s+|not\s+till\s+)?(?:on|in|at|last|this|early|late|yesterday|during|until|after|before)\b[^,;.]{0,40}?\sthat)(?!\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|weekend|week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|but|while(?!\s+[a-z]+ing\b)|whereas|although|though|because|which|who|whom|according to|despite|unless|until|when)\b|,(?<![A-Z][\w'’-]*,\s\d{1,3},|[A-Z][\w'’-]*,(?:\s\d{1,3},)?\s(?:of|from)\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},)\s*(?:and|after|before|when|where|with|since)\b|,(?<![\s,]\d{1,3},)\s*as\b|,(?=\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+|hours?|days?|weeks?|months?|years?|minutes?|shortly|just|only|soon|moments?)\s+){1,3}(?:after|before|later)\b)|,(?<=,\s*(?:who|which|whose)\b[^,;()]{1,150},|,\s*(?:an?|the)\s[^,;()]{1,60}\s(?:who|which|whose)\b[^,;()]{1,150},)(?=\s+(?:[a-z]+ly\s+)?[a-z])|,(?<=[A-Z][\w'’-]*(?:,\s*\d{1,3})?,\s*(?:an?|the)\s[^,;()]{1,60}\b(?:in|since|from)\s[^,;()]{0,20}\d{4},)(?=\s+(?:[a-z]+ly\s+)?(?:was|were|has|had|[a-z]{3,}ed)\b)|,(?!(?<=\b(?:of|for)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:and|&)\s+[A-Z])(?=[^,]{0,80}\b(?:said|says|told|tells|reported|reports|claimed|claims|added|confirmed|announced|recalled|recalls|recounted|recounts|remembered|remembers)\b[^,]*$)/g;

/**
 * A ", who/which/whose …," clause, or a name's ", a/the …," apposition, closed right before `at`:
 * where its opening comma stands. A figure's thousands comma ("which spent $300,000 lobbying,")
 * closes nothing.
 */
export function relativeClosedBefore(masked: string, at: number): number | undefined {
  // Both shapes end in a comma and spaces: most points have none before them.
  if (!endsWithComma(masked, at)) return undefined;
  const relative =
    /,\s*(?:who|which|whose)\b(?:[^,;()]|,(?=\d{3}\b)){1,150},\s*$|(?<=\p{Lu}[\p{L}\p{M}\d'’-]*(?:,\s*\d{1,3})?),\s*(?:an?|the)\s[^,;()]{1,210},\s*$/u.exec(
      masked.slice(Math.max(0, at - 240), at),
    );
  return relative ? at - (Math.min(at, 240) - relative.index) : undefined;
}

/** True when `text` before `at` ends in a comma and any run of white space (`/,\s*$/`). */
function endsWithComma(text: string, at: number): boolean {
  let index = Math.min(at, text.length) - 1;
  while (index >= 0 && /\s/.test(text.charAt(index))) index -= 1;
  return text.charAt(index) === ',';
}

/** The clause boundaries of the text last asked about: its clauses are asked for once per trigger. */
let boundariesOf: { masked: string; boundaries: readonly Span[] } | undefined;

function clauseBoundaries(masked: string): readonly Span[] {
  if (boundariesOf?.masked === masked) return boundariesOf.boundaries;
  const boundaries: Span[] = [];
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let match = CLAUSE_BOUNDARY.exec(masked); match; match = CLAUSE_BOUNDARY.exec(masked)) {
    boundaries.push({ start: match.index, end: match.index + match[0].length });
  }
  boundariesOf = { masked, boundaries };
  return boundaries;
}

/** The clauses of `masked` in order: the stretches between its clause boundaries that hold a word. */
export function clausesOf(masked: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const boundary of clauseBoundaries(masked)) {
    if (/\w/.test(masked.slice(start, boundary.start))) clauses.push({ start, end: boundary.start });
    start = boundary.end;
  }
  if (/\w/.test(masked.slice(start))) clauses.push({ start, end: masked.length });
  return clauses;
}

/** The clause of `masked` that contains `at`. */
export function clauseAround(masked: string, at: Span): Span {
  let start = 0;
  let end = masked.length;
  for (const boundary of clauseBoundaries(masked)) {
    if (boundary.end <= at.start) start = boundary.end;
    else if (boundary.start >= at.end) {
      end = boundary.start;
      break;
    }
  }
  return { start, end };
}

/** Blanks out the given spans (quotations) with spaces, keeping every offset. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let masked = text;
  for (const span of spans) {
    const start = Math.max(0, span.start);
    const end = Math.min(text.length, span.end);
    if (end <= start) continue;
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  }
  return masked;
}

/** The names of a summit or conference that every match of SUMMIT ends in (also its cheap gate). */
const SUMMIT_NAMES = String.raw`summit|Summit|General Assembly|conference|Conference|forum|Forum|workshop|Workshop|symposium|Symposium|G-?7|G-?20|congress|Congress|COP\d+`;
const SUMMIT = new RegExp(
  String.raw`\b((?:(?:the|an?|this|last|next)\s+)?(?:(?:[A-Z][\w.&-]*|\d+-day|[a-z]+-day|week-long|weeklong|annual|global|international|regional|ongoing|emergency|extraordinary|upcoming|two-day|three-day)\s+)*?(?:[a-z-]+\s+){0,2}?(?:${SUMMIT_NAMES})(?:\s+(?:leaders['’]?\s+)?(?:summit|meeting))?)\b`,
  'g',
);
/** A text without any of SUMMIT_NAMES holds no summit: most sentences skip SUMMIT's costly scan. */
const SUMMIT_GATE = new RegExp(SUMMIT_NAMES);
/** A local public meeting is no summit: "A public participation forum on the county's budget". */
const NOT_SUMMIT =
  /\b(?:press|news)\s+conference$|\bconference call$|\b(?:public|community|town[- ]hall|residents['’]?)\s+(?:[a-z-]+\s+)?forum$/i;

/** Summit and conference names in a masked sentence: "the week-long annual U.N. summit". */
export function findSummits(masked: string): Span[] {
  const spans: Span[] = [];
  SUMMIT.lastIndex = 0;
  const named = SUMMIT_GATE.test(masked);
  for (let match = named ? SUMMIT.exec(masked) : null; match; match = SUMMIT.exec(masked)) {
    const phrase = match[1] ?? '';
    const context = masked.slice(Math.max(0, match.index - 12), match.index + match[0].length);
    if (NOT_SUMMIT.test(phrase) || NOT_SUMMIT.test(context)) continue;
    // "a conference call", "a summit meeting room": the name qualifies another noun.
    if (/^\s+(?:call|calls|room|centre|center|hall)\b/i.test(masked.slice(match.index + match[0].length))) continue;
    // A legislature, not a meeting, unless a name stands before it ("the World Congress").
    if (/(?:^|\b(?:the|to|of|in|before|by|[a-z]+))\s*Congress$/.test(phrase.trim())) continue;
    const span = { start: match.index + summitLead(phrase), end: match.index + match[0].length };
    // "a post-summit briefing", "the summit-level talks": the summit names another noun's time or kind.
    if (masked.charAt(span.start - 1) === '-' || masked.charAt(span.end) === '-') continue;
    if (isBodyOrPeak(masked, span)) continue;
    // "the World Economic Forum's annual meeting": the meeting is the forum's gathering itself.
    const own = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|gathering)\b/i.exec(masked.slice(span.end));
    if (own) span.end += own[0].length;
    spans.push(span);
  }
  // "a three-day emergency meeting", "week-long talks": a meeting of several days is a summit.
  MULTI_DAY_MEETING.lastIndex = 0;
  for (let match = MULTI_DAY_MEETING.exec(masked); match; match = MULTI_DAY_MEETING.exec(masked)) {
    if (OWN_BODY_BEFORE.test(masked.slice(Math.max(0, match.index - 70), match.index))) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * People who speak or act for a body: "a spokesman for the Pacific Islands Forum", "members of"; and
 * the body's own meeting: "at the meeting of the Regional Health Forum West" (a meeting, not a summit).
 */
const FOR_A_BODY =
  /\b(?:meetings?|representatives?|members?|officials?|head|chief|chairman|chairwoman|chair|president|secretary-general|general secretary|leader|leaders|spokes(?:man|woman|person)|director|chief executive)\s+(?:of|for|from|at)\s+(?:the\s+)?$/i;
/** A verb that a body, not a gathering, is the subject of: "The Road Transport Forum said". */
const BODY_ACTS =
  /^\s*(?:,[^,;]{1,60},\s*)?(?:(?:has|have|had|will|would|also|then|later|on\s+\w+)\s+)*(?:said|says|told|announced|announces|urged|urges|warned|warns|welcomed|welcomes|criticised|criticized|condemned|expelled|expels|elected|elects|appointed|appoints|issued|issues|called|calls|wrote|writes|represents|argued|argues|claimed|claims|rejected|rejects|denied|denies|filed|sued|endorsed|endorses|backed|backs|voted|votes|won|wins|lost|loses|cut|cuts|hired|fired|opposed|opposes|asked|asks|demanded|demands|accused|accuses|praised|praises|protested|protests|marched|boycotted|boycotts|threatened|threatens)\b|^\s*(?:(?:has|have|had|will|also|on\s+\w+)\s+)*(?:held|holds|staged|stages|organi[sz]ed|organi[sz]es|led|leads)\s+(?:a|an)\s+(?!(?:[\w-]+\s+){0,2}?(?:summit|conference|meeting|session|forum|congress|gathering)\b)|^['’]s\s+(?!(?:annual|first|second|third|last|next|emergency|summit|meeting|session|opening|closing|final|plenary|sidelines)\b)/i;
/** The members of a group named like its summit: "G7 finance ministers", "G20 countries". */
const GROUP_MEMBERS_AFTER =
  /^\s+(?:[\w-]+\s+)?(?:ministers|leaders|countries|nations|members|economies|officials|governments|partners|allies|states|central bankers|envoys|ambassadors|negotiators)\b/i;
/** A mountain's summit: "reached the summit on Tuesday", "the summit of Mount Kenya". */
const PEAK_BEFORE =
  /\b(?:reach|reached|reaches|reaching|climbed|climbs|scaled|scales|conquered|near|below|from)\s+(?:the\s+)?$/i;
const PEAK_AFTER = /^\s+of\s+(?:Mount|Mt\.?|Mont|Monte|Everest|K2|Kilimanjaro|Denali|Aconcagua)\b/;

/**
 * A summit's or a conference's name that names a body acting ("The Pacific Islands Forum said",
 * "a spokesman for the Conference of Bishops", "the African National Congress expelled"), or the
 * top of a mountain ("The climbers reached the summit"): no gathering.
 */
function isBodyOrPeak(masked: string, span: Span): boolean {
  const before = masked.slice(Math.max(0, span.start - 60), span.start);
  const after = masked.slice(span.end, span.end + 80);
  const name = masked.slice(span.start, span.end);
  if (/^(?:an?\s+|the\s+)?summit$/i.test(name) && (PEAK_BEFORE.test(before) || PEAK_AFTER.test(after))) return true;
  // "The G7 finance ministers will meet", "G20 countries agreed": the group, not its summit.
  if (/^(?:the\s+)?G-?(?:7|20)$/i.test(name) && GROUP_MEMBERS_AFTER.test(after)) return true;
  // A gathering's own words ("the G20 summit said" is rare) are left to the summit reader.
  if (/\b(?:summit|G-?7|G-?20|COP\d+)\b/i.test(name)) return false;
  return FOR_A_BODY.test(before) || BODY_ACTS.test(after);
}

/** Words that may open a summit's name: a determiner, a name, a length or a kind of summit. */
const SUMMIT_OPENER =
  /^(?:the|an?|this|last|next|[A-Z][\w.&-]*|\d[\w-]*|[a-z]+-day|week-?long|annual|global|international|regional|ongoing|emergency|extraordinary|upcoming)$/;

/**
 * How many characters of a SUMMIT match precede the summit's own name: the verb or preposition
 * before it that the pattern's lowercase words took in ("host a summit", "of the summit", "known as
 * COP31"). The name starts at its last determiner, else at its first word that may open one.
 */
function summitLead(phrase: string): number {
  const words = [...phrase.matchAll(/\S+/g)];
  const last = words.at(-1);
  const determiner = words.findLast(
    (word) => word !== last && /^(?:the|an?|this|last|next)$/i.test(word[0]) && word.index > 0,
  );
  if (determiner) return determiner.index;
  return words.find((word) => word === last || SUMMIT_OPENER.test(word[0]))?.index ?? 0;
}

const MULTI_DAY_MEETING =
  /\b(?:an?|the|their|its)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-day\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks|session|negotiations)\b|\b(?:an?|the|their|its)\s+week-?long\s+(?:[a-z-]+\s+){0,2}?(?:meeting|talks|session|negotiations)\b/g;

/**
 * A standing body that holds a meeting of several days as its own sitting, before it: "taken by the
 * Monetary Policy Committee at the end of a two-day meeting", "the board's three-day meeting": a
 * meeting, not a summit of delegations ("officials from 12 countries gathered for a three-day
 * emergency meeting" is one).
 */
const OWN_BODY_BEFORE =
  /\b(?:committee|committee['’]s|board|board['’]s|cabinet|cabinet['’]s|MPC|FOMC|governors|directors)\b[^.;]{0,60}$/i;

/** Length in days that a phrase gives an event: "week-long" -> 7, "three-day" -> 3. */
export function durationDays(phrase: string): number | undefined {
  if (/\bweek[- ]?long\b/i.test(phrase)) return 7;
  const days = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]day\b/i.exec(phrase);
  if (!days?.[1]) return undefined;
  const count = COUNT_WORDS[days[1].toLowerCase()] ?? Number(days[1]);
  return Number.isFinite(count) && count > 1 ? count : undefined;
}
