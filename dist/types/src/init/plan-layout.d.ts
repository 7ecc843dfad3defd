import type { Template } from '../config/types.ts';
import type { LayoutReading } from './detect-layout.ts';
import { type FieldInference } from './infer-fields.ts';
import { type SectionInference } from './infer-sections.ts';
import type { OrdinalScale } from './ordinal-scales.ts';
import type { ScannedFile } from './scan-folder.ts';
/** What init writes for one layout: its reading, and the template its levels share. */
export interface LayoutPlan {
    reading: LayoutReading;
    fields?: FieldInference;
    sections?: SectionInference;
    /** The template the levels share, when they share fields or sections. */
    template?: Template;
    /** page-per-level: the level pages none of the built-in templates fits. */
    unfit?: string[];
    undecided: string[];
}
/**
 * The fields and sections a layout's levels share. page-per-level keeps its built-in templates
 * and only describes the pages none of them fits; yaml-framework's topics are not sections.
 */
export declare function planLayout(files: ScannedFile[], reading: LayoutReading, ordinalScales: OrdinalScale[]): LayoutPlan;
