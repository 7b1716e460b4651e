/**
 * A generated, varied corpus for benchmarks and the parallel-compile tests: seeded random
 * combinations of invented people, countries and organisations, meeting/travel/policy/conflict
 * verbs, news-style and relative dates, straight and curly quotes, in paragraphs that add up to an
 * article of about 2-3 KB, like the seed. Same seed, same corpus.
 */
import { MONTH_NAMES } from '../../model/event-text.ts';
import type { ArticleInput } from '../types.ts';

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; deterministic for a given seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Omar', 'Lena', 'Tomas', 'Ines', 'Kofi', 'Mira', 'Pavel', 'Sanna', 'Idris', 'Yara', 'Bruno'];
const FIRST_2 = ['Elin', 'Marek', 'Noor', 'Jonas', 'Asha', 'Felipe', 'Ilse', 'Rustam', 'Odile', 'Kenji'];
const LAST = ['Lind', 'Peel', 'Varga', 'Okafor', 'Marsh', 'Halloran', 'Tamm', 'Quist', 'Benedek', 'Sorensen'];
const LAST_2 = ['Achterberg', 'Mwangi', 'Delacroix', 'Novak', 'Ferreira', 'Ivanova', 'Castell', 'Brandt'];
const COUNTRIES: readonly { name: string; demonym: string; capital: string }[] = [
  { name: 'Norland', demonym: 'Norlandic', capital: 'Vessa' },
  { name: 'Estovia', demonym: 'Estovian', capital: 'Karn' },
  { name: 'Maralia', demonym: 'Maralian', capital: 'Port Ide' },
  { name: 'Queros', demonym: 'Querosi', capital: 'Alta' },
  { name: 'France', demonym: 'French', capital: 'Paris' },
  { name: 'Finland', demonym: 'Finnish', capital: 'Helsinki' },
  { name: 'Ukraine', demonym: 'Ukrainian', capital: 'Kyiv' },
  { name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia' },
];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Trade Minister', 'Governor'];
const ORGANISATIONS = ['the Northern Trade Council', 'the Coastal Alliance', 'the U.N. Security Council', 'NATO'];
/** AP style: months longer than five letters are abbreviated ("Jan.", "Sept."), the others spelled out. */
const MONTHS = MONTH_NAMES.map((name) => (name.length > 5 ? `${name.slice(0, name === 'September' ? 4 : 3)}.` : name));
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MEDIA = ['a press conference', 'a televised address', 'a statement', 'social media', 'an interview'];
const TOPICS = [
  'grain exports',
  'the border crossing',
  'energy prices',
  'a ceasefire',
  'the fishing quota',
  'port fees',
];
const FILLER = [
  'Analysts said the talks were unlikely to produce a breakthrough before the winter.',
  'The two governments have disagreed for years over the terms of the agreement.',
  'Officials familiar with the plans spoke on condition of anonymity because they were not authorized to comment.',
  'Markets in the region rose slightly after the news, according to traders.',
  'Opposition lawmakers called the move premature and demanded a parliamentary debate.',
  'Neither side released a full account of what was discussed behind closed doors.',
];

interface Person {
  name: string;
  last: string;
  title: string;
  country: (typeof COUNTRIES)[number];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function invent(random: () => number): Person {
  const first = random() < 0.5 ? pick(random, FIRST) : pick(random, FIRST_2);
  const last = random() < 0.5 ? pick(random, LAST) : pick(random, LAST_2);
  return { name: `${first} ${last}`, last, title: pick(random, TITLES), country: pick(random, COUNTRIES) };
}

function dateExpression(random: () => number): string {
  const choice = Math.floor(random() * 8);
  const day = 1 + Math.floor(random() * 28);
  if (choice === 0) return `on ${pick(random, MONTHS)} ${day}`;
  if (choice === 1) return `on ${pick(random, WEEKDAYS)}`;
  if (choice === 2) return 'last week';
  if (choice === 3) return `in ${pick(random, MONTH_NAMES)} ${2019 + Math.floor(random() * 6)}`;
  if (choice === 4) return 'earlier this month';
  if (choice === 5) return `next ${pick(random, WEEKDAYS)}`;
  if (choice === 6) return 'yesterday';
  return `early on ${pick(random, MONTHS)} ${day}`;
}

function quote(random: () => number, text: string): string {
  return random() < 0.5 ? `"${text}"` : `\u201c${text}\u201d`;
}

function eventSentence(random: () => number, a: Person, b: Person): string {
  const when = dateExpression(random);
  const topic = pick(random, TOPICS);
  const templates = [
    () =>
      `${a.country.demonym} ${a.title} ${a.name} met ${b.country.demonym} ${b.title} ${b.name} in ${b.country.capital} ${when} to discuss ${topic}.`,
    () => `${a.name} is set to meet ${b.name} on the sidelines of a summit ${when}, according to ${a.last}'s schedule.`,
    () => `${a.title} ${a.name} arrived in ${b.country.capital} ${when} for talks on ${topic}.`,
    () => `${a.country.name} announced new sanctions against ${b.country.name} ${when}, ${a.last}'s office said.`,
    () =>
      `${quote(random, `We will not accept any deal on ${topic} that ignores our people`)}, ${a.name} said at ${pick(random, MEDIA)} ${when}.`,
    () => `${b.name} wrote on social media: ${quote(random, `The talks with ${a.last} were frank and useful.`)}`,
    () =>
      `${a.country.name} closed ${topic.startsWith('the') ? topic : 'its airspace'} ${when} after a drone attack near ${a.country.capital}.`,
    () =>
      `A planned meeting between ${a.last} and ${b.last} ${when} was canceled, officials in ${b.country.capital} said.`,
    () => `${a.name} held talks with ${b.name} by phone ${when}, and the two agreed to meet again a week later.`,
    () =>
      `${pick(random, ORGANISATIONS).replace(/^the/, 'The')} will hold an emergency session ${when}, ${b.name} told reporters.`,
  ];
  return pick(random, templates)();
}

function paragraph(random: () => number, people: readonly Person[]): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(random() * 3);
  for (let index = 0; index < count; index += 1) {
    if (random() < 0.3) sentences.push(pick(random, FILLER));
    else {
      const first = pick(random, people);
      const second = pick(
        random,
        people.filter((person) => person !== first),
      );
      sentences.push(eventSentence(random, first, second));
    }
  }
  return sentences.join(' ');
}

/** One article of about `size` characters (default 2-3 KB): a dateline in 2024-2025, then paragraphs. */
export function generateArticle(random: () => number, size?: number): string {
  const people: Person[] = [];
  while (people.length < 3 + Math.floor(random() * 3)) {
    const person = invent(random);
    if (!people.some((known) => known.name === person.name)) people.push(person);
  }
  const published = `${2024 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const target = size ?? 2000 + Math.floor(random() * 1000);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const next = paragraph(random, people);
    paragraphs.push(next);
    length += next.length + 2;
  }
  return ` date ${published} ${paragraphs.join('\n\n')}\n`;
}

/** `count` articles named `gen/00000.txt`, `gen/00001.txt`, ...; the same seed gives the same corpus. */
export function generateCorpus(count: number, seed = 1, size?: number): ArticleInput[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    file: `gen/${String(index).padStart(5, '0')}.txt`,
    text: generateArticle(random, size),
  }));
}
