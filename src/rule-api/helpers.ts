import type { SectionSpec } from '../config/types.ts';
import type { Section } from '../model/ladder-page.ts';

/** How a template section is written: `## 🦉 Domain Expertise`. */
export function headingFor(spec: SectionSpec, section?: Section): string {
  const emoji = spec.emoji?.find((candidate) => !candidate.startsWith(':')) ?? spec.emoji?.[0];
  return `${'#'.repeat(spec.depth ?? 2)} ${emoji ? `${emoji} ` : ''}${section?.name ?? spec.name}`;
}

/** How a page's section is written, for quoting it back. */
export function headingOf(section: Section): string {
  return `${'#'.repeat(section.depth)} ${section.emoji.raw ? `${section.emoji.raw} ` : ''}${section.name}`;
}

/** The last part of a page path, as messages name the other pages of a track. */
export function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}
