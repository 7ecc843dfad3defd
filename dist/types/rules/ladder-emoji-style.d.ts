import type { TrackRule } from '../src/track-rule.ts';
type EmojiStyle = 'unicode' | 'shortcode';
export interface EmojiStyleOptions {
    /** Require this style everywhere instead of following the ladder's majority. */
    prefer?: EmojiStyle;
}
declare const ladderEmojiStyle: TrackRule;
export default ladderEmojiStyle;
