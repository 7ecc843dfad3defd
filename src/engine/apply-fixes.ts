import type { Fix } from '../findings/fix.ts';

/**
 * Applies the fixes of one page's findings to its text, as ESLint's SourceCodeFixer does: in
 * order of their ranges, each fix that starts after the one before it ends; a fix that overlaps
 * (or touches) one already applied waits for the next pass, when the page has been checked again.
 */
export function applyFixes(
  text: string,
  fixes: ReadonlyArray<Fix | undefined>,
): { output: string; fixed: boolean; applied: number } {
  const sorted = fixes
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let applied = 0;
  for (const { range, text: replacement } of sorted) {
    const [start, end] = range;
    if (start <= lastEnd || start < 0 || end < start || end > text.length) continue;
    output += text.slice(Math.max(0, lastEnd), start) + replacement;
    lastEnd = end;
    applied++;
  }
  if (applied === 0) return { output: text, fixed: false, applied };
  output += text.slice(lastEnd);
  return { output, fixed: output !== text, applied };
}
