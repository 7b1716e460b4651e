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
