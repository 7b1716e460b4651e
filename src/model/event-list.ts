/**
 * The event-list contract: the one schema of what the compiler writes and the app loads.
 * The compiler validates its output against it before writing; the app validates what it fetches.
 * Types are inferred from it, never written twice.
 */
import { z } from 'zod';

/** ISO date at its precision: "2025-09-23" (day), "2022-02" (month) or "2022" (year). */
export const isoPartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const precisionSchema = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof precisionSchema>;

export const eventDateSchema = z.object({
  /** First day (or month, or year) the event may fall in, at `precision`. */
  start: isoPartialDateSchema,
  /** Last day of a range ("week-long summit"), at the same precision; absent for a single date. */
  end: isoPartialDateSchema.optional(),
  precision: precisionSchema,
  /** True when the text only supports an estimate ("last week", "in recent months"). */
  approximate: z.boolean().optional(),
  /** Qualifiers the text puts on the time: "early", "late", "nearly three hours". */
  qualifier: z.string().optional(),
});
export type EventDate = z.infer<typeof eventDateSchema>;

export const actorKindSchema = z.enum(['person', 'country', 'organization', 'group']);
export type ActorKind = z.infer<typeof actorKindSchema>;

/** Stable slug: lower-case ASCII letters, digits and dashes. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug');

export const actorSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  kind: actorKindSchema,
  /** Titles the text gives them: "Russian Foreign Minister". */
  roles: z.array(z.string()),
  /** Every other way the text names them: "Lavrov", "Moscow", "the U.S. leader". */
  aliases: z.array(z.string()),
});
export type Actor = z.infer<typeof actorSchema>;

export const eventKindSchema = z.enum([
  'meeting',
  'quote',
  'travel',
  'announcement',
  'statement',
  'policy',
  'conflict',
  'summit',
  'other',
]);
export type EventKind = z.infer<typeof eventKindSchema>;

export const eventStatusSchema = z.enum(['occurred', 'scheduled', 'cancelled']);
export type EventStatus = z.infer<typeof eventStatusSchema>;

export const sourceSchema = z.object({
  /** Article path relative to the project root, as in `articles[].file`. */
  file: z.string().min(1),
  published: isoPartialDateSchema,
  /** The exact sentence, equal to the article text between `start` and `end`. */
  sentence: z.string().min(1),
  /** Character offsets (UTF-16 code units, as JavaScript strings count) into the file's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof sourceSchema>;

export const quoteSchema = z.object({
  /** The quotation's words, without the quotation marks. */
  text: z.string().min(1),
  /** Actor id of the speaker; absent when the text names no one (see `speakerDescription`). */
  speaker: slugSchema.optional(),
  /**
   * The speaker as the text describes them when it names no actor: "a council spokesperson", "one
   * resident", "police". Plain text, shown as written.
   */
  speakerDescription: z.string().min(1).optional(),
  /** Where it was said: "Truth Social", "a press conference", "a statement". */
  medium: z.string().optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const timelineEventSchema = z.object({
  id: slugSchema,
  kind: eventKindSchema,
  title: z.string().min(1),
  date: eventDateSchema,
  status: eventStatusSchema,
  /** Actor ids, most central first. */
  actors: z.array(slugSchema),
  place: z.string().optional(),
  quote: quoteSchema.optional(),
  sources: z.array(sourceSchema).min(1),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const articleSchema = z.object({
  file: z.string().min(1),
  published: isoPartialDateSchema,
  /** The whole file's text, so that source offsets can be shown in context. */
  text: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/** A problem the element schemas cannot see: it needs the whole list. */
export interface ListIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What only the whole list can tell: every event id is unique, every actor an event names is
 * listed, and every quote has a speaker (an actor or a description).
 */
export function crossReferenceIssues(list: {
  actors: readonly Actor[];
  events: readonly TimelineEvent[];
}): ListIssue[] {
  const issues: ListIssue[] = [];
  const actorIds = new Set(list.actors.map((actor) => actor.id));
  const eventIds = new Set<string>();
  list.events.forEach((event, index) => {
    if (eventIds.has(event.id))
      issues.push({ path: ['events', index, 'id'], message: `duplicate event id ${event.id}` });
    eventIds.add(event.id);
    const speaker = event.quote?.speaker;
    if (event.quote && speaker === undefined && event.quote.speakerDescription === undefined)
      issues.push({ path: ['events', index, 'quote'], message: 'quote without a speaker' });
    for (const actorId of speaker === undefined ? event.actors : [...event.actors, speaker]) {
      if (!actorIds.has(actorId))
        issues.push({ path: ['events', index, 'actors'], message: `unknown actor ${actorId}` });
    }
  });
  return issues;
}

export const eventListSchema = z
  .object({
    version: z.literal(1),
    articles: z.array(articleSchema),
    actors: z.array(actorSchema),
    events: z.array(timelineEventSchema),
  })
  .superRefine((list, ctx) => {
    for (const issue of crossReferenceIssues(list)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type EventList = z.infer<typeof eventListSchema>;
