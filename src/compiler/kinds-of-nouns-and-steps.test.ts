import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Event kinds told by the noun of an act ("the approval of the bill", "the ministry's publication of
 * the report", "the arrival of Pope Leo in Manila"), by a decision to take a step ("decided on
 * Monday to scrap the fee"), and by verbs of a class the lists lacked (a policy act done again, a
 * count put on record, two sides that huddled). Each family has sentences where its rule must not
 * fire. Every person, body and place is invented; the dateline is Wednesday 2025-06-04. Each line is
 * `kind start status`.
 */

describe('an act of policy named by its noun, with the instrument it acts on, is policy', () => {
  expectTold([
    [['policy 2025-06-03 occurred'], 'The approval of the bill on Tuesday angered the unions.'],
    [['policy 2025-06-02 occurred'], "The Senate's passage of the budget on Monday was a victory for Ana Ruiz."],
    [['policy 2025-05-30 occurred'], 'The lifting of the curfew on Friday delighted shopkeepers in Harwick.'],
    [['policy 2025-06-03 occurred'], 'The repeal of the vagrancy law on Tuesday angered the police.'],
    [['policy 2025-06-02 occurred'], 'The ratification of the treaty by Norland on Monday angered Veldoria.'],
    [['policy 2025-06-03 occurred'], 'The suspension of fuel subsidies on Tuesday angered farmers.'],
    // Still wanted, or a thing that is no instrument of policy: no act of policy.
    [[], 'Construction of the depot is planned to begin, pending approval of a tax by voters.'],
    [['other 2025-06-03 occurred'], 'The introduction of the new phone on Tuesday drew long queues.'],
  ]);
});

describe('an announcement named by its noun is an announcement, when dated', () => {
  expectTold([
    [['announcement 2025-06-03 occurred'], "Kestrel's announcement on Tuesday surprised investors."],
    [
      ['announcement 2025-06-03 occurred'],
      "The Health Ministry's publication of the report on Tuesday drew criticism.",
    ],
    [
      ['announcement 2025-06-02 occurred'],
      'The release of the jobless figures by the Statistics Office on Monday hit the currency.',
    ],
    // A setting after a preposition, an undated noun, a captive let go: no announcement.
    [[], 'The shares rose sharply after the announcement.'],
    [[], "Kestrel's announcement surprised investors."],
    [['other 2025-06-02 occurred'], 'The release of the hostages on Monday ended a month-long ordeal.'],
  ]);
});

describe('a named traveller arriving, setting foot somewhere or going on is travel', () => {
  expectTold([
    [['travel 2025-06-03 occurred'], 'The arrival of Pope Leo in Manila on Tuesday drew huge crowds.'],
    [['travel 2025-06-03 occurred'], 'Ana Ruiz set foot in Pyongyang on Tuesday, the first minister to do so.'],
    [['travel 2025-06-03 occurred'], 'Ana Ruiz continued to Lyon on Tuesday.'],
    // A storm's arrival is weather; going on to a day is no trip.
    [['other 2025-06-03 occurred'], 'The arrival of Storm Ida in Galway on Tuesday brought gales.'],
    [[], 'Ana Ruiz continued to Monday without a break.'],
  ]);
});

describe('policy acts by verbs of a class the lists lacked', () => {
  expectTold([
    [['policy 2025-06-03 occurred'], 'The authorities reimposed the curfew on Tuesday.'],
    [['policy 2025-06-03 occurred'], 'The city council scrapped the parking rule on Tuesday.'],
    [['policy 2025-06-03 occurred'], 'The city council scrapped the parking fee on Tuesday.'],
    [['policy 2025-06-02 occurred'], 'President Ana Ruiz commuted the death sentences of 40 prisoners on Monday.'],
    [['policy 2025-06-03 occurred'], 'The water bill became law on Tuesday.'],
    [['policy 2025-06-02 occurred'], 'The city council decided on Monday to scrap the parking fee.'],
    [['policy 2025-05-30 occurred'], 'Harwick County resolved on Friday to abolish the tourist tax.'],
    [['policy 2025-06-03 occurred'], 'The council refused the application on Tuesday.'],
    // A business's charge and its decision to close its own plant are its business; a commute is no pardon.
    [['other 2025-06-02 occurred'], 'The airline introduced a charge for cabin bags on Monday.'],
    [['other 2025-06-02 occurred'], 'Kestrel Air scrapped its booking fee on Monday.'],
    [['other 2025-06-02 occurred'], 'The retailer extended its opening hours on Monday.'],
    [['other 2025-06-02 occurred'], 'Kestrel Foods decided on Monday to close the Leeds plant.'],
    [['other 2025-06-02 occurred'], 'Ana Ruiz commuted to work by bus on Monday.'],
  ]);
});

describe('a count, a result or a line-up put on record or made public is an announcement', () => {
  expectTold([
    [['announcement 2025-06-02 occurred'], 'The health ministry recorded 40 new cases on Monday.'],
    [['announcement 2025-06-01 occurred'], 'Kestrel Motors reported record deliveries on Sunday.'],
    [['announcement 2025-06-03 occurred'], 'Orsk Metals recorded a $12 million loss on Tuesday.'],
    [['announcement 2025-06-06 scheduled'], 'The statistics office publishes inflation figures on Friday.'],
    [['announcement 2025-06-06 scheduled'], 'The new line-up will be revealed on Friday.'],
    // A work recorded is made, not made public.
    [[], 'The band Kestrel recorded a new album in Dublin on Monday.'],
  ]);
});

describe('meetings by verbs of a class the lists lacked', () => {
  expectTold([
    [['meeting 2025-06-03 occurred'], 'Ana Ruiz and Ivo Dalen huddled on Tuesday in Geneva.'],
    [['meeting 2025-06-03 occurred'], 'Ana Ruiz played host to Ivo Dalen on Tuesday.'],
    [['meeting 2025-06-03 occurred'], 'Ana Ruiz and Ivo Dalen held a videoconference on Tuesday.'],
    // A city that plays host to a tournament hosts no one.
    [['other 2025-06-03 occurred'], 'Harwick played host to the cycling championships on Tuesday.'],
  ]);
});

describe('an instrument or a rate that a relative clause tells made or ended is policy, and was', () => {
  expectTold([
    [
      ['policy 2025-05 occurred'],
      'The finance bill restores the fuel duty rate on diesel that MPs had scrapped in May.',
    ],
    [['policy 2025-05 occurred'], 'Farmers still pay the water levy rate that councillors cut in May.'],
    // A price a business raised is its business.
    [['other 2025-05 occurred'], 'Kestrel Foods cut the prices that it raised in May.'],
  ]);
});
