/**
 * Diagnostics are values: stages collect them, the CLI prints them as
 * `file:line:col: error: message [code]` and decides the exit code.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** 1-based line and column (column counts UTF-16 code units, as editors and Vite do). */
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** Short machine-readable name, e.g. `missing-dateline`. */
  code: string;
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let index = 0; index < end; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function diagnosticAt(
  file: string,
  text: string,
  offset: number,
  severity: Severity,
  code: string,
  message: string,
): Diagnostic {
  return { file, ...lineColumnAt(text, offset), severity, code, message };
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/** Warnings of one code printed before the rest of that code are only counted. */
export const WARNINGS_SHOWN_PER_CODE = 20;

/**
 * What to print of a run's diagnostics: every error (each is something to fix), and of each
 * warning code the first `WARNINGS_SHOWN_PER_CODE`, the others counted by code, so that a corpus of
 * thousands of articles does not bury its errors and its summary under thousands of warnings.
 * Keeps the given order.
 */
export function diagnosticsToPrint(
  diagnostics: readonly Diagnostic[],
  allWarnings = false,
): { shown: Diagnostic[]; hidden: { code: string; count: number }[] } {
  const shown: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    const count = diagnostic.severity === 'warning' ? (seen.get(diagnostic.code) ?? 0) + 1 : 0;
    if (diagnostic.severity === 'warning') seen.set(diagnostic.code, count);
    if (allWarnings || count <= WARNINGS_SHOWN_PER_CODE) shown.push(diagnostic);
  }
  const hidden = [...seen]
    .filter(([, count]) => !allWarnings && count > WARNINGS_SHOWN_PER_CODE)
    .map(([code, count]) => ({ code, count: count - WARNINGS_SHOWN_PER_CODE }));
  return { shown, hidden };
}
