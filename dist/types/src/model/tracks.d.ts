import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/types.ts';
import type { LadderPage } from './ladder-page.ts';
/**
 * The configured track a page belongs to (`tracks` in the configuration), by its file's path
 * from the track's folder (or the working directory) or by its title; undefined when none
 * claims it, and the page keeps the track its layout gave it.
 */
export declare function configuredTrack(page: LadderPage, file: VFile, config: ResolvedConfig): string | undefined;
