import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { ScaleSpec } from './types.ts';
export declare function useMarkdownParser(parse: (file: VFile) => Root): void;
/** Whether resolving these scales reads a ladder page, so that the parser must be loaded first. */
export declare function needsMarkdownParser(scales: Record<string, ScaleSpec> | undefined): boolean;
/**
 * Scales whose steps the ladder defines itself (`ranksFrom`) get those steps, read once when the
 * configuration loads, so that the README stays the one place they are written.
 */
export declare function resolveScales(scales: Record<string, ScaleSpec>, base: string, configFile: string): Record<string, ScaleSpec>;
