/**
 * A small gazetteer of countries, their capitals and demonyms, and institutions. This is general
 * world knowledge, not a list of any article's people: people are found from the text.
 */
import type { ActorKind } from '../model/event-list.ts';

export interface PlaceEntry {
  name: string;
  kind: ActorKind;
  /** Other names that stand for the same actor: capitals, short forms, seats of government. */
  aliases: string[];
  /** Adjectives: "Russian", "Ukrainian". */
  demonyms: string[];
}

export const GAZETTEER: PlaceEntry[] = [
  {
    name: 'United States',
    kind: 'country',
    aliases: ['U.S.', 'US', 'USA', 'America', 'Washington', 'White House'],
    demonyms: ['American', 'U.S.'],
  },
  { name: 'Russia', kind: 'country', aliases: ['Moscow', 'Kremlin', 'Russian Federation'], demonyms: ['Russian'] },
  { name: 'Ukraine', kind: 'country', aliases: ['Kyiv', 'Kiev'], demonyms: ['Ukrainian'] },
  { name: 'China', kind: 'country', aliases: ['Beijing'], demonyms: ['Chinese'] },
  {
    name: 'United Kingdom',
    kind: 'country',
    aliases: ['U.K.', 'UK', 'Britain', 'London', 'Downing Street'],
    demonyms: ['British'],
  },
  { name: 'France', kind: 'country', aliases: ['Paris', 'Elysee'], demonyms: ['French'] },
  { name: 'Germany', kind: 'country', aliases: ['Berlin'], demonyms: ['German'] },
  { name: 'Canada', kind: 'country', aliases: ['Ottawa'], demonyms: ['Canadian'] },
  { name: 'Japan', kind: 'country', aliases: ['Tokyo'], demonyms: ['Japanese'] },
  { name: 'India', kind: 'country', aliases: ['New Delhi'], demonyms: ['Indian'] },
  { name: 'Finland', kind: 'country', aliases: ['Helsinki'], demonyms: ['Finnish'] },
  { name: 'Estonia', kind: 'country', aliases: ['Tallinn'], demonyms: ['Estonian'] },
  { name: 'Poland', kind: 'country', aliases: ['Warsaw'], demonyms: ['Polish'] },
  { name: 'Turkey', kind: 'country', aliases: ['Ankara', 'Turkiye'], demonyms: ['Turkish'] },
  { name: 'Israel', kind: 'country', aliases: ['Jerusalem'], demonyms: ['Israeli'] },
  { name: 'Iran', kind: 'country', aliases: ['Tehran'], demonyms: ['Iranian'] },
  { name: 'Italy', kind: 'country', aliases: ['Rome'], demonyms: ['Italian'] },
  { name: 'Spain', kind: 'country', aliases: ['Madrid'], demonyms: ['Spanish'] },
  { name: 'Brazil', kind: 'country', aliases: ['Brasilia'], demonyms: ['Brazilian'] },
  { name: 'Mexico', kind: 'country', aliases: ['Mexico City'], demonyms: ['Mexican'] },
  { name: 'North Korea', kind: 'country', aliases: ['Pyongyang'], demonyms: ['North Korean'] },
  { name: 'South Korea', kind: 'country', aliases: ['Seoul'], demonyms: ['South Korean'] },
  { name: 'Belarus', kind: 'country', aliases: ['Minsk'], demonyms: ['Belarusian'] },
  { name: 'United Nations', kind: 'organization', aliases: ['U.N.', 'UN'], demonyms: [] },
  { name: 'European Union', kind: 'organization', aliases: ['EU', 'E.U.', 'Brussels'], demonyms: ['European'] },
  { name: 'NATO', kind: 'organization', aliases: ['North Atlantic Treaty Organization'], demonyms: [] },
];
