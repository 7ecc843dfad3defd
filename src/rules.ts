import type { Plugin } from 'unified';
import ladderTitle from '../rules/ladder-title.ts';
import type { TrackRule } from './track-rule.ts';

export type { TrackRule } from './track-rule.ts';

export interface PageRule {
  name: string;
  plugin: Plugin<never[]>;
}

/** Every rule that looks at one page at a time, in the order their findings are easiest to read. */
export const pageRules: PageRule[] = [{ name: 'ladder-title', plugin: ladderTitle as Plugin<never[]> }];

/** Every rule that compares the pages of a track. */
export const trackRules: TrackRule[] = [];

export const ruleNames: readonly string[] = [
  ...pageRules.map((rule) => rule.name),
  ...trackRules.map((rule) => rule.name),
];
