/**
 * Progress of a long compile on a terminal: articles done, rate and time left, redrawn in place on
 * one line of stderr. Silent when stderr is not a terminal (CI logs, pipes, files) or the corpus is
 * small, so logs stay clean and diagnostics stay one per line.
 */

/** Below this many articles the compile is over before progress would be worth reading. */
export const PROGRESS_THRESHOLD = 50;

/** Shortest time between two redraws, in milliseconds. */
const REDRAW_INTERVAL = 100;

/** "8s", "1m 05s", "1h 02m": seconds rounded up, so the time left never shows 0s while work remains. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/**
 * One line: "compiling 1,200/10,000 articles (12%) · 850 articles/s · 11s left"; at the end
 * "... · merging the events…".
 */
export function formatProgress(done: number, total: number, elapsedMilliseconds: number): string {
  const count = (value: number): string => value.toLocaleString('en-US');
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const parts = [`compiling ${count(done)}/${count(total)} articles (${percent}%)`];
  if (done > 0 && elapsedMilliseconds > 0) {
    const rate = done / (elapsedMilliseconds / 1000);
    parts.push(`${count(Math.round(rate))} articles/s`);
    // After the last article the events are still merged, checked and written: say so, or a
    // long corpus would sit at "100%" for seconds with nothing to show that it is working.
    parts.push(done >= total ? 'merging the events…' : `${formatDuration(((total - done) / rate) * 1000)} left`);
  } else parts.push('starting');
  return parts.join(' · ');
}

/** The part of a stream progress needs (process.stderr has it). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressReporter {
  update(done: number, total: number): void;
  /** Clears the line, so what is printed next starts on a clean line. */
  finish(): void;
}

const CLEAR_LINE = '\r\x1b[2K';

/** A reporter that draws on `stream` only when it is a terminal and the corpus is large. */
export function createProgressReporter(
  stream: ProgressStream,
  total: number,
  now: () => number = () => performance.now(),
): ProgressReporter {
  if (!stream.isTTY || total <= PROGRESS_THRESHOLD) return { update() {}, finish() {} };
  const started = now();
  let lastDrawn = -Infinity;
  let drawn = false;
  return {
    update(done, count) {
      const time = now();
      if (time - lastDrawn < REDRAW_INTERVAL && done < count) return;
      lastDrawn = time;
      drawn = true;
      // Cut to the terminal's width: a wrapped line could not be redrawn in place. A terminal that
      // reports no width (0, as some CI and container terminals do) gets the usual 80.
      const width = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
      const line = formatProgress(done, count, time - started).slice(0, Math.max(20, width - 1));
      stream.write(`${CLEAR_LINE}${line}`);
    },
    finish() {
      if (drawn) stream.write(CLEAR_LINE);
    },
  };
}
