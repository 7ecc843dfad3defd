// Written by scripts/write-derived.ts from the files in rules/ (`npm run derive`): do not edit.
import ladderDoubledWord from '../../rules/ladder-doubled-word.ts';
import ladderEmojiStyle from '../../rules/ladder-emoji-style.ts';
import ladderFrontMatter from '../../rules/ladder-front-matter.ts';
import ladderGrammar from '../../rules/ladder-grammar.ts';
import ladderHeadingStyle from '../../rules/ladder-heading-style.ts';
import ladderLevelOrder from '../../rules/ladder-level-order.ts';
import ladderLinks from '../../rules/ladder-links.ts';
import ladderLostListMarker from '../../rules/ladder-lost-list-marker.ts';
import ladderMetadata from '../../rules/ladder-metadata.ts';
import ladderMixedSpelling from '../../rules/ladder-mixed-spelling.ts';
import ladderMojibake from '../../rules/ladder-mojibake.ts';
import ladderPlaceholder from '../../rules/ladder-placeholder.ts';
import ladderProgression from '../../rules/ladder-progression.ts';
import ladderSectionContent from '../../rules/ladder-section-content.ts';
import ladderSections from '../../rules/ladder-sections.ts';
import ladderSpelling from '../../rules/ladder-spelling.ts';
import ladderSummary from '../../rules/ladder-summary.ts';
import ladderTitle from '../../rules/ladder-title.ts';
import ladderTrackConsistency from '../../rules/ladder-track-consistency.ts';
import ladderTrackIndex from '../../rules/ladder-track-index.ts';
import ladderTypography from '../../rules/ladder-typography.ts';

export const ruleList = [ladderDoubledWord, ladderEmojiStyle, ladderFrontMatter, ladderGrammar, ladderHeadingStyle, ladderLevelOrder, ladderLinks, ladderLostListMarker, ladderMetadata, ladderMixedSpelling, ladderMojibake, ladderPlaceholder, ladderProgression, ladderSectionContent, ladderSections, ladderSpelling, ladderSummary, ladderTitle, ladderTrackConsistency, ladderTrackIndex, ladderTypography];
