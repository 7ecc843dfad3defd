import type { Plugin } from 'unified';
import ladderDoubledWord from '../rules/ladder-doubled-word.ts';
import ladderEmojiStyle from '../rules/ladder-emoji-style.ts';
import ladderLinks from '../rules/ladder-links.ts';
import ladderLostListMarker from '../rules/ladder-lost-list-marker.ts';
import ladderMetadata from '../rules/ladder-metadata.ts';
import ladderMixedSpelling from '../rules/ladder-mixed-spelling.ts';
import ladderMojibake from '../rules/ladder-mojibake.ts';
import ladderPlaceholder from '../rules/ladder-placeholder.ts';
import ladderProgression from '../rules/ladder-progression.ts';
import ladderSectionContent from '../rules/ladder-section-content.ts';
import ladderSections from '../rules/ladder-sections.ts';
import ladderSpelling from '../rules/ladder-spelling.ts';
import ladderSummary from '../rules/ladder-summary.ts';
import ladderTitle from '../rules/ladder-title.ts';
import ladderTrackConsistency from '../rules/ladder-track-consistency.ts';
import ladderTrackIndex from '../rules/ladder-track-index.ts';
import type { TrackRule } from './track-rule.ts';

export type { TrackRule } from './track-rule.ts';

export interface PageRule {
  name: string;
  plugin: Plugin<never[]>;
}

const pageRule = (name: string, plugin: unknown): PageRule => ({ name, plugin: plugin as Plugin<never[]> });

/** Every rule that looks at one page at a time. */
export const pageRules: PageRule[] = [
  pageRule('ladder-title', ladderTitle),
  pageRule('ladder-summary', ladderSummary),
  pageRule('ladder-metadata', ladderMetadata),
  pageRule('ladder-sections', ladderSections),
  pageRule('ladder-section-content', ladderSectionContent),
  pageRule('ladder-lost-list-marker', ladderLostListMarker),
  pageRule('ladder-placeholder', ladderPlaceholder),
  pageRule('ladder-links', ladderLinks),
  pageRule('ladder-spelling', ladderSpelling),
  pageRule('ladder-doubled-word', ladderDoubledWord),
  pageRule('ladder-mojibake', ladderMojibake),
];

/** Every rule that compares pages: those of a track, or (scope `ladder`) all of them. */
export const trackRules: TrackRule[] = [
  ladderTrackIndex,
  ladderTrackConsistency,
  ladderProgression,
  ladderMixedSpelling,
  ladderEmojiStyle,
];

export const ruleNames: readonly string[] = [
  ...pageRules.map((rule) => rule.name),
  ...trackRules.map((rule) => rule.name),
];
