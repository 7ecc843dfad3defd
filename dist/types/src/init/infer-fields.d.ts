import type { FieldSourceSpec, FieldSpec, ScaleSpec } from '../config/types.ts';
import type { LayoutReading } from './detect-layout.ts';
import { type OrdinalScale } from './ordinal-scales.ts';
import type { ScannedFile } from './scan-folder.ts';
/** A field the levels share, with the scale its values are read onto. */
export interface InferredField {
    spec: FieldSpec;
    /** The scale's name and settings, when one fits its values. */
    scale?: {
        name: string;
        spec: ScaleSpec;
    };
    /** Where it was written: a step of a scale defined in the ladder, a table, a label line. */
    source: FieldSourceSpec['from'] | 'bullets';
    /** On how many levels. */
    levels: number;
}
export interface FieldInference {
    /** The `ladder.fields` sources the fields need. */
    sources: FieldSourceSpec[];
    fields: InferredField[];
    /** The steps' scales, by field label, for the report. */
    definedIn: Map<string, OrdinalScale>;
    /** Labels found on some levels only: left out. */
    partial: Array<{
        label: string;
        levels: number;
    }>;
    undecided: string[];
}
export declare function scaleName(label: string): string;
/**
 * The fields every level of the layout writes, read by the ladder's own field readers with every
 * source tried, and for each the scale its values fit (`place`), with the direction they move in.
 */
export declare function inferFields(files: ScannedFile[], reading: LayoutReading, ordinalScales: OrdinalScale[]): FieldInference;
