/**
 * Stage 3b: sentences -> actors and every mention of them, with exact offsets.
 *
 * People are found from the text, not from a list: runs of capitalised words are split into a
 * title ("U.S. Secretary of State") and a name ("Marco Rubio"); appositions ("Tomas Reyes, the port
 * authority chief,") and lower-case titles before a name ("company spokesperson Jane Doe") give
 * roles too. Organisations are capitalised runs ending in an organisation word ("Port Authority of
 * Salem"), with acronyms the text defines ("(PAS)"). Countries, capitals, demonyms and institutions
 * come from the gazetteer (see gazetteer.ts for the rules). Later mentions are resolved to the
 * first: surnames and other parts of a name, title-only references ("the U.S. leader", "the
 * mayor"), "his Estonian counterpart", and he/she/his/her/him (coreference.ts).
 *
 * One pass over each sentence's tokens with map lookups: no regex per gazetteer entry.
 */
import {
  countryOf,
  countryOfCombiningForm,
  entryNamed,
  matchPhrase,
  type PhraseMatch,
  type PlaceEntry,
} from './gazetteer.ts';
import {
  lonePersonBefore,
  memberNounAfter,
  quoteRanges,
  resolveDescribedPerson,
  resolvePronoun,
  sentenceSubject,
  DESCRIPTION_REACH,
  unnamedDescriptions,
  unnamedPeople,
  type PersonHistory,
} from './coreference.ts';
import { hasSpeechVerb } from './attribution.ts';
import { givenNameGender } from './given-names.ts';
import { monthNumber, weekdayNumber } from './dates.ts';
import { slugify } from './slug.ts';
import {
  BUSINESS_NOUNS,
  COMMON_ACRONYMS,
  TIME_ZONES,
  COMMON_CAPITALISED,
  FEMALE_HONORIFICS,
  HONORIFICS,
  LEADER_HEADS,
  MALE_HONORIFICS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORG_MEMBER_NOUNS,
  ORG_REFERENCE_NOUNS,
  ORG_SUFFIXES,
  PERSON_VERBS,
  PRONOUN_GENDER,
  PUBLIC_BODY_WORDS,
  REGNAL_TITLES,
  SURNAME_TITLES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_STOP_BEFORE,
} from './titles.ts';
import { keyOf, tokenize, type Token } from './tokens.ts';
import type { ActorDraft, ActorMention, Sentence } from './types.ts';

export interface ActorIndex {
  /** In order of first mention. */
  actors: ActorDraft[];
  /** Sorted by offset; never overlapping. */
  mentions: ActorMention[];
}

/** Parts of a day and spans, as token keys: the time adverbials of afterTimeAdverbial. */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const RELATIVE_SPANS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);

/** What the stage knows about a person beyond the draft: for agreement and title references. */
export interface PersonFacts {
  gender?: 'male' | 'female';
  /** Country names the person's roles tie them to ("Russia" for "Russian Foreign Minister"). */
  countries: Set<string>;
  /** The age the text gives ("Ana Ruiz, 54,"), for "the 54-year-old". */
  age?: string;
  /** What an honorific calls the person ("doctor" for "Dr."), for "the doctor". */
  calling?: string;
}

/** Honorifics that say what a person is called later: "Dr. Okonkwo" is "the doctor". */
const HONORIFIC_CALLINGS: ReadonlyMap<string, string> = new Map([
  ['dr.', 'doctor'],
  ['dr', 'doctor'],
  ['prof.', 'professor'],
]);
const ROLE_FREE_HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'mx.', 'mr', 'mrs', 'ms', 'dr.', 'dr']);
const DETERMINERS = TITLE_STOP_BEFORE;
/** Participles that only ever open a participle clause: "Having sold ...", "Being a tenant ...". */
const PARTICIPLE_AUXILIARIES = new Set(['having', 'being']);
/** Prepositions after the object of a participle opening a sentence: "Joining Ana Ruiz at the summit". */
const CLAUSE_PREPOSITIONS = new Set(['at', 'in', 'on', 'for', 'during', 'from', 'to', 'with', 'after', 'before']);
const ORG_LINKS = new Set(['of', 'for']);
/** Descriptions of a public body that its name may lack: "Ofwat, the industry regulator,". */
const PUBLIC_BODY_NOUNS = new Set(['regulator', 'watchdog', 'tribunal']);
/**
 * Lower-case roles held in a company, never in a person ("the chief executive of Harwell Water",
 * "shareholders in Dunmore Mills"); "spokesman for", "lawyer of", "son of" may name a person.
 */
const CORPORATE_ROLES = new Set(
  `executive executives chairman chairwoman chairperson ceo cfo coo founder co-founder cofounder
  shareholders shareholder stakeholders investors employees staff workers directors board owners
  owner subsidiary unit division`.split(/\s+/),
);
/** Plurals for some of a body's people, before "of": "Members of the Kestrel Workers Union". */
const MEMBER_GROUPS = new Set(
  `members supporters officials leaders representatives delegates employees workers staff
  activists volunteers lawyers executives`.split(/\s+/),
);
/** Prepositions written capitalised inside a body's name: "Commission Against Corruption", "Doctors Without Borders". */
const NAME_PREPOSITIONS = new Set(['Against', 'Without', 'Beyond', 'For', 'Of', 'On', 'In', 'Into']);
/** Words of a body that works for a cause, whose name may go on "for the ...": "Society for the Protection of Birds". */
const CAUSE_BODY_WORDS = new Set(
  `society centre center foundation trust alliance coalition campaign fund association federation
  movement network forum initiative partnership`.split(/\s+/),
);
/** Words of a body that deliberates, whose name may go on "on ...": "Committee on Public Accounts". */
const DELIBERATING_BODY_WORDS = new Set(['committee', 'commission', 'council', 'panel', 'taskforce', 'conference']);
/** Of those, the ones that name what a campaigning body stands for: only a body's name has them. */
const CAUSE_WORDS = new Set(['Against', 'Without', 'Beyond']);
const QUOTE_OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(']);
const TEMPORAL_ENDS = new Set(['day', 'eve', 'week', 'month', 'year', 'season', 'night', 'morning']);
/** Abbreviated titles, spelled out to compare with "the governor", "the senator". */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  'gov.': 'governor',
  'sen.': 'senator',
  'rep.': 'representative',
  'gen.': 'general',
  'adm.': 'admiral',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  'sgt.': 'sergeant',
  'capt.': 'captain',
  'maj.': 'major',
  'prof.': 'professor',
  'supt.': 'superintendent',
  'amb.': 'ambassador',
  'pres.': 'president',
  'cmdr.': 'commander',
  sgt: 'sergeant',
  supt: 'superintendent',
  insp: 'inspector',
  det: 'detective',
  cllr: 'councillor',
  capt: 'captain',
  cmdr: 'commander',
  lt: 'lieutenant',
  maj: 'major',
  gov: 'governor',
  rep: 'representative',
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
};

/** A role without its country, to compare counterparts: "Peru's foreign minister" -> "foreign minister". */
function roleWithoutCountry(role: string): string {
  return roleWords(
    tokenize(role)
      .filter((token) => token.isWord && !countryOf(token.text))
      .map((token) => token.text)
      .join(' '),
  );
}

/** A role in lower case with abbreviations spelled out: "Gov." -> "governor". */
/** "minister for trade", "secretary of state": an office whose field follows it, put first as "trade minister". */
const FIELD_AFTER_OFFICE =
  /\b(minister|secretary|commissioner)\s+(?:for|of)\s+(?:the\s+)?([a-z]+(?:\s+and\s+[a-z]+)?)$/;

/**
 * A role's words for comparing offices: roleWords, with the field put before the office ("minister
 * for trade" and "trade minister" are one office).
 */
function officeWords(role: string): string {
  return roleWords(role).replace(FIELD_AFTER_OFFICE, '$2 $1');
}

function roleWords(role: string): string {
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((word) => TITLE_ABBREVIATIONS[word] ?? word)
    .join(' ');
}
/** A dateline's own tokens: capitalised words, numbers and the marks of "OSLO, March 3 (AP)". */
const DATELINE_MARKS = new Set([',', '(', ')', '.', '/']);
/** What ends a dateline: a dash (a hyphen only with spaces around it) or a colon. */
const DATELINE_ENDS = new Set(['\u2014', '\u2013', '-', ':']);

/**
 * The index of the first word after a paragraph's dateline ("LAGOS - Zentro unveiled", "KESTREL
 * (Reuters) - ", "OSLO, March 3 (AP) -", "NEW DELHI: ", "Brussels, 4 June – "), or -1 when the
 * sentence does not open with one: that word opens the sentence's text as its first word would.
 * `text` is the sentence and `base` its offset, to tell a spaced hyphen from a joining one.
 */
export function wordAfterDateline(tokens: readonly Token[], text: string, base: number): number {
  for (let at = 1; at < tokens.length && at <= 12; at += 1) {
    const token = tokens[at];
    if (!token) break;
    if (DATELINE_ENDS.has(token.text)) {
      // "LAGOS -- Zentro": a dash typed as two hyphens.
      const last = token.text === '-' && tokens[at + 1]?.text === '-' ? at + 1 : at;
      const next = tokens[last + 1];
      const end = tokens[last]?.end ?? token.end;
      const spaced = /\s/.test(text.charAt(token.start - base - 1)) && /\s/.test(text.charAt(end - base));
      if (token.text === '-' && !spaced) return -1;
      return next?.isWord && next.capitalized ? last + 1 : -1;
    }
    if (token.isWord ? !token.capitalized : !(DATELINE_MARKS.has(token.text) || /^\p{N}/u.test(token.text))) return -1;
  }
  return -1;
}

const JOINERS = new Set(['the', 'of', 'and', 'for']);
/** Participles that open a description, not a title: ", known as the king of pop,". */
const PARTICIPLES = new Set(['known', 'born', 'nicknamed', 'dubbed', 'called', 'accused', 'charged', 'described']);
/** Nouns for a side of a match by where it plays: "the visitors", "the hosts". */
const SIDE_NOUNS: ReadonlyMap<string, 'home' | 'away'> = new Map([
  ['hosts', 'home'],
  ['visitors', 'away'],
  ['tourists', 'away'],
]);
/** Between the sides of a fixture, the home side first: "A hosted B", "A v B", "A will entertain B". */
const HOME_FIRST =
  /^\s+(?:(?:will\s+|on\s+\w+\s+)?(?:hosted|hosts|host|welcomed|welcomes|welcome|entertained|entertains|entertain)|v\.?|vs\.?|versus)\s+(?:the\s+)?$/i;
/** The away side first: "B visited A", "B won at A", "B travel to A". */
const AWAY_FIRST =
  /^\s+(?:(?:will\s+)?(?:visited|visits|visit|travelled\s+to|traveled\s+to|travel\s+to|travels\s+to)|(?:won|lost|drew|draw|win|lose)\s+(?:\d+-\d+\s+)?(?:at|away\s+(?:at|to)))\s+(?:the\s+)?$/i;
/** Quantifiers that may open a body's name: "All Progressives Congress", "One Nation". */
const NAME_QUANTIFIERS = new Set(['all', 'one', 'our', 'every']);
/** Words of a body's name and another noun that refers back to it: "the force" for "Humberside Police", "the bench" for a court. */
/** Nouns for someone of a nation that are not its demonym, with the demonym and the gender they tell. */
type Nationality = { demonym: string; gender?: 'male' | 'female' };
const NATIONALITY_NOUNS: ReadonlyMap<string, Nationality> = new Map<string, Nationality>([
  ['briton', { demonym: 'British' }],
  ['spaniard', { demonym: 'Spanish' }],
  ['dane', { demonym: 'Danish' }],
  ['swede', { demonym: 'Swedish' }],
  ['finn', { demonym: 'Finnish' }],
  ['pole', { demonym: 'Polish' }],
  ['turk', { demonym: 'Turkish' }],
  ['scot', { demonym: 'Scottish' }],
  ...['French', 'Dutch', 'English', 'Irish', 'Welsh'].flatMap((demonym): [string, Nationality][] => [
    [`${demonym.toLowerCase()}man`, { demonym, gender: 'male' }],
    [`${demonym.toLowerCase()}woman`, { demonym, gender: 'female' }],
  ]),
]);
/** Nouns for the fighters of an armed movement or group: "the rebels", "the militants". */
const FIGHTER_NOUNS = new Set(['rebels', 'militants', 'insurgents', 'guerrillas', 'jihadists', 'fighters']);
/**
 * Generic nouns for a kind of body, and the words of a name that make a body one of that kind:
 * "the watchdog" is the Financial Conduct Authority, "the agency" the Federal Aviation
 * Administration, "the charity" the Marlow Trust (none of these names holds its noun).
 */
const KIND_NOUN_NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'regulator',
    new Set(['authority', 'commission', 'office', 'agency', 'administration', 'inspectorate', 'regulator']),
  ],
  ['watchdog', new Set(['authority', 'commission', 'office', 'agency', 'administration', 'inspectorate', 'ombudsman'])],
  [
    'agency',
    new Set([
      'administration',
      'authority',
      'bureau',
      'service',
      'office',
      'agency',
      'centre',
      'center',
      'agencia',
      'agence',
      'agenzia',
    ]),
  ],
  // "The union asked for mediation" after "Sindicato Minero Uno" or "the Harlow Nurses Guild".
  ['union', new Set(['guild', 'syndicate', 'sindicato', 'syndicat', 'sindacato'])],
  // "The governing body said" after "the Lorania Football Association".
  ['body', new Set(['association', 'federation', 'confederation', 'league', 'union', 'council', 'board'])],
  ['charity', new Set(['trust', 'foundation', 'appeal', 'relief', 'society', 'charity'])],
  ['military', new Set(['army', 'forces', 'military', 'navy'])],
  // "The rebels seized Bira" after "the Northern Liberation Front attacked": an armed movement's fighters.
  ...[...FIGHTER_NOUNS].map(
    (noun) =>
      [
        noun,
        new Set([
          'front',
          'movement',
          'brigade',
          'brigades',
          'militia',
          'liberation',
          'resistance',
          'rebels',
          'insurgents',
        ]),
      ] as const,
  ),
]);

/**
 * Whether the words of a body's name make it what `noun` calls it ("the watchdog": "... Authority",
 * "the regulator": "Office of Water Standards"): a word after the first, or a first word that
 * "of" or "for" qualifies or that heads names in another language ("Sindicato Minero Uno": the
 * name's head).
 */
export function nameFitsKindNoun(words: readonly string[], noun: string): boolean {
  const kinds = KIND_NOUN_NAME_WORDS.get(noun);
  if (kinds === undefined || words.length < 2) return false;
  const first = words[0] ?? '';
  const headFirst = (words[1] === 'of' || words[1] === 'for' || COMPANY_OPENERS.has(first)) && kinds.has(first);
  return headFirst || words.slice(1).some((word) => kinds.has(word));
}

/**
 * A title that news prose uses for the holder of other offices: "King Harald ... The monarch",
 * "Pope Leo ... The pontiff", "Prime Minister Ana Ruiz ... The premier".
 */
const OFFICES_CALLED: ReadonlyMap<string, readonly string[]> = new Map([
  ['monarch', ['king', 'queen', 'emperor', 'empress', 'sultan', 'emir']],
  ['pontiff', ['pope']],
  ['premier', ['prime minister']],
  ['skipper', ['captain']],
]);

const NAME_WORDS_REFERRED_TO: ReadonlyMap<string, string> = new Map([
  ['police', 'force'],
  ['constabulary', 'force'],
  ['court', 'bench'],
]);
/**
 * Plural nouns for a pair named before, with the kind of actor each means: "the two countries".
 * ("The two sides" of a meeting are its people and their countries: events.ts reads them.)
 */
const PAIR_NOUNS: ReadonlyMap<string, ActorDraft['kind']> = new Map([
  ['countries', 'country'],
  ['nations', 'country'],
  ['governments', 'country'],
  ['neighbours', 'country'],
  ['neighbors', 'country'],
  ['companies', 'organization'],
  ['firms', 'organization'],
  ['airlines', 'organization'],
  ['carriers', 'organization'],
  ['lenders', 'organization'],
  ['teams', 'organization'],
  ['groups', 'organization'],
  ['banks', 'organization'],
  ['clubs', 'organization'],
  ['parties', 'organization'],
  ['unions', 'organization'],
  ['leaders', 'person'],
  ['men', 'person'],
  ['women', 'person'],
  ['ministers', 'person'],
  ['presidents', 'person'],
  ['politicians', 'person'],
]);
/**
 * Of PAIR_NOUNS, those that mean the pair after a bare "the" too, as a verb's subject ("The clubs
 * agreed a fee", "..., the airlines announced"): countries and businesses, which news prose names in
 * pairs; "the parties", "the groups" or "the leaders" are as often someone else.
 */
const BARE_PAIR_NOUNS = new Set(
  'countries governments neighbours neighbors companies firms airlines carriers lenders banks clubs teams unions'.split(
    ' ',
  ),
);
/** Pronouns of the first person that may be a subject or an object: "I arrived", "met us". */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
/** Bare plurals for the people of a body: "Police said", "officials confirmed". */
const BODY_PEOPLE = new Set([
  'police',
  'officers',
  'detectives',
  'officials',
  'authorities',
  'councillors',
  'councilors',
  'lawmakers',
  'legislators',
  'members',
  'policymakers',
  'prosecutors',
]);
/** A time adverbial that may open a sentence before its subject: "Earlier this month ", "On Monday, ", "Last year ". */
const FRONTED_TIME_LEAD =
  /^\s*(?:(?:on|in|by|since|earlier|later|last|next|this|early|late|then)\s+(?:this\s+|last\s+|next\s+)?[\w.-]+(?:\s+\d{1,2}(?:,\s*\d{4})?)?|\w+\s+(?:later|earlier)),?\s+/i;

/**
 * Words before "the company" that leave it free to be the subject's own body: it opens a reported
 * clause ("said the company would", "that the company"), is joined to the subject, or is owned.
 */
const NOT_ACTING_ON = new Set(
  `said says told tells that and but or as while when whereas because since although though if whether of after
  before until once unless where so then`.split(/\s+/),
);

/** What follows "her" as an object ("showed her the wing", "told her that", "thanked her."), not "her ministry". */
const AFTER_OBJECT_HER = new Set(
  `the a an that this these those to for with about on in at of from by and but or as after before when while , . ; : !`.split(
    ' ',
  ),
);

/** Whether a pronoun is the object of a verb or a preposition: "him", "her" before no noun. */
function isObjectPronoun(token: Token, next: Token | undefined): boolean {
  if (token.key === 'him') return true;
  return (
    token.key === 'her' && (next === undefined || AFTER_OBJECT_HER.has(next.key) || AFTER_OBJECT_HER.has(next.text))
  );
}

/** Whether a sentence is all quotation: nothing but marks and spaces outside its quoted spans. */
function isAllQuoted(sentence: Sentence, ranges: readonly [number, number][]): boolean {
  if (ranges.length === 0) return false;
  let outside = '';
  let from = sentence.start;
  for (const [start, end] of ranges) {
    outside += sentence.text.slice(from - sentence.start, start - sentence.start);
    from = end;
  }
  outside += sentence.text.slice(from - sentence.start);
  return !/\p{L}/u.test(outside);
}

/** A verb of an authority acting against someone, right between the two: "fined", "has sued", "banned". */
const PUNISHING =
  /^\s+(?:(?:has|have|had|on\s+\w+|\w+ly)\s+)*(?:fined|banned|sanctioned|penali[sz]ed|censured|charged|ordered|reprimanded|suspended|barred|blacklisted)\s+(?:the\s+)?$/i;

/** Nouns for the sides of a takeover, after "the": "the buyer", "the target". */
const DEAL_SIDES: ReadonlyMap<string, 'buyer' | 'bought'> = new Map([
  ['buyer', 'buyer'],
  ['acquirer', 'buyer'],
  ['bidder', 'buyer'],
  ['suitor', 'buyer'],
  ['target', 'bought'],
]);
/** Between a buyer and what it buys: "agreed to buy", "has acquired", "made a bid for", "took over". */
const BUYING =
  /^\s+(?:(?:has|have|had|agreed\s+to|will|would|is\s+to|plans\s+to|on\s+\w+|\w+ly)\s+)*(?:buy|buys|bought|acquire|acquires|acquired|take\s+over|takes\s+over|took\s+over|(?:made|makes|launched|launches)\s+(?:an?\s+)?(?:[\w$£€.,-]+\s+){0,3}(?:bid|offer)\s+for)\s+(?:(?:its\s+)?(?:rival|peer|competitor|smaller\s+rival)\s+)?(?:the\s+)?$/i;

/** What someone writes of their own days, told in the first person: "her diary", "his journal". */
const DIARY_NOUNS = new Set(['diary', 'diaries', 'journal', 'notebook', 'logbook']);

/** Plurals for the people through whom a body speaks: "union leaders", "ministry officials". */
const BODY_VOICES = new Set(['leaders', 'officials', 'executives', 'negotiators', 'representatives', 'spokesmen']);
/** Nouns for someone through whom a body speaks: "a union spokesman", "a ministry official". */
const VOICE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'representative', 'source']);
/** Words of the name of a council, whose members are "councillors": "West Harling District Council". */
const COUNCIL_WORDS = new Set(['council']);
/** Words of the name of a legislature, whose members are "lawmakers": "the National Assembly". */
const LEGISLATURE_WORDS = new Set(['parliament', 'congress', 'assembly', 'senate', 'legislature']);
/** Words of the name of a body whose members act together: "Kestrel Dockworkers Union", "Nurses' Association". */
const MEMBERSHIP_WORDS = new Set(['union', 'association', 'federation', 'guild', 'syndicate']);
/** Lower-case words for the area of a council, before "councillors": "district councillors". */
const COUNCIL_AREAS = new Set(['district', 'city', 'county', 'town', 'parish', 'borough', 'municipal', 'regional']);
/** Words of the name of a police force: "Humberside Police", "Avon and Somerset Constabulary". */
const POLICE_WORDS = new Set(['police', 'constabulary']);
/** Words of the name of a body that governs, whose people are "officials" or "the authorities". */
const GOVERNING_WORDS = new Set([
  'ministry',
  'department',
  'agency',
  'council',
  'authority',
  'commission',
  'government',
  'administration',
  'bureau',
  'directorate',
]);
/** Words of the name of a central bank, whose rate-setters are "policymakers": "the Bank of Lorania". */
const CENTRAL_BANK_WORDS = new Set(['bank', 'reserve']);
/** Words of the name of a prosecution service, whose lawyers are "prosecutors": "the Velmar Prosecutor's Office". */
const PROSECUTION_WORDS = new Set(["prosecutor's", 'prosecutors', "prosecutors'", 'prosecution', 'prosecutor']);
/** The bare plurals of BODY_PEOPLE and the words of the name of the body they are the people of (else GOVERNING_WORDS). */
const BODIES_OF_PEOPLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['police', POLICE_WORDS],
  ['officers', POLICE_WORDS],
  ['detectives', POLICE_WORDS],
  ['councillors', COUNCIL_WORDS],
  ['councilors', COUNCIL_WORDS],
  ['lawmakers', LEGISLATURE_WORDS],
  ['legislators', LEGISLATURE_WORDS],
  ['members', MEMBERSHIP_WORDS],
  ['policymakers', CENTRAL_BANK_WORDS],
  ['prosecutors', PROSECUTION_WORDS],
]);
/** What one holds in a business: "shares in Brightwater", "a stake in Halden". */
const STAKE_NOUNS = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'investment', 'investors']);
/** Prepositions after which an untitled name is a place: "in Can Tho". */
const LOCATIVES = new Set(['in', 'near', 'across', 'throughout', 'outside', 'inside']);
/** Nouns for a part of a place, whose "of" names a place: "the edge of", "the outskirts of". */
const PLACE_PART_NOUNS = new Set(
  'edge edges outskirts suburbs suburb centre center heart streets outskirt periphery fringes outside'.split(' '),
);
/** Plural common nouns that open a sentence: "Traders said", "Economists expect". */
const PLURAL_NOUN = /(?:ers|ors|ists|ians|ants|ents|ives|ees)$/;
/** Verbs after which a name is someone given a role: "named Orla Brandt chief executive". */
const APPOINTING_VERBS = new Set(['named', 'appointed', 'elected', 'nominated', 'promoted', 'installed', 'made']);
/** Numbers spelled out, which open sentences but no names: "Forty-one", "Twelve", "Hundreds". */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/;
/** A game's noun, then the preposition that names a side: "the 1-1 draw with", "Saturday's match against". */
const GAME_NOUN = String.raw`(?:match(?:es)?|games?|fixtures?|ties?|clash(?:es)?|derby|finals?|replay|opener|play-?offs?|semi-finals?|quarter-finals?|wins?|victory|defeats?|loss|draws?)`;
const OPPONENT_AFTER_NOUN = new RegExp(
  String.raw`(?:\b(?:v|vs|versus)\.?\s+|\b${GAME_NOUN}\b(?:\s+[\w-]+){0,2}?\s+(?:against|with|over|to|between)\s+|\b${GAME_NOUN}\s+between\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}\s+and\s+)$`,
  'u',
);
/** A verb of playing, then the side played: "Rovers play", "beat rivals", "drew 1-1 with", "lost to". */
const OPPONENT_AFTER_VERB =
  /\b(?:play(?:s|ed|ing)?|beat(?:s|ing)?|host(?:s|ed|ing)?|fac(?:e|es|ed|ing)|(?:draw|draws|drew|drawn|tied)(?:\s+\d+-\d+)?\s+with|(?:lost|lose|loses|losing)(?:\s+\d+-\d+)?\s+to)\s+(?:(?:leaders|champions|rivals|neighbou?rs|holders|visitors|hosts)\s+)?$/;
/**
 * Nouns that say a name right after them (or in apposition) is an organisation: "dairy group
 * Kroonmelk", "carmaker Volta", "a cooperative, Sklárna Lesná,". Nouns that also head titles or
 * parts of a name ("board", "school", "district") are left out.
 */
const KIND_NOUNS = new Set(
  `company firm group cooperative co-operative conglomerate carmaker automaker chipmaker steelmaker
  retailer lender insurer broadcaster startup start-up airline carrier miner refiner exporter
  manufacturer maker producer supplier developer operator chain charity foundation trust consortium
  brewer distiller publisher newspaper outlet bank party union giant band club tank regulator watchdog
  agency`.split(/\s+/),
);
/** Words after which "it" opens a clause: conjunctions, speech verbs, time words. */
const IT_SUBJECT_AFTER = new Set(
  `that and but when after before because while as since so then where if though although said says
  added announced confirmed later earlier also now month week year day morning evening night ago`.split(/\s+/),
);
/** Verbs after "it" that say nothing of what it did ("it is", "it was their first"), unless a participle follows. */
const IT_DUMMY_VERBS = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'seems',
  'seemed',
  'remains',
  'remained',
  'appears',
]);
/** Adverbs that may stand between "it" and its verb: "It also announced", "it then sold". */
const IT_ADVERBS = new Set(
  'also then later now again still already subsequently separately previously recently'.split(' '),
);
/**
 * Verbs and auxiliaries after which "it" is an agent: "it will", "it said", "it plans", and what a
 * body does as a body ("when it meets", "before it votes", "after it reconvenes").
 */
const IT_VERBS = new Set(
  `will would could should can may might must did does said says plans planned expects expected wants
  hopes intends agreed began begins sold sells bought buys made makes took takes cut cuts won wins lost
  pushed set sets put puts paid pays told tells wrote writes kept keeps left leaves
  meets met sits sat convenes reconvenes votes opens reopens closes resumes decides rules holds held
  publishes announces`.split(/\s+/),
);
/**
 * Public bodies a text may name only by what they are: "the electoral commission", "the finance
 * ministry", "the city council", "the central bank", "the high court", "the tax authority".
 */
const UNNAMED_BODY_NOUNS = new Set(
  `ministry parliament commission cabinet senate legislature regulator watchdog council bank court
  board department authority agency army navy coastguard`.split(/\s+/),
);
/** Of those, the ones that name a body on their own: "approved by parliament", "the senate voted", "the navy rescued". */
const BARE_BODY_NOUNS = new Set(['parliament', 'cabinet', 'senate', 'legislature', 'army', 'navy', 'coastguard']);
/**
 * Bodies that news style names by their noun alone, capitalised: "the Senate voted", "the Cabinet
 * approved", "the Commission proposed", "Parliament passed".
 */
const INSTITUTION_NOUNS = new Set(
  'parliament senate congress cabinet commission assembly legislature council house treasury army navy'.split(' '),
);
/** Of those, the ones the European Union has, which a story about it names so: "the Commission". */
const EU_INSTITUTION_NOUNS = new Set(['commission', 'parliament']);
/** Of those, the ones written without "the": "Parliament passed", "Cabinet approved". */
const THELESS_INSTITUTION_NOUNS = new Set(['parliament', 'congress', 'cabinet']);
/**
 * Nouns that name a public body only after one of a few words: "the coast guard", "the air force",
 * "the fire service" (not "the security guard", "the labour force", "the customer service").
 */
const BODY_NOUN_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['guard', new Set(['coast', 'national'])],
  ['force', new Set(['air', 'police', 'defence', 'defense'])],
  ['service', new Set(['fire', 'ambulance', 'police', 'prison', 'coast', 'intelligence', 'security'])],
]);
/**
 * Words, besides those of titles ("health", "city", "high"), that say what kind of public body a
 * noun names: "the central bank", "the local council", "the appeals court", "the competition regulator".
 */
const BODY_MODIFIERS = new Set(
  `central local town village parish metropolitan appeals appeal appellate constitutional competition
  planning water utilities communications securities`.split(/\s+/),
);
/**
 * "The club", "the side", "the team" may mean a body whose name says no other kind of body
 * ("Corby Rovers"): sports reports call a club all three.
 */
const CLUB_NOUNS = new Set(['club', 'side', 'team', 'squad']);
/**
 * Those who sit on a body and, all together, act as it, with the nouns for the body they sit on:
 * "the justices" of the court, "the councillors" of the council, "the lawmakers" of the chamber.
 */
/** The name of a court of last resort, whose members are its justices. */
const APEX_COURT = /\b(?:Supreme|Constitutional|High) Court\b/;
const SITTING_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['justices', ['court']],
  ['judges', ['court', 'tribunal']],
  ['councillors', ['council']],
  ['councilors', ['council']],
  ['aldermen', ['council']],
  ['commissioners', ['commission']],
  ['directors', ['board']],
  ['trustees', ['board', 'trust']],
  ['regents', ['board']],
  ['lawmakers', ['legislature', 'parliament', 'assembly', 'congress', 'senate']],
  ['legislators', ['legislature', 'parliament', 'assembly', 'congress', 'senate']],
  ['mps', ['parliament']],
  ['senators', ['senate']],
  ['prosecutors', ["prosecutor's", 'prosecutors', 'prosecution']],
]);
/** Words of a sports club's name among those of other bodies' names: "Corby Rovers", "Harlow Town FC". */
const CLUB_NAME_WORDS = new Set(
  'united rovers wanderers athletic albion rangers city town county fc afc club'.split(' '),
);
/**
 * Words of a body's name that make it a public one, which "the group" never means: "Millbrook City
 * Council", "the Department of Natural Resources" (PUBLIC_BODY_WORDS less those a lobby, a charity
 * or a union may be called by: "council", "union", "national", "league").
 */
const GOVERNMENT_NAME_WORDS = new Set(
  `ministry department agency board commission committee court parliament assembly senate congress
  government administration authority police army navy force forces school university college
  hospital district city county office bureau service laboratory laboratories lab labs institute
  museum library party club team`.split(/\s+/),
);
/** Words before "Council" that make it a local or state government's: "Bradstow Town Council". */
const COUNCIL_OF_GOVERNMENT = new Set(
  'city town county district borough parish village municipal metropolitan regional state security'.split(' '),
);

/**
 * "The Wisconsin Dairy Business Council ... The group said", "The Norwegian Refugee Council ...
 * The group": a lobby, a charity or a movement is "the group" whatever its name is headed by
 * (a council, an alliance, a forum), when no word of it or of what the text called it makes it a
 * public body.
 */
function isNonGovernmentalBody(words: readonly string[], described: readonly string[]): boolean {
  if (words.some((word) => GOVERNMENT_NAME_WORDS.has(word) || COUNCIL_OF_GOVERNMENT.has(word))) return false;
  return !described.some((word) => PUBLIC_BODY_WORDS.has(word));
}
/** Participles said of a body, not a person, opening an aside after its name: "Kestrav, founded in 2014,". */
const BODY_PARTICIPLES = new Set(['founded', 'established', 'headquartered', 'based', 'listed', 'incorporated']);
/** Nouns for a part of any organisation, which "the <noun>" may mean when no name fits it better. */
const ORGAN_NOUNS = new Set(['board']);
/** Words that name a happening after them: "Storm Brenna", "Hurricane Ida". */
const NAMED_HAPPENINGS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'operation']);
/** Words that end the name of a happening or a text, not of a body: "the Cold War", "the Paris Agreement". */
const NAMED_THINGS = new Set(
  `war games olympics cup test series marathon race prize award agreement accord treaty protocol
  convention declaration act bill plan strategy report`.split(/\s+/),
);
/** The last word of a place's or a thing's name, not a body's: "District", "Bridge", "Marathon", "Accord". */
function isPlaceOrThingNoun(key: string): boolean {
  return LANDMARK_NOUNS.has(key) || PLACE_NOUNS.has(key) || LANDSCAPE_NOUNS.has(key) || NAMED_THINGS.has(key);
}
/**
 * Nouns for a body, besides the kinds of business (`KIND_NOUNS`), that a name set off by commas
 * after them names: "the UN mission, Minusca,", "the ruling coalition, Pacto Verde,".
 */
const APPOSED_BODY_NOUNS = new Set(
  'mission coalition alliance bloc movement committee council commission agency authority ministry organisation organization network'.split(
    ' ',
  ),
);
/** Prepositions after which a name is a side of what is told: "a deal with", "a ruling against", "talks between". */
const SIDE_PREPOSITIONS = new Set(['with', 'against', 'between']);
/** Parts of a body that act for it: "the Calder branch of the ...", "the armed wing of the ...". */
const BODY_PARTS = new Set(['branch', 'wing', 'arm', 'chapter', 'division', 'section']);
/** Words that open what a verb in the present takes: "plans a march", "says it", "wants to". */
const VERB_OBJECT_OPENERS = new Set('a an the its their his her it to that this no new more fresh further'.split(' '));
/** Prefixes of a vessel's name, which names no actor: "MV Sea Harmony", "HMS Dauntless", "RV Aurora". */
const SHIP_PREFIXES = new Set([
  'MV',
  'MS',
  'MT',
  'MF',
  'RV',
  'SS',
  'RMS',
  'FV',
  'HMS',
  'USS',
  'HMAS',
  'HMCS',
  'HMNZS',
  'INS',
]);
/** Nouns of an indefinite description of someone: "A Timaru man", "a 41-year-old woman". */
const PERSON_NOUNS = new Set(
  `man woman boy girl teenager teen youth person pensioner motorist driver cyclist pedestrian mother
  father grandmother grandfather resident student worker farmer nurse teacher businessman businesswoman`.split(/\s+/),
);
/** Plural nouns that end the complement of a body's name: "Office for Product Safety and Standards". */
const COMPLEMENT_PLURALS = new Set(
  `standards affairs services communities resources skills sports fisheries statistics markets
  pensions families schools trades industries territories regions borders rights relations customs
  works roads waterways forests lands mines minerals`.split(/\s+/),
);
/** What a body does to its own forecast, rate, plant or product: "Morgan Stanley cut its forecast". */
const OWN_THINGS_VERBS = new Set(
  `cut raised lowered trimmed slashed lifted held kept reported posted closed shut opened recalled
  expanded published released suspended halted resumed`.split(/\s+/),
);
/** Words between "said" and "it would": "on Tuesday", "late on Monday", "in a statement". */
const SAID_ADJUNCT = new Set(['late', 'early', 'statement', 'filing', 'release']);
/** Abbreviations that open a sports club's name: "FC Rheinhafen", "AC Milan", "SV Werder Bremen". */
/** Letters after a club's name: "Harbour City FC", "Harlow Town AFC". */
const CLUB_SUFFIXES = new Set(['FC', 'AFC', 'CF', 'F.C.', 'A.F.C.']);
const CLUB_PREFIXES = new Set(['FC', 'AFC', 'AC', 'SC', 'CF', 'CD', 'SK', 'FK', 'BK', 'IF', 'SV', 'VfB', 'VfL', 'RB']);
/** Words that open a sports club's name in Romance and other languages: "Real Oviedo", "Sporting Braga". */
/**
 * Words that open a company's, agency's or other body's name in other languages, or as a short
 * form: "Grupo Alvarado", "Banca Ferraro", "Groupe Rivaud", "Met Éireann" (the Met Office's Irish
 * sister), "Sindicato Unitario", "Bundesamt für Justiz", "Agenzia delle Entrate". (English words
 * such as "Union" or "Office" are not here: they end English names.)
 */
const COMPANY_OPENERS = new Set(
  `grupo gruppo groupe gruppe banca banco banque compagnie companhia industrias met ministerio ministère
  ministério ministerium ministero ministerie instituto institut istituto instituut caisse caja caixa cassa
  société sociedad sociedade società pt federación fédération federação federazione confederación
  confédération confederação confederazione asociación associação associazione sindicato sindacato
  syndicat unión união unione conseil consejo conselho consiglio comisión comissão commissione comité
  comitato agence agencia agência agenzia ufficio dirección direção direzione secretaría fiscalía
  procuraduría contraloría defensoría superintendencia servicio serviço servizio fundación fundação
  fondazione fondation stiftung stichting asamblea assembleia assemblée assemblea cámara câmara chambre
  partido partito partei partij movimiento movimento mouvement frente fronte rassemblement universidad
  universidade università université universität tribunale juzgado policía polícia polizia guardia
  bundesamt bundesanstalt bundesagentur bundesministerium bundesverband verband gewerkschaft landesamt
  gesellschaft vereniging coordinadora colectivo collectif observatorio observatoire`.split(/\s+/),
);
/**
 * Words of other languages that name no person but stand in bodies' and firms' names: demonyms
 * ("Deutsche Bahn", "Televisión Española", "Radio Télévision Suisse") and the nouns and adjectives
 * of trades and of the state ("Crédit Agricole", "Rede Globo", "Radio Nacional", "Poste Italiane").
 */
const FOREIGN_BODY_WORDS = new Set(
  `española españolas française françaises deutsche deutscher deutsches deutschen italiana italiane
  italiani portuguesa brasileira brasileiras mexicana chilena colombiana peruana venezolana cubana
  argentino suisse schweizerische österreichische österreichischer nederlandse belge polska polskie
  česká české slovenská hrvatska hrvatske română norske svenska danske suomen
  nacional nacionales nationale nazionale nationaal internacional internazionale generale geral
  crédit credito crédito electricité eletricidade electricidad elettricità gaz televisión télévision
  televisão televisione rede rete cadena chaîne correos poste ferrovie ferrocarriles aeropuertos
  aeroportos bahn rundfunk fernsehen`.split(/\s+/),
);
/** Prepositions and conjunctions of other languages inside a body's name: "Bundesamt für Justiz". */
const FOREIGN_PREPOSITIONS = new Set(['für', 'pour', 'para', 'per', 'voor', 'sur']);
const FOREIGN_CONJUNCTIONS = new Set(['und', 'et', 'e', 'y']);
const CLUB_OPENERS = new Set('real atlético atletico sporting dynamo dinamo olympique racing deportivo'.split(' '));
/** What a person has, after a possessive name: "Ana Ruiz's office said". */
const PERSONAL_BELONGINGS = new Set(
  `office lawyer lawyers attorney attorneys wife husband family campaign aide aides spokesman spokeswoman
  spokesperson daughter son mother father`.split(/\s+/),
);
/** Words that open the name of a place: "Mount Kessel", "Fort Hale", "Port Arden", "Lake Varn". */
const PLACE_OPENERS = new Set(['mount', 'mt.', 'fort', 'ft.', 'port', 'lake', 'loch', 'lough', 'cape', 'isle']);
/** Words that make a country's name a region of it: "Northern Ireland", "Central Asia". */
const DIRECTIONS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest upper lower greater new old'.split(
    ' ',
  ),
);
/** Words after which a bare name opens a clause: "Officials said Brandt would meet", "and Lind signed". */
const CLAUSE_OPENERS = new Set(
  `and but that said says while when after before because as if since although though then so where
  meanwhile later earlier separately also`.split(/\s+/),
);
/**
 * Generic words a body's name may end in, which no list of organisation words holds because they
 * end places and programmes too: "Amnesty International", "Tarrant County", "Manchester City",
 * "World Food Programme", "Dunmore Mills", "Birch Valley Regional District".
 */
const GENERIC_BODY_HEADS = new Set(
  `international global national county city borough state programme program project
  campaign relief aid customs security intelligence mills works farms forum platform district`.split(/\s+/),
);
/**
 * What a district that governs is a district of: "Birch Valley Regional District", "Marden Unified
 * School District", "Corla Water District". Any other "District" ends a place's name ("the
 * Central Business District", "the Peak District").
 */
const DISTRICT_KINDS = new Set(
  `regional school unified independent water fire hospital health transit irrigation sanitation
  utility utilities park parks conservation library housing drainage`.split(/\s+/),
);

/** "Saturday's", "Today's", "December's": a possessive of a day or a month, which names no owner. */
function isDayPossessive(token: Token): boolean {
  const word = token.key.replace(/['’]s$/, '');
  return (
    token.possessive &&
    (weekdayNumber(word) !== undefined ||
      monthNumber(word) !== undefined ||
      /^(?:today|tomorrow|yesterday|tonight)$/.test(word))
  );
}

/** Whether the generic head ending at `last` may end a body's name: a district only as a governing one. */
function endsBodyName(tokens: readonly Token[], last: number): boolean {
  const head = tokens[last];
  if (!head || !GENERIC_BODY_HEADS.has(head.key)) return false;
  return head.key !== 'district' || DISTRICT_KINDS.has(tokens[last - 1]?.key ?? '');
}
/** Words for a town or county that end a place's name, and so a club's or council's: "Harbour City". */
const TOWN_WORDS = new Set(['city', 'county', 'borough']);
/** Common nouns of the landscape that open a town's name: "Harbour City", "River County". */
const LANDSCAPE_NOUNS = new Set(
  `harbour harbor port bay river lake valley park bridge mill forest rock hill hills ocean sea
  island coast beach canyon delta marsh moor heath glen creek springs falls`.split(/\s+/),
);
/**
 * Last words of the name of a place or a thing built, which "the" opens as it opens a body's
 * name: "the Golden Gate Bridge", "the Channel Tunnel", "the Old Kent Road".
 */
const LANDMARK_NOUNS = new Set(
  `bridge tunnel road street avenue lane square park river canal tower stadium arena airport beach
  mountain mountains hill hills lake sea ocean bay strait gulf island islands forest desert valley
  motorway highway line dam reef cathedral church mosque temple palace castle`.split(/\s+/),
);
/** Nouns for a kind of place, after a name: "Russia's Kursk region", "Kenya's Turkana county". */
const PLACE_NOUNS = new Set(
  `region province state county district city town village area capital port coast border island
  islands oblast prefecture valley river lake delta basin peninsula highlands`.split(/\s+/),
);
/**
 * Verbs of what an institution does, after "the" and a bare name: "The Bundestag voted", "The
 * Guardian reported". Not verbs of saying or playing, which "the Scot said", "the Dane scored"
 * (a person named by where they are from) do too.
 */
const BODY_VERBS = new Set(
  `voted approved passed rejected reported published ruled adopted ordered banned fined sued imposed
  issued suspended appointed elected sacked hired fired filed charged arrested unveiled acquired
  launched`.split(/\s+/),
);
/** Pronouns that refer back to a person, which end the search for a body's "it". */
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their']);
/** The verb group after a body's "it": "it would cut", "it will", "it plans to". */
const IT_VERB_GROUP =
  /^(?:would|will|had|has|plans|planned|intends|intended|expects|expected|aims|wants|could|may|might)$/;
/** Function words that are also names, capitalised after a given name: "Rehema Said", "Nguyen Van An". */
const SAYING_SURNAMES = new Set(['said', 'says', 'an']);
/** Forms of "be" before a passive participle: "was fined", "has been sued", "will be heard". */
/** Verbs of saying that stand before the speaker after a quotation: '"...," said Dogan.' */
const INVERTED_SAYING = new Set(['said', 'says', 'added', 'asked', 'replied', 'explained', 'insisted', 'continued']);
/** Marks that close a quotation. */
const CLOSING_QUOTES = new Set(['"', '\u201D', '\u2019', "'"]);
const PASSIVE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Irregular participles in "-en" or "-wn" of what bodies and people do: "taken", "brought", "won". */
const PARTICIPLES_IN_EN =
  /^(?:taken|given|written|driven|chosen|beaten|overtaken|shaken|forbidden|held|won|brought|bought|sold|led|run|hit|cut|set|shut|struck|sought|caught|thrown|drawn|known|shown|withdrawn|overseen|seen)$/;
/** Auxiliaries and modals a bare name's verb may follow: "Falk will travel", "Haddad has resigned". */
const LONE_AUXILIARIES = new Set(`will would could should must might shall can has had did`.split(' '));
/** Title words that are also given names: "Striker Dean Fowler". */
const GIVEN_NAME_TITLES = new Set(['dean']);
/** Words of a body that serves an area, which may be named by two places: "Avon and Somerset Police". */
const AREA_BODY_WORDS = new Set(['police', 'constabulary', 'council', 'fire', 'ambulance']);
/** Words that say when someone held a title, which qualify a person's title, never a body's name. */
const TENURE_WORDS = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming', 'late', 'then', 'retired']);
/** Auxiliaries that agree with one subject, not with a plural: "Barnes was", "Hughes has". */
const SINGULAR_AUXILIARIES = new Set(['was', 'is', 'has']);
/** Words before a bare name that joins another to open a clause: "Both Pham and Dang resigned". */
/** What makes a number an ordinal, a token of its own: "9th", "2nd", "82nd". */
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Words that make a numbered name a body's: a court's circuit, an army's unit ("the 3rd Infantry Division"). */
const NUMBERED_UNIT_WORDS = new Set(
  'Circuit Court Division Brigade Regiment Battalion Army Fleet Corps Squadron Infantry Airborne Cavalry Precinct'.split(
    ' ',
  ),
);
/** Plurals in -ers that name things, not doers: "the Panama Papers". */
const NOT_DOERS = new Set(['papers', 'letters', 'matters', 'orders', 'waters', 'quarters', 'headquarters', 'numbers']);
/** A person's apposition of age and home, up to the hometown: ", 34, of ", ", from ". */
const HOMETOWN_APPOSITION = /^,\s*(?:\d{1,3},\s*)?(?:of|from)\s+$/;

const PAIR_OPENERS = new Set(['both', 'either', 'neither']);
/** "Kowalski was arrested": a passive of a verb that only a person undergoes. */
const PASSIVE_AUXILIARIES = new Set(['was', 'is', 'were', 'has', 'had']);
/** Letters written after a person's name: a barrister's rank, a parliament, an honour. */
/** What follows a person's name to tell them from a parent or child of the same name. */
const GENERATIONAL_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
const POST_NOMINALS = new Set('KC QC SC MP MSP MEP MLA TD OBE MBE CBE KBE DBE'.split(' '));
/** Kin nouns whose apposition names a relative ("his wife, Susan,"), with the relative's gender. */
const KIN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...'wife mother daughter sister widow grandmother granddaughter niece aunt fiancée fiancee'
    .split(' ')
    .map((word): [string, 'female'] => [word, 'female']),
  ...'husband father son brother widower grandfather grandson nephew uncle fiancé fiance'
    .split(' ')
    .map((word): [string, 'male'] => [word, 'male']),
]);
/** "Nobody arrived", "Everyone left": pronouns, not names. */
const INDEFINITE_PRONOUN = /^(?:no|some|any|every)(?:body|one|thing)$/;
/** A regular past tense: "arrived", "signed", "sued", "died". */
const LONE_PAST = /^[a-z]{2,}ed$/;
/** Irregular past tenses of what people and bodies do ("began", "rose", "fell" are left out: prices and seasons do them). */
const IRREGULAR_PAST = new Set(
  `flew met left went came told spoke took made gave won lost led held sent wrote sold bought saw quit cut
  ran beat struck fled threw chose drove swore paid kept brought sought taught fought laid`.split(/\s+/),
);
/** Participles that do not end in -ed: "it was bought", "it has sold", "it was taken over". */
const IRREGULAR_PARTICIPLES = new Set(
  `bought sold taken given made won lost held sent paid kept brought cut beaten chosen shut`.split(/\s+/),
);
/** Verbs of what only a person does or undergoes: a bare name that does them is a person. */
/** What a person does to a business: "Ana Ruiz founded a bakery", "Tom Berg ran the firm". */
const FOUNDING_VERBS = new Set(
  'founded co-founded cofounded started set launched built runs ran owns owned joined left quit led leads'.split(' '),
);
const PERSONAL_VERBS = new Set(
  `arrived flew travelled traveled resigned testified pleaded met visited died married retired apologised
  apologized scored spoke recalled wept fled swore fly travel visit meet resign testify plead die retire
  arrested charged sentenced jailed detained elected born convicted acquitted injured killed wounded
  questioned interviewed appointed fired sacked hired hosted defected`.split(/\s+/),
);
/** Fields that name a minister's office and, after a proper name, a business: "Arden Health", "Kestrel Transport". */
const SECTOR_WORDS = new Set(['health', 'transport', 'finance', 'defence', 'defense', 'transit', 'telecoms']);
/**
 * Nouns of a trade, product or service that end a firm's name after a proper name ("Brightline
 * Cable", "Bajaj Auto", "Kelso Freight", "Lumo Dairy") and are seldom a surname (not "Baker",
 * "Steel", "Mills"). ORG_SUFFIXES holds the commoner ones ("Motors", "Energy", "Steel").
 */
const TRADE_NAME_HEADS = new Set(
  `cable broadband auto autos freight dairy mobile wireless fibre fiber paper paints tyres tires
  beverages bottling brewing tobacco cargo couriers aviation drilling refining petrochemicals metals
  alloys aluminium aluminum coal solar renewables hydro fertiliser fertilizer poultry meats seafood
  fisheries financial payments fintech software retail stores supermarkets pharmacies hotels resorts
  cruises cinemas apparel footwear furniture cosmetics construction engineering infrastructure realty
  automotive electric telecommunications chemical minerals timber lumber ceramics`.split(/\s+/),
);
/** Services whose stations act in reports: "Kondapur Police Station", "Central Crime Station". */
const STATION_SERVICES = new Set(['police', 'crime', 'fire']);
/** Nouns for the other side of a business, before its name in apposition: "its rival, Pellmark,". */
const RIVAL_NOUNS = new Set('rival rivals competitor partner parent subsidiary unit arm owner buyer bidder'.split(' '));
/** Words after the one called on the phone: "called Scholz on Monday", "called Okafor to offer". */
const CALL_TIME_WORDS = new Set([
  'on',
  'late',
  'early',
  'last',
  'this',
  'yesterday',
  'to',
  'after',
  'hours',
  'shortly',
]);
const CALLER_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Contests and prizes named by a capitalised plural: "the Olympics", "the Oscars". */
const CONTEST_PLURALS = new Set(
  'olympics paralympics games championships finals playoffs nationals oscars emmys grammys baftas awards'.split(' '),
);
/** What a side does to another in a match: "the Springboks thrashed Samoa". */
const SIDE_VERBS = new Set(
  'thrashed routed edged crushed stunned hammered downed overcame outclassed named signed sacked'.split(' '),
);
/** Verbs of the sides of a match: "the Socceroos drew with Oman", "lost to the Springboks". */
const MATCH_VERBS = new Set('drew draw beat beats won win lost lose face faced play played host hosted'.split(' '));
/** Participles of a match lost, before the winner's "by": "were beaten by the Pumas". */
const BEATEN = new Set('beaten defeated thrashed routed edged hammered stunned outclassed held'.split(' '));
/** Present tenses of planning, after a bare name and before "to": "Velto plans to open". */
const PLAN_VERBS = new Set('plans wants expects aims intends hopes seeks needs vows pledges promises'.split(' '));
/** What a body plans to do, after "to" ("Velto plans to open"; "Brexit is set to cost" is no plan of anyone's). */
const AGENT_INFINITIVES = new Set(
  `open close cut buy sell report launch build hire sign announce raise pay invest acquire merge list
  appeal sue vote publish release recall shut expand issue seek file unveil close`.split(/\s+/),
);
/** What a plan is said to be after "is": "Okafor is expected to travel", "Velto is set to open". */
const PLAN_ADJECTIVES = new Set('due set expected scheduled slated poised likely about going planning'.split(' '));
/** Sentence adverbs set off by commas after a subject: "Okafor, meanwhile, flew". */
const SENTENCE_ADVERBS = new Set('meanwhile however too though also instead then separately later'.split(' '));
/** What two sides share, after their names joined by a hyphen: "the Halcrest-Pellmark merger". */
const SHARED_NOUNS = new Set(
  `merger deal talks border agreement accord pact match game summit relations trade dispute partnership
  alliance rivalry venture tie-up meeting negotiations clash war ceasefire truce treaty fixture final
  derby`.split(/\s+/),
);
/** Dealings with another side, named after "with" or "against": "a deal with Halcrest", "a lawsuit against Velto". */
const DEALING_NOUNS = new Set(
  `deal agreement talks merger partnership contract accord pact alliance settlement tie-up venture
  lawsuit suit case complaint dispute negotiations`.split(/\s+/),
);
/** What only a person has, after a possessive: "Okafor's resignation", "Okafor's lawyer". */
const PERSONAL_POSSESSIONS = new Set(
  `resignation death funeral arrest trial conviction sentencing acquittal lawyer lawyers attorney
  family widow children son daughter wife husband mother father career election candidacy campaign
  birthday retirement marriage`.split(/\s+/),
);
/** What is done to a body (or a person) by a court, a regulator or a buyer: "Pellmark was fined", "Velto was acquired". */
const SUFFERED_BY_BODIES = new Set(
  `sued fined sanctioned acquired suspended banned raided investigated penalised penalized censured
  expelled relegated delisted downgraded blacklisted deregistered`.split(/\s+/),
);
/** Verbs whose object right after is a person (or a body): "arrested Kowalski", "met Okafor", "joined Celtic". */
const PERSON_OBJECT_VERBS = new Set(
  `met meet meets hosted hosts arrested detained charged sentenced jailed freed released fired sacked
  appointed named replaced succeeded interviewed questioned thanked praised criticised criticized
  accused sued defeated beat telephoned phoned urged fined joined acquired sanctioned bought buy buys
  acquire acquires`.split(/\s+/),
);
/** Endings of abstract common nouns, which are rarely names: "election", "procurement", "insurance". */
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ity|ism|ness|ship|ics)$/;
/** Endings of nouns for who someone is or what they do: "fisherman", "plumber", "activist". */
const AGENT_NOUN = /(?:man|woman|er|or|ist|ian|ant|ent|ee)$/;

/** A lower-case agent noun that ends a description: "a fisherman in Tema", "a retired plumber,". */
function isAgentNoun(token: Token, next: Token | undefined): boolean {
  if (token.capitalized || !AGENT_NOUN.test(token.key)) return false;
  return next === undefined || !next.isWord || NOUN_PHRASE_ENDS.has(next.key);
}

/** Words after which a noun phrase's head has come: prepositions and conjunctions. */
const NOUN_PHRASE_ENDS = new Set(['of', 'from', 'in', 'at', 'for', 'with', 'on', 'and', 'who', 'whose']);
/** A company's legal form after its name: "Inc.", ", Ltd.", "GmbH". */
const LEGAL_FORM =
  /,?\s+(?:(?:Pvt|Pte|Sdn|Private)\.?\s+(?:Ltd\.?|Limited|Bhd\.?)|Bhd\.?|Tbk\.?|LLP|LP|L\.P\.|SAS|S\.A\.S\.|Srl|S\.r\.l\.|KGaA|JSC|PJSC|OJSC|Ltda\.?|Inc\.?|Incorporated|Corp\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|PLC|plc|GmbH|AG|S\.A\.|SA|N\.V\.|NV|B\.V\.|BV|SE|Co\.|Oyj|Oy|AB|AS|ASA|A\/S|ApS|SpA|S\.p\.A\.|Pty|SARL|KK)$/;
const EMPTY_TOKEN: Token = {
  text: '',
  start: 0,
  end: 0,
  possessive: false,
  capitalized: false,
  isWord: false,
  key: '',
};

/**
 * An organisation word that, written in lower case after a name, makes the name a body's ("the
 * Riverton school board"); "the Namanga border post", "the Juno space mission", "the Okafor house"
 * are a place, a mission and a home.
 */
function isLowerCaseBodyWord(key: string): boolean {
  return ORG_SUFFIXES.has(key) && key !== 'post' && key !== 'mission' && key !== 'house';
}

/** Plurals of title heads, to their singular: "ministers" -> "minister", "spokesmen" -> "spokesman". */
const PLURAL_HEADS = new Map<string, string>();
for (const head of TITLE_HEADS) {
  if (head.endsWith('.')) continue;
  PLURAL_HEADS.set(head.endsWith('man') ? `${head.slice(0, -3)}men` : `${head}s`, head);
}

/** A title head, singular or plural ("governor", "deputy governors"). */
function isHead(key: string): boolean {
  if (TITLE_HEADS.has(key) || PLURAL_HEADS.has(key)) return true;
  if (!key.includes('-') && !key.includes('\u2010')) return false;
  return TITLE_HEADS.has(key.replace(ELECT, '')) || isCompoundHead(key);
}

/**
 * "vice-marshal", "lieutenant-colonel", "director-general", "vice-chancellor": a title head joined
 * by hyphens to words that qualify or head titles is a title head ("Jean-Luc" has no such parts).
 */
function isCompoundHead(key: string): boolean {
  const parts = key.split(/[-\u2010]/);
  const last = parts.at(-1) ?? '';
  return (
    parts.length > 1 &&
    TITLE_HEADS.has(last) &&
    parts.slice(0, -1).every((part) => TITLE_HEADS.has(part) || (TITLE_MODIFIERS.has(part) && !DETERMINERS.has(part)))
  );
}

/** What a party's members are called, which names the party: "the Greens", "Liberal Democrats", "Labour". */
const PARTY_FAMILIES = new Set(
  `labour democrats republicans greens conservatives tories socialists liberals nationalists communists unionists progressives`.split(
    ' ',
  ),
);
/**
 * Nouns for someone the story is about who holds no office, with the gender they tell:
 * "the defendant", "the teenager", "the pensioner", "the actress". Office-holders ("the minister")
 * are found by their roles instead.
 */
const PERSON_REFERENCE_NOUNS: ReadonlyMap<string, 'male' | 'female' | 'any'> = new Map([
  ...`accused defendant teenager youngster pensioner singer rapper musician star footballer cricketer boxer athlete
  sprinter cyclist golfer actor suspect prisoner detainee hostage inmate fugitive attacker tycoon billionaire
  novelist artist comedian presenter campaigner climber swimmer skier jockey rider runner politician
  champion winner finalist medallist medalist runner-up favourite favorite international newcomer debutant`
    .split(/\s+/)
    .map((noun) => [noun, 'any'] as const),
  ...'man boy actress gunman businessman'
    .split(' ')
    .map((noun) => [noun, noun === 'actress' ? 'female' : 'male'] as const),
  ...'woman girl businesswoman widow'.split(' ').map((noun) => [noun, 'female'] as const),
]);
/** Of those, nouns a team or a firm is called too: "the cup winner Liverpool", "the favourite Kestrel". */
const SIDE_DESCRIPTIONS = new Set(
  'champion winner finalist favourite favorite runner-up newcomer international star debutant'.split(' '),
);
/** Words that may stand between "the" and such a noun: "the former footballer", "the young singer". */
const REFERENCE_MODIFIERS = new Set(
  'former young elderly retired veteran pop teenage defending reigning world olympic'.split(' '),
);
/** Ranks after "number": "the world number one". */
const RANKS = new Set(['one', 'two', 'three', '1', '2', '3']);
/** Months that are also given names: "June Sarpong", "April Ashworth", "May Tanaka". */
const GIVEN_NAME_MONTHS = new Set(['april', 'may', 'june', 'august']);
/** Weekdays that are also given names: "Sunday Oliseh", "Monday Okpebholo", "Friday Okonkwo". */
const GIVEN_NAME_DAYS = new Set(['monday', 'friday', 'sunday']);
/** Words after which a month is a date: "in June", "since May", "last April", "mid-August". */
const MONTH_LEADS = new Set(
  `in on since by until till from to through throughout during before after between of last next this early late mid mid- each every that`.split(
    ' ',
  ),
);

/** "Mayor-elect", "president-designate": a title not yet taken up is a title. */
const ELECT = /[-\u2010](?:elect|designate)$/;

/** A word that can be part of a person's name ("Sergey", "J.D.", "Jean-Noël", "O'Brien"). */
/**
 * `text === text.toUpperCase()` ("WHO", "U.S.", "NATO"), without the call for ASCII text, where
 * only a lower-case letter differs: it is asked of nearly every word.
 */
function isUpperCase(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 128) return text === text.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/**
 * A capitalised word joined by a hyphen to a lower-case participle or adjective: "Nasdaq-listed",
 * "Booker-winning", "Lagos-based", "Europe-wide", "Mother-of-two". It describes what follows; it
 * names no one.
 */
const HYPHENATED_ADJECTIVE =
  /^\p{Lu}[\p{L}.]*[-\u2010](?:\p{Ll}+(?:ed|ing|en)|born|run|made|style|era|wide|of[-\u2010]\p{Ll}+)$/u;

/** `HYPHENATED_ADJECTIVE` asked only of a word with a hyphen in it: most name words have none. */
function isHyphenatedAdjective(text: string): boolean {
  return (text.includes('-') || text.includes('\u2010')) && HYPHENATED_ADJECTIVE.test(text);
}

/** Capitalised words a number completes in a body's name: "Local 1199", "Unit 731", "Lodge 12". */
const NUMBERED_NAME_WORDS = new Set([
  'local',
  'unit',
  'lodge',
  'chapter',
  'branch',
  'precinct',
  'squadron',
  'battalion',
]);

/**
 * How many tokens from `token` on a name takes as its number: the sign and the number after a
 * number's abbreviation ("N°2", "No°12"), or the number after a word that calls for one ("Local
 * 1199"). None (0) otherwise.
 */
function numberInName(previous: Token | undefined, token: Token, following: Token | undefined): number {
  const isNumber = (next: Token | undefined): boolean => next !== undefined && /^\d+$/.test(next.text);
  if (/^[°º]$/.test(token.text) && /^No?$/.test(previous?.text ?? '') && previous?.end === token.start) {
    return isNumber(following) && following?.start === token.end ? 2 : 0;
  }
  return previous?.capitalized && NUMBERED_NAME_WORDS.has(previous.key) && isNumber(token) ? 1 : 0;
}

/** "country's", "nation's" after "the": the country the text is about, owning an office after it. */
function ownCountryPossessive(token: Token | undefined): boolean {
  return token?.possessive === true && !token.capitalized && (token.key === 'country' || token.key === 'nation');
}

/** An initial ("J.") and initials ("U.S.", "E.U."): asked only of a word that ends in a full stop. */
/** Initials a body's name is given in parentheses: "(KPA)", "(EFCC)", "(G-20)", "(M&S)". */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}.&-]{1,9}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

function isNameWord(token: Token | undefined): boolean {
  if (!token?.isWord || !token.capitalized) return false;
  if (isHyphenatedAdjective(token.text)) return false;
  const key = keyOf(token);
  if (token.text.endsWith('.')) {
    if (INITIAL.test(token.text)) return true;
    if (INITIALS.test(token.text)) return !matchPhrase([token.text], 0);
  }
  if (token.text.length > 1 && isUpperCase(token.text)) return false;
  return !(
    COMMON_CAPITALISED.has(key) ||
    ORG_SUFFIXES.has(key) ||
    NON_NAME_WORDS.has(key) ||
    isHead(key) ||
    TITLE_MODIFIERS.has(key) ||
    HONORIFICS.has(key)
  );
}

/**
 * "was", "has", "will": a word that makes what follows a name and its age a predicate ("Ana Ruiz,
 * 61, was elected party leader on Sunday"), never a noun apposition, so it gives no role.
 */
function isPredicateWord(key: string): boolean {
  return PASSIVE_FORMS.has(key) || LONE_AUXILIARIES.has(key) || key === 'have' || key === 'does' || key === 'may';
}

function isParticle(token: Token | undefined): boolean {
  return token !== undefined && !token.capitalized && NAME_PARTICLES.has(token.text);
}

/**
 * A role word in the plural ("Farmers", "Workers", "Teachers"), which names no one's title inside
 * a body's name ("Eldoret Farmers Forum"), as "Farmer Ana Ruiz" would.
 */
function isPluralRole(token: Token): boolean {
  return /[^s]s$/.test(token.key) && isHead(token.key.slice(0, -1));
}

/** An agent noun of a trade ("shipbuilder", "forwarder", "processor"), not a person's or a title's. */
function isTradeNoun(key: string): boolean {
  return (
    /^[a-z-]{4,}(?:er|or)$/.test(key) &&
    !isHead(key) &&
    !PERSON_NOUNS.has(key) &&
    !PERSON_REFERENCE_NOUNS.has(key) &&
    !ORG_MEMBER_NOUNS.has(key) &&
    !NON_NAME_WORDS.has(key)
  );
}

function isTitleWord(token: Token): boolean {
  const key = keyOf(token);
  return isHead(key) || HONORIFICS.has(key);
}

class ActorReader {
  readonly actors = new Map<string, ActorDraft>();
  readonly facts = new Map<string, PersonFacts>();
  readonly mentions: ActorMention[] = [];
  /** Lower-cased names and parts of names -> actor id. */
  private readonly aliasIndex = new Map<string, string>();
  /** First words of people's names -> the one person with it ('' when several share it). */
  private readonly firstNames = new Map<string, string>();
  /**
   * Inner words of people's names of three words or more -> the one person with it ('' when
   * several share it): "Lula" for "Luiz Inácio Lula da Silva", "Kamal" for "Datuk Seri Kamal
   * Ariffin", the short form such names go by.
   */
  private readonly innerNames = new Map<string, string>();
  private readonly history: PersonHistory = [];
  /** Organisations, groups and countries mentioned so far (ids, in text order), for "the board". */
  private readonly organisationHistory: string[] = [];
  /** Organisations that were the first actor of their sentence (mostly its subject), in text order. */
  private readonly openingOrganisations: string[] = [];
  /** The same for countries ("Kenya said ..."), for a later "the government". */
  private readonly openingCountries: string[] = [];
  private readonly lowerWords: Set<string>;
  private readonly counterparts: { mention: ActorMention; role: string; country: PlaceEntry }[] = [];
  // Per sentence:
  private tokens: Token[] = [];
  private words: string[] = [];
  private quotes: [number, number][] = [];
  private sentence: Sentence | undefined;
  private found: ActorMention[] = [];
  /** The gazetteer phrase at each word of the sentence (`null`: none), found when first asked. */
  private phrases: (PhraseMatch | null | undefined)[] = [];
  private firstWord = 0;
  /** Whether the sentence is the first of its paragraph. */
  private opensParagraph = false;
  /** The first word after a dateline ("LAGOS -", "OSLO, March 3 (AP) -"), or -1: it opens the text. */
  private bodyWord = -1;
  /**
   * Where a name joined by "and" to a person's starts ("Irena Vale and Tomas Bern"), in this
   * sentence's tokens, with the role a plural title before the first gives both.
   */
  private conjunct: { at: number; role?: string } | undefined;

  /** "A Timaru man" in the sentence before, to be named in this one ("Jared Paku, 34, ..."). */
  private description: { sentence: number; paragraph: number; start: number; end: number; age?: string } | undefined;

  /** Tokens of each sentence. */
  private readonly sentenceTokens: Token[][];
  /** Actors by the first word of their name, lower case, for short forms ("Halden"). */
  private readonly byFirstWord = new Map<string, ActorDraft[]>();
  /** Common nouns an organisation was described by ("cooperative" for "a cooperative, Sklárna Lesná"). */
  private readonly kindNouns = new Map<string, Set<string>>();
  /** Of those, nouns of a trade outside ORG_REFERENCE_NOUNS ("shipbuilder"): "the shipbuilder" refers back too. */
  private readonly tradeNouns = new Set<string>();
  /** The body each capitalised short name ("the Ministry") last stood for, by its noun in lower case. */
  private readonly shortNameReferents = new Map<string, string>();
  /** Common nouns "the <noun>" has referred to each organisation by ("board" for a central bank). */
  private readonly referredAs = new Map<string, Set<string>>();
  /** The person a byline names ("By Ana Ruiz in Kherson"), whom "I" and "we" stand for outside quotes. */
  private writer: string | undefined;
  /** Sentences that are wholly a quotation: a pronoun reaches back past them (coreference.ts). */
  private readonly quotedSentences = new Set<number>();
  /** In an interview told as questions and answers: the one interviewed, and the body they lead. */
  private interviewee: string | undefined;
  private intervieweeBody: string | undefined;
  /** Whether the sentence is in an answer of the interview ("A: ..."). */
  private answering = false;
  /** Slugs by name, so a name met again is not slugified again. */
  private readonly slugs = new Map<string, string>();
  /**
   * Organisations made of one bare unknown word that acts ("Ruto spoke", "Okonjo addressed"), by
   * id, with the sentence that made each: guesses a "he" or "she" may turn into a person.
   */
  private readonly loneOrganisations = new Map<string, number>();

  /** People described without a name so far ("a 32-year-old man"), for he and she. */
  private readonly unnamed: { sentence: number; start: number; gender: 'male' | 'female' }[] = [];
  /** Nouns of PERSON_REFERENCE_NOUNS that described someone without a name ("a suspect"), for "the suspect". */
  private readonly unnamedNouns: { sentence: number; start: number; noun: string }[] = [];

  constructor(private readonly sentences: readonly Sentence[]) {
    this.sentenceTokens = sentences.map((sentence) => tokenize(sentence.text, sentence.start));
    // Lower-case words of the whole text, to tell a sentence-initial common word from a name.
    this.lowerWords = new Set();
    for (const tokens of this.sentenceTokens) {
      for (const token of tokens) if (token.isWord && !token.capitalized) this.lowerWords.add(token.text);
    }
  }

  read(): ActorIndex {
    const quotes = quoteRanges(this.sentences);
    this.sentences.forEach((sentence, index) => {
      if (isAllQuoted(sentence, quotes[index] ?? [])) this.quotedSentences.add(index);
      this.sentence = sentence;
      this.tokens = this.sentenceTokens[index] ?? [];
      this.words = this.tokens.map((token) => token.text);
      this.phrases = new Array<PhraseMatch | null | undefined>(this.words.length);
      this.quotes = quotes[index] ?? [];
      this.found = [];
      this.conjunct = undefined;
      this.firstWord = this.tokens.findIndex((token) => token.isWord);
      this.opensParagraph = sentence.paragraph !== this.sentences[index - 1]?.paragraph;
      if (this.opensParagraph) this.readInterviewTurn();
      for (const person of unnamedPeople(this.tokens)) {
        if (!this.inQuote(person.start))
          this.unnamed.push({ start: person.start, gender: person.gender, sentence: index });
      }
      for (const described of unnamedDescriptions(this.tokens, (key) => PERSON_REFERENCE_NOUNS.get(key))) {
        if (!this.inQuote(described.start))
          this.unnamedNouns.push({ start: described.start, noun: described.noun, sentence: index });
      }
      this.bodyWord = this.opensParagraph
        ? wordAfterDateline(this.tokens, this.sentence.text, this.sentence.start)
        : -1;
      this.readSentence();
      this.found.sort((a, b) => a.start - b.start);
      this.noteTradeNouns();
      this.writer ??= this.bylineWriter() ?? this.diaryKeeper();
      this.markDescriptions();
      this.nameDescribed(index, sentence);
      this.mentions.push(...this.found);
      this.description = this.describedPerson(index, sentence);
      for (const mention of this.found) {
        if (this.actors.get(mention.actorId)?.kind !== 'person') this.organisationHistory.push(mention.actorId);
      }
      const opening = this.found.find((mention) => !mention.inQuote && mention.form !== 'demonym');
      if (opening && this.actors.get(opening.actorId)?.kind === 'organization')
        this.openingOrganisations.push(opening.actorId);
      // "The Kenyan government said": a demonym opens a sentence about its country too.
      const first = this.found.find((mention) => !mention.inQuote);
      if (first && this.actors.get(first.actorId)?.kind === 'country') this.openingCountries.push(first.actorId);
      const subject = sentenceSubject(this.found, this.tokens, (id) => this.actors.get(id)?.kind === 'person');
      for (const mention of this.found) {
        if (this.actors.get(mention.actorId)?.kind !== 'person' || mention.inQuote || mention.titleOf) continue;
        this.history.push({
          actorId: mention.actorId,
          sentence: index,
          start: mention.start,
          subject: mention === subject,
        });
      }
    });
    this.resolveCounterparts();
    this.mergeSingleNames();
    this.mentions.sort((a, b) => a.start - b.start);
    return { actors: [...this.actors.values()], mentions: this.mentions };
  }

  /** `matchPhrase(this.words, at)`, asked of the gazetteer once per word: the readers ask it many times. */
  private phraseAt(at: number): PhraseMatch | undefined {
    if (at < 0 || at >= this.phrases.length) return matchPhrase(this.words, at);
    let phrase = this.phrases[at];
    if (phrase === undefined) this.phrases[at] = phrase = matchPhrase(this.words, at) ?? null;
    return phrase ?? undefined;
  }

  private readSentence(): void {
    let at = 0;
    while (at < this.tokens.length) {
      const token = this.tokens[at];
      if (!token) break;
      const next =
        this.readMemberReference(at) ??
        this.readTitleReference(at) ??
        this.readOwnedTitleReference(at) ??
        this.readAgeReference(at) ??
        this.readDealSide(at) ??
        this.readOrganisationReference(at) ??
        this.readBodyVoices(at) ??
        this.readSittingMembers(at) ??
        this.readOfficeOfTitle(at) ??
        this.readShortBodyName(at) ??
        this.readInstitutionNoun(at) ??
        this.readCountryReference(at) ??
        this.readCompassCountry(at) ??
        this.readNationalsReference(at) ??
        this.readNationalityReference(at) ??
        this.readFormerOrLatter(at) ??
        this.readGovernmentReference(at) ??
        this.readCounterpart(at) ??
        this.readBareCounterpart(at) ??
        this.readPronoun(at) ??
        this.readFirstPerson(at) ??
        this.readPersonNounReference(at) ??
        this.readOrganisationPronoun(at) ??
        this.readBareBody(at) ??
        this.readBodyPeople(at) ??
        this.readSideOfFixture(at) ??
        this.readPairReference(at) ??
        this.readHyphenedSides(at) ??
        this.readCountryBody(at) ??
        this.readNumberedUnit(at) ??
        this.readFamily(at) ??
        this.readNumberedName(at) ??
        (token.capitalized ? this.readRun(at) : undefined) ??
        this.readParticleName(at);
      at = next ?? at + 1;
    }
  }

  /**
   * "A Timaru man who stole $40,000 from his club was sentenced on Thursday. Jared Paku, 34, had
   * pleaded guilty ...": court and police reports describe someone first and name them in the next
   * sentence. The one indefinite description of a person in a sentence (not named in it), to be
   * named by the next.
   */
  private describedPerson(index: number, sentence: Sentence): ActorReader['description'] {
    let found: ActorReader['description'];
    for (let at = 0; at < this.tokens.length; at += 1) {
      const article = this.tokens[at];
      if (article?.key !== 'a' && article?.key !== 'an') continue;
      let cursor = at + 1;
      // "a 41-year-old woman" is four tokens before its noun.
      while (cursor < this.tokens.length && cursor - at <= 6) {
        const token = this.tokens[cursor];
        if (!token || PERSON_NOUNS.has(token.key) || !(token.isWord || /^(?:\d{1,3}|-)$/.test(token.text))) break;
        cursor += 1;
      }
      const noun = this.tokens[cursor];
      if (!noun || !PERSON_NOUNS.has(noun.key) || this.inQuote(noun.start)) continue;
      const age = /\b(\d{1,3})-year-old\b/.exec(this.text(article, noun))?.[1];
      // ", Jared Paku," right after: named at once, not in the next sentence.
      if (this.tokens[cursor + 1]?.text === ',' && this.tokens[cursor + 2]?.capitalized) continue;
      if (this.found.some((mention) => mention.start < noun.end && mention.end > (article.start ?? 0))) {
        // "A Kenyan man": a demonym inside the description is part of it, but a person's name is not.
        const person = this.found.some(
          (mention) =>
            mention.start < noun.end &&
            mention.end > article.start &&
            this.actors.get(mention.actorId)?.kind === 'person',
        );
        if (person) continue;
      }
      if (found) return undefined; // two people described: which one the next sentence names is unknown
      found = {
        sentence: index,
        paragraph: sentence.paragraph,
        start: article.start,
        end: noun.end,
        ...(age ? { age } : {}),
      };
    }
    return found;
  }

  /**
   * The person a sentence introduces by full name at its start, with their age ("Jared Paku, 34,
   * had pleaded guilty"), is the one the sentence before described ("A Timaru man ... was
   * sentenced"): the description becomes a mention of them.
   */
  private nameDescribed(index: number, sentence: Sentence): void {
    const described = this.description;
    this.description = undefined;
    if (!described || described.sentence !== index - 1 || described.paragraph !== sentence.paragraph) return;
    const first = this.tokens[this.firstWord];
    const named = this.found[0];
    if (!first || !named || named.start !== first.start || named.form !== 'name') return;
    const actor = this.actors.get(named.actorId);
    if (actor?.kind !== 'person' || !actor.name.includes(' ')) return;
    // Introduced here: no mention of them before this sentence.
    if (this.mentions.some((mention) => mention.actorId === actor.id)) return;
    let nameEnd = 0;
    while (nameEnd < this.tokens.length && (this.tokens[nameEnd]?.end ?? 0) <= named.end) nameEnd += 1;
    const age = this.ageAfter(nameEnd);
    if (age === undefined || (described.age !== undefined && described.age !== age)) return;
    // "A Kenyan man": the demonym was read as Kenya; the description is the person's.
    for (let at = this.mentions.length - 1; at >= 0 && (this.mentions[at]?.end ?? 0) > described.start; at -= 1) {
      const mention = this.mentions[at];
      if (mention && mention.start >= described.start && mention.end <= described.end) this.mentions.splice(at, 1);
    }
    this.mentions.push({ start: described.start, end: described.end, actorId: actor.id, form: 'title' });
  }

  /**
   * "Pokorný, a former economist at the Bank for International Settlements who has led the
   * central bank since 2022, is due to ...": what a noun apposition after a person mentions
   * describes the person (`titleOf`); it does not take part in the sentence's events.
   */
  private markDescriptions(): void {
    this.markAffiliations();
    let token = 0;
    for (const mention of this.found) {
      if (mention.form === 'pronoun' || mention.titleOf || this.actors.get(mention.actorId)?.kind !== 'person')
        continue;
      while (token < this.tokens.length && (this.tokens[token]?.start ?? 0) < mention.end) token += 1;
      const end = this.descriptionEnd(token);
      if (end === undefined) continue;
      const until = this.tokens[end]?.start ?? 0;
      for (const inner of this.found) {
        if (inner.start > mention.end && inner.start < until && !inner.titleOf && inner.actorId !== mention.actorId)
          inner.titleOf = mention.actorId;
      }
    }
  }

  /**
   * "Prime Minister Kadri Lepp of Civic Union", "Ana Ruiz of Chile", "Ana Ruiz, 34, of East
   * Lansing": the party, employer or country
   * after a person's name and "of" says whom they belong to; it does not act with them.
   */
  private markAffiliations(): void {
    const text = this.sentence?.text ?? '';
    const offset = this.sentence?.start ?? 0;
    for (const [index, mention] of this.found.entries()) {
      const next = this.found[index + 1];
      if (!next || next.titleOf || mention.form === 'pronoun' || this.actors.get(mention.actorId)?.kind !== 'person')
        continue;
      if (this.actors.get(next.actorId)?.kind === 'person') continue;
      const between = text.slice(mention.end - offset, next.start - offset);
      if (
        /^\s+of\s+(?:the\s+)?$/.test(between) ||
        HOMETOWN_APPOSITION.test(between) ||
        this.hometownCountry(between, next.actorId)
      )
        next.titleOf = mention.actorId;
    }
  }

  /**
   * "Ivo Brandt of Split, Croatia,", "Mara Olsen, from Tromsø, Norway,": the country after a
   * person's town (no actor of its own) says where the person is from; it does not act with them.
   */
  private hometownCountry(between: string, placeId: string): boolean {
    if (this.actors.get(placeId)?.kind !== 'country') return false;
    return /^(?:,\s*)?\s*(?:of|from)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+$/u.test(between);
  }

  /**
   * The index of the comma that closes a noun apposition opening at the comma `at` (", a nurse
   * from Valencia,", ", 54, the port's chief,"), or undefined: it opens with a determiner, an age
   * or a lower-case title word, and has no verb of its own before any relative pronoun.
   */
  private descriptionEnd(at: number): number | undefined {
    if (this.tokens[at]?.text !== ',') return undefined;
    const opener = this.tokens[at + 1];
    if (!opener) return undefined;
    // ", 54, the head of ...,": the age is one apposition, what follows may be another.
    if (this.ageAt(at + 1) === at + 2 && this.tokens[at + 2]?.text === ',')
      return this.descriptionEnd(at + 2) ?? at + 2;
    // ", 29, and Anil Kumar, 31,": "and" opens the next of a list, no title.
    const titleWord =
      !opener.capitalized &&
      !JOINERS.has(opener.key) &&
      (TITLE_HEADS.has(opener.key) || TITLE_MODIFIERS.has(opener.key));
    if (!DETERMINERS.has(opener.key) && !titleWord && this.ageAt(at + 1) === undefined) return undefined;
    let relative: number | undefined;
    for (let cursor = at + 2; cursor < this.tokens.length && cursor - at <= 30; cursor += 1) {
      const token = this.tokens[cursor];
      if (!token || token.text === ';' || token.text === ':' || token.text === '(' || token.text === ')')
        return undefined;
      if (token.key === 'who' || token.key === 'which' || token.key === 'that') relative ??= cursor;
      if (token.text !== ',') continue;
      // ", the ministry said," is an attribution, not a description.
      const own = this.tokens[(relative ?? cursor) - 1];
      if (!own || hasSpeechVerb(this.text(opener, own))) return undefined;
      return cursor + 1 < this.tokens.length ? cursor : undefined;
    }
    return undefined;
  }

  // ---- actors and mentions ----

  private inQuote(start: number): boolean {
    return this.quotes.some(([from, to]) => start >= from && start < to);
  }

  private addActor(name: string, kind: ActorDraft['kind']): ActorDraft {
    let id = this.slugs.get(name);
    if (id === undefined) {
      id = slugify(name);
      this.slugs.set(name, id);
    }
    const existing = this.actors.get(id);
    if (existing) return existing;
    const actor: ActorDraft = { id, name, kind, roles: [], aliases: [] };
    this.actors.set(id, actor);
    const first = name.split(' ', 1)[0]?.toLowerCase() ?? '';
    const sharing = this.byFirstWord.get(first);
    if (sharing) sharing.push(actor);
    else this.byFirstWord.set(first, [actor]);
    if (kind === 'person') this.facts.set(id, { countries: new Set() });
    this.indexNames(actor, name);
    return actor;
  }

  private indexNames(actor: ActorDraft, name: string): void {
    const parts = name.split(' ');
    const keys = [name];
    if (actor.kind === 'person' && parts.length > 1) {
      keys.push(parts.at(-1) ?? '');
      const particle = parts.findIndex((part, index) => index > 0 && NAME_PARTICLES.has(part));
      if (particle > 0) keys.push(parts.slice(particle).join(' '));
      if (parts.length > 2) keys.push(parts.slice(-2).join(' '));
    }
    // "Prince Abdulaziz bin Salman" is also "Abdulaziz bin Salman".
    if (actor.kind === 'person' && parts.length > 2 && REGNAL_TITLES.has((parts[0] ?? '').toLowerCase())) {
      keys.push(parts.slice(1).join(' '));
    }
    for (const key of keys) {
      const lower = key.toLowerCase();
      if (lower !== '' && !this.aliasIndex.has(lower)) this.aliasIndex.set(lower, actor.id);
    }
    const first = parts[0] ?? '';
    if (actor.kind === 'person' && parts.length > 1 && first.length > 1 && !first.includes('.')) {
      const lower = first.toLowerCase();
      this.firstNames.set(lower, this.firstNames.has(lower) ? '' : actor.id);
    }
    if (actor.kind !== 'person') return;
    for (const inner of parts.slice(1, -1)) {
      if (inner.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(inner)) continue;
      const lower = inner.toLowerCase();
      this.innerNames.set(lower, this.innerNames.has(lower) ? '' : actor.id);
    }
  }

  private addAlias(actor: ActorDraft, alias: string): void {
    if (alias !== actor.name && !actor.aliases.includes(alias)) actor.aliases.push(alias);
  }

  private addRole(actor: ActorDraft, role: string): void {
    const lower = role.toLowerCase();
    if (role === '' || actor.roles.some((known) => known.toLowerCase().includes(lower))) return;
    actor.roles = actor.roles.filter((known) => !lower.includes(known.toLowerCase()));
    actor.roles.push(role);
    const facts = this.facts.get(actor.id);
    if (!facts) return;
    for (const token of tokenize(role)) {
      const country = countryOf(token.text);
      if (country) facts.countries.add(country.name);
    }
    const first = keyOf(tokenize(role)[0] ?? EMPTY_TOKEN);
    if (MALE_HONORIFICS.has(first) || MALE_HONORIFICS.has(lower)) facts.gender ??= 'male';
    if (FEMALE_HONORIFICS.has(first) || FEMALE_HONORIFICS.has(lower)) facts.gender ??= 'female';
  }

  private mention(
    actor: ActorDraft,
    first: Token,
    last: Token,
    form: ActorMention['form'],
    extra: { titleOf?: string } = {},
  ): ActorMention {
    const mention: ActorMention = { start: first.start, end: last.end, actorId: actor.id, form };
    if (last.possessive) {
      mention.possessive = true;
      if (actor.kind !== 'person' && (form === 'name' || form === 'alias')) mention.form = 'possessive';
    }
    if (this.inQuote(first.start)) mention.inQuote = true;
    if (extra.titleOf) mention.titleOf = extra.titleOf;
    if (!this.found.some((known) => first.start < known.end && last.end > known.start)) this.found.push(mention);
    return mention;
  }

  private text(first: Token, last: Token): string {
    const sentence = this.sentence;
    if (!sentence) return '';
    return sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
  }

  // ---- capitalised runs ----

  /** The end (exclusive) of the run of capitalised words starting at `from`. */
  private runEnd(from: number): number {
    let at = from;
    // Where the last gazetteer phrase of the run ends: "Group of 20" ends on a number.
    let phraseEnd = from;
    while (at < this.tokens.length) {
      const token = this.tokens[at];
      if (!token) break;
      const phrase = this.phraseAt(at);
      if (phrase && phrase.words.length > 1) {
        at += phrase.words.length;
        phraseEnd = at;
        if (this.tokens[at - 1]?.possessive) break;
        continue;
      }
      const previous = this.tokens[at - 1];
      const following = this.tokens[at + 1];
      // "Sophie Albanese SC", "Jo Hale KC", "Ade Bello MBE": letters after a name end it.
      if (at > from && POST_NOMINALS.has(token.text) && isNameWord(previous)) break;
      if (token.capitalized && (token.isWord || token.text.includes('.'))) {
        at += 1;
        if (token.possessive && !this.possessiveInName(at - 1)) break;
        continue;
      }
      // "Fjordvarme A/S": a legal form written with a slash.
      if (token.text === '/' && /^\p{Lu}$/u.test(previous?.text ?? '') && /^\p{Lu}$/u.test(following?.text ?? '')) {
        at += 1;
        continue;
      }
      if (at > from && (this.startsParticleName(at) || this.foreignLinkInBody(at, from))) {
        at += 1;
        continue;
      }
      const listEnd = at > from ? this.listInComplementEnd(at, from) : undefined;
      if (listEnd !== undefined) {
        at = listEnd;
        continue;
      }
      // "Bank of the Republic of Turkey", "Office for the Coordination of ...": "of the", or "for
      // the" after a public body's word ("lent to Harborline Partners for the Tidewater Hotel" is
      // what the loan was for), before a capitalised word.
      const ofThe = this.opensTheComplement(at);
      if (at === from || !previous || !(following?.capitalized || ofThe)) break;
      if (this.sentenceInitialGroupOf(at, from)) break;
      const previousKey = keyOf(previous);
      const inOrganisation = this.tokens.slice(from, at).some((word) => ORG_SUFFIXES.has(keyOf(word)));
      const joinsOrg =
        (ORG_LINKS.has(token.text) &&
          (ORG_SUFFIXES.has(previousKey) ||
            TITLE_HEADS.has(previousKey) ||
            TITLE_MODIFIERS.has(previousKey) ||
            (inOrganisation && (token.text === 'of' || this.namesWhatFor(at))))) ||
        this.namesWhatOn(at) ||
        this.pluralOfOpensBody(at);
      const joinsThe = token.text === 'the' && this.opensTheComplement(at - 1);
      const joinsAmp = token.text === '&';
      let complementEnd = at + 1;
      while (this.tokens[complementEnd]?.capitalized) complementEnd += 1;
      // "14:05 GMT Avon and Somerset Police", "The Devon and Cornwall Police": the name starts
      // after what readRun strips from the run.
      let nameStart = from;
      if (token.text === 'and') while (nameStart < at - 1 && this.isStrippable(nameStart)) nameStart += 1;
      const joinsAnd = token.text === 'and' && this.joinsComplement(nameStart, at, complementEnd);
      if (joinsOrg || joinsThe || joinsAmp || joinsAnd) {
        at += 1;
        continue;
      }
      break;
    }
    // Never end on a joiner or particle.
    while (at > phraseEnd && !this.tokens[at - 1]?.capitalized) at -= 1;
    return at;
  }

  /**
   * "the Joint Chiefs of Staff", "the Council Chiefs of Police": a role in the plural, then "of"
   * and what is no place, names a body of those who hold it ("The Presidents of Kenya and Uganda"
   * are people, of places).
   */
  private pluralRoleOfBody(start: number, end: number): boolean {
    const ofAt = this.words.slice(start, end).indexOf('of');
    const role = this.tokens[start + ofAt - 1];
    if (ofAt < 1 || start + ofAt + 1 >= end || !role?.capitalized || !isPluralRole(role)) return false;
    if (this.tokens.slice(start + ofAt + 1, end).some((token) => !token.capitalized || !token.isWord)) return false;
    // "Chiefs of Police from six counties met": a bare plural is some of them, no body.
    if (ofAt < 2 && this.tokens[start - 1]?.key !== 'the') return false;
    return !this.phraseAt(start + ofAt + 1);
  }

  /**
   * "Members of the Kestrel Workers Union voted", "Supporters of the Green Alliance marched": a
   * plural for some of a body's people, capitalised only as a sentence's first word, then "of", is
   * no part of the body's name, which starts after it.
   */
  private sentenceInitialGroupOf(at: number, from: number): boolean {
    const group = this.tokens[at - 1];
    return (
      at - 1 === from &&
      this.tokens[at]?.text === 'of' &&
      group !== undefined &&
      MEMBER_GROUPS.has(group.key) &&
      this.isSentenceInitial(at - 1)
    );
  }

  /**
   * "of the", or a public or campaigning body's "for the", at `at`, then a capitalised word: a
   * name's complement ("Office for the Coordination of ...", "Society for the Protection of Birds").
   */
  private opensTheComplement(at: number): boolean {
    const link = this.tokens[at]?.text;
    const owner = this.tokens[at - 1]?.key ?? '';
    const body = link === 'of' || (link === 'for' && (PUBLIC_BODY_WORDS.has(owner) || CAUSE_BODY_WORDS.has(owner)));
    return body && this.tokens[at + 1]?.text === 'the' && this.tokens[at + 2]?.capitalized === true;
  }

  /**
   * "Court of Arbitration for Sport", "Centre for Fiscal Studies": inside a body's name, "for" and
   * a capitalised word that is no date ("the Court of Appeal for Tuesday's hearing" is none) say
   * what the body is for.
   */
  private namesWhatFor(at: number): boolean {
    const next = this.tokens[at + 1];
    return this.tokens[at]?.text === 'for' && this.namesSubject(next);
  }

  /**
   * "Committee on Public Accounts", "Council on Foreign Relations", "Panel on Climate Change": "on"
   * right after the word of a body that deliberates, then a capitalised word that is no date,
   * names its subject ("the Commission on Tuesday" is a date).
   */
  private namesWhatOn(at: number): boolean {
    const next = this.tokens[at + 1];
    return (
      this.tokens[at]?.text === 'on' &&
      DELIBERATING_BODY_WORDS.has(this.tokens[at - 1]?.key ?? '') &&
      this.tokens[at - 1]?.capitalized === true &&
      this.namesSubject(next)
    );
  }

  /**
   * "the Friends of Ashcombe Meadow", "the Sisters of Mercy", "the Mothers of the Disappeared":
   * after "the", a capitalised plural noun and "of" open a body's name (a plural names no one
   * person, and a place "of" a place is written without "the").
   */
  private pluralOfOpensBody(at: number): boolean {
    const plural = this.tokens[at - 1];
    return (
      this.tokens[at]?.text === 'of' &&
      this.tokens[at - 2]?.key === 'the' &&
      plural !== undefined &&
      plural.capitalized &&
      this.isPluralNoun(plural) &&
      (this.namesSubject(this.tokens[at + 1]) || this.opensTheComplement(at))
    );
  }

  /** A capitalised word, neither possessive nor a date or function word: what a body is for or on. */
  private namesSubject(token: Token | undefined): boolean {
    return token?.isWord === true && token.capitalized && !token.possessive && !NON_NAME_WORDS.has(token.key);
  }

  /**
   * "St Brigid's College", "King's College Hospital", "People's Bank": a possessive inside an
   * organisation's name, followed by at most two more capitalised words of which the last is an
   * organisation word. Not when the possessor is a place or an actor named before ("Russia's
   * Defense Ministry", "Halden's Board" are the ministry and board of those).
   */
  private possessiveInName(at: number): boolean {
    const owner = this.tokens[at];
    if (!owner || owner.text.endsWith('s\u2019') || owner.text.endsWith("s'")) return false;
    // "Saturday's Premier League match": a day's possessive says when, not whose.
    if (isDayPossessive(owner)) return false;
    if (this.phraseAt(at) || this.aliasIndex.has(owner.key) || this.byFirstWord.has(owner.key)) return false;
    for (let next = at + 1; next <= at + 3; next += 1) {
      const token = this.tokens[next];
      if (!token?.isWord || !token.capitalized) return false;
      const following = this.tokens[next + 1];
      if (ORG_SUFFIXES.has(token.key) && !following?.capitalized) return true;
    }
    return false;
  }

  /**
   * Whether the name at `at` is a side in a game: after "v"/"versus", after a game's noun and its
   * preposition ("the 1-1 draw with", "the match against", "the final between X and"), or after a
   * verb of playing ("Rovers play", "beat", "drew with", "lost to"). `noun`: the cue is a noun or
   * "versus", which makes a name of several words a team too; a verb makes only a lone word one (a
   * candidate "faced Ana Ruiz" in a runoff is a person).
   */
  private opponentAt(at: number): 'noun' | 'verb' | undefined {
    const sentence = this.sentence;
    const token = this.tokens[at];
    if (!sentence || !token) return undefined;
    const before = sentence.text.slice(Math.max(0, token.start - sentence.start - 60), token.start - sentence.start);
    if (OPPONENT_AFTER_NOUN.test(before)) return 'noun';
    return OPPONENT_AFTER_VERB.test(before) ? 'verb' : undefined;
  }

  /**
   * A team named by a place or a word the text has not introduced ("Dunfermline", "Queen's Park",
   * "Corofin"): an organisation. Known actors and countries (a national side) keep their reading.
   */
  private readOpponent(start: number, end: number, cue: 'noun' | 'verb'): boolean {
    const name = this.words.slice(start, end).join(' ').toLowerCase();
    if (this.aliasIndex.has(name) || this.phraseAt(start)) return false;
    const possessiveName = this.tokens[end - 1]?.possessive === true && this.tokens[end]?.capitalized === true;
    const length = end - start + (possessiveName ? 1 : 0);
    if (length > 3 || (cue === 'verb' && length > 1)) return false;
    // "a 6-3 6-2 win over Maria Berg": a given name opens a player's name, not a team's.
    if (length > 1 && givenNameGender(this.words.slice(start, end).join(' ')) !== undefined) return false;
    for (let at = start; at < end; at += 1) {
      const token = this.tokens[at];
      if (!token || (!isNameWord(token) && !(token.possessive && isTitleWord(token)) && !ORG_SUFFIXES.has(token.key)))
        return false;
    }
    let last = end - 1;
    if (possessiveName) last = this.runEnd(end) - 1;
    const first = this.tokens[start];
    const lastToken = this.tokens[last];
    if (!first || !lastToken) return false;
    const actor = this.organisation(this.text(first, lastToken).replace(/['’]s$/, ''));
    this.mention(actor, first, lastToken, 'name');
    return true;
  }

  /**
   * "Bundesamt für Migration und Flüchtlinge", "Mouvement pour la Libération du Congo", "Ministério
   * da Agricultura e Pecuária": inside a run that a body's word in another language opens, that
   * language's preposition or conjunction, before (particles and) a capitalised word, goes on with
   * the name. A conjunction only after a particle or preposition of the run ("Banco Sabadell e
   * Cortes" could be two).
   */
  private foreignLinkInBody(at: number, from: number): boolean {
    const link = this.tokens[at];
    if (!link?.isWord || link.capitalized) return false;
    const conjunction = FOREIGN_CONJUNCTIONS.has(link.text);
    if (!conjunction && !FOREIGN_PREPOSITIONS.has(link.text)) return false;
    const run = this.tokens.slice(from, at);
    if (!run.some((token) => COMPANY_OPENERS.has(token.key))) return false;
    if (conjunction && !run.some((token) => isParticle(token) || FOREIGN_PREPOSITIONS.has(token.text))) return false;
    return this.startsParticleName(at + 1) || this.tokens[at + 1]?.capitalized === true;
  }

  /**
   * "National Union of Rail, Maritime and Transport Workers", "Department for Environment, Food and
   * Rural Affairs", "Ministerio de Agricultura, Ganadería y Pesca": a comma inside a body's
   * complement, then one or two capitalised words and the "and" that closes the list. Where the
   * list's "and" stands (the run reads on from it), or undefined. Not places, titles or names the
   * text has given ("the Bank of Japan, Reuters and Bloomberg" are three).
   */
  private listInComplementEnd(at: number, from: number): number | undefined {
    if (this.tokens[at]?.text !== ',' || this.tokens[at - 1]?.possessive) return undefined;
    let and = at + 1;
    while (this.namesSubject(this.tokens[and]) && !this.phraseAt(and) && !isTitleWord(this.tokens[and] ?? EMPTY_TOKEN))
      and += 1;
    const link = this.tokens[and]?.text ?? '';
    if (and === at + 1 || and - at > 3 || (link !== 'and' && !FOREIGN_CONJUNCTIONS.has(link))) return undefined;
    if (this.tokens.slice(at + 1, and).some((token) => this.aliasIndex.has(token.key))) return undefined;
    let end = and + 1;
    while (this.tokens[end]?.capitalized) end += 1;
    if (link === 'and') return this.joinsComplement(from, and, end) ? and : undefined;
    return this.foreignLinkInBody(and, from) ? and : undefined;
  }

  /** "von der Leyen": particles followed, after more particles, by a capitalised word. */
  private startsParticleName(at: number): boolean {
    let cursor = at;
    while (isParticle(this.tokens[cursor])) cursor += 1;
    return cursor > at && this.tokens[cursor]?.capitalized === true;
  }

  private readRun(from: number): number | undefined {
    let end = this.runEnd(from);
    if (end <= from) return undefined;
    if (this.readNameWithThe(from, end)) return end;
    let start = from;
    // Function words, dates and sentence-initial common words are not names.
    // "On Tuesday I met": the run stops at the pronoun, which the readers of pronouns read.
    while (start < end && this.isStrippable(start) && (start === from || this.tokens[start]?.text !== 'I')) start += 1;
    if (start > from && this.tokens[start]?.text === 'I') return start;
    if (end - start === 1 && this.readSharedSurname(start)) return end;
    const opponent = start < end ? this.opponentAt(start) : undefined;
    if (opponent && this.readOpponent(start, end, opponent)) {
      // "the match against Queen's Park": the possessive is part of the team's name.
      if (this.tokens[end - 1]?.possessive && this.tokens[end]?.capitalized) end = this.runEnd(end);
      return end;
    }
    // "Reporters Without Borders", "Mothers Against Drunk Driving": a capitalised "Against" or
    // "Without" inside a run joins a body's name, and a plural noun before it opens the name though
    // it would open a sentence as a common noun.
    const prepositionAt = this.words
      .slice(from, end - 1)
      .findIndex((word, index) => index > 0 && CAUSE_WORDS.has(word));
    if (prepositionAt > 0) {
      const before = from + prepositionAt - 1;
      const orgStart = start <= before ? start : /s$/.test(this.words[before] ?? '') ? before : undefined;
      if (orgStart !== undefined) {
        this.readNamedOrganisation(orgStart, end);
        this.readAcronymDefinition(end);
        return end;
      }
    }
    // "Zelensky and Trump": a plain "and" separates names.
    this.readSegment(start, end);
    this.readAcronymDefinition(end);
    return end;
  }

  /**
   * "told The Kestrel Echo", "a spokesperson for The Lantern Trust", "the band, The Velvet Harbour,":
   * inside a sentence written in lower case, a capitalised "The" belongs to the name after it (a
   * paper's, a band's, a body's), which the text names without "The" too ("The Kestrel Echo
   * reported" opening a sentence). Not a place ("in The Hague") nor a title ("The Rev. Ana Ruiz").
   */
  private readNameWithThe(from: number, end: number): boolean {
    const the = this.tokens[from];
    const before = this.tokens[from - 1];
    if (the?.text !== 'The' || end - from < 2 || !before || this.isSentenceInitial(from) || from === this.bodyWord)
      return false;
    if (this.phraseAt(from)) return false;
    // In a heading in title case every word is capitalised; after a colon or dash a sentence may open.
    if (before.isWord ? before.capitalized : before.text !== ',' && before.text !== '(') return false;
    for (let at = from + 1; at < end; at += 1) {
      const token = this.tokens[at];
      if (!token?.isWord || this.phraseAt(at) || isTitleWord(token) || NON_NAME_WORDS.has(token.key)) return false;
    }
    const last = this.tokens[end - 1];
    if (!last) return false;
    const name = this.text(the, last).replace(/['’]s$/, '');
    const short = name.slice(4).toLowerCase();
    const knownId = this.aliasIndex.get(short) ?? this.aliasIndex.get(name.toLowerCase());
    const known = knownId ? this.actors.get(knownId) : undefined;
    const actor = known ?? this.organisation(name);
    if (actor.kind === 'person') return false;
    if (!this.aliasIndex.has(short)) this.aliasIndex.set(short, actor.id);
    if (actor.name !== name) this.addAlias(actor, name);
    this.mention(actor, the, last, actor.name === name ? 'name' : 'alias');
    this.readAcronymDefinition(end);
    return true;
  }

  private isStrippable(at: number): boolean {
    const token = this.tokens[at];
    if (!token) return false;
    const key = keyOf(token);
    // "WHO" is the World Health Organization, "who" a pronoun: the gazetteer compares case.
    if (token.text.length > 1 && isUpperCase(token.text) && this.phraseAt(at)) return false;
    // "Mrs. Ruiz disagreed": an honorific opens a name wherever it stands.
    if (HONORIFICS.has(key) && this.tokens[at + 1]?.capitalized) return false;
    // "AT&T cut jobs": letters written up against an ampersand are a firm's, not "at".
    const next = this.tokens[at + 1];
    if (next?.text === '&' && next.start === token.end && isUpperCase(token.text)) return false;
    // "The Nasdaq-listed Kestrel Robotics", "Booker-winning author Chidi Eze".
    if (isHyphenatedAdjective(token.text)) return true;
    // "Charity Shelter warned", "Broadcaster RTÉ reported": a noun for a kind of body opening the
    // sentence before a name says what the name is ("Group Captain Ana Ruiz" is a rank).
    if (
      KIND_NOUNS.has(key) &&
      this.isSentenceInitial(at) &&
      next?.capitalized &&
      next.isWord &&
      !isTitleWord(next) &&
      !ORG_SUFFIXES.has(next.key)
    )
      return true;
    // "The People's Democratic Party", "the People's Bank": a possessive inside a body's name.
    if (token.possessive && this.possessiveInName(at)) return false;
    if (
      NON_NAME_WORDS.has(key) &&
      !(key === 'may' && at > 0 && isNameWord(this.tokens[at - 1])) &&
      !this.quantifierInName(at) &&
      !this.isMonthGivenName(at) &&
      !this.isDayGivenName(at)
    )
      return true;
    if (NUMBER_WORD.test(key) && !this.quantifierInName(at)) return true; // "Forty-one MCAs voted"
    // "Having sold the business in 2015, Mbeki ...", "Being a tenant, ...": the auxiliary of a
    // perfect or passive participle opening its clause is no given name.
    if (PARTICIPLE_AUXILIARIES.has(key) && this.isSentenceInitial(at)) return true;
    if (this.opensParticipleClause(at)) return true;
    // "14:05 GMT Police closed the bridge", "9.40am BST The hospital said": a live blog's time stamp.
    if (TIME_ZONES.has(key) && /\d|^[ap]\.?m\.?$/i.test(this.tokens[at - 1]?.text ?? '')) return true;
    if (!this.isSentenceInitial(at) || this.phraseAt(at) || isTitleWord(token) || TITLE_MODIFIERS.has(key)) {
      return false;
    }
    // "Finally, ..." is an adverb; "Donnelly" after "Claire Donnelly" is her.
    if (this.aliasIndex.has(key)) return false;
    // "07:40 — Met Éireann upgraded": a word that opens a body's name, before the rest of it.
    if (COMPANY_OPENERS.has(key) && this.tokens[at + 1]?.capitalized) return false;
    // "Emily Carter died", "Kelly Obi won": an -ly word right before a name word is a given name;
    // an adverb opening a sentence stands before a comma or a lower-case word ("Finally, ...").
    return (key.length > 4 && key.endsWith('ly') && !isNameWord(this.tokens[at + 1])) || this.lowerWords.has(key);
  }

  /**
   * "Joining Ana Ruiz at the summit, ...", "Accompanying Pablo Soto on the trip were ...": a word
   * in -ing opening the sentence before a name and, after the name, a preposition is a participle
   * whose object the name is, not a given name ("Joining Ana Ruiz" was a person).
   */
  private opensParticipleClause(at: number): boolean {
    const token = this.tokens[at];
    if (!token || token.key.length < 6 || !token.key.endsWith('ing') || !this.isSentenceInitial(at)) return false;
    let end = at + 1;
    while (isNameWord(this.tokens[end])) end += 1;
    return end - at >= 3 && CLAUSE_PREPOSITIONS.has(this.tokens[end]?.key ?? '');
  }

  /**
   * "the All Progressives Congress", "The One Nation party": after "the", a capitalised quantifier
   * before more capitalised words opens a name; it is no function word there.
   */
  private quantifierInName(at: number): boolean {
    const token = this.tokens[at];
    return (
      token !== undefined &&
      NAME_QUANTIFIERS.has(token.key) &&
      token.capitalized &&
      this.tokens[at - 1]?.key === 'the' &&
      isNameWord(this.tokens[at + 1])
    );
  }

  /**
   * "June Sarpong met", "April Ashworth resigned": a month that is also a given name, right before
   * a name word, opens a person's name; not after a word that dates ("in June", "since May",
   * "5 April"), nor before a place ("May Kenya").
   */
  private isMonthGivenName(at: number): boolean {
    const token = this.tokens[at];
    const next = this.tokens[at + 1];
    if (!token?.capitalized || !GIVEN_NAME_MONTHS.has(token.key) || token.possessive || !isNameWord(next)) return false;
    const before = this.tokens[at - 1];
    if (before && (MONTH_LEADS.has(before.key) || /^\p{N}/u.test(before.text))) return false;
    return !this.phraseAt(at + 1);
  }

  /**
   * "Governor Monday Okpebholo signed", "Sunday Adeyemi scored": a weekday that is also a given name
   * (West African naming), right before a name word, after a title or opening the sentence; after
   * anything else it dates ("on Monday Okpebholo signed", "The Sunday Telegraph").
   */
  private isDayGivenName(at: number): boolean {
    const token = this.tokens[at];
    const next = this.tokens[at + 1];
    if (!token?.capitalized || !GIVEN_NAME_DAYS.has(token.key) || token.possessive || !isNameWord(next)) return false;
    if (this.phraseAt(at + 1) || this.tokens[at + 2]?.text === ',') return false;
    const before = this.tokens[at - 1];
    if (before !== undefined && before.isWord && isTitleWord(before)) return true;
    // Opening a sentence, the name is its subject: a verb or the rest of the name follows.
    return this.isSentenceInitial(at) && (this.verbFollows(at + 2) || isNameWord(this.tokens[at + 2]));
  }

  /**
   * A person's gender as the text told it (an honorific, a kin noun, a he or she taken up), else
   * as their given name tells it ("Ana Ruiz"): what a pronoun or "the woman" must agree with.
   */
  private genderOf(actorId: string): 'male' | 'female' | undefined {
    const actor = this.actors.get(actorId);
    if (actor?.kind !== 'person') return undefined;
    return this.facts.get(actorId)?.gender ?? givenNameGender(actor.name);
  }

  /** The person a description in sentence `sentence` ("the Australian", "the suspect") is about, if any. */
  private personDescribedBefore(sentence: number, gender: 'male' | 'female' | undefined): ActorDraft | undefined {
    const actorId = resolveDescribedPerson({
      ...(gender ? { gender } : {}),
      sentence,
      history: this.history,
      genderOf: (id) => this.genderOf(id),
      toldGenderOf: (id) => this.facts.get(id)?.gender,
      unnamed: this.unnamed,
      quoted: this.quotedSentences,
    });
    return actorId ? this.actors.get(actorId) : undefined;
  }

  private isSentenceInitial(at: number): boolean {
    if (at === this.firstWord || at === this.bodyWord) return true;
    const previous = this.tokens[at - 1];
    return previous !== undefined && QUOTE_OPENERS.has(previous.text) && at - 1 <= this.firstWord + 1;
  }

  private readSegment(start: number, end: number): void {
    if (start >= end) return;
    // "and" splits unless a gazetteer phrase spans it (handled inside readPlaces).
    const and = this.words.slice(start, end).indexOf('and');
    if (and > 0 && !this.phraseAt(start)?.words.includes('and') && !this.joinsComplement(start, start + and, end)) {
      this.readSegment(start, start + and);
      this.readSegment(start + and + 1, end);
      return;
    }
    // "The WFP suspended deliveries", "defected to the APC": a body known by its initials.
    if (end - start === 1 && this.isAcronymName(start)) {
      const token = this.tokens[start];
      const spelled = token ? this.organisationWithInitials(token.text) : undefined;
      if (token && spelled) {
        // "the Kenya Ports Authority ... the KPA": the body named before, by its initials.
        this.addAlias(spelled, token.text);
        this.aliasIndex.set(token.key, spelled.id);
        this.mention(spelled, token, token, 'alias');
      } else this.readNamedOrganisation(start, end);
      return;
    }
    // "Bishop" after "Lorraine Bishop": a title word that is a known person's surname.
    if (end - start === 1 && this.knownPerson(start, end)) {
      this.readLoneName(start);
      return;
    }
    const whole = this.phraseAt(start);
    if (whole && start + whole.words.length === end) {
      this.readPlaces(start, end);
      return;
    }
    if (
      this.isPartyName(start, end) ||
      this.isSideName(start, end) ||
      (end - start > 2 && this.pluralOfOpensBody(start + 1)) ||
      this.pluralRoleOfBody(start, end)
    ) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Procter & Gamble": an ampersand joins the names of a firm; a legal form ends one.
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    const legal = first && last && end - start >= 2 && LEGAL_FORM.test(this.text(first, last));
    if (legal || this.words.slice(start, end).includes('&')) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Harbour City FC", "Kestrel Town AFC": a club's letters end a club's name.
    if (end - start >= 2 && CLUB_SUFFIXES.has(this.tokens[end - 1]?.text ?? '')) {
      this.readNamedOrganisation(start, end);
      // "Harbour City equalised": the club without its letters.
      const club = this.found.at(-1);
      const rest = this.words
        .slice(start, end - 1)
        .join(' ')
        .toLowerCase();
      if (club && !this.aliasIndex.has(rest)) this.aliasIndex.set(rest, club.actorId);
      return;
    }
    if (this.readOrganisation(start, end)) return;
    // "the All Blacks", "the One Nation party": a capitalised quantifier after "the" opens a
    // side's or a body's name, which no person has.
    if (end - start >= 2 && this.quantifierInName(start)) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Vodafone UK cut 200 jobs": a business's country arm ("Shell Nigeria" is read below).
    const country = this.phraseAt(end - 1);
    if (
      (this.isCommonNounAndCountry(start, end) ||
        (end - start >= 2 && country && isCountryName(country) && this.endsWithPlaceName(start, end))) &&
      this.conjunct?.at !== start &&
      this.ageAfter(end) === undefined
    ) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Storm Brenna", "Hurricane Ida": a named happening, no actor; "Western Ukraine": a region.
    const opener = this.tokens[start];
    if (opener && NAMED_HAPPENINGS.has(opener.key)) return;
    if (opener && SHIP_PREFIXES.has(opener.text) && end - start >= 2) return;
    if (this.isPlaceName(start, end)) return;
    // "FC Rheinhafen", "AC Milan", "SV Werder Bremen": a club's prefix opens a club's name.
    if (
      opener &&
      (CLUB_PREFIXES.has(opener.text) || CLUB_OPENERS.has(opener.key) || COMPANY_OPENERS.has(opener.key)) &&
      end - start >= 2
    ) {
      this.readNamedOrganisation(start, end);
      // "Rheinhafen came back with a bid": the club without its prefix.
      const club = this.found.at(-1);
      const rest = this.words
        .slice(start + 1, end)
        .join(' ')
        .toLowerCase();
      if (club && !this.aliasIndex.has(rest)) this.aliasIndex.set(rest, club.actorId);
      return;
    }
    if (opener && DIRECTIONS.has(opener.key) && this.phraseAt(start + 1)) {
      this.readPlaces(start + 1, end);
      return;
    }
    if (this.readBodyAfterThe(start, end)) return;
    if (this.readGenerationalName(start, end)) return;
    // Split into a title and a name: the longest tail of name words.
    let split = end;
    while (
      split > start &&
      (isNameWord(this.tokens[split - 1]) ||
        this.isMonthGivenName(split - 1) ||
        this.isDayGivenName(split - 1) ||
        this.isVerbSurname(split - 1, start) ||
        (isParticle(this.tokens[split - 1]) && split < end))
    )
      split -= 1;
    // "Mr de Villiers", "President von der Leyen": after a title the particles open the surname.
    const titled = split > start && isTitleWord(this.tokens[split - 1] ?? EMPTY_TOKEN);
    while (!titled && split < end && isParticle(this.tokens[split])) split += 1;
    // A possessive can only end a name.
    for (let at = split; at < end - 1; at += 1) if (this.tokens[at]?.possessive) split = at + 1;
    // "Minister for Emergency Planning Siobhán Tierney": a gerund opens no name; the title goes on.
    while (split > start && end - split > 2 && /\p{Ll}ing$/u.test(this.tokens[split]?.text ?? '')) split += 1;
    // "councillor Dean Parfitt": after a lower-case title, a title word that is also a name opens
    // the name (a title goes on in lower case or starts capitalised, it does not switch).
    const before = this.tokens[start - 1];
    if (
      split === start + 1 &&
      before?.isWord &&
      !before.capitalized &&
      TITLE_HEADS.has(before.key) &&
      SURNAME_TITLES.has(this.tokens[start]?.key ?? '')
    )
      split = start;
    // "Striker Dean Fowler", "Coach Dean Ruiz": after a title that qualifies no other title, a
    // title word that is also a given name opens the name.
    const givenTitle = this.tokens[split - 1];
    const headBefore = this.tokens[split - 2];
    if (
      split - 2 >= start &&
      givenTitle &&
      GIVEN_NAME_TITLES.has(givenTitle.key) &&
      headBefore?.capitalized &&
      TITLE_HEADS.has(headBefore.key) &&
      !TITLE_MODIFIERS.has(headBefore.key) &&
      isNameWord(this.tokens[split])
    )
      split -= 1;
    // "Lorraine Bishop": a title word that is a surname after a given name.
    const lastKey = keyOf(this.tokens[end - 1] ?? EMPTY_TOKEN);
    if (split === end && end - start >= 2 && SURNAME_TITLES.has(lastKey) && isNameWord(this.tokens[end - 2])) {
      let nameStart = end - 1;
      while (nameStart > start && isNameWord(this.tokens[nameStart - 1])) nameStart -= 1;
      this.readPerson(nameStart, end, start);
      return;
    }
    // "Mayor Jo Park", "President Kim Hall": after a title and a given name, a common capitalised
    // word is the surname.
    const surname = this.tokens[end - 1];
    if (
      split === end &&
      end - start >= 3 &&
      surname &&
      COMMON_CAPITALISED.has(surname.key) &&
      !ORG_SUFFIXES.has(surname.key) &&
      isNameWord(this.tokens[end - 2]) &&
      isTitleWord(this.tokens[end - 3] ?? EMPTY_TOKEN)
    ) {
      this.readPerson(end - 2, end, start);
      return;
    }
    // "campaign manager, Owen Park,", "Owen Park said", "Ana Hall, 54,", "Tomas Berg and Lena Park":
    // a given name and a common capitalised word that the context describes as someone, or joins
    // to a person by "and", is a name ("Central Park" is no given name).
    if (
      split === end &&
      end - start === 2 &&
      surname &&
      COMMON_CAPITALISED.has(surname.key) &&
      !ORG_SUFFIXES.has(surname.key) &&
      isNameWord(this.tokens[start]) &&
      ((!this.isSentenceInitial(start) && this.describedAsPerson(start, end)) ||
        this.ageAfter(end) !== undefined ||
        this.conjunct?.at === start)
    ) {
      this.readPerson(start, end, start);
      return;
    }
    // "Superintendent Bishop": a title, then a known person's surname that is a title word.
    if (split === end && end - start >= 2 && this.knownPerson(end - 1, end)) {
      this.readPerson(end - 1, end, start);
      return;
    }
    if (
      this.readSectorNamedBusiness(start, end, split) ||
      this.readTradeNamedBusiness(start, end, split) ||
      this.readPoliceStation(start, end)
    )
      return;
    // "The Maryland State Auditor opened an inquiry", "The Commissioner of Metro Rail Safety had
    // given his clearance": an office nobody is named for acts under its title.
    if (this.readOffice(start, end, split)) return;
    // "Commissioner of Metro Rail Safety": one capitalised word after "of ..." ends a body's name.
    const ofAt = this.words.slice(start, split).lastIndexOf('of');
    if (end - split === 1 && ofAt >= 0 && start + ofAt + 1 < split && !this.knownPerson(split, end)) {
      this.readPlaces(start, start + ofAt);
      this.readNamedOrganisation(start + ofAt + 1, end);
      return;
    }
    const prefix = this.tokens.slice(start, split);
    const nameLength = end - split;
    // "CEO of Verdant Cells": what follows a title and "of" is an organisation.
    const lastPrefix = prefix.at(-1);
    if (nameLength >= 1 && lastPrefix && ORG_LINKS.has(lastPrefix.text)) {
      const place = this.phraseAt(split);
      this.readPlaces(start, place && split + place.words.length === end ? end : split);
      if (!place) this.readNamedOrganisation(split, end);
      return;
    }
    const hasTitle = prefix.some(isTitleWord);
    if (nameLength >= 1 && hasTitle) {
      this.readPerson(split, end, start);
      return;
    }
    // "Human Rights Watch", "Open Society Foundations": words that qualify a title, with no title
    // after them, then one name word, are a body's name ("Human Rights" is no title of "Watch").
    if (
      nameLength === 1 &&
      prefix.length >= 2 &&
      prefix.every((token) => TITLE_MODIFIERS.has(keyOf(token)) && !TENURE_WORDS.has(keyOf(token)))
    ) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Nasdaq Helsinki", "Euronext Paris", "Sporting Lisbon": untitled name words ending in a city
    // are the city's branch, exchange or club, not the city, nor a person.
    // An age or a person's description after it makes it a person: "Ana Paula Lima, 47, a nurse,".
    const describedPerson = this.ageAfter(end) !== undefined || this.apposition(end) !== undefined;
    if (
      nameLength >= 2 &&
      this.conjunct?.at !== start &&
      !describedPerson &&
      ((split === start && this.endsWithPlaceName(start, end)) || this.isForeignBodyName(start, end))
    ) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Toronto Huskies", "Russian Railways": a place, then a plural: a team or a company.
    const lead = this.phraseAt(start);
    const plural = /[^su]s$/.test(this.tokens[end - 1]?.text ?? '');
    if (
      lead &&
      start + lead.words.length < end &&
      plural &&
      this.tokens.slice(start + lead.words.length, end).every(isNameWord)
    ) {
      this.readNamedOrganisation(start, end);
      return;
    }
    if (lead?.entry?.kind === 'country' && this.isPortfolioBeforePeople(start + lead.words.length, end)) {
      this.readPlaces(start, start + lead.words.length);
      return;
    }
    if (!prefix.some(isTitleWord) && this.looksLikeOrganisation(start, end)) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Oregon Public Broadcasting": a common word inside a run that ends in a name-like word.
    if (end - start >= 2 && isNameWord(this.tokens[end - 1]) && split > start && !prefix.some(isTitleWord)) {
      const common = prefix.some((token) => COMMON_CAPITALISED.has(keyOf(token)));
      if (common && !TEMPORAL_ENDS.has(keyOf(this.tokens[end - 1] ?? EMPTY_TOKEN))) {
        this.readNamedOrganisation(start, end);
        return;
      }
    }
    // "Goldman Sachs said on Tuesday it would", "Morgan Stanley cut its forecast": what "it" stands
    // for is no person.
    if (split === start && nameLength >= 2 && this.referredToAsIt(end)) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "the chief executive of Harwell Water", "shareholders in Dunmore Mills": whose head, owner or
    // staff a name follows is a body.
    if (split === start && nameLength >= 2 && !describedPerson && this.afterCorporateRole(start)) {
      this.readNamedOrganisation(start, end);
      return;
    }
    // "Amnesty International condemned", "fined by Tarrant County", "talks with the World Food
    // Programme": a name that ends in a generic word a body's name may end in, where a sentence
    // names who acts.
    if (split === end && this.isGenericHeadedBody(start, end)) {
      this.readNamedOrganisation(start, end);
      return;
    }
    this.readPlaces(start, split);
    // "in Can Tho", "in Vietnam's Mekong Delta": an untitled name after a locative is a place.
    if (split === start && this.afterLocative(start)) return;
    // "Carla Brenner of Stevens Point": what a person is "of" is a place, party or employer, never
    // another person (a body's name was read above).
    if (split === start && nameLength >= 2 && this.afterPersonOf(start)) return;
    if (nameLength >= 2) this.readPerson(split, end, split);
    else if (nameLength === 1) this.readLoneName(split);
  }

  /**
   * "Arden Health opened a clinic", "fined Kestrel Transport", "sued Harbour Defence": name words,
   * then the one word of a field that a government's titles are made of, with no title after it,
   * are a business called after its field (not a title: "Health Minister Ana Ruiz" has its head,
   * and "the Secretary of Health" opens with one). Whether the segment was read so.
   */
  private readSectorNamedBusiness(start: number, end: number, split: number): boolean {
    if (split !== end || end - start < 2 || !SECTOR_WORDS.has(this.tokens[end - 1]?.key ?? '')) return false;
    // "Kenyan Health officials", "Dravia's Finance": a country's word before the field is no business's.
    // "Harbour Defence", "Bay Transport": a common noun of the landscape opens such a name too.
    for (let at = start; at < end - 1; at += 1) {
      const token = this.tokens[at];
      if (!(isNameWord(token) || LANDSCAPE_NOUNS.has(token?.key ?? '')) || token?.possessive || this.phraseAt(at))
        return false;
    }
    this.readNamedOrganisation(start, end);
    return true;
  }

  /**
   * "Brightline Cable met regulators", "a deal with Kelso Freight", "Bajaj Auto and Lumo Dairy
   * agreed to merge": two or three untitled name words ending in a noun of a trade or product
   * (TRADE_NAME_HEADS) are a firm called after its trade, when the first word is no given name and
   * no age or apposition describes a person ("Priya Dairy, 41, a farmer," is one). Whether the
   * segment was read so.
   */
  private readTradeNamedBusiness(start: number, end: number, split: number): boolean {
    const length = end - start;
    if (split !== start || length < 2 || length > 3) return false;
    const last = this.tokens[end - 1];
    if (!last || !TRADE_NAME_HEADS.has(keyOf(last))) return false;
    if (givenNameGender(this.words.slice(start, end).join(' ')) !== undefined) return false;
    if (this.ageAfter(end) !== undefined || this.apposition(end) !== undefined) return false;
    this.readNamedOrganisation(start, end);
    return true;
  }

  /**
   * "The Central Crime Station filed a charge sheet", "officers of Kondapur Police Station": a
   * station of the police or the fire service is the body that works from it, as police reports
   * name it (where it stands, "outside Kondapur Police Station", is read as a place by the events).
   */
  private readPoliceStation(start: number, end: number): boolean {
    if (end - start < 3 || this.tokens[end - 1]?.key !== 'station') return false;
    if (!STATION_SERVICES.has(this.tokens[end - 2]?.key ?? '')) return false;
    this.readNamedOrganisation(start, end);
    return true;
  }

  /**
   * "Harold and Jean Pennington", "Bill and Melinda Gates": a given name alone, "and", then a given
   * name and a surname: the couple share the surname, and the first is "Harold Pennington", a
   * person (not a body called "Harold"). Whether the segment was read so.
   */
  private readSharedSurname(at: number): boolean {
    const given = this.tokens[at];
    const surname = this.tokens[at + 3];
    if (this.tokens[at + 1]?.text !== 'and' || !given || !surname || !isNameWord(this.tokens[at + 2])) return false;
    if (!isNameWord(given) || !isNameWord(surname) || this.aliasIndex.has(given.key) || this.phraseAt(at)) return false;
    if (this.runEnd(at + 2) !== at + 4) return false;
    const name = `${given.text} ${surname.text}`;
    if (givenNameGender(name) === undefined) return false;
    this.mention(this.addActor(name, 'person'), given, given, 'name');
    return true;
  }

  /**
   * "Kenyan Health officials", "Ugandan Finance and Trade officials": after a country's word, the
   * words of a portfolio (no title's head, no body's last word) before lower-case words are the
   * field its officials work in, no body's name; the country is who acts.
   */
  private isPortfolioBeforePeople(from: number, end: number): boolean {
    if (from >= end || this.tokens[end]?.capitalized !== false || !this.tokens[end]?.isWord) return false;
    for (let at = from; at < end; at += 1) {
      const token = this.tokens[at];
      if (!token || !TITLE_MODIFIERS.has(token.key) || TITLE_HEADS.has(token.key) || ORG_SUFFIXES.has(token.key))
        return false;
      if (!token.capitalized && token.key !== 'and') return false;
    }
    return true;
  }

  /**
   * "Robert Hale III", "Martin Luther King Jr.", "President Ana Ruiz Jr.": a generational suffix
   * after name words ends a person's name and is part of it (a surname that is a title word, as
   * "King", counts as a name word before it). Whether the segment was read so.
   */
  private readGenerationalName(start: number, end: number): boolean {
    const nameWordAt = (at: number): boolean =>
      isNameWord(this.tokens[at]) ||
      (SURNAME_TITLES.has(this.tokens[at]?.key ?? '') && isNameWord(this.tokens[at - 1]) && at - 1 >= start);
    if (end - start < 2 || !GENERATIONAL_SUFFIXES.has(this.tokens[end - 1]?.text ?? '') || !nameWordAt(end - 2))
      return false;
    let nameStart = end - 2;
    while (nameStart > start && (nameWordAt(nameStart - 1) || isParticle(this.tokens[nameStart - 1]))) nameStart -= 1;
    this.readPerson(nameStart, end, start);
    return true;
  }

  /**
   * "the Greens", "Labour", "the Liberal Democrats", "Sweden Democrats", "the Tories": a political
   * family's name, alone or after capitalised words that qualify it (no title, no person), is a
   * party. Parties are named by what their members are; no list of parties is needed.
   */
  private isPartyName(start: number, end: number): boolean {
    const last = this.tokens[end - 1];
    if (!last?.capitalized || last.possessive || end - start > 3) return false;
    const family = end - start === 1 && last.key === 'labour' ? 'labour' : last.key;
    if (!PARTY_FAMILIES.has(family)) return false;
    return this.tokens
      .slice(start, end - 1)
      .every(
        (token) => token.capitalized && !token.possessive && !isTitleWord(token) && !this.aliasIndex.has(token.key),
      );
  }

  /**
   * Whether the word at `at` is a body's initials the text has not spelled out ("OCHA", "the FDA"):
   * two to six capitals, not a common abbreviation ("GDP", "EUR 40 million", "DCP Ravi Kumar"), nor
   * a gazetteer entry (read as such), nor a word set in capitals for a dateline, a heading
   * ("ABUJA (AFP) —", "HEALTH —") or emphasis, nor an agency credit or ticker in parentheses.
   */
  private isAcronymName(at: number): boolean {
    const token = this.tokens[at];
    if (!token || !/^\p{Lu}{2,6}$/u.test(token.text) || COMMON_ACRONYMS.has(token.key)) return false;
    if (NON_NAME_WORDS.has(token.key) || this.lowerWords.has(token.key) || this.phraseAt(at)) return false;
    const before = this.tokens[at - 1];
    const after = this.tokens[at + 1];
    // "fireworks were AXED", "SHOCKING scenes": a word set in capitals for emphasis.
    if (
      /(?:ED|ING|LY)$/.test(token.text) ||
      (before && (PASSIVE_AUXILIARIES.has(before.key) || LONE_AUXILIARIES.has(before.key)))
    )
      return false;
    // "EUR 412 million", "40 MW": a currency or a unit.
    if (after?.text.match(/^\p{N}/u) || before?.text.match(/^\p{N}/u)) return false;
    // A paragraph's first word before punctuation is a dateline or a heading: "GENEVA (AP) —", "HEALTH —".
    if (at === this.firstWord && this.opensParagraph && after !== undefined && !after.isWord) return false;
    return !this.insideParentheses(at);
  }

  /**
   * The one organisation named before whose capitalised words start with the letters of
   * `acronym` ("Kenya Ports Authority" for "KPA", "Ethics and Anti-Corruption Commission" for
   * "EACC"), also without a leading "U.N." or country ("U.N. Office for the Coordination of
   * Humanitarian Affairs" for "OCHA").
   */
  private organisationWithInitials(acronym: string): ActorDraft | undefined {
    const found = [...this.actors.values()].filter(
      (actor) => actor.kind !== 'person' && actor.kind !== 'country' && spellsInitials(actor.name, acronym),
    );
    return found.length === 1 ? found[0] : undefined;
  }

  /** Whether the token at `at` stands inside parentheses opened a few tokens before. */
  private insideParentheses(at: number): boolean {
    for (let cursor = at - 1; cursor >= Math.max(0, at - 4); cursor -= 1) {
      const text = this.tokens[cursor]?.text;
      if (text === ')') return false;
      if (text === '(') return true;
    }
    return false;
  }

  /** Whether a verb, or an auxiliary, comes right after a name ending at `end`: "opened", "will", "said". */
  private verbFollows(end: number): boolean {
    const next = this.tokens[end];
    return (
      next?.isWord === true &&
      !next.capitalized &&
      (LONE_AUXILIARIES.has(next.key) ||
        PASSIVE_AUXILIARIES.has(next.key) ||
        PERSON_VERBS.has(next.key) ||
        LONE_PAST.test(next.key) ||
        IRREGULAR_PAST.has(next.key))
    );
  }

  /**
   * Whether a name at [start, end) stands where a sentence names who acts: the subject of a verb
   * ("Amnesty International condemned", "and the World Food Programme said"), the agent of a
   * passive ("was fined by Ofwat"), a side of a deal or a dispute ("talks with", "ruled against")
   * or the object of a verb that takes one ("sued Tarrant County").
   */
  /**
   * Whether the name words [start, end), after "the", name a body that acts: two or more name
   * words, not a place or a thing built ("the Golden Gate Bridge"), where a clause's subject or a
   * verb's object stands, a place it is in allowed between ("The Museo Casa Ferrante in Turin
   * reopened", "The Adriatic Film Festival in Split, Croatia, cancelled").
   */
  private namedBodyActs(start: number, end: number): boolean {
    if (end - start < 2 || this.phraseAt(start)) return false;
    for (let at = start; at < end; at += 1) if (!isNameWord(this.tokens[at])) return false;
    if (LANDMARK_NOUNS.has(this.tokens[end - 1]?.key ?? '')) return false;
    let verbAt = end;
    if (LOCATIVES.has(this.tokens[end]?.key ?? '') || this.tokens[end]?.key === 'at') {
      verbAt = end + 1;
      while (this.tokens[verbAt]?.capitalized) verbAt += 1;
      if (verbAt === end + 1) return false;
      // "The Adriatic Film Festival in Split, Croatia, cancelled": the place's country, set off by commas.
      let country = verbAt + 1;
      while (this.tokens[verbAt]?.text === ',' && this.tokens[country]?.capitalized) country += 1;
      if (country > verbAt + 1 && this.tokens[country]?.text === ',') verbAt = country + 1;
    }
    return this.inActorPosition(start, verbAt);
  }

  private inActorPosition(start: number, end: number): boolean {
    let before = start - 1;
    if (this.tokens[before]?.key === 'the') before -= 1;
    // "Uganda's National Unity Platform held": a place's possessive stands where "the" would.
    before -= this.possessivePlaceBefore(before);
    const previous = this.tokens[before];
    if (previous?.key === 'by') return this.agentBy(before);
    // "talks between the Kestrel Dock Workers and ...": a side of talks or a dispute.
    if (SIDE_PREPOSITIONS.has(previous?.key ?? '') || PERSON_OBJECT_VERBS.has(previous?.key ?? '')) return true;
    const opensClause =
      previous === undefined ||
      CLAUSE_OPENERS.has(previous.key) ||
      (!previous.isWord && previous.text !== '-' && previous.text !== '(');
    const verbAt = this.afterAcronymDefinition(start, end);
    return opensClause && (this.verbFollows(verbAt) || this.presentVerbFollows(verbAt));
  }

  /**
   * Where the text goes on after the initials the name at [start, end) is given right after it, in
   * parentheses ("the Kestrel Food Programme (KFP) suspended deliveries": the verb is the name's)
   * or between commas, when they spell the name ("The Kestrel Food Programme, KFP, suspended",
   * "the Electoral Board, or EB, postponed"); `end` itself otherwise.
   */
  private afterAcronymDefinition(start: number, end: number): number {
    const open = this.tokens[end]?.text;
    if (open === '(') {
      const defined = this.tokens[end + 2]?.text === ')' && ACRONYM.test(this.tokens[end + 1]?.text ?? '');
      return defined ? end + 3 : end;
    }
    const at = this.tokens[end + 1]?.key === 'or' ? end + 2 : end + 1;
    const acronym = this.tokens[at]?.text ?? '';
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    if (open !== ',' || this.tokens[at + 1]?.text !== ',' || !first || !last) return end;
    return ACRONYM.test(acronym) && spellsInitials(this.text(first, last), acronym) ? at + 2 : end;
  }

  /**
   * Whether a verb in the present's third person follows `end`, told by what comes after it: "plans
   * a march", "says it", "wants to", "faces the" (a plural noun is seldom followed so: "the
   * Premier League clubs voted").
   */
  private presentVerbFollows(end: number): boolean {
    const verb = this.tokens[end];
    const after = this.tokens[end + 1];
    return (
      verb?.isWord === true &&
      !verb.capitalized &&
      /[^su'’]s$/.test(verb.key) &&
      after?.isWord === true &&
      !after.capitalized &&
      VERB_OBJECT_OPENERS.has(after.key)
    );
  }

  /**
   * "The Green Transition Platform plans a march", "The Teatro Nacional de Lisboa cancelled", "a
   * deal with the Sahel Solar Initiative", "the navy of the Islamic Revolutionary Guard Corps
   * said": two or more capitalised words after "the" (lower-case name particles allowed between
   * them), with no person's title among them, where a clause's subject, a verb's partner or the
   * body a group belongs to stands, name a body whatever words they are made of, since a person's
   * name takes no "the". Not a place or a thing built ("the Golden Gate Bridge"), nor a date.
   * Whether the segment was read so.
   */
  private readBodyAfterThe(start: number, end: number): boolean {
    if (end - start < 2 || this.tokens[start - 1]?.key !== 'the') return false;
    const last = this.tokens[end - 1];
    if (!last?.isWord || !last.capitalized || isPlaceOrThingNoun(last.key)) return false;
    for (let at = start; at < end; at += 1) {
      const token = this.tokens[at];
      if (!token?.isWord) return false;
      if (!token.capitalized) {
        if (!isParticle(token) || at === start) return false;
        continue;
      }
      if (monthNumber(token.key) !== undefined || weekdayNumber(token.key) !== undefined) return false;
      if (isTitleWord(token) && !isPluralRole(token) && !ORG_SUFFIXES.has(token.key)) return false;
    }
    if (!this.inActorPosition(start, end) && !this.ownsGroupBefore(start)) return false;
    this.readNamedOrganisation(start, end);
    return true;
  }

  /**
   * Whether "the" before `start` follows "of" or "for" after a body's part or people ("the navy
   * of the", "members of the", "the Calder branch of the", "a spokesman for the"): the name is the
   * body they belong to, and so acts through them.
   */
  private ownsGroupBefore(start: number): boolean {
    const link = this.tokens[start - 2];
    const group = this.tokens[start - 3];
    if (!link || !ORG_LINKS.has(link.key) || !group?.isWord || group.capitalized) return false;
    return (
      ORG_SUFFIXES.has(group.key) ||
      ORG_MEMBER_NOUNS.has(group.key) ||
      TITLE_HEADS.has(group.key) ||
      BODY_PARTS.has(group.key)
    );
  }

  /**
   * How many words the place with a possessive ending at `at` has ("Uganda's", "South Korea's"),
   * or 0: the owner of a body named after it, which stands where the body's "the" would.
   */
  private possessivePlaceBefore(at: number): number {
    const token = this.tokens[at];
    if (!token?.possessive) return 0;
    for (let from = at; from >= 0 && at - from < 4; from -= 1) {
      const place = this.phraseAt(from);
      if (place && from + place.words.length === at + 1) return place.words.length;
    }
    return 0;
  }

  /**
   * Whether the "by" at `by` names a passive's agent ("was fined on Thursday by", "a bid led by"):
   * a participle right before it, or a form of "be" and a participle earlier in its clause ("by
   * Monday", "by the time" follow no passive).
   */
  private agentBy(by: number): boolean {
    const participle = (token: Token | undefined): boolean =>
      token !== undefined && !token.capitalized && (LONE_PAST.test(token.key) || PARTICIPLES_IN_EN.test(token.key));
    if (participle(this.tokens[by - 1])) return true;
    for (let at = by - 1; at > 0 && by - at <= 8; at -= 1) {
      const token = this.tokens[at];
      if (!token || token.text === ',' || token.text === ';') return false;
      if (participle(token) && PASSIVE_FORMS.has(this.tokens[at - 1]?.key ?? '')) return true;
    }
    return false;
  }

  /**
   * A run of two to five capitalised words ending in a generic word that may end a body's name
   * ("Amnesty International", "Tarrant County", "World Food Programme", "Dunmore Mills"), with a
   * word of its own before it, no title, and standing where a sentence names who acts ("the
   * Berlin Marathon", "Mexico City" as a destination, "Victoria Station" are no bodies).
   */
  private isGenericHeadedBody(start: number, end: number): boolean {
    const last = this.tokens[end - 1];
    if (!last || end - start < 2 || end - start > 5 || !endsBodyName(this.tokens, end - 1)) return false;
    const words = this.tokens.slice(start, end - 1);
    if (words.some((token) => (isTitleWord(token) && !isPluralRole(token)) || token.possessive)) return false;
    // "World Food Programme": three words name a body even when each is generic.
    if (
      end - start < 3 &&
      !words.some((token) => isNameWord(token) && !isGenericWord(token.text)) &&
      !this.isLandscapeTownName(start, end)
    )
      return false;
    return this.inActorPosition(start, end);
  }

  /**
   * "Harbour City", "River County", "Bay City": a common noun of the landscape, then a word for a
   * town or county, is a place's name, and a club's or council's that acts ("National City",
   * "North County" are an adjective and a word for a place, no name).
   */
  private isLandscapeTownName(start: number, end: number): boolean {
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    if (end - start !== 2 || !first || !last || !TOWN_WORDS.has(last.key)) return false;
    return LANDSCAPE_NOUNS.has(first.key);
  }

  /**
   * "Rehema Said", "Edward Said", "Nguyen Van An": a verb of saying or an article written with a
   * capital inside a sentence, after a name word in the same run, is a name (mid-sentence they are
   * lower case).
   */
  private isVerbSurname(at: number, start: number): boolean {
    const token = this.tokens[at];
    return (
      token !== undefined &&
      at > start &&
      token.capitalized &&
      SAYING_SURNAMES.has(token.key) &&
      !this.isSentenceInitial(at) &&
      isNameWord(this.tokens[at - 1])
    );
  }

  /**
   * Whether the clause after a name at `end` goes on with "it" for it: "X said (on Tuesday) it
   * would ...", "X cut its forecast". A person is "he" or "she" there.
   */
  private referredToAsIt(end: number): boolean {
    const verb = this.tokens[end];
    if (!verb?.isWord || verb.capitalized) return false;
    if (verb.key !== 'said' && verb.key !== 'says' && verb.key !== 'announced' && verb.key !== 'confirmed') {
      return OWN_THINGS_VERBS.has(verb.key) && this.tokens[end + 1]?.key === 'its';
    }
    let at = end + 1;
    // "on Tuesday", "late on Monday", "last week", "in a statement", "that".
    while (at < this.tokens.length && at - end <= 5 && this.tokens[at]?.key !== 'it') {
      const token = this.tokens[at];
      if (!token?.isWord || !(SAID_ADJUNCT.has(token.key) || NON_NAME_WORDS.has(token.key))) return false;
      at += 1;
    }
    const next = this.tokens[at + 1];
    if (this.tokens[at]?.key !== 'it' || next === undefined) return false;
    // "said on Friday it had shut a plant", "said it has appointed": what it did ("it had been" may be anything's).
    if (next.key === 'had' || next.key === 'has') {
      const participle = this.tokens[at + 2];
      return (
        participle !== undefined &&
        participle.key !== 'been' &&
        (LONE_PAST.test(participle.key) || IRREGULAR_PAST.has(participle.key))
      );
    }
    return IT_VERBS.has(next.key);
  }

  /** A title in apposition before or after the run, an age after it, or a speech verb: it names a person. */
  private describedAsPerson(start: number, end: number): boolean {
    const next = this.tokens[end];
    if (next && !next.capitalized && PERSON_VERBS.has(next.key)) return true;
    if (this.ageAfter(end) !== undefined || this.appositionBefore(start) !== undefined) return true;
    const role = this.apposition(end);
    return role !== undefined && tokenize(role).some((token) => isHead(token.key));
  }

  /**
   * "Mount Kessel", "Fort Hale", "Port Arden", "Lake Varn", "Cape Merran": a word that names a kind
   * of place, then a name, is a place ("Port Arden Council", "Mount Sinai Hospital" end in a body's
   * word and are bodies).
   */
  private isPlaceName(start: number, end: number): boolean {
    const opener = this.tokens[start];
    const last = this.tokens[end - 1];
    if (!opener || !last || !PLACE_OPENERS.has(opener.key) || end - start < 2 || end - start > 3) return false;
    if (ORG_SUFFIXES.has(last.key) && end - start > 2) return false;
    return this.tokens.slice(start + 1, end).every((token) => token.capitalized && !ORG_SUFFIXES.has(token.key));
  }

  /**
   * A capitalised title after "the" with no name, as the subject of a verb: "The Maryland State
   * Auditor opened", "The Chief Medical Officer warned", "The Commissioner of Metro Rail Safety
   * had given". "the" and a title that fits someone named before is that person
   * (readTitleReference); one that fits nobody is an office, an actor under its title.
   */
  private readOffice(start: number, end: number, split: number): boolean {
    if (this.tokens[start - 1]?.key !== 'the' || end - start < 2) return false;
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    if (!first || !last || last.possessive || this.inQuote(first.start)) return false;
    // Ends in a title head ("State Auditor"), or a head then "of" and a body ("Commissioner of Metro Rail Safety").
    const ofAt = this.words.slice(start, end).indexOf('of');
    const head = ofAt > 0 ? this.tokens[start + ofAt - 1] : last;
    if (!head || !TITLE_HEADS.has(head.key) || !head.capitalized || (ofAt < 0 && split !== end)) return false;
    // "The Russian Foreign Minister said": the country's, read as before.
    for (let at = start; at < end; at += 1) if (this.phraseAt(at)?.entry?.kind === 'country') return false;
    if (!this.verbFollows(end)) return false;
    const actor = this.addActor(this.text(first, last), 'person');
    this.mention(actor, first, last, 'name');
    return true;
  }

  /**
   * "Ministry of Housing and Urban Affairs", "Department of Health and Human Services": an "and"
   * inside an organisation's complement, between generic words, does not separate two names.
   */
  private joinsComplement(start: number, and: number, end: number): boolean {
    if (this.joinsCompoundName(start, and, end)) return true;
    const before = this.tokens.slice(start, and);
    const of = before.findIndex((token) => ORG_LINKS.has(token.text));
    const owner = before[of - 1];
    if (of < 1 || !owner || !ORG_SUFFIXES.has(keyOf(owner))) return false;
    const after = this.tokens.slice(and + 1, end);
    const last = after.at(-1);
    // "Office for Product Safety and Standards": a plural or abstract common noun ends the complement too.
    const common = (token: Token): boolean =>
      isGenericWord(token.text) ||
      COMMON_NOUN_ENDING.test(token.key) ||
      COMPLEMENT_PLURALS.has(token.key) ||
      // "Teachers and Nurses": plurals joined ("Bank of Japan and Reuters" are two bodies).
      (after.length === 1 && this.isPluralNoun(token) && this.isPluralNoun(this.tokens[and - 1] ?? EMPTY_TOKEN)) ||
      // "Union of Metal and Textile Workers": a qualified plural of people's trade ends what both
      // words qualify ("Bank of Japan and Reuters" are two bodies).
      (after.length === 2 && PLURAL_NOUN.test(token.key) && this.isPluralNoun(token));
    // "Department of Health and Social Care": a generic adjective makes the noun after it common.
    const [adjective] = after;
    const qualified =
      after.length === 2 &&
      adjective !== undefined &&
      isGenericWord(adjective.text) &&
      !ORG_SUFFIXES.has(adjective.key) &&
      isNameWord(last) &&
      !this.byFirstWord.has(last?.key ?? '') &&
      !this.phraseAt(end - 1);
    return (
      last !== undefined &&
      after.length <= 2 &&
      (common(last) || qualified) &&
      after.every((token) => !TITLE_HEADS.has(keyOf(token)) && !this.aliasIndex.has(keyOf(token)))
    );
  }

  /**
   * "Teachers and Nurses", "Streets and Parks": a capitalised word in the plural, not a name the
   * text has given, nor a place: the people or things a body's name says it is of or for.
   */
  private isPluralNoun(token: Token): boolean {
    return (
      !token.possessive &&
      /\p{Ll}[^su\W]s$/u.test(token.text) &&
      !this.aliasIndex.has(token.key) &&
      !this.byFirstWord.has(token.key) &&
      !matchPhrase([token.text], 0)
    );
  }

  /**
   * "Insurance Ireland", "Tourism Ireland", "Energy UK": capitalised common nouns before a country
   * name a body of that country's trade, not the country ("Northern Ireland", "Western Ukraine"
   * are regions: directions are not such nouns).
   */
  private isCommonNounAndCountry(start: number, end: number): boolean {
    let at = start;
    while (at < end) {
      const token = this.tokens[at];
      if (!token?.isWord || !token.capitalized || token.possessive || DIRECTIONS.has(token.key)) return false;
      const common = isGenericWord(token.text) || COMMON_NOUN_ENDING.test(token.key);
      if (!common || TITLE_HEADS.has(token.key) || this.phraseAt(at)) break;
      at += 1;
    }
    const country = this.phraseAt(at);
    return (
      at > start &&
      country?.entry?.kind === 'country' &&
      (country.form === 'name' || country.form === 'alias') &&
      at + country.words.length === end
    );
  }

  /**
   * "Ethics and Anti-Corruption Commission", "Food and Drug Administration", "Fish and Wildlife
   * Service": one common noun (a generic adjective or a demonym before it), "and", then words
   * ending in an organisation word name one body.
   * ("Lumora and Halden Group" are two: "Lumora" is not a common noun.)
   */
  private joinsCompoundName(start: number, and: number, end: number): boolean {
    if (this.joinsServiceName(start, and, end) || this.joinsAreaName(start, and, end)) return true;
    let first = start;
    while (first < and && DETERMINERS.has(keyOf(this.tokens[first] ?? EMPTY_TOKEN))) first += 1;
    // "Australian Competition and Consumer Commission": a demonym may qualify the first noun.
    // ("Kenyan Airways and Tanzanian Railways" are two: "Airways" ends a body's name.)
    // "National Environment and Planning Agency": so may a generic adjective.
    const qualifier = this.tokens[first];
    if (
      and - first === 2 &&
      (this.phraseAt(first)?.form === 'demonym' ||
        (qualifier !== undefined && isGenericWord(qualifier.text) && !ORG_SUFFIXES.has(qualifier.key))) &&
      !ORG_SUFFIXES.has(this.tokens[first + 1]?.key ?? '')
    )
      first += 1;
    const noun = this.tokens[first];
    const last = this.tokens[end - 1];
    if (and - first !== 1 || !noun || noun.possessive || !last || !ORG_SUFFIXES.has(keyOf(last))) return false;
    // "Ashcombe and District Rotary Club": a place "and District", then the body's words.
    if (this.tokens[and + 1]?.text === 'District' && end - and > 2 && isNameWord(noun)) return true;
    if (this.aliasIndex.has(noun.key) || this.phraseAt(first)) return false;
    // "Roads and Transport Authority", "Parks and Wildlife Service": a plural is a common noun too.
    if (!isGenericWord(noun.text) && !COMMON_NOUN_ENDING.test(noun.key) && !this.isPluralNoun(noun)) return false;
    return this.tokens.slice(and + 1, end).every((token) => !TITLE_HEADS.has(keyOf(token)));
  }

  /**
   * "Dorset Fire and Rescue Service", "West Midlands Fire and Rescue Service": a place, a generic
   * word, "and", then generic words ending in an organisation word name one service. ("Lumora
   * Energy and Halden Group" are two: "Halden" is no generic word.)
   */
  private joinsServiceName(start: number, and: number, end: number): boolean {
    const noun = this.tokens[and - 1];
    const after = this.tokens.slice(and + 1, end);
    const last = after.at(-1);
    if (and - start < 2 || !noun || !last || !ORG_SUFFIXES.has(keyOf(last)) || after.length > 3) return false;
    const generic = (token: Token): boolean => !token.possessive && isGenericWord(token.text);
    if (!generic(noun) || !after.every(generic)) return false;
    const owner = this.tokens.slice(start, and - 1);
    return (
      owner.some((token) => isNameWord(token)) &&
      owner.every((token) => isNameWord(token) || generic(token) || DIRECTIONS.has(token.key))
    );
  }

  /**
   * "Avon and Somerset Police", "Devon and Cornwall Constabulary": two places joined by "and",
   * then the word of a body that serves an area, name one body.
   */
  private joinsAreaName(start: number, and: number, end: number): boolean {
    const last = this.tokens[end - 1];
    if (and - start !== 1 || end - and < 3 || end - and > 5 || !last || !AREA_BODY_WORDS.has(last.key)) return false;
    // "met Ruiz and Somerset Police": a person met, and the force.
    if (PERSON_OBJECT_VERBS.has(this.tokens[start - 1]?.key ?? '')) return false;
    // Not countries ("Kenya and Uganda Police" are two forces) nor someone named before.
    for (let at = start; at < end - 1; at += 1) {
      const token = this.tokens[at];
      if (at === and) continue;
      if (!token || token.possessive || this.aliasIndex.has(token.key) || this.phraseAt(at)) return false;
      if (!isNameWord(token) && !DIRECTIONS.has(token.key)) return false;
    }
    return true;
  }

  /** Whether the run at `start` follows "in", "near"..., directly or after a place's "'s", or a place's part and "of". */
  private afterLocative(start: number): boolean {
    let before = start - 1;
    const owner = this.tokens[before];
    if (owner?.possessive && this.phraseAt(before)) before -= 1;
    if (this.afterStake(start)) return false;
    // "reached the edge of Nea Makri", "the outskirts of Port Vila": a part of a place is of a place.
    if (this.tokens[before]?.key === 'of' && PLACE_PART_NOUNS.has(this.tokens[before - 1]?.key ?? '')) return true;
    return LOCATIVES.has(keyOf(this.tokens[before] ?? EMPTY_TOKEN));
  }

  /** Whether `start` follows "of" right after a person's name: "Dale Ostrowski of ___". */
  private afterPersonOf(start: number): boolean {
    const of = this.tokens[start - 1];
    const named = this.found.at(-1);
    if (of?.key !== 'of' || !named || named.end !== this.tokens[start - 2]?.end) return false;
    return this.actors.get(named.actorId)?.kind === 'person';
  }

  /** "Shares in Brightwater", "a stake in Halden": what one holds a part of is a business, not a place. */
  private afterStake(start: number): boolean {
    const link = keyOf(this.tokens[start - 1] ?? EMPTY_TOKEN);
    return (link === 'in' || link === 'of') && STAKE_NOUNS.has(keyOf(this.tokens[start - 2] ?? EMPTY_TOKEN));
  }

  /** A lower-case corporate role, then "of", "at" or "in", right before `start` ("chief executive of"). */
  private afterCorporateRole(start: number): boolean {
    const link = keyOf(this.tokens[start - 1] ?? EMPTY_TOKEN);
    const role = keyOf(this.tokens[start - 2] ?? EMPTY_TOKEN);
    return (link === 'of' || link === 'at' || link === 'in') && CORPORATE_ROLES.has(role);
  }

  private knownPerson(start: number, end: number): boolean {
    const key = end - start === 1 ? this.tokens[start]?.key : this.words.slice(start, end).join(' ').toLowerCase();
    const id = key === undefined ? undefined : this.aliasIndex.get(key);
    return id !== undefined && this.actors.get(id)?.kind === 'person';
  }

  /**
   * Context that makes a capitalised run an organisation rather than a person: "Orbis Silicon's
   * chief executive", "Arianespace executives", "Verdant Cells chief executive Priya Raman",
   * "the Riverton school board".
   */
  private looksLikeOrganisation(start: number, end: number): boolean {
    if (this.knownPerson(start, end)) return false;
    // "named Orla Brandt chief executive": who is appointed is a person.
    if (APPOINTING_VERBS.has(this.tokens[start - 1]?.key ?? '') && end - start >= 2) return false;
    // A lone generic word ("Union president Ingrid Solberg", "Health officials") is part of a
    // title or says which officials, not a name; so is a sentence-initial common noun ("Rescue workers").
    const only = this.tokens[start];
    if (end - start === 1 && only && (isGenericWord(only.text) || this.isCommonNounAt(start))) return false;
    const last = this.tokens[end - 1];
    let at = end;
    const words: string[] = [];
    while (at < this.tokens.length && at - end < 4) {
      const token = this.tokens[at];
      if (!token?.isWord || token.capitalized) break;
      words.push(keyOf(token));
      at += 1;
    }
    if (this.followsAdjective(start) || this.organisationApposition(end) || this.kindNounBefore(start, end))
      return true;
    // "The opposition party, Unidad Cívica, held a rally": the name a body's noun is given.
    if (end - start >= 2 && this.describedInApposition(start, end) === 'organization') return true;
    const [next] = words;
    if (next === undefined) return false;
    // "Ana Ruiz's office said", "Ana Ruiz's lawyers": what only a person has.
    if (last?.possessive && PERSONAL_BELONGINGS.has(next)) return false;
    // "the Riverton school board": lower-case organisation words right after.
    if (this.lowerCaseBodyWordAfter(end) !== undefined) return true;
    if (last?.possessive) return ORG_MEMBER_NOUNS.has(next) || TITLE_HEADS.has(next);
    if (ORG_MEMBER_NOUNS.has(next)) return true;
    // Lower-case title words, then a capitalised name: the run is the employer.
    const headAt = words.findIndex((word) => TITLE_HEADS.has(word));
    const titleWords = headAt >= 0 && words.slice(0, headAt).every((word) => TITLE_MODIFIERS.has(word));
    if (titleWords && isNameWord(this.tokens[end + headAt + 1])) return true;
    return false;
  }

  /**
   * "the Riverton school board", "Amberley parish council", "the Kestrel city council": the last of
   * up to three lower-case words after a name that end in an organisation word, with before it
   * words that qualify a title or at most one other noun (no verb: "Ruiz told the council"), or
   * undefined.
   */
  private lowerCaseBodyWordAfter(end: number): number | undefined {
    let found: number | undefined;
    let others = 0;
    for (let at = end; at < this.tokens.length && at - end < 3; at += 1) {
      const token = this.tokens[at];
      if (!token?.isWord || token.capitalized) break;
      if (isLowerCaseBodyWord(token.key)) {
        // "Pressure group Transparency Lurovia": a body's noun before a name is the name's kind.
        const next = this.tokens[at + 1];
        if (next?.isWord && next.capitalized && !isTitleWord(next)) return undefined;
        found = at;
        continue;
      }
      if (found !== undefined || !(TITLE_MODIFIERS.has(token.key) || this.isQualifyingNoun(token))) break;
      if (!TITLE_MODIFIERS.has(token.key)) others += 1;
      if (others > 1) break;
    }
    return found;
  }

  /**
   * A lower-case word that may qualify an organisation word as a noun ("parish", "residents'"):
   * no function word, date or verb form.
   */
  private isQualifyingNoun(token: Token): boolean {
    const key = token.key;
    if (NON_NAME_WORDS.has(key) || DETERMINERS.has(key) || PASSIVE_FORMS.has(key) || LONE_AUXILIARIES.has(key))
      return false;
    if (LONE_PAST.test(key) || IRREGULAR_PAST.has(key) || PERSON_VERBS.has(key) || /ing$/.test(key)) return false;
    // A plural may be a verb ("wants"), but not with an apostrophe: "the Amberley residents' association".
    return !/s$/.test(key) || token.possessive;
  }

  /**
   * A capitalised word that is, by its form, a common noun where only its place in the sentence
   * capitalises it: "Election officials", "Procurement staff" ('-tion', '-ment', '-ance', '-ity'...).
   */
  private isCommonNounAt(at: number): boolean {
    const token = this.tokens[at];
    return token !== undefined && this.isSentenceInitial(at) && COMMON_NOUN_ENDING.test(token.key);
  }

  /** "Chevron-led Tengizchevroil": a lone name after a hyphenated adjective is a company. */
  private followsAdjective(start: number): boolean {
    const before = this.tokens[start - 1];
    return (
      before !== undefined &&
      before.isWord &&
      /[-\u2010](?:led|based|owned|backed|run|controlled|funded)$/i.test(before.text)
    );
  }

  /**
   * "Orbis" after "Orbis Silicon": the first word of exactly one business named before, whose
   * other words are capitalised and not those of a public body ("Millbrook" is not the Millbrook
   * City Council).
   */
  private shortFormOf(name: string): ActorDraft | undefined {
    const words = name.split(' ');
    const [firstWord] = words;
    if (!firstWord) return undefined;
    const matches = (this.byFirstWord.get(firstWord.toLowerCase()) ?? []).filter((actor) => {
      if (actor.kind !== 'organization' || entryNamed(actor.name) || !this.actors.has(actor.id)) return false;
      const all = actor.name.split(' ');
      // "Harrow Vale" for "Harrow Vale Homes": the first words, as written, and at least one more.
      if (all.length <= words.length || words.some((word, index) => all[index] !== word)) return false;
      const rest = all.slice(words.length);
      return (
        rest.length > 0 && rest.every((word) => /^\p{Lu}/u.test(word) && !PUBLIC_BODY_WORDS.has(word.toLowerCase()))
      );
    });
    const [only] = matches;
    if (!only || matches.length > 1) return undefined;
    this.addAlias(only, name);
    return only;
  }

  /** An organisation named by [start, end) as the text gives it (plus "school board" after it). */
  private readNamedOrganisation(start: number, end: number): void {
    const first = this.tokens[start];
    // "Riverton school board": lower-case organisation words right after; not after the possessive
    // of a body named before ("Halcrest's board" is the board of Halcrest Energy, which acts for
    // it; "Eldoria's central bank" is a name).
    const owner = this.tokens[end - 1];
    const possessor = owner?.possessive === true && this.namedBodyBefore(owner.key.replace(/['’]s$/, ''));
    const lastAt = (possessor ? undefined : this.lowerCaseBodyWordAfter(end)) ?? end - 1;
    const last = this.tokens[lastAt];
    if (!first || !last) return;
    // "fined H&M.": the letter after an ampersand takes the sentence's full stop, which is no initial's.
    const name = this.text(first, last).replace(/&\p{Lu}\.$/u, (letters) => letters.slice(0, -1));
    const actor = this.organisation(name);
    this.noteKindNoun(actor, start, end);
    this.mention(actor, first, last, actor.name === name ? 'name' : 'alias');
  }

  /** Whether `key` (a word in lower case) names an organisation named before, or opens its name. */
  private namedBodyBefore(key: string): boolean {
    const known = this.aliasIndex.get(key);
    if (known !== undefined) return this.actors.get(known)?.kind === 'organization';
    return (this.byFirstWord.get(key) ?? []).some((actor) => actor.kind === 'organization');
  }

  /**
   * The common noun the text describes a name with, right before it or in an apposition:
   * "dairy group Kroonmelk", "the German group Hessler Glas", "a cooperative, Sklárna Lesná,",
   * "Hanabira, a department store chain,". Not a title ("union leader Ana Ruiz") and not a noun
   * owned by something else ("the leader of the party, Ana Ruiz").
   */
  private kindNounOf(start: number, end: number): string | undefined {
    const before = this.tokens[start - 1];
    // "Charity Shelter warned", "Insurer Aviva paid": the noun opening the sentence is capitalised.
    const lowerCase = before !== undefined && (!before.capitalized || this.isSentenceInitial(start - 1));
    if (before?.isWord && lowerCase && !before.possessive && KIND_NOUNS.has(before.key)) {
      const owner = this.tokens[start - 2];
      return owner?.possessive || owner?.key === 'of' ? undefined : before.key;
    }
    // "a cooperative, Sklárna Lesná,": the noun and its determiner, a comma, the name, a comma or the end.
    const noun = this.tokens[start - 2];
    const after = this.tokens[end]?.text;
    if (before?.text !== ',' || !noun?.isWord || noun.capitalized || noun.possessive || !KIND_NOUNS.has(noun.key))
      return undefined;
    if (after !== undefined && after !== ',' && after !== '.') return undefined;
    for (let at = start - 3; at >= Math.max(0, start - 6); at -= 1) {
      const word = this.tokens[at];
      if (!word?.isWord || word.capitalized) return undefined;
      if (word.key === 'a' || word.key === 'an') return noun.key;
      if (!TITLE_MODIFIERS.has(word.key) || DETERMINERS.has(word.key)) return undefined;
    }
    return undefined;
  }

  /** Whether the name in [start, end) is described as an organisation by a noun before it. */
  private kindNounBefore(start: number, end: number): boolean {
    return this.kindNounOf(start, end) !== undefined;
  }

  /** Remembers the noun an organisation was described by, for "the cooperative" later on. */
  private noteKindNoun(actor: ActorDraft, start: number, end: number): void {
    const noun = this.kindNounOf(start, end) ?? this.appositionNoun(end);
    if (noun) this.addKindNoun(actor.id, noun);
  }

  /** Records `noun` as one an organisation was described by. */
  private addKindNoun(actorId: string, noun: string): void {
    const nouns = this.kindNouns.get(actorId);
    if (nouns) nouns.add(noun);
    else this.kindNouns.set(actorId, new Set([noun]));
  }

  /** The trade nouns (tradeNounOf) the sentence describes its organisations by, for "the shipbuilder" later. */
  private noteTradeNouns(): void {
    for (const mention of this.found) {
      const actor = this.actors.get(mention.actorId);
      if (mention.inQuote || mention.form === 'pronoun' || actor?.kind !== 'organization') continue;
      const start = this.tokens.findIndex((token) => token.start === mention.start);
      const last = this.tokens.findIndex((token) => token.end === mention.end);
      const noun = start >= 0 && last >= start ? this.tradeNounOf(start, last + 1) : undefined;
      if (!noun) continue;
      this.tradeNouns.add(noun);
      this.addKindNoun(actor.id, noun);
    }
  }

  /**
   * The noun of a trade that describes an organisation's name right before it or as the head of an
   * apposition: "shipbuilder Halden Group", "Halden Group, the Oslo-based shipbuilder,", "Tarvo
   * Logistics, a freight forwarder,". Such nouns are too many to list (ORG_REFERENCE_NOUNS holds
   * the common ones): an agent noun in "-er" or "-or" that is no person's noun, once the name is
   * read as a body's, lets "the shipbuilder" point back to it later.
   */
  private tradeNounOf(start: number, end: number): string | undefined {
    const before = this.tokens[start - 1];
    if (before?.isWord && !before.capitalized && !before.possessive && this.tokens[start - 2]?.key !== 'of')
      return isTradeNoun(before.key) ? before.key : undefined;
    if (this.tokens[end]?.text !== ',' || !['a', 'an', 'the'].includes(this.tokens[end + 1]?.key ?? ''))
      return undefined;
    // The apposition's last word before its closing comma or the sentence's end, after at most
    // three modifiers ("the Oslo-based shipbuilder,", "a Norwegian freight forwarder,").
    for (let at = end + 2; at <= end + 5; at += 1) {
      const word = this.tokens[at];
      if (!word?.isWord || word.possessive) return undefined;
      const next = this.tokens[at + 1];
      if (next !== undefined && next.text !== ',' && next.text !== '.') continue;
      return !word.capitalized && isTradeNoun(word.key) ? word.key : undefined;
    }
    return undefined;
  }

  /**
   * The organisation noun heading an apposition at `at` (", a department store chain in Tokyo,"):
   * of a compound of lower-case nouns, the last, its head ("chain", not "department").
   */
  private appositionNoun(at: number): string | undefined {
    if (!this.organisationApposition(at)) return undefined;
    for (let cursor = at + 2; cursor < this.tokens.length && cursor <= at + 7; cursor += 1) {
      const token = this.tokens[cursor];
      if (!token?.isWord || !ORG_REFERENCE_NOUNS.has(token.key)) continue;
      let head = token.key;
      for (let next = cursor + 1; next <= cursor + 3; next += 1) {
        const word = this.tokens[next];
        if (!word?.isWord || word.capitalized || word.possessive || NON_NAME_WORDS.has(word.key)) break;
        if (ORG_REFERENCE_NOUNS.has(word.key)) head = word.key;
      }
      return head;
    }
    return undefined;
  }

  /**
   * "Deutsche Bahn", "Crédit Agricole", "Televisión Española", "Électricité de France": name words
   * of which one is a word of another language that names no person (FOREIGN_BODY_WORDS), or that
   * end in a particle and a country, are a body's.
   */
  private isForeignBodyName(start: number, end: number): boolean {
    if (this.tokens.slice(start, end).some((token) => FOREIGN_BODY_WORDS.has(token.key))) return true;
    for (let at = start + 2; at < end; at += 1) {
      const phrase = this.phraseAt(at);
      if (phrase?.entry?.kind === 'country' && phrase.form === 'name' && at + phrase.words.length === end)
        return isParticle(this.tokens[at - 1]);
    }
    return false;
  }

  /**
   * Whether name words end in a capital, a place or a country ("Nasdaq Helsinki", "Sporting
   * Lisbon", "Santander UK", "Shell Nigeria"), after words that are no given name nor a place
   * ("Ana Paula Lima", "Jack London", "Tom Holland" are people).
   */
  private endsWithPlaceName(start: number, end: number): boolean {
    if (givenNameGender(this.words.slice(start, end).join(' ')) !== undefined) return false;
    for (let at = start + 1; at < end; at += 1) {
      const phrase = this.phraseAt(at);
      if (phrase && at + phrase.words.length === end) {
        // Not what is told: "told Reuters Kenya would respond" names the outlet, then the clause's subject.
        const country = isCountryName(phrase) && this.tokens[start - 1]?.key !== 'told';
        const place = phrase.form === 'capital' || phrase.form === 'place' || country;
        return (
          place &&
          this.tokens.slice(start, at).every((token, index) => isNameWord(token) && !this.phraseAt(start + index))
        );
      }
    }
    return false;
  }

  /** Gazetteer phrases in [start, end); other words there are left alone. */
  private readPlaces(start: number, end: number, titleOf?: string): void {
    let at = start;
    while (at < end) {
      const phrase = this.phraseAt(at);
      if (phrase && at + phrase.words.length <= end) {
        const first = this.tokens[at];
        const last = this.tokens[at + phrase.words.length - 1];
        if (phrase.entry && first && last) {
          const actor = this.addActor(phrase.entry.name, phrase.entry.kind);
          const form = phrase.form === 'place' ? 'alias' : phrase.form;
          if (form === 'alias' || form === 'capital') this.addAlias(actor, this.text(first, last));
          this.mention(actor, first, last, form, titleOf ? { titleOf } : {});
        }
        at += phrase.words.length;
        continue;
      }
      const token = this.tokens[at];
      const known = token ? this.aliasIndex.get(keyOf(token)) : undefined;
      const actor = known ? this.actors.get(known) : undefined;
      if (token && actor && actor.kind !== 'person')
        this.mention(actor, token, token, 'alias', titleOf ? { titleOf } : {});
      at += 1;
    }
  }

  private readOrganisation(start: number, end: number): boolean {
    let suffix = -1;
    for (let at = start; at < end; at += 1) {
      const token = this.tokens[at];
      if (!token || !ORG_SUFFIXES.has(keyOf(token))) continue;
      const next = this.tokens[at + 1];
      if (at === end - 1 || (next && (ORG_LINKS.has(next.text) || NAME_PREPOSITIONS.has(next.text)))) suffix = at;
      if (this.namesWhatOn(at + 1)) suffix = at;
      // "Trinity College Dublin", "Police Scotland": a place that ends the name says where the body is.
      const place = at > start || end - at > 1 ? this.phraseAt(at + 1) : undefined;
      if (place && at + 1 + place.words.length === end && place.form !== 'demonym') suffix = at;
    }
    if (suffix < 0 || end - start < 2) return false;
    // "Russian Defense Ministry" keeps its demonym; a leading title word does not belong.
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    if (!first || !last) return false;
    const name = this.text(first, last);
    const actor = this.organisation(this.ownedName(start, name));
    if (actor.name !== name) this.addAlias(actor, name);
    this.mention(actor, first, last, actor.name === name ? 'name' : 'alias');
    return true;
  }

  /**
   * "Russia's Defense Ministry" is the Russian Defense Ministry: a name of generic words after a
   * country's possessive takes the country's demonym, so two countries' ministries stay apart.
   */
  private ownedName(start: number, name: string): string {
    const owner = this.tokens[start - 1];
    if (!owner?.possessive || !name.split(' ').every(isGenericWord)) return name;
    const entry = this.phraseAt(start - 1)?.entry;
    const demonym = entry?.kind === 'country' ? entry.demonyms[0] : undefined;
    return demonym ? `${demonym} ${name}` : name;
  }

  /**
   * The actor an organisation's name as written stands for: a known one, or a new organisation.
   * A legal form is not part of the name: "Verdant Cells Inc." is Verdant Cells, with an alias.
   */
  private organisation(name: string): ActorDraft {
    const known = this.aliasIndex.get(name.toLowerCase());
    const knownActor = known ? this.actors.get(known) : undefined;
    if (knownActor) return knownActor;
    const short = name.replace(LEGAL_FORM, '');
    if (short === name || !/\p{Lu}/u.test(short)) return this.shortFormOf(name) ?? this.addActor(name, 'organization');
    const actor = this.organisation(short);
    this.addAlias(actor, name);
    this.aliasIndex.set(name.toLowerCase(), actor.id);
    return actor;
  }

  private readAcronymDefinition(end: number): void {
    const open = this.tokens[end];
    const acronym = this.tokens[end + 1];
    const close = this.tokens[end + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acronym || !ACRONYM.test(acronym.text)) return;
    const owner = this.found.at(-1);
    const actor = owner ? this.actors.get(owner.actorId) : undefined;
    if (!owner || !actor || owner.end !== this.tokens[end - 1]?.end || actor.kind === 'person') return;
    this.addAlias(actor, acronym.text);
    this.aliasIndex.set(acronym.text.toLowerCase(), actor.id);
    this.mention(actor, acronym, acronym, 'alias');
  }

  // ---- people ----

  /**
   * A person named by tokens [start, end), with a title in [titleStart, start) if any. Looks for
   * more of the title before the run (lower-case: "former", "company spokesperson") and an
   * apposition after it.
   */
  private readPerson(nameStart: number, end: number, titleStart: number): void {
    // "Pope Francis", "King Charles": the title is part of a one-word name.
    const regnal = nameStart - 1 >= titleStart && REGNAL_TITLES.has(keyOf(this.tokens[nameStart - 1] ?? EMPTY_TOKEN));
    const start = regnal ? nameStart - 1 : nameStart;
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    if (!first || !last) return;
    const hasTitle = titleStart < start;
    const before = this.tokens[titleStart - 1];
    // "the Truth Social platform", "his Harbor Line": a determiner right before means no person;
    // "said that Kofi Mensah would", "that Ana Ruiz, the mayor," is the conjunction, not a determiner.
    if (!hasTitle && before && DETERMINERS.has(keyOf(before)) && !this.opensThatClause(titleStart - 1, end)) {
      // "The Museo Casa Ferrante in Turin reopened", "the Kestrel Arms closed": but a name after
      // "the" that acts is a body's.
      if (before.key === 'the' && this.namedBodyActs(start, end)) this.readNamedOrganisation(start, end);
      else this.readPlaces(start, end);
      return;
    }
    const name = this.text(first, last);
    const nameKey = name.toLowerCase();
    const knownId = this.aliasIndex.get(nameKey);
    const known = knownId ? this.actors.get(knownId) : undefined;
    if (end - start === 1 && !hasTitle && !known) return;
    // "Harrow Vale bought the meadow" after "Harrow Vale Homes": the business's short form.
    const business = !hasTitle && end - start >= 2 && !known ? this.shortFormOf(name) : undefined;
    if (business) {
      this.mention(business, first, last, 'alias');
      return;
    }
    // "Atlântico Terminais, which ..." after "terminal operator Atlântico Terminais": the organisation again.
    if (known && known.kind !== 'person' && !hasTitle) {
      this.mention(known, first, last, name === known.name ? 'name' : 'alias');
      return;
    }
    const actor = known && known.kind === 'person' ? known : this.addActor(name, 'person');
    if (actor.kind !== 'person') return;
    const form = name === actor.name ? 'name' : 'alias';
    if (form === 'alias') this.addAlias(actor, name);
    this.mention(actor, first, last, form);
    const titleFirst = this.tokens[titleStart];
    if (
      hasTitle &&
      titleFirst &&
      this.tokens.slice(titleStart, start).every((token) => token.capitalized || !token.isWord)
    )
      this.addAlias(actor, this.text(titleFirst, last));
    const shared = this.conjunct?.at === start ? this.conjunct.role : undefined;
    const role = this.roleBefore(titleStart, start, actor.id) ?? this.appositionBefore(titleStart, actor.id) ?? shared;
    if (role) this.addRole(actor, role);
    if (this.tokens[end]?.key === 'and') {
      const plural =
        PLURAL_HEADS.has(this.tokens[titleStart - 1]?.key ?? '') || PLURAL_HEADS.has(this.tokens[start - 1]?.key ?? '');
      this.conjunct = plural && role ? { at: end + 1, role } : { at: end + 1 };
    }
    const apposition = this.apposition(end) ?? this.roleAfterAs(end);
    if (apposition) this.addRole(actor, apposition);
    const honorific = keyOf(this.tokens[titleStart] ?? first);
    const facts = this.facts.get(actor.id);
    const age = this.ageAfter(end) ?? this.ageBefore(titleStart);
    if (facts && age) facts.age ??= age;
    if (facts && MALE_HONORIFICS.has(honorific)) facts.gender ??= 'male';
    if (facts && FEMALE_HONORIFICS.has(honorific)) facts.gender ??= 'female';
    // "Dr. Amara Okonkwo" is "the doctor" later; "Prof. Lin" "the professor".
    const calling = HONORIFIC_CALLINGS.get(honorific);
    if (facts && calling) facts.calling ??= calling;
  }

  /**
   * Whether the "that" at `that` opens a clause whose subject is the name ending at `end` ("said
   * that Kofi Mensah would", "emerged that Ana Ruiz, the mayor, had"): a verb or a comma follows
   * the name. As a demonstrative ("that Harbor Line route") it is a determiner.
   */
  private opensThatClause(that: number, end: number): boolean {
    return this.tokens[that]?.key === 'that' && (this.verbFollows(end) || this.tokens[end]?.text === ',');
  }

  /** The title in [titleStart, nameStart) plus lower-case title words before it. */
  private roleBefore(titleStart: number, nameStart: number, personId: string): string | undefined {
    let from = titleStart;
    // Lower-case title words and capitalised modifiers before the run: "former", "company spokesperson".
    let cursor = titleStart - 1;
    let hasHead = this.tokens.slice(titleStart, nameStart).some((token) => isHead(keyOf(token)));
    while (cursor >= 0 && titleStart - cursor <= 5) {
      const token = this.tokens[cursor];
      if (!token?.isWord) break;
      const key = keyOf(token);
      if (DETERMINERS.has(key) || key === 'and' || key === 'of' || key === 'for' || key === 'the') break;
      const lowerTitle = !token.capitalized && (TITLE_MODIFIERS.has(key) || isHead(key));
      const capitalised = token.capitalized && !NON_NAME_WORDS.has(key) && !this.isStrippable(cursor);
      if (!lowerTitle && !capitalised) break;
      if (isHead(key)) hasHead = true;
      if (!hasHead && capitalised && titleStart === nameStart) break;
      from = cursor;
      cursor -= 1;
    }
    while (from < nameStart && ROLE_FREE_HONORIFICS.has(keyOf(this.tokens[from] ?? EMPTY_TOKEN))) from += 1;
    let to = nameStart;
    while (to > from && HONORIFICS.has(keyOf(this.tokens[to - 1] ?? EMPTY_TOKEN))) to -= 1;
    if (from >= to || !hasHead) return undefined;
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    if (!first || !last) return undefined;
    for (const mention of this.found) {
      if (mention.start >= first.start && mention.end <= last.end && mention.actorId !== personId)
        mention.titleOf = personId;
    }
    this.readPlaces(from, nameStart, personId);
    if (last.possessive) return undefined;
    // "deputy governors Irena Vale and Tomas Bern": each is a deputy governor.
    const singular = PLURAL_HEADS.get(last.key);
    if (!singular) return this.text(first, last);
    const head = last.capitalized ? `${singular.charAt(0).toUpperCase()}${singular.slice(1)}` : singular;
    return from === to - 1 ? head : `${this.text(first, this.tokens[to - 2] ?? first)} ${head}`;
  }

  /** "Japan's trade minister, Haruto Sakai," and "the chancellor, Rachel Reeves,": a title before the comma. */
  private appositionBefore(nameStart: number, personId?: string): string | undefined {
    if (this.tokens[nameStart - 1]?.text !== ',') return undefined;
    let headAt = nameStart - 2;
    // "A spokesperson for Halden Group, Pia Norrby,": a title, "for"/"of"/"at", an organisation.
    const owner = this.tokens[headAt];
    const employer = owner ? this.found.find((mention) => mention.end === owner.end) : undefined;
    let ownerAt = headAt;
    while (employer && ownerAt > 0 && (this.tokens[ownerAt]?.start ?? 0) > employer.start) ownerAt -= 1;
    if (employer && this.tokens[ownerAt - 1]?.key === 'the') ownerAt -= 1;
    const link = this.tokens[ownerAt - 1]?.key ?? '';
    const employed = employer !== undefined && (link === 'for' || link === 'of' || link === 'at');
    if (employed) headAt = ownerAt - 2;
    const complementHead = employed ? undefined : this.titleHeadBeforeComplement(headAt);
    if (complementHead !== undefined) headAt = complementHead;
    const head = this.tokens[headAt];
    if (!head || !TITLE_HEADS.has(keyOf(head))) return undefined;
    const end = (employed || complementHead !== undefined) && owner ? owner : head;
    let from = headAt;
    while (from - 1 >= 0 && headAt - from < 5) {
      const token = this.tokens[from - 1];
      if (!token?.isWord) break;
      const key = keyOf(token);
      const country = this.phraseAt(from - 1)?.entry?.kind === 'country';
      // "ESA's director general, Sabine Köhler,", "The U.N. coordinator, Moussa Kaboré,": the body
      // whose title it is.
      const owner = this.found.find(
        (mention) =>
          mention.start <= token.start &&
          mention.end >= token.end &&
          this.actors.get(mention.actorId)?.kind === 'organization' &&
          (token.possessive || mention.form !== 'demonym'),
      );
      if (owner && personId) {
        owner.titleOf = personId;
        from -= 1;
        while (from > 0 && (this.tokens[from - 1]?.start ?? -1) >= owner.start) from -= 1;
        break;
      }
      if (!(TITLE_MODIFIERS.has(key) || TITLE_HEADS.has(key) || country) || DETERMINERS.has(key) || key === 'the')
        break;
      from -= 1;
      if (token.possessive) break;
    }
    const first = this.tokens[from];
    if (!first) return undefined;
    // "The Minister for Health and Medical Services, Josefa Nakau,", "The president of the Chamber
    // of Deputies, Renato Falcão,", "Poland's prime minister, Tomasz Wierzbicki,": a body or a
    // country in the title describes the person (as in a title before the name), who acts.
    for (const mention of this.found) {
      if (!personId || this.actors.get(mention.actorId)?.kind === 'person') continue;
      if (mention.start >= first.start && mention.end <= end.end) mention.titleOf ??= personId;
    }
    return this.text(first, end);
  }

  /**
   * "The minister of mines, Grace Tembo,", "the minister for humanitarian action, Fatimé Haroun,":
   * a title head, "of" or "for", then lower-case words ending at `last`; the head's index.
   */
  private titleHeadBeforeComplement(last: number): number | undefined {
    for (let link = last - 1; link >= 0 && last - link <= 7; link -= 1) {
      const token = this.tokens[link];
      if (!token?.isWord) return undefined;
      if (token.key !== 'of' && token.key !== 'for') continue;
      const head = this.tokens[link - 1];
      const words = this.tokens.slice(link + 1, last + 1);
      // "Minister of State for Foreign Affairs": the field may hold another "of" or "for".
      if (head?.capitalized && !TITLE_HEADS.has(head.key)) continue;
      if (!head || !TITLE_HEADS.has(head.key)) return undefined;
      // "The Minister for Health and Medical Services, Josefa Nakau,": a capitalised office has its
      // field in capitals too, its words joined by "and".
      const lowerCase = words.every((word) => word.isWord && !word.capitalized);
      const titleCase =
        head.capitalized &&
        words[0]?.capitalized === true &&
        words.every((word) => word.isWord && (word.capitalized || ['and', 'of', 'for'].includes(word.key)));
      if (!(lowerCase && last - link <= 3) && !titleCase) return undefined;
      return link - 1;
    }
    return undefined;
  }

  /**
   * ", the port authority chief," after a name; also after an age (", 54, a nurse from Valencia,")
   * and with an age inside (", a 31-year-old teacher,"). An indefinite description names a role
   * when its noun is a title or an agent noun (", a fisherman in Tema"). Where a person is from or
   * where they are ("from Valencia", "in Tema") is not part of the role.
   */
  private apposition(nameEnd: number): string | undefined {
    if (this.tokens[nameEnd]?.text !== ',') return undefined;
    let at = nameEnd + 1;
    if (this.ageAt(at) === at + 1 && this.tokens[at + 1]?.text === ',') at += 2;
    const determiner = keyOf(this.tokens[at] ?? EMPTY_TOKEN);
    if (determiner === 'as') return undefined; // ", 38, as environment minister": roleAfterAs
    if (DETERMINERS.has(determiner)) at += 1;
    at = this.ageAt(at) ?? at;
    const from = at;
    let head = -1;
    let cut = -1;
    while (at < this.tokens.length && at - from < 8) {
      const token = this.tokens[at];
      if (!token || token.text === ',' || token.text === '.' || token.text === ')' || token.text === ';') break;
      const key = keyOf(token);
      if (
        !token.isWord ||
        key === 'who' ||
        key === 'which' ||
        key === 'that' ||
        PERSON_VERBS.has(key) ||
        PARTICIPLES.has(key) ||
        isPredicateWord(key)
      )
        return undefined;
      if (cut < 0 && at > from && (key === 'from' || key === 'in')) cut = at;
      if (TITLE_HEADS.has(key)) head = at;
      else if (
        head < 0 &&
        cut < 0 &&
        (determiner === 'a' || determiner === 'an') &&
        isAgentNoun(token, this.tokens[at + 1])
      )
        head = at;
      at += 1;
    }
    const end = this.tokens[at];
    if (head < 0 || at === from || !end || (end.text !== ',' && end.text !== '.' && end.text !== ')')) return undefined;
    const first = this.tokens[from];
    const last = this.tokens[(cut > head ? cut : at) - 1];
    return first && last ? this.text(first, last) : undefined;
  }

  /** The age given right after a name: "Ana Ruiz, 54,", "Ana Ruiz, a 54-year-old nurse", "Ana Ruiz (54)". */
  private ageAfter(nameEnd: number): string | undefined {
    const mark = this.tokens[nameEnd]?.text;
    if (mark !== ',' && mark !== '(') return undefined;
    let at = nameEnd + 1;
    if (this.tokens[at]?.key === 'a') at += 1;
    const after = this.ageAt(at);
    const close = this.tokens[after ?? at]?.text;
    const bare = after === at + 1 && at === nameEnd + 1 && (close === ',' || close === ')' || close === '.');
    return after !== undefined && (bare || after === at + 3) ? this.tokens[at]?.text : undefined;
  }

  /**
   * The age given before a name and its lower-case description: "24-year-old Joe Ames", "the
   * 24-year-old striker Joe Ames", "a 61-year-old retired teacher, Ana Ruiz,".
   */
  private ageBefore(nameStart: number): string | undefined {
    let at = nameStart;
    if (this.tokens[at - 1]?.text === ',') at -= 1;
    for (let words = 0; words <= 3; words += 1) {
      const age = at - 3;
      if (this.ageAt(age) === at) return this.tokens[age]?.text;
      const word = this.tokens[at - 1];
      if (!word?.isWord || word.capitalized) return undefined;
      at -= 1;
    }
    return undefined;
  }

  /**
   * The person a description opening a sentence points back to when nothing said fits it better:
   * the only person named in the sentence before (lonePersonBefore), when nobody is named earlier
   * in this sentence.
   */
  private describedAnew(): ActorDraft | undefined {
    if (!this.sentence || this.found.some((mention) => this.actors.get(mention.actorId)?.kind === 'person'))
      return undefined;
    const id = lonePersonBefore(this.history, this.sentence.index, 2, this.quotedSentences);
    return id === undefined ? undefined : this.actors.get(id);
  }

  /** "the 54-year-old": the person most recently said to be 54, else one whose age is not known yet. */
  private readAgeReference(at: number): number | undefined {
    const article = this.tokens[at];
    if (article?.key !== 'the' || this.ageAt(at + 1) !== at + 4) return undefined;
    // "The 24-year-old striker Joe Ames signed": the age of the one named next (ageBefore).
    if (!this.verbFollows(at + 4)) {
      let next = at + 4;
      while (next < at + 7 && this.tokens[next]?.isWord && !this.tokens[next]?.capitalized) next += 1;
      if (isNameWord(this.tokens[next])) return undefined;
    }
    const age = this.tokens[at + 1]?.text;
    const last = this.tokens[at + 3];
    const anew = this.describedAnew();
    const person =
      this.mostRecent((actor) => this.facts.get(actor.id)?.age === age) ??
      (anew && this.facts.get(anew.id)?.age === undefined ? anew : undefined);
    if (!person || !last) return undefined;
    const facts = this.facts.get(person.id);
    if (facts && age) facts.age ??= age;
    this.mention(person, article, last, 'title');
    return at + 4;
  }

  /** After an age at `at` ("54", "31-year-old"), the next token's index; otherwise undefined. */
  private ageAt(at: number): number | undefined {
    const token = this.tokens[at];
    if (!token || !/^\d{1,3}$/.test(token.text)) return undefined;
    if (this.tokens[at + 1]?.text === '-' && /^year/.test(this.tokens[at + 2]?.key ?? '')) return at + 3;
    return at + 1;
  }

  /**
   * "appointed Valentina Urrutia, 38, as environment minister": a title after "as" (and an age)
   * that ends at a title's head.
   */
  /**
   * Where the role starts after a name's verb that gives it one: "was elected", "has been
   * appointed", "will be named", "was sworn in", "became", "becomes"; undefined when no such verb
   * is at `at`.
   */
  private roleGivingVerbEnd(at: number): number | undefined {
    const first = this.tokens[at]?.key ?? '';
    if (first === 'became' || first === 'becomes') return at + 1;
    let cursor = at;
    if (['has', 'had', 'have'].includes(first) && this.tokens[at + 1]?.key === 'been') cursor += 2;
    else if (first === 'will' && this.tokens[at + 1]?.key === 'be') cursor += 2;
    else if (first === 'was' || first === 'is' || first === 'were') cursor += 1;
    else if (first === 'will' && this.tokens[at + 1]?.key === 'become') return at + 2;
    else return undefined;
    // "was sworn in as governor": the role follows its "as".
    if (this.tokens[cursor]?.key === 'sworn' && this.tokens[cursor + 1]?.key === 'in') return cursor + 2;
    return APPOINTING_VERBS.has(this.tokens[cursor]?.key ?? '') && this.tokens[cursor]?.key !== 'made'
      ? cursor + 1
      : undefined;
  }

  private roleAfterAs(nameEnd: number): string | undefined {
    let at = nameEnd;
    if (
      this.tokens[at]?.text === ',' &&
      /^\d+$/.test(this.tokens[at + 1]?.text ?? '') &&
      this.tokens[at + 2]?.text === ','
    )
      at += 3;
    // "named Orla Brandt chief executive": after a verb of appointing, the role needs no "as".
    let appointed = APPOINTING_VERBS.has(this.tokens[this.nameStartBefore(nameEnd) - 1]?.key ?? '');
    // "Kjersti Aasen was elected mayor of Tromso", "Eze became chief executive": the role the
    // name's own verb gives them.
    const given = this.roleGivingVerbEnd(at);
    if (given !== undefined) {
      at = given;
      appointed = true;
    }
    if (this.tokens[at]?.text === 'as') at += 1;
    else if (!appointed || (at !== nameEnd && given === undefined)) return undefined;
    if (['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(this.tokens[at]?.text ?? '')) at += 1;
    const from = at;
    let head = -1;
    while (at < this.tokens.length && at - from < 6) {
      const token = this.tokens[at];
      if (!token?.isWord) break;
      const key = keyOf(token);
      const country = this.phraseAt(at)?.entry?.kind === 'country';
      if (!(TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || country) || HONORIFICS.has(key)) break;
      if (TITLE_HEADS.has(key)) head = at;
      at += 1;
      if (token.possessive) continue;
    }
    const first = this.tokens[from];
    const last = this.tokens[head];
    return head >= 0 && first && last ? this.text(first, last) : undefined;
  }

  /** The first token of the capitalised run that ends before `end`. */
  private nameStartBefore(end: number): number {
    let at = end;
    while (at > 0 && (this.tokens[at - 1]?.capitalized || isParticle(this.tokens[at - 1]))) at -= 1;
    return at;
  }

  /** A lone capitalised word: a known name, or a new person when a speech verb follows. */
  private readLoneName(at: number): void {
    const token = this.tokens[at];
    if (!token) return;
    const knownId = this.aliasIndex.get(keyOf(token));
    const known = knownId ? this.actors.get(knownId) : undefined;
    if (known) {
      this.addAlias(known, token.text);
      this.mention(known, token, token, known.kind === 'person' ? 'alias' : 'alias');
      return;
    }
    // "Kestrel will build 40 aircraft" after "Kestrel Aerospace": the short form of a business.
    const business = isNameWord(token) ? this.shortFormOf(token.text) : undefined;
    if (business) {
      this.mention(business, token, token, 'alias');
      return;
    }
    // "Wang" after "Foreign Minister Wang Yi": names that put the family name first.
    const firstNameOf = this.firstNames.get(keyOf(token)) ?? this.innerNames.get(keyOf(token));
    const byFirstName = this.actors.get(firstNameOf ?? '');
    if (byFirstName && isNameWord(token)) {
      this.addAlias(byFirstName, token.text);
      this.mention(byFirstName, token, token, 'alias');
      return;
    }
    // Shared by several people named before ("Kim"): someone, but not knowably whom.
    if (firstNameOf === '') return;
    if (this.readRelative(at)) return;
    const next = this.tokens[at + 1];
    const before = this.tokens[at - 1];
    if (
      isNameWord(token) &&
      !token.possessive &&
      (this.organisationApposition(at + 1) || this.kindNounBefore(at, at + 1))
    ) {
      const actor = this.organisation(token.text);
      this.noteKindNoun(actor, at, at + 1);
      this.mention(actor, token, token, 'name');
      return;
    }
    if (this.isOwnerOfWhatFollows(at)) {
      // "Okafor's wife", "Okafor's resignation": only a person has them.
      const personal = PERSONAL_POSSESSIONS.has(next?.key ?? '') || KIN_GENDER.has(next?.key ?? '');
      const name = token.text.replace(/['’]s?$/, '');
      const actor = personal ? this.addActor(name, 'person') : this.loneOrganisation(name);
      this.mention(actor, token, token, 'name');
      return;
    }
    if (!isNameWord(token) || !next || token.possessive) return;
    if (this.isInvertedSpeaker(at) && this.mayBeLoneName(at)) {
      this.mention(this.addActor(token.text, 'person'), token, token, 'name');
      return;
    }
    // "Al-Shabaab fighters attacked", "Tarvik militants seized": a name before a noun for armed
    // fighters is their group's.
    if (FIGHTER_NOUNS.has(next.key) && !next.capitalized && this.mayBeLoneName(at) && !this.isFightersAdjective(at)) {
      this.mention(this.addActor(token.text, 'group'), token, token, 'name');
      return;
    }
    // "the striker Neymar scored", "the singer Shakira performed": a lower-case noun for someone
    // right before says the one word names a person.
    if (before && this.isPersonNounBefore(at) && this.mayBeLoneName(at)) {
      const person = this.addActor(token.text, 'person');
      if (isHead(before.key)) this.addRole(person, before.text);
      this.mention(person, token, token, 'name');
      return;
    }
    // "Lewandowska, 34, was charged": only a person has an age.
    const age = this.ageAfter(at + 1);
    if (age !== undefined && this.mayBeLoneName(at)) {
      const person = this.addActor(token.text, 'person');
      const facts = this.facts.get(person.id);
      if (facts) facts.age ??= age;
      this.mention(person, token, token, 'name');
      return;
    }
    if (this.loneBodyCue(at)) {
      const actor = this.loneOrganisation(token.text);
      this.mention(actor, token, token, actor.name === token.text ? 'name' : 'alias');
      return;
    }
    const listed = this.listedWith(at);
    if (listed && isNameWord(token) && !token.possessive && this.mayBeLoneName(at)) {
      const actor = listed === 'person' ? this.addActor(token.text, 'person') : this.loneOrganisation(token.text);
      this.mention(actor, token, token, 'name');
      return;
    }
    if (this.isSideNickname(at)) {
      this.mention(this.loneOrganisation(token.text), token, token, 'name');
      return;
    }
    const described = this.describedInApposition(at);
    if (described && this.mayBeLoneName(at)) {
      const actor = described === 'person' ? this.addActor(token.text, 'person') : this.loneOrganisation(token.text);
      this.mention(actor, token, token, actor.name === token.text ? 'name' : 'alias');
      return;
    }
    if (before && DETERMINERS.has(keyOf(before)) && !this.opensThatClause(at - 1, at + 1)) return;
    if (this.isSentenceInitial(at) && (this.lowerWords.has(keyOf(token)) || PLURAL_NOUN.test(token.text))) return;
    const verbAt = this.afterTimeAdverbial(this.afterTicker(at + 1));
    const spoken = keyOf(this.tokens[verbAt] ?? next);
    if (PERSON_VERBS.has(spoken)) {
      // News style introduces people by full name; a bare unknown word that speaks ("Naftogaz said",
      // "Naftogaz on Tuesday said")
      // is an organisation ("Halvorsen" after "Halvorsen Shipping": that one). linkActorsAcrossArticles
      // turns it into a person named elsewhere. One that meets or visits ("On Tuesday Modi met
      // Sharif", "Lula visited Beijing") is a person, as the one met is ("Velto met its targets" no).
      const actor =
        PERSONAL_VERBS.has(spoken) && this.tokens[verbAt + 1]?.key !== 'its'
          ? this.addActor(token.text, 'person')
          : this.loneOrganisation(token.text);
      this.mention(actor, token, token, actor.name === token.text ? 'name' : 'alias');
      return;
    }
    const verb = this.loneSubjectVerb(at) ?? this.loneObjectVerb(at);
    if (verb === undefined || !this.mayBeLoneName(at)) return;
    // "Okafor arrived in Lagos", "Police arrested Kowalski": only a person travels, resigns or is
    // arrested; what else acts under one bare name ("Velto will recall 40,000 scooters") is most
    // often a business.
    const personal = PERSONAL_VERBS.has(verb) || verb === 'who' || verb === 'called';
    const actor = personal ? this.addActor(token.text, 'person') : this.loneOrganisation(token.text);
    this.mention(actor, token, token, 'name');
  }

  /**
   * "the Halcrest-Pellmark merger", "the Kenya-Uganda border", "the EU-Mercosur deal": two names
   * joined by a hyphen before a noun of what two sides share are both sides (each a known actor,
   * a gazetteer entry or a new body). Not a name that has a hyphen ("Jean-Luc", "Rolls-Royce said").
   */
  private readHyphenedSides(from: number): number | undefined {
    // "The Halcrest-Pellmark merger" opening a sentence: the pair after the capitalised "The".
    const at = this.tokens[from]?.key === 'the' ? from + 1 : from;
    const token = this.tokens[at];
    const noun = this.tokens[at + 1];
    if (!token?.capitalized || !noun?.isWord || noun.capitalized || !SHARED_NOUNS.has(noun.key)) return undefined;
    const parts = /^(\p{Lu}[\p{L}.'’]*)[-\u2010\u2013](\p{Lu}[\p{L}.'’]*)$/u.exec(token.text);
    if (!parts?.[1] || !parts[2]) return undefined;
    const sides: [string, number][] = [
      [parts[1], token.start],
      [parts[2], token.end - parts[2].length],
    ];
    for (const [index, [text, start]] of sides.entries()) {
      const part: Token = { ...token, text, start, end: start + text.length, key: text.toLowerCase() };
      // "Franco-German talks": the first side may be named by its combining form.
      const entry = matchPhrase([text], 0)?.entry ?? (index === 0 ? countryOfCombiningForm(text) : undefined);
      const known = this.actors.get(this.aliasIndex.get(part.key) ?? '');
      const actor = entry ? this.addActor(entry.name, entry.kind) : (known ?? this.organisation(text));
      if (entry && entry.name !== text) this.addAlias(actor, text);
      this.mention(actor, part, part, entry && entry.name !== text ? 'alias' : 'name');
    }
    return at + 1;
  }

  /**
   * "signed by Torvane, Pellmark and the Dravian government", "talks between Halcrest and the
   * union": a bare unknown word listed right after a named person or body (by a comma or "and"),
   * or after "between" and before "and", is a side of the same kind (a body when unknown). Not
   * after a country or a capital, whose lists go on with places ("Accra, Kumasi and Tamale").
   */
  private listedWith(at: number): 'person' | 'organization' | undefined {
    const before = this.tokens[at - 1];
    if (before?.key === 'between' && this.tokens[at + 1]?.key === 'and') return 'organization';
    if (before?.text !== ',' && before?.key !== 'and') return undefined;
    const joinerAt = before.key === 'and' && this.tokens[at - 2]?.text === ',' ? at - 2 : at - 1;
    const end = this.tokens[joinerAt - 1]?.end;
    const listed = this.found.find((mention) => mention.end === end);
    if (!listed || (listed.form !== 'name' && listed.form !== 'alias')) return undefined;
    const kind = this.actors.get(listed.actorId)?.kind;
    return kind === 'person' || kind === 'organization' ? kind : undefined;
  }

  /**
   * "sued its former supplier, Velto, on Monday", "met the club's chairman, Okafor,": a bare
   * unknown word set off by commas right after a noun phrase that describes it names what the noun
   * says: a body for a kind of body ("supplier", "rival", "club"), a person for a title or a person's
   * noun ("chairman", "farmer"). Not after a verb ("the company said, Velto").
   */
  private describedInApposition(at: number, end = at + 1): 'person' | 'organization' | undefined {
    const after = this.tokens[end]?.text;
    if (this.tokens[at - 1]?.text !== ',' || (after !== ',' && after !== '.')) return undefined;
    const noun = this.tokens[at - 2];
    if (!noun?.isWord || noun.capitalized) return undefined;
    let opener = at - 3;
    while (
      opener > at - 7 &&
      this.tokens[opener]?.isWord &&
      !DETERMINERS.has(keyOf(this.tokens[opener] ?? EMPTY_TOKEN))
    )
      opener -= 1;
    const determiner = this.tokens[opener];
    if (!determiner || !DETERMINERS.has(keyOf(determiner)) || (opener < at - 3 && noun.key.endsWith('ed')))
      return undefined;
    // "the head of the port authority, Rui Almeida,": the name is the phrase's head's, whom the
    // body's noun only qualifies.
    if (ORG_LINKS.has(this.tokens[opener - 1]?.key ?? '')) return undefined;
    if (KIND_NOUNS.has(noun.key) || RIVAL_NOUNS.has(noun.key) || APPOSED_BODY_NOUNS.has(noun.key))
      return 'organization';
    if (TITLE_HEADS.has(noun.key) || PERSON_NOUNS.has(noun.key)) return 'person';
    return undefined;
  }

  /**
   * "Halcrest's 2-1 win over Pellmark", "Velto's chief executive": a bare unknown word in the
   * possessive, before a lower-case word or a score, owns what follows: a body (or a person, whom
   * linkActorsAcrossArticles finds when another article names them). Not a day ("Monday's vote").
   */
  private isOwnerOfWhatFollows(at: number): boolean {
    const token = this.tokens[at];
    const next = this.tokens[at + 1];
    if (!token?.possessive || !isNameWord(token) || !this.mayBeLoneName(at) || !next) return false;
    if (weekdayNumber(token.key.replace(/['’]s?$/, '')) !== undefined) return false;
    if (monthNumber(token.key.replace(/['’]s?$/, '')) !== undefined) return false;
    return (next.isWord && !next.capitalized) || /^\d/.test(next.text);
  }

  /**
   * "The Wallabies beat the Pumas", "the Socceroos drew with Oman": after "the", one capitalised
   * plural that no gazetteer knows (not "the Philippines") is a team or a group known by a
   * nickname, when it acts or is beaten, met or played. Not a contest ("the Olympics will open").
   */
  private isSideNickname(at: number): boolean {
    const token = this.tokens[at];
    const next = this.tokens[at + 1];
    if (this.tokens[at - 1]?.key !== 'the' || !token || !isNameWord(token) || next?.capitalized) return false;
    if (!/[^su']s$/.test(token.key) || CONTEST_PLURALS.has(token.key) || this.phraseAt(at)) return false;
    const previous = this.tokens[at - 2]?.key ?? '';
    const verb = next?.key ?? '';
    return (
      MATCH_VERBS.has(verb) ||
      SIDE_VERBS.has(verb) ||
      BODY_VERBS.has(verb) ||
      PERSONAL_VERBS.has(verb) ||
      PERSON_VERBS.has(verb) ||
      // "lost 24-19 to the Springboks", "were beaten by the Pumas": the winner of a match.
      (previous === 'to' && this.tokens.slice(Math.max(0, at - 7), at - 2).some((word) => MATCH_VERBS.has(word.key))) ||
      (previous === 'by' && BEATEN.has(this.tokens[at - 3]?.key ?? '')) ||
      PERSON_OBJECT_VERBS.has(previous) ||
      previous === 'with' ||
      previous === 'against' ||
      previous === 'over'
    );
  }

  /**
   * Whether a bare unknown word stands where only a body (or a person) does: the agent of a
   * passive ("was fined on Thursday by Ofwat"), after a company's role ("chief executive of
   * Brightmoor"), after a country's possessive ("Brazil's Petrobras raised", "Russia's Gazprom"),
   * or after "the" as the subject of a verb only a body's members do ("The Bundestag voted", "The
   * Guardian reported"; "the Thames flooded" is no such verb).
   */
  private loneBodyCue(at: number): boolean {
    if (!this.mayBeLoneName(at) || this.isSentenceInitial(at)) {
      // A sentence's first word is a name only after "the": "The Bundestag voted".
      if (!(this.tokens[at - 1]?.key === 'the' && this.mayBeLoneName(at))) return false;
    }
    const before = this.tokens[at - 1];
    const next = this.tokens[at + 1];
    if (before?.key === 'by') return this.agentBy(at - 1);
    if (this.afterCorporateRole(at) || this.afterStake(at)) return true;
    if (before?.possessive && this.phraseAt(at - 1)?.entry?.kind === 'country')
      return !next?.capitalized && !PLACE_NOUNS.has(next?.key ?? '');
    if (before?.key === 'the') {
      const opener = this.tokens[at - 2];
      const opens = opener === undefined || CLAUSE_OPENERS.has(opener.key) || (!opener.isWord && opener.text !== '-');
      return opens && next !== undefined && (BODY_VERBS.has(next.key) || this.refersBackAsBody(at + 1));
    }
    return false;
  }

  /**
   * "The Bundesbank said on Monday it would cut ...", "The Riksbank cut its policy rate": a verb
   * after "the" and a bare name whose own clause refers back to the subject as "its" or as "it"
   * with a verb group ("it would", "it will", "it plans") is a body's; "The Dane said he would
   * retire" is a person's, and "said it was a hard year" refers to nothing.
   */
  private refersBackAsBody(verbAt: number): boolean {
    const verb = this.tokens[verbAt];
    if (!verb?.isWord || verb.capitalized || !/(?:ed|id|ys|ut|eld|ept|eft)$/.test(verb.key)) return false;
    for (let at = verbAt + 1; at < this.tokens.length && at <= verbAt + 10; at += 1) {
      const key = this.tokens[at]?.key ?? '';
      if (key === 'its') return true;
      if (PERSON_PRONOUNS.has(key) || key === ';') return false;
      if (key === 'it' && IT_VERB_GROUP.test(this.tokens[at + 1]?.key ?? '')) {
        return this.tokens[at + 2]?.key !== 'be';
      }
    }
    return false;
  }

  /**
   * "Mr Hallam's wife, Susan, said", "Her husband, Tomas,": a given name in apposition to a kin
   * noun is a person, who by news convention shares the surname of the one the noun belongs to
   * when that one is a named person ("Susan Hallam"); otherwise the given name alone.
   */
  private readRelative(at: number): boolean {
    const token = this.tokens[at];
    if (!token || !isNameWord(token) || token.possessive) return false;
    const comma = this.tokens[at - 1]?.text === ',';
    const kinAt = comma ? at - 2 : at - 1;
    const kin = this.tokens[kinAt];
    const gender = kin && !kin.capitalized ? KIN_GENDER.get(kin.key) : undefined;
    const after = this.tokens[at + 1];
    if (!gender || (comma && after?.text !== ',') || (!comma && after?.isWord && after.capitalized)) return false;
    const owner = this.tokens[kinAt - 1];
    if (!owner || !(owner.possessive || PRONOUN_GENDER.has(owner.key))) return false;
    const ownerMention = this.found.find((mention) => mention.start <= owner.start && mention.end >= owner.end);
    const ownerActor = ownerMention ? this.actors.get(ownerMention.actorId) : undefined;
    const surname =
      ownerActor?.kind === 'person'
        ? ownerActor.name.split(' ').at(-1)
        : owner.possessive && isNameWord(owner) && !ownerActor
          ? owner.text
          : undefined;
    const name = surname && surname !== token.text ? `${token.text} ${surname}` : token.text;
    const actor = this.addActor(name, 'person');
    const facts = this.facts.get(actor.id);
    if (facts) facts.gender ??= gender;
    this.mention(actor, token, token, 'name');
    return true;
  }

  /** The organisation a bare unknown word names; noted as a guess when the word was new. */
  private loneOrganisation(name: string): ActorDraft {
    const known = this.actors.size;
    const actor = this.organisation(name);
    if (this.actors.size > known && this.sentence) this.loneOrganisations.set(actor.id, this.sentence.index);
    return actor;
  }

  /**
   * "Ruto spoke on Monday. “It is over,” he told reporters.": a "he" or "she" that finds no person
   * is the one bare word guessed to be an organisation in this sentence or the one before (news
   * style names a body "it"); that guess was a person's surname.
   */
  private personFromLoneName(gender: 'male' | 'female', position: number): string | undefined {
    const sentence = this.sentence?.index ?? -1;
    const recent = [...this.loneOrganisations].filter(([id, at]) => {
      if (at < sentence - 1 || at > sentence) return false;
      return at < sentence || this.found.some((mention) => mention.actorId === id && mention.end <= position);
    });
    if (recent.length !== 1) return undefined;
    const [id] = recent[0] ?? [];
    const actor = this.actors.get(id ?? '');
    if (!actor || actor.kind !== 'organization' || actor.aliases.length > 0) return undefined;
    // Once "it", "its" or "the company" took the word up, it is the organisation it was guessed to be.
    const mentions = [...this.mentions, ...this.found].filter((mention) => mention.actorId === actor.id);
    if (mentions.some((mention) => mention.form !== 'name')) return undefined;
    actor.kind = 'person';
    this.facts.set(actor.id, { countries: new Set(), gender });
    this.loneOrganisations.delete(actor.id);
    return actor.id;
  }

  /**
   * "Okafor will fly", "Falk has resigned", "Brandt and Lind signed": the verb (its key) after a
   * bare name that opens a clause, past any names joined to it by "and".
   */
  private loneSubjectVerb(at: number): string | undefined {
    const before = this.tokens[at - 1];
    const pair = before !== undefined && PAIR_OPENERS.has(before.key) && this.isSentenceInitial(at - 1);
    if (
      before &&
      !pair &&
      !(CLAUSE_OPENERS.has(before.key) || (!before.isWord && before.text !== '-') || at === this.bodyWord)
    )
      return undefined;
    let cursor = this.afterTicker(at + 1);
    // "Brandt and Lind signed", "Brandt, Lind and Moor": other bare names joined to this one.
    for (let joined = 0; joined < 3; joined += 1) {
      const link = this.tokens[cursor];
      if (!link || !(link.key === 'and' || link.text === ',')) break;
      // "Velto and Halden Group signed": the name joined may be longer.
      let end = cursor + 1;
      while (end - cursor <= 4 && this.tokens[end]?.capitalized && !this.tokens[end]?.possessive) end += 1;
      if (end === cursor + 1 || this.tokens[end]?.possessive) break;
      cursor = end;
    }
    // "Okafor last week flew": a time before a verb only a person's ("Trading on Monday closed" is none).
    const timed = this.afterTimeAdverbial(cursor);
    if (timed !== cursor) {
      const verb = this.tokens[timed]?.key ?? '';
      return PERSONAL_VERBS.has(verb) ? verb : undefined;
    }
    // "Okafor, meanwhile, flew": a sentence adverb between commas.
    if (
      this.tokens[cursor]?.text === ',' &&
      SENTENCE_ADVERBS.has(this.tokens[cursor + 1]?.key ?? '') &&
      this.tokens[cursor + 2]?.text === ','
    )
      cursor += 3;
    // "Okafor, speaking at a rally on Saturday, said": a participle's aside between the name and its verb.
    const aside = this.pastParticipleAside(cursor);
    if (aside > cursor && PERSON_VERBS.has(this.tokens[aside]?.key ?? '')) return this.tokens[aside]?.key;
    cursor = aside;
    const first = this.tokens[cursor];
    // "Ruiz, who has led Velto since 2019, resigned": "who" is said of a person.
    if (first?.text === ',' && this.tokens[cursor + 1]?.key === 'who') return 'who';
    const speech = this.speechAfterWhichClause(cursor);
    if (speech !== undefined) return speech;
    if (!first?.isWord || first.capitalized) return undefined;
    if (LONE_AUXILIARIES.has(first.key)) {
      const verb = this.tokens[cursor + 1];
      if (!verb?.isWord || verb.capitalized || ['be', 'been', 'not'].includes(verb.key)) return undefined;
      return verb.key;
    }
    // "Velto plans to open", "Okafor is expected to travel": a plan, and what is planned.
    const planned = PLAN_VERBS.has(first.key)
      ? cursor + 1
      : PASSIVE_AUXILIARIES.has(first.key) && PLAN_ADJECTIVES.has(this.tokens[cursor + 1]?.key ?? '')
        ? cursor + 2
        : undefined;
    if (planned !== undefined && this.tokens[planned]?.key === 'to') {
      const verb = this.tokens[planned + 1];
      if (verb && PERSONAL_VERBS.has(verb.key)) return verb.key;
      if (verb && AGENT_INFINITIVES.has(verb.key)) return first.key;
    }
    if (PASSIVE_AUXILIARIES.has(first.key)) {
      const verb = this.tokens[cursor + 1];
      return verb && (PERSONAL_VERBS.has(verb.key) || SUFFERED_BY_BODIES.has(verb.key)) ? verb.key : undefined;
    }
    return LONE_PAST.test(first.key) || IRREGULAR_PAST.has(first.key) ? first.key : undefined;
  }

  /**
   * "Arianespace, which operates the rocket, said": a "which" clause between commas, then a verb of
   * saying. "Which" is said of no person, and what speaks is a body (a mission or a storm "which"
   * does something is no speaker). So is an aside telling how a body was made or where it sits
   * ("Kestrav, founded in 2014 and now the third-largest acquirer, said"). The verb, or undefined.
   */
  private speechAfterWhichClause(comma: number): string | undefined {
    const opener = this.tokens[comma + 1]?.key ?? '';
    if (this.tokens[comma]?.text !== ',' || !(opener === 'which' || BODY_PARTICIPLES.has(opener))) return undefined;
    for (let cursor = comma + 2; cursor < this.tokens.length && cursor <= comma + 16; cursor += 1) {
      const token = this.tokens[cursor];
      if (!token || token.text === ';' || token.text === ':' || QUOTE_OPENERS.has(token.text)) return undefined;
      if (token.text !== ',') continue;
      const verb = this.tokens[cursor + 1];
      return verb && PERSON_VERBS.has(verb.key) ? verb.key : undefined;
    }
    return undefined;
  }

  /**
   * "Velmora (VLM.L) cut its forecast", "Kestrel (NYSE: KST) said": where the sentence goes on
   * after a stock ticker or initials in parentheses at `at` (capitals, digits, dots and a colon
   * only), or `at` when there is none.
   */
  private afterTicker(at: number): number {
    if (this.tokens[at]?.text !== '(') return at;
    for (let cursor = at + 1; cursor < this.tokens.length && cursor <= at + 5; cursor += 1) {
      const token = this.tokens[cursor];
      if (!token) return at;
      if (token.text === ')') return cursor > at + 1 ? cursor + 1 : at;
      if (!/^[\p{Lu}\d.:]+$/u.test(token.text)) return at;
    }
    return at;
  }
  /**
   * "Orbitel on Tuesday said", "Velmora late on Monday announced", "Kestrel yesterday told": wire copy
   * puts the day between a subject and its verb. Where the sentence goes on after such a time
   * adverbial at `at` (a weekday, "yesterday", "last week", "on Jan. 5"), or `at` when there is none.
   * Only a verb of saying is read past it: "Voting on Sunday ended" and "Snow on Monday closed" are
   * no bodies.
   */
  private afterTimeAdverbial(at: number): number {
    let cursor = at;
    if (['early', 'late'].includes(this.tokens[cursor]?.key ?? '')) cursor += 1;
    if (this.tokens[cursor]?.key === 'on') cursor += 1;
    const head = this.tokens[cursor];
    if (!head) return at;
    if (weekdayNumber(head.key) !== undefined) {
      cursor += 1;
      if (DAY_PARTS.has(this.tokens[cursor]?.key ?? '')) cursor += 1;
    } else if (monthNumber(head.key) !== undefined && /^\d{1,2}$/.test(this.tokens[cursor + 1]?.text ?? '')) {
      cursor += 2;
    } else if (['yesterday', 'today', 'tonight'].includes(head.key) && cursor === at) {
      cursor += 1;
    } else if (
      ['last', 'this'].includes(head.key) &&
      cursor === at &&
      RELATIVE_SPANS.has(this.tokens[cursor + 1]?.key ?? '')
    ) {
      cursor += 2;
    } else return at;
    const verb = this.tokens[cursor];
    return verb?.isWord && !verb.capitalized ? cursor : at;
  }

  /**
   * Where the verb after a name's aside stands: ", speaking at a rally in Ibadan on Saturday, said"
   * is read from "said". An aside that opens with a present participle and closes with a comma
   * within a few words; `at` itself when there is none.
   */
  private pastParticipleAside(at: number): number {
    if (this.tokens[at]?.text !== ',') return at;
    const participle = this.tokens[at + 1];
    if (!participle?.isWord || participle.capitalized || !/[a-z]{2,}ing$/.test(participle.key)) return at;
    for (let cursor = at + 2; cursor < this.tokens.length && cursor <= at + 16; cursor += 1) {
      const token = this.tokens[cursor];
      if (!token || token.text === ';' || token.text === ':' || QUOTE_OPENERS.has(token.text)) return at;
      if (token.text === ',') return cursor + 1;
    }
    return at;
  }

  /** "Police arrested Kowalski on Tuesday", "met Okafor": a bare name right after a verb that takes a person. */
  private loneObjectVerb(at: number): string | undefined {
    const verb = this.tokens[at - 1];
    const after = this.tokens[at + 1];
    if (!verb || after?.capitalized) return undefined;
    // "a supply deal with Halcrest", "a lawsuit against Pellmark": the other side of a dealing.
    const noun = this.tokens[at - 2]?.key ?? '';
    const ends = !after?.isWord || NOUN_PHRASE_ENDS.has(after.key) || after.key === 'over' || after.key === 'to';
    if ((verb.key === 'with' || verb.key === 'against') && DEALING_NOUNS.has(noun) && ends) return noun;
    // "according to Halcrest": a source, a body or a person.
    if (verb.key === 'to' && noun === 'according' && ends) return noun;
    if (verb.key === 'called' && this.isPhoneCall(at)) return verb.key;
    if (!PERSON_OBJECT_VERBS.has(verb.key)) return undefined;
    return verb.key;
  }

  /**
   * "Macron called Scholz on Monday", "She called Okafor to offer her condolences": "called" after
   * a name or a pronoun, before a time or a purpose, is a phone call to whom it names (not "a group
   * called Hamas", "a man called Ruiz").
   */
  private isPhoneCall(at: number): boolean {
    const caller = this.tokens[at - 2];
    const after = this.tokens[at + 1];
    if (!caller?.isWord || !after?.isWord || !CALL_TIME_WORDS.has(after.key)) return false;
    return (
      (caller.capitalized && !this.isSentenceInitial(at - 2)) ||
      CALLER_PRONOUNS.has(caller.key) ||
      this.found.some((mention) => mention.end === caller.end)
    );
  }

  /** Not a word that only opens the sentence, nor a common noun by its form ("Inflation", "Voters"). */
  /**
   * '"We are worried," said Dogan.': the word right after a quotation's closing mark and its verb
   * of saying, ending the attribution, is who spoke; a bare surname the text never gave in full
   * (wire copy and local papers name a second speaker so), and a person: bodies are quoted as
   * "the ministry said".
   */
  private isInvertedSpeaker(at: number): boolean {
    const verb = this.tokens[at - 1];
    const mark = this.tokens[at - 2];
    const after = this.tokens[at + 1];
    if (!verb || !mark || !INVERTED_SAYING.has(verb.key) || !CLOSING_QUOTES.has(mark.text)) return false;
    return !after || after.text === '.' || after.text === ',' || after.text === ';';
  }

  /**
   * "Separatist fighters", "Islamist militants", "Armed rebels": a word for what fighters are,
   * capitalised to open the sentence, names no group.
   */
  private isFightersAdjective(at: number): boolean {
    const key = keyOf(this.tokens[at] ?? EMPTY_TOKEN);
    return this.lowerWords.has(key) || COMMON_CAPITALISED.has(key) || /(?:ist|ed|ic|al|ian|ese|ish|ary)$/.test(key);
  }

  /**
   * Whether a lower-case noun for a person stands right before `at`: an office or a trade
   * ("striker", "president") or what a story calls someone ("singer", "novelist"); not one that a
   * team or a firm is called too ("the cup winner Liverpool", "the favourite Kestrel").
   */
  private isPersonNounBefore(at: number): boolean {
    const noun = this.tokens[at - 1];
    if (!noun?.isWord || noun.capitalized || noun.possessive || SIDE_DESCRIPTIONS.has(noun.key)) return false;
    return isHead(noun.key) || PERSON_NOUNS.has(noun.key) || PERSON_REFERENCE_NOUNS.has(noun.key);
  }

  private mayBeLoneName(at: number): boolean {
    const token = this.tokens[at];
    if (!token || COMMON_NOUN_ENDING.test(token.key) || INDEFINITE_PRONOUN.test(token.key)) return false;
    if (this.phraseAt(at)) return false;
    // "Voters", "Gunmen": a plural opens the sentence; not before a verb that agrees with one
    // ("Barnes was jailed", "Hughes has resigned").
    const singularVerb = SINGULAR_AUXILIARIES.has(this.tokens[at + 1]?.key ?? '');
    return !(this.isSentenceInitial(at) && /(?:[^aiuos]s|men)$/.test(token.key) && !singularVerb);
  }

  /**
   * ", the augmented-reality startup founded by ...", ", a maker of heat pumps,": an apposition at
   * `at` whose head is an organisation noun, which makes the name before it an organisation.
   */
  private organisationApposition(at: number): boolean {
    if (this.tokens[at]?.text !== ',') return false;
    let cursor = at + 1;
    const placeOwner = this.placePossessiveEnd(cursor);
    if (placeOwner !== undefined) cursor = placeOwner - 1;
    else if (!['a', 'an', 'the'].includes(keyOf(this.tokens[cursor] ?? EMPTY_TOKEN))) return false;
    for (cursor += 1; cursor < this.tokens.length && cursor <= at + 7; cursor += 1) {
      const token = this.tokens[cursor];
      if (!token?.isWord) return false;
      const key = keyOf(token);
      const demonym = token.capitalized && this.phraseAt(cursor)?.form === 'demonym';
      // "the Ruiz family's holding company", "the Halden Group's unit": an owner may be named.
      const owner = token.possessive || this.tokens[cursor + 1]?.possessive === true;
      if ((token.capitalized && !demonym && !owner) || NON_NAME_WORDS.has(key)) return false;
      if (!ORG_REFERENCE_NOUNS.has(key) || demonym) continue;
      if (token.possessive) return false;
      const next = this.tokens[cursor + 1];
      const nextKey = next ? keyOf(next) : '';
      // "a company director", "the district collector": the noun qualifies a title or what
      // someone does, and the name is a person's.
      return !(
        next?.isWord &&
        (TITLE_HEADS.has(nextKey) ||
          ORG_MEMBER_NOUNS.has(nextKey) ||
          ORG_REFERENCE_NOUNS.has(nextKey) ||
          isAgentNoun(next, this.tokens[cursor + 2]))
      );
    }
    return false;
  }

  /**
   * ", India's largest carrier,", ", South Africa's biggest lender,": a country or a city in the
   * possessive opens an apposition as "the" does. The index after it, or undefined.
   */
  private placePossessiveEnd(at: number): number | undefined {
    const phrase = this.phraseAt(at);
    if (!phrase?.entry || phrase.form === 'demonym' || phrase.entry.kind === 'organization') return undefined;
    const end = at + phrase.words.length;
    return this.tokens[end - 1]?.possessive ? end : undefined;
  }

  /** "von der Leyen" mid-sentence: a lower-case particle starting a known name. */
  private readParticleName(at: number): number | undefined {
    const token = this.tokens[at];
    if (!isParticle(token)) return undefined;
    for (let length = 4; length >= 2; length -= 1) {
      const last = this.tokens[at + length - 1];
      if (!token || !last?.capitalized) continue;
      const id = this.aliasIndex.get(
        this.words
          .slice(at, at + length)
          .join(' ')
          .toLowerCase(),
      );
      const actor = id ? this.actors.get(id) : undefined;
      if (!actor) continue;
      this.addAlias(actor, this.text(token, last));
      this.mention(actor, token, last, 'alias');
      return at + length;
    }
    return undefined;
  }

  // ---- references without a name ----

  /** Parses "the [U.S.|Russian] [foreign] minister" from `at`; returns what it names. */
  private titlePhrase(from: number): { end: number; country?: PlaceEntry; words: string[]; head: string } | undefined {
    let at = from;
    let country: PlaceEntry | undefined;
    const words: string[] = [];
    let head = '';
    let headAt = -1;
    while (at < this.tokens.length && at - from < 6) {
      const token = this.tokens[at];
      if (!token?.isWord) break;
      const phrase = this.phraseAt(at);
      if (phrase?.entry && phrase.entry.kind === 'country' && !country) {
        country = phrase.entry;
        at += phrase.words.length;
        continue;
      }
      // "the ex-minister": the office a former holder is known by.
      const key =
        /^ex-\p{Ll}/u.test(token.key) && TITLE_HEADS.has(token.key.slice(3)) ? token.key.slice(3) : keyOf(token);
      if (TITLE_HEADS.has(key) && !HONORIFICS.has(key)) {
        words.push(key);
        head = key;
        headAt = at;
        at += 1;
        // "secretary of state", "minister of defense"
        if (this.tokens[at]?.text === 'of') {
          // "chief of the defence staff"
          let cursor = at + 1;
          const article = this.tokens[cursor]?.text === 'the';
          if (article) cursor += 1;
          const complement: string[] = [];
          while (cursor < this.tokens.length && complement.length < 3) {
            const word = this.tokens[cursor];
            const key = word ? keyOf(word) : '';
            if (!word?.isWord || !TITLE_MODIFIERS.has(key) || JOINERS.has(key) || this.phraseAt(cursor)) break;
            complement.push(key);
            cursor += 1;
          }
          if (complement.length > 0) {
            words.push('of', ...(article ? ['the'] : []), ...complement);
            at = cursor;
            headAt = at - 1;
          }
        }
        continue;
      }
      if (headAt < 0 && TITLE_MODIFIERS.has(key) && key !== 'the' && key !== 'of' && key !== 'and') {
        words.push(key);
        at += 1;
        continue;
      }
      break;
    }
    if (headAt < 0) return undefined;
    const end = headAt + 1;
    // A name right after is a titled name, not a reference.
    if (isNameWord(this.tokens[end]) || this.tokens[end]?.text === 'of') return undefined;
    // ", Name": an apposition that names the person, read with the name.
    if (this.tokens[end]?.text === ',' && isNameWord(this.tokens[end + 1]) && isNameWord(this.tokens[end + 2])) {
      return undefined;
    }
    // The title words must end at the head ("the foreign ministry" is not a person).
    const result: { end: number; country?: PlaceEntry; words: string[]; head: string } = { end, words, head };
    if (country) result.country = country;
    return result;
  }

  private readTitleReference(at: number): number | undefined {
    const token = this.tokens[at];
    if (!token || keyOf(token) !== 'the') return undefined;
    // "the country's housing minister": the office of the country the text is about, as "the".
    const from = ownCountryPossessive(this.tokens[at + 1]) ? at + 2 : at + 1;
    // "The new governor cut rates": the office of the one just appointed to it.
    const phrase = this.titlePhrase(this.tokens[from]?.key === 'new' ? from + 1 : from);
    if (!phrase) return undefined;
    const person = this.findByTitle(phrase.words, phrase.head, phrase.country) ?? this.formerHolder(phrase, at);
    const last = this.tokens[phrase.end - 1];
    if (!person || !last) return undefined;
    this.addAlias(person, this.text(token, last));
    this.mention(person, token, last, 'title');
    this.readPlaces(at + 1, phrase.end, person.id);
    return phrase.end;
  }

  /**
   * "Ana Ruiz was elected party leader on Sunday. The former foreign minister will meet ...": an
   * office once held, which the text had not told, opening a new fact as its subject, is the one
   * person named in the sentence before (lonePersonBefore); several there, and it is nobody.
   */
  private formerHolder(phrase: { end: number; words: string[]; country?: PlaceEntry }, at: number) {
    if (phrase.words[0] !== 'former' || phrase.country || !this.sentence || !this.verbFollows(phrase.end))
      return undefined;
    if (this.found.some((mention) => mention.start < (this.tokens[at]?.start ?? 0) && !mention.inQuote))
      return undefined;
    const id = lonePersonBefore(this.history, this.sentence.index, 2, this.quotedSentences);
    return id === undefined ? undefined : this.actors.get(id);
  }

  /**
   * "Halcrest Energy appointed Maria Lind as chief executive. Its chief executive will visit Oslo",
   * "the company's chief executive", "Halcrest's chairman": an office of a body named just before
   * it, with no name after, is the person holding that office whom the text named together with
   * that body. Someone holding it elsewhere ("Rival Orvel Bank's chief executive") is not.
   */
  private readOwnedTitleReference(at: number): number | undefined {
    const owner = this.found.at(-1);
    const before = this.tokens[at - 1];
    if (!owner || !before || owner.end !== before.end || !this.tokens[at]?.isWord) return undefined;
    if (!before.possessive && before.key !== 'its') return undefined;
    if (this.actors.get(owner.actorId)?.kind !== 'organization') return undefined;
    const phrase = this.titlePhrase(at);
    if (!phrase || phrase.country) return undefined;
    const together = this.sentencesNaming(owner.actorId);
    const person = this.findByTitle(phrase.words, phrase.head, undefined);
    const first = this.tokens[at];
    const last = this.tokens[phrase.end - 1];
    if (!person || !first || !last) return undefined;
    if (![...this.sentencesNaming(person.id)].some((sentence) => together.has(sentence))) return undefined;
    // The body describes the person here, as in "Halcrest Energy's chief executive Maria Lind".
    owner.titleOf ??= person.id;
    this.mention(person, first, last, 'title');
    return phrase.end;
  }

  /** The sentences (indexes) that mention an actor so far, outside quotations. */
  private sentencesNaming(actorId: string): Set<number> {
    const found = new Set<number>();
    for (const mention of [...this.mentions, ...this.found]) {
      if (mention.actorId !== actorId || mention.inQuote) continue;
      const sentence = this.sentences.findIndex((entry) => entry.start <= mention.start && mention.end <= entry.end);
      if (sentence >= 0) found.add(sentence);
    }
    return found;
  }

  /**
   * "The Castlebridge United striker", "the Orvel Motors chief": a body's name before a noun for
   * one of its people is the person the text gave that role, with the body in it ("Castlebridge
   * United striker Kwame Osei"); the body itself does not act. No such person: left to the other
   * readers.
   */
  private readMemberReference(at: number): number | undefined {
    const article = this.tokens[at];
    if (article?.key !== 'the') return undefined;
    // "the former Harrow boss": a tenure word before the body.
    const from = TENURE_WORDS.has(this.tokens[at + 1]?.key ?? '') ? at + 2 : at + 1;
    const found = memberNounAfter(this.tokens, from);
    if (found === undefined) return undefined;
    const first = this.tokens[from];
    const last = this.tokens[found.noun - 1];
    const noun = this.tokens[found.noun];
    const end = this.tokens[found.last];
    if (!first || !last || !noun || !end) return undefined;
    // "the Orvel Motors chief executive, Ana Ruiz,": the name given is who it is.
    let next = found.last + 1;
    if (this.tokens[next]?.text === ',') next += 1;
    if (this.tokens[next]?.capitalized) return undefined;
    const body = this.text(first, last).toLowerCase();
    const person =
      this.mostRecent((actor) =>
        actor.roles.some((role) => {
          const words = role.toLowerCase();
          return words.includes(body) && words.split(/\s+/).includes(noun.key);
        }),
      ) ?? this.describedAnew();
    if (!person) return undefined;
    this.addRole(person, this.text(this.tokens[at + 1] ?? first, end));
    // The body is read as itself (so "Castlebridge" later is still Castlebridge United), as a
    // description of the person.
    const read = this.found.length;
    this.readRun(from);
    for (const mention of this.found.slice(read)) mention.titleOf ??= person.id;
    this.mention(person, noun, end, 'title');
    return found.last + 1;
  }

  /**
   * "the board", "the ministry's", "the 27-member bloc", "the Dutch company": a common noun, after
   * at most two modifiers, that refers back to an organisation named before.
   */
  private readOrganisationReference(at: number): number | undefined {
    const article = this.tokens[at];
    if (!article) return undefined;
    // "a union spokesman said", "an airline official said": the body speaks through them.
    const voiced =
      (keyOf(article) === 'a' || keyOf(article) === 'an') && VOICE_NOUNS.has(this.tokens[at + 2]?.key ?? '');
    if (keyOf(article) !== 'the' && !voiced) return undefined;
    for (let nounAt = at + 1; nounAt <= (voiced ? at + 1 : at + 4); nounAt += 1) {
      const noun = this.tokens[nounAt];
      if (!noun) return undefined;
      // "the 27-member bloc"
      if (!noun.isWord && (/^\p{N}/u.test(noun.text) || noun.text === '-')) continue;
      if (!noun.isWord) return undefined;
      const key = keyOf(noun);
      const demonym = this.phraseAt(nounAt)?.form === 'demonym';
      if (noun.capitalized && !demonym) return undefined;
      if (
        (!ORG_REFERENCE_NOUNS.has(key) && !this.tradeNouns.has(key) && !this.isGoverningBody(nounAt)) ||
        noun.capitalized
      ) {
        if (noun.possessive || NON_NAME_WORDS.has(key) || PERSON_VERBS.has(key) || DETERMINERS.has(key))
          return undefined;
        continue;
      }
      // "The Russian side said": a country's side in talks, not a sports club.
      if (CLUB_NOUNS.has(key) && !ORG_SUFFIXES.has(key) && this.demonymBetween(at + 1, nounAt)) return undefined;
      const next = this.tokens[nounAt + 1];
      // "the school board", "the university council": the first noun qualifies the second.
      if (!noun.possessive && next?.isWord && !next.capitalized && UNNAMED_BODY_NOUNS.has(next.key)) continue;
      // "the Bank of England", "the board Chair Ana Ruiz": the noun starts a name or a title.
      if (!noun.possessive && next && (next.text === 'of' || next.capitalized)) return undefined;
      const actor =
        this.organisationWithModifier(key, at + 1, nounAt) ??
        this.organisationNamedBy(key, this.subjectActedOn(at)) ??
        this.unnamedBody(at + 1, nounAt);
      if (!actor) return undefined;
      // "the board" once meant the National Bank of Romania: it goes on meaning it.
      const nouns = this.referredAs.get(actor.id);
      if (nouns) nouns.add(key);
      else this.referredAs.set(actor.id, new Set([key]));
      this.mention(actor, article, noun, 'title');
      return nounAt + 1;
    }
    return undefined;
  }

  /**
   * "Union leaders said on Tuesday they would strike", "..., ministry officials said": a kind of
   * body's noun right before a plural of the people who speak for it, as a verb's subject, is the
   * body of that kind named before (organisationNamedBy); the people themselves stay unnamed. None
   * named: left to the other readers.
   */
  private readBodyVoices(at: number): number | undefined {
    const noun = this.tokens[at];
    const voices = this.tokens[at + 1];
    if (!noun?.isWord || noun.possessive || !ORG_REFERENCE_NOUNS.has(noun.key)) return undefined;
    if (noun.capitalized && !this.isSentenceInitial(at)) return undefined;
    if (!voices?.isWord || voices.capitalized || !BODY_VOICES.has(voices.key) || !this.verbFollows(at + 2))
      return undefined;
    const actor = this.organisationNamedBy(noun.key);
    if (!actor) return undefined;
    this.mention(actor, noun, noun, 'title');
    return at + 1;
  }

  /**
   * "The governing body said": a sport's or a profession's body (an association, a federation, a
   * league) named before. "The body" alone is as often a dead person's.
   */
  private isGoverningBody(nounAt: number): boolean {
    return this.tokens[nounAt]?.key === 'body' && this.tokens[nounAt - 1]?.key === 'governing';
  }

  /**
   * "the town council" after "Bradstow Town Council" and "Wiltshire Council", "the district court"
   * after "the Harris County District Court" and "the Texas Supreme Court": a lower-case word before
   * the noun that is a word of a body's name picks that body, the latest so named, over one
   * mentioned later without it. None so named: undefined (the latest of the kind is read).
   */
  private organisationWithModifier(noun: string, from: number, nounAt: number): ActorDraft | undefined {
    const modifiers = this.tokens
      .slice(from, nounAt)
      .filter((token) => token.isWord && !token.capitalized && !TENURE_WORDS.has(token.key) && token.key !== 'new')
      .map((token) => token.key);
    if (modifiers.length === 0) return undefined;
    const ids = [...this.organisationHistory, ...this.found.map((mention) => mention.actorId)];
    for (let index = ids.length - 1; index >= 0; index -= 1) {
      const actor = this.actors.get(ids[index] ?? '');
      if (!actor || actor.kind === 'person' || actor.kind === 'country') continue;
      const words = actor.name.toLowerCase().split(/\s+/);
      if (words.includes(noun) && modifiers.some((modifier) => words.includes(modifier))) return actor;
    }
    return undefined;
  }

  /**
   * "The sheriff's office announced" after "the Tamarack County Sheriff's Office", "the attorney
   * general's office said" after "the Kessa Attorney General's Office": an office or department
   * named by its holder's title is the body whose name ends in the same words. No such body: left
   * to the other readers ("the governor's office said" speaks for the governor).
   */
  private readOfficeOfTitle(at: number): number | undefined {
    if (this.tokens[at]?.key !== 'the') return undefined;
    let ownerAt = at + 1;
    while (ownerAt <= at + 3 && this.tokens[ownerAt]?.isWord && !this.tokens[ownerAt]?.possessive) ownerAt += 1;
    const owner = this.tokens[ownerAt];
    const noun = this.tokens[ownerAt + 1];
    if (!owner?.possessive || !noun?.isWord || noun.capitalized || !ORG_REFERENCE_NOUNS.has(noun.key)) return undefined;
    const words = this.tokens.slice(at + 1, ownerAt + 1);
    if (words.some((word) => word.capitalized || !word.isWord)) return undefined;
    // The owner's token is the word without its "'s": so the name is compared without it.
    const tail = `${words.map((word) => word.key).join(' ')} ${noun.key}`;
    const body = [...this.actors.values()].findLast(
      (actor) =>
        actor.kind !== 'person' &&
        actor.kind !== 'country' &&
        actor.name
          .toLowerCase()
          .replace(/['’]s\b/g, '')
          .endsWith(tail),
    );
    const article = this.tokens[at];
    if (!body || !article) return undefined;
    this.mention(body, article, noun, 'title');
    return ownerAt + 2;
  }

  /**
   * "the justices granted a request" after "the Supreme Court", "the councillors voted" after "the
   * Harrow Vale Council": those who sit on a body, as a whole, are the body when the text has named
   * one of that kind (SITTING_MEMBERS). No such body: left to the other readers.
   */
  private readSittingMembers(at: number): number | undefined {
    const noun = this.tokens[at + 1];
    if (this.tokens[at]?.key !== 'the' || !noun?.isWord || noun.capitalized) return undefined;
    const bodies = SITTING_MEMBERS.get(noun.key);
    const next = this.tokens[at + 2];
    // "the judges of the appeal court", "the councillors' votes": someone else's, or theirs as people.
    if (!bodies || noun.possessive || next?.key === 'of' || next?.key === 'who') return undefined;
    const article = this.tokens[at];
    // "The 9th Circuit ruled in March, and the justices agreed in June": justices sit on a court of
    // last resort, when the text has named one.
    const apex =
      noun.key === 'justices'
        ? [...this.actors.values()].findLast(
            (actor) => actor.kind !== 'person' && actor.kind !== 'country' && APEX_COURT.test(actor.name),
          )
        : undefined;
    if (apex && article) {
      this.mention(apex, article, noun, 'title');
      return at + 2;
    }
    for (const body of bodies) {
      const actor = this.organisationNamedBy(body);
      if (!actor || !article) continue;
      this.mention(actor, article, noun, 'title');
      return at + 2;
    }
    return undefined;
  }

  /**
   * "The Commission said" after "the European Commission", "the Court" after "the High Court of
   * Kenya", "the Bank" after "the Czech National Bank": "the" and the capitalised word a body's name
   * is built on is that body, the one mentioned last whose name holds the word. No such body: left
   * to the other readers.
   */
  private readShortBodyName(at: number): number | undefined {
    const noun = this.tokens[at + 1];
    if (this.tokens[at]?.key !== 'the' || !noun?.capitalized || !ORG_REFERENCE_NOUNS.has(noun.key)) return undefined;
    const next = this.tokens[at + 2];
    if (!noun.possessive && next && (next.capitalized || next.key === 'of' || next.key === 'for')) return undefined;
    const holdsNoun = (id: string): ActorDraft | undefined => {
      const actor = this.actors.get(id);
      if (!actor || actor.kind === 'person' || actor.kind === 'country') return undefined;
      const words = actor.name.toLowerCase().split(/\s+/);
      return words.length > 1 && words.includes(noun.key) ? actor : undefined;
    };
    const ids = [...this.organisationHistory, ...this.found.map((mention) => mention.actorId)];
    let actor: ActorDraft | undefined;
    for (let index = ids.length - 1; index >= 0 && !actor; index -= 1) actor = holdsNoun(ids[index] ?? '');
    const article = this.tokens[at];
    if (!actor || !article) return undefined;
    // "The Ministry" has stood for the Ministry of Health: it goes on doing so past a Ministry of
    // Education mentioned in passing some sentences back, not one named in this sentence or the last.
    const before = this.shortNameReferents.get(noun.key);
    const established = before !== undefined && before !== actor.id ? holdsNoun(before) : undefined;
    if (established && !this.namedLately(actor.id)) actor = established;
    this.shortNameReferents.set(noun.key, actor.id);
    this.addAlias(actor, this.text(noun, noun).replace(/['’]s$/, ''));
    this.mention(actor, article, noun, 'title');
    return at + 2;
  }

  /** Whether an actor is named (not referred to by a short name) in this sentence or the one before. */
  private namedLately(actorId: string): boolean {
    if (this.found.some((mention) => mention.actorId === actorId && mention.form !== 'title')) return true;
    const from = this.sentences[(this.sentence?.index ?? 0) - 1]?.start ?? 0;
    for (let index = this.mentions.length - 1; index >= 0; index -= 1) {
      const mention = this.mentions[index];
      if (!mention || mention.start < from) break;
      if (mention.actorId === actorId && mention.form !== 'title') return true;
    }
    return false;
  }

  /**
   * "The Senate voted", "the Cabinet approved", "Parliament passed the bill": a legislature or a
   * government's council that the text names by its capitalised noun alone, no body named before
   * holding the noun (readShortBodyName reads those). Not a word of a longer name ("the Senate
   * Finance Committee", "the Council of Europe"); "the House" and a noun without "the" only as a
   * verb's subject or a passive's agent ("the House voted", "approved by Parliament").
   */
  private readInstitutionNoun(at: number): number | undefined {
    const nounAt = this.tokens[at]?.key === 'the' ? at + 1 : at;
    const noun = this.tokens[nounAt];
    if (!noun?.capitalized || !INSTITUTION_NOUNS.has(noun.key)) return undefined;
    const next = this.tokens[nounAt + 1];
    if (!noun.possessive && next && (next.capitalized || next.key === 'of' || next.key === 'for')) return undefined;
    // "the Council on Regional Affairs"
    if (this.namesWhatOn(nounAt + 1)) return undefined;
    // "the Senate majority leader", "the Treasury secretary": the noun qualifies a title.
    const qualifies =
      next?.isWord === true && (isHead(next.key) || (TITLE_MODIFIERS.has(next.key) && !ORG_LINKS.has(next.key)));
    if (!noun.possessive && qualifies && next?.key !== 'and' && next?.key !== 'the') return undefined;
    const before = this.tokens[at - 1];
    const acts = noun.possessive || this.verbFollows(nounAt + 1) || (before?.key === 'by' && this.agentBy(at - 1));
    if (nounAt === at) {
      // "European Parliament" is read as a run; a capitalised word before it makes it part of one.
      if (!THELESS_INSTITUTION_NOUNS.has(noun.key) || (before?.capitalized && !this.isSentenceInitial(at)) || !acts)
        return undefined;
    } else if (noun.key === 'house' && !acts) return undefined;
    const first = this.tokens[at];
    if (!first) return undefined;
    const word = noun.text.replace(/['’]s$/, '');
    // "the Commission" in a story about the European Union is its Commission.
    const union = EU_INSTITUTION_NOUNS.has(noun.key) && this.aliasIndex.has('european union');
    const actor = union ? this.organisation(`European ${word}`) : this.organisation(word);
    if (union) this.addAlias(actor, word);
    this.mention(actor, first, noun, union ? 'alias' : 'name');
    return nounAt + 1;
  }

  /**
   * "The electoral commission will certify ...", "the finance ministry said": a public body the
   * text names only by what it is, when no body named before fits. Its name is the words as
   * written, in lower case ("electoral commission"); only modifiers that say what kind of body it is
   * may stand before the noun.
   */
  private unnamedBody(from: number, nounAt: number): ActorDraft | undefined {
    const name = this.unnamedBodyName(from, nounAt);
    return name === undefined ? undefined : this.organisation(name);
  }

  /** The words from `from` to the noun at `nounAt` as the name of a body they say what it is of, in lower case. */
  private unnamedBodyName(from: number, nounAt: number): string | undefined {
    const noun = this.tokens[nounAt];
    const first = this.tokens[from];
    if (!noun || !first) return undefined;
    const compound = BODY_NOUN_COMPOUNDS.get(noun.key);
    if (compound) {
      // "the coast guard": the one word that makes the noun a body's, and nothing before it.
      const before = this.tokens[nounAt - 1];
      if (from !== nounAt - 1 || !before || before.capitalized || !compound.has(before.key)) return undefined;
      return this.text(first, noun).toLowerCase();
    }
    if (!UNNAMED_BODY_NOUNS.has(noun.key)) return undefined;
    // "the commission" alone says too little to name a body; "the electoral commission" does.
    if (from === nounAt && !BARE_BODY_NOUNS.has(noun.key)) return undefined;
    for (let at = from; at < nounAt; at += 1) {
      const token = this.tokens[at];
      if (
        !token?.isWord ||
        token.capitalized ||
        !(TITLE_MODIFIERS.has(token.key) || BODY_MODIFIERS.has(token.key)) ||
        DETERMINERS.has(token.key)
      )
        return undefined;
    }
    return this.text(first, noun).toLowerCase();
  }

  /**
   * "the Rivermouth Dockers", "the Osk Mariners": after "the", a capitalised plural of doers that
   * ends a run of names (no title, no place) is a side's or a band's name, a body's (lower case,
   * "the Rivermouth dockers" are people of a trade). Not "the Panama Papers": no doers.
   */
  private isSideName(start: number, end: number): boolean {
    const last = this.tokens[end - 1];
    if (end - start < 2 || keyOf(this.tokens[start - 1] ?? EMPTY_TOKEN) !== 'the' || !last?.capitalized) return false;
    if (last.possessive || !PLURAL_NOUN.test(last.key) || NOT_DOERS.has(last.key)) return false;
    for (let at = start; at < end; at += 1) {
      const token = this.tokens[at];
      if (!token?.isWord || !token.capitalized || isTitleWord(token) || this.phraseAt(at)) return false;
    }
    return true;
  }

  /**
   * "The Furey family sued the city", "the Okafor-Reyes family", "Furey family members said": a
   * family named by its surname acts as one group (its surname is no person's name, though one of
   * them may bear it). Without "the", only a surname no other name word runs into.
   */
  private readFamily(at: number): number | undefined {
    const article = keyOf(this.tokens[at] ?? EMPTY_TOKEN) === 'the';
    if (!article && isNameWord(this.tokens[at - 1])) return undefined;
    const surname = this.tokens[article ? at + 1 : at];
    const family = this.tokens[article ? at + 2 : at + 1];
    if (
      !surname ||
      !family ||
      family.key !== 'family' ||
      family.capitalized ||
      surname.possessive ||
      !isNameWord(surname) ||
      isTitleWord(surname) ||
      this.phraseAt(at + 1) ||
      this.inQuote(surname.start)
    )
      return undefined;
    this.mention(this.addActor(`${surname.text} family`, 'group'), surname, family, 'name');
    return article ? at + 3 : at + 2;
  }

  /**
   * "The 9th Circuit ruled", "the 2nd U.S. Circuit Court of Appeals", "the 82nd Airborne Division":
   * a number that opens the name of a court's circuit or an army's unit is part of the name, which
   * is a body's (the words alone read as nothing, or as a person: "Airborne Division"). Not "5th
   * Avenue" or "the 14th Amendment": only a unit's or a court's word makes the name a body.
   */
  private readNumberedUnit(at: number): number | undefined {
    const number = this.tokens[at];
    const suffix = this.tokens[at + 1];
    if (
      !number ||
      !suffix ||
      !/^\d{1,3}$/.test(number.text) ||
      !ORDINAL_SUFFIXES.has(suffix.text) ||
      suffix.start !== number.end ||
      !this.tokens[at + 2]?.capitalized
    )
      return undefined;
    const end = this.runEnd(at + 2);
    if (end <= at + 2 || !this.words.slice(at + 2, end).some((word) => NUMBERED_UNIT_WORDS.has(word))) return undefined;
    this.readNamedOrganisation(at, end);
    return end;
  }

  /**
   * "Sindicato N°2 voted", "SEIU Local 1199", "Unit 731 veterans": a run of capitalised words whose
   * last word calls for a number (`numberInName`) names a body with that number (the words alone
   * read as a cut name, "Sindicato N", or as nothing).
   */
  private readNumberedName(at: number): number | undefined {
    if (!this.tokens[at]?.capitalized || this.inQuote(this.tokens[at]?.start ?? 0)) return undefined;
    const end = this.runEnd(at);
    const last = this.tokens[end - 1];
    const number = this.tokens[end];
    const count = end > at && last && number ? numberInName(last, number, this.tokens[end + 1]) : 0;
    if (count === 0) return undefined;
    let start = at;
    while (start < end - 1 && this.isStrippable(start)) start += 1;
    this.readNamedOrganisation(start, end + count);
    return end + count;
  }

  /**
   * "Romania's central bank", "Kenya's health ministry", "Chile's coast guard": a country's public body
   * named by what it is, with a word saying which of its bodies ("Moldova's parliament" is the
   * country's own voice, left to the country). The body acts beside its country (read as a
   * possessive by the run: news reports name either); `linkCountryBodies` gives it the full name
   * the article may use ("National Bank of Romania").
   */
  private readCountryBody(at: number): number | undefined {
    const phrase = this.phraseAt(at);
    if ((phrase?.form !== 'name' && phrase?.form !== 'alias') || phrase.entry?.kind !== 'country') return undefined;
    const ownerAt = at + phrase.words.length - 1;
    const owner = this.tokens[ownerAt];
    const before = this.tokens[at - 1];
    if (!owner?.possessive || (before?.capitalized && !this.isSentenceInitial(at - 1))) return undefined;
    for (let nounAt = ownerAt + 2; nounAt <= ownerAt + 3; nounAt += 1) {
      const name = this.unnamedBodyName(ownerAt + 1, nounAt);
      if (name === undefined) continue;
      const next = this.tokens[nounAt + 1];
      // "Romania's central bank governor": the body's noun qualifies a title.
      if (next?.isWord && (isHead(next.key) || UNNAMED_BODY_NOUNS.has(next.key))) return undefined;
      const end = this.readRun(at);
      const first = this.tokens[ownerAt + 1];
      const noun = this.tokens[nounAt];
      if (end !== ownerAt + 1 || !first || !noun || this.inQuote(first.start)) return end;
      const body = this.organisation(`${this.text(this.tokens[at] ?? owner, owner)}'s ${name}`);
      this.mention(body, first, noun, 'name');
      return nounAt + 1;
    }
    return undefined;
  }

  /** "approved by parliament": a legislature named by its bare noun, as the agent after "by". */
  /**
   * "the country went into its first lockdown", "the nation's parliament": the country mentioned
   * most recently, in this sentence or before (none mentioned: no actor).
   */
  private readCountryReference(at: number): number | undefined {
    const article = this.tokens[at];
    const noun = this.tokens[at + 1];
    if (article?.key !== 'the' || !noun || noun.capitalized || (noun.key !== 'country' && noun.key !== 'nation'))
      return undefined;
    // "the country director", "the country's": a noun after it makes it a modifier, unless possessive.
    const next = this.tokens[at + 2];
    if (!noun.possessive && next?.isWord && !next.capitalized && (isHead(next.key) || ORG_SUFFIXES.has(next.key)))
      return undefined;
    const ids = [...this.organisationHistory, ...this.found.map((mention) => mention.actorId)];
    for (let index = ids.length - 1; index >= 0; index -= 1) {
      const actor = this.actors.get(ids[index] ?? '');
      if (actor?.kind !== 'country') continue;
      this.mention(actor, article, noun, 'title');
      return at + 2;
    }
    return undefined;
  }

  /**
   * "North Korea fired two missiles ... The North last fired on May 5": "the North" or "the South"
   * is the one country named so far whose name opens with that word. "The North Sea", "the South of
   * France", or none or two such countries named: left to the other readers.
   */
  private readCompassCountry(at: number): number | undefined {
    const article = this.tokens[at];
    const noun = this.tokens[at + 1];
    if (article?.key !== 'the' || !noun?.capitalized || (noun.key !== 'north' && noun.key !== 'south'))
      return undefined;
    const next = this.tokens[at + 2];
    if (!noun.possessive && next && (next.capitalized || next.key === 'of' || /^[-\u2013]$/.test(next.text)))
      return undefined;
    const word = noun.text.replace(/['’]s$/, '');
    const named = [...this.actors.values()].filter(
      (actor) => actor.kind === 'country' && actor.name.split(' ')[0] === word && actor.name.includes(' '),
    );
    const [country] = named;
    if (!country || named.length > 1) return undefined;
    this.mention(country, article, noun, 'title');
    return at + 2;
  }

  /**
   * "Mia Carver reached the final. The Australian beat ...", "The Briton flew home": "the" and a
   * noun for someone of a nation, as the subject of a verb, is the person a recent sentence was
   * about (resolveDescribedPerson), unless the text tied them to another country. A demonym that
   * is also the nation's plural ("the French", "the Swiss") is the country, left to readPlaces.
   */
  private readNationalityReference(at: number): number | undefined {
    const noun = this.tokens[at + 1];
    if (this.tokens[at]?.key !== 'the' || !noun?.capitalized || noun.possessive || !this.sentence) return undefined;
    if (this.inQuote(noun.start) || !this.verbFollows(at + 2)) return undefined;
    const national = NATIONALITY_NOUNS.get(noun.key);
    const demonym = national?.demonym ?? (/(?:an|i)$/.test(noun.text) ? noun.text : undefined);
    const place = demonym === undefined ? undefined : matchPhrase([demonym], 0);
    const country = place?.form === 'demonym' && place.entry?.kind === 'country' ? place.entry.name : undefined;
    if (country === undefined) return undefined;
    const gender = national?.gender;
    const actor = this.personDescribedBefore(this.sentence.index, gender);
    const article = this.tokens[at];
    if (!actor || !article) return undefined;
    if (!this.mayBeOf(actor.id, country)) return undefined;
    this.mention(actor, article, noun, 'title');
    return at + 2;
  }

  /**
   * The countries of the demonyms right before a person's name ("Kenyan sprinter Ruth Wanjiru",
   * "the Dutch cyclist Anna Berg"): at most two lower-case words between.
   */
  private demonymsBefore(personId: string): string[] {
    const countries: string[] = [];
    for (const [index, mention] of this.mentions.entries()) {
      const before = this.mentions[index - 1];
      if (mention.actorId !== personId || before?.form !== 'demonym') continue;
      const sentence = this.sentences.find((entry) => entry.start <= before.start && mention.end <= entry.end);
      const between = sentence?.text.slice(before.end - sentence.start, mention.start - sentence.start) ?? '';
      const country = this.actors.get(before.actorId);
      if (country && /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(between)) countries.push(country.name);
    }
    return countries;
  }

  /**
   * "Brandt and Okafor were charged. The former appeared in court": "the former" or "the latter",
   * as the subject of a verb, is the first or the second of the two actors the nearest earlier
   * sentence naming any names (people or bodies, outside quotations). Not two there: nobody.
   */
  private readFormerOrLatter(at: number): number | undefined {
    const article = this.tokens[at];
    const which = this.tokens[at + 1];
    if (article?.key !== 'the' || (which?.key !== 'former' && which?.key !== 'latter') || !this.sentence)
      return undefined;
    if (which.capitalized || this.inQuote(which.start) || !this.verbFollows(at + 2)) return undefined;
    for (let back = this.sentence.index - 1; back >= 0 && this.sentence.index - back <= 2; back -= 1) {
      const sentence = this.sentences[back];
      if (!sentence || this.quotedSentences.has(back)) continue;
      const ids = new Set(
        this.mentions
          .filter(
            (mention) =>
              mention.start >= sentence.start &&
              mention.end <= sentence.end &&
              !mention.inQuote &&
              !mention.titleOf &&
              mention.form !== 'demonym' &&
              mention.form !== 'pronoun',
          )
          .map((mention) => mention.actorId),
      );
      if (ids.size === 0) continue;
      if (ids.size !== 2) return undefined;
      const actor = this.actors.get([...ids][which.key === 'former' ? 0 : 1] ?? '');
      if (!actor) return undefined;
      this.mention(actor, article, which, 'title');
      return at + 2;
    }
    return undefined;
  }

  /**
   * "The Kenyans will host Tanzania", "the Russians walked out of the talks": "the" and a plural
   * demonym, as the subject of a verb, is the country (its side, team or government). Not "two
   * Kenyans were killed", nor "the Russians' demands" (no verb after).
   */
  private readNationalsReference(at: number): number | undefined {
    const article = this.tokens[at];
    const plural = this.tokens[at + 1];
    if (article?.key !== 'the' || !plural?.capitalized || plural.possessive || !/[a-z]s$/.test(plural.text))
      return undefined;
    if (!this.verbFollows(at + 2)) return undefined;
    const singular = matchPhrase([plural.text.slice(0, -1)], 0);
    if (singular?.form !== 'demonym' || singular.entry?.kind !== 'country') return undefined;
    this.mention(this.addActor(singular.entry.name, 'country'), article, plural, 'title');
    return at + 2;
  }

  /**
   * "Kenya said it would send police to Haiti. The government will deploy ...": a bare "the
   * government" is that of a country named before it in its sentence ("Germany approved a package,
   * the government announced"), else of the country a recent sentence opened with (not one named
   * in passing, as the destination "Haiti"). None such: nobody.
   */
  private readGovernmentReference(at: number): number | undefined {
    const article = this.tokens[at];
    const noun = this.tokens[at + 1];
    if (article?.key !== 'the' || !noun || noun.key !== 'government') return undefined;
    const next = this.tokens[at + 2];
    // "the Government said" (British style) is the same; "the Government of Kenya" is a name.
    if (noun.capitalized && next && (next.capitalized || next.key === 'of')) return undefined;
    if (!noun.possessive && next?.isWord && !next.capitalized && next.key !== 'has' && !this.verbFollows(at + 2))
      return undefined;
    // "Germany approved a package, the government announced": the country of its own sentence first.
    const here = this.found.findLast((mention) => this.actors.get(mention.actorId)?.kind === 'country');
    const country = this.actors.get(here?.actorId ?? this.openingCountries.at(-1) ?? '');
    if (!country) return undefined;
    this.mention(country, article, noun, 'title');
    return at + 2;
  }

  private readBareBody(at: number): number | undefined {
    const token = this.tokens[at];
    if (!token || token.capitalized || !BARE_BODY_NOUNS.has(token.key) || this.tokens[at - 1]?.key !== 'by')
      return undefined;
    this.mention(this.organisation(token.key), token, token, 'name');
    return at + 1;
  }

  /**
   * "Police arrested a man" after "Humberside Police said", "Officials said" after "the Ministry of
   * Health of Uganda confirmed", "Officers seized" after "Harlow Police said", "Councillors voted"
   * after "Westbury Town Council", "Lawmakers
   * approved" after "the National Assembly": a bare plural for a body's people, as a clause's subject or a
   * passive's agent, is the one body of that kind named before in the article. None, or two: no actor.
   */
  private readBodyPeople(at: number): number | undefined {
    const token = this.tokens[at];
    if (!token?.isWord || token.possessive || !BODY_PEOPLE.has(token.key)) return undefined;
    const before = this.tokens[at - 1];
    const next = this.tokens[at + 1];
    // "Humberside Police", "police officers", "Police Scotland", "police in Leeds": a name, a
    // modifier or a place's people, not the body named before.
    if (before?.capitalized && !this.isSentenceInitial(at)) return undefined;
    const councillors = token.key === 'councillors' || token.key === 'councilors';
    // "district councillors approved the scheme": the council's area may qualify its members.
    const area =
      councillors &&
      before?.isWord === true &&
      COUNCIL_AREAS.has(before.key) &&
      (!before.capitalized || this.isSentenceInitial(at - 1));
    if (before?.isWord && !before.capitalized && before.key !== 'by' && !CLAUSE_OPENERS.has(before.key) && !area)
      return undefined;
    // "Councillors also voted", "Lawmakers narrowly approved": an adverb may stand before the verb.
    const adverb = next !== undefined && (SENTENCE_ADVERBS.has(next.key) || /^[a-z]{3,}ly$/.test(next.text));
    const acts = this.verbFollows(at + 1) || (adverb && this.verbFollows(at + 2));
    if (!next || next.capitalized || !(acts || next.text === ',')) return undefined;
    if (before?.key === 'by' && !this.agentBy(at - 1)) return undefined;
    const words = BODIES_OF_PEOPLE.get(token.key) ?? GOVERNING_WORDS;
    let body: ActorDraft | undefined;
    for (const actor of this.actors.values()) {
      if (actor.kind !== 'organization' || !/^\p{Lu}/u.test(actor.name)) continue;
      if (
        !actor.name
          .toLowerCase()
          .split(/\s+/)
          .some((word) => words.has(word))
      )
        continue;
      if (body) return undefined;
      body = actor;
    }
    if (!body) return undefined;
    this.mention(body, token, token, 'title');
    return at + 1;
  }

  /**
   * "The visitors scored twice" after "Harbour City hosted Dynamo Tallinn", "the hosts" after
   * "Corby Rovers v Harlow Town": in a match report, the home or away side of the last fixture
   * the text named, as the subject of a verb. No fixture: no actor.
   */
  private readSideOfFixture(at: number): number | undefined {
    const article = this.tokens[at];
    if (article?.key !== 'the' || !this.sentence) return undefined;
    let nounAt = at + 1;
    let side = SIDE_NOUNS.get(this.tokens[nounAt]?.key ?? '');
    if (!side && (this.tokens[at + 1]?.key === 'home' || this.tokens[at + 1]?.key === 'away')) {
      nounAt = at + 2;
      if (CLUB_NOUNS.has(this.tokens[nounAt]?.key ?? '')) side = this.tokens[at + 1]?.key === 'home' ? 'home' : 'away';
    }
    const noun = this.tokens[nounAt];
    if (!side || !noun || noun.capitalized || !this.verbFollows(nounAt + 1)) return undefined;
    const fixture = this.lastFixture();
    const actor = fixture ? this.actors.get(side === 'home' ? fixture.home : fixture.away) : undefined;
    if (!actor) return undefined;
    this.mention(actor, article, noun, 'title');
    return nounAt + 1;
  }

  /**
   * "The two countries met again", "the two companies", "both leaders": the two actors of that
   * kind a recent sentence (this one or the three before) named together, the latest such. The
   * first is mentioned by "two"/"both", the second by the noun (mentions never overlap). A bare
   * "the" before a noun of BARE_PAIR_NOUNS that a verb follows counts as "the two" ("Halden Air
   * agreed to buy Corran Air, the airlines announced").
   */
  private readPairReference(at: number): number | undefined {
    const opener = this.tokens[at];
    if (!opener || !this.sentence) return undefined;
    let countAt = at;
    if (opener.key === 'the') countAt = at + 1;
    const count = this.tokens[countAt];
    const bare =
      countAt === at + 1 &&
      count !== undefined &&
      !count.capitalized &&
      BARE_PAIR_NOUNS.has(count.key) &&
      this.verbFollows(countAt + 1);
    if (bare) countAt = at;
    else if (!count || !(count.key === 'two' || (count.key === 'both' && countAt === at))) return undefined;
    const noun = this.tokens[countAt + 1];
    const kind = noun ? PAIR_NOUNS.get(noun.key) : undefined;
    if (!noun || !kind || noun.possessive || this.inQuote(noun.start)) return undefined;
    const fits = (id: string): boolean => {
      const actor = this.actors.get(id);
      return actor !== undefined && actor.kind === kind;
    };
    const index = this.sentence.index;
    for (let back = index; back >= 0 && index - back <= 3; back -= 1) {
      const sentence = this.sentences[back];
      if (!sentence) break;
      const mentions =
        back === index
          ? this.found
          : this.mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
      const ids = [
        ...new Set(mentions.filter((mention) => !mention.inQuote && fits(mention.actorId)).map((m) => m.actorId)),
      ];
      if (ids.length < 2) continue;
      if (ids.length > 2) return undefined;
      const [first, second] = ids.map((id) => this.actors.get(id));
      if (!first || !second) return undefined;
      this.mention(first, opener, this.tokens[countAt] ?? opener, 'title');
      this.mention(second, noun, noun, 'title');
      return countAt + 2;
    }
    return undefined;
  }

  /** The home and away sides of the last fixture told ("A hosted B", "A v B", "B won at A"), this sentence first. */
  private lastFixture(): { home: string; away: string } | undefined {
    const sentence = this.sentence;
    if (!sentence) return undefined;
    const mentions = [...this.mentions, ...this.found];
    for (let index = mentions.length - 1; index > 0; index -= 1) {
      const second = mentions[index];
      const first = mentions[index - 1];
      if (!first || !second || second.start - first.end > 30) continue;
      if (
        this.actors.get(first.actorId)?.kind !== 'organization' ||
        this.actors.get(second.actorId)?.kind !== 'organization'
      )
        continue;
      const where = this.sentences.find((other) => other.start <= first.start && first.end <= other.end);
      if (!where || second.end > where.end) continue;
      const between = where.text.slice(first.end - where.start, second.start - where.start);
      if (HOME_FIRST.test(between)) return { home: first.actorId, away: second.actorId };
      if (AWAY_FIRST.test(between)) return { home: second.actorId, away: first.actorId };
    }
    return undefined;
  }

  /** The organisation mentioned most recently that `noun` ("board", "bloc", "company") can mean. */
  /** Whether a demonym stands among the tokens [from, to): "the Russian side". */
  private demonymBetween(from: number, to: number): boolean {
    for (let at = from; at < to; at += 1) if (this.phraseAt(at)?.form === 'demonym') return true;
    return false;
  }

  /**
   * The body that is the subject of the clause when the reference at `at` is what its verb or a
   * preposition acts on ("Halden Group agreed to buy the company", "... signed a deal with the
   * company"): the reference is not that body. Undefined when the reference is a subject itself
   * ("Halden Group said the company would") or the sentence opened with no body.
   */
  private subjectActedOn(at: number): string | undefined {
    const before = this.tokens[at - 1];
    if (!before?.isWord || before.capitalized || NOT_ACTING_ON.has(before.key)) return undefined;
    // The subject opens the sentence: "Halden Group agreed", not "Shares in Qentix fell".
    const first = this.found.find((mention) => !mention.inQuote && mention.form !== 'demonym');
    const opens =
      first !== undefined &&
      this.sentence !== undefined &&
      /^\s*(?:the\s+)?$/i.test(this.sentence.text.slice(0, first.start - this.sentence.start));
    return opens && this.actors.get(first.actorId)?.kind === 'organization' ? first.actorId : undefined;
  }

  /**
   * "Halden Group agreed to buy Kestrel Motors. The deal will close in June, the buyer said": "the
   * buyer" (acquirer, bidder, suitor) is the body that a sentence of the last two bought or bid
   * for another, "the target" (seller) the body bought; both named in that sentence, the buyer
   * before the verb. No such sentence: nobody.
   */
  private readDealSide(at: number): number | undefined {
    const article = this.tokens[at];
    const noun = this.tokens[at + 1];
    const side = noun ? DEAL_SIDES.get(noun.key) : undefined;
    if (article?.key !== 'the' || !noun || noun.capitalized || !side || !this.sentence) return undefined;
    for (let back = 1; back <= 2; back += 1) {
      const sentence = this.sentences[this.sentence.index - back];
      if (!sentence) break;
      const named = this.mentions.filter(
        (mention) =>
          mention.start >= sentence.start &&
          mention.end <= sentence.end &&
          !mention.inQuote &&
          this.actors.get(mention.actorId)?.kind === 'organization',
      );
      for (const [index, buyer] of named.entries()) {
        const bought = named.slice(index + 1).find((mention) => mention.actorId !== buyer.actorId);
        if (!bought) continue;
        const between = sentence.text.slice(buyer.end - sentence.start, bought.start - sentence.start);
        if (!BUYING.test(between)) continue;
        const actor = this.actors.get(side === 'buyer' ? buyer.actorId : bought.actorId);
        if (!actor) return undefined;
        this.mention(actor, article, noun, 'title');
        return at + 2;
      }
    }
    return undefined;
  }

  /**
   * "Ofgem fined Northline Power £3m. The supplier said it would appeal.": when the body a sentence
   * opened with fined, banned or charged another that is a business, "the company" is the one
   * punished, not the authority. Looked for in the sentence before; undefined when it does not tell so.
   */
  private businessPunishedBy(authority: string, fits: (id: string) => ActorDraft | undefined): ActorDraft | undefined {
    const previous = this.sentence ? this.sentences[this.sentence.index - 1] : undefined;
    if (!previous) return undefined;
    const inPrevious = this.mentions.filter(
      (mention) => mention.start >= previous.start && mention.end <= previous.end,
    );
    const agent = inPrevious.find((mention) => mention.actorId === authority);
    const punished = inPrevious.find(
      (mention) => agent !== undefined && mention.start > agent.end && mention.actorId !== authority,
    );
    if (!agent || !punished) return undefined;
    const between = previous.text.slice(agent.end - previous.start, punished.start - previous.start);
    return PUNISHING.test(between) ? fits(punished.actorId) : undefined;
  }

  private organisationNamedBy(noun: string, notThis?: string): ActorDraft | undefined {
    const fits = (id: string): ActorDraft | undefined => {
      const actor = this.actors.get(id);
      if (!actor || actor.kind === 'person' || actor.kind === 'country' || actor.id === notThis) return undefined;
      const words = actor.name.toLowerCase().split(/\s+/);
      const entry = entryNamed(actor.name);
      if (
        words.includes(noun) ||
        words.some((word) => NAME_WORDS_REFERRED_TO.get(word) === noun) ||
        nameFitsKindNoun(words, noun) ||
        (actor.kind === 'group' && FIGHTER_NOUNS.has(noun)) ||
        entry?.nouns.includes(noun) ||
        this.kindNouns.get(actor.id)?.has(noun) ||
        this.referredAs.get(actor.id)?.has(noun)
      )
        return actor;
      // "Ofwat, the industry regulator,": a body the text described as a public one is no business.
      const described = [...(this.kindNouns.get(actor.id) ?? [])];
      const business =
        BUSINESS_NOUNS.has(noun) &&
        !entry &&
        !words.some((word) => PUBLIC_BODY_WORDS.has(word)) &&
        !described.some((word) => PUBLIC_BODY_WORDS.has(word) || PUBLIC_BODY_NOUNS.has(word));
      // "Corby Rovers ... The club appointed": a club or team is a body named by no kind of body at all.
      const club =
        CLUB_NOUNS.has(noun) &&
        !entry &&
        described.length === 0 &&
        !words.some(
          (word) =>
            !CLUB_NAME_WORDS.has(word) &&
            (PUBLIC_BODY_WORDS.has(word) || ORG_SUFFIXES.has(word) || BUSINESS_NOUNS.has(word)),
        );
      return business || club || (noun === 'group' && !entry && isNonGovernmentalBody(words, described))
        ? actor
        : undefined;
    };
    for (let index = this.found.length - 1; index >= 0; index -= 1) {
      const actor = fits(this.found[index]?.actorId ?? '');
      if (actor) return actor;
    }
    // "the company" in a later sentence is the business the text has been about (that opened a
    // sentence), not one it mentioned in passing ("completed the acquisition of Fjordvarme A/S").
    if (BUSINESS_NOUNS.has(noun) || CLUB_NOUNS.has(noun)) {
      for (let index = this.openingOrganisations.length - 1; index >= 0; index -= 1) {
        const actor = fits(this.openingOrganisations[index] ?? '');
        if (actor) return (BUSINESS_NOUNS.has(noun) ? this.businessPunishedBy(actor.id, fits) : undefined) ?? actor;
      }
    }
    if (BUSINESS_NOUNS.has(noun)) {
      const business = this.businessOpeningBefore();
      if (business) return business;
    }
    // Of two sides named, "the club" is the one a sentence opened with, or unknown; the one club
    // the text named at all ("Neil Ashby managed Castlebridge United. The club sacked him") is it.
    if (CLUB_NOUNS.has(noun)) {
      const clubs = new Set(
        this.organisationHistory.filter((id) => {
          const actor = fits(id);
          return (
            actor !== undefined &&
            actor.name
              .toLowerCase()
              .split(/\s+/)
              .some((word) => CLUB_NAME_WORDS.has(word))
          );
        }),
      );
      return clubs.size === 1 ? this.actors.get([...clubs][0] ?? '') : undefined;
    }
    for (let index = this.organisationHistory.length - 1; index >= 0; index -= 1) {
      const actor = fits(this.organisationHistory[index] ?? '');
      if (actor) return actor;
    }
    // "The board voted" after "the Central Bank of Sorland": a company, bank or body has a board.
    if (!ORGAN_NOUNS.has(noun)) return undefined;
    // The body a sentence was about before one mentioned in passing ("polled by Reuters", "said
    // Ana Matei, chief economist at Banca Carpatica" name no board's body).
    const ids = [
      ...this.organisationHistory,
      ...this.found.map((mention) => mention.actorId),
      ...this.openingOrganisations,
    ];
    for (let index = ids.length - 1; index >= 0; index -= 1) {
      const actor = this.actors.get(ids[index] ?? '');
      // A body the text names only by its noun ("the finance ministry") has no board to speak of.
      if (actor?.kind === 'organization' && /^\p{Lu}/u.test(actor.name)) return actor;
    }
    return undefined;
  }

  /** The most recently mentioned person whose roles fit the title words and country. */
  private findByTitle(words: readonly string[], head: string, country: PlaceEntry | undefined): ActorDraft | undefined {
    const wanted = officeWords(words.filter((word) => word !== 'former').join(' '));
    const holds = (actor: ActorDraft): boolean => {
      const facts = this.facts.get(actor.id);
      if (facts?.calling === wanted) return true;
      // "King Harald ... the king", "... the monarch": a regnal title is part of the name, and an office.
      const regnal = actor.name.split(' ', 1)[0] ?? '';
      const roles = REGNAL_TITLES.has(regnal.toLowerCase()) ? [...actor.roles, regnal] : actor.roles;
      return roles.some((role) => {
        const lower = officeWords(role);
        if (head === 'leader')
          return (
            lower.split(/[\s,]+/).some((word) => LEADER_HEADS.has(word)) && !/\b(vice|deputy|former)\b/.test(lower)
          );
        return (
          lower.includes(wanted) || (OFFICES_CALLED.get(wanted)?.some((office) => lower.includes(office)) ?? false)
        );
      });
    };
    const found = this.mostRecent(
      (actor) => (!country || this.facts.get(actor.id)?.countries.has(country.name) === true) && holds(actor),
    );
    return found ?? (country ? this.untiedHolder(holds, country.name) : undefined);
  }

  /**
   * "Chancellor Felix Brandt met French President Paul Morel. The German leader will travel to
   * Warsaw": the one person of the last sentences who holds the office and whom the text tied to no
   * country is of the country the reference names (and is from now on), when someone there is tied
   * to another country: the text tells them apart by nation. Two such people: nobody.
   */
  private untiedHolder(holds: (actor: ActorDraft) => boolean, country: string): ActorDraft | undefined {
    const index = this.sentence?.index ?? 0;
    const candidates = new Set<string>();
    let contrast = false;
    for (const entry of this.history) {
      if (index - entry.sentence > DESCRIPTION_REACH) continue;
      const actor = this.actors.get(entry.actorId);
      const facts = this.facts.get(entry.actorId);
      if (!actor || !facts) continue;
      const countries = [...facts.countries, ...this.demonymsBefore(actor.id)];
      if (countries.some((name) => name !== country)) contrast = true;
      if (countries.length === 0 && holds(actor)) candidates.add(actor.id);
    }
    const [only] = candidates;
    if (!contrast || candidates.size !== 1 || only === undefined) return undefined;
    this.facts.get(only)?.countries.add(country);
    return this.actors.get(only);
  }

  private mostRecent(fits: (actor: ActorDraft) => boolean): ActorDraft | undefined {
    for (let index = this.found.length - 1; index >= 0; index -= 1) {
      const actor = this.actors.get(this.found[index]?.actorId ?? '');
      if (actor?.kind === 'person' && fits(actor)) return actor;
    }
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const actor = this.actors.get(this.history[index]?.actorId ?? '');
      if (actor && fits(actor)) return actor;
    }
    return undefined;
  }

  /** "his Estonian counterpart": a person with the possessor's role, from another country. */
  private readCounterpart(at: number): number | undefined {
    const owner = this.tokens[at];
    const demonym = this.tokens[at + 1];
    const noun = this.tokens[at + 2];
    if (
      !owner ||
      !demonym ||
      !noun ||
      !PRONOUN_GENDER.has(keyOf(owner)) ||
      (noun.text !== 'counterpart' && noun.text !== 'counterparts')
    )
      return undefined;
    const place = this.phraseAt(at + 1);
    if (!place?.entry || place.entry.kind !== 'country' || place.words.length !== 1) return undefined;
    const possessor = this.readPronoun(at) !== undefined ? this.found.at(-1) : undefined;
    const possessorActor = possessor?.form === 'pronoun' ? this.actors.get(possessor.actorId) : undefined;
    const baseRole = possessorActor?.roles[0];
    const role = baseRole ? this.swapCountry(baseRole, demonym.text) : `${demonym.text} counterpart`;
    // A name may follow: "his Estonian counterpart, Margus Tsahkna" or "... counterpart Margus Tsahkna".
    let nameAt = at + 3;
    if (this.tokens[nameAt]?.text === ',') nameAt += 1;
    let nameEnd = nameAt;
    while (
      isNameWord(this.tokens[nameEnd]) ||
      (isParticle(this.tokens[nameEnd]) && isNameWord(this.tokens[nameEnd + 1]))
    )
      nameEnd += 1;
    if (nameEnd - nameAt >= 2) {
      const first = this.tokens[nameAt];
      const last = this.tokens[nameEnd - 1];
      if (first && last) {
        const person = this.addActor(this.text(first, last), 'person');
        this.addRole(person, role);
        this.mention(person, demonym, noun, 'title');
        this.mention(person, first, last, person.name === this.text(first, last) ? 'name' : 'alias');
        return nameEnd;
      }
    }
    const mention: ActorMention = { start: demonym.start, end: noun.end, actorId: '', form: 'title' };
    if (this.inQuote(demonym.start)) mention.inQuote = true;
    this.counterparts.push({ mention, role, country: place.entry });
    return at + 3;
  }

  /**
   * "Ana Ruiz met her Chilean counterpart, Pablo Soto. Her counterpart will fly to Lima", "Ruiz
   * and her counterpart will meet again": "his" or "her counterpart" with no name after it is the
   * one person of the last sentences, other than the possessor, who holds the possessor's office
   * for another country (or holds it at all, when the text told no country). Nobody, or two such
   * people: nobody (the possessor is no side of what the counterpart does).
   */
  private readBareCounterpart(at: number): number | undefined {
    const owner = this.tokens[at];
    const noun = this.tokens[at + 1];
    if (!owner || !PRONOUN_GENDER.has(keyOf(owner)) || noun?.text !== 'counterpart' || !this.sentence) return undefined;
    const after = this.tokens[at + 2];
    if (after?.capitalized || (after?.text === ',' && this.tokens[at + 3]?.capitalized)) return undefined;
    if (this.readPronoun(at) === undefined) return undefined;
    // The possessor is not a side of what the counterpart does ("Her counterpart will fly to Lima").
    const possessor = this.found.pop();
    const owned = possessor?.form === 'pronoun' ? this.actors.get(possessor.actorId) : undefined;
    const offices = new Set(owned?.roles.map((role) => roleWithoutCountry(role).toLowerCase()));
    if (!owned || offices.size === 0) return at + 2;
    const index = this.sentence.index;
    const holders = new Set<string>();
    for (const entry of this.history) {
      const actor = this.actors.get(entry.actorId);
      if (index - entry.sentence > DESCRIPTION_REACH || !actor || actor.id === owned.id) continue;
      if (actor.roles.some((role) => offices.has(roleWithoutCountry(role).toLowerCase()))) holders.add(actor.id);
    }
    const [only] = holders;
    const counterpart = holders.size === 1 && only !== undefined ? this.actors.get(only) : undefined;
    if (counterpart) this.mention(counterpart, owner, noun, 'title');
    return at + 2;
  }

  private swapCountry(role: string, demonym: string): string {
    const tokens = tokenize(role);
    for (const token of tokens) {
      if (countryOf(token.text))
        return `${role.slice(0, token.start)}${demonym}${role.slice(token.possessive ? token.end + 2 : token.end)}`;
    }
    return `${demonym} ${role}`;
  }

  private resolveCounterparts(): void {
    for (const { mention, role, country } of this.counterparts) {
      const base = roleWithoutCountry(role);
      const match = [...this.actors.values()].find(
        (actor) =>
          actor.kind === 'person' &&
          this.facts.get(actor.id)?.countries.has(country.name) &&
          actor.roles.some((known) => roleWithoutCountry(known) === base),
      );
      // Nobody of that country with that role is named: the counterpart stands for the country.
      const actor = match ?? this.addActor(country.name, 'country');
      if (match) this.addRole(actor, role);
      mention.actorId = actor.id;
      this.mentions.push(mention);
    }
  }

  private readPronoun(at: number): number | undefined {
    const token = this.tokens[at];
    if (!token) return undefined;
    const gender = PRONOUN_GENDER.get(keyOf(token));
    if (!gender || this.inQuote(token.start) || !this.sentence) return undefined;
    const actorId = resolvePronoun({
      gender,
      position: token.start,
      sentence: this.sentence.index,
      found: this.found,
      history: this.history,
      tokens: this.tokens,
      isPerson: (id) => this.actors.get(id)?.kind === 'person',
      genderOf: (id) => this.genderOf(id),
      toldGenderOf: (id) => this.facts.get(id)?.gender,
      unnamed: this.unnamed,
      quoted: this.quotedSentences,
      object: isObjectPronoun(token, this.tokens[at + 1]),
    });
    const resolved = actorId ?? this.personFromLoneName(gender, token.start);
    const actor = resolved ? this.actors.get(resolved) : undefined;
    if (!actor) return undefined;
    const facts = this.facts.get(actor.id);
    if (facts) facts.gender ??= gender;
    this.mention(actor, token, token, 'pronoun');
    return at + 1;
  }

  /**
   * "By Ana Ruiz in Kherson", "By Tomas Berg, Lagos correspondent": a short paragraph that opens
   * with "By" and a person's name names who wrote the article. Returns that person's id.
   */
  private bylineWriter(): string | undefined {
    if (!this.opensParagraph || this.tokens[this.firstWord]?.key !== 'by') return undefined;
    if (this.tokens.filter((token) => token.isWord).length > 8) return undefined;
    const first = this.found[0];
    const name = this.tokens[this.firstWord + 1];
    if (!first || !name || first.start !== name.start || first.form !== 'name') return undefined;
    return this.actors.get(first.actorId)?.kind === 'person' ? first.actorId : undefined;
  }

  /**
   * "I arrived in Kherson on Monday", "We reached the border": in a dispatch under a byline, the
   * first person outside quotations is its writer (and those with them). No byline: nobody.
   */
  private readFirstPerson(at: number): number | undefined {
    const token = this.tokens[at];
    if (!token || !FIRST_PERSON.has(token.key) || this.inQuote(token.start)) return undefined;
    // In an interview's answers, "I" is the one interviewed and "we" the body they speak for.
    const speaker = this.answering
      ? ((this.interviewee && token.key !== 'i' && token.key !== 'me' ? this.intervieweeBody : undefined) ??
        this.interviewee)
      : this.writer;
    if (!speaker) return undefined;
    // "I" is a capital letter as well: "World War I", "Henry I".
    // "On Tuesday I met", "Then I left": after a word that starts no name, "I" is the writer.
    const before = this.tokens[at - 1];
    if (token.key === 'i' && (token.text !== 'I' || (before?.capitalized && !NON_NAME_WORDS.has(before.key))))
      return undefined;
    const actor = this.actors.get(speaker);
    if (!actor) return undefined;
    this.mention(actor, token, token, 'pronoun');
    return at + 1;
  }

  /**
   * "These are extracts from her diary", "Anna Berg's journal": the person whose diary, journal or
   * log the article gives is who writes "I" and "we" in it. Their id, or undefined.
   */
  private diaryKeeper(): string | undefined {
    // An index loop: this is asked of every sentence until a writer is found.
    for (let at = 0; at < this.tokens.length; at += 1) {
      const token = this.tokens[at];
      if (!token || !DIARY_NOUNS.has(token.key) || this.inQuote(token.start)) continue;
      const owner = this.tokens[at - 1];
      const mention = this.found.find(
        (entry) => entry.end === owner?.end && (owner.possessive || entry.form === 'pronoun'),
      );
      if (mention && owner && (owner.possessive || /^(?:his|her)$/i.test(owner.text)))
        return this.actors.get(mention.actorId)?.kind === 'person' ? mention.actorId : undefined;
    }
    return undefined;
  }

  /**
   * At a paragraph's start, whether it is an interview's answer ("A: We marched ..."). At the
   * first question ("Q: ..."), the one interviewed is the first person the article named, and the
   * body they speak for the first organisation named after them in that sentence ("Ama Owusu, who
   * has led the Ashanti Cocoa Farmers' Cooperative since 2019, sat down with us").
   */
  private readInterviewTurn(): void {
    const mark = this.tokens[this.firstWord];
    const turn = mark?.text === 'Q' || mark?.text === 'A' ? mark.text : undefined;
    this.answering = turn === 'A' && this.tokens[this.firstWord + 1]?.text === ':' && this.interviewee !== undefined;
    if (turn !== 'Q' || this.tokens[this.firstWord + 1]?.text !== ':' || this.interviewee !== undefined) return;
    const person = this.mentions.find(
      (mention) => !mention.inQuote && mention.form === 'name' && this.actors.get(mention.actorId)?.kind === 'person',
    );
    if (!person) return;
    this.interviewee = person.actorId;
    const sentence = this.sentences.find((entry) => entry.start <= person.start && entry.end >= person.end);
    this.intervieweeBody = this.mentions.find(
      (mention) =>
        sentence !== undefined &&
        mention.start > person.end &&
        mention.end <= sentence.end &&
        this.actors.get(mention.actorId)?.kind === 'organization',
    )?.actorId;
  }

  /**
   * "Leanne Carr was charged on Monday. The defendant appeared in court on Wednesday.", "The
   * teenager was released", "The singer said": a noun for someone who is no office-holder, after
   * "the" and as the subject of a verb, is the person a recent sentence was about (its subject),
   * of the noun's gender when it tells one. Someone described but not named in between
   * ("a man was arrested") leaves it unresolved.
   */
  private readPersonNounReference(at: number): number | undefined {
    if (this.tokens[at]?.key !== 'the' || !this.sentence) return undefined;
    let nounAt = at + 1;
    // "the defending champion", "the seven-time champion", "the England international".
    let country: string | undefined;
    for (; nounAt <= at + 4; nounAt += 1) {
      const modifier = this.tokens[nounAt];
      if (!modifier) break;
      const place = modifier.capitalized ? this.phraseAt(nounAt) : undefined;
      if (place?.entry?.kind === 'country' && place.words.length === 1 && !modifier.possessive) {
        country = place.entry.name;
        continue;
      }
      // "the England international", "the Wimbledon champion": right after "the", a name no actor has.
      const named = modifier.capitalized && !modifier.possessive && !place && isNameWord(modifier);
      if (named && nounAt === at + 1 && !this.aliasIndex.has(modifier.key)) continue;
      if (!REFERENCE_MODIFIERS.has(modifier.key) && !/^\p{Ll}+-time$/u.test(modifier.key)) break;
    }
    // "the world number one": a rank for a noun.
    const ranked = this.tokens[nounAt]?.key === 'number' && RANKS.has(this.tokens[nounAt + 1]?.key ?? '');
    const noun = this.tokens[ranked ? nounAt + 1 : nounAt];
    const gender = ranked ? 'any' : noun ? PERSON_REFERENCE_NOUNS.get(noun.key) : undefined;
    if (ranked) nounAt += 1;
    if (!noun || gender === undefined || noun.capitalized || this.inQuote(noun.start)) return undefined;
    if (!this.verbFollows(nounAt + 1)) return undefined;
    // "A suspect was arrested on Monday. The suspect ...": the one described so, who has no name.
    const index = this.sentence.index;
    const described = this.unnamedNouns.some(
      (entry) =>
        entry.noun === noun.key &&
        index - entry.sentence <= DESCRIPTION_REACH &&
        (entry.sentence < index || entry.start < noun.start),
    );
    if (described) return undefined;
    const actor = this.personDescribedBefore(index, gender === 'any' ? undefined : gender);
    const article = this.tokens[at];
    if (!actor || !article || (country !== undefined && !this.mayBeOf(actor.id, country))) return undefined;
    this.mention(actor, article, noun, 'title');
    return nounAt + 1;
  }

  /** Whether nothing the text said ties a person to another country than `country`. */
  private mayBeOf(personId: string, country: string): boolean {
    const countries = new Set([...(this.facts.get(personId)?.countries ?? []), ...this.demonymsBefore(personId)]);
    return countries.size === 0 || countries.has(country);
  }

  /**
   * "its members", "Its shares": the organisation or country that opens the sentence ("The union
   * said 92% of its members"), or, for "Its" opening a sentence, the one that opened the sentence
   * before. Otherwise "its" may well be a thing's ("A depot in Brenner shut its doors"): left alone.
   */
  private readOrganisationPronoun(at: number): number | undefined {
    const token = this.tokens[at];
    const subjectIt = token?.key === 'it' && this.isSubjectIt(at);
    if ((token?.key !== 'its' && !subjectIt) || !token || this.inQuote(token.start) || !this.sentence) return undefined;
    const opening = (mentions: readonly ActorMention[], sentence: Sentence | undefined): ActorMention | undefined => {
      const [first] = mentions;
      if (!first || !sentence || first.inQuote || first.form === 'demonym') return undefined;
      // "Velto replied ... It stopped selling ... On April 2 it pushed": "it" goes on meaning Velto.
      if (
        first.form === 'pronoun' &&
        (!subjectIt || !/^it$/i.test(sentence.text.slice(first.start - sentence.start, first.end - sentence.start)))
      )
        return undefined;
      if (this.actors.get(first.actorId)?.kind === 'person') return undefined;
      const lead = sentence.text.slice(0, first.start - sentence.start);
      // "Swedish e-scooter maker Velto said ...": a description of it may come first.
      const words = lead.trim().split(/\s+/);
      const described = words.length <= 4 && (this.kindNouns.get(first.actorId)?.has(words.at(-1) ?? '') ?? false);
      return described || /^(?:\s|[\u201C"]|the\b)*$/i.test(lead.replace(FRONTED_TIME_LEAD, '')) ? first : undefined;
    };
    let antecedent =
      this.found[0] && this.found[0].start < token.start ? opening(this.found, this.sentence) : undefined;
    const firstMention = subjectIt ? !this.found.some((mention) => mention.start < token.start) : at === this.firstWord;
    if (!antecedent && firstMention) {
      const previous = this.sentences[this.sentence.index - 1];
      const from = previous ? this.mentions.findLastIndex((mention) => mention.start < previous.start) + 1 : -1;
      antecedent = from >= 0 ? opening(this.mentions.slice(from), previous) : undefined;
    }
    antecedent ??= subjectIt ? this.speakersBody(token.start) : undefined;
    const actor = antecedent
      ? this.actors.get(antecedent.actorId)
      : firstMention
        ? this.businessOpeningBefore()
        : undefined;
    if (!actor) return undefined;
    this.mention(actor, token, token, 'pronoun');
    return at + 1;
  }

  /**
   * "Lindqvist Bygg won the tender on Tuesday. The company will ...", "Nordfjord Kraft shut two
   * plants. It blamed ...": two capitalised words read as a person's name, when nothing said it
   * was a body, that the next sentence calls "the company" or "it" were a business's name. The
   * name that opened the sentence before becomes an organisation when the text gave that "person"
   * no title, role, age, honorific or he/she. Returns it, or undefined.
   */
  private businessOpeningBefore(): ActorDraft | undefined {
    const previous = this.sentence ? this.sentences[this.sentence.index - 1] : undefined;
    if (!previous) return undefined;
    const from = this.mentions.findLastIndex((mention) => mention.start < previous.start) + 1;
    const opening = this.mentions[from];
    if (!opening || opening.form !== 'name' || opening.inQuote || opening.start >= previous.end) return undefined;
    const actor = this.actors.get(opening.actorId);
    const facts = this.facts.get(opening.actorId);
    if (actor?.kind !== 'person' || actor.roles.length > 0 || !actor.name.includes(' ') || !facts) return undefined;
    if (facts.gender || facts.age || facts.calling || facts.countries.size > 0) return undefined;
    // Named once, by its name alone.
    if (this.mentions.some((mention) => mention.actorId === actor.id && mention !== opening)) return undefined;
    if (HONORIFICS.has(actor.name.split(' ', 1)[0]?.toLowerCase() ?? '')) return undefined;
    // "Sara Lind resigned", "Ana Ruiz founded a bakery": what only a person does.
    const verb = this.sentenceTokens[previous.index]?.find((token) => token.start >= opening.end);
    if (!verb || !verb.isWord || PERSONAL_VERBS.has(verb.key) || FOUNDING_VERBS.has(verb.key)) return undefined;
    actor.kind = 'organization';
    this.facts.delete(actor.id);
    for (let index = this.history.length - 1; index >= 0; index -= 1)
      if (this.history[index]?.actorId === actor.id) this.history.splice(index, 1);
    this.organisationHistory.push(actor.id);
    return actor;
  }

  /**
   * "Jana Holub, the chief executive of Zenko Motors, said it would build a plant": the one body
   * named before `position` only as what a person of the sentence belongs to.
   */
  private speakersBody(position: number): ActorMention | undefined {
    const text = this.sentence?.text ?? '';
    const offset = this.sentence?.start ?? 0;
    const people = this.found.filter((mention) => this.actors.get(mention.actorId)?.kind === 'person');
    // ", the chief executive of Zenko Motors": the title's body, right after a person.
    const described = (mention: ActorMention): boolean =>
      people.some(
        (person) =>
          person.end <= mention.start &&
          /^,\s+(?:the\s+|its\s+)?[a-z][\w\s-]*?\b(?:of|at)\s+(?:the\s+)?$/.test(
            text.slice(person.end - offset, mention.start - offset),
          ),
      );
    const bodies = this.found.filter(
      (mention) =>
        mention.start < position &&
        !mention.inQuote &&
        this.actors.get(mention.actorId)?.kind === 'organization' &&
        (mention.titleOf !== undefined || described(mention)),
    );
    const [only] = bodies;
    return only && bodies.every((mention) => mention.actorId === only.actorId) ? only : undefined;
  }

  /**
   * "it" as the subject of a verb of its own: "It stopped selling", "On April 2 it pushed", "said it
   * would", "it was founded"; not "it is hard", "It was their first talk", "pressed it for weeks".
   */
  /** Whether only a time adverbial opens the sentence before `at`: "Next spring it plans", "Last year it". */
  private afterFrontedTime(at: number): boolean {
    const token = this.tokens[at];
    if (!token || !this.sentence) return false;
    const lead = this.sentence.text.slice(0, token.start - this.sentence.start);
    const fronted = FRONTED_TIME_LEAD.exec(lead);
    return fronted !== null && fronted[0].length === lead.length;
  }

  private isSubjectIt(at: number): boolean {
    const before = this.tokens[at - 1];
    const skip = IT_ADVERBS.has(this.tokens[at + 1]?.key ?? '') ? 1 : 0;
    const next = this.tokens[at + 1 + skip];
    const after = this.tokens[at + 2 + skip];
    if (!next?.isWord || next.capitalized) return false;
    const opensClause =
      !before ||
      !before.isWord ||
      /^\d/.test(before.text) ||
      IT_SUBJECT_AFTER.has(before.key) ||
      (before.capitalized && (at - 1 === this.firstWord || NON_NAME_WORDS.has(before.key))) ||
      this.afterFrontedTime(at);
    if (!opensClause) return false;
    // "it was founded", "It was bought by Orrin", "it had sold": a participle after the auxiliary.
    if (IT_DUMMY_VERBS.has(next.key))
      return after?.isWord === true && (/ed$/.test(after.key) || IRREGULAR_PARTICIPLES.has(after.key));
    // "On Tuesday, it laid off 300 workers", "it then sold": an irregular past tense is a verb too.
    return IT_VERBS.has(next.key) || IRREGULAR_PAST.has(next.key) || /^[a-z]{3,}ed$/.test(next.key);
  }

  /**
   * "President Zelensky" met before "Volodymyr Zelensky": one person, under the full name; "the City
   * Council" and "the Millbrook City Council": one organisation.
   */
  private mergeSingleNames(): void {
    const actors = [...this.actors.values()];
    const renamed = new Map([...linkPeople(actors), ...linkOrganisations(actors), ...linkCountryBodies(actors)]);
    for (const [from, to] of renamed) {
      const source = this.actors.get(from);
      const target = this.actors.get(to);
      if (!source || !target) continue;
      for (const role of source.roles) this.addRole(target, role);
      this.addAlias(target, source.name);
      for (const alias of source.aliases) this.addAlias(target, alias);
      this.actors.delete(from);
    }
    for (const mention of this.mentions) {
      const to = renamed.get(mention.actorId);
      if (to) mention.actorId = to;
      if (mention.titleOf) mention.titleOf = renamed.get(mention.titleOf) ?? mention.titleOf;
    }
  }
}

/**
 * Single-word people ("Lavrov", from "Foreign Minister Lavrov") that are the surname of exactly
 * one fuller name among `actors`: a map from the short id to the full one.
 */
export function linkPeople(actors: readonly ActorDraft[]): Map<string, string> {
  const bySurname = new Map<string, ActorDraft[]>();
  for (const actor of actors) {
    if (actor.kind !== 'person' || !actor.name.includes(' ')) continue;
    const surname = (actor.name.split(' ').at(-1) ?? '').toLowerCase();
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), actor]);
  }
  const links = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind !== 'person' || actor.name.includes(' ')) continue;
    const candidates = bySurname.get(actor.name.toLowerCase()) ?? [];
    const target = candidates[0];
    if (candidates.length === 1 && target && target.id !== actor.id) links.set(actor.id, target.id);
  }
  return links;
}

/**
 * Whether `acronym` spells the capitalised words of `name` ("KPA" for "Kenya Ports Authority"), or
 * all but a first word that is a country's or an abbreviation ("EPA" for "U.S. Environmental
 * Protection Agency").
 */
function spellsInitials(name: string, acronym: string): boolean {
  const words = name.split(/[\s\u2010-]+/).filter((word) => /^\p{Lu}/u.test(word));
  const initials = words.map((word) => word[0]).join('');
  if (initials === acronym) return true;
  const [first] = words;
  const dropsOwner = first !== undefined && (first.includes('.') || countryOf(first) !== undefined);
  return dropsOwner && initials.slice(1) === acronym;
}

/** A country's name or short name ("Nigeria", "UK"), not its capital or demonym. */
function isCountryName(phrase: PhraseMatch): boolean {
  return phrase.entry?.kind === 'country' && (phrase.form === 'name' || phrase.form === 'alias');
}

/** A capitalised word that names no one in particular: "City", "National", "Council". */
function isGenericWord(word: string): boolean {
  const key = word.toLowerCase();
  return COMMON_CAPITALISED.has(key) || TITLE_MODIFIERS.has(key) || ORG_SUFFIXES.has(key);
}

/**
 * Organisations named only by generic words ("the City Council") that are the tail of exactly one
 * fuller name among `actors` ("Millbrook City Council"): a map from the short id to the full one.
 */
export function linkOrganisations(actors: readonly ActorDraft[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind !== 'organization' || entryNamed(actor.name) || !actor.name.split(' ').every(isGenericWord))
      continue;
    const tail = ` ${actor.name.toLowerCase()}`;
    const fuller = actors.filter((other) => other.kind === 'organization' && other.name.toLowerCase().endsWith(tail));
    const [target] = fuller;
    if (target && fuller.length === 1) links.set(actor.id, target.id);
  }
  return links;
}

/**
 * A country's body named by what it is ("Romania's central bank", from `readCountryBody`) whose
 * full name the article gives once: the one organisation whose name holds the body's noun,
 * capitalised, and the country's name or adjective ("National Bank of Romania", "Kenyan Ministry
 * of Health"). A map from the short id to the full one.
 */
export function linkCountryBodies(actors: readonly ActorDraft[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const actor of actors) {
    const described = /^(.+)'s (?:[a-z]+ )*([a-z]+)$/.exec(actor.name);
    const country = described?.[1] === undefined ? undefined : countryOf(described[1]);
    const noun = described?.[2];
    if (actor.kind !== 'organization' || !country || !noun) continue;
    const head = noun.charAt(0).toUpperCase() + noun.slice(1);
    const names = [country.name, ...country.aliases, ...country.demonyms];
    const fuller = actors.filter((other) => {
      const words = ` ${other.name} `;
      return (
        other.kind === 'organization' &&
        other.id !== actor.id &&
        words.includes(` ${head} `) &&
        names.some((name) => words.includes(` ${name} `))
      );
    });
    const [target] = fuller;
    if (target && fuller.length === 1) links.set(actor.id, target.id);
  }
  return links;
}

/**
 * Finds the actors of one article and every mention of them. Mentions carry exact file offsets,
 * never overlap, and are sorted; see `ActorMention` for the forms.
 */
export function findActors(sentences: readonly Sentence[]): ActorIndex {
  return new ActorReader(sentences).read();
}
