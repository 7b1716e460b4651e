import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Verbs of making public (publish, disclose, release, post, circulate, list, make public, launch a
 * plan) are announcements when what they make public is information: a calendar, an agenda,
 * fixtures, a draft, fines, targets, a plan, or the document a relative clause names before the
 * verb; and speech that tells a body's own figures ("said its profits had doubled") announces them.
 * A work of an author, a product, people set free, a rule made and figures that are no one's own are
 * not. Every person, body and place is invented; the dateline is Wednesday 2025-06-04. Each line
 * is `kind start status`.
 */

describe('information made public is an announcement, in every tense', () => {
  expectTold([
    [
      ['announcement 2025-05-29 occurred'],
      'The Supreme Court on Thursday released its calendar for the March session.',
    ],
    [['announcement 2025-06-02 occurred'], 'The regulator disclosed the fines on Monday.'],
    [['announcement 2025-05-30 occurred'], 'The council posted the agenda on Friday.'],
    [['announcement 2025-06-06 scheduled'], 'The club will post the fixtures on Friday.'],
    [['announcement 2025-06-04 occurred'], 'The league released the fixtures on Wednesday.'],
    [['announcement 2025-06-02 occurred'], 'The company listed its new targets on Monday.'],
    [['announcement 2025-06-02 occurred'], 'The ministry circulated a draft law on Monday.'],
    [['announcement 2025-06-03 occurred'], 'The government made public the report on Tuesday.'],
    [['announcement 2025-06-02 occurred'], 'The ministry launched a plan on Monday to cut waiting lists.'],
    [['announcement 2025-06-03 occurred'], 'The party launched its manifesto on Tuesday.'],
    [['announcement 2025-06-10 scheduled'], 'The party will launch its manifesto on Tuesday.'],
  ]);
});

describe('a document made public, named before its verb by a relative clause, is an announcement', () => {
  expectTold([
    [
      ['announcement 2025-06-02 occurred'],
      'Card payments failed for four hours on Friday, according to a post-mortem that Pexa Payments published on Monday.',
    ],
    [['announcement 2025-05-30 occurred'], 'The review, which the ministry released on Friday, found 40 faults.'],
  ]);
});

describe("speech that tells a body's own figures announces them", () => {
  expectTold([
    [['announcement 2025-06-02 occurred'], 'The company said on Monday that its profits had doubled.'],
    [['announcement 2025-06-03 occurred'], 'Halvard Foods said on Tuesday its sales rose 9% in May.'],
    [['announcement 2025-06-02 occurred'], 'The airline said on Monday its passenger numbers had reached a record.'],
    [
      ['announcement 2025-06-03 occurred'],
      'In a statement released on Tuesday, Orvik Air said its profits had fallen.',
    ],
  ]);
});

describe('a storm, a squad or a victim named, a forecast revised, a notice put out are announcements', () => {
  expectTold([
    [['announcement 2025-05-31 occurred'], 'The Met Office named Storm Ida on Saturday.'],
    [['announcement 2025-06-02 occurred'], 'The coach named his squad for the tour on Monday.'],
    [['announcement 2025-06-06 scheduled'], 'The coach will name his squad on Friday.'],
    [['announcement 2025-06-02 occurred'], 'Police named the victim on Monday.'],
    [['announcement 2025-05-29 occurred'], 'The central bank revised its growth forecast on Thursday.'],
    [['announcement 2025-06-03 occurred'], 'The IMF updated its outlook on Tuesday.'],
    [['announcement 2025-05-30 occurred'], 'The agency put out a notice on Friday.'],
    [['other 2025-06-02 occurred'], 'The club named a new chief executive on Monday.'],
    [['other 2025-06-02 occurred'], 'Ana Ruiz was named as the new envoy on Monday.'],
  ]);
});

describe('a work, a product, people set free, a rule made and figures of no one in particular are no announcement', () => {
  expectTold([
    [['other 2019 occurred'], 'Ana Ruiz published a novel in 2019.'],
    [['other 2025-05-30 occurred'], 'The band released a new album on Friday.'],
    [['other 2025-06-02 occurred'], 'Police released the suspect on Monday.'],
    [['other 2025-06-03 occurred'], 'The firm launched a new app on Tuesday.'],
    [['other 2025-06-02 occurred'], 'The charity launched a campaign on Monday.'],
    [['policy 2025-06-02 occurred'], 'The regulator published new rules on Monday.'],
    [['statement 2025-06-02 occurred'], 'The company said on Monday that profits had doubled.'],
    [['statement 2025-06-02 occurred'], 'The bank said on Monday that prices had risen.'],
    [['statement 2025-06-02 occurred'], 'The company said on Monday that its profits would be hit by the strike.'],
  ]);
});
