import type { Root } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import type { LevelsSpec } from '../config/types.ts';
import type { ScannedFile } from './scan-folder.ts';

/**
 * The ways of writing levels that init tries, beyond the presets' defaults: heading depths, level
 * words, roman numerals and the front-matter keys that order pages. Each is only a guess; the
 * ladder's own reader (read-ladder.ts) decides how many levels a guess reads.
 */

/** `## Engineer II`, `## Level III - Lead`: roman numerals, before or after the role. */
export const romanPatterns = [
  String.raw`^(?<label>(?:Level\s)?(?<roman>[IVX]{1,5}))(?:\s*[-–—:]\s*(?<name>.*))?$`,
  String.raw`^(?<name>.*\S)\s+(?<label>(?<roman>[IVX]{1,5}))$`,
];

/** Words that name levels, in the order most ladders rank them. */
const levelWords = [
  'Intern',
  'Apprentice',
  'Trainee',
  'Graduate',
  'Entry',
  'Associate',
  'Junior',
  'Mid',
  'Intermediate',
  'Senior',
  'Lead',
  'Staff',
  'Principal',
  'Distinguished',
  'Fellow',
];

const startsWithLevelWord = new RegExp(`^(${levelWords.join('|')})(?![\\p{L}\\d])`, 'u');

/** Keys whose number orders a page among its track's pages, most common first. */
export const orderKeys = ['weight', 'order', 'level', 'rank', 'position', 'nav_order', 'sidebar_position'];

/** The level words that start the headings at `depth`, lowest first as the files list them. */
export function levelNamesAt(files: ScannedFile[], depth: number): string[] {
  const sequences = files
    .map((scanned) => {
      const names: string[] = [];
      for (const node of scanned.tree.children) {
        if (node.type !== 'heading' || node.depth !== depth) continue;
        const word = startsWithLevelWord.exec(nodeText(node).trim())?.[1];
        if (word && !names.includes(word)) names.push(word);
      }
      return names;
    })
    .filter((names) => names.length >= 2)
    .sort((a, b) => b.length - a.length);
  const order = [...(sequences[0] ?? [])];
  // A word the longest list lacks goes where the usual ranking puts it.
  for (const word of new Set(sequences.flat())) {
    if (order.includes(word)) continue;
    const rank = levelWords.indexOf(word);
    const before = order.findIndex((other) => levelWords.indexOf(other) > rank);
    order.splice(before === -1 ? order.length : before, 0, word);
  }
  return order;
}

/** The depths at which some file has at least two headings. */
export function headingDepths(files: ScannedFile[]): number[] {
  const depths = new Set<number>();
  for (const scanned of files) {
    const counts = new Map<number, number>();
    for (const node of scanned.tree.children)
      if (node.type === 'heading') counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1);
    for (const [depth, count] of counts) if (count >= 2) depths.add(depth);
  }
  return [...depths].sort((a, b) => a - b);
}

/** The heading layouts worth trying: at each depth, the default pattern, roman numerals and level words. */
export function headingCandidates(files: ScannedFile[]): LevelsSpec[] {
  return headingDepths(files).flatMap((depth) => {
    const names = levelNamesAt(files, depth);
    return [
      { in: 'heading' as const, depth },
      ...romanPatterns.map((pattern) => ({ in: 'heading' as const, depth, pattern })),
      ...(names.length >= 2 ? [{ in: 'heading' as const, depth, names }] : []),
    ];
  });
}

/** The top-level keys of a page's front matter, or undefined when it has none that parses. */
export function frontMatterOf(tree: Root): Record<string, unknown> | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return undefined;
  try {
    const data: unknown = parseYaml(node.value);
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The front-matter layouts worth trying: one per order key that some page gives a number. */
export function frontMatterCandidates(files: ScannedFile[]): LevelsSpec[] {
  const keys = new Set<string>();
  for (const scanned of files) {
    const data = frontMatterOf(scanned.tree);
    for (const key of orderKeys) if (typeof data?.[key] === 'number') keys.add(key);
  }
  return orderKeys
    .filter((key) => keys.has(key))
    .map((key) => ({ in: 'front-matter' as const, key, titleKey: 'title' }));
}
