import type { LintResult } from '../engine/lint.ts';

/** ESLint's JSON shape, key order included, so that tools written for ESLint can read it. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map((message) => ({
        ruleId: message.ruleId,
        severity: message.severity,
        message: message.message,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ...(message.suggestions ? { suggestions: message.suggestions } : {}),
        ...(message.data ? { data: message.data } : {}),
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
    })),
  );
}
