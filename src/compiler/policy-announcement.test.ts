import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines.ts';
import { isAnnouncedByRole, isPassiveAnnouncement } from './nameless-agents.ts';

/**
 * Policy acts, announcements and trips in the ways different outlets tell them: wire copy, a British
 * council story, a ministry's press release, business and trade press, a sports federation, a court
 * report, translated copy. Every sentence is invented (people and bodies too); the dateline is
 * Wednesday 2025-06-04, so "on Tuesday" in the past is 2025-06-03 and "on Friday" ahead 2025-06-06.
 */
function eventsOf(text: string, kinds: readonly string[]): string[] {
  return eventLines(text, (kind) => kinds.includes(kind));
}

/** [expected event, text]: each text tells one announcement made by a body or office it never names. */
const NAMELESS_ANNOUNCEMENTS: readonly [string, string][] = [
  ['announcement 2025-06-02 occurred []', 'The company unveiled its new electric pickup on Monday.'],
  ['announcement 2025-06-03 occurred []', 'The ministry announced on Tuesday a new scheme to help first-time buyers.'],
  ['announcement 2025-06-02 occurred []', 'The prime minister unveiled a £5 billion housing plan on Monday.'],
  ['announcement 2025-06-03 occurred []', 'The football federation announced the squad for the World Cup on Tuesday.'],
  ['announcement 2025-06-03 occurred []', 'The central bank published its financial stability report on Tuesday.'],
  ['announcement 2025-06-02 occurred []', 'Organisers announced on Monday that the festival had been cancelled.'],
  ['announcement 2025-06-02 occurred []', 'The company posted a net loss of $120 million for the quarter on Monday.'],
  ['announcement 2025-06-05 scheduled []', 'The company will announce its results on Thursday.'],
  ['announcement 2025-06-06 scheduled []', 'The ministry is due to unveil its strategy on Friday.'],
  ['announcement 2025-06-02 occurred []', 'The results were announced on Monday evening.'],
  ['announcement 2025-06-03 occurred []', 'The plan was unveiled by the mayor on Tuesday.'],
  ['announcement 2025-06-03 occurred []', 'It was announced on Tuesday that the plant would close.'],
  ['announcement 2025-06-03 occurred []', 'In a statement on Tuesday, the ministry announced new rules for landlords.'],
];

/** Texts that tell no announcement: undated, habitual or hypothetical, with nobody named. */
const NOT_ANNOUNCEMENTS: readonly string[] = [
  'The company has announced several rounds of layoffs in recent years.',
  'Analysts expect the company to report a loss.',
  'The company could announce further cuts later in the year.',
  'It is unclear when the results will be published.',
  'The report, published in 2019, found widespread abuse.',
  'The ministry announces its figures every quarter.',
];

describe('announcements by a body or an office the text does not name', () => {
  it.each(NAMELESS_ANNOUNCEMENTS)('%s: %s', (expected, text) => {
    expect(eventsOf(text, ['announcement'])).toEqual([expected]);
  });

  it.each(NOT_ANNOUNCEMENTS)('none: %s', (text) => {
    expect(eventsOf(text, ['announcement'])).toEqual([]);
  });

  it('names the body when the article named it before', () => {
    expect(
      eventsOf('Veltra Motors is based in Ohio. The company unveiled its new electric pickup on Monday.', [
        'announcement',
      ]),
    ).toEqual(['announcement 2025-06-02 occurred [Veltra Motors]']);
  });

  it('reads a body or an office as the subject, not a thing', () => {
    expect(isAnnouncedByRole('The ministry on Tuesday ')).toBe(true);
    expect(isAnnouncedByRole('Organisers of the fair have ')).toBe(true);
    expect(isAnnouncedByRole("The club's new owners ")).toBe(true);
    expect(isAnnouncedByRole('Data ')).toBe(false);
    expect(isAnnouncedByRole('Shares ')).toBe(false);
    expect(isPassiveAnnouncement('The results were ', 'announced')).toBe(true);
    expect(isPassiveAnnouncement('The results ', 'announced')).toBe(false);
  });
});
