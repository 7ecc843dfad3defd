import type { SectionSpec } from '../config/types.ts';
import type { LadderPage } from '../model/ladder-page.ts';

export interface SectionInference {
  /** The sections on every level, in their usual order. */
  sections: SectionSpec[];
  /** Headings on some levels only: left out. */
  partial: Array<{ name: string; levels: number }>;
}

interface Seen {
  name: string;
  depths: number[];
  emoji: string[];
  /** Its place among the level's sections, from 0 (first) to 1 (last), per level. */
  places: number[];
  levels: number;
  repeated: boolean;
}

/**
 * The headings every level has (by name, without regard to case or a leading emoji), as required
 * template sections at their usual depth; `minimumDepth` leaves out headings that are not
 * sections of a level (a page's own title).
 */
export function inferSections(levels: LadderPage[], minimumDepth: number): SectionInference {
  const seen = new Map<string, Seen>();
  for (const page of levels) {
    const sections = page.sections.filter((section) => section.depth >= minimumDepth && section.name !== '');
    const onPage = new Set<string>();
    sections.forEach((section, index) => {
      const key = section.name.toLocaleLowerCase('en');
      const entry = seen.get(key) ?? {
        name: section.name,
        depths: [],
        emoji: [],
        places: [],
        levels: 0,
        repeated: false,
      };
      if (onPage.has(key)) {
        entry.repeated = true;
      } else {
        onPage.add(key);
        entry.levels += 1;
        entry.depths.push(section.depth);
        entry.emoji.push(section.emoji.raw);
        entry.places.push(sections.length > 1 ? index / (sections.length - 1) : 0);
      }
      seen.set(key, entry);
    });
  }
  const common = [...seen.values()].filter((entry) => entry.levels === levels.length && levels.length > 0);
  common.sort((a, b) => mean(a.places) - mean(b.places));
  return {
    sections: common.map(toSpec),
    partial: [...seen.values()]
      .filter((entry) => entry.levels < levels.length)
      .map((entry) => ({ name: entry.name, levels: entry.levels })),
  };
}

function toSpec(entry: Seen): SectionSpec {
  const spec: SectionSpec = { name: entry.name, required: true, depth: mostCommon(entry.depths) };
  const [emoji] = new Set(entry.emoji);
  if (emoji && entry.emoji.every((raw) => raw === emoji)) spec.emoji = [emoji];
  if (entry.repeated) spec.repeatable = true;
  return spec;
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}
