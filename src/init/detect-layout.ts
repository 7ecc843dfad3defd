import { mergeConfig } from '../config/load-config.ts';
import type { LayoutSpec, LevelsSpec } from '../config/types.ts';
import type { LadderPage } from '../model/ladder-page.ts';
import { readLadderFile } from '../model/read-ladder.ts';
import { readYamlLadder } from '../model/yaml-ladder.ts';
import { frontMatterCandidates, headingCandidates } from './level-candidates.ts';
import type { ScannedFile } from './scan-folder.ts';

export type PresetName = 'page-per-level' | 'headings-per-level' | 'front-matter-pages' | 'yaml-framework';

/** What one layout reads from the folder. */
export interface LayoutReading {
  preset: PresetName;
  /** The `ladder` settings that select this layout (levels and tracks; fields come later). */
  layout: LayoutSpec;
  /** The level pages of each file this layout reads, by path, in file order. */
  pages: Map<string, LadderPage[]>;
  levelCount: number;
}

export interface Detection {
  main: LayoutReading;
  /** Files another layout reads: each group becomes an override. */
  others: Array<{ files: string[]; reading: LayoutReading }>;
  /** Pages no layout finds a level in (READMEs, index pages). */
  otherPages: string[];
  undecided: string[];
}

const presetOf: Record<LevelsSpec['in'], PresetName> = {
  page: 'page-per-level',
  heading: 'headings-per-level',
  'front-matter': 'front-matter-pages',
  yaml: 'yaml-framework',
};

/** In this order a layout wins a tie: the default first. */
const preference: PresetName[] = [
  'page-per-level',
  'headings-per-level',
  'front-matter-pages',
  'yaml-framework',
];

/** What init looked for, for a folder where it found no level. */
export const lookedFor = [
  'a level in file names or page titles ("L4-Lead-Engineer.md", "# L4: Lead Engineer")',
  'two or more level headings in one file ("## D3 - Developer 3", "## Level 2", "## Senior Engineer", "## Engineer II")',
  'pages whose front matter gives a number (weight, order, level, rank, position) and a title',
  'YAML front matter with topics[].content[].level',
];

/** Reads every file as `layout` says, keeping only the files that hold levels in that way. */
function readAs(files: ScannedFile[], levels: LevelsSpec): LayoutReading {
  const tracks = levels.in === 'heading' || levels.in === 'yaml' ? 'file' : 'folder';
  const layout: LayoutSpec = { levels, tracks };
  const config = mergeConfig({ extends: presetOf[levels.in] }, '', []);
  const pages = new Map<string, LadderPage[]>();
  for (const scanned of files) {
    // The yaml reader falls back to headings; only a ladder in the front matter counts as yaml here.
    if (levels.in === 'yaml' && !readYamlLadder(String(scanned.file.value))?.levels.length) continue;
    const read = readLadderFile(scanned.tree, scanned.file, scanned.path, config, layout).filter(
      (page) => page.kind === 'level',
    );
    if (levels.in === 'heading' && !holdsTrack(scanned, read, levels.depth ?? 2)) continue;
    if (read.length > 0) pages.set(scanned.path, read);
  }
  if (levels.in === 'front-matter') dropLonePages(pages);
  const levelCount = [...pages.values()].reduce((sum, read) => sum + read.length, 0);
  return { preset: presetOf[levels.in], layout, pages, levelCount };
}

/**
 * A file per track holds two levels or more, and they are most of its headings at that depth:
 * a page with "## Senior …" among other headings only mentions levels.
 */
function holdsTrack(scanned: ScannedFile, levels: LadderPage[], depth: number): boolean {
  const headings = scanned.tree.children.filter((node) => node.type === 'heading' && node.depth === depth);
  return new Set(levels.map((page) => page.level?.label)).size >= 2 && levels.length * 2 > headings.length;
}

/** A front-matter track is a folder of level pages: one numbered page alone is not a ladder. */
function dropLonePages(pages: Map<string, LadderPage[]>): void {
  const perFolder = new Map<string, number>();
  for (const path of pages.keys()) perFolder.set(folderOf(path), (perFolder.get(folderOf(path)) ?? 0) + 1);
  for (const path of [...pages.keys()]) if ((perFolder.get(folderOf(path)) ?? 0) < 2) pages.delete(path);
}

export function folderOf(path: string): string {
  const index = path.lastIndexOf('/');
  return index === -1 ? '.' : path.slice(0, index);
}

/** The best reading of each preset: the one that reads the most levels (the first on a tie). */
function bestReadings(files: ScannedFile[]): LayoutReading[] {
  const candidates: LevelsSpec[] = [
    { in: 'page' },
    ...headingCandidates(files),
    ...frontMatterCandidates(files),
    { in: 'yaml' },
  ];
  const best = new Map<PresetName, LayoutReading>();
  for (const levels of candidates) {
    const reading = readAs(files, levels);
    const current = best.get(reading.preset);
    if (!current || reading.levelCount > current.levelCount) best.set(reading.preset, reading);
  }
  return preference.flatMap((preset) => {
    const reading = best.get(preset);
    return reading && reading.levelCount > 0 ? [reading] : [];
  });
}

/**
 * Which layout the folder's ladder uses: the one that reads the most levels. Files that layout
 * does not read but another does keep that other layout, as an override.
 */
export function detectLayout(files: ScannedFile[]): Detection | undefined {
  const readings = bestReadings(files);
  const ranked = [...readings].sort((a, b) => b.levelCount - a.levelCount);
  const [main, runnerUp] = ranked;
  if (!main) return undefined;
  const undecided: string[] = [];
  if (runnerUp && runnerUp.levelCount === main.levelCount)
    undecided.push(
      `the layout: ${main.preset} and ${runnerUp.preset} both read ${main.levelCount} levels; chose ${main.preset}. If that is wrong, set "extends" to "${runnerUp.preset}".`,
    );
  const claimed = new Set(main.pages.keys());
  const others = new Map<LayoutReading, string[]>();
  for (const path of files.map((scanned) => scanned.path)) {
    if (claimed.has(path)) continue;
    const reader = ranked
      .filter((reading) => reading !== main && reading.pages.has(path))
      .sort((a, b) => (b.pages.get(path)?.length ?? 0) - (a.pages.get(path)?.length ?? 0))[0];
    if (!reader) continue;
    claimed.add(path);
    others.set(reader, [...(others.get(reader) ?? []), path]);
  }
  return {
    main,
    others: [...others].map(([reading, paths]) => ({ files: paths, reading: only(reading, paths) })),
    otherPages: files.map((scanned) => scanned.path).filter((path) => !claimed.has(path)),
    undecided,
  };
}

/** A reading narrowed to some of its files. */
function only(reading: LayoutReading, paths: string[]): LayoutReading {
  const pages = new Map([...reading.pages].filter(([path]) => paths.includes(path)));
  const levelCount = [...pages.values()].reduce((sum, read) => sum + read.length, 0);
  return { ...reading, pages, levelCount };
}

/**
 * Globs for an override's files: a folder (`design/**`) when every level file under it is in
 * the group, else the files themselves.
 */
export function overrideGlobs(group: string[], mainPaths: Iterable<string>): string[] {
  const main = [...mainPaths];
  const globs: string[] = [];
  for (const path of group) {
    const folder = folderOf(path);
    const clean = folder !== '.' && !main.some((other) => other.startsWith(`${folder}/`));
    const glob = clean ? `${folder}/**` : path;
    if (!globs.includes(glob)) globs.push(glob);
  }
  return globs;
}
