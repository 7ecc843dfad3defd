import type { ResolvedConfig } from '../config/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';
import { type TrackProgression } from '../progression/progression.ts';
/** One track as a Markdown table: levels down, scaled fields across, regressions marked. */
export declare function progressionTable(progression: TrackProgression): string;
/** Every track of the run, for `--format progression` and the Action's job summary. */
export declare function formatProgression(pages: PageOutline[], config: ResolvedConfig): string;
