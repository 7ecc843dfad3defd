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

export interface Regression {
  higher: PlacedValue;
  lower: PlacedValue;
  /** Levels missing between the two, such as ["L3"], when the track skips some. */
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
  for (let index = 1; index < rows.length; index++) {
    const lowerRow = rows[index - 1] as LevelRow;
    const higherRow = rows[index] as LevelRow;
    const skipped: string[] = [];
    // Only numbered levels can show a gap: "L2 then L4" lacks L3, "Junior then Senior" lacks nothing.
    const prefix = higherRow.level.prefix;
    if (prefix !== undefined && prefix === lowerRow.level.prefix)
      for (let major = lowerRow.level.major + 1; major < higherRow.level.major; major++)
        skipped.push(`${prefix}${major}`);
    for (const higherPage of higherRow.pages) {
      for (const lowerPage of lowerRow.pages) {
        for (const column of columns) {
          const higher = valueOf.get(higherPage)?.get(column);
          const lower = valueOf.get(lowerPage)?.get(column);
          if (!higher?.placement || !lower?.placement) continue;
          const direction = column.scale.direction ?? 'up';
          if (direction === 'any') continue;
          const order = comparePlacements(higher.placement, lower.placement);
          if ((direction === 'up' && order < 0) || (direction === 'down' && order > 0))
            regressions.push({ higher, lower, skipped });
        }
      }
    }
  }
  return { track, columns, rows, values, regressions };
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
