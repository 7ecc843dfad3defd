import type { ResolvedConfig } from '../config/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';
import { ladderProgression } from '../progression/progression.ts';
import { progressionTable } from '../reporters/progression.ts';
import { suggestionText } from '../reporters/suggestion.ts';
import type { Finding } from './select.ts';

/** GitHub caps a job summary at 1 MiB; the rest of the margin is for other steps' summaries. */
export const jobSummaryBytes = 1_000_000;
/** A check run's summary holds at most 65,535 characters: a byte budget below it always fits. */
export const checkRunSummaryBytes = 60_000;

export interface SummaryInput {
  /** The findings the pull request is shown, most important first. */
  reported: readonly Finding[];
  /** Findings left out because they are in pages the change did not touch. */
  notShown: number;
  onlyChanged: boolean;
  /** What happened to annotations, in a sentence or two. */
  annotations: string;
  pages: readonly PageOutline[];
  config: ResolvedConfig;
  /** Tracks whose progression table to show; undefined: every track. */
  touchedTracks?: ReadonlySet<string>;
  /** What the run read ("55 files checked: 38 level pages in 9 tracks, …"), the summary's last line. */
  readLine?: string;
}

function cell(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('|', '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Errors and warnings per rule or per file, the rows that fit in `budgetBytes` (most findings
 * first), and a line that counts the rows left out: a summary is never cut inside the table.
 */
function countTable(
  heading: string,
  key: (finding: Finding) => string,
  findings: readonly Finding[],
  budgetBytes: number,
): string {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const finding of findings) {
    const count = counts.get(key(finding)) ?? { errors: 0, warnings: 0 };
    if (finding.severity === 2) count.errors++;
    else count.warnings++;
    counts.set(key(finding), count);
  }
  const all = [...counts].sort(([a], [b]) => a.localeCompare(b));
  const lines = [`| ${heading} | errors | warnings |`, '| --- | ---: | ---: |'];
  let used = Buffer.byteLength(lines.join('\n')) + 200;
  const kept = new Set<string>();
  // Which rows fit is decided by size of count, so the ones with most findings stay.
  for (const [name, count] of [...all].sort(
    ([, a], [, b]) => b.errors + b.warnings - (a.errors + a.warnings),
  )) {
    const size = Buffer.byteLength(`| ${cell(name)} | ${count.errors} | ${count.warnings} |\n`);
    if (used + size > budgetBytes) break;
    used += size;
    kept.add(name);
  }
  lines.push(
    ...all
      .filter(([name]) => kept.has(name))
      .map(([name, count]) => `| ${cell(name)} | ${count.errors} | ${count.warnings} |`),
  );
  const left = all.filter(([name]) => !kept.has(name));
  if (left.length > 0) {
    const errors = left.reduce((sum, [, count]) => sum + count.errors, 0);
    const warnings = left.reduce((sum, [, count]) => sum + count.warnings, 0);
    lines.push(
      '',
      `And ${plural(left.length, `more ${heading}`)} with ${plural(errors, 'error')} and ${plural(warnings, 'warning')}: a summary holds no more rows. Every finding is in the step's log and in the \`findings-json\` output.`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

const scopeLabel: Record<Finding['scope'], string> = {
  'changed-line': 'changed line',
  'changed-page': 'about a changed page',
  'changed-file': 'changed file',
  elsewhere: 'unchanged file',
};

/**
 * The job summary (or a check run's summary, with a smaller budget): counts per rule and per file,
 * the findings table trimmed to fit with a note saying so, and the progression table of each track
 * the change touched.
 */
export function summaryMarkdown(input: SummaryInput, budgetBytes: number): string {
  const { reported } = input;
  const errors = reported.filter((finding) => finding.severity === 2).length;
  const warnings = reported.length - errors;
  const where = input.onlyChanged ? 'in the pages this pull request changed' : 'in the ladder';
  const head = [
    '## ladder-lint',
    '',
    reported.length === 0
      ? `No findings ${where}.`
      : `**${plural(errors, 'error')} and ${plural(warnings, 'warning')}** ${where}.`,
  ];
  if (input.notShown > 0)
    head.push(
      '',
      `${plural(input.notShown, 'more finding')} in pages this pull request did not change ${input.notShown === 1 ? 'is' : 'are'} not shown; set \`only-changed: false\` to see them.`,
    );
  if (input.annotations) head.push('', input.annotations);
  head.push('');
  // The count tables get a share of the budget each, and the findings table what is left.
  if (reported.length > 0)
    head.push(
      '### Findings per rule',
      '',
      countTable('rule', (finding) => finding.ruleId, reported, budgetBytes / 8),
      '### Findings per file',
      '',
      countTable('file', (finding) => finding.filePath, reported, budgetBytes / 4),
    );

  const progression = ladderProgression([...input.pages], input.config).filter(
    (track) => !input.touchedTracks || input.touchedTracks.has(track.track),
  );
  const tail =
    progression.length > 0
      ? `### Progression of the tracks this change touches\n\n${progression.map(progressionTable).join('\n')}`
      : '';

  let text = head.join('\n');
  const budget =
    budgetBytes -
    Buffer.byteLength(text) -
    Buffer.byteLength(tail) -
    Buffer.byteLength(input.readLine ?? '') -
    400;
  if (reported.length > 0) {
    const rows = [
      '### Findings',
      '',
      '| | file | line | rule | finding |',
      '| --- | --- | ---: | --- | --- |',
    ];
    let used = Buffer.byteLength(rows.join('\n'));
    let shown = 0;
    for (const finding of reported) {
      const row = `| ${finding.severity === 2 ? '❌' : '⚠️'} | ${cell(finding.filePath)} | ${finding.line} | ${cell(finding.ruleId)} | ${cell(finding.message + suggestionText(finding.expected))} ${input.onlyChanged ? ` (${scopeLabel[finding.scope]})` : ''} |`;
      const size = Buffer.byteLength(row) + 1;
      if (used + size > budget) break;
      rows.push(row);
      used += size;
      shown++;
    }
    if (shown < reported.length)
      rows.push(
        '',
        `Showing ${shown} of ${reported.length} findings, the most important first: a summary holds no more. Every finding is in the step's log and in the \`findings-json\` output.`,
      );
    text += `\n${rows.join('\n')}\n`;
  }
  if (tail && Buffer.byteLength(text) + Buffer.byteLength(tail) + 1 <= budgetBytes) text += `\n${tail}`;
  // Always there, so that a run which read no level never looks like a clean ladder.
  if (input.readLine) text += `\n${input.readLine}\n`;
  return text;
}
