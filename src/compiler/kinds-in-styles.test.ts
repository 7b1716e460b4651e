import { describe, expect, it } from 'vitest';
import { eventSummaries, expectTold } from './event-lines.ts';

/**
 * Announcements, policy acts, meetings, travel, statements and armed acts in the shapes of many
 * outlets (wire, local paper, business desk, court and committee reports, live blogs, copy translated
 * from French or Spanish), each family with sentences where its rule must not fire. Every person,
 * body and place is invented; the dateline is Wednesday 2025-06-04, so "on Tuesday" in the past is
 * 2025-06-03 and "next Tuesday" is 2025-06-10. Each line is `kind start status`, quotes left out.
 */

describe('a pledge, a proposal or advice made public is an announcement', () => {
  expectTold([
    [
      ['announcement 2025-06-02 occurred'],
      'The mayor of Tellington pledged on Monday to plant 10,000 trees before the end of the year.',
    ],
    [
      ['announcement 2025-06-01 occurred'],
      'Prime Minister Ilse Varga promised on Sunday to hold a referendum on the treaty.',
    ],
    [
      ['announcement 2025-06-03 occurred'],
      'The club committed on Tuesday to freezing season-ticket prices for two years.',
    ],
    [
      ['announcement 2025-05-30 occurred'],
      'Governor Paula Renke promised on Friday to build a new hospital in Corbin.',
    ],
    [['announcement 2025-06-02 occurred'], 'The ministry on Monday proposed raising the retirement age to 67.'],
    [
      ['announcement 2025-06-02 occurred'],
      'The Department for Housing launched a consultation on Monday into short-term lets.',
    ],
    [
      ['announcement 2025-06-03 occurred'],
      'Dorran County Council launched a public consultation on its new waste strategy on Tuesday.',
    ],
    [
      ['announcement 2025-06-03 occurred'],
      'Regulators on Tuesday published draft rules requiring lenders to disclose their fees.',
    ],
    [
      ['announcement 2025-06-02 occurred'],
      'The agency issued new guidance on Monday for the use of drones near airports.',
    ],
    [['announcement 2025-06-20 scheduled'], 'The regulator will publish its final decision on June 20.'],
    [['announcement 2025-06-02 occurred'], 'Kestrel Air put the cost of the disruption at €40 million on Monday.'],
    [['announcement 2025-06-02 occurred'], 'Northline Rail on Monday gave details of its new timetable.'],
  ]);
});

describe('a vow to oppose, a pledge held as a state or a proposal told as background is none', () => {
  expectTold([
    [['statement 2025-05-30 occurred'], 'Governor Paula Renke vowed on Friday to fight the closure.'],
    [[], 'Governor Paula Renke promised on Friday to fight the closure.'],
    [[], 'The club is committed to freezing prices.'],
    [[], 'Renke has long promised to build a hospital.'],
    [[], 'The plan, first proposed in 2019, was shelved.'],
    [[], 'Ana Ruiz proposed a toast to the bride.'],
  ]);
});

describe("a step of the speaker's own side told as speech is an announcement", () => {
  expectTold([
    [
      ['announcement 2025-06-02 occurred'],
      'Finance Minister Ana Ruiz said on Monday her government would cut fuel duty by 5 cents.',
    ],
    [['announcement 2025-06-03 occurred'], 'Ana Ruiz said on Tuesday that her administration would appeal the ruling.'],
    [
      ['announcement 2025-06-02 occurred'],
      'Brightwell Foods said on Monday that 300 jobs would be cut at its Dunmore plant.',
    ],
    [
      ['announcement 2025-06-03 occurred'],
      'Halvorsen said on Tuesday it expects to complete the deal by the end of the year.',
    ],
    [['announcement 2025-06-03 occurred'], 'Ana Ruiz confirmed on Tuesday that she will run for mayor.'],
    [
      ['announcement 2025-06-03 occurred'],
      'In a press release issued on Tuesday, the company said it had decided to close its plant in Tema.',
    ],
  ]);
  it('a forecast of what others will do stays a statement', () => {
    expect(eventSummaries('Ana Ruiz said on Monday the plan would be rejected by voters.')).toEqual([
      'statement 2025-06-02 occurred',
    ]);
  });
});

describe('policy acts told by permission, a chamber passed or a cap set', () => {
  expectTold([
    [['policy 2025-06-02 occurred'], 'The planning committee refused permission for the wind farm on Monday.'],
    [['policy 2025-06-03 occurred'], 'The bill cleared the Senate on Tuesday.'],
    [['policy 2025-06-03 occurred'], 'The government set a cap on rents on Tuesday.'],
  ]);
  expectTold([
    // A court that refuses permission rules in a case.
    [['other 2025-06-02 occurred'], 'The High Court refused permission to appeal on Monday.'],
    [[], 'The board is unlikely to raise rates this year.'],
  ]);
});

describe('meetings told by who was received, convened or heard', () => {
  expectTold([
    [['meeting 2025-06-03 occurred'], 'King Aldric received the new Japanese ambassador on Tuesday.'],
    [
      ['meeting 2025-06-03 occurred'],
      'The Minister of Foreign Affairs, Mr. Jean-Paul Ondo, received in audience on Tuesday the Ambassador of Ruvania.',
    ],
    [
      ['meeting 2025-06-02 occurred'],
      'On Monday, Prime Minister Varga had an exchange with the President of the Commission, Lena Korr.',
    ],
    [['meeting 2025-06-02 occurred'], 'Officials from the two countries convened in Cairo on Monday.'],
    [['meeting 2025-06-10 scheduled'], 'The committee will reconvene next Tuesday.'],
    [['meeting 2025-06-01 occurred'], 'Mediators brought the two delegations together on Sunday.'],
    [['meeting 2025-06-03 occurred'], 'The committee heard evidence from Ana Ruiz on Tuesday.'],
    [['meeting 2025-06-02 occurred'], 'Ana Ruiz appeared before the transport committee on Monday.'],
  ]);
  expectTold([
    [[], 'The court reconvened on Monday.'],
    [['other 2025-06-01 occurred'], 'The festival brought the community together on Sunday.'],
  ]);
  it('leaders who meet for a summit hold the summit; a meeting at a summit is its own', () => {
    expect(eventSummaries('EU leaders will meet in Brussels for a two-day summit next Tuesday.')).toEqual([
      'summit 2025-06-10 scheduled',
    ]);
    expect(eventSummaries('Ruiz met Varga at the summit in Lima on Tuesday.')).toEqual([
      'meeting 2025-06-03 occurred',
      'summit 2025-06-03 occurred',
    ]);
  });
});

describe('travel told by a stay, by "proceeded to" or by the day spent somewhere', () => {
  expectTold([
    [['travel 2025-06-02 occurred'], 'Minister Ondo proceeded on Monday to the flooded districts of Koulikoro.'],
    [['travel 2025-06-02 occurred'], 'Ana Ruiz spent Monday in Lagos.'],
    [['travel 2025-06-02 occurred'], 'Ruiz touched down at Entebbe on Monday.'],
  ]);
  expectTold([[['policy 2025-06-02 occurred'], 'She proceeded to sign the agreement on Monday.']]);
});

describe('statements by a body on the record, on social media, or as a retort', () => {
  expectTold([
    [['statement 2025-06-02 occurred'], 'The ministry insisted on Monday that the vaccine was safe.'],
    [['statement 2025-06-02 occurred'], 'Ana Ruiz posted on X on Monday that the bridge was safe.'],
    [['statement 2025-06-03 occurred'], 'Ruiz took to social media on Tuesday to criticise the ruling.'],
    [['statement 2025-06-03 occurred'], 'Ana Ruiz hit back at her critics on Tuesday, saying the plan was sound.'],
    [['statement 2025-06-02 occurred'], 'Ana Ruiz defended the decision on Monday.'],
    [['statement 2025-06-03 occurred'], 'Ana Ruiz expressed regret on Tuesday over the deaths.'],
  ]);
  expectTold([[['other 2025-06-02 occurred'], 'A storm hit the coast on Monday.']]);
});

describe('armed bodies that overrun, clash, push into or take a place', () => {
  expectTold([
    [['conflict 2025-06-01 occurred'], 'Militants overran an army post near Gao on Sunday.'],
    [['conflict 2025-06-03 occurred'], 'Soldiers and rebels clashed near the airport on Tuesday.'],
    [['conflict 2025-06-01 occurred'], 'Troops pushed into the city of Lessa on Sunday.'],
    [['conflict 2025-06-02 occurred'], 'Rebels took control of the town of Kessa on Monday.'],
    [['conflict 2025-06-02 occurred'], 'Troops stormed Kessa on Monday.'],
  ]);
  expectTold([
    [['other 2025-06-03 occurred'], 'The two ministers clashed over the budget on Tuesday.'],
    [['other 2025-06-02 occurred'], 'The company took control of the rival on Monday.'],
    [['other 2025-06-02 occurred'], 'Investors pushed into bonds on Monday.'],
  ]);
});

describe('a year that names a noun ("the 2026 budget") dates no act when the clause gives a day', () => {
  expectTold([
    [['policy 2025-06-03 occurred'], 'Lawmakers approved the 2026 budget on Tuesday by 212 votes to 140.'],
    [['policy 2025-06-03 occurred'], 'The council approved its 2026 budget on Tuesday.'],
    [['announcement 2025-06-02 occurred'], 'The ministry unveiled the 2026 budget on Monday.'],
  ]);
});
