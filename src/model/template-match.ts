import type { SectionSpec, Template } from '../config/types.ts';
import { safePattern } from '../config/safe-pattern.ts';
import type { PageOutline, SectionOutline } from './ladder-page.ts';

export function sameWords(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

// Each page's headings are compared with every section name of every template: the same few
// hundred names, lowered thousands of times a page without this.
const lowered = new Map<string, string>();

function comparable(name: string): string {
  let found = lowered.get(name);
  if (found === undefined) {
    if (lowered.size >= 10_000) lowered.clear();
    found = name.trim().toLocaleLowerCase('en');
    lowered.set(name, found);
  }
  return found;
}

/** Whether a heading is the template's section: by name, alias or pattern, ignoring case. */
export function sectionMatches(spec: SectionSpec, section: SectionOutline): boolean {
  if (sameWords(spec.name, section.name)) return true;
  if (spec.aliases?.some((alias) => sameWords(alias, section.name))) return true;
  return spec.pattern !== undefined && safePattern(spec.pattern, { ignoreCase: true }).test(section.name);
}

/** Share of a template's required sections that a page has: how well the page fits it. */
export function templateFit(template: Template, page: PageOutline): number {
  const required = template.sections.filter((spec) => spec.required !== false);
  if (required.length === 0) return 0;
  const found = required.filter((spec) => page.sections.some((section) => sectionMatches(spec, section)));
  return found.length / required.length;
}

/** Below this share of required sections a page is said to match no template. */
export const minimumFit = 0.5;

/** The template that fits a page best, when one fits well enough. */
export function bestTemplate(templates: Record<string, Template>, page: PageOutline): string | undefined {
  let best: { name: string; fit: number } | undefined;
  for (const [name, template] of Object.entries(templates)) {
    const fit = templateFit(template, page);
    if (fit >= minimumFit && (!best || fit > best.fit)) best = { name, fit };
  }
  return best?.name;
}
