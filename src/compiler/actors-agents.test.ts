import { describe, expect, it } from 'vitest';
import { eventActorNames, eventLines } from './event-lines.ts';

/**
 * Who acts in an event, on invented sentences in several outlets' styles: the agent is the clause's
 * subject (or a passive's "by" phrase), read through what stands between it and the verb.
 */
describe('an acronym the text defines in brackets is the name again', () => {
  it.each([
    [
      'The decision, taken by the Monetary Policy Committee (MPC) at the end of a two-day meeting that began on Tuesday, was announced on Thursday.',
      'meeting',
      'Monetary Policy Committee',
    ],
  ])('%s', (sentence, kind, actor) => {
    expect(eventActorNames(sentence, kind)).toContain(actor);
  });
});

describe('who did a passive deed at a meeting held it', () => {
  it.each([
    [
      'The plan, approved by the Tarno City Council (TCC) at the close of a three-hour meeting on Monday, goes to a referendum in May.',
      'Tarno City Council',
    ],
    [
      'The levy, agreed by the Kessa Harbour Board at the end of a long, bitter meeting on Tuesday, takes effect in July.',
      'Kessa Harbour Board',
    ],
  ])('%s', (sentence, actor) => {
    expect(eventActorNames(sentence, 'meeting')).toContain(actor);
  });
});

describe("a demonym on an armed force's weapons stands for the country that acts", () => {
  it.each([
    ['Venezuelan aircraft struck a Guyanese police post on Thursday.', 'Venezuela'],
    ['Venezuelan warplanes bombed a Guyanese border post on Thursday.', 'Venezuela'],
    ['Russian helicopters attacked a Ukrainian convoy near Izium on Monday, officials said.', 'Russia'],
    ['Thai artillery shelled Cambodian positions along the border on Saturday.', 'Thailand'],
    ['Kenyan fighter jets bombed a camp in the Gedo region late on Tuesday.', 'Kenya'],
  ])('%s', (sentence, country) => {
    expect(eventActorNames(sentence, 'conflict')).toContain(country);
  });

  it('does not make the country of the aircraft a ban is on its maker', () => {
    expect(eventActorNames('On Monday, Lenmark barred Russian aircraft from its airspace.', 'policy')).not.toContain(
      'Russia',
    );
  });

  it('does not make the flag of a ship seized its seizer', () => {
    expect(eventActorNames('Gunmen seized a Liberian vessel off Lagos on Monday.', 'conflict')).not.toContain(
      'Liberia',
    );
  });
});

describe('a plural noun for the bodies just told stands for them, after an undated event too', () => {
  it.each([
    [
      'Harbour Airways has agreed to buy Corran Air for €310 million. The airlines announced the deal on Thursday.',
      'announcement',
      ['Harbour Airways', 'Corran Air'],
    ],
    [
      'Orvel Bank and Fenwick Bank said they would merge. The banks will announce the terms on Friday.',
      'announcement',
      ['Orvel Bank', 'Fenwick Bank'],
    ],
    [
      'Tarvik Motors Group has agreed to merge with Lennholm Automotive Ltd. The companies will sign the deal on June 20, a source said.',
      'policy',
      ['Tarvik Motors Group', 'Lennholm Automotive'],
    ],
  ])('%s', (body, kind, actors) => {
    expect(eventActorNames(body, kind)).toEqual(expect.arrayContaining(actors));
  });
});

describe('those who sit on a body named before act as the body', () => {
  it.each([
    [
      'The Supreme Court heard the case in October. On Monday, the justices granted a request from the state to delay the argument.',
      'other',
      'Supreme Court',
    ],
    [
      'The Harrow Vale Council met on Tuesday. The councillors voted 7-2 on Tuesday to close the library.',
      'policy',
      'Harrow Vale Council',
    ],
    [
      'The Fenwick Water Commission reviewed the plan. On Friday the commissioners approved a 4% rise.',
      'policy',
      'Fenwick Water Commission',
    ],
    ['The board of Orvel Bank met on Monday. The directors approved a dividend on Monday.', 'policy', 'Orvel Bank'],
  ])('%s', (body, kind, actor) => {
    expect(eventActorNames(body, kind)).toContain(actor);
  });

  it('takes the justices for the court of last resort, not the court named last', () => {
    expect(
      eventLines(
        'The 4th Circuit Court of Appeals ruled for the drivers in March, and the Tarnovian Supreme Court said it would hear the appeal. The justices agreed on Monday to take up the case.',
      ),
    ).toContain('other 2025-06-02 occurred [Tarnovian Supreme Court]');
  });

  it('leaves the justices who are told something as no body acting', () => {
    expect(eventActorNames('Ana Ruiz told the justices on Monday that the law was unfair.')).toEqual(['Ana Ruiz']);
  });
});

describe("an office named by its holder's title is the body of that name", () => {
  it.each([
    [
      "The Tamarack County Sheriff's Office arrested two men on Monday. The sheriff's office announced on Tuesday that a checkpoint would run on Friday.",
      'announcement',
      "Tamarack County Sheriff's Office",
    ],
    [
      "The Kessa Attorney General's Office opened an inquiry in May. On Thursday the attorney general's office announced that three officials would be charged.",
      'announcement',
      "Kessa Attorney General's Office",
    ],
  ])('%s', (body, kind, actor) => {
    expect(eventActorNames(body, kind)).toContain(actor);
  });

  it("leaves the governor's office to speak for the governor", () => {
    expect(
      eventActorNames(
        "Governor Janet Kolb signed the bill on Monday. The governor's office announced on Tuesday that she would visit Tarno on Friday.",
        'announcement',
      ),
    ).toEqual(['Janet Kolb']);
  });
});
