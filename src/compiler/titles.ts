/**
 * Word lists for reading titles and names: what heads a title ("minister", "chief"), what may
 * modify one ("foreign", "deputy"), honorifics, name particles, words that end organisation names,
 * and capitalised words that are never part of a person's name. All keys are lower case.
 * These are words of English news style, not names of anyone.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word !== ''));
}

/** Nouns that head a title: "Foreign Minister", "port authority chief", "Gen.". */
export const TITLE_HEADS = set(`
  president minister secretary chancellor premier mayor governor senator congressman congresswoman
  congressperson lawmaker legislator ambassador envoy spokesperson spokesman spokeswoman chief head
  director chairman chairwoman chair commissioner king queen prince princess pope sheikh emir sultan
  judge justice commander general admiral colonel captain lieutenant sergeant major marshal coach
  representative officer ceo cfo coo cto executive founder counsel attorney speaker leader
  superintendent principal inspector sheriff pastor bishop cardinal rabbi imam archbishop patriarch
  dean provost professor chancellor economist analyst adviser advisor aide manager administrator
  negotiator diplomat councilman councilwoman councillor councilor alderman treasurer comptroller
  auditor registrar ombudsman monarch pontiff viceroy regent dictator strongman owner publisher editor
  correspondent researcher scientist astronaut pilot striker midfielder defender goalkeeper
  quarterback captain skipper trustee deputy official member clerk activist resident student
  teacher nurse farmer lawyer witness worker employee organizer organiser volunteer candidate
  challenger incumbent nominee secretary-general parent mother father neighbor neighbour spectator
  passenger driver shopper fan customer tenant homeowner patient survivor victim engineer designer
  programmer consultant banker investor entrepreneur architect physician surgeon doctor journalist
  author writer historian prosecutor detective constable magistrate coroner paramedic firefighter
  coordinator rapporteur mediator chairperson ombudsperson collector commodore brigadier corporal
  gen. lt. col. sgt. capt. gov. sen. rep. adm. maj. cmdr. amb. pres. supt. insp. det. prof. dr. rev.
  sgt supt insp det cllr capt cmdr lt maj gov rep
`);

/** Titles that come straight before a name and stand alone: "Dr. Amara Okafor", "Mr. Reyes". */
export const HONORIFICS = set(`mr. mrs. ms. miss mx. dr. prof. sir dame lord lady mr mrs ms dr`);

/** Honorifics that say a person's gender, for pronoun agreement. */
export const MALE_HONORIFICS = set(
  `mr. mr sir lord king prince sheikh emir sultan pope congressman spokesman chairman councilman`,
);
export const FEMALE_HONORIFICS = set(
  `mrs. mrs ms. ms miss dame lady queen princess congresswoman spokeswoman chairwoman councilwoman`,
);

/** Words that may stand inside a title before its head: "Deputy Foreign", "Secretary of State". */
export const TITLE_MODIFIERS = set(`
  former acting deputy vice prime foreign defense defence finance interior home health trade
  economy economic energy justice education state chief senior junior first assistant associate
  executive managing general special high supreme grand crown opposition majority minority
  interim outgoing incoming elected designate lead principal national federal regional provincial
  municipal city county district attorney agriculture labor labour transport transportation
  environment culture science technology digital treasury commerce industry development security
  intelligence army navy naval air force military armed forces joint staff chiefs of the and for
  homeland veterans housing immigration foreign-affairs affairs european international public press
  communications operating financial technical medical legal political top co-founder head team
  union party club league country company corporate board port harbor harbour transit police fire
  school university hospital policy human rights climate budget tax cyber nuclear arms border
  aviation space research campaign program programme project mission chair board's company's
  council member members rescue emergency relief aid customs election electoral food drug drugs fish
  fisheries forestry sport sports tourism youth welfare wildlife ethics infrastructure
`);

/** Words that may start a lower-case title after a determiner: "the health minister". */
export const TITLE_STOP_BEFORE = set(`the a an his her its their our your my this that these those whose`);

/** Last words of organisation names: "Port Authority", "Defense Ministry", "Acme Corp.". */
export const ORG_SUFFIXES = set(`
  ministry department agency council authority commission bank party group corp. corp inc. inc
  company co. ltd. ltd llc plc gmbh oyj oy asa spa s.p.a. pty sarl university college institute court parliament assembly
  committee board union unions federation confederation association organization organisation foundation fund trust
  bureau office service services administration command army navy force forces guard police
  senate congress house cabinet government administration network news post times journal herald
  tribune press agency airlines airways motors industries holdings partners systems technologies
  labs laboratories energy exchange reserve league club team front movement alliance coalition
  society center centre school hospital church mission tribunal secretariat directorate
  corporation enterprises ventures capital securities insurance media studios films pictures productions entertainment elementary academy
  microelectronics electronics semiconductor semiconductors steel oil gas petroleum airlines rail
  railways pharmaceuticals pharma therapeutics biotech solutions batteries power motors foods
  brands logistics shipping mining resources healthcare robotics dynamics aerospace telecom
  communications railroad utilities utility airport port authority commission broadcasting radio
  television tv channel zoo museum gallery library theatre theater opera orchestra ratings networks
  community commonwealth united rovers wanderers athletic albion cooperative co-operative consortium
  guild syndicate glassworks ironworks steelworks brickworks gasworks waterworks brewery distillery
  winery shipyard homes developments properties estates regulator watchdog town brothers tech water
  cement textiles dairies chemie chemicals plastics packaging fertilisers fertilizers cables agro
  logistik logistique bygg rakennus costruzioni construcciones stroy energi energia energie seguros
  sparebank transporte transports air chamber constabulary legislature
`);

/**
 * Name particles that stay lower case inside a name: "von der Leyen", "bin Salman", "binti
 * Abdullah", "Maria do Carmo", and in a body's name "Fédération des Travailleurs", "Agenzia delle
 * Entrate".
 */
export const NAME_PARTICLES = set(
  `von van der den de del della delle degli dei di da das do dos des du la le bin binti bint ibn al el ter ten y zu`,
);

/** Words that join an organisation name to its complement: "Bank of Japan", "Port Authority of Salem". */
export const ORG_JOINERS = set(`of for on and & the`);

/** Capitalised words that never begin a person's name: function words, months, days. */
export const NON_NAME_WORDS = set(`
  the a an in on at and but or nor so yet for of to from by with as after before when while since
  until unless if though although because despite during over under about around between among
  now then later earlier meanwhile still also already only even just however instead moreover
  gradually eventually finally first last next this that these those there here it its we they you
  i he she his her him their our my your what which who whom whose where why how many much more
  most some any all both each every no not none other another such same several few one two three
  january february march april may june july august september october november december
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
  monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
  according asked said says told added wrote noted officials sources critics analysts residents
  people police troops forces experts reporters
  mr. mrs. ms. dr.
  rival rivals neighbouring neighboring fellow embattled beleaguered speaking separately elsewhere
`);

/**
 * Capitalised words that are common nouns or adjectives, never part of a person's name, even in a
 * run of capitals ("Truth Social", "General Assembly", "Economic"). Title and organisation words
 * are excluded through the lists above; this adds the rest of headline vocabulary.
 */
export const COMMON_CAPITALISED = set(`
  social truth media state states united republic democratic people's peoples national federal
  central global world international economic military political public private royal imperial
  north south east west northern southern eastern western new old great greater upper lower
  summit conference forum talks treaty accord agreement deal plan act law bill program programme
  war peace crisis operation day week month year season cup championship games olympics election
  street avenue road square bridge river lake sea ocean island islands mountain mountains valley
  delta province region basin peninsula coast strait desert plateau canyon oblast prefecture
  airport station harbor harbour port bay hall palace tower plaza park center centre arena stadium
  platform app website online twitter facebook instagram tiktok youtube telegram x
  breaking update live exclusive analysis opinion editorial
  christmas easter ramadan thanksgiving
  god covid-19 covid internet mill mills works plant factory farm farms mine site campus building
  rugby football soccer cricket baseball basketball hockey tennis golf
  local regional provincial village tribal rebel
`);

/**
 * Abbreviations written in capitals that name no body: titles ("DCP Ravi Kumar", "the CEO"),
 * currencies and units ("EUR 40 million", "40 MW"), time zones, economic, medical and legal terms
 * ("GDP", "ICU", "an FIR"), ratings, Roman numerals and words set in capitals for a heading.
 */
export const COMMON_ACRONYMS = set(`
  ceo cfo coo cto cio md gm dg vc mp mps mla mlas mca mcas mep msp td dcp acp sp ssp dsp igp dig sho
  cj pro pa pm am ad bc tv fm id ok ai it pr hr hq qc kc sc gp
  usd eur gbp jpy cny rmb inr ngn kes zar aud cad chf sek nok dkk nzd ghs ugx tzs egp brl mxn rub try
  km kg mw gw kw kwh mwh gwh bpd mph kmh cc mm cm utc gmt bst cet cest eet eest est edt pst pdt ist
  wat eat sast aest aedt nzst
  gdp gnp cpi pmi vat gst ipo etf esg lng lpg cng ev evs suv suvs rv hiv aids dna rna icu mri ct er
  covid sars ppe fir pil ngo ngos idp idps ied ieds uav uavs rpg pow ama faq pdf url gps atm sim sms
  cctv var mvp odi t20 rsvp asap diy lgbt lgbtq aaa aa bbb bb ccc
  ii iii iv vi vii viii ix xi xii
  breaking update updated live watch exclusive alert note news brief analysis opinion
`);

/** Time zones written after a time of day: "14:05 GMT", "9.40am BST". */
export const TIME_ZONES = set(`
  utc gmt bst ist cet cest eet eest wet west est edt cst cdt mst mdt pst pdt akst hst wat eat cat sast
  msk pkt hkt sgt jst kst awst acst aest aedt nzst nzdt
`);

/** Verbs that, right after a lone capitalised word, show it is a person: "Okafor said". */
export const PERSON_VERBS = set(`
  said says told added wrote argued insisted noted warned stressed urged acknowledged admitted
  explained replied responded declined denied confirmed announced tweeted posted asked recalled
  met meets visited called spoke speaks thinks believes hopes wants
`);

/** Personal pronouns the stage resolves, with the gender they carry. */
export const PRONOUN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

/** Heads that name a head of state or government, which "leader" may refer to. */
export const LEADER_HEADS = set(`president prime premier chancellor king queen emir sultan leader monarch dictator`);

/** Titles that are part of a single-word name: "Pope Francis", "King Charles". */
export const REGNAL_TITLES = set(`pope king queen prince princess emperor empress sheikh saint st. tsar czar`);

/** Title words that are also surnames: "Lorraine Bishop" is a person when a given name precedes. */
export const SURNAME_TITLES = set(`bishop king major judge marshal dean cardinal chancellor`);

/** Lower-case nouns after a name that show it is an organisation: "Arianespace executives". */
export const ORG_MEMBER_NOUNS = set(`
  executives officials employees workers staff shareholders investors engineers spokesperson
  spokesman spokeswoman shares stock headquarters chief ceo board management executive official
  plant factory site subsidiary unit activists members campaigners researchers volunteers protesters
  negotiators delegates representatives inspectors investigators analysts economists pilots
`);

/**
 * Common nouns that refer back to an organisation the text has named: "the board" (the Riverton
 * school board), "the ministry", "the bloc" (see the gazetteer's nouns), "the company".
 */
export const ORG_REFERENCE_NOUNS = set(`
  board council ministry department agency commission committee court parliament authority bank
  company firm group bloc alliance union cartel federation association organization organisation
  league club team side squad party university school district hospital network airline carrier insurer
  lender maker manufacturer automaker carmaker chipmaker retailer startup conglomerate operator
  producer supplier developer watchdog regulator fund foundation institute movement giant miner
  exporter refiner broadcaster chain utility museum gallery library theatre theater orchestra charity
  cooperative co-operative trust tribunal academy college government assembly force bench cabinet
  senate legislature army navy coastguard guard service military rebels militants insurgents guerrillas
  jihadists fighters office bureau embassy directorate inspectorate secretariat festival
`);

/** Of those, the nouns for a business: "the company" may be any business the text named. */
export const BUSINESS_NOUNS = set(`
  company firm maker manufacturer automaker carmaker chipmaker retailer startup conglomerate
  operator producer supplier developer airline carrier insurer lender giant miner exporter refiner
  broadcaster chain group utility
`);

/** Words that make an organisation's name a public body's, which "the company" never means. */
export const PUBLIC_BODY_WORDS = set(`
  ministry department agency council board commission committee court parliament assembly senate
  congress government administration authority police army navy force forces school university
  college hospital district city county office bureau service union party league club team
  laboratory laboratories lab labs institute museum library national
`);
