import type { LintMessage, LintResult } from '../findings/types.ts';
import { suggestionText } from './suggestion.ts';

/**
 * GitHub's workflow commands (`::error file=…::message`), escaped as the runner unescapes them.
 * Data: `%`, CR and LF. Properties also `:` and `,`, which would otherwise end the value: a file
 * named `a.md,line=1::x` must stay one file name and never become a second command.
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The text of a finding as a person reads it on the pull request: the message, then the fix. */
export function annotationText(message: LintMessage): string {
  const related = message.related
    ? `\nCompare ${message.related.filePath}:${message.related.line}: ${message.related.message}`
    : '';
  return `${message.message}${suggestionText(message.expected)}${related}`;
}

export function workflowCommand(filePath: string, message: LintMessage): string {
  const properties = [
    `file=${escapeProperty(filePath)}`,
    `line=${message.line}`,
    `endLine=${message.endLine}`,
    `col=${message.column}`,
    // GitHub draws a column range only within one line.
    ...(message.endLine === message.line ? [`endColumn=${message.endColumn}`] : []),
    `title=${escapeProperty(`ladder-lint (${message.ruleId})`)}`,
  ];
  const command = message.severity === 2 ? 'error' : 'warning';
  return `::${command} ${properties.join(',')}::${escapeData(annotationText(message))}`;
}

/** `--format github`: one workflow command per finding, for a plain `run:` step. */
export function formatGithub(results: readonly LintResult[]): string {
  const lines = results.flatMap((result) =>
    result.messages.map((message) => workflowCommand(result.filePath, message)),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
