import type { SectionSpec } from '../config/types.ts';
import type { LadderPage } from '../model/ladder-page.ts';
export interface SectionInference {
    /** The sections on every level, in their usual order. */
    sections: SectionSpec[];
    /** Headings on some levels only: left out. */
    partial: Array<{
        name: string;
        levels: number;
    }>;
}
/**
 * The headings every level has (by name, without regard to case or a leading emoji), as required
 * template sections at their usual depth; `minimumDepth` leaves out headings that are not
 * sections of a level (a page's own title).
 */
export declare function inferSections(levels: LadderPage[], minimumDepth: number): SectionInference;
