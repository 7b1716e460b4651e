/**
 * Policy act or happening: the same verb is either, by who acts. A government that closes a
 * border, suspends flights or halts exports makes policy; a company that closes its plant, suspends
 * flights, halts production, signs a supply contract or agrees to buy a rival does not. The agent is
 * read from the words before the verb in its clause (its subject) and the kinds and roles of the
 * actors named there; a closure with no known agent but a business's premises as its object
 * ("closed the Harwick plant") is a business's too. Courts are left as the trigger reads them.
 */
import type { EventKind } from '../model/event-list.ts';
import type { ActorDraft } from './types.ts';

export type Agent = 'authority' | 'business' | 'crowd' | 'nature' | 'unknown';

/**
 * Names of public bodies: "the Interior Ministry", "the Competition Authority", "Bank of Eldoria",
 * and central banks named in their own language ("Banco de la República", "the Bundesbank").
 */
const AUTHORITY_NAME =
  /\b(?:Ministry|Ministries|Department|Government|Parliament|Senate|Congress|Assembly|Council|Commission|Authority|Agency|Regulator|Bureau|Administration|Cabinet|Treasury|Central Bank|Federal Reserve|Reserve Bank|National Bank|Bank of(?= [A-Z])|Bundesbank|Riksbank|Norges Bank|Nationalbank|Banco Central|Banco de (?:la Rep[uú]blica|Espa[nñ]a|Portugal|M[eé]xico)|Banque de France|Banque [Cc]entrale|Banca d['’]Italia|Bank Indonesia|Bank Negara|Police|Constabulary|Legislature|Municipality|Customs|Inspectorate|Directorate|Secretariat|Office|European Union|EU|E\.U\.|Air Force|Army|Navy|Coast Guard|Embassy|Consulate|Sejm|Bundestag|Bundesrat|Knesset|Duma|Storting|Riksdag|Folketing|Eduskunta|Oireachtas|Dáil|Lok Sabha|Rajya Sabha|FA|UEFA|FIFA|IOC|Football Association|Rugby Football Union|World Rugby|World Athletics)\b/;
/** The same as common nouns, and the people who hold public office. */
const AUTHORITY_NOUN =
  /\b(?:government|governments|ministry|ministries|ministers?|department|cabinet|council|(?:planning|licensing|select|standing|finance|budget|appropriations|zoning|regulatory) committee|parliament|senate|assembly|legislature|legislators|lawmakers|MPs|senators|regulators?|watchdog|authority|authorities|administration|state|states|province|provinces|city|county|counties|municipality|mayor|governor|president|prime minister|premier|chancellor|police|central bank|treasury|monetary authority|junta|commission|agency|school board|board of education|officials|customs|army|military|navy|embassy|consulate|league|federation|governing body)\b/i;
/** Public offices: a minister or a mayor acts for a government, whatever their portfolio's name. */
const OFFICE_HOLDER =
  /\b(?:[Mm]inisters?|[Pp]resident|[Gg]overnor|[Mm]ayor|[Cc]hancellor|[Pp]remier|[Ss]ecretary|[Ss]enators?|[Cc]ommissioner|[Kk]ing|[Qq]ueen)\b/;
/** Names and nouns of businesses: "Dunmore Steel", "Kestrel Air", "the carmaker". */
const BUSINESS_NAME =
  /\b(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|LLP|AG|SA|NV|BV|Oyj|ASA|AB|GmbH|SpA|Co|Company|Group|Holdings?|Motors|Foods?|Air|Airlines?|Airways|Energy|Mining|Minerals|Steel|Telecom|Capital|Partners|Logistics|Pharma|Pharmaceuticals|Labs|Technologies|Systems|Industries|Shipping|Petroleum|Oil|Resources|Electric|Automotive|Brewing|Brewery|Retail|Stores|Media|Studios|Insurance|Financial|Semiconductors?|Microelectronics|Chemicals|Textiles|Mills|Timber|Cement|Properties|Hotels|Resorts|Cruises|Dairy|Farms|Bakeries|Brands|Ventures|Works)\b/;
/** "Tavira Bank", "Helix Bank": a bank by name, unless it is a central, national or reserve bank. */
const COMMERCIAL_BANK =
  /\b(?!(?:Central|National|Reserve|People['’]s|World|Development|Investment|Federal|State|Export-Import)\b)[A-Z][\w'’-]+ Bank\b(?! of)/;
const BUSINESS_NOUN =
  /\b(?:company|companies|firm|firms|carmaker|automaker|airline|airlines|carrier|retailer|supermarket|chain|miner|lender|insurer|manufacturer|maker|producer|brewer|operator|developer|startup|start-up|conglomerate|owner|owners|employer|club)\b/i;
/**
 * Bodies that run their own affairs but govern no one: a university, a school, a church, a hospital, a
 * festival's organisers, a band, as the head of the subject right before the verb. What they ban, close
 * or suspend is their own business, as a company's is.
 */
const PRIVATE_BODY =
  /\b(?:university|universities|college|school|academy|church|diocese|hospitals?|clinic|museum|gallery|theat(?:re|er)|festival|organi[sz]ers|charity|foundation|band|orchestra|choir)\s+(?:(?:has|have|had|also|then|later|on\s+\w+day)\s+)*$/i;
/**
 * A union of members, not of states: "The Students' Union council", "the Union of Stage
 * Technicians", "a trade union". It governs no one: its votes and its bans are its members' own.
 */
const MEMBERS_UNION =
  /\b(?:[Ss]tudents['’]?\s+[Uu]nion|[Tt]rade\s+[Uu]nions?|[Ll]abou?r\s+[Uu]nions?|[Ww]orkers['’]?\s+[Uu]nion|[Uu]nion\s+of\s+(?!(?:South\s+)?[A-Z][a-z]+\s+(?:Republics|States)\b)[A-Z]|National\s+Union\s+of)\b/;
/** People acting as a crowd, not as an institution: "Protesters blocked the main road". */
const CROWD =
  /^\s*(?:(?:the|some|many|hundreds of|thousands of|dozens of|angry|striking|farmers['’]?)\s+)*(?:unions?|protesters|protestors|demonstrators|activists|farmers|workers|strikers|residents|students|parents|pupils|dockers|dockworkers|pilots|nurses|teachers|doctors|miners|locals|neighbou?rs|campaigners|fishermen|commuters|passengers|tenants|inmates|prisoners|youths|squatters|pickets|picketers|hauliers|fans|supporters|rioters|villagers|truckers|lorry drivers|taxi drivers|drivers|crowds?|mobs?)\b/i;
/** What a business closes, halts or suspends: its premises and its own operations. */
const BUSINESS_OBJECT =
  /^\s*(?:(?:its|their|the|a|an|all|two|three|four|five|six|\d+)\s+)*(?:[\w'’-]+\s+){0,3}?(?:plants?|factory|factories|mills?|stores?|shops?|outlets?|branch(?:es)?|offices|warehouses?|mines?|refinery|refineries|smelters?|depots?|restaurants?|hotels?|production|operations|assembly lines?|lines?|shipments|deliveries|sales)\b/i;

/** A body's own business as the object: "its share buyback", "their sailings", "its dividend". */
const OWN_BUSINESS =
  /^\s*(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:buybacks?|dividends?|payouts?|production|output|operations|services|flights|sailings|trading|listing|sales|deliveries|shipments|plans?|strike|walkout|campaign|protest|bid|offer|search|season|tour)\b/i;

/**
 * Forces of nature and accidents as a verb's subject: "A landslide blocked the road", "An early
 * snowstorm closed Interstate 17". They close and block things, but they make no policy.
 */
const NATURE =
  /\b(?:(?:fallen\s+)?trees?|branch(?:es)?|debris|boulders?|sinkhole|water main|burst pipe|storms?|snowstorm|blizzard|hurricane|typhoon|cyclone|tornado|landslides?|mudslides?|rockfall|avalanche|floods?|flooding|floodwaters|fires?|blaze|wildfires?|rain|snow|snowfall|ice|fog|winds?|gales?|crash|accident|collision|earthquake|eruption|ash cloud|outage|heat(?:wave)?)\b(?!\s+(?:service|brigade|crews?|fighters|chiefs?|officers?|department|authority|agency|marshal|hockey|skating)\b)/i;

/**
 * A happening that is the whole subject: "The strike closed 300 schools", "Monday's walkout on the
 * railways shut the network". Like a storm, it closes things but makes no policy.
 */
const HAPPENING_SUBJECT =
  /^\s*(?:(?:the|a|an|this|that|its|their|[\w'’-]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|walkouts?|stoppages?|protests?|blockades?|riots?|unrest|fighting|pandemic|epidemic|outbreak)(?:\s+(?:on|in|at|by|over|of|against)\s+[^,;]{1,30}?)?\s*$/i;
/**
 * The words HAPPENING_SUBJECT needs, as plain text: a subject without any of them is no happening,
 * found without the backtracking of the whole pattern over each word of a long subject.
 */
const HAPPENING_WORD = /strike|walkout|stoppage|protest|blockade|riot|unrest|fighting|pandemic|epidemic|outbreak/i;

/** Who acts, from the clause's words before the verb and the actors named there. */
export function agentOf(subject: string, actors: readonly ActorDraft[]): Agent {
  const head = /^(?:\s*\S+){0,8}/.exec(subject.replace(/^.*\b(?:and|or)\s+(?=[A-Z])/, ''))?.[0] ?? subject;
  if (actors.some((actor) => actor.kind === 'country') || AUTHORITY_NAME.test(head) || OFFICE_HOLDER.test(head))
    return 'authority';
  if (actors.some((actor) => actor.kind === 'person' && actor.roles.some((role) => OFFICE_HOLDER.test(role))))
    return 'authority';
  if (CROWD.test(head)) return 'crowd';
  if (BUSINESS_NAME.test(head) || BUSINESS_NOUN.test(head) || COMMERCIAL_BANK.test(head) || PRIVATE_BODY.test(subject))
    return 'business';
  if (AUTHORITY_NOUN.test(head)) return 'authority';
  if (NATURE.test(head) || (HAPPENING_WORD.test(subject) && HAPPENING_SUBJECT.test(subject))) return 'nature';
  return 'unknown';
}

/** A passive auxiliary right before the verb: "Protesters were banned", "Fans have been barred". */
const PASSIVE_BEFORE =
  /\b(?:was|were|been|being|be|is|are)\s+(?:(?:also|then|later|again|temporarily|indefinitely|formally|officially|now|effectively|subsequently)\s+)?$/i;
/** Acts done to people or bodies: who is banned, barred or ordered out is not who acts. */
const DONE_TO = new Set(['ban', 'order', 'sanction']);
/** "by" that names no agent: "by the end of the month", "by then", "by 40%". */
const BY_AGENT =
  /^[^;]*?\bby\s+(?!(?:the\s+)?(?:end|start|time|then|now|close|middle|weekend|morning|evening|afternoon|spring|summer|autumn|winter)\b|\d)([^,;]{1,60})/i;

/**
 * Who acts in a clause: its subject, or in the passive of an act done to people ("Protesters were
 * banned from the square", "Residents were ordered to evacuate", "Striking workers were suspended by
 * the company") the "by" phrase after the verb, and with none an agent the text leaves unnamed, not
 * the people it was done to. `before`: the clause up to the verb; `after`: the clause after it.
 */
export function agentOfClause(
  trigger: string,
  before: string,
  verb: string,
  after: string,
  actors: readonly ActorDraft[],
): Agent {
  if (DONE_TO.has(trigger) && PASSIVE_BEFORE.test(before) && /(?:ed|en)$/i.test(verb)) {
    const by = BY_AGENT.exec(after)?.[1];
    return by ? agentOf(by, []) : 'unknown';
  }
  return agentOf(before.replace(SUBORDINATE_OPENING, ''), actors);
}

/**
 * A subordinator that opens the verb's own clause inside the words before it: "The line reopened on
 * Tuesday after [a landslide] closed it" (the landslide closed it, not the line).
 */
const SUBORDINATE_OPENING = /^[^;]*\b(?:after|before|when|because|since|until|while|once)\s+(?=[^,;]{1,50}$)/i;

/**
 * Verbs of an authority's decision (Levin's verbs of judgment and of permission, and those of
 * enacting), in every form: approve, adopt, pass, ratify, reject, impose, grant, fine, suspend,
 * revoke, veto, designate, license, and those that make or end a charge (introduce, scrap, abolish,
 * waive, freeze, extend: "The airline introduced a fee for cabin bags", "The retailer extended its
 * opening hours"). Said of a business, they tell its
 * own decisions. Verbs only: "won approval from the Commission" is the Commission's act. Votes stay
 * policy, a shareholders' vote on a takeover as a chamber's.
 */
const BUSINESS_OWN_ACT =
  /^(?:approv(?:e|ed|es|ing)|adopt(?:s|ed|ing)?|pass(?:es|ed|ing)?|ratif(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|impos(?:e|es|ed|ing)|grant(?:s|ed|ing)?|fin(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|revok(?:e|es|ed|ing)|veto(?:es|ed|ing)?|designat(?:e|es|ed|ing)|licens(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|waiv(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|extend(?:s|ed|ing)?)\b/i;

/** Policy triggers that a business can act out too; votes and agreements stay policy. */
const SHARED_ACTS = new Set(['close', 'suspend', 'ban', 'order', 'tighten', 'challenge', 'withdraw']);
/**
 * Lifting a ban, declaring a state, revoking a licence or expelling a member is what a governing
 * body does, even one that is no government (a league, a federation): policy whoever does it.
 */
const REGULATOR_ONLY = /^(?:lift|declar|revok|expel)/i;
/**
 * Happenings that are policy when a government does them: "The trade ministry halted all exports",
 * "The Transport Ministry suspended all flights to Veldoria", "The council rejected the planning
 * application" (a court's ruling stays a happening).
 */
const AUTHORITY_ACTS = new Set(['halt', 'cancel', 'ruling']);
/** A contest left: "withdrew from the cup", "pulled out of the leadership race". */
const CONTEST =
  /^\s*(?:(?:the|a|an|this|next|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:cup|race|contest|tournament|championships?|competition|league|election|primary|primaries|ballot|bid|games|olympics|festival|show|concert|tour|exhibition|fair|gala|parade|final|match|event)\b/i;
/** A happening brought to its end: "the campaign", "the season", "the festival", "the conference". */
const CLOSED_HAPPENING =
  /^\s*(?:the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:campaign|season|tour|festival|show|conference|summit|session|debate|ceremony|celebrations?|event|congress|convention|rally|games|exhibition|fair)\b/i;
/** A happening or a service as what is stopped: "the match", "play", "all routine operations". */
const HAPPENING_OBJECT =
  /^\s*(?:(?:the|a|an|its|their|all|this|that|today['’]s|Saturday['’]s|Sunday['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?(?:match|game|race|fixture|play|concert|show|performance|festival|competition|tournament|contest|rehearsals?|search|rescue|operations|surgery|surgeries|services|classes|lessons|screenings|tours?)\b/i;
/** A way in or through as what is blocked: "the main road", "the school gates", "the railway line". */
const WAY_OBJECT =
  /^\s*(?:(?:the|a|an|its|their|all|two|three|several|both)\s+)?(?:[\w'’-]+\s+){0,3}?(?:roads?|streets?|highways?|motorways?|bridges?|lines?|railway|tracks|gates?|entrances?|exits?|ports?|harbou?r|runways?|routes?|paths?|access|junctions?|roundabouts?|lanes?|tunnels?|passes?|doors?)\b/i;
/** A happening as a passive subject: "The marathon was suspended", "Flights from Marrowby were suspended". */
const STOPPED_HAPPENING =
  /\b(?:marathon|race|match|game|fixture|tournament|season|competition|concert|festival|show|event|trial|hearing|search|rescue|talks|negotiations|production|work|works|construction|services?|flights|sailings|trains)\b(?:\s+(?:from|to|at|in|on|between|of)\s+[^,;]{1,40}?)?\s+(?:(?:was|were|has been|have been|had been|is|are|will be)\s+)(?:(?:\w+ly|also|then|later|again)\s+)?$/i;
/**
 * Trade between businesses and players' moves: "signed a $2 billion contract", "signed a book deal
 * with Penguin", "signed from Dunmore in January", "agreed on Monday to buy Onyx".
 */
const COMMERCE =
  /^(?:sign\w*\s+(?:\S+\s+){0,4}?(?:contracts?|orders?|leases?|sponsorship|(?:book|record|recording|publishing|boot|kit|shirt|sponsorship|endorsement|broadcast(?:ing)?|TV|television|streaming|transfer|loan)\s+deals?)\b|sign\w*\s+(?:for|from|with)\s+[A-Z]|sign\w*\s+(?:\S+\s+){0,3}?on\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|loan)\b|agree\w*(?:\s+[\w,-]+){0,4}?\s+to\s+(?:buy|acquire|sell|purchase|take\s+over|merge|invest)\b)/i;
const RATE_CHANGE = /^(?:rais|cut|lower|hik|set|increas|reduc|doubl|halv|slash|trim)/i;
/** What only a public authority does to aircraft and envoys: "grounded all jets", "recalled its ambassador". */
const AUTHORITY_VERB =
  /^(?:grounded\b|recall\w*\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:ambassador|envoy|diplomats?|high commissioner)s?\b|charg\w*\s+(?:\S+\s+){1,4}?with\b|dock\w*\s+(?:\S+\s+){1,3}?points?\b|award\w*\s+(?:\S+\s+){0,4}?(?:contracts?|licen[cs]es?|franchises?|concessions?|tenders?)\b|hand\w*\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:contracts?|licen[cs]es?|franchises?|concessions?)\s+to\b|endors\w*\b|renam\w*\b|disqualif\w*\b|deploy\w*\s+(?:\S+\s+){0,3}?(?:troops|soldiers|army|police|forces|military|national guard|warships?|jets)\b|recall\w*\s+(?:\S+\s+){0,3}?(?:batch|batches|vaccines?|medicines?|drugs?)\b)/i;
/**
 * Who charges someone with a crime: "Police charged", "Prosecutors have charged", "the district
 * attorney charged", and the subject of a verb before it ("Police arrested Tomas Vidal and charged").
 */
const CRIMINAL_CASE_AGENT =
  /\b(?:police|officers|detectives|constabulary|prosecutors?|prosecution|attorney|attorney-general|attorney general|public prosecutor['’]s office|crown prosecution service|CPS|gardaí|gardai)\s+(?:[^,;]*?\s+and\s+)?(?:(?:had|has|have|also|then|later|formally|subsequently)\s+)*$/i;

/** A price that a government sets: "The government cut the price of diesel". */
const SET_PRICE =
  /^(?:cut|rais|rose|lower|set|fix|increas|reduc|hik|slash|doubl|halv|freez|froze|cap|scrap|abolish|waiv)\w*\s+(?:the\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:prices?|fares?|wages?|salaries|pensions?|allowances?|fees|charges|tolls|rents|benefits|grants)\b/i;

/**
 * What a public authority does to the rules others live by, whatever its object: "waived tuition
 * fees", "introduced mandatory masks", "postponed the national exams", "shut all schools", "reopened
 * the schools", "allowed shops to reopen", "required visitors to wear masks", "deducted 12 points
 * from Harbour City", "disbarred the lawyer", "licensed two new operators". A company's, a crowd's or the weather's same verbs are
 * its own business or a happening (`agentOf` tells them apart before this is asked); so is what
 * reopens or shuts by itself, with no object ("said the library will reopen in September").
 */
const REGULATORY_ACT =
  /^(?:waiv\w*|exempt\w*|introduc\w*|mandat\w*|postpon\w*|defer\w*|(?:shut(?:\s+down)?|reopen\w*)\s+(?!(?:in|on|at|after|before|by|from|for|to|until|next|this|last|later|early|again|today|tomorrow|yesterday|as|and|but|when|while|with|without)\b)[\w'’]|(?:allow|permit|requir|oblig)\w*\s+(?:\S+\s+){1,4}?to\s+[a-z]|deduct\w*\s+(?:\S+\s+){0,2}?points\b|disbar\w*|licens(?:e|es|ed|ing)\b|accredit\w*|struck\s+off\b|strikes?\s+off\b|relegat\w*|reprimand\w*|censur\w*|sanction\w*)/i;

/** A person's or a business's change as the subject of "takes effect": "His resignation", "The merger, approved in May,". */
const PRIVATE_CHANGE =
  /^\s*(?:(?:the|a|an|his|her|its|their|this|that|[A-Z][\w.'’-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:resignations?|retirements?|appointments?|departures?|dismissals?|promotions?|transfers?|contracts?|mergers?|takeovers?|acquisitions?|sales?|spin-?offs?|demergers?|rebrand(?:ing)?|name change|partnerships?|sponsorships?|job cuts|layoffs|redundancies)\b(?:\s+(?:of|between|with|from|to|by|as)\b[^,;]{0,50}?)?(?:\s*,[^,;]{0,60},)?\s+(?:\w+\s+){0,3}$/i;

/** A court, a judge or a tribunal as the clause's subject: "The High Court", "Judge Helen Marsh", "Magistrates". */
const COURT_SUBJECT =
  /^\s*(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:court|courts|judge|judges|justice|justices|magistrates?|tribunal|jury|coroner)\b(?:\s+(?:of\s+\w+|[A-Z][\w'’-]*)){0,3}\s*(?:,[^,;]{0,60},\s*)?(?:\w+\s+){0,2}$/i;

/**
 * A law or a levy as what a court acts on: "suspended the levy", "declared the law unconstitutional".
 * An order is not among them: a court that issues, grants or stays an order ("The High Court stayed
 * the collector's order banning fireworks") rules in a case, a step of it.
 */
const LAW_OBJECT =
  /^\s*(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?(?:laws?|acts?|levy|levies|tax(?:es)?|tariffs?|bans?|rules?|regulations?|decrees?|bills?|policy|policies|measures?|charges?|directives?|ordinances?|statutes?|amendments?|elections?|results?|vote)\b/i;

/** The public as a vote's subject: "Voters", "Residents in the town", "The electorate". */
const ELECTORATE =
  /^\s*(?:(?:the|most|many|local|[\w'’-]+['’]s)\s+)*(?:voters|electorate|electors|residents|citizens|ratepayers|taxpayers)\b(?:\s+(?:in|of|from|across)\s+[^,;]{1,40}?)?\s+(?:(?:have|had|has|also|narrowly|overwhelmingly|decisively|then|finally)\s+)*$/i;
/** What the public does with a measure put to it. */
const ELECTORATE_VERB = /^(?:approv|reject|back|pass|endors|vot)/i;

/** The verb that calls a vote, right before its noun: "called a snap election", "will call a referendum". */
const CALLED = /\b(?:called|calls|call|calling)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$/i;

/** A letter written to promise or announce: "wrote to every household in the town to promise a play area". */
const LETTER_THAT_PROMISES = /^\s+(?:\S+\s+){0,10}?to\s+(?:promise|pledge|announce|offer|unveil|outline|set out)\b/i;

/**
 * The kind of an event found by a trigger (its kind, name and words), given its agent, the words
 * after the verb and those before it: a business's closure, suspension, adoption or contract is a happening; an
 * authority's halt or price cut is a policy act.
 */
/** An armed body as the clause's subject: "Troops opened fire", "Rebels torched three villages". */
const ARMED_SUBJECT =
  /\b(?:troops|soldiers|forces|army|militants|rebels|fighters|militias?|militiamen|insurgents|jihadists|paramilitaries|guerrillas|police|riot police|gunmen|pirates|hijackers|attackers|warplanes|jets|drones|artillery|gunboats|warships)\s+(?:(?:had|have|has|also|then|later|reportedly|allegedly)\s+)*$/i;
/**
 * What an armed body does to people or places besides the verbs of attack: "opened fire on",
 * "fired on protesters", "torched", "pounded the city", "besieged the town", "hijacked a tanker",
 * "repelled an attack" (storms pound coasts too: the subject must be armed).
 */
const FORCE_ACT =
  /^(?:open(?:ed|s)?\s+fire\b|fired\s+(?:(?:live\s+|rubber\s+|warning\s+)?(?:rounds|bullets|shots|tear\s?gas|rockets|shells|missiles|mortars)\s+)?(?:on|at|upon|into)\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)\b)|(?:pound|pummel|besieg|strafe|strafed|hijack|repel|repell|repuls)\w*\b|torch(?:ed|es)?\b|loot(?:ed|s)?\b|burn(?:ed|t|s)\s+(?:down\s+)?(?:\S+\s+){0,2}?(?:villages?|homes|houses|churches|mosques|schools)\b)/i;
/** Fighting as the subject of its outbreak: "Clashes erupted", "Fighting broke out", "The clashes began on Wednesday". */
const FIGHTING_SUBJECT =
  /(?:^|[,;]\s*|\b(?:the|heavy|fierce|deadly|renewed|fresh|armed)\s+)(?:clashes|fighting|gunfights?|firefights?|skirmishes|gun battles?|hostilities)(?:\s+(?:between|in|near|on|at|around)\s+[^,;]{0,40}?)?\s+$/i;
const OUTBREAK =
  /^(?:erupted|erupts|broke\s+out|breaks\s+out|flared|flares|raged|rages|began|begins|started|starts)\b/i;

/**
 * Force used on people told by a verb that is no attack's own: an armed body that opens fire or
 * torches villages ("Troops opened fire on protesters"; a gunman who opens fire is a crime), and
 * fighting that breaks out ("Clashes erupted between rival militias"). `phrase` starts at the verb,
 * `before` is the clause up to it.
 */
/** A vehicle as the clause's subject: "His car struck a cyclist" is an accident, not an attack. */
const VEHICLE_SUBJECT =
  /\b(?:car|cars|vehicle|vehicles|lorry|lorries|truck|trucks|van|vans|bus|buses|coach|train|trains|tram|motorbike|motorcycle|bicycle|scooter|taxi|SUV|tractor|plane|aircraft|helicopter|boat|ship|vessel|ferry)\s+(?:(?:had|has|was|then|later|allegedly|reportedly)\s+)*$/i;

/**
 * Craft of an armed force as the clause's subject, which attack where a car or a ferry has an
 * accident: "Venezuelan aircraft struck a police post", "Enemy drones hit the depot".
 */
const MILITARY_CRAFT =
  /\b(?:military|enemy|naval|navy|army|rebel|coalition|fighter|war|attack|\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ch))\s+(?:aircraft|planes?|jets?|helicopters?|drones?|boats?|ships?|vessels?|gunboats?)\s+(?:(?:had|has|then|later|allegedly|reportedly)\s+)*$/u;

export function isForceUsed(phrase: string, before: string): boolean {
  return (
    (FORCE_ACT.test(phrase) && ARMED_SUBJECT.test(before)) || (OUTBREAK.test(phrase) && FIGHTING_SUBJECT.test(before))
  );
}

/**
 * How a public authority acts besides making rules: money put into or taken out of a market ("The
 * central bank sold $20 million on the interbank market", "injected 40 billion kwacha into the
 * banking system", "The treasury sold its stake in Halvard Telecom"), payments offered to the public
 * ("will offer rebates of up to $150", "will give every pensioner a one-off payment"), a deal
 * brokered ("Qatar brokered a ceasefire"), a cycle of rate moves begun or ended ("began its cycle of
 * cuts in December 2023"), a demand put in writing ("wrote to the company on Saturday demanding a
 * full incident report"). A company's, a person's or a crowd's same verbs are their own business or
 * speech: `agentOf` tells them apart before this is asked.
 */
const AUTHORITY_MEANS = new RegExp(
  [
    String.raw`(?:sold|sells|sell|selling|bought|buys|buy|buying|injected|injects|inject|injecting|pumped|pumps|pump|auctioned|auctions|auction)\s+(?:\S+\s+){0,5}?(?:[$€£¥₹]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|trillion)\b|(?:its|a|the|their)\s+(?:[\w%-]+\s+){0,2}?stakes?\b|(?:government\s+|treasury\s+|foreign\s+)?(?:bonds|bills|securities|gold|dollars|reserves|currency|liquidity)\b)`,
    String.raw`(?:(?:began|begun|begins?|started|starts?)\s+)?(?:offer|pay|paid|giv|gave|grant|provid|hand|distribut)\w*\s+(?:\S+\s+){0,6}?(?:rebates?|grants?|subsid(?:y|ies)|payments?|compensation|allowances?|vouchers?|stipends?|bonus(?:es)?|handouts?|tax credits?|free\s+[\w-]+)\b`,
    String.raw`(?:broker|mediat|negotiat|secur|clinch|seal)\w*\s+(?:\S+\s+){0,3}?(?:deal|agreement|accord|truce|ceasefire|settlement|pact)\b`,
    String.raw`(?:began|begun|begin|begins|started|starts|start|ended|ends|end|resumed|resumes|paused|pauses|halted|halts)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?cycle\b`,
    String.raw`(?:wr(?:o|i)te|writes|sent|send|sends)\s+(?:\S+\s+){1,8}?(?:demanding|ordering|instructing|requiring|directing)\b`,
  ]
    .map((source) => `^(?:${source})`)
    .join('|'),
  'i',
);

/**
 * An agreement as the subject of what it ends: "A deal brokered by the Ministry of Culture ended the
 * strike on Monday", "The accord settled the dispute". The agreement is the news (policy), not the
 * end of what it settled.
 */
const AGREEMENT_ENDS =
  /^\s*(?:(?:an?|the|this|that|[\w'’-]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|truce|ceasefire|settlement|pact)\b[^;]{0,80}?\b(?:ended|ends|settled|settles|resolved|resolves|averted|averts|halted|halts)\s+(?:(?:the|a|an|its|their|this|[\w'’-]+['’]s?)\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** A measure an authority imposes or lifts, as what it announces: "fresh curbs on exports", "a curfew", "new sanctions". */
const MEASURE_MADE_PUBLIC =
  /^\s*(?:(?:an?|the|its|their|new|fresh|further|tougher|sweeping|temporary|immediate|emergency|additional|more|retaliatory|reciprocal|nationwide|national)\s+)*(?:[\w-]+\s+)?(?:curbs|sanctions|curfews?|tariffs?|bans?|embargo(?:es)?|restrictions|export controls|controls|lockdowns?|quotas?|levy|levies|tax(?:es)?|duties|price caps?|price freeze|state of emergency|travel ban|visa ban|moratorium)\b/i;

/** A rate decision as what is announced: "its policy rate", "the interest rate decision". */
const RATE_MADE_PUBLIC =
  /^\s*(?:its|their|the)\s+(?:(?:next|latest|monetary|policy|interest|benchmark|key|base|repo|central bank)\s+)*rates?(?:\s+decision)?\b(?!\s+(?:forecast|outlook|path)\b)/i;

export function kindByAgent(
  kind: EventKind,
  trigger: string,
  verb: string,
  agent: Agent,
  object: string,
  before = '',
): EventKind {
  if (kind === 'other' && isForceUsed(`${verb}${object}`, before)) return 'conflict';
  if (kind === 'conflict' && VEHICLE_SUBJECT.test(before) && !MILITARY_CRAFT.test(before)) return 'other';
  // "Prime Minister Kadri Lepp called a snap election": a government calling a vote makes policy.
  if (kind === 'other' && agent === 'authority' && /^(?:election|referendum)$/i.test(verb) && CALLED.test(before))
    return 'policy';
  if (kind === 'statement' && trigger === 'letter' && LETTER_THAT_PROMISES.test(object)) return 'announcement';
  // "The Bank of Tanzania announces its policy rate on Thursday", "will announce its rate decision":
  // a rate decision made public is the decision itself.
  if (kind === 'announcement' && /^announc/i.test(verb) && RATE_MADE_PUBLIC.test(object) && agent !== 'business')
    return 'policy';
  // "Washington announced fresh curbs on exports", "The ministry announced new sanctions against
  // Veldoria": a public authority making a measure public enacts it; a company's "announced job cuts"
  // stays an announcement.
  if (
    kind === 'announcement' &&
    /^(?:announc|unveil)/i.test(verb) &&
    agent === 'authority' &&
    MEASURE_MADE_PUBLIC.test(object)
  )
    return 'policy';
  // "His resignation takes effect on July 1", "The merger took effect on Monday": a person's or a
  // business's change coming into force is a happening; a law's or a ban's is policy.
  if (kind === 'policy' && trigger === 'effect' && PRIVATE_CHANGE.test(before)) return 'other';
  // "A labour court fined Tavio", "Magistrates banned Greer from keeping animals": a court's order in
  // a case is a happening of the case, not policy.
  if (kind === 'policy' && COURT_SUBJECT.test(before) && !LAW_OBJECT.test(object)) return 'other';
  // "Voters approved a sales tax in 2024", "Residents voted on Sunday to keep the old name": the
  // public's vote is a referendum's result, a happening like an election's, not an authority's act.
  if (kind === 'policy' && ELECTORATE.test(before) && (trigger === 'vote' || ELECTORATE_VERB.test(verb)))
    return 'other';
  // "Hollins Rovers withdrew from the cup", "Senator Ana Ruiz withdrew from the race": leaving a
  // contest is a happening of the contest, whoever leaves it.
  if (kind === 'policy' && trigger === 'withdraw' && CONTEST.test(object)) return 'other';
  // "The Students' Union council voted on Wednesday to support the strike": a union of members
  // voting among themselves makes no public rule, as the eval's conventions read it.
  if (kind === 'policy' && trigger === 'vote' && MEMBERS_UNION.test(before)) return 'other';
  // "where he closes the campaign with a rally", "closed the festival with a concert": the end of a
  // happening, told by whoever ends it, a president too; no rule is made.
  if (kind === 'policy' && trigger === 'close' && CLOSED_HAPPENING.test(object)) return 'other';
  if (kind === 'policy' && agent !== 'authority') {
    // "The referee suspended the match", "The hospital suspended all routine operations": a happening
    // or a service stopped by whoever runs it, no rule made.
    if (SHARED_ACTS.has(trigger) && HAPPENING_OBJECT.test(object)) return 'other';
    // "Parents blocked the school gates", "A fallen tree blocked the railway line": a way blocked by
    // hand or by accident; only an authority's block is a policy act.
    if (/^block/i.test(verb) && WAY_OBJECT.test(object)) return 'other';
    if (agent === 'crowd' && SHARED_ACTS.has(trigger)) return 'other';
    if (agent === 'nature') return 'other';
    // "The Lorin Marathon was suspended", "Flights were suspended": a happening stopped, no one named.
    if (SHARED_ACTS.has(trigger) && STOPPED_HAPPENING.test(before)) return 'other';
    // "The museum lifted its ban on photography": a body's own rule, whatever a regulator's lifting is.
    if (
      agent === 'business' &&
      SHARED_ACTS.has(trigger) &&
      (!REGULATOR_ONLY.test(verb) || /^\s*(?:its|their)\b/i.test(object))
    )
      return 'other';
    if (agent === 'business' && /^adopt/i.test(verb)) return 'other';
    // "Halvard Motors approved a dividend", "Tavira Bank rejected the takeover offer", "The firm
    // imposed a pay freeze", "The club fined the player": the acts
    // of an authority done by a business to its own affairs, staff or dealings are its business.
    if (agent === 'business' && BUSINESS_OWN_ACT.test(verb)) return 'other';
    if (trigger === 'close' && BUSINESS_OBJECT.test(object)) return 'other';
    // "Halvard suspended its share buyback": what a body stops of its own business.
    if (SHARED_ACTS.has(trigger) && OWN_BUSINESS.test(object)) return 'other';
    if (COMMERCE.test(`${verb}${object}`)) return 'other';
    // "Tavira Bank raised its mortgage rates": a lender's prices, not a rate decision.
    if (agent === 'business' && (trigger === 'clause' || trigger === 'rate') && RATE_CHANGE.test(verb)) return 'other';
  }
  // "A deal brokered by the ministry ended the strike on Monday": the agreement, not the strike's end.
  if (kind === 'other' && AGREEMENT_ENDS.test(before)) return 'policy';
  if ((kind === 'other' || kind === 'statement') && agent === 'authority' && AUTHORITY_MEANS.test(`${verb}${object}`))
    return 'policy';
  if (kind === 'other' && agent === 'authority') {
    if (AUTHORITY_ACTS.has(trigger)) return 'policy';
    if (trigger === 'clause' && (SET_PRICE.test(`${verb}${object}`) || REGULATORY_ACT.test(`${verb}${object}`)))
      return 'policy';
    // An investigation, an inquiry or a probe opened, by a regulator as by the police, is a step of a
    // legal process (other, as the eval conventions read it), so it is not among these verbs.
    // Police or prosecutors charging someone with a crime take a step of a criminal case, a happening.
    if (
      (trigger === 'clause' || trigger === 'found' || trigger === 'launch' || trigger === 'court') &&
      AUTHORITY_VERB.test(`${verb}${object}`) &&
      !(/^charg/i.test(verb) && CRIMINAL_CASE_AGENT.test(before))
    )
      return 'policy';
  }
  return kind;
}

/** Words of a trial: a session or hearing among them is the court's sitting. */
const TRIAL_WORDS =
  /\b(?:trial|court|courtroom|jury|jurors|judge|magistrates?|lawyers?|attorneys?|barristers?|defen[cs]e|prosecut\w+|testimony|witness(?:es)?|verdict|sentencing|cross-examination)\b/i;

/**
 * A court's sitting named as a session: "Friday's session of the trial was called off after one of
 * the lawyers fell ill" is a happening of the trial (`other`), not a meeting of parties.
 */
export function isCourtSitting(
  masked: string,
  match: { start?: number; text: string; trigger: { kind: EventKind } },
): boolean {
  if (match.trigger.kind !== 'meeting') return false;
  // "The jury met for six hours before reaching a verdict": a court's deliberation, a step of the case.
  if (match.start !== undefined && /^met|^meet/i.test(match.text) && JURY_BEFORE.test(masked.slice(0, match.start)))
    return true;
  return /\b(?:session|sitting)s?$/i.test(match.text) && TRIAL_WORDS.test(masked);
}

/** A jury or a bench of judges as the subject of "met". */
const JURY_BEFORE = /\b(?:jury|jurors|judges|justices|magistrates)\s+(?:(?:had|has|have|then|again|finally)\s+)*$/i;

/** Who holds a hearing in a legislature or a local government: a committee, a panel of MPs, a council. */
const LEGISLATIVE_BODY =
  /\b(?:committee|subcommittee|senate|congressional|congress|parliamentary|parliament|legislative|legislature|lawmakers|senators|MPs|council|councillors|councilors|assembly|oversight|confirmation)\b/i;

/**
 * A hearing held by a committee, a legislature or a council is a meeting ("The select committee
 * will hold a hearing on the collapse next Tuesday", "a congressional hearing"); a court's hearing
 * is a step of a case, a happening ("a bail hearing", "the sentencing hearing"). `lead` is the
 * clause's words before the noun, with the noun's own modifiers.
 */
export function isLegislativeHearing(lead: string, match: { text: string; trigger: { kind: EventKind } }): boolean {
  if (match.trigger.kind !== 'other' || !/\bhearings?$/i.test(match.text)) return false;
  const words = `${lead} ${match.text}`;
  return (
    LEGISLATIVE_BODY.test(words) &&
    !TRIAL_WORDS.test(words) &&
    !/\b(?:bail|plea|custody|extradition|preliminary|appeal)\b/i.test(words)
  );
}
