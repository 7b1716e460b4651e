/**
 * Why a rule passed over a sentence: the dated-clause reader (dated-clauses.ts) names the test that
 * kept each dated clause of a sentence from becoming an event. The evaluation's error shape (`npm
 * run eval -- --shape`) counts these reasons for the expected events whose sentence gave nothing,
 * so the team sees which rule keeps unseen text's events out without reading that text.
 *
 * Nothing listens while the compiler runs for real: a reason is then a call that returns at once.
 * One listener at a time, for the length of a synchronous run (`withReasonTrace`).
 */
export type ReasonListener = (sentence: string, reason: string) => void;

let listener: ReasonListener | undefined;

/** Runs `run` with `listen` told every reason given meanwhile; the listener before is restored. */
export function withReasonTrace<T>(listen: ReasonListener, run: () => T): T {
  const before = listener;
  listener = listen;
  try {
    return run();
  } finally {
    listener = before;
  }
}

/** Whether anyone listens: a rule that must do work to name its reason asks first. */
export function isTracing(): boolean {
  return listener !== undefined;
}

/** Tells the listener, if any, why `sentence` (its text) was passed over. */
export function traceReason(sentence: string, reason: string): void {
  listener?.(sentence, reason);
}
