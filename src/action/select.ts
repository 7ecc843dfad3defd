import type { LintMessage, LintResult } from '../findings/types.ts';
import type { Changes } from './changes.ts';

/** Where a finding stands against the change under review; the order is the order of importance. */
export type Scope = 'changed-line' | 'changed-page' | 'changed-file' | 'elsewhere';

export interface Finding extends LintMessage {
  filePath: string;
  scope: Scope;
}

const scopeRank: Record<Scope, number> = {
  'changed-line': 0,
  'changed-page': 1,
  'changed-file': 2,
  elsewhere: 3,
};

/** Errors before warnings, then findings on changed lines, then on the pages a change touched. */
export function byImportance(a: Finding, b: Finding): number {
  return (
    b.severity - a.severity ||
    scopeRank[a.scope] - scopeRank[b.scope] ||
    a.filePath.localeCompare(b.filePath) ||
    a.line - b.line ||
    a.column - b.column
  );
}

function isChanged(changes: Changes, filePath: string, line?: number): boolean {
  const lines = changes.files.get(filePath);
  if (lines === undefined) return false;
  if (line === undefined || lines === 'all') return true;
  return lines.has(line);
}

/**
 * Places every finding against the change. The whole ladder was linted, because cross-page rules
 * need every page; a finding about another page (a progression finding names the lower level) that
 * the change touched is moved onto the changed page, so the pull request shows it where it was made.
 */
export function placeFindings(results: readonly LintResult[], changes: Changes | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const finding: Finding = { ...message, filePath: result.filePath, scope: 'elsewhere' };
      if (!changes) finding.scope = 'changed-file';
      else if (isChanged(changes, result.filePath, message.line)) finding.scope = 'changed-line';
      else if (isChanged(changes, result.filePath)) finding.scope = 'changed-file';
      else if (message.related && isChanged(changes, message.related.filePath)) {
        const { related } = message;
        finding.filePath = related.filePath;
        finding.line = related.line;
        finding.column = related.column;
        finding.endLine = related.line;
        finding.endColumn = related.column;
        finding.related = {
          filePath: result.filePath,
          line: message.line,
          column: message.column,
          message: 'the value this one is compared with',
        };
        finding.scope = 'changed-page';
      }
      findings.push(finding);
    }
  }
  return findings.sort(byImportance);
}
