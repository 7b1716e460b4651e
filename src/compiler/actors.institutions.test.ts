import { describe, expect, it } from 'vitest';
import { eventActorNames, eventLines } from './event-lines.ts';

/**
 * Public bodies the sentence names only by what they are, as the doers of its event: sentences
 * invented for the purpose in wire, local-paper, parliamentary, markets and sports-page styles,
 * about invented bodies. A reader sees "the city council" or "the Senate" act; the event should
 * say so, named as the text names it.
 */
const actorsOf = eventActorNames;

describe('a lower-case body the text names by its kind', () => {
  it.each([
    ['The central bank raised its main rate to 6.5% on Wednesday.', 'central bank'],
    ['The city council approved the new tram line on Monday night.', 'city council'],
    ['On Monday the cabinet approved the draft law on water rights.', 'cabinet'],
    ['The state legislature passed the measure on Monday.', 'state legislature'],
    ['The school board voted on Tuesday to close two schools.', 'school board'],
    ['The county council approved the budget on Wednesday.', 'county council'],
    ['The supreme court struck down the law on Friday.', 'supreme court'],
    ['The local council shut the library on Monday.', 'local council'],
    ['The navy rescued 40 migrants on Saturday.', 'navy'],
    ['The coastguard rescued two kayakers on Monday.', 'coastguard'],
    ['The coast guard rescued 14 fishermen off Valdora on Tuesday.', 'coast guard'],
    ['The air force struck rebel positions on Sunday.', 'air force'],
    ['The fire service rescued a dog from the canal on Monday.', 'fire service'],
    ["The tax authority raided the firm's offices on Tuesday.", 'tax authority'],
    ['The competition regulator blocked the merger on Wednesday.', 'competition regulator'],
    ['The university council suspended the course on Monday.', 'university council'],
  ])('%s', (body, name) => {
    expect(actorsOf(body)).toContain(name);
  });

  it.each([
    ['The labour force grew by 2% in May.', 'labour force'],
    ['The security guard was arrested on Monday.', 'security guard'],
  ])('reads no body in a noun that names none: %s', (body, words) => {
    expect(actorsOf(body)).not.toContain(words);
  });

  it('keeps the body named before for the lower-case noun', () => {
    const lines = eventLines(
      'Harwick City Council said on Monday it would vote soon. The city council approved the tram line on Tuesday.',
    );
    expect(lines.find((line) => line.startsWith('policy'))).toMatch(/\[Harwick City Council\]$/);
  });
});

describe('a body named by its capitalised noun alone', () => {
  it.each([
    ['Parliament passed the budget bill on Tuesday by 212 votes to 140.', 'Parliament'],
    ['The Senate voted on Thursday to extend the fishing ban.', 'Senate'],
    ['The House voted 230-198 on Wednesday to repeal the tax.', 'House'],
    ['The Cabinet approved the draft law on Monday.', 'Cabinet'],
    ['The Commission fined Torvane Logistics 40 million euros on Monday.', 'Commission'],
    ['The bill was approved by Parliament on Tuesday.', 'Parliament'],
    ['The Senate on Tuesday confirmed Dara Quill as ambassador to Peru.', 'Senate'],
    ['The Treasury issued new bonds on Monday.', 'Treasury'],
    ['The Navy rescued 40 migrants on Saturday.', 'Navy'],
    ['The Army seized the town on Sunday.', 'Army'],
    ['The Senate and the House passed the bill on Monday.', 'Senate'],
  ])('%s', (body, name) => {
    expect(actorsOf(body)).toContain(name);
  });

  it.each([
    ['The Senate Finance Committee approved the bill on Tuesday.', 'Senate Finance Committee'],
    ['The Council of Europe condemned the verdict on Monday.', 'Council of Europe'],
    ['A report by the Council on Regional Affairs was published on Monday.', 'Council on Regional Affairs'],
  ])('leaves the noun to the longer name it opens: %s', (body, name) => {
    expect(actorsOf(body)).toEqual([name]);
  });

  it.each([
    ['The Treasury secretary resigned on Monday.', 'Treasury'],
    ['The Senate majority leader resigned on Monday.', 'Senate'],
  ])('reads no body in a noun that qualifies a title: %s', (body, word) => {
    expect(actorsOf(body)).not.toContain(word);
  });

  it('reads "the Government" of British style as the country the text is about', () => {
    expect(
      eventLines(
        'Britain said on Monday it would act. The Government announced on Tuesday that it would scrap the levy.',
      ),
    ).toEqual([
      'announcement 2025-06-02 occurred [United Kingdom]',
      'announcement 2025-06-03 occurred [United Kingdom]',
    ]);
  });

  it('reads the capitalised noun as the body named before that holds it', () => {
    expect(
      eventLines(
        'The European Commission said on Monday it would act. The Commission fined Torvane Logistics on Tuesday.',
      ).find((line) => line.startsWith('policy')),
    ).toMatch(/\[European Commission, Torvane Logistics\]$/);
  });
});

describe('a name after the regulator it is', () => {
  it.each([
    ['Electricity regulator Ofgem fined Brava Power on Monday.', 'Ofgem'],
    ['Telecoms watchdog Ofcom fined Brellion £3 million on Tuesday.', 'Ofcom'],
    ['Border agency Frontlex deported 40 people on Friday.', 'Frontlex'],
  ])('%s', (body, name) => {
    expect(actorsOf(body)).toContain(name);
  });
});

/**
 * A capitalised name ending in "District" after what the district governs ("Regional", "School",
 * "Water") is a body's, as one ending in "Council" is; any other district is a place: "the Peak
 * District", "Busan's Haeundae district".
 */
describe('a body named as a district', () => {
  it.each([
    ['The Birch Valley Regional District issued an evacuation order on Tuesday.', 'Birch Valley Regional District'],
    ['The Marden Unified School District closed all its schools on Monday.', 'Marden Unified School District'],
    ['The Corla Water District banned lawn watering on Friday.', 'Corla Water District'],
  ])('%s', (body, name) => {
    expect(actorsOf(body)).toContain(name);
  });

  it.each([
    ["Floods swamped Busan's Haeundae district on Monday.", 'Haeundae district'],
    ['The Tarn Lakes District drew record crowds on Sunday.', 'Tarn Lakes District'],
  ])('reads no body in a district that is a place: %s', (body, words) => {
    expect(actorsOf(body)).not.toContain(words);
  });
});

/**
 * A day's possessive before a body's name says when, not whose: "Saturday's Premier League match"
 * is the league's match on Saturday, and "Saturday's" is no part of the league's name, as "St
 * Brigid's" is of "St Brigid's College".
 */
describe("a day's possessive is no part of a body's name", () => {
  it.each([
    ["Striker Dan Hale will miss Saturday's Premier League match against Orwell Town.", 'Premier League'],
    ["Marta Ruiz will miss Sunday's Champions League final against Porto.", 'Champions League'],
  ])('%s', (body, name) => {
    const names = eventLines(body).join(' ');
    expect(names).not.toMatch(/day['’]s (?:Premier|Champions)/);
    expect(names).toContain(name);
  });
});
