import { describe, expect, it } from 'vitest';
import { diagnosticsToPrint, WARNINGS_SHOWN_PER_CODE, type Diagnostic } from './diagnostics.ts';

const diagnostic = (file: string, severity: Diagnostic['severity'], code: string): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  severity,
  code,
  message: code,
});

describe('diagnosticsToPrint', () => {
  const errors = Array.from({ length: 30 }, (_, index) => diagnostic(`e${index}.txt`, 'error', 'missing-dateline'));
  const undated = Array.from({ length: 1500 }, (_, index) => diagnostic(`w${index}.txt`, 'warning', 'undated-event'));
  const overlong = [diagnostic('long.txt', 'warning', 'overlong-sentence')];

  it('prints every error, the first warnings of each code, and counts the rest by code', () => {
    const { shown, hidden } = diagnosticsToPrint([...errors, ...undated, ...overlong]);
    expect(shown.filter((item) => item.severity === 'error')).toEqual(errors);
    expect(shown.filter((item) => item.code === 'undated-event')).toEqual(undated.slice(0, WARNINGS_SHOWN_PER_CODE));
    expect(shown.filter((item) => item.code === 'overlong-sentence')).toEqual(overlong);
    expect(hidden).toEqual([{ code: 'undated-event', count: 1500 - WARNINGS_SHOWN_PER_CODE }]);
  });

  it('prints everything when asked for all warnings', () => {
    const all = [...errors, ...undated];
    expect(diagnosticsToPrint(all, true)).toEqual({ shown: all, hidden: [] });
  });
});
