import { safePattern } from '../config/safe-pattern.ts';
import type { LevelsSpec } from '../config/types.ts';
import type { Level } from './ladder-page.ts';

/** What a level pattern found in a file name, title or heading. */
export interface LevelMatch {
  level: Level;
  /** The role, without the level: `Developer 3` of `D3 - Developer 3`. */
  name: string;
  /** What stood between level and name: `:`, `-` or ` `. */
  separator: string;
}

export type LevelReader = (text: string) => LevelMatch | undefined;

/** L1.0 < L1 < L1.5 < L2: a level without a minor number sits after its `.0`. */
export function numberedRank(major: number, minor: number | undefined): number {
  return major + (minor === undefined ? 0.05 : minor / 10);
}

export function numberedLevel(prefix: string, number: string): Level {
  const [majorText, minorText] = number.split('.');
  const major = Number(majorText);
  const minor = minorText === undefined ? undefined : Number(minorText);
  const level: Level = { label: `${prefix}${number}`, major, rank: numberedRank(major, minor), prefix };
  if (minor !== undefined) level.minor = minor;
  return level;
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanNumber(text: string): number | undefined {
  if (!/^[IVXL]+$/.test(text)) return undefined;
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = romanValues[text[index] ?? ''] ?? 0;
    const next = romanValues[text[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const separators = ' \t:–—-';

/** `D3 - ` → `D3`, `: Lead` → `Lead`: a loop, as an anchored pattern backtracks on long runs of spaces. */
function withoutSeparators(text: string, side: 'leading' | 'trailing'): string {
  let start = 0;
  let end = text.length;
  if (side === 'leading') while (start < end && separators.includes(text[start] ?? '')) start++;
  else while (end > start && separators.includes(text[end - 1] ?? '')) end--;
  return text.slice(start, end).trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a level from text by the configured `pattern` (groups `number`, `roman`, `label`, `name`)
 * or `names` (words, lowest first). Undefined when the text names no level.
 */
export function levelReader(spec: Pick<LevelsSpec, 'pattern' | 'names'>): LevelReader {
  if (spec.names && spec.names.length > 0) {
    const names = spec.names;
    // The longest name first, so that "Senior Staff" is not read as "Staff".
    const byLength = [...names].sort((a, b) => b.length - a.length);
    // A level name opens the title ("Senior Designer"), so a heading that only mentions one
    // ("Working with senior colleagues") is not a level.
    const pattern = new RegExp(`^(${byLength.map(escape).join('|')})(?![\\p{L}\\d])`, 'iu');
    return (text) => {
      const found = pattern.exec(text.trim());
      if (!found?.[1]) return undefined;
      const index = names.findIndex(
        (name) => name.toLocaleLowerCase('en') === found[1]?.toLocaleLowerCase('en'),
      );
      if (index === -1) return undefined;
      const major = index + 1;
      return {
        level: { label: names[index] as string, major, rank: major },
        name: text.trim(),
        separator: ' ',
      };
    };
  }
  const pattern = spec.pattern ? safePattern(spec.pattern) : undefined;
  if (!pattern) return () => undefined;
  return (text) => {
    const found = pattern.exec(text);
    if (!found) return undefined;
    const { groups } = found;
    const whole = found.text;
    const after = text.slice(found.index + whole.length);
    // Without a `name` group, the role is what follows the level and its separator.
    const name = groups.name?.trim() ?? withoutSeparators(after, 'leading');
    const label = withoutSeparators(groups.label ?? whole.replace(groups.name ?? '', ''), 'trailing');
    const separator = /^\s*([:–—-])/u.exec(text.slice(found.index + label.length))?.[1] ?? ' ';
    if (groups.number !== undefined) {
      const prefix = label.slice(0, Math.max(0, label.lastIndexOf(groups.number)));
      const level = numberedLevel(prefix, groups.number);
      level.label = label || level.label;
      return { level, name, separator };
    }
    if (groups.roman !== undefined) {
      const major = romanNumber(groups.roman.toUpperCase());
      if (major === undefined) return undefined;
      return { level: { label: label || groups.roman, major, rank: major }, name, separator };
    }
    return undefined;
  };
}

/**
 * How a page-per-level ladder reads levels from file names and titles: its own `pattern` or
 * `names` when it gives them; undefined for the built-in `L4` / `L1.0` reading.
 */
export function pageLevelReader(spec: Pick<LevelsSpec, 'pattern' | 'names'>): LevelReader | undefined {
  return spec.pattern !== undefined || (spec.names?.length ?? 0) > 0 ? levelReader(spec) : undefined;
}
