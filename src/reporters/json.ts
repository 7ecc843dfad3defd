import type { LintResult } from '../findings/types.ts';

/**
 * ESLint's JSON shape (its LintResult and LintMessage), key order included, so that tools written
 * for ESLint can read it. Two differences, both deliberate: `filePath` is relative to where
 * ladder-lint ran, with forward slashes (the same on every machine, as SARIF and annotations
 * want it), and `source` is left out. `output` is there for a file `--fix` or `--fix-dry-run`
 * changed; `nodeType` is null, as ESLint gives for findings that are not about a JavaScript node.
 */
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
        nodeType: null,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ...(message.fix ? { fix: message.fix } : {}),
        ...(message.suggestions ? { suggestions: message.suggestions } : {}),
        ...(message.data ? { data: message.data } : {}),
      })),
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      ...(result.output !== undefined ? { output: result.output } : {}),
      usedDeprecatedRules: [],
    })),
  );
}
