import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatDuration, formatProgress } from './progress.ts';

describe('formatProgress', () => {
  it('shows articles done, the rate and the time left', () => {
    // 1,200 articles in 2 s: 600 articles/s; 8,800 left take 14.7 s, shown rounded up.
    expect(formatProgress(1200, 10_000, 2000)).toBe(
      'compiling 1,200/10,000 articles (12%) · 600 articles/s · 15s left',
    );
  });

  it('says "starting" before the first article and that it merges after the last', () => {
    expect(formatProgress(0, 300, 0)).toBe('compiling 0/300 articles (0%) · starting');
    expect(formatProgress(300, 300, 1500)).toBe(
      'compiling 300/300 articles (100%) · 200 articles/s · merging the events…',
    );
  });
});

describe('formatDuration', () => {
  it('reads as seconds, minutes or hours', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(100)).toBe('1s');
    expect(formatDuration(65_000)).toBe('1m 05s');
    expect(formatDuration(3_725_000)).toBe('1h 02m');
  });
});

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 80, write: (text: string) => writes.push(text) }, writes };
}

describe('createProgressReporter', () => {
  it('redraws one line in place on a terminal, at most every 100 ms, and clears it at the end', () => {
    const { stream, writes } = fakeStream(true);
    let time = 0;
    const progress = createProgressReporter(stream, 100, () => time);
    time = 1000;
    progress.update(10, 100);
    time = 1050;
    progress.update(11, 100); // too soon: skipped
    time = 2000;
    progress.update(20, 100);
    time = 2010;
    progress.update(100, 100); // the last one is always drawn
    progress.finish();
    expect(writes).toEqual([
      '\r\x1b[2Kcompiling 10/100 articles (10%) · 10 articles/s · 9s left',
      '\r\x1b[2Kcompiling 20/100 articles (20%) · 10 articles/s · 8s left',
      '\r\x1b[2Kcompiling 100/100 articles (100%) · 50 articles/s · merging the events…',
      '\r\x1b[2K',
    ]);
  });

  it('uses 80 columns on a terminal that reports a width of 0, and cuts to a narrow one', () => {
    for (const [columns, expected] of [
      [0, 'compiling 10/100 articles (10%) · 10 articles/s · 9s left'],
      [30, 'compiling 10/100 articles (10'],
    ] as const) {
      const writes: string[] = [];
      let time = 0;
      const progress = createProgressReporter(
        { isTTY: true, columns, write: (text) => writes.push(text) },
        100,
        () => time,
      );
      time = 1000;
      progress.update(10, 100);
      expect(writes).toEqual([`\r\x1b[2K${expected}`]);
    }
  });

  it('writes nothing when stderr is not a terminal (CI logs, pipes)', () => {
    const { stream, writes } = fakeStream(false);
    const progress = createProgressReporter(stream, 10_000, () => 5000);
    progress.update(5000, 10_000);
    progress.finish();
    expect(writes).toEqual([]);
  });

  it('writes nothing for a small corpus', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgressReporter(stream, 50, () => 5000);
    progress.update(50, 50);
    progress.finish();
    expect(writes).toEqual([]);
  });
});
