import type { SectionSpec } from '../config/types.ts';
import type { Section } from '../model/ladder-page.ts';
/** How a template section is written: `## 🦉 Domain Expertise`. */
export declare function headingFor(spec: SectionSpec, section?: Section): string;
/** How a page's section is written, for quoting it back. */
export declare function headingOf(section: Section): string;
/** The last part of a page path, as messages name the other pages of a track. */
export declare function fileName(path: string): string;
