import type { EnglishVariant } from '../src/text/english-variants.ts';
import type { TrackRule } from '../src/track-rule.ts';
export interface MixedSpellingOptions {
    /** Require this variant everywhere instead of following the ladder's majority. */
    prefer?: EnglishVariant;
}
declare const ladderMixedSpelling: TrackRule;
export default ladderMixedSpelling;
