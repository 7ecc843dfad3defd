import type { Plugin } from 'unified';
import ladderDoubledWord from '../rules/ladder-doubled-word.ts';
import ladderEmojiStyle from '../rules/ladder-emoji-style.ts';
import ladderFrontMatter from '../rules/ladder-front-matter.ts';
import ladderGrammar from '../rules/ladder-grammar.ts';
import ladderHeadingStyle from '../rules/ladder-heading-style.ts';
import ladderLevelOrder from '../rules/ladder-level-order.ts';
import ladderLinks from '../rules/ladder-links.ts';
import ladderLostListMarker from '../rules/ladder-lost-list-marker.ts';
import ladderMetadata from '../rules/ladder-metadata.ts';
import ladderMixedSpelling from '../rules/ladder-mixed-spelling.ts';
import ladderMojibake from '../rules/ladder-mojibake.ts';
import ladderPlaceholder from '../rules/ladder-placeholder.ts';
import ladderProgression from '../rules/ladder-progression.ts';
import ladderSectionContent from '../rules/ladder-section-content.ts';
import ladderSections from '../rules/ladder-sections.ts';
import ladderSpelling, { prepare as prepareLadderSpelling } from '../rules/ladder-spelling.ts';
import ladderSummary from '../rules/ladder-summary.ts';
import ladderTitle from '../rules/ladder-title.ts';
import ladderTrackConsistency from '../rules/ladder-track-consistency.ts';
import ladderTrackIndex from '../rules/ladder-track-index.ts';
import ladderTypography from '../rules/ladder-typography.ts';
import type { ResolvedConfig } from './config/types.ts';
import { ruleMeta } from './rule-meta.ts';
import type { TrackRule } from './track-rule.ts';

export type { TrackRule } from './track-rule.ts';

export interface PageRule {
  name: string;
  /** One sentence for SARIF and the Action's check run; the docs page says the rest. */
  description: string;
  plugin: Plugin<never[]>;
  /** Starts slow work the rule will need (loading dictionaries) once the run's configuration is known. */
  prepare?: RulePreparation;
}

/**
 * Called once per run before any page is read, when the rule is on for some page, so that the
 * work overlaps with reading and parsing; `folder` is where the run starts.
 */
export type RulePreparation = (config: ResolvedConfig, folder: string) => void;

const pageRule = (
  name: string,
  description: string,
  plugin: unknown,
  prepare?: RulePreparation,
): PageRule => ({
  name,
  description,
  plugin: plugin as Plugin<never[]>,
  ...(prepare && { prepare }),
});

/** Every rule that looks at one page at a time. */
export const pageRules: PageRule[] = [
  pageRule(
    'ladder-title',
    'A level page starts with one title heading, "# Ln: Name", that agrees with its file name.',
    ladderTitle,
  ),
  pageRule(
    'ladder-summary',
    'A level page has a one-paragraph summary quote under its title.',
    ladderSummary,
  ),
  pageRule(
    'ladder-metadata',
    'A page has the metadata bullets its template asks for, once each.',
    ladderMetadata,
  ),
  pageRule(
    'ladder-sections',
    "A page has its template's sections, once each, in order, with the template's emoji.",
    ladderSections,
  ),
  pageRule(
    'ladder-heading-style',
    'Headings are real headings: no bold line standing in for one, a "#" title first, no skipped levels.',
    ladderHeadingStyle,
  ),
  pageRule(
    'ladder-section-content',
    'Each section has expectation bullets and, where the template asks, a collapsible Examples list.',
    ladderSectionContent,
  ),
  pageRule(
    'ladder-level-order',
    'A file that holds several levels writes each once, from the lowest up.',
    ladderLevelOrder,
  ),
  pageRule(
    'ladder-lost-list-marker',
    'A line meant as a bullet has not lost its "- ".',
    ladderLostListMarker,
  ),
  pageRule(
    'ladder-placeholder',
    'No placeholder or reviewer note is left in a published page.',
    ladderPlaceholder,
  ),
  pageRule(
    'ladder-links',
    'Every relative link points to a file that exists, and every #anchor to a heading there.',
    ladderLinks,
  ),
  pageRule(
    'ladder-spelling',
    'The prose of a page is spelled correctly.',
    ladderSpelling,
    prepareLadderSpelling,
  ),
  pageRule('ladder-doubled-word', 'No word is written twice in a row.', ladderDoubledWord),
  pageRule(
    'ladder-grammar',
    '"a" and "an" fit the next word\'s sound, and closed compounds ("teammates") are one word.',
    ladderGrammar,
  ),
  pageRule(
    'ladder-typography',
    'No doubled spaces or punctuation in a sentence, escaped quotes in prose, or byte-order mark.',
    ladderTypography,
  ),
  pageRule('ladder-mojibake', 'No mis-decoded or invisible characters in a page.', ladderMojibake),
  pageRule(
    'ladder-front-matter',
    'YAML front matter can be read, and a ladder kept in it declares the levels it describes and lists each criterion once per level.',
    ladderFrontMatter,
  ),
];

/** Every rule that compares pages: those of a track, or (scope `ladder`) all of them. */
export const trackRules: TrackRule[] = [
  ladderTrackIndex,
  ladderTrackConsistency,
  ladderProgression,
  ladderMixedSpelling,
  ladderEmojiStyle,
];

/** Every rule's name, one-sentence description and docs page, for reporters that list rules. */
export const ruleCatalog: ReadonlyArray<{ name: string; description: string; url: string }> = [
  ...pageRules.map((rule) => ({
    name: rule.name,
    description: rule.description,
    url: ruleMeta(rule.name).url,
  })),
  ...trackRules.map((rule) => ({ name: rule.name, description: rule.description, url: rule.url })),
];

export const ruleNames: readonly string[] = [
  ...pageRules.map((rule) => rule.name),
  ...trackRules.map((rule) => rule.name),
];
