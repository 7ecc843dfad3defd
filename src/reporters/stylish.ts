import pc from 'picocolors';
import type { LintResult } from '../findings/types.ts';
import { suggestionText } from './suggestion.ts';

export interface StylishOptions {
  color: boolean;
  /** What the run read, as a last line ("55 files checked: 38 level pages in 9 tracks, …"). */
  summaryLine?: string;
}

/** The terminal report: files with findings, one line each, then a total, as ESLint's stylish. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const colors = pc.createColors(options.color);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    lines.push(colors.underline(result.filePath));
    const places = result.messages.map((message) => `${message.line}:${message.column}`);
    const width = places.reduce((widest, place) => Math.max(widest, place.length), 0);
    result.messages.forEach((message, index) => {
      const severity = message.severity === 2 ? colors.red('error  ') : colors.yellow('warning');
      const suggestion = suggestionText(message.expected);
      lines.push(
        `  ${colors.dim((places[index] ?? '').padEnd(width))}  ${severity}  ${message.message}${suggestion && colors.dim(suggestion)}  ${colors.dim(message.ruleId)}`,
      );
    });
    lines.push('');
  }
  const total = errors + warnings;
  const read = options.summaryLine ? `${colors.dim(options.summaryLine)}\n` : '';
  if (total === 0) return read;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  lines.push(errors > 0 ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  return `${lines.join('\n')}\n${read}`;
}
