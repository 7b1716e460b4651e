import { describe, expect, it } from 'vitest';
import { bucketWidth, type PlanSpan, planTimeline, stackDepth } from './timeline-plan.ts';

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;
const T0 = Date.UTC(2022, 0, 1);

function day(id: string, at: number, labelPx = 200): PlanSpan {
  return { id, start: at, end: at, labelPx };
}

/** `count` events one `gap` apart from `start`. */
function run(prefix: string, count: number, start: number, gap: number): PlanSpan[] {
  return Array.from({ length: count }, (_, index) => day(`${prefix}${index}`, start + index * gap));
}

const allIds = (plan: ReturnType<typeof planTimeline>): string[] =>
  [...plan.eventIds, ...plan.clusters.flatMap((cluster) => cluster.eventIds)].sort();

describe('stackDepth', () => {
  it('counts the most extents over one point; touching ones do not stack', () => {
    expect(stackDepth([])).toBe(0);
    expect(
      stackDepth([
        { from: 0, to: 10 },
        { from: 5, to: 15 },
        { from: 10, to: 20 },
      ]),
    ).toBe(2);
    expect(
      stackDepth([
        { from: 0, to: 10 },
        { from: 1, to: 9 },
        { from: 2, to: 8 },
      ]),
    ).toBe(3);
  });
});

describe('bucketWidth', () => {
  it('takes a ladder step at least 100 px wide, the same for nearby zooms', () => {
    expect(bucketWidth({ start: T0, end: T0 + 2.8 * YEAR }, 1200)).toBe(91 * DAY);
    expect(bucketWidth({ start: T0, end: T0 + 2.9 * YEAR }, 1200)).toBe(91 * DAY);
    expect(bucketWidth({ start: T0, end: T0 + 12 * DAY }, 1200)).toBe(DAY);
  });
});

describe('planTimeline', () => {
  const fitted = { start: T0 - 0.1 * YEAR, end: T0 + 5 * YEAR };

  it('draws a handful of close events as items when they stack within the rows', () => {
    // Like the seed: one event years before ten events in ten days, all in one small spot.
    const spans = [day('invasion', T0), ...run('sept', 10, T0 + 3.7 * YEAR, DAY)];
    const plan = planTimeline({ spans, window: fitted, widthPx: 1200, rows: 11, selectedId: null });
    expect(plan.clusters).toEqual([]);
    expect(plan.eventIds.sort()).toEqual(spans.map((span) => span.id).sort());
  });

  it('folds a stretch that would stack past the rows into a count, and keeps lone events', () => {
    const spans = [day('invasion', T0), ...run('sept', 10, T0 + 3.7 * YEAR, DAY)];
    const plan = planTimeline({ spans, window: fitted, widthPx: 360, rows: 6, selectedId: null });
    expect(plan.eventIds).toContain('invasion');
    expect(plan.clusters.length).toBeGreaterThan(0);
    expect(allIds(plan)).toEqual(spans.map((span) => span.id).sort());
    const folded = plan.clusters.flatMap((cluster) => cluster.eventIds);
    expect(folded.every((id) => id.startsWith('sept'))).toBe(true);
    // What stays as items fits the rows.
    expect(plan.eventIds.length).toBeLessThanOrEqual(6);
  });

  it('never folds the selected event: it is drawn as itself beside the count of the others', () => {
    const spans = run('e', 40, T0, DAY / 4);
    const window = { start: T0, end: T0 + 10 * DAY };
    const plan = planTimeline({ spans, window, widthPx: 1200, rows: 8, selectedId: 'e17' });
    expect(plan.eventIds).toContain('e17');
    expect(plan.clusters.some((cluster) => cluster.eventIds.includes('e17'))).toBe(false);
    expect(allIds(plan)).toEqual(spans.map((span) => span.id).sort());
  });

  it('at 10,000 events over three years, fitted, hands vis-timeline a few dozen counts', () => {
    const spans = run('e', 10_000, T0, (3 * YEAR) / 10_000);
    const window = { start: T0, end: T0 + 3 * YEAR };
    const plan = planTimeline({ spans, window, widthPx: 1200, rows: 11, selectedId: null });
    expect(plan.eventIds.length + plan.clusters.length).toBeLessThan(40);
    expect(allIds(plan)).toHaveLength(10_000);
  });

  it('zoomed in, leaves out events more than a window’s width away', () => {
    const spans = run('e', 10_000, T0, (3 * YEAR) / 10_000);
    const window = { start: T0 + YEAR, end: T0 + YEAR + 2 * DAY };
    const plan = planTimeline({ spans, window, widthPx: 1200, rows: 11, selectedId: null });
    const shown = allIds(plan).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(80);
    expect(plan.clusters).toEqual([]);
  });

  it('keeps a count’s id while panning within the same zoom step', () => {
    const spans = run('e', 2_000, T0, (3 * YEAR) / 2_000);
    const window = { start: T0 + YEAR, end: T0 + 1.5 * YEAR };
    const moved = { start: window.start + 10 * DAY, end: window.end + 10 * DAY };
    const before = planTimeline({ spans, window, widthPx: 1200, rows: 11, selectedId: null });
    const after = planTimeline({ spans, window: moved, widthPx: 1200, rows: 11, selectedId: null });
    const ids = (plan: typeof before) => new Set(plan.clusters.map((cluster) => cluster.id));
    const shared = [...ids(before)].filter((id) => ids(after).has(id));
    expect(shared.length).toBeGreaterThan(before.clusters.length / 2);
  });
});
