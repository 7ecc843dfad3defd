import type { ScaleSpec } from './types.ts';
/**
 * Scales whose steps the ladder defines itself (`ranksFrom`) get those steps, read once when the
 * configuration loads, so that the README stays the one place they are written.
 */
export declare function resolveScales(scales: Record<string, ScaleSpec>, base: string, configFile: string): Record<string, ScaleSpec>;
