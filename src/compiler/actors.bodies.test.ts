import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';
import { findActors } from './actors.ts';
import { compileArticles } from './compile.ts';
import { splitSentences } from './sentences.ts';

/**
 * Bodies as the actors of events, on sentences invented for the purpose (wire, British local,
 * live blog, business, sports, Nigerian and Kenyan papers) about invented companies, forces,
 * ministries and people: a body a reader sees acting is an actor of the event, whether the text
 * names it in full, by its people ("Greenpeace activists", "Police"), by what is owned of it
 * ("Shares in Brightwater") or, for a country, by its unnamed office holder ("the Irish minister").
 */
function compiled(body: string) {
  const text = ` date 2026-03-04\n\n${body.split(' || ').join('\n\n')}\n`;
  const { list } = compileArticles([{ file: 'bodies.txt', text }]);
  const byId = new Map(list.actors.map((actor) => [actor.id, actor]));
  return {
    /** The actors of the events told by the sentence containing `phrase`, as "name (kind)". */
    actorsOf(phrase: string): string[] {
      const events = list.events.filter((event) => event.sources.some((source) => source.sentence.includes(phrase)));
      const actors = events.flatMap((event) => event.actors.map((id) => byId.get(id)));
      return [...new Set(actors.map((actor) => `${actor?.name} (${actor?.kind})`))];
    },
    /** Whether the sentence containing `phrase` tells an event. */
    hasEvent(phrase: string): boolean {
      return list.events.some((event) => event.sources.some((source) => source.sentence.includes(phrase)));
    },
  };
}

describe('a force of two areas after a live blog time stamp', () => {
  it.each([
    ['14:05 GMT Avon and Somerset Police said the road had reopened.', 'Avon and Somerset Police'],
    ['09:12 BST Devon and Cornwall Police closed the A30 after a crash.', 'Devon and Cornwall Police'],
    ['The Avon and Somerset Police said on Monday the road had reopened.', 'Avon and Somerset Police'],
    ['UPDATE 11:40 Avon and Somerset Police said a man had been arrested.', 'Avon and Somerset Police'],
  ])('%s', (body, force) => {
    expect(compiled(body).actorsOf(body.slice(-20))).toEqual([`${force} (organization)`]);
  });
});

describe('a body named by its people or by what is owned of it', () => {
  it.each([
    ['Greenpeace activists boarded the tanker off Rotterdam on Tuesday.', 'Greenpeace'],
    ['Amnesty International researchers visited the camp in Goma on Tuesday.', 'Amnesty International'],
    ['Unite members at Kessler Bank voted on Friday to strike.', 'Unite'],
    ['Shares in Brightwater fell 12% on Tuesday after the results.', 'Brightwater'],
    ['Shares of Vantor jumped 8% on Wednesday.', 'Vantor'],
    ['Workers at Halden Foods walked out on Monday over pay.', 'Halden Foods'],
    ["Brightwater's shares fell 12% on Tuesday.", 'Brightwater'],
  ])('%s', (body, name) => {
    expect(compiled(body).actorsOf(body.slice(-20))).toContain(`${name} (organization)`);
  });

  it.each([
    ['Workers in Bergen walked out on Monday.', 'Bergen'],
    ['Shares in Asia fell on Monday.', 'Asia'],
  ])('keeps a place a place: %s', (body, place) => {
    expect(compiled(body).actorsOf(body.slice(-15)).join()).not.toContain(place);
  });
});

describe('a country by its office holder, named nowhere', () => {
  it.each([
    ['The Irish minister arrived in Brussels on Monday.', 'Ireland'],
    ['The Kenyan president flew to Addis Ababa on Tuesday.', 'Kenya'],
    ['The Norwegian foreign minister will visit Tokyo next week.', 'Norway'],
    ['The Ghanaian finance minister resigned on Thursday.', 'Ghana'],
  ])('%s', (body, country) => {
    expect(compiled(body).actorsOf(body.slice(-20))).toContain(`${country} (country)`);
  });

  it('gives a named holder the event, not the country', () => {
    const { actorsOf } = compiled('Irish Foreign Minister Aoife Brennan arrived in Brussels on Monday.');
    expect(actorsOf('arrived')).toEqual(['Aoife Brennan (person)']);
  });

  it('does not make a country of a person described by nationality', () => {
    expect(compiled('A Kenyan man was arrested in Leeds on Tuesday.').actorsOf('arrested').join()).not.toContain(
      'Kenya',
    );
  });
});

describe('the people of the one body of their kind named before', () => {
  it.each([
    [
      'A fire broke out at a factory in Grimsby. || Humberside Police said on Monday that no one was hurt. || Police arrested a man on Tuesday.',
      'Police arrested',
      'Humberside Police',
    ],
    [
      'Westmere District Council approved the road plan in 2024. || Officials said on Tuesday that the road would close on Friday.',
      'road would close',
      'Westmere District Council',
    ],
    [
      'Lagos State Government banned okada in 2022. || The government said on Monday it would extend the ban.',
      'government said',
      'Lagos State Government',
    ],
    [
      'The Mombasa County Assembly met last week. || The assembly voted on Tuesday to impeach the governor.',
      'assembly voted',
      'Mombasa County Assembly',
    ],
    [
      'Castlebridge United beat Rovers 2-0 on Saturday. || The club said on Monday it had signed a new striker.',
      'club said',
      'Castlebridge United',
    ],
  ])('%s', (body, phrase, body_) => {
    expect(compiled(body).actorsOf(phrase)).toContain(`${body_} (organization)`);
  });

  it.each([
    'Thames Valley Police and Surrey Police searched the area. || Police arrested a man on Tuesday.',
    'A man was seen near the station. || Police arrested a man on Tuesday.',
  ])('names nobody when no force or two are named: %s', (body) => {
    const { actorsOf, hasEvent } = compiled(body);
    expect(hasEvent('Police arrested')).toBe(true);
    expect(actorsOf('Police arrested')).toEqual([]);
  });
});

describe('a company of two capitalised words that no given name opens', () => {
  it.each([
    ['Met Éireann said on Tuesday it had issued a red warning for Cork.', 'Met Éireann'],
    ['Rhein Chemie said on Friday it had shut a plant in Krefeld after a leak.', 'Rhein Chemie'],
    ['Obi Cement said on Tuesday it had raised its prices.', 'Obi Cement'],
    ['Lindqvist Bygg won a contract for the Malmö hospital on Wednesday.', 'Lindqvist Bygg'],
    ['Volkov Logistik announced on Monday a new depot near Leipzig.', 'Volkov Logistik'],
    ['Marchetti Costruzioni won the bid for the bridge on Friday.', 'Marchetti Costruzioni'],
    ['Adeyemi Textiles laid off 300 workers on Tuesday.', 'Adeyemi Textiles'],
    ['Mwangi Dairies was fined on Wednesday for polluting the river.', 'Mwangi Dairies'],
    ['Grupo Alvarado bought a stake in a Peruvian miner on Monday.', 'Grupo Alvarado'],
    ['Sørland Energi raised prices on Friday.', 'Sørland Energi'],
  ])('%s', (body, name) => {
    expect(compiled(body).actorsOf(body.slice(-20))).toContain(`${name} (organization)`);
  });

  it.each([
    [
      'Nordfjord Kraft shut two plants on Monday. || The company said on Tuesday it would cut 300 jobs.',
      'Nordfjord Kraft',
    ],
    ['Lindqvist Bygg won the hospital contract on Wednesday. || It will start work in May.', 'Lindqvist Bygg'],
    [
      'Haugen Fisk signed a deal with a Chinese buyer on Monday. || The firm said on Tuesday it would hire 50 staff.',
      'Haugen Fisk',
    ],
  ])('is a company when the next sentence calls it one: %s', (body, name) => {
    const { actorsOf } = compiled(body);
    expect(actorsOf(body.split(' || ')[0]?.slice(-20) ?? '')).toEqual([`${name} (organization)`]);
    expect(actorsOf(body.split(' || ')[1]?.slice(-20) ?? '')).toContain(`${name} (organization)`);
  });

  it.each([
    ['Ana Ferraro cut the ribbon on Thursday.', 'Ana Ferraro'],
    ['Thomas Kraft won the race on Sunday. || He said on Monday he would retire.', 'Thomas Kraft'],
    ['Lena Fisk signed the contract on Monday. || She will join the club in July.', 'Lena Fisk'],
    ['Sara Lind resigned on Monday. || The company said on Tuesday it had accepted the resignation.', 'Sara Lind'],
    [
      'Ana Ruiz founded a bakery in Seville in 2019. || The company said on Monday it would open a second shop.',
      'Ana Ruiz',
    ],
  ])('keeps a person a person: %s', (body, name) => {
    expect(compiled(body).actorsOf(body.split(' || ')[0]?.slice(0, 12) ?? '')).toEqual([`${name} (person)`]);
  });
});

describe('"the board" of the body the article is about', () => {
  it('is not a body named in passing, and goes on meaning the body it meant', () => {
    const { actorsOf } = compiled(
      [
        'The Central Bank of Norvania held its main rate at 4% on Thursday, a decision expected by economists polled by Reuters.',
        'At its previous meeting on Nov. 12, the board also held rates.',
        '"They are waiting," said Ana Matei, chief economist at Banca Ferraro.',
        "The board's next meeting is scheduled for Feb. 11.",
      ].join(' || '),
    );
    expect(actorsOf('the board also held')).toContain('Central Bank of Norvania (organization)');
    expect(actorsOf('next meeting')).toContain('Central Bank of Norvania (organization)');
  });
});

describe('the sides of a fixture', () => {
  it.each([
    [
      'Harbour City FC hosted Dynamo Tallinn on Sunday. || The visitors sacked their manager on Monday.',
      'Dynamo Tallinn',
    ],
    [
      'Dynamo Tallinn won 2-1 at Harbour City FC on Sunday. || The visitors sacked their manager on Monday.',
      'Dynamo Tallinn',
    ],
    [
      'Corby Rovers v Harlow Town was abandoned on Saturday. || The visitors sacked their manager on Monday.',
      'Harlow Town',
    ],
  ])('%s', (body, side) => {
    expect(compiled(body).actorsOf('sacked')).toEqual([`${side} (organization)`]);
  });

  it('finds the home side as "the hosts"', () => {
    const text =
      ' date 2026-03-04\n\nHarbour City FC hosted Dynamo Tallinn on Sunday.\n\nThe hosts equalised late on.\n';
    const { article } = parseArticle({ file: 'hosts.txt', text });
    const { actors, mentions } = findActors(splitSentences(article!));
    const hosts = mentions.find((mention) => text.slice(mention.start, mention.end) === 'The hosts');
    expect(actors.find((actor) => actor.id === hosts?.actorId)?.name).toBe('Harbour City FC');
  });

  it('names no side when the text told no fixture', () => {
    const { actorsOf, hasEvent } = compiled(
      'Dynamo Tallinn beat Harbour City FC on Sunday. || The visitors sacked their manager on Monday.',
    );
    expect(hasEvent('sacked')).toBe(true);
    expect(actorsOf('sacked')).toEqual([]);
  });

  it.each([
    ['Kestrel Town AFC sacked manager Ian Hale on Monday.', 'Kestrel Town AFC'],
    ['Harbour City FC signed the striker on Friday.', 'Harbour City FC'],
  ])('reads a club by the letters after its name: %s', (body, club) => {
    expect(compiled(body).actorsOf(body.slice(-12))).toContain(`${club} (organization)`);
  });
});

describe('the writer of a dispatch under a byline', () => {
  it.each([
    ['By Ana Ruiz || I arrived in Kherson on Monday morning.', 'arrived in Kherson', 'Ana Ruiz'],
    ['By Tomas Berg in Kabul || We reached the border on Tuesday.', 'reached the border', 'Tomas Berg'],
    ['By Ana Ruiz, Lagos correspondent || I met the governor on Monday.', 'met the governor', 'Ana Ruiz'],
  ])('%s', (body, phrase, writer) => {
    expect(compiled(body).actorsOf(phrase)).toContain(`${writer} (person)`);
  });

  it('is nobody without a byline, and not the speaker of a quotation', () => {
    expect(compiled('I arrived in Kherson on Monday morning.').actorsOf('arrived')).toEqual([]);
    const { actorsOf } = compiled('By Ana Ruiz || "I resigned on Monday," said Ivan Petrenko, the mayor.');
    expect(actorsOf('I resigned').join()).not.toContain('Ana Ruiz');
  });
});

describe('a person described by what they do for a body', () => {
  it('is a person, found again by the noun', () => {
    const { actorsOf } = compiled(
      'Rajesh Kumar, the district collector, inspected the dam on Monday. || The collector ordered repairs on Tuesday.',
    );
    expect(actorsOf('inspected')).toEqual(['Rajesh Kumar (person)']);
    expect(actorsOf('ordered repairs')).toEqual(['Rajesh Kumar (person)']);
  });
});

describe('a pair named before, as "the two ..." or "both ..."', () => {
  it.each([
    [
      'Kenya and Uganda signed a border deal in 2024. || The two countries met again on Monday in Kampala.',
      'met again',
      ['Kenya', 'Uganda'],
    ],
    [
      'Brightwater Mining and Kestrel Aerospace agreed to merge on Monday. || The two companies will close the deal in June.',
      'close the deal',
      ['Brightwater Mining', 'Kestrel Aerospace'],
    ],
    [
      'President Ana Ruiz spoke to Chancellor Ivo Brandt on Monday. || Both leaders will meet in Berlin next week.',
      'meet in Berlin',
      ['Ana Ruiz', 'Ivo Brandt'],
    ],
  ])('%s', (body, phrase, names) => {
    const actors = compiled(body)
      .actorsOf(phrase)
      .map((actor) => actor.replace(/ \(.*\)$/, ''));
    expect(actors).toEqual(expect.arrayContaining(names));
  });

  it('names nobody when three were named', () => {
    const { actorsOf, hasEvent } = compiled(
      'Kenya, Uganda and Tanzania signed a deal in 2024. || The two countries met again on Monday.',
    );
    expect(hasEvent('met again')).toBe(true);
    expect(actorsOf('met again')).toEqual([]);
  });
});

describe('a body named again by another noun, or at a time stamp', () => {
  it.each([
    [
      'Detectives from the Metropolitan Police arrested a man on Monday. || The force said on Tuesday he had been released on bail.',
      'force said',
      'Metropolitan Police',
    ],
    [
      'The Delhi High Court heard the petition on Monday. || The bench reserved its order on Tuesday.',
      'bench reserved',
      'Delhi High Court',
    ],
    [
      '07:40 — Met Éireann upgraded its wind warning for Galway to red at 6am, saying gusts could exceed 130km/h.',
      'gusts',
      'Met Éireann',
    ],
    ['The All Progressives Congress expelled the senator on Monday.', 'expelled', 'All Progressives Congress'],
    ['Sahel Air said on Monday it would cancel 200 flights.', 'cancel', 'Sahel Air'],
  ])('%s', (body, phrase, name) => {
    expect(compiled(body).actorsOf(phrase)).toContain(`${name} (organization)`);
  });

  it('reads a lone name with an age as a person', () => {
    expect(compiled('Lewandowska, 34, was charged on Friday with assault.').actorsOf('charged')).toEqual([
      'Lewandowska (person)',
    ]);
  });
});

describe('a legislature named by its place', () => {
  it.each([
    ['The Ontario legislature passed the ambulance bill on Thursday.', 'Ontario legislature'],
    ['The Tasmanian Legislature rose for the winter on Friday night.', 'Tasmanian Legislature'],
    ['The Kessel legislature adjourned on Tuesday after a vote on the budget.', 'Kessel legislature'],
  ])('%s', (body, legislature) => {
    expect(compiled(body).actorsOf(body.slice(-20))).toEqual([`${legislature} (organization)`]);
  });
});
