import type { presetNames } from './schema.ts';
import type { LadderLintConfig } from './types.ts';
export type PresetName = (typeof presetNames)[number];
/**
 * A preset is a whole configuration named by the layout it reads, not by a company, so that a
 * ladder's own configuration says only what differs (`"extends": "headings-per-level"`).
 */
export type Preset = Required<Pick<LadderLintConfig, 'ladder' | 'templates' | 'overrides' | 'scales' | 'spelling'>> & {
    description: string;
};
/** `D3 - Developer 3`, `TL4 – Tech Lead 4`, `Level 2`, `L4: Lead`, `IC3 Engineer`. */
export declare const defaultHeadingLevelPattern: string;
export declare const presets: Record<PresetName, Preset>;
export declare const defaultPreset = "page-per-level";
