import type { ResolvedConfig, ScaleSpec } from '../config/types.ts';
import type { PageOutline, Level, MetadataField } from '../model/ladder-page.ts';
import { comparePlacements, type Placement, place } from './scales.ts';

/** A metadata field of the templates that has a scale: a column of the progression table. */
export interface ScaledField {
  label: string;
  names: string[];
  scaleName: string;
  scale: ScaleSpec;
}

export interface PlacedValue {
  page: PageOutline;
  column: ScaledField;
  field: MetadataField;
  /** Absent when the value could not be read onto its scale. */
  placement?: Placement;
}

/**
 * A value to change: one of the fewest values of its column whose change makes the track go one
 * way (the values kept form the longest run that never goes backwards).
 */
export interface Regression {
  value: PlacedValue;
  /** The nearest kept value it is out of order with: on a level below it, or above. */
  against: PlacedValue;
  side: 'below' | 'above';
  /** Levels missing between the two when nothing stands between them, such as ["L3"]. */
  skipped: string[];
}

export interface LevelRow {
  level: Level;
  pages: PageOutline[];
}

export interface TrackProgression {
  track: string;
  columns: ScaledField[];
  rows: LevelRow[];
  values: PlacedValue[];
  regressions: Regression[];
}

/** Where a level sits in its track: L1.0 < L1 < L1.5 < L2, Junior < Senior, weight 101 < 102. */
export function levelOrder(level: Level): number {
  return level.rank;
}

export function scaledFields(config: ResolvedConfig): ScaledField[] {
  const columns = new Map<string, ScaledField>();
  for (const template of Object.values(config.templates)) {
    for (const spec of template.metadata?.fields ?? []) {
      if (!spec.scale) continue;
      const scale = config.scales[spec.scale];
      if (!scale) continue;
      const key = spec.label.toLowerCase();
      const names = [spec.label, ...(spec.aliases ?? [])].map((name) => name.toLowerCase());
      const existing = columns.get(key);
      if (existing) existing.names.push(...names.filter((name) => !existing.names.includes(name)));
      else columns.set(key, { label: spec.label, names, scaleName: spec.scale, scale });
    }
  }
  return [...columns.values()];
}

function columnOf(field: MetadataField, columns: ScaledField[]): ScaledField | undefined {
  const label = field.label.toLowerCase();
  return columns.find((column) => column.names.includes(label));
}

/** A value that repeats its label ("Impact radius: R&D") is read without it. */
function valueText(field: MetadataField): string {
  return field.value.replace(
    new RegExp(`^\\s*${field.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*`, 'i'),
    '',
  );
}

/**
 * Reads every level page's scaled metadata and compares each level with the nearest level below
 * it in the track (every page at one level with every page at the other, so forks are covered).
 */
export function trackProgression(
  track: string,
  pages: PageOutline[],
  config: ResolvedConfig,
): TrackProgression {
  const columns = scaledFields(config);
  const levelPages = pages.filter((page) => page.kind === 'level' && page.level);
  const byLevel = new Map<number, LevelRow>();
  for (const page of levelPages) {
    const level = page.level as Level;
    const key = levelOrder(level);
    const row = byLevel.get(key) ?? { level, pages: [] };
    row.pages.push(page);
    byLevel.set(key, row);
  }
  const rows = [...byLevel.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  for (const row of rows) row.pages.sort((a, b) => a.path.localeCompare(b.path));

  const values: PlacedValue[] = [];
  const valueOf = new Map<PageOutline, Map<ScaledField, PlacedValue>>();
  for (const page of levelPages) {
    const own = new Map<ScaledField, PlacedValue>();
    for (const field of page.metadata) {
      const column = columnOf(field, columns);
      if (!column || own.has(column)) continue;
      const placement = field.value.trim() ? place(valueText(field), column.scale) : undefined;
      const value: PlacedValue = { page, column, field, ...(placement ? { placement } : {}) };
      own.set(column, value);
      values.push(value);
    }
    valueOf.set(page, own);
  }

  const regressions: Regression[] = [];
  for (const column of columns) {
    const direction = column.scale.direction ?? 'up';
    if (direction === 'any') continue;
    const byRow = rows.map((row) =>
      row.pages.flatMap((page) => {
        const value = valueOf.get(page)?.get(column);
        return value?.placement ? [value] : [];
      }),
    );
    for (const found of outliers(byRow, direction)) {
      const [low, high] =
        found.side === 'below' ? [found.againstRow, found.row] : [found.row, found.againstRow];
      const skipped: string[] = [];
      // Only numbered levels can show a gap: "L2 then L4" lacks L3, "Junior then Senior" lacks nothing.
      const lowerLevel = (rows[low] as LevelRow).level;
      const higherLevel = (rows[high] as LevelRow).level;
      if (high - low === 1 && lowerLevel.prefix !== undefined && lowerLevel.prefix === higherLevel.prefix)
        for (let major = lowerLevel.major + 1; major < higherLevel.major; major++)
          skipped.push(`${lowerLevel.prefix}${major}`);
      regressions.push({ value: found.value, against: found.against, side: found.side, skipped });
    }
  }
  return { track, columns, rows, values, regressions };
}

interface Outlier {
  value: PlacedValue;
  row: number;
  against: PlacedValue;
  againstRow: number;
  side: 'below' | 'above';
}

/** Past this many equally short answers, the first ones found are compared: a bound on work. */
const mostCandidates = 1000;

/**
 * The fewest values of one column (values by row, lowest level first) whose change makes it go
 * one way: the complement of the largest set of values that never goes backwards, where values
 * of one level (a fork) need not agree with each other. Among equally few, the ones nearest to
 * fitting (the fewest steps to move them), then the ones on higher levels.
 */
function outliers(byRow: PlacedValue[][], direction: 'up' | 'down'): Outlier[] {
  const distinct: PlacedValue[] = [];
  for (const value of byRow.flat())
    if (
      !distinct.some(
        (other) => comparePlacements(other.placement as Placement, value.placement as Placement) === 0,
      )
    )
      distinct.push(value);
  distinct.sort((a, b) => comparePlacements(a.placement as Placement, b.placement as Placement));
  const steps = distinct.length;
  const rankOf = (value: PlacedValue) => {
    const rank = distinct.findIndex(
      (other) => comparePlacements(other.placement as Placement, value.placement as Placement) === 0,
    );
    return direction === 'up' ? rank : steps - 1 - rank;
  };
  const ranks = byRow.map((values) => values.map(rankOf));
  // best[row][highest + 1]: the most values kept from `row` on, when the highest kept below is `highest`.
  const best = Array.from({ length: byRow.length + 1 }, () => new Array<number>(steps + 1).fill(0));
  const choices = (row: number, highest: number) => {
    const own = ranks[row] ?? [];
    const tops = [...new Set([highest, ...own.filter((rank) => rank >= highest)])].sort((a, b) => a - b);
    return tops.map((top) => ({
      top,
      kept: own.filter((rank) => rank >= highest && rank <= top && rank >= 0).length,
    }));
  };
  for (let row = byRow.length - 1; row >= 0; row--)
    for (let highest = -1; highest < steps; highest++)
      (best[row] as number[])[highest + 1] = Math.max(
        ...choices(row, highest).map(({ top, kept }) => kept + ((best[row + 1] as number[])[top + 1] ?? 0)),
      );

  // Every set of values kept that is as large as can be, up to mostCandidates of them.
  const candidates: Array<Array<[number, number]>> = [];
  const walk = (row: number, highest: number, kept: Array<[number, number]>) => {
    if (candidates.length >= mostCandidates) return;
    if (row === byRow.length) {
      candidates.push(kept);
      return;
    }
    const target = (best[row] as number[])[highest + 1];
    for (const { top, kept: count } of choices(row, highest)) {
      if (count + ((best[row + 1] as number[])[top + 1] ?? 0) !== target) continue;
      const own = (ranks[row] ?? []).flatMap((rank, index): Array<[number, number]> =>
        rank >= highest && rank <= top ? [[row, index]] : [],
      );
      walk(row + 1, top, [...kept, ...own]);
    }
  };
  walk(0, -1, []);

  const judged = candidates.map((kept) => {
    const isKept = new Set(kept.map(([row, index]) => `${row}:${index}`));
    const blamed: Array<{ row: number; index: number; rank: number; side: 'below' | 'above' }> = [];
    let cost = 0;
    ranks.forEach((own, row) =>
      own.forEach((rank, index) => {
        if (isKept.has(`${row}:${index}`)) return;
        const below = kept.filter(([other]) => other < row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const above = kept.filter(([other]) => other > row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const floor = Math.max(-1, ...below);
        const ceiling = Math.min(steps, ...above);
        cost += Math.max(0, floor - rank) + Math.max(0, rank - ceiling);
        blamed.push({ row, index, rank, side: rank < floor ? 'below' : 'above' });
      }),
    );
    // The higher levels first, to compare two answers level by level from the top.
    const levels = blamed.map(({ row }) => row).sort((a, b) => b - a);
    return { kept, blamed, cost, levels };
  });
  const higherFirst = (a: number[], b: number[]) => {
    for (let index = 0; index < Math.min(a.length, b.length); index++)
      if (a[index] !== b[index]) return (b[index] ?? 0) - (a[index] ?? 0);
    return 0;
  };
  const [chosen] = judged.sort((a, b) => a.cost - b.cost || higherFirst(a.levels, b.levels));
  if (!chosen) return [];
  return chosen.blamed.map(({ row, index, rank, side }) => {
    // The nearest kept value on that side that it is out of order with.
    const conflicting = chosen.kept
      .filter(([other, otherIndex]) => {
        const otherRank = ranks[other]?.[otherIndex] ?? 0;
        return side === 'below' ? other < row && otherRank > rank : other > row && otherRank < rank;
      })
      .sort(([a], [b]) => (side === 'below' ? b - a : a - b));
    const [againstRow, againstIndex] = conflicting[0] as [number, number];
    return {
      value: byRow[row]?.[index] as PlacedValue,
      row,
      against: byRow[againstRow]?.[againstIndex] as PlacedValue,
      againstRow,
      side,
    };
  });
}

/** Every track of a run, in path order. */
export function ladderProgression(pages: PageOutline[], config: ResolvedConfig): TrackProgression[] {
  const tracks = new Map<string, PageOutline[]>();
  for (const page of pages) tracks.set(page.track, [...(tracks.get(page.track) ?? []), page]);
  return (
    [...tracks.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([track, members]) => trackProgression(track, members, config))
      // A ladder that names no scaled field still has levels in order, and that is worth seeing.
      .filter(
        (progression) =>
          progression.rows.length > 0 && (progression.values.length > 0 || progression.columns.length === 0),
      )
  );
}
