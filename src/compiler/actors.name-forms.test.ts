import { describe, expect, it } from 'vitest';
import { findActors } from './actors.ts';
import { parseArticle } from './article.ts';
import { splitSentences } from './sentences.ts';

/**
 * The forms of bodies' names, on invented sentences in many news styles: a reader sees the whole
 * name as one body, the compiler must too (not a part of it, nor nothing).
 */
function actorMentionedAt(body: string, phrase: string, last = false) {
  const text = ` date 2026-03-04 ${body}`;
  const parsed = parseArticle({ file: 'name-forms.txt', text });
  if (!parsed.article) throw new Error('test article did not parse');
  const { actors, mentions } = findActors(splitSentences(parsed.article));
  const at = last ? text.lastIndexOf(phrase) : text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const mention = mentions.find((known) => known.start < at + phrase.length && known.end > at);
  return actors.find((actor) => actor.id === mention?.actorId);
}

/** The name of the actor the text mentions at `phrase` (its first occurrence), if any. */
function actorAt(body: string, phrase: string): string | undefined {
  return actorMentionedAt(body, phrase)?.name;
}

describe('what a body is for or on, inside its name', () => {
  it.each([
    ['The Court of Arbitration for Sport upheld the ban on Monday.', 'Court of Arbitration for Sport'],
    [
      'The Lurovian Society for the Protection of Birds bought the marsh on Monday.',
      'Lurovian Society for the Protection of Birds',
    ],
    ['The Committee on Public Accounts summoned the chief executive on Monday.', 'Committee on Public Accounts'],
    ['A report by the Council on Regional Affairs was published on Monday.', 'Council on Regional Affairs'],
    [
      'The Centre for the Study of Conflict warned on Tuesday that talks had stalled.',
      'Centre for the Study of Conflict',
    ],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it.each([
    ['The European Commission on Tuesday fined the bank.', 'European Commission', 'European Commission'],
    ['The Court of Appeal for Tuesday listed two cases.', 'Court of Appeal', 'Court of Appeal'],
  ])('a date after "on" or "for" is no part of the name: %s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });
});

describe('"and" inside a body\'s name', () => {
  it.each([
    ['The Association of Retired Teachers and Nurses marched on Monday.', 'Association of Retired Teachers and Nurses'],
    ['The Coalition for Safe Streets and Parks sued the city on Monday.', 'Coalition for Safe Streets and Parks'],
    ['The Chamber of Commerce and Industry welcomed the deal on Monday.', 'Chamber of Commerce and Industry'],
    ['The Ashcombe and District Rotary Club raised £5,000 on Saturday.', 'Ashcombe and District Rotary Club'],
    ['The Union of Metal and Textile Workers called a strike on Monday.', 'Union of Metal and Textile Workers'],
    [
      'The National Union of Rail, Maritime and Transport Workers called a strike on Monday.',
      'National Union of Rail, Maritime and Transport Workers',
    ],
    [
      'On Monday the Ministry of Labour, Employment and Social Affairs met the unions.',
      'Ministry of Labour, Employment and Social Affairs',
    ],
    [
      'A spokesman for the Ministerio de Agricultura, Ganadería y Pesca said on Monday that talks had stalled.',
      'Ministerio de Agricultura, Ganadería y Pesca',
    ],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it.each([
    ['The Bank of Japan, Reuters and Bloomberg reported the figures on Monday.', 'Reuters', 'Reuters'],
    ['Officials from the Ministry of Health, Kenya and Uganda met on Monday.', 'Ministry', 'Ministry of Health'],
    ['The Ministry of Health, Finance Minister Ana Ruiz and the unions met on Monday.', 'Ana Ruiz', 'Ana Ruiz'],
  ])('a list of names after a body is no part of it: %s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });

  it('keeps a body and a news agency apart', () => {
    const body = 'The Bank of Japan and Reuters reported the figures on Monday.';
    expect(actorAt(body, 'Reuters')).toBe('Reuters');
  });
});

describe('names that open with a quantifier or a plural', () => {
  it.each([
    ['The One Nation party announced on Tuesday that it would contest every seat.', 'One Nation party'],
    ['On Tuesday the One Nation Party announced that it would contest every seat.', 'One Nation Party'],
    ['The Friends of Ashcombe Meadow lodged an objection on Monday.', 'Friends of Ashcombe Meadow'],
    ['The Friends of the Earth sued the government on Monday.', 'Friends of the Earth'],
    ['The Sisters of Mercy Trust closed the shelter on Friday.', 'Sisters of Mercy Trust'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it('still reads a number word as no name', () => {
    expect(actorAt('Forty-one MCAs voted against the bill.', 'Forty')).toBeUndefined();
  });
});

describe('bodies named with a common word at the end', () => {
  it.each([
    ['The Coastal Fisheries Forum called on Tuesday for a ban on trawling.', 'Coastal Fisheries Forum'],
    ['The plan was criticised on Monday by the Amberley Forum.', 'Amberley Forum'],
    ['The Kestrel Civic Platform walked out of the council on Monday.', 'Kestrel Civic Platform'],
    ['Harbour City equalised in the 89th minute on Saturday.', 'Harbour City'],
    ['Harbour City beat Kestrel Town 2-1 on Saturday.', 'Harbour City'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });
});

describe('legal forms and company openers of other countries', () => {
  it.each([
    ['Solstice Energy LLP filed for bankruptcy on Monday.', 'Solstice Energy LLP', 'Solstice Energy'],
    ['Kestrel Mining Bhd suspended operations on Monday.', 'Kestrel Mining Bhd', 'Kestrel Mining'],
    ['Sentosa Holdings Pte Ltd bought the site on Monday.', 'Sentosa Holdings', 'Sentosa Holdings'],
    ['Varanasi Textiles Pvt Ltd laid off 200 workers on Monday.', 'Varanasi Textiles', 'Varanasi Textiles'],
    ['PT Garuda Lestari Tbk cancelled 40 flights on Monday.', 'Garuda Lestari', 'PT Garuda Lestari'],
    ['The Ministerio de Salud confirmed 40 cases on Tuesday.', 'Ministerio de Salud', 'Ministerio de Salud'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });
});

describe('lower-case words of a body after its name', () => {
  it.each([
    ['The Amberley parish council objected to the plan on Monday.', 'Amberley', 'Amberley parish council'],
    ['Kestrel town council voted on Monday to close the pool.', 'Kestrel', 'Kestrel town council'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });

  it('reads no body where a verb comes between the name and the noun', () => {
    expect(actorAt('Ana Ruiz told the council on Monday that she would resign.', 'Ana Ruiz')).toBe('Ana Ruiz');
  });
});

describe('a bare name that speaks after a "which" clause', () => {
  it('is a body', () => {
    const body = 'Arianespace, which operates the rocket, said in a statement that the valve would be replaced.';
    expect(actorMentionedAt(body, 'Arianespace')?.kind).toBe('organization');
  });

  it('is no actor when it does not speak', () => {
    expect(actorAt('Aurelia, which was due to launch in 2027, slipped to 2028.', 'Aurelia')).toBeUndefined();
  });
});

describe('"and" between common nouns before a body\'s word', () => {
  it.each([
    ['The Roads and Transport Authority closed the road on Monday.', 'Roads and Transport Authority'],
    ['The Parks and Wildlife Service closed the park on Monday.', 'Parks and Wildlife Service'],
    [
      'The National Environment and Planning Agency rejected the plan on Monday.',
      'National Environment and Planning Agency',
    ],
    ['The Department of Health and Social Care confirmed 12 cases on Monday.', 'Department of Health and Social Care'],
    ['Three officers from the Amberley Constabulary were suspended on Monday.', 'Amberley Constabulary'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it('keeps two clubs two', () => {
    const body = 'Kestrel Rovers and Amberley United were fined on Monday.';
    expect(actorAt(body, 'Kestrel Rovers')).toBe('Kestrel Rovers');
    expect(actorAt(body, 'Amberley United')).toBe('Amberley United');
  });
});

describe('weekdays that are given names', () => {
  it.each([
    ['Governor Monday Okpebholo signed the budget on Tuesday.', 'Okpebholo', 'Monday Okpebholo'],
    ['Sunday Adeyemi scored twice on Saturday.', 'Adeyemi', 'Sunday Adeyemi'],
    ['By Friday Ana Ruiz had resigned.', 'Ana Ruiz', 'Ana Ruiz'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });
});

describe('a capitalised "The" inside a sentence', () => {
  it('belongs to the name after it, which the text also writes without it', () => {
    const body =
      'The minister told The Kestrel Echo on Tuesday that she would resign. The Kestrel Echo reported on Wednesday that the mayor had resigned.';
    expect(actorAt(body, 'The Kestrel Echo')).toBe('The Kestrel Echo');
    expect(actorMentionedAt(body, 'Kestrel Echo reported', true)?.name).toBe('The Kestrel Echo');
  });

  it("is no body in a place's name", () => {
    expect(actorAt('The court in The Hague issued a warrant on Monday.', 'Hague')).toBeUndefined();
  });
});

describe('titles joined by hyphens', () => {
  it.each([
    ['Air Vice-Marshal Ann Hale took command of the air group on Tuesday.', 'Ann Hale'],
    ['Director-General Lena Park warned on Monday that funds were short.', 'Lena Park'],
    ['Lieutenant-Colonel Musa Danjuma led the patrol on Monday.', 'Musa Danjuma'],
    ['Jean-Luc Moreau resigned on Monday.', 'Jean-Luc Moreau'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it('keeps the title and name the text wrote as an alias', () => {
    const actor = actorMentionedAt('Air Vice-Marshal Ann Hale took command on Tuesday.', 'Ann Hale');
    expect(actor?.aliases).toContain('Air Vice-Marshal Ann Hale');
  });
});

describe('words that describe the name after them', () => {
  it.each([
    ['The Nasdaq-listed Kestrel Robotics Inc. laid off 300 staff on Monday.', 'Kestrel Robotics', 'Kestrel Robotics'],
    ['Booker-winning author Chidi Eze launched his novel on Tuesday.', 'Chidi Eze', 'Chidi Eze'],
    ['Mother-of-two Lena Park, 34, was jailed on Monday.', 'Lena Park', 'Lena Park'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });

  it('reads no body in the adjective', () => {
    expect(actorAt('Booker-winning author Chidi Eze launched his novel on Tuesday.', 'Booker')).toBeUndefined();
  });
});

describe('people named with a common word, an abbreviated rank or a generational suffix', () => {
  it.each([
    ['Tomas Berg and Lena Park were released on Monday.', 'Lena Park', 'Lena Park'],
    ['Lena Park, 34, was jailed on Monday.', 'Lena Park', 'Lena Park'],
    ['Sgt Tom Reilly was commended on Monday.', 'Tom Reilly', 'Tom Reilly'],
    ['Det Supt Mark Owen appealed for witnesses on Monday.', 'Mark Owen', 'Mark Owen'],
    ['Cllr Bev Ashworth resigned on Monday.', 'Bev Ashworth', 'Bev Ashworth'],
    ['Robert Hale III was sworn in on Monday.', 'Robert Hale', 'Robert Hale III'],
    ['Martin Luther King Jr. led the march in 1963.', 'Martin Luther', 'Martin Luther King Jr.'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });

  it('reads no person in a war', () => {
    expect(actorAt('World War II ended in 1945.', 'War')).toBeUndefined();
  });
});

describe('a bare name before a stock ticker', () => {
  it.each([
    ['Velmora (VLM.L) cut its forecast on Monday.'],
    ['Velmora (NYSE: VLM) said on Monday it would cut 300 jobs.'],
  ])('%s', (body) => {
    expect(actorAt(body, 'Velmora')).toBe('Velmora');
  });
});

describe('a noun for a kind of body opening the sentence before its name', () => {
  it.each([
    ['Charity Shelterwell warned on Monday that evictions were rising.', 'Shelterwell', 'Shelterwell'],
    ['Insurer Corvanta paid out on Monday.', 'Corvanta', 'Corvanta'],
    ['Developer Harrow Vale Homes withdrew the plan on Monday.', 'Harrow Vale Homes', 'Harrow Vale Homes'],
    ['Opposition party Kestrel First boycotted the vote on Monday.', 'Kestrel First', 'Kestrel First'],
    ['Pressure group Transparency Lurovia published the report on Monday.', 'Transparency', 'Transparency Lurovia'],
    ['Group Captain Ana Ruiz led the flypast on Monday.', 'Ana Ruiz', 'Ana Ruiz'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });

  it('reads no body in the noun itself', () => {
    expect(actorAt('Pressure group Transparency Lurovia published the report on Monday.', 'Pressure')).toBeUndefined();
  });
});

describe('a bare name that speaks with the day between it and its verb, as wire copy writes it', () => {
  it.each([
    ['Orbitel on Tuesday said it would cut 300 jobs.'],
    ['Orbitel late on Monday announced a new chief executive.'],
    ['Orbitel on Jan. 5 told the plant it would cut supplies.'],
    ['Orbitel yesterday confirmed the sale of its Leeds office.'],
    ['Orbitel last week announced 200 job cuts.'],
    ['Orbitel (ORB.L) on Monday night said it would cut 300 jobs.'],
  ])('%s', (body) => {
    expect(actorAt(body, 'Orbitel')).toBe('Orbitel');
  });

  it.each([
    ['Voting on Sunday ended peacefully in most districts.', 'Voting'],
    ['Trading on Monday closed higher after the rate decision.', 'Trading'],
    ['Snow on Monday night closed the Brenner pass.', 'Snow'],
  ])('reads no body in a noun before a day and a verb that is no speech: %s', (body, word) => {
    expect(actorAt(body, word)).toBeUndefined();
  });
});

describe('a business called after its field', () => {
  it.each([
    ['Arden Health opened a clinic in Tarvik on Monday.', 'Arden Health'],
    ['The regulator fined Kestrel Finance £2 million on Monday.', 'Kestrel Finance'],
    ['Norvik Transport raised its fares by 8% on Monday.', 'Norvik Transport'],
    ['Shareholders of Velmora Defence approved the merger on Friday.', 'Velmora Defence'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it.each([
    ['Health Minister Ana Ruiz resigned on Monday.', 'Health', 'Ana Ruiz'],
    ['Transport Secretary Ivo Brandt visited the depot on Monday.', 'Transport', 'Ivo Brandt'],
  ])('leaves a field that opens a title to the title: %s', (body, field, person) => {
    expect(actorMentionedAt(body, field)?.kind).not.toBe('organization');
    expect(actorAt(body, person)).toBe(person);
  });

  it.each([
    ['The Secretary of Health resigned on Monday.', 'Secretary of Health'],
    ['Ana Ruiz, Secretary of Defense, visited Kabul on Monday.', 'Secretary of Defense'],
  ])('makes no business of an office: %s', (body, office) => {
    expect(actorMentionedAt(body, office)?.kind ?? 'person').toBe('person');
  });
});

describe('a firm called after its trade or product', () => {
  it.each([
    ['On Monday, Brightline Cable met regulators in Leeds.', 'Brightline Cable'],
    ['Tarvo Broadband signed a supply deal with Kelso Freight on Tuesday.', 'Kelso Freight'],
    ['Tarvo Broadband signed a supply deal with Kelso Freight on Tuesday.', 'Tarvo Broadband'],
    ['Arto Cable and Lumo Dairy agreed to merge on Wednesday.', 'Lumo Dairy'],
    ['On Tuesday, Bajaj Auto met union leaders in Pune.', 'Bajaj Auto'],
    ['The regulator fined Orvane Tobacco on Friday.', 'Orvane Tobacco'],
  ])('%s', (body, name) => {
    const actor = actorMentionedAt(body, name);
    expect(actor?.name).toBe(name);
    expect(actor?.kind).toBe('organization');
  });

  it.each([
    ['On Monday, Vince Cable met union leaders in Leeds.', 'Vince Cable'],
    ['On Tuesday, Priya Dairy met officials in Pune.', 'Priya Dairy'],
    ['Sione Cable, 41, a farmer, met officials in Suva on Monday.', 'Sione Cable'],
    ['Ana Baker met Tevita Fonua in Suva on Monday.', 'Tevita Fonua'],
  ])('leaves a person whose surname is such a noun, or who is described, a person: %s', (body, name) => {
    expect(actorMentionedAt(body, name)?.kind).toBe('person');
  });
});

describe("an apposition opened by a place's possessive", () => {
  it.each([
    ["Orsa Telvi, Kenya's largest carrier, met regulators on Monday.", 'Orsa Telvi'],
    ["Tarsi Vanto, South Africa's biggest lender, met regulators on Monday.", 'Tarsi Vanto'],
    ["Merel Osk, Nairobi's oldest hospital, opened a ward on Monday.", 'Merel Osk'],
  ])("makes the name a body when its head is a body's noun: %s", (body, name) => {
    expect(actorMentionedAt(body, name)?.kind).toBe('organization');
  });

  it.each([
    ["Tarsi Vanto, Kenya's finance minister, met regulators on Monday.", 'Tarsi Vanto'],
    ["Tarsi Vanto, India's richest man, met regulators on Monday.", 'Tarsi Vanto'],
    ["Tarsi Vanto, Kenya's company registrar, met regulators on Monday.", 'Tarsi Vanto'],
  ])("leaves a person described by a title or a person's noun a person: %s", (body, name) => {
    expect(actorMentionedAt(body, name)?.kind).toBe('person');
  });
});

describe('a side whose nickname opens with a quantifier', () => {
  it.each([
    ['The All Blacks beat Ireland 24-19 on Saturday.', 'All Blacks'],
    ['Fiji drew with the All Whites on Sunday.', 'All Whites'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });
});

describe("bodies named in another language, with that language's small words", () => {
  it.each([
    [
      'On Monday, the Fédération des Travailleurs du Québec endorsed the plan.',
      'Fédération des Travailleurs du Québec',
    ],
    ['On Friday, the Agenzia delle Entrate raided the firm’s offices.', 'Agenzia delle Entrate'],
    ['The Associação dos Moradores do Morro held a protest on Sunday.', 'Associação dos Moradores do Morro'],
    [
      'The Bundesamt für Migration und Flüchtlinge published new figures on Tuesday.',
      'Bundesamt für Migration und Flüchtlinge',
    ],
    [
      'The Mouvement pour la Libération du Congo called for protests on Monday.',
      'Mouvement pour la Libération du Congo',
    ],
    [
      'On Monday, the Ministério da Agricultura e Pecuária announced new rules.',
      'Ministério da Agricultura e Pecuária',
    ],
    ['On Monday, the Gewerkschaft der Polizei called a strike.', 'Gewerkschaft der Polizei'],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });

  it.each([
    ['On Monday, Nur Aisyah binti Abdullah resigned as chair.', 'Nur Aisyah binti Abdullah'],
    ['Maria do Carmo Silva resigned on Monday.', 'Maria do Carmo Silva'],
  ])("a person's particle: %s", (body, name) => {
    expect(actorAt(body, name)).toBe(name);
  });
});

describe('a body whose name ends in a common word, with its initials right after the name', () => {
  it.each([
    [
      'The Kestrel Food Programme (KFP) suspended deliveries on Monday. On Tuesday, KFP resumed them.',
      'Kestrel Food Programme',
    ],
    [
      'The Kestrel Food Programme, KFP, suspended deliveries on Monday. On Tuesday, KFP resumed them.',
      'Kestrel Food Programme',
    ],
    [
      'The Lurovian Relief Programme, or LRP, closed its depots on Monday. On Tuesday, the LRP reopened them.',
      'Lurovian Relief Programme',
    ],
  ])('%s', (body, name) => {
    expect(actorAt(body, name)).toBe(name);
    const initials = name
      .split(' ')
      .map((word) => word[0])
      .join('');
    expect(actorMentionedAt(body, initials, true)?.name).toBe(name);
  });

  it('reads no initials that do not spell the name between its commas', () => {
    const body = 'The Kestrel Food Programme, WHO, and the ministry met on Monday.';
    expect(actorAt(body, 'WHO')).not.toBe('Kestrel Food Programme');
  });
});

describe('letters joined by an ampersand', () => {
  it.each([
    ['AT&T announced job cuts on Monday.', 'AT&T', 'AT&T'],
    ['On Monday, the regulator fined H&M.', 'H&M', 'H&M'],
    ['Shares in AT&T fell on Monday.', 'AT&T', 'AT&T'],
  ])('%s', (body, phrase, name) => {
    expect(actorAt(body, phrase)).toBe(name);
  });
});

describe('a firm named in another language, with no body word English knows, is no person', () => {
  it.each([
    ['Électricité de France announced a price rise on Monday.', 'Électricité de France'],
    ['On Monday, Deutsche Bahn cancelled 300 trains.', 'Deutsche Bahn'],
    ['Crédit Agricole cut rates on Monday.', 'Crédit Agricole'],
    ['On Monday, Televisión Española aired the interview.', 'Televisión Española'],
    ['On Monday, Radio Télévision Suisse aired the interview.', 'Radio Télévision Suisse'],
    ['On Monday, Rede Globo aired the interview.', 'Rede Globo'],
  ])('%s', (body, name) => {
    const actor = actorMentionedAt(body, name);
    expect([actor?.name, actor?.kind]).toEqual([name, 'organization']);
  });

  it.each([
    ['Charles de Gaulle Airport closed on Monday.', 'Charles de Gaulle', 'organization'],
    ['On Monday, Ana Paula Lima met the minister.', 'Ana Paula Lima', 'person'],
    ['Jorge Santiago resigned as coach on Monday.', 'Jorge Santiago', 'person'],
    ['Nasdaq Helsinki halted trading on Monday.', 'Nasdaq Helsinki', 'organization'],
  ])('keeps its reading: %s', (body, phrase, kind) => {
    expect(actorMentionedAt(body, phrase)?.kind ?? 'organization').toBe(kind);
  });
});

describe('a bare name that meets or visits is a person, as one that speaks may be a body', () => {
  it.each([
    ['Ramaphosa met Tinubu in Abuja on Monday.', 'Ramaphosa', 'person'],
    ['On Tuesday Modi met Sharif in Astana.', 'Modi', 'person'],
    ['Lula visited Beijing on Monday.', 'Lula', 'person'],
    ['Velto met its sales target in May, the firm said on Monday.', 'Velto', 'organization'],
    ['Naftogaz said on Monday that gas flows had resumed.', 'Naftogaz', 'organization'],
  ])('%s', (body, name, kind) => {
    const actor = actorMentionedAt(body, name);
    expect([actor?.name, actor?.kind]).toEqual([name, kind]);
  });
});

describe("a business's arm in a country, named by the business and the country", () => {
  it.each([
    ['On Tuesday, the regulator fined Santander UK.', 'Santander UK'],
    ['Vodafone UK cut 200 jobs on Monday.', 'Vodafone UK'],
    ['Shell Nigeria halted production on Monday.', 'Shell Nigeria'],
  ])('%s', (body, name) => {
    const actor = actorMentionedAt(body, name);
    expect([actor?.name, actor?.kind]).toEqual([name, 'organization']);
  });

  it.each([
    ['Patricia Scotland met the envoy on Monday.', 'Patricia Scotland', 'person'],
    ['Michael Jordan visited Paris on Monday.', 'Michael Jordan', 'person'],
  ])('a person whose surname is a country keeps it: %s', (body, name, kind) => {
    const actor = actorMentionedAt(body, name);
    expect([actor?.name, actor?.kind]).toEqual([name, kind]);
  });
});

describe('one name word after a lower-case noun for a person', () => {
  it.each([
    ['The striker Neymar scored twice on Saturday.', 'Neymar', 'person'],
    ['The singer Shakira performed in Lima on Saturday.', 'Shakira', 'person'],
    ['On Monday the president Nawrocki vetoed the bill.', 'Nawrocki', 'person'],
    ['The deal was signed by the carrier Flyvo on Monday.', 'Flyvo', 'organization'],
  ])('%s', (body, name, kind) => {
    const actor = actorMentionedAt(body, name);
    expect([actor?.name, actor?.kind]).toEqual([name, kind]);
  });

  it('is no person where a side is called so too', () => {
    expect(actorMentionedAt('The cup winner Halvik lost on Saturday.', 'Halvik')?.kind).not.toBe('person');
  });
});

describe('a firm of films named after its trade', () => {
  it.each([
    ['Kestrel Pictures bought the rights on Monday.', 'Kestrel Pictures'],
    ['On Monday, Halden Productions cut 40 jobs.', 'Halden Productions'],
    ['Zentara Films sold the rights on Monday.', 'Zentara Films'],
    ['Nordlys Entertainment bought the studio on Monday.', 'Nordlys Entertainment'],
  ])('%s', (body, name) => {
    const actor = actorMentionedAt(body, name);
    expect([actor?.name, actor?.kind]).toEqual([name, 'organization']);
  });
});
