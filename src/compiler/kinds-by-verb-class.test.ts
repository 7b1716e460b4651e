import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Event kinds told by a verb class that another kind's words crowd out: calls in the plural, an
 * investigation opened (other, whoever opens it), a governing body's award or removal of a title or a host's right,
 * fire exchanged and fighting that begins, a budget read to a chamber and trial data presented. Each
 * family has sentences where its rule must not fire. Every person, body and place is invented; the
 * dateline is Wednesday 2025-06-04. Each line is `kind start status`.
 */

describe('calls in the plural are meetings', () => {
  expectTold([
    [
      ['meeting 2025-05-31 occurred'],
      'The foreign minister held separate calls on Saturday with his Peruvian counterpart and the Chilean president.',
    ],
    [['meeting 2025-06-03 occurred'], 'Mayor Tova Lind had two calls with the regional governor on Tuesday.'],
    [['meeting 2025-06-02 occurred'], 'Rui Abrantes held back-to-back calls with Gulf rulers on Monday.'],
  ]);
});

describe('opening an investigation, an inquiry or a probe is a step of a legal process (other), whoever opens it', () => {
  expectTold([
    [
      ['other 2025-02 occurred'],
      'The Competition Authority opened an in-depth investigation into the merger in February.',
    ],
    [
      ['other 2025-06-03 occurred'],
      'The European Commission launched a formal antitrust probe into the deal on Tuesday.',
    ],
    [['other 2025-06-02 occurred'], 'The company opened an internal investigation on Monday.'],
    [['other 2025-02 occurred'], 'The State Auditor opened an inquiry into the loan in February.'],
    [['other 2025-05-30 occurred'], 'Police launched a criminal investigation into the collapse on Friday.'],
    [['other 2025-06-02 occurred'], 'Prosecutors in Varna opened a probe into the tender on Monday.'],
    [
      ['other 2025-06-03 occurred'],
      'The Anti-Corruption Commission began an inquiry into the county payroll on Tuesday.',
    ],
    [['other 2025-05 occurred'], 'The markets regulator started a phase two review of the takeover in May.'],
  ]);
});

describe("a governing body's award or removal of a title or a host's right is policy", () => {
  expectTold([
    [['policy 2025-05-29 occurred'], 'The federation stripped Bogota of the 2027 championships on Thursday.'],
    [['policy 2025-06-03 occurred'], 'The sprinter was stripped of his title on Tuesday.'],
    [['policy 2025-06-02 occurred'], 'World Athletics awarded Nairobi the 2029 championships on Monday.'],
    [['policy 2025-06-02 occurred'], 'The league awarded the final to Leeds on Monday.'],
    [['policy 2023-11 occurred'], 'Madrid was awarded the tournament in November 2023.'],
    // A prize won and parts taken are no act of a governing body.
    [['other 2024-10 occurred'], 'The chemist was awarded the Nobel Prize in October.'],
    [['other 2025-06-02 occurred'], 'Thieves stripped the car of its wheels on Monday.'],
  ]);
});

describe('fire exchanged and fighting that begins are armed acts', () => {
  expectTold([
    [['conflict 2025-06-04 occurred'], 'Government troops and rebels exchanged fire near the border on Wednesday.'],
    [['conflict 2025-05-30 occurred'], 'Police and gunmen traded gunfire outside the bank on Friday.'],
    [['conflict 2025-06-03 occurred'], 'The clashes began on Tuesday near the river outpost.'],
    [['conflict 2025-06-01 occurred'], 'Fierce fighting started on Sunday around the airport.'],
    // Words exchanged are no fire; a strike or a festival that begins is no fighting.
    [['other 2025-06-03 occurred'], 'The strike began on Tuesday at the port.'],
  ]);
});

describe('a budget read to a chamber and trial data presented are announcements', () => {
  expectTold([
    [
      ['announcement 2025-06-11 scheduled'],
      'The finance minister will read the 2025/26 national budget in Parliament on June 11.',
    ],
    [['announcement 2025-06-03 occurred'], 'Treasurer Lena Moss tabled the state budget on Tuesday.'],
    [['announcement 2025-05-31 occurred'], 'Corvane Bio presented the phase 3 data on Saturday in Vienna.'],
    [['announcement 2025-06-02 occurred'], 'The institute presented interim data from the study on Monday.'],
    // A book read aloud is no budget.
    [[], 'The minister read a story to pupils at Tarn Primary on Monday.'],
  ]);
});

describe('a happening a trip is made for is the trip’s purpose: the day is the trip’s', () => {
  expectTold([
    [['travel 2025-06-07 scheduled'], 'The director will travel to Lyon for the closing ceremony on Saturday.'],
    [['travel 2025-06-07 scheduled'], "Ana Ruiz will fly to Split for the festival's closing gala on Saturday."],
    [['travel 2025-05-31 occurred'], 'The prime minister flew to Quito for the inauguration on Saturday.'],
    // A happening told on its own after the trip stays one.
    [
      ['other 2025-06-03 occurred', 'travel 2025-06-02 occurred'],
      'Ana Ruiz flew to Lyon on Monday, and the festival opened there on Tuesday.',
    ],
  ]);
});
