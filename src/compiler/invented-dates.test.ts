import { describe, expect, it } from 'vitest';
import { lastSentenceStarts as startsOf } from './event-lines.ts';
import { findDateMentions } from './dates.ts';
import { dateLines } from './event-lines.ts';

/**
 * Dates a reader gives events, on sentences invented for this test in many outlets' styles (wire,
 * British, local, feature) about invented people, written before any tuning miss was read. Each
 * row: dateline, article (paragraphs split by `||`), words of the sentence that tells the event
 * (always the article's last sentence), and the date (start) the reader gives it. Datelines:
 * Wed 2025-06-04, Mon 2025-06-02, Sun 2025-06-01, Tue 2026-01-06, Fri 2026-01-02, Thu 2025-12-18,
 * Mon 2025-12-29.
 */
type Row = readonly [published: string, article: string, evidence: string, start: string];

/** A weekday, a month and day, or a day named from the dateline, resolved by tense and across the year boundary. */
const DAYS: readonly Row[] = [
  ['2025-06-04', 'Mayor Lena Fiske resigned on Tuesday.', 'resigned', '2025-06-03'],
  ['2025-06-04', 'Mayor Lena Fiske resigned Tuesday after weeks of pressure.', 'resigned', '2025-06-03'],
  ['2025-06-04', 'Police arrested two men on Sunday in connection with the fire.', 'arrested', '2025-06-01'],
  ['2025-06-04', 'The Orvana board met on Monday to discuss the offer.', 'met', '2025-06-02'],
  ['2025-06-04', 'Gunmen attacked a checkpoint on Friday, killing three soldiers.', 'attacked', '2025-05-30'],
  ['2025-06-04', 'On Thursday, the council voted to close the pool.', 'voted', '2025-05-29'],
  ['2025-06-04', 'Finance Minister Ivo Rask met his Latvian counterpart on Wednesday.', 'met', '2025-06-04'],
  ['2025-06-04', 'Ivo Rask flew to Riga on Saturday for talks.', 'flew', '2025-05-31'],
  ['2025-06-04', 'The strike began on Monday night.', 'strike began', '2025-06-02'],
  ['2025-06-04', 'Protesters blocked the bridge on Monday morning.', 'blocked', '2025-06-02'],
  ['2025-06-04', 'Orvana Mining announced on Tuesday that it would cut 400 jobs.', 'announced', '2025-06-03'],
  ['2025-06-04', 'Rask told reporters on Monday that talks had stalled.', 'told reporters', '2025-06-02'],
  ['2025-06-04', 'Late on Sunday, the rebels seized the airport.', 'seized', '2025-06-01'],
  ['2025-06-04', 'The ministry said Tuesday it had suspended the licence.', 'suspended', '2025-06-03'],
  ['2025-06-04', 'Two people were killed when a bus overturned on Saturday.', 'killed', '2025-05-31'],
  ['2025-06-04', 'Rask will meet the Latvian prime minister on Friday.', 'will meet', '2025-06-06'],
  ['2025-06-04', 'The council is due to vote on Monday.', 'vote', '2025-06-09'],
  ['2025-06-04', 'Ivo Rask is expected to travel to Vilnius on Thursday.', 'travel', '2025-06-05'],
  ['2025-06-04', 'The two leaders are scheduled to hold talks on Tuesday.', 'talks', '2025-06-10'],
  ['2025-06-04', 'The summit opens on Sunday in Tallinn.', 'summit', '2025-06-08'],
  ['2025-06-04', 'A vote on the bill is set for Friday.', 'vote', '2025-06-06'],
  ['2025-06-04', 'The union plans to strike on Monday.', 'strike', '2025-06-09'],
  ['2025-06-04', 'The cabinet met last Friday to discuss the budget.', 'met', '2025-05-30'],
  ['2025-06-04', 'The council will vote next Tuesday.', 'vote', '2025-06-10'],
  ['2025-06-04', 'Rask will meet Duval next Thursday.', 'meet', '2025-06-12'],
  ['2025-06-04', 'The board will meet this Thursday.', 'meet', '2025-06-05'],
  ['2025-06-04', 'The board met this Monday.', 'met', '2025-06-02'],
  ['2025-06-04', 'The two men will meet this Friday in Oslo.', 'meet', '2025-06-06'],
  ['2025-06-04', 'Rask met Duval last week in Paris.', 'met', '2025-05-26'],
  ['2025-06-04', 'Rask will travel to Paris next week.', 'travel', '2025-06-09'],
  ['2025-06-04', 'The ministers met earlier this week.', 'met', '2025-06-02'],
  ['2025-06-04', 'Rask met Duval at the weekend.', 'met', '2025-05-31'],
  ['2025-06-04', 'Rask will meet Duval at the weekend.', 'meet', '2025-06-07'],
  ['2025-06-04', 'Rask met Duval over the weekend.', 'met', '2025-05-31'],
  ['2025-06-04', 'Rask will meet Duval this weekend.', 'meet', '2025-06-07'],
  ['2025-06-04', 'Rask met Duval last weekend.', 'met', '2025-05-31'],
  ['2025-06-02', 'The two sides met on Friday.', 'met', '2025-05-30'],
  ['2025-06-02', 'The two sides will meet on Friday.', 'meet', '2025-06-06'],
  ['2025-06-02', 'Protesters gathered outside parliament on Sunday.', 'gathered', '2025-06-01'],
  ['2025-06-02', 'Protesters clashed with police over the weekend.', 'clashed', '2025-05-31'],
  ['2025-06-02', 'The talks ended on Monday without a deal.', 'ended', '2025-06-02'],
  ['2025-06-02', 'Rask resigned last week.', 'resigned', '2025-05-26'],
  ['2025-06-02', 'Rask will resign next Monday.', 'resign', '2025-06-09'],
  ['2025-06-02', 'Rask met Duval on Saturday night.', 'met', '2025-05-31'],
  ['2025-06-02', 'The election will be held on Sunday.', 'election', '2025-06-08'],
  ['2025-06-01', 'The two sides met on Friday.', 'met', '2025-05-30'],
  ['2025-06-01', 'The two sides will meet on Monday.', 'meet', '2025-06-02'],
  ['2025-06-01', 'The two sides met on Monday.', 'met', '2025-05-26'],
  ['2025-06-01', 'Voters went to the polls on Sunday.', 'polls', '2025-06-01'],
  ['2025-06-01', 'Rask arrived in Oslo on Saturday.', 'arrived', '2025-05-31'],
  ['2026-01-06', 'The two ministers met on Dec. 28 in Geneva.', 'met', '2025-12-28'],
  ['2026-01-06', 'The two ministers met on 28 December in Geneva.', 'met', '2025-12-28'],
  ['2026-01-06', 'Rask resigned on Friday.', 'resigned', '2026-01-02'],
  ['2026-01-06', 'Rask met Duval on Monday.', 'met', '2026-01-05'],
  ['2026-01-06', 'Rask will meet Duval on Friday.', 'meet', '2026-01-09'],
  ['2026-01-06', 'The vote will be held on Jan. 20.', 'vote', '2026-01-20'],
  ['2026-01-06', 'Rask met Duval on Jan. 2.', 'met', '2026-01-02'],
  ['2026-01-06', "Rask met Duval on New Year's Eve.", 'met', '2025-12-31'],
  ['2026-01-06', 'The strike began on Dec. 30 and ended on Jan. 3.', 'strike began', '2025-12-30'],
  ['2026-01-06', 'The bank raised rates last week.', 'raised', '2025-12-29'],
  ['2026-01-06', 'Voters went to the polls on Dec. 21, 2025.', 'polls', '2025-12-21'],
  ['2025-12-18', 'The two ministers will meet on Jan. 5.', 'meet', '2026-01-05'],
  ['2025-12-18', 'The two ministers are scheduled to meet on 5 January.', 'meet', '2026-01-05'],
  ['2025-12-18', 'The new law takes effect on Jan. 1.', 'takes effect', '2026-01-01'],
  ['2025-12-18', 'The two ministers met on Dec. 2.', 'met', '2025-12-02'],
  ['2025-12-18', 'The vote will take place on Dec. 22.', 'vote', '2025-12-22'],
  ['2025-12-18', 'Rask met Duval on Monday.', 'met', '2025-12-15'],
  ['2025-12-18', 'Rask will meet Duval on Monday.', 'meet', '2025-12-22'],
  ['2025-12-29', 'The new tariff takes effect Jan. 1.', 'takes effect', '2026-01-01'],
  ['2025-12-29', 'Rask resigned on Friday.', 'resigned', '2025-12-26'],
  ['2025-12-29', 'Rask will resign on Wednesday.', 'resign', '2025-12-31'],
  ['2025-12-29', 'Rask will travel to Oslo on Friday.', 'travel', '2026-01-02'],
  ['2025-12-29', 'The ministers will meet on Jan. 8.', 'meet', '2026-01-08'],
  ['2025-03-26', 'The minister met union leaders on 23 March.', 'met', '2025-03-23'],
  ['2025-03-26', 'The minister met union leaders on March 23rd.', 'met', '2025-03-23'],
  ['2025-03-26', 'The minister met union leaders on the 23rd of March.', 'met', '2025-03-23'],
  ['2025-03-26', 'The minister will meet union leaders on 2 April.', 'meet', '2025-04-02'],
  ['2025-03-26', 'The minister met union leaders on Sunday 23 March.', 'met', '2025-03-23'],
  ['2025-03-26', 'The minister met union leaders on Sunday, March 23.', 'met', '2025-03-23'],
  ['2025-03-26', 'The talks will run from 9 to 11 April in Geneva.', 'talks', '2025-04-09'],
  ['2025-03-26', 'The talks ran from 9 to 11 March in Geneva.', 'talks', '2025-03-09'],
  ['2025-03-26', 'The summit will be held April 9-11 in Geneva.', 'summit', '2025-04-09'],
  ['2025-03-26', 'The summit was held on 9-11 March in Geneva.', 'summit', '2025-03-09'],
  ['2025-03-26', 'The conference ran from March 3 to March 5.', 'conference', '2025-03-03'],
  ['2025-03-26', 'Parliament voted on the 12th.', 'voted', '2025-03-12'],
  ['2025-06-04', 'The court struck down the law on May 5, a month after it was passed.', 'struck', '2025-05-05'],
  ['2025-06-04', 'The minister resigned yesterday.', 'resigned', '2025-06-03'],
  ['2025-06-04', 'The minister resigned today.', 'resigned', '2025-06-04'],
  ['2025-06-04', 'The minister resigned earlier today.', 'resigned', '2025-06-04'],
  ['2025-06-04', 'The minister will speak tonight.', 'speak', '2025-06-04'],
  ['2025-06-04', 'The minister will resign tomorrow.', 'resign', '2025-06-05'],
  ['2025-06-04', 'The minister resigned last night.', 'resigned', '2025-06-03'],
  ['2025-06-04', 'Rebels shelled the town overnight.', 'shelled', '2025-06-04'],
  ['2025-06-04', 'Rebels shelled the town on Monday night.', 'shelled', '2025-06-02'],
  ['2025-06-04', 'Rebels shelled the town overnight on Monday.', 'shelled', '2025-06-02'],
  ['2025-06-04', 'Rebels shelled the town in the early hours of Tuesday.', 'shelled', '2025-06-03'],
  ['2025-06-04', 'The minister resigned the day before yesterday.', 'resigned', '2025-06-02'],
  ['2025-06-04', 'Speaker Lise Holm said on Monday that the vote would be held on Friday.', 'said', '2025-06-02'],
  ['2025-06-04', 'Speaker Lise Holm said on Monday that parliament would vote on Friday.', 'vote', '2025-06-06'],
  ['2025-06-04', 'The speaker announced on Monday that parliament would vote on Thursday.', 'vote on', '2025-06-05'],
  ['2025-06-04', 'Rask said on Tuesday that he had met Duval on Sunday.', 'met', '2025-06-01'],
  ['2025-06-04', 'Rask said on Tuesday that he had met Duval the day before.', 'met', '2025-06-02'],
  ['2025-06-04', 'Rask told reporters on Monday he would fly to Paris the next day.', 'fly', '2025-06-03'],
  ['2025-06-04', 'Rask said the talks would resume on Thursday.', 'resume', '2025-06-05'],
  ['2025-06-04', 'Rask said he met Duval on Friday.', 'met', '2025-05-30'],
  ['2025-06-04', 'Ivo Rask said in a statement on Monday that he would meet Duval next week.', 'meet', '2025-06-09'],
  ['2026-01-06', 'Rask said on Dec. 30 that the plant would close.', 'said', '2025-12-30'],
  ['2025-06-04', 'The plant closed on Sept. 3.', 'closed', '2024-09-03'],
  ['2025-06-04', 'The plant closed on June 2.', 'closed', '2025-06-02'],
  ['2025-06-04', 'The plant will close on June 2.', 'close', '2026-06-02'],
  ['2025-06-04', 'Culture Minister Ada Lind has resigned, her office said on Tuesday.', 'resigned', '2025-06-03'],
  ['2025-06-04', 'Rask, who met Duval on Monday, will fly to Oslo on Friday.', 'fly', '2025-06-06'],
  ['2025-06-04', 'Rask, who met Duval on Monday, will fly to Oslo on Friday.', 'met', '2025-06-02'],
  ['2025-06-04', 'After meeting Duval on Monday, Rask flew to Oslo.', 'flew', '2025-06-02'],
  ['2025-06-04', 'Rask flew to Oslo on Friday, two days after meeting Duval.', 'flew', '2025-05-30'],
  ['2025-06-04', 'Rask met Duval on Friday, his first trip abroad since taking office in March.', 'met', '2025-05-30'],
  ['2025-06-04', 'The Unite union said on Tuesday it would strike on Friday.', 'said', '2025-06-03'],
  ['2025-06-04', 'On Monday, the club confirmed that its coach would leave on Friday.', 'leave', '2025-06-06'],
  ['2025-06-04', 'The club said on Friday that the coach had left on Thursday.', 'left', '2025-05-29'],
  ['2025-06-04', 'The ministry said the minister would visit Oslo next Tuesday.', 'visit', '2025-06-10'],
  ['2026-01-06', 'The ministers met on Sunday, Dec. 28.', 'met', '2025-12-28'],
  ['2026-01-06', 'Protesters marched on Saturday (Jan. 3).', 'marched', '2026-01-03'],
  ['2025-06-04', 'The ministers met two weeks ago.', 'met', '2025-05-21'],
  ['2025-06-04', 'The ministers met three days ago.', 'met', '2025-06-01'],
  ['2025-06-04', 'The ministers will meet in two weeks.', 'meet', '2025-06-18'],
  ['2025-06-04', 'The ministers will meet in three days.', 'meet', '2025-06-07'],
  ['2025-06-04', 'Ana Velk resigned the day after the May 10 referendum.', 'resigned', '2025-05-11'],
  ['2025-06-04', 'Ana Velk resigned a week after the May 10 referendum.', 'resigned', '2025-05-17'],
  ['2025-06-04', 'Ana Velk resigned a month after the March 10 referendum.', 'resigned', '2025-04-10'],
  ['2025-12-27', 'The two leaders met on Christmas Eve.', 'met', '2025-12-24'],
  ['2025-12-27', 'The two leaders met on Boxing Day.', 'met', '2025-12-26'],
  ['2025-12-20', "The two leaders will meet on New Year's Day.", 'meet', '2026-01-01'],
  ['2025-06-04', 'At 3 p.m. on Tuesday, police stormed the building.', 'stormed', '2025-06-03'],
  ['2025-06-04', 'Police stormed the building at dawn on Tuesday.', 'stormed', '2025-06-03'],
  ['2025-06-04', 'Police stormed the building shortly before midnight on Saturday.', 'stormed', '2025-05-31'],
  ['2025-06-04', 'The vote, originally set for Thursday, was moved to next Monday.', 'moved', '2025-06-09'],
  ['2025-06-04', 'The two leaders will meet next Wednesday.', 'meet', '2025-06-11'],
  ['2025-06-04', 'The two leaders met last Wednesday.', 'met', '2025-05-28'],
  ['2025-06-04', 'The two leaders met a week ago on Wednesday.', 'met', '2025-05-28'],
  ['2026-01-06', 'Ivo Rask, who took office on Dec. 15, met Duval in Paris.', 'took office', '2025-12-15'],
  ['2026-01-06', 'Ivo Rask met Duval in Paris on Dec. 29, a day after the election.', 'met', '2025-12-29'],
  ['2026-01-06', 'The Dec. 28 meeting between Ivo Rask and Emil Duval ended without a deal.', 'meeting', '2025-12-28'],
  ['2026-01-06', 'Talks between Ivo Rask and Emil Duval on Dec. 30 ended without a deal.', 'Talks', '2025-12-30'],
  ['2026-01-06', 'Following talks with Emil Duval on Dec. 30, Ivo Rask flew to Oslo.', 'flew', '2025-12-30'],
  ['2026-01-06', 'Ivo Rask flew to Oslo after talks with Emil Duval on Dec. 30.', 'flew', '2025-12-30'],
  ['2026-01-06', 'Emil Duval was arrested on Dec. 31 and charged with fraud.', 'arrested', '2025-12-31'],
  ['2026-01-06', 'Emil Duval, arrested on Dec. 31, appeared in court on Monday.', 'arrested', '2025-12-31'],
  ['2026-01-06', 'Emil Duval was charged on December 30th.', 'charged', '2025-12-30'],
  ['2026-01-06', 'Ivo Rask met Duval on 30 December 2025.', 'met', '2025-12-30'],
  [
    '2026-01-06',
    'The deal signed by Ivo Rask and Emil Duval on Dec. 30 takes effect on Feb. 1.',
    'takes effect',
    '2026-02-01',
  ],
  [
    '2026-01-06',
    'The deal signed by Ivo Rask and Emil Duval on Dec. 30 takes effect on Feb. 1.',
    'signed',
    '2025-12-30',
  ],
  ['2026-01-06', 'Ivo Rask, who met Duval on Dec. 30, will fly to Oslo on Jan. 15.', 'fly', '2026-01-15'],
  ['2026-01-06', 'Parliament approved the budget in a vote on Dec. 19.', 'approved', '2025-12-19'],
  ['2026-01-06', 'Ivo Rask met Duval on the sidelines of a summit in Doha on Dec. 14.', 'met', '2025-12-14'],
  ['2026-01-06', 'Ivo Rask met Duval on Friday, Jan. 2.', 'met', '2026-01-02'],
  ['2026-01-06', 'Ivo Rask met Duval on Wednesday, Dec. 31.', 'met', '2025-12-31'],
  ['2026-01-06', 'Ivo Rask met Duval on Wednesday.', 'met', '2025-12-31'],
  ['2026-01-06', 'Ivo Rask met Duval last Wednesday.', 'met', '2025-12-31'],
  ['2026-01-06', 'Ivo Rask flew to Oslo last Thursday.', 'flew', '2026-01-01'],
  ['2026-01-06', 'On Dec. 28, Ivo Rask flew to Oslo, where he met Duval.', 'met', '2025-12-28'],
  ['2026-01-06', 'Ivo Rask was sworn in on Dec. 15 for a second term.', 'sworn', '2025-12-15'],
  ['2026-01-06', 'The strike, which began on Dec. 22, ended on Monday.', 'began', '2025-12-22'],
  ['2026-01-06', 'Workers at the Kessel plant walked out on Dec. 22.', 'walked out', '2025-12-22'],
  ['2026-01-06', 'Ivo Rask had met Duval on Dec. 12, before the election.', 'met', '2025-12-12'],
  ['2026-01-06', 'Ivo Rask was scheduled to meet Duval on Jan. 12.', 'meet', '2026-01-12'],
  ['2026-01-02', 'Ivo Rask met Duval on Tuesday.', 'met', '2025-12-30'],
  ['2026-01-02', 'Ivo Rask met Duval on Monday night.', 'met', '2025-12-29'],
  ['2026-01-02', 'Ivo Rask will meet Duval on Monday.', 'meet', '2026-01-05'],
  ['2026-01-02', 'Ivo Rask met Duval on Dec. 30.', 'met', '2025-12-30'],
  ['2026-01-02', "Ivo Rask met Duval on New Year's Day.", 'met', '2026-01-01'],
  ['2026-01-02', "Fireworks injured 40 people on New Year's Eve, police said.", 'injured', '2025-12-31'],
  ['2026-01-02', 'Ivo Rask met Duval last week.', 'met', '2025-12-22'],
  ['2026-01-02', 'Ivo Rask met Duval this week.', 'met', '2025-12-29'],
  ['2026-01-02', 'Ivo Rask met Duval earlier this week.', 'met', '2025-12-29'],
  ['2025-12-18', 'Ivo Rask will be sworn in on Jan. 6.', 'sworn', '2026-01-06'],
  ['2025-12-18', 'Ivo Rask is to be sworn in on Jan. 6.', 'sworn', '2026-01-06'],
  ['2025-12-18', 'Ivo Rask takes office on Jan. 6.', 'takes office', '2026-01-06'],
  ['2025-12-18', 'The trial of Emil Duval opens on Jan. 12.', 'trial', '2026-01-12'],
  ['2025-12-18', 'Ivo Rask said he would meet Duval on Jan. 8.', 'meet', '2026-01-08'],
  ['2025-12-18', 'Ivo Rask said on Monday that he would meet Duval on Jan. 8.', 'meet', '2026-01-08'],
  ['2025-12-18', 'Ivo Rask plans to visit Oslo on Jan. 8.', 'visit', '2026-01-08'],
  ['2025-12-18', 'Ivo Rask has postponed his Jan. 8 visit to Oslo.', 'visit', '2026-01-08'],
  ['2025-12-18', 'Ivo Rask met Duval in Oslo on Jan. 8.', 'met', '2025-01-08'],
  ['2025-12-18', 'The new rules, which take effect on Jan. 1, were approved on Tuesday.', 'approved', '2025-12-16'],
  ['2025-12-29', "Ivo Rask will address the nation on New Year's Eve.", 'address', '2025-12-31'],
  ['2025-12-29', 'Ivo Rask met Duval on Christmas Day.', 'met', '2025-12-25'],
  ['2025-12-29', 'Ivo Rask met Duval on Saturday.', 'met', '2025-12-27'],
  ['2025-12-29', 'Ivo Rask will meet Duval on Saturday.', 'meet', '2026-01-03'],
  ['2025-12-29', 'Ivo Rask will meet Duval next week.', 'meet', '2026-01-05'],
  ['2025-06-04', 'Ivo Rask meets Duval on Friday.', 'meets', '2025-06-06'],
  ['2025-06-04', 'Ivo Rask is set to meet Duval on Friday.', 'meet', '2025-06-06'],
  ['2025-06-04', 'Ivo Rask is due in Paris on Friday.', 'Paris', '2025-06-06'],
  ['2025-06-04', 'Ivo Rask heads to Paris on Friday.', 'heads', '2025-06-06'],
  ['2025-06-04', 'Ivo Rask heads to Paris on Friday for talks with Emil Duval.', 'talks', '2025-06-06'],
  ['2025-06-04', 'Ivo Rask travels to Paris on Friday.', 'travels', '2025-06-06'],
  ['2025-06-04', 'Ivo Rask was meeting Duval on Friday when the news broke.', 'meeting', '2025-05-30'],
  ['2025-06-04', 'Ivo Rask, who meets Duval on Friday, declined to comment.', 'meets', '2025-06-06'],
  ['2025-06-04', "Ahead of Friday's vote, Ivo Rask met union leaders.", 'met', '2025-06-04'],
  ['2025-06-04', "Ahead of Friday's vote, Ivo Rask will meet union leaders on Thursday.", 'meet', '2025-06-05'],
  ['2025-06-04', "Friday's vote was postponed, Ivo Rask said.", 'vote', '2025-06-06'],
  ['2025-06-04', "Monday's meeting between Ivo Rask and Emil Duval ended without a deal.", 'meeting', '2025-06-02'],
  ['2025-06-04', "Monday's meeting between Ivo Rask and Emil Duval will focus on trade.", 'meeting', '2025-06-09'],
  ['2025-06-04', 'Ivo Rask told the BBC on Sunday that he would meet Duval on Friday.', 'meet', '2025-06-06'],
  ['2025-06-04', 'Ivo Rask said on Sunday that he had met Duval on Friday.', 'met', '2025-05-30'],
  ['2025-06-04', 'Ivo Rask said on Monday he would meet Duval on Sunday.', 'meet', '2025-06-08'],
  ['2025-06-04', 'Ivo Rask cancelled a meeting with Duval planned for Friday.', 'meeting', '2025-06-06'],
  ['2025-06-04', "Ivo Rask cancelled Friday's meeting with Duval.", 'meeting', '2025-06-06'],
  ['2025-06-04', 'The talks will resume on Monday, Ivo Rask said on Tuesday.', 'resume', '2025-06-09'],
  ['2025-06-04', 'Ivo Rask met Duval on Tuesday and will see him again on Friday.', 'met', '2025-06-03'],
  ['2025-06-04', 'The Lund council voted on Monday to hold a referendum on Sunday.', 'voted', '2025-06-02'],
  ['2025-06-04', 'Ivo Rask agreed on Monday to meet Duval on Thursday.', 'agreed', '2025-06-02'],
  ['2025-06-04', 'Ivo Rask arrived in Oslo on Tuesday for talks that will last until Friday.', 'arrived', '2025-06-03'],
  ['2025-06-04', 'Ivo Rask resigned on Monday, two days after meeting Duval.', 'resigned', '2025-06-02'],
  ['2025-06-04', 'Ivo Rask resigned on Monday, two days after he met Duval.', 'met', '2025-05-31'],
  ['2025-06-04', 'Ivo Rask met Duval on Nov. 3.', 'met', '2024-11-03'],
  ['2025-06-04', 'Ivo Rask will meet Duval on Nov. 3.', 'meet', '2025-11-03'],
  ['2025-06-04', 'Ivo Rask met Duval on June 10.', 'met', '2024-06-10'],
  ['2025-06-04', "Ivo Rask's visit to Oslo on June 10 has been cancelled.", 'visit', '2025-06-10'],
  ['2025-06-04', "Ivo Rask's visit to Oslo, planned for June 10, was cancelled on Tuesday.", 'visit', '2025-06-10'],
];

/** A month, a year or a period named from the dateline. */
const PERIODS: readonly Row[] = [
  ['2025-06-04', 'The party will hold its congress next month.', 'congress', '2025-07'],
  ['2025-06-04', 'The company cut 300 jobs last month.', 'cut', '2025-05'],
  ['2025-06-04', 'The regulator fined the bank earlier this month.', 'fined', '2025-06'],
  ['2025-06-04', 'The regulator fined the bank last year.', 'fined', '2024'],
  ['2026-01-06', 'Orvana Mining announced the job cuts in December.', 'announced', '2025-12'],
  ['2026-01-06', 'The company cut 200 jobs last month.', 'cut', '2025-12'],
  ['2026-01-06', 'The company was founded late last year.', 'founded', '2025'],
  ['2026-01-06', 'The plant closed in November after a fire.', 'closed', '2025-11'],
  ['2026-01-06', 'The bank will raise rates in March.', 'raise', '2026-03'],
  ['2025-12-18', 'The trial is due to start in January.', 'trial', '2026-01'],
  ['2025-12-18', 'Elections will be held next year.', 'Elections', '2026'],
  ['2025-12-18', 'The strike will begin next month.', 'strike', '2026-01'],
  ['2025-12-18', 'The ministers met in January to discuss the plan.', 'met', '2025-01'],
  ['2025-06-04', 'Rask said in December that the plant would close.', 'said', '2024-12'],
  ['2026-01-06', 'Rask said in December that the plant would close in March.', 'close', '2026-03'],
  ['2025-06-04', 'The company was founded in 1998.', 'founded', '1998'],
  ['2025-06-04', 'The plant closed in March 2019.', 'closed', '2019-03'],
  ['2025-06-04', 'The plant closed in March.', 'closed', '2025-03'],
  ['2025-06-04', 'The plant will close in March.', 'close', '2026-03'],
  ['2025-06-04', 'The plant will close in September.', 'close', '2025-09'],
  ['2025-06-04', 'The plant closed in September.', 'closed', '2024-09'],
  ['2025-06-04', 'The plant closed in early 2024.', 'closed', '2024'],
  ['2025-06-04', 'The plant closed in the spring.', 'closed', '2025-03'],
  ['2025-06-04', 'The ministers met a month ago.', 'met', '2025-05'],
  ['2025-06-04', 'The bank will raise rates later this month.', 'raise', '2025-06'],
  ['2025-06-04', 'The bank will raise rates later this year.', 'raise', '2025'],
  ['2025-06-04', 'The bank raised rates earlier this year.', 'raised', '2025'],
  ['2026-01-06', 'Prosecutors charged Emil Duval in late December.', 'charged', '2025-12'],
  ['2026-01-06', 'Emil Duval was charged in mid-December.', 'charged', '2025-12'],
  ['2026-01-06', 'Ivo Rask resigned in December, weeks after the scandal broke.', 'resigned', '2025-12'],
  ['2026-01-06', 'Voters in Lund elected Ivo Rask mayor in December.', 'elected', '2025-12'],
  ['2026-01-02', 'Ivo Rask met Duval last month.', 'met', '2025-12'],
  ['2026-01-02', 'Ivo Rask met Duval last year.', 'met', '2025'],
  ['2025-12-18', 'Emil Duval will be sentenced in January.', 'sentenced', '2026-01'],
  ['2025-12-29', 'Ivo Rask will meet Duval next month.', 'meet', '2026-01'],
  ['2025-06-04', 'Ivo Rask met Duval in November.', 'met', '2024-11'],
  ['2025-06-04', 'Ivo Rask will meet Duval in November.', 'meet', '2025-11'],
];

/** A date told from the event before: "the following day", "two years later", "that afternoon". */
const ANCHORED: readonly Row[] = [
  [
    '2025-06-04',
    'The referendum was held on May 10. The following day, Prime Minister Ana Velk resigned.',
    'resigned',
    '2025-05-11',
  ],
  [
    '2025-06-04',
    'The referendum was held on May 10. The day before, Ana Velk had met rebel leaders.',
    'met',
    '2025-05-09',
  ],
  ['2025-06-04', 'The referendum was held on May 10. Two weeks later, Ana Velk resigned.', 'resigned', '2025-05-24'],
  [
    '2025-06-04',
    'The referendum was held on May 10. That evening, Ana Velk conceded defeat.',
    'conceded',
    '2025-05-10',
  ],
  [
    '2025-06-04',
    'The referendum was held on May 10. Later that night, Ana Velk conceded defeat.',
    'conceded',
    '2025-05-10',
  ],
  ['2025-06-04', 'The referendum was held on May 10. Three days later, Ana Velk resigned.', 'resigned', '2025-05-13'],
  ['2025-06-04', 'The referendum was held on May 10. A week later, Ana Velk resigned.', 'resigned', '2025-05-17'],
  ['2025-06-04', 'The referendum was held on May 10. The next morning, Ana Velk resigned.', 'resigned', '2025-05-11'],
  ['2025-06-04', 'The referendum was held on May 10. The next week, Ana Velk resigned.', 'resigned', '2025-05-12'],
  [
    '2025-06-04',
    'The referendum was held on May 10. Two days earlier, Ana Velk had predicted victory.',
    'predicted',
    '2025-05-08',
  ],
  ['2025-06-04', 'The referendum was held on May 10. Ana Velk resigned a day later.', 'resigned', '2025-05-11'],
  ['2025-06-04', 'The referendum was held on May 10. Ana Velk resigned the next day.', 'resigned', '2025-05-11'],
  ['2025-06-04', 'The referendum was held on May 10. Ana Velk resigned the following week.', 'resigned', '2025-05-12'],
  ['2025-06-04', 'Ana Velk met Tomas Halvik on May 20. Hours later, Halvik resigned.', 'resigned', '2025-05-20'],
  ['2025-06-04', 'Ana Velk met Tomas Halvik on May 20. Afterward, Halvik flew to Oslo.', 'flew', '2025-05-20'],
  ['2025-06-04', 'Ana Velk met Tomas Halvik on May 20. The next day, Halvik flew to Oslo.', 'flew', '2025-05-21'],
  ['2025-06-04', 'Ana Velk met Tomas Halvik on May 20. On May 22, Halvik flew to Oslo.', 'flew', '2025-05-22'],
  ['2025-06-04', 'Ana Velk met Tomas Halvik on May 20. Two days later, they signed a deal.', 'signed', '2025-05-22'],
  [
    '2025-06-04',
    'Ana Velk will meet Tomas Halvik on Friday. The next day, Velk will fly to Oslo.',
    'fly',
    '2025-06-07',
  ],
  [
    '2025-06-04',
    'Ana Velk will meet Tomas Halvik on June 20. A week later, Velk will fly to Oslo.',
    'fly',
    '2025-06-27',
  ],
  ['2025-06-04', 'The storm made landfall on Saturday. On Sunday, troops were deployed.', 'deployed', '2025-06-01'],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. Later in the day, the governor declared an emergency.',
    'declared',
    '2025-05-31',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. That afternoon, the governor declared an emergency.',
    'declared',
    '2025-05-31',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. The governor declared an emergency that afternoon.',
    'declared',
    '2025-05-31',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. The governor declared an emergency the same day.',
    'declared',
    '2025-05-31',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. The governor declared an emergency that night.',
    'declared',
    '2025-05-31',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. The governor had declared an emergency the day before.',
    'declared',
    '2025-05-30',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. The governor declared an emergency 24 hours later.',
    'declared',
    '2025-06-01',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. Within hours, the governor declared an emergency.',
    'declared',
    '2025-05-31',
  ],
  [
    '2025-06-04',
    'The storm made landfall on Saturday. Early the next morning, the governor declared an emergency.',
    'declared',
    '2025-06-01',
  ],
  [
    '2025-06-04',
    'Parliament passed the law in March. Two months later, Justice Ede Moor resigned.',
    'resigned',
    '2025-05',
  ],
  [
    '2025-06-04',
    'Parliament passed the law on April 2. Three weeks after its passage, Justice Ede Moor resigned.',
    'resigned',
    '2025-04-23',
  ],
  [
    '2025-06-04',
    'Live updates on the floods.||09:12 — Police closed the A4 bridge.||10:40 — The mayor declared an emergency.',
    'declared',
    '2025-06-04',
  ],
  ['2025-06-04', 'Rask met Duval in Paris on May 12.||On Monday, Rask resigned.', 'resigned', '2025-06-02'],
  ['2025-06-04', 'Rask met Duval in Paris on May 12. On Tuesday, Rask resigned.', 'resigned', '2025-06-03'],
  ['2025-06-04', 'Rask met Duval in Paris on May 12. Rask resigned on Tuesday.', 'resigned', '2025-06-03'],
  ['2025-06-04', 'Rask met Duval in Paris on May 12. He resigned the following Tuesday.', 'resigned', '2025-05-13'],
  ['2025-06-04', 'Rask met Duval on Monday. He said the talks had been useful.', 'said', '2025-06-02'],
  ['2025-06-04', 'Rask met Duval on May 12.||Rask said on Tuesday that the talks had failed.', 'said', '2025-06-03'],
  [
    '2025-06-04',
    'The referendum was held on May 10. The day after the vote, Ana Velk resigned.',
    'resigned',
    '2025-05-11',
  ],
  ['2025-06-04', 'Police stormed the building at 3 a.m. Tuesday.', 'stormed', '2025-06-03'],
  [
    '2025-06-04',
    'On Thursday, May 15, Ivo Rask met Duval in Paris. The following Monday, he flew to Rome.',
    'flew',
    '2025-05-19',
  ],
  ['2025-06-04', 'Ivo Rask met Duval in Paris in March. Later that month, he resigned.', 'resigned', '2025-03'],
  ['2025-06-04', 'Ivo Rask met Duval in Paris in 2019. Later that year, he resigned.', 'resigned', '2019'],
  ['2025-06-04', 'Ivo Rask met Duval in Paris in 2019. The following year, he resigned.', 'resigned', '2020'],
  ['2025-06-04', 'Ivo Rask met Duval in Paris in 2019. A year later, he resigned.', 'resigned', '2020'],
  ['2025-06-04', 'Ivo Rask met Duval in Paris on May 15. The next month, he resigned.', 'resigned', '2025-06'],
  ['2025-06-04', 'Ivo Rask met Duval in Paris in March. In April, he resigned.', 'resigned', '2025-04'],
  ['2025-06-04', 'Ivo Rask joined the firm in 2019. In March 2021, he resigned.', 'resigned', '2021-03'],
];

describe('A weekday, a month and day, or a day named from the dateline, resolved by tense and across the year boundary', () => {
  it.each(DAYS)('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('A month, a year or a period named from the dateline', () => {
  it.each(PERIODS)('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('A date told from the event before: "the following day", "two years later", "that afternoon"', () => {
  it.each(ANCHORED)('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('a shift counted in calendar months and years', () => {
  it.each([
    ['2025-06-04', 'Ana Velk resigned a month after the March 10 referendum.', 'resigned', '2025-04-10'],
    ['2025-06-04', 'Ana Velk resigned a month after the Jan. 31 referendum.', 'resigned', '2025-02-28'],
    ['2025-06-04', 'Ivo Rask joined the board in 2019. Three years later, he resigned.', 'resigned', '2022'],
  ] as const)('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it.each([
    'Kessel Oyj today reported sales of EUR 90 million, up 4% from a year earlier.',
    'Kessel Oyj today reported sales of EUR 90 million, above the same period a year earlier.',
    'Kessel shares rose the most in three years after Ivo Rask today reported record sales.',
  ])('leaves a comparison or a stretch in years alone: %s', (article) => {
    expect(startsOf('2025-10-23', article, 'reported')).toContain('2025-10-23');
  });
});

/** The days of a sentence's date mentions, in order. */
function mentionDays(published: string, sentence: string): string[] {
  const text = ` ${sentence}`;
  return findDateMentions({ index: 0, paragraph: 0, start: 0, end: text.length, text }, { published }).map(
    ({ date }) => date.start,
  );
}

describe('a day ahead of a day gone by, and a day told in the past of a plan', () => {
  it.each([
    // A future seen from the past counts from the day of the saying or agreeing (Wed 2025-06-04).
    ['2025-06-04', 'Ivo Rask said on Thursday that he would meet Emil Duval on Monday.', ['2025-05-29', '2025-06-02']],
    ['2025-06-04', 'Ivo Rask agreed last Thursday to meet Emil Duval on Monday.', ['2025-05-29', '2025-06-02']],
    ['2025-06-04', 'The union said on Friday it would strike on Tuesday.', ['2025-05-30', '2025-06-03']],
    // "will" counts from the dateline.
    [
      '2025-06-04',
      'Ivo Rask met Emil Duval last Thursday and will see him again on Monday.',
      ['2025-05-29', '2025-06-09'],
    ],
    // An infinitive governed across its object or a date lies ahead of the governing verb.
    ['2025-06-04', 'Ivo Rask agreed on Monday to meet Emil Duval on Thursday.', ['2025-06-02', '2025-06-05']],
    ['2025-06-04', 'The Lund council voted on Monday to hold a referendum on Sunday.', ['2025-06-02', '2025-06-08']],
    ['2025-06-04', 'Ivo Rask invited Emil Duval on Monday to visit Lund on Saturday.', ['2025-06-02', '2025-06-07']],
    ['2025-06-04', 'Ivo Rask flew on Monday to Paris for talks.', ['2025-06-02']],
    // The present progressive of an arrangement is ahead; of a state, not.
    ['2025-06-04', 'Ivo Rask is meeting Emil Duval on Friday.', ['2025-06-06']],
    ['2025-06-04', 'The two leaders are holding talks in Oslo on Saturday.', ['2025-06-07']],
    ['2025-06-04', 'Emil Duval is recovering after being attacked on Monday.', ['2025-06-02']],
    // A possessive weekday is no plural subject of a timetable verb.
    ['2025-06-04', "Friday's vote was a landslide for Ivo Rask.", ['2025-05-30']],
    ['2025-06-04', "Sunday's vote will decide the mayor's fate.", ['2025-06-08']],
    // After a relative "that", a past verb; after a quantifier, a noun.
    ['2026-01-06', 'The strike that began on Dec. 22 will end on Friday.', ['2025-12-22', '2026-01-09']],
    ['2025-12-18', 'The court will hear the appeals of the three accused on Jan. 8.', ['2026-01-08']],
    // A timetable verb after an apposition's comma is the subject's predicate.
    ['2025-12-18', 'The new rules, approved on Tuesday, take effect on Jan. 1.', ['2025-12-16', '2026-01-01']],
    // A weekday that is a word of a name is no day; one told with its date in brackets names it.
    ['2025-06-04', 'Ivo Rask told the Sunday Courier yesterday that he would stand down.', ['2025-06-03']],
    ['2025-06-04', 'On Tuesday Ivo Rask met the party leaders at his residence.', ['2025-06-03']],
    ['2026-01-08', 'The union had called a strike for Tuesday (January 6).', ['2026-01-06', '2026-01-06']],
    // A plan called off now, or told as it stood, was for the nearest such day.
    ['2025-06-04', 'A visit by Ivo Rask to Oslo on Friday has been scrapped.', ['2025-06-06']],
    ['2025-06-04', "The minister's June 10 visit to Oslo has been cancelled.", ['2025-06-10']],
    ['2026-01-06', 'Ivo Rask was due to meet Emil Duval on Dec. 30 but fell ill.', ['2025-12-30']],
  ] as const)('%s: %s', (published, sentence, days) => {
    expect(mentionDays(published, sentence)).toEqual(days);
  });
});

describe('times told from the event before, and the speech that tells them', () => {
  it.each([
    [
      '2025-06-04',
      'Mayor Lena Fiske met union leaders on Tuesday. Earlier, she had met the police chief.',
      'met',
      '2025-06-03',
    ],
    ['2025-06-04', 'Rebels attacked the town this past weekend.', 'attacked', '2025-05-31'],
    ['2025-06-04', 'Rebels attacked the town this past Sunday.', 'attacked', '2025-06-01'],
    ['2025-06-04', 'Rebels attacked the town on Thursday last.', 'attacked', '2025-05-29'],
    ['2025-06-04', 'Lena Fiske met the unions in mid-May.', 'met', '2025-05'],
    ['2025-06-04', 'Lena Fiske met the unions late last month.', 'met', '2025-05'],
    ['2025-06-04', 'Lena Fiske met the unions on the night of June 2.', 'met', '2025-06-02'],
    ['2025-06-04', 'Lena Fiske met the unions on the 2nd.', 'met', '2025-06-02'],
    [
      '2025-06-04',
      'Lena Fiske met Ivo Rask on May 20. The previous evening, she had dined with Emil Duval.',
      'dined',
      '2025-05-19',
    ],
    [
      '2025-06-04',
      'Lena Fiske met Ivo Rask on May 20. The night before, she had met Emil Duval.',
      'met Emil',
      '2025-05-19',
    ],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. The morning after, she flew to Oslo.', 'flew', '2025-05-21'],
    [
      '2025-06-04',
      'Lena Fiske met Ivo Rask on May 20. The evening before, she had met Emil Duval.',
      'met Emil',
      '2025-05-19',
    ],
    // The days after the Tuesday, to the Sunday (May 21-25, approximately): not the meeting's day.
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. Later that week, she flew to Oslo.', 'flew', '2025-05-21'],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. Within days, she had flown to Oslo.', 'flown', '2025-05-20'],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. A fortnight later, she flew to Oslo.', 'flew', '2025-06-03'],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. Ten days later, she flew to Oslo.', 'flew', '2025-05-30'],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. Two days on, she flew to Oslo.', 'flew', '2025-05-22'],
    [
      '2025-06-04',
      'Lena Fiske met Ivo Rask on May 20. Forty-eight hours later, she flew to Oslo.',
      'flew',
      '2025-05-22',
    ],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. Just hours later, she flew to Oslo.', 'flew', '2025-05-20'],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on May 20. By nightfall, she had flown to Oslo.', 'flown', '2025-05-20'],
    ['2025-06-04', 'Lena Fiske resigned on Tuesday, a day after meeting Ivo Rask.', 'resigned', '2025-06-03'],
    ['2025-06-04', 'Lena Fiske resigned on Tuesday, a day after she met Ivo Rask.', 'met', '2025-06-02'],
    ['2025-06-04', 'Lena Fiske met Ivo Rask twice last week, on Monday and on Thursday.', 'met', '2025-05-26'],
    ['2025-06-04', 'Lena Fiske met Ivo Rask on Monday and Emil Duval on Tuesday.', 'met', '2025-06-02'],
    [
      '2025-06-04',
      'Lena Fiske, who met Ivo Rask on Monday, said on Tuesday that the talks had failed.',
      'said',
      '2025-06-03',
    ],
    ['2025-06-04', 'Speaking in Oslo on Tuesday, Lena Fiske said the talks had failed.', 'said', '2025-06-03'],
    ['2025-06-04', 'In an interview on Tuesday, Lena Fiske said the talks had failed.', 'said', '2025-06-03'],
    [
      '2025-06-04',
      'Lena Fiske said in an interview published on Tuesday that the talks had failed.',
      'said',
      '2025-06-03',
    ],
    [
      '2025-06-04',
      'Lena Fiske told the Lund Courier in an interview on Tuesday that the talks had failed.',
      'told',
      '2025-06-03',
    ],
    ['2025-06-04', 'Lena Fiske posted on X on Tuesday that the talks had failed.', 'posted', '2025-06-03'],
    ['2025-06-04', 'Lena Fiske wrote in a letter dated May 28 that the talks had failed.', 'wrote', '2025-05-28'],
    ['2025-06-04', 'On Tuesday evening, Lena Fiske conceded defeat.', 'conceded', '2025-06-03'],
    ['2025-06-04', 'Lena Fiske conceded defeat shortly after midnight on Tuesday.', 'conceded', '2025-06-03'],
    ['2025-06-04', 'Lena Fiske conceded defeat in the early hours of Wednesday.', 'conceded', '2025-06-04'],
    ['2025-06-04', 'Lena Fiske conceded defeat overnight.', 'conceded', '2025-06-04'],
    ['2025-06-02', 'Lena Fiske conceded defeat on Sunday night.', 'conceded', '2025-06-01'],
    ['2025-06-02', 'Lena Fiske conceded defeat late on Sunday.', 'conceded', '2025-06-01'],
    ['2025-06-02', 'Lena Fiske conceded defeat on Monday.', 'conceded', '2025-06-02'],
    ['2025-06-02', 'Lena Fiske will concede defeat on Monday.', 'concede', '2025-06-02'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask on the 30th.', 'met', '2025-12-30'],
    ['2026-01-06', 'Lena Fiske will meet Ivo Rask on the 12th.', 'meet', '2026-01-12'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask in the final days of December.', 'met', '2025-12'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask at the end of December.', 'met', '2025-12'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask last autumn.', 'met', '2025-09'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask in the autumn.', 'met', '2025-09'],
    ['2026-01-06', 'Lena Fiske will meet Ivo Rask in the spring.', 'meet', '2026-03'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask in the fourth quarter.', 'met', '2025-10'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask in 2025.', 'met', '2025'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask on Dec 30.', 'met', '2025-12-30'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask on 30 Dec.', 'met', '2025-12-30'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask on December 30, 2025.', 'met', '2025-12-30'],
    ['2026-01-06', 'Lena Fiske met Ivo Rask on Tuesday 30 December.', 'met', '2025-12-30'],
  ] as const)('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});

describe('the occasion the lede names, however far back', () => {
  it('dates a quotation given "after the hearing" by the lede\'s session', () => {
    const article =
      'The head of Velk Rail apologised to MPs on Tuesday for the collapse of its timetable, in a tense session of the Lund Transport Committee.||Ana Holm, the chief executive, said the company had failed its passengers. She blamed a shortage of drivers. Members pressed her on her bonus. She declined to say whether she would keep it. One member called the answer "astonishing". Another asked about refunds. Holm said refunds were being paid. The chair, Ole Brun, asked for figures. Holm promised to send them. Brun said the figures were overdue. Passengers groups have called for a fine. The regulator is reviewing the case. Its report is due in March.||In a statement after the hearing, Velk Rail said it had "recruited 40 drivers" since November.';
    expect(dateLines('2026-02-25', article)).toContain('quote occurred 2026-02-24 ~');
  });
});

describe('the day of a scheduled happening written into its noun', () => {
  it.each([
    // Held: the subject of a past clause, a scene set at it, a stretch from it (Tue 2026-02-10).
    ['2026-02-10', 'The Aug. 28 meeting between Lena Fiske and Ivo Rask was tense.', ['2025-08-28']],
    ['2026-02-10', 'At their Aug. 28 meeting, Lena Fiske and Ivo Rask agreed a ceasefire.', ['2025-08-28']],
    ['2026-02-10', 'Lena Fiske has not spoken to Ivo Rask since their Aug. 28 meeting.', ['2025-08-28']],
    // Ahead when "will" tells of it; a plan's nearest day when it is called off or moved.
    ['2025-12-10', 'The July 19 final will be played in Oslo.', ['2026-07-19']],
    ['2025-12-10', 'Officials said the Jan. 9 vote would be delayed.', ['2026-01-09']],
    ['2026-01-12', 'The Jan. 9 vote was postponed at the last minute.', ['2026-01-09']],
    // "ahead of" puts a day ahead, whatever the clause's tense.
    ['2025-12-18', 'Emil Duval was granted bail ahead of his trial on Jan. 9.', ['2026-01-09']],
  ] as const)('%s: %s', (published, sentence, days) => {
    expect(mentionDays(published, sentence)).toEqual(days);
  });
});

describe('a date that heads its entry with a dash, as in a timeline', () => {
  it.each([
    ['2026-01-06', 'Dec. 28 — Ivo Rask meets Emil Duval in Geneva.', ['2025-12-28']],
    ['2026-01-06', 'December 28 - Ivo Rask meets Emil Duval.', ['2025-12-28']],
    ['2026-01-06', '• Dec. 30 – Lena Fiske resigns as mayor.', ['2025-12-30']],
    // An entry that says it is ahead, and a dash inside a sentence, keep their tense.
    ['2026-01-06', 'Jan. 22 — Talks will resume in Geneva.', ['2026-01-22']],
    ['2025-06-04', 'The talks will resume on Dec. 28 — a year after they collapsed.', ['2025-12-28', '2024']],
  ] as const)('%s: %s', (published, sentence, days) => {
    expect(mentionDays(published, sentence)).toEqual(days);
  });
});

describe('a weekday, weekend, month or year told from the event before with "that"', () => {
  it.each([
    ['2025-06-04', 'Ivo Rask met Emil Duval in Paris on May 12. He flew home that Friday.', 'flew', '2025-05-16'],
    ['2025-06-04', 'Ivo Rask met Emil Duval in Paris on May 15. That weekend, he flew to Rome.', 'flew', '2025-05-17'],
    ['2025-06-04', 'Ivo Rask met Emil Duval in Paris on May 15. Later that month, he resigned.', 'resigned', '2025-05'],
    ['2025-06-04', 'Ivo Rask met Emil Duval in Paris in 2019. Later that year, he resigned.', 'resigned', '2019'],
    ['2025-06-04', 'Ivo Rask met Emil Duval in Paris in 2019. The same year, he resigned.', 'resigned', '2019'],
  ] as const)('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });

  it('leaves "said that Friday was" to the saying', () => {
    expect(
      startsOf(
        '2025-06-04',
        'Ivo Rask met Emil Duval on May 12. He said that Friday was the worst day of his life.',
        'said',
      ),
    ).not.toContain('2025-05-16');
  });
});

describe('an event closed by "according to" a dated statement', () => {
  it.each([
    ['2025-06-04', 'Ivo Rask resigned, according to a statement issued on Monday.', 'resigned', '2025-06-02'],
    ['2025-06-04', 'Rebels seized the town, according to a report published late on Sunday.', 'seized', '2025-06-01'],
    ['2025-06-04', 'According to a statement issued on Monday, Ivo Rask resigned.', 'resigned', '2025-06-02'],
  ] as const)('%s: %s', (published, article, evidence, start) => {
    expect(startsOf(published, article, evidence)).toContain(start);
  });
});
