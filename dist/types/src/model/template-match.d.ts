import type { SectionSpec, Template } from '../config/types.ts';
import type { PageOutline, SectionOutline } from './ladder-page.ts';
export declare function sameWords(a: string, b: string): boolean;
/** Whether a heading is the template's section: by name, alias or pattern, ignoring case. */
export declare function sectionMatches(spec: SectionSpec, section: SectionOutline): boolean;
/** Share of a template's required sections that a page has: how well the page fits it. */
export declare function templateFit(template: Template, page: PageOutline): number;
/** Below this share of required sections a page is said to match no template. */
export declare const minimumFit = 0.5;
/** The template that fits a page best, when one fits well enough. */
export declare function bestTemplate(templates: Record<string, Template>, page: PageOutline): string | undefined;
