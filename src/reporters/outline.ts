import type { LintRun } from '../findings/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';

export interface OutlineLevel {
  level: string;
  rank: number;
  title: string;
  file: string;
  line: number;
  fields: Record<string, string>;
}

export interface LadderOutline {
  tracks: Array<{ name: string; levels: OutlineLevel[] }>;
  /** Files in which no level was read: indexes, other pages, and files that could not be read. */
  unrecognised: string[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How ladder-lint read the ladder: every track with its levels in order, and the files with none. */
export function ladderOutline(run: Pick<LintRun, 'results' | 'pages'>): LadderOutline {
  const tracks = new Map<string, PageOutline[]>();
  const withLevels = new Set<string>();
  for (const page of run.pages) {
    if (page.kind !== 'level' || !page.level) continue;
    withLevels.add(page.path);
    tracks.set(page.track, [...(tracks.get(page.track) ?? []), page]);
  }
  return {
    tracks: [...tracks.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([name, pages]) => ({
        name,
        levels: pages
          .map((page) => ({
            level: page.level?.label ?? '',
            rank: page.level?.rank ?? 0,
            title: page.title?.text ?? '',
            file: page.path,
            line: page.title?.position.start.line ?? 1,
            fields: Object.fromEntries(page.metadata.map((field) => [field.label, field.value])),
          }))
          .sort((a, b) => a.rank - b.rank || byText(a.file, b.file) || a.line - b.line),
      })),
    unrecognised: run.results
      .map((result) => result.filePath)
      .filter((path) => !withLevels.has(path))
      .sort(byText),
  };
}

export function formatOutline(run: Pick<LintRun, 'results' | 'pages'>): string {
  return JSON.stringify(ladderOutline(run), null, 2);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The line that ends a report, so that a run which read no level never looks like a clean ladder:
 * "54 files checked: 39 level pages in 11 tracks, 15 other files"; a file of several levels
 * makes it "5 files checked: 18 levels in 4 tracks, 1 other file".
 */
export function runSummaryLine(run: Pick<LintRun, 'results' | 'pages'>): string {
  const { tracks, unrecognised } = ladderOutline(run);
  const levels = tracks.reduce((sum, track) => sum + track.levels.length, 0);
  const levelFiles = run.results.length - unrecognised.length;
  const levelWords = levels === levelFiles ? plural(levels, 'level page') : plural(levels, 'level');
  return `${plural(run.results.length, 'file')} checked: ${levelWords} in ${plural(tracks.length, 'track')}, ${plural(unrecognised.length, 'other file')}`;
}
